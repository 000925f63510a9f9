//! `ragplan diff OLD NEW` on a next-term copy of Priority 1 with known edits.

use std::collections::HashMap;
use std::path::Path;

use assert_cmd::Command;
use ragplan::import::read::read_workbook;
use rust_xlsxwriter::{Format, Workbook};

use crate::common::temp;

/// Copies a workbook's first sheet with some cells replaced (`None` clears).
fn next_term(src: &Path, out: &Path, edits: &HashMap<&str, Option<&str>>) {
    let book = read_workbook(src).unwrap();
    let sheet = &book.sheets[0];
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name(&sheet.name).unwrap();
    let mut done = Vec::new();
    for m in &sheet.merges {
        let text = sheet
            .get(m.first)
            .map(|c| c.value.display().into_owned())
            .unwrap_or_default();
        ws.merge_range(
            m.first.row,
            m.first.col as u16,
            m.last.row,
            m.last.col as u16,
            &text,
            &Format::new(),
        )
        .unwrap();
        done.push(m.first);
    }
    for cell in &sheet.cells {
        let a1 = cell.at.to_string();
        if done.contains(&cell.at) || edits.contains_key(a1.as_str()) {
            continue;
        }
        ws.write(
            cell.at.row,
            cell.at.col as u16,
            cell.value.display().as_ref(),
        )
        .unwrap();
    }
    for (a1, value) in edits {
        if let Some(v) = value {
            let c = ragplan::model::CellRef::parse(a1).unwrap();
            ws.write(c.row, c.col as u16, *v).unwrap();
        }
    }
    wb.save(out).unwrap();
}

#[test]
fn changes_between_terms() {
    let dir = temp();
    let new = dir.path().join("priority-1-apr22.xlsx");
    let mut edits: HashMap<&str, Option<&str>> = HashMap::new();
    edits.insert("H6", Some("A")); // 1.1 B worsened
    edits.insert("H16", Some("B")); // 1.3 A improved
    edits.insert("C13", Some("Wendy Tompson")); // 1.2 B: N/A → a lead
    edits.insert(
        "B15",
        Some("E. Roll out and dissemination of the SEND Strategy"),
    ); // D renumbered E
    for cell in ["B9", "C9", "D9", "E9", "F9", "G9", "H9", "J9"] {
        edits.insert(cell, None); // the action without a letter removed
    }
    for (cell, v) in [
        ("B17", "B. Publish the communication strategy"),
        ("C17", "Tim Moss"),
        ("D17", "Published"),
        ("H17", "A"),
    ] {
        edits.insert(cell, Some(v)); // a new action in 1.3
    }
    next_term(Path::new("samples/priority-1.xlsx"), &new, &edits);

    let out = Command::cargo_bin("ragplan")
        .unwrap()
        .args(["diff", "samples/priority-1.xlsx"])
        .arg(&new)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    println!("{text}");
    let line = |needle: &str| {
        text.lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("{needle} in\n{text}"))
            .to_string()
    };
    assert!(line("Co-produce a comprehensive Performance").contains("worsened  G     A"));
    assert!(line("Sub-group to co-produce a Communication").contains("improved  G     B"));
    assert!(line("N/A → Wendy Tompson").contains("1.2   B    same"));
    assert!(line("(was D) E. Roll out").contains("1.2   E    same"));
    assert!(line("Local area continues").contains("removed"));
    assert!(line("Publish the communication strategy").contains("1.3   B    new"));
    assert!(text.ends_with("1 improved, 1 worsened, 1 new, 1 removed, 1 lead changed, 7 unchanged; 1 matched by their text because their ids changed\n"), "{text}");

    // JSON and the workbook.
    let xlsx = dir.path().join("changes.xlsx");
    let out = Command::cargo_bin("ragplan")
        .unwrap()
        .args(["diff", "--format", "json", "samples/priority-1.xlsx"])
        .arg(&new)
        .arg("-o")
        .arg(&xlsx)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(
        json["summary"],
        serde_json::json!({"improved": 1, "worsened": 1, "new": 1, "removed": 1, "lead_changed": 1, "unchanged": 7})
    );
    let renumbered = json["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["renumbered_from"] == "D")
        .unwrap();
    assert_eq!(
        (renumbered["id"].as_str(), renumbered["new_status"].as_str()),
        (Some("E"), Some("G"))
    );
    crate::common::assert_valid_xlsx(&xlsx);
    use calamine::{Reader, Xlsx, open_workbook};
    let mut wb: Xlsx<_> = open_workbook(&xlsx).unwrap();
    let range = wb.worksheet_range("Changes").unwrap();
    assert_eq!(range.rows().count(), 1 + 11);
    Command::cargo_bin("ragplan")
        .unwrap()
        .args(["diff", "samples/priority-1.xlsx"])
        .arg(&new)
        .arg("-o")
        .arg(&xlsx)
        .assert()
        .code(2);
}
