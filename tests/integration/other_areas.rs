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

/// Writes rows (0-based from `top`) into a new workbook's sheet; `merge`
/// merges a section row's first cell across `width` columns.
fn workbook(
    sheet: &str,
    rows: &[(u32, &[&str])],
    sections: &[u32],
    width: u16,
) -> (tempfile::TempDir, PathBuf) {
    use rust_xlsxwriter::{Format, Workbook};
    let dir = temp();
    let path = dir.path().join(format!("{}.xlsx", sheet.to_lowercase()));
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name(sheet).unwrap();
    for (row, cells) in rows {
        if sections.contains(row) {
            ws.merge_range(*row, 0, *row, width - 1, cells[0], &Format::new())
                .unwrap();
            continue;
        }
        for (c, v) in cells.iter().enumerate() {
            if !v.is_empty() {
                ws.write(*row, c as u16, *v).unwrap();
            }
        }
    }
    wb.save(&path).unwrap();
    (dir, path)
}

fn at(rule: &str, sheet: &str, cells: &[&str]) -> BTreeSet<Place> {
    cells
        .iter()
        .map(|c| (rule.to_string(), sheet.to_string(), c.to_string()))
        .collect()
}

/// Areas for action as section rows, term columns with Spring pasted
/// before Autumn, `Owner`, a word scale with no legend (read by its words'
/// default meaning: Complete is Green, In progress Amber, Delayed Red, Not
/// started Grey), references in the area's own `AfA1.2` scheme.
#[test]
fn terms_out_of_order_and_a_word_scale_with_no_legend() {
    let (_dir, path) = workbook(
        "Plan",
        &[
            (
                0,
                &["Brookfield SEND Written Statement of Action: termly review"],
            ),
            (
                2,
                &[
                    "Ref",
                    "Action",
                    "Owner",
                    "By when",
                    "Spring 2023",
                    "Autumn 2022",
                    "Summer 2023",
                    "Progress update",
                ],
            ),
            (
                3,
                &["Area for action 1: Joint commissioning is underdeveloped"],
            ),
            (
                4,
                &[
                    "AfA1.1",
                    "Agree a joint commissioning strategy with the ICB",
                    "Claire Dunn",
                    "31/03/2023",
                    "In progress",
                    "Not started",
                    "Complete",
                    "Mar 23: strategy agreed at the board",
                ],
            ),
            (
                5,
                &[
                    "AfA1.2",
                    "Commission speech and language therapy for the early years",
                    "Claire Dunn",
                    "Summer 2023",
                    "Complete",
                    "In progress",
                    "In progress",
                    "Jun 23: provider gave notice",
                ],
            ),
            (
                6,
                &[
                    "AfA1.3",
                    "Map the short breaks offer with families",
                    "",
                    "Ongoing",
                    "In progress",
                    "In progress",
                    "In progress",
                    "see AfA1.9",
                ],
            ),
            (7, &["Area for action 2: Parents do not feel listened to"]),
            (
                8,
                &[
                    "AfA2.1",
                    "Set up a parent reference group for each locality",
                    "Owen Price",
                    "2023-07-31",
                    "Delayed",
                    "In progress",
                    "Delayed",
                    "Linked to AfA1.2",
                ],
            ),
            (
                9,
                &[
                    "AfA2.2",
                    "Publish 'you said, we did' each term",
                    "Owen Price",
                    "Spring 2023",
                    "in progress",
                    "Not started",
                    "Complete",
                    "See the Local Offer news page",
                ],
            ),
        ],
        &[3, 7],
        8,
    );
    let (loaded, findings) = run(&[path]);
    let mut want = at("periods-out-of-order", "Plan", &["F3"]);
    want.extend(at("rag-regression", "Plan", &["G6", "E9"]));
    want.extend(at("missing-lead", "Plan", &["C7"]));
    want.extend(at("xref-broken", "Plan", &["H7"]));
    want.extend(at("rag-noncanonical", "Plan", &["E10"]));
    assert_places(&places(&loaded, &findings), &want, "Brookfield");
    let names: Vec<String> = loaded
        .plan
        .priorities
        .iter()
        .map(|p| p.name(&loaded.plan))
        .collect();
    assert_eq!(names, ["Area for action 1", "Area for action 2"]);
    let labels: Vec<&str> = loaded.plan.priorities[0]
        .periods
        .iter()
        .map(|p| p.label.as_str())
        .collect();
    assert_eq!(labels, ["Autumn 2022", "Spring 2023", "Summer 2023"]);
}

/// A Priority column rating importance (`High`), statuses written as a code
/// with its meaning (`G - On track`) on every row, initials as a lead, a
/// reference by a bare number.
#[test]
fn importance_codes_with_meanings_and_bare_numbers() {
    let (_dir, path) = workbook(
        "Actions",
        &[
            (
                0,
                &[
                    "Ref", "Action", "Priority", "Owner", "Due", "RAG", "Comments",
                ],
            ),
            (
                1,
                &[
                    "1",
                    "Refresh the SEND Local Offer website with families",
                    "High",
                    "Ann Lee",
                    "30/06/2023",
                    "G - On track",
                    "Jun 23: new pages live",
                ],
            ),
            (
                2,
                &[
                    "2",
                    "Run a survey of parents' experience of EHC assessment",
                    "Medium",
                    "Ann Lee",
                    "31/07/2023",
                    "A - At risk",
                    "Survey delayed by the summer holidays",
                ],
            ),
            (
                3,
                &[
                    "3",
                    "Train health visitors in early identification",
                    "Low",
                    "Bob Kay",
                    "31/03/2023",
                    "G - On track",
                    "Two sessions held",
                ],
            ),
            (
                4,
                &[
                    "4",
                    "Publish the graduated response toolkit for schools",
                    "High",
                    "Bob Kay",
                    "31/05/2023",
                    "Green",
                    "Published in May",
                ],
            ),
            (
                5,
                &[
                    "5",
                    "Review the transport policy for post-16 learners",
                    "Medium",
                    "KL",
                    "31/08/2023",
                    "R - Off track",
                    "see 7",
                ],
            ),
            (
                6,
                &[
                    "6",
                    "Agree the SEND sufficiency plan",
                    "High",
                    "Ann Lee",
                    "31/12/2023",
                    "G - On track",
                    "see 2 above; 12 schools in the first phase",
                ],
            ),
        ],
        &[],
        7,
    );
    let (loaded, findings) = run(&[path]);
    let mut want = at("rag-noncanonical", "Actions", &["F5"]);
    want.extend(at("lead-initials", "Actions", &["D6"]));
    want.extend(at("xref-broken", "Actions", &["G6"]));
    assert_places(&places(&loaded, &findings), &want, "importance");
    let scheme = &loaded.plan.files[0].scheme;
    assert_eq!(scheme.code(ragplan::model::Status::Green), "G - On track");
    let action = loaded.plan.priorities[0].actions().next().unwrap();
    assert_eq!(
        action
            .extra
            .iter()
            .map(|e| (e.name.as_str(), e.value.value.as_str()))
            .collect::<Vec<_>>(),
        [("Priority", "High")],
        "importance is kept as a field"
    );
}

/// `Overall RAG: Amber` in one cell under the title is the stated status.
#[test]
fn a_stated_status_in_its_labels_cell() {
    let (_dir, path) = workbook(
        "EHCP",
        &[
            (0, &["Priority 4: The quality of EHC plans is poor."]),
            (1, &["Overall RAG: Amber"]),
            (
                3,
                &["Ref", "Action", "Lead", "Jan 23", "Feb 23", "Commentary"],
            ),
            (
                4,
                &[
                    "4.1",
                    "Audit ten new plans a month",
                    "Tim Moss",
                    "A",
                    "A",
                    "Feb 23: audits on track",
                ],
            ),
            (
                5,
                &[
                    "4.2",
                    "Recruit two more EHC coordinators",
                    "Sue Hall",
                    "A",
                    "R",
                    "Feb 23: no applicants",
                ],
            ),
        ],
        &[],
        6,
    );
    let (loaded, findings) = run(&[path]);
    let mut want = at("overall-mismatch", "EHCP", &["A2"]);
    want.extend(at("rag-regression", "EHCP", &["E6"]));
    assert_places(&places(&loaded, &findings), &want, "labels cell");
    let stated = loaded.plan.priorities[0].stated_status.as_ref().unwrap();
    assert_eq!(stated.value, "Amber");
}

/// Checked together (`ragplan check samples/` walks into `other-areas/`),
/// unrelated areas' plans do not mix: no reference resolves into another
/// area's workbook, no lead is taken for another area's person. Each file
/// gives what it gives alone.
#[test]
fn areas_checked_together_do_not_mix() {
    let files = ragplan::import::discover(&[PathBuf::from("samples")])
        .unwrap()
        .files;
    assert!(files.len() >= 14, "{files:?}");
    let (loaded, findings) = run(&files);
    let together = places(&loaded, &findings);
    // The seeds' three monitoring reports share their people: one area.
    let groups = loaded.plan.file_groups();
    let reports: BTreeSet<usize> = files
        .iter()
        .enumerate()
        .filter(|(_, f)| f.to_string_lossy().contains("priority-"))
        .map(|(i, _)| groups[i])
        .collect();
    assert_eq!(reports.len(), 1, "{groups:?}");
    let mut alone = BTreeSet::new();
    let seed_files: Vec<PathBuf> = files
        .iter()
        .filter(|f| !f.starts_with("samples/other-areas"))
        .cloned()
        .collect();
    let (l, f) = run(&seed_files);
    alone.extend(places(&l, &f));
    for file in files
        .iter()
        .filter(|f| f.starts_with("samples/other-areas"))
    {
        let (l, f) = run(std::slice::from_ref(file));
        alone.extend(places(&l, &f));
    }
    assert_places(&together, &alone, "together vs alone");
}

/// Ids written with a space (`AFI 1.2`, as Riverside writes them), a
/// `Responsible officer`, quarters and a word scale: a reference to an
/// action that does not exist (`AFI 2.3`) is broken, one to an action that
/// does (`see AFI 1.1`) is not, and prose (`see page 4`) is no reference.
#[test]
fn references_to_ids_written_with_a_space() {
    let (_dir, path) = workbook(
        "Tracker",
        &[
            (0, &["Riverside SEND improvement plan: quarterly tracker"]),
            (
                2,
                &[
                    "Ref",
                    "Area for improvement",
                    "Action",
                    "Responsible officer",
                    "Due",
                    "Q1 2023/24",
                    "Q2 2023/24",
                    "Commentary",
                ],
            ),
            (
                3,
                &[
                    "AFI 1.1",
                    "Joint commissioning",
                    "Agree a joint commissioning strategy with the ICB",
                    "Maria Lopez",
                    "30/06/2023",
                    "On track",
                    "Complete",
                    "Agreed at the July board",
                ],
            ),
            (
                4,
                &[
                    "AFI 1.2",
                    "",
                    "Commission speech and language therapy",
                    "Maria Lopez",
                    "30/09/2023",
                    "On track",
                    "On track",
                    "Follows the strategy, see AFI 1.1",
                ],
            ),
            (
                5,
                &[
                    "AFI 2.1",
                    "Identification of need",
                    "Publish the graduated response toolkit",
                    "Sam Patel",
                    "31/12/2023",
                    "At risk",
                    "On track",
                    "Dependent on AFI 2.3 being agreed",
                ],
            ),
            (
                6,
                &[
                    "AFI 2.2",
                    "",
                    "Train SENCOs in the toolkit",
                    "Sam Patel",
                    "31/03/2024",
                    "On track",
                    "Complete",
                    "Slides ready, see page 4 of the toolkit",
                ],
            ),
        ],
        &[],
        8,
    );
    let (loaded, findings) = run(&[path]);
    let want = at("xref-broken", "Tracker", &["H6"]);
    assert_places(&places(&loaded, &findings), &want, "riverside");
    let broken = findings.iter().find(|f| f.rule.code == "XREF001").unwrap();
    assert!(broken.message.contains("AFI 2.3"), "{}", broken.message);
}

/// Kingsbridge's key names B, G, A and R, and no Grey: its `Gr` is not
/// taken for a Grey, neither reported as one nor corrected to one in the
/// master, where it stays as written for the officer to say.
#[test]
fn gr_in_a_plan_whose_key_has_no_grey_is_left_for_the_officer() {
    use calamine::{Data, Reader, Xlsx, open_workbook};
    let (dir, path) = workbook(
        "Improvement Plan",
        &[
            (0, &["Kingsbridge Local Area SEND Improvement Plan 2023-25"]),
            (
                1,
                &["Key: B = complete and embedded, G = on track, A = some slippage, R = off track"],
            ),
            (
                3,
                &[
                    "Ref",
                    "Theme",
                    "Actions",
                    "Owner",
                    "Target date",
                    "Autumn 2023",
                    "Spring 2024",
                    "Notes",
                ],
            ),
            (
                4,
                &[
                    "1.1.1",
                    "Theme 1: Identification of need",
                    "Roll out the early help assessment tool to all nurseries",
                    "Joe Smith",
                    "Dec 2023",
                    "G",
                    "B",
                    "Live in all settings",
                ],
            ),
            (
                5,
                &[
                    "1.1.2",
                    "",
                    "Publish SEN support guidance",
                    "Priya Shah",
                    "Jan 2024",
                    "Gr",
                    "G",
                    "Awaiting sign off",
                ],
            ),
            (
                6,
                &[
                    "1.1.3",
                    "",
                    "Train health visitors on the ASQ review",
                    "Priya Shah",
                    "Mar 2024",
                    "A",
                    "R",
                    "Delayed by recruitment",
                ],
            ),
        ],
        &[],
        8,
    );
    let (loaded, findings) = run(std::slice::from_ref(&path));
    let mut want = at("rag-unknown", "Improvement Plan", &["F6"]);
    // (Amber to Red in Spring: a real regression.)
    want.extend(at("rag-regression", "Improvement Plan", &["G7"]));
    assert_places(&places(&loaded, &findings), &want, "kingsbridge");
    let master = dir.path().join("master.xlsx");
    assert_cmd::Command::cargo_bin("ragplan")
        .unwrap()
        .args(["build"])
        .arg(&path)
        .arg("-o")
        .arg(&master)
        .assert()
        .success();
    let mut wb: Xlsx<_> = open_workbook(&master).unwrap();
    let sheet = wb
        .sheet_names()
        .into_iter()
        .find(|n| n.starts_with("Theme 1"))
        .unwrap();
    let range = wb.worksheet_range(&sheet).unwrap();
    let statuses: Vec<String> = range
        .rows()
        .filter(|r| {
            r.iter()
                .any(|c| matches!(c, Data::String(s) if s == "1.1.2"))
        })
        .flat_map(|r| r.iter().map(|c| c.to_string()))
        .collect();
    assert!(statuses.contains(&"Gr".to_string()), "{statuses:?}");
    assert!(!statuses.contains(&"Grey".to_string()), "{statuses:?}");
}
