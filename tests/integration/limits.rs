//! Bounded work on any file: zips that unzip to gigabytes, a shared string of
//! gigabytes, a thousand sheets on one part. Each file is a few megabytes,
//! built here; ragplan refuses it naming the file (exit code 2), within a
//! 2 GB address space, leaving the input as it was.

use std::io::Write;
use std::path::Path;

use predicates::prelude::*;
use rust_xlsxwriter::Workbook;

use crate::common::{Unchanged, bounded_ragplan, temp, temporary_files};

/// Writes one part's bytes into the zip being written.
type Writer<'a> = &'a dyn Fn(&mut dyn Write);

/// Writes a small plan workbook, then copies it to `out`, writing each part
/// of `parts` (streamed: it may be gigabytes) in place of the part of that
/// name, or after the others when there is none.
fn plan_with(out: &Path, parts: &[(&str, Writer<'_>)]) {
    let dir = temp();
    let small = dir.path().join("small.xlsx");
    let mut wb = Workbook::new();
    crate::hostile::plan(wb.add_worksheet().set_name("Priority 5").unwrap(), 0, "");
    wb.save(&small).unwrap();
    let mut archive = zip::ZipArchive::new(std::fs::File::open(&small).unwrap()).unwrap();
    let mut zip = zip::ZipWriter::new(std::fs::File::create(out).unwrap());
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let mut written = Vec::new();
    for i in 0..archive.len() {
        let entry = archive.by_index_raw(i).unwrap();
        let name = entry.name().unwrap().to_string();
        match parts.iter().find(|(n, _)| *n == name) {
            Some((_, write)) => {
                drop(entry);
                zip.start_file(name.as_str(), options).unwrap();
                write(&mut zip);
                written.push(name);
            }
            None => zip.raw_copy_file(entry).unwrap(),
        }
    }
    for (name, write) in parts
        .iter()
        .filter(|(n, _)| !written.iter().any(|w| w == n))
    {
        zip.start_file(*name, options).unwrap();
        write(&mut zip);
    }
    zip.finish().unwrap();
}

/// `n` bytes of `byte`, a mebibyte at a time.
fn repeat(out: &mut dyn Write, byte: u8, n: u64) {
    let chunk = vec![byte; 1 << 20];
    let mut left = n;
    while left > 0 {
        let k = left.min(chunk.len() as u64) as usize;
        out.write_all(&chunk[..k]).unwrap();
        left -= k as u64;
    }
}

const MAIN: &str = r#"xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main""#;

/// The part of a file written by `plan_with`, as text.
fn part_of(path: &Path, name: &str) -> String {
    crate::common::zip_part(path, name)
}

/// `check` of the file exits 2, saying it is unreadable and why, and
/// leaves it unchanged.
fn refused(path: &Path, why: &str) {
    let unchanged = Unchanged::new(&[path]);
    bounded_ragplan()
        .arg("check")
        .arg(path)
        .assert()
        .code(2)
        .stdout(predicate::str::contains("unreadable-file"))
        .stderr(predicate::str::contains(format!(
            "{}: {why}",
            path.display()
        )));
    unchanged.check();
}

/// A 1 MB xlsx whose sheet unzips to a gigabyte of spaces (the attack unzips
/// to 4 GiB: reading it took 40 s and 8 GB). ragplan inflates the part up to
/// its budget, 256 MiB, and stops; and `build` writes nothing.
#[test]
fn a_sheet_that_unzips_to_a_gigabyte_of_whitespace() {
    let dir = temp();
    let path = dir.path().join("spaces.xlsx");
    plan_with(
        &path,
        &[("xl/worksheets/sheet1.xml", &|out| {
            write!(out, "<worksheet {MAIN}><sheetData>").unwrap();
            repeat(out, b' ', 1 << 30);
            write!(out, "</sheetData></worksheet>").unwrap();
        })],
    );
    assert!(std::fs::metadata(&path).unwrap().len() < 2 << 20);
    refused(
        &path,
        "the xlsx file is too large to read (its part xl/worksheets/sheet1.xml unzips to more than 256 MiB, the most ragplan reads from one part; a plan's parts are a few MB)",
    );
    bounded_ragplan()
        .arg("build")
        .arg(&path)
        .arg("-o")
        .arg(dir.path().join("master.xlsx"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "spaces.xlsx: the xlsx file is too large",
        ));
    assert!(!dir.path().join("master.xlsx").exists());
    assert_eq!(temporary_files(dir.path()), Vec::<String>::new());
}

/// A 2 MB xlsx holding one shared string of 2 GiB: calamine reads the shared
/// strings whole when it opens a workbook, and under a memory limit the
/// allocation aborted the process. The part is over budget before calamine
/// is given the file.
#[test]
fn one_shared_string_of_two_gigabytes() {
    let dir = temp();
    let path = dir.path().join("string.xlsx");
    plan_with(
        &path,
        &[("xl/sharedStrings.xml", &|out| {
            write!(out, r#"<sst {MAIN} count="1" uniqueCount="1"><si><t>"#).unwrap();
            repeat(out, b'x', 2 << 30);
            write!(out, "</t></si></sst>").unwrap();
        })],
    );
    assert!(std::fs::metadata(&path).unwrap().len() < 4 << 20);
    refused(
        &path,
        "the xlsx file is too large to read (its part xl/sharedStrings.xml unzips to more than 256 MiB",
    );
}

/// A shared string of 8 MiB, within the part's budget: no cell holds that
/// much (Excel keeps 32,767 characters), and the reader would hold it
/// several times over, so it is refused before calamine reads it.
#[test]
fn one_shared_string_of_eight_megabytes() {
    let dir = temp();
    let path = dir.path().join("string.xlsx");
    plan_with(
        &path,
        &[("xl/sharedStrings.xml", &|out| {
            write!(out, r#"<sst {MAIN} count="1" uniqueCount="1"><si><t>"#).unwrap();
            repeat(out, b'x', 8 << 20);
            write!(out, "</t></si></sst>").unwrap();
        })],
    );
    refused(
        &path,
        "the xlsx file is too large to read (its part xl/sharedStrings.xml holds a single text or tag of 8388615 bytes, and a cell holds at most 32,767 characters)",
    );
}

/// A thousand `<sheet>` entries all pointing at the one worksheet part
/// (reading it a thousand times took 67 s): no spreadsheet application
/// writes that, so the file is refused as damaged, at once.
#[test]
fn a_thousand_sheets_on_one_part() {
    let dir = temp();
    let source = dir.path().join("source.xlsx");
    plan_with(&source, &[]);
    let workbook = part_of(&source, "xl/workbook.xml");
    let start = workbook.find("<sheets>").unwrap();
    let end = workbook.find("</sheets>").unwrap();
    let sheet = &workbook[start + 8..end];
    let rid = &sheet[sheet.find("r:id=\"").unwrap() + 6..];
    let rid = &rid[..rid.find('"').unwrap()];
    let sheets: String = (1..=1000)
        .map(|i| format!(r#"<sheet name="Sheet {i}" sheetId="{i}" r:id="{rid}"/>"#))
        .collect();
    let workbook = format!("{}<sheets>{sheets}{}", &workbook[..start], &workbook[end..]);
    let path = dir.path().join("thousand.xlsx");
    plan_with(
        &path,
        &[("xl/workbook.xml", &|out| {
            out.write_all(workbook.as_bytes()).unwrap()
        })],
    );
    refused(
        &path,
        "the xlsx file is damaged or incomplete (its sheets 'Sheet 1' and 'Sheet 2' are one and the same part (xl/worksheets/sheet1.xml), which no spreadsheet application writes)",
    );
}

/// More sheets than ragplan reads from a workbook (each its own part).
#[test]
fn more_sheets_than_a_workbook_may_have() {
    let dir = temp();
    let path = dir.path().join("many.xlsx");
    let mut wb = Workbook::new();
    crate::hostile::plan(wb.add_worksheet(), 0, "");
    for _ in 0..1000 {
        wb.add_worksheet();
    }
    wb.save(&path).unwrap();
    refused(
        &path,
        "the xlsx file is too large to read (it lists 1001 sheets; ragplan reads workbooks of up to 1000 sheets)",
    );
}

/// Parts that nothing reads still count: five of 250 MiB are more than a
/// workbook may unzip to.
#[test]
fn parts_that_unzip_past_the_workbook_budget() {
    let dir = temp();
    let path = dir.path().join("media.xlsx");
    let blob = |out: &mut dyn Write| repeat(out, 0, 250 << 20);
    plan_with(
        &path,
        &[
            ("xl/media/a.bin", &blob),
            ("xl/media/b.bin", &blob),
            ("xl/media/c.bin", &blob),
            ("xl/media/d.bin", &blob),
            ("xl/media/e.bin", &blob),
        ],
    );
    assert!(std::fs::metadata(&path).unwrap().len() < 4 << 20);
    refused(
        &path,
        "the xlsx file is too large to read (its parts unzip to more than 1024 MiB between them, the most ragplan reads from one workbook)",
    );
}

/// The zip's directory may lie about a part's size: here it says 1,000
/// bytes for a sheet of 300 MiB. The zip reader stops there with an error,
/// and ragplan names the damaged part (had it read on, the budget would
/// have stopped it).
#[test]
fn a_part_whose_declared_size_lies() {
    let dir = temp();
    let path = dir.path().join("liar.xlsx");
    plan_with(
        &path,
        &[("xl/worksheets/sheet1.xml", &|out| {
            write!(out, "<worksheet {MAIN}><sheetData>").unwrap();
            repeat(out, b' ', 300 << 20);
            write!(out, "</sheetData></worksheet>").unwrap();
        })],
    );
    let mut bytes = std::fs::read(&path).unwrap();
    let name = b"xl/worksheets/sheet1.xml";
    // The uncompressed size in the entry's local header (at offset 22) and
    // in its central directory record (at 24).
    let mut patched = 0;
    for (signature, size_at, name_at) in [(b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)] {
        let mut at = 0;
        while let Some(i) = memchr::memmem::find(&bytes[at..], signature) {
            let h = at + i;
            if bytes[h + name_at..].starts_with(name) {
                bytes[h + size_at..h + size_at + 4].copy_from_slice(&1000u32.to_le_bytes());
                patched += 1;
            }
            at = h + 4;
        }
    }
    assert_eq!(patched, 2);
    std::fs::write(&path, &bytes).unwrap();
    refused(
        &path,
        "the xlsx file is damaged or incomplete (its part xl/worksheets/sheet1.xml is damaged: File is larger than its declared uncompressed size)",
    );
}

/// A zip listing 70,000 empty parts (past 65,535, so its count is in the
/// zip64 record): each reader parses the whole list when it opens the
/// file, and a 256 MiB file can list millions. Refused from the count
/// before the list is parsed.
#[test]
fn a_zip_of_seventy_thousand_parts() {
    let dir = temp();
    let source = dir.path().join("source.xlsx");
    plan_with(&source, &[]);
    let path = dir.path().join("parts.xlsx");
    let mut archive = zip::ZipArchive::new(std::fs::File::open(&source).unwrap()).unwrap();
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
    for i in 0..archive.len() {
        zip.raw_copy_file(archive.by_index_raw(i).unwrap()).unwrap();
    }
    // Stored: an empty deflated entry costs a compressor's set-up each.
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for i in 0..70_000 {
        zip.start_file(format!("x/{i}"), stored).unwrap();
    }
    zip.finish().unwrap();
    refused(
        &path,
        "the zip file is too large to read (it holds 70010 parts; ragplan reads workbooks of up to 10000, and a plan's has dozens)",
    );
}
