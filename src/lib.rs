//! ragplan reads a council's SEND improvement plan (the Written Statement of
//! Action and its termly monitoring workbooks) in whatever layout officers
//! keep it, and reports every problem at its exact cell.
//!
//! Data flows one way: [`import`] (workbook → [`model::Plan`], with
//! provenance) → [`check`] (rules over the plan → findings) → [`report`]
//! (human, short, JSON, HTML) / [`export`] (the master workbook) → [`serve`]
//! (the web page, which only calls the others). [`app`] ties them together
//! for the binary.
//!
//! ```
//! use ragplan::{check, import, model::Scheme};
//!
//! let loaded = import::load(&["samples/priority-1.xlsx".into()], &Scheme::default());
//! let findings = check::check(&loaded, &check::Options::default());
//! let homoglyph = findings.iter().find(|f| f.rule.name == "rag-homoglyph").unwrap();
//! assert_eq!(homoglyph.cell.unwrap().to_string(), "F12"); // a Cyrillic А posing as A
//! print!("{}", ragplan::report::short::render(&loaded, &findings));
//! ```

pub mod app;
pub mod check;
pub mod config;
pub mod diff;
pub mod export;
pub mod import;
pub mod interrupt;
pub mod model;
mod parallel;
pub mod report;
pub mod serve;
