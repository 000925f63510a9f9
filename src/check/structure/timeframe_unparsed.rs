//! STR006 timeframe-unparsed

use crate::check::{Context, Family, Finding, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "STR006",
    name: "timeframe-unparsed",
    family: Family::Structure,
    severity: Severity::Info,
    corrected_by_build: false,
    summary: "A target date or timeframe ragplan could not read as months (kept as text)",
    explanation: r#"## What it does
Reads the Date or Timeframe cell of each action into a start and an end month: `Aug 19`, `Jan 2020`,
`Apr 19- Jul 19`, `April 19 – April 2020`, `From Sept 19`, `Mar 19 onwards`, and months without a year
(`September - December`). A cell in which no part reads as a month (`ASAP`, `Q3`, `Spring term`) is kept
as text and noted here, rather than guessed.

## Why it matters to an officer
A date that cannot be read cannot be checked against the calendar or sorted, and is the one most likely
to slip.

## Bad
`Spring term` as the target date.

## Good
`Apr 22` or `Jan 22 - Mar 22`.
"#,
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let mut seen = std::collections::HashSet::new();
    for (_, _, action) in cx.plan.actions() {
        let Some(tf) = &action.timeframe else {
            continue;
        };
        if tf.is_unread() && seen.insert(tf.text.source) {
            out.push(
                Finding::on(
                    &RULE,
                    &tf.text,
                    format!(
                        "`{}` could not be read as a month or a range of months",
                        tf.text.value.replace('\n', " ")
                    ),
                )
                .field("Timeframe")
                .help("write a month (`Apr 22`) or a range (`Jan 22 - Mar 22`)"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::fixture::{check_implementation_plan, places};

    #[test]
    fn dates_that_are_not_months() {
        let findings = check_implementation_plan(&[
            [
                "1",
                "1.1",
                "A",
                "TFG",
                "Andy Cooke",
                "",
                "",
                "",
                "September - December",
                "",
            ],
            [
                "",
                "1.2",
                "B",
                "TFG",
                "Andy Cooke",
                "",
                "",
                "",
                "From Sept 19",
                "",
            ],
            [
                "",
                "1.3",
                "C",
                "TFG",
                "Andy Cooke",
                "",
                "",
                "",
                "Spring term",
                "",
            ],
            [
                "",
                "1.4",
                "D",
                "TFG",
                "Andy Cooke",
                "",
                "",
                "",
                "Apr 19- Jul 19",
                "",
            ],
            ["", "1.5", "E", "TFG", "Andy Cooke", "", "", "", "ASAP", ""],
        ]);
        assert_eq!(places(&findings, "STR006"), ["I4", "I6"]);
    }
}
