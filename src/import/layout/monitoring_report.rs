//! The termly monitoring report (seeds 000, 001, 004): a title `Priority 7:
//! …`, the RAG legend, `Vision for the future` with the stated overall
//! status, then `Focus Area | Actions | Lead | Evidence | Progress (one
//! column per period) | Sub Group Action to date | Evidence documents`, the
//! focus area merged down its actions, actions lettered `A.`, `B.`. Its
//! conventions (titles, preambles, letters) are shared with the other
//! layouts in `super::super::monitoring`.

use super::{TableHead, TableLayout};
use crate::import::grid::Sheet;
use crate::import::header::Column;
use crate::model::Layout;

pub struct MonitoringReport;

impl TableLayout for MonitoringReport {
    fn layout(&self) -> Layout {
        Layout::MonitoringReport
    }

    /// A focus-area column, or a priority's own sheet (`Priority 4`) with a
    /// status per period.
    fn recognises(&self, table: &TableHead<'_>, _sheet: &Sheet) -> bool {
        table.has(Column::FocusArea) || (table.titled_priority && table.has_periods)
    }
}
