//! The rule catalogue: every rule listed once. Codes are stable once released.

use super::finding::{Finding, Severity};
use super::{Context, lead, rag, structure, updates, xref};

/// The family a rule belongs to (its folder under `src/check/`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    Structure,
    Lead,
    Rag,
    Xref,
    Updates,
}

impl Family {
    pub fn name(self) -> &'static str {
        match self {
            Family::Structure => "structure",
            Family::Lead => "lead",
            Family::Rag => "rag",
            Family::Xref => "xref",
            Family::Updates => "updates",
        }
    }
}

/// One rule: its identity, its explanation, and its check.
pub struct Rule {
    /// Stable code (`RAG003`).
    pub code: &'static str,
    /// Stable name (`rag-homoglyph`).
    pub name: &'static str,
    pub family: Family,
    /// Severity unless configured otherwise.
    pub severity: Severity,
    /// Whether `ragplan build` corrects what it finds: the master writes the
    /// cell as the code (its finding then says "corrected by build").
    pub corrected_by_build: bool,
    /// One line for `ragplan rules`.
    pub summary: &'static str,
    /// What it does, why it matters to an officer, a bad cell, the good cell:
    /// the text `ragplan explain` prints.
    pub explanation: &'static str,
    pub check: fn(&Context<'_>, &mut Vec<Finding>),
}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.code, self.name)
    }
}

impl PartialEq for Rule {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
    }
}

/// Every rule, in catalogue order.
pub static RULES: &[&Rule] = &[
    &structure::unreadable_file::RULE,
    &structure::no_plan_found::RULE,
    &structure::formula_error::RULE,
    &structure::duplicate_action_id::RULE,
    &structure::missing_action_id::RULE,
    &structure::timeframe_unparsed::RULE,
    &structure::hidden_data::RULE,
    &structure::periods_out_of_order::RULE,
    &structure::period_unrecognised::RULE,
    &structure::sheet_too_large::RULE,
    &structure::text_too_long::RULE,
    &structure::duplicate_file::RULE,
    &lead::missing_lead::RULE,
    &lead::lead_variant::RULE,
    &lead::unknown_lead::RULE,
    &lead::initials::RULE,
    &rag::unknown::RULE,
    &rag::noncanonical::RULE,
    &rag::homoglyph::RULE,
    &rag::split::RULE,
    &rag::free_text::RULE,
    &rag::missing::RULE,
    &rag::regression::RULE,
    &rag::overall_mismatch::RULE,
    &rag::fill_mismatch::RULE,
    &xref::broken::RULE,
    &xref::unresolved::RULE,
    &xref::mirror_mismatch::RULE,
    &xref::measure_undefined::RULE,
    &xref::measure_conflict::RULE,
    &updates::notes_out_of_order::RULE,
    &updates::stale_update::RULE,
];

/// Finds a rule by code (`RAG003`, any case) or name (`rag-homoglyph`).
pub fn find(code_or_name: &str) -> Option<&'static Rule> {
    let key = code_or_name.trim();
    RULES
        .iter()
        .copied()
        .find(|r| r.code.eq_ignore_ascii_case(key) || r.name.eq_ignore_ascii_case(key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_are_unique_and_explained() {
        for (i, a) in RULES.iter().enumerate() {
            for b in &RULES[i + 1..] {
                assert_ne!(a.code, b.code);
                assert_ne!(a.name, b.name);
            }
            for heading in ["## What it does", "## Why it matters", "## Bad", "## Good"] {
                assert!(
                    a.explanation.contains(heading),
                    "{} lacks {heading}",
                    a.code
                );
            }
            assert!(
                !a.summary.is_empty() && !a.summary.contains('\n'),
                "{}",
                a.code
            );
        }
        assert_eq!(find("rag003").map(|r| r.name), Some("rag-homoglyph"));
        assert_eq!(find("lead-variant").map(|r| r.code), Some("LEAD002"));
        assert!(find("nope").is_none());
    }
}
