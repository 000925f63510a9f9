//! STR010 sheet-too-large

use crate::check::{Context, Family, Finding, Rule, Severity};
use crate::import::read::MAX_SHEET_CELLS;
use crate::model::{CellRef, Source};

pub static RULE: Rule = Rule {
    code: "STR010",
    name: "sheet-too-large",
    family: Family::Structure,
    severity: Severity::Warning,
    corrected_by_build: false,
    summary: "A sheet with more than 2,000,000 cells, skipped as data, not read for a plan",
    explanation: r#"## What it does
Reports a sheet holding more than 2,000,000 cells. ragplan does not read such a sheet (a plan never
comes near: 100,000 actions, far beyond any council's, fill about 900,000 cells) and checks the
workbook's other sheets as usual. A workbook whose sheets together hold more than 4,000,000 cells is
not read at all (`unreadable-file`).

## Why it matters to an officer
A plan workbook sometimes carries a data sheet beside the plan: an export of every EHCP, a pupil list.
Reading millions of cells would make every check slow and could exhaust the computer's memory; skipping
the sheet keeps the check of the plan quick, and this finding says what was not looked at, so that
nobody assumes it was.

## Bad
`Data` holds a 60,000-row export of 40 columns beside the plan sheets (2.4 million cells).

## Good
Keep the export in a workbook of its own and give ragplan the plan workbook; or, if the sheet is only
data, silence the finding with `sheet-too-large = "allow"` under `[rules]` in `ragplan.toml`.
"#,
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for (file, wb) in cx.workbooks() {
        for (s, sheet) in wb.sheets.iter().enumerate().filter(|(_, s)| s.too_large) {
            let source = Source {
                file,
                sheet: s as u32,
                cell: CellRef::new(0, 0),
            };
            out.push(
                Finding::at(
                    &RULE,
                    source,
                    format!(
                        "sheet '{}' holds more than {MAX_SHEET_CELLS} cells; ragplan skipped it as data, not a plan",
                        sheet.name
                    ),
                )
                .help("keep large data in a workbook of its own; if the plan is on this sheet, copy its rows to a new workbook"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::{Options, check};
    use crate::import::grid::Sheet;
    use crate::import::load;

    /// The flag is set by the reader (tested end to end with a real
    /// 2-million-cell sheet in `tests/integration/hostile.rs`); here the
    /// rule is shown the grid it leaves: the plan still checked, the data
    /// sheet reported at its first cell.
    #[test]
    fn reports_the_skipped_sheet_and_checks_the_rest() {
        let sheets = vec![
            crate::check::fixture::Sheet::priority(1)
                .row(&["1.1 Area", "A. Act", "", "Ev", "G", "G"]),
        ];
        let (_dir, path) = crate::check::fixture::write(sheets);
        let mut loaded = load(&[path], &Default::default());
        let workbook = loaded.inputs[0].workbook.as_mut().unwrap();
        workbook.sheets.push(Sheet {
            name: "Data".into(),
            too_large: true,
            ..Sheet::default()
        });
        loaded.plan.files[0].sheets.push("Data".into());
        let findings = check(&loaded, &Options::default());
        let found: Vec<(&str, String, String)> = findings
            .iter()
            .map(|f| {
                (
                    f.rule.name,
                    loaded
                        .plan
                        .sheet_name_at(f.file, f.sheet.unwrap())
                        .to_string(),
                    f.cell.unwrap().to_string(),
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                ("missing-lead", "Priority 1".into(), "C5".into()),
                ("sheet-too-large", "Data".into(), "A1".into()),
            ]
        );
        assert_eq!(
            findings[1].message,
            "sheet 'Data' holds more than 2000000 cells; ragplan skipped it as data, not a plan"
        );
    }

    /// A workbook whose only sheet was skipped: this finding alone, not
    /// also no-plan-found's advice about header rows.
    #[test]
    fn a_workbook_of_nothing_but_data() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("export.xlsx");
        let mut wb = rust_xlsxwriter::Workbook::new();
        let ws = wb.add_worksheet().set_name("Export").unwrap();
        ws.write(0, 0, "Pupil").unwrap();
        wb.save(&path).unwrap();
        let mut loaded = load(&[path], &Default::default());
        loaded.inputs[0].workbook.as_mut().unwrap().sheets[0].too_large = true;
        let findings = check(&loaded, &Options::default());
        let names: Vec<&str> = findings.iter().map(|f| f.rule.name).collect();
        assert_eq!(names, ["sheet-too-large"]);
    }
}
