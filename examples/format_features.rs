//! Writes `features.xlsx`: a small monitoring report using every format
//! feature ragplan reads besides values — status cells filled by hand (one
//! `G` on an amber fill), a focus area merged down its rows, a colour-only
//! blank cell, a hidden action row and a hidden period column.
//! `scripts/make-fixtures.sh` saves it as LibreOffice does (.ods, .xls), so
//! that the tests can check each format carries what the xlsx has.
//!
//! Run: `cargo run --example format_features -- DIR` (writes `DIR/features.xlsx`).

use std::path::PathBuf;

use rust_xlsxwriter::{Color, DocProperties, ExcelDateTime, Format, Workbook, XlsxError};

const GREEN: u32 = 0x00B050;
const AMBER: u32 = 0xFFC000;
const RED: u32 = 0xFF0000;
const YELLOW: u32 = 0xFFFF00;

/// An action, its lead and evidence, and its three statuses with their fills.
type Action = (
    &'static str,
    &'static str,
    &'static str,
    [(&'static str, u32); 3],
);

fn main() -> Result<(), XlsxError> {
    let dir = std::env::args()
        .nth(1)
        .map_or_else(|| PathBuf::from("."), PathBuf::from);
    let mut workbook = Workbook::new();
    // A fixed date keeps the file byte-for-byte reproducible.
    workbook.set_properties(
        &DocProperties::new()
            .set_title("Format features")
            .set_author("ragplan fixtures")
            .set_creation_datetime(&ExcelDateTime::from_ymd(2023, 1, 10)?),
    );
    let ws = workbook.add_worksheet().set_name("Priority 1")?;
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap();
    ws.write_with_format(0, 0, "Priority 1: Families get help early", &bold)?;
    let header = [
        "Focus Area (Intent)",
        "Actions (Implementation)",
        "Lead",
        "Evidence (Impact)",
        "Progress",
    ];
    for (c, h) in header.iter().enumerate() {
        ws.write_with_format(2, c as u16, *h, &bold)?;
    }
    for (c, p) in ["Dec-22", "Mar-23", "Jun-23"].iter().enumerate() {
        ws.write_with_format(3, 4 + c as u16, *p, &bold)?;
    }
    ws.merge_range(4, 0, 7, 0, "1.1 An early help offer families know", &wrap)?;
    let actions: [Action; 4] = [
        (
            "A. Publish the early help offer",
            "Tim Moss",
            "Offer published",
            [("G", GREEN), ("G", GREEN), ("G", GREEN)],
        ),
        (
            "B. Train front-line staff",
            "Sara Khan",
            "Training log",
            // Mar-23: `G` on an amber fill (fill-mismatch).
            [("A", AMBER), ("G", AMBER), ("G", GREEN)],
        ),
        (
            "C. Audit early help files",
            "Tim Moss",
            "Audit report",
            [("G", GREEN), ("A", AMBER), ("A", AMBER)],
        ),
        (
            "D. Review the offer with parents",
            "Sara Khan",
            "",
            [("R", RED), ("R", RED), ("A", AMBER)],
        ),
    ];
    for (i, (action, lead, evidence, statuses)) in actions.iter().enumerate() {
        let r = 4 + i as u32;
        ws.write_with_format(r, 1, *action, &wrap)?;
        ws.write(r, 2, *lead)?;
        if !evidence.is_empty() {
            ws.write_with_format(r, 3, *evidence, &wrap)?;
        }
        for (c, (code, fill)) in statuses.iter().enumerate() {
            let format = Format::new().set_background_color(Color::RGB(*fill));
            ws.write_with_format(r, 4 + c as u16, *code, &format)?;
        }
    }
    // Action D's evidence: blank, filled by hand.
    ws.write_blank(
        7,
        3,
        &Format::new().set_background_color(Color::RGB(YELLOW)),
    )?;
    // Action C's row and the Jun-23 column, hidden.
    ws.set_row_hidden(6)?;
    ws.set_column_hidden(6)?;
    ws.set_column_width(1, 40)?;
    let path = dir.join("features.xlsx");
    workbook.save(&path)?;
    println!("wrote {}", path.display());
    Ok(())
}
