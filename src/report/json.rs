//! The JSON report (`--format json`). Schema, version 1 (keys may be added,
//! none removed):
//!
//! ```json
//! {"version": 1,
//!  "files": ["samples/priority-1.xlsx"],
//!  "findings": [{"code": "RAG003", "rule": "rag-homoglyph", "severity": "error",
//!                "file": "samples/priority-1.xlsx", "sheet": "Priority 1", "cell": "F12",
//!                "row": 12, "column": "F", "field": "Jan-20", "value": "А",
//!                "message": "…", "help": "…",
//!                "related": [{"sheet": "Priority 1", "cell": "F11", "note": "…"}]}],
//!  "summary": {"errors": 1, "warnings": 0, "infos": 0}}
//! ```
//!
//! `sheet` and `cell` (and `row`, `column`) are `null` for a finding about a
//! whole file; `cell` is the top-left cell of a merge. Findings are sorted by
//! file, sheet order, row, column. Written with serde_json, so any text in a
//! cell is escaped correctly.

use serde::Serialize;

use crate::check::{Finding, Severity, counts};
use crate::import::Loaded;
use crate::model::{CellRef, Plan};

#[derive(Serialize)]
struct Report<'a> {
    version: u32,
    files: Vec<String>,
    findings: Findings<'a>,
    summary: Summary,
}

/// The findings, each turned into its JSON form only as it is written.
struct Findings<'a> {
    plan: &'a Plan,
    findings: &'a [Finding],
}

impl Serialize for Findings<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let plan = self.plan;
        serializer.collect_seq(self.findings.iter().map(|f| {
            JsonFinding {
                code: f.rule.code,
                rule: f.rule.name,
                severity: f.severity,
                file: plan.file(f.file).display().to_string(),
                sheet: f.sheet.map(|s| plan.sheet_name_at(f.file, s)),
                cell: f.cell.map(|c| c.to_string()),
                row: f.cell.map(|c| c.row + 1),
                column: f.cell.map(|c| CellRef::column_name(c.col)),
                field: f.field.as_deref(),
                value: f.value.as_deref(),
                message: &f.message,
                help: f.help.as_deref(),
                related: f
                    .related
                    .iter()
                    .map(|r| JsonRelated {
                        sheet: plan.sheet_name(&r.source),
                        cell: r.source.cell.to_string(),
                        note: &r.note,
                    })
                    .collect(),
            }
        }))
    }
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    code: &'static str,
    rule: &'static str,
    severity: Severity,
    file: String,
    sheet: Option<&'a str>,
    cell: Option<String>,
    row: Option<u32>,
    column: Option<String>,
    field: Option<&'a str>,
    value: Option<&'a str>,
    message: &'a str,
    help: Option<&'a str>,
    related: Vec<JsonRelated<'a>>,
}

#[derive(Serialize)]
struct JsonRelated<'a> {
    sheet: &'a str,
    cell: String,
    note: &'a str,
}

#[derive(Serialize)]
struct Summary {
    errors: usize,
    warnings: usize,
    infos: usize,
}

/// The report as text.
pub fn render(loaded: &Loaded, findings: &[Finding]) -> String {
    super::to_string(|out| write(loaded, findings, out))
}

/// Writes the report as it is serialised (a large run's report is never
/// held whole).
pub fn write(
    loaded: &Loaded,
    findings: &[Finding],
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let (errors, warnings, infos) = counts(findings);
    let report = Report {
        version: 1,
        files: loaded.plan.files.iter().map(|f| f.name.clone()).collect(),
        findings: Findings {
            plan: &loaded.plan,
            findings,
        },
        summary: Summary {
            errors,
            warnings,
            infos,
        },
    };
    serde_json::to_writer_pretty(&mut *out, &report)?;
    writeln!(out)
}
