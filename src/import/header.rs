//! Finding the header row(s) of a plan table by their text, wherever they
//! are on the sheet and however often they repeat. Header text is noisy
//! (`Lead October`, `Progress Red - Delayed Amber – In progress …`), so each
//! column is recognised by synonyms, not by exact text or position.

use std::borrow::Cow;

use super::grid::{Sheet, Value};
use super::text::normalise;

/// The columns ragplan understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    FocusArea,
    Action,
    Lead,
    /// Evidence (Impact): what success looks like.
    Evidence,
    /// Progress / RAG: the status columns, one per period.
    Progress,
    /// Sub Group Action to date: dated update notes.
    Notes,
    /// EVIDENCE (See PR 7 Position Statement): the documents.
    Documents,
    /// `Ref`: the action's reference (`4.1 A`) when there is no focus-area column.
    Reference,
    /// `Action id`: the action's letter in a column of its own (the master's layout).
    ActionId,
    /// `Priority`: the implementation plan's priority number or section name.
    PriorityNumber,
    /// `Date`, `Timeframe`: the target date.
    Timeframe,
}

/// An area's own header words (`ragplan.toml` `[headers]`), matched before
/// the built-in ones, ignoring case and spacing.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Synonyms(Vec<(String, Column)>);

impl Synonyms {
    pub fn new(pairs: impl IntoIterator<Item = (String, Column)>) -> Synonyms {
        Synonyms(pairs.into_iter().map(|(t, c)| (normalise(&t), c)).collect())
    }

    /// Whether some word of these names the Actions column that the cheap
    /// test of a header row ([`may_name_actions`]) would not let through.
    fn names_actions_unseen(&self) -> bool {
        self.0
            .iter()
            .any(|(t, c)| *c == Column::Action && !may_be_action_heading(t))
    }

    /// These words first, then `other`'s.
    pub fn then(mut self, other: &Synonyms) -> Synonyms {
        self.0.extend(other.0.iter().cloned());
        self
    }

    fn get(&self, text: &str) -> Option<Column> {
        if self.0.is_empty() {
            return None;
        }
        let t = normalise(text);
        self.0.iter().find(|(s, _)| *s == t).map(|(_, c)| *c)
    }
}

impl Column {
    /// The key naming the column in `ragplan.toml` (the inverse of [`Column::from_key`]).
    pub fn key(self) -> &'static str {
        match self {
            Column::FocusArea => "focus_area",
            Column::Action => "action",
            Column::Lead => "lead",
            Column::Evidence => "evidence",
            Column::Progress => "progress",
            Column::Notes => "notes",
            Column::Documents => "documents",
            Column::Reference => "reference",
            Column::ActionId => "action_id",
            Column::PriorityNumber => "priority",
            Column::Timeframe => "timeframe",
        }
    }

    /// What the column holds, in an officer's words.
    pub fn describe(self) -> &'static str {
        match self {
            Column::FocusArea => "the focus area",
            Column::Action => "the actions",
            Column::Lead => "the lead",
            Column::Evidence => "the evidence of impact",
            Column::Progress => "the status (RAG)",
            Column::Notes => "the update notes",
            Column::Documents => "the evidence documents",
            Column::Reference => "the reference",
            Column::ActionId => "the action's id",
            Column::PriorityNumber => "the priority",
            Column::Timeframe => "the target date",
        }
    }

    /// The key naming the column in `ragplan.toml`.
    pub fn from_key(key: &str) -> Option<Column> {
        Some(match key {
            "focus_area" => Column::FocusArea,
            "action" => Column::Action,
            "lead" => Column::Lead,
            "evidence" => Column::Evidence,
            "progress" => Column::Progress,
            "notes" => Column::Notes,
            "documents" => Column::Documents,
            "reference" => Column::Reference,
            "action_id" => Column::ActionId,
            "priority" => Column::PriorityNumber,
            "timeframe" => Column::Timeframe,
            _ => return None,
        })
    }
}

/// Recognises a header cell's text by the column vocabulary
/// ([`super::vocabulary`]), most specific first: `Progress to date` is
/// notes, not statuses; `Action Lead` is the lead, not the action; `Lead
/// agency` is an organisation, kept, not the lead.
pub fn classify(text: &str) -> Option<Column> {
    classify_ranked(text).and_then(|(column, _)| column)
}

/// [`classify`] with the vocabulary's rank, and `Some((None, _))` for a
/// header the vocabulary knows is not one of ragplan's columns.
fn classify_ranked(text: &str) -> Option<(Option<Column>, u8)> {
    let t = normalise(text);
    if t.is_empty() || t.len() > 200 {
        return None;
    }
    let words = t
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count();
    let first = t
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("");
    // Header cells are short labels; a sentence in a data cell ("action F went
    // from G to A", "say why in the update notes") is not one. Only a status
    // header may carry the legend after its first word.
    if words > 8 && !matches!(first, "progress" | "rag" | "status" | "brag") {
        return None;
    }
    super::vocabulary::lookup(&t)
}

/// A recognised header row.
#[derive(Debug, Clone)]
pub struct HeaderRow {
    pub row: u32,
    /// Column index → what it holds; the first of each kind wins (of several
    /// leads, the best-ranked: `Action lead` before `Accountable lead`), a
    /// second Evidence becomes Documents.
    pub columns: Vec<(u32, Column)>,
    /// Other header cells, kept as extra-field names.
    pub others: Vec<(u32, String)>,
    /// Every status column with its header text: the Progress column(s)
    /// (`Previous RAG`, `Current RAG`) and columns headed by a period (`Q1
    /// 2022/23`, `Autumn 2022`, `3 months`, a date cell), in column order.
    pub statuses: Vec<(u32, String)>,
}

impl HeaderRow {
    pub fn col(&self, kind: Column) -> Option<u32> {
        self.columns
            .iter()
            .find(|(_, k)| *k == kind)
            .map(|(c, _)| *c)
    }

    pub fn kind_at(&self, col: u32) -> Option<Column> {
        self.columns
            .iter()
            .find(|(c, _)| *c == col)
            .map(|(_, k)| *k)
    }

    pub fn is_status(&self, col: u32) -> bool {
        self.statuses.iter().any(|(c, _)| *c == col)
    }
}

/// Reads one row as a header, if it is one: it must name the Actions column
/// and at least two of Focus Area, Lead, Evidence, Progress, Update notes and
/// the target date.
pub fn header_at(sheet: &Sheet, row: u32) -> Option<HeaderRow> {
    header_with(sheet, row, &Synonyms::default())
}

/// [`header_at`] with the area's own header words.
pub fn header_with(sheet: &Sheet, row: u32, synonyms: &Synonyms) -> Option<HeaderRow> {
    // Every row of every sheet is asked, so the common answer (a data row, not
    // a header) must be cheap: first a test that allocates nothing, then
    // classify, and clean the unrecognised cells' text only once the row has
    // qualified.
    if !synonyms.names_actions_unseen() && !may_name_actions(sheet, row) {
        return None;
    }
    read_header(sheet, row, synonyms)
}

/// The columns a header row names, and why it falls short of a plan's
/// header when it does (for `no-plan-found`).
#[derive(Debug, Clone)]
pub struct HeaderReading {
    pub header: HeaderRow,
    /// Cells whose text names no column ragplan knows.
    pub unknown: Vec<(u32, String)>,
    /// The Actions column is named only weakly (`Description`)…
    weak_action: bool,
    /// …and the row has a risk or issue log's words (`Likelihood`).
    other_table: bool,
}

impl HeaderReading {
    pub fn has(&self, kind: Column) -> bool {
        self.header.col(kind).is_some()
    }

    /// How many of the columns that make a plan's header beside the Actions
    /// column it names.
    pub fn supporting(&self) -> usize {
        SUPPORTING.iter().filter(|k| self.has(**k)).count()
    }

    /// A plan's header: the Actions column and two of [`SUPPORTING`]; not a
    /// risk log's (`Risk | Description | Likelihood | Impact | Owner`).
    pub fn is_plan_header(&self) -> bool {
        self.has(Column::Action)
            && self.supporting() >= 2
            && !(self.weak_action && self.other_table)
    }
}

/// The columns that, beside the Actions column, make a row a plan's header.
pub const SUPPORTING: [Column; 6] = [
    Column::FocusArea,
    Column::Lead,
    Column::Evidence,
    Column::Progress,
    Column::Notes,
    Column::Timeframe,
];

fn read_header(sheet: &Sheet, row: u32, synonyms: &Synonyms) -> Option<HeaderRow> {
    let reading = read_row_as_header(sheet, row, synonyms);
    reading.is_plan_header().then_some(reading.header)
}

/// Reads a row as if it were a header, whatever it is.
pub fn read_row_as_header(sheet: &Sheet, row: u32, synonyms: &Synonyms) -> HeaderReading {
    // (column, kind, rank) of every recognised cell, in column order.
    let mut recognised: Vec<(u32, Column, u8)> = Vec::new();
    let mut unrecognised: Vec<(u32, Cow<'_, str>)> = Vec::new();
    let mut unknown = Vec::new();
    let mut statuses: Vec<(u32, String)> = Vec::new();
    let mut other_table = false;
    for cell in sheet.row(row) {
        let text = match &cell.value {
            Value::Text(s) => Cow::Borrowed(s.as_str()),
            // A header is words; a number or date in the row is a label
            // only if the row is a header anyway.
            other => Cow::Owned(other.display().into_owned()),
        };
        // Header cells are short labels (a Progress header carrying the legend
        // runs to about 90 characters); longer text is data, not worth cleaning.
        if text.len() > 300 || text.trim().is_empty() {
            continue;
        }
        other_table |= super::vocabulary::OTHER_TABLE_WORDS.contains(&normalise(&text).as_str());
        let ranked = match &cell.value {
            Value::Text(_) => synonyms
                .get(&text)
                .map(|c| (Some(c), 0))
                .or_else(|| classify_ranked(&text)),
            _ => None,
        };
        // A column headed by a period (`Q1 2022/23`, a date cell) holds statuses.
        let period_label = match &cell.value {
            Value::Date(_) => cell.value.year_month().map(|m| m.label()),
            Value::Text(t) if matches!(ranked, None | Some((Some(Column::Progress), _))) => {
                let t = super::text::clean(t);
                crate::model::When::find_in(&t).map(|_| t)
            }
            _ => None,
        };
        if let Some(label) = period_label {
            statuses.push((cell.at.col, label));
            if ranked.is_none() {
                continue;
            }
        } else if let Some((Some(Column::Progress), _)) = ranked {
            statuses.push((cell.at.col, super::text::clean(&text)));
        }
        match ranked {
            Some((Some(kind), rank)) => {
                let kind = if kind == Column::Evidence
                    && recognised.iter().any(|(_, k, _)| *k == Column::Evidence)
                {
                    Column::Documents
                } else {
                    kind
                };
                recognised.push((cell.at.col, kind, rank));
            }
            Some((None, _)) => unrecognised.push((cell.at.col, text)),
            None => {
                unknown.push((cell.at.col, super::text::clean(&text)));
                unrecognised.push((cell.at.col, text));
            }
        }
    }
    // One column of each kind: the first, or for several leads the best-ranked.
    let mut columns: Vec<(u32, Column)> = Vec::new();
    let mut extra: Vec<u32> = Vec::new();
    let weak_action = recognised
        .iter()
        .filter(|(_, k, _)| *k == Column::Action)
        .all(|(_, _, rank)| *rank > 0);
    for &(col, kind, _) in &recognised {
        let best = recognised
            .iter()
            .filter(|(_, k, _)| *k == kind)
            .min_by_key(|(c, _, r)| (*r, *c))
            .map(|(c, _, _)| *c);
        if best == Some(col) {
            columns.push((col, kind));
        } else if kind != Column::Progress {
            extra.push(col);
        }
    }
    let mut others: Vec<(u32, String)> = unrecognised
        .into_iter()
        .map(|(col, text)| (col, super::text::clean(&text)))
        .collect();
    for col in extra {
        if let Some(cell) = sheet.get(crate::model::CellRef::new(row, col)) {
            others.push((col, super::text::clean(&cell.value.display())));
        }
    }
    others.sort_by_key(|(c, _)| *c);
    HeaderReading {
        header: HeaderRow {
            row,
            columns,
            others,
            statuses,
        },
        unknown,
        weak_action,
        other_table,
    }
}

/// Whether some cell of the row could be classified as the Actions column:
/// one of its first two words (the first may be an `o` bullet) is a first
/// word [`classify`] takes for Actions, or it holds markup or an entity that
/// cleaning would change. Never false for a row [`classify`] would find an
/// Actions column in (tested on every row of the samples and fixtures).
fn may_name_actions(sheet: &Sheet, row: u32) -> bool {
    sheet.row(row).iter().any(|cell| match &cell.value {
        Value::Text(text) => may_be_action_heading(text),
        _ => false,
    })
}

/// Whether a text may head the Actions column: one of its first two words
/// starts one of the vocabulary's Actions headings.
fn may_be_action_heading(text: &str) -> bool {
    text.contains(['<', '&'])
        || text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(2)
            .any(|w| {
                // (Unicode case rules can fold a non-ASCII letter into one of these.)
                !w.is_ascii()
                    || super::vocabulary::action_first_words()
                        .any(|first| w.eq_ignore_ascii_case(first))
            })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_noisy_headers() {
        assert_eq!(classify("Focus Area (Intent)"), Some(Column::FocusArea));
        assert_eq!(classify("Actions (Implementation)"), Some(Column::Action));
        assert_eq!(classify("Lead October"), Some(Column::Lead));
        assert_eq!(classify("Lead"), Some(Column::Lead));
        assert_eq!(classify("Evidence (Impact)"), Some(Column::Evidence));
        assert_eq!(
            classify(
                "Progress Red - Delayed Amber – In progress Green - Completed Grey - not yet started"
            ),
            Some(Column::Progress)
        );
        assert_eq!(
            classify("Sub Group Action to date (Implementation)"),
            Some(Column::Notes)
        );
        assert_eq!(
            classify("EVIDENCE (See PR 7 Position Statement)"),
            Some(Column::Documents)
        );
        assert_eq!(classify("<p>Lead</p>"), Some(Column::Lead));
        assert_eq!(classify("Leadership"), None);
        assert_eq!(classify("Task and Finish Group"), None);
        assert_eq!(classify("Vision for the future"), None);
        assert_eq!(classify("Action Lead"), Some(Column::Lead));
        assert_eq!(classify("Responsible Lead"), Some(Column::Lead));
        assert_eq!(classify("Action Owner"), Some(Column::Lead));
        assert_eq!(classify("Progress to date"), Some(Column::Notes));
        assert_eq!(classify("Progress update (Apr 21)"), Some(Column::Notes));
        assert_eq!(classify("Current RAG"), Some(Column::Progress));
        assert_eq!(classify("RAG rating"), Some(Column::Progress));
        assert_eq!(classify("Key actions"), Some(Column::Action));
        assert_eq!(classify("Success Measures"), Some(Column::Evidence));
        assert_eq!(classify("Storage"), None);
        assert_eq!(classify("Action id"), Some(Column::ActionId));
        assert_eq!(
            classify("action F went from `G` (Apr-21) to `G/A` (Dec-21)"),
            None
        );
        assert_eq!(
            classify("if this is right, say why in the update notes; if not, correct the status"),
            None
        );
        assert_eq!(classify("Ref"), Some(Column::Reference));
        assert_eq!(classify("Priority"), Some(Column::PriorityNumber));
        assert_eq!(classify("Date"), Some(Column::Timeframe));
        assert_eq!(classify("Timeframe"), Some(Column::Timeframe));
        assert_eq!(classify("Review Impact (RAG)"), Some(Column::Progress));
        assert_eq!(classify("Delivery Objectives"), Some(Column::Action));
        assert_eq!(classify("Task and Finish Group"), None);
        assert_eq!(classify("Monitoring and Evaluation"), None);
        assert_eq!(classify("Leadership"), None);
    }

    /// The cheap test before classifying never turns away a header: on every
    /// row of every sample and LibreOffice fixture, the answer is the same
    /// with it and without it.
    #[test]
    fn the_quick_test_turns_away_no_header() {
        let mut paths: Vec<std::path::PathBuf> = Vec::new();
        for dir in ["samples", "tests/fixtures/libreoffice"] {
            for entry in std::fs::read_dir(dir).unwrap() {
                paths.push(entry.unwrap().path());
            }
        }
        let mut headers = 0;
        for path in paths
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e != "md"))
        {
            let wb = crate::import::read::read_workbook(path).unwrap();
            for sheet in &wb.sheets {
                let last = sheet.cells.last().map_or(0, |c| c.at.row);
                for row in 0..=last {
                    let quick = header_with(sheet, row, &Synonyms::default());
                    let full = read_header(sheet, row, &Synonyms::default());
                    assert_eq!(
                        format!("{quick:?}"),
                        format!("{full:?}"),
                        "{} '{}' row {}",
                        path.display(),
                        sheet.name,
                        row + 1
                    );
                    headers += usize::from(full.is_some());
                }
            }
        }
        assert!(headers > 20, "{headers}");
    }

    /// Action headers the cheap test must let through: bullets, markup,
    /// entities, the other first words classify takes.
    #[test]
    fn unusual_action_headers_still_found() {
        use crate::import::grid::GridCell;
        use crate::model::CellRef;
        for action in [
            "Actions",
            "o Actions",
            "• Actions",
            "<b>Actions</b>",
            "&nbsp;Actions",
            "Key actions",
            "Delivery Objectives",
            "ACTION (what we will do)",
        ] {
            let labels = [
                "Focus Area",
                action,
                "Lead",
                "Evidence (Impact)",
                "Progress",
            ];
            let sheet = Sheet {
                cells: labels
                    .iter()
                    .enumerate()
                    .map(|(c, l)| GridCell {
                        at: CellRef::new(3, c as u32),
                        value: Value::Text(l.to_string()),
                        fill: None,
                    })
                    .collect(),
                ..Sheet::default()
            };
            let header = header_with(&sheet, 3, &Synonyms::default());
            assert_eq!(
                header.and_then(|h| h.col(Column::Action)),
                Some(1),
                "{action}"
            );
        }
    }
}
