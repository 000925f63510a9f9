//! RAG006 rag-missing

use crate::check::{Context, Family, Finding, Rule, Severity};
use crate::model::{Layout, Priority, Reading, is_formula_error};

pub static RULE: Rule = Rule {
    code: "RAG006",
    name: "rag-missing",
    family: Family::Rag,
    severity: Severity::Warning,
    corrected_by_build: false,
    summary: "An action with no status for a period (after its first status), or none at all",
    explanation: r#"## What it does
Reports a period with no status for an action that already had one in an earlier period (a gap, or a
latest period left blank), and an action with no status in any period (reported once, at its latest
period). Blank periods before an action's first status are not reported: the action was added later.
Plans with a single review column (the Written Statement of Action's Progress, the implementation plan's
Review Impact) are not checked: a blank there is a review not yet done. In an area's own tracker with one
status column (`RAG`, `Status`), a blank is reported where most of the priority's actions have a status.
Periods after the last one any action of the priority was reported in — a review point not yet reached
(`12 months` in a form of 3, 6 and 12 months), next quarter's column made ready — are still to come, not
missing; in a master, the term `--add-period` began is due at once.

## Why it matters to an officer
A blank in the latest column is the usual sign of a row nobody updated this term, and the priority's
overall status, worked out from its actions, silently leaves it out.

## Bad
`A | A | (blank) | G` for Dec-19 … Dec-21.

## Good
`A | A | G | G`: every period after the first has a status.
"#,
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    // Per priority: which periods anyone has reported in, and how many of its
    // actions have a status in its one status column.
    let mut reported: std::collections::HashMap<*const Priority, Vec<bool>> = Default::default();
    for (priority, _, action, read) in cx.actions_read() {
        let seen = reported
            .entry(std::ptr::from_ref(priority))
            .or_insert_with(|| vec![false; priority.periods.len()]);
        for (i, (t, r)) in action.statuses.iter().zip(read).enumerate() {
            if let Some(slot) = seen.get_mut(i) {
                *slot |= has_status(t, r);
            }
        }
    }
    let mut single: std::collections::HashMap<*const Priority, (usize, usize)> = Default::default();
    for (priority, _, action, read) in cx.actions_read() {
        let entry = single.entry(std::ptr::from_ref(priority)).or_default();
        entry.0 += 1;
        entry.1 += usize::from(
            action
                .statuses
                .iter()
                .zip(read)
                .any(|(t, r)| has_status(t, r)),
        );
    }
    for (priority, _, action, read) in cx.actions_read() {
        let id = action
            .id
            .as_deref()
            .map_or_else(String::new, |id| format!(" {id}"));
        if !priority.has_periods() {
            // One review column (the WSoA's Progress, the implementation
            // plan's Review Impact) left blank is a review not yet done. An
            // area's tracker with one status column is different: a blank
            // where most actions have a status is a status nobody gave.
            let (actions, with) = single
                .get(&std::ptr::from_ref(priority))
                .copied()
                .unwrap_or_default();
            let tracker = priority.layout == Layout::ActionPlan && with * 2 > actions;
            if let (true, Some(text), Some(r)) = (tracker, action.statuses.first(), read.first())
                && !has_status(text, r)
            {
                out.push(
                    Finding::on(&RULE, text, format!("action{id} has no status"))
                        .field(cx.period_label(priority, 0))
                        .help("write its status, as the plan's other actions have"),
                );
            }
            continue;
        }
        let seen = reported
            .get(&std::ptr::from_ref(priority))
            .cloned()
            .unwrap_or_default();
        // Periods after the last one anybody reported in (`12 months`, next
        // quarter's column made ready) are still to come.
        // A master's reporting term (begun by `--add-period`) is due at once.
        let last_reported = seen.iter().rposition(|x| *x);
        let reporting = cx
            .plan
            .file(priority.source.file)
            .reporting_period
            .as_deref();
        let is_reporting = |i: usize| {
            let (Some(label), Some(p)) = (reporting, priority.periods.get(i)) else {
                return false;
            };
            match (crate::model::When::parse(label), p.when) {
                (Some(a), Some(b)) => a == b,
                _ => p.label.eq_ignore_ascii_case(label),
            }
        };
        let due = |i: usize| last_reported.is_some_and(|last| i <= last) || is_reporting(i);
        let readings: Vec<bool> = action
            .statuses
            .iter()
            .zip(read)
            .map(|(t, r)| has_status(t, r))
            .collect();
        match readings.iter().position(|x| *x) {
            None => {
                let Some(last) = (0..action.statuses.len()).rev().find(|i| due(*i)) else {
                    continue;
                };
                let label = cx.period_label(priority, last);
                out.push(
                    Finding::on(
                        &RULE,
                        &action.statuses[last],
                        format!("action{id} has no status in any period"),
                    )
                    .field(label.clone())
                    .help(format!("write this term's status for {label}")),
                );
            }
            Some(first) => {
                for (i, text) in action.statuses.iter().enumerate().skip(first + 1) {
                    if !readings[i] && due(i) {
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

/// A status cell that holds something (a formula error counts: it is its
/// own finding).
fn has_status(text: &crate::model::Text, reading: &Reading) -> bool {
    *reading != Reading::Empty || is_formula_error(text.raw())
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
