//! Rendering findings: [`human`] (miette, the rows shown with their real
//! spreadsheet row numbers and the cell underlined), [`short`] (one line per
//! finding, for editors and grep), [`json`] (a stable, documented schema)
//! and [`html`] (one self-contained page, also the web page's findings);
//! [`rows`] is the rows around a finding's cell that `human` and `html` show.

pub mod diff_report;
pub mod html;
pub mod human;
pub mod json;
pub mod rows;
pub mod short;
pub mod summary_table;

use crate::check::Finding;
use crate::import::Loaded;

/// What a report writer wrote, as text (for tests and callers that want a
/// string; writing to a `Vec` cannot fail, and the writers write UTF-8).
pub(crate) fn to_string(
    write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> String {
    let mut bytes = Vec::new();
    let _ = write(&mut bytes);
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Text from a file as a terminal may show it: every control character
/// (C0, DEL and C1: ESC starts the sequences that recolour the screen, move
/// the cursor or retitle the window, BEL rings, CR overwrites the line) and
/// every bidirectional override (which reorders what is shown) is written
/// as Rust writes it, `\u{1b}`. Line breaks stay. The one escaping used by
/// every terminal output: the human, short, summary and diff reports and
/// the command's error lines. (JSON escapes as JSON does.)
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| {
        (c.is_control() && c != '\n')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    if !text.chars().any(unsafe_char) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out.into()
}

/// `'Priority 1'!F12` — quoted as Excel quotes it (`'` doubled inside).
pub fn sheet_cell(sheet: &str, cell: impl std::fmt::Display) -> String {
    format!("'{}'!{cell}", sheet.replace('\'', "''"))
}

/// The file, sheet and cell of a finding as text: `samples/p1.xlsx:'Priority 1'!F12`.
pub fn location(loaded: &Loaded, f: &Finding) -> String {
    let file = loaded.plan.file(f.file).display();
    match (f.sheet, f.cell) {
        (Some(s), Some(c)) => {
            let name = loaded.plan.sheet_name_at(f.file, s);
            format!("{file}:{}", sheet_cell(name, c))
        }
        _ => file.to_string(),
    }
}

/// `2 errors, 1 warning, 0 infos` for the last line of a report.
pub fn summary_line(findings: &[Finding], files: usize) -> String {
    let (e, w, i) = crate::check::counts(findings);
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    format!(
        "{}, {}, {} in {}",
        plural(e, "error"),
        plural(w, "warning"),
        plural(i, "info"),
        plural(files, "file")
    )
}

#[cfg(test)]
mod tests {
    use super::printable;

    #[test]
    fn control_characters_are_shown_escaped() {
        assert_eq!(printable("G\u{1b}[31m"), "G\\u{1b}[31m");
        assert_eq!(
            printable("a\u{7}b\tc\rd\u{9b}e\u{7f}"),
            "a\\u{7}b\\u{9}c\\u{d}d\\u{9b}e\\u{7f}"
        );
        assert_eq!(printable("abc\u{202e}fed"), "abc\\u{202e}fed");
        assert_eq!(printable("two\nlines"), "two\nlines");
        assert!(matches!(
            printable("Priority 1 › А"),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
