//! LEAD001 missing-lead

use crate::check::{Context, Family, Finding, Rule, Severity};
use crate::model::is_missing_lead;

pub static RULE: Rule = Rule {
    code: "LEAD001",
    name: "missing-lead",
    family: Family::Lead,
    severity: Severity::Error,
    corrected_by_build: false,
    summary: "An action whose Lead cell is empty or says N/A, TBC, ? or -",
    explanation: r#"## What it does
Reports an action whose Lead cell names nobody: empty, `N/A`, `TBC`, `TBA`, `?`, `-`, `none`. Only the
Lead column is read: `N/A` in an evidence or notes cell is not a missing lead. A role (`Head of SEND`,
`SCM SEND`) is a lead. A lead cell shared by several actions (merged down, or one cell for the Written
Statement of Action's bulleted actions) is reported once, naming every action that lacks a lead.

## Why it matters to an officer
The inspectors' first question about an action is who owns it. An action without a lead is an action
nobody is reporting on, and the IPG will ask.

## Bad
`B. Undertake a SEND consultation …` with Lead `N/A`.

## Good
`B. Undertake a SEND consultation …` with Lead `Tim Moss` (or a role: `Head of SEND`).
"#,
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    // Per action: a lead cell shared by several actions (merged down, or one
    // cell for a WSoA row's bullets) gives one finding per action here, made
    // one naming them all after the rules run (`check::one_per_cell`).
    for (_, _, action) in cx.plan.actions() {
        let Some(lead) = &action.lead else { continue };
        if !is_missing_lead(&lead.value) {
            continue;
        }
        let who = match &action.id {
            Some(id) if !action.id_assigned => format!("action {id}"),
            _ => {
                let start: String = action.text.value.chars().take(40).collect();
                let more = if action.text.value.chars().count() > 40 {
                    "…"
                } else {
                    ""
                };
                format!("action `{start}{more}`")
            }
        };
        let message = if lead.is_empty() {
            format!("{who} has no lead")
        } else {
            format!("{who} has no lead: `{}` names nobody", lead.value.trim())
        };
        out.push(
            Finding::on(&RULE, lead, message)
                .field("Lead")
                .help("write the person or role who is accountable (a name, or a role such as `Head of SEND`)"),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::check::fixture::{Sheet, check_sheets, places};

    #[test]
    fn placeholder_and_empty_leads_but_not_elsewhere() {
        let findings = check_sheets(vec![
            Sheet::priority(1)
                .row(&["1.1 Area", "A. One", "N/A", "N/A", "G", "G", "N/A"])
                .row(&["", "B. Two", "", "Ev", "G", "G"])
                .row(&["", "C. Three", "TBC", "Ev", "G", "G"])
                .row(&["", "D. Four", "Head of SEND", "Ev", "G", "G"]),
        ]);
        assert_eq!(places(&findings, "LEAD001"), ["C5", "C6", "C7"]);
    }
}
