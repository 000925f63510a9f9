//! `ragplan diff`: the changes as a terminal table or JSON.

use serde::Serialize;

use crate::diff::{ActionChange, Change, Diff};
use crate::model::Scheme;

/// Text padded (or cut) to `width`, control characters escaped.
fn clip(s: &str, width: usize) -> String {
    let s = super::printable(s);
    if s.chars().count() <= width {
        format!("{s:width$}")
    } else {
        format!("{}…", s.chars().take(width - 1).collect::<String>())
    }
}

fn status(scheme: &Scheme, side: &Option<crate::diff::Side>) -> String {
    side.as_ref()
        .and_then(|s| s.status)
        .map(|r| scheme.write(r))
        .unwrap_or_else(|| "-".into())
}

/// Only what changed (unless `all`), one line each, then the counts.
pub fn table(diff: &Diff, scheme: &Scheme, all: bool) -> String {
    let mut out = format!(
        "{:<12} {:<5} {:<4} {:<9} {:<5} {:<5} {:<24} {}\n",
        "PRIORITY", "REF", "ID", "CHANGE", "OLD", "NEW", "LEAD", "ACTION"
    );
    for c in diff.changes.iter().filter(|c| {
        all || c.change != Change::Same || c.lead_changed || c.renumbered_from.is_some()
    }) {
        let lead = match (&c.old, &c.new, c.lead_changed) {
            (Some(o), Some(n), true) => format!("{} → {}", o.lead, n.lead),
            (_, Some(n), _) => n.lead.clone(),
            (Some(o), None, _) => o.lead.clone(),
            _ => String::new(),
        };
        let mut action = c.text.clone();
        if let Some(from) = &c.renumbered_from {
            action = format!("(was {from}) {action}");
        }
        out.push_str(&format!(
            "{} {} {} {} {} {} {} {}\n",
            clip(&c.priority, 12),
            clip(c.focus.as_deref().unwrap_or(""), 5),
            clip(c.id.as_deref().unwrap_or(""), 4),
            clip(c.change.word(), 9),
            clip(&status(scheme, &c.old), 5),
            clip(&status(scheme, &c.new), 5),
            clip(&lead, 24),
            clip(&action, 60).trim_end()
        ));
    }
    out.push_str(&summary(diff));
    out.push('\n');
    out
}

pub fn summary(diff: &Diff) -> String {
    let renumbered = diff
        .changes
        .iter()
        .filter(|c| c.renumbered_from.is_some())
        .count();
    let mut s = format!(
        "{} improved, {} worsened, {} new, {} removed, {} lead changed, {} unchanged",
        diff.count(Change::Improved),
        diff.count(Change::Worsened),
        diff.count(Change::New),
        diff.count(Change::Removed),
        diff.leads_changed(),
        diff.count(Change::Same),
    );
    if renumbered > 0 {
        s.push_str(&format!(
            "; {renumbered} matched by their text because their ids changed"
        ));
    }
    s
}

#[derive(Serialize)]
struct JsonDiff<'a> {
    version: u32,
    old: Vec<String>,
    new: Vec<String>,
    changes: Vec<JsonChange<'a>>,
    summary: JsonSummary,
}

#[derive(Serialize)]
struct JsonChange<'a> {
    priority: &'a str,
    focus_area: Option<&'a str>,
    id: Option<&'a str>,
    action: &'a str,
    change: Change,
    lead_changed: bool,
    renumbered_from: Option<&'a str>,
    old_status: Option<String>,
    new_status: Option<String>,
    old_period: Option<&'a str>,
    new_period: Option<&'a str>,
    old_lead: Option<&'a str>,
    new_lead: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonSummary {
    improved: usize,
    worsened: usize,
    new: usize,
    removed: usize,
    lead_changed: usize,
    unchanged: usize,
}

/// The JSON document (version 1): every action, changed or not.
pub fn json(diff: &Diff, scheme: &Scheme, old: Vec<String>, new: Vec<String>) -> String {
    fn change<'a>(c: &'a ActionChange, scheme: &Scheme) -> JsonChange<'a> {
        JsonChange {
            priority: &c.priority,
            focus_area: c.focus.as_deref(),
            id: c.id.as_deref(),
            action: &c.text,
            change: c.change,
            lead_changed: c.lead_changed,
            renumbered_from: c.renumbered_from.as_deref(),
            old_status: c
                .old
                .as_ref()
                .and_then(|s| s.status)
                .map(|r| scheme.write(r)),
            new_status: c
                .new
                .as_ref()
                .and_then(|s| s.status)
                .map(|r| scheme.write(r)),
            old_period: c.old.as_ref().and_then(|s| s.period.as_deref()),
            new_period: c.new.as_ref().and_then(|s| s.period.as_deref()),
            old_lead: c.old.as_ref().map(|s| s.lead.as_str()),
            new_lead: c.new.as_ref().map(|s| s.lead.as_str()),
        }
    }
    let doc = JsonDiff {
        version: 1,
        old,
        new,
        changes: diff.changes.iter().map(|c| change(c, scheme)).collect(),
        summary: JsonSummary {
            improved: diff.count(Change::Improved),
            worsened: diff.count(Change::Worsened),
            new: diff.count(Change::New),
            removed: diff.count(Change::Removed),
            lead_changed: diff.leads_changed(),
            unchanged: diff.count(Change::Same),
        },
    };
    let mut out =
        serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    out.push('\n');
    out
}
