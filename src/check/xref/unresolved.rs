//! XREF002 xref-unresolved

use std::collections::BTreeSet;

use super::Resolution;
use crate::check::{Context, Family, Finding, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "XREF002",
    name: "xref-unresolved",
    family: Family::Xref,
    severity: Severity::Info,
    corrected_by_build: false,
    summary: "A reference to a priority or work stream that is not among the files given (give its workbook too to check it)",
    explanation: r#"## What it does
Notes a reference (`SEE 6H`, `See [4b/d]`) or a focus area copied from another priority (`Ref - 3.1` on
Priority 2's sheet) that points at a priority none of the given files holds, once per cell. It is
information, not a fault: give ragplan that priority's workbook too (`ragplan check plans/`) and the
reference is checked.

## Why it matters to an officer
Checking one priority on its own cannot tell whether `SEE 6H` leads anywhere. This says which references
went unchecked, so nobody assumes they were.

## Bad
`ragplan check priority-7.xlsx` — Priority 7 refers to 6H, 6I, 3.1 C and 4D.

## Good
`ragplan check priority-3.xlsx priority-4.xlsx priority-6.xlsx priority-7.xlsx`.
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
        let missing: BTreeSet<String> = reference
            .keys
            .iter()
            .filter(|k| matches!(index.resolve_key(k, from), Resolution::NotLoaded))
            .map(|k| super::area_name(index, cx.plan, k, from))
            .collect();
        if missing.is_empty() {
            continue;
        }
        let labels: Vec<String> = (0..reference.keys.len())
            .map(|i| reference.label(i))
            .collect();
        let priorities: Vec<String> = missing.into_iter().collect();
        out.push(
            Finding::on(
                &RULE,
                text,
                format!(
                    "`{}` refers to {} in {}, whose workbook was not given",
                    reference.written,
                    labels.join(" and "),
                    priorities.join(", ")
                ),
            )
            .field(*field)
            .value(reference.written.clone())
            .help(format!(
                "check it together with the workbook of {}",
                priorities.join(", ")
            )),
        );
    }
    // Mirrored focus areas: once per focus area, at its cell.
    let mut seen = BTreeSet::new();
    for m in &refs.mirrors {
        if !matches!(index.resolve(&m.target, m.priority), Resolution::NotLoaded)
            || !seen.insert(m.focus_area.title.source)
        {
            continue;
        }
        let reference = m.focus_area.reference.as_deref().unwrap_or_default();
        out.push(
            Finding::on(
                &RULE,
                &m.focus_area.title,
                format!("focus area `{reference}` copies actions of Priority {}, whose workbook was not given; their leads and statuses were not compared with the originals", m.target.priority),
            )
            .field("Focus area")
            .value(format!("Ref - {reference}"))
            .help(format!("check it together with the workbook of Priority {}", m.target.priority)),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::check::fixture::{Sheet, check_sheets, places};

    #[test]
    fn references_to_priorities_not_loaded() {
        let findings = check_sheets(vec![
            Sheet::priority(7)
                .row(&["[7] Area", "A. One", "Tim Moss", "Ev", "G", "G", "SEE 6H"])
                .row(&[
                    "",
                    "B. Two",
                    "Tim Moss",
                    "Ev",
                    "G",
                    "G",
                    "Feb 2021: See [4b/d] Apr 2021: done",
                ])
                .row(&[
                    "",
                    "C. Three",
                    "Tim Moss",
                    "Ev",
                    "G",
                    "G",
                    "(See PR 7 Position Statement)",
                ]),
            Sheet::priority(2)
                .row(&[
                    "Ref - 3.1 Co-production",
                    "F. Mirror",
                    "Tim Moss",
                    "Ev",
                    "G",
                    "G",
                ])
                .row(&["", "G. Mirror", "Tim Moss", "Ev", "G", "G"]),
        ]);
        assert_eq!(places(&findings, "XREF002"), ["G5", "G6", "A5"]);
        let f = findings
            .iter()
            .find(|f| f.rule.code == "XREF002" && f.cell.unwrap().to_string() == "G6")
            .unwrap();
        assert_eq!(f.value.as_deref(), Some("See [4b/d]"));
        assert!(
            f.message.contains("4B and 4D in Priority 4"),
            "{}",
            f.message
        );
    }
}
