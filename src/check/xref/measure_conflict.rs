//! XREF005 measure-conflict

use std::collections::HashMap;

use super::measures;
use crate::check::{Context, Family, Finding, Rule, Severity};
use crate::model::same_definition;

pub static RULE: Rule = Rule {
    code: "XREF005",
    name: "measure-conflict",
    family: Family::Xref,
    severity: Severity::Warning,
    corrected_by_build: false,
    summary: "One success-measure code defined with two different texts",
    explanation: r#"## What it does
Compares every definition of each success-measure code in an implementation plan and reports a
definition that says something different from the first one. Case, spacing and final punctuation do not
count, and a definition that only adds a note to the first (`… mainstream schools. (increased confidence
in strategic oversight of SEND)`) agrees with it.

## Why it matters to an officer
`1.G` is meant to be one measure across the plan. Two texts for it mean two actions are judged against
different targets while their reports say they share one.

## Bad
`1.G: Parents express an improved level of confidence…` in 1.1 and `1.G Every school is graded Good` in 1.6.

## Good
The same text for `1.G` wherever it is used, or a new code for the new measure.
"#,
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let mut first: HashMap<String, (&crate::model::Text, String)> = HashMap::new();
    for (text, code) in measures::all(cx) {
        let Some(definition) = &code.definition else {
            continue;
        };
        match first.get(&code.code) {
            None => {
                first.insert(code.code.clone(), (text, definition.clone()));
            }
            Some((at, earlier)) if !same_definition(earlier, definition) => {
                let short = |s: &str| {
                    let head: String = s.chars().take(60).collect();
                    if s.chars().count() > 60 {
                        format!("{head}…")
                    } else {
                        head
                    }
                };
                out.push(
                    Finding::on(
                        &RULE,
                        text,
                        format!(
                            "`{}` is defined as “{}” here but as “{}” at {}",
                            code.written,
                            short(definition),
                            short(earlier),
                            cx.place(at)
                        ),
                    )
                    .field("Success measures")
                    .value(code.written.clone())
                    .help(format!(
                        "use one text for `{}` everywhere, or give the new measure its own code",
                        code.code
                    ))
                    .related(at.source, "first definition"),
                );
            }
            Some(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::fixture::{check_implementation_plan, places};

    #[test]
    fn one_code_two_texts() {
        let findings = check_implementation_plan(&[
            [
                "1",
                "1.1",
                "A",
                "TFG",
                "Andy Cooke",
                "",
                "1.G: Parents express confidence.",
                "",
                "April - March",
                "",
            ],
            [
                "",
                "1.2",
                "B",
                "TFG",
                "Andy Cooke",
                "",
                "1.G Parents express confidence. (increased confidence in oversight)",
                "",
                "April - March",
                "",
            ],
            [
                "",
                "1.3",
                "C",
                "TFG",
                "Andy Cooke",
                "",
                "1G parents  express confidence",
                "",
                "April - March",
                "",
            ],
            [
                "",
                "1.4",
                "D",
                "TFG",
                "Andy Cooke",
                "",
                "1.G Every school is graded Good.",
                "",
                "April - March",
                "",
            ],
        ]);
        assert_eq!(places(&findings, "XREF005"), ["G5"]);
    }
}
