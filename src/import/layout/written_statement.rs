//! The Written Statement of Action layout (seed 002): priorities as section
//! rows (`Priority 3` and its problem statement, `Milestone` and its text)
//! between tables of `Focus Area | Actions | Lead | Evidence | Date |
//! Progress`; several actions as bullets inside one cell (`•`, `<li>`, line
//! breaks), each its own action; one Progress column, a review not yet done
//! when blank.

use super::{TableHead, TableLayout};
use crate::import::grid::Sheet;
use crate::import::header::Column;
use crate::model::Layout;

pub struct WrittenStatement;

impl TableLayout for WrittenStatement {
    fn layout(&self) -> Layout {
        Layout::WrittenStatement
    }

    /// A focus-area column and a target date, and one status column.
    fn recognises(&self, table: &TableHead<'_>, _sheet: &Sheet) -> bool {
        table.has(Column::Timeframe)
            && table.has(Column::FocusArea)
            && !table.has(Column::PriorityNumber)
            && !table.has_periods
    }

    fn split_actions(&self, cleaned: &str, raw: &str) -> Option<Vec<String>> {
        Some(split_actions(cleaned, raw))
    }
}

/// The actions of one Actions cell. `clean` has already turned bullets,
/// `<li>` and `<p>` into line breaks; a `<ul>` list whose items lost their
/// markers in an export is split at sentence ends instead.
pub fn split_actions(cleaned: &str, raw: &str) -> Vec<String> {
    let items: Vec<String> = cleaned
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect();
    let is_list = raw.contains("<ul") || raw.contains("<ol") || raw.contains("<li");
    if items.len() == 1 && is_list {
        return split_sentences(&items[0]);
    }
    items
}

/// `One thing. Another thing.` → two items; a full stop followed by a
/// capital letter ends an item, except after a one-letter initial.
fn split_sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        current.push(*c);
        let ends = *c == '.'
            && chars.get(i + 1) == Some(&' ')
            && chars.get(i + 2).is_some_and(|n| n.is_uppercase())
            && current
                .trim_end_matches('.')
                .split_whitespace()
                .last()
                .is_some_and(|w| w.chars().count() > 1);
        if ends {
            out.push(current.trim().to_string());
            current.clear();
        }
    }
    if !current.trim().is_empty() {
        out.push(current.trim().to_string());
    }
    out
}

/// `A`, `B`, … `Z`, `AA`: ids given to bulleted actions within a focus area.
pub fn assigned_id(index: usize) -> String {
    crate::model::CellRef::column_name(index as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::text::clean;

    #[test]
    fn bullets_list_items_and_sentences() {
        let raw = r#"<ul style="list-style-type: none"> • Coproduce a SEND Strategy • Coproduce a Special Schools Strategy • Develop protocols </ul>"#;
        assert_eq!(
            split_actions(&clean(raw), raw),
            [
                "Coproduce a SEND Strategy",
                "Coproduce a Special Schools Strategy",
                "Develop protocols"
            ]
        );
        let raw = r#"<ul style="list-style-type: none"> Explore how the ICP includes SEND. Transparent Graduate Response. Embed the NASEN standards. </ul>"#;
        assert_eq!(split_actions(&clean(raw), raw).len(), 3);
        let raw = "One action without a list";
        assert_eq!(split_actions(raw, raw), ["One action without a list"]);
        assert_eq!(
            split_sentences("Ask J. Smith. Then act."),
            ["Ask J. Smith.", "Then act."]
        );
        assert_eq!(assigned_id(0), "A");
        assert_eq!(assigned_id(26), "AA");
    }
}
