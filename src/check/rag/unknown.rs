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
and look-alike characters by `rag-homoglyph`. `Gr` is reported here where the plan's legend names its
statuses without a Grey (`B = complete, G = on track, A = …, R = …`): there it is more likely a Green,
so build leaves it as written for the officer to say.

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
            let found = cell.text.raw().trim();
            let scheme = cx.scheme_of(cell.priority);
            // `Gr` where the legend has no Grey: most likely a Green.
            let message = if scheme.legend_lacks_grey && found.eq_ignore_ascii_case("gr") {
                format!(
                    "`{found}` is not a code of this plan: its legend has no Grey, so it may be \
                     meant for Green (`{}`)",
                    scheme.write(crate::model::Rag::Single(crate::model::Status::Green))
                )
            } else {
                format!("`{found}` is not a RAG code")
            };
            out.push(
                Finding::on(&RULE, cell.text, message)
                    .field(cx.period_label(cell.priority, cell.period))
                    .help(format!("write {}", code_list(scheme))),
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

    /// A legend of B, G, A and R only: `Gr` there is no Grey (nor corrected
    /// to one), and is said to be no code of the plan.
    #[test]
    fn gr_where_the_legend_has_no_grey() {
        use crate::check::fixture::write;
        let mut sheet = Sheet::priority(1)
            .row(&["1.1 Area", "A. One", "Tim Moss", "Ev", "Gr", "G"])
            .row(&["", "B. Two", "Tim Moss", "Ev", "G", "A"])
            .row(&["", "C. Three", "Tim Moss", "Ev", "R", "B"]);
        sheet.title = "Priority 1: A test priority.\nKey: B = complete and embedded, \
                       G = on track, A = some slippage, R = off track"
            .into();
        let (_dir, path) = write(vec![sheet]);
        let loaded = crate::import::load(&[path], &crate::model::Scheme::default());
        let findings = crate::check::check(&loaded, &Default::default());
        assert_eq!(places(&findings, "RAG001"), ["E5"]);
        assert_eq!(places(&findings, "RAG002"), Vec::<String>::new());
        let gr = findings.iter().find(|f| f.rule.code == "RAG001").unwrap();
        assert!(
            gr.message.contains("its legend has no Grey"),
            "{}",
            gr.message
        );
    }
}
