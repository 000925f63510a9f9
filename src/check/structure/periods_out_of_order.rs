//! STR008 periods-out-of-order

use crate::check::{Context, Family, Finding, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "STR008",
    name: "periods-out-of-order",
    family: Family::Structure,
    severity: Severity::Warning,
    corrected_by_build: false,
    summary: "Period columns not in time order (Apr-21 before Jan-20)",
    explanation: r#"## What it does
Reads when each of a priority's period columns is — months (`Dec-19 Jan-20 Apr-21 Dec-21`), quarters
(`Q1 2022/23`), terms (`Autumn 2022`), review points (`3 months`) — in the order the columns stand, and
reports a column that comes before the one to its left.

## Why it matters to an officer
Everyone reads the rightmost status as the latest. A column pasted in the wrong place makes last term's
status look like this term's — and ragplan's overall statuses, trend and `rag-regression` follow the
months, not the columns, so the sheet and the report would disagree.

## Bad
`Dec-19 | Apr-21 | Jan-20 | Dec-21`

## Good
`Dec-19 | Jan-20 | Apr-21 | Dec-21`
"#,
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for priority in &cx.plan.priorities {
        // Months, quarters, terms and review points, where the columns say when.
        let mut months: Vec<(u32, &crate::model::Period)> = priority
            .periods
            .iter()
            .filter(|p| p.when.is_some() && p.source.sheet == priority.source.sheet)
            .map(|p| (p.source.cell.col, p))
            .collect();
        months.sort_by_key(|(col, _)| *col);
        let key = |p: &crate::model::Period| p.when.map(|w| w.sort_key());
        for pair in months.windows(2) {
            let (before, after) = (pair[0].1, pair[1].1);
            if key(after) < key(before) {
                out.push(
                    Finding::at(
                        &RULE,
                        after.source,
                        format!(
                            "{} stands after {} but comes before it",
                            after.label, before.label
                        ),
                    )
                    .field("Period")
                    .value(after.label.clone())
                    .help("move the period columns into time order, oldest on the left"),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::fixture::{Sheet, check_sheets, places};

    #[test]
    fn a_column_out_of_place() {
        let mut sheet =
            Sheet::priority(1).row(&["1.1 Area", "A. One", "Tim Moss", "Ev", "A", "G", "G"]);
        sheet.periods = vec!["Dec-19".into(), "Apr-21".into(), "Jan-20".into()];
        let findings = check_sheets(vec![sheet]);
        assert_eq!(places(&findings, "STR008"), ["G4"]);
        let ok = check_sheets(vec![
            Sheet::priority(1).row(&["1.1 Area", "A. One", "Tim Moss", "Ev", "A", "G"]),
        ]);
        assert!(places(&ok, "STR008").is_empty());
    }
}
