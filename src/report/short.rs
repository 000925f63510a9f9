//! One line per finding:
//! `FILE:'SHEET'!CELL: SEVERITY[CODE] rule-name: message`.

use std::fmt::Write;

use super::location;
use crate::check::Finding;
use crate::import::Loaded;

pub fn render(loaded: &Loaded, findings: &[Finding]) -> String {
    let mut out = String::new();
    for f in findings {
        // One line, whatever the message holds.
        let message = f.message.replace(['\n', '\r'], " ");
        let _ = writeln!(
            out,
            "{}: {}[{}] {}: {message}",
            location(loaded, f),
            f.severity.as_str(),
            f.rule.code,
            f.rule.name
        );
    }
    out
}
