//! UPD001 notes-out-of-order

use super::note_dates;
use crate::check::{Context, Family, Finding, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "UPD001",
    name: "notes-out-of-order",
    family: Family::Updates,
    severity: Severity::Warning,
    corrected_by_build: false,
    summary: "Dated update notes in neither date order (oldest first nor newest first)",
    explanation: r#"## What it does
Reads the dates that head the entries of an action's update notes (`Feb 2021: … Apr 21: … December
2021: …`) and reports a cell whose entries are in neither order: oldest first and newest first are both
fine, a mixture is not.

## Why it matters to an officer
The IPG reads the last entry as the latest news. When an older entry was pasted after a newer one, the
reader takes last year's position for this term's.

## Bad
`Feb 2021: … Dec 2021: … Apr 2021: …`

## Good
`Feb 2021: … Apr 2021: … Dec 2021: …` (or the same, newest first).
"#,
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for (_, _, action) in cx.plan.actions() {
        let Some(notes) = &action.notes else { continue };
        let dates = note_dates(&notes.value);
        let ascending = dates.windows(2).all(|w| w[0] <= w[1]);
        let descending = dates.windows(2).all(|w| w[0] >= w[1]);
        if ascending || descending {
            continue;
        }
        let order: Vec<String> = dates.iter().map(|d| d.label()).collect();
        out.push(
            Finding::on(
                &RULE,
                notes,
                format!("the dated notes run {}", order.join(", ")),
            )
            .field("Update notes")
            .help("put the entries in date order, oldest first (or all newest first)"),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::check::fixture::{Sheet, check_sheets, places};

    #[test]
    fn mixed_order_only() {
        let findings = check_sheets(vec![
            Sheet::priority(1)
                .row(&[
                    "1.1 Area",
                    "A. One",
                    "Tim Moss",
                    "Ev",
                    "G",
                    "G",
                    "Feb 2021: a. Apr 21: b. December 2021: c.",
                ])
                .row(&[
                    "",
                    "B. Two",
                    "Tim Moss",
                    "Ev",
                    "G",
                    "G",
                    "Dec 2021: c. Apr 2021: b. Feb 2021: a.",
                ])
                .row(&[
                    "",
                    "C. Three",
                    "Tim Moss",
                    "Ev",
                    "G",
                    "G",
                    "Feb 2021: a. Dec 2021: c. Apr 2021: b.",
                ]),
        ]);
        assert_eq!(places(&findings, "UPD001"), ["G7"]);
    }
}
