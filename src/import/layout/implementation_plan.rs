//! The implementation plan layout (seed 003): `Priority | Reference |
//! Delivery Objectives | Task and Finish Group | Lead | Group members |
//! Success Measures | Monitoring and Evaluation | Timeframe | Review Impact
//! (RAG)`: a Priority column holding the priority's number on the first row
//! of its block (or a section name such as `Transport`, `Public Health`,
//! `CCG`), a Reference column (`1.1`) that is the action's own id, and
//! success-measure codes (`1.F:`, `2A`) defined in the cells that use them.
//! (The Priority column's reading, [`section`], serves every layout that
//! has one.)

use super::{TableHead, TableLayout};
use crate::import::grid::Sheet;
use crate::import::header::Column;
use crate::model::Layout;

pub struct ImplementationPlan;

impl TableLayout for ImplementationPlan {
    fn layout(&self) -> Layout {
        Layout::ImplementationPlan
    }

    /// A Priority column beside delivery objectives or success measures.
    fn recognises(&self, table: &TableHead<'_>, sheet: &Sheet) -> bool {
        table.has(Column::PriorityNumber)
            && (table
                .header_text(Column::Action, sheet)
                .starts_with("delivery objective")
                || table
                    .header_text(Column::Evidence, sheet)
                    .starts_with("success measure"))
    }
}

/// What a Priority-column cell starts: a numbered priority (its title, when
/// the cell holds words and the number comes from the row's reference), or a
/// named section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Section {
    Numbered { number: u32, title: Option<String> },
    Named(String),
}

/// Reads the Priority cell of a row, with the row's reference (`3.1`) as the
/// fallback for the number.
pub fn section(priority_cell: &str, reference: &str) -> Option<Section> {
    let text = priority_cell.trim();
    if text.is_empty() || is_importance(text) {
        return None;
    }
    if let Ok(n) = text.trim_end_matches('.').parse::<u32>() {
        return Some(Section::Numbered {
            number: n,
            title: None,
        });
    }
    if !text.chars().any(char::is_alphabetic) {
        return None;
    }
    // `1. Co-production`, `2 - Inclusion`, `3) EHC plans`.
    let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
    if let Ok(number) = digits.parse::<u32>() {
        let rest = &text[digits.len()..];
        if rest.starts_with(['.', ' ', '-', '–', ')', ':'])
            && !rest.starts_with(|c: char| {
                c == '.' && rest[1..].starts_with(|d: char| d.is_ascii_digit())
            })
        {
            let title = rest
                .trim_start_matches(['.', ' ', '-', '–', ')', ':'])
                .trim();
            return Some(Section::Numbered {
                number,
                title: (!title.is_empty()).then(|| title.to_string()),
            });
        }
    }
    // `Workstream 2 – Joint commissioning`, `Priority 3: …`.
    if let Some(h) = crate::import::monitoring::parse_heading(text) {
        return Some(Section::Numbered {
            number: h.number,
            title: (!h.statement.is_empty()).then_some(h.statement),
        });
    }
    // The reference's number (`3.1`, `WS3.1`, `R3.1`).
    let from_reference = reference
        .trim()
        .trim_start_matches(|c: char| c.is_ascii_alphabetic())
        .split('.')
        .next()
        .and_then(|n| n.parse::<u32>().ok());
    Some(match from_reference {
        Some(number) => Section::Numbered {
            number,
            title: Some(text.to_string()),
        },
        None => Section::Named(text.to_string()),
    })
}

/// `High`, `Medium`, `Low`: a Priority column that rates importance, not one
/// that names the plan's priorities.
pub fn is_importance(text: &str) -> bool {
    matches!(
        text.trim().to_ascii_lowercase().as_str(),
        "high"
            | "medium"
            | "med"
            | "low"
            | "h"
            | "m"
            | "l"
            | "critical"
            | "urgent"
            | "essential"
            | "desirable"
            | "normal"
            | "very high"
            | "1 - high"
            | "2 - medium"
            | "3 - low"
    )
}

/// A reference cell: `4.1 A` / `4.1A` / `4.1.a` → (focus area `4.1`, action
/// `A`); `1.1` alone is the action's own id, with no focus area.
pub fn reference_parts(text: &str) -> (Option<String>, Option<String>) {
    let t = text.trim();
    if t.is_empty() {
        return (None, None);
    }
    let number: String = t
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let rest = t[number.len()..].trim_start_matches([' ', '.', '-']);
    let number = number.trim_end_matches('.').to_string();
    let mut chars = rest.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii_alphabetic() && !number.is_empty() => {
            (Some(number), Some(c.to_ascii_uppercase().to_string()))
        }
        _ => (None, Some(t.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections() {
        assert_eq!(
            section("1", "1.1"),
            Some(Section::Numbered {
                number: 1,
                title: None
            })
        );
        assert_eq!(
            section("To develop smooth progression to adulthood", "3.1"),
            Some(Section::Numbered {
                number: 3,
                title: Some("To develop smooth progression to adulthood".into())
            })
        );
        assert_eq!(
            section("Public Health", ""),
            Some(Section::Named("Public Health".into()))
        );
        assert_eq!(section("", "1.2"), None);
        assert_eq!(
            section("1. Co-production", "1.01"),
            Some(Section::Numbered {
                number: 1,
                title: Some("Co-production".into())
            })
        );
        assert_eq!(
            section("Workstream 2 – Joint commissioning", "R2.1"),
            Some(Section::Numbered {
                number: 2,
                title: Some("Joint commissioning".into())
            })
        );
        assert_eq!(section("High", "2.1"), None);
        assert_eq!(section("--", ""), None);
    }

    #[test]
    fn references() {
        assert_eq!(
            reference_parts("4.1 A"),
            (Some("4.1".into()), Some("A".into()))
        );
        assert_eq!(
            reference_parts("4.1b"),
            (Some("4.1".into()), Some("B".into()))
        );
        assert_eq!(reference_parts("1.1"), (None, Some("1.1".into())));
        assert_eq!(reference_parts(""), (None, None));
    }
}
