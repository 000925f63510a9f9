//! Finding the header row(s) of a plan table by their text, wherever they
//! are on the sheet and however often they repeat. Header text is noisy
//! (`Lead October`, `Progress Red - Delayed Amber – In progress …`), so each
//! column is recognised by synonyms, not by exact text or position.

use super::grid::Sheet;
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
}

/// Recognises a header cell's text.
pub fn classify(text: &str) -> Option<Column> {
    let t = normalise(text);
    let first = t.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let starts = |p: &str| t.starts_with(p);
    if t.is_empty() || t.len() > 200 {
        return None;
    }
    if t.contains("action to date")
        || t.contains("actions to date")
        || starts("update")
        || t.contains("progress update")
        || starts("comment")
        || starts("notes")
        || t.contains("progress notes")
        || starts("latest update")
    {
        return Some(Column::Notes);
    }
    if t.contains("focus area") || starts("intent") || starts("area of focus") {
        return Some(Column::FocusArea);
    }
    if first == "action" || first == "actions" || starts("delivery objective") {
        return Some(Column::Action);
    }
    if first == "lead"
        || first == "leads"
        || first == "owner"
        || starts("lead officer")
        || starts("responsible officer")
        || starts("accountable officer")
    {
        return Some(Column::Lead);
    }
    if (first == "evidence" && t.contains("impact")) || first == "impact" {
        return Some(Column::Evidence);
    }
    if first == "evidence" || starts("documents") || starts("supporting evidence") {
        return Some(Column::Documents);
    }
    if first == "progress"
        || first == "rag"
        || t.contains("(rag)")
        || starts("rag status")
        || first == "status"
    {
        return Some(Column::Progress);
    }
    None
}

/// A recognised header row.
#[derive(Debug, Clone)]
pub struct HeaderRow {
    pub row: u32,
    /// Column index → what it holds; the first of each kind wins, a second
    /// Evidence becomes Documents.
    pub columns: Vec<(u32, Column)>,
    /// Other header cells, kept as extra-field names.
    pub others: Vec<(u32, String)>,
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
}

/// Reads one row as a header, if it is one: it must name the Actions column
/// and at least two of Focus Area, Lead, Evidence, Progress, Update notes.
pub fn header_at(sheet: &Sheet, row: u32) -> Option<HeaderRow> {
    let mut columns: Vec<(u32, Column)> = Vec::new();
    let mut others = Vec::new();
    for cell in sheet.row(row) {
        let text = cell.value.display();
        if text.trim().is_empty() {
            continue;
        }
        let kind = match classify(&text) {
            Some(Column::Evidence) if columns.iter().any(|(_, k)| *k == Column::Evidence) => {
                Some(Column::Documents)
            }
            k => k,
        };
        match kind {
            Some(k) if !columns.iter().any(|(_, x)| *x == k) => columns.push((cell.at.col, k)),
            _ => others.push((cell.at.col, super::text::clean(&text))),
        }
    }
    let has = |k| columns.iter().any(|(_, x)| *x == k);
    let supporting = [
        Column::FocusArea,
        Column::Lead,
        Column::Evidence,
        Column::Progress,
        Column::Notes,
    ]
    .iter()
    .filter(|k| has(**k))
    .count();
    (has(Column::Action) && supporting >= 2).then_some(HeaderRow {
        row,
        columns,
        others,
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
    }
}
