//! The conventions of the termly monitoring report (seeds 000, 001, 004),
//! which the other layouts share: a title cell `Priority 7: …`, a RAG legend,
//! `Vision for the future: …` (the WSoA's `Milestone`) with the stated overall
//! status beside or below it, focus-area references (`1.1`, `Ref - 3.1`,
//! `[7]`) and action letters (`A.`). The table itself is read by [`super::sheet`].

use std::borrow::Cow;

use super::grid::{GridCell, Sheet, Value};
use super::text::{clean, clean_cow, normalise};
use crate::model::{CellRef, FileId, Priority, Scheme, Source, Text};

/// Where this sheet's cells come from.
#[derive(Debug, Clone, Copy)]
pub struct SheetId {
    pub file: FileId,
    pub sheet: u32,
}

impl SheetId {
    pub fn source(self, cell: CellRef) -> Source {
        Source {
            file: self.file,
            sheet: self.sheet,
            cell,
        }
    }
}

/// Builds a [`Text`] from a cell (cleaned, raw, source, fill).
pub fn text_of(id: SheetId, at: CellRef, cell: Option<&GridCell>) -> Text {
    let Some(cell) = cell else {
        return Text::blank(id.source(at));
    };
    let raw = cell.value.display();
    // Copied once when the clean-up changes nothing (most cells).
    let cleaned = match &cell.value {
        Value::Text(_) => match clean_cow(&raw) {
            Cow::Owned(cleaned) => Some(cleaned),
            Cow::Borrowed(_) => None,
        },
        _ => None,
    };
    match cleaned {
        Some(cleaned) => Text::new(cleaned, raw.into_owned(), id.source(at), cell.fill),
        None => Text::new_exact(raw.into_owned(), id.source(at), cell.fill),
    }
}

/// `Priority 7: The oversight …` → (7, statement, further paragraphs).
pub fn parse_title(text: &str) -> Option<(u32, String, Option<String>)> {
    let mut lines = text.lines();
    let first = lines.next()?.trim();
    // Match `priority` on the original text (ASCII case only): offsets found
    // in a Unicode-lowercased copy do not fit the original (`İ`, `Ω`).
    let rest = first
        .get(..8)
        .filter(|p| p.eq_ignore_ascii_case("priority"))
        .map(|_| &first[8..])?;
    let rest = rest.trim_start();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let number: u32 = digits.parse().ok()?;
    let after = &rest[digits.len()..];
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

/// Reads the text above a table: title, legend, vision (or milestone), the
/// stated overall status, and any other text (kept as the preamble).
pub fn read_preamble(
    preamble: &[&GridCell],
    id: SheetId,
    scheme: &Scheme,
    priority: &mut Priority,
) {
    let mut vision_row = None;
    let mut labels = Vec::new();
    let mut title_needs_statement = false;
    let mut vision_needs_text = false;
    let mut other = Vec::new();
    for cell in preamble {
        let text = text_of(id, cell.at, Some(cell));
        let lower = text.value.to_lowercase();
        if priority.title.is_none()
            && let Some((number, statement, description)) = parse_title(&text.value)
        {
            priority.number = Some(number);
            priority.description = description;
            priority.source = text.source;
            title_needs_statement = statement.is_empty();
            priority.title = Some(text.with_value(statement));
            continue;
        }
        let is_legend = ["blue", "red", "amber", "green"]
            .iter()
            .all(|w| lower.contains(w))
            && lower.len() > 40;
        if priority.legend.is_none() && is_legend {
            priority.legend = Some(text);
        } else if priority.vision.is_none()
            && (lower.starts_with("vision") || lower.starts_with("milestone"))
        {
            vision_row = Some(cell.at.row);
            vision_needs_text = lower.trim_end_matches(':').trim() == "milestone";
            priority.vision = Some(text);
        } else if vision_needs_text && !is_legend && lower.len() > 12 {
            // `Milestone` in one cell, its text in the next.
            vision_needs_text = false;
            if let Some(v) = &mut priority.vision {
                v.set_value(format!("{}\n{}", v.value, text.value));
            }
        } else if lower.contains("overall") && lower.len() < 60 {
            labels.push(cell.at);
        } else if title_needs_statement && !is_legend && lower.len() > 12 {
            // `Priority 3` in one cell, its problem statement in the next.
            title_needs_statement = false;
            if let Some(title) = &mut priority.title {
                title.set_value(text.value);
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

/// `1.1 Roles …` → `1.1`; `Ref - 3.1 …` → `3.1`; `Ref -1.2 …` → `1.2`;
/// `[7] There is …` → `7`; `Ref - 4 EHC plans …` → `4`.
pub fn focus_reference(title: &str) -> Option<String> {
    let mut t = title.trim();
    if t.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("ref")) {
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

/// `A. Co-produce …` → `A`; `(c) …` and `c) …` too; numbered actions
/// (`1.1.1 Develop …`, `4.2 Review …`, `1a) Publish …`) by their number.
/// Text without such a prefix (or starting with a plain number, `5 schools`)
/// has no id.
pub fn action_id(text: &str) -> Option<String> {
    let t = text.trim_start();
    let t = t.strip_prefix('(').unwrap_or(t);
    let mut chars = t.chars();
    if let (Some(letter), Some(punct)) = (chars.next(), chars.next())
        && letter.is_ascii_alphabetic()
        && (punct == '.' || punct == ')')
        && chars.next().is_none_or(char::is_whitespace)
    {
        return Some(letter.to_ascii_uppercase().to_string());
    }
    // A number with a dot (`1.1`, `4.1.2`) or a trailing letter (`1a`).
    let token: String = t
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '.')
        .collect();
    let rest = &t[token.len()..];
    let token = token.trim_end_matches('.');
    let dotted = token.contains('.')
        && token
            .split('.')
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()));
    let lettered = token.len() >= 2
        && token[..token.len() - 1].chars().all(|c| c.is_ascii_digit())
        && token
            .chars()
            .last()
            .is_some_and(|c| c.is_ascii_alphabetic());
    let ends = rest
        .trim_start_matches(')')
        .chars()
        .next()
        .is_none_or(char::is_whitespace);
    ((dotted || lettered) && ends && token.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .then(|| token.to_ascii_uppercase())
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
        assert_eq!(action_id("4.1.1 Audit plans").as_deref(), Some("4.1.1"));
        assert_eq!(action_id("1a) Publish framework").as_deref(), Some("1A"));
        assert_eq!(action_id("2.3. Review").as_deref(), Some("2.3"));
        assert_eq!(action_id("5 schools to pilot"), None);
        assert_eq!(action_id("2019 review of provision"), None);
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
        // Characters whose lower case is longer (İ) or shorter (Ω ohm, K Kelvin sign).
        let (n, s, _) = parse_title("Priority 1: İstanbul \u{2126} \u{212A} partnership").unwrap();
        assert_eq!(
            (n, s.as_str()),
            (1, "İstanbul \u{2126} \u{212A} partnership")
        );
        assert_eq!(parse_title("\u{212A}\u{2126}\u{212A}"), None);
        assert_eq!(number_from_sheet_name("PR2"), Some(2));
        assert_eq!(number_from_sheet_name("P7 Oversight"), Some(7));
        assert_eq!(number_from_sheet_name("Priority 3"), Some(3));
        assert_eq!(number_from_sheet_name("Sheet1"), None);
        assert_eq!(number_from_sheet_name("Plan"), None);
    }
}
