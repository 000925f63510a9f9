//! Workbook → [`Plan`], with provenance.
//!
//! Every format is first read into one reader-neutral [`grid::Workbook`]
//! ([`read`]), then each sheet is recognised by its headers ([`header`]) and
//! read by [`sheet`], with the conventions of each layout in [`monitoring`],
//! [`wsoa`] and [`implementation`]. Text clean-up lives in [`text`].

mod extras;
pub mod grid;
pub mod header;
pub mod layout;
pub mod legend;
pub mod monitoring;
pub mod nearest;
mod ods_guard;
mod ods_scan;
pub mod read;
pub mod record;
pub mod sheet;
mod table;
pub mod text;
pub mod vocabulary;
mod xls_guard;
mod xls_scan;
mod xlsx_scan;
pub mod zip_budget;

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
    /// Other paths given to this same file ([`Discovered::repeats`]).
    pub also_given_as: Vec<String>,
}

/// Everything read: the plan, and the grids behind it (for rules that look
/// at cells no field holds, and for rendering findings).
#[derive(Debug, Default)]
pub struct Loaded {
    pub plan: Plan,
    /// Indexed by [`FileId`], like `plan.files`.
    pub inputs: Vec<Input>,
    /// Folder entries left out ([`Discovered::skipped`]).
    pub skipped: Vec<Skipped>,
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

/// A path given on the command line that does not exist or is not a file or
/// folder, or a folder with no spreadsheet in it.
#[derive(Debug, thiserror::Error)]
pub enum DiscoverError {
    #[error("{0}: no such file or folder")]
    Missing(PathBuf),
    #[error("{0}: cannot open it: {1}")]
    Unopenable(PathBuf, std::io::Error),
    #[error("{0}: it is {1}, not a file or folder")]
    NotAFile(PathBuf, &'static str),
    #[error("{0}: cannot list the folder: {1}")]
    Unlistable(PathBuf, std::io::Error),
    #[error("no spreadsheet files found in {}", .0.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", "))]
    NothingFound(Vec<PathBuf>),
}

/// The files to read, found from the paths given.
#[derive(Debug, Default, Clone)]
pub struct Discovered {
    /// Each file once, in the order found.
    pub files: Vec<PathBuf>,
    /// Another path to a file already in `files` (given twice, found again
    /// through a folder, a link or a second name): the index in `files`, the
    /// path. Reported by `duplicate-file`, never read twice.
    pub repeats: Vec<(usize, PathBuf)>,
    /// Entries of a folder named as spreadsheets that are not files (a
    /// named pipe, a socket, a device): never opened (a pipe would block
    /// for ever), said on the way out.
    pub skipped: Vec<Skipped>,
}

/// A folder entry left out because it is not a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub path: PathBuf,
    /// What it is instead (`a named pipe (FIFO)`).
    pub kind: &'static str,
}

impl std::fmt::Display for Skipped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: skipped: it is {}, not a file",
            self.path.display(),
            self.kind
        )
    }
}

/// What a file system entry is, in words, when it is not a regular file.
pub fn kind_of(file_type: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if file_type.is_socket() {
            return "a socket";
        }
        if file_type.is_block_device() || file_type.is_char_device() {
            return "a device";
        }
    }
    if file_type.is_dir() {
        "a folder"
    } else if file_type.is_file() {
        "a file"
    } else {
        "not a regular file"
    }
}

/// The identity of a file or folder whatever the path to it (links,
/// `./`, a second hard link): its device and inode.
#[cfg(unix)]
fn identity(meta: &std::fs::Metadata) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    Some((meta.dev(), meta.ino()))
}

#[cfg(not(unix))]
fn identity(_: &std::fs::Metadata) -> Option<(u64, u64)> {
    None
}

/// Expands folders into the spreadsheets inside them (recursively, sorted by
/// name, skipping Excel's `~$` lock files, LibreOffice's `.~lock` files and
/// hidden files). Each folder is walked once however many links lead to it
/// (`ln -s . loop` is a loop, not 40 levels of the same files), each file
/// taken once however it is reached, and only regular files are taken: a
/// named pipe would block the reader for ever. A path given that is neither
/// a file nor a folder is an error.
pub fn discover(args: &[PathBuf]) -> Result<Discovered, DiscoverError> {
    let mut walk = Walk::default();
    for arg in args {
        let meta = match std::fs::metadata(arg) {
            Ok(meta) => meta,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(DiscoverError::Missing(arg.clone()));
            }
            Err(e) => return Err(DiscoverError::Unopenable(arg.clone(), e)),
        };
        if meta.is_dir() {
            walk.folder(arg, &meta)?;
        } else if meta.is_file() {
            walk.file(arg, Some(&meta));
        } else {
            return Err(DiscoverError::NotAFile(
                arg.clone(),
                kind_of(&meta.file_type()),
            ));
        }
    }
    if walk.found.files.is_empty() {
        return Err(DiscoverError::NothingFound(args.to_vec()));
    }
    Ok(walk.found)
}

#[derive(Default)]
struct Walk {
    found: Discovered,
    folders: std::collections::HashSet<(u64, u64)>,
    files: std::collections::HashMap<(u64, u64), usize>,
}

impl Walk {
    fn file(&mut self, path: &Path, meta: Option<&std::fs::Metadata>) {
        let id = meta.and_then(identity);
        if let Some(&first) = id.and_then(|id| self.files.get(&id)) {
            self.found.repeats.push((first, path.to_path_buf()));
            return;
        }
        if let Some(id) = id {
            self.files.insert(id, self.found.files.len());
        }
        self.found.files.push(path.to_path_buf());
    }

    fn folder(&mut self, dir: &Path, meta: &std::fs::Metadata) -> Result<(), DiscoverError> {
        if let Some(id) = identity(meta)
            && !self.folders.insert(id)
        {
            return Ok(());
        }
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
            let spreadsheet = path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                SPREADSHEET_EXTENSIONS
                    .iter()
                    .any(|x| x.eq_ignore_ascii_case(e))
            });
            // Follows links, opening nothing.
            match std::fs::metadata(&path) {
                Ok(meta) if meta.is_dir() => self.folder(&path, &meta)?,
                Ok(_) if !spreadsheet => {}
                Ok(meta) if meta.is_file() => self.file(&path, Some(&meta)),
                Ok(meta) => self.found.skipped.push(Skipped {
                    path,
                    kind: kind_of(&meta.file_type()),
                }),
                // A link to nothing: read, to be reported as unreadable.
                Err(_) if spreadsheet => self.file(&path, None),
                Err(_) => {}
            }
        }
        Ok(())
    }
}

/// Reads the files found, keeping the grid cells `keep` says, and noting
/// on each file the other paths given to it and what was skipped.
pub fn load_discovered(
    found: &Discovered,
    scheme: &Scheme,
    synonyms: &header::Synonyms,
    keep: KeepCells,
) -> Loaded {
    let mut loaded = load_keeping(&found.files, scheme, synonyms, keep);
    for (i, path) in &found.repeats {
        loaded.inputs[*i]
            .also_given_as
            .push(path.display().to_string());
    }
    loaded.skipped = found.skipped.clone();
    loaded
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

/// Whether a sheet of a master is one of its own (Summary, Board pack,
/// Findings, Leads): not plan.
fn is_masters_own(name: &str) -> bool {
    crate::export::MasterLayout::shared().sheets.is_own(name)
}

/// A master's priority-sheet headings, as the importer takes them: the
/// master's column table with master.toml's words.
fn master_synonyms() -> header::Synonyms {
    use crate::export::{MasterLayout, PriorityColumn};
    let headings = &MasterLayout::shared().priority.columns;
    header::Synonyms::new(
        headings
            .all::<PriorityColumn>()
            .filter_map(|(column, heading)| Some((heading.to_string(), column.imported_as()?))),
    )
}

/// Every status cell of these priorities' actions, as the scale reader
/// takes them.
fn status_samples<'a>(
    priorities: impl Iterator<Item = &'a crate::model::Priority>,
) -> Vec<crate::model::StatusSample<'a>> {
    priorities
        .flat_map(|p| p.actions())
        .flat_map(|a| a.statuses.iter())
        .map(|t| crate::model::StatusSample {
            raw: t.raw(),
            fill: t.fill,
        })
        .collect()
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
    // A master's record first: it says which sheets are its priority sheets.
    let records: Vec<Option<record::Record>> = workbooks
        .iter()
        .map(|wb| {
            let wb = wb.as_ref().ok()?;
            let mut record = wb.sheets.iter().rev().find_map(record::read)?;
            // Each sheet by the heading its first cell holds, for the
            // priority sheets an officer renamed.
            let faces: Vec<(&str, Option<String>)> = wb
                .sheets
                .iter()
                .map(|s| {
                    let first = s.get(crate::model::CellRef::new(0, 0));
                    let heading = first.map(|c| record::heading_key(&c.value.display()));
                    (s.name.as_str(), heading)
                })
                .collect();
            record.follow_renames(&faces, |name| {
                is_masters_own(name) || name.eq_ignore_ascii_case(record::NAME)
            });
            // And the officer's marks on its Findings sheet.
            record.triage = wb.sheets.iter().flat_map(record::triage).collect();
            Some(record)
        })
        .collect();
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
    // A master's priority sheets are read by the master's own headings
    // first ([`crate::export::PriorityColumn`]), then the area's words.
    let master_synonyms = master_synonyms().then(synonyms);
    let read: Vec<(sheet::SheetRead, bool, (usize, usize))> =
        crate::parallel::map_mut(&mut sheets, |_, (f, s, sheet)| {
            let id = monitoring::SheetId {
                file: FileId::from_index(*f),
                sheet: *s as u32,
            };
            let record = records[*f].as_ref();
            let from_master = record.is_some_and(|r| r.sheet(&sheet.name).is_some());
            // A master's own sheets (Summary, Board pack, Findings, Leads)
            // are not plan. A sheet its record does not list (one an officer
            // added or renamed) is read as any plan's sheet is.
            let masters_own = record.is_some() && !from_master && is_masters_own(&sheet.name);
            let read = if masters_own {
                sheet::SheetRead::default()
            } else {
                let words = if from_master {
                    &master_synonyms
                } else {
                    synonyms
                };
                sheet::read_sheet(sheet, id, scheme, words, from_master)
            };
            let mentions_priority = monitoring::mentions_priority(sheet);
            if keep == KeepCells::FormulaErrors {
                sheet.keep_formula_errors_only();
            }
            (read, mentions_priority, (*f, *s))
        });
    drop(sheets);
    let mut records = records;
    let mut per_sheet = read.into_iter().peekable();
    let mut loaded = Loaded::default();
    for ((i, file), workbook) in files.into_iter().enumerate().zip(workbooks) {
        let mut plan_sheets = Vec::new();
        let mut summary_sheets = Vec::new();
        let mut mentions_priority = false;
        let mut legend = Vec::new();
        let mut near_miss: Option<nearest::NearMiss> = None;
        let mut sheet_legends: Vec<(u32, Vec<crate::model::LegendEntry>)> = Vec::new();
        let mut file_record = records[i].take();
        let reporting_period = file_record
            .as_ref()
            .and_then(|r| r.reporting_period.clone());
        let triage = file_record
            .as_mut()
            .map(|r| std::mem::take(&mut r.triage))
            .unwrap_or_default();
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
            sheet_legends.push((s as u32, read.legend.clone()));
            legend.extend(read.legend);
            if read.summary {
                summary_sheets.push(s);
            }
            if !read.priorities.is_empty() {
                loaded.plan.priorities.extend(read.priorities);
                plan_sheets.push(s);
            }
        }
        // A master's priority sheets are what its record says they are.
        if let (Some(record), Ok(wb)) = (&file_record, &workbook) {
            record.apply(&mut loaded.plan.priorities[first..], |s| {
                wb.sheets.get(s as usize).map(|s| s.name.as_str())
            });
        }
        // The file's own status scale: its legend and how its cells are written.
        let own = &loaded.plan.priorities[first..];
        let file_scheme = scheme.for_area(&legend, &status_samples(own.iter()));
        // A document of a master: the legends of its own sheets, its own cells.
        let scheme_of = |document: u32| {
            let in_it = || own.iter().filter(move |p| p.document == Some(document));
            let sheets: std::collections::HashSet<u32> = in_it().map(|p| p.source.sheet).collect();
            let legend: Vec<crate::model::LegendEntry> = sheet_legends
                .iter()
                .filter(|(s, _)| sheets.contains(s))
                .flat_map(|(_, l)| l.iter().cloned())
                .collect();
            scheme.for_area(&legend, &status_samples(in_it()))
        };
        // A master holds several areas' documents: each read with its own
        // scale, as it was before it went into the master.
        let mut document_schemes: Vec<(u32, crate::model::Scheme)> = Vec::new();
        for document in own.iter().filter_map(|p| p.document) {
            if !document_schemes.iter().any(|(d, _)| *d == document) {
                let mut scheme = scheme_of(document);
                // Its legend's meanings, which its sheets may not hold (an
                // area's Key sheet stays out of the master).
                if scheme.meanings.is_empty()
                    && let Some(record) = &file_record
                {
                    scheme.meanings = record.meanings_of(document);
                }
                document_schemes.push((document, scheme));
            }
        }
        // And its names, as the record gives them.
        let document_names = file_record
            .as_ref()
            .map(record::Record::document_names)
            .unwrap_or_default();
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
            document_schemes,
            document_names,
            triage,
        });
        loaded.inputs.push(Input {
            name: file.name,
            modified: file.modified,
            workbook,
            near_miss: near_miss.filter(|_| plan_sheets.is_empty()),
            plan_sheets,
            summary_sheets,
            mentions_priority,
            also_given_as: Vec::new(),
        });
    }
    loaded
}
