//! Whatever colleagues send: never a panic, a hang or a partial output; a
//! finding or a clear error naming the file (exit code 2).

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;
use rust_xlsxwriter::{Chart, ChartType, Formula, Image, Workbook, Worksheet};

use crate::common::temp;

#[path = "../../benches/support/plan_generator.rs"]
pub(crate) mod plan_generator;

/// Every hostile case runs under the memory limit and hang guard.
fn ragplan() -> Command {
    crate::common::bounded_ragplan()
}

/// A small plan table from row `top` (0-based).
pub(crate) fn plan(ws: &mut Worksheet, top: u32, notes: &str) {
    crate::common::monitoring_head(
        ws,
        top,
        "Priority 5: Transitions are weak.",
        &["Dec-19", "Jan-20"],
        &["Sub Group Action to date"],
    );
    crate::common::write_rows(
        ws,
        top + 4,
        &[
            [
                "5.1 Transition",
                "A. Write guidance",
                "Julia Anderson",
                "Published",
                "A",
                "G",
            ],
            ["", "B. Publish it", "N/A", "On the Local Offer", "G", "G"],
        ],
    );
    for r in 0..2 {
        ws.write(top + 4 + r, 6, notes).unwrap();
    }
}

/// `ragplan build` of one file succeeds.
fn builds(path: &Path, out: &Path) {
    ragplan()
        .arg("build")
        .arg(path)
        .arg("-o")
        .arg(out)
        .assert()
        .success();
    crate::common::assert_valid_xlsx(out);
}

fn short(path: &Path) -> (i32, String) {
    let out = ragplan()
        .args(["check", "--format", "short"])
        .arg(path)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
    )
}

#[test]
fn a_sheet_that_claims_a_million_rows() {
    // A1 and XFD1048576: a dense read would try to allocate 512 GiB and abort.
    let dir = temp();
    let path = dir.path().join("huge.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    plan(ws, 0, "");
    ws.write(1_048_575, 16_383, "x").unwrap();
    wb.save(&path).unwrap();
    let (code, text) = short(&path);
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("'Sheet1'!C6: error[LEAD001]"), "{text}");
    builds(&path, &dir.path().join("master.xlsx"));
}

#[test]
fn long_cells_formula_errors_images_and_charts() {
    let dir = temp();
    let path = dir.path().join("busy.xlsx");
    let long = "SEE 6H ".to_string() + &"x".repeat(32_767 - 7);
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("Priority 5").unwrap();
    plan(ws, 0, &long);
    ws.write_formula(4, 7, Formula::new("=#REF!+1").set_result("#REF!"))
        .unwrap();
    let mut chart = Chart::new(ChartType::Column);
    chart.add_series().set_values(("Priority 5", 4, 0, 5, 0));
    ws.insert_chart(10, 1, &chart).unwrap();
    // A 1×1 PNG.
    let png: &[u8] = &[
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0,
        0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89, 0, 0, 0, 0x0D, 0x49, 0x44,
        0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0xF0, 0x1F, 0, 5, 0, 1, 0xFF, 0x89, 0x99,
        0x3D, 0x1D, 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ];
    ws.insert_image(12, 3, &Image::new_from_buffer(png).unwrap())
        .unwrap();
    wb.save(&path).unwrap();
    let (code, text) = short(&path);
    assert_eq!(code, 1);
    assert!(
        text.contains("'Priority 5'!H5: error[STR003] formula-error"),
        "{text}"
    );
    assert!(text.contains("'Priority 5'!G5: info[XREF002]"), "{text}");
    builds(&path, &dir.path().join("master.xlsx"));
}

#[test]
fn the_plan_on_sheet_nine() {
    let dir = temp();
    let path = dir.path().join("late.xlsx");
    let mut wb = Workbook::new();
    for i in 1..=8 {
        let ws = wb.add_worksheet().set_name(format!("Notes {i}")).unwrap();
        ws.write(0, 0, format!("Meeting notes {i}")).unwrap();
        ws.write(1, 1, "Actions agreed: see the plan").unwrap();
    }
    plan(wb.add_worksheet().set_name("Plan").unwrap(), 5, "");
    wb.save(&path).unwrap();
    let (code, text) = short(&path);
    assert_eq!(code, 1);
    assert_eq!(
        text.lines().collect::<Vec<_>>(),
        [format!(
            "{}:'Plan'!C11: error[LEAD001] missing-lead: action B has no lead: `N/A` names nobody",
            path.display()
        )]
    );
}

#[test]
fn two_thousand_rows() {
    let dir = temp();
    let path = dir.path().join("big.xlsx");
    plan_generator::write_plan(&path, 2_000).unwrap();
    let out = ragplan()
        .args(["check", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(json["findings"].as_array().unwrap().len() > 100);
}

#[test]
fn a_file_that_vanished() {
    // A link to a file that is gone: listed in the folder, unreadable when opened.
    let dir = temp();
    std::os::unix::fs::symlink(dir.path().join("gone.xlsx"), dir.path().join("plan.xlsx")).unwrap();
    std::fs::copy(
        "samples/priority-1.xlsx",
        dir.path().join("priority-1.xlsx"),
    )
    .unwrap();
    ragplan()
        .arg("check")
        .arg(dir.path())
        .assert()
        .code(2)
        .stdout(predicate::str::contains("unreadable-file"))
        .stderr(predicate::str::contains("plan.xlsx: cannot open the file"));
}

#[test]
fn an_output_folder_that_is_a_file() {
    let dir = temp();
    let file = dir.path().join("not-a-folder");
    std::fs::write(&file, "").unwrap();
    ragplan()
        .args(["build", "samples/priority-1.xlsx", "-o"])
        .arg(file.join("master.xlsx"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot write"));
}

/// Found by `cargo fuzz run import`: a CFB file on which calamine's reader
/// panics (an out-of-range slice in cfb.rs). It was reached before the
/// containment boundary; now it is an unreadable file, quietly.
#[test]
fn a_malformed_xls_that_made_the_reader_panic() {
    ragplan()
        .args(["check", "tests/fixtures/fuzz/cfb-slice-panic.xls"])
        .assert()
        .code(2)
        .stdout(predicate::str::contains("unreadable-file"))
        .stderr(
            predicate::str::contains(
                "cfb-slice-panic.xls: the spreadsheet reader failed on this file",
            )
            .and(predicate::str::contains("panicked").not()),
        );
}

/// Found by fuzzing: damaged .xls files whose cells (or DIMENSIONS record)
/// claim a sheet of billions of cells. calamine would build a dense grid of
/// that size at open and the allocation would abort the process; ragplan
/// walks the BIFF records first and refuses the file. The third also has a
/// damaged directory entry (a name 37,542 bytes long) that calamine reads
/// past: the guard once used a stricter reader, gave up on it, and let
/// calamine spend 14 s and 9 GB on it.
#[test]
fn a_malformed_xls_claiming_billions_of_cells() {
    for (file, span) in [
        ("xls-huge-dimensions.xls", "25135 rows × 28266 columns"),
        (
            "xls-cells-beyond-the-format.xls",
            "65521 rows × 63736 columns",
        ),
        (
            "xls-damaged-directory-entry.xls",
            "63792 rows × 2307 columns",
        ),
    ] {
        ragplan()
            .args(["check", &format!("tests/fixtures/fuzz/{file}")])
            .assert()
            .code(2)
            .stdout(predicate::str::contains("unreadable-file"))
            .stderr(predicate::str::contains(format!(
                "{file}: the xls file is damaged or incomplete (a sheet's cells span {span}, more than an .xls sheet can hold)"
            )));
    }
}

/// A few kilobytes of .ods can repeat a value down 100,000 rows and across
/// 200 columns (a formula dragged to the bottom does it); calamine expands
/// that into a dense grid of 20 million cells at open (29 s, 4.4 GB; more
/// aborts). ragplan counts the repeats first and says what to do instead.
#[test]
fn an_ods_repeating_a_value_over_millions_of_cells() {
    use std::io::{Read, Write};
    let dir = temp();
    let path = dir.path().join("repeated.ods");
    let source = "tests/fixtures/libreoffice/priority-1.ods";
    let mut src = zip::ZipArchive::new(std::fs::File::open(source).unwrap()).unwrap();
    let mut out = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
    for i in 0..src.len() {
        let mut entry = src.by_index(i).unwrap();
        let name = entry.name().unwrap().to_string();
        let mut data = String::new();
        entry.read_to_string(&mut data).ok();
        if name == "content.xml" {
            // Just before the sheet's trailing padding rows.
            let padding = data.find(r#"table:number-rows-repeated="1048"#).unwrap();
            let at = data[..padding].rfind("<table:table-row").unwrap();
            data.insert_str(
                at,
                r#"<table:table-row table:number-rows-repeated="100000"><table:table-cell table:number-columns-repeated="200" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>"#,
            );
        }
        let method = if name == "mimetype" {
            zip::CompressionMethod::Stored
        } else {
            zip::CompressionMethod::Deflated
        };
        out.start_file(
            name,
            zip::write::SimpleFileOptions::default().compression_method(method),
        )
        .unwrap();
        out.write_all(data.as_bytes()).unwrap();
    }
    out.finish().unwrap();
    assert!(std::fs::metadata(&path).unwrap().len() < 100_000);
    ragplan()
        .arg("check")
        .arg(&path)
        .assert()
        .code(2)
        .stdout(predicate::str::contains("unreadable-file"))
        .stderr(predicate::str::contains(
            "repeated.ods: the ods file is too large to read (a sheet spans 20003200 cells once repeated cells are expanded; ragplan reads at most 4000000 from an .ods file: save it as .xlsx)",
        ));
}

/// Writes `path`: the small plan on sheet `Priority 5`, then a sheet
/// `Data N` for each entry of `rows`, holding that many rows of 200 numbers.
/// The data sheets' XML is written straight into the zip (rust_xlsxwriter
/// would take minutes over millions of cells), where a repeated cell
/// compresses a thousandfold: a file of a few hundred kilobytes.
fn with_data_sheets(path: &Path, rows: &[u32]) {
    use std::io::Write;
    let dir = temp();
    let small = dir.path().join("small.xlsx");
    let mut wb = Workbook::new();
    plan(wb.add_worksheet().set_name("Priority 5").unwrap(), 0, "");
    for i in 1..=rows.len() {
        wb.add_worksheet()
            .set_name(format!("Data {i}"))
            .unwrap()
            .write(0, 0, 1)
            .unwrap();
    }
    wb.save(&small).unwrap();
    let mut archive = zip::ZipArchive::new(std::fs::File::open(&small).unwrap()).unwrap();
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(false);
    let row = format!("<row>{}</row>", "<c><v>1</v></c>".repeat(200));
    for i in 0..archive.len() {
        let entry = archive.by_index_raw(i).unwrap();
        let name = entry.name().unwrap().to_string();
        let data_sheet =
            (0..rows.len()).find(|k| name == format!("xl/worksheets/sheet{}.xml", k + 2));
        match data_sheet {
            Some(k) => {
                drop(entry);
                zip.start_file(name, options).unwrap();
                zip.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#).unwrap();
                for _ in 0..rows[k] {
                    zip.write_all(row.as_bytes()).unwrap();
                }
                zip.write_all(b"</sheetData></worksheet>").unwrap();
            }
            None => zip.raw_copy_file(entry).unwrap(),
        }
    }
    zip.finish().unwrap();
    assert!(std::fs::metadata(path).unwrap().len() < 2_000_000);
}

/// A data sheet of 2 million cells beside the plan (an export, a pupil
/// list): skipped with a finding, and the plan still checked and built.
#[test]
fn a_data_sheet_of_millions_of_cells_beside_the_plan() {
    let dir = temp();
    let path = dir.path().join("with-data.xlsx");
    with_data_sheets(&path, &[10_300]);
    let (code, text) = short(&path);
    assert_eq!(code, 1, "{text}");
    assert!(
        text.contains("'Data 1'!A1: warning[STR010] sheet-too-large: sheet 'Data 1' holds more than 2000000 cells"),
        "{text}"
    );
    assert!(text.contains("'Priority 5'!C6: error[LEAD001]"), "{text}");
    builds(&path, &dir.path().join("master.xlsx"));
}

/// Sheets of 1.4 million cells each, 4.2 million between them: more than
/// ragplan keeps from a workbook. It stops reading there and says so,
/// instead of growing its grid until memory runs out.
#[test]
fn an_xlsx_that_unzips_to_millions_of_cells() {
    let dir = temp();
    let path = dir.path().join("bomb.xlsx");
    with_data_sheets(&path, &[7_000, 7_000, 7_000]);
    ragplan()
        .arg("check")
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "bomb.xlsx: the xlsx file is too large to read (its sheets hold",
        ))
        .stderr(predicate::str::contains(
            "ragplan reads at most 4000000 cells from a workbook",
        ));
}

/// Found by fuzzing the workbook XML (`fuzz/fuzz_targets/xml.rs`): .ods
/// files whose content.xml ends inside a sheet (the second also has cells
/// outside any sheet, which once hid that from the guard). calamine reads a
/// sheet until its closing tag and looped for ever; ragplan sees the sheet
/// never closes.
#[test]
fn an_ods_whose_sheet_never_closes() {
    for (file, sheet) in [
        ("ods-sheet-never-closed.ods", "Implementation plan"),
        ("ods-cells-outside-a-sheet.ods", "Priority 1"),
    ] {
        ragplan()
            .args(["check", &format!("tests/fixtures/fuzz/{file}")])
            .timeout(std::time::Duration::from_secs(60))
            .assert()
            .code(2)
            .stderr(predicate::str::contains(format!(
                "{file}: the ods file is damaged or incomplete (its content.xml ends inside sheet `{sheet}`, which is never closed)"
            )));
    }
}

/// Control characters in a sheet name, the title, cells and a lead (Excel
/// writes them `_x0007_`; a paste from a terminal brings ESC), and emoji
/// in a name longer than a sheet name may be: the master is valid XML part
/// by part (it was not, and Excel could not open it), its sheet names fit
/// Excel's count (UTF-16 units), and the text keeps every character, the
/// controls shown as their symbols.
#[test]
fn control_characters_and_emoji_never_make_an_invalid_master() {
    let dir = temp();
    let path = dir.path().join("controls.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    // rust_xlsxwriter writes the name as given.
    ws.set_name("P5 \u{7}bell\u{1b}c").unwrap();
    crate::common::monitoring_head(
        ws,
        0,
        "Priority 5: Transitions \u{1b}[31mare weak\u{7}.",
        &["Dec-19", "Jan-20"],
        &["Sub Group Action to date"],
    );
    crate::common::write_rows(
        ws,
        4,
        &[
            [
                "5.1 Transition\u{b}",
                "A. Write \u{1}guidance",
                "Julia \u{7}Anderson",
                "Published\u{c}",
                "A",
                "G\u{1b}",
            ],
            [
                "",
                "B. Publish it \u{1f}",
                "Tim Moss",
                "On the Local Offer",
                "G",
                "G",
            ],
        ],
    );
    wb.save(&path).unwrap();
    // A section of the implementation plan named with emoji: its master
    // sheet is named after it, cut to 31 characters as Excel counts them
    // (an emoji is two; counted as one, the build failed naming no input).
    let sections = dir.path().join("sections.xlsx");
    crate::common::edit_part(
        Path::new("samples/implementation-plan.xlsx"),
        &sections,
        "xl/sharedStrings.xml",
        |xml| {
            xml.replace(
                ">Transport<",
                ">Transport 🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂 and travel<",
            )
        },
    );
    let out = dir.path().join("master.xlsx");
    ragplan()
        .arg("build")
        .arg(&path)
        .arg(&sections)
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    crate::common::assert_valid_xlsx(&out);
    use calamine::Reader;
    let mut master: calamine::Xlsx<_> = calamine::open_workbook(&out).unwrap();
    let names = master.sheet_names();
    assert!(
        names.contains(&"Transport 🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂".to_string()),
        "{names:?}"
    );
    for name in &names {
        assert!(name.encode_utf16().count() <= 31, "{name}");
        assert!(!name.chars().any(char::is_control), "{name:?}");
    }
    let p5 = master.worksheet_range("Priority 5").unwrap();
    let text: Vec<String> = p5.cells().map(|(_, _, v)| v.to_string()).collect();
    assert!(
        text.iter().any(|t| t == "A. Write \u{2401}guidance"),
        "{text:?}"
    );
    assert!(
        text.iter().any(|t| t == "Julia \u{2407}Anderson"),
        "{text:?}"
    );
    // The master is valid input again.
    builds(&out, &dir.path().join("again.xlsx"));
}

/// `-o` naming a folder, a device or a named pipe is refused, `--force` or
/// not, for every command that writes: as root, `--force -o /dev/null`
/// replaced the device with a file. (The device here is a link to
/// /dev/null in a temporary folder, so that a failure of this test could
/// only ever replace the link.)
#[test]
fn outputs_that_are_not_files_are_refused_even_with_force() {
    let dir = temp();
    let folder = dir.path().join("folder.xlsx");
    std::fs::create_dir(&folder).unwrap();
    let device = dir.path().join("null.xlsx");
    std::os::unix::fs::symlink("/dev/null", &device).unwrap();
    let pipe = dir.path().join("pipe.xlsx");
    crate::common::fifo(&pipe);
    for (out, kind) in [
        (&folder, "a folder"),
        (&device, "a device"),
        (&pipe, "a named pipe (FIFO)"),
    ] {
        let commands: [&[&str]; 3] = [
            &["build", "samples/priority-1.xlsx"],
            &["template"],
            &["diff", "samples/priority-1.xlsx", "samples/priority-1.xlsx"],
        ];
        for command in commands {
            for force in [false, true] {
                crate::common::bounded_ragplan()
                    .args(command)
                    .args(force.then_some("--force"))
                    .arg("-o")
                    .arg(out)
                    .assert()
                    .code(2)
                    .stderr(predicate::str::contains(format!(
                        "{} is {kind}, not a file",
                        out.display()
                    )));
            }
        }
    }
    assert!(folder.is_dir());
    assert!(
        std::fs::symlink_metadata(&device)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::metadata(&pipe).unwrap().file_type().is_fifo());
    assert_eq!(
        crate::common::temporary_files(dir.path()),
        Vec::<String>::new()
    );
}

/// Standard error that cannot be written (`2>/dev/full`) ends the run
/// with exit code 2, not a panic (101); standard output closed early stays
/// a success.
#[test]
fn a_standard_error_that_cannot_be_written_is_exit_2() {
    let full = || {
        std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap()
    };
    for args in [
        &["check", "no-such-file.xlsx"][..],
        &["check", "tests/fixtures/fuzz/cfb-slice-panic.xls"],
        &["explain", "RAG999"],
        &["build", "samples", "-o", "/no/such/folder/master.xlsx"],
    ] {
        let status = std::process::Command::new(assert_cmd::cargo::cargo_bin!("ragplan"))
            .args(args)
            .stdout(std::process::Stdio::null())
            .stderr(full())
            .status()
            .unwrap();
        assert_eq!(status.code(), Some(2), "{args:?}");
    }
    // Nothing to say on standard error: the check's own exit code.
    let status = std::process::Command::new(assert_cmd::cargo::cargo_bin!("ragplan"))
        .args(["check", "samples/priority-1.xlsx"])
        .stdout(std::process::Stdio::null())
        .stderr(full())
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(1));
}
