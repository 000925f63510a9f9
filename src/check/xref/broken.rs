//! XREF001 xref-broken

use super::Resolution;
use crate::check::{Context, Family, Finding, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "XREF001",
    name: "xref-broken",
    family: Family::Xref,
    severity: Severity::Error,
    summary: "A reference (SEE 6H, a mirrored Ref - 1.2 C) to an action that does not exist",
    explanation: r#"## What it does
Resolves every action reference against every workbook given: `SEE 6H` (Priority 6, action H), `SEE 3.1 C`
(Priority 3, focus area 3.1, action C), `See [4b/d]` (4B and 4D), `See [4a above]`, and the mirrored focus
areas of Priority 2's sheet (`Ref - 1.2` with action C is Priority 1's 1.2 C). When the priority is loaded
and has no such action, the reference is broken. Prose that merely contains "see" (`See SEND Strategy`,
`(See PR 7 Position Statement)`) is not a reference. A reference to a priority that was not given is
`xref-unresolved` instead.

## Why it matters to an officer
"SEE 6H" is the whole update for some actions: if 6H was renumbered or deleted, the IPG is sent to
nothing.

## Bad
`SEE 6H` when Priority 6's actions run A to G.

## Good
`SEE 6G` — the action the update really lives in.
"#,
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let refs = cx.references();
    let index = &refs.index;
    for super::SeeAt {
        from,
        text,
        field,
        reference,
    } in &refs.see
    {
        for target in &reference.targets {
            if let Resolution::Missing = index.resolve(target, from.layout) {
                out.push(
                    Finding::on(
                        &RULE,
                        text,
                        format!(
                            "`{}` refers to {}, which Priority {} does not have",
                            reference.written,
                            target.label(),
                            target.priority
                        ),
                    )
                    .field(*field)
                    .value(reference.written.clone())
                    .help(format!(
                        "check the reference: Priority {} is loaded, but has no action {}",
                        target.priority,
                        target.label()
                    )),
                );
            }
        }
    }
    for m in &refs.mirrors {
        if let Resolution::Missing = index.resolve(&m.target, m.priority.layout) {
            out.push(
                Finding::on(
                    &RULE,
                    &m.action.text,
                    format!(
                        "this row mirrors {}, which Priority {} does not have",
                        m.target.label(),
                        m.target.priority
                    ),
                )
                .field("Actions")
                .help(format!(
                    "check the focus area reference `{}` and the action's letter",
                    m.focus_area.reference.as_deref().unwrap_or("")
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::fixture::{Sheet, check_sheets, places};

    #[test]
    fn references_to_missing_actions_of_loaded_priorities() {
        let findings = check_sheets(vec![
            Sheet::priority(6)
                .row(&["6.1 Area", "A. One", "Tim Moss", "Ev", "G", "G"])
                .row(&["", "B. Two", "Tim Moss", "Ev", "G", "G"]),
            Sheet::priority(7)
                .row(&["[7] Area", "A. One", "Tim Moss", "Ev", "G", "G", "SEE 6H"])
                .row(&["", "B. Two", "Tim Moss", "Ev", "G", "G", "SEE 6B"])
                .row(&[
                    "",
                    "C. Three",
                    "Tim Moss",
                    "Ev",
                    "G",
                    "G",
                    "See SEND Strategy",
                ]),
            Sheet::priority(2).row(&["Ref - 6.1 Area", "C. Mirror", "Tim Moss", "Ev", "G", "G"]),
        ]);
        assert_eq!(places(&findings, "XREF001"), ["G5", "B5"]);
        assert_eq!(
            findings
                .iter()
                .filter(|f| f.rule.code == "XREF001")
                .map(|f| f.sheet.unwrap())
                .collect::<Vec<_>>(),
            [1, 2]
        );
    }

    #[test]
    fn actions_of_a_focus_area_without_a_reference_resolve() {
        // A focus area with no `6.1` of its own still holds actions that
        // `SEE 6A` can name, as long as the letter is unique in the priority.
        let findings = check_sheets(vec![
            Sheet::priority(6)
                .row(&["Joint working", "A. One", "Tim Moss", "Ev", "G", "G"])
                .row(&["", "B. Two", "Tim Moss", "Ev", "G", "G"]),
            Sheet::priority(7)
                .row(&["[7] Area", "A. One", "Tim Moss", "Ev", "G", "G", "SEE 6A"])
                .row(&["", "B. Two", "Tim Moss", "Ev", "G", "G", "SEE 6C"]),
        ]);
        assert_eq!(places(&findings, "XREF001"), ["G6"]);
    }
}
