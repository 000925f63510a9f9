//! A master's own record sheet (written by `export::record_sheet`): very
//! hidden, named `ragplan`, its first cell `ragplan master`, then `key |
//! value` rows. Read back so that a master given as input is read as what it
//! is.

use super::grid::{Sheet, Value};
use crate::model::CellRef;

pub const NAME: &str = "ragplan";
pub const MARK: &str = "ragplan master";
/// The key of the term being reported (`Apr-22`).
pub const REPORTING_PERIOD: &str = "reporting period";

/// What a master's record says.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Record {
    pub reporting_period: Option<String>,
}

/// The record, when the sheet is a master's record sheet.
pub fn read(sheet: &Sheet) -> Option<Record> {
    let is_record = sheet.name.eq_ignore_ascii_case(NAME)
        && sheet
            .get(CellRef::new(0, 0))
            .is_some_and(|c| matches!(&c.value, Value::Text(t) if t == MARK));
    if !is_record {
        return None;
    }
    let mut record = Record::default();
    for row in sheet.row_numbers() {
        let key = sheet.get(CellRef::new(row, 0)).map(|c| c.value.display());
        let value = sheet
            .get(CellRef::new(row, 1))
            .map(|c| c.value.display().trim().to_string())
            .filter(|v| !v.is_empty() && v.chars().count() <= 40);
        if key.as_deref() == Some(REPORTING_PERIOD) {
            record.reporting_period = value;
        }
    }
    Some(record)
}
