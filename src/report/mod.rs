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
