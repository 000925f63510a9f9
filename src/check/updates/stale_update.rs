//! UPD002 stale-update

use super::note_dates;
use crate::check::summary::latest_period;
use crate::check::xref::find_references;
use crate::check::{Context, Family, Finding, Rule, Severity};
use crate::model::{Rag, Status};

pub static RULE: Rule = Rule {
    code: "UPD002",
    name: "stale-update",
    family: Family::Updates,
    severity: Severity::Warning,
    corrected_by_build: false,
    summary: "A Red or Amber action whose dated notes say nothing since the previous period",
    explanation: r#"## What it does
For an action that is Red or Amber (not a split) in its priority's latest period, reads the dates heading its update
notes and reports when the newest is no later than the previous period — the action is behind, and its
notes say nothing new this term. It only looks at notes that carry dates (undated notes cannot be told
apart), and an action whose notes point elsewhere (`SEE 6E`) is left alone: its update lives there.

## Why it matters to an officer
A Red or Amber action is exactly the one the IPG will ask about. Arriving with last term's note is the
gap this catches before the meeting.

## Bad
Amber in Dec-21, notes ending `Apr 2021: …`.

## Good
A `Dec 2021: …` entry saying what happened this term.
"#,
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for priority in &cx.plan.priorities {
        if !priority.has_periods() {
            continue;
        }
        let Some(latest) = latest_period(priority, cx.scheme_of(priority)) else {
            continue;
        };
        // The previous period with a month: notes after it are this term's.
        let Some(previous) = priority.periods[..latest]
            .iter()
            .rev()
            .find_map(|p| p.month)
        else {
            continue;
        };
        let label = &priority.periods[latest].label;
        for action in priority.actions() {
            let Some(rag) = action
                .statuses
                .get(latest)
                .and_then(|t| cx.scheme_of(priority).read_cell(t).rag())
            else {
                continue;
            };
            // Plain Red or Amber: a split is rag-split's to report.
            if !matches!(rag, Rag::Single(Status::Red | Status::Amber)) {
                continue;
            }
            let Some(notes) = &action.notes else { continue };
            if !find_references(&notes.value).is_empty() {
                continue;
            }
            let Some(newest) = note_dates(&notes.value).into_iter().max() else {
                continue;
            };
            if newest > previous {
                continue;
            }
            let id = action
                .id
                .as_deref()
                .map_or_else(String::new, |id| format!(" {id}"));
            out.push(
                Finding::on(
                    &RULE,
                    notes,
                    format!(
                        "action{id} is {} for {label} but its newest note is from {}",
                        rag.name(),
                        newest.label()
                    ),
                )
                .field("Update notes")
                .help(format!(
                    "add a dated note for {label} saying what has happened, and what happens next"
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::fixture::{Sheet, check_sheets, places};

    #[test]
    fn red_or_amber_without_this_terms_note() {
        let findings = check_sheets(vec![
            Sheet::priority(1)
                .row(&[
                    "1.1 Area",
                    "A. One",
                    "Tim Moss",
                    "Ev",
                    "G",
                    "A",
                    "Dec 2019: started.",
                ])
                .row(&[
                    "",
                    "B. Two",
                    "Tim Moss",
                    "Ev",
                    "G",
                    "A",
                    "Dec 2019: started. Jan 2020: going well.",
                ])
                .row(&["", "C. Three", "Tim Moss", "Ev", "G", "A", "SEE 6E"])
                .row(&["", "D. Four", "Tim Moss", "Ev", "G", "G", "Dec 2019: done."])
                .row(&["", "E. Five", "Tim Moss", "Ev", "G", "R", "No dates here"]),
        ]);
        assert_eq!(places(&findings, "UPD002"), ["G5"]);
    }
}
