//! Findings: every diagnostic, with a link to its cell in the master. What
//! build corrected by itself is listed as corrected, with the value found.

use rust_xlsxwriter::{DataValidation, DataValidationErrorStyle, Worksheet, XlsxError};

use super::print::{PrintSetup, print_setup};
use super::priority_sheet::{lines, row_height};
use super::{FindingsColumn, Master, MasterColumn, WriteText};
use crate::check::Severity;
use crate::model::TriageStatus;

/// Widths (characters), from [`FindingsColumn::width`]: they fit across a
/// printed A4 page (a test holds them to it).
#[cfg(test)]
pub(crate) fn widths() -> Vec<f64> {
    FindingsColumn::ALL.iter().map(|c| c.width()).collect()
}

/// Fills the Findings sheet, row by row in order: it may hold a row per
/// finding of a very large plan, so it is a constant-memory worksheet, whose
/// sheet-wide settings come before its first row.
/// Returns the row of each finding.
pub(crate) fn write(master: &Master<'_>, ws: &mut Worksheet) -> Result<Vec<u32>, XlsxError> {
    use FindingsColumn as C;
    let styles = &master.styles;
    let layout = &master.layout;
    let plan = &master.loaded.plan;
    ws.set_name(&layout.sheets.findings)?;
    let last = master.findings.len() as u32;
    let last_col = C::Comment.index();
    ws.autofilter(0, 0, last.max(1), last_col)?;
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
    for (column, name) in layout.findings.columns.all::<C>() {
        ws.text(0, column.index(), name, &styles.header)?;
        ws.set_column_width(column.index(), column.width())?;
    }
    // The officer's Status: a dropdown of the triage statuses (a warning,
    // not a refusal: `corrected by build: …` is written there too).
    if last > 0 {
        let choices: Vec<&str> = TriageStatus::ALL.iter().map(|s| s.label()).collect();
        let validation = DataValidation::new()
            .allow_list_strings(&choices)?
            .set_error_style(DataValidationErrorStyle::Information)
            .set_input_title("Status")?
            .set_input_message(
                "accepted or won't fix: kept for this finding in the next build, and hidden from ragplan check",
            )?;
        ws.add_data_validation(1, C::Status.index(), last, C::Status.index(), &validation)?;
    }
    let actions = crate::check::triage::ActionsByRow::new(plan);
    let mut rows = Vec::with_capacity(master.findings.len());
    for (i, f) in master.findings.iter().enumerate() {
        let row = i as u32 + 1;
        rows.push(row);
        let severity = match f.severity {
            Severity::Error => &styles.severities[0],
            Severity::Warning => &styles.severities[1],
            Severity::Info => &styles.severities[2],
        };
        ws.text(row, C::Severity.index(), f.severity.as_str(), severity)?;
        ws.text(row, C::Code.index(), f.rule.code, &styles.cell)?;
        ws.text(row, C::Rule.index(), f.rule.name, &styles.cell)?;
        let source = f.source();
        match source.and_then(|s| master.cells.get(&s)) {
            Some(cell) => {
                ws.link(
                    row,
                    C::Cell.index(),
                    cell.link(),
                    cell.display(),
                    &styles.link,
                )?;
            }
            None => {
                ws.write_blank(row, C::Cell.index(), &styles.cell)?;
            }
        }
        let file = plan.file(f.file).display();
        let found_in = match (f.sheet, f.cell) {
            (Some(s), Some(c)) => {
                let sheet = plan.sheet_name_at(f.file, s);
                format!("{file} › {}", crate::report::sheet_cell(sheet, c))
            }
            _ => file.to_string(),
        };
        let action = actions.label_of(f).unwrap_or_default();
        let text = |ws: &mut Worksheet, col: C, s: Option<&str>| -> Result<(), XlsxError> {
            match s {
                Some(s) if !s.is_empty() => ws.text(row, col.index(), s, &styles.cell).map(|_| ()),
                _ => ws.write_blank(row, col.index(), &styles.cell).map(|_| ()),
            }
        };
        text(ws, C::Action, Some(&action))?;
        text(ws, C::FoundIn, Some(&found_in))?;
        text(ws, C::Field, f.field.as_deref())?;
        text(ws, C::Value, f.value.as_deref())?;
        text(ws, C::Message, Some(&f.message))?;
        text(ws, C::Help, f.help.as_deref())?;
        let correction = source
            .and_then(|s| master.correction(&s))
            .filter(|_| f.rule.corrected_by_build);
        let status = match (correction, &f.triage) {
            (Some(c), _) => format!(
                "{}: `{}` → `{}`",
                layout.findings.corrected,
                c.from.trim(),
                c.to
            ),
            (None, Some(t)) => t.status.label().to_string(),
            (None, None) => layout.findings.open.clone(),
        };
        let status_format = if correction.is_some() {
            &styles.corrected
        } else {
            &styles.cell
        };
        ws.text(row, C::Status.index(), &status, status_format)?;
        let comment = f.triage.as_ref().map(|t| t.comment.as_str());
        text(ws, C::Comment, comment)?;
        let height = [
            (f.message.as_str(), C::Message),
            (f.help.as_deref().unwrap_or_default(), C::Help),
            (f.value.as_deref().unwrap_or_default(), C::Value),
            (status.as_str(), C::Status),
            (found_in.as_str(), C::FoundIn),
            (action.as_str(), C::Action),
            (comment.unwrap_or_default(), C::Comment),
        ]
        .iter()
        .map(|(t, c)| lines(t, c.width()))
        .max()
        .unwrap_or(1);
        ws.set_row_height(row, row_height(height))?;
    }
    Ok(rows)
}
