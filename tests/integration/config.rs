//! `ragplan.toml` changes what ragplan reads, reports and writes.

use assert_cmd::Command;
use rust_xlsxwriter::Workbook;

use crate::common::temp;

/// A plan whose Lead column is headed `Who` and whose periods are terms.
fn plan(path: &std::path::Path) {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("Priority 3").unwrap();
    ws.write(0, 0, "Priority 3: Co-production is weak.")
        .unwrap();
    crate::common::write_rows(
        ws,
        2,
        &[[
            "Focus Area",
            "Actions",
            "Who",
            "Evidence (Impact)",
            "Progress",
            "",
        ]],
    );
    ws.write(3, 4, "Spring").unwrap();
    ws.write(3, 5, "Autumn").unwrap();
    crate::common::write_rows(
        ws,
        4,
        &[
            [
                "3.1 Co-production",
                "A. Parent forum",
                "Chris Rodgers",
                "Minutes",
                "G/A",
                "C",
            ],
            ["", "B. Survey", "Dana Scully", "Report", "NS", "A"],
        ],
    );
    wb.save(path).unwrap();
}

#[test]
fn config_keys_change_reading_checking_and_writing() {
    let dir = temp();
    let input = dir.path().join("p3.xlsx");
    plan(&input);
    let run = |args: &[&str]| {
        let out = Command::cargo_bin("ragplan")
            .unwrap()
            .current_dir(dir.path())
            .args(args)
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    // Without a config `Who` is no column ragplan knows (Focus Area, Evidence
    // and Progress still make the table a plan), and `C`, `NS` are no codes.
    let before = run(&["check", "--format", "short", "p3.xlsx"]);
    assert!(before.contains("rag-split"), "{before}");
    assert!(
        before.contains("rag-unknown"),
        "C and NS are not codes: {before}"
    );

    std::fs::write(
        dir.path().join("ragplan.toml"),
        r##"
[rag]
allow_split = true
[rag.aliases]
"C" = "G"
"NS" = "Grey"
[leads]
roster = ["Chris Rogers"]
[leads.aliases]
"Chris Rodgers" = "Chris Rogers"
[headers]
lead = ["Who"]
[periods]
order = ["Autumn", "Spring"]
"##,
    )
    .unwrap();
    let after = run(&["check", "--format", "short", "p3.xlsx"]);
    let lines: Vec<&str> = after.lines().collect();
    // Aliases are read as codes (reported as spellings to tidy), splits allowed,
    // Rodgers is Rogers, and Dana Scully is not on the roster.
    assert!(
        !after.contains("rag-split") && !after.contains("rag-unknown"),
        "{after}"
    );
    assert!(
        lines.iter().any(|l| l.ends_with(
            "C6: warning[LEAD003] unknown-lead: `Dana Scully` is not in the lead roster"
        )),
        "{after}"
    );
    assert!(!after.contains("`Chris Rodgers` is not"), "{after}");
    assert!(
        lines
            .iter()
            .filter(|l| l.contains("rag-noncanonical"))
            .count()
            == 2,
        "{after}"
    );

    // The master: Autumn before Spring, the Leads sheet under the roster's name.
    Command::cargo_bin("ragplan")
        .unwrap()
        .current_dir(dir.path())
        .args(["build", "p3.xlsx", "-o", "master.xlsx"])
        .assert()
        .success();
    use calamine::{Reader, Xlsx, open_workbook};
    let mut wb: Xlsx<_> = open_workbook(dir.path().join("master.xlsx")).unwrap();
    let p3 = wb.worksheet_range("Priority 3").unwrap();
    let header: Vec<String> = p3
        .rows()
        .find(|r| r.first().is_some_and(|c| *c == "Ref"))
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(&header[6..8], ["Autumn", "Spring"]);
    let leads = wb.worksheet_range("Leads").unwrap();
    let people: Vec<String> = leads
        .rows()
        .skip(1)
        .filter(|r| r[1].to_string().contains("action"))
        .map(|r| r[0].to_string())
        .collect();
    assert_eq!(people, ["Chris Rogers", "Dana Scully"]);
}
