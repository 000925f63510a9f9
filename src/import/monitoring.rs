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

/// The words plans use for their priorities, longest first, with the name
/// ragplan gives them: areas of weakness, areas for action, improvement
/// areas, work streams, themes.
const PRIORITY_TERMS: &[(&str, &str)] = &[
    (
        "areas of significant weakness",
        "Area of significant weakness",
    ),
    (
        "area of significant weakness",
        "Area of significant weakness",
    ),
    (
        "significant area of weakness",
        "Area of significant weakness",
    ),
    ("area of weakness", "Area of weakness"),
    ("areas of weakness", "Area of weakness"),
    ("area for improvement", "Area for improvement"),
    ("area for development", "Area for development"),
    ("area for action", "Area for action"),
    ("improvement priority", "Improvement priority"),
    ("improvement area", "Improvement area"),
    ("key priority", "Priority"),
    ("priority area", "Priority"),
    ("work-stream", "Workstream"),
    ("work stream", "Workstream"),
    ("workstream", "Workstream"),
    ("priority", "Priority"),
    ("theme", "Theme"),
    ("strand", "Strand"),
    ("aow", "AoW"),
    ("asw", "ASW"),
    ("afa", "AfA"),
    ("ws", "WS"),
];

/// A priority's heading: `Priority 7: The oversight …`, `Workstream 2 –
/// Identification of need`, `Improvement area 3`, `AoW 4: …`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// What the plan calls its priorities (`Workstream`), as ragplan names them.
    pub term: &'static str,
    pub number: u32,
    /// The problem statement after the number (may be empty).
    pub statement: String,
    /// Further paragraphs of the cell.
    pub description: Option<String>,
}

impl Heading {
    pub fn is_priority(&self) -> bool {
        self.term == "Priority"
    }
}

/// Reads a priority heading at the start of a cell's text. Not a heading:
/// `Priority 72% of schools`, `Workstream 1.2 …` (an action's reference),
/// `Theme lead: …`, `Workstream 3 lead: …`.
pub fn parse_heading(text: &str) -> Option<Heading> {
    let mut lines = text.lines();
    let first = lines.next()?.trim();
    // Terms are ASCII, matched on the original text so offsets fit it (`İ`, `Ω`).
    let (term_len, term) = PRIORITY_TERMS.iter().find_map(|(word, name)| {
        let head = first.get(..word.len())?;
        head.eq_ignore_ascii_case(word)
            .then_some((word.len(), *name))
    })?;
    let rest = &first[term_len..];
    // Short terms may run into the number (`AoW1`, `WS2`); words need a space.
    let spaced = rest.starts_with([' ', '-', '_', '.', '\u{a0}']);
    if !spaced && term_len > 3 && !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let rest = rest.trim_start_matches([' ', '\u{a0}']);
    let rest = if spaced && !rest.starts_with(|c: char| c.is_ascii_digit()) {
        rest.trim_start_matches(['-', '_', '.', ' '])
    } else {
        rest
    };
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let (number, after) = if digits.is_empty() {
        // `Area of weakness A:`: a letter standing for a number.
        let mut chars = rest.chars();
        let letter = chars.next().filter(char::is_ascii_uppercase)?;
        let after = chars.as_str();
        if !after.starts_with([':', '.', ' ', '-', '–', '—', ')']) && !after.is_empty() {
            return None;
        }
        if term == "Priority" || term == "Workstream" || term == "WS" {
            return None;
        }
        (u32::from(letter) - u32::from('A') + 1, after)
    } else {
        (digits.parse::<u32>().ok()?, &rest[digits.len()..])
    };
    // `Priority 7:` or `Priority 7 -` or `Priority 7` then text; not
    // `Priority 72%`, not an action's reference `WS1.2`.
    if after.starts_with(|c: char| c.is_alphanumeric() || c == '%')
        || (after.starts_with('.') && after[1..].starts_with(|c: char| c.is_ascii_digit()))
    {
        return None;
    }
    let statement = after
        .trim_start_matches([':', '.', '-', '–', '—', ' ', ')'])
        .trim()
        .to_string();
    let next_word = statement
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    if matches!(
        next_word.as_str(),
        "lead" | "leads" | "owner" | "owners" | "sponsor" | "sponsors" | "rag" | "status"
    ) {
        return None;
    }
    let mut more: Vec<&str> = lines.collect();
    let statement = if statement.is_empty() && !more.is_empty() {
        more.remove(0).trim().to_string()
    } else {
        statement
    };
    let description = (!more.is_empty()).then(|| more.join("\n"));
    Some(Heading {
        term,
        number,
        statement,
        description,
    })
}

/// `Priority 7: The oversight …` → (7, statement, further paragraphs).
pub fn parse_title(text: &str) -> Option<(u32, String, Option<String>)> {
    parse_heading(text)
        .filter(Heading::is_priority)
        .map(|h| (h.number, h.statement, h.description))
}

/// `PR2`, `P7 Oversight`, `Priority 3`, `Pr 4`, `Theme 1 Identification`,
/// `WS2` → what the plan calls the priority, and its number.
pub fn number_from_sheet_name(name: &str) -> Option<(&'static str, u32)> {
    if let Some(h) = parse_heading(name.trim()) {
        return Some((h.term, h.number));
    }
    let lower = name.trim().to_lowercase();
    let rest = ["pr", "p"].iter().find_map(|p| lower.strip_prefix(p))?;
    let rest = rest.trim_start_matches([' ', '-', '_', '.']);
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty()
        || rest[digits.len()..].starts_with(|c: char| c.is_ascii_digit() || c == '.')
    {
        return None;
    }
    digits.parse().ok().map(|n| ("Priority", n))
}

/// Reads the text above a table: title, legend, vision (or milestone), the
/// stated overall status, and any other text (kept as the preamble).
/// `from_master`: the text is a master's, whose title row holds the whole
/// heading (`Priority 3:` there has no statement, rather than one in the
/// next cell).
pub fn read_preamble(
    preamble: &[&GridCell],
    id: SheetId,
    scheme: &Scheme,
    priority: &mut Priority,
    from_master: bool,
) {
    let mut vision_row = None;
    let mut title_row = None;
    let mut labels = Vec::new();
    let mut title_needs_statement = false;
    let mut vision_needs_text = false;
    let mut other = Vec::new();
    for cell in preamble {
        let text = text_of(id, cell.at, Some(cell));
        let lower = text.value.to_lowercase();
        if priority.title.is_none()
            && let Some(heading) = parse_heading(&text.value)
        {
            priority.number = Some(heading.number);
            priority.term = Some(heading.term);
            priority.description = heading.description;
            priority.source = text.source;
            title_needs_statement = heading.statement.is_empty() && !from_master;
            title_row = Some(cell.at.row);
            priority.title = Some(text.with_value(heading.statement));
            continue;
        }
        let is_legend = (["blue", "red", "amber", "green"]
            .iter()
            .all(|w| lower.contains(w))
            && lower.len() > 40)
            || super::legend::entries_in_text(&text.value).len() >= 3;
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
        } else if is_status_label(&lower) {
            // Kept in its place among the text unless a status is by it.
            labels.push((cell.at, text.clone()));
            other.push(text);
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
    // under a label such as `Overall RAG:` (also two rows under it, a blank
    // row between), else beside or under the vision, else the title. Never a
    // legend's code (`B R A G Grey` down a column, each with its meaning).
    let at = |row: u32, col: u32| preamble.iter().find(|c| c.at.row == row && c.at.col == col);
    let is_status = |c: &&&GridCell| {
        super::sheet::is_status_value(c, scheme) && !is_legend_token(c, preamble, scheme)
    };
    let under = |row: u32, col: u32| {
        at(row + 1, col).filter(is_status).or_else(|| {
            at(row + 2, col)
                .filter(|_| at(row + 1, col).is_none())
                .filter(is_status)
        })
    };
    let beside = |l: &CellRef| {
        preamble
            .iter()
            .filter(|c| c.at.row == l.row && c.at.col > l.col)
            .find(is_status)
            .or_else(|| under(l.row, l.col))
    };
    let beside_label = labels.iter().find_map(|(l, _)| beside(l));
    // A label with no status by it is kept as text (the master writes its
    // own label beside the stated status, so that one is not kept).
    let masters_label = &crate::export::MasterLayout::shared().priority.stated_label;
    other.retain(|t| {
        !labels.iter().any(|(l, label)| {
            label.source == t.source
                && (beside(l).is_some() || label.value.trim() == masters_label.as_str())
        })
    });
    let beside_row = |row: Option<u32>| {
        let r = row?;
        preamble
            .iter()
            .find(|c| (c.at.row == r || c.at.row == r + 1) && is_status(c))
    };
    let stated = beside_label
        .or_else(|| beside_row(vision_row))
        .or_else(|| beside_row(title_row));
    priority.stated_status = stated.map(|c| text_of(id, c.at, Some(c)));
    // `Overall RAG: Amber` in one cell: the status after the label.
    if priority.stated_status.is_none() {
        priority.stated_status = labels.iter().find_map(|(_, text)| {
            let (_, after) = text.value.split_once(':')?;
            let after = after.trim();
            let is_status = after.chars().count() <= 20
                && (scheme.read(after).rag().is_some()
                    || crate::model::StatusWord::of(after).is_some());
            is_status.then(|| Text::new_exact(after.to_string(), text.source, text.fill))
        });
        if let Some(stated) = &priority.stated_status {
            priority.stated_in_words = true;
            other.retain(|t| t.source != stated.source);
        }
    }
    let stated_at = priority.stated_status.as_ref().map(|t| t.source);
    priority.preamble = other
        .into_iter()
        .filter(|t| Some(t.source) != stated_at)
        .collect();
}

/// `Overall RAG:`, `Overall status`, `Current overall rating`: a label
/// for a priority's stated status.
fn is_status_label(lower: &str) -> bool {
    lower.len() < 60
        && (lower.contains("overall")
            || matches!(
                lower.trim_end_matches([':', ' ']),
                "rag" | "status" | "rag status" | "rag rating" | "current rag" | "current status"
            ))
}

/// Whether a status-like cell is a legend's token: its meaning beside it, or
/// one of a column of codes.
fn is_legend_token(cell: &GridCell, preamble: &[&GridCell], scheme: &Scheme) -> bool {
    let described = preamble
        .iter()
        .filter(|c| {
            c.at.row == cell.at.row && c.at.col > cell.at.col && c.at.col <= cell.at.col + 3
        })
        .any(|c| c.value.display().split_whitespace().count() >= 2);
    let column_of_codes = preamble
        .iter()
        .filter(|c| {
            c.at.col == cell.at.col
                && c.at.row != cell.at.row
                && c.at.row.abs_diff(cell.at.row) <= 4
                && super::sheet::is_status_value(c, scheme)
        })
        .count()
        >= 2;
    described || column_of_codes
}

/// What a plan calls its priorities, from a column's header (`Workstream`,
/// `Theme`, `Area of weakness`).
pub fn term_of(header: &str) -> Option<&'static str> {
    let t = normalise(header);
    PRIORITY_TERMS
        .iter()
        .find(|(word, _)| t == *word || t.strip_prefix(word).is_some_and(|r| r == "s"))
        .map(|(_, name)| *name)
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
        let number = |name| number_from_sheet_name(name).map(|(_, n)| n);
        assert_eq!(number("PR2"), Some(2));
        assert_eq!(number("P7 Oversight"), Some(7));
        assert_eq!(number("Priority 3"), Some(3));
        assert_eq!(
            number_from_sheet_name("Theme 1 Identification"),
            Some(("Theme", 1))
        );
        assert_eq!(number_from_sheet_name("WS2"), Some(("WS", 2)));
        assert_eq!(number("Sheet1"), None);
        assert_eq!(number("Plan"), None);
    }

    #[test]
    fn headings_of_other_areas() {
        let h = |s| parse_heading(s).map(|h| (h.term, h.number, h.statement));
        assert_eq!(
            h("Workstream 2: Identification and assessment of need"),
            Some((
                "Workstream",
                2,
                "Identification and assessment of need".into()
            ))
        );
        assert_eq!(
            h("Improvement area 3 – Transitions"),
            Some(("Improvement area", 3, "Transitions".into()))
        );
        assert_eq!(h("AoW 4: EHC plans"), Some(("AoW", 4, "EHC plans".into())));
        assert_eq!(h("AoW1 EHC plans"), Some(("AoW", 1, "EHC plans".into())));
        assert_eq!(
            h("Area for action 1: Leadership"),
            Some(("Area for action", 1, "Leadership".into()))
        );
        assert_eq!(
            h("Area of weakness B: Communication"),
            Some(("Area of weakness", 2, "Communication".into()))
        );
        assert_eq!(h("WS1.2 Publish the strategy"), None);
        assert_eq!(h("Priority 1.1 Roles"), None);
        assert_eq!(h("Theme lead: Director of Education"), None);
        assert_eq!(h("Workstream 3 lead: Jo Bloggs"), None);
        assert_eq!(h("Themes of the plan"), None);
        assert_eq!(h("Workstreams"), None);
        assert_eq!(h("Priority A"), None);
    }
}
