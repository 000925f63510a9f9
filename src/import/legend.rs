//! Finding an area's status legend wherever the workbook has it: a paragraph
//! (`Blue - outcomes agreed … Red - …`, `Key: Completed – action finished;
//! On track – …`), a row of cells (`B = Complete and embedded` | `G = On
//! track`), a column of codes with their meanings beside them, a `Key` sheet,
//! the Progress header. Each entry is a token as written and its meaning;
//! [`crate::model::Scheme::for_area`] makes the area's scheme of them.

use super::grid::{GridCell, Sheet, Value};
use super::text::{clean, normalise};
use crate::model::{LegendEntry, StatusWord};

/// Colour words and codes a legend's token may be.
const COLOUR_TOKENS: &[&str] = &[
    "blue", "green", "amber", "red", "grey", "gray", "yellow", "purple", "black", "white",
];

/// Whether a token is a status: a colour word, a status word, or (where a
/// code is expected) a code letter (`B`, `G`, `A`, `R`, `Gr`).
fn is_token(text: &str, codes: bool) -> bool {
    let t = text.trim().trim_end_matches([':', '=', '-', '–']).trim();
    if t.is_empty() || t.chars().count() > 30 {
        return false;
    }
    let lower = t.to_lowercase();
    COLOUR_TOKENS.contains(&lower.as_str())
        || StatusWord::of(t).is_some()
        || (codes && matches!(t, "B" | "G" | "A" | "R" | "Gr" | "BL" | "Bl" | "W"))
}

/// `Key`, `RAG key:`, `Legend`: the label that begins a key block.
pub fn is_key_label(text: &str) -> bool {
    let t = normalise(text);
    let t = t.trim_end_matches([':', '.']).trim();
    matches!(
        t,
        "key"
            | "rag key"
            | "brag key"
            | "legend"
            | "rag legend"
            | "status key"
            | "rag status key"
            | "rag rating key"
            | "rag ratings"
            | "rag rating"
            | "key to rag ratings"
            | "key to ratings"
            | "ratings"
    )
}

/// The entries of a legend written as text: each status token followed by
/// `=`, `-`, `–` or `:` and its meaning, up to the next token.
pub fn entries_in_text(text: &str) -> Vec<LegendEntry> {
    // Word spans of the text, with their byte offsets.
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let part = c.is_alphanumeric() || c == '/';
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, text.len()));
    }
    // (token start, token text, meaning start)
    let mut found: Vec<(usize, String, usize)> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let mut matched = None;
        for len in (1..=3).rev() {
            let Some(&(_, end)) = words.get(i + len - 1) else {
                continue;
            };
            let (s, _) = words[i];
            let token = &text[s..end];
            if !is_token(token, true) {
                continue;
            }
            let rest = &text[end..];
            let after = rest.trim_start_matches([' ', '\u{a0}']);
            if after.starts_with(['=', '-', '–', '—', ':']) {
                let skip = rest.len() - after.len();
                let sep = after.chars().next().map_or(1, char::len_utf8);
                matched = Some((len, s, token.to_string(), end + skip + sep));
                break;
            }
        }
        match matched {
            Some((len, s, token, meaning)) => {
                found.push((s, token, meaning));
                i += len;
            }
            None => i += 1,
        }
    }
    // A single `X - …` is a sentence, not a legend: two entries at least.
    if found.len() < 2 {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (k, (_, token, meaning_start)) in found.iter().enumerate() {
        let end = found.get(k + 1).map_or(text.len(), |(s, _, _)| *s);
        let meaning = text[*meaning_start..end.max(*meaning_start)]
            .trim()
            .trim_end_matches([';', ',', '.', '|'])
            .trim()
            .to_string();
        out.push(LegendEntry {
            token: token.trim().to_string(),
            meaning,
            fill: None,
        });
    }
    out
}

/// The legend in a block of cells (text above a table): legends written in
/// one cell, and tokens with their meaning in the next cell of the row (a
/// key down a column, `Blue | Action complete and embedded`).
pub fn entries_in_cells(cells: &[&GridCell]) -> Vec<LegendEntry> {
    let mut out: Vec<LegendEntry> = Vec::new();
    for cell in cells {
        out.extend(entries_in_text(&clean(&cell.value.display())));
    }
    let mut pairs = Vec::new();
    for (i, cell) in cells.iter().enumerate() {
        let Value::Text(token) = &cell.value else {
            continue;
        };
        if !is_token(token, true) {
            continue;
        }
        let meaning = cells[i + 1..]
            .iter()
            .take_while(|c| c.at.row == cell.at.row)
            .find(|c| !c.value.is_blank());
        if let Some(m) = meaning.filter(|m| m.at.col <= cell.at.col + 3) {
            let meaning = clean(&m.value.display());
            if meaning.split_whitespace().count() >= 2 && !is_token(&meaning, true) {
                pairs.push(LegendEntry {
                    token: clean(token),
                    meaning,
                    fill: cell.fill,
                });
            }
        }
    }
    // Pairs of bare codes count only as a key of several entries.
    if pairs.len() >= 2 {
        out.extend(pairs);
    }
    out
}

/// A row of a key block: a token, and its meaning in the next cell. Code
/// letters count only inside a block begun by a `Key` label.
pub fn entry_of_row(cells: &[&GridCell], in_block: bool) -> Option<LegendEntry> {
    if cells.len() < 2 || cells.len() > 3 {
        return None;
    }
    let Value::Text(token) = &cells[0].value else {
        return None;
    };
    if !is_token(token, in_block) {
        return None;
    }
    let meaning = clean(&cells[1].value.display());
    (meaning.split_whitespace().count() >= 2 && !is_token(&meaning, true)).then(|| LegendEntry {
        token: clean(token),
        meaning,
        fill: cells[0].fill,
    })
}

/// The legend of a key sheet (`Key`, `RAG key`, `Legend`), or of any sheet
/// whose rows are three or more tokens with their meanings.
pub fn key_sheet(sheet: &Sheet) -> Vec<LegendEntry> {
    let name = normalise(&sheet.name);
    let named = name.contains("key")
        || name.contains("legend")
        || name.contains("rag rating")
        || name.contains("guidance")
        || name.contains("definitions");
    let mut entries = Vec::new();
    for row in sheet.row_numbers() {
        let cells: Vec<&GridCell> = sheet
            .row(row)
            .iter()
            .filter(|c| !c.value.is_blank())
            .collect();
        if let Some(e) = entry_of_row(&cells, named) {
            entries.push(e);
        } else if named {
            for c in &cells {
                entries.extend(entries_in_text(&clean(&c.value.display())));
            }
        }
    }
    if named || entries.len() >= 3 {
        entries
    } else {
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<(String, String)> {
        entries_in_text(text)
            .into_iter()
            .map(|e| (e.token, e.meaning))
            .collect()
    }

    #[test]
    fn legends_written_as_text() {
        assert_eq!(
            tokens(
                "Progress Red - Delayed Amber – In progress Green - Completed Grey - not yet started"
            ),
            [
                ("Red".to_string(), "Delayed".to_string()),
                ("Amber".into(), "In progress".into()),
                ("Green".into(), "Completed".into()),
                ("Grey".into(), "not yet started".into()),
            ]
        );
        assert_eq!(
            tokens(
                "Key: Completed – action finished; On track – progressing to plan; Delayed – behind plan, recovery in place; Not started – not yet due"
            ),
            [
                ("Completed".to_string(), "action finished".to_string()),
                ("On track".into(), "progressing to plan".into()),
                ("Delayed".into(), "behind plan, recovery in place".into()),
                ("Not started".into(), "not yet due".into()),
            ]
        );
        assert_eq!(
            tokens("RAG rating: R – not achieved; A – partially achieved; G – achieved"),
            [
                ("R".to_string(), "not achieved".to_string()),
                ("A".into(), "partially achieved".into()),
                ("G".into(), "achieved".into()),
            ]
        );
        assert!(tokens("Plan A - the first draft").is_empty());
        assert!(tokens("Vision for the future: Develop a clear Governance Structure").is_empty());
    }
}
