//! The `ragplan` binary: parse arguments, run, exit. All the work is in the library.

mod cli;

use clap::Parser;

// Reading a workbook makes and frees millions of small strings; mimalloc does
// that faster than the system allocator (see README, Speed; why v2 in Cargo.toml).
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    ragplan::import::read::quiet_contained_panics();
    cli::run(cli::Cli::parse())
}
