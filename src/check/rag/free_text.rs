//! RAG005 rag-free-text

use super::{code_list, describe};
use crate::check::{Context, Family, Finding, Rule, Severity};
use crate::model::Reading;

pub static RULE: Rule = Rule {
    code: "RAG005",
    name: "rag-free-text",
    family: Family::Rag,
    severity: Severity::Warning,
    corrected_by_build: false,
    summary: "Words in a status cell where a code belongs (suggests the code they imply)",
    explanation: r#"## What it does
Reports a status cell holding words instead of a code — `In progress - initial framework now being
developed`, `Completed`, `Not started` — and suggests the code the words imply where they do (`A`, `G`,
`Grey`). Words that say work remains (`more to be completed`, `still to`, `yet to`, `not yet`, `further
work`, `remaining`, `outstanding`, `ongoing`, `in progress`, `however`, `but` …) are never read as Green or
Blue: `Much better, however more to be completed` gets no suggestion, and the officer writes the code that
fits.

## Why it matters to an officer
A sentence in the RAG column cannot be counted, coloured or added into the priority's overall status, and
the commentary it holds belongs in the update notes where the IPG reads it.

## Bad
`In progress - initial framework now being developed further with schools` under Review Impact (RAG).

## Good
`A` in the status cell, and the sentence in the update notes.
"#,
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for cell in cx.status_cells() {
        let Reading::FreeText { implied } = *cell.reading else {
            continue;
        };
        let help = match implied {
            Some(rag) => format!(
                "write {} and move the words to the update notes",
                describe(cx.scheme_of(cell.priority), rag)
            ),
            None => format!(
                "write the code that fits the progress described ({}) and move the words to the update notes",
                code_list(cx.scheme_of(cell.priority))
            ),
        };
        let message = match implied {
            Some(rag) => format!(
                "free text where a RAG code belongs; it reads as {}",
                rag.name()
            ),
            None => "free text where a RAG code belongs".to_string(),
        };
        out.push(
            Finding::on(&RULE, cell.text, message)
                .field(cx.period_label(cell.priority, cell.period))
                .help(help),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::check::fixture::{Sheet, check_sheets, places};

    #[test]
    fn words_saying_work_remains_are_not_suggested_as_done() {
        let phrasings = [
            "Much better, however more to be completed",
            "Completed in two schools, still to do in the rest",
            "Delivered, but not yet evaluated",
            "Achieved for EHCPs; further work on annual reviews",
        ];
        let mut sheet = Sheet::priority(1);
        for (i, text) in phrasings.iter().enumerate() {
            let area = if i == 0 { "1.1 Area" } else { "" };
            let action = format!("{}. Action", (b'A' + i as u8) as char);
            sheet = sheet.row(&[area, &action, "Tim Moss", "Ev", "G", text]);
        }
        sheet = sheet.row(&[
            "",
            "E. Action",
            "Tim Moss",
            "Ev",
            "G",
            "Completed and signed off",
        ]);
        let findings = check_sheets(vec![sheet]);
        let helps: Vec<(String, &str)> = findings
            .iter()
            .filter(|f| f.rule.code == "RAG005")
            .map(|f| (f.cell.unwrap().to_string(), f.help.as_deref().unwrap()))
            .collect();
        let codes = "write the code that fits the progress described (B, G, A, R or Grey) and move \
                     the words to the update notes";
        assert_eq!(
            helps,
            [
                ("F5".to_string(), codes),
                ("F6".to_string(), codes),
                ("F7".to_string(), codes),
                ("F8".to_string(), codes),
                (
                    "F9".to_string(),
                    "write `G` (Green: completed) and move the words to the update notes"
                ),
            ]
        );
    }

    #[test]
    fn words_with_and_without_an_implied_code() {
        let findings = check_sheets(vec![
            Sheet::priority(1)
                .row(&[
                    "1.1 Area",
                    "A. One",
                    "Tim Moss",
                    "Ev",
                    "In progress - initial framework now being developed",
                    "G",
                ])
                .row(&[
                    "",
                    "B. Two",
                    "Tim Moss",
                    "Ev",
                    "To follow on from previous",
                    "G",
                ]),
        ]);
        assert_eq!(places(&findings, "RAG005"), ["E5", "E6"]);
        let help = |cell: &str| {
            findings
                .iter()
                .find(|f| f.rule.code == "RAG005" && f.cell.unwrap().to_string() == cell)
                .and_then(|f| f.help.as_deref())
                .unwrap()
                .to_string()
        };
        assert_eq!(
            help("E6"),
            "write the code that fits the progress described (B, G, A, R or Grey) and move the \
             words to the update notes"
        );
        let f = &findings.iter().find(|f| f.rule.code == "RAG005").unwrap();
        assert!(
            f.help.as_deref().unwrap().starts_with("write `A` (Amber"),
            "{:?}",
            f.help
        );
    }
}
