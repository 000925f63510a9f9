//! An area's own status scale. Areas write statuses their own way — `B G A
//! R`, `Green` in full, `On track` / `At risk` / `Off track`, `Completed` —
//! and define them in a legend (a block above the table, a `Key` sheet, the
//! Progress header). A status written the way the legend and the rest of the
//! plan write it is correct; what is inconsistent *within* the plan is the
//! defect. [`Scheme::for_area`] turns the legend and the plan's own cells
//! into the scheme every rule reads that plan with.

use super::{Rgb, Scheme, Status};

/// What a status word means, before a scale says which colour it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StatusWord {
    /// `Completed and embedded`, `Embedded`, `Business as usual`.
    Embedded,
    /// `Complete`, `Completed`, `Achieved`, `Done`.
    Complete,
    /// `On track`, `On target`, `Good progress`.
    OnTrack,
    /// `In progress`, `Ongoing`, `Partially achieved`.
    InProgress,
    /// `At risk`, `Some slippage`, `Minor delay`.
    AtRisk,
    /// `Delayed`, `Behind schedule`, `Overdue`.
    Delayed,
    /// `Off track`, `Significant concerns`, `Not achieved`.
    OffTrack,
    /// `Not started`, `Not yet due`, `Pending`.
    NotStarted,
}

/// Status phrases, longest first within each meaning, most specific meaning
/// first (`not started` before `started`, `not achieved` before `achieved`).
const PHRASES: &[(&str, StatusWord)] = &[
    ("completed and embedded", StatusWord::Embedded),
    ("complete and embedded", StatusWord::Embedded),
    ("embedded and sustained", StatusWord::Embedded),
    ("business as usual", StatusWord::Embedded),
    ("embedded", StatusWord::Embedded),
    ("sustained", StatusWord::Embedded),
    ("bau", StatusWord::Embedded),
    ("not yet started", StatusWord::NotStarted),
    ("not started", StatusWord::NotStarted),
    ("not yet begun", StatusWord::NotStarted),
    ("not begun", StatusWord::NotStarted),
    ("not yet due", StatusWord::NotStarted),
    ("not due", StatusWord::NotStarted),
    ("not commenced", StatusWord::NotStarted),
    ("yet to start", StatusWord::NotStarted),
    ("pending", StatusWord::NotStarted),
    ("not on track", StatusWord::OffTrack),
    ("off track", StatusWord::OffTrack),
    ("off-track", StatusWord::OffTrack),
    ("offtrack", StatusWord::OffTrack),
    ("not achieved", StatusWord::OffTrack),
    ("not met", StatusWord::OffTrack),
    ("significant concerns", StatusWord::OffTrack),
    ("significant concern", StatusWord::OffTrack),
    ("serious concerns", StatusWord::OffTrack),
    ("major concerns", StatusWord::OffTrack),
    ("significant risk", StatusWord::OffTrack),
    ("will not be delivered", StatusWord::OffTrack),
    ("stalled", StatusWord::OffTrack),
    ("partially achieved", StatusWord::InProgress),
    ("partially met", StatusWord::InProgress),
    ("in progress", StatusWord::InProgress),
    ("in hand", StatusWord::InProgress),
    ("ongoing", StatusWord::InProgress),
    ("on-going", StatusWord::InProgress),
    ("underway", StatusWord::InProgress),
    ("under way", StatusWord::InProgress),
    ("progressing", StatusWord::InProgress),
    ("some progress", StatusWord::InProgress),
    ("at risk", StatusWord::AtRisk),
    ("some risk", StatusWord::AtRisk),
    ("some slippage", StatusWord::AtRisk),
    ("slippage", StatusWord::AtRisk),
    ("minor delay", StatusWord::AtRisk),
    ("slightly behind", StatusWord::AtRisk),
    ("some concerns", StatusWord::AtRisk),
    ("minor concerns", StatusWord::AtRisk),
    ("behind schedule", StatusWord::Delayed),
    ("behind plan", StatusWord::Delayed),
    ("delayed", StatusWord::Delayed),
    ("overdue", StatusWord::Delayed),
    ("on track", StatusWord::OnTrack),
    ("on-track", StatusWord::OnTrack),
    ("ontrack", StatusWord::OnTrack),
    ("on target", StatusWord::OnTrack),
    ("on schedule", StatusWord::OnTrack),
    ("good progress", StatusWord::OnTrack),
    ("completed", StatusWord::Complete),
    ("complete", StatusWord::Complete),
    ("achieved", StatusWord::Complete),
    ("delivered", StatusWord::Complete),
    ("done", StatusWord::Complete),
    ("finished", StatusWord::Complete),
    ("closed", StatusWord::Complete),
];

fn words_of(text: &str) -> String {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map(|w| w.trim_matches('-'))
        .filter(|w| !w.is_empty())
        .collect();
    words.join(" ")
}

impl StatusWord {
    /// The status word a whole cell is (`On track`, `completed`, `Not
    /// started.`), whatever its case and punctuation.
    pub fn of(text: &str) -> Option<StatusWord> {
        if text.chars().count() > 40 {
            return None;
        }
        let t = words_of(text);
        PHRASES.iter().find(|(p, _)| *p == t).map(|(_, w)| *w)
    }

    /// The first status phrase within longer text (a legend's meaning, a
    /// sentence in a status cell), the most specific phrase winning where
    /// phrases overlap (`not started` is not `started`).
    pub fn within(text: &str) -> Option<StatusWord> {
        let t = format!(" {} ", words_of(text));
        PHRASES
            .iter()
            .filter_map(|(p, w)| t.find(&format!(" {p} ")).map(|at| (at, p.len(), *w)))
            // Earliest; at one place, the longest phrase.
            .min_by_key(|(at, len, _)| (*at, std::cmp::Reverse(*len)))
            .map(|(_, _, w)| w)
    }

    /// The status a word stands for when nothing says otherwise, given the
    /// other words of the scale: `Complete` is Blue in a scale that also has
    /// `On track` (BRAG: Blue complete, Green on track), Green otherwise;
    /// `Delayed` is Amber beside `Off track`, Red otherwise.
    pub fn default_status(self, scale: &[StatusWord]) -> Status {
        let has = |w| scale.contains(&w);
        match self {
            StatusWord::Embedded => Status::Blue,
            StatusWord::Complete => {
                if has(StatusWord::OnTrack) && !has(StatusWord::Embedded) {
                    Status::Blue
                } else {
                    Status::Green
                }
            }
            StatusWord::OnTrack => Status::Green,
            StatusWord::InProgress | StatusWord::AtRisk => Status::Amber,
            StatusWord::Delayed => {
                if has(StatusWord::OffTrack) {
                    Status::Amber
                } else {
                    Status::Red
                }
            }
            StatusWord::OffTrack => Status::Red,
            StatusWord::NotStarted => Status::Grey,
        }
    }
}

/// One entry of an area's legend: a token as written (`B`, `Green`, `On
/// track`) and what it means (`Complete and embedded`), with the token
/// cell's fill where the format shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendEntry {
    pub token: String,
    pub meaning: String,
    pub fill: Option<Rgb>,
}

/// A status cell of the plan, as read for the scale: its text and fill.
#[derive(Debug, Clone, Copy)]
pub struct StatusSample<'a> {
    pub raw: &'a str,
    pub fill: Option<Rgb>,
}

impl Scheme {
    /// What a status means, for help texts: the area's legend's words, else
    /// the seeds' legend's when the codes are not the area's own words.
    pub fn meaning_of(&self, status: Status) -> Option<String> {
        if let Some((_, m)) = self.meanings.iter().find(|(s, _)| *s == status) {
            return Some(m.clone());
        }
        (!self.is_area_scale() || self.code(status).chars().count() <= 4)
            .then(|| status.meaning().to_string())
    }

    /// Whether this is an area's own scheme, built from its legend and
    /// cells, rather than the configured or default one.
    pub fn is_area_scale(&self) -> bool {
        !self.words.is_empty() || !self.also.is_empty() || self.from_plan
    }

    /// The status of a status word in this scheme: the area's legend first,
    /// else the default meaning among the scale's words.
    pub fn word_status(&self, word: StatusWord) -> Status {
        self.words
            .iter()
            .find(|(w, _)| *w == word)
            .map(|(_, s)| *s)
            .unwrap_or_else(|| {
                let scale: Vec<StatusWord> = self.words.iter().map(|(w, _)| *w).collect();
                word.default_status(&scale)
            })
    }

    /// The scheme a plan is read with: this (configured or default) scheme,
    /// with the area's legend and the plan's own spellings. Each status's
    /// code becomes the spelling the legend gives and the plan uses, or the
    /// plan's most common spelling when that is not the code (`Green` in
    /// full on every row, `On track`); the legend's meanings decide what its
    /// words stand for. Configured codes are kept as they are.
    pub fn for_area(&self, legend: &[LegendEntry], cells: &[StatusSample<'_>]) -> Scheme {
        let mut scheme = self.clone();
        // The area's status words: its legend's tokens, and the plan's cells
        // when they are written in words (not a stray `Completed` among codes).
        let in_cells: Vec<StatusWord> =
            cells.iter().filter_map(|c| StatusWord::of(c.raw)).collect();
        let written = cells.iter().filter(|c| !c.raw.trim().is_empty()).count();
        let in_words = in_cells.len() >= 3 && in_cells.len() * 10 >= written * 3;
        let mut scale: Vec<StatusWord> = legend
            .iter()
            .filter_map(|e| StatusWord::of(&e.token))
            .chain(in_words.then_some(in_cells).into_iter().flatten())
            .collect();
        scale.sort_by_key(|w| *w as u8);
        scale.dedup();

        // What the plan's cells filled in a colour say a word stands for:
        // the colour of most of them, when there are enough.
        let filled_as = |word: StatusWord| {
            let fills: Vec<Status> = cells
                .iter()
                .filter(|c| StatusWord::of(c.raw) == Some(word))
                .filter_map(|c| c.fill.and_then(|f| self.status_of_fill(f)))
                .collect();
            majority(&fills)
                .filter(|(_, n)| *n >= 2 && *n * 10 >= fills.len() * 6)
                .map(|(s, _)| s)
        };

        // What the legend's tokens are, and what its words mean.
        let mut spellings: Vec<(String, Status)> = Vec::new();
        let mut words: Vec<(StatusWord, Status)> = Vec::new();
        let mut meanings: Vec<(Status, String)> = Vec::new();
        for entry in legend {
            let token = entry.token.trim();
            let from_token = match self.read(token) {
                super::Reading::Canonical(super::Rag::Single(s))
                | super::Reading::Variant {
                    rag: super::Rag::Single(s),
                    ..
                } => Some(s),
                _ => None,
            };
            let token_word = StatusWord::of(token);
            // A word the legend gives no colour (`Delayed – behind plan`)
            // is what the plan's fills make it, else its default meaning.
            let status = from_token
                .or_else(|| entry.fill.and_then(|f| self.status_of_fill(f)))
                .or_else(|| colour_named(&entry.meaning))
                .or_else(|| token_word.and_then(filled_as))
                .or_else(|| token_word.map(|w| w.default_status(&scale)));
            let Some(status) = status else { continue };
            if token_word.is_some() || from_token.is_some() {
                spellings.push((token.to_string(), status));
            }
            let meaning = entry.meaning.trim();
            if !meaning.is_empty()
                && meaning.chars().count() <= 80
                && !meanings.iter().any(|(s, _)| *s == status)
            {
                meanings.push((status, meaning.to_string()));
            }
            // A word token's meaning may name another word of the scale
            // (`Completed – action finished`); a colour's meaning is only
            // read when the scale is in words.
            let meaning_word = StatusWord::within(&entry.meaning).filter(|_| !scale.is_empty());
            for word in [token_word, meaning_word].into_iter().flatten() {
                if !words.iter().any(|(w, _)| *w == word) {
                    words.push((word, status));
                }
            }
        }
        // A legend of three statuses or more without Grey: this plan has no
        // Grey, and `Gr` in it is not one.
        let named: std::collections::HashSet<Status> = spellings.iter().map(|(_, s)| *s).collect();
        scheme.legend_lacks_grey = named.len() >= 3 && !named.contains(&Status::Grey);
        // Status words the legend does not define: their fills in the plan,
        // else their default meaning.
        for word in &scale {
            if words.iter().any(|(w, _)| w == word) {
                continue;
            }
            let status = filled_as(*word).unwrap_or_else(|| word.default_status(&scale));
            words.push((*word, status));
        }
        scheme.words = words;

        // How the plan writes each status, counted.
        let mut counts: Vec<(String, Status, usize)> = Vec::new();
        for cell in cells {
            let raw = cell.raw;
            if raw.trim() != raw || raw.is_empty() {
                continue;
            }
            let status = match self.read(raw) {
                super::Reading::Canonical(super::Rag::Single(s)) => Some(s),
                super::Reading::Variant {
                    rag: super::Rag::Single(s),
                    kind: super::VariantKind::Word,
                } if raw.chars().count() > 2 => Some(s),
                _ => spellings
                    .iter()
                    .find(|(t, _)| t == raw)
                    .map(|(_, s)| *s)
                    .or_else(|| StatusWord::of(raw).map(|w| scheme.word_status(w)))
                    .or_else(|| self.prefixed(raw)),
            };
            let Some(status) = status else { continue };
            match counts.iter_mut().find(|(t, s, _)| t == raw && *s == status) {
                Some(entry) => entry.2 += 1,
                None => counts.push((raw.to_string(), status, 1)),
            }
        }
        if !self.configured {
            for status in Status::ALL {
                let code = self.code(status).to_string();
                let uses = |t: &str| {
                    counts
                        .iter()
                        .find(|(x, s, _)| x == t && *s == status)
                        .map_or(0, |c| c.2)
                };
                // The legend's own spelling, where the plan uses it; else the
                // plan's most common spelling, where it is used more than the code.
                // (A legend's status word is the plan's spelling even where
                // no cell has it yet: `Off track` before anything is.)
                let legend_spelling = spellings
                    .iter()
                    .find(|(t, s)| {
                        *s == status
                            && (uses(t) > 0 || (StatusWord::of(t).is_some() && uses(&code) == 0))
                    })
                    .map(|(t, _)| t.clone());
                let common = counts
                    .iter()
                    .filter(|(_, s, _)| *s == status)
                    .max_by_key(|(_, _, n)| *n)
                    .filter(|(t, _, n)| *t != code && *n > uses(&code))
                    .map(|(t, _, _)| t.clone());
                if let Some(spelling) = legend_spelling.or(common) {
                    let taken = Status::ALL
                        .iter()
                        .any(|other| *other != status && scheme.code(*other) == spelling);
                    if !taken && spelling != code {
                        scheme.set_code(status, spelling);
                        scheme.from_plan = true;
                    }
                }
            }
        }
        // The legend's other spellings are correct too (`Complete` and
        // `Completed and embedded` both Blue).
        scheme.also = spellings
            .into_iter()
            .filter(|(t, s)| scheme.code(*s) != t && uses_in(&counts, t))
            .collect();
        // The default codes keep the seeds' legend's meanings; an area's own
        // scale has its legend's.
        if scheme.is_area_scale() {
            scheme.meanings = meanings;
        }
        scheme
    }

    fn set_code(&mut self, status: Status, code: String) {
        match status {
            Status::Blue => self.blue = code,
            Status::Green => self.green = code,
            Status::Amber => self.amber = code,
            Status::Red => self.red = code,
            Status::Grey => self.grey = code,
        }
    }
}

fn uses_in(counts: &[(String, Status, usize)], t: &str) -> bool {
    counts.iter().any(|(x, _, _)| x == t)
}

/// The most frequent status of a list, with its count.
fn majority(statuses: &[Status]) -> Option<(Status, usize)> {
    Status::ALL
        .iter()
        .map(|s| (*s, statuses.iter().filter(|x| *x == s).count()))
        .filter(|(_, n)| *n > 0)
        .max_by_key(|(_, n)| *n)
}

/// A colour named in a legend's meaning (`Complete (Blue)`).
fn colour_named(text: &str) -> Option<Status> {
    let t = format!(" {} ", words_of(text));
    [
        ("blue", Status::Blue),
        ("green", Status::Green),
        ("amber", Status::Amber),
        ("yellow", Status::Amber),
        ("red", Status::Red),
        ("grey", Status::Grey),
        ("gray", Status::Grey),
    ]
    .into_iter()
    .find(|(w, _)| t.contains(&format!(" {w} ")))
    .map(|(_, s)| s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Rag, Reading, VariantKind};

    fn cells(texts: &[&'static str]) -> Vec<StatusSample<'static>> {
        texts
            .iter()
            .map(|raw| StatusSample { raw, fill: None })
            .collect()
    }

    #[test]
    fn status_words() {
        assert_eq!(StatusWord::of("On track"), Some(StatusWord::OnTrack));
        assert_eq!(StatusWord::of("not started."), Some(StatusWord::NotStarted));
        assert_eq!(StatusWord::of("Completed"), Some(StatusWord::Complete));
        assert_eq!(StatusWord::of("Started"), None);
        assert_eq!(
            StatusWord::within("Action complete and embedded in practice"),
            Some(StatusWord::Embedded)
        );
        assert_eq!(
            StatusWord::within("work not yet started, no concerns"),
            Some(StatusWord::NotStarted)
        );
        assert_eq!(
            StatusWord::within("Significant risk; will not be delivered by the date set"),
            Some(StatusWord::OffTrack)
        );
    }

    /// A BRAG word scale with a key: each word is its status, written as
    /// the key writes it; another case is not.
    #[test]
    fn a_word_scale_from_its_key() {
        let legend: Vec<LegendEntry> = [
            ("Complete", "Action delivered and impact evidenced"),
            ("On track", "Progressing to plan"),
            ("At risk", "Some slippage"),
            ("Off track", "Will not be delivered on time"),
            ("Not started", "Not yet due"),
        ]
        .iter()
        .map(|(t, m)| LegendEntry {
            token: t.to_string(),
            meaning: m.to_string(),
            fill: None,
        })
        .collect();
        let scheme = Scheme::default().for_area(
            &legend,
            &cells(&["On track", "On track", "Complete", "At risk", "on track"]),
        );
        assert_eq!(
            scheme.codes(),
            [
                "Complete",
                "On track",
                "At risk",
                "Off track",
                "Not started"
            ]
        );
        assert_eq!(
            scheme.read("On track"),
            Reading::Canonical(Rag::Single(Status::Green))
        );
        assert_eq!(
            scheme.read("on track"),
            Reading::Variant {
                rag: Rag::Single(Status::Green),
                kind: VariantKind::Case
            }
        );
        assert_eq!(
            scheme.read("At risk/Off track"),
            Reading::Canonical(Rag::Split(Status::Amber, Status::Red))
        );
        assert!(matches!(
            scheme.read("Meeting held with schools, next steps agreed"),
            Reading::FreeText { .. }
        ));
    }

    /// Colour words in full on every row are the plan's codes; the seeds'
    /// letters stay letters.
    #[test]
    fn the_plans_own_spelling_of_colours() {
        let eastmoor = Scheme::default().for_area(
            &[],
            &cells(&["Green", "Green", "Amber", "Red", "Blue", "GREEN"]),
        );
        assert_eq!(eastmoor.codes(), ["Blue", "Green", "Amber", "Red", "Grey"]);
        assert!(matches!(
            eastmoor.read("GREEN"),
            Reading::Variant {
                kind: VariantKind::Case,
                ..
            }
        ));
        let seeds = Scheme::default().for_area(&[], &cells(&["G", "G", "A", "green", "Gr"]));
        assert_eq!(seeds.codes(), ["B", "G", "A", "R", "Grey"]);
        assert!(matches!(
            seeds.read("green"),
            Reading::Variant {
                kind: VariantKind::Word,
                ..
            }
        ));
    }

    /// `Completed` where the key says so; `Complete` is another spelling.
    #[test]
    fn another_word_for_the_same_status() {
        let legend = vec![
            LegendEntry {
                token: "Completed".into(),
                meaning: "action finished".into(),
                fill: None,
            },
            LegendEntry {
                token: "On track".into(),
                meaning: "progressing to plan".into(),
                fill: None,
            },
            LegendEntry {
                token: "Delayed".into(),
                meaning: "behind plan, recovery in place".into(),
                fill: None,
            },
        ];
        let scheme = Scheme::default().for_area(
            &legend,
            &cells(&["Completed", "On track", "Delayed", "Complete"]),
        );
        assert_eq!(scheme.code(Status::Blue), "Completed");
        assert_eq!(scheme.code(Status::Red), "Delayed");
        assert!(matches!(
            scheme.read("Complete"),
            Reading::Variant {
                rag: Rag::Single(Status::Blue),
                kind: VariantKind::Word
            }
        ));
    }

    /// A word the key gives no colour is the colour the plan fills it in:
    /// `Delayed – behind plan, recovery in place`, filled amber on every
    /// row, is Amber (Red only when nothing says otherwise).
    #[test]
    fn a_word_the_key_leaves_uncoloured_takes_the_plans_fills() {
        let legend: Vec<LegendEntry> = [
            ("Completed", "action finished"),
            ("On track", "progressing to plan"),
            ("Delayed", "behind plan, recovery in place"),
        ]
        .map(|(token, meaning)| LegendEntry {
            token: token.into(),
            meaning: meaning.into(),
            fill: None,
        })
        .to_vec();
        let amber = Some(Rgb(0xFFC000));
        let samples = [
            ("On track", Some(Rgb(0x00B050))),
            ("Delayed", amber),
            ("Delayed", amber),
            ("Delayed", amber),
            ("Completed", None),
        ]
        .map(|(raw, fill)| StatusSample { raw, fill });
        let scheme = Scheme::default().for_area(&legend, &samples);
        assert_eq!(scheme.code(Status::Amber), "Delayed");
        // One filled cell is not enough to go by.
        let scheme = Scheme::default().for_area(&legend, &samples[..2]);
        assert_eq!(scheme.code(Status::Red), "Delayed");
    }
}
