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
