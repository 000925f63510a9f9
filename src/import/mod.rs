//! Workbook → [`Plan`], with provenance.
//!
//! Every format is first read into one reader-neutral [`grid::Workbook`]
//! ([`read`]), then each sheet is recognised by its headers ([`header`]) and
//! read by [`sheet`], with the conventions of each layout in [`monitoring`],
//! [`wsoa`] and [`implementation`]. Text clean-up lives in [`text`].

pub mod grid;
pub mod header;
pub mod layout;
pub mod legend;
pub mod monitoring;
pub mod nearest;
mod ods_guard;
pub mod read;
pub mod record;
pub mod sheet;
mod table;
pub mod text;
pub mod vocabulary;
mod xls_guard;
mod xlsx_scan;

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::model::{FileId, Plan, Scheme, SourceFile};
pub use grid::{Format, Workbook};
pub use read::ReadError;

/// Extensions taken when walking a folder. Files named explicitly are taken
/// whatever their name: the format is told by content.
pub const SPREADSHEET_EXTENSIONS: [&str; 5] = ["xlsx", "xlsm", "xlsb", "xls", "ods"];

/// A workbook to read: what it is called, when it was last changed, and its
/// bytes (or why they could not be had). The command line makes these from
/// paths, the web page from uploads; both load them the same way
/// ([`load_files`]).
#[derive(Debug)]
pub struct InputFile {
    /// The name shown in findings and in the master's Sources table: the
    /// path as the user gave it, or an upload's file name. Only a label:
    /// nothing is ever opened by it.
    pub name: String,
    pub modified: Option<SystemTime>,
    pub content: Result<Vec<u8>, ReadError>,
}

impl InputFile {
    /// A workbook already in memory (an upload).
    pub fn from_bytes(
        name: impl Into<String>,
        bytes: Vec<u8>,
        modified: Option<SystemTime>,
    ) -> Self {
        InputFile {
            name: name.into(),
            modified,
            content: Ok(bytes),
        }
    }

    /// Reads a file (up to [`read::MAX_FILE_BYTES`]); a file that cannot be
    /// read keeps its error, to be reported as `unreadable-file`.
    pub fn from_path(path: &Path) -> Self {
        InputFile {
            name: path.display().to_string(),
            modified: std::fs::metadata(path).and_then(|m| m.modified()).ok(),
            content: read::read_file(path),
        }
    }
}

/// One input file and what became of it.
#[derive(Debug)]
pub struct Input {
    /// As [`InputFile::name`].
    pub name: String,
    pub modified: Option<SystemTime>,
    pub workbook: Result<Workbook, ReadError>,
    /// Indexes of the sheets that held a plan.
    pub plan_sheets: Vec<usize>,
    /// Indexes of the sheets that summarise statuses (counts, formulas):
    /// not plans, but checked for formula errors.
    pub summary_sheets: Vec<usize>,
    /// When no sheet holds a plan: the table ragplan nearly read (for
    /// `no-plan-found` and `ragplan init --from`).
    pub near_miss: Option<nearest::NearMiss>,
    /// Whether some sheet names a priority (`Priority 3: …` in its first
    /// cells, or in its name): a hint for `no-plan-found`, taken while the
    /// cells are there.
    pub mentions_priority: bool,
}

/// Everything read: the plan, and the grids behind it (for rules that look
/// at cells no field holds, and for rendering findings).
#[derive(Debug, Default)]
pub struct Loaded {
    pub plan: Plan,
    /// Indexed by [`FileId`], like `plan.files`.
    pub inputs: Vec<Input>,
}

impl Loaded {
    pub fn workbook(&self, file: FileId) -> Option<&Workbook> {
        self.inputs
            .get(file.index())
            .and_then(|i| i.workbook.as_ref().ok())
    }

    /// Whether any input could not be read (exit code 2).
    pub fn any_unreadable(&self) -> bool {
        self.inputs.iter().any(|i| i.workbook.is_err())
    }

    /// `path: why` for every input that could not be read.
    pub fn unreadable(&self) -> Vec<String> {
        self.inputs
            .iter()
            .filter_map(|i| {
                i.workbook
                    .as_ref()
                    .err()
                    .map(|e| format!("{}: {e}", i.name))
            })
            .collect()
    }
}

/// A path given on the command line that does not exist, or a folder with
/// no spreadsheet in it.
#[derive(Debug, thiserror::Error)]
pub enum DiscoverError {
    #[error("{0}: no such file or folder")]
    Missing(PathBuf),
    #[error("{0}: cannot list the folder: {1}")]
    Unlistable(PathBuf, std::io::Error),
    #[error("no spreadsheet files found in {}", .0.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", "))]
    NothingFound(Vec<PathBuf>),
}

/// Expands folders into the spreadsheets inside them (recursively, sorted by
/// name, skipping Excel's `~$` lock files and LibreOffice's `.~lock` files).
pub fn discover(args: &[PathBuf]) -> Result<Vec<PathBuf>, DiscoverError> {
    let mut out = Vec::new();
    for arg in args {
        if arg.is_dir() {
            walk(arg, &mut out)?;
        } else if arg.is_file() {
            out.push(arg.clone());
        } else {
            return Err(DiscoverError::Missing(arg.clone()));
        }
    }
    if out.is_empty() {
        return Err(DiscoverError::NothingFound(args.to_vec()));
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), DiscoverError> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| DiscoverError::Unlistable(dir.to_path_buf(), e))?;
    let mut paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with("~$") || name.starts_with(".~lock") || name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            walk(&path, out)?;
        } else if path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
            SPREADSHEET_EXTENSIONS
                .iter()
                .any(|x| x.eq_ignore_ascii_case(e))
        }) {
            out.push(path);
        }
    }
    Ok(())
}

/// Reads every file into one plan. Unreadable files are kept (as inputs
/// with an error) so that they are reported, not dropped.
pub fn load(paths: &[PathBuf], scheme: &Scheme) -> Loaded {
    load_with(paths, scheme, &header::Synonyms::default())
}

/// Which of a sheet's cells loading keeps once the sheet's plan is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeepCells {
    /// Every cell: the human report shows each finding among its neighbours.
    All,
    /// Only the cells showing a formula error, the one thing a rule reads
    /// from the grid beyond the plan. For the short and JSON reports and the
    /// master: a large plan's grid is a quarter of what a check holds.
    FormulaErrors,
}

/// [`load`] with the area's own header words.
pub fn load_with(paths: &[PathBuf], scheme: &Scheme, synonyms: &header::Synonyms) -> Loaded {
    load_keeping(paths, scheme, synonyms, KeepCells::All)
}

/// [`load_with`], keeping only the grid cells `keep` says.
pub fn load_keeping(
    paths: &[PathBuf],
    scheme: &Scheme,
    synonyms: &header::Synonyms,
    keep: KeepCells,
) -> Loaded {
    let files = crate::parallel::map(paths, |path| InputFile::from_path(path));
    load_files(files, scheme, synonyms, keep)
}

/// Reads workbooks (from paths or uploads alike) into one plan, keeping the
/// grid cells `keep` says. Files are indexed in the order given.
pub fn load_files(
    mut files: Vec<InputFile>,
    scheme: &Scheme,
    synonyms: &header::Synonyms,
    keep: KeepCells,
) -> Loaded {
    // Workbooks are read side by side, then every sheet of every workbook is
    // read for its plan side by side (and, unless kept, its cells freed as
    // soon as it is read, so the grid and the plan are not both held whole);
    // results come back in order.
    // (Each file's bytes are freed once read.)
    let mut workbooks = crate::parallel::map_mut(&mut files, |_, file| {
        match std::mem::replace(&mut file.content, Ok(Vec::new())) {
            Ok(bytes) => read::read_bytes(&file.name, &bytes),
            Err(e) => Err(e),
        }
    });
    let mut sheets: Vec<(usize, usize, &mut grid::Sheet)> = workbooks
        .iter_mut()
        .enumerate()
        .filter_map(|(f, wb)| wb.as_mut().ok().map(|wb| (f, wb)))
        .flat_map(|(f, wb)| {
            wb.sheets
                .iter_mut()
                .enumerate()
                .map(move |(s, sheet)| (f, s, sheet))
        })
        .collect();
    let read: Vec<(sheet::SheetRead, bool, (usize, usize))> =
        crate::parallel::map_mut(&mut sheets, |_, (f, s, sheet)| {
            let id = monitoring::SheetId {
                file: FileId::from_index(*f),
                sheet: *s as u32,
            };
            let read = sheet::read_sheet(sheet, id, scheme, synonyms);
            let mentions_priority = monitoring::mentions_priority(sheet);
            if keep == KeepCells::FormulaErrors {
                sheet.keep_formula_errors_only();
            }
            (read, mentions_priority, (*f, *s))
        });
    drop(sheets);
    let mut per_sheet = read.into_iter().peekable();
    let mut loaded = Loaded::default();
    for ((i, file), workbook) in files.into_iter().enumerate().zip(workbooks) {
        let mut plan_sheets = Vec::new();
        let mut summary_sheets = Vec::new();
        let mut mentions_priority = false;
        let mut legend = Vec::new();
        let mut near_miss: Option<nearest::NearMiss> = None;
        let mut reporting_period = None;
        let first = loaded.plan.priorities.len();
        while let Some((read, mentions, (_, s))) = per_sheet.next_if(|(_, _, (f, _))| *f == i) {
            mentions_priority |= mentions;
            // The sheet's near miss that recognises most (the first of equals).
            if let Some(miss) = read.near_miss
                && near_miss
                    .as_ref()
                    .is_none_or(|n| n.recognised.len() < miss.recognised.len())
            {
                near_miss = Some(miss);
            }
            legend.extend(read.legend);
            if let Some(record) = read.record {
                reporting_period = record.reporting_period;
            }
            if read.summary {
                summary_sheets.push(s);
            }
            if !read.priorities.is_empty() {
                loaded.plan.priorities.extend(read.priorities);
                plan_sheets.push(s);
            }
        }
        // The file's own status scale: its legend and how its cells are written.
        let samples: Vec<crate::model::StatusSample<'_>> = loaded.plan.priorities[first..]
            .iter()
            .flat_map(|p| p.actions())
            .flat_map(|a| a.statuses.iter())
            .map(|t| crate::model::StatusSample {
                raw: t.raw(),
                fill: t.fill,
            })
            .collect();
        let file_scheme = scheme.for_area(&legend, &samples);
        let sheets = match &workbook {
            Ok(wb) => wb.sheets.iter().map(|s| s.name.clone()).collect(),
            Err(_) => Vec::new(),
        };
        loaded.plan.files.push(SourceFile {
            name: file.name.clone(),
            modified: file.modified,
            sheets,
            reporting_period,
            scheme: file_scheme,
        });
        loaded.inputs.push(Input {
            name: file.name,
            modified: file.modified,
            workbook,
            near_miss: near_miss.filter(|_| plan_sheets.is_empty()),
            plan_sheets,
            summary_sheets,
            mentions_priority,
        });
    }
    loaded
}
