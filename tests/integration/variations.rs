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
