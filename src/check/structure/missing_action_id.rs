//! STR005 missing-action-id

use crate::check::{Context, Family, Finding, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "STR005",
    name: "missing-action-id",
    family: Family::Structure,
    severity: Severity::Warning,
    corrected_by_build: false,
    summary: "An action with no letter (A., B., …) to cite it by",
    explanation: r#"## What it does
Reports an action of a monitoring report whose text does not start with its letter (`A.`, `B)`, `(c)`),
or a row that has a lead or statuses but no action text at all. The Written Statement of Action's bulleted
actions are numbered by ragplan, and the implementation plan's actions are cited by their reference, so
this rule does not look at those kinds of plan.

## Why it matters to an officer
Other priorities and the IPG cite actions by letter (`SEE 1.1 E`). An action without one cannot be cited,
copied onto another priority's sheet or followed from one term to the next.

## Bad
`Local area continues to explore good practice and national research to influence developments`

## Good
`E. Local area continues to explore good practice and national research to influence developments`
"#,
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for (priority, fa, action) in cx.plan.actions() {
        // Letters are the monitoring report's convention; the WSoA numbers
        // its bullets itself and the implementation plan cites references.
        if action.id.is_some() || priority.layout != crate::model::Layout::MonitoringReport {
            continue;
        }
        let next = fa
            .actions
            .iter()
            .filter_map(|a| a.id.as_deref())
            .filter_map(|id| id.chars().next())
            .max();
        let suggestion = next
            .and_then(|c| char::from_u32(c as u32 + 1))
            .filter(char::is_ascii_uppercase)
            .unwrap_or('A');
        let finding = if action.text.is_empty() {
            Finding::on(
                &RULE,
                &action.text,
                "this row has a lead or statuses but no action",
            )
            .help("write the action, starting with its letter, or delete the row")
        } else {
            let start: String = action.text.value.chars().take(40).collect();
            Finding::on(
                &RULE,
                &action.text,
                "this action has no letter to cite it by",
            )
            .help(format!(
                "start it with its letter, e.g. `{suggestion}. {start}…`"
            ))
        };
        out.push(finding.field("Actions"));
    }
}

#[cfg(test)]
mod tests {
    use crate::check::fixture::{Sheet, check_sheets, places};

    #[test]
    fn action_without_a_letter() {
        let findings = check_sheets(vec![
            Sheet::priority(1)
                .row(&["1.1 Area", "A. One", "Tim Moss", "Ev", "G", "G"])
                .row(&[
                    "",
                    "Local area continues to explore good practice",
                    "Tim Moss",
                    "Ev",
                    "A",
                    "G",
                ]),
        ]);
        assert_eq!(places(&findings, "STR005"), ["B6"]);
        let f = findings.iter().find(|f| f.rule.code == "STR005").unwrap();
        assert!(
            f.help
                .as_deref()
                .unwrap()
                .starts_with("start it with its letter, e.g. `B. Local area")
        );
    }
}
