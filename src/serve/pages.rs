//! The page, rendered on the server: the upload form, then either nothing,
//! the results ([`crate::report::html::write_results`]) or a problem in an
//! error summary. Everything that changes from one answer to the next is
//! inside `<div id="results">`, which the page's script swaps in place.

use std::fmt::Write as _;

use super::limits::{Limits, size};
use crate::check::Finding;
use crate::import::Loaded;
use crate::report::html::{self, text};

/// What the results area holds.
pub enum Results<'a> {
    Nothing,
    Report {
        loaded: &'a Loaded,
        findings: &'a [Finding],
        /// Findings left out: marked accepted or won't fix on a master's
        /// Findings sheet.
        hidden: usize,
    },
    /// Something went wrong: a title and what to do, for the error summary.
    Problem {
        title: &'a str,
        /// HTML: whatever came from a client is escaped by the caller.
        detail_html: String,
    },
}

/// The whole page.
pub fn page(limits: &Limits, results: Results<'_>) -> String {
    let mut body = Vec::new();
    let _ = write_results(&results, &mut body);
    let body = String::from_utf8_lossy(&body);
    let title = match &results {
        Results::Problem { title, .. } => format!("Error: {title} – ragplan"),
        Results::Report { findings, .. } => {
            let (e, w, i) = crate::check::counts(findings);
            format!("{e} errors, {w} warnings, {i} infos – ragplan")
        }
        Results::Nothing => "Check your improvement plan workbooks – ragplan".to_string(),
    };
    let mut page = String::with_capacity(body.len() + 8 * 1024);
    let _ = write!(
        page,
        r##"<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/report.css">
<link rel="stylesheet" href="/assets/page.css">
<script src="/assets/page.js" defer></script>
</head>
<body>
<a href="#main" class="skip-link">Skip to main content</a>
<header class="header"><div class="header-inner"><span class="logo">ragplan</span><span class="service">Check a SEND improvement plan</span></div></header>
<main class="page" id="main">
<h1 class="heading-xl">Check your improvement plan workbooks</h1>
<p class="lead">Add the workbooks you keep the plan in. You will see every problem at its cell, and can download one clean master workbook.</p>
<form class="upload" id="upload" method="post" action="/check" enctype="multipart/form-data" data-max-files="{max_files}" data-max-file-bytes="{max_file_bytes}" data-max-request-bytes="{max_request_bytes}">
<div class="form-group">
<label class="label" for="files">Workbooks</label>
<div class="hint" id="files-hint">.xlsx, .xlsm, .xlsb, .xls or .ods. Up to {max_files} files, each up to {file_size}.</div>
<div class="drop-zone" id="drop-zone">
<p class="js-only drop-text" aria-hidden="true">Drag and drop workbooks here, or</p>
<input class="file-input" type="file" id="files" name="files" multiple accept=".xlsx,.xlsm,.xlsb,.xls,.ods" aria-describedby="files-hint">
</div>
<div class="js-only chosen" id="chosen" hidden><h2 class="heading-s">Files added</h2><ul class="chosen-list" id="chosen-list"></ul></div>
</div>
<div class="button-group">
<button class="button" type="submit" id="check-button">Check the workbooks</button>
<button class="button button-secondary" type="submit" formaction="/master" id="master-button">Download the master workbook</button>
<button class="button button-secondary" type="submit" formaction="/report" id="report-button">Download this report</button>
</div>
<p class="status" id="status" role="status" aria-live="polite"></p>
</form>
<div id="results">
{body}</div>
</main>
<footer class="footer"><div class="footer-inner">Nothing you add is kept: the workbooks are read in memory and forgotten once the answer is sent, and nothing of them is logged. Without JavaScript, choose the files again for each download. ragplan {version}</div></footer>
</body>
</html>
"##,
        max_files = limits.max_files,
        max_file_bytes = limits.max_file_bytes,
        max_request_bytes = limits.max_request_bytes,
        file_size = size(limits.max_file_bytes),
        version = env!("CARGO_PKG_VERSION"),
    );
    page
}

fn write_results(results: &Results<'_>, out: &mut Vec<u8>) -> std::io::Result<()> {
    use std::io::Write;
    match results {
        Results::Nothing => Ok(()),
        Results::Report {
            loaded,
            findings,
            hidden,
        } => {
            if *hidden > 0 {
                writeln!(
                    out,
                    "<p class=\"hidden-findings\">{hidden} {} marked accepted or won't fix on the master's Findings sheet {} not shown.</p>",
                    if *hidden == 1 { "finding" } else { "findings" },
                    if *hidden == 1 { "is" } else { "are" }
                )?;
            }
            html::write_results(loaded, findings, out)
        }
        Results::Problem { title, detail_html } => writeln!(
            out,
            "<div class=\"error-summary\" id=\"problem\" role=\"alert\" aria-labelledby=\"problem-title\" tabindex=\"-1\">\n\
             <h2 class=\"error-summary-title\" id=\"problem-title\">{}</h2>\n<p>{detail_html}</p>\n</div>",
            text(title)
        ),
    }
}
