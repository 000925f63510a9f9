//! What changed between two terms: each action matched across the two plans
//! by priority, focus area and action id — or, when ids were renumbered, by
//! the similarity of its text — and its latest status and lead compared.

use std::collections::HashMap;

use serde::Serialize;

use crate::model::{Action, FocusArea, Plan, Priority, Rag, Roster, Scheme, Source};

/// How an action changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    Improved,
    Worsened,
    Same,
    New,
    Removed,
}

impl Change {
    pub fn word(self) -> &'static str {
        match self {
            Change::Improved => "improved",
            Change::Worsened => "worsened",
            Change::Same => "same",
            Change::New => "new",
            Change::Removed => "removed",
        }
    }
}

/// One side of a matched action.
#[derive(Debug, Clone)]
pub struct Side {
    pub status: Option<Rag>,
    /// The period of that status (`Dec-21`).
    pub period: Option<String>,
    pub lead: String,
    pub source: Source,
}

/// One action's change.
#[derive(Debug, Clone)]
pub struct ActionChange {
    /// `Priority 7`, or a section's name.
    pub priority: String,
    pub focus: Option<String>,
    pub id: Option<String>,
    pub text: String,
    pub change: Change,
    pub lead_changed: bool,
    /// Set when the action was matched by its text because its id changed:
    /// the id it had in the old plan.
    pub renumbered_from: Option<String>,
    pub old: Option<Side>,
    pub new: Option<Side>,
}

/// The whole comparison.
#[derive(Debug, Clone, Default)]
pub struct Diff {
    pub changes: Vec<ActionChange>,
}

impl Diff {
    pub fn count(&self, change: Change) -> usize {
        self.changes.iter().filter(|c| c.change == change).count()
    }

    pub fn leads_changed(&self) -> usize {
        self.changes.iter().filter(|c| c.lead_changed).count()
    }
}

/// An action with what identifies it.
struct Entry<'a> {
    priority: &'a Priority,
    focus: &'a FocusArea,
    action: &'a Action,
    key: (String, String, String),
}

fn entries<'a>(plan: &'a Plan) -> Vec<Entry<'a>> {
    plan.actions()
        .map(|(priority, focus, action)| Entry {
            priority,
            focus,
            action,
            key: (
                priority.name(plan),
                focus.reference.clone().unwrap_or_default(),
                action
                    .id
                    .clone()
                    .unwrap_or_else(|| body(&action.text.value)),
            ),
        })
        .collect()
}

/// The action's text without its `A.` prefix, lower-case, single-spaced.
fn body(text: &str) -> String {
    let t = text.trim();
    let t = match crate::import::monitoring::action_id(t) {
        Some(_) => t.get(2..).unwrap_or(t).trim_start(),
        None => t,
    };
    t.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn side(priority: &Priority, action: &Action, scheme: &Scheme) -> Side {
    // The latest status the action has.
    let latest = action
        .statuses
        .iter()
        .enumerate()
        .rev()
        .find_map(|(i, t)| scheme.read_cell(t).rag().map(|r| (i, r)));
    Side {
        status: latest.map(|(_, r)| r),
        period: latest
            .and_then(|(i, _)| priority.periods.get(i))
            .map(|p| p.label.clone()),
        lead: action
            .lead
            .as_ref()
            .map(|l| l.value.clone())
            .unwrap_or_default(),
        source: action.text.source,
    }
}

/// How similar two action texts must be to be taken for one renumbered action.
const SIMILAR: f64 = 0.8;

/// Compares two plans.
pub fn diff(old: &Plan, new: &Plan, scheme: &Scheme, roster: &Roster) -> Diff {
    let old_entries = entries(old);
    let new_entries = entries(new);
    let mut old_by_key: HashMap<&(String, String, String), usize> = HashMap::new();
    for (i, e) in old_entries.iter().enumerate() {
        old_by_key.entry(&e.key).or_insert(i);
    }
    let mut pairs: Vec<(Option<usize>, Option<usize>, bool)> = Vec::new();
    let mut old_used = vec![false; old_entries.len()];
    let mut unmatched_new = Vec::new();
    for (j, e) in new_entries.iter().enumerate() {
        match old_by_key.get(&e.key).copied().filter(|i| !old_used[*i]) {
            Some(i) => {
                old_used[i] = true;
                pairs.push((Some(i), Some(j), false));
            }
            None => unmatched_new.push(j),
        }
    }
    // Renumbered actions: the most similar unmatched old action of the same priority.
    for j in unmatched_new {
        let e = &new_entries[j];
        let text = body(&e.action.text.value);
        let best = old_entries
            .iter()
            .enumerate()
            .filter(|(i, o)| !old_used[*i] && o.key.0 == e.key.0)
            .map(|(i, o)| {
                (
                    strsim::normalized_levenshtein(&body(&o.action.text.value), &text),
                    i,
                )
            })
            .filter(|(score, _)| *score >= SIMILAR)
            .max_by(|a, b| a.0.total_cmp(&b.0));
        match best {
            Some((_, i)) => {
                old_used[i] = true;
                pairs.push((Some(i), Some(j), true));
            }
            None => pairs.push((None, Some(j), false)),
        }
    }
    for (i, used) in old_used.iter().enumerate() {
        if !used {
            pairs.push((Some(i), None, false));
        }
    }

    let mut changes: Vec<ActionChange> = pairs
        .into_iter()
        .filter_map(|(i, j, by_text)| {
            let o = i.map(|i| &old_entries[i]);
            let n = j.map(|j| &new_entries[j]);
            let shown = n.or(o)?;
            let old_side = o.map(|e| side(e.priority, e.action, scheme));
            let new_side = n.map(|e| side(e.priority, e.action, scheme));
            let change = match (&old_side, &new_side) {
                (None, Some(_)) => Change::New,
                (Some(_), None) => Change::Removed,
                (Some(a), Some(b)) => match (a.status, b.status) {
                    (Some(x), Some(y)) if y.score() > x.score() => Change::Improved,
                    (Some(x), Some(y)) if y.score() < x.score() => Change::Worsened,
                    (None, Some(_)) => Change::Improved,
                    _ => Change::Same,
                },
                (None, None) => Change::Same,
            };
            let people = |side: &Option<Side>| {
                let mut keys: Vec<String> = side
                    .as_ref()
                    .map(|s| {
                        crate::model::split_leads(&s.lead)
                            .iter()
                            .map(|p| roster.key(p))
                            .collect()
                    })
                    .unwrap_or_default();
                keys.sort();
                keys
            };
            let lead_changed =
                old_side.is_some() && new_side.is_some() && people(&old_side) != people(&new_side);
            Some(ActionChange {
                priority: shown.key.0.clone(),
                focus: shown.focus.reference.clone(),
                id: shown.action.id.clone(),
                text: shown
                    .action
                    .text
                    .value
                    .lines()
                    .next()
                    .unwrap_or_default()
                    .to_string(),
                change,
                lead_changed,
                renumbered_from: if by_text {
                    o.and_then(|e| e.action.id.clone())
                } else {
                    None
                },
                old: old_side,
                new: new_side,
            })
        })
        .collect();
    changes.sort_by(|a, b| (&a.priority, &a.focus, &a.id).cmp(&(&b.priority, &b.focus, &b.id)));
    Diff { changes }
}
