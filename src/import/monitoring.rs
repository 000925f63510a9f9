//! The termly monitoring report layout (seeds 000, 001, 004): a title cell
//! `Priority 7: …`, a RAG legend, `Vision for the future: …` with the stated
//! overall status beside or below it, then one or more header rows, each
//! optionally followed by a row of periods under Progress, then actions.

use std::collections::HashMap;

use super::grid::{GridCell, Sheet, Value};
use super::header::{Column, HeaderRow, header_at};
use super::text::{clean, normalise};
use crate::model::{
    Action, CellRef, ExtraField, FileId, FocusArea, Layout, Period, Priority, Scheme, Source, Text,
    split_leads,
};

/// Where this sheet's cells come from.
#[derive(Debug, Clone, Copy)]
pub struct SheetId {
    pub file: FileId,
    pub sheet: usize,
}

impl SheetId {
    fn source(self, cell: CellRef) -> Source {
        Source {
            file: self.file,
            sheet: self.sheet,
            cell,
        }
    }
}

/// Builds a [`Text`] from a cell (cleaned, raw, source, fill).
pub fn text_of(id: SheetId, at: CellRef, cell: Option<&GridCell>) -> Text {
    let raw = cell
        .map(|c| c.value.display().into_owned())
        .unwrap_or_default();
    let value = match cell.map(|c| &c.value) {
        Some(Value::Date(_) | Value::Number(_) | Value::Bool(_) | Value::Error(_)) => raw.clone(),
        _ => clean(&raw),
    };
    Text {
        value,
        raw,
        source: id.source(at),
        fill: cell.and_then(|c| c.fill),
    }
}

/// Reads a sheet as a monitoring report; `None` when it holds no plan table.
pub fn read(sheet: &Sheet, id: SheetId, scheme: &Scheme) -> Option<Priority> {
    let rows = sheet.row_numbers();
    let headers: Vec<HeaderRow> = rows.iter().filter_map(|r| header_at(sheet, *r)).collect();
    let first = headers.first()?;

    let mut priority = Priority {
        number: None,
        title: None,
        description: None,
        legend: None,
        vision: None,
        stated_status: None,
        preamble: Vec::new(),
        periods: Vec::new(),
        focus_areas: Vec::new(),
        layout: Layout::MonitoringReport,
        source: id.source(CellRef::new(first.row, first.columns[0].0)),
    };
    read_preamble(sheet, id, scheme, first.row, &mut priority);
    if priority.number.is_none() {
        priority.number = number_from_sheet_name(&sheet.name);
    }

    let mut reader = TableReader {
        sheet,
        id,
        focus_anchor: None,
        period_cols: HashMap::new(),
        progress_col: None,
    };
    for (i, header) in headers.iter().enumerate() {
        let end = headers.get(i + 1).map_or(u32::MAX, |h| h.row);
        let data_start = reader.map_periods(header, &mut priority.periods);
        for row in rows
            .iter()
            .copied()
            .filter(|r| *r >= data_start && *r < end)
        {
            reader.read_row(header, row, &mut priority);
        }
    }
    Some(priority)
}

/// `Priority 7: The oversight …` → (7, statement, further paragraphs).
pub fn parse_title(text: &str) -> Option<(u32, String, Option<String>)> {
    let mut lines = text.lines();
    let first = lines.next()?.trim();
    let lower = first.to_lowercase();
    let rest = lower.strip_prefix("priority")?;
    let digits: String = rest
        .trim_start()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let number: u32 = digits.parse().ok()?;
    let consumed = first.len() - rest.len() + (rest.len() - rest.trim_start().len()) + digits.len();
    let after = &first[consumed..];
    // `Priority 7:` or `Priority 7 -` or `Priority 7` then text; not `Priority 72%`.
    if after
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || c == '%')
    {
        return None;
    }
    let statement = after
        .trim_start_matches([':', '.', '-', '–', '—', ' '])
        .trim()
        .to_string();
    let mut more: Vec<&str> = lines.collect();
    let statement = if statement.is_empty() && !more.is_empty() {
        more.remove(0).to_string()
    } else {
        statement
    };
    let description = (!more.is_empty()).then(|| more.join("\n"));
    Some((number, statement, description))
}

/// `PR2`, `P7 Oversight`, `Priority 3`, `Pr 4` → the number.
pub fn number_from_sheet_name(name: &str) -> Option<u32> {
    let lower = name.trim().to_lowercase();
    let rest = ["priority", "pr", "p"]
        .iter()
        .find_map(|p| lower.strip_prefix(p))?;
    let rest = rest.trim_start_matches([' ', '-', '_', '.']);
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty()
        || rest[digits.len()..].starts_with(|c: char| c.is_ascii_digit() || c == '.')
    {
        return None;
    }
    digits.parse().ok()
}

fn read_preamble(
    sheet: &Sheet,
    id: SheetId,
    scheme: &Scheme,
    header_row: u32,
    priority: &mut Priority,
) {
    let preamble: Vec<&GridCell> = sheet
        .cells
        .iter()
        .take_while(|c| c.at.row < header_row)
        .collect();
    let mut vision_row = None;
    let mut labels = Vec::new();
    let mut title_needs_statement = false;
    let mut other = Vec::new();
    for cell in &preamble {
        let text = text_of(id, cell.at, Some(cell));
        let lower = text.value.to_lowercase();
        if priority.title.is_none()
            && let Some((number, statement, description)) = parse_title(&text.value)
        {
            priority.number = Some(number);
            priority.description = description;
            priority.source = text.source;
            title_needs_statement = statement.is_empty();
            priority.title = Some(Text {
                value: statement,
                ..text
            });
            continue;
        }
        let is_legend = ["blue", "red", "amber", "green"]
            .iter()
            .all(|w| lower.contains(w))
            && lower.len() > 40;
        if priority.legend.is_none() && is_legend {
            priority.legend = Some(text);
        } else if priority.vision.is_none() && lower.starts_with("vision") {
            vision_row = Some(cell.at.row);
            priority.vision = Some(text);
        } else if lower.contains("overall") && lower.len() < 60 {
            labels.push(cell.at);
        } else if title_needs_statement && !is_legend && lower.len() > 12 {
            // `Priority 3` in one cell, its problem statement in the next.
            title_needs_statement = false;
            if let Some(title) = &mut priority.title {
                title.value = text.value;
            }
        } else if !text.is_empty() {
            other.push(text);
        }
    }
    // The stated overall status: a short cell reading as a status, beside or
    // under a label such as `Overall RAG:`, else on the vision row or the row
    // below it. Nothing is guessed from anywhere else (a legend split into
    // cells would otherwise be read as a status).
    let is_status = |c: &GridCell| {
        let s = c.value.display();
        s.chars().count() <= 12 && scheme.read(&s).rag().is_some()
    };
    let beside_label = labels.iter().find_map(|l| {
        preamble.iter().find(|c| {
            ((c.at.row == l.row && c.at.col > l.col)
                || (c.at.row == l.row + 1 && c.at.col == l.col))
                && is_status(c)
        })
    });
    let stated = beside_label.or_else(|| {
        let v = vision_row?;
        preamble
            .iter()
            .find(|c| (c.at.row == v || c.at.row == v + 1) && is_status(c))
    });
    priority.stated_status = stated.map(|c| text_of(id, c.at, Some(c)));
    let stated_at = priority.stated_status.as_ref().map(|t| t.source);
    priority.preamble = other
        .into_iter()
        .filter(|t| Some(t.source) != stated_at)
        .collect();
}

struct TableReader<'a> {
    sheet: &'a Sheet,
    id: SheetId,
    /// The cell of the current focus area (a merge's top-left cell).
    focus_anchor: Option<CellRef>,
    /// Column → index into `Priority::periods`, for the current table.
    period_cols: HashMap<u32, usize>,
    progress_col: Option<u32>,
}

impl TableReader<'_> {
    /// Maps the period columns of a header and returns the first data row.
    /// Periods come from the row under the header (dates or text under
    /// Progress), from dates in the header row itself, or — for a repeated
    /// header with no period row — from the previous table.
    fn map_periods(&mut self, header: &HeaderRow, periods: &mut Vec<Period>) -> u32 {
        let progress = header.col(Column::Progress);
        let mut found: Vec<(u32, Period)> = Vec::new();
        for (col, name) in &header.others {
            if let Some(month) = crate::model::YearMonth::parse(name) {
                found.push((
                    *col,
                    Period {
                        label: month.label(),
                        month: Some(month),
                        source: self.id.source(CellRef::new(header.row, *col)),
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
        // Without a focus-area column, a `Ref` column (`4.1 A`) gives it.
        let focus_col = header
            .col(Column::FocusArea)
            .or(header.col(Column::Reference));
        if let Some(fc) = focus_col {
            let (anchor, cell) = self.sheet.resolve(CellRef::new(row, fc));
            if cell.is_some_and(|c| !c.value.is_blank()) && self.focus_anchor != Some(anchor) {
                self.focus_anchor = Some(anchor);
                let mut title = text_of(self.id, anchor, cell);
                if header.col(Column::FocusArea).is_none() {
                    // `4.1 A` → focus area `4.1`.
                    title.value = reference_parts(&title.value).0;
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
        let content = self
            .sheet
            .row(row)
            .iter()
            .any(|c| Some(c.at.col) != focus_col && !c.value.is_blank())
            || self
                .sheet
                .merges
                .iter()
                .any(|m| m.first.row == row && Some(m.first.col) != focus_col);
        let has_own = content
            && self
                .sheet
                .row(row)
                .iter()
                .any(|c| Some(c.at.col) != focus_col && self.own(row, c.at.col));
        if !has_own {
            return;
        }
        if priority.focus_areas.is_empty() {
            let source = self.id.source(CellRef::new(row, focus_col.unwrap_or(0)));
            let title = Text {
                value: String::new(),
                raw: String::new(),
                source,
                fill: None,
            };
            priority.focus_areas.push(FocusArea {
                reference: None,
                title,
                actions: Vec::new(),
            });
        }

        let field = |kind| header.col(kind).map(|c| self.text(row, c));
        let action_text =
            field(Column::Action).unwrap_or_else(|| text_of(self.id, CellRef::new(row, 0), None));
        let lead = field(Column::Lead);
        let mut statuses: Vec<Option<Text>> = vec![None; priority.periods.len()];
        for (col, index) in &self.period_cols {
            statuses[*index] = Some(self.text(row, *col));
        }
        // Periods this table does not have point at the row's first status column, empty.
        let blank_at = self.period_cols.keys().min().copied().unwrap_or(0);
        let statuses = statuses
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
        let reference_id = header
            .col(Column::Reference)
            .filter(|_| header.col(Column::FocusArea).is_none())
            .and_then(|c| reference_parts(&self.text(row, c).value).1);
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
        let action = Action {
            id: own_id
                .or_else(|| action_id(&action_text.value))
                .or(reference_id),
            leads: lead
                .as_ref()
                .map(|l| split_leads(&l.value))
                .unwrap_or_default(),
            text: action_text,
            lead,
            evidence: field(Column::Evidence),
            statuses,
            notes: field(Column::Notes),
            documents: field(Column::Documents),
            extra,
        };
        if let Some(fa) = priority.focus_areas.last_mut() {
            fa.actions.push(action);
        }
    }
}

/// `1.1 Roles …` → `1.1`; `Ref - 3.1 …` → `3.1`; `Ref -1.2 …` → `1.2`;
/// `[7] There is …` → `7`; `Ref - 4 EHC plans …` → `4`.
pub fn focus_reference(title: &str) -> Option<String> {
    let mut t = title.trim();
    let lower = t.to_lowercase();
    if lower.starts_with("ref") {
        t = t[3..].trim_start_matches(|c: char| {
            c == '.' || c == ':' || c == '-' || c == '–' || c.is_whitespace()
        });
    }
    let t = t.strip_prefix('[').unwrap_or(t);
    let reference: String = t
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let reference = reference.trim_end_matches('.');
    let after = t[reference.len()..].chars().next();
    let ok = !reference.is_empty()
        && reference.chars().next().is_some_and(|c| c.is_ascii_digit())
        && after.is_none_or(|c| c.is_whitespace() || c == ']' || c == '.' || c == ':' || c == ')');
    ok.then(|| reference.to_string())
}

/// A reference cell: `4.1 A` / `4.1A` / `4.1.a` → (`4.1`, Some(`A`)); `4.1` → (`4.1`, None).
pub fn reference_parts(text: &str) -> (String, Option<String>) {
    let t = text.trim();
    let number: String = t
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let rest = t[number.len()..].trim_start_matches([' ', '.', '-']);
    let number = number.trim_end_matches('.').to_string();
    let mut chars = rest.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii_alphabetic() && !number.is_empty() => {
            (number, Some(c.to_ascii_uppercase().to_string()))
        }
        _ => (t.to_string(), None),
    }
}

/// `A. Co-produce …` → `A`; `(c) …` and `c) …` too. Text without such a
/// prefix has no id.
pub fn action_id(text: &str) -> Option<String> {
    let t = text.trim_start();
    let t = t.strip_prefix('(').unwrap_or(t);
    let mut chars = t.chars();
    let letter = chars.next().filter(|c| c.is_ascii_alphabetic())?;
    let punct = chars.next().filter(|c| *c == '.' || *c == ')')?;
    let next = chars.next();
    let _ = punct;
    next.is_none_or(char::is_whitespace)
        .then(|| letter.to_ascii_uppercase().to_string())
}

/// Whether a sheet mentions a priority title without a table, to explain
/// `no-plan-found` better.
pub fn mentions_priority(sheet: &Sheet) -> bool {
    sheet
        .cells
        .iter()
        .take(200)
        .any(|c| parse_title(&clean(&c.value.display())).is_some())
        || normalise(&sheet.name).starts_with("priority")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn focus_references() {
        assert_eq!(
            focus_reference("1.1 Roles and responsibilities").as_deref(),
            Some("1.1")
        );
        assert_eq!(
            focus_reference("Ref - 3.1 Co-production is strong").as_deref(),
            Some("3.1")
        );
        assert_eq!(
            focus_reference("Ref -1.2 United vision").as_deref(),
            Some("1.2")
        );
        assert_eq!(
            focus_reference("Ref - 4 EHC plans are effective").as_deref(),
            Some("4")
        );
        assert_eq!(
            focus_reference("[7] There is effective oversight").as_deref(),
            Some("7")
        );
        assert_eq!(focus_reference("Local area continues"), None);
    }

    #[test]
    fn reference_cells() {
        assert_eq!(reference_parts("4.1 A"), ("4.1".into(), Some("A".into())));
        assert_eq!(reference_parts("4.1b"), ("4.1".into(), Some("B".into())));
        assert_eq!(reference_parts("4.1"), ("4.1".into(), None));
        assert_eq!(reference_parts("Transport"), ("Transport".into(), None));
    }

    #[test]
    fn action_ids() {
        assert_eq!(action_id("A. Co-produce").as_deref(), Some("A"));
        assert_eq!(
            action_id("I. Undertake biennial reviews").as_deref(),
            Some("I")
        );
        assert_eq!(action_id("(c) Review").as_deref(), Some("C"));
        assert_eq!(action_id("A Co-produce"), None);
        assert_eq!(action_id("Local area continues"), None);
        assert_eq!(action_id("e.g. something"), None);
    }

    #[test]
    fn titles_and_sheet_names() {
        let (n, s, d) =
            parse_title("Priority 2: Aspirations are not high enough.\nThis priority is embedded.")
                .unwrap();
        assert_eq!(
            (n, s.as_str(), d.as_deref()),
            (
                2,
                "Aspirations are not high enough.",
                Some("This priority is embedded.")
            )
        );
        assert_eq!(parse_title("Priority 7 - Oversight").map(|t| t.0), Some(7));
        assert_eq!(parse_title("Priority 72% of schools"), None);
        assert_eq!(parse_title("Priority areas"), None);
        assert_eq!(number_from_sheet_name("PR2"), Some(2));
        assert_eq!(number_from_sheet_name("P7 Oversight"), Some(7));
        assert_eq!(number_from_sheet_name("Priority 3"), Some(3));
        assert_eq!(number_from_sheet_name("Sheet1"), None);
        assert_eq!(number_from_sheet_name("Plan"), None);
    }
}
