//! When a workbook holds no plan table ragplan recognises: the table it
//! nearly took for one, what it recognised there, what it could not, and
//! which of the table's own headers are probably the missing columns,
//! judged by what their cells hold (long sentences are actions, names are
//! leads, codes are statuses, dates are target dates). `no-plan-found` says
//! so in an officer's words and `ragplan init --from` writes the
//! `[headers]` lines that make the table read.

use super::grid::{GridCell, Sheet, Value};
use super::header::{Column, SUPPORTING, Synonyms, read_row_as_header};
use super::text::clean;
use crate::model::{CellRef, Scheme, StatusWord};

/// The table ragplan nearly read.
#[derive(Debug, Clone, PartialEq)]
pub struct NearMiss {
    /// Index of the sheet in its workbook.
    pub sheet: u32,
    /// The header row's first cell.
    pub at: CellRef,
    /// The header cells, in column order, as written.
    pub headers: Vec<String>,
    /// The columns recognised, with their header text.
    pub recognised: Vec<(Column, String)>,
    /// The header texts the vocabulary does not know.
    pub unknown: Vec<String>,
    /// Headers that are probably the missing columns (`What` → Actions).
    pub suggestions: Vec<(Column, String)>,
}

impl NearMiss {
    /// Whether the suggestions make the row a plan's header.
    pub fn would_read(&self) -> bool {
        let has = |k: Column| {
            self.recognised.iter().any(|(c, _)| *c == k)
                || self.suggestions.iter().any(|(c, _)| *c == k)
        };
        has(Column::Action) && SUPPORTING.iter().filter(|k| has(**k)).count() >= 2
    }

    /// The `ragplan.toml` lines that make the table read.
    pub fn toml_lines(&self) -> String {
        let mut out = String::from("[headers]\n");
        for (column, text) in &self.suggestions {
            out.push_str(&format!("{} = [{}]\n", column.key(), toml_string(text)));
        }
        out
    }
}

/// A TOML basic string.
pub fn toml_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The row of the sheet most like a plan's header that is not one: three or
/// more short labels over rows of data, the most columns recognised.
pub fn nearest(
    sheet: &Sheet,
    sheet_index: u32,
    scheme: &Scheme,
    synonyms: &Synonyms,
) -> Option<NearMiss> {
    let rows = sheet.row_numbers();
    let mut best: Option<(usize, usize, NearMiss)> = None;
    for (i, &row) in rows.iter().enumerate().take(200) {
        let cells: Vec<&GridCell> = sheet
            .row(row)
            .iter()
            .filter(|c| !c.value.is_blank())
            .collect();
        let labels = cells.len() >= 3
            && cells
                .iter()
                .all(|c| matches!(&c.value, Value::Text(t) if t.chars().count() <= 60));
        // Data under it: two rows of two cells or more.
        let data = rows[i + 1..]
            .iter()
            .take(6)
            .filter(|r| {
                sheet
                    .row(**r)
                    .iter()
                    .filter(|c| !c.value.is_blank())
                    .count()
                    >= 2
            })
            .count()
            >= 2;
        if !labels || !data {
            continue;
        }
        let reading = read_row_as_header(sheet, row, synonyms);
        let recognised: Vec<(Column, String)> = reading
            .header
            .columns
            .iter()
            .map(|(col, kind)| (*kind, header_text(sheet, row, *col)))
            .collect();
        let score = (recognised.len(), cells.len());
        if best.as_ref().is_some_and(|(a, b, _)| (*a, *b) >= score) {
            continue;
        }
        let below: Vec<u32> = rows[i + 1..].iter().copied().take(40).collect();
        let suggestions = suggest(sheet, &below, &reading, scheme);
        best = Some((
            score.0,
            score.1,
            NearMiss {
                sheet: sheet_index,
                at: cells[0].at,
                headers: cells.iter().map(|c| clean(&c.value.display())).collect(),
                recognised,
                unknown: reading.unknown.iter().map(|(_, t)| t.clone()).collect(),
                suggestions,
            },
        ));
    }
    best.map(|(_, _, n)| n)
}

fn header_text(sheet: &Sheet, row: u32, col: u32) -> String {
    sheet
        .get(CellRef::new(row, col))
        .map(|c| clean(&c.value.display()))
        .unwrap_or_default()
}

/// What a column's cells look like.
#[derive(Debug, Default)]
struct Profile {
    cells: usize,
    chars: usize,
    statuses: usize,
    dates: usize,
    names: usize,
}

fn profile(sheet: &Sheet, rows: &[u32], col: u32, scheme: &Scheme) -> Profile {
    let mut p = Profile::default();
    for &row in rows {
        let Some(cell) = sheet
            .get(CellRef::new(row, col))
            .filter(|c| !c.value.is_blank())
        else {
            continue;
        };
        p.cells += 1;
        let text = clean(&cell.value.display());
        p.chars += text.chars().count();
        match &cell.value {
            Value::Date(_) => p.dates += 1,
            _ if crate::model::YearMonth::parse(&text).is_some() => p.dates += 1,
            _ if text.chars().count() <= 20
                && (scheme.read(&text).rag().is_some() || StatusWord::of(&text).is_some()) =>
            {
                p.statuses += 1
            }
            _ => {}
        }
        let words: Vec<&str> = text
            .split(|c: char| c.is_whitespace() || c == '/')
            .filter(|w| !w.is_empty())
            .collect();
        if (1..=5).contains(&words.len())
            && words
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            && text.chars().count() <= 40
        {
            p.names += 1;
        }
    }
    p
}

/// Which unknown headers are probably the columns the table lacks.
fn suggest(
    sheet: &Sheet,
    below: &[u32],
    reading: &super::header::HeaderReading,
    scheme: &Scheme,
) -> Vec<(Column, String)> {
    let mut candidates: Vec<(u32, String, Profile)> = reading
        .unknown
        .iter()
        .map(|(col, text)| (*col, text.clone(), profile(sheet, below, *col, scheme)))
        .filter(|(_, _, p)| p.cells >= 2)
        .collect();
    let mut out = Vec::new();
    let mut take = |column: Column,
                    pick: &dyn Fn(&Profile) -> Option<usize>,
                    out: &mut Vec<(Column, String)>| {
        if reading.has(column) {
            return;
        }
        let best = candidates
            .iter()
            .enumerate()
            .filter_map(|(i, (_, _, p))| pick(p).map(|score| (score, i)))
            .max();
        if let Some((_, i)) = best {
            let (_, text, _) = candidates.remove(i);
            out.push((column, text));
        }
    };
    let half = |n: usize, p: &Profile| n * 2 >= p.cells;
    // Statuses: mostly codes or status words.
    take(
        Column::Progress,
        &|p| half(p.statuses, p).then_some(p.statuses),
        &mut out,
    );
    // Target dates: mostly dates.
    take(
        Column::Timeframe,
        &|p| half(p.dates, p).then_some(p.dates),
        &mut out,
    );
    // Actions: the longest text, sentences.
    take(
        Column::Action,
        &|p| (p.chars / p.cells >= 20).then_some(p.chars / p.cells),
        &mut out,
    );
    // Leads: short capitalised names or roles.
    take(
        Column::Lead,
        &|p| (half(p.names, p) && p.chars / p.cells <= 30).then_some(p.names),
        &mut out,
    );
    // Notes: the next longest text.
    take(
        Column::Notes,
        &|p| (p.chars / p.cells >= 20).then_some(p.chars / p.cells),
        &mut out,
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::grid::GridCell;

    fn sheet(rows: &[&[&str]]) -> Sheet {
        let mut cells = Vec::new();
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                if !v.is_empty() {
                    cells.push(GridCell {
                        at: CellRef::new(r as u32, c as u32),
                        value: Value::Text(v.to_string()),
                        fill: None,
                    });
                }
            }
        }
        Sheet {
            name: "Tracker".into(),
            cells,
            ..Sheet::default()
        }
    }

    #[test]
    fn the_table_it_nearly_read_and_what_would_make_it_read() {
        let s = sheet(&[
            &["Improvement tracker"],
            &[],
            &["No", "What we are doing", "Champion", "Rating", "Comments"],
            &[
                "1",
                "Publish the SEND strategy with families",
                "Jo Bloggs",
                "G",
                "Jan 23: published on the Local Offer",
            ],
            &[
                "2",
                "Audit ten EHC plans a month against the standard",
                "Head of SEND",
                "A",
                "Feb 23: first audit done",
            ],
            &[
                "3",
                "Train SENCOs in the graduated response",
                "Sam Patel",
                "R",
                "Delayed by sickness",
            ],
        ]);
        let miss = nearest(&s, 0, &Scheme::default(), &Synonyms::default()).unwrap();
        assert_eq!(miss.at, CellRef::new(2, 0));
        assert_eq!(
            miss.recognised,
            [
                (Column::Reference, "No".to_string()),
                (Column::Progress, "Rating".into()),
                (Column::Notes, "Comments".into())
            ]
        );
        assert_eq!(
            miss.suggestions,
            [
                (Column::Action, "What we are doing".to_string()),
                (Column::Lead, "Champion".into())
            ]
        );
        assert!(miss.would_read());
        assert_eq!(
            miss.toml_lines(),
            "[headers]\naction = [\"What we are doing\"]\nlead = [\"Champion\"]\n"
        );
    }
}
