//! The graphical report: each finding with the rows around its cell,
//! numbered as the spreadsheet numbers them, and the cell underlined.
//!
//! Findings are grouped by priority, under a heading naming the priority, its
//! file and its counts, in the master's order of priorities
//! ([`crate::export::priority_order`]); within a priority errors come first,
//! then warnings, then infos, each in sheet order. Findings in no priority (a
//! whole file: unreadable, given twice, no plan found; a sheet without a plan)
//! come first, under [`NOT_IN_A_PRIORITY`]: a file that
//! could not be read is missing from everything after it, so it is read first.
//!
//! miette renders source text, not grids, so the rows are rendered as text
//! (cells separated by ` │ `, long text clipped with `…`) and a custom
//! [`SourceCode`] makes the gutter show the real row numbers.

use std::collections::HashMap;
use std::fmt;

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError,
    MietteSpanContents, SourceCode, SourceSpan, SpanContents,
};

use super::rows::RowsAround;
use super::{printable, sheet_cell};
use crate::check::{Finding, Severity};
use crate::import::Loaded;
use crate::import::grid::Sheet;
use crate::model::{CellRef, FileId};

/// The heading of the findings in no priority.
const NOT_IN_A_PRIORITY: &str =
    "Not in a priority (whole files, sheets and cells outside the plans)";

/// Longest a cell is shown before it is clipped.
const CELL_WIDTH: usize = 22;

/// How to draw.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// ANSI colours (off when piped or `NO_COLOR` is set).
    pub color: bool,
    /// Total width in columns.
    pub width: usize,
}

impl Default for Style {
    fn default() -> Self {
        Style {
            color: false,
            width: 100,
        }
    }
}

/// Every finding and a summary line, as text.
pub fn render(loaded: &Loaded, findings: &[Finding], style: Style) -> String {
    super::to_string(|out| write(loaded, findings, style, out))
}

/// Writes the report finding by finding (a large run's report is never held
/// whole).
pub fn write(
    loaded: &Loaded,
    findings: &[Finding],
    style: Style,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let theme = if style.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(style.width)
        .with_links(false)
        .without_primary_span_start();
    let mut text = String::new();
    for (heading, group) in groups(loaded, findings) {
        write_heading(&heading, group.iter().map(|i| &findings[*i]), style, out)?;
        for f in group.iter().map(|i| &findings[*i]) {
            text.clear();
            let diagnostic = CellDiagnostic::new(loaded, f);
            if handler.render_report(&mut text, &diagnostic).is_err() {
                text = format!("{}: {}\n", f.rule.code, printable(&f.message));
            }
            text.push('\n');
            out.write_all(text.as_bytes())?;
        }
    }
    writeln!(
        out,
        "{}",
        super::summary_line(findings, loaded.plan.files.len())
    )
}

/// The findings (indexes) of each priority that has any, under its heading,
/// in the master's order, errors first within each (then report order);
/// those in no priority first.
fn groups(loaded: &Loaded, findings: &[Finding]) -> Vec<(String, Vec<usize>)> {
    let plan = &loaded.plan;
    let order = crate::export::priority_order(plan);
    let mut by_severity: Vec<usize> = (0..findings.len()).collect();
    by_severity.sort_by_key(|i| std::cmp::Reverse(findings[*i].severity));
    // Slot 0: in no priority; slot k + 1: the k-th priority in order. Each
    // sheet's priorities, so that a large run's findings are not each
    // compared with every priority.
    let mut on_sheet: HashMap<(FileId, u32), Vec<usize>> = HashMap::new();
    for (k, p) in order.iter().enumerate() {
        let source = plan.priorities[*p].source;
        on_sheet
            .entry((source.file, source.sheet))
            .or_default()
            .push(k);
    }
    let mut groups = vec![Vec::new(); order.len() + 1];
    for i in by_severity {
        let slot = findings[i]
            .source()
            .and_then(|s| {
                on_sheet
                    .get(&(s.file, s.sheet))?
                    .iter()
                    .find(|k| plan.priorities[order[**k]].covers(&s))
            })
            .map_or(0, |k| k + 1);
        groups[slot].push(i);
    }
    let heading = |slot: usize| match slot.checked_sub(1).map(|k| &plan.priorities[order[k]]) {
        Some(p) => format!("{} — {}", p.name(plan), plan.file(p.source.file).display()),
        None => NOT_IN_A_PRIORITY.to_string(),
    };
    groups
        .into_iter()
        .enumerate()
        .filter(|(_, group)| !group.is_empty())
        .map(|(slot, group)| (heading(slot), group))
        .collect()
}

/// `Priority 2 — samples/priority-2.xlsx: 4 warnings, 1 info`, underlined.
fn write_heading<'f>(
    heading: &str,
    group: impl Iterator<Item = &'f Finding>,
    style: Style,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let mut n = [0usize; 3];
    for f in group {
        n[f.severity as usize] += 1;
    }
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let counts: Vec<String> = [
        (n[Severity::Error as usize], "error"),
        (n[Severity::Warning as usize], "warning"),
        (n[Severity::Info as usize], "info"),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, word)| plural(n, word))
    .collect();
    let line = format!("{}: {}", printable(heading), counts.join(", "));
    let rule = "═".repeat(line.chars().count().min(style.width));
    if style.color {
        writeln!(out, "\n\x1b[1m{line}\n{rule}\x1b[0m\n")
    } else {
        writeln!(out, "\n{line}\n{rule}\n")
    }
}

/// A finding with the rows it points at. Everything miette is given to
/// draw — message, help, file and sheet names, the cells, the label — has
/// its control characters escaped ([`printable`]).
struct CellDiagnostic<'a> {
    finding: &'a Finding,
    code: String,
    message: String,
    help: Option<String>,
    source: Option<SheetRows>,
    label: Option<LabeledSpan>,
}

impl<'a> CellDiagnostic<'a> {
    fn new(loaded: &'a Loaded, finding: &'a Finding) -> Self {
        let code = format!(
            "{}[{}] {}",
            finding.severity.as_str(),
            finding.rule.code,
            finding.rule.name
        );
        let file = loaded.plan.file(finding.file).display();
        let sheet = finding.sheet.and_then(|s| {
            loaded
                .workbook(finding.file)
                .and_then(|wb| wb.sheets.get(s as usize))
        });
        let (source, label) = match (sheet, finding.cell) {
            (Some(sheet), Some(cell)) => {
                let name = format!("{file} › {}", sheet_cell(&sheet.name, cell));
                let (rows, span) = SheetRows::around(
                    sheet,
                    cell,
                    printable(&name).into_owned(),
                    finding.value.as_deref(),
                );
                let text = match &finding.field {
                    Some(field) => format!("{cell} ({})", printable(field)),
                    None => cell.to_string(),
                };
                (
                    Some(rows),
                    Some(LabeledSpan::new_primary_with_span(Some(text), span)),
                )
            }
            _ => (None, None),
        };
        CellDiagnostic {
            finding,
            code,
            message: printable(&finding.message).into_owned(),
            help: finding.help.as_deref().map(|h| printable(h).into_owned()),
            source,
            label,
        }
    }
}

impl fmt::Debug for CellDiagnostic<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message)
    }
}

impl fmt::Display for CellDiagnostic<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CellDiagnostic<'_> {}

impl Diagnostic for CellDiagnostic<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(&self.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.finding.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|s| s as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        self.label
            .clone()
            .map(|l| Box::new(std::iter::once(l)) as Box<dyn Iterator<Item = LabeledSpan>>)
    }
}

/// Spreadsheet rows rendered as text lines; line 1 is row `first_row`.
struct SheetRows {
    name: String,
    first_row: usize,
    text: String,
}

impl SheetRows {
    /// The row of `cell` with one row above and below, over a few columns
    /// around it ([`RowsAround`]), as text; returns the span of `cell` in the
    /// text.
    fn around(
        sheet: &Sheet,
        cell: CellRef,
        name: String,
        value: Option<&str>,
    ) -> (SheetRows, SourceSpan) {
        let around = RowsAround::new(sheet, cell, value, CELL_WIDTH);
        let widths: Vec<usize> = (0..around.cols.len())
            .map(|j| {
                let w = around
                    .shown
                    .iter()
                    .map(|row| row[j].chars().count())
                    .max()
                    .unwrap_or(0);
                if around.cols[j] == cell.col {
                    w.max(3)
                } else {
                    w
                }
            })
            .collect();
        let mut text = String::new();
        let mut span = SourceSpan::from((0, 1));
        for (i, row) in around.shown.iter().enumerate() {
            let line_start = text.len();
            let mut keep = 0;
            for (j, value) in row.iter().enumerate() {
                if j > 0 {
                    text.push_str(" │ ");
                }
                let start = text.len();
                text.push_str(value);
                text.extend(std::iter::repeat_n(
                    ' ',
                    widths[j].saturating_sub(value.chars().count()),
                ));
                if around.is_cell(i, j) {
                    // An empty cell is underlined over its padding.
                    let len = if value.is_empty() {
                        widths[j]
                    } else {
                        value.len()
                    };
                    span = SourceSpan::from((start, len));
                    keep = start + len - line_start;
                }
            }
            let trimmed = text[line_start..].trim_end_matches(' ').len().max(keep);
            text.truncate(line_start + trimmed);
            text.push('\n');
        }
        (
            SheetRows {
                name,
                first_row: around.rows.first().map_or(1, |r| *r as usize + 1),
                text,
            },
            span,
        )
    }
}

impl SourceCode for SheetRows {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let inner = self.text.read_span(span, before, after)?;
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            inner.data(),
            *inner.span(),
            inner.line() + self.first_row - 1,
            inner.column(),
            inner.line_count(),
        )))
    }
}
