//! Triage that lasts. An officer marks a finding `accepted` or `won't fix`
//! on the master's Findings sheet, with a comment; the next build (and
//! `check`) of that master carries the mark to the same finding, matched by
//! rule, priority sheet, action and value found — not by row, which moves as
//! findings come and go. A finding whose cell now holds something else has
//! another key, and comes back open.

/// A finding's status on the Findings sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TriageStatus {
    Open,
    /// Looked at, and right as it is (an acronym the area uses, a role).
    Accepted,
    /// Real, but not to be fixed (an archived priority).
    WontFix,
}

impl TriageStatus {
    pub const ALL: [TriageStatus; 3] = [
        TriageStatus::Open,
        TriageStatus::Accepted,
        TriageStatus::WontFix,
    ];

    /// As the Findings sheet's dropdown writes it.
    pub fn label(self) -> &'static str {
        match self {
            TriageStatus::Open => "open",
            TriageStatus::Accepted => "accepted",
            TriageStatus::WontFix => "won't fix",
        }
    }

    /// A Status cell as an officer may have typed it (`Accepted`, `wont
    /// fix`, `Won’t fix`); `None` for anything else (`corrected by build`).
    pub fn parse(text: &str) -> Option<TriageStatus> {
        let flat: String = text
            .trim()
            .to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect();
        match flat.as_str() {
            "open" => Some(TriageStatus::Open),
            "accepted" | "accept" => Some(TriageStatus::Accepted),
            "wontfix" | "willnotfix" => Some(TriageStatus::WontFix),
            _ => None,
        }
    }

    /// Whether `check` leaves it out (unless asked to show it).
    pub fn hides(self) -> bool {
        self != TriageStatus::Open
    }
}

/// What an officer wrote about a finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Triage {
    pub status: TriageStatus,
    pub comment: String,
}

/// What a finding is, however its row moves: its rule's code, the priority
/// sheet it is on, the action it is about (its label on the Findings sheet)
/// and the value found.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TriageKey {
    pub code: String,
    pub sheet: String,
    pub action: String,
    pub value: String,
}

impl TriageKey {
    pub fn new(code: &str, sheet: &str, action: &str, value: &str) -> TriageKey {
        let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        TriageKey {
            code: code.trim().to_ascii_uppercase(),
            sheet: sheet.trim().to_string(),
            action: flat(action),
            value: flat(value),
        }
    }
}

/// How an action is named on the Findings sheet: its id and the start of
/// its text (`1.2 Relaunch the Local Offer with…`).
pub fn action_label(id: Option<&str>, text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let short: String = if flat.chars().count() > 60 {
        let cut: String = flat.chars().take(59).collect();
        format!("{}…", cut.trim_end())
    } else {
        flat
    };
    // An id the text already begins with (`A. Develop…`) is not said twice.
    match id.map(str::trim).filter(|i| !i.is_empty()) {
        Some(id) if !short.starts_with(id) => format!("{id} {short}"),
        _ => short,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_are_read_as_typed() {
        assert_eq!(
            TriageStatus::parse("Accepted"),
            Some(TriageStatus::Accepted)
        );
        assert_eq!(
            TriageStatus::parse(" won’t fix "),
            Some(TriageStatus::WontFix)
        );
        assert_eq!(TriageStatus::parse("WONT FIX"), Some(TriageStatus::WontFix));
        assert_eq!(TriageStatus::parse("open"), Some(TriageStatus::Open));
        assert_eq!(TriageStatus::parse("corrected by build: `g` → `G`"), None);
        assert_eq!(TriageStatus::parse(""), None);
    }

    #[test]
    fn actions_are_labelled_by_id_and_text() {
        assert_eq!(
            action_label(Some("1.2"), "Relaunch  the\nLocal Offer"),
            "1.2 Relaunch the Local Offer"
        );
        assert_eq!(
            action_label(Some("A"), "A. Develop a JSNA"),
            "A. Develop a JSNA"
        );
        let long = "word ".repeat(20);
        assert_eq!(action_label(None, &long).chars().count(), 60);
        assert_eq!(
            TriageKey::new("rag002", "P 1", "a  b", "x"),
            TriageKey::new("RAG002", "P 1", "a b", "x")
        );
    }
}
