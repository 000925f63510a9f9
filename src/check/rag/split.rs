//! RAG004 rag-split

use super::describe;
use crate::check::{Context, Family, Finding, Rule, Severity};
use crate::model::{Rag, Reading, VariantKind};

pub static RULE: Rule = Rule {
    code: "RAG004",
    name: "rag-split",
    family: Family::Rag,
    severity: Severity::Warning,
    corrected_by_build: false,
    summary: "An action rated with two statuses at once (G/A)",
    explanation: r#"## What it does
Reports an action's status cell holding a split rating such as `G/A` or `A/R`. The priority's stated
overall status may legitimately be split (a priority with some actions complete and some in progress);
this rule looks only at actions. It also names the usual way of writing a split written another way
(`A/G`, `Green/Amber` is written `G/A`).

## Why it matters to an officer
An action is either completed or it is not. A split hides which, and when the priority's overall status is
worked out from its actions a split never counts as Green, so one `G/A` keeps the whole priority from
reaching Green. If your area uses split ratings on purpose, set `allow_split = true` under `[rag]` in
ragplan.toml.

## Bad
`G/A` under Dec-21 for action 7 G.

## Good
`G` if the action is completed, `A` if work is still in progress.
"#,
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    if cx.config_scheme.allow_split {
        return;
    }
    for cell in cx.status_cells() {
        let (rag, kind) = match *cell.reading {
            Reading::Canonical(rag @ Rag::Split(..)) => (rag, None),
            Reading::Variant {
                rag: rag @ Rag::Split(..),
                kind,
            } => (rag, Some(kind)),
            _ => continue,
        };
        let Rag::Split(better, worse) = rag else {
            continue;
        };
        let id = cell
            .action
            .id
            .as_deref()
            .map_or_else(String::new, |id| format!(" {id}"));
        let mut message = format!(
            "action{id} is rated `{}`, two statuses at once",
            cell.text.raw().trim()
        );
        if kind == Some(VariantKind::SplitForm) {
            message.push_str(&format!(
                " (the split's code is `{}`)",
                cx.scheme_of(cell.priority).write(rag)
            ));
        }
        out.push(
            Finding::on(&RULE, cell.text, message)
                .field(cx.period_label(cell.priority, cell.period))
                .help(format!(
                    "decide: {} or {}",
                    describe(cx.scheme_of(cell.priority), Rag::Single(better)),
                    describe(cx.scheme_of(cell.priority), Rag::Single(worse))
                )),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::check::fixture::{Sheet, check_sheets, places};

    #[test]
    fn splits_in_actions_but_not_the_stated_status() {
        let findings = check_sheets(vec![
            Sheet::priority(7)
                .stated("G/A")
                .row(&["[7] Area", "A. One", "Tim Moss", "Ev", "G/A", "G"])
                .row(&["", "B. Two", "Tim Moss", "Ev", "A", "A/G"]),
        ]);
        assert_eq!(places(&findings, "RAG004"), ["E5", "F6"]);
        let f = findings
            .iter()
            .find(|f| f.cell.unwrap().to_string() == "F6" && f.rule.code == "RAG004")
            .unwrap();
        assert!(
            f.message.contains("the split's code is `G/A`"),
            "{}",
            f.message
        );
        // Each cell is reported once, by this rule only.
        assert!(places(&findings, "RAG002").is_empty());
    }
}
