//! STR001 unreadable-file

use crate::check::{Context, Family, Finding, Rule, Severity};
use crate::import::ReadError;
use crate::model::FileId;

pub static RULE: Rule = Rule {
    code: "STR001",
    name: "unreadable-file",
    family: Family::Structure,
    severity: Severity::Error,
    corrected_by_build: false,
    summary: "The file is not a spreadsheet, is damaged, or is password-protected",
    explanation: r#"## What it does
Reports a file ragplan could not open: an empty file, a CSV or text file renamed `.xlsx`, a damaged or
truncated workbook, a password-protected workbook, or a format ragplan does not read. The format is
told by the file's content, not its name, so an `.xls` saved as `.xlsx` is still read.

## Why it matters to an officer
A workbook that cannot be read is a workbook nobody checked. `ragplan check` exits with code 2 so that a
script or a colleague notices, rather than reporting "no problems" for a file it never saw.

## Bad
`monitoring.xlsx` is really a CSV export renamed by hand, or it was saved with "Encrypt with password".

## Good
Open the file in Excel or LibreOffice and save it as an Excel workbook (`.xlsx`) without a password.
"#,
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for (i, input) in cx.loaded.inputs.iter().enumerate() {
        if let Err(e) = &input.workbook {
            let help = match e {
                ReadError::Password => {
                    "remove the password (File › Info › Protect Workbook) and save a copy"
                }
                ReadError::NotSpreadsheet(_) | ReadError::Empty | ReadError::TooLarge { .. } => {
                    "open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx)"
                }
                ReadError::Corrupt { .. } => {
                    "open it in Excel (which offers to repair it) and save a new copy"
                }
                ReadError::Io(_) => "check the file exists and that you may read it",
                ReadError::ReaderPanic(_) => {
                    "save the file again from Excel; if that does not help, report it"
                }
            };
            out.push(
                Finding::file(
                    &RULE,
                    FileId::from_index(i),
                    format!("cannot read {}: {e}", input.name),
                )
                .help(help),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::{Options, check};
    use crate::import::load;

    #[test]
    fn text_file_renamed_xlsx_is_unreadable() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.xlsx");
        std::fs::write(&path, "Focus Area,Actions,Lead\n1.1,A. Do it,Tim Moss\n").unwrap();
        let loaded = load(std::slice::from_ref(&path), &Default::default());
        let findings = check(&loaded, &Options::default());
        assert_eq!(findings.len(), 1);
        let f = &findings[0];
        assert_eq!(
            (f.rule.name, f.sheet, f.cell),
            ("unreadable-file", None, None)
        );
        assert!(
            f.message.contains("plan.xlsx") && f.message.contains("text file"),
            "{}",
            f.message
        );
    }
}
