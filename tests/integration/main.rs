//! One integration test binary (the rust_xlsxwriter pattern): every module
//! below runs against real workbooks — the samples, LibreOffice's copies of
//! them, and variations generated from them.

mod browser;
mod build;
mod cli;
mod common;
mod config;
mod diff;
mod folders;
mod formats;
mod hostile;
mod layouts;
mod limits;
mod officers;
mod other_areas;
mod outputs;
mod print;
mod samples;
mod serve;
mod signals;
mod snapshots;
mod summary_sheet;
mod term_loop;
mod terminal;
mod variations;
