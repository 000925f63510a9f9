//! The HTML report: one self-contained file for `ragplan check --format
//! html` (inline CSS, no script, prints on A4), and the same results as a
//! fragment for the web page (`ragplan serve`), which serves the stylesheet
//! from its own address instead of inlining it.
//!
//! The results: the priority summary (stated and computed status as coloured
//! tags, counts, % complete, trend), the errors to fix (each a link to its
//! finding), the files read, and the findings grouped by priority, errors
//! first (at most [`MAX_FINDINGS_SHOWN`]), each
//! with its file, sheet and cell, the value found, the message, the help,
//! the rows around the cell ([`super::rows`]) and the rule's explanation one
//! click away. Filters by severity and rule work without script: checkboxes
//! and `:has()` selectors in the stylesheet.
//!
//! Every text from a workbook (cells, sheet and file names) is escaped, and
//! control characters are shown as their visible symbols (␛), so a cell
//! holding `<script>` shows as that text.

use std::fmt::Write as _;
use std::io::{self, Write};

use crate::check::summary::{PrioritySummary, summarise};
use crate::check::{Finding, RULES, Severity, counts};
use crate::export::styles::shown;
use crate::export::{MasterColumn, SummaryColumn as C};
use crate::import::Loaded;
use crate::model::{CellRef, Rag, Scheme, Status};

use super::rows::RowsAround;
use super::sheet_cell;

/// Longest a cell of the rows around a finding is shown before it is clipped
/// (wider than the terminal's: a table wraps).
const CELL_WIDTH: usize = 60;

/// Findings shown in full. A real plan has dozens; a report of a hundred
/// thousand would be hundreds of megabytes that nobody reads (and that a
/// server would hold in memory per request). Beyond this the report says how
/// many more there are and where they all are: the master's Findings sheet.
pub const MAX_FINDINGS_SHOWN: usize = 1000;

/// Errors listed in the summary of errors at the top, each a link.
const MAX_ERRORS_LISTED: usize = 10;

/// The stylesheet that does not depend on the configuration.
const BASE_CSS: &str = include_str!("html.css");

/// The severity tags' colours: (fill, text), contrast checked in the tests.
const SEVERITY_COLOURS: [(Severity, u32, u32); 3] = [
    (Severity::Error, 0xB10E1E, 0xFFFFFF),
    (Severity::Warning, 0xFFDD57, 0x000000),
    (Severity::Info, 0x1D5FA0, 0xFFFFFF),
];

/// The whole stylesheet: the base, the RAG colours of this scheme (text in
/// black or white, whichever contrasts more with the fill), and the filter
/// rules for every rule in the catalogue.
pub fn stylesheet(scheme: &Scheme) -> String {
    let mut css = String::from(BASE_CSS);
    css.push_str("\n/* The RAG colours (ragplan.toml's [rag.colours]). */\n");
    for status in Status::ALL {
        let fill = scheme.fill(status);
        let _ = writeln!(
            css,
            ".rag-{} {{ background-color: #{fill:06X}; color: #{:06X}; }}",
            status.name().to_ascii_lowercase(),
            text_on(fill)
        );
    }
    css.push_str("\n/* Severity tags. */\n");
    for (severity, fill, text) in SEVERITY_COLOURS {
        let _ = writeln!(
            css,
            ".tag-{} {{ background-color: #{fill:06X}; color: #{text:06X}; }}",
            severity.as_str()
        );
    }
    css.push_str("\n/* The filters: an unticked box hides its findings. */\n");
    for severity in ["error", "warning", "info"] {
        let _ = writeln!(
            css,
            ".report:has(#show-{severity}:not(:checked)) .finding.severity-{severity} {{ display: none; }}"
        );
    }
    for rule in RULES {
        let _ = writeln!(
            css,
            ".report:has(#show-{0}:not(:checked)) .finding.rule-{0} {{ display: none; }}",
            rule.code
        );
    }
    css
}

/// Black or white, whichever contrasts more with `fill` (WCAG 2 contrast).
fn text_on(fill: u32) -> u32 {
    if contrast(fill, 0x000000) >= contrast(fill, 0xFFFFFF) {
        0x000000
    } else {
        0xFFFFFF
    }
}

/// WCAG 2's contrast ratio of two colours (1 to 21).
fn contrast(a: u32, b: u32) -> f64 {
    fn luminance(rgb: u32) -> f64 {
        let channel = |shift: u32| {
            let c = f64::from((rgb >> shift) & 0xFF) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
    }
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// `ragplan check --format html`: the report as one self-contained page.
pub fn write(
    loaded: &Loaded,
    findings: &[Finding],
    scheme: &Scheme,
    out: &mut dyn Write,
) -> io::Result<()> {
    let (e, w, i) = counts(findings);
    write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>Plan check: {e} errors, {w} warnings, {i} infos</title>\n<style>\n{}</style>\n\
         </head>\n<body>\n<main class=\"page\">\n<h1 class=\"heading-xl\">Improvement plan check</h1>\n\
         <p class=\"lead\">{} checked by ragplan {} on {}.</p>\n",
        stylesheet(scheme),
        plural(loaded.plan.files.len(), "file"),
        env!("CARGO_PKG_VERSION"),
        crate::export::time::date_time(crate::export::time::now()),
    )?;
    write_results(loaded, findings, out)?;
    writeln!(out, "</main>\n</body>\n</html>")
}

/// The results as a fragment (`<div class="report">…</div>`), for a page
/// that links the [`stylesheet`].
pub fn write_results(loaded: &Loaded, findings: &[Finding], out: &mut dyn Write) -> io::Result<()> {
    let all = summarise(&loaded.plan, findings);
    // The master's order.
    let summaries: Vec<PrioritySummary<'_>> = crate::export::priority_order(&loaded.plan)
        .into_iter()
        .map(|i| all[i].clone())
        .collect();
    let groups = groups(&summaries, findings);
    // The documents, as the master's Summary has them: each one's
    // priorities as indexes into `summaries`.
    let place: std::collections::HashMap<usize, usize> =
        crate::export::priority_order(&loaded.plan)
            .into_iter()
            .enumerate()
            .map(|(k, i)| (i, k))
            .collect();
    let documents: Vec<(String, Vec<usize>)> = crate::export::documents_of(&loaded.plan)
        .into_iter()
        .map(|(name, members)| {
            let at = members
                .iter()
                .filter_map(|i| place.get(i).copied())
                .collect();
            (name, at)
        })
        .collect();
    writeln!(out, "<div class=\"report\" id=\"report\">")?;
    write_summary(&summaries, &documents, findings, loaded, out)?;
    write_error_summary(loaded, findings, out)?;
    write_files(loaded, out)?;
    write_findings(loaded, findings, &summaries, &groups, out)?;
    writeln!(out, "</div>")
}

/// The findings of each priority (in summary order), then those in no
/// priority (a whole file, a sheet without a plan): indexes into the
/// findings, errors first, at most [`MAX_FINDINGS_SHOWN`] in all.
fn groups(summaries: &[PrioritySummary<'_>], findings: &[Finding]) -> Vec<Vec<usize>> {
    let mut shown: Vec<usize> = (0..findings.len()).collect();
    // Stable: within a severity, report order.
    shown.sort_by_key(|i| std::cmp::Reverse(findings[*i].severity));
    shown.truncate(MAX_FINDINGS_SHOWN);
    let mut groups = vec![Vec::new(); summaries.len() + 1];
    for i in shown {
        let group = findings[i]
            .source()
            .and_then(|s| summaries.iter().position(|p| p.priority.covers(&s)))
            .unwrap_or(summaries.len());
        groups[group].push(i);
    }
    groups
}

fn write_error_summary(
    loaded: &Loaded,
    findings: &[Finding],
    out: &mut dyn Write,
) -> io::Result<()> {
    let errors: Vec<(usize, &Finding)> = findings
        .iter()
        .enumerate()
        .filter(|(_, f)| f.severity == Severity::Error)
        .collect();
    if errors.is_empty() {
        return writeln!(
            out,
            "<div class=\"notice\"><h2 class=\"heading-m\">No errors</h2>\
             <p>{} to look at.</p></div>",
            plural_findings(findings)
        );
    }
    writeln!(
        out,
        "<div class=\"error-summary\" aria-labelledby=\"error-summary-title\" tabindex=\"-1\">\n\
         <h2 class=\"error-summary-title\" id=\"error-summary-title\">{} to fix</h2>\n<ul>",
        plural(errors.len(), "error")
    )?;
    for (i, f) in errors.iter().take(MAX_ERRORS_LISTED) {
        let place = match place_in_sheet(loaded, f) {
            Some(place) => place,
            None => loaded.plan.file(f.file).display().to_string(),
        };
        writeln!(
            out,
            "<li><a href=\"#finding-{i}\">{}: {}</a></li>",
            text(&place),
            inline(&f.message)
        )?;
    }
    if errors.len() > MAX_ERRORS_LISTED {
        writeln!(
            out,
            "<li>and {} more, below</li>",
            errors.len() - MAX_ERRORS_LISTED
        )?;
    }
    writeln!(out, "</ul>\n</div>")
}

/// `'Priority 1'!F12`, or `None` for a whole-file finding.
fn place_in_sheet(loaded: &Loaded, f: &Finding) -> Option<String> {
    let (sheet, cell) = f.sheet.zip(f.cell)?;
    Some(sheet_cell(loaded.plan.sheet_name_at(f.file, sheet), cell))
}

fn write_summary(
    summaries: &[PrioritySummary<'_>],
    documents: &[(String, Vec<usize>)],
    findings: &[Finding],
    loaded: &Loaded,
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(
        out,
        "<h2 class=\"heading-l\" id=\"summary\">Summary</h2>\n<p class=\"counts\">{} in {}.</p>",
        counts_sentence(findings),
        plural(loaded.plan.files.len(), "file")
    )?;
    if summaries.is_empty() {
        return writeln!(out, "<p>No plan was found in these files.</p>");
    }
    // The master Summary's columns and headings, but the period (shown
    // with the computed status) and the roll-up rule (explained below).
    let headings = &crate::export::MasterLayout::shared().summary.columns;
    let shown: Vec<C> = C::ALL
        .iter()
        .copied()
        .filter(|c| !matches!(c, C::Period | C::RollUp))
        .collect();
    // A table per document, headed by its name when there are several, as
    // the master's Summary has them: nothing adds up two documents' actions.
    for (name, members) in documents {
        let caption = if documents.len() > 1 {
            writeln!(out, "<h3 class=\"heading-m\">{}</h3>", text(name))?;
            format!("{}: each priority's status and findings", text(name))
        } else {
            "Each priority's status and findings".to_string()
        };
        write!(
            out,
            "<div class=\"table-wrap\"><table class=\"summary\">\n\
             <caption class=\"visually-hidden\">{caption}</caption>\n<thead><tr>"
        )?;
        for &column in &shown {
            write!(
                out,
                "<th scope=\"col\"{}>{}</th>",
                number_class(column),
                text(headings.of(column))
            )?;
        }
        writeln!(out, "</tr></thead>\n<tbody>")?;
        for &k in members {
            write_summary_row(&summaries[k], k, &shown, out)?;
        }
        writeln!(out, "</tbody></table></div>")?;
    }
    writeln!(
        out,
        "<p class=\"hint\">Computed is the status the actions add up to \
         in the latest period: any Red makes the priority Red; else any Amber, Amber; \
         else a split rating gives the worst split; else Green (all Blue: Blue; all Grey: Grey). \
         % complete is the share of actions Green or Blue.</p>"
    )
}

/// One priority's row of the summary; `k` numbers its findings' anchor.
fn write_summary_row(
    s: &PrioritySummary<'_>,
    k: usize,
    shown: &[C],
    out: &mut dyn Write,
) -> io::Result<()> {
    // In the priority's own plan's codes (`G`, `On track`).
    let scheme = s.scheme;
    let title = s.title();
    let computed = match (s.computed, s.latest_label()) {
        (Some(c), Some(label)) => format!(
            "{} <span class=\"period\">({})</span>",
            tag(scheme, c.rag),
            text(label)
        ),
        // As the master and `ragplan summary` say it.
        _ if s.latest.is_none() => "<span class=\"period\">no status yet</span>".to_string(),
        _ => String::new(),
    };
    let stated = s.stated.map(|r| tag(scheme, r)).unwrap_or_default();
    // A priority with no status in any period is not 0% complete.
    let done = s
        .percent_complete()
        .filter(|_| s.counts.any_status())
        .map(|p| format!("{:.0}%", p * 100.0))
        .unwrap_or_default();
    let trend = match (s.trend, s.previous) {
        (Some(t), Some(before)) => format!(
            "<span class=\"trend\">{} {}</span> <span class=\"period\">(was {})</span>",
            t.arrow(),
            t.word(),
            text(&scheme.write(before.rag))
        ),
        _ => String::new(),
    };
    let link = |n: usize| {
        if n == 0 {
            "0".to_string()
        } else {
            format!("<a href=\"#priority-{k}\">{n}</a>")
        }
    };
    write!(out, "<tr>")?;
    for &column in shown {
        let cell = match column {
            C::Priority => {
                write!(
                    out,
                    "<th scope=\"row\"><a href=\"#priority-{k}\">{}</a></th>",
                    text(&s.name)
                )?;
                continue;
            }
            C::ProblemStatement => {
                write!(out, "<td class=\"statement\">{}</td>", text(title))?;
                continue;
            }
            C::Stated => stated.clone(),
            C::Computed => computed.clone(),
            C::PercentComplete => done.clone(),
            C::Trend => trend.clone(),
            C::Errors => link(s.errors),
            C::Warnings => link(s.warnings),
            counted => counted.count(&s.counts).unwrap_or_default().to_string(),
        };
        write!(out, "<td{}>{cell}</td>", number_class(column))?;
    }
    writeln!(out, "</tr>")
}

/// The class of a Summary column's cells: numbers are right-aligned.
fn number_class(column: C) -> &'static str {
    if column.is_number() {
        " class=\"num\""
    } else {
        ""
    }
}

/// A RAG status as a coloured tag, with its name for a screen reader when
/// the code is a letter.
fn tag(scheme: &Scheme, rag: Rag) -> String {
    let code = scheme.write(rag);
    let name = rag.name();
    let label = if name == code {
        String::new()
    } else {
        format!(" title=\"{}\" aria-label=\"{}\"", attr(&name), attr(&name))
    };
    format!(
        "<strong class=\"tag rag-{}\"{label}>{}</strong>",
        shown(rag).name().to_ascii_lowercase(),
        text(&code)
    )
}

fn write_files(loaded: &Loaded, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "<h2 class=\"heading-m\" id=\"files\">Files</h2>\n<ul class=\"files\">"
    )?;
    for input in &loaded.inputs {
        let what = match &input.workbook {
            Err(e) => format!(
                "<span class=\"unreadable\">could not be read: {}</span>",
                text(&e.to_string())
            ),
            Ok(wb) => {
                let sheets: Vec<String> = input
                    .plan_sheets
                    .iter()
                    .filter_map(|s| wb.sheets.get(*s))
                    .map(|s| text(&quoted(&s.name)))
                    .collect();
                if sheets.is_empty() {
                    format!("no plan found in {}", plural(wb.sheets.len(), "sheet"))
                } else {
                    format!("a plan on {}", sheets.join(", "))
                }
            }
        };
        writeln!(
            out,
            "<li><span class=\"file-name\">{}</span>: {what}</li>",
            text(&input.name)
        )?;
    }
    writeln!(out, "</ul>")
}

fn write_findings(
    loaded: &Loaded,
    findings: &[Finding],
    summaries: &[PrioritySummary<'_>],
    groups: &[Vec<usize>],
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(out, "<h2 class=\"heading-l\" id=\"findings\">Findings</h2>")?;
    if findings.is_empty() {
        return writeln!(out, "<p>Nothing to report.</p>");
    }
    let shown: usize = groups.iter().map(Vec::len).sum();
    if shown < findings.len() {
        writeln!(
            out,
            "<p class=\"notice\">The first {shown} of {} findings are shown here, errors first. \
             Every finding is on the master workbook's Findings sheet.</p>",
            findings.len()
        )?;
    }
    write_filters(findings, out)?;
    for (k, group) in groups.iter().enumerate() {
        if group.is_empty() {
            continue;
        }
        let (id, heading, statement) = match summaries.get(k) {
            Some(s) => {
                let title = s.priority.title.as_ref().map(|t| t.value.as_str());
                let statement = match title {
                    Some(t) if !t.is_empty() && t != s.name => {
                        format!("<p class=\"statement\">{}</p>\n", text(t))
                    }
                    _ => String::new(),
                };
                (format!("priority-{k}"), text(&s.name), statement)
            }
            None => (
                "not-in-a-priority".to_string(),
                "Whole files, and sheets without a plan".to_string(),
                String::new(),
            ),
        };
        let n = |s: Severity| group.iter().filter(|i| findings[**i].severity == s).count();
        writeln!(
            out,
            "<section class=\"group\" aria-labelledby=\"{id}\">\n<h3 class=\"heading-m\" id=\"{id}\">{heading} \
             <span class=\"group-counts\">{}</span></h3>\n{statement}",
            sentence(n(Severity::Error), n(Severity::Warning), n(Severity::Info))
        )?;
        for i in group {
            write_finding(loaded, *i, &findings[*i], out)?;
        }
        writeln!(out, "</section>")?;
    }
    Ok(())
}

fn write_filters(findings: &[Finding], out: &mut dyn Write) -> io::Result<()> {
    let (e, w, i) = counts(findings);
    writeln!(
        out,
        "<div class=\"filters\">\n<fieldset class=\"checkboxes\">\n<legend>Show</legend>"
    )?;
    for (severity, label, n) in [
        ("error", "Errors", e),
        ("warning", "Warnings", w),
        ("info", "Infos", i),
    ] {
        writeln!(
            out,
            "<div class=\"checkbox\"><input type=\"checkbox\" id=\"show-{severity}\" checked>\
             <label for=\"show-{severity}\">{label} ({n})</label></div>"
        )?;
    }
    writeln!(out, "</fieldset>")?;
    let rules: Vec<(&crate::check::Rule, usize)> = RULES
        .iter()
        .map(|r| (*r, findings.iter().filter(|f| f.rule == *r).count()))
        .filter(|(_, n)| *n > 0)
        .collect();
    writeln!(
        out,
        "<details class=\"rule-filter\">\n<summary>Show or hide rules ({} found)</summary>\n\
         <fieldset class=\"checkboxes\">\n<legend class=\"visually-hidden\">Rules</legend>",
        rules.len()
    )?;
    for (rule, n) in rules {
        writeln!(
            out,
            "<div class=\"checkbox\"><input type=\"checkbox\" id=\"show-{0}\" checked>\
             <label for=\"show-{0}\"><span class=\"code\">{0}</span> {1} ({n})</label></div>",
            rule.code, rule.name
        )?;
    }
    writeln!(out, "</fieldset>\n</details>\n</div>")
}

fn write_finding(loaded: &Loaded, i: usize, f: &Finding, out: &mut dyn Write) -> io::Result<()> {
    let severity = f.severity.as_str();
    let file = loaded.plan.file(f.file).display();
    let mut place = text(file);
    if let Some(at) = place_in_sheet(loaded, f) {
        place.push_str(" › ");
        place.push_str(&text(&at));
    }
    if let Some(field) = &f.field {
        let _ = write!(place, " ({})", text(field));
    }
    writeln!(
        out,
        "<article class=\"finding severity-{severity} rule-{code}\" id=\"finding-{i}\">\n\
         <h4 class=\"finding-title\"><strong class=\"tag tag-{severity}\">{severity}</strong> \
         <span class=\"code\">{code}</span> {name}</h4>\n\
         <p class=\"message\">{message}</p>\n<dl class=\"facts\">\n<dt>Where</dt><dd>{place}</dd>",
        code = f.rule.code,
        name = f.rule.name,
        message = inline(&f.message),
    )?;
    if let Some(value) = &f.value {
        writeln!(
            out,
            "<dt>Value found</dt><dd><code class=\"value\">{}</code></dd>",
            text(value)
        )?;
    }
    if let Some(help) = &f.help {
        writeln!(out, "<dt>What to do</dt><dd>{}</dd>", inline(help))?;
    }
    for related in &f.related {
        let name = loaded.plan.sheet_name(&related.source);
        let at = sheet_cell(name, related.source.cell);
        let file = if related.source.file == f.file {
            String::new()
        } else {
            format!(
                "{} › ",
                text(loaded.plan.file(related.source.file).display())
            )
        };
        writeln!(
            out,
            "<dt>See also</dt><dd>{file}{} ({})</dd>",
            text(&at),
            inline(&related.note)
        )?;
    }
    writeln!(out, "</dl>")?;
    let sheet = f.sheet.and_then(|s| {
        loaded
            .workbook(f.file)
            .and_then(|wb| wb.sheets.get(s as usize))
    });
    if let (Some(sheet), Some(cell)) = (sheet, f.cell) {
        write_rows(
            &RowsAround::new(sheet, cell, f.value.as_deref(), CELL_WIDTH),
            &sheet.name,
            out,
        )?;
    }
    writeln!(
        out,
        "<details class=\"explain\">\n<summary>What {} means</summary>\n<div class=\"explanation\">\n{}</div>\n</details>\n</article>",
        f.rule.name,
        explanation(f.rule.explanation)
    )
}

/// The rows around the cell as a table: column letters above, row numbers
/// beside, the cell marked.
fn write_rows(rows: &RowsAround, sheet: &str, out: &mut dyn Write) -> io::Result<()> {
    let (first, last) = (
        rows.rows.first().map_or(0, |r| r + 1),
        rows.rows.last().map_or(0, |r| r + 1),
    );
    write!(
        out,
        "<div class=\"table-wrap\"><table class=\"rows\">\n<caption>{}, rows {first} to {last}</caption>\n\
         <thead><tr><th scope=\"col\"><span class=\"visually-hidden\">Row</span></th>",
        text(&quoted(sheet))
    )?;
    for c in &rows.cols {
        write!(out, "<th scope=\"col\">{}</th>", CellRef::column_name(*c))?;
    }
    writeln!(out, "</tr></thead>\n<tbody>")?;
    for (i, row) in rows.shown.iter().enumerate() {
        write!(out, "<tr><th scope=\"row\">{}</th>", rows.rows[i] + 1)?;
        for (j, value) in row.iter().enumerate() {
            if rows.is_cell(i, j) {
                write!(
                    out,
                    "<td class=\"cell\"><mark>{}</mark><span class=\"visually-hidden\"> (this cell, {})</span></td>",
                    text(value),
                    rows.cell
                )?;
            } else {
                write!(out, "<td>{}</td>", text(value))?;
            }
        }
        writeln!(out, "</tr>")?;
    }
    writeln!(out, "</tbody></table></div>")
}

/// A rule's explanation (`## Heading` lines and paragraphs, `code` in
/// backticks) as HTML.
fn explanation(source: &str) -> String {
    let mut html = String::new();
    for block in source.split("\n\n") {
        let mut lines = block.trim().lines().peekable();
        while let Some(line) = lines.next_if(|l| l.starts_with("## ")) {
            let _ = writeln!(html, "<h5>{}</h5>", inline(&line[3..]));
        }
        let paragraph: Vec<&str> = lines.collect();
        if !paragraph.is_empty() {
            let _ = writeln!(html, "<p>{}</p>", inline(&paragraph.join(" ")));
        }
    }
    html
}

/// Escaped text with `code` in backticks as `<code>` (an unpaired
/// backtick is shown as it is).
fn inline(s: &str) -> String {
    let mut html = String::new();
    let mut rest = s;
    while let Some(open) = rest.find('`') {
        let Some(len) = rest[open + 1..].find('`') else {
            break;
        };
        html.push_str(&text(&rest[..open]));
        let _ = write!(
            html,
            "<code>{}</code>",
            text(&rest[open + 1..open + 1 + len])
        );
        rest = &rest[open + len + 2..];
    }
    html.push_str(&text(rest));
    html
}

/// `'Priority 1'`, quoted as Excel quotes a sheet name.
fn quoted(sheet: &str) -> String {
    format!("'{}'", sheet.replace('\'', "''"))
}

/// Text escaped for HTML, control characters shown as their visible
/// symbols (U+2400…) rather than sent to the page.
pub fn text(s: &str) -> String {
    html_escape::encode_text(&visible(s)).into_owned()
}

/// Text escaped for a double-quoted attribute.
pub fn attr(s: &str) -> String {
    html_escape::encode_double_quoted_attribute(&visible(s)).into_owned()
}

/// Control characters as the symbols that picture them (`␛`); tabs and
/// line breaks stay.
fn visible(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\t' | '\n' => c,
            '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
            '\u{7f}' => '\u{2421}',
            '\u{80}'..='\u{9f}' => '\u{fffd}',
            _ => c,
        })
        .collect()
}

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

fn plural_findings(findings: &[Finding]) -> String {
    let (_, w, i) = counts(findings);
    if w + i == 0 {
        "Nothing".to_string()
    } else {
        format!("{} and {}", plural(w, "warning"), plural(i, "info"))
    }
}

/// `23 errors, 21 warnings and 15 infos`.
fn counts_sentence(findings: &[Finding]) -> String {
    let (e, w, i) = counts(findings);
    sentence(e, w, i)
}

fn sentence(e: usize, w: usize, i: usize) -> String {
    format!(
        "{}, {} and {}",
        plural(e, "error"),
        plural(w, "warning"),
        plural(i, "info")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workbook_text_is_escaped_and_control_characters_made_visible() {
        assert_eq!(
            text("<script>alert(\"x\")</script> & \u{1b}[31m"),
            "&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; \u{241b}[31m"
        );
        assert_eq!(attr("a\"b<"), "a&quot;b&lt;");
    }

    #[test]
    fn backticks_are_code_and_an_unpaired_one_stays() {
        assert_eq!(
            inline("`А` looks like `A`"),
            "<code>А</code> looks like <code>A</code>"
        );
        assert_eq!(inline("it's `<b>`"), "it's <code>&lt;b&gt;</code>");
        assert_eq!(inline("a ` b"), "a ` b");
        assert_eq!(inline("`x` and ` y"), "<code>x</code> and ` y");
    }

    #[test]
    fn explanations_have_headings_and_paragraphs() {
        let html = explanation("## What it does\nReports `Gr`\nin a cell.\n\n## Bad\n`Gr`\n");
        assert_eq!(
            html,
            "<h5>What it does</h5>\n<p>Reports <code>Gr</code> in a cell.</p>\n<h5>Bad</h5>\n<p><code>Gr</code></p>\n"
        );
    }

    #[test]
    fn every_tag_is_legible() {
        // WCAG AA for normal text: 4.5 to 1. White on the default Red
        // (#FF0000) is 4.0, so the page writes black on it (5.25).
        let scheme = Scheme::default();
        for status in Status::ALL {
            let fill = scheme.fill(status);
            assert!(
                contrast(fill, text_on(fill)) >= 4.5,
                "{status:?}: {:.2}",
                contrast(fill, text_on(fill))
            );
        }
        assert_eq!(text_on(scheme.fill(Status::Blue)), 0xFFFFFF);
        assert_eq!(text_on(scheme.fill(Status::Red)), 0x000000);
        for (severity, fill, text) in SEVERITY_COLOURS {
            assert!(contrast(fill, text) >= 4.5, "{severity:?}");
        }
        assert!((contrast(0x000000, 0xFFFFFF) - 21.0).abs() < 1e-9);
    }
}
