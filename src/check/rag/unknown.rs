//! RAG001 rag-unknown

use super::code_list;
use crate::check::{Context, Family, Finding, Rule, Severity};
use crate::model::Reading;

pub static RULE: Rule = Rule {
    code: "RAG001",
    name: "rag-unknown",
    family: Family::Rag,
    severity: Severity::Error,
    corrected_by_build: false,
    summary: "A status cell holds something that is not a RAG code",
    explanation: r#"## What it does
Reports a status cell (one period of the Progress columns) holding a short value that is not a RAG code
nor a recognisable spelling of one: `X`, `GG`, `5`, `Y`. Words are reported by `rag-free-text` instead,
and look-alike characters by `rag-homoglyph`.

## Why it matters to an officer
The priority's overall status worked out from its actions, the summary counts and the master's colours all
depend on the code. A value ragplan cannot read is a status nobody can read.

## Bad
`X` under Jan-20.

## Good
One of `B` (Blue), `G` (Green), `A` (Amber), `R` (Red) or `Grey`, or a split such as `G/A`.
"#,
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for cell in cx.status_cells() {
        if *cell.reading == Reading::Unknown {
            out.push(
                Finding::on(
                    &RULE,
                    cell.text,
                    format!("`{}` is not a RAG code", cell.text.raw().trim()),
                )
                .field(cx.period_label(cell.priority, cell.period))
                .help(format!("write {}", code_list(cx.scheme_of(cell.priority)))),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::fixture::{Sheet, check_sheets, places};

    #[test]
    fn unknown_codes() {
        let findings = check_sheets(vec![
            Sheet::priority(1)
                .row(&["1.1 Area", "A. One", "Tim Moss", "Ev", "X", "G"])
                .row(&["", "B. Two", "Tim Moss", "Ev", "5", "GG"]),
        ]);
        assert_eq!(places(&findings, "RAG001"), ["E5", "E6", "F6"]);
    }
}
