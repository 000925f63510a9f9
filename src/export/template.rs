//! `ragplan template`: an empty master (Summary, Priority 1 with its columns,
//! dropdowns and formatting, Findings, Leads) for an area starting a new plan.
//! It is the master of a plan with one priority and empty rows, so it has
//! exactly the layout `build` writes.

use std::path::Path;

use super::{BuildOptions, ExportError, Output, master_workbook};
use crate::import::{Input, Loaded};
use crate::model::{
    Action, CellRef, FileId, FocusArea, Layout, Period, Plan, Priority, Source, SourceFile, Text,
    YearMonth,
};

fn blank(source: Source) -> Text {
    Text::blank(source)
}

/// A plan with one priority, `rows` empty actions and the given periods.
fn blank_plan(periods: &[YearMonth], rows: u32, scheme: &crate::model::Scheme) -> Loaded {
    let at = |row: u32, col: u32| Source {
        file: FileId(0),
        sheet: 0,
        cell: CellRef::new(row, col),
    };
    let periods: Vec<Period> = periods
        .iter()
        .map(|m| Period::of_month(*m, at(0, 0)))
        .collect();
    // Each empty row is a focus area of one empty action: the writer lays
    // out its columns ([`super::PriorityColumn`]) as for any plan. The
    // sources are placeholders (nothing is read from, or found at, them).
    let focus_areas = (0..rows)
        .map(|r| FocusArea {
            reference: None,
            title: blank(at(r + 1, 0)),
            actions: vec![Action {
                id: None,
                text: blank(at(r + 1, 1)),
                lead: None,
                leads: Vec::new(),
                evidence: None,
                statuses: Vec::new(),
                notes: None,
                documents: None,
                timeframe: None,
                id_assigned: false,
                extra: Vec::new(),
            }],
        })
        .collect();
    let priority = Priority {
        number: Some(1),
        periods,
        focus_areas,
        end_row: rows + 1,
        ..Priority::new(Layout::MonitoringReport, at(0, 0))
    };
    let plan = Plan {
        files: vec![SourceFile {
            name: "template".into(),
            modified: None,
            reporting_period: None,
            scheme: scheme.clone(),
            document_schemes: Vec::new(),
            document_names: Vec::new(),
            triage: Vec::new(),
            sheets: vec!["Priority 1".into()],
        }],
        priorities: vec![priority],
    };
    Loaded {
        plan,
        inputs: Vec::<Input>::new(),
        skipped: Vec::new(),
    }
}

/// Writes the empty master. `periods` are its status columns (at least one).
pub fn write_template(
    out: &Path,
    force: bool,
    periods: &[YearMonth],
    options: &BuildOptions,
) -> Result<(), ExportError> {
    let output = Output::workbook(out, &[], force)?;
    let rows = super::MasterLayout::get().priority.template_rows;
    let loaded = blank_plan(periods, rows, &options.scheme);
    let (mut workbook, _) = master_workbook(&loaded, &[], options)?;
    output.save(&mut workbook)
}
