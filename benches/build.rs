//! Speed of building the master: the whole job (read + check + write the
//! master in memory) and the writing alone, on the samples and on generated
//! plans of 1,000, 10,000 and 100,000 actions (`benches/support`).
//! Run: `cargo bench --bench build`.

mod support {
    pub mod plan_generator;
}

use std::path::PathBuf;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ragplan::check::{Finding, Options, check};
use ragplan::export::{BuildOptions, build_bytes};
use ragplan::import::{KeepCells, Loaded, load_keeping};

/// Reads and checks as `ragplan build` does (each sheet's grid freed once read).
fn read_and_check(paths: &[PathBuf]) -> (Loaded, Vec<Finding>) {
    let options = Options::default();
    let loaded = load_keeping(
        paths,
        &options.scheme,
        &options.synonyms,
        KeepCells::FormulaErrors,
    );
    let findings = check(&loaded, &options);
    (loaded, findings)
}

fn write(loaded: &Loaded, findings: &[Finding]) -> usize {
    let (bytes, _) = build_bytes(loaded, findings, &BuildOptions::default()).expect("build");
    bytes.len()
}

fn benches(c: &mut Criterion) {
    let samples: Vec<PathBuf> = std::fs::read_dir("samples")
        .expect("samples/")
        .map(|e| e.expect("samples/ entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "xlsx"))
        .collect();
    let dir = tempfile::tempdir().expect("temp dir");
    let mut inputs = vec![("samples".to_string(), samples)];
    for actions in [1_000usize, 10_000, 100_000] {
        let path = dir.path().join(format!("plan-{actions}.xlsx"));
        support::plan_generator::write_plan(&path, actions).expect("generate");
        inputs.push((format!("{actions}_actions"), vec![path]));
    }

    let mut group = c.benchmark_group("build");
    group.sample_size(10);
    for (name, paths) in &inputs {
        group.bench_with_input(BenchmarkId::new("whole_job", name), paths, |b, p| {
            b.iter(|| {
                let (loaded, findings) = read_and_check(p);
                write(&loaded, &findings)
            })
        });
        let (loaded, findings) = read_and_check(paths);
        group.bench_with_input(
            BenchmarkId::new("write_master", name),
            &(loaded, findings),
            |b, (l, f)| b.iter(|| write(l, f)),
        );
    }
    group.finish();
}

criterion_group!(build, benches);
criterion_main!(build);
