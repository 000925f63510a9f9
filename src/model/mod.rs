//! The plan as ragplan understands it, whatever workbook it came from.
//!
//! Plain data and pure logic only: no I/O, no calamine types. Every value
//! keeps its [`Source`] (file, sheet, cell) and the raw text as found, so a
//! finding or an output cell can always point back to where it came from.

mod cell;
mod lead;
mod measure;
mod period;
mod plan;
mod rag;
mod scale;
mod triage;

pub use cell::{CellRef, FileId, Rgb, Source};
pub use lead::{Roster, is_missing_lead, is_personal_name, person_key, split_leads};
pub use measure::{MeasureCode, measure_codes, same_definition};
pub use period::{MonthSpec, Period, Timeframe, When, YearMonth};
pub use plan::{
    Action, Area, Areas, ExtraField, FocusArea, Layout, Plan, Priority, SourceFile, Text,
};
pub use rag::{
    Colours, Homoglyph, Rag, Reading, RollUp, RollUpRule, Scheme, Status, VariantKind,
    is_formula_error,
};
pub use scale::{LegendEntry, StatusSample, StatusWord};
pub use triage::{Triage, TriageKey, TriageStatus, action_label};
