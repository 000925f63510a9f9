//! `ragplan summary`: the Summary sheet's tables in the terminal, a part
//! per document, coloured when the terminal supports it.

use crate::check::summary::{Counts, PrioritySummary};
use crate::export::styles::shown;
use crate::export::{Section, SummaryColumn as C};
use crate::model::{Rag, Scheme};

/// Text padded (or cut) to `width`, control characters escaped.
fn pad(s: &str, width: usize) -> String {
    let s = super::printable(s);
    let n = s.chars().count();
    if n >= width {
        s.chars().take(width).collect()
    } else {
        format!("{s}{}", " ".repeat(width - n))
    }
}

fn clip(s: &str, width: usize) -> String {
    let s = super::printable(s);
    if s.chars().count() <= width {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(width - 1).collect::<String>())
    }
}

/// A status code padded to `width`, on its RAG colour when `color` is set.
fn code(scheme: &Scheme, rag: Option<Rag>, width: usize, color: bool) -> String {
    let text = pad(&rag.map(|r| scheme.write(r)).unwrap_or_default(), width);
    match rag {
        Some(r) if color => {
            let rgb = scheme.fill(shown(r));
            let (red, green, blue) = ((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
            let fg = if matches!(
                shown(r),
                crate::model::Status::Blue | crate::model::Status::Red
            ) {
                "97"
            } else {
                "30"
            };
            format!("\x1b[48;2;{red};{green};{blue}m\x1b[{fg}m{text}\x1b[0m")
        }
        _ => text,
    }
}

/// The priority table, a part per document (as the master's Summary): its
/// name, its priorities, its total. Priorities without any status say so.
pub fn render(sections: &[Section<'_>], total_label: &str, color: bool) -> String {
    let mut out = String::new();
    let summaries: Vec<&PrioritySummary<'_>> = sections
        .iter()
        .flat_map(|s| s.rows.iter().map(|r| &r.summary))
        .collect();
    // Each priority is written in its own plan's codes (`G`, `On track`).
    let widest = |rag: &dyn Fn(&PrioritySummary<'_>) -> Option<crate::model::Rag>| {
        summaries
            .iter()
            .filter_map(|s| rag(s).map(|r| s.scheme.write(r).chars().count()))
            .max()
            .unwrap_or(0)
    };
    let stated_width = widest(&|s| s.stated).max(6);
    let code_width = widest(&|s| s.computed.map(|c| c.rag)).max(4);
    let name_width = summaries
        .iter()
        .map(|s| s.name.chars().count())
        .max()
        .unwrap_or(0)
        .clamp(16, 28);
    let header = format!(
        "{} {} {} {} {}  {}\n",
        pad("PRIORITY", name_width),
        pad("PROBLEM STATEMENT", 34),
        pad("STATED", stated_width),
        pad("COMPUTED", code_width + 10),
        counted(|c| terminal(c).0.to_string()),
        [C::Trend, C::Errors, C::Warnings]
            .map(|c| cell(c, terminal(c).0))
            .join(" ")
    );
    for (k, section) in sections.iter().enumerate() {
        if k > 0 {
            out.push('\n');
        }
        out.push_str(&super::printable(&section.name));
        out.push('\n');
        out.push_str(&header);
        for r in &section.rows {
            let s = &r.summary;
            let title = s.title();
            let computed = match (s.computed, s.latest_label()) {
                (Some(c), Some(label)) => format!(
                    "{} {}",
                    code(s.scheme, Some(c.rag), code_width, color),
                    pad(&format!("({label})"), 9)
                ),
                _ => pad("no status yet", code_width + 10),
            };
            let trend = s
                .trend
                .map(|t| format!("{} {}", t.arrow(), t.word()))
                .unwrap_or_default();
            out.push_str(&counts_line(
                &format!(
                    "{} {} {} {}",
                    pad(&clip(&s.name, name_width), name_width),
                    pad(&clip(title, 34), 34),
                    code(s.scheme, s.stated, stated_width, color),
                    computed
                ),
                &s.counts,
                &trend,
                (s.errors, s.warnings),
            ));
        }
        let (errors, warnings) = section.findings();
        out.push_str(&counts_line(
            &pad(
                total_label,
                name_width + 36 + stated_width + code_width + 11,
            ),
            &section.total(),
            "",
            (errors, warnings),
        ));
    }
    out
}

/// Counts, the share done, the trend and the findings after `lead`.
fn counts_line(lead: &str, c: &Counts, trend: &str, (errors, warnings): (usize, usize)) -> String {
    format!(
        "{lead} {}  {} {} {}\n",
        counted(|column| counted_value(column, c)),
        cell(C::Trend, trend),
        cell(C::Errors, &errors.to_string()),
        cell(C::Warnings, &warnings.to_string()),
    )
}

/// The Summary's column as the terminal heads it, and its width there.
fn terminal(column: C) -> (&'static str, usize) {
    column.terminal().unwrap_or(("", 0))
}

/// A value in a column of the terminal's table: text left, numbers right.
fn cell(column: C, text: &str) -> String {
    let width = terminal(column).1;
    if column.is_number() {
        format!("{text:>width$}")
    } else {
        pad(text, width)
    }
}

/// The count columns and the share complete ([`C::counts`]), each cell
/// from `value` right-aligned in its terminal width, as in the sheet.
fn counted(value: impl Fn(C) -> String) -> String {
    C::counts()
        .iter()
        .copied()
        .chain([C::PercentComplete])
        .map(|column| {
            let width = terminal(column).1;
            format!("{:>width$}", value(column))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A count, or the share complete, of `c`.
fn counted_value(column: C, c: &Counts) -> String {
    match column.count(c) {
        Some(n) => n.to_string(),
        None => share(c.share_complete().filter(|_| c.any_status())),
    }
}

/// `ragplan summary --trend`: for each document with a status, its
/// counts per status in every period, and each priority's share of Green
/// or Blue actions per period (as the Summary's trend tables and chart).
pub fn render_trend(sections: &[Section<'_>]) -> String {
    let mut out = String::new();
    for section in sections {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&super::printable(&section.name));
        out.push('\n');
        if section.reported().next().is_none() {
            out.push_str("no status reported yet\n");
            continue;
        }
        let period_width = section
            .periods
            .iter()
            .map(|p| super::printable(&p.label).chars().count())
            .max()
            .unwrap_or(0)
            .clamp(6, 16);
        out.push_str(&format!(
            "{} {}\n",
            pad("PERIOD", period_width),
            counted(|c| terminal(c).0.to_string())
        ));
        for p in &section.periods {
            out.push_str(&format!(
                "{} {}\n",
                pad(&clip(&p.label, period_width), period_width),
                counted(|column| counted_value(column, &p.counts))
            ));
        }
        // Green or Blue per priority per period: the trend chart's lines.
        let name_width = section
            .reported()
            .map(|r| r.summary.name.chars().count())
            .max()
            .unwrap_or(0)
            .clamp(16, 28);
        let widths: Vec<usize> = section
            .periods
            .iter()
            .map(|p| super::printable(&p.label).chars().count().clamp(4, 16))
            .collect();
        out.push_str(&pad("DONE BY PRIORITY", name_width));
        for (p, w) in section.periods.iter().zip(&widths) {
            out.push_str(&format!(" {:>w$}", clip(&p.label, *w)));
        }
        out.push('\n');
        for r in section.reported() {
            out.push_str(&pad(&clip(&r.summary.name, name_width), name_width));
            for (s, w) in r.shares.iter().zip(&widths) {
                out.push_str(&format!(" {:>w$}", share(*s)));
            }
            out.push('\n');
        }
    }
    out
}

/// A share as a whole percentage, or nothing.
fn share(s: Option<f64>) -> String {
    s.map(|p| format!("{:.0}%", p * 100.0)).unwrap_or_default()
}
