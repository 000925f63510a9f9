//! The command line: clap definitions and printing only.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use ragplan::app::{self, CheckRequest, Outcome, ReportFormat};
use ragplan::check::Level;
use ragplan::config::Config;
use ragplan::report::human::Style;
use ragplan::report::printable;

/// Checks a council's SEND improvement plan workbooks and reports every
/// problem at its cell.
#[derive(Debug, Parser)]
#[command(name = "ragplan", version, about, long_about = None)]
pub struct Cli {
    /// With none: help in a terminal; started otherwise (double-clicked),
    /// `serve --open`.
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Validate plan workbooks: every problem at its file, sheet and cell.
    ///
    /// Exit code 0 when clean, 1 when there are errors (or warnings with
    /// `--deny warnings`), 2 when a file could not be read.
    Check {
        /// Workbooks (.xlsx .xlsm .xlsb .xls .ods) or folders to walk.
        #[arg(required = true, value_name = "FILE_OR_DIR")]
        paths: Vec<PathBuf>,
        /// How to print the findings.
        #[arg(long, value_enum, default_value_t = FormatArg::Human)]
        format: FormatArg,
        /// Report these rules (code or name) as errors; `warnings` makes any warning fail the check.
        #[arg(long, value_name = "RULE|warnings")]
        deny: Vec<String>,
        /// Report these rules (code or name) as warnings.
        #[arg(long, value_name = "RULE")]
        warn: Vec<String>,
        /// Do not report these rules (code or name).
        #[arg(long, value_name = "RULE")]
        allow: Vec<String>,
        /// Colour: auto (when printing to a terminal and NO_COLOR is unset), always, never.
        #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
        color: ColorArg,
        /// The config file (default: ./ragplan.toml when it exists).
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
        /// Also list the findings marked `accepted` or `won't fix` on a
        /// master's Findings sheet (hidden otherwise).
        #[arg(long)]
        show_accepted: bool,
    },
    /// Write a commented ragplan.toml (RAG codes, rule levels) in this folder.
    ///
    /// With --from, the workbooks are read first: for a table ragplan cannot
    /// yet read as a plan, the [headers] lines that make it read are written
    /// in (judged by what its columns hold).
    Init {
        /// Replace an existing ragplan.toml.
        #[arg(long)]
        force: bool,
        /// Workbooks (or folders) to learn the area's header words from.
        #[arg(long, value_name = "FILE_OR_DIR", num_args = 1..)]
        from: Vec<PathBuf>,
    },
    /// Write the clean master workbook: Summary, one sheet per priority, Findings, Leads.
    ///
    /// Never overwrites an input; replaces an existing output only with --force;
    /// writes the whole file or nothing (a failure never leaves a half-written master).
    Build {
        /// Workbooks or folders, as for `check`.
        #[arg(required = true, value_name = "FILE_OR_DIR")]
        paths: Vec<PathBuf>,
        /// The master to write.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// Replace the output if it exists.
        #[arg(long)]
        force: bool,
        /// Start next term: append this period's empty status column (e.g. Apr-22).
        #[arg(long, value_name = "PERIOD")]
        add_period: Option<String>,
        /// The config file (default: ./ragplan.toml when it exists).
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
    },
    /// Print the priority summary (stated and computed status, counts, trend), a table per document.
    Summary {
        #[arg(required = true, value_name = "FILE_OR_DIR")]
        paths: Vec<PathBuf>,
        /// Colour: auto (when printing to a terminal and NO_COLOR is unset), always, never.
        #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
        color: ColorArg,
        /// Instead, each document's actions by status in every period, and each priority's share complete (Green or Blue) per period.
        #[arg(long)]
        trend: bool,
        /// The config file (default: ./ragplan.toml when it exists).
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
    },
    /// Write an empty master workbook for an area starting a new plan.
    Template {
        /// The workbook to write.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// Replace the output if it exists.
        #[arg(long)]
        force: bool,
        /// A status column (e.g. Apr-22); repeat for several. Default: this month.
        #[arg(long = "period", value_name = "PERIOD")]
        periods: Vec<String>,
        /// The config file (default: ./ragplan.toml when it exists).
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
    },
    /// What changed between two terms: improved, worsened, new, removed, lead changed.
    ///
    /// Actions are matched by priority, focus area and action id, falling back
    /// to the similarity of their text when ids were renumbered (and saying so).
    Diff {
        /// Last term's workbook, master or folder.
        old: PathBuf,
        /// This term's workbook, master or folder.
        new: PathBuf,
        /// How to print the changes.
        #[arg(long, value_enum, default_value_t = DiffFormat::Table)]
        format: DiffFormat,
        /// List unchanged actions too.
        #[arg(long)]
        all: bool,
        /// Also write the changes as a workbook.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace the output if it exists.
        #[arg(long)]
        force: bool,
        /// The config file (default: ./ragplan.toml when it exists).
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
    },
    /// Serve the page to drop workbooks on, in the browser: the findings, the
    /// summary, and downloads of the master and the HTML report.
    ///
    /// Nothing is stored: uploads are held in memory and forgotten once
    /// answered. Stop it with Ctrl-C.
    Serve {
        /// The port to listen on; 0 takes any free port.
        #[arg(long, default_value_t = 8080)]
        port: u16,
        /// The address to listen on; 127.0.0.1 is this computer only (give
        /// 0.0.0.0 only behind a sign-in proxy: the page has no sign-in).
        #[arg(long, default_value = "127.0.0.1")]
        host: std::net::IpAddr,
        /// Open the page in the default browser.
        #[arg(long)]
        open: bool,
        /// Workbooks in one upload [default: 20].
        #[arg(long, value_name = "N")]
        max_files: Option<usize>,
        /// Megabytes of one workbook [default: 20].
        #[arg(long, value_name = "MB")]
        max_file_mb: Option<u64>,
        /// Megabytes of one upload, its files together [default: 40].
        #[arg(long, value_name = "MB")]
        max_request_mb: Option<u64>,
        /// Uploads read, checked or built at once; more are asked to try again (503) [default: 8].
        #[arg(long, value_name = "N")]
        max_checks: Option<usize>,
        /// Seconds one upload may take, sending included [default: 60].
        #[arg(long, value_name = "SECONDS")]
        timeout_seconds: Option<u64>,
        /// The config file (default: ./ragplan.toml when it exists); its
        /// [serve] table sets the limits too.
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
    },
    /// List every rule: code, name, family, default level.
    Rules,
    /// Explain one rule, with a bad and a good example.
    Explain {
        /// A rule code (RAG003) or name (rag-homoglyph).
        #[arg(value_name = "CODE_OR_NAME")]
        rule: String,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum FormatArg {
    /// Each finding with its rows, the cell underlined.
    Human,
    /// One line per finding: FILE:'SHEET'!CELL: SEVERITY[CODE] rule: message.
    Short,
    /// A JSON document (schema in the README).
    Json,
    /// One self-contained HTML page (to email; prints on A4).
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum DiffFormat {
    /// A table of what changed.
    Table,
    /// A JSON document of every action.
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

/// Prints to stdout; a closed pipe (`ragplan check … | head`) is not an error.
fn print(text: &str) -> bool {
    emit(|out| out.write_all(text.as_bytes()))
}

/// Writes to standard output (buffered); false when that failed for another
/// reason than a closed pipe (`ragplan check … | head`).
fn emit(write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> bool {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match write(&mut out).and_then(|()| out.flush()) {
        Ok(()) => true,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => true,
        Err(e) => {
            say(&format!("error: cannot write the report: {e}\n"));
            false
        }
    }
}

/// Writes to standard error; false when that cannot be done (`2>/dev/full`,
/// a closed stream), which makes the exit code 2 — never a panic, as
/// `eprintln!` would.
fn say(text: &str) -> bool {
    let mut err = std::io::stderr().lock();
    err.write_all(text.as_bytes())
        .and_then(|()| err.flush())
        .is_ok()
}

/// One line to standard error, its control characters escaped (it names
/// files, sheets and what they hold).
fn say_line(line: impl std::fmt::Display) -> bool {
    say(&format!("{}\n", printable(&line.to_string())))
}

/// The exit code, or 2 when standard error could not be written.
fn ending(code: ExitCode, said: bool) -> ExitCode {
    if said { code } else { ExitCode::from(2) }
}

fn fail(message: impl std::fmt::Display) -> ExitCode {
    let report = miette::miette!("{}", printable(&message.to_string()));
    say(&format!("{report:?}\n"));
    ExitCode::from(2)
}

/// Says each folder entry left out.
fn notes(skipped: &[ragplan::import::Skipped]) -> bool {
    // Once standard error fails, the rest would too.
    skipped.iter().all(|s| say_line(format!("note: {s}")))
}

fn config(path: Option<&std::path::Path>) -> Result<Config, ExitCode> {
    Config::discover(path).map_err(|e| {
        // The config's own text is escaped by Config::parse.
        say(&format!("{:?}\n", miette::Report::new(*e)));
        ExitCode::from(2)
    })
}

fn use_color(color: ColorArg) -> bool {
    match color {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => {
            std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

/// Exit code 0 when the text was printed, 2 when it could not be.
fn printed(text: &str) -> ExitCode {
    if print(text) {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    }
}

pub fn run(cli: Cli) -> ExitCode {
    let command = match cli.command {
        Some(command) => command,
        None => match app::Bare::new(
            std::io::stdin().is_terminal(),
            std::io::stdout().is_terminal(),
        ) {
            app::Bare::Help => {
                let _ = <Cli as clap::CommandFactory>::command().print_help();
                return ExitCode::SUCCESS;
            }
            app::Bare::ServeAndOpen => Command::Serve {
                port: 8080,
                host: std::net::Ipv4Addr::LOCALHOST.into(),
                open: true,
                max_files: None,
                max_file_mb: None,
                max_request_mb: None,
                max_checks: None,
                timeout_seconds: None,
                config: None,
            },
        },
    };
    // The commands that write files remove their temporary outputs on a
    // signal (without the handler a signal still ends the run, only without
    // tidying). `serve` writes none: Ctrl-C stops it gracefully, exit 0.
    if !matches!(command, Command::Serve { .. }) {
        let _ = ragplan::interrupt::remove_temporary_files_on_signals();
    }
    match command {
        Command::Serve {
            port,
            host,
            open,
            max_files,
            max_file_mb,
            max_request_mb,
            max_checks,
            timeout_seconds,
            config: path,
        } => {
            let config = match config(path.as_deref()) {
                Ok(c) => c,
                Err(code) => return code,
            };
            let flags = ragplan::serve::LimitsConfig {
                max_files,
                max_file_mb,
                max_request_mb,
                max_checks,
                timeout_seconds,
            };
            let limits = flags.apply(config.serve.apply(ragplan::serve::Limits::default()));
            let request = app::ServeRequest {
                address: std::net::SocketAddr::new(host, port),
                settings: ragplan::serve::Settings {
                    options: config.options(),
                    limits,
                    log: true,
                },
            };
            let result = app::serve(request, |address| {
                let url = format!("http://{address}/");
                print(&format!(
                    "ragplan is serving the page at {url}\n\
                     (up to {} files of {} each per upload, {} uploads at once; Ctrl-C stops it)\n",
                    limits.max_files,
                    ragplan::serve::size(limits.max_file_bytes),
                    limits.max_checks,
                ));
                if open && let Err(e) = app::open_browser(&url) {
                    eprintln!("could not open a browser ({e}); open {url} yourself");
                }
            });
            match result {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => fail(e),
            }
        }
        Command::Diff {
            old,
            new,
            format,
            all,
            output,
            force,
            config: path,
        } => {
            let options = match config(path.as_deref()) {
                Ok(c) => c.options(),
                Err(code) => return code,
            };
            let result = match app::diff(
                std::slice::from_ref(&old),
                std::slice::from_ref(&new),
                &options,
                output.as_deref().map(|o| (o, force)),
            ) {
                Ok(r) => r,
                Err(e) => return fail(e),
            };
            let said = notes(&result.old.skipped) & notes(&result.new.skipped);
            let text = match format {
                DiffFormat::Table => {
                    ragplan::report::diff_report::table(&result.diff, &options.scheme, all)
                }
                DiffFormat::Json => {
                    let files = |l: &ragplan::import::Loaded| {
                        l.plan.files.iter().map(|f| f.name.clone()).collect()
                    };
                    ragplan::report::diff_report::json(
                        &result.diff,
                        &options.scheme,
                        files(&result.old),
                        files(&result.new),
                    )
                }
            };
            ending(printed(&text), said)
        }
        Command::Build {
            paths,
            output,
            force,
            add_period,
            config: path,
        } => {
            let options = match config(path.as_deref()) {
                Ok(c) => c.options(),
                Err(code) => return code,
            };
            match app::build(&paths, &output, force, add_period.as_deref(), &options) {
                Ok(report) => {
                    let said = notes(&report.skipped);
                    let corrected = report.corrections.len();
                    let notes = if report.notes_left_out > 0 {
                        format!(
                            "; {} flagged cells have no note (at most {} notes a sheet, most severe first)",
                            report.notes_left_out,
                            ragplan::export::MAX_NOTES_PER_SHEET
                        )
                    } else {
                        String::new()
                    };
                    print(&format!(
                        "wrote {}: {} priorit{}, {} actions; {} findings ({corrected} corrected by build) on the Findings sheet{notes}\n",
                        printable(&output.display().to_string()),
                        report.priorities,
                        if report.priorities == 1 { "y" } else { "ies" },
                        report.actions,
                        report.findings,
                    ));
                    ending(ExitCode::SUCCESS, said)
                }
                Err(e) => fail(e),
            }
        }
        Command::Summary {
            paths,
            color,
            trend,
            config: path,
        } => {
            let options = match config(path.as_deref()) {
                Ok(c) => c.options(),
                Err(code) => return code,
            };
            match app::summary(&paths, &options, use_color(color), trend) {
                Ok(table) => printed(&table),
                Err(e) => fail(e),
            }
        }
        Command::Template {
            output,
            force,
            periods,
            config: path,
        } => {
            let options = match config(path.as_deref()) {
                Ok(c) => c.options(),
                Err(code) => return code,
            };
            match app::template(&output, force, &periods, &options) {
                Ok(()) => {
                    print(&format!(
                        "wrote {}\n",
                        printable(&output.display().to_string())
                    ));
                    ExitCode::SUCCESS
                }
                Err(e) => fail(e),
            }
        }
        Command::Rules => printed(&app::rules_table()),
        Command::Explain { rule } => match app::explain(&rule) {
            Some(text) => printed(&format!("{text}\n")),
            None => fail(format!(
                "no rule is called `{rule}`; `ragplan rules` lists them"
            )),
        },
        Command::Init { force, from } => match app::init(force, &from) {
            Ok((path, notes)) => {
                let mut text = String::new();
                for note in &notes {
                    text.push_str(&format!("{}\n", printable(note)));
                }
                text.push_str(&format!("wrote {}\n", path.display()));
                print(&text);
                ExitCode::SUCCESS
            }
            Err(e) => fail(e),
        },
        Command::Check {
            paths,
            format,
            deny,
            warn,
            allow,
            color,
            config: path,
            show_accepted,
        } => {
            let mut options = match config(path.as_deref()) {
                Ok(c) => c.options(),
                Err(code) => return code,
            };
            let mut deny_warnings = false;
            for (names, level) in [
                (allow, Level::Allow),
                (warn, Level::Warn),
                (deny, Level::Deny),
            ] {
                for name in names {
                    if level == Level::Deny && name.eq_ignore_ascii_case("warnings") {
                        deny_warnings = true;
                    } else if ragplan::check::find_rule(&name).is_none() {
                        return fail(format!(
                            "no rule is called `{name}`; `ragplan rules` lists them"
                        ));
                    } else {
                        options.levels.insert(name, level);
                    }
                }
            }
            let format = match format {
                FormatArg::Human => ReportFormat::Human,
                FormatArg::Short => ReportFormat::Short,
                FormatArg::Json => ReportFormat::Json,
                FormatArg::Html => ReportFormat::Html,
            };
            let request = CheckRequest {
                paths,
                format,
                deny_warnings,
                options,
                style: Style {
                    color: use_color(color),
                    width: 100,
                },
                show_accepted,
            };
            match app::check(&request) {
                Ok(result) => {
                    if !emit(|out| app::write_report(&request, &result, out)) {
                        return ExitCode::from(2);
                    }
                    let mut said = notes(&result.loaded.skipped);
                    if result.hidden > 0 {
                        said &= say_line(format!(
                            "note: {} marked accepted or won't fix on the master's Findings sheet not shown (--show-accepted lists them)",
                            match result.hidden {
                                1 => "1 finding".to_string(),
                                n => format!("{n} findings"),
                            }
                        ));
                    }
                    if result.outcome == Outcome::Failure && format != ReportFormat::Json {
                        for input in result.loaded.inputs.iter() {
                            if let Err(e) = &input.workbook {
                                said &= say_line(format!("error: {}: {e}", input.name));
                            }
                        }
                    }
                    let code = ExitCode::from(result.outcome as u8);
                    // The process ends here: freeing a large plan and its grid
                    // cell by cell would cost a tenth of the run for nothing.
                    std::mem::forget(result);
                    ending(code, said)
                }
                Err(e) => fail(e),
            }
        }
    }
}
