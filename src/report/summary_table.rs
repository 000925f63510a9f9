//! `ragplan summary`: the Summary sheet's table in the terminal, coloured
//! when the terminal supports it.

use crate::check::summary::PrioritySummary;
use crate::export::styles::shown;
use crate::model::{Rag, Scheme};

fn pad(s: &str, width: usize) -> String {
    let n = s.chars().count();
    if n >= width {
        s.chars().take(width).collect()
    } else {
        format!("{s}{}", " ".repeat(width - n))
    }
}

fn clip(s: &str, width: usize) -> String {
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

pub fn render(summaries: &[PrioritySummary<'_>], color: bool) -> String {
    let mut out = String::new();
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
        "{} {} {} {} {:>3} {:>3} {:>3} {:>3} {:>4} {:>5} {:>4} {:>5}  {} {:>6} {:>8}\n",
        pad("PRIORITY", name_width),
        pad("PROBLEM STATEMENT", 34),
        pad("STATED", stated_width),
        pad("COMPUTED", code_width + 10),
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
                code(s.scheme, Some(c.rag), code_width, color),
                pad(&format!("({label})"), 9)
            ),
            _ => pad("", code_width + 10),
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
            pad(&clip(&s.name, name_width), name_width),
            pad(&clip(title, 34), 34),
            code(s.scheme, s.stated, stated_width, color),
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
