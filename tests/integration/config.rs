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
    crate::common::assert_valid_xlsx(&dir.path().join("master.xlsx"));
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

/// A `--config` that is a named pipe or a device is refused at once (it was
/// read until something wrote to it: for ever), and so is a `ragplan.toml`
/// in the folder that is one.
#[test]
fn a_config_that_is_a_pipe_or_device_is_refused_at_once() {
    let dir = temp();
    let pipe = dir.path().join("ragplan.toml");
    crate::common::fifo(&pipe);
    for config in [pipe.as_path(), std::path::Path::new("/dev/zero")] {
        crate::common::bounded_ragplan()
            .arg("check")
            .arg("--config")
            .arg(config)
            .arg("samples/priority-1.xlsx")
            .assert()
            .code(2)
            .stderr(predicates::str::contains(format!(
                "cannot read {}: it is",
                config.display()
            )));
    }
    crate::common::bounded_ragplan()
        .current_dir(dir.path())
        .arg("check")
        .arg(
            std::env::current_dir()
                .unwrap()
                .join("samples/priority-1.xlsx"),
        )
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "cannot read ragplan.toml: it is a named pipe (FIFO), not a file",
        ));
}

/// The codes are written into the master's cells, its dropdowns (a list
/// separated by commas) and its conditional formats: each must be
/// distinct, printable, and free of commas and of the split separator.
/// (`green = "G,A"` made a dropdown entry nobody could choose.)
#[test]
fn codes_must_be_distinct_printable_and_free_of_separators() {
    use ragplan::config::Config;
    let parse = |text: &str| {
        Config::parse(std::path::Path::new("ragplan.toml"), text)
            .err()
            .map(|e| e.to_string())
    };
    for (text, error) in [
        ("[rag]\ngreen = \"G,A\"\n", "the code `G,A` holds a comma"),
        (
            "[rag]\ngreen = \"G\\u0007\"\n",
            "the code `G\\u{7}` holds a control character",
        ),
        (
            "[rag]\ngreen = \"a\"\namber = \"A\"\n",
            "the code `A` is given to two statuses",
        ),
        (
            "[rag]\ngreen = \"G/\"\n",
            "the split separator must be non-empty and appear in no code",
        ),
        (
            "[rag]\nsplit_separator = \",\"\n",
            "the split separator `,` holds a comma",
        ),
        ("[rag]\ngreen = \"\\\"G\\\"\"\n", "holds a double quote"),
        (
            &format!("[rag]\ngreen = \"{}\"\n", "G".repeat(41)),
            "is longer than 40 characters",
        ),
        // A control character written raw is shown escaped, not sent to the terminal.
        (
            "[rag]\ngreen = \"G\u{1b}[2J\"\n",
            "it holds a control character (\\u{1b})",
        ),
    ] {
        let got = parse(text).unwrap_or_else(|| panic!("{text:?} was accepted"));
        assert!(got.contains(error), "{text:?}: {got}");
    }
    assert_eq!(
        parse("[rag]\ngreen = \"Green\"\nsplit_separator = \" / \"\n"),
        None
    );
}

/// A roster of millions of names is refused at once (checking each lead
/// against it took minutes); one of 10,000, the most a config may hold,
/// is checked as usual.
#[test]
fn a_roster_of_millions_is_refused_and_one_of_thousands_is_used() {
    let dir = temp();
    let roster = |n: usize| {
        let names: Vec<String> = (0..n).map(|i| format!("\"Person {i}\"")).collect();
        format!("[leads]\nroster = [{}]\n", names.join(", "))
    };
    let huge = dir.path().join("huge.toml");
    std::fs::write(&huge, roster(2_000_000)).unwrap();
    crate::common::bounded_ragplan()
        .args(["check", "--config"])
        .arg(&huge)
        .arg("samples/priority-1.xlsx")
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "it is over 1 MiB; a config file is a few kilobytes",
        ));
    let over = dir.path().join("over.toml");
    std::fs::write(&over, roster(10_001)).unwrap();
    crate::common::bounded_ragplan()
        .args(["check", "--config"])
        .arg(&over)
        .arg("samples/priority-1.xlsx")
        .assert()
        .code(2)
        .stderr(predicates::str::contains("roster has 10001 entries;"));
    let large = dir.path().join("large.toml");
    std::fs::write(&large, roster(10_000)).unwrap();
    crate::common::bounded_ragplan()
        .args(["check", "--format", "short", "--config"])
        .arg(&large)
        .arg("samples/priority-1.xlsx")
        .assert()
        .code(1)
        .stdout(predicates::str::contains(
            "warning[LEAD003] unknown-lead: `Tim Moss` is not in the lead roster",
        ));
}
