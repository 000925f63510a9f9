//! Reading a plan table's rows into actions: the periods of its status
//! columns, the focus areas, each action's fields, the rows that continue the
//! action above, a summary row's stated status. One reader for every layout;
//! what differs is asked of the layout ([`super::layout::TableLayout`]).

use std::collections::HashMap;

use super::grid::{GridCell, Sheet, Value};
use super::header::{Column, HeaderRow};
use super::layout::TableLayout;
use super::layout::implementation_plan::reference_parts;
use super::layout::written_statement::assigned_id;
use super::monitoring::{SheetId, action_id, focus_reference, text_of};
use super::text::clean;
use crate::model::{
    Action, CellRef, ExtraField, FocusArea, Period, Priority, Text, Timeframe, When, split_leads,
};

pub(crate) struct TableReader<'a> {
    sheet: &'a Sheet,
    id: SheetId,
    /// The cell of the current focus area (a merge's top-left cell).
    focus_anchor: Option<CellRef>,
    /// Whether the current focus area was begun by a subgroup heading row
    /// (its actions follow it, whatever their references say).
    heading_focus: bool,
    /// Column → index into `Priority::periods`, for the current table.
    period_cols: HashMap<u32, usize>,
    progress_col: Option<u32>,
    /// The actions the last action row produced (indexes into the last focus
    /// area), for continuation rows.
    last_actions: std::ops::Range<usize>,
    /// A master's priority sheet: one action per row, its id as written
    /// (nothing split, numbered or derived: the master already did that).
    from_master: bool,
}

impl<'a> TableReader<'a> {
    pub fn new(sheet: &'a Sheet, id: SheetId, from_master: bool) -> Self {
        TableReader {
            sheet,
            id,
            from_master,
            focus_anchor: None,
            heading_focus: false,
            period_cols: HashMap::new(),
            progress_col: None,
            last_actions: 0..0,
        }
    }

    /// A table begins (or a header repeats).
    pub fn new_table(&mut self) {
        self.focus_anchor = None;
        self.heading_focus = false;
    }

    /// A priority's section begins inside the table: same columns, a new
    /// priority (whose periods are a copy of the one before).
    pub fn new_section(&mut self) {
        self.focus_anchor = None;
        self.heading_focus = false;
        self.last_actions = 0..0;
    }

    /// Maps the status columns of a header to periods and returns the first
    /// data row. Periods come from dates or months in the header row itself
    /// (`Dec-19` over a column, `RAG Dec-19`), from the row under the header
    /// (dates or labels under Progress), from the status columns' own labels
    /// (`Q1 2022/23`, `Autumn 2022`, `3 months`, `Previous RAG` / `Current
    /// RAG`), or — for a repeated header with no period row — from the
    /// previous table. A lone status column with none of these is the one
    /// `Status` column.
    pub fn map_periods(&mut self, header: &HeaderRow, periods: &mut Vec<Period>) -> u32 {
        let progress = header.statuses.first().map(|(c, _)| *c);
        let mut found: Vec<(u32, Period)> = Vec::new();
        let mut relative: Vec<(u32, Period)> = Vec::new();
        for (col, label) in &header.statuses {
            let source = self.id.source(CellRef::new(header.row, *col));
            let at = self.sheet.get(CellRef::new(header.row, *col));
            let period = match at.map(|c| &c.value) {
                Some(v @ Value::Date(_)) => v.year_month().map(|m| Period::of_month(m, source)),
                _ => {
                    // A month named in the header (`RAG Dec-19`) is labelled as one.
                    let when = When::find_in(label);
                    match when {
                        Some(When::Month(m)) => Some(Period::of_month(m, source)),
                        Some(_) => Some(Period::from_label(label.clone(), source)),
                        None => None,
                    }
                }
            };
            match period {
                Some(p) if matches!(p.when, Some(When::Relative(_))) => relative.push((*col, p)),
                Some(p) => found.push((*col, p)),
                None => {}
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
                    .filter(|c| *c > p && !header.is_status(*c))
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
            let mut under = Vec::new();
            for cell in self.sheet.row(below) {
                let col = cell.at.col;
                let in_zone = match progress {
                    Some(p) => col >= p && col < zone_end,
                    None => header.kind_at(col).is_none() && cell.value.year_month().is_some(),
                };
                if !in_zone || cell.value.is_blank() {
                    continue;
                }
                let source = self.id.source(cell.at);
                let period = match (&cell.value, cell.value.year_month()) {
                    (Value::Date(_), Some(m)) => Period::of_month(m, source),
                    _ => Period::from_label(clean(&cell.value.display()), source),
                };
                under.push((col, period));
            }
            // A row of period labels: some read as periods, or (`Term 1`,
            // `Term 2`) several that are not statuses. A section row's own
            // status under the header is not one.
            let labels = under.iter().any(|(_, p)| p.when.is_some())
                || (under.len() >= 2
                    && under.iter().all(|(_, p)| {
                        let scheme = crate::model::Scheme::default();
                        scheme.read(&p.label).rag().is_none()
                            && crate::model::StatusWord::of(&p.label).is_none()
                    }));
            if labels {
                found = under;
                relative.clear();
                data_start = below + 1;
            }
        }
        if found.is_empty() {
            found = relative;
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
                        when: None,
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

    pub fn text(&self, row: u32, col: u32) -> Text {
        let (anchor, cell) = self.sheet.resolve(CellRef::new(row, col));
        match cell {
            Some(c) => text_of(self.id, anchor, Some(c)),
            None => text_of(self.id, CellRef::new(row, col), None),
        }
    }

    /// A non-empty cell whose value starts on this row (not carried down
    /// from a merge above).
    pub fn own(&self, row: u32, col: u32) -> bool {
        let (anchor, cell) = self.sheet.resolve(CellRef::new(row, col));
        anchor.row == row && cell.is_some_and(|c| !c.value.is_blank())
    }

    /// A subgroup heading row begins a focus area of its own.
    pub fn start_heading(&mut self, priority: &mut Priority, title: Text) {
        priority
            .focus_areas
            .push(super::sheet::heading_focus_area(title));
        self.focus_anchor = None;
        self.heading_focus = true;
        self.last_actions = 0..0;
    }

    pub fn read_row(
        &mut self,
        header: &HeaderRow,
        row: u32,
        priority: &mut Priority,
        layout: &dyn TableLayout,
    ) {
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
                self.heading_focus = false;
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
            self.continue_previous(header, row, priority);
            return;
        }
        if priority.focus_areas.is_empty()
            || (!has_focus_col
                && !self.heading_focus
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
            self.summary_row(row, priority);
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
            // A Priority column rating importance (`High`) is kept as a field.
            let importance = header.kind_at(col) == Some(Column::PriorityNumber)
                && super::layout::implementation_plan::is_importance(&cell.value.display());
            if (header.kind_at(col).is_some() && !importance)
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
                .or_else(|| {
                    importance
                        .then(|| self.sheet.get(CellRef::new(header.row, col)))
                        .flatten()
                        .map(|h| clean(&h.value.display()))
                })
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
                let written = self.text(row, c).value;
                if self.from_master {
                    return written.trim().to_string();
                }
                written
                    .trim()
                    .trim_end_matches(['.', ')'])
                    .to_ascii_uppercase()
            })
            .filter(|id| {
                !id.is_empty()
                    && (self.from_master || id.len() <= 12 && !id.contains(char::is_whitespace))
            });
        let id = if self.from_master {
            own_id
        } else {
            own_id
                .or_else(|| action_id(&action_text.value))
                .or(reference.1.clone())
        };
        let template = Action {
            id,
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
        let items = layout
            .split_actions(&action_text.value, action_text.raw())
            .filter(|_| !self.from_master);
        let splits = items.is_some();
        let items = items.unwrap_or_default();
        if items.len() > 1 || (splits && template.id.is_none() && !items.is_empty()) {
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

    /// A row with only evidence, dates or notes: more of the previous action.
    fn continue_previous(&self, header: &HeaderRow, row: u32, priority: &mut Priority) {
        let Some(fa) = priority.focus_areas.last_mut() else {
            return;
        };
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
                let mut text = action.timeframe.take().map(|t| t.text);
                append(&mut text, more);
                action.timeframe = text.map(|t| Box::new(Timeframe::parse(t)));
            }
        }
    }

    /// `Overall RAG rating | | | A | A`: the stated status (the latest
    /// period's) when the priority has none; the row's text is kept.
    fn summary_row(&self, row: u32, priority: &mut Priority) {
        let mut statuses: Vec<(u32, Text)> = self
            .period_cols
            .keys()
            .map(|c| (*c, self.text(row, *c)))
            .filter(|(_, t)| !t.is_empty())
            .collect();
        statuses.sort_by_key(|(c, _)| *c);
        let stated = if priority.stated_status.is_none() {
            // The latest period's, in time order.
            statuses
                .iter()
                .max_by_key(|(c, _)| {
                    self.period_cols
                        .get(c)
                        .and_then(|i| priority.periods.get(*i))
                        .and_then(|p| p.when)
                        .map(|w| w.sort_key())
                        .unwrap_or((0, i64::from(*c)))
                })
                .map(|(_, t)| t.clone())
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
    }

    /// A priority is complete: its periods in time order (each action's
    /// statuses with them), subgroup headings with no action under them kept
    /// as text, and the unused room given back.
    pub fn finish(&mut self, p: &mut Priority) {
        put_in_time_order(p);
        let mut headings = Vec::new();
        p.focus_areas.retain(|f| {
            let empty_heading =
                f.actions.is_empty() && f.reference.is_none() && !f.title.is_empty();
            if empty_heading && p.layout == crate::model::Layout::ActionPlan {
                headings.push(f.title.clone());
            }
            !(empty_heading && p.layout == crate::model::Layout::ActionPlan)
        });
        p.preamble.extend(headings);
        for fa in &mut p.focus_areas {
            fa.actions.shrink_to_fit();
        }
    }
}

/// Reorders a priority's periods into time order — a June column pasted
/// after September is still June — and every action's statuses with them.
/// Periods whose time cannot be told keep their place (all of them, when any
/// cannot). A status list shorter than the periods (an action read before a
/// later table added a period) is filled out with blanks first.
fn put_in_time_order(p: &mut Priority) {
    if p.periods.len() < 2 || p.periods.iter().any(|x| x.when.is_none()) {
        return;
    }
    let mut order: Vec<usize> = (0..p.periods.len()).collect();
    order.sort_by_key(|&i| {
        let x = &p.periods[i];
        (x.when.map(|w| w.sort_key()), x.source.cell.col)
    });
    if order.iter().enumerate().all(|(i, &j)| i == j) {
        return;
    }
    let periods = std::mem::take(&mut p.periods);
    p.periods = order.iter().map(|&i| periods[i].clone()).collect();
    let n = periods.len();
    for fa in &mut p.focus_areas {
        for action in &mut fa.actions {
            let row = action.text.source.cell.row;
            let mut old = std::mem::take(&mut action.statuses);
            while old.len() < n {
                let col = periods[old.len()].source.cell.col;
                let source = crate::model::Source {
                    cell: CellRef::new(row, col),
                    ..action.text.source
                };
                old.push(Text::blank(source));
            }
            let mut slots: Vec<Option<Text>> = old.into_iter().map(Some).collect();
            action.statuses = order
                .iter()
                .map(|&i| {
                    slots[i]
                        .take()
                        .unwrap_or_else(|| Text::blank(action.text.source))
                })
                .collect();
        }
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
