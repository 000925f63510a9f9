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
/// The key of a priority sheet's row: `sheet | name | layout | document |
/// area | document's name | untitled`.
pub const SHEET: &str = "sheet";
/// The key of a row of a document's legend: `meaning | document | status |
/// what it means` (`meaning | 5 | Green | Progressing to plan`), so that a
/// master read back explains an area's words as its own legend did.
pub const MEANING: &str = "meaning";
/// Written in a sheet row's last column when the priority had no title of
/// its own: the master heads it by its name, which is not read back as one.
pub const UNTITLED: &str = "untitled";

/// What a master's record says.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Record {
    pub reporting_period: Option<String>,
    pub sheets: Vec<RecordedSheet>,
    /// What each document's legend says its statuses mean.
    pub meanings: Vec<(u32, crate::model::Status, String)>,
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
    /// The document's name as the master's Summary heads it (absent in a
    /// master written before ragplan recorded it).
    pub document_name: Option<String>,
    /// The priority had no title: the master's heading row is its name.
    pub untitled: bool,
}

impl Record {
    /// What the record says of the sheet named `name`.
    pub fn sheet(&self, name: &str) -> Option<&RecordedSheet> {
        self.sheets.iter().find(|s| s.name == name)
    }

    /// What document `n`'s legend says its statuses mean.
    pub fn meanings_of(&self, n: u32) -> Vec<(crate::model::Status, String)> {
        self.meanings
            .iter()
            .filter(|(d, _, _)| *d == n)
            .map(|(_, s, m)| (*s, m.clone()))
            .collect()
    }

    /// Follows the sheets an officer renamed. `sheets` are the workbook's
    /// sheet names in order, `unlisted` says which may be a priority sheet
    /// the record does not name (not the master's Summary, Findings…). A
    /// recorded name no sheet has now goes to the unlisted sheet that stands
    /// where it stood: between the same recorded neighbours, when that gap
    /// holds as many unlisted sheets as missing names (paired in order). A
    /// gap where the counts differ (a sheet added as well as one renamed)
    /// is left alone: its sheets are read as any plan's are.
    pub fn follow_renames(&mut self, sheets: &[&str], unlisted: impl Fn(&str) -> bool) {
        let at = |name: &str| sheets.iter().position(|s| *s == name);
        let mut k = 0;
        while k < self.sheets.len() {
            if at(&self.sheets[k].name).is_some() {
                k += 1;
                continue;
            }
            // The run of missing names from k, and the sheets around it.
            let end = (k..self.sheets.len())
                .find(|&i| at(&self.sheets[i].name).is_some())
                .unwrap_or(self.sheets.len());
            let after = k
                .checked_sub(1)
                .and_then(|i| at(&self.sheets[i].name))
                .map_or(0, |p| p + 1);
            let before = self
                .sheets
                .get(end)
                .and_then(|s| at(&s.name))
                .unwrap_or(sheets.len());
            let candidates: Vec<&str> = sheets
                .get(after..before)
                .unwrap_or_default()
                .iter()
                .copied()
                .filter(|s| self.sheet(s).is_none() && unlisted(s))
                .collect();
            if candidates.len() == end - k {
                for (recorded, name) in self.sheets[k..end].iter_mut().zip(candidates) {
                    recorded.name = name.to_string();
                }
            }
            k = end;
        }
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
                        document_name: text(row, 5).filter(|n| n.chars().count() <= 300),
                        untitled: text(row, 6).as_deref() == Some(UNTITLED),
                    });
                }
            }
            Some(MEANING) if record.meanings.len() < MAX_SHEETS => {
                let document = text(row, 1).and_then(|d| d.parse::<u32>().ok());
                let status = text(row, 2).and_then(|s| {
                    crate::model::Status::ALL
                        .into_iter()
                        .find(|x| x.name() == s)
                });
                let meaning = text(row, 3).filter(|m| m.chars().count() <= 500);
                if let (Some(d), Some(s), Some(m)) = (document, status, meaning) {
                    record.meanings.push((d, s, m));
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

#[cfg(test)]
mod tests {
    use super::*;

    fn recorded(names: &[&str]) -> Record {
        Record {
            sheets: names
                .iter()
                .enumerate()
                .map(|(i, n)| RecordedSheet {
                    name: n.to_string(),
                    layout: Layout::MonitoringReport,
                    document: 1,
                    area: i as u32,
                    document_name: None,
                    untitled: false,
                })
                .collect(),
            ..Record::default()
        }
    }

    fn names(r: &Record) -> Vec<&str> {
        r.sheets.iter().map(|s| s.name.as_str()).collect()
    }

    const OWN: [&str; 2] = ["Summary", "Findings"];

    #[test]
    fn a_renamed_sheet_keeps_its_record() {
        let mut r = recorded(&["P1", "P2", "P3"]);
        r.follow_renames(&["Summary", "P1", "Second", "P3", "Findings"], |s| {
            !OWN.contains(&s)
        });
        assert_eq!(names(&r), ["P1", "Second", "P3"]);
        // The first and the last, both renamed.
        let mut r = recorded(&["P1", "P2", "P3"]);
        r.follow_renames(&["Summary", "One", "P2", "Three", "Findings"], |s| {
            !OWN.contains(&s)
        });
        assert_eq!(names(&r), ["One", "P2", "Three"]);
        // Two side by side, paired in order.
        let mut r = recorded(&["P1", "P2", "P3"]);
        r.follow_renames(&["A", "B", "P3"], |_| true);
        assert_eq!(names(&r), ["A", "B", "P3"]);
    }

    #[test]
    fn a_gap_that_does_not_add_up_is_left_alone() {
        // P2 renamed and a sheet added beside it: which is which is not known.
        let mut r = recorded(&["P1", "P2", "P3"]);
        r.follow_renames(&["P1", "Second", "Added", "P3"], |_| true);
        assert_eq!(names(&r), ["P1", "P2", "P3"]);
        // P2 deleted: nothing takes its place.
        let mut r = recorded(&["P1", "P2", "P3"]);
        r.follow_renames(&["Summary", "P1", "P3", "Findings"], |s| !OWN.contains(&s));
        assert_eq!(names(&r), ["P1", "P2", "P3"]);
        // An added sheet with every recorded sheet still there.
        let mut r = recorded(&["P1", "P2"]);
        r.follow_renames(&["P1", "New", "P2"], |_| true);
        assert_eq!(names(&r), ["P1", "P2"]);
    }
}
