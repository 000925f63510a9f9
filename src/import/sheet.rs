//! Reading one sheet: its tables, found by their header rows, and the
//! priorities they belong to. One engine serves every layout
//! ([`super::layout`]): it sorts each row into what it is — a header, a
//! priority's heading (`Priority 3 …`, `Workstream 2: …`, `AoW 4`), a
//! caption, a subgroup heading, a legend, the header of another kind of
//! table (risks) that ends the plan's, or an action — and hands action rows
//! to [`super::table`].

use std::collections::BTreeMap;

use super::grid::{GridCell, Sheet, Value};
use super::header::{Column, HeaderRow, Synonyms, header_with};
use super::layout::implementation_plan::{Section, section};
use super::layout::{self, TableHead};
use super::legend;
use super::monitoring::{
    SheetId, number_from_sheet_name, parse_heading, read_preamble, term_of, text_of,
};
use super::table::TableReader;
use super::text::clean;
use crate::model::{CellRef, FocusArea, LegendEntry, Priority, Scheme, Text};

/// What one sheet holds.
#[derive(Debug, Default)]
pub struct SheetRead {
    pub priorities: Vec<Priority>,
    /// The status legend entries the sheet defines (a key above a table, a
    /// `Key` sheet, a Progress header carrying the legend).
    pub legend: Vec<LegendEntry>,
    /// Whether the sheet is a summary of statuses (counts, formulas): not a
    /// plan, but checked for formula errors.
    pub summary: bool,
    /// With no plan table: the table ragplan nearly read.
    pub near_miss: Option<super::nearest::NearMiss>,
}

/// Reads every priority on a sheet; none when it holds no plan table.
pub fn read(sheet: &Sheet, id: SheetId, scheme: &Scheme, synonyms: &Synonyms) -> Vec<Priority> {
    read_sheet(sheet, id, scheme, synonyms, false).priorities
}

/// Reads a sheet: its priorities, its legend, and whether it is a summary.
/// `from_master`: the sheet is one of a master's priority sheets (its record
/// says so), whose text above the table is ragplan's own layout.
pub fn read_sheet(
    sheet: &Sheet,
    id: SheetId,
    scheme: &Scheme,
    synonyms: &Synonyms,
    from_master: bool,
) -> SheetRead {
    // A master's record is read before its sheets ([`super::record`]); it
    // holds no plan.
    if super::record::is_record(sheet) {
        return SheetRead::default();
    }
    let rows = sheet.row_numbers();
    let headers: BTreeMap<u32, HeaderRow> = rows
        .iter()
        .filter_map(|r| header_with(sheet, *r, synonyms).map(|h| (*r, h)))
        .collect();
    if headers.is_empty() {
        let summary = layout::summary_sheet::is_summary(sheet, scheme);
        let legend = legend::key_sheet(sheet);
        let near_miss = (!summary && legend.is_empty())
            .then(|| super::nearest::nearest(sheet, id.sheet, scheme, synonyms))
            .flatten();
        return SheetRead {
            priorities: Vec::new(),
            legend,
            summary,
            near_miss,
        };
    }
    let mut reader = SheetReader {
        sheet,
        id,
        scheme,
        rows: &rows,
        headers: &headers,
        done: Vec::new(),
        current: None,
        pending: Vec::new(),
        header: None,
        layout: layout::get(crate::model::Layout::MonitoringReport),
        table: TableReader::new(sheet, id, from_master),
        skip_until: 0,
        in_legend: false,
        legend: Vec::new(),
        from_master,
    };
    reader.read();
    let mut legend = reader.legend;
    for p in &reader.done {
        if let Some(t) = &p.legend {
            legend.extend(legend::entries_in_text(&t.value));
        }
    }
    for h in headers.values() {
        for (col, _) in &h.statuses {
            if let Some(c) = sheet.get(CellRef::new(h.row, *col)) {
                legend.extend(legend::entries_in_text(&clean(&c.value.display())));
            }
        }
    }
    SheetRead {
        priorities: fold_containers(reader.done),
        legend,
        summary: false,
        near_miss: None,
    }
}

struct SheetReader<'a> {
    sheet: &'a Sheet,
    id: SheetId,
    scheme: &'a Scheme,
    rows: &'a [u32],
    headers: &'a BTreeMap<u32, HeaderRow>,
    done: Vec<Priority>,
    current: Option<Priority>,
    /// Rows not yet given to a priority (text above a table, between tables).
    pending: Vec<u32>,
    /// The table the rows belong to; `None` above the first table, after a
    /// priority's heading that its own table follows, and after another kind
    /// of table began.
    header: Option<&'a HeaderRow>,
    layout: &'static dyn layout::TableLayout,
    table: TableReader<'a>,
    /// Rows up to here belong to the header (its period row).
    skip_until: u32,
    /// Inside a `Key` block under or inside a table.
    in_legend: bool,
    legend: Vec<LegendEntry>,
    /// A master's priority sheet ([`read_sheet`]).
    from_master: bool,
}

impl<'a> SheetReader<'a> {
    fn read(&mut self) {
        for (i, &row) in self.rows.iter().enumerate() {
            if row < self.skip_until {
                continue;
            }
            if let Some(h) = self.headers.get(&row) {
                self.start_table(h);
                continue;
            }
            let Some(h) = self.header else {
                if self.heading(row).is_some() {
                    self.start_priority(row, i);
                } else {
                    self.pending.push(row);
                }
                continue;
            };
            if self.is_title_row(row, Some(h)) {
                self.start_priority(row, i);
                continue;
            }
            let cells = self.non_blank(row);
            let next_is_header = self
                .rows
                .get(i + 1)
                .is_some_and(|r| self.headers.contains_key(r));
            // A caption right above the next table (`Strategy for SEN … plan`).
            if cells.len() == 1 && next_is_header {
                self.pending.push(row);
                continue;
            }
            // The header of another kind of table (risks and issues): the
            // plan's table ends.
            if is_other_table_header(&cells) {
                self.header = None;
                self.pending.push(row);
                continue;
            }
            if self.is_legend_row(&cells, h) {
                self.pending.push(row);
                continue;
            }
            // (When a new priority begins there, the row is still read below.)
            self.priority_column_section(row, h);
            let Some(priority) = self.current.as_mut() else {
                continue;
            };
            if !self.pending.is_empty() {
                priority
                    .preamble
                    .extend(texts_of(self.sheet, self.id, &self.pending));
                self.pending.clear();
            }
            if let Some(title) = subgroup_heading(self.sheet, &cells, h) {
                let title = text_of(self.id, title.at, Some(title));
                self.table.start_heading(priority, title);
                priority.end_row = priority.end_row.max(row);
                continue;
            }
            self.table.read_row(h, row, priority, self.layout);
            priority.end_row = priority.end_row.max(row);
        }
        if let Some(p) = self.current.as_mut() {
            p.preamble
                .extend(texts_of(self.sheet, self.id, &self.pending));
            if let Some(last) = self.pending.last() {
                p.end_row = p.end_row.max(*last);
            }
        }
        let current = self.current.take();
        self.finish(current);
    }

    fn non_blank(&self, row: u32) -> Vec<&'a GridCell> {
        self.sheet
            .row(row)
            .iter()
            .filter(|c| !c.value.is_blank())
            .collect()
    }

    fn heading(&self, row: u32) -> Option<super::monitoring::Heading> {
        let first = self.sheet.row(row).iter().find(|c| !c.value.is_blank())?;
        parse_heading(&clean(&first.value.display()))
    }

    /// A plan header: the table begins (or, repeated, goes on).
    fn start_table(&mut self, h: &'a HeaderRow) {
        let (sheet, id) = (self.sheet, self.id);
        let first_on_sheet = self.done.is_empty();
        let priority = self.current.get_or_insert_with(|| {
            let mut p = new_priority(id, CellRef::new(h.row, h.columns[0].0));
            if first_on_sheet && let Some((term, n)) = number_from_sheet_name(&sheet.name) {
                p.number = Some(n);
                p.term = Some(term);
            }
            p
        });
        if priority.focus_areas.is_empty() && !self.pending.is_empty() {
            read_preamble(
                &cells_of(sheet, &self.pending),
                id,
                self.scheme,
                priority,
                self.from_master,
            );
            self.legend
                .extend(legend::entries_in_cells(&cells_of(sheet, &self.pending)));
            self.pending.clear();
        }
        let before = priority.periods.len();
        self.skip_until = self.table.map_periods(h, &mut priority.periods);
        let has_periods = priority
            .periods
            .iter()
            .any(|p| p.when.is_some() && !p.review_column)
            || priority.periods.len() > before + 1;
        if priority.focus_areas.is_empty() {
            let titled = priority.number.is_some() && priority.term.is_none_or(|t| t == "Priority");
            let table = TableHead {
                header: h,
                has_periods,
                titled_priority: titled,
            };
            self.layout = layout::of(&table, sheet);
            priority.layout = self.layout.layout();
            if priority.term.is_none()
                && let Some(col) = h.col(Column::PriorityNumber)
                && let Some(cell) = sheet.get(CellRef::new(h.row, col))
            {
                priority.term = term_of(&cell.value.display());
            }
        }
        priority.end_row = priority.end_row.max(h.row);
        self.header = Some(h);
        self.in_legend = false;
        self.table.new_table();
    }

    /// A priority's heading row: a new priority. When its own table follows
    /// within a few rows (the WSoA: heading, milestone, header), the rows up
    /// to it are its preamble; otherwise it is a section of the table in
    /// progress (`Workstream 2: …` between action rows), which goes on.
    fn start_priority(&mut self, row: u32, i: usize) {
        // A priority with no table of its own (the WSoA's Priority 2) still
        // keeps its title, milestone and notes.
        if let Some(p) = self
            .current
            .as_mut()
            .filter(|p| p.focus_areas.is_empty() && !self.pending.is_empty())
        {
            read_preamble(
                &cells_of(self.sheet, &self.pending),
                self.id,
                self.scheme,
                p,
                self.from_master,
            );
            self.legend.extend(legend::entries_in_cells(&cells_of(
                self.sheet,
                &self.pending,
            )));
            p.end_row = p.end_row.max(*self.pending.last().unwrap_or(&row));
        }
        let leftover = std::mem::take(&mut self.pending);
        // A priority begun by a heading is of the same kind as the one before
        // it on the sheet (the WSoA's Priority 2 has no table).
        let previous = self.current.as_ref().or(self.done.last());
        let kind = previous.map_or(crate::model::Layout::MonitoringReport, |p| p.layout);
        let periods = previous.map(|p| p.periods.clone()).unwrap_or_default();
        let current = self.current.take();
        if let Some(p) = &current
            && !leftover.is_empty()
            && !p.focus_areas.is_empty()
        {
            // Text between the last action and the heading stays with the
            // priority it follows.
            let texts = texts_of(self.sheet, self.id, &leftover);
            self.finish(Some(Priority {
                preamble: [p.preamble.clone(), texts].concat(),
                ..p.clone()
            }));
        } else {
            self.finish(current);
        }
        let mut p = new_priority(self.id, CellRef::new(row, first_col(self.sheet, row)));
        p.layout = kind;
        p.end_row = row;
        let section_of_table = self
            .header
            .is_some_and(|h| !self.own_table_follows(i) && self.actions_follow(h, i));
        if !section_of_table {
            self.pending.push(row);
            self.header = None;
            self.current = Some(p);
            return;
        }
        // A section of the table in progress: same columns, same periods.
        p.periods = periods;
        let cells = cells_of(self.sheet, &[row]);
        read_preamble(&cells, self.id, self.scheme, &mut p, self.from_master);
        if let Some(h) = self.header {
            // The section's own stated status, in a status column of its row.
            let stated = cells
                .iter()
                .rfind(|c| h.is_status(c.at.col) && is_status_value(c, self.scheme));
            if let Some(c) = stated {
                p.stated_status = Some(text_of(self.id, c.at, Some(c)));
                p.preamble.retain(|t| t.source.cell != c.at);
            }
        }
        self.table.new_section();
        self.current = Some(p);
    }

    /// Whether the row after the heading at `rows[i]` is an action of the
    /// table `h`: something in its Lead, status or Ref column.
    fn actions_follow(&self, h: &HeaderRow, i: usize) -> bool {
        let Some(&next) = self.rows.get(i + 1) else {
            return false;
        };
        if self.heading(next).is_some() {
            return true;
        }
        [Column::Lead, Column::Reference, Column::ActionId]
            .iter()
            .filter_map(|k| h.col(*k))
            .chain(h.statuses.iter().map(|(c, _)| *c))
            .any(|c| self.table.own(next, c))
    }

    /// Whether a plan header comes within a few rows of the heading at
    /// `rows[i]`, before the next heading.
    fn own_table_follows(&self, i: usize) -> bool {
        for &row in self.rows.iter().skip(i + 1).take(5) {
            if self.headers.contains_key(&row) {
                return true;
            }
            if self.heading(row).is_some() {
                return false;
            }
        }
        false
    }

    /// A `Priority 4 The quality of EHC plans is poor.` row: its first cell
    /// is a priority heading and it holds nothing in the table's action or
    /// lead columns (its status columns may hold the section's own status).
    fn is_title_row(&self, row: u32, header: Option<&HeaderRow>) -> bool {
        let Some(first) = self.sheet.row(row).iter().find(|c| !c.value.is_blank()) else {
            return false;
        };
        if self.heading(row).is_none() {
            return false;
        }
        match header {
            None => true,
            Some(h) => [Column::Action, Column::Lead]
                .iter()
                .filter_map(|k| h.col(*k))
                .chain(h.statuses.iter().map(|(c, _)| *c))
                .filter(|c| *c != first.at.col)
                .all(|c| {
                    self.sheet.get(CellRef::new(row, c)).is_none_or(|x| {
                        x.value.is_blank() || (h.is_status(c) && is_status_value(x, self.scheme))
                    })
                }),
        }
    }

    /// A row of a `Key` block under or inside the table (`Key`, then `B |
    /// Complete and embedded` …): kept as text, not read as an action.
    fn is_legend_row(&mut self, cells: &[&GridCell], h: &HeaderRow) -> bool {
        let in_columns = |k: Column| {
            h.col(k)
                .is_some_and(|col| cells.iter().any(|c| c.at.col == col))
        };
        if cells.len() == 1 && legend::is_key_label(&cells[0].value.display()) {
            self.in_legend = true;
            return true;
        }
        let entry = legend::entry_of_row(cells, self.in_legend);
        if entry.is_some()
            && !in_columns(Column::Lead)
            && h.statuses
                .iter()
                .all(|(c, _)| cells.iter().all(|x| x.at.col != *c))
        {
            self.in_legend = true;
            return true;
        }
        self.in_legend = false;
        false
    }

    /// The implementation plan's (or a tracker's) Priority column starts a
    /// priority or a section. Returns whether a new one began.
    fn priority_column_section(&mut self, row: u32, h: &'a HeaderRow) -> bool {
        let Some(col) = h.col(Column::PriorityNumber) else {
            return false;
        };
        if !self.table.own(row, col) {
            return false;
        }
        let reference = h
            .col(Column::Reference)
            .map(|c| self.table.text(row, c).value)
            .unwrap_or_default();
        let cell_text = self.table.text(row, col);
        let Some(start) = section(&cell_text.value, &reference) else {
            return false;
        };
        let same = self.current.as_ref().is_some_and(|p| match &start {
            Section::Numbered { number, .. } => p.number == Some(*number),
            Section::Named(name) => {
                p.number.is_none() && p.title.as_ref().is_some_and(|t| &t.value == name)
            }
        });
        // A priority begun only by a caption above the table takes this section's identity.
        let unnamed = self
            .current
            .as_ref()
            .is_some_and(|p| p.focus_areas.is_empty() && p.title.is_none() && p.number.is_none());
        if unnamed && let Some(p) = self.current.as_mut() {
            p.source = cell_text.source;
            name(p, &start, &cell_text);
            return false;
        }
        if same {
            return false;
        }
        let previous = self.current.as_ref();
        let periods = previous.map(|p| p.periods.clone()).unwrap_or_default();
        let kind = previous.map_or(crate::model::Layout::ImplementationPlan, |p| p.layout);
        let term = previous.and_then(|p| p.term);
        let current = self.current.take();
        self.finish(current);
        let mut p = new_priority(self.id, cell_text.source.cell);
        p.layout = kind;
        p.term = term;
        p.periods = periods;
        name(&mut p, &start, &cell_text);
        if !self.pending.is_empty() {
            p.preamble
                .extend(texts_of(self.sheet, self.id, &self.pending));
            self.pending.clear();
        }
        self.table.new_section();
        self.current = Some(p);
        true
    }

    fn finish(&mut self, p: Option<Priority>) {
        if let Some(mut p) = p {
            self.table.finish(&mut p);
            self.done.push(p);
        }
    }
}

/// Names a priority begun by its Priority-column cell.
fn name(p: &mut Priority, start: &Section, cell: &Text) {
    match start {
        Section::Numbered { number, title } => {
            p.number = Some(*number);
            p.title = title.clone().map(|t| cell.clone().with_value(t));
        }
        Section::Named(name) => p.title = Some(cell.clone().with_value(name.clone())),
    }
}

fn new_priority(id: SheetId, at: CellRef) -> Priority {
    Priority::new(crate::model::Layout::MonitoringReport, id.source(at))
}

/// The non-empty texts of some rows, as kept above or between tables.
fn texts_of(sheet: &Sheet, id: SheetId, rows: &[u32]) -> Vec<Text> {
    cells_of(sheet, rows)
        .into_iter()
        .map(|c| text_of(id, c.at, Some(c)))
        .filter(|t| !t.is_empty())
        .collect()
}

fn cells_of<'s>(sheet: &'s Sheet, rows: &[u32]) -> Vec<&'s GridCell> {
    rows.iter().flat_map(|r| sheet.row(*r).iter()).collect()
}

fn first_col(sheet: &Sheet, row: u32) -> u32 {
    sheet
        .row(row)
        .iter()
        .find(|c| !c.value.is_blank())
        .map_or(0, |c| c.at.col)
}

/// A short cell reading as a status (a code, a colour, a status word).
pub(crate) fn is_status_value(c: &GridCell, scheme: &Scheme) -> bool {
    let s = c.value.display();
    s.chars().count() <= 20
        && (scheme.read(&s).rag().is_some() || crate::model::StatusWord::of(&s).is_some())
}

/// The header row of a table that is not a plan's (a risk log under the
/// plan): three or more short labels, one a risk or issue log's word, another
/// one a column heading too.
fn is_other_table_header(cells: &[&GridCell]) -> bool {
    if cells.len() < 3
        || cells
            .iter()
            .any(|c| !matches!(c.value, Value::Text(_)) || c.value.display().chars().count() > 40)
    {
        return false;
    }
    let words: Vec<String> = cells
        .iter()
        .map(|c| super::text::normalise(&c.value.display()))
        .collect();
    let foreign = words
        .iter()
        .filter(|w| super::vocabulary::OTHER_TABLE_WORDS.contains(&w.as_str()))
        .count();
    let headings = words
        .iter()
        .filter(|w| {
            super::vocabulary::OTHER_TABLE_WORDS.contains(&w.as_str())
                || matches!(
                    w.as_str(),
                    "impact" | "owner" | "status" | "description" | "rag"
                )
                || super::header::classify(w).is_some()
        })
        .count();
    foreign >= 1 && headings >= 3
}

/// A subgroup or section heading inside a table with no focus-area column
/// (`Early years`, `Section B: Health`): one cell, merged across columns or
/// standing left of the Actions column, and no id of an action.
fn subgroup_heading<'s>(
    sheet: &Sheet,
    cells: &[&'s GridCell],
    h: &HeaderRow,
) -> Option<&'s GridCell> {
    if h.col(Column::FocusArea).is_some() || cells.len() != 1 {
        return None;
    }
    let cell = cells[0];
    let col = cell.at.col;
    let Value::Text(text) = &cell.value else {
        return None;
    };
    let action_col = h.col(Column::Action)?;
    // A cell in a column an action's details go in continues the action above.
    let detail = [
        Column::Lead,
        Column::Evidence,
        Column::Notes,
        Column::Documents,
        Column::Timeframe,
    ]
    .iter()
    .any(|k| h.col(*k) == Some(col))
        || h.is_status(col)
        // (the Priority column's cell begins a priority or section instead)
        || h.col(Column::PriorityNumber) == Some(col);
    if detail || super::monitoring::action_id(text).is_some() {
        return None;
    }
    let merged_across = sheet
        .merge_at(cell.at)
        .is_some_and(|m| m.last.col > m.first.col);
    let is_reference =
        h.col(Column::Reference) == Some(col) || h.col(Column::ActionId) == Some(col);
    // In the Ref column, words (not a reference like `WS1.1`) head a section.
    let words_not_a_reference = text.chars().filter(|c| c.is_alphabetic()).count() > 8
        && !text.trim().starts_with(|c: char| c.is_ascii_digit())
        && text.split_whitespace().count() > 1;
    let heads = merged_across || (col < action_col && (!is_reference || words_not_a_reference));
    heads.then_some(cell)
}

/// Folds a priority that has no actions into the next one on its sheet when
/// it has no number (the title and key above a tracker's first `Workstream
/// 1` row) or the next is of another kind of heading (`Theme 1: …` holding
/// `AoW 1` and `AoW 2` is their heading, not a priority of its own). A WSoA
/// priority with no table, followed by the next priority, stays.
fn fold_containers(priorities: Vec<Priority>) -> Vec<Priority> {
    let mut out: Vec<Priority> = Vec::with_capacity(priorities.len());
    for mut p in priorities {
        // No actions, on the same sheet, and either no number of its own (the
        // text above a tracker's first section) or another kind of heading.
        let holds = |a: &Priority| {
            a.actions().next().is_none()
                && a.source.file == p.source.file
                && a.source.sheet == p.source.sheet
                && (a.number.is_none()
                    || (a.term.is_some() && p.term.is_some() && a.term != p.term))
        };
        if let Some(container) = out.pop_if(|a| holds(a)) {
            let mut preamble: Vec<Text> = container.title.into_iter().collect();
            preamble.extend(container.vision);
            preamble.extend(container.preamble);
            preamble.append(&mut p.preamble);
            p.preamble = preamble;
            if p.legend.is_none() {
                p.legend = container.legend;
            }
            if p.stated_status.is_none() {
                p.stated_status = container.stated_status;
            }
        }
        out.push(p);
    }
    out
}

/// A focus area begun by a subgroup heading.
pub(crate) fn heading_focus_area(title: Text) -> FocusArea {
    FocusArea {
        reference: super::monitoring::focus_reference(&title.value),
        title,
        actions: Vec::new(),
    }
}
