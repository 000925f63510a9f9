//! XREF004 measure-undefined

use std::collections::HashSet;

use super::measures;
use crate::check::{Context, Family, Finding, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "XREF004",
    name: "measure-undefined",
    family: Family::Xref,
    severity: Severity::Warning,
    corrected_by_build: false,
    summary: "A success-measure code used but defined nowhere in the plan",
    explanation: r#"## What it does
In an implementation plan, the Success Measures cells define codes by writing them before their text
(`1.F: Provision across the graduated response is mapped…`) and use them by writing the code alone
(`2c`). This rule reports a code that is used but defined nowhere in the files given. Codes are compared
without their dot or case, so `1.F`, `1F` and `1f` are one code.

## Why it matters to an officer
A measure nobody wrote down cannot be measured: whoever reviews the action cannot tell what success
was meant to look like.

## Bad
`2c` in 1.7's Success Measures when no cell defines `2C`.

## Good
`2C Earlier intervention strategies lead to…` somewhere in the plan, or the code removed.
"#,
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let codes = measures::all(cx);
    let defined: HashSet<&str> = codes
        .iter()
        .filter(|(_, c)| c.definition.is_some())
        .map(|(_, c)| c.code.as_str())
        .collect();
    for (text, code) in &codes {
        if code.definition.is_none() && !defined.contains(code.code.as_str()) {
            out.push(
                Finding::on(
                    &RULE,
                    text,
                    format!(
                        "success measure `{}` is used but defined nowhere in the plan",
                        code.written
                    ),
                )
                .field("Success measures")
                .value(code.written.clone())
                .help(format!(
                    "define `{}` (the code followed by what success looks like), or remove it",
                    code.code
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::fixture::{check_implementation_plan, places};

    #[test]
    fn used_but_never_defined() {
        let findings = check_implementation_plan(&[
            [
                "1",
                "1.1",
                "Map provision",
                "TFG",
                "Andy Cooke",
                "",
                "1.F: Provision is mapped.",
                "",
                "April - March",
                "",
            ],
            [
                "",
                "1.2",
                "Guidance",
                "TFG",
                "Andy Cooke",
                "",
                "2c 1f 1.E Schools are judged good.",
                "",
                "April - March",
                "",
            ],
            [
                "",
                "1.3",
                "Panel",
                "TFG",
                "Andy Cooke",
                "",
                "2C Earlier intervention.",
                "",
                "April - March",
                "",
            ],
            [
                "",
                "1.4",
                "Review",
                "TFG",
                "Andy Cooke",
                "",
                "3x",
                "",
                "April - March",
                "",
            ],
        ]);
        // 2c is defined as 2C in 1.3; 1f is 1.F; only 3x is undefined.
        assert_eq!(places(&findings, "XREF004"), ["G5"]);
    }
}
