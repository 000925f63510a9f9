//! The master workbook (`ragplan build`) and the empty one (`ragplan template`).
//!
//! Sheets, in order: Summary, one sheet per priority, Findings, Leads. The
//! layout and wording come from `templates/master.toml` ([`layout`]); every
//! format from [`styles`]. The file is written atomically: to a temporary
//! file in the output's folder, then renamed.

pub mod columns;
pub mod layout;
pub mod styles;
pub mod time;

mod board_pack;
mod diff_sheet;
mod findings_sheet;
mod leads_sheet;
pub mod print;
mod priority_sheet;
pub mod record_sheet;
mod summary_sheet;
mod template;

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use rust_xlsxwriter::{DocProperties, Format, Url, Workbook, Worksheet, XlsxError};

use crate::check::Finding;
use crate::check::summary::{PrioritySummary, summarise};
use crate::import::Loaded;
use crate::model::{Layout, Scheme, Source, YearMonth};
pub use columns::{
    FindingsColumn, Headings, LeadsColumn, MasterColumn, PriorityColumn, SummaryColumn,
};
pub use diff_sheet::write_diff;
pub use layout::MasterLayout;
pub use print::Paper;
pub use summary_sheet::{PeriodCounts, Section, SectionRow, documents_of, sections};
pub use template::write_template;

/// Why the master could not be written. Nothing is left at the output path.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{0} is one of the input files; choose another output name")]
    OutputIsInput(PathBuf),
    #[error("{0} already exists; use --force to replace it")]
    Exists(PathBuf),
    #[error(
        "{0} is {1}, not a file; give the name of a file to write (even --force replaces only a file)"
    )]
    NotAFile(PathBuf, &'static str),
    #[error("cannot write {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot build the workbook: {0}")]
    Xlsx(#[from] XlsxError),
    /// The option (`--add-period`, `--period`) and what it was given.
    #[error("{0} {1}: give a month such as Apr-22")]
    BadPeriod(&'static str, String),
    #[error(
        "{0}: ragplan writes Excel workbooks; give a name ending in .xlsx (such as master.xlsx)"
    )]
    NotXlsx(PathBuf),
    #[error("cannot write {0}: the folder {1} does not exist")]
    NoFolder(PathBuf, PathBuf),
    #[error("cannot write {0}: {1} is not a folder")]
    NotAFolder(PathBuf, PathBuf),
}

/// Options of `ragplan build`.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    pub scheme: Scheme,
    /// Start next term's empty status column.
    pub add_period: Option<YearMonth>,
    /// Period labels that are not months, in their order (`ragplan.toml`).
    pub period_order: Vec<String>,
    /// The lead roster: the Leads sheet lists a person under their roster name.
    pub roster: crate::model::Roster,
    /// The paper the master prints on.
    pub paper: Paper,
}

impl BuildOptions {
    /// The master's options from a check's (the one place they are made).
    pub fn new(options: &crate::check::Options, add_period: Option<YearMonth>) -> Self {
        BuildOptions {
            scheme: options.scheme.clone(),
            add_period,
            period_order: options.period_order.clone(),
            roster: options.roster.clone(),
            paper: options.paper,
        }
    }
}

/// A status cell build wrote as its canonical code.
#[derive(Debug, Clone, PartialEq)]
pub struct Correction {
    pub source: Source,
    pub from: String,
    pub to: String,
}

/// What `build` wrote, for the message the command prints.
#[derive(Debug, Clone, Default)]
pub struct BuildReport {
    pub priorities: usize,
    pub actions: usize,
    pub corrections: Vec<Correction>,
    pub findings: usize,
    /// Flagged cells left without a note because their sheet had more than
    /// [`MAX_NOTES_PER_SHEET`] (their findings are on the Findings sheet).
    pub notes_left_out: usize,
    /// Folder entries that were not read ([`crate::import::Discovered::skipped`]).
    pub skipped: Vec<crate::import::Skipped>,
}

/// Notes per priority sheet. Excel and LibreOffice slow to a crawl on a sheet
/// with thousands of notes (each is a drawing shape), and a note is only worth
/// it while there are few enough to read; a real plan has dozens. Beyond this,
/// the most severe findings keep their notes and every finding stays on the
/// Findings sheet, linked to its cell.
pub const MAX_NOTES_PER_SHEET: usize = 1000;

/// A link to a cell of the master (`internal:'WSoA Priority 1'!E6`).
pub(crate) fn internal_link(sheet: &str, cell: &str) -> String {
    format!("internal:'{}'!{cell}", sheet.replace('\'', "''"))
}

/// Where a source cell landed in the master.
#[derive(Debug, Clone)]
pub(crate) struct MasterCell {
    /// Shared by every cell of the sheet (a master holds one entry per cell).
    pub sheet: std::sync::Arc<str>,
    pub row: u32,
    pub col: u16,
}

impl MasterCell {
    pub fn a1(&self) -> String {
        crate::model::CellRef::new(self.row, u32::from(self.col)).to_string()
    }

    pub fn link(&self) -> String {
        internal_link(&self.sheet, &self.a1())
    }

    pub fn display(&self) -> String {
        crate::report::sheet_cell(&self.sheet, self.a1())
    }
}

/// One period column of the master: the union of every priority's periods,
/// in time order (labels that are not months after them, as first met).
#[derive(Debug, Clone)]
pub(crate) struct MasterPeriod {
    pub label: String,
    /// The month, when the period is one (written as a date cell).
    pub month: Option<YearMonth>,
    pub when: Option<crate::model::When>,
}

impl MasterPeriod {
    /// Whether a priority's period is this column.
    pub fn is(&self, p: &crate::model::Period) -> bool {
        match (self.when, p.when) {
            (Some(a), Some(b)) => a == b,
            _ => self.label.eq_ignore_ascii_case(&p.label),
        }
    }
}

/// The document a priority's sheet belongs with in the master: sheets of one
/// document share their period and extra columns. One area's monitoring
/// reports are one document however many files they come in (as are its
/// WSoA and its implementation plan); an area's own action plan is its file.
/// (`areas`: each priority's area, [`crate::model::Plan::areas`].) A
/// priority read from a master keeps the document its record gives it (the
/// third part; 0 for a plan's own files).
pub(crate) type Document = (Layout, crate::model::Area, u32);

/// The master's order of priorities (indexes into `plan.priorities`): by
/// kind of plan (monitoring reports first, then the WSoA, the implementation
/// plan, areas' own plans), by document (one area's together), then priority
/// number, then unnumbered in input order. `ragplan summary` lists them so.
pub fn priority_order(plan: &crate::model::Plan) -> Vec<usize> {
    let areas = plan.areas();
    let mut order: Vec<usize> = (0..plan.priorities.len()).collect();
    order.sort_by_key(|i| {
        let p = &plan.priorities[*i];
        (document(p, &areas), p.number.is_none(), p.number, *i)
    });
    order
}

pub(crate) fn document(p: &crate::model::Priority, areas: &crate::model::Areas) -> Document {
    match (p.layout, p.document) {
        (Layout::ActionPlan, None) => (p.layout, (p.source.file.index(), 0), 0),
        (layout, recorded) => (layout, areas.of(p), recorded.unwrap_or(0)),
    }
}

/// Everything the sheet writers share.
pub(crate) struct Master<'a> {
    pub loaded: &'a Loaded,
    pub findings: &'a [Finding],
    pub scheme: &'a Scheme,
    pub roster: &'a crate::model::Roster,
    pub paper: Paper,
    pub layout: MasterLayout,
    pub styles: styles::Styles,
    pub summaries: Vec<PrioritySummary<'a>>,
    /// Priority index (in `plan.priorities`) → sheet name, in sheet order.
    pub sheets: Vec<(usize, String)>,
    /// Each priority's area ([`crate::model::Plan::areas`]).
    pub areas: crate::model::Areas,
    /// Period columns of each document.
    pub periods: HashMap<Document, Vec<MasterPeriod>>,
    /// Extra columns of each document.
    pub extras: HashMap<Document, Vec<String>>,
    /// The documents in which some action has a target date (the Timeframe column).
    pub timeframe: std::collections::HashSet<Document>,
    pub cells: HashMap<Source, MasterCell>,
    pub corrections: Vec<Correction>,
    /// Source cell → index into `corrections`.
    pub corrected: HashMap<Source, usize>,
    /// Findings sheet row of each finding (same order as `findings`).
    pub finding_rows: Vec<u32>,
    /// See [`BuildReport::notes_left_out`].
    pub notes_left_out: usize,
}

impl<'a> Master<'a> {
    pub fn periods_of(&self, document: Document) -> &[MasterPeriod] {
        self.periods
            .get(&document)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    /// Each document's number in the master (from 1, in sheet order), as
    /// the record sheet gives it.
    pub fn document_numbers(&self) -> HashMap<Document, u32> {
        let mut numbers = HashMap::new();
        for (index, _) in &self.sheets {
            let document = document(&self.loaded.plan.priorities[*index], &self.areas);
            let next = numbers.len() as u32 + 1;
            numbers.entry(document).or_insert(next);
        }
        numbers
    }

    /// Each area's number in the master (from 1, in sheet order).
    pub fn area_numbers(&self) -> HashMap<crate::model::Area, u32> {
        let mut numbers = HashMap::new();
        for (index, _) in &self.sheets {
            let area = self.areas.of(&self.loaded.plan.priorities[*index]);
            let next = numbers.len() as u32 + 1;
            numbers.entry(area).or_insert(next);
        }
        numbers
    }

    /// The correction build made at a source cell, if any.
    pub fn correction(&self, source: &Source) -> Option<&Correction> {
        self.corrected.get(source).map(|i| &self.corrections[*i])
    }

    /// Takes in what a priority sheet placed, in sheet order (a cell placed
    /// twice is found where it was placed last, as when written in turn).
    fn absorb(&mut self, written: priority_sheet::Written) {
        self.cells.extend(written.cells);
        for c in written.corrections {
            self.corrected.insert(c.source, self.corrections.len());
            self.corrections.push(c);
        }
        self.notes_left_out += written.notes_left_out;
    }

    fn new(loaded: &'a Loaded, findings: &'a [Finding], options: &'a BuildOptions) -> Self {
        let layout = MasterLayout::get();
        let plan = &loaded.plan;
        let summaries = summarise(plan, findings);
        let areas = plan.areas();
        let order = priority_order(plan);
        let mut used: Vec<String> = layout.sheets.own().map(String::from).to_vec();
        let mut sheets = Vec::new();
        for i in order {
            let p = &plan.priorities[i];
            let base = sheet_name(&p.name(plan));
            let mut name = base.clone();
            let mut k = 2;
            // Excel (and rust_xlsxwriter) compare names ignoring case, all of it.
            while used.iter().any(|u| u.to_lowercase() == name.to_lowercase()) {
                let suffix = format!(" ({k})");
                name = format!("{}{suffix}", utf16_cut(&base, 31 - suffix.len()).trim_end());
                k += 1;
            }
            used.push(name.clone());
            sheets.push((i, name));
        }
        // Sheets of one kind of plan share their period columns: the union of
        // their priorities' periods, in time order.
        let mut periods: HashMap<Document, Vec<MasterPeriod>> = HashMap::new();
        for p in &plan.priorities {
            let group = periods.entry(document(p, &areas)).or_default();
            // Next term's column goes to documents reported by the month.
            let added = options
                .add_period
                .filter(|_| p.periods.iter().any(|x| x.month.is_some()))
                .map(|m| crate::model::Period::of_month(m, p.source));
            for period in p.periods.iter().chain(added.as_ref()) {
                if !group.iter().any(|q| q.is(period)) {
                    group.push(MasterPeriod {
                        label: period.label.clone(),
                        month: period.month,
                        when: period.when,
                    });
                }
            }
        }
        let order = |label: &str| {
            options
                .period_order
                .iter()
                .position(|o| o.trim().eq_ignore_ascii_case(label.trim()))
                .unwrap_or(usize::MAX)
        };
        for group in periods.values_mut() {
            group.sort_by_key(|p| {
                (
                    p.when.is_none(),
                    p.when.map(|w| w.sort_key()),
                    order(&p.label),
                )
            });
        }
        // Like the periods, extra columns are shared by the sheets of one kind of plan.
        let mut extras: HashMap<Document, Vec<String>> = HashMap::new();
        let mut timeframe: std::collections::HashSet<Document> = std::collections::HashSet::new();
        for (priority, _, action) in plan.actions() {
            let group = extras.entry(document(priority, &areas)).or_default();
            for e in &action.extra {
                if !group.contains(&e.name) {
                    group.push(e.name.clone());
                }
            }
            if action.timeframe.is_some() {
                timeframe.insert(document(priority, &areas));
            }
        }
        Master {
            loaded,
            findings,
            scheme: &options.scheme,
            roster: &options.roster,
            paper: options.paper,
            layout,
            styles: styles::Styles::new(&options.scheme),
            summaries,
            sheets,
            areas,
            periods,
            extras,
            timeframe,
            cells: HashMap::new(),
            corrections: Vec::new(),
            corrected: HashMap::new(),
            finding_rows: Vec::new(),
            notes_left_out: 0,
        }
    }
}

/// A valid sheet name: at most 31 characters as Excel counts them (UTF-16
/// units: an emoji is two), none of `[]:*?/\\`, no control character (each
/// shown as its symbol, as [`cell_text`] does), no quote at either end.
pub(crate) fn sheet_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| match c {
            '[' | ']' | ':' | '*' | '?' | '/' | '\\' => '-',
            c => visible(c),
        })
        .collect();
    let cleaned = cleaned.trim_matches('\'').trim();
    let cleaned = utf16_cut(cleaned, 31).trim_matches('\'').trim().to_string();
    if cleaned.is_empty() {
        "Plan".into()
    } else {
        cleaned
    }
}

/// `name` cut to at most `units` UTF-16 units, never inside a character.
pub(crate) fn utf16_cut(name: &str, units: usize) -> &str {
    &name[..crate::import::read::utf16_prefix(name, units)]
}

/// A character as the master shows it: a control character that XML cannot
/// carry (all of C0 but tab, line feed and carriage return) becomes its
/// visible symbol (`␇` for BEL, `␛` for ESC), DEL `␡`, the two
/// non-characters U+FFFE and U+FFFF `�`; every other character is itself.
fn visible(c: char) -> char {
    match c {
        '\t' | '\n' | '\r' => c,
        '\0'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
        '\u{7f}' => '\u{2421}',
        '\u{fffe}' | '\u{ffff}' => '\u{fffd}',
        c => c,
    }
}

/// The one clean-up of text written into the master (every writer goes
/// through [`WriteText`]): control characters shown as symbols
/// ([`visible`]: XML cannot carry them, and a master Excel cannot open is
/// worse than a visible `␇`), and the text cut to Excel's 32,767 characters
/// (UTF-16 units) for a cell.
pub(crate) fn cell_text(s: &str) -> std::borrow::Cow<'_, str> {
    clean_text(s, 32_767)
}

/// [`cell_text`] within `units` UTF-16 units (a note holds fewer), the
/// last replaced by `…` when cut.
pub(crate) fn clean_text(s: &str, units: usize) -> std::borrow::Cow<'_, str> {
    let clean = |c: char| visible(c) == c;
    if s.chars().all(clean) && s.len() <= units {
        return s.into();
    }
    let shown: String = s.chars().map(visible).collect();
    if shown.encode_utf16().count() <= units {
        return shown.into();
    }
    format!("{}…", utf16_cut(&shown, units - 1)).into()
}

/// Writing text into the master, always through [`cell_text`].
pub(crate) trait WriteText {
    /// A string in a cell.
    fn text(
        &mut self,
        row: u32,
        col: u16,
        text: impl AsRef<str>,
        format: &Format,
    ) -> Result<(), XlsxError>;
    /// A string over merged cells.
    fn merged_text(
        &mut self,
        first: (u32, u16),
        last: (u32, u16),
        text: impl AsRef<str>,
        format: &Format,
    ) -> Result<(), XlsxError>;
    /// A link (`internal:'Sheet'!A1`) shown as `text`.
    fn link(
        &mut self,
        row: u32,
        col: u16,
        location: impl AsRef<str>,
        text: impl AsRef<str>,
        format: &Format,
    ) -> Result<(), XlsxError>;
}

impl WriteText for Worksheet {
    fn text(
        &mut self,
        row: u32,
        col: u16,
        text: impl AsRef<str>,
        format: &Format,
    ) -> Result<(), XlsxError> {
        self.write_string_with_format(row, col, cell_text(text.as_ref()).as_ref(), format)
            .map(|_| ())
    }

    fn merged_text(
        &mut self,
        (r1, c1): (u32, u16),
        (r2, c2): (u32, u16),
        text: impl AsRef<str>,
        format: &Format,
    ) -> Result<(), XlsxError> {
        self.merge_range(r1, c1, r2, c2, cell_text(text.as_ref()).as_ref(), format)
            .map(|_| ())
    }

    fn link(
        &mut self,
        row: u32,
        col: u16,
        location: impl AsRef<str>,
        text: impl AsRef<str>,
        format: &Format,
    ) -> Result<(), XlsxError> {
        let url = Url::new(cell_text(location.as_ref()).as_ref())
            .set_text(cell_text(text.as_ref()).as_ref());
        self.write_url_with_format(row, col, url, format)
            .map(|_| ())
    }
}

/// Refuses an output that is an input, that exists without `force`, or that
/// is not a file (a folder, a device, a named pipe: even `--force` would
/// put a file in place of a device).
pub fn check_output(out: &Path, inputs: &[PathBuf], force: bool) -> Result<(), ExportError> {
    let Ok(meta) = std::fs::metadata(out) else {
        return Ok(());
    };
    if !meta.is_file() {
        return Err(ExportError::NotAFile(
            out.to_path_buf(),
            crate::import::kind_of(&meta.file_type()),
        ));
    }
    let canon = |p: &Path| p.canonicalize().ok();
    if let Some(o) = canon(out) {
        if inputs.iter().any(|i| canon(i).as_ref() == Some(&o)) {
            return Err(ExportError::OutputIsInput(out.to_path_buf()));
        }
        if !force {
            return Err(ExportError::Exists(out.to_path_buf()));
        }
    }
    Ok(())
}

/// Where a workbook is being written: a temporary file beside its
/// destination, made before anything is read (an output that cannot be
/// written fails at once, not after the inputs are read), moved into place
/// once complete — so a failure part-way leaves nothing at the destination
/// — and removed otherwise: on an error, a panic or an interruption (it is
/// registered with [`crate::interrupt`] while it exists).
#[derive(Debug)]
pub struct Output {
    path: PathBuf,
    force: bool,
    // Dropped (the file removed) before the registration goes.
    tmp: tempfile::NamedTempFile,
    registration: crate::interrupt::Registration,
}

impl Output {
    /// [`Output::create`] for a workbook (the master, the template, the
    /// changes of `diff -o`): a name that does not end in `.xlsx` (any case)
    /// is refused, as Excel refuses to open an .xlsx workbook under another
    /// name (`.xls`, `.xlsm`, `.ods`) or none.
    pub fn workbook(out: &Path, inputs: &[PathBuf], force: bool) -> Result<Output, ExportError> {
        let xlsx = out
            .extension()
            .is_some_and(|ext| ext.eq_ignore_ascii_case("xlsx"));
        if !xlsx {
            return Err(ExportError::NotXlsx(out.to_path_buf()));
        }
        Output::create(out, inputs, force)
    }

    /// Checks the destination ([`check_output`]) and its folder, and makes
    /// the temporary file. The file takes the permissions any program's new
    /// file takes (read and write for all, less the umask: 0644 under umask
    /// 022, 0664 under 002), not the temporary file's usual 0600: a master is
    /// for colleagues on a shared drive.
    pub fn create(out: &Path, inputs: &[PathBuf], force: bool) -> Result<Output, ExportError> {
        check_output(out, inputs, force)?;
        let dir = match out.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        match std::fs::metadata(&dir) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(ExportError::NoFolder(out.to_path_buf(), dir));
            }
            Ok(meta) if !meta.is_dir() => {
                return Err(ExportError::NotAFolder(out.to_path_buf(), dir));
            }
            _ => {}
        }
        // `.ragplan-XXXXXX.xlsx.tmp` beside `master.xlsx`.
        let suffix = match out.extension() {
            Some(ext) => format!(".{}.tmp", ext.to_string_lossy()),
            None => ".tmp".into(),
        };
        let (tmp, registration) = crate::interrupt::register_new(
            || {
                let mut builder = tempfile::Builder::new();
                builder.prefix(".ragplan-").suffix(&suffix);
                #[cfg(unix)]
                {
                    use std::os::unix::fs::PermissionsExt;
                    // Less the umask, applied by the system as it creates the file.
                    builder.permissions(std::fs::Permissions::from_mode(0o666));
                }
                builder.tempfile_in(&dir)
            },
            |tmp| tmp.path(),
        )
        .map_err(|source| ExportError::Io {
            path: out.to_path_buf(),
            source,
        })?;
        Ok(Output {
            path: out.to_path_buf(),
            force,
            tmp,
            registration,
        })
    }

    /// The destination.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Saves the workbook into the temporary file, then renames it into
    /// place. Saved straight to the file, not to memory first: a large
    /// master is tens of megabytes.
    pub fn save(self, workbook: &mut Workbook) -> Result<(), ExportError> {
        self.write(|file| {
            workbook.save_to_writer(file).map_err(|e| match e {
                XlsxError::IoError(source) => Err(source),
                e => Ok(ExportError::Xlsx(e)),
            })
        })
    }

    /// Saves bytes (a config file) the same way.
    pub fn save_bytes(self, bytes: &[u8]) -> Result<(), ExportError> {
        self.write(|file| file.write_all(bytes).map_err(Err))
    }

    /// Writes the temporary file with `write` (its error is an I/O error,
    /// or another already made), then moves it into place.
    fn write(
        mut self,
        write: impl FnOnce(&mut (dyn Write + Send)) -> Result<(), Result<ExportError, std::io::Error>>,
    ) -> Result<(), ExportError> {
        let out = self.path.clone();
        let io = |source| ExportError::Io {
            path: out.clone(),
            source,
        };
        let mut file = std::io::BufWriter::new(self.tmp.as_file_mut());
        write(&mut file).map_err(|e| e.unwrap_or_else(io))?;
        file.flush().map_err(io)?;
        drop(file);
        self.tmp.as_file().sync_all().map_err(io)?;
        // The destination may have become something else while the inputs
        // were read.
        check_output(&self.path, &[], true)?;
        let (tmp, force, registration) = (self.tmp, self.force, self.registration);
        let persisted = registration.finish(|| {
            if force {
                tmp.persist(&out).map(|_| ())
            } else {
                tmp.persist_noclobber(&out).map(|_| ())
            }
        });
        persisted.map_err(|e| {
            if e.error.kind() == std::io::ErrorKind::AlreadyExists {
                ExportError::Exists(out.clone())
            } else {
                io(e.error)
            }
        })
    }
}

/// Builds the master from what was read and checked, and writes it to
/// `output` (made before reading, never over an input).
pub fn build(
    loaded: &Loaded,
    findings: &[Finding],
    options: &BuildOptions,
    output: Output,
) -> Result<BuildReport, ExportError> {
    let (mut workbook, report) = master_workbook(loaded, findings, options)?;
    output.save(&mut workbook)?;
    Ok(report)
}

/// The master as bytes (for tests and benchmarks that need no file).
pub fn build_bytes(
    loaded: &Loaded,
    findings: &[Finding],
    options: &BuildOptions,
) -> Result<(Vec<u8>, BuildReport), ExportError> {
    let (mut workbook, report) = master_workbook(loaded, findings, options)?;
    Ok((workbook.save_to_buffer()?, report))
}

/// The master, ready to save.
fn master_workbook(
    loaded: &Loaded,
    findings: &[Finding],
    options: &BuildOptions,
) -> Result<(Workbook, BuildReport), ExportError> {
    let mut master = Master::new(loaded, findings, options);
    let mut workbook = Workbook::new();
    // Formats are numbered in the order first used; the sheets are written
    // side by side, so number them all first, in one order, and the file is
    // the same whichever thread gets there first.
    for format in master.styles.all() {
        workbook.register_format(format);
    }
    // The Summary comes first but is filled last: it needs every other sheet's facts.
    workbook.add_worksheet();
    let priorities = master.sheets.len();
    // The Board pack, the priority sheets, then Findings and Leads: the
    // Board pack, Findings and Leads link to the priority sheets' cells.
    for _ in 0..priorities + 3 {
        workbook.add_worksheet_with_constant_memory()?;
    }
    let (board_pack, rest) = workbook.worksheets_mut()[1..].split_at_mut(1);
    let (priority_sheets, rest) = rest.split_at_mut(priorities);
    let written = crate::parallel::map_mut(priority_sheets, |k, ws| {
        priority_sheet::write(&master, k, ws)
    });
    for w in written {
        master.absorb(w?);
    }
    let finding_rows = crate::parallel::map_mut(rest, |i, ws| match i {
        0 => findings_sheet::write(&master, ws).map(Some),
        _ => leads_sheet::write(&master, ws).map(|()| None),
    });
    for rows in finding_rows {
        if let Some(rows) = rows? {
            master.finding_rows = rows;
        }
    }
    for ws in board_pack {
        board_pack::write(&master, ws)?;
    }
    summary_sheet::write(&master, workbook.worksheet_from_index(0)?)?;
    // The term being reported: the one begun now, or the one the input master was reporting.
    let reporting = options.add_period.map(|m| m.label()).or_else(|| {
        loaded
            .plan
            .files
            .iter()
            .find_map(|f| f.reporting_period.clone())
    });
    record_sheet::write(&master, workbook.add_worksheet(), reporting.as_deref())?;
    workbook.set_properties(&properties(time::now()));
    // Level 2 (zlib-rs's fast deflate, no lazy matches) instead of the
    // default 6: about a sixth faster on a large master for a file a quarter
    // larger (18.7 → 23.8 MB at 100,000 actions; level 1 is no faster and
    // larger still; a real plan's master stays a few hundred KB).
    workbook.set_zip_compression_level(2);
    let report = BuildReport {
        priorities: master.sheets.len(),
        actions: loaded.plan.actions().count(),
        corrections: master.corrections.clone(),
        findings: findings.len(),
        notes_left_out: master.notes_left_out,
        skipped: Vec::new(),
    };
    Ok((workbook, report))
}

pub(crate) fn properties(now: i64) -> DocProperties {
    DocProperties::new()
        .set_title("SEND improvement plan: master")
        .set_subject("Written Statement of Action: termly monitoring")
        .set_author("ragplan")
        .set_comment(concat!("Generated by ragplan ", env!("CARGO_PKG_VERSION")))
        .set_custom_property("generator", concat!("ragplan ", env!("CARGO_PKG_VERSION")))
        .set_creation_datetime(&time::excel(now))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_cleaned_and_cut_as_excel_counts() {
        assert_eq!(
            cell_text("G\u{7}A\u{1b}\u{7f}\t\n"),
            "G\u{2407}A\u{241b}\u{2421}\t\n"
        );
        assert!(matches!(
            cell_text("Tim Moss"),
            std::borrow::Cow::Borrowed(_)
        ));
        // 16,384 emoji are 32,768 UTF-16 units: one too many.
        let long = "🙂".repeat(16_384);
        let cut = cell_text(&long);
        assert_eq!(cut.encode_utf16().count(), 32_767);
        assert!(cut.ends_with("🙂…"));
        assert_eq!(
            sheet_name("Transport 🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂"),
            "Transport 🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂"
        );
        assert_eq!(sheet_name("P5 \u{7}bell/[x]"), "P5 \u{2407}bell--x-");
        assert_eq!(sheet_name("'\u{1b}'"), "\u{241b}");
        assert_eq!(sheet_name("  ''  "), "Plan");
    }
}
