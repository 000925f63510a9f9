//! A master's own record sheet (written by `export::record_sheet`): very
//! hidden, named `ragplan`, its first cell `ragplan master`, then `key |
//! value …` rows. Read back so that a master given as input is read as what
//! it is: the term it reports, and each priority sheet's layout and document
//! (which its columns alone do not tell: every priority sheet of a master has
//! the same fixed columns).

use super::grid::{Sheet, Value};
use crate::model::{CellRef, Layout};

pub const NAME: &str = "ragplan";
pub const MARK: &str = "ragplan master";
/// The key of the term being reported (`Apr-22`).
pub const REPORTING_PERIOD: &str = "reporting period";
/// The key of a priority sheet's row: `sheet | name | layout | document | area`.
pub const SHEET: &str = "sheet";

/// What a master's record says.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Record {
    pub reporting_period: Option<String>,
    pub sheets: Vec<RecordedSheet>,
    /// The officer's marks on the master's Findings sheet ([`triage`]).
    pub triage: Vec<(crate::model::TriageKey, crate::model::Triage)>,
}

/// One priority sheet of a master, as its record gives it.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordedSheet {
    /// The sheet's name in the master.
    pub name: String,
    /// The layout its priority was first read from.
    pub layout: Layout,
    /// Which of the master's documents it belongs to (numbered from 1 in the
    /// master's order).
    pub document: u32,
    /// Which area's plan it is part of (numbered from 1): a master of
    /// several areas keeps their references and leads apart.
    pub area: u32,
}

impl Record {
    /// What the record says of the sheet named `name`.
    pub fn sheet(&self, name: &str) -> Option<&RecordedSheet> {
        self.sheets.iter().find(|s| s.name == name)
    }
}

/// The most sheet rows a record is read for (a master has one per priority).
const MAX_SHEETS: usize = 10_000;

/// Whether the sheet is a master's record sheet.
pub fn is_record(sheet: &Sheet) -> bool {
    sheet.name.eq_ignore_ascii_case(NAME)
        && sheet
            .get(CellRef::new(0, 0))
            .is_some_and(|c| matches!(&c.value, Value::Text(t) if t == MARK))
}

/// The record, when the sheet is a master's record sheet. Rows it does not
/// understand (edited by hand) are left out.
pub fn read(sheet: &Sheet) -> Option<Record> {
    if !is_record(sheet) {
        return None;
    }
    let text = |row: u32, col: u32| {
        sheet
            .get(CellRef::new(row, col))
            .map(|c| c.value.display().trim().to_string())
            .filter(|v| !v.is_empty())
    };
    let mut record = Record::default();
    for row in sheet.row_numbers() {
        match text(row, 0).as_deref() {
            Some(REPORTING_PERIOD) => {
                record.reporting_period = text(row, 1).filter(|v| v.chars().count() <= 40);
            }
            Some(SHEET) if record.sheets.len() < MAX_SHEETS => {
                let name = sheet
                    .get(CellRef::new(row, 1))
                    .map(|c| c.value.display().into_owned());
                let layout = text(row, 2).and_then(|l| Layout::named(&l));
                let number = |col| text(row, col).and_then(|d| d.parse::<u32>().ok());
                if let (Some(name), Some(layout), Some(document)) = (name, layout, number(3)) {
                    record.sheets.push(RecordedSheet {
                        name,
                        layout,
                        document,
                        area: number(4).unwrap_or(1),
                    });
                }
            }
            _ => {}
        }
    }
    Some(record)
}

/// The marks an officer made on a master's Findings sheet (its Status and
/// Comment columns, [`crate::model::Triage`]): the rows whose Status is
/// `accepted` or `won't fix`, or that carry a comment. The columns are found
/// by their headings, as the master writes them.
pub fn triage(sheet: &Sheet) -> Vec<(crate::model::TriageKey, crate::model::Triage)> {
    use crate::export::FindingsColumn as C;
    use crate::model::{Triage, TriageKey, TriageStatus};
    let layout = crate::export::MasterLayout::shared();
    if sheet.name != layout.sheets.findings {
        return Vec::new();
    }
    let text = |row: u32, col: u32| {
        sheet
            .get(CellRef::new(row, col))
            .map(|c| c.value.display().into_owned())
            .unwrap_or_default()
    };
    // Each column where its heading is (an officer may have moved them).
    let headings: Vec<String> = (0..64).map(|c| text(0, c).trim().to_string()).collect();
    let col = |column: C| {
        let name = layout.findings.columns.of(column);
        headings.iter().position(|h| h == name).map(|c| c as u32)
    };
    let (Some(code), Some(cell), Some(action), Some(value), Some(status)) = (
        col(C::Code),
        col(C::Cell),
        col(C::Action),
        col(C::Value),
        col(C::Status),
    ) else {
        return Vec::new();
    };
    let comment = col(C::Comment);
    let mut marks = Vec::new();
    for row in sheet.row_numbers().into_iter().filter(|r| *r > 0) {
        let comment = comment
            .map(|c| text(row, c).trim().to_string())
            .unwrap_or_default();
        let status = TriageStatus::parse(&text(row, status));
        if !status.is_some_and(TriageStatus::hides) && comment.is_empty() {
            continue;
        }
        // `'WSoA Priority 1'!E6` → the sheet.
        let at = text(row, cell);
        let sheet_name = match at.rsplit_once('!') {
            Some((s, _)) => s.trim_matches('\'').replace("''", "'"),
            None => continue,
        };
        marks.push((
            TriageKey::new(
                &text(row, code),
                &sheet_name,
                &text(row, action),
                &text(row, value),
            ),
            Triage {
                status: status.unwrap_or(TriageStatus::Open),
                comment,
            },
        ));
    }
    marks
}
