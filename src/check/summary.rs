//! The priority summary: each priority's computed status for its latest
//! period, its counts, its trend, its findings. One computation serves the
//! `overall-mismatch` rule, `ragplan summary` and the master's Summary sheet.

use crate::check::{Finding, Severity};
use crate::model::{Plan, Priority, Rag, RollUp, Scheme, Status};

/// Counts of the latest statuses of a priority's actions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub blue: usize,
    pub green: usize,
    pub amber: usize,
    pub red: usize,
    pub grey: usize,
    pub split: usize,
    /// Empty or unreadable (free text, unknown code).
    pub none: usize,
}

impl Counts {
    /// `3 Green, 1 Amber, 1 no status`: the statuses present, in the
    /// scheme's words.
    pub fn in_words(&self, scheme: &crate::model::Scheme) -> String {
        [
            (scheme.blue.as_str(), self.blue),
            (scheme.green.as_str(), self.green),
            (scheme.amber.as_str(), self.amber),
            (scheme.red.as_str(), self.red),
            (scheme.grey.as_str(), self.grey),
            ("split", self.split),
            ("no status", self.none),
        ]
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(code, n)| format!("{n} {code}"))
        .collect::<Vec<_>>()
        .join(", ")
    }

    pub fn add(&mut self, rag: Option<Rag>) {
        match rag {
            Some(Rag::Single(Status::Blue)) => self.blue += 1,
            Some(Rag::Single(Status::Green)) => self.green += 1,
            Some(Rag::Single(Status::Amber)) => self.amber += 1,
            Some(Rag::Single(Status::Red)) => self.red += 1,
            Some(Rag::Single(Status::Grey)) => self.grey += 1,
            Some(Rag::Split(..)) => self.split += 1,
            None => self.none += 1,
        }
    }

    pub fn total(&self) -> usize {
        self.blue + self.green + self.amber + self.red + self.grey + self.split + self.none
    }

    /// Green and Blue of all actions (`None` without actions).
    pub fn share_complete(&self) -> Option<f64> {
        let total = self.total();
        (total > 0).then(|| (self.green + self.blue) as f64 / total as f64)
    }

    /// Whether any action has a readable status.
    pub fn any_status(&self) -> bool {
        self.none < self.total()
    }

    pub fn merge(&mut self, other: &Counts) {
        self.blue += other.blue;
        self.green += other.green;
        self.amber += other.amber;
        self.red += other.red;
        self.grey += other.grey;
        self.split += other.split;
        self.none += other.none;
    }
}

/// Better, same or worse than the previous period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trend {
    Better,
    Same,
    Worse,
}

impl Trend {
    pub fn arrow(self) -> &'static str {
        match self {
            Trend::Better => "↑",
            Trend::Same => "→",
            Trend::Worse => "↓",
        }
    }

    pub fn word(self) -> &'static str {
        match self {
            Trend::Better => "better",
            Trend::Same => "same",
            Trend::Worse => "worse",
        }
    }
}

/// One row of the summary.
#[derive(Debug, Clone)]
pub struct PrioritySummary<'a> {
    pub priority: &'a Priority,
    /// The scheme the priority is read and written with (its file's).
    pub scheme: &'a Scheme,
    /// `Priority 7`
    pub name: String,
    /// The latest period with any status.
    pub latest: Option<usize>,
    pub stated: Option<Rag>,
    pub computed: Option<RollUp>,
    /// The roll-up of the period before the latest.
    pub previous: Option<RollUp>,
    pub counts: Counts,
    pub trend: Option<Trend>,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl<'a> PrioritySummary<'a> {
    /// The priority's problem statement (`""` when it has none).
    pub fn title(&self) -> &'a str {
        self.priority
            .title
            .as_ref()
            .map(|t| t.value.as_str())
            .unwrap_or_default()
    }

    /// Green and Blue of all actions, in the latest period (`None` without actions).
    pub fn percent_complete(&self) -> Option<f64> {
        self.counts.share_complete()
    }

    pub fn latest_label(&self) -> Option<&str> {
        self.latest
            .and_then(|i| self.priority.periods.get(i))
            .map(|p| p.label.as_str())
    }
}

/// The statuses of a priority's actions in one period (readable ones only).
pub fn rags_at(priority: &Priority, period: usize, scheme: &Scheme) -> Vec<Rag> {
    priority
        .actions()
        .filter_map(|a| a.statuses.get(period))
        .filter_map(|t| scheme.read_cell(t).rag())
        .collect()
}

/// Counts of a priority's actions by their status in one period (every
/// action without one when `period` is `None`).
pub fn counts_at(priority: &Priority, period: Option<usize>, scheme: &Scheme) -> Counts {
    let mut counts = Counts::default();
    for action in priority.actions() {
        counts.add(
            period
                .and_then(|i| action.statuses.get(i))
                .and_then(|t| scheme.read_cell(t).rag()),
        );
    }
    counts
}

/// The last period in which any action has a status.
pub fn latest_period(priority: &Priority, scheme: &Scheme) -> Option<usize> {
    (0..priority.periods.len())
        .rev()
        .find(|i| !rags_at(priority, *i, scheme).is_empty())
}

/// Summarises every priority, in plan order, each read with its own
/// file's scheme.
pub fn summarise<'a>(plan: &'a Plan, findings: &[Finding]) -> Vec<PrioritySummary<'a>> {
    plan.priorities
        .iter()
        .map(|priority| {
            let scheme = plan.scheme_of(priority);
            let latest = latest_period(priority, scheme);
            let computed = latest.and_then(|i| RollUp::of(rags_at(priority, i, scheme)));
            let previous = latest.and_then(|i| {
                (0..i)
                    .rev()
                    .find_map(|j| RollUp::of(rags_at(priority, j, scheme)))
            });
            let counts = counts_at(priority, latest, scheme);
            let trend = match (computed, previous) {
                (Some(now), Some(before)) => Some(match now.rag.score().cmp(&before.rag.score()) {
                    std::cmp::Ordering::Greater => Trend::Better,
                    std::cmp::Ordering::Equal => Trend::Same,
                    std::cmp::Ordering::Less => Trend::Worse,
                }),
                _ => None,
            };
            let on_sheet = |f: &&Finding| f.source().is_some_and(|s| priority.covers(&s));
            let count = |s: Severity| {
                findings
                    .iter()
                    .filter(on_sheet)
                    .filter(|f| f.severity == s)
                    .count()
            };
            PrioritySummary {
                priority,
                scheme,
                name: priority.name(plan),
                latest,
                stated: priority
                    .stated_status
                    .as_ref()
                    .and_then(|t| scheme.read_cell(t).rag()),
                computed,
                previous,
                counts,
                trend,
                errors: count(Severity::Error),
                warnings: count(Severity::Warning),
                infos: count(Severity::Info),
            }
        })
        .collect()
}
