//! A finding: one problem at one place, with what to write instead.

use serde::Serialize;
use std::borrow::Cow;

use super::registry::Rule;
use crate::model::{CellRef, FileId, Source, Text};

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// Another cell involved in a finding (the other spelling of a lead, the
/// source of a mirrored action).
#[derive(Debug, Clone, PartialEq)]
pub struct Related {
    pub source: Source,
    /// Mostly a fixed phrase (`previous status`), so not allocated each time.
    pub note: Cow<'static, str>,
}

/// One problem, at one place.
#[derive(Debug, Clone)]
pub struct Finding {
    pub rule: &'static Rule,
    pub severity: Severity,
    pub file: FileId,
    /// Index of the sheet in its workbook; `None` for a whole-file finding.
    pub sheet: Option<u32>,
    /// The cell (the top-left cell of a merge); `None` for a whole-file finding.
    pub cell: Option<CellRef>,
    /// The field or period the cell belongs to (`Lead`, `Jan-20`).
    pub field: Option<String>,
    /// The value found, exactly as written.
    pub value: Option<String>,
    pub message: String,
    /// What to write instead. Often a fixed sentence, kept unallocated: a
    /// large run has a finding for every tenth cell.
    pub help: Option<Cow<'static, str>>,
    pub related: Vec<Related>,
    /// What an officer marked it on a master's Findings sheet (carried
    /// from the master given as input, [`crate::model::Triage`]).
    pub triage: Option<crate::model::Triage>,
}

impl Finding {
    /// A finding at a cell.
    pub fn at(rule: &'static Rule, source: Source, message: impl Into<String>) -> Self {
        Finding {
            rule,
            severity: rule.severity,
            file: source.file,
            sheet: Some(source.sheet),
            cell: Some(source.cell),
            field: None,
            value: None,
            message: message.into(),
            help: None,
            related: Vec::new(),
            triage: None,
        }
    }

    /// A finding at a cell, with the cell's raw text as the value found.
    pub fn on(rule: &'static Rule, text: &Text, message: impl Into<String>) -> Self {
        Finding::at(rule, text.source, message).value(text.raw())
    }

    /// A finding about a whole file.
    pub fn file(rule: &'static Rule, file: FileId, message: impl Into<String>) -> Self {
        Finding {
            rule,
            severity: rule.severity,
            file,
            sheet: None,
            cell: None,
            field: None,
            value: None,
            message: message.into(),
            help: None,
            related: Vec::new(),
            triage: None,
        }
    }

    pub fn field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }

    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }

    pub fn help(mut self, help: impl Into<Cow<'static, str>>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn related(mut self, source: Source, note: impl Into<Cow<'static, str>>) -> Self {
        // Most findings have one related cell: growing by doubling would give
        // each room for four (a tenth of a large run's memory).
        if self.related.is_empty() {
            self.related.reserve_exact(1);
        }
        self.related.push(Related {
            source,
            note: note.into(),
        });
        self
    }

    /// The cell the finding is at; `None` for a whole-file finding.
    pub fn source(&self) -> Option<Source> {
        let (sheet, cell) = self.sheet.zip(self.cell)?;
        Some(Source {
            file: self.file,
            sheet,
            cell,
        })
    }

    /// The order findings are reported in: file, sheet order, row, column.
    pub fn sort_key(&self) -> (FileId, Option<u32>, Option<(u32, u32)>, &'static str) {
        (
            self.file,
            self.sheet,
            self.cell.map(|c| (c.row, c.col)),
            self.rule.code,
        )
    }
}
