//! Leads: every action has someone accountable, spelt one way.

pub mod initials;
pub mod lead_variant;
pub mod missing_lead;
pub mod unknown_lead;
