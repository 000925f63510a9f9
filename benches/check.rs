//! Speed of reading and checking, against the floor: calamine merely
//! reading every cell of the same workbook. Plans of 1,000, 10,000, 20,000
//! and 100,000 actions are generated once per run (`benches/support`).
//! Run: `cargo bench --bench check`.

mod support {
    pub mod bare_read;
    pub mod plan_generator;
}

use std::path::PathBuf;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ragplan::check::{Options, check};
use ragplan::import::load;
use ragplan::model::Scheme;

fn benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let samples: Vec<PathBuf> = [
        "samples/priority-1.xlsx",
        "samples/priority-2.xlsx",
        "samples/priority-7.xlsx",
        "samples/written-statement.xlsx",
        "samples/implementation-plan.xlsx",
    ]
    .iter()
    .map(PathBuf::from)
    .collect();
    let mut group = c.benchmark_group("check");
    group.sample_size(10);
    group.bench_function("samples/import", |b| {
        b.iter(|| load(&samples, &Scheme::default()).plan.priorities.len())
    });
    let loaded = load(&samples, &Scheme::default());
    group.bench_function("samples/check", |b| {
        b.iter(|| check(&loaded, &Options::default()).len())
    });
    for actions in [1_000usize, 10_000, 20_000, 100_000] {
        let path = dir.path().join(format!("plan-{actions}.xlsx"));
        support::plan_generator::write_plan(&path, actions).expect("generate");
        let paths = vec![path.clone()];
        group.bench_with_input(
            BenchmarkId::new("bare_calamine_read", actions),
            &path,
            |b, p| b.iter(|| support::bare_read::bare_read(p).expect("read")),
        );
        group.bench_with_input(BenchmarkId::new("import", actions), &paths, |b, p| {
            b.iter(|| load(p, &Scheme::default()).plan.priorities.len())
        });
        let loaded = load(&paths, &Scheme::default());
        group.bench_with_input(BenchmarkId::new("rules", actions), &loaded, |b, l| {
            b.iter(|| check(l, &Options::default()).len())
        });
        // The whole of `ragplan check` but the printing: read, then rules.
        group.bench_with_input(BenchmarkId::new("check", actions), &paths, |b, p| {
            b.iter(|| check(&load(p, &Scheme::default()), &Options::default()).len())
        });
    }
    group.finish();
}

criterion_group!(check_benches, benches);
criterion_main!(check_benches);
