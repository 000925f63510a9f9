//! Reading one sheet: its tables, found by their header rows, and the
//! priorities they belong to. One reader serves the three layouts: the
//! monitoring report (one priority per sheet, periods under Progress), the
//! Written Statement of Action (priorities as section rows, bulleted actions)
//! and the implementation plan (a Priority column, references as ids). Their
//! conventions live in [`super::monitoring`], [`super::wsoa`] and
//! [`super::implementation`].

use std::collections::{BTreeMap, HashMap};

use super::grid::{GridCell, Sheet, Value};
use super::header::{Column, HeaderRow, Synonyms, header_with};
use super::implementation::{Section, reference_parts, section};
use super::monitoring::{
    SheetId, action_id, focus_reference, number_from_sheet_name, parse_title, read_preamble,
    text_of,
};
use super::text::clean;
use super::wsoa::{assigned_id, split_actions};
use crate::model::{
    Action, CellRef, ExtraField, FocusArea, Layout, Period, Priority, Scheme, Text, Timeframe,
    split_leads,
};

/// Which layout a table is, by its header.
fn layout_of(header: &HeaderRow, has_periods: bool) -> Layout {
    if header.col(Column::PriorityNumber).is_some() {
        Layout::ImplementationPlan
    } else if header.col(Column::Timeframe).is_some()
        && !has_periods
        && header.col(Column::FocusArea).is_some()
    {
        Layout::WrittenStatement
    } else {
        Layout::MonitoringReport
    }
}

fn new_priority(id: SheetId, at: CellRef, layout: Layout) -> Priority {
    Priority {
        number: None,
        title: None,
        description: None,
        legend: None,
        vision: None,
        stated_status: None,
        preamble: Vec::new(),
        periods: Vec::new(),
        focus_areas: Vec::new(),
        layout,
        source: id.source(at),
        end_row: at.row,
    }
}

/// Reads every priority on a sheet; empty when it holds no plan table.
pub fn read(sheet: &Sheet, id: SheetId, scheme: &Scheme, synonyms: &Synonyms) -> Vec<Priority> {
    let rows = sheet.row_numbers();
    let headers: BTreeMap<u32, HeaderRow> = rows
        .iter()
        .filter_map(|r| header_with(sheet, *r, synonyms).map(|h| (*r, h)))
        .collect();
    if headers.is_empty() {
        return Vec::new();
    }
    let mut done: Vec<Priority> = Vec::new();
    let mut current: Option<Priority> = None;
    let mut pending: Vec<u32> = Vec::new();
    let mut header: Option<&HeaderRow> = None;
    let mut reader = TableReader {
        sheet,
        id,
        focus_anchor: None,
        period_cols: HashMap::new(),
        progress_col: None,
        last_actions: 0..0,
    };
    let mut skip_until = 0;
    let cells_of = |rows: &[u32]| -> Vec<&GridCell> {
        rows.iter().flat_map(|r| sheet.row(*r).iter()).collect()
    };
    let finish = |p: Option<Priority>, done: &mut Vec<Priority>| {
        if let Some(mut p) = p {
            // Actions are pushed one by one; the unused room (up to half of
            // each list) would be held until the run ends.
            for fa in &mut p.focus_areas {
                fa.actions.shrink_to_fit();
            }
            done.push(p);
        }
    };

    for (i, &row) in rows.iter().enumerate() {
        if row < skip_until {
            continue;
        }
        if let Some(h) = headers.get(&row) {
            let priority = current.get_or_insert_with(|| {
                let mut p = new_priority(
                    id,
                    CellRef::new(row, h.columns[0].0),
                    Layout::MonitoringReport,
                );
                if done.is_empty() {
                    p.number = number_from_sheet_name(&sheet.name);
                }
                p
            });
            if priority.focus_areas.is_empty() && !pending.is_empty() {
                read_preamble(&cells_of(&pending), id, scheme, priority);
                pending.clear();
            }
            let before = priority.periods.len();
            skip_until = reader.map_periods(h, &mut priority.periods);
            let has_periods = priority.periods.iter().any(|p| p.month.is_some())
                || priority.periods.len() > before + 1;
            if priority.focus_areas.is_empty() {
                priority.layout = layout_of(h, has_periods);
            }
            priority.end_row = priority.end_row.max(row);
            header = Some(h);
            reader.focus_anchor = None;
            continue;
        }
        let next_is_header = rows.get(i + 1).is_some_and(|r| headers.contains_key(r));
        let lone = sheet
            .row(row)
            .iter()
            .filter(|c| !c.value.is_blank())
            .count()
            == 1;
        if is_title_row(sheet, row, header) {
            // A priority with no table of its own (the WSoA's Priority 2) still
            // keeps its title, milestone and notes.
            if let Some(p) = current
                .as_mut()
                .filter(|p| p.focus_areas.is_empty() && !pending.is_empty())
            {
                read_preamble(&cells_of(&pending), id, scheme, p);
                p.end_row = p.end_row.max(*pending.last().unwrap_or(&row));
            }
            pending.clear();
            // A priority begun by a title row is of the same kind as the one
            // before it on the sheet (the WSoA's Priority 2 has no table).
            let layout = current
                .as_ref()
                .or(done.last())
                .map_or(Layout::MonitoringReport, |p| p.layout);
            finish(current.take(), &mut done);
            let mut p = new_priority(id, CellRef::new(row, first_col(sheet, row)), layout);
            p.end_row = row;
            current = Some(p);
            pending.push(row);
            header = None;
            reader.period_cols.clear();
            reader.progress_col = None;
            continue;
        }
        let Some(h) = header else {
            pending.push(row);
            continue;
        };
        // A caption right above the next table (`Strategy for SEN … plan`).
        if lone && next_is_header {
            pending.push(row);
            continue;
        }
        // The implementation plan's Priority column starts a priority or a section.
        if let Some(col) = h.col(Column::PriorityNumber) {
            let reference = h
                .col(Column::Reference)
                .map(|c| reader.text(row, c).value)
                .unwrap_or_default();
            if reader.own(row, col) {
                let cell_text = reader.text(row, col);
                if let Some(start) = section(&cell_text.value, &reference) {
                    let same = current.as_ref().is_some_and(|p| match &start {
                        Section::Numbered { number, .. } => p.number == Some(*number),
                        Section::Named(name) => {
                            p.number.is_none() && p.title.as_ref().is_some_and(|t| &t.value == name)
                        }
                    });
                    // A priority begun only by a caption above the table takes this section's identity.
                    let unnamed = current.as_ref().is_some_and(|p| {
                        p.focus_areas.is_empty() && p.title.is_none() && p.number.is_none()
                    });
                    if unnamed && let Some(p) = current.as_mut() {
                        p.source = cell_text.source;
                        match &start {
                            Section::Numbered { number, title } => {
                                p.number = Some(*number);
                                p.title = title.clone().map(|t| cell_text.clone().with_value(t));
                            }
                            Section::Named(name) => {
                                p.title = Some(cell_text.clone().with_value(name.clone()))
                            }
                        }
                    } else if !same {
                        let periods = current
                            .as_ref()
                            .map(|p| p.periods.clone())
                            .unwrap_or_default();
                        let layout = current
                            .as_ref()
                            .map_or(Layout::ImplementationPlan, |p| p.layout);
                        finish(current.take(), &mut done);
                        let mut p = new_priority(id, cell_text.source.cell, layout);
                        p.periods = periods;
                        match start {
                            Section::Numbered { number, title } => {
                                p.number = Some(number);
                                p.title = title.map(|t| cell_text.clone().with_value(t));
                            }
                            Section::Named(name) => {
                                p.title = Some(cell_text.clone().with_value(name))
                            }
                        }
                        if !pending.is_empty() {
                            p.preamble.extend(
                                cells_of(&pending)
                                    .into_iter()
                                    .map(|c| text_of(id, c.at, Some(c)))
                                    .filter(|t| !t.is_empty()),
                            );
                            pending.clear();
                        }
                        reader.focus_anchor = None;
                        current = Some(p);
                    }
                }
            }
        }
        let Some(priority) = current.as_mut() else {
            continue;
        };
        if !pending.is_empty() {
            priority.preamble.extend(
                cells_of(&pending)
                    .into_iter()
                    .map(|c| text_of(id, c.at, Some(c)))
                    .filter(|t| !t.is_empty()),
            );
            pending.clear();
        }
        reader.read_row(h, row, priority);
        priority.end_row = priority.end_row.max(row);
    }
    if let Some(p) = current.as_mut() {
        p.preamble.extend(
            cells_of(&pending)
                .into_iter()
                .map(|c| text_of(id, c.at, Some(c)))
                .filter(|t| !t.is_empty()),
        );
        if let Some(last) = pending.last() {
            p.end_row = p.end_row.max(*last);
        }
    }
    finish(current, &mut done);
    done
}

fn first_col(sheet: &Sheet, row: u32) -> u32 {
    sheet
        .row(row)
        .iter()
        .find(|c| !c.value.is_blank())
        .map_or(0, |c| c.at.col)
}

/// A `Priority 4 The quality of EHC plans is poor.` row between tables: its
/// first cell is a priority title and it holds nothing in the current
/// table's action, lead or status columns.
fn is_title_row(sheet: &Sheet, row: u32, header: Option<&HeaderRow>) -> bool {
    let Some(first) = sheet.row(row).iter().find(|c| !c.value.is_blank()) else {
        return false;
    };
    if parse_title(&clean(&first.value.display())).is_none() {
        return false;
    }
    match header {
        None => true,
        Some(h) => [Column::Action, Column::Lead, Column::Progress]
            .iter()
            .filter_map(|k| h.col(*k))
            .filter(|c| *c != first.at.col)
            .all(|c| {
                sheet
                    .get(CellRef::new(row, c))
                    .is_none_or(|x| x.value.is_blank())
            }),
    }
}

struct TableReader<'a> {
    sheet: &'a Sheet,
    id: SheetId,
    /// The cell of the current focus area (a merge's top-left cell).
    focus_anchor: Option<CellRef>,
    /// Column → index into `Priority::periods`, for the current table.
    period_cols: HashMap<u32, usize>,
    progress_col: Option<u32>,
    /// The actions the last action row produced (indexes into the last focus
    /// area), for continuation rows.
    last_actions: std::ops::Range<usize>,
}

impl TableReader<'_> {
    /// Maps the period columns of a header and returns the first data row.
    /// Periods come from the row under the header (dates or text under
    /// Progress), from dates in the header row itself, or — for a repeated
    /// header with no period row — from the previous table.
    fn map_periods(&mut self, header: &HeaderRow, periods: &mut Vec<Period>) -> u32 {
        let progress = header.col(Column::Progress);
        let mut found: Vec<(u32, Period)> = Vec::new();
        // Months in the header row itself: `Dec-19` over a column, or inside
        // a status header (`RAG Dec-19`, `Status (Jan 20)`).
        let progress_text = progress.map(|p| {
            (
                p,
                super::text::clean(
                    &self
                        .sheet
                        .get(CellRef::new(header.row, p))
                        .map(|c| c.value.display().into_owned())
                        .unwrap_or_default(),
                ),
            )
        });
        for (col, name) in header
            .others
            .iter()
            .map(|(c, n)| (c, n.clone()))
            .chain(progress_text.iter().map(|(c, n)| (c, n.clone())))
        {
            if let Some(month) = crate::model::YearMonth::find_in(&name) {
                found.push((
                    *col,
                    Period {
                        label: month.label(),
                        month: Some(month),
                        source: self.id.source(CellRef::new(header.row, *col)),
                        review_column: false,
                    },
                ));
            }
        }
        for cell in self.sheet.row(header.row) {
            if let (Value::Date(_), None) = (&cell.value, header.kind_at(cell.at.col))
                && let Some(month) = cell.value.year_month()
            {
                found.push((
                    cell.at.col,
                    Period {
                        label: month.label(),
                        month: Some(month),
                        source: self.id.source(cell.at),
                        review_column: false,
                    },
                ));
            }
        }
        let mut data_start = header.row + 1;
        let below = header.row + 1;
        let zone_end = progress
            .and_then(|p| {
                header
                    .columns
                    .iter()
                    .map(|(c, _)| *c)
                    .filter(|c| *c > p)
                    .min()
            })
            .unwrap_or(u32::MAX);
        let below_is_data = [Column::Action, Column::FocusArea, Column::Lead]
            .iter()
            .filter_map(|k| header.col(*k))
            .any(|c| {
                self.sheet
                    .get(CellRef::new(below, c))
                    .is_some_and(|x| !x.value.is_blank())
            });
        if found.is_empty() && !below_is_data {
            for cell in self.sheet.row(below) {
                let col = cell.at.col;
                let in_zone = match progress {
                    Some(p) => col >= p && col < zone_end,
                    None => header.kind_at(col).is_none() && cell.value.year_month().is_some(),
                };
                if !in_zone || cell.value.is_blank() {
                    continue;
                }
                let month = cell.value.year_month();
                let label = month.map_or_else(
                    || clean(&cell.value.display()),
                    |m| match &cell.value {
                        Value::Date(_) => m.label(),
                        _ => clean(&cell.value.display()),
                    },
                );
                found.push((
                    col,
                    Period {
                        label,
                        month,
                        source: self.id.source(cell.at),
                        review_column: false,
                    },
                ));
            }
            if !found.is_empty() {
                data_start = below + 1;
            }
        }
        if found.is_empty()
            && !(progress.is_some()
                && progress == self.progress_col
                && !self.period_cols.is_empty())
        {
            self.period_cols.clear();
            if let Some(p) = progress {
                found.push((
                    p,
                    Period {
                        label: "Status".into(),
                        month: None,
                        source: self.id.source(CellRef::new(header.row, p)),
                        review_column: true,
                    },
                ));
            }
        }
        if !found.is_empty() {
            self.period_cols.clear();
            found.sort_by_key(|(c, _)| *c);
            found.dedup_by_key(|(c, _)| *c);
            for (col, period) in found {
                let index = match periods.iter().position(|p| p.same_term(&period)) {
                    Some(i) => i,
                    None => {
                        periods.push(period);
                        periods.len() - 1
                    }
                };
                self.period_cols.insert(col, index);
            }
        }
        self.progress_col = progress;
        data_start
    }

    fn text(&self, row: u32, col: u32) -> Text {
        let (anchor, cell) = self.sheet.resolve(CellRef::new(row, col));
        match cell {
            Some(c) => text_of(self.id, anchor, Some(c)),
            None => text_of(self.id, CellRef::new(row, col), None),
        }
    }

    /// A non-empty cell whose value starts on this row (not carried down
    /// from a merge above).
    fn own(&self, row: u32, col: u32) -> bool {
        let (anchor, cell) = self.sheet.resolve(CellRef::new(row, col));
        anchor.row == row && cell.is_some_and(|c| !c.value.is_blank())
    }

    fn read_row(&mut self, header: &HeaderRow, row: u32, priority: &mut Priority) {
        let has_focus_col = header.col(Column::FocusArea).is_some();
        let focus_col = header
            .col(Column::FocusArea)
            .or(header.col(Column::Reference));
        let section_col = header.col(Column::PriorityNumber);
        // With a Focus Area column, a Ref column only repeats its reference
        // (the master's layout); without one, it names the action.
        let reference = header
            .col(Column::Reference)
            .filter(|_| !has_focus_col)
            .map(|c| reference_parts(&self.text(row, c).value))
            .unwrap_or((None, None));

        // The focus area: its own column, else the focus part of a `4.1 A` reference.
        if has_focus_col || reference.0.is_some() {
            let fc = focus_col.unwrap_or(0);
            let (anchor, cell) = self.sheet.resolve(CellRef::new(row, fc));
            if cell.is_some_and(|c| !c.value.is_blank()) && self.focus_anchor != Some(anchor) {
                self.focus_anchor = Some(anchor);
                let mut title = text_of(self.id, anchor, cell);
                if !has_focus_col {
                    title.set_value(reference.0.clone().unwrap_or_default());
                }
                // Officers who do not merge repeat the focus area on every
                // row: the same text again is the same focus area.
                let repeated = priority
                    .focus_areas
                    .last()
                    .is_some_and(|f| f.title.value == title.value);
                if !repeated {
                    priority.focus_areas.push(FocusArea {
                        reference: focus_reference(&title.value),
                        title,
                        actions: Vec::new(),
                    });
                }
            }
        }
        let mapped_own = |c: &&GridCell| {
            Some(c.at.col) != focus_col && Some(c.at.col) != section_col && self.own(row, c.at.col)
        };
        if !self.sheet.row(row).iter().any(|c| mapped_own(&c)) {
            return;
        }
        // A row with only evidence, dates or notes continues the previous
        // action (a table broken across pages).
        let own_at = |kind| header.col(kind).is_some_and(|c| self.own(row, c));
        let statuses_own = self.period_cols.keys().any(|c| self.own(row, *c));
        if !own_at(Column::Action)
            && !own_at(Column::Lead)
            && !statuses_own
            && !own_at(Column::Reference)
            && !own_at(Column::FocusArea)
            && !self.last_actions.is_empty()
        {
            if let Some(fa) = priority.focus_areas.last_mut() {
                for i in self.last_actions.clone() {
                    let Some(action) = fa.actions.get_mut(i) else {
                        continue;
                    };
                    for (kind, field) in [
                        (Column::Evidence, &mut action.evidence),
                        (Column::Notes, &mut action.notes),
                        (Column::Documents, &mut action.documents),
                    ] {
                        if let Some(c) = header.col(kind).filter(|c| self.own(row, *c)) {
                            append(field, self.text(row, c));
                        }
                    }
                    if let Some(c) = header.col(Column::Timeframe).filter(|c| self.own(row, *c)) {
                        let more = self.text(row, c);
                        let mut text = action
                            .timeframe
                            .take()
                            .map(|t| Some(t.text))
                            .unwrap_or(None);
                        append(&mut text, more);
                        action.timeframe = text.map(|t| Box::new(Timeframe::parse(t)));
                    }
                }
            }
            return;
        }
        if priority.focus_areas.is_empty()
            || (!has_focus_col
                && reference.0.is_none()
                && priority
                    .focus_areas
                    .last()
                    .is_some_and(|f| f.reference.is_some()))
        {
            let source = self.id.source(CellRef::new(row, focus_col.unwrap_or(0)));
            let title = Text::blank(source);
            priority.focus_areas.push(FocusArea {
                reference: None,
                title,
                actions: Vec::new(),
            });
            self.focus_anchor = None;
        }

        let field = |kind| header.col(kind).map(|c| self.text(row, c));
        let action_text =
            field(Column::Action).unwrap_or_else(|| text_of(self.id, CellRef::new(row, 0), None));
        let lead = field(Column::Lead);
        // A summary row under the table (`Overall RAG rating | | | A | A`):
        // the priority's stated status when it has none, not an action.
        let label = self
            .sheet
            .row(row)
            .iter()
            .find(|c| !c.value.is_blank() && !self.period_cols.contains_key(&c.at.col))
            .map(|c| clean(&c.value.display()).to_lowercase())
            .unwrap_or_default();
        let lead_empty = lead.as_ref().is_none_or(Text::is_empty);
        if lead_empty
            && ["overall", "total", "summary"]
                .iter()
                .any(|w| label.starts_with(w))
        {
            let mut statuses: Vec<(u32, Text)> = self
                .period_cols
                .keys()
                .map(|c| (*c, self.text(row, *c)))
                .filter(|(_, t)| !t.is_empty())
                .collect();
            statuses.sort_by_key(|(c, _)| *c);
            let stated = if priority.stated_status.is_none() {
                statuses.pop().map(|(_, t)| t)
            } else {
                None
            };
            let kept = self
                .sheet
                .row(row)
                .iter()
                .filter(|c| !c.value.is_blank())
                .map(|c| text_of(self.id, c.at, Some(c)));
            priority
                .preamble
                .extend(kept.filter(|t| stated.as_ref().is_none_or(|s| s.source != t.source)));
            if stated.is_some() {
                priority.stated_status = stated;
            }
            return;
        }
        let mut statuses: Vec<Option<Text>> = vec![None; priority.periods.len()];
        for (col, index) in &self.period_cols {
            if let Some(slot) = statuses.get_mut(*index) {
                *slot = Some(self.text(row, *col));
            }
        }
        // Periods this table does not have point at the row's first status column, empty.
        let blank_at = self.period_cols.keys().min().copied().unwrap_or(0);
        let statuses: Vec<Text> = statuses
            .into_iter()
            .map(|s| s.unwrap_or_else(|| text_of(self.id, CellRef::new(row, blank_at), None)))
            .collect();
        let mut extra = Vec::new();
        for cell in self.sheet.row(row) {
            let col = cell.at.col;
            if header.kind_at(col).is_some()
                || self.period_cols.contains_key(&col)
                || cell.value.is_blank()
            {
                continue;
            }
            let name = header
                .others
                .iter()
                .find(|(c, _)| *c == col)
                .map(|(_, n)| n.clone())
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| format!("Column {}", CellRef::column_name(col)));
            extra.push(ExtraField {
                name,
                value: text_of(self.id, cell.at, Some(cell)),
            });
        }
        let own_id = header
            .col(Column::ActionId)
            .map(|c| {
                self.text(row, c)
                    .value
                    .trim()
                    .trim_end_matches(['.', ')'])
                    .to_ascii_uppercase()
            })
            .filter(|id| !id.is_empty() && id.len() <= 3);
        let template = Action {
            id: own_id
                .or_else(|| action_id(&action_text.value))
                .or(reference.1.clone()),
            leads: lead
                .as_ref()
                .map(|l| split_leads(&l.value))
                .unwrap_or_default(),
            // Set below: the row's one action takes the cell's text (moved,
            // not copied), or each of several takes a bullet of it.
            text: Text::blank(action_text.source),
            lead,
            evidence: field(Column::Evidence),
            statuses,
            notes: field(Column::Notes),
            documents: field(Column::Documents),
            timeframe: field(Column::Timeframe).map(|t| Box::new(Timeframe::parse(t))),
            id_assigned: false,
            extra,
        };
        let Some(fa) = priority.focus_areas.last_mut() else {
            return;
        };
        let start = fa.actions.len();
        let items = if priority.layout == Layout::WrittenStatement {
            split_actions(&action_text.value, action_text.raw())
        } else {
            Vec::new()
        };
        if items.len() > 1
            || (priority.layout == Layout::WrittenStatement
                && template.id.is_none()
                && !items.is_empty())
        {
            // Each bullet is its own action, numbered within its focus area,
            // keeping the cell it came from; the row's lead applies to each.
            for item in items {
                let mut action = template.clone();
                action.id = Some(assigned_id(fa.actions.len()));
                action.id_assigned = true;
                action.text = action_text.clone().with_value(item);
                fa.actions.push(action);
            }
        } else {
            let mut action = template;
            action.text = action_text;
            fa.actions.push(action);
        }
        self.last_actions = start..fa.actions.len();
    }
}

/// Appends a continuation cell's text to a field (the first cell stays the
/// field's source).
fn append(field: &mut Option<Text>, more: Text) {
    match field {
        Some(t) if !t.is_empty() => {
            *t = Text::new(
                format!("{}\n{}", t.value, more.value),
                format!("{}\n{}", t.raw(), more.raw()),
                t.source,
                t.fill,
            );
        }
        _ => *field = Some(more),
    }
}
