//! STR004 duplicate-action-id

use std::collections::HashMap;

use crate::check::{Context, Family, Finding, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "STR004",
    name: "duplicate-action-id",
    family: Family::Structure,
    severity: Severity::Error,
    corrected_by_build: false,
    summary: "Two actions of one focus area have the same letter",
    explanation: r#"## What it does
Reports an action whose letter (`C.` in `C. Co-produce …`) is already used by an earlier action of the
same focus area.

## Why it matters to an officer
Actions are cited by letter across the plan (`SEE 6H`, `Ref - 1.2` C). Two actions called 1.2 C make every
such reference ambiguous, and the master cannot tell them apart from one term to the next.

## Bad
Focus area 1.2 with `C. Co-produce a SEND Strategy` and, three rows down, `C. Roll out the Strategy`.

## Good
`C. Co-produce a SEND Strategy` … `D. Roll out the Strategy`.
"#,
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for priority in &cx.plan.priorities {
        for fa in &priority.focus_areas {
            let mut seen = HashMap::new();
            for action in &fa.actions {
                let Some(id) = &action.id else { continue };
                match seen.get(id) {
                    None => {
                        seen.insert(id.clone(), action);
                    }
                    Some(first) => {
                        let area = fa.reference.as_deref().unwrap_or("this focus area");
                        out.push(
                            Finding::on(
                                &RULE,
                                &action.text,
                                format!(
                                    "action {id} appears twice in {area}; the first is at {}",
                                    cx.place(&first.text)
                                ),
                            )
                            .field("Actions")
                            .help("give each action of a focus area its own letter")
                            .related(first.text.source, format!("first action {id}")),
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
    fn same_letter_twice_in_a_focus_area() {
        let findings = check_sheets(vec![
            Sheet::priority(1)
                .row(&["1.1 Area", "A. One", "Tim Moss", "Ev", "G", "G"])
                .row(&["", "A. Two", "Tim Moss", "Ev", "G", "G"])
                .row(&["1.2 Other", "A. Three", "Tim Moss", "Ev", "G", "G"]),
        ]);
        assert_eq!(places(&findings, "STR004"), ["B6"]);
    }
}
