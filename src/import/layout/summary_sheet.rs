//! A summary sheet: a grid counting statuses (`Workstream | Complete | On
//! track | At risk | Off track | Total`, usually `COUNTIF` formulas over the
//! plan's sheets). It is not a plan — nothing in it is an action — but its
//! cells are checked for formula errors, since a `#REF!` there is a total
//! the board will read wrong.

use crate::import::grid::{Sheet, Value};
use crate::model::{Scheme, is_formula_error};

/// Whether a sheet (holding no plan table) is a summary of statuses: a row
/// naming at least two statuses as column headings, with numbers (or
/// formula errors) under them.
pub fn is_summary(sheet: &Sheet, scheme: &Scheme) -> bool {
    let rows = sheet.row_numbers();
    rows.iter().enumerate().any(|(i, &row)| {
        let status_cols: Vec<u32> = sheet
            .row(row)
            .iter()
            .filter(|c| match &c.value {
                Value::Text(t) => names_a_status(t, scheme),
                _ => false,
            })
            .map(|c| c.at.col)
            .collect();
        if status_cols.len() < 2 {
            return false;
        }
        // The next few rows hold counts under those headings.
        rows[i + 1..].iter().take(3).any(|&below| {
            status_cols
                .iter()
                .filter(|col| {
                    sheet
                        .get(crate::model::CellRef::new(below, **col))
                        .is_some_and(|c| match &c.value {
                            Value::Number(_) | Value::Error(_) => true,
                            Value::Text(t) => is_formula_error(t),
                            _ => false,
                        })
                })
                .count()
                >= 2
        })
    })
}

/// A heading that names a status: a code, a colour, a status word
/// (`Complete`, `On track`), or a count of one (`No. Red`, `Total Green`).
fn names_a_status(text: &str, scheme: &Scheme) -> bool {
    let t = text.trim();
    if t.chars().count() > 30 {
        return false;
    }
    let lower = t.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let last = words.last().copied().unwrap_or("");
    scheme.read(t).rag().is_some()
        || crate::model::StatusWord::of(&lower).is_some()
        || matches!(
            last,
            "red" | "amber" | "green" | "blue" | "grey" | "gray" | "complete" | "completed"
        )
}
