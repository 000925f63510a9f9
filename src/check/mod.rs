//! Rules over the plan → findings.
//!
//! One file per rule, in a folder per family (`structure`, `lead`, `rag`,
//! `xref`); [`registry::RULES`] lists each rule once. A rule file holds the
//! rule's code, name, default severity, explanation and check, and its own
//! fixture test.

pub mod finding;
pub mod registry;
pub mod summary;

mod lead;
mod rag;
mod structure;
mod updates;
pub(crate) mod xref;

#[cfg(test)]
pub(crate) mod fixture;

use std::collections::HashMap;
use std::sync::OnceLock;

pub use finding::{Finding, Related, Severity};
pub use registry::{Family, RULES, Rule, find as find_rule};

use crate::import::{Loaded, Workbook};
use crate::model::{Action, FocusArea, Plan, Priority, Reading, Scheme, Text};

/// What a rule may look at.
pub struct Context<'a> {
    pub plan: &'a Plan,
    pub loaded: &'a Loaded,
    /// The configured scheme; each file's plan is read with its own
    /// ([`Context::scheme_of`]).
    pub config_scheme: &'a Scheme,
    pub roster: &'a crate::model::Roster,
    /// Period labels that are not months but known (`ragplan.toml`).
    pub period_order: &'a [String],
    /// Every status cell read once, in plan order (each action's statuses
    /// contiguous): a dozen rules look at them, none should read them again.
    readings: Vec<Reading>,
    /// Cross-references, found on first use and shared by the xref rules.
    references: OnceLock<xref::References<'a>>,
}

/// One status cell of one action, already read.
pub struct StatusCell<'a, 'r> {
    pub priority: &'a Priority,
    pub focus_area: &'a FocusArea,
    pub action: &'a Action,
    /// Index into `priority.periods`.
    pub period: usize,
    pub text: &'a Text,
    pub reading: &'r Reading,
}

impl<'a> Context<'a> {
    pub fn new(loaded: &'a Loaded, options: &'a Options) -> Self {
        let plan = &loaded.plan;
        let readings = plan
            .actions()
            .flat_map(|(priority, _, action)| {
                let scheme = plan.scheme_of(priority);
                action.statuses.iter().map(|text| scheme.read_cell(text))
            })
            .collect();
        Context {
            plan: &loaded.plan,
            loaded,
            config_scheme: &options.scheme,
            roster: &options.roster,
            period_order: &options.period_order,
            readings,
            references: OnceLock::new(),
        }
    }

    /// The status scheme of a priority's plan (its file's: the area's own
    /// codes and words).
    pub fn scheme_of(&self, priority: &Priority) -> &'a Scheme {
        self.plan.scheme_of(priority)
    }

    /// The plan's cross-references and its action index, built once.
    pub(crate) fn references(&self) -> &xref::References<'a> {
        self.references
            .get_or_init(|| xref::References::new(self.plan))
    }

    /// Every action in plan order with its status cells as read (one
    /// reading per entry of `action.statuses`).
    pub fn actions_read(
        &self,
    ) -> impl Iterator<Item = (&'a Priority, &'a FocusArea, &'a Action, &[Reading])> + '_ {
        let mut offset = 0;
        self.plan
            .actions()
            .map(move |(priority, focus_area, action)| {
                let n = action.statuses.len();
                let readings = &self.readings[offset..offset + n];
                offset += n;
                (priority, focus_area, action, readings)
            })
    }

    /// Every status cell of every action, in plan order.
    pub fn status_cells(&self) -> impl Iterator<Item = StatusCell<'a, '_>> + '_ {
        self.actions_read()
            .flat_map(move |(priority, focus_area, action, readings)| {
                action.statuses.iter().zip(readings).enumerate().map(
                    move |(period, (text, reading))| StatusCell {
                        priority,
                        focus_area,
                        action,
                        period,
                        text,
                        reading,
                    },
                )
            })
    }

    /// The label of a period (`Jan-20`).
    pub fn period_label(&self, priority: &Priority, period: usize) -> String {
        priority
            .periods
            .get(period)
            .map(|p| p.label.clone())
            .unwrap_or_default()
    }

    /// `'Priority 1'!F12` for messages.
    pub fn place(&self, text: &Text) -> String {
        format!(
            "'{}'!{}",
            self.plan.sheet_name(&text.source),
            text.source.cell
        )
    }

    pub fn workbooks(&self) -> impl Iterator<Item = (crate::model::FileId, &'a Workbook)> + '_ {
        self.loaded
            .inputs
            .iter()
            .enumerate()
            .filter_map(|(i, input)| {
                input
                    .workbook
                    .as_ref()
                    .ok()
                    .map(|wb| (crate::model::FileId::from_index(i), wb))
            })
    }
}

/// How a rule is configured, like a linter's levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Not reported.
    Allow,
    /// Reported as a warning.
    Warn,
    /// Reported as an error.
    Deny,
}

/// Options for a check run.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub scheme: Scheme,
    /// The lead roster; when it names people, `unknown-lead` checks against it.
    pub roster: crate::model::Roster,
    /// The area's own header words, for the importer.
    pub synonyms: crate::import::header::Synonyms,
    /// Period labels that are not months (`Autumn`, `Term 2`), in their order.
    pub period_order: Vec<String>,
    /// The paper the master prints on (`[print] paper`).
    pub paper: crate::export::Paper,
    /// Rule code or name (any case) → level. Unlisted rules keep their
    /// default severity.
    pub levels: HashMap<String, Level>,
}

impl Options {
    fn level_of(&self, rule: &Rule) -> Option<Level> {
        self.levels
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(rule.code) || k.eq_ignore_ascii_case(rule.name))
            .map(|(_, l)| *l)
    }
}

/// Runs every rule and returns the findings in report order (file, sheet
/// order, row, column).
pub fn check(loaded: &Loaded, options: &Options) -> Vec<Finding> {
    let cx = Context::new(loaded, options);
    let rules: Vec<(&Rule, Option<Level>)> = RULES
        .iter()
        .map(|rule| (*rule, options.level_of(rule)))
        .filter(|(_, level)| *level != Some(Level::Allow))
        .collect();
    // Rules are independent: they run side by side over the same context.
    let per_rule = crate::parallel::map(&rules, |(rule, level)| {
        let mut out = Vec::new();
        (rule.check)(&cx, &mut out);
        for f in &mut out {
            f.severity = match level {
                Some(Level::Deny) => Severity::Error,
                Some(Level::Warn) => Severity::Warning,
                _ => f.severity,
            };
        }
        out
    });
    // The context's caches (status readings, the reference index) are not
    // needed to gather and sort: free them before the findings are copied.
    drop(cx);
    // Sized once: gathering by growing would hold up to twice the findings.
    let mut findings = Vec::with_capacity(per_rule.iter().map(Vec::len).sum());
    per_rule.into_iter().for_each(|out| findings.extend(out));
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    findings
}

/// Counts by severity: (errors, warnings, infos).
pub fn counts(findings: &[Finding]) -> (usize, usize, usize) {
    let n = |s| findings.iter().filter(|f| f.severity == s).count();
    (n(Severity::Error), n(Severity::Warning), n(Severity::Info))
}
