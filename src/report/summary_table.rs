//! `ragplan summary`: the Summary sheet's table in the terminal, coloured
//! when the terminal supports it.

use crate::check::summary::PrioritySummary;
use crate::export::styles::shown;
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

pub fn render(summaries: &[PrioritySummary<'_>], scheme: &Scheme, color: bool) -> String {
    let mut out = String::new();
    let header = format!(
        "{} {} {} {} {:>3} {:>3} {:>3} {:>3} {:>4} {:>5} {:>4} {:>5}  {} {:>6} {:>8}\n",
        pad("PRIORITY", 16),
        pad("PROBLEM STATEMENT", 34),
        pad("STATED", 6),
        pad("COMPUTED", 14),
        "B",
        "G",
        "A",
        "R",
        "Grey",
        "Split",
        "None",
        "Done",
        pad("TREND", 9),
        "ERRORS",
        "WARNINGS"
    );
    out.push_str(&header);
    for s in summaries {
        let title = s
            .priority
            .title
            .as_ref()
            .map(|t| t.value.as_str())
            .unwrap_or_default();
        let computed = match (s.computed, s.latest_label()) {
            (Some(c), Some(label)) => format!(
                "{} {}",
                code(scheme, Some(c.rag), 4, color),
                pad(&format!("({label})"), 9)
            ),
            _ => pad("", 14),
        };
        let c = &s.counts;
        let trend = s
            .trend
            .map(|t| format!("{} {}", t.arrow(), t.word()))
            .unwrap_or_default();
        let done = s
            .percent_complete()
            .map(|p| format!("{:.0}%", p * 100.0))
            .unwrap_or_default();
        out.push_str(&format!(
            "{} {} {} {} {:>3} {:>3} {:>3} {:>3} {:>4} {:>5} {:>4} {:>5}  {} {:>6} {:>8}\n",
            pad(&s.name, 16),
            pad(&clip(title, 34), 34),
            code(scheme, s.stated, 6, color),
            computed,
            c.blue,
            c.green,
            c.amber,
            c.red,
            c.grey,
            c.split,
            c.none,
            done,
            pad(&trend, 9),
            s.errors,
            s.warnings
        ));
    }
    out
}
