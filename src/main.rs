//! The `ragplan` binary: parse arguments, run, exit. All the work is in the library.

mod cli;

use clap::Parser;

fn main() -> std::process::ExitCode {
    cli::run(cli::Cli::parse())
}
