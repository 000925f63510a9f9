//! The `ragplan` binary: parse arguments, run, exit. All the work is in the library.

mod cli;

use clap::Parser;

fn main() -> std::process::ExitCode {
    ragplan::import::read::quiet_contained_panics();
    cli::run(cli::Cli::parse())
}
