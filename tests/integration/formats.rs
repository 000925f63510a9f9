//! The same plan saved by another producer (LibreOffice, as .ods and .xls)
//! gives the same findings at the same cells.

use std::path::PathBuf;

use crate::common::{places, run};

#[test]
fn libreoffice_copies_match_the_xlsx() {
    for sample in [
        "priority-1",
        "priority-2",
        "priority-7",
        "written-statement",
        "implementation-plan",
    ] {
        let (loaded, findings) = run(&[PathBuf::from(format!("samples/{sample}.xlsx"))]);
        let xlsx = places(&loaded, &findings);
        for ext in ["ods", "xls"] {
            let path = PathBuf::from(format!("tests/fixtures/libreoffice/{sample}.{ext}"));
            let (loaded, findings) = run(std::slice::from_ref(&path));
            assert!(loaded.inputs[0].workbook.is_ok(), "{}", path.display());
            assert_eq!(places(&loaded, &findings), xlsx, "{}", path.display());
        }
    }
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
