//! Fixture workbooks for rule tests, generated in code so each test shows
//! exactly the cells it is about.

use std::path::PathBuf;

use rust_xlsxwriter::{Format, Workbook};

use super::{Finding, Options, check};
use crate::import::load;

/// A monitoring-report sheet: title, vision with a stated status, header
/// row, period row, then action rows. Columns: A focus area, B action,
/// C lead, D evidence, E.. one per period, then update notes and documents.
pub struct Sheet {
    pub name: String,
    pub title: String,
    pub stated: String,
    pub periods: Vec<String>,
    /// Each row: focus area, action, lead, evidence, statuses…, notes.
    pub rows: Vec<Vec<String>>,
    /// (row, col, rgb) fills, 1-based row, 0-based col.
    pub fills: Vec<(u32, u16, u32)>,
}

impl Sheet {
    /// A sheet for Priority `number`, periods Dec-19 and Jan-20.
    pub fn priority(number: u32) -> Self {
        Sheet {
            name: format!("Priority {number}"),
            title: format!("Priority {number}: A test priority."),
            stated: "G".into(),
            periods: vec!["Dec-19".into(), "Jan-20".into()],
            rows: Vec::new(),
            fills: Vec::new(),
        }
    }

    pub fn stated(mut self, s: &str) -> Self {
        self.stated = s.into();
        self
    }

    pub fn row(mut self, cells: &[&str]) -> Self {
        self.rows
            .push(cells.iter().map(|s| s.to_string()).collect());
        self
    }

    pub fn fill(mut self, row: u32, col: u16, rgb: u32) -> Self {
        self.fills.push((row, col, rgb));
        self
    }

    /// The 1-based row of the first action: title 1, vision 2, header 3, periods 4.
    pub const FIRST_ROW: u32 = 5;
}

/// Writes the sheets into one workbook in a temporary folder and checks it.
pub fn check_sheets(sheets: Vec<Sheet>) -> Vec<Finding> {
    let (_dir, path) = write(sheets);
    let loaded = load(&[path], &crate::model::Scheme::default());
    check(&loaded, &Options::default())
}

pub fn write(sheets: Vec<Sheet>) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("fixture.xlsx");
    let mut wb = Workbook::new();
    for s in sheets {
        let ws = wb.add_worksheet().set_name(&s.name).expect("sheet name");
        let n = s.periods.len() as u16;
        ws.write(0, 0, &s.title).unwrap();
        ws.write(1, 0, "Vision for the future: test vision")
            .unwrap();
        ws.write(1, 5 + n, &s.stated).unwrap();
        let mut header = vec![
            "Focus Area (Intent)",
            "Actions (Implementation)",
            "Lead",
            "Evidence (Impact)",
            "Progress",
        ];
        header.extend(std::iter::repeat_n("", n as usize - 1));
        header.extend([
            "Sub Group Action to date (Implementation)",
            "EVIDENCE (See Position Statement)",
        ]);
        for (c, h) in header.iter().enumerate() {
            if !h.is_empty() {
                ws.write(2, c as u16, *h).unwrap();
            }
        }
        for (i, p) in s.periods.iter().enumerate() {
            ws.write(3, 4 + i as u16, p).unwrap();
        }
        for (r, row) in s.rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                if !v.is_empty() {
                    ws.write(Sheet::FIRST_ROW - 1 + r as u32, c as u16, v)
                        .unwrap();
                }
            }
        }
        for (r, c, rgb) in &s.fills {
            let value = s
                .rows
                .get((*r - Sheet::FIRST_ROW) as usize)
                .and_then(|row| row.get(*c as usize))
                .cloned()
                .unwrap_or_default();
            ws.write_with_format(*r - 1, *c, value, &Format::new().set_background_color(*rgb))
                .unwrap();
        }
    }
    wb.save(&path).expect("save fixture");
    (dir, path)
}

/// `(code, "Sheet!A1")` of every finding, for compact assertions.
pub fn places(findings: &[Finding], code: &str) -> Vec<String> {
    findings
        .iter()
        .filter(|f| f.rule.code == code)
        .map(|f| f.cell.map(|c| c.to_string()).unwrap_or_default())
        .collect()
}

/// An implementation-plan sheet (seed 003's columns): Priority, Reference,
/// Delivery Objectives, Task and Finish Group, Lead, Group members, Success
/// Measures, Monitoring and Evaluation, Timeframe, Review Impact (RAG). The
/// header is row 1; rows follow from row 2.
pub fn check_implementation_plan(rows: &[[&str; 10]]) -> Vec<Finding> {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("Plan").unwrap();
    let header = [
        "Priority",
        "Reference",
        "Delivery Objectives",
        "Task and Finish Group",
        "Lead",
        "Group members",
        "Success Measures",
        "Monitoring and Evaluation",
        "Timeframe",
        "Review Impact (RAG)",
    ];
    for (c, h) in header.iter().enumerate() {
        ws.write(0, c as u16, *h).unwrap();
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            if !v.is_empty() {
                ws.write(1 + r as u32, c as u16, *v).unwrap();
            }
        }
    }
    wb.save(&path).expect("save fixture");
    let loaded = load(&[path], &crate::model::Scheme::default());
    check(&loaded, &Options::default())
}
