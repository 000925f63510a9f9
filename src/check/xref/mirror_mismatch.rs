//! XREF003 mirror-mismatch

use std::collections::BTreeSet;

use super::Resolution;
use crate::check::{Context, Family, Finding, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "XREF003",
    name: "mirror-mismatch",
    family: Family::Xref,
    severity: Severity::Warning,
    corrected_by_build: false,
    summary: "An action copied from another priority whose lead or status differs from the original",
    explanation: r#"## What it does
Priority 2's sheet repeats actions owned by other priorities (the rule's name calls such a copy a mirror):
`Ref - 1.2` with `C. Co-produce a SEND Strategy …` is a copy of Priority 1's 1.2 C. When the workbook of
the priority owning the original is among the files given, this rule compares the copy with the original:
the lead (person by person; spacing and order do not matter, so `Tim Moss/ Lynn Tolley` matches `Tim
Moss/Lynn Tolley`) and the status of every period both sheets have.

## Why it matters to an officer
A copy is the same action reported twice. If the two copies disagree, one of them is out of date, and
the IPG gets two answers to one question.

## Bad
Priority 2's `Ref -1.2` C led by `SCM SEND` while Priority 1's 1.2 C is led by `Tim Moss/Lynn Tolley`.

## Good
The same lead and the same statuses in both places (copy them from the owning priority's sheet).
"#,
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let refs = cx.references();
    let index = &refs.index;
    for m in &refs.mirrors {
        let Resolution::Found(source_priority, source) = index.resolve(&m.target, m.priority)
        else {
            continue;
        };
        let label = m.target.label();
        if let (Some(lead), Some(source_lead)) = (&m.action.lead, &source.lead) {
            let keys = |names: &[String]| {
                names
                    .iter()
                    .map(|n| cx.roster.key(n))
                    .collect::<BTreeSet<_>>()
            };
            if !m.action.leads.is_empty()
                && !source.leads.is_empty()
                && keys(&m.action.leads) != keys(&source.leads)
            {
                out.push(
                    Finding::on(
                        &RULE,
                        lead,
                        format!(
                            "{label} is a copy of the action at {}: its lead here is `{}`, there `{}`",
                            cx.place(source_lead),
                            lead.value,
                            source_lead.value
                        ),
                    )
                    .field("Lead")
                    .help(format!(
                        "write `{}` as {} does, or correct the source",
                        source_lead.value,
                        source_priority.name(cx.plan)
                    ))
                    .related(source_lead.source, "source lead"),
                );
            }
        }
        for (i, text) in m.action.statuses.iter().enumerate() {
            let Some(period) = m.priority.periods.get(i) else {
                continue;
            };
            let Some(j) = source_priority
                .periods
                .iter()
                .position(|p| p.same_term(period))
            else {
                continue;
            };
            let Some(source_text) = source.statuses.get(j) else {
                continue;
            };
            let (Some(mine), Some(theirs)) = (
                cx.scheme_of(m.priority).read_cell(text).rag(),
                cx.scheme_of(source_priority).read_cell(source_text).rag(),
            ) else {
                continue;
            };
            if mine != theirs {
                out.push(
                    Finding::on(
                        &RULE,
                        text,
                        format!(
                            "{label} is a copy of the action at {}: its {} status here is `{}`, there `{}`",
                            cx.place(source_text),
                            period.label,
                            cx.scheme_of(m.priority).write(mine),
                            cx.scheme_of(m.priority).write(theirs)
                        ),
                    )
                    .field(period.label.clone())
                    .help(format!(
                        "write `{}` as {} does, or correct the source",
                        cx.scheme_of(m.priority).write(theirs),
                        source_priority.name(cx.plan)
                    ))
                    .related(source_text.source, "source status"),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::fixture::{Sheet, check_sheets, places};

    #[test]
    fn mirrored_lead_and_status_against_source() {
        let findings = check_sheets(vec![
            Sheet::priority(1)
                .row(&[
                    "1.1 Roles",
                    "A. One",
                    "Tim Moss/Lynn Tolley",
                    "Ev",
                    "G",
                    "G",
                ])
                .row(&[
                    "1.2 Vision",
                    "C. Strategy",
                    "Tim Moss/Lynn Tolley",
                    "Ev",
                    "A",
                    "G",
                ]),
            Sheet::priority(2)
                .row(&[
                    "Ref - 1.1 Roles",
                    "A. One",
                    "Lynn Tolley/ Tim Moss",
                    "Ev",
                    "G",
                    "G",
                ])
                .row(&["Ref -1.2 Vision", "C. Strategy", "SCM SEND", "Ev", "A", "A"]),
        ]);
        assert_eq!(places(&findings, "XREF003"), ["C6", "F6"]);
        let lead = findings.iter().find(|f| f.rule.code == "XREF003").unwrap();
        assert_eq!(lead.sheet, Some(1));
        assert!(lead.message.contains("'Priority 1'!C6"), "{}", lead.message);
    }
}
