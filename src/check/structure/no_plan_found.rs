//! STR002 no-plan-found

use crate::check::{Context, Family, Finding, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "STR002",
    name: "no-plan-found",
    family: Family::Structure,
    severity: Severity::Warning,
    summary: "A readable workbook with no plan table in any sheet",
    explanation: r#"## What it does
Reports a workbook in which no sheet holds a plan table: no row names the Actions column together with
at least two of Focus Area, Lead, Evidence, Progress and the update notes. ragplan finds the header row
wherever it is, however worded (`Lead October` is the Lead column), and skips cover and contents sheets
quietly; this finding means it found nothing at all.

## Why it matters to an officer
A file that is checked but holds nothing ragplan recognised would otherwise pass as "no problems". The
usual causes are a workbook that is not a plan (a budget, a minutes template) or headers renamed beyond
recognition.

## Bad
A sheet whose table starts `Item | What | Who | RAG`.

## Good
`Focus Area (Intent) | Actions (Implementation) | Lead | Evidence (Impact) | Progress …` (any order, any
row, extra columns welcome).
"#,
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for (i, input) in cx.loaded.inputs.iter().enumerate() {
        let Ok(wb) = &input.workbook else { continue };
        if !input.plan_sheets.is_empty() {
            continue;
        }
        // A workbook whose every sheet was skipped as data has said so
        // (`sheet-too-large`); there was nothing left to find a plan in.
        if !wb.sheets.is_empty() && wb.sheets.iter().all(|s| s.too_large) {
            continue;
        }
        let names: Vec<String> = wb.sheets.iter().map(|s| format!("'{}'", s.name)).collect();
        let hinted = input.mentions_priority;
        let message = format!(
            "no plan table found in {} ({} sheet{}: {})",
            input.name,
            wb.sheets.len(),
            if wb.sheets.len() == 1 { "" } else { "s" },
            names.join(", ")
        );
        let help = if hinted {
            "a sheet names a priority but has no header row ragplan recognises: name the columns Focus Area, Actions, Lead, Evidence, Progress"
        } else {
            "if this file is not a plan, leave it out; otherwise name the table's columns Focus Area, Actions, Lead, Evidence, Progress"
        };
        out.push(Finding::file(&RULE, crate::model::FileId::from_index(i), message).help(help));
    }
}

#[cfg(test)]
mod tests {
    use rust_xlsxwriter::Workbook;

    use crate::check::{Options, check};
    use crate::import::load;

    #[test]
    fn workbook_without_a_plan_table() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("budget.xlsx");
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet().set_name("Budget").unwrap();
        ws.write(0, 0, "Item").unwrap();
        ws.write(0, 1, "Cost").unwrap();
        wb.save(&path).unwrap();
        let findings = check(&load(&[path], &Default::default()), &Options::default());
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].rule.name, "no-plan-found");
        assert!(findings[0].message.contains("'Budget'"));
    }

    #[test]
    fn cover_sheet_before_the_plan_is_skipped_quietly() {
        let sheets = vec![
            crate::check::fixture::Sheet::priority(1)
                .row(&["1.1 Area", "A. Act", "Tim Moss", "Ev", "G", "G"]),
        ];
        let (_dir, path) = crate::check::fixture::write(sheets);
        // Rewrite with a cover sheet first.
        let loaded = load(std::slice::from_ref(&path), &Default::default());
        assert_eq!(loaded.inputs[0].plan_sheets, vec![0]);
        let mut wb = Workbook::new();
        wb.add_worksheet()
            .set_name("Contents")
            .unwrap()
            .write(0, 0, "SEND Written Statement of Action — monitoring")
            .unwrap();
        let plan = wb.add_worksheet().set_name("P1").unwrap();
        for cell in &loaded.inputs[0].workbook.as_ref().unwrap().sheets[0].cells {
            plan.write(
                cell.at.row,
                cell.at.col as u16,
                cell.value.display().as_ref(),
            )
            .unwrap();
        }
        wb.save(&path).unwrap();
        let loaded = load(&[path], &Default::default());
        assert_eq!(loaded.inputs[0].plan_sheets, vec![1]);
        assert!(
            check(&loaded, &Options::default())
                .iter()
                .all(|f| f.rule.name != "no-plan-found")
        );
    }
}
