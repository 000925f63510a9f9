//! `ragplan build`, `summary` and `template`: the master read back with
//! calamine, its XML inspected for what calamine cannot read, the refusals,
//! the round trip and the "nothing lost" promise.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use calamine::{Data, Reader, Xlsx, open_workbook};
use predicates::prelude::*;

use crate::common::{SAMPLES, temp};

fn ragplan() -> Command {
    let mut cmd = Command::cargo_bin("ragplan").unwrap();
    cmd.env("NO_COLOR", "1")
        .env("SOURCE_DATE_EPOCH", "1795392000");
    cmd
}

fn build(dir: &Path, args: &[&str]) -> PathBuf {
    let out = dir.join("master.xlsx");
    ragplan()
        .arg("build")
        .args(args)
        .arg("-o")
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::starts_with("wrote"));
    crate::common::assert_valid_xlsx(&out);
    out
}

/// A sheet as text, cell by cell (`""` for empty), 0-based (row, col).
struct Grid(calamine::Range<Data>);

impl Grid {
    fn open(path: &Path, sheet: &str) -> Grid {
        let mut wb: Xlsx<_> = open_workbook(path).unwrap();
        Grid(wb.worksheet_range(sheet).unwrap())
    }

    fn at(&self, a1: &str) -> String {
        let c = ragplan::model::CellRef::parse(a1).unwrap();
        self.0
            .get_value((c.row, c.col))
            .map(|d| d.to_string())
            .unwrap_or_default()
    }

    fn rows(&self) -> Vec<Vec<String>> {
        let (r0, c0) = self.0.start().unwrap_or((0, 0));
        let mut out = vec![Vec::new(); r0 as usize];
        out.extend(self.0.rows().map(|r| {
            let mut row = vec![String::new(); c0 as usize];
            row.extend(r.iter().map(|d| d.to_string()));
            row
        }));
        out
    }
}

fn sheet_names(path: &Path) -> Vec<String> {
    let wb: Xlsx<_> = open_workbook(path).unwrap();
    wb.sheet_names()
}

/// The text of one part of the xlsx zip.
fn part(path: &Path, name: &str) -> String {
    crate::common::zip_part(path, name)
}

#[test]
fn sheets_values_and_canonical_codes() {
    let dir = temp();
    let out = build(dir.path(), &SAMPLES);
    assert_eq!(
        sheet_names(&out),
        crate::common::master_sheets(&["Priority 1", "Priority 2", "Priority 7"])
    );

    let p1 = Grid::open(&out, "Priority 1");
    assert_eq!(
        p1.at("A1"),
        "Priority 1: Leaders in education, health and social care have not worked together to organise roles and responsibilities, establish a united vision and strategic plan, communicate effectively, drive improvement or share what works well."
    );
    assert!(
        p1.at("A2")
            .starts_with("Vision for the future: Develop a clear Governance Structure")
    );
    assert_eq!(
        (p1.at("A4"), p1.at("C4")),
        ("Overall status (stated)".into(), "G".into())
    );
    let header: Vec<String> = p1.rows()[5].clone();
    assert_eq!(
        &header[..6],
        [
            "Ref",
            "Focus area",
            "Action id",
            "Action",
            "Lead",
            "Evidence (impact)"
        ]
    );
    assert_eq!(
        &header[10..],
        ["Update notes", "Evidence documents", "Column K"]
    );
    // The period headers are date cells (Dec-19 … Dec-21).
    let mut wb: Xlsx<_> = open_workbook(&out).unwrap();
    let range = wb.worksheet_range("Priority 1").unwrap();
    let months: Vec<(u16, u8)> = (6..10)
        .map(|c| match range.get_value((5, c)) {
            Some(Data::DateTime(d)) => {
                let (y, m, ..) = d.to_ymd_hms_milli();
                (y, m)
            }
            other => panic!("period header {c} is not a date: {other:?}"),
        })
        .collect();
    assert_eq!(months, [(2019, 12), (2020, 1), (2021, 4), (2021, 12)]);
    // The Cyrillic А of 1.2 A Jan-20 is written as A; the N/A lead is kept as written.
    assert_eq!((p1.at("C12"), p1.at("H12")), ("A".into(), "A".into()));
    assert_eq!(p1.at("E13"), "N/A");
    assert_eq!(
        p1.at("D11"),
        "Local area continues to explore good practice and national research to influence developments"
    );

    let p7 = Grid::open(&out, "Priority 7");
    assert_eq!(
        (p7.at("G15"), p7.at("H15"), p7.at("I15"), p7.at("J15")),
        ("Grey".into(), "Grey".into(), "A".into(), "G".into())
    );
    assert_eq!(p7.at("J13"), "G/A");
    assert_eq!(
        p7.at("M10"),
        "See Graduated Response evidence inc Position Statement (Priority 6)"
    );
    // HTML stripped in the master.
    let p2 = Grid::open(&out, "Priority 2");
    assert!(
        p2.at("K7").starts_with("Feb 2021: Several sub groups") && !p2.at("K7").contains("<p>")
    );

    // Focus areas merged over their rows.
    let mut wb: Xlsx<_> = open_workbook(&out).unwrap();
    let merges: Vec<String> = wb
        .merge_cells_by_sheet_name("Priority 1")
        .unwrap()
        .iter()
        .map(|d| {
            format!(
                "{}:{}",
                ragplan::model::CellRef::new(d.start.0, d.start.1),
                ragplan::model::CellRef::new(d.end.0, d.end.1)
            )
        })
        .collect();
    for m in ["B7:B11", "B12:B15", "A7:A11"] {
        assert!(merges.contains(&m.to_string()), "{m} in {merges:?}");
    }
    let merges7 = wb.merge_cells_by_sheet_name("Priority 7").unwrap();
    assert!(
        merges7
            .iter()
            .any(|d| d.start == (6, 1) && d.end == (14, 1)),
        "B7:B15"
    );
}

#[test]
fn summary_findings_and_leads_sheets() {
    let dir = temp();
    let out = build(dir.path(), &SAMPLES);
    let summary = Grid::open(&out, "Summary");
    assert_eq!(summary.at("A1"), "SEND improvement plan: priority summary");
    let rows = summary.rows();
    // The three monitoring reports are one document: one section (the
    // sections themselves are tested in summary_sheet.rs).
    assert_eq!(rows[3][0], "Monitoring reports");
    assert_eq!(
        rows[4][..5],
        [
            "Priority",
            "Problem statement",
            "Stated status",
            "Computed status",
            "Period"
        ]
    );
    // Priority 2: stated G/A, computed A for Dec-21 (a date cell, read in
    // summary_sheet.rs), 5 G, 3 A, 1 split of 9; trend same; 0 errors, 4 warnings.
    let p2 = &rows[6];
    assert_eq!(p2[0], "Priority 2");
    assert_eq!((p2[2].as_str(), p2[3].as_str()), ("G/A", "A"));
    assert_eq!(p2[5..13], ["0", "5", "3", "0", "0", "1", "0", "9"]);
    assert_eq!(p2[13], "0.5555555555555556");
    assert_eq!(p2[14], "→ same (was A)");
    assert_eq!((p2[15].as_str(), p2[16].as_str()), ("0", "4"));
    assert_eq!(
        p2[17],
        "any Amber action (and no Red) makes the priority Amber"
    );
    let p7 = &rows[7];
    assert_eq!(
        (p7[2].as_str(), p7[3].as_str(), p7[14].as_str()),
        ("G/A", "G/A", "↑ better (was A)")
    );
    assert_eq!(rows[8][0], "All priorities in this document");
    assert_eq!(rows[8][12], "28");
    assert!(rows.iter().any(|r| {
        r.first()
            .is_some_and(|c| c == "Overall Status of the Priority Area")
    }));
    assert!(
        rows.iter()
            .any(|r| r.first().is_some_and(|c| c == "samples/priority-7.xlsx"))
    );

    let findings = Grid::open(&out, "Findings").rows();
    assert_eq!(findings[0], crate::common::FINDINGS_HEADER);
    assert_eq!(findings.len(), 31);
    let homoglyph = findings.iter().find(|r| r[2] == "rag-homoglyph").unwrap();
    assert_eq!(homoglyph[3], "'Priority 1'!H12");
    assert_eq!(
        homoglyph[4],
        "A. Develop and agree a shared SEND JSNA. Use our needs anal…"
    );
    assert_eq!(homoglyph[5], "samples/priority-1.xlsx › 'Priority 1'!F12");
    assert_eq!(homoglyph[10], "corrected by build: `\u{0410}` → `A`");
    let grey: Vec<_> = findings
        .iter()
        .filter(|r| r[2] == "rag-noncanonical")
        .map(|r| (r[3].as_str(), r[10].as_str()))
        .collect();
    assert_eq!(
        grey,
        [
            ("'Priority 7'!G15", "corrected by build: `Gr` → `Grey`"),
            ("'Priority 7'!H15", "corrected by build: `Gr` → `Grey`")
        ]
    );
    assert!(
        findings
            .iter()
            .filter(|r| r[2] == "missing-lead")
            .all(|r| r[10] == "open")
    );

    let leads = Grid::open(&out, "Leads").rows();
    let person = |name: &str| {
        leads
            .iter()
            .find(|r| r[0] == name && r[1].contains("action"))
            .map(|r| r[1].clone())
    };
    assert_eq!(person("Chris Rogers").as_deref(), Some("3 actions: 3 G"));
    assert_eq!(person("Chris Rodgers").as_deref(), Some("2 actions: 2 G"));
    assert_eq!(
        person("Tim Moss").as_deref(),
        Some("8 actions: 8 G"),
        "joint leads count for each person, spacing ignored"
    );
    let row = leads
        .iter()
        .find(|r| r[0] == "Lesley Calverly" && r[3] == "H")
        .unwrap();
    assert_eq!(
        (
            row[1].as_str(),
            row[2].as_str(),
            row[5].as_str(),
            row[6].as_str()
        ),
        ("Priority 7", "7", "G/A", "Dec-21")
    );
}

#[test]
fn xml_has_validations_formats_chart_links_notes_and_print_setup() {
    let dir = temp();
    let out = build(dir.path(), &SAMPLES);
    let p1 = part(&out, "xl/worksheets/sheet3.xml");
    assert!(
        p1.contains(r#"<dataValidation type="list" errorStyle="warning""#),
        "dropdown"
    );
    assert!(
        p1.contains(r#"sqref="G7:J66""#),
        "dropdown over every status cell and the 50 spare rows"
    );
    assert!(p1.contains(r#"<formula1>"B,G,A,R,Grey"</formula1>"#));
    assert!(
        p1.contains(r#"<conditionalFormatting sqref="G7:J66">"#)
            && p1.contains(r#"<cfRule type="cellIs""#)
            && p1.contains("<formula>\"Grey\"</formula>")
    );
    assert!(
        p1.contains(
            r#"<pane ySplit="6" topLeftCell="A7" activePane="bottomLeft" state="frozen"/>"#
        ),
        "frozen header"
    );
    assert!(p1.contains(r#"<autoFilter ref="A6:M66"/>"#));
    // Printed at 75%, not fitted to the page (tests/integration/print.rs has the rest).
    assert!(
        p1.contains(r#"<pageSetup paperSize="9" scale="75" pageOrder="overThenDown" orientation="landscape""#)
            && !p1.contains("fitToPage")
    );
    // Priority 2's title and its paragraph, 14-point bold across the first
    // printed page's columns: five lines of 21 points (it was cut short at
    // three lines of 15).
    let p2 = part(&out, "xl/worksheets/sheet4.xml");
    assert!(
        p2.contains(r#"<row r="1" ht="105" customHeight="1">"#),
        "title row tall enough"
    );
    let workbook = part(&out, "xl/workbook.xml");
    assert!(workbook.contains(
        r#"name="_xlnm.Print_Titles" localSheetId="2">'Priority 1'!$A:$C,'Priority 1'!$6:$6"#
    ));
    let chart = part(&out, "xl/charts/chart1.xml");
    assert!(
        chart.contains(r#"<c:barDir val="bar"/>"#)
            && chart.contains(r#"<c:grouping val="stacked"/>"#)
            && chart.contains("00B050")
    );
    let findings = part(&out, "xl/worksheets/sheet6.xml");
    assert!(
        findings.contains(r#"location="'Priority 1'!H12""#),
        "link to the corrected cell"
    );
    let notes = part(&out, "xl/comments1.xml");
    assert!(notes.contains("missing-action-id") || notes.contains("STR005"));
    let all_notes: String = (1..=3)
        .map(|i| part(&out, &format!("xl/comments{i}.xml")))
        .collect();
    assert!(all_notes.contains("Corrected by ragplan: was `\u{0410}`"));
    assert!(all_notes.contains("[LEAD001] action B has no lead"));
    let core = part(&out, "docProps/core.xml");
    assert!(
        core.contains("<dc:title>SEND improvement plan: master</dc:title>")
            && core.contains("<dc:creator>ragplan</dc:creator>")
    );
}

#[test]
fn refuses_to_overwrite_inputs_and_outputs() {
    let before: Vec<Vec<u8>> = SAMPLES.iter().map(|p| std::fs::read(p).unwrap()).collect();
    ragplan()
        .args([
            "build",
            "samples",
            "-o",
            "samples/priority-1.xlsx",
            "--force",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is one of the input files"));
    let dir = temp();
    let out = dir.path().join("master.xlsx");
    std::fs::write(&out, "previous master").unwrap();
    ragplan()
        .args(["build", "samples", "-o"])
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already exists; use --force"));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "previous master");
    ragplan()
        .args(["build", "samples", "--force", "-o"])
        .arg(&out)
        .assert()
        .success();
    crate::common::assert_valid_xlsx(&out);
    // An output folder that does not exist, and an unreadable input: nothing written.
    let missing = dir.path().join("no/such/folder/master.xlsx");
    ragplan()
        .args(["build", "samples", "-o"])
        .arg(&missing)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot write"));
    assert!(!missing.exists());
    let bad = dir.path().join("bad.xlsx");
    std::fs::write(&bad, "not a workbook").unwrap();
    let out2 = dir.path().join("master2.xlsx");
    ragplan()
        .args(["build", "samples"])
        .arg(&bad)
        .arg("-o")
        .arg(&out2)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad.xlsx"));
    assert!(!out2.exists());
    // No temporary files are left behind.
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with(".ragplan-"))
        .collect();
    assert!(leftovers.is_empty());
    let after: Vec<Vec<u8>> = SAMPLES.iter().map(|p| std::fs::read(p).unwrap()).collect();
    assert!(before == after, "inputs unchanged");
}

#[test]
fn the_master_is_valid_input() {
    let dir = temp();
    let first = build(dir.path(), &SAMPLES);
    let second_dir = temp();
    let second = build(second_dir.path(), &[first.to_str().unwrap()]);
    assert_eq!(sheet_names(&first), sheet_names(&second));
    for sheet in ["Priority 1", "Priority 2", "Priority 7", "Leads"] {
        assert_eq!(
            Grid::open(&first, sheet).rows(),
            Grid::open(&second, sheet).rows(),
            "{sheet}"
        );
    }
    // The summary table (not its findings counts, which lose what build corrected).
    let (a, b) = (
        Grid::open(&first, "Summary").rows(),
        Grid::open(&second, "Summary").rows(),
    );
    for r in 3..9 {
        assert_eq!(a[r][..15], b[r][..15], "summary row {r}");
    }
    // check of the master reports none of the findings build corrected.
    let out = ragplan()
        .args(["check", "--format", "json"])
        .arg(&first)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let rules: Vec<&str> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert!(
        !rules.contains(&"rag-homoglyph") && !rules.contains(&"rag-noncanonical"),
        "{rules:?}"
    );
    assert_eq!(rules.len(), 27);
    assert!(
        json["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["sheet"].as_str().unwrap().starts_with("Priority "))
    );
}

#[test]
fn nothing_is_lost() {
    use ragplan::import::{
        header::header_at, layout::written_statement::split_actions, load, read::read_workbook,
        text::clean,
    };
    let dir = temp();
    let all = [
        "samples/priority-1.xlsx",
        "samples/priority-2.xlsx",
        "samples/priority-7.xlsx",
        "samples/written-statement.xlsx",
        "samples/implementation-plan.xlsx",
    ];
    let out = build(dir.path(), &all);
    let names = sheet_names(&out);
    for expected in [
        "Summary",
        "Priority 1",
        "Priority 2",
        "Priority 7",
        "WSoA Priority 1",
        "WSoA Priority 2",
        "Plan Priority 3",
        "Public Health",
        "Findings",
        "Leads",
    ] {
        assert!(
            names.iter().any(|n| n == expected),
            "{expected} in {names:?}"
        );
    }
    let master = read_workbook(&out).unwrap();
    let written: Vec<String> = master
        .sheets
        .iter()
        .flat_map(|s| s.cells.iter().map(|c| clean(&c.value.display())))
        .collect();
    let scheme = ragplan::model::Scheme::default();
    let paths: Vec<PathBuf> = all.iter().map(PathBuf::from).collect();
    let loaded = load(&paths, &scheme);
    for (input, path) in loaded.inputs.iter().zip(&paths) {
        let wb = read_workbook(path).unwrap();
        for &s in &input.plan_sheets {
            let sheet = &wb.sheets[s];
            let headers: Vec<u32> = sheet
                .row_numbers()
                .into_iter()
                .filter(|r| header_at(sheet, *r).is_some())
                .collect();
            for cell in &sheet.cells {
                let r = cell.at.row;
                // Header labels are renamed to the master's and period rows become date headers.
                if headers
                    .iter()
                    .any(|h| r == *h || (r == *h + 1 && cell.value.year_month().is_some()))
                {
                    continue;
                }
                let raw = cell.value.display();
                let text = clean(&raw);
                if text.is_empty() {
                    continue;
                }
                // A corrected code is written as its canonical code; a bulleted
                // cell becomes one action per item.
                // A title is written `Priority 4: statement`.
                let pieces = match (
                    scheme.read(&raw).rag(),
                    ragplan::import::monitoring::parse_title(&text),
                ) {
                    (Some(rag), _) => vec![scheme.write(rag)],
                    (None, Some((_, statement, _))) if !statement.is_empty() => vec![statement],
                    _ => split_actions(&text, &raw),
                };
                for piece in pieces {
                    assert!(
                        written.iter().any(|w| w.contains(&piece)),
                        "{} '{}'!{}: {piece:?} not in the master",
                        path.display(),
                        sheet.name,
                        cell.at
                    );
                }
            }
        }
    }
}

#[test]
fn add_period_starts_next_term() {
    let dir = temp();
    let out = build(
        dir.path(),
        &[SAMPLES[0], SAMPLES[1], SAMPLES[2], "--add-period", "Apr-22"],
    );
    let mut wb: Xlsx<_> = open_workbook(&out).unwrap();
    for sheet in ["Priority 1", "Priority 2", "Priority 7"] {
        let range = wb.worksheet_range(sheet).unwrap();
        assert!(
            matches!(range.get_value((5, 10)), Some(Data::DateTime(_))),
            "{sheet}: K6 is the new period"
        );
        assert_eq!(
            range.get_value((5, 11)).map(|d| d.to_string()).as_deref(),
            Some("Update notes")
        );
        assert!(
            range
                .get_value((6, 10))
                .is_none_or(|d| d.to_string().is_empty()),
            "empty status"
        );
    }
    let p1 = part(&out, "xl/worksheets/sheet3.xml");
    assert!(
        p1.contains(r#"sqref="G7:K66""#),
        "dropdown and formats cover the new column"
    );
    ragplan()
        .args(["build", "samples", "--add-period", "Spring", "-o"])
        .arg(dir.path().join("x.xlsx"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("give a month such as Apr-22"));
}

#[test]
fn template_is_an_empty_master() {
    let dir = temp();
    let out = dir.path().join("blank.xlsx");
    ragplan()
        .args(["template", "--period", "Sep-22", "--period", "Jan-23", "-o"])
        .arg(&out)
        .assert()
        .success();
    crate::common::assert_valid_xlsx(&out);
    assert_eq!(
        sheet_names(&out),
        crate::common::master_sheets(&["Priority 1"])
    );
    let p1 = Grid::open(&out, "Priority 1");
    assert_eq!(p1.at("A1"), "Priority 1:");
    assert_eq!(p1.at("A2"), "Overall status (stated)");
    assert_eq!(p1.at("D4"), "Action");
    let xml = part(&out, "xl/worksheets/sheet3.xml");
    // Its 40 rows and the 50 spare rows under them.
    assert!(xml.contains(r#"<dataValidation type="list""#) && xml.contains(r#"sqref="G5:H94""#));
    // It is valid input with nothing to report, and refuses to overwrite.
    ragplan().arg("check").arg(&out).assert().code(0);
    ragplan()
        .args(["template", "-o"])
        .arg(&out)
        .assert()
        .code(2);
}

#[test]
fn summary_command() {
    let out = ragplan()
        .arg("summary")
        .args(SAMPLES)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    // One document: its name, the header, three priorities, its total.
    assert_eq!(lines.len(), 6);
    assert_eq!(lines[0], "Monitoring reports");
    assert!(lines[1].starts_with("PRIORITY"));
    assert!(
        lines[3].starts_with(
            "Priority 2       Aspirations and expectations for … G/A    A    (Dec-21)"
        ),
        "{}",
        lines[3]
    );
    assert!(!text.contains('\x1b'), "plain when NO_COLOR or piped");
    let coloured = ragplan()
        .args(["summary", "--color", "always"])
        .args(SAMPLES)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(
        String::from_utf8(coloured)
            .unwrap()
            .contains("\x1b[48;2;255;192;0m"),
        "amber background"
    );
}

#[test]
fn a_status_shown_only_by_colour_is_written_as_its_code() {
    use rust_xlsxwriter::{Format, Workbook as Writer};
    let dir = temp();
    let input = dir.path().join("coloured.xlsx");
    let mut wb = Writer::new();
    let ws = wb.add_worksheet().set_name("Priority 6").unwrap();
    crate::common::monitoring_head(
        ws,
        0,
        "Priority 6: The graduated response is weak.",
        &["Dec-21"],
        &[],
    );
    ws.write(4, 0, "6.1 Graduated response").unwrap();
    ws.write(4, 1, "A. Publish the toolkit").unwrap();
    ws.write(4, 2, "Karl Hobson").unwrap();
    ws.write(4, 3, "Toolkit online").unwrap();
    ws.write_blank(4, 4, &Format::new().set_background_color(0x00B050))
        .unwrap();
    wb.save(&input).unwrap();
    let out = build(dir.path(), &[input.to_str().unwrap()]);
    assert_eq!(Grid::open(&out, "Priority 6").at("G5"), "G");
    let findings = Grid::open(&out, "Findings").rows();
    let row = findings
        .iter()
        .find(|r| r[2] == "rag-noncanonical")
        .unwrap();
    assert_eq!(row[10], "corrected by build: `green fill` → `G`");
}

#[test]
fn notes_stop_at_a_thousand_a_sheet_keeping_the_most_severe() {
    // 1,000 actions without a lead (errors), then 50 that went from G to A
    // (warnings): the errors keep their notes, the warnings are on the
    // Findings sheet only, and the build says so.
    let dir = temp();
    let input = dir.path().join("big.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet().set_name("Priority 1").unwrap();
    crate::common::monitoring_head(ws, 0, "Priority 1: Leadership", &["Dec-19", "Jan-20"], &[]);
    for i in 0..1050u32 {
        let r = 4 + i;
        if i % 26 == 0 {
            ws.write(r, 0, format!("1.{} Area", i / 26 + 1)).unwrap();
        }
        ws.write(
            r,
            1,
            format!("{}. Action {i}", (b'A' + (i % 26) as u8) as char),
        )
        .unwrap();
        let (lead, before, after) = if i < 1000 {
            ("", "G", "G")
        } else {
            ("Tim Moss", "G", "A")
        };
        ws.write(r, 2, lead).unwrap();
        ws.write(r, 3, "Evidence").unwrap();
        ws.write(r, 4, before).unwrap();
        ws.write(r, 5, after).unwrap();
    }
    wb.save(&input).unwrap();
    let out = dir.path().join("master.xlsx");
    ragplan()
        .arg("build")
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "; 50 flagged cells have no note (at most 1000 notes a sheet, most severe first)",
        ));
    crate::common::assert_valid_xlsx(&out);
    let notes = part(&out, "xl/comments1.xml");
    assert_eq!(notes.matches("<comment ").count(), 1000);
    assert_eq!(notes.matches("[LEAD001]").count(), 1000);
    assert!(!notes.contains("[RAG007]"));
    // Every finding is still listed.
    let findings = Grid::open(&out, "Findings");
    assert_eq!(
        findings
            .rows()
            .iter()
            .filter(|r| r.iter().any(|c| c == "RAG007"))
            .count(),
        50
    );
}

/// The sheets are written side by side; the master must not depend on which
/// thread got where first (formats are numbered in the order first used, so
/// without care the styles would be numbered differently run to run).
#[test]
fn the_same_inputs_give_the_same_master_byte_for_byte() {
    let dir = temp();
    let masters: Vec<Vec<u8>> = (0..4)
        .map(|i| {
            let out = dir.path().join(format!("master-{i}.xlsx"));
            ragplan()
                .arg("build")
                .args(SAMPLES)
                .arg("-o")
                .arg(&out)
                .assert()
                .success();
            crate::common::assert_valid_xlsx(&out);
            std::fs::read(&out).unwrap()
        })
        .collect();
    for (i, m) in masters.iter().enumerate().skip(1) {
        assert!(*m == masters[0], "master {i} differs from master 0");
    }
}

/// A workbook given as bytes (an upload) is read as a file would be; its name
/// is only a label: the master's Sources table shows the name and the
/// modified time given with the bytes, never the date of a file of that name
/// on this machine.
#[test]
fn uploads_are_read_from_memory_and_their_names_never_opened() {
    use ragplan::check::{self, Options};
    use ragplan::export::{BuildOptions, build_bytes};
    use ragplan::import::{InputFile, KeepCells, load_files};
    use std::time::{Duration, SystemTime};

    let bytes = std::fs::read("samples/priority-1.xlsx").unwrap();
    // 2021-03-04 05:06:07 UTC; /etc/passwd has its own, later date.
    let modified = SystemTime::UNIX_EPOCH + Duration::from_secs(1_614_834_367);
    let options = Options::default();
    let loaded = load_files(
        vec![InputFile::from_bytes("/etc/passwd", bytes, Some(modified))],
        &options.scheme,
        &options.synonyms,
        KeepCells::FormulaErrors,
    );
    assert_eq!(loaded.plan.priorities.len(), 1);
    let findings = check::check(&loaded, &options);
    let cyrillic = findings
        .iter()
        .find(|f| f.rule.name == "rag-homoglyph")
        .unwrap();
    assert_eq!(
        ragplan::report::location(&loaded, cyrillic),
        "/etc/passwd:'Priority 1'!F12"
    );
    let (master, _) = build_bytes(&loaded, &findings, &BuildOptions::new(&options, None)).unwrap();
    crate::common::assert_valid_xlsx_bytes(Path::new("upload master"), &master);
    let dir = temp();
    let path = dir.path().join("master.xlsx");
    std::fs::write(&path, master).unwrap();
    let mut wb: Xlsx<_> = open_workbook(&path).unwrap();
    let summary = wb.worksheet_range("Summary").unwrap();
    let (row, _) = summary
        .cells()
        .find(|(_, _, d)| matches!(d, Data::String(s) if s == "/etc/passwd"))
        .map(|(r, c, _)| (r, c))
        .expect("the upload's name in Sources");
    let (r0, c0) = summary.start().unwrap();
    let date = summary
        .get_value((r0 + row as u32, c0 + 2))
        .and_then(|d| match d {
            Data::DateTime(dt) => Some(dt.to_ymd_hms_milli()),
            _ => None,
        })
        .expect("a modified date");
    assert_eq!(date, (2021, 3, 4, 5, 6, 7, 0));
}

/// The README's new term: `--add-period` records the term the master now
/// reports, so `check` of that master asks every action for its status there
/// (and for nothing else new), while a column merely made ready elsewhere is
/// still to come.
#[test]
fn the_new_terms_statuses_are_due_in_its_master() {
    let dir = temp();
    let out = build(
        dir.path(),
        &[SAMPLES[0], SAMPLES[1], SAMPLES[2], "--add-period", "Apr-22"],
    );
    let json = ragplan()
        .args(["check", "--format", "json"])
        .arg(&out)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&json).unwrap();
    let missing: Vec<&serde_json::Value> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "rag-missing")
        .collect();
    let actions: usize = 10 + 9 + 9;
    assert_eq!(missing.len(), actions, "every action of the three reports");
    assert!(missing.iter().all(|f| f["field"] == "Apr-22"));
    // The record is a very hidden sheet, not a plan, not hidden data.
    assert!(sheet_names(&out).contains(&"ragplan".to_string()));
    assert!(part(&out, "xl/workbook.xml").contains(r#"name="ragplan" sheetId"#));
    assert!(part(&out, "xl/workbook.xml").contains(r#"state="veryHidden""#));
}
