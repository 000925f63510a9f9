//! The human report as an officer reads it: findings grouped by priority in
//! the master's order, errors first; one finding for one cell; the rows shown
//! without HTML markup; no developer words; no Green suggested for work that
//! is not finished.

use std::path::PathBuf;

use ragplan::report::human::{Style, render};

use crate::common::{run, sample_paths};

/// The five seed workbooks.
fn seeds() -> Vec<PathBuf> {
    let mut paths = sample_paths();
    paths.extend(
        [
            "samples/written-statement.xlsx",
            "samples/implementation-plan.xlsx",
        ]
        .map(PathBuf::from),
    );
    paths
}

fn report(paths: &[PathBuf]) -> String {
    let (loaded, findings) = run(paths);
    render(&loaded, &findings, Style::default())
}

/// The heading lines (`Priority 2 — file: counts`) in report order.
fn headings(report: &str) -> Vec<&str> {
    let lines: Vec<&str> = report.lines().collect();
    lines
        .windows(2)
        .filter(|w| w[1].starts_with('═'))
        .map(|w| w[0])
        .collect()
}

#[test]
fn findings_are_grouped_by_priority_in_the_masters_order() {
    let text = report(&seeds());
    assert_eq!(
        headings(&text),
        [
            "Priority 1 — samples/priority-1.xlsx: 2 errors, 1 warning",
            "Priority 2 — samples/priority-2.xlsx: 4 warnings, 8 infos",
            "Priority 7 — samples/priority-7.xlsx: 8 warnings, 7 infos",
            "WSoA Priority 1 — samples/written-statement.xlsx: 2 errors",
            "WSoA Priority 3 — samples/written-statement.xlsx: 2 errors",
            "WSoA Priority 5 — samples/written-statement.xlsx: 1 error",
            "Plan Priority 1 — samples/implementation-plan.xlsx: 2 warnings",
            "Plan Priority 2 — samples/implementation-plan.xlsx: 3 warnings",
            "Plan Priority 3 — samples/implementation-plan.xlsx: 2 warnings",
            "Plan Priority 4 — samples/implementation-plan.xlsx: 1 warning",
            "Public Health — samples/implementation-plan.xlsx: 2 errors",
            "Health Providers — samples/implementation-plan.xlsx: 2 errors",
            "CCG — samples/implementation-plan.xlsx: 2 errors",
        ]
    );
    // Within Priority 1: its two errors, then its warning (B9 comes before
    // F12 and C13 on the sheet).
    let p1 = &text[..text.find("Priority 2 — ").unwrap()];
    let codes: Vec<&str> = p1
        .lines()
        .filter(|l| l.starts_with("error[") || l.starts_with("warning[") || l.starts_with("info["))
        .collect();
    assert_eq!(
        codes,
        [
            "error[RAG003] rag-homoglyph",
            "error[LEAD001] missing-lead",
            "warning[STR005] missing-action-id"
        ]
    );
    assert!(
        text.ends_with("13 errors, 21 warnings, 15 infos in 5 files\n"),
        "{}",
        &text[text.len() - 80..]
    );
}

#[test]
fn findings_in_no_priority_come_first() {
    let dir = crate::common::temp();
    let broken = dir.path().join("broken.xlsx");
    std::fs::write(&broken, "not a workbook").unwrap();
    let text = report(&[PathBuf::from("samples/priority-1.xlsx"), broken]);
    assert_eq!(
        headings(&text),
        [
            "Not in a priority (whole files, sheets and cells outside the plans): 1 error",
            "Priority 1 — samples/priority-1.xlsx: 2 errors, 1 warning",
        ]
    );
    assert!(text.contains("error[STR001] unreadable-file"), "{text}");
}

#[test]
fn a_cell_shared_by_several_actions_is_one_finding() {
    let text = report(&[PathBuf::from("samples/written-statement.xlsx")]);
    assert_eq!(text.matches("missing-lead").count(), 5);
    assert!(text.contains(
        "× actions `Education providers are fully engaged in…`, `Implement district governance\n  \
         │ arrangemen…` and `Embed the NASEN SEND review standards to…` have no lead"
    ));
}

#[test]
fn the_rows_shown_have_no_html_markup() {
    // Both workbooks hold `<p>`, `<b>`, `<br>` and `<li>` in their cells.
    let text = report(&[
        PathBuf::from("samples/priority-2.xlsx"),
        PathBuf::from("samples/written-statement.xlsx"),
    ]);
    for tag in ["<p>", "</p>", "<b>", "<br", "<li>", "<ul>"] {
        assert!(!text.contains(tag), "{tag} in\n{text}");
    }
    // The words are there.
    assert!(text.contains("│ G/A │ Apr 2021: EHC Sub gro…"), "{text}");
    assert!(text.contains("│ Overall Status of the… │"), "{text}");
}

#[test]
fn no_developer_words_in_messages_help_or_explanations() {
    let (_, findings) = run(&seeds());
    let jargon = [
        "roll up",
        "rolls up",
        "roll-up",
        "rolled up",
        "mirror",
        "canonical",
        "not loaded",
    ];
    for f in &findings {
        let text = format!("{} {}", f.message, f.help.as_deref().unwrap_or(""));
        for word in jargon {
            assert!(!text.to_lowercase().contains(word), "{word}: {text}");
        }
    }
    for rule in ragplan::check::RULES {
        // The rule's own name may say it (`mirror-mismatch`); its words do not.
        let explanation = rule.explanation.replace(rule.name, "");
        for word in [
            "roll up",
            "rolls up",
            "roll-up",
            "rolled up",
            "canonical",
            "skeleton",
        ] {
            assert!(
                !explanation.to_lowercase().contains(word),
                "{}: {word}",
                rule.name
            );
            assert!(
                !rule.summary.to_lowercase().contains(word),
                "{}: {word}",
                rule.name
            );
        }
        assert!(
            !rule.summary.to_lowercase().contains("mirror"),
            "{}",
            rule.name
        );
    }
}

#[test]
fn a_status_saying_work_remains_is_not_suggested_as_green() {
    let (loaded, findings) = run(&[PathBuf::from("samples/implementation-plan.xlsx")]);
    let at = |cell: &str| {
        findings
            .iter()
            .find(|f| {
                f.rule.name == "rag-free-text"
                    && f.cell.map(|c| c.to_string()).as_deref() == Some(cell)
            })
            .unwrap_or_else(|| panic!("no rag-free-text at {cell}"))
    };
    // `…is much better, however more to be completed. Our tribunals are currently low`
    let j21 = at("J21");
    assert!(
        j21.value
            .as_deref()
            .unwrap()
            .contains("however more to be completed")
    );
    assert_eq!(j21.message, "free text where a RAG code belongs");
    assert_eq!(
        j21.help.as_deref(),
        Some(
            "write the code that fits the progress described (B, G, A, R or Grey) and move the \
             words to the update notes"
        )
    );
    // A sentence that says it is in progress is still read as Amber.
    assert!(
        at("J4")
            .help
            .as_deref()
            .unwrap()
            .starts_with("write `A` (Amber")
    );
    let _ = loaded;
}
