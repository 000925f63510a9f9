//! Speed of the whole job: read + check + build the master (in memory), on
//! the samples and on a generated plan of 10,000 actions.
//! Run: `cargo bench --bench build`.

mod support {
    pub mod plan_generator;
}

use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use ragplan::check::{Options, check};
use ragplan::export::{BuildOptions, build_bytes};
use ragplan::import::load;
use ragplan::model::Scheme;

fn run(paths: &[PathBuf]) -> usize {
    let loaded = load(paths, &Scheme::default());
    let findings = check(&loaded, &Options::default());
    let (bytes, _) = build_bytes(&loaded, &findings, &BuildOptions::default()).expect("build");
    bytes.len()
}

fn benches(c: &mut Criterion) {
    let samples: Vec<PathBuf> = [
        "samples/priority-1.xlsx",
        "samples/priority-2.xlsx",
        "samples/priority-7.xlsx",
    ]
    .iter()
    .map(PathBuf::from)
    .collect();
    let dir = tempfile::tempdir().expect("temp dir");
    let big = dir.path().join("plan-10k.xlsx");
    support::plan_generator::write_plan(&big, 10_000).expect("generate");

    let mut group = c.benchmark_group("build");
    group.sample_size(10);
    group.bench_function("samples", |b| b.iter(|| run(&samples)));
    group.bench_function("10k_actions", |b| {
        b.iter(|| run(std::slice::from_ref(&big)))
    });
    group.finish();
}

criterion_group!(build, benches);
criterion_main!(build);
