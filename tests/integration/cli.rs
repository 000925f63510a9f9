//! The built binary, end to end: formats, exit codes, bad input.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;
use rust_xlsxwriter::Workbook;

use crate::common::temp;

fn ragplan() -> Command {
    let mut cmd = Command::cargo_bin("ragplan").unwrap();
    cmd.env("NO_COLOR", "1");
    cmd
}

/// A small clean plan: one priority, canonical codes, leads everywhere.
fn clean_plan(path: &Path, second_status: &str) {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("Priority 5").unwrap();
    crate::common::monitoring_head(
        ws,
        0,
        "Priority 5: Transitions are weak.",
        &["Dec-19", "Jan-20"],
        &["Sub Group Action to date"],
    );
    ws.write(1, 0, "Vision for the future: effective transitions")
        .unwrap();
    ws.write(1, 6, "G").unwrap();
    crate::common::write_rows(
        ws,
        4,
        &[
            [
                "5.1 Transition",
                "A. Write guidance",
                "Julia Anderson",
                "Guidance published",
                "A",
                "G",
                "Jan 2020: done",
            ],
            [
                "",
                "B. Publish it",
                "Julia Anderson",
                "On the Local Offer",
                "G",
                second_status,
                "",
            ],
        ],
    );
    wb.save(path).unwrap();
}

#[test]
fn human_report_on_samples() {
    ragplan()
        .arg("check")
        .args(crate::common::SAMPLES)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("error[RAG003] rag-homoglyph"))
        .stdout(predicate::str::contains(
            "samples/priority-1.xlsx › 'Priority 1'!F12",
        ))
        .stdout(predicate::str::ends_with(
            "2 errors, 13 warnings, 15 infos in 3 files\n",
        ));
}

#[test]
fn short_report_lines() {
    let out = ragplan()
        .args(["check", "--format", "short"])
        .args(crate::common::SAMPLES)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.lines().any(|l| l
        == "samples/priority-1.xlsx:'Priority 1'!F12: error[RAG003] rag-homoglyph: `\u{0410}` looks like `A` but contains U+0410 (Cyrillic)"));
    assert!(text.lines().any(|l| l == "samples/priority-1.xlsx:'Priority 1'!C13: error[LEAD001] missing-lead: action B has no lead: `N/A` names nobody"));
    assert_eq!(text.lines().count(), 30);
    assert!(text.lines().all(|l| l.starts_with("samples/priority-")));
}

#[test]
fn json_report_schema() {
    let out = ragplan()
        .args(["check", "--format", "json", "samples/priority-1.xlsx"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(json["version"], 1);
    assert_eq!(
        json["files"],
        serde_json::json!(["samples/priority-1.xlsx"])
    );
    let findings = json["findings"].as_array().unwrap();
    let h = findings.iter().find(|f| f["code"] == "RAG003").unwrap();
    for (key, value) in [
        ("rule", "rag-homoglyph"),
        ("severity", "error"),
        ("file", "samples/priority-1.xlsx"),
        ("sheet", "Priority 1"),
        ("cell", "F12"),
        ("field", "Jan-20"),
        ("value", "\u{0410}"),
    ] {
        assert_eq!(h[key], value, "{key}");
    }
    assert!(h["message"].as_str().unwrap().contains("U+0410"));
    assert!(h["help"].is_string());
    let cells: Vec<_> = findings
        .iter()
        .map(|f| f["cell"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(cells, ["B9", "F12", "C13"], "sorted by row and column");
    assert_eq!(
        json["summary"],
        serde_json::json!({"errors": 2, "warnings": 1, "infos": 0})
    );
}

#[test]
fn exit_codes() {
    let dir = temp();
    let clean = dir.path().join("clean.xlsx");
    clean_plan(&clean, "G");
    ragplan()
        .args(["check"])
        .arg(&clean)
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "0 errors, 0 warnings, 0 infos in 1 file",
        ));
    let warned = dir.path().join("warned.xlsx");
    clean_plan(&warned, "green");
    ragplan().args(["check"]).arg(&warned).assert().code(0);
    ragplan()
        .args(["check", "--deny", "warnings"])
        .arg(&warned)
        .assert()
        .code(1);
    ragplan()
        .args(["check", "--deny", "rag-noncanonical"])
        .arg(&warned)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("error[RAG002]"));
    ragplan()
        .args([
            "check",
            "--allow",
            "RAG003",
            "--allow",
            "missing-lead",
            "--allow",
            "missing-action-id",
            "samples/priority-1.xlsx",
        ])
        .assert()
        .code(0);
    ragplan()
        .args(["check", "--allow", "no-such-rule", "samples"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no-such-rule"));
}

#[test]
fn unreadable_files_exit_2_and_name_the_file() {
    let dir = temp();
    let csv = dir.path().join("plan.xlsx");
    std::fs::write(&csv, "Focus Area,Actions,Lead\n").unwrap();
    ragplan()
        .args(["check"])
        .arg(&csv)
        .assert()
        .code(2)
        .stdout(predicate::str::contains("unreadable-file"))
        .stderr(predicate::str::contains("plan.xlsx").and(predicate::str::contains("text file")));

    let empty = dir.path().join("empty.xlsx");
    std::fs::write(&empty, "").unwrap();
    ragplan()
        .args(["check"])
        .arg(&empty)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("empty.xlsx: the file is empty"));

    let truncated = dir.path().join("truncated.xlsx");
    let bytes = std::fs::read("samples/priority-1.xlsx").unwrap();
    std::fs::write(&truncated, &bytes[..bytes.len() / 2]).unwrap();
    ragplan()
        .args(["check"])
        .arg(&truncated)
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("truncated.xlsx").and(predicate::str::contains("damaged")),
        );

    ragplan()
        .args(["check", "tests/fixtures/password.xlsx"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "password.xlsx: the workbook is password-protected",
        ));

    ragplan()
        .args(["check", "no/such/file.xlsx"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no/such/file.xlsx: no such file or folder",
        ));
}

#[test]
fn unreadable_file_still_yields_json() {
    let dir = temp();
    let csv = dir.path().join("plan.xlsx");
    std::fs::write(&csv, "a,b\n").unwrap();
    let out = ragplan()
        .args(["check", "--format", "json"])
        .arg(&csv)
        .arg("samples/priority-1.xlsx")
        .assert()
        .code(2)
        .get_output()
        .stdout
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let f = &json["findings"][0];
    assert_eq!(f["rule"], "unreadable-file");
    assert!(f["sheet"].is_null() && f["cell"].is_null());
    assert!(f["file"].as_str().unwrap().ends_with("plan.xlsx"));
    assert_eq!(json["files"].as_array().unwrap().len(), 2);
}

#[test]
fn folders_are_walked_and_lock_files_skipped() {
    let dir = temp();
    std::fs::copy(
        "samples/priority-7.xlsx",
        dir.path().join("priority-7.xlsx"),
    )
    .unwrap();
    std::fs::write(dir.path().join("~$priority-7.xlsx"), "lock").unwrap();
    std::fs::write(dir.path().join("notes.txt"), "not a spreadsheet").unwrap();
    let sub = dir.path().join("older");
    std::fs::create_dir(&sub).unwrap();
    std::fs::copy("samples/priority-1.xlsx", sub.join("priority-1.XLSX")).unwrap();
    let out = ragplan()
        .args(["check", "--format", "json"])
        .arg(dir.path())
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let files: Vec<String> = json["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap().to_string())
        .collect();
    assert_eq!(files.len(), 2, "{files:?}");
    assert!(
        files[0].ends_with("older/priority-1.XLSX") && files[1].ends_with("priority-7.xlsx"),
        "{files:?}"
    );

    let empty = temp();
    ragplan()
        .args(["check"])
        .arg(empty.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no spreadsheet files found"));
}

#[test]
fn inputs_are_never_changed() {
    let before: Vec<Vec<u8>> = crate::common::SAMPLES
        .iter()
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    for format in ["human", "short", "json"] {
        ragplan()
            .args(["check", "--format", format, "samples"])
            .assert()
            .code(1);
    }
    let after: Vec<Vec<u8>> = crate::common::SAMPLES
        .iter()
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    assert!(before == after);
}

#[test]
fn rules_and_explain() {
    let out = ragplan()
        .arg("rules")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert_eq!(text.lines().count(), 1 + ragplan::check::RULES.len());
    assert!(
        text.lines()
            .any(|l| l.starts_with("RAG003   rag-homoglyph"))
    );
    for key in ["RAG003", "rag-homoglyph", "rag003"] {
        ragplan()
            .args(["explain", key])
            .assert()
            .success()
            .stdout(predicate::str::starts_with(
                "RAG003 rag-homoglyph (rag rule, error by default)",
            ))
            .stdout(predicate::str::contains("## Bad").and(predicate::str::contains("## Good")));
    }
    ragplan()
        .args(["explain", "RAG999"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("RAG999"));
}

#[test]
fn help_on_everything() {
    for args in [
        vec!["--help"],
        vec!["check", "--help"],
        vec!["rules", "--help"],
        vec!["explain", "--help"],
    ] {
        ragplan()
            .args(&args)
            .assert()
            .success()
            .stdout(predicate::str::contains("Usage"));
    }
}

#[test]
fn config_file_sets_rule_levels_and_bad_config_points_at_the_line() {
    let dir = temp();
    let root = std::env::current_dir().unwrap();
    ragplan()
        .current_dir(dir.path())
        .arg("init")
        .assert()
        .success()
        .stdout("wrote ragplan.toml\n");
    ragplan()
        .current_dir(dir.path())
        .arg("init")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already exists"));
    let written = std::fs::read_to_string(dir.path().join("ragplan.toml")).unwrap();
    assert_eq!(written, ragplan::config::DEFAULT_TOML);
    // ./ragplan.toml is read from the current folder.
    std::fs::write(
        dir.path().join("ragplan.toml"),
        "[rules]\nrag-split = \"allow\"\nXREF002 = \"allow\"\nmissing-action-id = \"deny\"\n",
    )
    .unwrap();
    let out = ragplan()
        .current_dir(dir.path())
        .args(["check", "--format", "short"])
        .args(crate::common::SAMPLES.iter().map(|s| root.join(s)))
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert_eq!(text.lines().count(), 30 - 4 - 15);
    assert!(text.contains("error[STR005] missing-action-id"));
    // A bad file names itself and points at the key.
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "[rules]\nrag-splt = \"allow\"\n").unwrap();
    ragplan()
        .args(["check", "samples", "--config"])
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("bad.toml is not valid: there is no rule `rag-splt`")
                .and(predicate::str::contains("2 │ rag-splt = \"allow\"")),
        );
}

/// `ragplan init --from`: a tracker whose headers ragplan does not know
/// gets `no-plan-found` with the lines that would make it read; `init
/// --from` writes them into ragplan.toml, and then `check` reads the plan.
#[test]
fn init_from_a_workbook_it_cannot_yet_read() {
    let dir = temp();
    let path = dir.path().join("tracker.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("Tracker").unwrap();
    let rows: [[&str; 5]; 4] = [
        ["No", "What we are doing", "Champion", "Rating", "Comments"],
        [
            "1",
            "Publish the SEND strategy with families",
            "Jo Bloggs",
            "G",
            "Jan 23: published",
        ],
        [
            "2",
            "Audit ten EHC plans a month",
            "Head of SEND",
            "A",
            "Feb 23: first audit",
        ],
        [
            "3",
            "Train SENCOs in the graduated response",
            "TBC",
            "R",
            "Delayed by sickness",
        ],
    ];
    crate::common::write_rows(ws, 0, &rows);
    wb.save(&path).unwrap();

    let out = ragplan()
        .current_dir(dir.path())
        .args(["check", "--format", "short", "tracker.xlsx"])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.starts_with("tracker.xlsx:'Tracker'!A1: warning[STR002] no-plan-found: no plan table found: the nearest is the table at 'Tracker'!A1"),
        "{text}"
    );

    ragplan()
        .current_dir(dir.path())
        .args(["init", "--from", "tracker.xlsx"])
        .assert()
        .success()
        .stdout("tracker.xlsx: headers for the table at 'Tracker'!A1\nwrote ragplan.toml\n");
    let toml = std::fs::read_to_string(dir.path().join("ragplan.toml")).unwrap();
    assert!(
        toml.contains("action = [\"What we are doing\"]\nlead = [\"Champion\"]\n"),
        "{toml}"
    );
    let out = ragplan()
        .current_dir(dir.path())
        .args(["check", "--format", "short", "tracker.xlsx"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    assert_eq!(
        String::from_utf8(out).unwrap(),
        "tracker.xlsx:'Tracker'!C4: error[LEAD001] missing-lead: action 3 has no lead: `TBC` names nobody\n"
    );
}
