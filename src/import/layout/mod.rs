//! The kinds of plan table ragplan reads, one file each, behind one small
//! trait. A sheet's tables are found by their headers (`super::header`) and
//! read row by row by one engine (`super::sheet`); what differs between the
//! layouts — how a table is recognised, whether one Actions cell holds
//! several actions, what a single status column means — is declared here.
//! The next layout is a new file and a line in [`LAYOUTS`].

mod action_plan;
pub mod implementation_plan;
mod monitoring_report;
pub mod summary_sheet;
pub mod written_statement;

use super::header::{Column, HeaderRow};
use crate::model::Layout;

/// What a layout is told about a table to recognise it.
pub struct TableHead<'a> {
    pub header: &'a HeaderRow,
    /// Whether the table reports a status per period (several status
    /// columns, or months under its Progress header).
    pub has_periods: bool,
    /// The sheet's name and the priority title above the table, if any
    /// (`Priority 7: …`).
    pub titled_priority: bool,
}

impl TableHead<'_> {
    pub fn has(&self, column: Column) -> bool {
        self.header.col(column).is_some()
    }

    /// The header text of a recognised column, normalised.
    pub fn header_text(&self, column: Column, sheet: &super::grid::Sheet) -> String {
        self.header
            .col(column)
            .and_then(|c| sheet.get(crate::model::CellRef::new(self.header.row, c)))
            .map(|c| super::text::normalise(&c.value.display()))
            .unwrap_or_default()
    }
}

/// One kind of plan table.
pub trait TableLayout: Sync {
    /// The model's name for the layout.
    fn layout(&self) -> Layout;

    /// Whether a table with this header is of this layout.
    fn recognises(&self, table: &TableHead<'_>, sheet: &super::grid::Sheet) -> bool;

    /// The actions one Actions cell holds: itself, unless the layout writes
    /// several actions as bullets of one cell (`None`: the cell is one action).
    fn split_actions(&self, _cleaned: &str, _raw: &str) -> Option<Vec<String>> {
        None
    }
}

/// Every layout, in the order they are tried: the most particular first;
/// the action plan takes any other table.
pub static LAYOUTS: &[&dyn TableLayout] = &[
    &implementation_plan::ImplementationPlan,
    &written_statement::WrittenStatement,
    &monitoring_report::MonitoringReport,
    &action_plan::ActionPlan,
];

/// The layout of a table.
pub fn of(table: &TableHead<'_>, sheet: &super::grid::Sheet) -> &'static dyn TableLayout {
    LAYOUTS
        .iter()
        .copied()
        .find(|l| l.recognises(table, sheet))
        .unwrap_or(&action_plan::ActionPlan)
}

/// The declared layout of a priority read earlier.
pub fn get(layout: Layout) -> &'static dyn TableLayout {
    LAYOUTS
        .iter()
        .copied()
        .find(|l| l.layout() == layout)
        .unwrap_or(&action_plan::ActionPlan)
}
