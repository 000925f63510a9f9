//! What each subcommand does, apart from parsing arguments and printing:
//! the binary (`src/main.rs`, `src/cli.rs`) only talks.

use std::path::PathBuf;

use crate::check::{self, Finding, Options, RULES, Severity};
use crate::import::{self, DiscoverError, Loaded};
use crate::report;

/// The three report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    Human,
    Short,
    Json,
}

/// How `check` ends, as SPEC.md says: 0 clean, 1 errors (or warnings when
/// denied), 2 could not run (a file could not be read).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Clean = 0,
    Findings = 1,
    Failure = 2,
}

/// Options of `ragplan check`.
#[derive(Debug, Clone)]
pub struct CheckRequest {
    pub paths: Vec<PathBuf>,
    pub format: ReportFormat,
    /// Warnings make the exit code 1 too.
    pub deny_warnings: bool,
    pub options: Options,
    pub style: report::human::Style,
}

/// The result of `ragplan check`: the rendered report and the exit outcome.
#[derive(Debug)]
pub struct CheckResult {
    pub loaded: Loaded,
    pub findings: Vec<Finding>,
    pub report: String,
    pub outcome: Outcome,
}

/// Reads, checks and renders. Fails only when a path does not exist or a
/// folder holds no spreadsheet; unreadable files are findings.
pub fn check(request: &CheckRequest) -> Result<CheckResult, DiscoverError> {
    let files = import::discover(&request.paths)?;
    let loaded = import::load(&files, &request.options.scheme);
    let findings = check::check(&loaded, &request.options);
    let report = match request.format {
        ReportFormat::Human => report::human::render(&loaded, &findings, request.style),
        ReportFormat::Short => report::short::render(&loaded, &findings),
        ReportFormat::Json => report::json::render(&loaded, &findings),
    };
    let outcome = if loaded.any_unreadable() {
        Outcome::Failure
    } else if findings.iter().any(|f| {
        f.severity == Severity::Error || (request.deny_warnings && f.severity == Severity::Warning)
    }) {
        Outcome::Findings
    } else {
        Outcome::Clean
    };
    Ok(CheckResult {
        loaded,
        findings,
        report,
        outcome,
    })
}

/// `ragplan rules`: the catalogue as a table.
pub fn rules_table() -> String {
    let name_width = RULES.iter().map(|r| r.name.len()).max().unwrap_or(4);
    let mut out = format!(
        "{:<8} {:<name_width$} {:<9} {:<7} SUMMARY\n",
        "CODE", "NAME", "FAMILY", "LEVEL"
    );
    for r in RULES {
        out.push_str(&format!(
            "{:<8} {:<name_width$} {:<9} {:<7} {}\n",
            r.code,
            r.name,
            r.family.name(),
            r.severity.as_str(),
            r.summary
        ));
    }
    out
}

/// `ragplan explain CODE_OR_NAME`: the rule's explanation, or `None`.
pub fn explain(code_or_name: &str) -> Option<String> {
    let r = check::find_rule(code_or_name)?;
    Some(format!(
        "{} {} ({} rule, {} by default)\n\n{}\n\n{}",
        r.code,
        r.name,
        r.family.name(),
        r.severity.as_str(),
        r.summary,
        r.explanation.trim_end()
    ))
}
