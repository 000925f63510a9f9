//! Leads: each person (a joint lead counts for each of its people), then
//! their actions with links, and each action's status in its priority's
//! latest period.

use std::collections::BTreeMap;

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::columns::{LeadsColumn as C, MasterColumn};
use super::print::{PrintSetup, print_setup};
use super::{Master, WriteText, cell_text};
use crate::check::summary::Counts;
use crate::model::{Action, FocusArea, Priority, person_key};

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
    for (column, name) in layout.leads.columns.all::<C>() {
        ws.text(0, column.index(), name, &styles.header)?;
        ws.set_column_width(column.index(), column.width(scheme))?;
    }
    let last_col = C::ALL.len() as u16 - 1;
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
        ws.text(person_row, C::Person.index(), name, &styles.person)?;
        ws.merged_text(
            (person_row, C::Person.index() + 1),
            (person_row, last_col),
            format!("{n} action{}: {}", if n == 1 { "" } else { "s" }, tally),
            &styles.person,
        )?;
        for ((index, _, fa, action), rag) in entries.iter().zip(rags) {
            let summary = &master.summaries[*index];
            ws.text(row, C::Person.index(), name, &styles.cell)?;
            let sheet = master
                .sheets
                .iter()
                .find(|(i, _)| i == index)
                .map(|(_, n)| n.as_str())
                .unwrap_or_default();
            ws.text(row, C::Priority.index(), sheet, &styles.cell)?;
            ws.text(
                row,
                C::Reference.index(),
                fa.reference.as_deref().unwrap_or_default(),
                &styles.centre,
            )?;
            ws.text(
                row,
                C::ActionId.index(),
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
                    ws.link(
                        row,
                        C::Action.index(),
                        cell.link(),
                        text.as_ref(),
                        &styles.link,
                    )?;
                }
                None => {
                    ws.text(row, C::Action.index(), text.as_ref(), &styles.cell)?;
                }
            }
            let code = rag.map(|r| summary.scheme.write(r)).unwrap_or_default();
            ws.text(row, C::LatestStatus.index(), &code, styles.status(rag))?;
            ws.text(
                row,
                C::Period.index(),
                summary.latest_label().unwrap_or_default(),
                &styles.centre,
            )?;
            ws.set_row_height(
                row,
                super::priority_sheet::row_height(super::priority_sheet::lines(
                    &text,
                    C::Action.width(scheme),
                )),
            )?;
            row += 1;
        }
    }
    ws.autofilter(0, 0, row.saturating_sub(1).max(1), last_col)?;
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
