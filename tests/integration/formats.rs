//! The same plan saved by another producer (LibreOffice, as .ods and .xls)
//! gives the same findings at the same cells: each format carries what the
//! xlsx has — values, and since ragplan reads them itself (calamine does
//! not), the cells' fills, the merged ranges and hidden rows and columns.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use ragplan::import::grid::{Capabilities, Sheet, Value};
use ragplan::import::read::{read_bytes, read_workbook};
use ragplan::model::CellRef;

use crate::common::{place, places, run};

const ALL: Capabilities = Capabilities {
    fills: true,
    merges: true,
    hidden_rows: true,
};

/// The samples, and `features` (scripts/make-fixtures.sh): hand-filled
/// status cells with a `G` on an amber fill, a merged focus area, a
/// colour-only blank cell, a hidden action row and a hidden period column.
const WORKBOOKS: [(&str, &str); 6] = [
    ("samples", "priority-1"),
    ("samples", "priority-2"),
    ("samples", "priority-7"),
    ("samples", "written-statement"),
    ("samples", "implementation-plan"),
    ("tests/fixtures/libreoffice", "features"),
];

#[test]
fn libreoffice_copies_match_the_xlsx() {
    for (dir, name) in WORKBOOKS {
        let (loaded, findings) = run(&[PathBuf::from(format!("{dir}/{name}.xlsx"))]);
        let xlsx = places(&loaded, &findings);
        for ext in ["ods", "xls"] {
            let path = PathBuf::from(format!("tests/fixtures/libreoffice/{name}.{ext}"));
            let (loaded, findings) = run(std::slice::from_ref(&path));
            let book = loaded.inputs[0].workbook.as_ref().unwrap();
            assert_eq!(book.capabilities, ALL, "{}", path.display());
            assert_eq!(places(&loaded, &findings), xlsx, "{}", path.display());
        }
    }
}

/// The findings only fills, merges and hidden rows and columns give, on
/// the features workbook, in all three formats.
#[test]
fn fills_and_hidden_rows_are_seen_in_every_format() {
    for ext in ["xlsx", "ods", "xls"] {
        let path = PathBuf::from(format!("tests/fixtures/libreoffice/features.{ext}"));
        let (loaded, findings) = run(std::slice::from_ref(&path));
        let got = places(&loaded, &findings);
        for want in [
            place("fill-mismatch", "Priority 1", "F6"),
            place("hidden-data", "Priority 1", "B7"),
            place("hidden-data", "Priority 1", "G5"),
        ] {
            assert!(
                got.contains(&want),
                "{}: {want:?} in {got:?}",
                path.display()
            );
        }
    }
}

/// Fills by cell, merges, hidden rows, hidden columns.
type Carried = (
    BTreeSet<(CellRef, u32)>,
    BTreeSet<String>,
    Vec<u32>,
    Vec<u32>,
);

/// What a sheet carries besides its values: each cell's fill (those
/// within the values' extent, where the .ods and .xls scans keep them),
/// its merges, its hidden rows and columns.
fn carried(sheet: &Sheet) -> Carried {
    let valued = || sheet.cells.iter().filter(|c| c.value != Value::Empty);
    let rows = valued().map(|c| c.at.row);
    let cols = valued().map(|c| c.at.col);
    let (r0, r1) = (rows.clone().min().unwrap_or(0), rows.max().unwrap_or(0));
    let (c0, c1) = (cols.clone().min().unwrap_or(0), cols.max().unwrap_or(0));
    let fills = sheet
        .cells
        .iter()
        .filter(|c| (r0..=r1).contains(&c.at.row) && (c0..=c1).contains(&c.at.col))
        .filter_map(|c| Some((c.at, c.fill?.0)))
        .collect();
    let merges = sheet
        .merges
        .iter()
        .map(|m| format!("{}:{}", m.first, m.last))
        .collect();
    (
        fills,
        merges,
        sheet.hidden_rows.clone(),
        sheet.hidden_cols.clone(),
    )
}

/// The LibreOffice copies carry the xlsx's fills (the colour-only blank
/// among them), merges and hidden rows and columns, cell for cell.
#[test]
fn libreoffice_copies_carry_the_fills_merges_and_hidden_rows() {
    let mut filled = 0;
    for (dir, name) in WORKBOOKS {
        let xlsx = read_workbook(Path::new(&format!("{dir}/{name}.xlsx"))).unwrap();
        for ext in ["ods", "xls"] {
            let path = format!("tests/fixtures/libreoffice/{name}.{ext}");
            let copy = read_workbook(Path::new(&path)).unwrap();
            assert_eq!(copy.sheets.len(), xlsx.sheets.len(), "{path}");
            for (theirs, ours) in xlsx.sheets.iter().zip(&copy.sheets) {
                let want = carried(theirs);
                assert_eq!(carried(ours), want, "{path} '{}'", ours.name);
                filled += want.0.len();
            }
        }
    }
    // Priority 1's status cells, and the features workbook's.
    assert!(filled > 100, "{filled}");
    let features = read_workbook(Path::new("tests/fixtures/libreoffice/features.ods")).unwrap();
    let blank = features.sheets[0].get(CellRef::new(7, 3)).unwrap();
    assert_eq!(
        (&blank.value, blank.fill.map(|f| f.0)),
        (&Value::Empty, Some(0xFFFF00))
    );
}

/// LibreOffice pads each sheet with a million empty rows; styled with a
/// fill, they add no cells beyond the extent of the sheet's values.
#[test]
fn filled_padding_adds_no_cells() {
    use std::io::{Read, Write};
    let source = "tests/fixtures/libreoffice/priority-1.ods";
    let mut src = zip::ZipArchive::new(std::fs::File::open(source).unwrap()).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..src.len() {
        let mut entry = src.by_index(i).unwrap();
        let name = entry.name().unwrap().to_string();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap();
        if name == "content.xml" {
            let mut data = String::from_utf8(bytes).unwrap();
            // An amber style, on the padding rows and on whole columns.
            let styles = data.find("</office:automatic-styles>").unwrap();
            data.insert_str(
                styles,
                r##"<style:style style:name="pad" style:family="table-cell"><style:table-cell-properties fo:background-color="#ffc000"/></style:style>"##,
            );
            data = data
                .replace(
                    r#"<table:table-cell table:number-columns-repeated="16384"/>"#,
                    r#"<table:table-cell table:style-name="pad" table:number-columns-repeated="16384"/>"#,
                )
                .replace(
                    r#"table:default-cell-style-name="Default""#,
                    r#"table:default-cell-style-name="pad""#,
                );
            assert!(data.contains(r#"table:number-rows-repeated="1048"#));
            bytes = data.into_bytes();
        }
        let method = if name == "mimetype" {
            zip::CompressionMethod::Stored
        } else {
            zip::CompressionMethod::Deflated
        };
        let options = zip::write::SimpleFileOptions::default().compression_method(method);
        out.start_file(name, options).unwrap();
        out.write_all(&bytes).unwrap();
    }
    let bytes = out.finish().unwrap().into_inner();
    let plain = read_workbook(Path::new(source)).unwrap();
    let padded = read_bytes("padded.ods", &bytes).unwrap();
    for (a, b) in plain.sheets.iter().zip(&padded.sheets) {
        let valued = |s: &Sheet| s.cells.iter().filter(|c| c.value != Value::Empty).count();
        assert_eq!(valued(a), valued(b));
        // Only blanks inside the values' extent are added.
        let (rows, cols) = extent(a);
        assert!(b.cells.len() <= (rows * cols) as usize, "{}", b.cells.len());
        // ... and there they are: the blanks of the columns styled amber.
        assert!(b.cells.len() > a.cells.len());
    }
}

fn extent(sheet: &Sheet) -> (u32, u32) {
    let rows = sheet.cells.iter().map(|c| c.at.row);
    let cols = sheet.cells.iter().map(|c| c.at.col);
    (
        rows.clone().max().unwrap() - rows.min().unwrap() + 1,
        cols.clone().max().unwrap() - cols.min().unwrap() + 1,
    )
}

#[test]
fn format_is_told_by_content_not_name() {
    let dir = crate::common::temp();
    // An .ods and an .xls both named .xlsx.
    for (src, name) in [
        ("tests/fixtures/libreoffice/priority-1.ods", "a.xlsx"),
        ("tests/fixtures/libreoffice/priority-1.xls", "b.xlsx"),
    ] {
        let path = dir.path().join(name);
        std::fs::copy(src, &path).unwrap();
        let (loaded, findings) = run(&[path]);
        assert!(loaded.inputs[0].workbook.is_ok());
        assert!(
            findings
                .iter()
                .any(|f| f.rule.name == "rag-homoglyph" && f.cell.unwrap().to_string() == "F12")
        );
    }
}
