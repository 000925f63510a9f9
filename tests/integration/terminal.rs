//! Nothing from a file reaches the terminal as control codes: ESC, BEL and
//! the other C0/C1 controls in a cell, a sheet name or a file name are shown
//! escaped (`\u{1b}`) in every report printed to a terminal and in every
//! error line; JSON escapes them as JSON does.

use std::path::{Path, PathBuf};

use rust_xlsxwriter::Workbook;

use crate::common::{assert_terminal_safe, bounded_ragplan, temp};

/// A plan whose sheet name, title, cells and lead hold ESC sequences (clear
/// the screen, set the window title), BEL, a C1 control and a
/// right-to-left override, in a file whose name holds ESC too.
fn hostile_plan(dir: &Path) -> PathBuf {
    let path = dir.join("plan\u{1b}[2J.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("P5 \u{1b}c\u{7}").unwrap();
    crate::common::monitoring_head(
        ws,
        0,
        "Priority 5: Transitions \u{1b}]0;owned\u{7}are weak.",
        &["Dec-19", "Jan-20"],
        &["Sub Group Action to date"],
    );
    crate::common::write_rows(
        ws,
        4,
        &[
            [
                "5.1 Transition\u{9b}31m",
                "A. Write guidance \u{202e}txt.exe",
                "Julia \u{1b}[31mAnderson",
                "Published",
                "A\u{7}",
                "G\u{1b}[5m",
            ],
            [
                "",
                "B. Publish it",
                "N/A\u{7}",
                "On the Local Offer",
                "G",
                "G",
            ],
        ],
    );
    wb.save(&path).unwrap();
    path
}

/// Standard output and error of a run, checked to hold no control byte;
/// the exit code.
fn safe_run(args: &[&std::ffi::OsStr]) -> (i32, String, String) {
    let out = bounded_ragplan().args(args).output().unwrap();
    let what = format!("{args:?}");
    assert_terminal_safe(&format!("stdout of {what}"), &out.stdout);
    assert_terminal_safe(&format!("stderr of {what}"), &out.stderr);
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn reports_show_control_characters_escaped() {
    let dir = temp();
    let plan = hostile_plan(dir.path());
    let p = plan.as_os_str();
    for format in ["human", "short"] {
        let (code, text, _) =
            safe_run(&["check".as_ref(), "--format".as_ref(), format.as_ref(), p]);
        assert_eq!(code, 1, "{text}");
        assert!(text.contains("plan\\u{1b}[2J.xlsx"), "{text}");
        assert!(text.contains("`A\\u{7}` is not a RAG code"), "{text}");
    }
    let (_, short, _) = safe_run(&["check".as_ref(), "--format".as_ref(), "short".as_ref(), p]);
    assert!(
        short.contains("plan\\u{1b}[2J.xlsx:'P5 \\u{1b}c\\u{7}'!F5: warning[RAG005] rag-free-text"),
        "{short}"
    );
    // Colour on: the report's own colours remain, the file's never arrive.
    let out = bounded_ragplan()
        .args(["check", "--color", "always"])
        .arg(p)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("\u{1b}["), "colours are drawn");
    assert!(
        !text.contains("\u{1b}[2J") && !text.contains("\u{1b}]0;"),
        "{text}"
    );
    assert!(
        !text.contains('\u{7}') && !text.contains('\u{202e}'),
        "{text}"
    );

    let (code, table, _) = safe_run(&["summary".as_ref(), p]);
    assert_eq!(code, 0, "{table}");
    assert!(
        table.contains("Transitions \\u{1b}]0;owned\\u{7}ar…"),
        "{table}"
    );

    let (code, changes, _) = safe_run(&["diff".as_ref(), "--all".as_ref(), p, p]);
    assert_eq!(code, 0, "{changes}");
    assert!(changes.contains("Julia \\u{1b}[31mAnderson"), "{changes}");
    assert!(
        changes.contains("A. Write guidance \\u{202e}txt.exe"),
        "{changes}"
    );
}

/// The file's name in an error line, and a note, are escaped too.
#[test]
fn error_lines_show_control_characters_escaped() {
    let dir = temp();
    let broken = dir.path().join("broken\u{1b}[2J\u{7}.xlsx");
    std::fs::write(&broken, "Focus Area,Actions\n").unwrap();
    let (code, _, stderr) = safe_run(&["check".as_ref(), broken.as_os_str()]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("broken\\u{1b}[2J\\u{7}.xlsx: not a spreadsheet"),
        "{stderr}"
    );
    let missing = dir.path().join("gone\u{1b}[2J.xlsx");
    let (code, _, stderr) = safe_run(&[
        "build".as_ref(),
        missing.as_os_str(),
        "-o".as_ref(),
        dir.path().join("m.xlsx").as_os_str(),
    ]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("gone\\u{1b}[2J.xlsx: no such file or folder"),
        "{stderr}"
    );
    let pipe = dir.path().join("pipe\u{1b}[2J.xlsx");
    crate::common::fifo(&pipe);
    std::fs::copy("samples/priority-1.xlsx", dir.path().join("p1.xlsx")).unwrap();
    std::fs::remove_file(&broken).unwrap();
    let (code, _, stderr) = safe_run(&["check".as_ref(), dir.path().as_os_str()]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("pipe\\u{1b}[2J.xlsx: skipped"), "{stderr}");
}

/// JSON escapes control characters as JSON does (`\u001b`), and reads
/// back to the very text of the cell.
#[test]
fn json_escapes_control_characters_as_json_does() {
    let dir = temp();
    let plan = hostile_plan(dir.path());
    let out = bounded_ragplan()
        .args(["check", "--format", "json"])
        .arg(&plan)
        .output()
        .unwrap();
    assert_terminal_safe("the JSON report", &out.stdout);
    let raw = String::from_utf8(out.stdout.clone()).unwrap();
    assert!(raw.contains(r#""value": "G\u001b[5m""#), "{raw}");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let finding = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "RAG005")
        .unwrap();
    assert_eq!(finding["value"], "G\u{1b}[5m");
    assert_eq!(finding["sheet"], "P5 \u{1b}c\u{7}");
    assert_eq!(json["files"][0], plan.display().to_string());
}
