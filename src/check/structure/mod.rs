//! Structure: can the workbook be read, is there a plan in it, are its
//! actions identifiable.

pub mod duplicate_action_id;
pub mod duplicate_file;
pub mod formula_error;
pub mod hidden_data;
pub mod missing_action_id;
pub mod no_plan_found;
pub mod period_unrecognised;
pub mod periods_out_of_order;
pub mod sheet_too_large;
pub mod text_too_long;
pub mod timeframe_unparsed;
pub mod unreadable_file;
