//! STR003 formula-error

use crate::check::{Context, Family, Finding, Rule, Severity};
use crate::model::Source;

pub static RULE: Rule = Rule {
    code: "STR003",
    name: "formula-error",
    family: Family::Structure,
    severity: Severity::Error,
    corrected_by_build: false,
    summary: "A cell of a plan sheet shows a formula error such as #REF!",
    explanation: r#"## What it does
Reports every cell of a plan sheet whose value is a spreadsheet error: `#REF!`, `#N/A`, `#VALUE!`,
`#DIV/0!`, `#NAME?`, `#NUM!`, `#NULL!`, `#SPILL!`, `#CALC!`. ragplan reads the value the workbook last
calculated; it never recalculates.

## Why it matters to an officer
An error cell usually means a row or sheet it pointed at was deleted. In a status or lead column it
hides the real value; anywhere else it looks careless in a document that goes to the IPG.

## Bad
`=Summary!E7` after the Summary sheet's row 7 was deleted shows `#REF!`.

## Good
Type the value (`G`, `Tim Moss`) or fix the formula so it points at an existing cell.
"#,
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for (file, wb) in cx.workbooks() {
        let input = &cx.loaded.inputs[file.index()];
        // Plan sheets, and the summary sheets that count their statuses.
        for &s in input.plan_sheets.iter().chain(&input.summary_sheets) {
            for cell in &wb.sheets[s].cells {
                if !cell.value.is_formula_error() {
                    continue;
                }
                let text = cell.value.display().trim().to_string();
                let source = Source {
                    file,
                    sheet: s as u32,
                    cell: cell.at,
                };
                out.push(
                    Finding::at(
                        &RULE,
                        source,
                        format!("the cell shows the formula error `{text}`"),
                    )
                    .value(text)
                    .help("type the value, or fix the formula so it points at a cell that exists"),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::fixture::{Sheet, check_sheets, places};

    #[test]
    fn error_value_in_a_status_cell() {
        let findings = check_sheets(vec![
            Sheet::priority(1).row(&["1.1 Area", "A. Act", "Tim Moss", "Ev", "#REF!", "G"]),
        ]);
        assert_eq!(places(&findings, "STR003"), ["E5"]);
        // The status rules leave the cell to this one.
        assert!(places(&findings, "RAG001").is_empty());
    }
}
