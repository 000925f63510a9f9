//! Updates: the dated notes of "Sub Group Action to date" (`Feb 2021: … Apr
//! 21: … December 2021: …`).

pub mod notes_out_of_order;
pub mod stale_update;

use crate::model::YearMonth;

/// The dates that head entries of an update note (`Feb 2021:`, `Apr 21:`,
/// `December 2021:`), in the order written.
pub fn note_dates(text: &str) -> Vec<YearMonth> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices(':') {
        let before: Vec<&str> = text[..i].split_whitespace().rev().take(2).collect();
        if let [year, month] = before[..]
            && let Some(ym) = YearMonth::parse(&format!("{month} {year}"))
        {
            out.push(ym);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_of_the_seeds_notes() {
        let notes = "Feb 2021: Joint Comm sub group report is ongoing Apr 21: NM reported. Dec 2021: SEND JSNA completed (See link)";
        let labels: Vec<String> = note_dates(notes).iter().map(|d| d.label()).collect();
        assert_eq!(labels, ["Feb-21", "Apr-21", "Dec-21"]);
        assert!(note_dates("SEE 6H").is_empty());
        assert!(note_dates("Note: nothing dated").is_empty());
    }
}
