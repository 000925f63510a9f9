//! STR009 period-unrecognised

use crate::check::{Context, Family, Finding, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "STR009",
    name: "period-unrecognised",
    family: Family::Structure,
    severity: Severity::Info,
    corrected_by_build: false,
    summary: "A period header ragplan cannot read as a month, quarter, term or review point (kept as a label)",
    explanation: r#"## What it does
Notes a period column whose header is not a month ragplan can read (`Term 1`, `Spring`, `Q3`): the column
is kept under its label, in column order, but cannot be placed in time against other workbooks' periods.
Labels listed under `[periods] order` in ragplan.toml are known and not noted. Months as date cells or
as text (`Dec-19`, `Dec 2019`, `December 2019`, `12/2019`) are read.

## Why it matters to an officer
Two workbooks that call the same term `Spring` and `Apr-22` will not line up in the master or in `diff`.

## Bad
`Spring`

## Good
`Apr-22`, or `order = ["Autumn", "Spring", "Summer"]` under `[periods]` in ragplan.toml.
"#,
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for priority in &cx.plan.priorities {
        if !priority.has_periods() {
            continue;
        }
        let mut seen = std::collections::HashSet::new();
        for period in &priority.periods {
            let known = cx
                .period_order
                .iter()
                .any(|o| o.trim().eq_ignore_ascii_case(period.label.trim()));
            if period.when.is_none()
                && !period.review_column
                && !known
                && seen.insert(period.source)
            {
                out.push(
                    Finding::at(&RULE, period.source, format!("`{}` is not a month, quarter, term or review point ragplan can read; it is kept as a label", period.label))
                        .field("Period")
                        .value(period.label.clone())
                        .help("write the month (`Apr-22`), or list the label under [periods] order in ragplan.toml"),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::fixture::{Sheet, check_sheets, places};

    #[test]
    fn terms_that_are_not_months() {
        let mut sheet = Sheet::priority(1).row(&["1.1 Area", "A. One", "Tim Moss", "Ev", "A", "G"]);
        sheet.periods = vec!["Autumn".into(), "Jan-20".into()];
        let findings = check_sheets(vec![sheet]);
        assert_eq!(places(&findings, "STR009"), ["E4"]);
    }
}
