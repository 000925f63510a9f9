//! STR002 no-plan-found

use crate::check::{Context, Family, Finding, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "STR002",
    name: "no-plan-found",
    family: Family::Structure,
    severity: Severity::Warning,
    corrected_by_build: false,
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

When a sheet has a table that is nearly a plan's, the finding points at its header row, says which of its
columns ragplan recognised and which it lacks, and — judging the other columns by what their cells hold
(sentences are actions, names are leads, codes are statuses, dates are target dates) — gives the exact
`[headers]` lines of `ragplan.toml` that would make it read (`ragplan init --from FILE` writes them).

## Bad
A sheet whose table starts `No | What we are doing | Champion | Rating | Comments`.

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
        let file = crate::model::FileId::from_index(i);
        if let Some(miss) = &input.near_miss {
            out.push(near_miss(cx, file, input, miss));
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
        out.push(Finding::file(&RULE, file, message).help(help));
    }
}

/// The finding for a workbook with a table ragplan nearly read: where it
/// is, what ragplan recognised, what it lacks, and the `ragplan.toml` lines
/// that would make it read.
fn near_miss(
    cx: &Context<'_>,
    file: crate::model::FileId,
    input: &crate::import::Input,
    miss: &crate::import::nearest::NearMiss,
) -> Finding {
    use crate::import::header::{Column, SUPPORTING};
    let shown: Vec<String> = miss
        .headers
        .iter()
        .map(|h| h.chars().take(30).collect::<String>())
        .collect();
    let recognised: Vec<String> = miss
        .recognised
        .iter()
        .map(|(c, text)| format!("`{text}` as {}", c.describe()))
        .collect();
    let has = |k: Column| miss.recognised.iter().any(|(c, _)| *c == k);
    let mut lacks = Vec::new();
    if !has(Column::Action) {
        lacks.push("a column of actions".to_string());
    }
    let supporting = SUPPORTING.iter().filter(|k| has(**k)).count();
    if supporting < 2 {
        lacks.push(format!(
            "{} more of: the lead, the status (RAG), the update notes, the evidence of impact, the focus area, the target date",
            2 - supporting
        ));
    }
    let sheet = cx.plan.sheet_name_at(file, miss.sheet);
    let message = format!(
        "no plan table found: the nearest is the table at {} (`{}`); ragplan recognised {}, but not {}",
        crate::report::sheet_cell(sheet, miss.at),
        shown.join(" | "),
        if recognised.is_empty() {
            "none of its columns".to_string()
        } else {
            recognised.join(", ")
        },
        lacks.join(", nor ")
    );
    let help = if miss.would_read() {
        let which: Vec<String> = miss
            .suggestions
            .iter()
            .map(|(c, text)| format!("`{text}` holds {}", c.describe()))
            .collect();
        format!(
            "if {}, put these lines in ragplan.toml (`ragplan init --from {}` writes them):\n{}",
            which.join(" and "),
            input.name,
            miss.toml_lines().trim_end()
        )
    } else {
        "if this is a plan, give its columns headers ragplan knows (Action, Lead, RAG, Update), or name them under [headers] in ragplan.toml".to_string()
    };
    Finding::at(
        &RULE,
        crate::model::Source {
            file,
            sheet: miss.sheet,
            cell: miss.at,
        },
        message,
    )
    .help(help)
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

    /// A tracker whose action and lead columns have headers of the area's
    /// own: the finding is at its header row, says what was recognised and
    /// gives the lines that make it read — and with them, it reads.
    #[test]
    fn a_table_it_nearly_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tracker.xlsx");
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet().set_name("Tracker").unwrap();
        let rows: [[&str; 5]; 4] = [
            ["No", "What we are doing", "Champion", "Rating", "Comments"],
            [
                "1",
                "Publish the SEND strategy with families",
                "Jo Bloggs",
                "G",
                "Jan 23: published",
            ],
            [
                "2",
                "Audit ten EHC plans a month",
                "Head of SEND",
                "A",
                "Feb 23: first audit",
            ],
            [
                "3",
                "Train SENCOs in the graduated response",
                "",
                "R",
                "Delayed by sickness",
            ],
        ];
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                if !v.is_empty() {
                    ws.write(r as u32 + 2, c as u16, *v).unwrap();
                }
            }
        }
        wb.save(&path).unwrap();
        let findings = check(
            &load(std::slice::from_ref(&path), &Default::default()),
            &Options::default(),
        );
        assert_eq!(findings.len(), 1, "{findings:?}");
        let f = &findings[0];
        assert_eq!(
            (f.sheet, f.cell.map(|c| c.to_string())),
            (Some(0), Some("A3".into()))
        );
        assert!(
            f.message
                .contains("'Tracker'!A3 (`No | What we are doing | Champion | Rating | Comments`)")
                && f.message.contains("`Rating` as the status (RAG)")
                && f.message.contains("but not a column of actions"),
            "{}",
            f.message
        );
        assert!(
            f.help
                .as_deref()
                .unwrap()
                .ends_with("[headers]\naction = [\"What we are doing\"]\nlead = [\"Champion\"]"),
            "{:?}",
            f.help
        );
        // With those lines, the table is the plan, and the empty lead is found.
        let options = Options {
            synonyms: crate::import::header::Synonyms::new([
                (
                    "What we are doing".to_string(),
                    crate::import::header::Column::Action,
                ),
                ("Champion".to_string(), crate::import::header::Column::Lead),
            ]),
            ..Options::default()
        };
        let loaded = crate::import::load_with(&[path], &options.scheme, &options.synonyms);
        let rules: Vec<&str> = check(&loaded, &options)
            .iter()
            .map(|f| f.rule.name)
            .collect();
        assert_eq!(rules, ["missing-lead"]);
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
