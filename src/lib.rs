//! ragplan reads a council's SEND improvement plan (the Written Statement of
//! Action and its termly monitoring workbooks) in whatever layout officers
//! keep it, and reports every problem at its exact cell.
//!
//! Data flows one way: [`import`] (workbook → [`model::Plan`], with
//! provenance) → [`check`] (rules over the plan → findings) → [`report`]
//! (human, short, JSON).

pub mod app;
pub mod check;
pub mod import;
pub mod model;
pub mod report;
