//! STR007 hidden-data

use std::collections::BTreeMap;

use crate::check::{Context, Family, Finding, Rule, Severity};
use crate::model::{CellRef, FileId, Source};

pub static RULE: Rule = Rule {
    code: "STR007",
    name: "hidden-data",
    family: Family::Structure,
    severity: Severity::Warning,
    corrected_by_build: false,
    summary: "Plan content in a hidden sheet, row or column",
    explanation: r#"## What it does
Reports a plan table on a hidden sheet, an action on a hidden row, and a hidden column that holds statuses
or other fields of actions. ragplan reads hidden content like any other (and the master shows it), but
says so. Hidden rows and columns are read from xlsx, xlsm, ods and xls (Excel 97–2003 and LibreOffice's
.xls) files, not from xlsb; hidden sheets are seen in every format.

## Why it matters to an officer
Hidden rows are how old actions and last year's columns linger unnoticed: the person checking the sheet
by eye never sees them, but they are still in the plan, its counts and its overall status.

## Bad
Row 12 (action 1.2 A) hidden in the monitoring workbook.

## Good
Delete what is finished with, or unhide it so everyone reviews the same plan.
"#,
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    // (file, sheet, column) → the first cell of the hidden column that holds content.
    let mut hidden_cols: BTreeMap<(FileId, u32, u32), Source> = BTreeMap::new();
    for priority in &cx.plan.priorities {
        let Some(wb) = cx.loaded.workbook(priority.source.file) else {
            continue;
        };
        let Some(sheet) = wb.sheets.get(priority.source.sheet_index()) else {
            continue;
        };
        let name = priority.name(cx.plan);
        if sheet.hidden {
            out.push(
                Finding::at(&RULE, priority.source, format!("{name} is on the hidden sheet '{}'", sheet.name))
                    .help("unhide the sheet (right-click a sheet tab › Unhide), or delete it if it is not part of the plan"),
            );
        }
        for action in priority.actions() {
            let at = action.text.source;
            if sheet.is_row_hidden(at.cell.row) {
                let id = action
                    .id
                    .as_deref()
                    .map_or_else(String::new, |id| format!(" {id}"));
                out.push(
                    Finding::at(
                        &RULE,
                        at,
                        format!("action{id} is on hidden row {}", at.cell.row + 1),
                    )
                    .field("Actions")
                    .help("unhide the row, or delete the action if it is finished with"),
                );
            }
            let fields = action
                .statuses
                .iter()
                .chain(action.lead.iter())
                .chain(action.evidence.iter())
                .chain(action.notes.iter());
            for text in fields.filter(|t| !t.is_empty()) {
                let s = text.source;
                if sheet.is_col_hidden(s.cell.col) {
                    let first = hidden_cols
                        .entry((s.file, s.sheet, s.cell.col))
                        .or_insert(s);
                    *first = (*first).min(s);
                }
            }
        }
    }
    for ((_, _, col), source) in hidden_cols {
        out.push(
            Finding::at(&RULE, source, format!("column {} is hidden but holds the plan's content", CellRef::column_name(col)))
                .help("unhide the column (select the columns either side › Unhide), or delete it if it is finished with"),
        );
    }
}

#[cfg(test)]
mod tests {
    use rust_xlsxwriter::Workbook;

    use crate::check::{Options, check};

    #[test]
    fn hidden_sheet_row_and_column() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("hidden.xlsx");
        let mut wb = Workbook::new();
        for (name, hide_sheet) in [("Priority 1", false), ("Priority 2", true)] {
            let ws = wb.add_worksheet().set_name(name).unwrap();
            ws.write(0, 0, format!("{name}: A priority.")).unwrap();
            for (c, h) in [
                "Focus Area (Intent)",
                "Actions",
                "Lead",
                "Evidence (Impact)",
                "Progress",
            ]
            .iter()
            .enumerate()
            {
                ws.write(2, c as u16, *h).unwrap();
            }
            ws.write(3, 4, "Dec-19").unwrap();
            ws.write(3, 5, "Jan-20").unwrap();
            for (r, row) in [
                ["1.1 Area", "A. One", "Tim Moss", "Ev", "G", "G"],
                ["", "B. Two", "Tim Moss", "Ev", "A", "G"],
            ]
            .iter()
            .enumerate()
            {
                for (c, v) in row.iter().enumerate() {
                    ws.write(4 + r as u32, c as u16, *v).unwrap();
                }
            }
            if hide_sheet {
                ws.set_hidden(true);
            } else {
                ws.set_row_hidden(5).unwrap();
                ws.set_column_hidden(4).unwrap();
            }
        }
        wb.save(&path).unwrap();
        let loaded = crate::import::load(&[path], &Default::default());
        let findings = check(&loaded, &Options::default());
        let got: Vec<(u32, String)> = findings
            .iter()
            .filter(|f| f.rule.code == "STR007")
            .map(|f| (f.sheet.unwrap(), f.cell.unwrap().to_string()))
            .collect();
        assert_eq!(
            got,
            [(0, "E5".to_string()), (0, "B6".into()), (1, "A1".into())]
        );
    }
}
