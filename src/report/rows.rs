//! The rows around a finding's cell, as the reports show them: the cell's
//! row with the row above and below, a few columns either side, each cell's
//! text on one line and clipped, with the HTML markup some plans' cells hold
//! (`<b>`, `<br>`, `<li>`) taken out as the master takes it out
//! ([`crate::import::text::clean`]): the officer sees the words, not the tags. The terminal report ([`super::human`]) lays
//! them out as text for miette; the HTML report ([`super::html`]) as a table.

use crate::import::grid::Sheet;
use crate::model::CellRef;

/// Columns shown to the left and right of the finding's cell.
const COLUMNS_BEFORE: u32 = 2;
const COLUMNS_AFTER: u32 = 1;

/// A few rows and columns of a sheet around one cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowsAround {
    /// The finding's cell.
    pub cell: CellRef,
    /// The rows shown (0-based, in order): an empty row below is left out.
    pub rows: Vec<u32>,
    /// The columns shown (0-based, in order).
    pub cols: Vec<u32>,
    /// `shown[i][j]`: the text of row `rows[i]`, column `cols[j]`.
    pub shown: Vec<Vec<String>>,
}

impl RowsAround {
    /// The rows around `cell`, each cell's text clipped to `width`
    /// characters. In the finding's own cell, when the value found lies deep
    /// in a long text (a reference in an update note), the part holding it is
    /// shown.
    pub fn new(sheet: &Sheet, cell: CellRef, value: Option<&str>, width: usize) -> RowsAround {
        let first = cell.row.saturating_sub(1);
        let last = cell.row + 1;
        let cols: Vec<u32> =
            (cell.col.saturating_sub(COLUMNS_BEFORE)..=cell.col + COLUMNS_AFTER).collect();
        let found = value.map(shown_text).filter(|v| !v.is_empty());
        let found = found.as_deref();
        let shown = |r: u32, c: u32| -> String {
            let value = sheet
                .get(CellRef::new(r, c))
                .map(|x| x.value.display().into_owned())
                .unwrap_or_default();
            let flat = shown_text(&value);
            let focus = (r == cell.row && c == cell.col)
                .then(|| found.and_then(|v| flat.find(v)))
                .flatten()
                .filter(|at| flat[..*at].chars().count() > width / 2);
            if let Some(at) = focus {
                let excerpt: String = flat[at..].chars().take(width - 2).collect();
                let more = if flat[at..].chars().count() > width - 2 {
                    "…"
                } else {
                    ""
                };
                return format!("…{excerpt}{more}");
            }
            if flat.chars().count() > width {
                let clipped: String = flat.chars().take(width - 1).collect();
                format!("{clipped}…")
            } else {
                flat
            }
        };
        let rows: Vec<u32> = (first..=last)
            .filter(|r| *r == cell.row || !sheet.row(*r).is_empty() || *r < cell.row)
            .collect();
        let shown = rows
            .iter()
            .map(|r| cols.iter().map(|c| shown(*r, *c)).collect())
            .collect();
        RowsAround {
            cell,
            rows,
            cols,
            shown,
        }
    }

    /// Whether row `rows[i]`, column `cols[j]` is the finding's cell.
    pub fn is_cell(&self, i: usize, j: usize) -> bool {
        self.rows[i] == self.cell.row && self.cols[j] == self.cell.col
    }
}

/// A cell's text as shown: its markup and bullets cleaned away, on one line
/// (runs of white space as one space), with any control or bidi character
/// escaped: what a workbook holds never reaches the terminal as a control
/// sequence.
fn shown_text(text: &str) -> String {
    let clean = crate::import::text::clean_cow(text);
    super::printable(&clean.split_whitespace().collect::<Vec<_>>().join(" ")).into_owned()
}

#[cfg(test)]
mod tests {
    use super::shown_text;

    #[test]
    fn markup_is_taken_out_of_the_rows_shown() {
        assert_eq!(
            shown_text("<p><b>Coproduce</b> a SEND Strategy</p><br>• Publish it"),
            "Coproduce a SEND Strategy Publish it"
        );
        assert_eq!(shown_text("a < b &amp; c"), "a < b & c");
        assert_eq!(shown_text("G\u{1b}[31m"), "G\\u{1b}[31m");
    }
}
