//! `ragplan diff -o changes.xlsx`: the changes as a workbook, statuses in colour.

use rust_xlsxwriter::{Workbook, Worksheet};

use super::print::{PrintSetup, print_setup};
use super::priority_sheet::{lines, row_height};
use super::styles::Styles;
use super::{ExportError, Output, WriteText};
use crate::diff::Diff;
use crate::model::Scheme;

const COLUMNS: [(&str, f64); 11] = [
    ("Priority", 14.0),
    ("Ref", 7.0),
    ("Action id", 9.0),
    ("Action", 60.0),
    ("Change", 10.0),
    ("Old status", 9.0),
    ("New status", 9.0),
    ("Old lead", 22.0),
    ("New lead", 22.0),
    ("Lead changed", 9.0),
    ("Matched by text (old id)", 12.0),
];

/// Writes the changes to `output` (made before the workbooks were read).
pub fn write_diff(diff: &Diff, scheme: &Scheme, output: Output) -> Result<(), ExportError> {
    let styles = Styles::new(scheme);
    let mut ws = Worksheet::new();
    ws.set_name("Changes")?;
    for (c, (name, width)) in COLUMNS.iter().enumerate() {
        ws.text(0, c as u16, *name, &styles.header)?;
        ws.set_column_width(c as u16, *width)?;
    }
    for (i, c) in diff.changes.iter().enumerate() {
        let row = i as u32 + 1;
        ws.text(row, 0, &c.priority, &styles.cell)?;
        ws.text(
            row,
            1,
            c.focus.as_deref().unwrap_or_default(),
            &styles.centre,
        )?;
        ws.text(row, 2, c.id.as_deref().unwrap_or_default(), &styles.centre)?;
        ws.text(row, 3, &c.text, &styles.cell)?;
        ws.text(row, 4, c.change.word(), &styles.cell)?;
        for (col, side) in [(5u16, &c.old), (6u16, &c.new)] {
            let rag = side.as_ref().and_then(|s| s.status);
            ws.text(
                row,
                col,
                rag.map(|r| scheme.write(r)).unwrap_or_default(),
                styles.status(rag),
            )?;
        }
        ws.text(
            row,
            7,
            c.old.as_ref().map(|s| s.lead.as_str()).unwrap_or_default(),
            &styles.cell,
        )?;
        ws.text(
            row,
            8,
            c.new.as_ref().map(|s| s.lead.as_str()).unwrap_or_default(),
            &styles.cell,
        )?;
        ws.text(
            row,
            9,
            if c.lead_changed { "yes" } else { "" },
            &styles.centre,
        )?;
        ws.text(
            row,
            10,
            c.renumbered_from.as_deref().unwrap_or_default(),
            &styles.centre,
        )?;
        ws.set_row_height(row, row_height(lines(&c.text, COLUMNS[3].1)))?;
    }
    ws.autofilter(
        0,
        0,
        diff.changes.len().max(1) as u32,
        (COLUMNS.len() - 1) as u16,
    )?;
    ws.set_freeze_panes(1, 0)?;
    print_setup(
        &mut ws,
        &PrintSetup {
            title: "Changes between terms",
            repeat_rows: Some((0, 0)),
            ..PrintSetup::default()
        },
    )?;
    let mut wb = Workbook::new();
    wb.push_worksheet(ws);
    wb.set_properties(&super::properties(super::time::now()));
    output.save(&mut wb)
}
