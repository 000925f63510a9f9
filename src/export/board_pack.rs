//! The Board pack: what a board meeting reads, printable on its own. Each
//! priority's figures (its computed status and counts in its latest period,
//! as the Summary has them), then every action whose latest status is Red or
//! Amber (a split counts by its worse half: `G/A` and `A/R` are in), with
//! its lead, its latest note and its statuses over the periods, each linked
//! to its cell on its priority sheet.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::print::{PrintSetup, print_setup};
use super::priority_sheet::{lines, row_height};
use super::styles::{shown, status_width};
use super::{Master, WriteText};
use crate::check::summary::PrioritySummary;
use crate::model::{Action, Rag, Reading, Scheme, Status};

/// Priority, Ref, Action id, Latest status, Action, Led by, Latest note,
/// History: fits across a printed A4 page (a test holds it to it). The
/// summary block above shares them: Priority, Period (over Ref and Action
/// id), Computed status, Problem statement, Actions, Actions by status, %
/// complete.
pub(crate) const WIDTHS: [f64; 8] = [16.0, 6.0, 7.0, 10.0, 44.0, 16.0, 44.0, 18.0];

/// The most characters of a note shown ([`latest_part`]; the whole note is
/// a click away, on the priority sheet).
const NOTE_CHARS: usize = 700;

/// A note's latest part: the whole note, or when it is long its end (notes
/// are written as dated entries, the newest last), from a word on.
fn latest_part(note: &str) -> String {
    let count = note.chars().count();
    if count <= NOTE_CHARS {
        return note.to_string();
    }
    let tail: String = note.chars().skip(count - (NOTE_CHARS - 1)).collect();
    let from_word = tail.find(' ').map_or(tail.as_str(), |i| &tail[i + 1..]);
    format!("…{from_word}")
}

/// What is shown for a period with no status, and for one that holds
/// something other than a code.
const NO_STATUS: &str = "–";
const NOT_A_CODE: &str = "?";

/// Whether an action at this status belongs in the pack.
fn red_or_amber(rag: Rag) -> bool {
    matches!(shown(rag), Status::Red | Status::Amber)
}

/// `G → A → R`: each of the priority's periods in time order.
pub(crate) fn history(action: &Action, scheme: &Scheme) -> String {
    action
        .statuses
        .iter()
        .map(|t| match scheme.read_cell(t) {
            Reading::Empty => NO_STATUS.to_string(),
            reading => reading
                .rag()
                .map_or_else(|| NOT_A_CODE.to_string(), |r| scheme.write(r)),
        })
        .collect::<Vec<_>>()
        .join(" → ")
}

/// Writes the Board pack into `ws` (a constant-memory worksheet: rows in
/// order), after the priority sheets, whose cells it links to.
pub(crate) fn write(master: &Master<'_>, ws: &mut Worksheet) -> Result<(), XlsxError> {
    let styles = &master.styles;
    let words = &master.layout.board_pack;
    ws.set_name(&master.layout.sheets.board_pack)?;
    let mut widths = WIDTHS;
    widths[3] = widths[3].max(status_width(master.scheme));
    for (c, w) in widths.iter().enumerate() {
        ws.set_column_width(c as u16, *w)?;
    }
    let last_col = (widths.len() - 1) as u16;
    ws.merged_text((0, 0), (0, last_col), &words.title, &styles.title)?;
    ws.set_row_height(0, 24.0)?;

    // The figures of each priority, in sheet order.
    let mut row = 2u32;
    let summary_header = row;
    let spans: [(u16, u16); 7] = [(0, 0), (1, 2), (3, 3), (4, 4), (5, 5), (6, 6), (7, 7)];
    for ((first, last), name) in spans.iter().zip(&words.summary_columns) {
        header(ws, row, *first, *last, name, styles)?;
    }
    let header_lines = |names: &[String], widths: &[f64]| {
        names
            .iter()
            .zip(widths)
            .map(|(n, w)| lines(n, *w))
            .max()
            .unwrap_or(1)
    };
    let mut merged = widths.to_vec();
    merged[1] += merged.remove(2);
    ws.set_row_height(
        row,
        row_height(header_lines(&words.summary_columns, &merged)),
    )?;
    row += 1;
    let summaries: Vec<(&PrioritySummary<'_>, &str)> = master
        .sheets
        .iter()
        .map(|(i, sheet)| (&master.summaries[*i], sheet.as_str()))
        .collect();
    for (s, sheet) in &summaries {
        super::summary_sheet::sheet_link(ws, row, sheet, &styles.link)?;
        ws.merged_text(
            (row, 1),
            (row, 2),
            s.latest_label().unwrap_or_default(),
            &styles.centre,
        )?;
        let computed = s.computed.map(|c| c.rag);
        ws.text(
            row,
            3,
            computed.map(|r| s.scheme.write(r)).unwrap_or_default(),
            styles.status(computed),
        )?;
        let problem = s.title();
        ws.text(row, 4, problem, &styles.cell)?;
        ws.write_number_with_format(row, 5, s.counts.total() as f64, &styles.centre)?;
        let tally = s.counts.in_words(s.scheme);
        ws.text(row, 6, &tally, &styles.cell)?;
        // No share of a priority with no status at all (it is not 0% done).
        match s.percent_complete().filter(|_| s.counts.any_status()) {
            Some(p) => ws.write_number_with_format(row, 7, p, &styles.percent)?,
            None => ws.write_blank(row, 7, &styles.percent)?,
        };
        let height = lines(problem, widths[4]).max(lines(&tally, widths[6]));
        ws.set_row_height(row, row_height(height))?;
        row += 1;
    }
    if summaries.is_empty() {
        row += 1;
    }

    // Every Red and Amber action, on pages of their own under their header.
    row += 1;
    let actions_start = row;
    ws.merged_text(
        (row, 0),
        (row, last_col),
        &words.actions_title,
        &styles.bold,
    )?;
    row += 1;
    let actions_header = row;
    for (c, name) in words.action_columns.iter().enumerate() {
        header(ws, row, c as u16, c as u16, name, styles)?;
    }
    ws.set_row_height(
        row,
        row_height(header_lines(&words.action_columns, &widths)),
    )?;
    row += 1;
    let first_action = row;
    for (s, sheet) in &summaries {
        let Some(latest) = s.latest else {
            continue;
        };
        for fa in &s.priority.focus_areas {
            for action in &fa.actions {
                let rag = action
                    .statuses
                    .get(latest)
                    .and_then(|t| s.scheme.read_cell(t).rag());
                let Some(rag) = rag.filter(|r| red_or_amber(*r)) else {
                    continue;
                };
                ws.text(row, 0, *sheet, &styles.cell)?;
                ws.text(
                    row,
                    1,
                    fa.reference.as_deref().unwrap_or_default(),
                    &styles.centre,
                )?;
                // The id is the link (LibreOffice does not wrap a link's text,
                // and the action is printed whole beside it).
                let id = action.id.as_deref().unwrap_or("→");
                match master.cells.get(&action.text.source) {
                    Some(cell) => ws.link(row, 2, cell.link(), id, &styles.link)?,
                    None => ws.text(row, 2, id, &styles.centre)?,
                }
                ws.text(row, 3, s.scheme.write(rag), styles.status(Some(rag)))?;
                ws.text(row, 4, &action.text.value, &styles.cell)?;
                let lead = action
                    .lead
                    .as_ref()
                    .map(|t| t.value.as_str())
                    .unwrap_or_default();
                ws.text(row, 5, lead, &styles.cell)?;
                let note = action
                    .notes
                    .as_ref()
                    .map(|t| t.value.as_str())
                    .unwrap_or_default();
                let note = latest_part(note);
                ws.text(row, 6, &note, &styles.cell)?;
                let history = history(action, s.scheme);
                ws.text(row, 7, &history, &styles.cell)?;
                let height = [
                    (action.text.value.as_str(), widths[4]),
                    (lead, widths[5]),
                    (note.as_str(), widths[6]),
                    (history.as_str(), widths[7]),
                ]
                .iter()
                .map(|(t, w)| lines(t, *w))
                .max()
                .unwrap_or(1);
                ws.set_row_height(row, row_height(height))?;
                row += 1;
            }
        }
    }
    if row == first_action {
        ws.merged_text((row, 0), (row, last_col), &words.none, &styles.text)?;
        row += 1;
    }
    let last = row - 1;
    ws.set_freeze_panes(summary_header + 1, 0)?;
    print_setup(
        ws,
        &PrintSetup {
            paper: master.paper,
            title: &words.title,
            repeat_rows: Some((actions_header, actions_header)),
            // The actions start a page, so their header repeats only over them.
            row_breaks: vec![actions_start],
            area: Some((0, 0, last, last_col)),
            ..PrintSetup::default()
        },
    )?;
    Ok(())
}

/// A header cell, merged over `first..=last`.
fn header(
    ws: &mut Worksheet,
    row: u32,
    first: u16,
    last: u16,
    name: &str,
    styles: &super::styles::Styles,
) -> Result<(), XlsxError> {
    if first == last {
        ws.text(row, first, name, &styles.header)
    } else {
        ws.merged_text((row, first), (row, last), name, &styles.header)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CellRef, FileId, Source, Text};

    #[test]
    fn history_shows_each_period_in_order() {
        let at = Source {
            file: FileId(0),
            sheet: 0,
            cell: CellRef::new(0, 0),
        };
        let text = |s: &str| Text::new_exact(s.to_string(), at, None);
        let action = Action {
            id: None,
            text: text("Do it"),
            lead: None,
            leads: Vec::new(),
            evidence: None,
            statuses: vec![
                text("G"),
                text(""),
                text("green"),
                text("A/R"),
                text("soon"),
            ],
            notes: None,
            documents: None,
            timeframe: None,
            id_assigned: false,
            extra: Vec::new(),
        };
        assert_eq!(history(&action, &Scheme::default()), "G → – → G → A/R → ?");
        assert!(red_or_amber(Rag::Split(Status::Green, Status::Amber)));
        assert!(red_or_amber(Rag::Split(Status::Amber, Status::Red)));
        assert!(!red_or_amber(Rag::Single(Status::Grey)));
        let long = format!("Sept 2019: {} December 2021: done.", "word ".repeat(200));
        let latest = latest_part(&long);
        assert!(latest.starts_with("…word "), "{latest}");
        assert!(latest.ends_with(" December 2021: done."));
        assert!(latest.chars().count() <= NOTE_CHARS);
        assert_eq!(latest_part("Feb 2021: short."), "Feb 2021: short.");
    }
}
