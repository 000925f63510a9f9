//! Folders as a shared drive has them: links that loop, named pipes and
//! devices among the workbooks, one file reached by two paths. Each folder
//! is walked once, each file read once, nothing but files opened.

use std::path::Path;

use predicates::prelude::*;

use crate::common::{bounded_ragplan, fifo, temp};

fn copy_sample(dir: &Path, name: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::copy("samples/priority-1.xlsx", &path).unwrap();
    path
}

/// The short report of `check` on the paths, and its exit code.
fn short(paths: &[&Path]) -> (i32, String, String) {
    let out = bounded_ragplan()
        .args(["check", "--format", "short"])
        .args(paths)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// `ln -s . loop` twice, and a link to the folder above: every folder is
/// walked once (it was walked 41 times, until the path grew too long), so
/// the report is that of the one workbook.
#[test]
fn links_that_loop_are_followed_once() {
    let root = temp();
    let dir = root.path().join("plans");
    std::fs::create_dir(&dir).unwrap();
    copy_sample(&dir, "priority-1.xlsx");
    std::os::unix::fs::symlink(".", dir.join("loop")).unwrap();
    std::os::unix::fs::symlink(".", dir.join("loop2")).unwrap();
    std::os::unix::fs::symlink("..", dir.join("up")).unwrap();
    let (alone, expected, _) = short(&[Path::new("samples/priority-1.xlsx")]);
    let (code, text, stderr) = short(&[&dir]);
    assert_eq!(code, alone);
    assert_eq!(
        text.replace(&format!("{}/", dir.display()), ""),
        expected.replace("samples/", ""),
        "{stderr}"
    );
}

/// A named pipe, a socket and a device among the workbooks, each named as
/// a spreadsheet: skipped with a note, never opened (opening the pipe hung
/// for ever), and the workbook beside them checked.
#[test]
fn pipes_sockets_and_devices_in_a_folder_are_skipped_with_a_note() {
    let dir = temp();
    copy_sample(dir.path(), "priority-1.xlsx");
    fifo(&dir.path().join("pipe.xlsx"));
    let _socket = std::os::unix::net::UnixListener::bind(dir.path().join("socket.xlsx")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("zero.xlsx")).unwrap();
    let (code, text, stderr) = short(&[dir.path()]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        text.contains("priority-1.xlsx:'Priority 1'!F12: error[RAG003]"),
        "{text}"
    );
    let d = dir.path().display();
    assert_eq!(
        stderr.lines().collect::<Vec<_>>(),
        [
            format!("note: {d}/pipe.xlsx: skipped: it is a named pipe (FIFO), not a file"),
            format!("note: {d}/socket.xlsx: skipped: it is a socket, not a file"),
            format!("note: {d}/zero.xlsx: skipped: it is a device, not a file"),
        ]
    );
}

/// Named on the command line, a pipe or a device is refused at once.
#[test]
fn a_pipe_or_device_named_on_the_command_line_is_refused() {
    let dir = temp();
    let pipe = dir.path().join("pipe.xlsx");
    fifo(&pipe);
    for (path, kind) in [
        (pipe.as_path(), "a named pipe (FIFO)"),
        (Path::new("/dev/zero"), "a device"),
    ] {
        bounded_ragplan()
            .arg("check")
            .arg(path)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(format!(
                "{}: it is {kind}, not a file or folder",
                path.display()
            )));
    }
}

/// The same workbook named twice, and a folder beside a file inside it:
/// read once (the findings doubled, and the master had `Priority 1 (2)`),
/// with an info saying so.
#[test]
fn the_same_file_given_twice_is_read_once() {
    let dir = temp();
    let plans = dir.path().join("plans");
    std::fs::create_dir(&plans).unwrap();
    let file = copy_sample(&plans, "priority-1.xlsx");
    let (alone, expected, _) = short(&[&file]);
    for paths in [
        vec![file.as_path(), file.as_path()],
        vec![plans.as_path(), file.as_path()],
    ] {
        let (code, text, stderr) = short(&paths);
        assert_eq!(code, alone, "{stderr}");
        let mut lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines.remove(0),
            format!(
                "{}: info[STR012] duplicate-file: {} was given twice; ragplan read it once",
                file.display(),
                file.display()
            )
        );
        assert_eq!(lines, expected.lines().collect::<Vec<_>>());
    }
    let master = dir.path().join("master.xlsx");
    bounded_ragplan()
        .arg("build")
        .arg(&plans)
        .arg(&file)
        .arg("-o")
        .arg(&master)
        .assert()
        .success();
    crate::common::assert_valid_xlsx(&master);
    use calamine::Reader;
    let wb: calamine::Xlsx<_> = calamine::open_workbook(&master).unwrap();
    // One Priority 1 (and the master's own record, very hidden).
    assert_eq!(
        wb.sheet_names(),
        crate::common::master_sheets(&["Priority 1"])
    );
}
