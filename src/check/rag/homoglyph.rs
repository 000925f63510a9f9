//! RAG003 rag-homoglyph

use crate::check::{Context, Family, Finding, Rule, Severity};
use crate::model::{Reading, Scheme, Text};

pub static RULE: Rule = Rule {
    code: "RAG003",
    name: "rag-homoglyph",
    family: Family::Rag,
    severity: Severity::Error,
    corrected_by_build: true,
    summary: "A status that looks like a code but uses a look-alike character (Cyrillic А)",
    explanation: r#"## What it does
Reports a status cell, or the stated overall status, that looks exactly like a code but contains a
character from another script — a Cyrillic `А` (U+0410), a Greek `Β` — or an invisible character such as a
zero-width space. Each character is compared with the letters it can be mistaken for (Unicode's published
table of look-alike characters), so `Grеen` with a Cyrillic `е` is caught too.

## Why it matters to an officer
Nobody can see the difference, but Excel can: the cell does not match `A` in a filter, a COUNTIF or a
conditional format, so the action silently drops out of the Amber count. Such characters usually arrive
by pasting from another document or keyboard layout.

## Bad
`А` (Cyrillic capital A, U+0410) under Jan-20.

## Good
`A` typed on an English keyboard.
"#,
    check,
};

fn finding(scheme: &Scheme, text: &Text, reading: &Reading) -> Option<Finding> {
    let Reading::Homoglyph { rag, chars } = reading else {
        return None;
    };
    let code = scheme.write(*rag);
    let what: Vec<String> = chars.iter().map(|c| c.describe()).collect();
    Some(
        Finding::on(
            &RULE,
            text,
            format!(
                "`{}` looks like `{code}` but contains {}",
                text.raw().trim(),
                what.join(", ")
            ),
        )
        .help(format!("delete the cell's content and type `{code}`")),
    )
}

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for cell in cx.status_cells() {
        if let Some(f) = finding(cx.scheme_of(cell.priority), cell.text, cell.reading) {
            out.push(f.field(cx.period_label(cell.priority, cell.period)));
        }
    }
    for priority in &cx.plan.priorities {
        let scheme = cx.scheme_of(priority);
        if let Some(stated) = &priority.stated_status
            && !priority.stated_in_words
            && let Some(f) = finding(scheme, stated, &scheme.read(stated.raw()))
        {
            out.push(f.field("Overall status"));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::fixture::{Sheet, check_sheets, places};

    #[test]
    fn cyrillic_a_and_zero_width_space() {
        let findings = check_sheets(vec![
            Sheet::priority(1)
                .row(&["1.1 Area", "A. One", "Tim Moss", "Ev", "A", "\u{0410}"])
                .row(&["", "B. Two", "Tim Moss", "Ev", "G\u{200B}", "A"]),
        ]);
        assert_eq!(places(&findings, "RAG003"), ["F5", "E6"]);
        let f = &findings.iter().find(|f| f.rule.code == "RAG003").unwrap();
        assert_eq!(
            f.message,
            "`\u{0410}` looks like `A` but contains U+0410 (Cyrillic)"
        );
        assert_eq!(f.value.as_deref(), Some("\u{0410}"));
        assert_eq!(f.field.as_deref(), Some("Jan-20"));
    }
}
