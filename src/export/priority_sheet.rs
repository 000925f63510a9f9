//! One sheet per priority, all with the same columns in the same order:
//! Ref, Focus area, Action id, Action, Lead, Evidence (impact), one column
//! per period in time order, Update notes, Evidence documents, then every
//! extra column found in the inputs.

use std::collections::{BTreeMap, HashMap, HashSet};

use rust_xlsxwriter::{
    ConditionalFormatCell, ConditionalFormatCellRule, DataValidation, DataValidationErrorStyle,
    ExcelDateTime, Format, Note, Worksheet, XlsxError,
};

use super::columns::{MasterColumn, PriorityColumn};
pub(crate) use super::print::{PrintSetup, print_setup};
use super::styles::{Styles, shown, status_width, written_rags};
use super::{
    Correction, MAX_NOTES_PER_SHEET, Master, MasterCell, WriteText, cell_text, clean_text,
};
use crate::check::{Finding, Severity};
use crate::model::{Rag, Reading, Scheme, Source, Text};

/// Ref, Focus area and Action id are printed again at the left of each page
/// a wide table continues on.
const REPEATED_COLUMNS: u16 = 2;

/// Empty rows under each table with the status columns' dropdowns and
/// colours, bordered, for the actions added next term.
pub(crate) const SPARE_ROWS: u32 = 50;

/// Lines a text needs at a column width, for row heights (Excel does not
/// always grow rows written by a library).
pub(crate) fn lines(text: &str, width: f64) -> usize {
    // Body text averages about 1.25 characters per unit of column width
    // (Calibri 11, the unit being the width of a `0`), and wraps at spaces,
    // inside the cell's padding (5 pixels, about 0.7 of a unit).
    let per_line = ((width - 0.7) * 1.25).max(4.0) as usize;
    text.split('\n').map(|l| wrapped_lines(l, per_line)).sum()
}

/// Lines a paragraph takes when wrapped at spaces, `per_line` characters to
/// a line; a word longer than a line is broken across lines.
fn wrapped_lines(paragraph: &str, per_line: usize) -> usize {
    let mut lines = 1;
    let mut used = 0;
    for word in paragraph.split(' ') {
        let len = word.chars().count();
        if used > 0 && used + 1 + len <= per_line {
            used += 1 + len;
            continue;
        }
        if used > 0 {
            lines += 1;
        }
        // The word starts a line, and runs on to more if it is longer.
        lines += len.saturating_sub(1) / per_line;
        used = len - len.saturating_sub(1) / per_line * per_line;
    }
    lines
}

/// Lines a status (bold, wrapped at spaces) takes in a column of `width`.
fn status_lines(text: &str, width: f64) -> usize {
    // As [`status_width`] reckons: 8 pixels a character.
    let per_line = ((width * 7.0 - 5.0) / 8.0).max(1.0) as usize;
    wrapped_lines(text, per_line)
}

pub(crate) fn row_height(lines: usize) -> f64 {
    (lines.max(1) as f64 * 15.0).min(409.0)
}

/// One column of a priority sheet as written.
#[derive(Debug, Clone)]
pub(crate) struct SheetColumn {
    pub kind: PriorityColumn,
    pub heading: String,
    pub width: f64,
}

/// A document's priority-sheet columns, in order: [`PriorityColumn::ALL`],
/// a status column per period, the timeframe only where some action has
/// one, an extra column per one found in the inputs.
pub(crate) fn columns(
    master: &Master<'_>,
    periods: &[super::MasterPeriod],
    document: super::Document,
    scheme: &Scheme,
) -> Vec<SheetColumn> {
    let headings = &master.layout.priority.columns;
    let mut cols = Vec::new();
    for &kind in PriorityColumn::ALL {
        let width = kind.width(scheme);
        let column = |heading: &str| SheetColumn {
            kind,
            heading: heading.to_string(),
            width,
        };
        match kind {
            PriorityColumn::Status => cols.extend(periods.iter().map(|p| column(&p.label))),
            PriorityColumn::Extra => cols.extend(
                master
                    .extras
                    .get(&document)
                    .into_iter()
                    .flatten()
                    .map(|e| column(e)),
            ),
            PriorityColumn::Timeframe if !master.timeframe.contains(&document) => {}
            _ => cols.push(column(headings.of(kind))),
        }
    }
    cols
}

/// The text of a priority sheet's first cell: its heading as the plan words
/// it (`Workstream 2: …`, read back as such), then its description. `name`:
/// its sheet's name, which heads a priority with neither number nor title.
pub(crate) fn title_of(priority: &crate::model::Priority, name: &str) -> String {
    let term = match priority.layout {
        crate::model::Layout::ActionPlan => priority.term.unwrap_or("Priority"),
        _ => "Priority",
    };
    // An unnumbered priority (a section such as `Transport`) is headed by
    // its name alone, which a master read back takes as its title.
    let stated_title = priority.title.as_ref().filter(|t| !t.value.is_empty());
    let mut title = match (priority.number, stated_title) {
        (Some(n), Some(t)) => format!("{term} {n}: {}", t.value),
        (Some(n), None) => format!("{term} {n}:"),
        (None, Some(t)) => t.value.clone(),
        (None, None) => name.to_string(),
    };
    if let Some(d) = &priority.description {
        title.push('\n');
        title.push_str(d);
    }
    title
}

/// The canonical text of a status cell, and what build corrected (the value
/// found) when it did.
fn status_text(scheme: &Scheme, text: &Text) -> (String, Option<Rag>, Option<String>) {
    match scheme.read_cell(text) {
        Reading::Empty => (text.value.clone(), None, None),
        Reading::Canonical(rag) => (scheme.write(rag), Some(rag), None),
        Reading::Variant { rag, .. } | Reading::Homoglyph { rag, .. } => {
            (scheme.write(rag), Some(rag), Some(text.raw().to_string()))
        }
        Reading::ColourOnly(rag) => (
            scheme.write(rag),
            Some(rag),
            Some(format!("{} fill", rag.name().to_lowercase())),
        ),
        Reading::FreeText { .. } | Reading::Unknown => (text.value.clone(), None, None),
    }
}

/// Adds the dropdown and the conditional formats to a block of status cells.
pub(crate) fn status_rules(
    ws: &mut Worksheet,
    scheme: &Scheme,
    styles: &Styles,
    first_row: u32,
    last_row: u32,
    first_col: u16,
    last_col: u16,
) -> Result<(), XlsxError> {
    if last_row < first_row || last_col < first_col {
        return Ok(());
    }
    let codes: Vec<String> = scheme.codes().into_iter().map(String::from).collect();
    let validation = DataValidation::new()
        .allow_list_strings(&codes)?
        .set_error_style(DataValidationErrorStyle::Warning)
        .set_error_title("Not a RAG code")?
        .set_error_message(format!("Write one of {}.", codes.join(", ")))?
        .set_input_title("Status")?
        .set_input_message("Blue: embedded; Green: completed; Amber: in progress; Red: delayed, concerns; Grey: not started")?;
    ws.add_data_validation(first_row, first_col, last_row, last_col, &validation)?;
    for rag in written_rags() {
        let rule = ConditionalFormatCell::new()
            .set_rule(ConditionalFormatCellRule::EqualTo(
                scheme.write(rag).as_str(),
            ))
            .set_format(styles.conditional(shown(rag)));
        ws.add_conditional_format(first_row, first_col, last_row, last_col, &rule)?;
    }
    Ok(())
}

/// What writing one priority sheet placed, for the sheets written after it.
pub(crate) struct Written {
    /// Where each source cell went.
    pub cells: Vec<(Source, MasterCell)>,
    /// The codes written in canonical form, in the order written.
    pub corrections: Vec<Correction>,
    /// Flagged cells left without a note (see [`MAX_NOTES_PER_SHEET`]).
    pub notes_left_out: usize,
}

/// Writes priority sheet `k` into `ws`, a constant-memory worksheet: rows go
/// out in order (a focus area's merge is written before its actions), and
/// nothing is written to a row once a later one has been started. Needs
/// nothing from the other priority sheets, so they are written side by side.
pub(crate) fn write(
    master: &Master<'_>,
    k: usize,
    ws: &mut Worksheet,
) -> Result<Written, XlsxError> {
    let (index, name) = master.sheets[k].clone();
    let plan = &master.loaded.plan;
    let priority = &plan.priorities[index];
    let styles = &master.styles;
    let scheme = master.loaded.plan.scheme_of(priority);
    let document = super::document(priority, &master.areas);
    let periods = master.periods_of(document).to_vec();
    let period_width = status_width(scheme);
    let cols = columns(master, &periods, document, scheme);
    let last_col = (cols.len() - 1) as u16;
    let widths: Vec<f64> = cols.iter().map(|c| c.width).collect();
    // The status columns: from the first after those before them in
    // [`PriorityColumn::ALL`], one per period.
    let first_period = cols
        .iter()
        .take_while(|c| c.kind.index() < PriorityColumn::Status.index())
        .count() as u16;
    let notes_col = first_period + periods.len() as u16;
    let id_col = PriorityColumn::ActionId.index();
    let column_breaks = super::print::column_breaks(&widths, Some(REPEATED_COLUMNS), master.paper);
    // The text above the table spans the first printed page's columns (at
    // most ten), so no page shows it cut.
    let banner_last = column_breaks
        .first()
        .map_or(last_col, |b| b - 1)
        .min(last_col)
        .min(9);
    let total_width: f64 = widths.iter().take(usize::from(banner_last) + 1).sum();
    ws.set_name(&name)?;
    let mut placed: Vec<(Source, u32, u16)> = Vec::new();
    let mut corrections: Vec<Correction> = Vec::new();

    // Above the table: title, vision, legend, other notes, stated status.
    let mut row = 0u32;
    // `scale`: how much larger than body text the format's font is (the
    // title's is 14 pt bold): fewer characters to a line, taller lines.
    let mut banner = |ws: &mut Worksheet,
                      row: &mut u32,
                      text: &str,
                      (format, scale): (&Format, f64),
                      source: Option<Source>|
     -> Result<(), XlsxError> {
        let text = cell_text(text);
        if banner_last == 0 {
            ws.text(*row, 0, text.as_ref(), format)?;
        } else {
            ws.merged_text((*row, 0), (*row, banner_last), text.as_ref(), format)?;
        }
        let height = row_height(lines(&text, total_width / scale)) * scale;
        ws.set_row_height(*row, height.min(409.0))?;
        if let Some(s) = source {
            placed.push((s, *row, 0));
        }
        *row += 1;
        Ok(())
    };
    let title = title_of(priority, &name);
    banner(
        ws,
        &mut row,
        &title,
        (&styles.title, super::styles::TITLE_SCALE),
        priority.title.as_ref().map(|t| t.source),
    )?;
    for text in priority
        .vision
        .iter()
        .chain(priority.legend.iter())
        .chain(priority.preamble.iter())
    {
        banner(
            ws,
            &mut row,
            &text.value,
            (&styles.subtitle, 1.0),
            Some(text.source),
        )?;
    }
    ws.merged_text(
        (row, 0),
        (row, id_col - 1),
        &master.layout.priority.stated_label,
        &styles.bold,
    )?;
    // The stated status sits in the narrow Action id column; a scheme of
    // words (`Off track`) gets the column beside it too, so no word of it
    // breaks.
    let stated_last = if period_width > super::styles::MIN_STATUS_WIDTH {
        id_col + 1
    } else {
        id_col
    };
    let stated = |ws: &mut Worksheet, text: &str, format: &Format| -> Result<(), XlsxError> {
        if stated_last > id_col {
            ws.merged_text((row, id_col), (row, stated_last), text, format)
        } else if text.is_empty() {
            ws.write_blank(row, id_col, format).map(|_| ())
        } else {
            ws.text(row, id_col, text, format)
        }
    };
    if let Some(status) = &priority.stated_status {
        let (text, rag, corrected) = status_text(scheme, status);
        stated(ws, &text, styles.status(rag))?;
        placed.push((status.source, row, id_col));
        if let Some(from) = corrected {
            corrections.push(Correction {
                source: status.source,
                from,
                to: text,
            });
        }
    } else {
        stated(ws, "", styles.status(None))?;
    }
    status_rules(ws, scheme, &master.styles, row, row, id_col, stated_last)?;
    row += 2;

    // The table.
    let header_row = row;
    for (c, column) in cols.iter().enumerate() {
        let c = c as u16;
        ws.set_column_width(c, column.width)?;
        let period = (first_period..notes_col)
            .contains(&c)
            .then(|| &periods[usize::from(c - first_period)]);
        match period.and_then(|p| p.month) {
            Some(m) => {
                let date = ExcelDateTime::from_ymd(m.year as u16, m.month, 1)?;
                ws.write_datetime_with_format(header_row, c, date, &styles.period)?;
            }
            None => {
                ws.text(header_row, c, &column.heading, &styles.header)?;
            }
        }
    }
    // Headings wrap at their words (a bold heading is a little wider).
    let heading_lines = cols
        .iter()
        .map(|c| lines(&c.heading, c.width * 0.9))
        .max()
        .unwrap_or(1);
    ws.set_row_height(header_row, row_height(heading_lines))?;
    // Which master period each of this priority's periods is.
    let period_col: Vec<Option<u16>> = priority
        .periods
        .iter()
        .map(|p| {
            periods
                .iter()
                .position(|m| m.is(p))
                .map(|i| first_period + i as u16)
        })
        .collect();

    row += 1;
    let first_data = row;
    for fa in &priority.focus_areas {
        let start = row;
        let rows = fa.actions.len().max(1) as u32;
        // The merge first: a constant-memory sheet cannot go back to row `start`.
        let end = start + rows - 1;
        let reference = fa.reference.clone().unwrap_or_default();
        for (col, text) in [
            (PriorityColumn::Reference.index(), reference.as_str()),
            (PriorityColumn::FocusArea.index(), fa.title.value.as_str()),
        ] {
            if end > start {
                ws.merged_text((start, col), (end, col), text, &styles.cell)?;
            } else {
                ws.text(start, col, text, &styles.cell)?;
            }
        }
        placed.push((fa.title.source, start, PriorityColumn::FocusArea.index()));
        for action in &fa.actions {
            let mut height = 1;
            let mut put = |ws: &mut Worksheet,
                           col: u16,
                           text: Option<&Text>,
                           width: f64|
             -> Result<(), XlsxError> {
                match text {
                    Some(t) if !t.is_empty() => {
                        ws.text(row, col, &t.value, &styles.cell)?;
                        height = height.max(lines(&t.value, width));
                    }
                    _ => {
                        ws.write_blank(row, col, &styles.cell)?;
                    }
                }
                if let Some(t) = text {
                    placed.push((t.source, row, col));
                }
                Ok(())
            };
            // Each column in turn; the focus area's are merged above, the
            // statuses written below.
            let mut extras = action_extras(&cols, action);
            for (c, column) in cols.iter().enumerate() {
                let c = c as u16;
                match column.kind {
                    PriorityColumn::Reference
                    | PriorityColumn::FocusArea
                    | PriorityColumn::Status => {}
                    PriorityColumn::ActionId => match &action.id {
                        Some(id) => {
                            ws.text(row, c, id, &styles.centre)?;
                        }
                        None => {
                            ws.write_blank(row, c, &styles.centre)?;
                        }
                    },
                    PriorityColumn::Extra => {
                        put(ws, c, extras.next().flatten(), column.width)?;
                    }
                    kind => put(ws, c, kind.text(action), column.width)?,
                }
            }
            // Period columns this action has no status for stay blank, in the
            // status style (each cell written once: formats are hashed per write).
            let mut filled = vec![false; usize::from(notes_col - first_period)];
            for (i, status) in action.statuses.iter().enumerate() {
                let Some(col) = period_col.get(i).copied().flatten() else {
                    continue;
                };
                let (text, rag, corrected) = status_text(scheme, status);
                if text.is_empty() {
                    ws.write_blank(row, col, styles.status(None))?;
                } else {
                    ws.text(row, col, &text, styles.status(rag))?;
                    height = height.max(status_lines(&text, period_width));
                }
                placed.push((status.source, row, col));
                filled[usize::from(col - first_period)] = true;
                if let Some(from) = corrected {
                    corrections.push(Correction {
                        source: status.source,
                        from,
                        to: text,
                    });
                }
            }
            for (c, _) in (first_period..notes_col).zip(&filled).filter(|(_, f)| !**f) {
                ws.write_blank(row, c, styles.status(None))?;
            }
            ws.set_row_height(row, row_height(height))?;
            row += 1;
        }
        if fa.actions.is_empty() {
            for c in id_col..=last_col {
                ws.write_blank(row, c, &styles.cell)?;
            }
            row += 1;
        }
    }
    let last_data = row.saturating_sub(1).max(first_data);
    if row == first_data {
        for c in 0..=last_col {
            ws.write_blank(row, c, &styles.cell)?;
        }
    }
    // The spare rows: empty, bordered, status cells in the status style. No
    // value in them, so ragplan reads no action from them.
    let last_spare = last_data + SPARE_ROWS;
    for r in last_data + 1..=last_spare {
        for c in 0..=last_col {
            let format = if (first_period..notes_col).contains(&c) {
                styles.status(None)
            } else {
                &styles.cell
            };
            ws.write_blank(r, c, format)?;
        }
    }
    if notes_col > first_period {
        status_rules(
            ws,
            scheme,
            &master.styles,
            first_data,
            last_spare,
            first_period,
            notes_col - 1,
        )?;
    }
    ws.autofilter(header_row, 0, last_spare, last_col)?;
    ws.set_freeze_panes(header_row + 1, 0)?;
    let page_title: String = title
        .lines()
        .next()
        .unwrap_or_default()
        .chars()
        .take(120)
        .collect();
    print_setup(
        ws,
        &PrintSetup {
            paper: master.paper,
            title: &page_title,
            repeat_rows: Some((header_row, header_row)),
            repeat_columns: Some((0, REPEATED_COLUMNS)),
            column_breaks,
            row_breaks: Vec::new(),
            // The table without its spare rows.
            area: Some((0, 0, last_data, last_col)),
        },
    )?;

    let here: HashMap<Source, (u32, u16)> = placed.iter().map(|(s, r, c)| (*s, (*r, *c))).collect();
    let corrected: HashSet<Source> = corrections.iter().map(|c| c.source).collect();
    let notes_left_out = add_notes(master.findings, &here, &corrected, ws)?;
    // The Findings and Leads sheets link to the flagged cells and the action
    // texts; only those are kept for them (a master places every cell it
    // reads, and one entry each was a tenth of a large build's memory).
    let linked: HashSet<Source> = master
        .findings
        .iter()
        .filter_map(Finding::source)
        .filter(|s| here.contains_key(s))
        .chain(priority.actions().map(|a| a.text.source))
        .collect();
    drop(here);
    let sheet: std::sync::Arc<str> = name.as_str().into();
    let cells = placed
        .into_iter()
        .filter(|(source, _, _)| linked.contains(source))
        .map(|(source, row, col)| {
            let sheet = sheet.clone();
            (source, MasterCell { sheet, row, col })
        })
        .collect();
    Ok(Written {
        cells,
        corrections,
        notes_left_out,
    })
}

/// The action's value of each extra column, in the columns' order.
fn action_extras<'a>(
    cols: &'a [SheetColumn],
    action: &'a crate::model::Action,
) -> impl Iterator<Item = Option<&'a Text>> + 'a {
    cols.iter()
        .filter(|c| c.kind == PriorityColumn::Extra)
        .map(move |c| {
            action
                .extra
                .iter()
                .find(|e| e.name == c.heading)
                .map(|e| &e.value)
        })
}

/// A note on every flagged cell of this sheet (`here`: where this sheet put
/// each source cell), with its findings, up to [`MAX_NOTES_PER_SHEET`] (the
/// cells with the most severe findings first); returns how many flagged
/// cells were left without one.
fn add_notes(
    findings: &[Finding],
    here: &HashMap<Source, (u32, u16)>,
    corrected_here: &HashSet<Source>,
    ws: &mut Worksheet,
) -> Result<usize, XlsxError> {
    // (row, col) → (most severe finding, texts)
    let mut by_cell: BTreeMap<(u32, u16), (Severity, Vec<String>)> = BTreeMap::new();
    for f in findings {
        let Some(source) = f.source() else {
            continue;
        };
        let Some(&(row, col)) = here.get(&source) else {
            continue;
        };
        let corrected = corrected_here.contains(&source) && f.rule.corrected_by_build;
        let mut text = format!("{} [{}] {}", f.severity.as_str(), f.rule.code, f.message);
        if corrected {
            text = format!(
                "Corrected by ragplan: was `{}`. {text}",
                f.value.as_deref().unwrap_or_default()
            );
        } else if let Some(h) = &f.help {
            text.push_str(&format!("\nWhat to write: {h}"));
        }
        let entry = by_cell
            .entry((row, col))
            .or_insert((f.severity, Vec::new()));
        entry.0 = entry.0.max(f.severity);
        entry.1.push(text);
    }
    let mut cells: Vec<_> = by_cell.into_iter().collect();
    let left_out = cells.len().saturating_sub(MAX_NOTES_PER_SHEET);
    if left_out > 0 {
        // Most severe first, then in sheet order.
        cells.sort_by_key(|(at, (severity, _))| (std::cmp::Reverse(*severity), *at));
        cells.truncate(MAX_NOTES_PER_SHEET);
        cells.sort_by_key(|(at, _)| *at);
    }
    for ((r, c), (_, texts)) in cells {
        // A note holds 54 characters fewer than a cell.
        let note = Note::new(clean_text(&texts.join("\n\n"), 32_767 - 54).as_ref())
            .set_author("ragplan")
            .set_width(360)
            .set_height(150);
        ws.insert_note(r, c, &note)?;
    }
    Ok(left_out)
}

#[cfg(test)]
mod tests {
    use super::{lines, wrapped_lines};

    #[test]
    fn paragraphs_wrap_at_spaces() {
        assert_eq!(wrapped_lines("", 10), 1);
        assert_eq!(wrapped_lines("aaaa bbbb", 9), 1);
        // `aaaa bbbb c` does not fit in 10: the last word moves down.
        assert_eq!(wrapped_lines("aaaa bbbb cc", 10), 2);
        // Character counts alone would say 2 lines of 10 for 20 characters.
        assert_eq!(wrapped_lines("aaaaaa bbbbbb cccccc", 10), 3);
        // A word longer than a line breaks across lines.
        assert_eq!(wrapped_lines("aaaaaaaaaaaaaaaaaaaaaaaaa", 10), 3);
        assert_eq!(wrapped_lines("x aaaaaaaaaaaaaaaaaaaa y", 10), 4);
        assert_eq!(lines("one\ntwo\n\nfour", 20.0), 4);
    }
}
