//! Output files behave as any program's: they take the umask's permissions,
//! a name that is not `.xlsx` and a folder that does not exist are refused in
//! words, and each option's error names that option.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use assert_cmd::Command;

use crate::common::temp;

const P1: &str = "samples/priority-1.xlsx";

fn ragplan() -> Command {
    let mut cmd = Command::cargo_bin("ragplan").unwrap();
    cmd.env("NO_COLOR", "1");
    cmd
}

/// `ragplan ARGS…` run by a shell that first sets `umask`.
fn ragplan_under_umask(umask: &str, dir: &Path, args: &[&str]) {
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("umask {umask} && exec \"$0\" \"$@\""))
        .arg(assert_cmd::cargo::cargo_bin!("ragplan"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdout(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success(), "ragplan {args:?} under umask {umask}");
}

/// The error message as said, however miette wrapped it: without its
/// frame, line breaks and spaces (compared with the message likewise).
fn said(stderr: &[u8]) -> String {
    squeezed(&String::from_utf8_lossy(stderr))
}

fn squeezed(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '│' | '×'))
        .collect()
}

/// Runs `cmd`, expects exit code 2 and `message` on standard error.
fn refused(cmd: &mut Command, message: &str) {
    let out = cmd.assert().code(2).get_output().clone();
    assert!(
        said(&out.stderr).contains(&squeezed(message)),
        "want {message:?} in {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn outputs_take_the_umask_permissions() {
    let p1 = std::fs::canonicalize(P1).unwrap();
    let p1 = p1.to_str().unwrap();
    for (umask, want) in [("022", 0o644), ("002", 0o664), ("077", 0o600)] {
        let dir = temp();
        let d = dir.path();
        ragplan_under_umask(umask, d, &["build", p1, "-o", "master.xlsx"]);
        ragplan_under_umask(
            umask,
            d,
            &["template", "--period", "Sep-22", "-o", "blank.xlsx"],
        );
        ragplan_under_umask(umask, d, &["diff", p1, p1, "-o", "changes.xlsx"]);
        ragplan_under_umask(umask, d, &["init"]);
        for name in ["master.xlsx", "blank.xlsx", "changes.xlsx", "ragplan.toml"] {
            assert_eq!(
                mode(&d.join(name)),
                want,
                "{name} under umask {umask}: {:o}",
                mode(&d.join(name))
            );
        }
        // A replaced master takes them too (the new file is renamed over it).
        ragplan_under_umask(umask, d, &["build", p1, "-o", "master.xlsx", "--force"]);
        assert_eq!(mode(&d.join("master.xlsx")), want);
    }
}

#[test]
fn an_output_that_is_not_xlsx_is_refused() {
    let dir = temp();
    for (args, name) in [
        (vec!["build", P1, "-o"], "master.xls"),
        (vec!["build", P1, "-o"], "master"),
        (vec!["build", P1, "-o"], "master.xlsm"),
        (vec!["template", "-o"], "blank.ods"),
        (vec!["diff", P1, P1, "-o"], "changes.csv"),
    ] {
        let out = dir.path().join(name);
        refused(
            ragplan().args(&args).arg(&out),
            &format!(
                "{}: ragplan writes Excel workbooks; give a name ending in .xlsx (such as \
                 master.xlsx)",
                out.display()
            ),
        );
        assert!(!out.exists(), "{name}");
    }
    assert_eq!(
        crate::common::temporary_files(dir.path()),
        Vec::<String>::new()
    );
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    // The extension in capitals is still .xlsx.
    let out = dir.path().join("BLANK.XLSX");
    ragplan()
        .args(["template", "-o"])
        .arg(&out)
        .assert()
        .success();
    crate::common::assert_valid_xlsx(&out);
}

#[test]
fn an_output_in_a_missing_folder_says_so() {
    let dir = temp();
    let folder = dir.path().join("no-such-folder");
    let out = folder.join("master.xlsx");
    for args in [
        vec!["build", P1, "-o"],
        vec!["template", "-o"],
        vec!["diff", P1, P1, "-o"],
    ] {
        refused(
            ragplan().args(&args).arg(&out),
            &format!(
                "cannot write {}: the folder {} does not exist",
                out.display(),
                folder.display()
            ),
        );
    }
    assert!(!folder.exists());
    // A file where the folder should be.
    std::fs::write(&folder, "not a folder").unwrap();
    refused(
        ragplan().args(["build", P1, "-o"]).arg(&out),
        &format!(
            "cannot write {}: {} is not a folder",
            out.display(),
            folder.display()
        ),
    );
}

#[test]
fn period_errors_name_their_option() {
    let dir = temp();
    let out = dir.path().join("blank.xlsx");
    let stderr = ragplan()
        .args(["template", "--period", "Sep-22", "--period", "Spring", "-o"])
        .arg(&out)
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    assert!(said(&stderr).contains(&squeezed("--period Spring: give a month such as Apr-22")));
    assert!(!said(&stderr).contains("--add-period"));
    assert!(!out.exists());
    refused(
        ragplan()
            .args(["build", P1, "--add-period", "Spring", "-o"])
            .arg(dir.path().join("master.xlsx")),
        "--add-period Spring: give a month such as Apr-22",
    );
}
