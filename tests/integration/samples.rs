//! `ragplan check samples/` finds exactly the defects the seeds contain, at
//! their cells, and nothing on their legitimate content.

use crate::common::{Place, place, places, run, sample_paths};

/// Every finding on the three samples together, one per line.
fn expected() -> Vec<Place> {
    let p1 = "Priority 1";
    let p2 = "PR2";
    let p7 = "P7 Oversight";
    vec![
        // Priority 1 (seed 004)
        place("missing-action-id", p1, "B9"), // "Local area continues …" has no letter
        place("rag-homoglyph", p1, "F12"),    // Cyrillic А in 1.2 A, Jan-20
        place("missing-lead", p1, "C13"),     // N/A
        // Priority 2 (seed 001)
        place("overall-mismatch", p2, "I2"), // stated G/A, three actions Amber in Dec-21
        place("mirror-mismatch", p2, "C6"),  // SCM SEND vs Tim Moss/Lynn Tolley for 1.2 C
        place("xref-unresolved", p2, "A7"),  // Ref - 3.1: Priority 3 not loaded
        place("rag-split", p2, "H7"),
        place("rag-regression", p2, "H7"), // G → G/A
        place("xref-unresolved", p2, "A8"),
        place("xref-unresolved", p2, "A10"),
        place("xref-unresolved", p2, "I10"), // See [4a above]
        place("xref-unresolved", p2, "A11"),
        place("xref-unresolved", p2, "A13"),
        place("xref-unresolved", p2, "I13"), // SEE 6E
        place("xref-unresolved", p2, "I14"), // SEE 6F
        // Priority 7 (seed 000)
        place("lead-variant", p7, "C7"), // Chris Rodgers (the rarer spelling)
        place("xref-unresolved", p7, "I7"),
        place("xref-unresolved", p7, "I8"),
        place("xref-unresolved", p7, "I9"),
        place("rag-split", p7, "E10"),
        place("xref-unresolved", p7, "I10"),
        place("lead-variant", p7, "C11"),
        place("xref-unresolved", p7, "I11"), // SEE 3.1 C
        place("xref-unresolved", p7, "I12"), // SEE 4D
        place("rag-split", p7, "H13"),
        place("rag-regression", p7, "H13"),
        place("xref-unresolved", p7, "I13"), // See [4b/d]
        place("rag-split", p7, "H14"),
        place("rag-noncanonical", p7, "E15"), // Gr
        place("rag-noncanonical", p7, "F15"), // Gr
    ]
}

#[test]
fn exactly_the_seeded_defects() {
    let (loaded, findings) = run(&sample_paths());
    let found = places(&loaded, &findings);
    let expected: std::collections::BTreeSet<Place> = expected().into_iter().collect();
    let missing: Vec<_> = expected.difference(&found).collect();
    let extra: Vec<_> = found.difference(&expected).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing: {missing:#?}\nunexpected: {extra:#?}"
    );
    assert_eq!(
        findings.len(),
        expected.len(),
        "one finding per (rule, cell)"
    );
}

#[test]
fn findings_carry_value_field_and_help() {
    let (loaded, findings) = run(&sample_paths());
    let homoglyph = findings
        .iter()
        .find(|f| f.rule.name == "rag-homoglyph")
        .unwrap();
    assert_eq!(homoglyph.value.as_deref(), Some("\u{0410}"));
    assert_eq!(homoglyph.field.as_deref(), Some("Jan-20"));
    assert_eq!(
        homoglyph.help.as_deref(),
        Some("delete the cell's content and type `A`")
    );
    assert_eq!(
        loaded.plan.file(homoglyph.file).display(),
        "samples/priority-1.xlsx"
    );

    let lead = findings
        .iter()
        .find(|f| f.rule.name == "missing-lead")
        .unwrap();
    assert_eq!(
        (lead.value.as_deref(), lead.field.as_deref()),
        (Some("N/A"), Some("Lead"))
    );

    let mirror = findings
        .iter()
        .find(|f| f.rule.name == "mirror-mismatch")
        .unwrap();
    assert_eq!(
        mirror.message,
        "1.2 C is a copy of the action at 'Priority 1'!C14: its lead here is `SCM SEND`, there `Tim Moss/Lynn Tolley`"
    );

    let overall = findings
        .iter()
        .find(|f| f.rule.name == "overall-mismatch")
        .unwrap();
    assert!(overall.message.starts_with("Priority 2 is stated `G/A` but its actions together make it `A` for Dec-21 (3 of 9 actions `A`"), "{}", overall.message);

    let gr = findings
        .iter()
        .find(|f| f.rule.name == "rag-noncanonical")
        .unwrap();
    assert_eq!(
        gr.help.as_deref(),
        Some("write `Grey` (Grey: not started, with no concerns)")
    );
}

#[test]
fn legitimate_content_is_not_reported() {
    let (loaded, findings) = run(&sample_paths());
    let found = places(&loaded, &findings);
    let on = |sheet: &str, cell: &str| {
        found
            .iter()
            .filter(|(_, s, c)| s == sheet && c == cell)
            .map(|(r, ..)| r.clone())
            .collect::<Vec<_>>()
    };
    // Tim Moss/ Lynn Tolley (PR2 C5) vs Tim Moss/Lynn Tolley; Lynsey Bissell/Cathy Morris vs Cathy Morris/ Lynsey Bissell.
    for cell in ["C5", "C10", "C12"] {
        assert!(
            on("PR2", cell).is_empty(),
            "PR2!{cell}: {:?}",
            on("PR2", cell)
        );
    }
    for cell in ["C12", "C13"] {
        assert!(on("P7 Oversight", cell).is_empty(), "P7!{cell}");
    }
    // "See SEND Strategy" (Priority 1 I15, I14), "(See PR 7 Position Statement)" header, Completed (See SEND Strategy).
    assert!(on("Priority 1", "I15").is_empty());
    assert!(on("Priority 1", "I14").is_empty());
    assert!(on("P7 Oversight", "J5").is_empty());
    assert!(on("PR2", "I6").is_empty());
    // The stated overall G/A of Priority 7 agrees with its roll-up; a stated split is not rag-split.
    assert!(on("P7 Oversight", "A4").is_empty());
    // Canonical codes anywhere: no rag finding except the seeded ones.
    let rag: Vec<_> = found
        .iter()
        .filter(|(r, ..)| r.starts_with("rag-"))
        .collect();
    assert_eq!(rag.len(), 9, "{rag:#?}");
    // Only the seeded lead problems.
    assert_eq!(
        found
            .iter()
            .filter(|(r, ..)| r.starts_with("lead-") || r == "missing-lead")
            .count(),
        3
    );
}

#[test]
fn the_plan_is_read_whole() {
    let (loaded, _) = run(&sample_paths());
    let plan = &loaded.plan;
    let numbers: Vec<_> = plan.priorities.iter().map(|p| p.number).collect();
    assert_eq!(numbers, [Some(1), Some(2), Some(7)]);
    let p7 = &plan.priorities[2];
    assert_eq!(
        p7.title.as_ref().unwrap().value,
        "The oversight of improvement work in schools, alternative provision and the independent sector is weak."
    );
    assert_eq!(
        p7.stated_status.as_ref().map(|t| t.source.cell.to_string()),
        Some("A4".into())
    );
    assert_eq!(
        p7.periods
            .iter()
            .map(|p| p.label.as_str())
            .collect::<Vec<_>>(),
        ["Dec-19", "Jan-20", "Apr-21", "Dec-21"]
    );
    // Nine actions A–I under one merged focus area, the unnamed column K kept.
    assert_eq!(p7.focus_areas.len(), 1);
    let ids: Vec<_> = p7.focus_areas[0]
        .actions
        .iter()
        .map(|a| a.id.clone().unwrap())
        .collect();
    assert_eq!(ids, ["A", "B", "C", "D", "E", "F", "G", "H", "I"]);
    let d = &p7.focus_areas[0].actions[3];
    assert_eq!(d.extra[0].name, "Column K");
    assert_eq!(
        d.extra[0].value.value,
        "See Graduated Response evidence inc Position Statement (Priority 6)"
    );
    // HTML stripped, raw kept.
    let p2 = &plan.priorities[1];
    assert!(
        p2.title
            .as_ref()
            .unwrap()
            .value
            .starts_with("Aspirations and expectations")
    );
    let notes = p2.focus_areas[0].actions[0].notes.as_ref().unwrap();
    assert!(notes.raw().starts_with("<p>Feb 2021:"));
    assert!(
        notes.value.starts_with("Feb 2021: Several sub groups")
            && notes.value.contains("\nApr 2021: Sub group chairs")
    );
    // Priority 1: the repeated header before 1.2 keeps the periods; 1.1, 1.2, 1.3.
    let p1 = &plan.priorities[0];
    let refs: Vec<_> = p1
        .focus_areas
        .iter()
        .map(|f| f.reference.clone().unwrap())
        .collect();
    assert_eq!(refs, ["1.1", "1.2", "1.3"]);
    assert_eq!(
        p1.focus_areas[1].actions[0].statuses[1]
            .source
            .cell
            .to_string(),
        "F12"
    );
    assert_eq!(p1.focus_areas[1].actions[1].leads, Vec::<String>::new());
    assert_eq!(
        p1.focus_areas[0].actions[0].leads,
        ["Tim Moss", "Lynn Tolley"]
    );
}

/// `check --format short|json` and `build` free each sheet's cells once its
/// plan is read (`KeepCells::FormulaErrors`): the findings must be exactly
/// those of a check that keeps the whole grid, formula errors included
/// (one a formula's cached error, one typed as text), and only the cells
/// showing a formula error stay.
#[test]
fn freeing_the_grid_changes_no_finding() {
    use ragplan::check::{Options, check};
    use ragplan::import::{KeepCells, load_keeping};
    use rust_xlsxwriter::{Formula, Workbook};

    let dir = crate::common::temp();
    let errors = dir.path().join("errors.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("Priority 4").unwrap();
    crate::common::monitoring_head(
        ws,
        0,
        "Priority 4: Transitions.",
        &["Dec-19", "Jan-20"],
        &[],
    );
    crate::common::write_rows(
        ws,
        4,
        &[
            [
                "4.1 Preparing for adulthood",
                "A. Map the pathways",
                "Tim Moss",
                "A map",
                "A",
                "",
            ],
            [
                "",
                "B. Train the staff",
                "Lynn Tolley",
                "Training",
                "#N/A",
                "G",
            ],
        ],
    );
    ws.write_formula(4, 5, Formula::new("=1/0").set_result("#DIV/0!"))
        .unwrap();
    wb.save(&errors).unwrap();
    // No plan table, but a title naming a priority on a sheet not named
    // after one: no-plan-found's help says so only if it saw the cells.
    let notes = dir.path().join("notes.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("Minutes").unwrap();
    ws.write(0, 0, "Priority 3: Co-production is weak.")
        .unwrap();
    ws.write(1, 0, "Agreed to draft the table next term.")
        .unwrap();
    wb.save(&notes).unwrap();

    let mut paths = sample_paths();
    paths.push(errors);
    paths.push(notes);
    let options = Options::default();
    let findings = |keep| {
        let loaded = load_keeping(&paths, &options.scheme, &options.synonyms, keep);
        let found: Vec<String> = check(&loaded, &options)
            .iter()
            .map(|f| {
                format!(
                    "{:?} {:?} {:?} {} {} {:?}",
                    f.file, f.sheet, f.cell, f.rule.code, f.message, f.help
                )
            })
            .collect();
        (loaded, found)
    };
    let (whole, with_grid) = findings(KeepCells::All);
    let (lean, without) = findings(KeepCells::FormulaErrors);
    assert_eq!(with_grid, without);
    assert_eq!(format!("{:?}", whole.plan), format!("{:?}", lean.plan));
    let formula_errors: Vec<String> = without
        .iter()
        .filter(|f| f.contains("STR003"))
        .cloned()
        .collect();
    assert_eq!(formula_errors.len(), 2, "{without:#?}");
    assert!(
        without
            .iter()
            .any(|f| f.contains("STR002") && f.contains("a sheet names a priority")),
        "{without:#?}"
    );
    let kept: Vec<(String, String)> = lean
        .inputs
        .iter()
        .flat_map(|i| i.workbook.as_ref().unwrap().sheets.iter())
        .flat_map(|s| s.cells.iter())
        .map(|c| (c.at.to_string(), c.value.display().into_owned()))
        .collect();
    assert_eq!(
        kept,
        [
            ("F5".to_string(), "#DIV/0!".to_string()),
            ("E6".to_string(), "#N/A".to_string())
        ]
    );
}
