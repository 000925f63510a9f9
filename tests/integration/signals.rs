//! Interrupted runs leave nothing behind: SIGINT, SIGTERM and SIGHUP
//! during `build` or `diff -o` of a generated 100,000-action plan remove
//! the temporary file (`.ragplan-*.xlsx.tmp`, made before the inputs are
//! read) and end with the conventional exit status, 128 + the signal.

use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use crate::common::temporary_files;

/// The generated plan, written once for every test here, and its bytes.
struct Plan {
    _dir: tempfile::TempDir,
    path: PathBuf,
    bytes: Vec<u8>,
}

fn plan() -> &'static Plan {
    static PLAN: OnceLock<Plan> = OnceLock::new();
    PLAN.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan-100000.xlsx");
        crate::hostile::plan_generator::write_plan(&path, 100_000).unwrap();
        let bytes = std::fs::read(&path).unwrap();
        Plan {
            _dir: dir,
            path,
            bytes,
        }
    })
}

/// Waits until `dir` holds a temporary output (the hang guard: a minute).
fn until_temporary_file(dir: &Path, child: &mut Child) {
    let start = Instant::now();
    while temporary_files(dir).is_empty() {
        assert!(
            child.try_wait().unwrap().is_none(),
            "ragplan ended before writing its temporary file"
        );
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "no temporary file"
        );
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// Runs `ragplan args…` with its output in a new folder, sends `signal` as
/// soon as the temporary file is there, and checks the exit status, that
/// the folder is empty and that the plan is unchanged.
fn interrupted(args: &[&std::ffi::OsStr], output: &str, signal: libc::c_int) {
    let plan = plan();
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(assert_cmd::cargo::cargo_bin!("ragplan"))
        .args(args)
        .arg("-o")
        .arg(dir.path().join(output))
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    until_temporary_file(dir.path(), &mut child);
    // SAFETY: a signal to our own child, by its id.
    assert_eq!(unsafe { libc::kill(child.id() as libc::pid_t, signal) }, 0);
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(start.elapsed() < Duration::from_secs(60), "still running");
        std::thread::sleep(Duration::from_millis(10));
    };
    assert_eq!(status.code(), Some(128 + signal), "{status:?}");
    let left: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(left, Vec::<String>::new(), "left behind");
    assert!(
        std::fs::read(&plan.path).unwrap() == plan.bytes,
        "the plan changed"
    );
}

#[test]
fn sigint_during_build_removes_the_temporary_file() {
    interrupted(
        &["build".as_ref(), plan().path.as_os_str()],
        "master.xlsx",
        libc::SIGINT,
    );
}

#[test]
fn sigterm_during_build_removes_the_temporary_file() {
    interrupted(
        &["build".as_ref(), plan().path.as_os_str()],
        "master.xlsx",
        libc::SIGTERM,
    );
}

#[test]
fn sighup_during_build_removes_the_temporary_file() {
    interrupted(
        &["build".as_ref(), plan().path.as_os_str()],
        "master.xlsx",
        libc::SIGHUP,
    );
}

#[test]
fn sigint_during_diff_removes_the_temporary_file() {
    let plan = plan().path.as_os_str();
    interrupted(&["diff".as_ref(), plan, plan], "changes.xlsx", libc::SIGINT);
}
