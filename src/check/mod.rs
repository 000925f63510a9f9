//! Rules over the plan → findings.
//!
//! One file per rule, in a folder per family (`structure`, `lead`, `rag`,
//! `xref`); [`registry::RULES`] lists each rule once. A rule file holds the
//! rule's code, name, default severity, explanation and check, and its own
//! fixture test.

pub mod finding;
pub mod registry;
pub mod summary;
pub mod triage;

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
    let mut findings = one_per_cell(findings);
    triage::apply(&loaded.plan, &mut findings);
    findings
}

/// One finding per rule per cell. Several actions can share a cell (a
/// Written Statement of Action row's bullets share its Lead, status and
/// evidence cells; a lead merged down), and a rule that looks at actions
/// finds the same problem once for each: an officer fixes the cell once, so
/// the findings of one rule at one cell become one that names every action
/// concerned ([`merge_messages`]). Findings are sorted, so those of one rule
/// at one cell are neighbours.
fn one_per_cell(findings: Vec<Finding>) -> Vec<Finding> {
    let mut out: Vec<Finding> = Vec::with_capacity(findings.len());
    let mut group: Vec<Finding> = Vec::new();
    let same_place = |a: &Finding, b: &Finding| a.cell.is_some() && a.sort_key() == b.sort_key();
    for f in findings {
        if group.last().is_some_and(|last| !same_place(last, &f)) {
            out.push(merge(std::mem::take(&mut group)));
        }
        group.push(f);
    }
    if !group.is_empty() {
        out.push(merge(group));
    }
    out
}

/// The findings of one rule at one cell as one: the messages merged, the
/// values and the help kept once each, every related cell kept.
fn merge(mut group: Vec<Finding>) -> Finding {
    let mut first = group.remove(0);
    if group.is_empty() {
        return first;
    }
    let messages: Vec<&str> = std::iter::once(first.message.as_str())
        .chain(group.iter().map(|f| f.message.as_str()))
        .collect();
    let message = merge_messages(&messages);
    first.message = message;
    for f in group {
        first.severity = first.severity.max(f.severity);
        if f.value != first.value
            && let (Some(value), Some(more)) = (&mut first.value, &f.value)
            && !value.split(", ").any(|v| v == more)
        {
            value.push_str(", ");
            value.push_str(more);
        }
        if f.help != first.help
            && let (Some(help), Some(more)) = (&mut first.help, &f.help)
            && !help.contains(more.as_ref())
        {
            help.to_mut().push_str("; ");
            help.to_mut().push_str(more);
        }
        for r in f.related {
            if !first.related.contains(&r) {
                first.related.push(r);
            }
        }
    }
    first
}

/// Several messages about one cell as one sentence. The same message is
/// kept once; messages that differ only in the action they name (`action B
/// has no lead`, `action C has no lead`) name the actions together
/// (`actions B and C have no lead`); any others are joined with `; `.
fn merge_messages(messages: &[&str]) -> String {
    let mut distinct: Vec<&str> = Vec::with_capacity(messages.len());
    for m in messages {
        if !distinct.contains(m) {
            distinct.push(m);
        }
    }
    if distinct.len() == 1 {
        return distinct[0].to_string();
    }
    let split: Option<Vec<(&str, &str)>> = distinct.iter().map(|m| split_action(m)).collect();
    if let Some(split) = split
        && split.iter().all(|(_, rest)| *rest == split[0].1)
    {
        let names: Vec<&str> = split.iter().map(|(name, _)| *name).collect();
        return format!("actions {} {}", and_list(&names), plural_verb(split[0].1));
    }
    distinct.join("; ")
}

/// `action B has no lead` → (`B`, `has no lead`); an action named by its
/// text is quoted: ``action `Coproduce …` has no lead``.
fn split_action(message: &str) -> Option<(&str, &str)> {
    let rest = message.strip_prefix("action ")?;
    let end = if let Some(quoted) = rest.strip_prefix('`') {
        quoted.find('`')? + 2
    } else {
        rest.find(' ')?
    };
    let (name, rest) = rest.split_at(end);
    Some((name, rest.strip_prefix(' ')?))
}

/// `B, C and D`.
pub(crate) fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    let items: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
    match items.as_slice() {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The rest of a sentence about one action, said of several: `has no lead`
/// → `have no lead`.
fn plural_verb(rest: &str) -> String {
    const VERBS: [(&str, &str); 4] = [
        ("has ", "have "),
        ("is ", "are "),
        ("was ", "were "),
        ("appears ", "appear "),
    ];
    VERBS
        .iter()
        .find_map(|(one, many)| rest.strip_prefix(one).map(|r| format!("{many}{r}")))
        .unwrap_or_else(|| rest.to_string())
}

/// Counts by severity: (errors, warnings, infos).
pub fn counts(findings: &[Finding]) -> (usize, usize, usize) {
    let n = |s| findings.iter().filter(|f| f.severity == s).count();
    (n(Severity::Error), n(Severity::Warning), n(Severity::Info))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_about_one_cell_become_one() {
        assert_eq!(
            merge_messages(&["action B has no lead", "action B has no lead"]),
            "action B has no lead"
        );
        assert_eq!(
            merge_messages(&[
                "action `Coproduce a SEND Strategy` has no lead: `TBC` names nobody",
                "action `Agree a protocol` has no lead: `TBC` names nobody",
                "action `Publish it` has no lead: `TBC` names nobody",
            ]),
            "actions `Coproduce a SEND Strategy`, `Agree a protocol` and `Publish it` have no lead: \
             `TBC` names nobody"
        );
        assert_eq!(
            merge_messages(&[
                "action B has no status for Jan-20",
                "action C has no status for Jan-20"
            ]),
            "actions B and C have no status for Jan-20"
        );
        assert_eq!(
            merge_messages(&[
                "`see 3A` refers to 3A, which Priority 3 does not have",
                "`see 3B` refers to 3B, which Priority 3 does not have"
            ]),
            "`see 3A` refers to 3A, which Priority 3 does not have; `see 3B` refers to 3B, which Priority 3 does not have"
        );
    }

    #[test]
    fn findings_of_one_rule_at_one_cell_are_one() {
        let at = |row, col| crate::model::Source {
            file: crate::model::FileId::from_index(0),
            sheet: 0,
            cell: crate::model::CellRef::new(row, col),
        };
        let rule = &lead::missing_lead::RULE;
        let other = &rag::missing::RULE;
        let lead = |id: &str| {
            Finding::at(rule, at(10, 2), format!("action {id} has no lead"))
                .value("TBC")
                .help("write the person")
        };
        let findings = one_per_cell(vec![
            lead("A"),
            lead("B"),
            lead("C"),
            Finding::at(other, at(10, 2), "action A has no status"),
            lead("D").related(at(3, 2), "first"),
        ]);
        let shown: Vec<(&str, &str, Option<&str>)> = findings
            .iter()
            .map(|f| (f.rule.code, f.message.as_str(), f.value.as_deref()))
            .collect();
        // Only neighbours merge (the findings come sorted by place and rule).
        assert_eq!(
            shown,
            [
                ("LEAD001", "actions A, B and C have no lead", Some("TBC")),
                ("RAG006", "action A has no status", None),
                ("LEAD001", "action D has no lead", Some("TBC")),
            ]
        );
        assert_eq!(findings[0].help.as_deref(), Some("write the person"));
        assert_eq!(findings[2].related.len(), 1);
    }
}
