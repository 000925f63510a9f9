//! Other areas' plans (`samples/other-areas/`, written by
//! `examples/other_areas.rs`): work-stream plans, WSoA trackers, theme
//! sheets, word scales, a tracker behind a summary of formulas, a DfE form,
//! a highlight report, a review grid with periods out of order, a delivery
//! plan with several lead-like columns — from Excel, LibreOffice .ods and
//! .xls. Each must give exactly the findings `EXPECTED.tsv` lists (every
//! planted defect at its cell, nothing for the legitimate content), and the
//! same findings, moved with the cells, when the workbook is rearranged.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::common::{Place, Transform, places, rewrite, run, temp};

const DIR: &str = "samples/other-areas";

/// File → the (rule, sheet, cell) it must give.
fn expected() -> BTreeMap<String, BTreeSet<Place>> {
    let text = std::fs::read_to_string(Path::new(DIR).join("EXPECTED.tsv")).unwrap();
    let mut out: BTreeMap<String, BTreeSet<Place>> = BTreeMap::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 5, "{line}");
        out.entry(fields[0].to_string()).or_default().insert((
            fields[1].to_string(),
            fields[2].to_string(),
            fields[3].to_string(),
        ));
    }
    out
}

fn assert_places(got: &BTreeSet<Place>, want: &BTreeSet<Place>, what: &str) {
    let missing: Vec<_> = want.difference(got).collect();
    let extra: Vec<_> = got.difference(want).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "{what}\nmissing: {missing:#?}\nunexpected: {extra:#?}"
    );
}

#[test]
fn each_workbook_gives_exactly_its_expected_findings() {
    let expected = expected();
    assert!(expected.len() >= 9, "{}", expected.len());
    for (file, want) in &expected {
        let (loaded, findings) = run(&[Path::new(DIR).join(file)]);
        assert!(!loaded.any_unreadable(), "{file}");
        assert_places(&places(&loaded, &findings), want, file);
    }
}

/// The Excel-made ones rewritten: tables moved down and right, sheets renamed
/// and behind a contents sheet and a hidden list sheet; then again with date
/// cells as text and merges replaced by repeated text. The findings move
/// with the cells and nothing else changes.
#[test]
fn rearranged_workbooks_give_the_same_findings() {
    fn rename(name: &str) -> String {
        format!("Copy of {name}")
    }
    let transforms = [
        (
            Transform {
                rows_down: 2,
                cols_right: 1,
                rename: Some(rename),
                ..Transform::default()
            },
            true,
        ),
        (
            Transform {
                dates_as_text: true,
                unmerge_repeating: true,
                ..Transform::default()
            },
            false,
        ),
    ];
    for (file, want) in expected().iter().filter(|(f, _)| f.ends_with(".xlsx")) {
        for (t, cover) in &transforms {
            let dir = temp();
            let out: PathBuf = dir.path().join(file);
            rewrite(&[&Path::new(DIR).join(file)], &out, t, *cover);
            let (loaded, findings) = run(&[out]);
            let want: BTreeSet<Place> = want
                .iter()
                .map(|(rule, sheet, cell)| (rule.clone(), t.sheet_name(sheet), t.a1(cell)))
                .collect();
            assert_places(&places(&loaded, &findings), &want, file);
        }
    }
}

/// What each plan is read as: its priorities in the area's own words, its
/// periods in time order, its statuses in its own scale.
#[test]
fn each_plan_is_read_in_its_own_terms() {
    let (loaded, _) = run(&[Path::new(DIR).join("northfield-workstream-plan.xlsx")]);
    let names: Vec<String> = loaded
        .plan
        .priorities
        .iter()
        .map(|p| p.name(&loaded.plan))
        .collect();
    assert_eq!(names, ["Workstream 1", "Workstream 2", "Workstream 3"]);
    let p = &loaded.plan.priorities[0];
    let periods: Vec<&str> = p.periods.iter().map(|x| x.label.as_str()).collect();
    assert_eq!(
        periods,
        ["Q1 2022/23", "Q2 2022/23", "Q3 2022/23", "Q4 2022/23"]
    );
    assert_eq!(
        p.periods[0].when,
        Some(ragplan::model::When::Quarter(
            ragplan::model::YearMonth::new(2022, 4).unwrap()
        ))
    );
    // The lead is the Action lead; Lead agency is kept as an extra field.
    let action = p.actions().next().unwrap();
    assert!(action.lead.is_some());
    assert!(action.extra.iter().any(|e| e.name == "Lead agency"));

    let (loaded, _) = run(&[Path::new(DIR).join("westbrook-theme-sheets.xlsx")]);
    let names: Vec<String> = loaded
        .plan
        .priorities
        .iter()
        .map(|p| p.name(&loaded.plan))
        .collect();
    assert_eq!(names, ["AoW 1", "AoW 2", "AoW 3", "AoW 4"]);
    let scheme = &loaded.plan.files[0].scheme;
    assert_eq!(
        scheme.codes(),
        [
            "Complete",
            "On track",
            "At risk",
            "Off track",
            "Not started"
        ]
    );

    let (loaded, _) = run(&[Path::new(DIR).join("lakeside-review-grid.xlsx")]);
    let p = &loaded.plan.priorities[0];
    let periods: Vec<&str> = p.periods.iter().map(|x| x.label.as_str()).collect();
    assert_eq!(
        periods,
        ["Jun-22", "Sep-22", "Dec-22", "Mar-23"],
        "time order"
    );
    assert_eq!(
        p.stated_status.as_ref().map(|t| t.source.cell.to_string()),
        Some("H3".into()),
        "two rows under its label, not a legend's code"
    );

    let (loaded, _) = run(&[Path::new(DIR).join("riverside-recovery-tracker.xlsx")]);
    assert_eq!(
        loaded.inputs[0].plan_sheets,
        [1],
        "the summary is not a plan"
    );
    assert_eq!(loaded.inputs[0].summary_sheets, [0]);
}
