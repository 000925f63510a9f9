//! RAG002 rag-noncanonical

use super::describe;
use crate::check::{Context, Family, Finding, Rule, Severity};
use std::collections::{HashMap, HashSet};

use crate::model::{Priority, Rag, Reading, Scheme, Text, VariantKind};

pub static RULE: Rule = Rule {
    code: "RAG002",
    name: "rag-noncanonical",
    family: Family::Rag,
    severity: Severity::Warning,
    corrected_by_build: true,
    summary: "A status written in another spelling (green, Gr, amber␠) instead of the code",
    explanation: r#"## What it does
Reports a status cell, or the priority's stated overall status, written in a recognisable spelling that is
not the code — or not written at all but shown only by the cell's colour (an empty cell filled green is
Green; not in xlsb) — a word (`Green`, `amber`), another case (`g`), stray spaces (`A␠`), a full-width letter, or
`Gr`. `Gr` is the one to watch: in the legend it is Grey (work not started), but anyone skimming the
sheet reads it as Green (where the legend has no Grey at all, `rag-unknown` reports it instead). Split
ratings are reported by `rag-split`.

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
        // An area's own words (`On track`, `Green` in full): how the plan writes it.
        _ if scheme.is_area_scale() && code.chars().count() > 2 => {
            format!(
                "`{found}` is written differently from `{code}`, as the rest of the plan writes it"
            )
        }
        _ => format!(
            "`{found}` is not the plan's code for {}: it writes `{code}`",
            rag.name()
        ),
    };
    Finding::on(&RULE, text, message).help(format!("write {}", describe(scheme, rag)))
}

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    // A priority whose statuses are mostly shown by colour alone is told so
    // once, not cell by cell: that is how its sheet is kept.
    let mut colour_only: HashMap<*const Priority, (usize, usize)> = HashMap::new();
    for cell in cx.status_cells() {
        let entry = colour_only
            .entry(std::ptr::from_ref(cell.priority))
            .or_default();
        match cell.reading {
            Reading::ColourOnly(_) => entry.0 += 1,
            Reading::Empty => {}
            _ => entry.1 += 1,
        }
    }
    let mostly_colour = |p: &Priority| {
        colour_only
            .get(&std::ptr::from_ref(p))
            .is_some_and(|(colour, written)| *colour >= 3 && colour > written)
    };
    let mut told: HashSet<*const Priority> = HashSet::new();
    for cell in cx.status_cells() {
        let field = cx.period_label(cell.priority, cell.period);
        let scheme = cx.scheme_of(cell.priority);
        match *cell.reading {
            Reading::Variant { rag: rag @ Rag::Single(_), kind } => out.push(finding(scheme, cell.text, rag, kind).field(field)),
            // (The others of such a priority: said once already.)
            Reading::ColourOnly(_) if mostly_colour(cell.priority) && !told.insert(std::ptr::from_ref(cell.priority)) => {}
            Reading::ColourOnly(_) if mostly_colour(cell.priority) => {
                let n = colour_only[&std::ptr::from_ref(cell.priority)].0;
                out.push(
                    Finding::on(&RULE, cell.text, format!("{}'s statuses are shown only by fill colours ({n} cells, this the first)", cell.priority.name(cx.plan)))
                        .field(field)
                        .value("(fill only)")
                        .help(format!("write the code in each coloured cell ({}): a colour alone cannot be filtered, counted or read aloud, and the master writes codes", super::code_list(scheme))),
                );
            }
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
        let Some(stated) = priority
            .stated_status
            .as_ref()
            .filter(|_| !priority.stated_in_words)
        else {
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

    /// A sheet kept in colours alone is told so once, not cell by cell.
    #[test]
    fn a_sheet_of_colours_is_one_finding() {
        let mut sheet = Sheet::priority(1)
            .row(&["1.1 Area", "A. One", "Tim Moss", "Ev", "", ""])
            .row(&["", "B. Two", "Tim Moss", "Ev", "", ""])
            .row(&["", "C. Three", "Tim Moss", "Ev", "G", ""]);
        for row in 5..=7 {
            for col in 4..=5 {
                sheet = sheet.fill(row, col, 0x00B050);
            }
        }
        let findings = check_sheets(vec![sheet]);
        assert_eq!(places(&findings, "RAG002"), ["E5"]);
        let f = findings.iter().find(|f| f.rule.code == "RAG002").unwrap();
        assert!(
            f.message
                .starts_with("Priority 1's statuses are shown only by fill colours (5 cells"),
            "{}",
            f.message
        );
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
