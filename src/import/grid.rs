//! The one reader-neutral view of a workbook. Every format (xlsx, xlsm, xlsb,
//! xls, ods) becomes this, so layouts and rules never see calamine types and
//! formats degrade in one place.

use std::borrow::Cow;

use crate::model::{CellRef, Rgb, YearMonth};

/// The file format, told by the file's first bytes, not its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Xlsx,
    Xlsb,
    Xls,
    Ods,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Xlsx => "xlsx",
            Format::Xlsb => "xlsb",
            Format::Xls => "xls",
            Format::Ods => "ods",
        }
    }
}

/// What a format lets ragplan see, so rules can say when they could not look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Capabilities {
    /// Cell fill colours: calamine's for xlsx; ragplan's own scans for ods
    /// and (BIFF8) xls; none for xlsb.
    pub fills: bool,
    /// Merged ranges: calamine's for xls, ragplan's scans for xlsx and ods.
    pub merges: bool,
    /// Hidden rows and columns: ragplan's scans of xlsx, ods and (BIFF8) xls.
    pub hidden_rows: bool,
}

/// A calendar date held in a date cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// A cell value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A blank cell kept only because it carries a fill.
    Empty,
    Text(String),
    Number(f64),
    Bool(bool),
    Date(Date),
    /// A formula error such as `#REF!`.
    Error(String),
}

impl Value {
    /// The value as an officer sees it in the cell.
    pub fn display(&self) -> Cow<'_, str> {
        match self {
            Value::Empty => Cow::Borrowed(""),
            Value::Text(s) => Cow::Borrowed(s),
            Value::Number(n) => Cow::Owned(format_number(*n)),
            Value::Bool(b) => Cow::Borrowed(if *b { "TRUE" } else { "FALSE" }),
            Value::Date(d) => Cow::Owned(format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)),
            Value::Error(e) => Cow::Borrowed(e),
        }
    }

    /// A formula error value, or text that reads as one (`#N/A` typed or
    /// pasted as text).
    pub fn is_formula_error(&self) -> bool {
        match self {
            Value::Error(_) => true,
            Value::Text(t) => crate::model::is_formula_error(t),
            _ => false,
        }
    }

    pub fn is_blank(&self) -> bool {
        match self {
            Value::Empty => true,
            Value::Text(s) => s.trim().is_empty(),
            _ => false,
        }
    }

    /// The month of a date cell, or of a text period label (`Dec-19`).
    pub fn year_month(&self) -> Option<YearMonth> {
        match self {
            Value::Date(d) => YearMonth::new(d.year, d.month),
            Value::Text(s) => YearMonth::parse(s),
            _ => None,
        }
    }
}

fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// One non-empty (or filled) cell.
#[derive(Debug, Clone, PartialEq)]
pub struct GridCell {
    pub at: CellRef,
    pub value: Value,
    pub fill: Option<Rgb>,
}

/// A merged range, inclusive; the value sits in `first`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Merge {
    pub first: CellRef,
    pub last: CellRef,
}

impl Merge {
    pub fn contains(&self, at: CellRef) -> bool {
        (self.first.row..=self.last.row).contains(&at.row)
            && (self.first.col..=self.last.col).contains(&at.col)
    }
}

/// One worksheet.
#[derive(Debug, Clone, Default)]
pub struct Sheet {
    pub name: String,
    pub hidden: bool,
    /// Sorted by row, then column.
    pub cells: Vec<GridCell>,
    pub merges: Vec<Merge>,
    pub hidden_rows: Vec<u32>,
    pub hidden_cols: Vec<u32>,
    /// The sheet held more cells than ragplan reads from one sheet
    /// ([`super::read::MAX_SHEET_CELLS`]): a data sheet, not a plan. Its
    /// cells were not kept (the `sheet-too-large` finding says so).
    pub too_large: bool,
    /// Cells whose text was longer than a cell holds, cut to
    /// [`super::read::MAX_TEXT_UNITS`], with the length they had (in UTF-16
    /// units, as Excel counts). The `text-too-long` finding reports them.
    pub cut_texts: Vec<(CellRef, usize)>,
}

impl Sheet {
    /// Restores row-major order after a reader that may not deliver it, and
    /// gives back the room the reader's growing left unused (a third of a
    /// large sheet's cells, held until the run ends).
    pub fn sort(&mut self) {
        self.cells.sort_by_key(|c| c.at);
        self.cells.dedup_by_key(|c| c.at);
        self.cells.shrink_to_fit();
    }

    /// Frees every cell but those showing a formula error (`#REF!`, or text
    /// that reads as one), once the sheet's plan has been read.
    pub fn keep_formula_errors_only(&mut self) {
        self.cells.retain(|c| c.value.is_formula_error());
        self.cells.shrink_to_fit();
    }

    pub fn get(&self, at: CellRef) -> Option<&GridCell> {
        self.cells
            .binary_search_by_key(&at, |c| c.at)
            .ok()
            .map(|i| &self.cells[i])
    }

    /// The cells of one row, in column order.
    pub fn row(&self, row: u32) -> &[GridCell] {
        let start = self.cells.partition_point(|c| c.at.row < row);
        let end = self.cells.partition_point(|c| c.at.row <= row);
        &self.cells[start..end]
    }

    /// Row numbers that hold at least one cell, ascending.
    pub fn row_numbers(&self) -> Vec<u32> {
        let mut rows: Vec<u32> = self.cells.iter().map(|c| c.at.row).collect();
        rows.dedup();
        rows
    }

    /// The merge covering a cell, if any.
    pub fn merge_at(&self, at: CellRef) -> Option<&Merge> {
        self.merges.iter().find(|m| m.contains(at))
    }

    /// The cell that holds the value shown at `at`: the top-left cell of a
    /// merge covering it, or the cell itself.
    pub fn resolve(&self, at: CellRef) -> (CellRef, Option<&GridCell>) {
        let anchor = self.merge_at(at).map_or(at, |m| m.first);
        (anchor, self.get(anchor))
    }

    pub fn is_row_hidden(&self, row: u32) -> bool {
        self.hidden_rows.binary_search(&row).is_ok()
    }

    pub fn is_col_hidden(&self, col: u32) -> bool {
        self.hidden_cols.binary_search(&col).is_ok()
    }
}

/// A whole workbook as read.
#[derive(Debug, Clone)]
pub struct Workbook {
    /// What the file is called, for messages (a label, never opened).
    pub name: String,
    pub format: Format,
    pub capabilities: Capabilities,
    pub sheets: Vec<Sheet>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(row: u32, col: u32, s: &str) -> GridCell {
        GridCell {
            at: CellRef::new(row, col),
            value: Value::Text(s.into()),
            fill: None,
        }
    }

    #[test]
    fn rows_and_merges() {
        let mut sheet = Sheet {
            cells: vec![cell(2, 0, "c"), cell(0, 1, "b"), cell(0, 0, "a")],
            merges: vec![Merge {
                first: CellRef::new(0, 0),
                last: CellRef::new(1, 0),
            }],
            ..Sheet::default()
        };
        sheet.sort();
        assert_eq!(sheet.row(0).len(), 2);
        assert_eq!(sheet.row(1).len(), 0);
        assert_eq!(sheet.row_numbers(), vec![0, 2]);
        let (anchor, c) = sheet.resolve(CellRef::new(1, 0));
        assert_eq!(anchor, CellRef::new(0, 0));
        assert_eq!(c.unwrap().value, Value::Text("a".into()));
        assert_eq!(Value::Number(3.0).display(), "3");
        assert_eq!(Value::Number(2.5).display(), "2.5");
    }
}
