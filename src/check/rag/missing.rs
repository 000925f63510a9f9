//! RAG006 rag-missing

use crate::check::{Context, Family, Finding, Rule, Severity};
use crate::model::{Reading, is_formula_error};

pub static RULE: Rule = Rule {
    code: "RAG006",
    name: "rag-missing",
    family: Family::Rag,
    severity: Severity::Warning,
    summary: "An action with no status for a period (after its first status), or none at all",
    explanation: r#"## What it does
Reports a period with no status for an action that already had one in an earlier period (a gap, or a
latest period left blank), and an action with no status in any period (reported once, at its latest
period). Blank periods before an action's first status are not reported: the action was added later.
Plans with a single review column (the Written Statement of Action's Progress, the implementation plan's
Review Impact) are not checked: a blank there is a review not yet done.

## Why it matters to an officer
A blank in the latest column is the usual sign of a row nobody updated this term, and the priority's
roll-up silently ignores it.

## Bad
`A | A | (blank) | G` for Dec-19 … Dec-21.

## Good
`A | A | G | G`: every period after the first has a status.
"#,
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for (priority, _, action, read) in cx.actions_read() {
        // One review column (the WSoA's Progress, the implementation plan's
        // Review Impact) left blank is a review not yet done, not a missed update.
        if !priority.has_periods() {
            continue;
        }
        let readings: Vec<bool> = action
            .statuses
            .iter()
            .zip(read)
            .map(|(t, r)| *r != Reading::Empty || is_formula_error(t.raw()))
            .collect();
        let id = action
            .id
            .as_deref()
            .map_or_else(String::new, |id| format!(" {id}"));
        match readings.iter().position(|x| *x) {
            None => {
                let Some(last) = action.statuses.last() else {
                    continue;
                };
                let label = cx.period_label(priority, action.statuses.len() - 1);
                out.push(
                    Finding::on(
                        &RULE,
                        last,
                        format!("action{id} has no status in any period"),
                    )
                    .field(label.clone())
                    .help(format!("write this term's status for {label}")),
                );
            }
            Some(first) => {
                for (i, text) in action.statuses.iter().enumerate().skip(first + 1) {
                    if !readings[i] {
                        let label = cx.period_label(priority, i);
                        out.push(
                            Finding::on(
                                &RULE,
                                text,
                                format!("action{id} has no status for {label}"),
                            )
                            .field(label.clone())
                            .help(format!("write the status for {label}")),
                        );
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::fixture::{Sheet, check_sheets, places};

    #[test]
    fn gaps_after_the_first_status_and_rows_with_none() {
        let mut sheet = Sheet::priority(1)
            .row(&["1.1 Area", "A. One", "Tim Moss", "Ev", "A", "", "G"])
            .row(&["", "B. Two", "Tim Moss", "Ev", "", "", "A"])
            .row(&["", "C. Three", "Tim Moss", "Ev", "", "", ""]);
        sheet.periods.push("Apr-21".into());
        let findings = check_sheets(vec![sheet]);
        assert_eq!(places(&findings, "RAG006"), ["F5", "G7"]);
    }
}
