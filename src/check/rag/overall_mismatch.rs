//! RAG008 overall-mismatch

use crate::check::summary::{latest_period, rags_at};
use crate::check::{Context, Family, Finding, Rule, Severity};
use crate::model::RollUp;

pub static RULE: Rule = Rule {
    code: "RAG008",
    name: "overall-mismatch",
    family: Family::Rag,
    severity: Severity::Warning,
    corrected_by_build: false,
    summary: "The priority's stated overall status disagrees with the status its actions add up to",
    explanation: r#"## What it does
Works out the priority's status from its actions' statuses in the latest period that has any, and compares
it with the priority's stated overall status (the code by `Vision for the future`). The rule applied: any
Red → Red; else any Amber → Amber; else any split → the worst split (`A/R` before `G/A`); else all Blue →
Blue; all Grey → Grey; any other mix of Green, Blue and Grey → Green. A split never counts as Green. Every
action on the priority's sheet counts, those copied from other priorities included.

## Why it matters to an officer
The stated status is what the IPG and the inspectors read first. If three actions are Amber, a priority
stated `G/A` overstates progress.

## Bad
Priority 2 stated `G/A` while three of its actions are `A` in Dec-21.

## Good
Stated `A` — or, if the actions are out of date, the actions brought up to date.
"#,
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for priority in &cx.plan.priorities {
        let Some(stated) = &priority.stated_status else {
            continue;
        };
        let scheme = cx.scheme_of(priority);
        let Some(stated_rag) = scheme.read(stated.raw()).rag() else {
            continue;
        };
        let Some(latest) = latest_period(priority, scheme) else {
            continue;
        };
        let rags = rags_at(priority, latest, scheme);
        let Some(roll) = RollUp::of(rags.iter().copied()) else {
            continue;
        };
        if roll.rag == stated_rag {
            continue;
        }
        let count = rags.iter().filter(|r| **r == roll.rag).count();
        let label = cx.period_label(priority, latest);
        out.push(
            Finding::on(
                &RULE,
                stated,
                format!(
                    "{} is stated `{}` but its actions together make it `{}` for {label} ({count} of {} action{} `{}`: {})",
                    priority.name(cx.plan),
                    stated.raw().trim(),
                    scheme.write(roll.rag),
                    rags.len(),
                    if rags.len() == 1 { "" } else { "s" },
                    scheme.write(roll.rag),
                    roll.rule.describe()
                ),
            )
            .field("Overall status")
            .help(format!(
                "write `{}` as the overall status, or bring the actions' {label} statuses up to date",
                scheme.write(roll.rag)
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::check::fixture::{Sheet, check_sheets, places};

    #[test]
    fn stated_split_against_amber_actions() {
        let findings = check_sheets(vec![
            Sheet::priority(2)
                .stated("G/A")
                .row(&["1.1 Area", "A. One", "Tim Moss", "Ev", "G", "A"])
                .row(&["", "B. Two", "Tim Moss", "Ev", "G", "G/A"]),
            Sheet::priority(7)
                .stated("G/A")
                .row(&["[7] Area", "A. One", "Tim Moss", "Ev", "A", "G"])
                .row(&["", "B. Two", "Tim Moss", "Ev", "A", "G/A"]),
        ]);
        assert_eq!(places(&findings, "RAG008"), ["H2"]);
        let f = findings.iter().find(|f| f.rule.code == "RAG008").unwrap();
        assert_eq!(f.sheet, Some(0));
        assert!(
            f.message.contains("together make it `A` for Jan-20"),
            "{}",
            f.message
        );
    }
}
