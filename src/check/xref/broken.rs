//! XREF001 xref-broken

use super::Resolution;
use crate::check::{Context, Family, Finding, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "XREF001",
    name: "xref-broken",
    family: Family::Xref,
    severity: Severity::Error,
    corrected_by_build: false,
    summary: "A reference (SEE 6H, see WS2.8, a copied action under Ref - 1.2) to an action that does not exist",
    explanation: r#"## What it does
Resolves every action reference against every workbook given, in the plan's own way of numbering
actions: `SEE 6H` (Priority 6, action H), `SEE 3.1 C` (focus area 3.1, action C), `See [4b/d]` (4B and
4D), `See [4a above]`, `see WS2.8`, `Dependent on AoW2.5`, `linked to 2.05`, `action 4.4`, `see 3d`, `see
1.1.1`, `see D14`, and the focus areas Priority 2's sheet copies from other priorities (`Ref - 1.2` with
action C is a copy of Priority 1's 1.2 C). When the priority, work stream or focus area it names is
among the files given (on the same sheet or in another workbook) and has no such action, the reference
is broken. A reference counts only when it is shaped like the plan's own ids, so prose that merely
contains "see" (`See SEND Strategy`, `(See PR 7 Position Statement)`, `See 2.3 for details` in a plan
whose actions are lettered) is not one. A reference to an area that was not given is `xref-unresolved`
instead.

## Why it matters to an officer
"SEE 6H" is the whole update for some actions: if 6H was renumbered or deleted, the IPG is sent to
nothing.

## Bad
`SEE 6H` when Priority 6's actions run A to G; `see WS3.9` when work stream 3 runs WS3.1 to WS3.4.

## Good
`SEE 6G`, `see WS3.4` — the action the update really lives in.
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
        for (i, key) in reference.keys.iter().enumerate() {
            if let Resolution::Missing = index.resolve_key(key, from) {
                let area = super::area_name(index, cx.plan, key, from);
                let label = reference.label(i);
                out.push(
                    Finding::on(
                        &RULE,
                        text,
                        format!(
                            "`{}` refers to {label}, which {area} does not have",
                            reference.written
                        ),
                    )
                    .field(*field)
                    .value(reference.written.clone())
                    .help(format!(
                        "check the reference: {area} is among the files given, but has no action {label}"
                    )),
                );
            }
        }
    }
    for m in &refs.mirrors {
        if let Resolution::Missing = index.resolve(&m.target, m.priority) {
            out.push(
                Finding::on(
                    &RULE,
                    &m.action.text,
                    format!(
                        "this row is a copy of {}, which Priority {} does not have",
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
