//! RAG002 rag-noncanonical

use super::describe;
use crate::check::{Context, Family, Finding, Rule, Severity};
use crate::model::{Rag, Reading, Scheme, Text, VariantKind};

pub static RULE: Rule = Rule {
    code: "RAG002",
    name: "rag-noncanonical",
    family: Family::Rag,
    severity: Severity::Warning,
    summary: "A status written in another spelling (green, Gr, amber␠) instead of the code",
    explanation: r#"## What it does
Reports a status cell, or the priority's stated overall status, written in a recognisable spelling that is
not the code — or not written at all but shown only by the cell's colour (an empty cell filled green is
Green; xlsx only) — a word (`Green`, `amber`), another case (`g`), stray spaces (`A␠`), a full-width letter, or
`Gr`. `Gr` is the one to watch: in the legend it is Grey (work not started), but anyone skimming the
sheet reads it as Green. Split ratings are reported by `rag-split`.

## Why it matters to an officer
Mixed spellings break filters and counts in Excel (`A` and `A␠` are different values), and `Gr` makes an
action that has not started look completed. `ragplan build` writes the code in the master and lists
every such correction.

## Bad
`Gr` under Dec-19 for an action that has not started; `green` under Apr-21.

## Good
`Grey` for not started; `G` for completed.
"#,
    check,
};

pub(crate) fn finding(scheme: &Scheme, text: &Text, rag: Rag, kind: VariantKind) -> Finding {
    let found = text.raw().trim();
    let code = scheme.write(rag);
    let message = match kind {
        VariantKind::AmbiguousGr => {
            format!("`{found}` means Grey (not started) in the legend, but reads as Green")
        }
        VariantKind::Whitespace => format!(
            "`{}` has stray spaces around the code `{code}`",
            text.raw().replace('\u{a0}', " ")
        ),
        VariantKind::Width => {
            format!("`{found}` is written with full-width or compatibility characters")
        }
        _ => format!("`{found}` is not the code for {}", rag.name()),
    };
    Finding::on(&RULE, text, message).help(format!("write {}", describe(scheme, rag)))
}

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for cell in cx.status_cells() {
        let field = cx.period_label(cell.priority, cell.period);
        let scheme = cx.scheme_of(cell.priority);
        match *cell.reading {
            Reading::Variant { rag: rag @ Rag::Single(_), kind } => out.push(finding(scheme, cell.text, rag, kind).field(field)),
            Reading::ColourOnly(rag) => out.push(
                Finding::on(&RULE, cell.text, format!("the status is shown only by the cell's {} fill", rag.name().to_lowercase()))
                    .field(field)
                    .value(format!("({} fill)", rag.name().to_lowercase()))
                    .help(format!("write {} in the cell: a colour alone cannot be filtered, counted or read aloud", describe(scheme, rag))),
            ),
            _ => {}
        }
    }
    for priority in &cx.plan.priorities {
        let Some(stated) = &priority.stated_status else {
            continue;
        };
        let scheme = cx.scheme_of(priority);
        if let Reading::Variant {
            rag: rag @ Rag::Single(_),
            kind,
        } = scheme.read(stated.raw())
        {
            out.push(finding(scheme, stated, rag, kind).field("Overall status"));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::fixture::{Sheet, check_sheets, places};

    #[test]
    fn spellings_and_gr() {
        let findings = check_sheets(vec![
            Sheet::priority(1)
                .stated("green")
                .row(&["1.1 Area", "A. One", "Tim Moss", "Ev", "Gr", "green"])
                .row(&["", "B. Two", "Tim Moss", "Ev", "A ", "G"])
                .row(&["", "C. Three", "Tim Moss", "Ev", "Grey", "G/A"]),
        ]);
        assert_eq!(places(&findings, "RAG002"), ["H2", "E5", "F5", "E6"]);
        let gr = findings
            .iter()
            .find(|f| f.rule.code == "RAG002" && f.cell.unwrap().to_string() == "E5")
            .unwrap();
        assert!(gr.message.contains("reads as Green"));
        assert_eq!(
            gr.help.as_deref(),
            Some("write `Grey` (Grey: not started, with no concerns)")
        );
        assert_eq!(gr.field.as_deref(), Some("Dec-19"));
    }

    #[test]
    fn colour_only_is_the_status_not_a_missing_one() {
        let findings = check_sheets(vec![
            Sheet::priority(1)
                .row(&["1.1 Area", "A. One", "Tim Moss", "Ev", "A", ""])
                .fill(5, 5, 0x00B050)
                .row(&["", "B. Two", "Tim Moss", "Ev", "A", ""])
                .fill(6, 5, 0xF2F2F2),
        ]);
        assert_eq!(places(&findings, "RAG002"), ["F5"]);
        let f = findings.iter().find(|f| f.rule.code == "RAG002").unwrap();
        assert_eq!(
            f.message,
            "the status is shown only by the cell's green fill"
        );
        // The pale banded cell is a missing status; the green one is not.
        assert_eq!(places(&findings, "RAG006"), ["F6"]);
    }
}
