//! STR011 text-too-long

use crate::check::{Context, Family, Finding, Rule, Severity};
use crate::import::read::MAX_TEXT_UNITS;
use crate::model::Source;

pub static RULE: Rule = Rule {
    code: "STR011",
    name: "text-too-long",
    family: Family::Structure,
    severity: Severity::Warning,
    corrected_by_build: false,
    summary: "A cell holding more than Excel's 32,767 characters (read up to there)",
    explanation: r#"## What it does
Reports a cell whose text is longer than the 32,767 characters Excel keeps in one cell (counted as Excel
counts them: an emoji is two). ragplan reads the first 32,767 characters, as Excel would show them,
checks those, and writes them to the master. Google Sheets and LibreOffice let a cell grow longer, and a
file written by another program can hold any length. (A single text of megabytes is not read at all:
the file is `unreadable-file`.)

## Why it matters to an officer
Whatever comes after the 32,767th character is lost as soon as someone opens the workbook in Excel and
saves it: usually the latest update notes, at the end of a cell that has grown every term.

## Bad
A `Sub Group Action to date` cell holding five years of notes, 40,000 characters long.

## Good
Keep the latest notes in the cell and move the older ones to a document linked from the Evidence
documents column.
"#,
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for (file, wb) in cx.workbooks() {
        for (s, sheet) in wb.sheets.iter().enumerate() {
            for &(cell, units) in &sheet.cut_texts {
                let source = Source {
                    file,
                    sheet: s as u32,
                    cell,
                };
                out.push(
                    Finding::at(
                        &RULE,
                        source,
                        format!(
                            "this cell holds {units} characters, more than the {MAX_TEXT_UNITS} a cell can hold; ragplan read the first {MAX_TEXT_UNITS}"
                        ),
                    )
                    .help("move the older text to a document and link it from the Evidence documents column"),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::{Options, check};
    use crate::import::grid::Value;
    use crate::import::load;

    /// A 40,000-character note (rust_xlsxwriter refuses to write one, so
    /// the XML is edited after): cut to 32,767 characters, the finding at
    /// its cell, the plan still read.
    #[test]
    fn a_cell_longer_than_excel_allows_is_cut_and_reported() {
        use std::io::{Read, Write};
        let sheets = vec![
            crate::check::fixture::Sheet::priority(1)
                .row(&["1.1 Area", "A. Act", "Tim Moss", "Ev", "G", "G"]),
        ];
        let (dir, path) = crate::check::fixture::write(sheets);
        let mut archive = zip::ZipArchive::new(std::fs::File::open(&path).unwrap()).unwrap();
        let long_path = dir.path().join("long.xlsx");
        let mut out = zip::ZipWriter::new(std::fs::File::create(&long_path).unwrap());
        for i in 0..archive.len() {
            let mut entry = archive.by_index(i).unwrap();
            let name = entry.name().unwrap().to_string();
            let mut data = String::new();
            entry.read_to_string(&mut data).unwrap();
            if name == "xl/sharedStrings.xml" {
                data = data.replace(">Ev<", &format!(">{}<", "é".repeat(40_000)));
            }
            out.start_file(name, zip::write::SimpleFileOptions::default())
                .unwrap();
            out.write_all(data.as_bytes()).unwrap();
        }
        out.finish().unwrap();
        let loaded = load(&[long_path], &Default::default());
        let findings = check(&loaded, &Options::default());
        let f = findings
            .iter()
            .find(|f| f.rule.name == "text-too-long")
            .expect("a text-too-long finding");
        assert_eq!(f.cell.unwrap().to_string(), "D5");
        assert_eq!(
            f.message,
            "this cell holds 40000 characters, more than the 32767 a cell can hold; ragplan read the first 32767"
        );
        let sheet = &loaded.workbook(f.file).unwrap().sheets[0];
        let cell = sheet.get(f.cell.unwrap()).unwrap();
        assert_eq!(cell.value, Value::Text("é".repeat(32_767)));
        assert_eq!(loaded.plan.actions().count(), 1);
    }
}
