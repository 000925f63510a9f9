//! Findings: every diagnostic, with a link to its cell in the master. What
//! build corrected by itself is listed as corrected, with the value found.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::print::{PrintSetup, print_setup};
use super::priority_sheet::{corrects, lines, row_height};
use super::{Master, WriteText};
use crate::check::Severity;

/// Widths (characters) that fit across a printed A4 page (a test holds them to it).
pub(crate) const WIDTHS: [f64; 10] = [8.0, 8.0, 15.0, 18.0, 22.0, 9.0, 22.0, 34.0, 28.0, 14.0];

/// Fills the Findings sheet, row by row in order: it may hold a row per
/// finding of a very large plan, so it is a constant-memory worksheet, whose
/// sheet-wide settings come before its first row.
/// Returns the row of each finding.
pub(crate) fn write(master: &Master<'_>, ws: &mut Worksheet) -> Result<Vec<u32>, XlsxError> {
    let styles = &master.styles;
    let layout = &master.layout;
    ws.set_name(&layout.sheets.findings)?;
    let last = master.findings.len() as u32;
    ws.autofilter(0, 0, last.max(1), 9)?;
    ws.set_freeze_panes(1, 0)?;
    print_setup(
        ws,
        &PrintSetup {
            paper: master.paper,
            title: &layout.sheets.findings,
            repeat_rows: Some((0, 0)),
            ..PrintSetup::default()
        },
    )?;
    for (c, (name, width)) in layout.findings.columns.iter().zip(WIDTHS).enumerate() {
        ws.text(0, c as u16, name, &styles.header)?;
        ws.set_column_width(c as u16, width)?;
    }
    let mut rows = Vec::with_capacity(master.findings.len());
    for (i, f) in master.findings.iter().enumerate() {
        let row = i as u32 + 1;
        rows.push(row);
        let severity = match f.severity {
            Severity::Error => &styles.severities[0],
            Severity::Warning => &styles.severities[1],
            Severity::Info => &styles.severities[2],
        };
        ws.text(row, 0, f.severity.as_str(), severity)?;
        ws.text(row, 1, f.rule.code, &styles.cell)?;
        ws.text(row, 2, f.rule.name, &styles.cell)?;
        let source = f.source();
        match source.and_then(|s| master.cells.get(&s)) {
            Some(cell) => {
                ws.link(row, 3, cell.link(), cell.display(), &styles.link)?;
            }
            None => {
                ws.write_blank(row, 3, &styles.cell)?;
            }
        }
        let file = master.loaded.plan.file(f.file).display();
        let found_in = match (f.sheet, f.cell) {
            (Some(s), Some(c)) => {
                let sheet = master.loaded.plan.sheet_name_at(f.file, s);
                format!("{file} › {}", crate::report::sheet_cell(sheet, c))
            }
            _ => file.to_string(),
        };
        ws.text(row, 4, &found_in, &styles.cell)?;
        let text = |ws: &mut Worksheet, col: u16, s: Option<&str>| -> Result<(), XlsxError> {
            match s {
                Some(s) if !s.is_empty() => ws.text(row, col, s, &styles.cell).map(|_| ()),
                _ => ws.write_blank(row, col, &styles.cell).map(|_| ()),
            }
        };
        text(ws, 5, f.field.as_deref())?;
        text(ws, 6, f.value.as_deref())?;
        text(ws, 7, Some(&f.message))?;
        text(ws, 8, f.help.as_deref())?;
        let correction = source
            .and_then(|s| master.correction(&s))
            .filter(|_| corrects(f.rule.name));
        let status = match correction {
            Some(c) => format!(
                "{}: `{}` → `{}`",
                layout.findings.corrected,
                c.from.trim(),
                c.to
            ),
            None => layout.findings.open.clone(),
        };
        let status_format = if correction.is_some() {
            &styles.corrected
        } else {
            &styles.cell
        };
        ws.text(row, 9, &status, status_format)?;
        let height = [
            (f.message.as_str(), WIDTHS[7]),
            (f.help.as_deref().unwrap_or_default(), WIDTHS[8]),
            (f.value.as_deref().unwrap_or_default(), WIDTHS[6]),
            (status.as_str(), WIDTHS[9]),
            (found_in.as_str(), WIDTHS[4]),
        ]
        .iter()
        .map(|(t, w)| lines(t, *w))
        .max()
        .unwrap_or(1);
        ws.set_row_height(row, row_height(height))?;
    }
    Ok(rows)
}
