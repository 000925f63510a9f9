//! Workbooks nobody here made: the samples rewritten with their tables moved,
//! columns inserted, cover sheets added, sheets renamed and reordered, dates
//! as text, merges replaced by repeated text. The findings move with the
//! cells and nothing else changes.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::common::{Place, Transform, places, rewrite, run, sample_paths, temp};

/// Findings of the three samples together, mapped through the transform.
fn expected(t: &Transform) -> BTreeSet<Place> {
    let (loaded, findings) = run(&sample_paths());
    places(&loaded, &findings)
        .into_iter()
        .map(|(rule, sheet, cell)| (rule, t.sheet_name(&sheet), t.a1(&cell)))
        .collect()
}

fn rewritten(t: &Transform, cover: bool, order: &[usize]) -> (tempfile::TempDir, PathBuf) {
    let dir = temp();
    let out = dir.path().join("combined.xlsx");
    let paths = sample_paths();
    let sources: Vec<&Path> = order.iter().map(|i| paths[*i].as_path()).collect();
    rewrite(&sources, &out, t, cover);
    (dir, out)
}

fn assert_same(t: Transform, cover: bool, order: &[usize]) {
    let (_dir, path) = rewritten(&t, cover, order);
    let (loaded, findings) = run(&[path]);
    let got = places(&loaded, &findings);
    let want = expected(&t);
    let missing: Vec<_> = want.difference(&got).collect();
    let extra: Vec<_> = got.difference(&want).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing: {missing:#?}\nunexpected: {extra:#?}"
    );
}

#[test]
fn one_workbook_with_all_priorities() {
    assert_same(Transform::default(), false, &[0, 1, 2]);
}

#[test]
fn sheets_in_another_order_after_cover_and_hidden_sheets() {
    assert_same(Transform::default(), true, &[2, 0, 1]);
}

#[test]
fn tables_moved_down_and_right() {
    assert_same(
        Transform {
            rows_down: 3,
            cols_right: 2,
            ..Transform::default()
        },
        false,
        &[0, 1, 2],
    );
}

#[test]
fn extra_column_between_lead_and_evidence() {
    let t = Transform {
        insert_column: Some((3, "Budget code", "BC-17")),
        ..Transform::default()
    };
    assert_same(t.clone(), false, &[1, 0, 2]);
    // The extra column is kept by name.
    let (_dir, path) = rewritten(&t, false, &[0]);
    let (loaded, _) = run(&[path]);
    let action = &loaded.plan.priorities[0].focus_areas[0].actions[0];
    assert_eq!(
        action
            .extra
            .iter()
            .map(|e| (e.name.as_str(), e.value.value.as_str()))
            .collect::<Vec<_>>(),
        [("Budget code", "BC-17")]
    );
}

#[test]
fn dates_as_text_and_sheets_named_sheet1() {
    fn rename(name: &str) -> String {
        match name {
            "Priority 1" => "Sheet1".into(),
            "PR2" => "Sheet2".into(),
            _ => "Sheet3".into(),
        }
    }
    assert_same(
        Transform {
            dates_as_text: true,
            rename: Some(rename),
            ..Transform::default()
        },
        true,
        &[0, 1, 2],
    );
}

#[test]
fn focus_area_repeated_instead_of_merged() {
    let t = Transform {
        unmerge_repeating: true,
        ..Transform::default()
    };
    assert_same(t.clone(), false, &[0, 1, 2]);
    let (_dir, path) = rewritten(&t, false, &[2]);
    let (loaded, _) = run(&[path]);
    assert_eq!(loaded.plan.priorities[0].focus_areas.len(), 1);
    assert_eq!(loaded.plan.priorities[0].focus_areas[0].actions.len(), 9);
}

/// A workbook laid out like none of the seeds: a cover sheet, the title split
/// over two cells, an `Overall RAG:` label instead of a vision row, a `Ref`
/// column instead of a focus-area column, other header words, a lead merged
/// over two actions, dates as periods, an extra column and a footnote.
#[test]
fn hand_made_workbook_with_other_headers() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let dir = temp();
    let path = dir.path().join("Area plan.xlsx");
    let mut wb = Workbook::new();
    let cover = wb.add_worksheet().set_name("Cover").unwrap();
    cover
        .write(0, 0, "Local Area SEND WSoA: monitoring, Spring 2022")
        .unwrap();
    cover
        .write(2, 0, "Prepared for the SEND Inclusion & Partnership Group")
        .unwrap();
    let ws = wb.add_worksheet().set_name("EHC").unwrap();
    ws.write(0, 0, "Priority 4").unwrap();
    ws.write(1, 0, "The quality of EHC plans is poor.").unwrap();
    ws.write(2, 0, "Overall RAG:").unwrap();
    ws.write(2, 1, "A").unwrap();
    ws.write(
        3,
        0,
        "Key: R = delayed, A = in progress, G = completed, Grey = not started",
    )
    .unwrap();
    for (c, h) in [
        "Ref",
        "Key actions",
        "Action Lead",
        "Impact",
        "Current RAG",
        "",
        "Progress to date",
        "Budget",
    ]
    .iter()
    .enumerate()
    {
        if !h.is_empty() {
            ws.write(5, c as u16, *h).unwrap();
        }
    }
    let date = Format::new().set_num_format("mmm-yy");
    ws.write_datetime_with_format(6, 4, ExcelDateTime::from_ymd(2021, 9, 1).unwrap(), &date)
        .unwrap();
    ws.write_datetime_with_format(6, 5, ExcelDateTime::from_ymd(2022, 1, 1).unwrap(), &date)
        .unwrap();
    let rows: [[&str; 8]; 4] = [
        [
            "4.1 A",
            "Audit 20 plans a term",
            "",
            "Audit report",
            "A",
            "G",
            "Sep 2021: first audit done",
            "£2k",
        ],
        [
            "4.1 B",
            "Train SENCOs",
            "",
            "Training log",
            "A",
            "A",
            "",
            "",
        ],
        [
            "4.2 A",
            "Publish the QA framework",
            "TBC",
            "Framework on the Local Offer",
            "G",
            "green",
            "See 4.1 B",
            "",
        ],
        [
            "4.2 A",
            "Review it annually",
            "Lynsey Bissell",
            "Review minutes",
            "Grey",
            "",
            "",
            "",
        ],
    ];
    crate::common::write_rows(ws, 7, &rows);
    ws.merge_range(7, 2, 8, 2, "Cathy Morris", &Format::new())
        .unwrap();
    ws.write(
        12,
        0,
        "Note: statuses agreed at the SEND IPG, 12 January 2022.",
    )
    .unwrap();
    wb.save(&path).unwrap();

    let (loaded, findings) = run(&[path]);
    let got: BTreeSet<Place> = places(&loaded, &findings);
    let want: BTreeSet<Place> = [
        ("missing-lead", "C10"),
        ("rag-noncanonical", "F10"),
        ("duplicate-action-id", "B11"),
        ("rag-missing", "F11"),
    ]
    .into_iter()
    .map(|(r, c)| crate::common::place(r, "EHC", c))
    .collect();
    assert_eq!(got, want);

    let p = &loaded.plan.priorities[0];
    assert_eq!(p.number, Some(4));
    assert_eq!(
        p.title.as_ref().unwrap().value,
        "The quality of EHC plans is poor."
    );
    assert_eq!(
        p.stated_status.as_ref().unwrap().source.cell.to_string(),
        "B3"
    );
    assert_eq!(
        p.periods
            .iter()
            .map(|x| x.label.as_str())
            .collect::<Vec<_>>(),
        ["Sep-21", "Jan-22"]
    );
    let areas: Vec<_> = p
        .focus_areas
        .iter()
        .filter(|f| !f.actions.is_empty())
        .map(|f| f.reference.clone().unwrap())
        .collect();
    assert_eq!(areas, ["4.1", "4.2"]);
    let a = &p.focus_areas[0].actions;
    assert_eq!(
        (a[0].id.as_deref(), a[1].id.as_deref()),
        (Some("A"), Some("B"))
    );
    assert_eq!(
        a[1].leads,
        ["Cathy Morris"],
        "the merged lead counts for both actions"
    );
    assert_eq!(
        a[0].extra
            .iter()
            .map(|e| (e.name.as_str(), e.value.value.as_str()))
            .collect::<Vec<_>>(),
        [("Budget", "£2k")]
    );
    assert_eq!(
        a[0].notes.as_ref().unwrap().value,
        "Sep 2021: first audit done"
    );
}

/// The WSoA and the implementation plan, moved down and right, after a cover
/// sheet, their sheets renamed: the same findings at the moved cells.
#[test]
fn other_layouts_moved_and_renamed() {
    fn rename(name: &str) -> String {
        format!("Copy of {name}")
    }
    for sample in [
        "samples/written-statement.xlsx",
        "samples/implementation-plan.xlsx",
    ] {
        let t = Transform {
            rows_down: 2,
            cols_right: 1,
            rename: Some(rename),
            ..Transform::default()
        };
        let (loaded, findings) = run(&[PathBuf::from(sample)]);
        let want: Vec<Place> = findings
            .iter()
            .map(|f| {
                let sheet = loaded
                    .plan
                    .sheet_name_at(f.file, f.sheet.unwrap())
                    .to_string();
                (
                    f.rule.name.to_string(),
                    t.sheet_name(&sheet),
                    t.a1(&f.cell.unwrap().to_string()),
                )
            })
            .collect();
        let dir = temp();
        let out = dir.path().join("copy.xlsx");
        rewrite(&[Path::new(sample)], &out, &t, true);
        let (loaded, findings) = run(&[out]);
        let got: Vec<Place> = findings
            .iter()
            .map(|f| {
                let sheet = loaded
                    .plan
                    .sheet_name_at(f.file, f.sheet.unwrap())
                    .to_string();
                (f.rule.name.to_string(), sheet, f.cell.unwrap().to_string())
            })
            .collect();
        assert_eq!(got, want, "{sample}");
        assert!(!got.is_empty());
    }
}

/// Status columns headed with their period (`RAG Dec-19`, `RAG (Jan 20)`) and
/// actions numbered rather than lettered (`4.1.1`, `1a)`).
#[test]
fn periods_in_status_headers_and_numbered_actions() {
    use rust_xlsxwriter::Workbook;
    let dir = temp();
    let path = dir.path().join("numbered.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("EHC").unwrap();
    ws.write(0, 0, "Priority 4: EHC plans are poor.").unwrap();
    let rows: [[&str; 7]; 4] = [
        [
            "Focus Area",
            "Action",
            "Lead",
            "Evidence",
            "RAG Dec-19",
            "RAG (Jan 20)",
            "Update",
        ],
        [
            "4.1 Quality",
            "4.1.1 Audit plans",
            "Cathy Morris",
            "Audit",
            "A",
            "G",
            "Done",
        ],
        [
            "",
            "4.1.2 Train staff",
            "Lynsey Bissell",
            "Log",
            "G",
            "A",
            "",
        ],
        [
            "",
            "1a) Publish framework",
            "Cathy Morris",
            "Online",
            "G",
            "",
            "",
        ],
    ];
    crate::common::write_rows(ws, 2, &rows);
    wb.save(&path).unwrap();
    let (loaded, findings) = run(&[path]);
    let p = &loaded.plan.priorities[0];
    assert_eq!(
        p.periods
            .iter()
            .map(|x| x.label.as_str())
            .collect::<Vec<_>>(),
        ["Dec-19", "Jan-20"]
    );
    let ids: Vec<_> = p.actions().map(|a| a.id.clone().unwrap()).collect();
    assert_eq!(ids, ["4.1.1", "4.1.2", "1A"]);
    let got: BTreeSet<Place> = places(&loaded, &findings);
    let want: BTreeSet<Place> = [("rag-regression", "F5"), ("rag-missing", "F6")]
        .into_iter()
        .map(|(r, c)| crate::common::place(r, "EHC", c))
        .collect();
    assert_eq!(got, want);
}

/// A summary row under the table (`Overall RAG rating`) is the priority's
/// stated status, not an action without a lead.
#[test]
fn a_summary_row_under_the_table() {
    use rust_xlsxwriter::Workbook;
    let dir = temp();
    let path = dir.path().join("summary-row.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("P3").unwrap();
    ws.write(0, 0, "Priority 3: Co-production is weak.")
        .unwrap();
    let rows: [[&str; 6]; 5] = [
        ["Focus Area", "Actions", "Lead", "Evidence", "Progress", ""],
        ["", "", "", "", "Dec-19", "Jan-20"],
        [
            "3.1 Co-production",
            "A. Parent forum",
            "Chris Rogers",
            "Minutes",
            "A",
            "G",
        ],
        ["", "B. Survey", "Dana Scully", "Report", "A", "G"],
        ["", "Overall RAG rating", "", "", "A", "A"],
    ];
    crate::common::write_rows(ws, 2, &rows);
    wb.save(&path).unwrap();
    let (loaded, findings) = run(&[path]);
    let p = &loaded.plan.priorities[0];
    assert_eq!(p.actions().count(), 2);
    assert_eq!(
        p.stated_status.as_ref().map(|t| t.source.cell.to_string()),
        Some("F7".into())
    );
    // Stated A while both actions are G in Jan-20: the one true finding.
    assert_eq!(
        places(&loaded, &findings),
        [crate::common::place("overall-mismatch", "P3", "F7")]
            .into_iter()
            .collect()
    );
}
