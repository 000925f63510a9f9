//! What each subcommand does, apart from parsing arguments and printing:
//! the binary (`src/main.rs`, `src/cli.rs`) only talks.

use std::path::PathBuf;

use crate::check::{self, Finding, Options, RULES, Severity};
use crate::export::{self, BuildOptions, BuildReport, ExportError, Output};
use crate::import::{self, DiscoverError, Discovered, KeepCells, Loaded};
use crate::model::YearMonth;
use crate::report;

/// The report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    Human,
    Short,
    Json,
    /// One self-contained HTML page.
    Html,
}

/// How `check` ends, as SPEC.md says: 0 clean, 1 errors (or warnings when
/// denied), 2 could not run (a file could not be read).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Clean = 0,
    Findings = 1,
    Failure = 2,
}

/// Options of `ragplan check`.
#[derive(Debug, Clone)]
pub struct CheckRequest {
    pub paths: Vec<PathBuf>,
    pub format: ReportFormat,
    /// Warnings make the exit code 1 too.
    pub deny_warnings: bool,
    pub options: Options,
    pub style: report::human::Style,
    /// List the findings marked accepted or won't fix on an input master's
    /// Findings sheet too (hidden otherwise).
    pub show_accepted: bool,
}

/// The result of `ragplan check`: what was read, the findings and the exit
/// outcome; [`write_report`] prints them.
#[derive(Debug)]
pub struct CheckResult {
    pub loaded: Loaded,
    pub findings: Vec<Finding>,
    pub outcome: Outcome,
    /// Findings left out because an officer marked them accepted or won't
    /// fix on a master's Findings sheet.
    pub hidden: usize,
}

/// Reads and checks. Fails only when a path does not exist or a folder
/// holds no spreadsheet; unreadable files are findings.
pub fn check(request: &CheckRequest) -> Result<CheckResult, DiscoverError> {
    let found = import::discover(&request.paths)?;
    // Only the human and HTML reports show cells beyond the findings' own.
    let keep = match request.format {
        ReportFormat::Human | ReportFormat::Html => KeepCells::All,
        ReportFormat::Short | ReportFormat::Json => KeepCells::FormulaErrors,
    };
    let loaded = import::load_discovered(
        &found,
        &request.options.scheme,
        &request.options.synonyms,
        keep,
    );
    let mut findings = check::check(&loaded, &request.options);
    let hidden = if request.show_accepted {
        0
    } else {
        check::triage::hide_marked(&mut findings)
    };
    let outcome = if loaded.any_unreadable() {
        Outcome::Failure
    } else if findings.iter().any(|f| {
        f.severity == Severity::Error || (request.deny_warnings && f.severity == Severity::Warning)
    }) {
        Outcome::Findings
    } else {
        Outcome::Clean
    };
    Ok(CheckResult {
        loaded,
        findings,
        outcome,
        hidden,
    })
}

/// Writes the report of a check in the requested format, as it is rendered.
pub fn write_report(
    request: &CheckRequest,
    result: &CheckResult,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let (loaded, findings) = (&result.loaded, &result.findings);
    match request.format {
        ReportFormat::Human => report::human::write(loaded, findings, request.style, out),
        ReportFormat::Short => report::short::write(loaded, findings, out),
        ReportFormat::Json => report::json::write(loaded, findings, out),
        ReportFormat::Html => report::html::write(loaded, findings, &request.options.scheme, out),
    }
}

/// `ragplan rules`: the catalogue as a table.
pub fn rules_table() -> String {
    let name_width = RULES.iter().map(|r| r.name.len()).max().unwrap_or(4);
    let mut out = format!(
        "{:<8} {:<name_width$} {:<9} {:<7} SUMMARY\n",
        "CODE", "NAME", "FAMILY", "LEVEL"
    );
    for r in RULES {
        out.push_str(&format!(
            "{:<8} {:<name_width$} {:<9} {:<7} {}\n",
            r.code,
            r.name,
            r.family.name(),
            r.severity.as_str(),
            r.summary
        ));
    }
    out
}

/// `ragplan explain CODE_OR_NAME`: the rule's explanation, or `None`.
pub fn explain(code_or_name: &str) -> Option<String> {
    let r = check::find_rule(code_or_name)?;
    Some(format!(
        "{} {} ({} rule, {} by default)\n\n{}\n\n{}",
        r.code,
        r.name,
        r.family.name(),
        r.severity.as_str(),
        r.summary,
        r.explanation.trim_end()
    ))
}

/// Why `build`, `summary` or `template` could not run (exit code 2).
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error(transparent)]
    Discover(#[from] DiscoverError),
    #[error(transparent)]
    Export(#[from] ExportError),
    #[error("cannot read: {0}")]
    Unreadable(String),
    #[error("cannot serve on {0}: {1}")]
    Serve(std::net::SocketAddr, std::io::Error),
}

/// Reads and checks, as `check` does, for the commands that need both.
fn read_and_check(found: &Discovered, options: &Options) -> (Loaded, Vec<Finding>) {
    let loaded = import::load_discovered(
        found,
        &options.scheme,
        &options.synonyms,
        KeepCells::FormulaErrors,
    );
    let findings = check::check(&loaded, options);
    (loaded, findings)
}

/// Parses the month given to `option` (`--add-period`, `--period`): `Apr-22`.
pub fn parse_period(option: &'static str, label: &str) -> Result<YearMonth, ExportError> {
    YearMonth::parse(label).ok_or_else(|| ExportError::BadPeriod(option, label.to_string()))
}

/// `ragplan build`: reads, checks and writes the master. Refuses before
/// reading anything when the output is an input, is not a file, or exists
/// without `force`; writes nothing when an input cannot be read.
pub fn build(
    paths: &[PathBuf],
    out: &std::path::Path,
    force: bool,
    add_period: Option<&str>,
    options: &Options,
) -> Result<BuildReport, RunError> {
    let add_period = add_period
        .map(|p| parse_period("--add-period", p))
        .transpose()?;
    let found = import::discover(paths)?;
    let output = Output::workbook(out, &found.files, force)?;
    let (loaded, findings) = read_and_check(&found, options);
    let unreadable = loaded.unreadable();
    if !unreadable.is_empty() {
        return Err(RunError::Unreadable(unreadable.join("; ")));
    }
    let mut report = export::build(
        &loaded,
        &findings,
        &BuildOptions::new(options, add_period),
        output,
    )?;
    report.skipped = loaded.skipped;
    Ok(report)
}

/// `ragplan init [--from FILE…]`: the commented `ragplan.toml`, and what
/// was learnt from the files: for each workbook whose table ragplan nearly
/// read, the `[headers]` lines that make it read.
pub struct InitConfig {
    pub toml: String,
    /// One line per file given: what was found in it.
    pub notes: Vec<String>,
}

pub fn init_config(from: &[PathBuf], options: &Options) -> Result<InitConfig, RunError> {
    let mut toml = crate::config::DEFAULT_TOML.to_string();
    let mut notes = Vec::new();
    if from.is_empty() {
        return Ok(InitConfig { toml, notes });
    }
    let found = import::discover(from)?;
    let loaded = import::load_with(&found.files, &options.scheme, &options.synonyms);
    let mut lines: Vec<(crate::import::header::Column, String)> = Vec::new();
    for input in &loaded.inputs {
        if let Err(e) = &input.workbook {
            notes.push(format!("{}: cannot read it: {e}", input.name));
        } else if !input.plan_sheets.is_empty() {
            notes.push(format!("{}: ragplan reads its plan already", input.name));
        } else if let Some(miss) = input.near_miss.as_ref().filter(|m| m.would_read()) {
            let sheet = input
                .workbook
                .as_ref()
                .ok()
                .and_then(|wb| wb.sheets.get(miss.sheet as usize))
                .map(|s| s.name.as_str())
                .unwrap_or_default();
            notes.push(format!(
                "{}: headers for the table at {}",
                input.name,
                report::sheet_cell(sheet, miss.at)
            ));
            for s in &miss.suggestions {
                if !lines.contains(s) {
                    lines.push(s.clone());
                }
            }
        } else {
            notes.push(format!("{}: no table ragplan could read", input.name));
        }
    }
    if !lines.is_empty() {
        // One line per column, its words together, after the section's comments.
        let mut block =
            String::from("# Learnt from the workbooks given to `ragplan init --from`:\n");
        let mut done: Vec<crate::import::header::Column> = Vec::new();
        for (column, _) in &lines {
            if done.contains(column) {
                continue;
            }
            done.push(*column);
            let words: Vec<String> = lines
                .iter()
                .filter(|(c, _)| c == column)
                .map(|(_, t)| crate::import::nearest::toml_string(t))
                .collect();
            block.push_str(&format!("{} = [{}]\n", column.key(), words.join(", ")));
        }
        if let Some(at) = toml.find("[headers]\n") {
            let after = at + "[headers]\n".len();
            let comments = toml[after..]
                .lines()
                .take_while(|l| l.starts_with('#'))
                .map(|l| l.len() + 1)
                .sum::<usize>();
            toml.insert_str(after + comments, &block);
        }
    }
    Ok(InitConfig { toml, notes })
}

/// `ragplan summary`: the priority summary as terminal tables, one per
/// document, in the master's order; with `trend`, each document's counts
/// per period and each priority's share done per period instead.
pub fn summary(
    paths: &[PathBuf],
    options: &Options,
    color: bool,
    trend: bool,
) -> Result<String, RunError> {
    let (loaded, findings) = read_and_check(&import::discover(paths)?, options);
    let build = export::BuildOptions::new(options, None);
    let sections = export::sections(&loaded, &findings, &build);
    let mut out = if trend {
        report::summary_table::render_trend(&sections)
    } else {
        let total = export::MasterLayout::get().summary.total;
        report::summary_table::render(&sections, &total, color)
    };
    let unreadable: Vec<String> = loaded
        .inputs
        .iter()
        .filter(|i| i.workbook.is_err())
        .map(|i| i.name.clone())
        .collect();
    if !unreadable.is_empty() {
        out.push_str(&format!("not read: {}\n", unreadable.join(", ")));
    }
    for skipped in &loaded.skipped {
        out.push_str(&format!("note: {skipped}\n"));
    }
    Ok(out)
}

/// `ragplan template`: an empty master with one status column per period
/// (this month's when none is given).
pub fn template(
    out: &std::path::Path,
    force: bool,
    periods: &[String],
    options: &Options,
) -> Result<(), RunError> {
    let mut months = periods
        .iter()
        .map(|p| parse_period("--period", p))
        .collect::<Result<Vec<_>, _>>()?;
    if months.is_empty() {
        months.push(export::time::month_of(export::time::now()));
    }
    months.sort();
    months.dedup();
    Ok(export::write_template(
        out,
        force,
        &months,
        &BuildOptions::new(options, None),
    )?)
}

/// `ragplan init [--from FILE…]`: writes `ragplan.toml` in the current
/// folder ([`init_config`]) as any output is written (never over a folder,
/// a device or a named pipe; over a file only with `force`); returns its
/// path and what was learnt from each file.
pub fn init(force: bool, from: &[PathBuf]) -> Result<(PathBuf, Vec<String>), RunError> {
    let path = PathBuf::from(crate::config::FILE_NAME);
    let output = Output::create(&path, from, force)?;
    let init = init_config(from, &Options::default())?;
    output.save_bytes(init.toml.as_bytes())?;
    Ok((path, init.notes))
}

/// `ragplan diff OLD NEW`: what changed between two terms' workbooks (or masters).
pub struct DiffResult {
    pub diff: crate::diff::Diff,
    pub old: Loaded,
    pub new: Loaded,
}

/// Reads both sides and compares them; with `output` (a path and whether
/// to replace it), also writes the changes as a workbook, its temporary
/// file made before anything is read.
pub fn diff(
    old: &[PathBuf],
    new: &[PathBuf],
    options: &Options,
    output: Option<(&std::path::Path, bool)>,
) -> Result<DiffResult, RunError> {
    let (old, new) = (import::discover(old)?, import::discover(new)?);
    let output = match output {
        Some((out, force)) => {
            let files: Vec<PathBuf> = old.files.iter().chain(&new.files).cloned().collect();
            Some(Output::workbook(out, &files, force)?)
        }
        None => None,
    };
    let read = |found: &Discovered| -> Result<Loaded, RunError> {
        let loaded =
            import::load_discovered(found, &options.scheme, &options.synonyms, KeepCells::All);
        let unreadable = loaded.unreadable();
        if unreadable.is_empty() {
            Ok(loaded)
        } else {
            Err(RunError::Unreadable(unreadable.join("; ")))
        }
    };
    let (old, new) = (read(&old)?, read(&new)?);
    let diff = crate::diff::diff(&old.plan, &new.plan, &options.scheme, &options.roster);
    if let Some(output) = output {
        export::write_diff(&diff, &options.scheme, output)?;
    }
    Ok(DiffResult { diff, old, new })
}

/// Options of `ragplan serve`.
#[derive(Debug, Clone)]
pub struct ServeRequest {
    /// Where to listen: 127.0.0.1 unless told otherwise; port 0 takes any
    /// free port.
    pub address: std::net::SocketAddr,
    pub settings: crate::serve::Settings,
}

/// `ragplan serve`: listens, tells `listening` the address (the real port
/// when 0 was asked for), and serves until Ctrl-C (or SIGTERM), then
/// finishes the requests in progress and returns.
pub fn serve(
    request: ServeRequest,
    listening: impl FnOnce(std::net::SocketAddr),
) -> Result<(), RunError> {
    let fail = |e| RunError::Serve(request.address, e);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(fail)?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(request.address)
            .await
            .map_err(fail)?;
        listening(listener.local_addr().map_err(fail)?);
        crate::serve::run(listener, request.settings, stopped())
            .await
            .map_err(fail)
    })?;
    // Every request has had its answer; a check still running past its time
    // limit is not waited for.
    runtime.shutdown_background();
    Ok(())
}

/// Completes on Ctrl-C, or on SIGTERM where there are signals.
async fn stopped() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    {
        let terminate = async {
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(mut signal) => {
                    signal.recv().await;
                }
                Err(_) => std::future::pending::<()>().await,
            }
        };
        tokio::select! {
            () = interrupt => {}
            () = terminate => {}
        }
    }
    #[cfg(not(unix))]
    interrupt.await;
}

/// Opens `url` in the default browser, without waiting for it.
pub fn open_browser(url: &str) -> std::io::Result<()> {
    let mut command = if cfg!(target_os = "macos") {
        std::process::Command::new("open")
    } else if cfg!(windows) {
        let mut c = std::process::Command::new("cmd");
        c.args(["/C", "start", ""]);
        c
    } else {
        std::process::Command::new("xdg-open")
    };
    let mut child = command
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()?;
    // Reaped when it exits (a browser opener returns at once).
    std::thread::spawn(move || child.wait());
    Ok(())
}

/// What a bare `ragplan` does: started from a terminal, it prints its help;
/// otherwise (double-clicked in a file manager) it serves the page and opens
/// it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bare {
    Help,
    ServeAndOpen,
}

impl Bare {
    pub fn new(stdin_is_terminal: bool, stdout_is_terminal: bool) -> Bare {
        if stdin_is_terminal && stdout_is_terminal {
            Bare::Help
        } else {
            Bare::ServeAndOpen
        }
    }
}
