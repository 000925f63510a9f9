//! Helpers: run ragplan on workbooks, and rewrite a workbook with its cells
//! moved, columns inserted, sheets added or reordered.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use ragplan::check::{Finding, Options, check};
use ragplan::import::grid::{Sheet, Value};
use ragplan::import::{Loaded, load, read::read_workbook};
use ragplan::model::Scheme;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

pub const SAMPLES: [&str; 3] = [
    "samples/priority-1.xlsx",
    "samples/priority-2.xlsx",
    "samples/priority-7.xlsx",
];

/// The master's Findings sheet header, as written.
pub const FINDINGS_HEADER: [&str; 12] = [
    "Severity",
    "Code",
    "Rule",
    "Cell in this master",
    "About",
    "Found in",
    "Field",
    "Value found",
    "Message",
    "What to write",
    "Status",
    "Comment",
];

pub fn sample_paths() -> Vec<PathBuf> {
    SAMPLES.iter().map(PathBuf::from).collect()
}

pub fn run(paths: &[PathBuf]) -> (Loaded, Vec<Finding>) {
    let loaded = load(paths, &Scheme::default());
    let findings = check(&loaded, &Options::default());
    (loaded, findings)
}

/// (rule name, sheet name, cell) of every finding.
pub type Place = (String, String, String);

pub fn places(loaded: &Loaded, findings: &[Finding]) -> BTreeSet<Place> {
    findings
        .iter()
        .map(|f| {
            let sheet = f
                .sheet
                .map(|s| loaded.plan.sheet_name_at(f.file, s).to_string())
                .unwrap_or_default();
            (
                f.rule.name.to_string(),
                sheet,
                f.cell.map(|c| c.to_string()).unwrap_or_default(),
            )
        })
        .collect()
}

pub fn place(rule: &str, sheet: &str, cell: &str) -> Place {
    (rule.into(), sheet.into(), cell.into())
}

/// How to rewrite a workbook.
#[derive(Clone, Default)]
pub struct Transform {
    pub rows_down: u32,
    pub cols_right: u16,
    /// Insert a column before this (original) column: header text, value in action rows.
    pub insert_column: Option<(u16, &'static str, &'static str)>,
    /// Write date cells as text labels (`Dec-19`).
    pub dates_as_text: bool,
    /// Write the value of every merge into each of its cells instead of merging.
    pub unmerge_repeating: bool,
    /// Rename the plan sheets.
    pub rename: Option<fn(&str) -> String>,
}

impl Transform {
    pub fn cell(&self, row: u32, col: u16) -> (u32, u16) {
        let shifted = match self.insert_column {
            Some((at, ..)) if col >= at => col + 1,
            _ => col,
        };
        (row + self.rows_down, shifted + self.cols_right)
    }

    /// Maps an A1 reference of the original to the rewritten workbook.
    pub fn a1(&self, a1: &str) -> String {
        let c = ragplan::model::CellRef::parse(a1).expect("a1");
        let (r, col) = self.cell(c.row, c.col as u16);
        ragplan::model::CellRef::new(r, u32::from(col)).to_string()
    }

    pub fn sheet_name(&self, name: &str) -> String {
        self.rename.map_or_else(|| name.to_string(), |f| f(name))
    }
}

/// Writes the sheets of several workbooks, each transformed, into one new
/// workbook, after optional cover sheets, in the order given.
pub fn rewrite(sources: &[&Path], out: &Path, t: &Transform, cover: bool) {
    let mut wb = Workbook::new();
    if cover {
        let ws = wb.add_worksheet().set_name("Contents").unwrap();
        ws.write(0, 0, "SEND Written Statement of Action: termly monitoring")
            .unwrap();
        ws.write(2, 0, "Contents").unwrap();
        ws.write(3, 0, "Each priority has its own sheet.").unwrap();
        let lists = wb.add_worksheet().set_name("Lists").unwrap();
        for (i, code) in ["B", "G", "A", "R", "Grey"].iter().enumerate() {
            lists.write(i as u32, 0, *code).unwrap();
        }
        lists.set_hidden(true);
    }
    for src in sources {
        let book = read_workbook(src).expect("readable source");
        for sheet in &book.sheets {
            write_sheet(&mut wb, sheet, t);
        }
    }
    wb.save(out).unwrap();
}

fn write_sheet(wb: &mut Workbook, sheet: &Sheet, t: &Transform) {
    let ws = wb
        .add_worksheet()
        .set_name(t.sheet_name(&sheet.name))
        .unwrap();
    let date = Format::new().set_num_format("mmm-yy");
    let header_rows: Vec<u32> = sheet
        .cells
        .iter()
        .filter(|c| matches!(&c.value, Value::Text(s) if s == "Focus Area (Intent)"))
        .map(|c| c.at.row)
        .collect();
    let covered = |row: u32, col: u32| {
        sheet.merges.iter().any(|m| {
            m.contains(ragplan::model::CellRef::new(row, col))
                && m.first != ragplan::model::CellRef::new(row, col)
        })
    };
    for cell in &sheet.cells {
        if covered(cell.at.row, cell.at.col) {
            continue;
        }
        let (r, c) = t.cell(cell.at.row, cell.at.col as u16);
        let mut format = Format::new().set_text_wrap();
        if let Some(fill) = cell.fill {
            format = format.set_background_color(fill.0);
        }
        let merge = sheet.merges.iter().find(|m| m.first == cell.at);
        let text = cell.value.display().into_owned();
        match (merge, &cell.value) {
            (Some(m), _) if !t.unmerge_repeating => {
                let (r2, c2) = t.cell(m.last.row, m.last.col as u16);
                ws.merge_range(r, c, r2, c2, &text, &format).unwrap();
            }
            (Some(m), _) => {
                // Officers who do not merge repeat the text on every row.
                for row in m.first.row..=m.last.row {
                    for col in m.first.col..=m.last.col {
                        let (rr, cc) = t.cell(row, col as u16);
                        if col == m.first.col {
                            ws.write_string_with_format(rr, cc, &text, &format).unwrap();
                        }
                    }
                }
            }
            (None, Value::Date(d)) if !t.dates_as_text => {
                let dt = ExcelDateTime::from_ymd(d.year as u16, d.month, d.day).unwrap();
                ws.write_datetime_with_format(r, c, &dt, &date).unwrap();
            }
            (None, Value::Date(d)) => {
                let label = ragplan::model::YearMonth::new(d.year, d.month)
                    .unwrap()
                    .label();
                ws.write_string_with_format(r, c, &label, &format).unwrap();
            }
            (None, Value::Number(n)) => {
                ws.write_number_with_format(r, c, *n, &format).unwrap();
            }
            (None, _) => {
                ws.write_string_with_format(r, c, &text, &format).unwrap();
            }
        }
    }
    if let Some((at, header, value)) = t.insert_column {
        let col = at + t.cols_right;
        for &h in &header_rows {
            ws.write(h + t.rows_down, col, header).unwrap();
        }
        // Action rows: those with text in the Actions column (B) below a header.
        for cell in sheet
            .cells
            .iter()
            .filter(|c| c.at.col == 1 && header_rows.iter().any(|h| c.at.row > *h + 1))
        {
            ws.write(cell.at.row + t.rows_down, col, value).unwrap();
        }
    }
}

/// A temporary folder that lives as long as the test.
pub fn temp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

/// The head of a monitoring report from row `top`: the priority's title,
/// then two rows down the header — Focus Area, Actions, Lead, Evidence,
/// Progress over the periods, then `after` — and under Progress the period
/// labels, one column each.
pub fn monitoring_head(
    ws: &mut rust_xlsxwriter::Worksheet,
    top: u32,
    title: &str,
    periods: &[&str],
    after: &[&str],
) {
    ws.write(top, 0, title).unwrap();
    let mut header = vec![
        "Focus Area (Intent)",
        "Actions (Implementation)",
        "Lead",
        "Evidence (Impact)",
        "Progress",
    ];
    header.extend(std::iter::repeat_n("", periods.len().saturating_sub(1)));
    header.extend(after);
    write_rows(ws, top + 2, &[header]);
    write_rows(ws, top + 3, &[[&["", "", "", ""], periods].concat()]);
}

/// Writes rows of text into a sheet from row `top` (0-based), column A; an
/// empty string leaves its cell empty.
pub fn write_rows<'a, R: AsRef<[&'a str]>>(
    ws: &mut rust_xlsxwriter::Worksheet,
    top: u32,
    rows: &[R],
) {
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.as_ref().iter().enumerate() {
            if !v.is_empty() {
                ws.write(top + r as u32, c as u16, *v).unwrap();
            }
        }
    }
}

/// `ragplan` run as hostile input demands: no colour, under a 2 GB
/// address-space limit (an allocation beyond it fails, so a reader that
/// grows without bound fails the test instead of the machine), and with a
/// generous hang guard. Tests assert on outcomes; speed is for benchmarks.
pub fn bounded_ragplan() -> assert_cmd::Command {
    use std::os::unix::process::CommandExt;
    const LIMIT: libc::rlim_t = 2 << 30;
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin!("ragplan"));
    cmd.env("NO_COLOR", "1");
    // SAFETY: setrlimit is async-signal-safe; nothing else runs between
    // fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            let limit = libc::rlimit {
                rlim_cur: LIMIT,
                rlim_max: LIMIT,
            };
            if libc::setrlimit(libc::RLIMIT_AS, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let mut cmd = assert_cmd::Command::from_std(cmd);
    cmd.timeout(std::time::Duration::from_secs(180));
    cmd
}

/// A file's bytes, to compare with after a run: inputs are never changed.
pub struct Unchanged(Vec<(PathBuf, Vec<u8>)>);

impl Unchanged {
    pub fn new(paths: &[&Path]) -> Self {
        Unchanged(
            paths
                .iter()
                .map(|p| (p.to_path_buf(), std::fs::read(p).unwrap()))
                .collect(),
        )
    }

    pub fn check(&self) {
        for (path, bytes) in &self.0 {
            assert!(
                std::fs::read(path).unwrap() == *bytes,
                "{} changed",
                path.display()
            );
        }
    }
}

/// Names of the entries of a folder that look like ragplan's temporary
/// outputs (`.ragplan-*.xlsx.tmp`).
pub fn temporary_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".ragplan-"))
        .collect()
}

/// Makes a named pipe (FIFO) at `path`: opening it for reading would wait
/// for a writer for ever.
pub fn fifo(path: &Path) {
    use std::os::unix::ffi::OsStrExt;
    let name = std::ffi::CString::new(path.as_os_str().as_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o644) }, 0, "mkfifo");
}

/// Asserts that text bound for a terminal holds no control character but
/// the line break (C0, DEL or C1), and no bidirectional override.
pub fn assert_terminal_safe(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    if let Some(c) = text.chars().find(|c| {
        (c.is_control() && *c != '\n')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    }) {
        panic!("{what} holds {}:\n{text}", c.escape_unicode());
    }
}

/// Whether XML 1.0 allows the character in a document (tab, line feed,
/// carriage return, and the rest from U+0020 except U+FFFE and U+FFFF).
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Parses every XML part of a written workbook (`.xml`, `.rels`, `.vml`)
/// with quick-xml, as strictly as Excel reads them: UTF-8, well formed,
/// every end tag matching its start, and no character XML forbids, neither
/// written nor as a reference (`&#7;`). A part that breaks any of these
/// makes Excel refuse the file or offer to "repair" it.
pub fn assert_valid_xlsx(path: &Path) {
    assert_valid_xlsx_bytes(path, &std::fs::read(path).unwrap());
}

/// [`assert_valid_xlsx`] of a workbook in memory (`path` only labels it).
pub fn assert_valid_xlsx_bytes(path: &Path, bytes: &[u8]) {
    use quick_xml::events::Event;
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut parts = 0;
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        let name = entry.name().unwrap().to_string();
        if ![".xml", ".rels", ".vml"].iter().any(|x| name.ends_with(x)) {
            continue;
        }
        parts += 1;
        let mut text = String::new();
        entry
            .read_to_string(&mut text)
            .unwrap_or_else(|e| panic!("{}: {name} is not UTF-8: {e}", path.display()));
        let bad = |what: &str| -> ! { panic!("{}: {name}: {what}", path.display()) };
        let check = |s: &str, what: &str| {
            if let Some(c) = s.chars().find(|c| !xml_char(*c)) {
                bad(&format!(
                    "{what} holds {}, which XML forbids",
                    c.escape_unicode()
                ));
            }
        };
        let mut reader = quick_xml::Reader::from_str(&text);
        reader.config_mut().check_end_names = true;
        let mut depth = 0usize;
        loop {
            let event = reader
                .read_event()
                .unwrap_or_else(|e| bad(&format!("at byte {}: {e}", reader.buffer_position())));
            match &event {
                Event::Start(e) | Event::Empty(e) => {
                    check(e.name().as_ref(), "a tag name");
                    for attr in e.attributes() {
                        let attr = attr.unwrap_or_else(|e| bad(&format!("an attribute: {e}")));
                        let value = attr
                            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                            .unwrap_or_else(|e| bad(&format!("an attribute's value: {e}")));
                        check(&value, "an attribute");
                    }
                    if matches!(event, Event::Start(_)) {
                        depth += 1;
                    }
                }
                Event::End(_) => depth -= 1,
                Event::Text(t) => check(&t.xml10_content(), "text"),
                Event::CData(t) => check(&t.xml10_content(), "CDATA"),
                Event::GeneralRef(r) => match r.resolve_char_ref() {
                    Ok(Some(c)) => check(&c.to_string(), "a character reference"),
                    Ok(None) => {}
                    Err(e) => bad(&format!("a character reference: {e}")),
                },
                Event::Eof => break,
                _ => {}
            }
        }
        assert_eq!(
            depth,
            0,
            "{}: {name} ends inside an element",
            path.display()
        );
    }
    assert!(parts > 0, "{} has no XML parts", path.display());
}

/// Copies the workbook `src` to `out` with the text of one part changed.
pub fn edit_part(src: &Path, out: &Path, part: &str, edit: impl Fn(String) -> String) {
    use std::io::{Read, Write};
    let mut archive = zip::ZipArchive::new(std::fs::File::open(src).unwrap()).unwrap();
    let mut zip = zip::ZipWriter::new(std::fs::File::create(out).unwrap());
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let name = entry.name().unwrap().to_string();
        if name == part {
            let mut text = String::new();
            entry.read_to_string(&mut text).unwrap();
            zip.start_file(name, zip::write::SimpleFileOptions::default())
                .unwrap();
            zip.write_all(edit(text).as_bytes()).unwrap();
        } else {
            drop(entry);
            zip.raw_copy_file(archive.by_index_raw(i).unwrap()).unwrap();
        }
    }
    zip.finish().unwrap();
}

/// The text of one part of an xlsx zip (`xl/worksheets/sheet1.xml`).
pub fn zip_part(path: &Path, name: &str) -> String {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut text = String::new();
    zip.by_name(name)
        .unwrap_or_else(|_| panic!("{name}"))
        .read_to_string(&mut text)
        .unwrap();
    text
}

/// The sheets of a master of these priority sheets, in the master's
/// order: Summary, Board pack, the priorities, Findings, Leads and the
/// (very hidden) record.
pub fn master_sheets(priorities: &[&str]) -> Vec<String> {
    ["Summary", "Board pack"]
        .iter()
        .chain(priorities)
        .chain(&["Findings", "Leads", "ragplan"])
        .map(|s| s.to_string())
        .collect()
}
