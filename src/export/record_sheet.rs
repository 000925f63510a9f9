//! The master's own record: a very hidden sheet of what the master is, read
//! back when the master is given as input (a master is valid input,
//! [`crate::import::record`]). It holds the term being reported — the period
//! `--add-period` began — so that `check` of next term's master asks for
//! that period's statuses even while the column is empty; and each priority
//! sheet's layout, document and area, so that a master built from a master keeps
//! the same sheets, columns and findings.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::{Master, WriteText};
use crate::import::record::{
    MARK, MEANING, NAME, REPORTING_PERIOD, SHEET, UNTITLED, heading_key, meaning_column,
    sheet_column,
};

pub(crate) fn write(
    master: &Master<'_>,
    ws: &mut Worksheet,
    reporting_period: Option<&str>,
) -> Result<(), XlsxError> {
    ws.set_name(NAME)?;
    ws.write_string(0, 0, MARK)?;
    ws.write_string(
        1,
        0,
        "This sheet records what the master is, for ragplan to read back. Leave it as it is.",
    )?;
    let mut row = 2;
    if let Some(period) = reporting_period {
        ws.write_string(row, 0, REPORTING_PERIOD)?;
        ws.text(row, 1, period, &Default::default())?;
        row += 1;
    }
    let plan = &master.loaded.plan;
    let documents = master.document_numbers();
    let areas = master.area_numbers();
    // Each document's name, as the Summary heads it.
    let mut in_order: Vec<(super::Document, u32)> =
        documents.iter().map(|(d, n)| (*d, *n)).collect();
    in_order.sort_by_key(|(_, n)| *n);
    let in_order: Vec<super::Document> = in_order.into_iter().map(|(d, _)| d).collect();
    let names = super::summary_sheet::document_names(plan, &master.areas, &in_order);
    for (index, name) in &master.sheets {
        let priority = &plan.priorities[*index];
        let document = documents[&super::document(priority, &master.areas)];
        use sheet_column as c;
        ws.write_string(row, 0, SHEET)?;
        ws.text(row, c::NAME, name, &Default::default())?;
        ws.write_string(row, c::LAYOUT, priority.layout.name())?;
        ws.write_number(row, c::DOCUMENT, f64::from(document))?;
        ws.write_number(row, c::AREA, f64::from(areas[&master.areas.of(priority)]))?;
        let document_name = names.get(document as usize - 1).map_or("", String::as_str);
        ws.text(row, c::DOCUMENT_NAME, document_name, &Default::default())?;
        if priority.title.as_ref().is_none_or(|t| t.value.is_empty()) {
            ws.write_string(row, c::UNTITLED, UNTITLED)?;
        }
        // Its heading, as its first cell holds it: a sheet an officer
        // renamed is known by it.
        let title = super::priority_sheet::title_of(priority, name);
        ws.text(
            row,
            c::HEADING,
            heading_key(&super::cell_text(&title)),
            &Default::default(),
        )?;
        row += 1;
    }
    // Each document's legend meanings (its first priority's scheme: a
    // document is read with one).
    let mut written = std::collections::HashSet::new();
    for (index, _) in &master.sheets {
        let priority = &plan.priorities[*index];
        let document = documents[&super::document(priority, &master.areas)];
        if !written.insert(document) {
            continue;
        }
        for (status, meaning) in &plan.scheme_of(priority).meanings {
            use meaning_column as c;
            ws.write_string(row, 0, MEANING)?;
            ws.write_number(row, c::DOCUMENT, f64::from(document))?;
            ws.write_string(row, c::STATUS, status.name())?;
            ws.text(row, c::MEANING, meaning, &Default::default())?;
            row += 1;
        }
    }
    ws.set_very_hidden(true);
    Ok(())
}
