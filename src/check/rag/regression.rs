//! RAG007 rag-regression

use crate::check::{Context, Family, Finding, Rule, Severity};
use crate::model::Rag;

pub static RULE: Rule = Rule {
    code: "RAG007",
    name: "rag-regression",
    family: Family::Rag,
    severity: Severity::Warning,
    corrected_by_build: false,
    summary: "An action's status went backwards between periods (G → A)",
    explanation: r#"## What it does
Compares each status of an action with its previous status and reports a step backwards. Statuses are
ordered by how far along the work is: Red, Grey (not started), Amber, Green, Blue, with a split between
its halves (`G/A` is below `G` and above `A`). Grey → Amber is progress, not a step back.

## Why it matters to an officer
A completed action reopened, or an on-track action now at risk, is exactly what the IPG needs to hear
about — and exactly what is easy to miss in a row of letters. It may be right; it should be explained in
the update notes.

## Bad
`G` in Apr-21, `G/A` in Dec-21, with no note saying why.

## Good
Either the earlier status was wrong and is corrected, or the update notes say what changed.
"#,
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for (priority, _, action, readings) in cx.actions_read() {
        let mut previous: Option<(Rag, usize)> = None;
        for (i, (text, reading)) in action.statuses.iter().zip(readings).enumerate() {
            let Some(rag) = reading.rag() else {
                continue;
            };
            if let Some((before, j)) = previous
                && rag.score() < before.score()
            {
                let id = action
                    .id
                    .as_deref()
                    .map_or_else(String::new, |id| format!(" {id}"));
                out.push(
                    Finding::on(
                        &RULE,
                        text,
                        format!(
                            "action{id} went from `{}` ({}) to `{}` ({})",
                            cx.scheme_of(priority).write(before),
                            cx.period_label(priority, j),
                            cx.scheme_of(priority).write(rag),
                            cx.period_label(priority, i)
                        ),
                    )
                    .field(cx.period_label(priority, i))
                    .help(
                        "if this is right, say why in the update notes; if not, correct the status",
                    )
                    .related(action.statuses[j].source, "previous status"),
                );
            }
            previous = Some((rag, i));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::fixture::{Sheet, check_sheets, places};

    #[test]
    fn steps_backwards_only() {
        let mut sheet = Sheet::priority(1)
            .row(&["1.1 Area", "A. One", "Tim Moss", "Ev", "G", "G", "G/A"])
            .row(&["", "B. Two", "Tim Moss", "Ev", "Gr", "A", "G"])
            .row(&["", "C. Three", "Tim Moss", "Ev", "G", "", "A"]);
        sheet.periods.push("Apr-21".into());
        let findings = check_sheets(vec![sheet]);
        assert_eq!(places(&findings, "RAG007"), ["G5", "G7"]);
    }
}
