//! Leads: each person (a joint lead counts for each of its people), then
//! their actions with links, and each action's status in its priority's
//! latest period.

use std::collections::BTreeMap;

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::print::{PrintSetup, print_setup};
use super::{Master, WriteText, cell_text};
use crate::check::summary::Counts;
use crate::model::{Action, FocusArea, Priority, person_key};

/// Widths (characters) that fit across a printed A4 page (a test holds them
/// to it); the status column's is the scheme's [`super::styles::status_width`].
pub(crate) const WIDTHS: [f64; 7] = [22.0, 18.0, 6.0, 7.0, 70.0, 12.0, 12.0];
/// Characters of an action shown as its link.
const LABEL: usize = 85;

/// Writes the Leads sheet into `ws`, a constant-memory worksheet: each
/// person's row (with their tally) goes out before their actions.
pub(crate) fn write(master: &Master<'_>, ws: &mut Worksheet) -> Result<(), XlsxError> {
    let styles = &master.styles;
    let layout = &master.layout;
    let plan = &master.loaded.plan;
    let scheme = master.scheme;
    ws.set_name(&layout.sheets.leads)?;
    let mut widths = WIDTHS;
    widths[5] = widths[5].max(super::styles::status_width(scheme));
    for (c, (name, width)) in layout.leads.columns.iter().zip(widths).enumerate() {
        ws.text(0, c as u16, name, &styles.header)?;
        ws.set_column_width(c as u16, width)?;
    }
    // Person key → (spelling first met, actions), sorted by name.
    type Entry<'p> = (usize, &'p Priority, &'p FocusArea, &'p Action);
    let mut people: BTreeMap<String, (String, Vec<Entry<'_>>)> = BTreeMap::new();
    for (index, priority) in plan.priorities.iter().enumerate() {
        for fa in &priority.focus_areas {
            for action in &fa.actions {
                for person in &action.leads {
                    // Listed under the roster's name when the roster has an alias for it.
                    let name = master.roster.canonical(person);
                    let entry = people
                        .entry(person_key(name))
                        .or_insert_with(|| (name.to_string(), Vec::new()));
                    entry.1.push((index, priority, fa, action));
                }
            }
        }
    }
    let mut row = 1u32;
    for (name, entries) in people.values() {
        let person_row = row;
        row += 1;
        let rag_of = |index: usize, action: &Action| {
            let latest = master.summaries[index]
                .latest
                .and_then(|i| action.statuses.get(i));
            let scheme = master.summaries[index].scheme;
            latest.and_then(|t| scheme.read_cell(t).rag())
        };
        let rags: Vec<_> = entries
            .iter()
            .map(|(index, _, _, action)| rag_of(*index, action))
            .collect();
        let mut counts = Counts::default();
        for rag in &rags {
            counts.add(*rag);
        }
        let tally = counts.in_words(scheme);
        let n = entries.len();
        ws.text(person_row, 0, name, &styles.person)?;
        ws.merged_text(
            (person_row, 1),
            (person_row, 6),
            format!("{n} action{}: {}", if n == 1 { "" } else { "s" }, tally),
            &styles.person,
        )?;
        for ((index, _, fa, action), rag) in entries.iter().zip(rags) {
            let summary = &master.summaries[*index];
            ws.text(row, 0, name, &styles.cell)?;
            let sheet = master
                .sheets
                .iter()
                .find(|(i, _)| i == index)
                .map(|(_, n)| n.as_str())
                .unwrap_or_default();
            ws.text(row, 1, sheet, &styles.cell)?;
            ws.text(
                row,
                2,
                fa.reference.as_deref().unwrap_or_default(),
                &styles.centre,
            )?;
            ws.text(
                row,
                3,
                action.id.as_deref().unwrap_or_default(),
                &styles.centre,
            )?;
            // A one-line label: LibreOffice does not wrap link cells, and the
            // whole action is one click away.
            let first_line = action.text.value.lines().next().unwrap_or_default();
            let label: String = if first_line.chars().count() > LABEL {
                format!(
                    "{}…",
                    first_line.chars().take(LABEL - 1).collect::<String>()
                )
            } else {
                first_line.to_string()
            };
            let text = cell_text(&label);
            match master.cells.get(&action.text.source) {
                Some(cell) => {
                    ws.link(row, 4, cell.link(), text.as_ref(), &styles.link)?;
                }
                None => {
                    ws.text(row, 4, text.as_ref(), &styles.cell)?;
                }
            }
            let code = rag.map(|r| summary.scheme.write(r)).unwrap_or_default();
            ws.text(row, 5, &code, styles.status(rag))?;
            ws.text(
                row,
                6,
                summary.latest_label().unwrap_or_default(),
                &styles.centre,
            )?;
            ws.set_row_height(
                row,
                super::priority_sheet::row_height(super::priority_sheet::lines(&text, WIDTHS[4])),
            )?;
            row += 1;
        }
    }
    ws.autofilter(0, 0, row.saturating_sub(1).max(1), 6)?;
    ws.set_freeze_panes(1, 0)?;
    print_setup(
        ws,
        &PrintSetup {
            paper: master.paper,
            title: &layout.sheets.leads,
            repeat_rows: Some((0, 0)),
            ..PrintSetup::default()
        },
    )?;
    Ok(())
}
