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
/// area | document's name | untitled | heading`.
pub const SHEET: &str = "sheet";
/// The key of a row of a document's legend: `meaning | document | status |
/// what it means` (`meaning | 5 | Green | Progressing to plan`), so that a
/// master read back explains an area's words as its own legend did.
pub const MEANING: &str = "meaning";
/// Written in a sheet row's last column when the priority had no title of
/// its own: the master heads it by its name, which is not read back as one.
pub const UNTITLED: &str = "untitled";

/// The columns of a sheet row, after its key in column A: the writer
/// ([`crate::export::record_sheet`]) and [`read`] both go by these.
pub mod sheet_column {
    pub const NAME: u16 = 1;
    pub const LAYOUT: u16 = 2;
    pub const DOCUMENT: u16 = 3;
    pub const AREA: u16 = 4;
    pub const DOCUMENT_NAME: u16 = 5;
    pub const UNTITLED: u16 = 6;
    pub const HEADING: u16 = 7;
}

/// The columns of a meaning row, after its key in column A.
pub mod meaning_column {
    pub const DOCUMENT: u16 = 1;
    pub const STATUS: u16 = 2;
    pub const MEANING: u16 = 3;
}

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
    /// Its sheet's heading ([`heading_key`] of its first cell), by which a
    /// renamed sheet is known (absent in a master written before).
    pub heading: Option<String>,
}

impl Record {
    /// What the record says of the sheet named `name`.
    pub fn sheet(&self, name: &str) -> Option<&RecordedSheet> {
        self.sheets.iter().find(|s| s.name == name)
    }

    /// Makes each priority read from a recorded sheet what the record says
    /// it is: its layout, document and area. `sheet_name`: a sheet's name
    /// by its index in the workbook.
    pub fn apply<'n>(
        &self,
        priorities: &mut [crate::model::Priority],
        sheet_name: impl Fn(u32) -> Option<&'n str>,
    ) {
        for p in priorities {
            let Some(sheet) = sheet_name(p.source.sheet).and_then(|n| self.sheet(n)) else {
                continue;
            };
            p.layout = sheet.layout;
            p.document = Some(sheet.document);
            p.area = Some(sheet.area);
            // An unnumbered priority's title row is its title (`Transport`),
            // as the master heads it; or, when it had none, its name, which
            // is not a title.
            if p.number.is_none() && p.title.is_none() && !p.preamble.is_empty() {
                let heading = p.preamble.remove(0);
                if !sheet.untitled {
                    p.title = Some(heading);
                }
            }
        }
    }

    /// Each recorded document's name, once each.
    pub fn document_names(&self) -> Vec<(u32, String)> {
        let mut names: Vec<(u32, String)> = Vec::new();
        for sheet in &self.sheets {
            if let Some(name) = &sheet.document_name
                && !names.iter().any(|(d, _)| *d == sheet.document)
            {
                names.push((sheet.document, name.clone()));
            }
        }
        names
    }

    /// What document `n`'s legend says its statuses mean.
    pub fn meanings_of(&self, n: u32) -> Vec<(crate::model::Status, String)> {
        self.meanings
            .iter()
            .filter(|(d, _, _)| *d == n)
            .map(|(_, s, m)| (*s, m.clone()))
            .collect()
    }

    /// Follows the sheets an officer renamed: a recorded sheet whose name no
    /// sheet has now goes to the one unlisted sheet whose first cell holds
    /// its recorded heading (`Priority 3: Young people …`), when no other
    /// sheet or missing record shares that heading. `sheets`: each sheet's
    /// name and [`heading_key`] of its first cell; `own`: the master's own
    /// sheets (Summary, Findings…), never paired. A sheet deleted and
    /// another added, a copy beside its original, or a master recorded
    /// without headings: nothing is paired, and the sheets are read as any
    /// plan's are.
    pub fn follow_renames(
        &mut self,
        sheets: &[(&str, Option<String>)],
        own: impl Fn(&str) -> bool,
    ) {
        use std::collections::{HashMap, HashSet};
        let present: HashSet<&str> = sheets.iter().map(|(n, _)| *n).collect();
        let recorded: HashSet<String> = self.sheets.iter().map(|s| s.name.clone()).collect();
        // Unlisted sheets by heading, and the missing records by heading.
        let mut unlisted: HashMap<&str, Vec<&str>> = HashMap::new();
        for (name, heading) in sheets {
            if let Some(h) = heading.as_deref().filter(|h| !h.is_empty())
                && !recorded.contains(*name)
                && !own(name)
            {
                unlisted.entry(h).or_default().push(name);
            }
        }
        let mut missing: HashMap<String, usize> = HashMap::new();
        for s in &self.sheets {
            if let Some(h) = s
                .heading
                .as_ref()
                .filter(|_| !present.contains(s.name.as_str()))
            {
                *missing.entry(h.clone()).or_default() += 1;
            }
        }
        for s in &mut self.sheets {
            if present.contains(s.name.as_str()) {
                continue;
            }
            let Some(h) = s.heading.as_deref() else {
                continue;
            };
            if let (Some([name]), Some(1)) = (unlisted.get(h).map(Vec::as_slice), missing.get(h)) {
                s.name = name.to_string();
            }
        }
    }
}

/// A heading as the record keeps it and compares it: the first line of a
/// sheet's first cell, trimmed, at most 300 characters.
pub fn heading_key(text: &str) -> String {
    text.lines()
        .next()
        .unwrap_or_default()
        .trim()
        .chars()
        .take(300)
        .collect()
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
    let text = |row: u32, col: u16| {
        sheet
            .get(CellRef::new(row, u32::from(col)))
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
                use sheet_column as c;
                let name = sheet
                    .get(CellRef::new(row, u32::from(c::NAME)))
                    .map(|c| c.value.display().into_owned());
                let layout = text(row, c::LAYOUT).and_then(|l| Layout::named(&l));
                let number = |col| text(row, col).and_then(|d| d.parse::<u32>().ok());
                if let (Some(name), Some(layout), Some(document)) =
                    (name, layout, number(c::DOCUMENT))
                {
                    record.sheets.push(RecordedSheet {
                        name,
                        layout,
                        document,
                        area: number(c::AREA).unwrap_or(1),
                        document_name: text(row, c::DOCUMENT_NAME)
                            .filter(|n| n.chars().count() <= 300),
                        untitled: text(row, c::UNTITLED).as_deref() == Some(UNTITLED),
                        heading: text(row, c::HEADING).map(|h| heading_key(&h)),
                    });
                }
            }
            Some(MEANING) if record.meanings.len() < MAX_SHEETS => {
                use meaning_column as c;
                let document = text(row, c::DOCUMENT).and_then(|d| d.parse::<u32>().ok());
                let status = text(row, c::STATUS).and_then(|s| {
                    crate::model::Status::ALL
                        .into_iter()
                        .find(|x| x.name() == s)
                });
                let meaning = text(row, c::MEANING).filter(|m| m.chars().count() <= 500);
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
                    heading: Some(format!("{n}: heading")),
                })
                .collect(),
            ..Record::default()
        }
    }

    fn names(r: &Record) -> Vec<&str> {
        r.sheets.iter().map(|s| s.name.as_str()).collect()
    }

    /// The workbook's sheets: (name, the heading its first cell holds).
    fn workbook<'a>(sheets: &[(&'a str, &str)]) -> Vec<(&'a str, Option<String>)> {
        sheets
            .iter()
            .map(|(n, h)| (*n, Some(h.to_string())))
            .collect()
    }

    fn own(name: &str) -> bool {
        ["Summary", "Findings"].contains(&name)
    }

    #[test]
    fn a_renamed_sheet_keeps_its_record_by_its_heading() {
        let mut r = recorded(&["P1", "P2", "P3"]);
        r.follow_renames(
            &workbook(&[
                ("Summary", "SEND improvement plan"),
                ("P1", "P1: heading"),
                ("Second", "P2: heading"),
                ("P3", "P3: heading"),
                ("Findings", "Severity"),
            ]),
            own,
        );
        assert_eq!(names(&r), ["P1", "Second", "P3"]);
        // Renamed and moved: known by the heading, wherever it went.
        let mut r = recorded(&["A", "B", "C", "D"]);
        r.follow_renames(
            &workbook(&[
                ("A", "A: heading"),
                ("D2", "D: heading"),
                ("C", "C: heading"),
                ("B2", "B: heading"),
            ]),
            own,
        );
        assert_eq!(names(&r), ["A", "B2", "C", "D2"]);
    }

    #[test]
    fn a_sheet_not_known_by_its_heading_is_left_alone() {
        // P3 deleted and a Notes sheet added: nothing takes P3's record.
        let mut r = recorded(&["P1", "P2", "P3"]);
        r.follow_renames(
            &workbook(&[
                ("P1", "P1: heading"),
                ("P2", "P2: heading"),
                ("Notes", "Notes for the board"),
            ]),
            own,
        );
        assert_eq!(names(&r), ["P1", "P2", "P3"]);
        // P2 renamed and copied: two sheets hold its heading.
        let mut r = recorded(&["P1", "P2"]);
        r.follow_renames(
            &workbook(&[
                ("P1", "P1: heading"),
                ("Second", "P2: heading"),
                ("Second (2)", "P2: heading"),
            ]),
            own,
        );
        assert_eq!(names(&r), ["P1", "P2"]);
        // A master recorded without headings.
        let mut r = recorded(&["P1", "P2"]);
        for s in &mut r.sheets {
            s.heading = None;
        }
        r.follow_renames(
            &workbook(&[("P1", "P1: heading"), ("Second", "P2: heading")]),
            own,
        );
        assert_eq!(names(&r), ["P1", "P2"]);
        // The master's own sheets are never paired.
        let mut r = recorded(&["Summary"]);
        r.sheets[0].name = "Old summary".into();
        r.sheets[0].heading = Some("SEND improvement plan".into());
        r.follow_renames(&workbook(&[("Summary", "SEND improvement plan")]), own);
        assert_eq!(names(&r), ["Old summary"]);
    }

    #[test]
    fn headings_compare_by_their_first_line() {
        assert_eq!(
            heading_key("  Priority 3: Adulthood \nMore text"),
            "Priority 3: Adulthood"
        );
        assert_eq!(heading_key(&"x".repeat(400)).chars().count(), 300);
    }
}
