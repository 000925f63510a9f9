//! XREF004 measure-undefined

use std::collections::HashSet;

use super::measures;
use crate::check::{Context, Family, Finding, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "XREF004",
    name: "measure-undefined",
    family: Family::Xref,
    severity: Severity::Warning,
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
