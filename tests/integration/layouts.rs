//! The Written Statement of Action (seed 002) and the implementation plan
//! (seed 003): read into the same model, their defects found at their cells,
//! their legitimate content left alone.

use std::collections::BTreeSet;
use std::path::PathBuf;

use ragplan::model::MonthSpec;

use crate::common::{Place, place, places, run};

#[test]
fn written_statement_findings() {
    let (loaded, findings) = run(&[PathBuf::from("samples/written-statement.xlsx")]);
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
    // One missing lead per row with an empty Lead cell, naming each of the
    // row's bulleted actions.
    let want: Vec<Place> = ["C11", "C12", "C33", "C34", "C46"]
        .into_iter()
        .map(|cell| place("missing-lead", "WSoA", cell))
        .collect();
    assert_eq!(got, want);
    let messages: Vec<&str> = findings.iter().map(|f| f.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "actions `Coproduce a SEND Strategy`, `Coproduce a Special Schools Strategy`, \
             `Develop joint commissioning protocols, e…` and `Intelligently use our needs analysis \
             to …` have no lead",
            "action `Coproduce a communication strategy` has no lead",
            "actions `The graduated response provides access t…`, `Confirm the terms of reference \
             for the e…`, `Fully engage with existing CYP forums an…` and `Through a team around \
             the child principl…` have no lead",
            "actions `Education providers are fully engaged in…`, `Implement district governance \
             arrangemen…` and `Embed the NASEN SEND review standards to…` have no lead",
            "actions `Agree a joint multi-agency standards and…`, `Implement recommendations of PFA \
             work st…` and `Coproduce an agreed protocol of bringing…` have no lead",
        ]
    );
    assert_eq!(
        loaded.inputs[0].plan_sheets,
        [1],
        "the introduction is a cover sheet"
    );
}

#[test]
fn written_statement_structure() {
    let (loaded, _) = run(&[PathBuf::from("samples/written-statement.xlsx")]);
    let plan = &loaded.plan;
    let numbers: Vec<_> = plan.priorities.iter().map(|p| p.number).collect();
    assert_eq!(numbers, (1..=8).map(Some).collect::<Vec<_>>());
    assert!(
        plan.priorities
            .iter()
            .all(|p| p.layout == ragplan::model::Layout::WrittenStatement)
    );
    // Priority 2 has a title and a milestone but no table.
    let p2 = &plan.priorities[1];
    assert!(
        p2.title
            .as_ref()
            .unwrap()
            .value
            .starts_with("Aspirations and expectations")
    );
    assert!(
        p2.vision
            .as_ref()
            .unwrap()
            .value
            .starts_with("Milestone\nTo provide mechanisms")
    );
    assert!(p2.focus_areas.is_empty());
    assert_eq!(
        p2.preamble
            .iter()
            .map(|t| t.value.as_str())
            .collect::<Vec<_>>(),
        ["DRAFT"]
    );
    // Priority 4: title and milestone in one cell each, HTML stripped.
    let p4 = &plan.priorities[3];
    assert!(
        p4.title
            .as_ref()
            .unwrap()
            .value
            .starts_with("The quality of EHC plans is poor.")
    );
    assert!(
        p4.vision
            .as_ref()
            .unwrap()
            .value
            .starts_with("Milestone EHC plans are effective")
    );
    assert_eq!(p4.focus_areas[0].actions.len(), 5);
    // Priority 1: 1.1's unmarked list split at sentences, 1.2's bullets one action each.
    let p1 = &plan.priorities[0];
    assert_eq!(
        p1.focus_areas
            .iter()
            .map(|f| f.reference.clone().unwrap())
            .collect::<Vec<_>>(),
        ["1.1", "1.2", "1.3"]
    );
    let bullets = &p1.focus_areas[1].actions;
    assert_eq!(
        bullets
            .iter()
            .map(|a| a.id.clone().unwrap())
            .collect::<Vec<_>>(),
        ["A", "B", "C", "D"]
    );
    assert!(
        bullets
            .iter()
            .all(|a| a.id_assigned && a.text.source.cell.to_string() == "B11")
    );
    assert_eq!(
        bullets[1].text.value,
        "Coproduce a Special Schools Strategy"
    );
    let first = &p1.focus_areas[0].actions;
    assert_eq!(
        first[0].text.value,
        "To have co-produced and clearly defined accountability and responsibility descriptors for each layer of the governance structure."
    );
    assert!(
        first.iter().all(|a| a.leads == ["DCS", "CCG lead"]),
        "the row's lead applies to each bullet"
    );
    // The continuation row (the table broken across pages) is part of 1.1.
    let evidence = &first[0].evidence.as_ref().unwrap().value;
    assert!(
        evidence.ends_with("Report back to SEND partnership board"),
        "{evidence}"
    );
    let tf = first[0].timeframe.as_ref().unwrap();
    assert_eq!(tf.text.value, "Aug 19\nAug 19\nSept 19");
    assert_eq!(
        (tf.start, tf.end),
        (
            Some(MonthSpec {
                year: Some(2019),
                month: 8
            }),
            Some(MonthSpec {
                year: Some(2019),
                month: 9
            })
        )
    );
    // Priority 6: `Mar 19 onwards`, continued by `Apr 19 – Apr 20`.
    let p6 = &plan.priorities[5].focus_areas[0].actions[0]
        .timeframe
        .as_ref()
        .unwrap();
    assert_eq!(
        p6.start,
        Some(MonthSpec {
            year: Some(2019),
            month: 3
        })
    );
    assert!(p6.open_ended);
}

#[test]
fn implementation_plan_findings_and_structure() {
    let (loaded, findings) = run(&[PathBuf::from("samples/implementation-plan.xlsx")]);
    let got: BTreeSet<Place> = places(&loaded, &findings);
    let sheet = "Implementation plan";
    let mut want: BTreeSet<Place> = ["J4", "J5", "J19", "J21", "J24", "K33", "K34", "J44"]
        .iter()
        .map(|c| place("rag-free-text", sheet, c))
        .collect();
    want.extend(
        ["E64", "E65", "E67", "E68", "E70", "E71"]
            .iter()
            .map(|c| place("missing-lead", sheet, c)),
    );
    assert_eq!(got, want);
    let implied: Vec<_> = findings
        .iter()
        .filter(|f| f.rule.name == "rag-free-text")
        .map(|f| f.help.clone().unwrap())
        .collect();
    assert!(
        implied[0].starts_with("write `A` (Amber"),
        "In progress - … implies Amber"
    );

    let plan = &loaded.plan;
    let names: Vec<String> = plan.priorities.iter().map(|p| p.name(plan)).collect();
    assert_eq!(
        names,
        [
            "Plan Priority 1",
            "Plan Priority 2",
            "Plan Priority 3",
            "Plan Priority 4",
            "Transport",
            "Public Health",
            "Health Providers",
            "CCG"
        ]
    );
    assert_eq!(
        plan.priorities[2].title.as_ref().unwrap().value,
        "To develop smooth progression to adulthood for all young people with SEND."
    );
    let p1 = &plan.priorities[0];
    assert!(
        p1.preamble[0]
            .value
            .starts_with("Strategy for SEN and SEND operations implementation plan")
    );
    let ids: Vec<_> = p1.actions().map(|a| a.id.clone().unwrap()).collect();
    assert_eq!(ids, (1..=9).map(|i| format!("1.{i}")).collect::<Vec<_>>());
    let first = p1.actions().next().unwrap();
    let extras: Vec<&str> = first.extra.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(
        extras,
        [
            "Task and Finish Group",
            "Group members",
            "Monitoring and Evaluation"
        ]
    );
    let tf = first.timeframe.as_ref().unwrap();
    assert_eq!(
        (tf.start, tf.end),
        (
            Some(MonthSpec {
                year: None,
                month: 9
            }),
            Some(MonthSpec {
                year: None,
                month: 12
            })
        )
    );
    assert_eq!(first.leads, ["Andy Cooke"]);
    // `Leads for all groups` is a lead; the 4.x block has 15 actions.
    assert_eq!(plan.priorities[3].actions().count(), 15);
    assert_eq!(
        plan.priorities[3].actions().next().unwrap().leads,
        ["Leads for all groups"]
    );
}
