//! One line per finding:
//! `FILE:'SHEET'!CELL: SEVERITY[CODE] rule-name: message`.

use std::io::{self, Write};

use super::{location, printable};
use crate::check::Finding;
use crate::import::Loaded;

/// The report as text.
pub fn render(loaded: &Loaded, findings: &[Finding]) -> String {
    super::to_string(|out| write(loaded, findings, out))
}

/// Writes the report line by line (a large run's report is never held whole).
pub fn write(loaded: &Loaded, findings: &[Finding], out: &mut dyn Write) -> io::Result<()> {
    for f in findings {
        // One line, whatever the message holds.
        let message = f.message.replace(['\n', '\r'], " ");
        let line = format!(
            "{}: {}[{}] {}: {message}",
            location(loaded, f),
            f.severity.as_str(),
            f.rule.code,
            f.rule.name
        );
        writeln!(out, "{}", printable(&line))?;
    }
    Ok(())
}
