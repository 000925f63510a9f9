//! Carries an officer's triage from a master given as input to the same
//! findings now ([`crate::model::Triage`]): after the rules run, each
//! finding's key — rule, sheet, action, value — is looked up among the marks
//! read from the input masters' Findings sheets.

use std::collections::HashMap;

use super::Finding;
use crate::model::{Action, Plan, Triage, TriageKey, action_label};

/// The action on each row of each sheet (the first, when a row holds
/// several bulleted actions): what a finding at a cell is about.
pub struct ActionsByRow<'a> {
    plan: &'a Plan,
    rows: HashMap<(usize, u32, u32), &'a Action>,
}

impl<'a> ActionsByRow<'a> {
    pub fn new(plan: &'a Plan) -> Self {
        let mut rows = HashMap::new();
        for (_, _, action) in plan.actions() {
            let s = action.text.source;
            rows.entry((s.file.index(), s.sheet, s.cell.row))
                .or_insert(action);
        }
        ActionsByRow { plan, rows }
    }

    /// The action a finding's cell belongs to.
    pub fn action_of(&self, f: &Finding) -> Option<&'a Action> {
        let (sheet, cell) = (f.sheet?, f.cell?);
        self.rows.get(&(f.file.index(), sheet, cell.row)).copied()
    }

    /// The action's label on the Findings sheet.
    pub fn label_of(&self, f: &Finding) -> Option<String> {
        self.action_of(f)
            .map(|a| action_label(a.id.as_deref(), &a.text.value))
    }

    /// The finding's key, its sheet named as in its own workbook (in a
    /// master given as input, the master's sheet).
    pub fn key_of(&self, f: &Finding) -> TriageKey {
        let sheet = f
            .sheet
            .map(|s| self.plan.sheet_name_at(f.file, s))
            .unwrap_or_default();
        TriageKey::new(
            f.rule.code,
            sheet,
            &self.label_of(f).unwrap_or_default(),
            f.value.as_deref().unwrap_or_default(),
        )
    }
}

/// Marks each finding with the triage an input master's Findings sheet
/// gives its key, if any.
pub fn apply(plan: &Plan, findings: &mut [Finding]) {
    let marks: HashMap<&TriageKey, &Triage> = plan
        .files
        .iter()
        .flat_map(|f| f.triage.iter().map(|(k, t)| (k, t)))
        .collect();
    if marks.is_empty() {
        return;
    }
    let actions = ActionsByRow::new(plan);
    for f in findings {
        if let Some(t) = marks.get(&actions.key_of(f)) {
            f.triage = Some((*t).clone());
        }
    }
}

/// Leaves out the findings an officer marked `accepted` or `won't fix`
/// (what `check` and the page show by default); returns how many.
pub fn hide_marked(findings: &mut Vec<Finding>) -> usize {
    let before = findings.len();
    findings.retain(|f| !f.triage.as_ref().is_some_and(|t| t.status.hides()));
    before - findings.len()
}
