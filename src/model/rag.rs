//! RAG statuses: what a status cell says, read the way an officer means it.
//!
//! [`Scheme::read`] is the one classifier every rule, the roll-up and the
//! export share, so "what `Gr` means" is decided in exactly one place.

use std::fmt;

use unicode_normalization::UnicodeNormalization;

/// One of the five statuses of the seeds' legend.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    /// Work in progress or not started, with concerns about delivery.
    Red,
    /// Work not started, with no concerns.
    Grey,
    /// Work in progress, expected to be completed in time.
    Amber,
    /// Completed.
    Green,
    /// Outcomes agreed, embedded and being delivered.
    Blue,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Blue,
        Status::Green,
        Status::Amber,
        Status::Red,
        Status::Grey,
    ];

    /// How far along the work is; used to tell "went backwards" and to pick
    /// the worse half of a split.
    fn progress(self) -> u8 {
        match self {
            Status::Red => 1,
            Status::Grey => 2,
            Status::Amber => 3,
            Status::Green => 4,
            Status::Blue => 5,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Status::Blue => "Blue",
            Status::Green => "Green",
            Status::Amber => "Amber",
            Status::Red => "Red",
            Status::Grey => "Grey",
        }
    }

    /// The legend's meaning, for help texts.
    pub fn meaning(self) -> &'static str {
        match self {
            Status::Blue => "outcomes agreed, embedded and being delivered",
            Status::Green => "completed",
            Status::Amber => "in progress, expected to be completed in time",
            Status::Red => "delayed, with concerns the outcomes may not be delivered in time",
            Status::Grey => "not started, with no concerns",
        }
    }
}

/// A status as recorded: one status, or a split rating such as `G/A`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rag {
    Single(Status),
    /// Two statuses, the better one first (`G/A`, `A/R`).
    Split(Status, Status),
}

impl Rag {
    /// A split in canonical (better-first) order; `None` for two equal halves.
    pub fn split(a: Status, b: Status) -> Option<Rag> {
        match a.progress().cmp(&b.progress()) {
            std::cmp::Ordering::Greater => Some(Rag::Split(a, b)),
            std::cmp::Ordering::Less => Some(Rag::Split(b, a)),
            std::cmp::Ordering::Equal => None,
        }
    }

    /// Twice the average progress, so a split sits between its halves.
    pub fn score(self) -> u8 {
        match self {
            Rag::Single(s) => 2 * s.progress(),
            Rag::Split(a, b) => a.progress() + b.progress(),
        }
    }

    pub fn statuses(self) -> impl Iterator<Item = Status> {
        let (a, b) = match self {
            Rag::Single(s) => (s, None),
            Rag::Split(a, b) => (a, Some(b)),
        };
        std::iter::once(a).chain(b)
    }

    pub fn is_split(self) -> bool {
        matches!(self, Rag::Split(..))
    }

    pub fn name(self) -> String {
        match self {
            Rag::Single(s) => s.name().to_string(),
            Rag::Split(a, b) => format!("{}/{}", a.name(), b.name()),
        }
    }
}

/// How a recognised-but-not-canonical spelling differs from the code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VariantKind {
    /// `g`, `grey` for `Grey` written `GREY`.
    Case,
    /// Leading or trailing spaces (`amber `), including non-breaking ones.
    Whitespace,
    /// A word or abbreviation (`Green`, `Amb`, `gray`).
    Word,
    /// `Gr`: means Grey (not started) in the legend but reads as Green.
    AmbiguousGr,
    /// Full-width or other compatibility forms (`Ｇ`).
    Width,
    /// A split written worse-first (`A/G`) or with another separator.
    SplitForm,
}

/// A character from another script that looks like a Latin letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Homoglyph {
    pub found: char,
}

impl Homoglyph {
    /// `U+0410 (Cyrillic)` — enough for an officer to search the character.
    pub fn describe(self) -> String {
        let c = self.found as u32;
        let script = match c {
            0x0370..=0x03FF | 0x1F00..=0x1FFF => "Greek",
            0x0400..=0x052F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => "Cyrillic",
            0x0530..=0x058F => "Armenian",
            0x13A0..=0x13FF => "Cherokee",
            0xFF00..=0xFFEF => "full-width",
            0x200B..=0x200F | 0x2060..=0x2064 | 0xFEFF | 0x00AD => "invisible",
            0x2100..=0x214F => "letterlike symbol",
            0x1D400..=0x1D7FF => "mathematical letter",
            _ => "non-Latin",
        };
        format!("U+{c:04X} ({script})")
    }
}

/// What a status cell says.
#[derive(Debug, Clone, PartialEq)]
pub enum Reading {
    /// Nothing in the cell.
    Empty,
    /// Exactly a code of the scheme.
    Canonical(Rag),
    /// A recognisable spelling of a code that is not the code itself.
    Variant { rag: Rag, kind: VariantKind },
    /// Looks exactly like a code but contains characters from another script
    /// (or invisible ones).
    Homoglyph { rag: Rag, chars: Box<[Homoglyph]> },
    /// Words where a code belongs; `implied` is the code they suggest.
    FreeText { implied: Option<Rag> },
    /// A short token that is not a code (`X`, `GG`, `5`).
    Unknown,
    /// No text, but the cell is filled in a status's colour: the officer
    /// coloured the cell instead of writing the code.
    ColourOnly(Rag),
}

impl Reading {
    /// The status the officer meant, where it can be told.
    pub fn rag(&self) -> Option<Rag> {
        match self {
            Reading::Canonical(r)
            | Reading::Variant { rag: r, .. }
            | Reading::Homoglyph { rag: r, .. }
            | Reading::ColourOnly(r) => Some(*r),
            Reading::FreeText { .. } | Reading::Unknown | Reading::Empty => None,
        }
    }
}

/// The codes written for each status. The default is SPEC.md's: `B G A R`,
/// `Grey` (no single letter is unambiguous for grey) and `G/A` for splits.
/// `ragplan.toml`'s `[rag]` table deserialises into this.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Scheme {
    pub blue: String,
    pub green: String,
    pub amber: String,
    pub red: String,
    pub grey: String,
    /// Between the halves of a split rating.
    pub split_separator: String,
    /// Whether the area rates actions with split ratings on purpose (then
    /// `rag-split` stays silent).
    pub allow_split: bool,
    /// The area's own spellings, each meaning a code (`"C" = "G"`).
    pub aliases: std::collections::BTreeMap<String, String>,
    /// Fill colours, `#RRGGBB`.
    pub colours: Colours,
    /// What the area's status words mean (`On track` → Green), from its
    /// legend and its cells ([`Scheme::for_area`]); empty for the configured
    /// or default scheme, whose free text is read as the seeds' legend means it.
    #[serde(skip)]
    pub words: Vec<(super::StatusWord, Status)>,
    /// Other spellings the area's legend gives a status, as correct as its code.
    #[serde(skip)]
    pub also: Vec<(String, Status)>,
    /// What the area's legend says each status means (`Some slippage,
    /// recoverable`), for help texts.
    #[serde(skip)]
    pub meanings: Vec<(Status, String)>,
    /// Whether some code is the plan's own spelling rather than the
    /// configured one.
    #[serde(skip)]
    pub from_plan: bool,
    /// Whether `ragplan.toml` sets the codes (then they are kept as given).
    #[serde(skip)]
    pub configured: bool,
    /// The area's legend names its statuses, and Grey is not one of them:
    /// `Gr` is then no code of its plan (more likely a Green than a Grey)
    /// and is left for the officer to say, never corrected to Grey.
    #[serde(skip)]
    pub legend_lacks_grey: bool,
}

/// The fill of each status (SPEC.md's defaults).
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Colours {
    pub blue: String,
    pub green: String,
    pub amber: String,
    pub red: String,
    pub grey: String,
}

impl Default for Colours {
    fn default() -> Self {
        Colours {
            blue: "#0070C0".into(),
            green: "#00B050".into(),
            amber: "#FFC000".into(),
            red: "#FF0000".into(),
            grey: "#BFBFBF".into(),
        }
    }
}

impl Colours {
    /// The colour as `0xRRGGBB`, or `None` when it is not `#RRGGBB`.
    pub fn parse(text: &str) -> Option<u32> {
        let hex = text.trim().strip_prefix('#')?;
        (hex.len() == 6)
            .then(|| u32::from_str_radix(hex, 16).ok())
            .flatten()
    }

    pub fn of(&self, status: Status) -> &str {
        match status {
            Status::Blue => &self.blue,
            Status::Green => &self.green,
            Status::Amber => &self.amber,
            Status::Red => &self.red,
            Status::Grey => &self.grey,
        }
    }
}

impl Default for Scheme {
    fn default() -> Self {
        Scheme {
            blue: "B".into(),
            green: "G".into(),
            amber: "A".into(),
            red: "R".into(),
            grey: "Grey".into(),
            split_separator: "/".into(),
            allow_split: false,
            aliases: Default::default(),
            colours: Colours::default(),
            words: Vec::new(),
            also: Vec::new(),
            meanings: Vec::new(),
            from_plan: false,
            configured: false,
            legend_lacks_grey: false,
        }
    }
}

/// Colours officers use for each status, from Excel's palette and its
/// conditional-format presets.
const PALETTE: &[(u32, Status)] = &[
    (0xFF0000, Status::Red),
    (0xC00000, Status::Red),
    (0xFFC7CE, Status::Red),
    (0xE6B8B7, Status::Red),
    (0xFFC000, Status::Amber),
    (0xFFBF00, Status::Amber),
    (0xFFA500, Status::Amber),
    (0xFFFF00, Status::Amber),
    (0xFFEB9C, Status::Amber),
    (0xF79646, Status::Amber),
    (0xED7D31, Status::Amber),
    (0xFFD966, Status::Amber),
    (0x00B050, Status::Green),
    (0x92D050, Status::Green),
    (0x00FF00, Status::Green),
    (0xC6EFCE, Status::Green),
    (0xA9D08E, Status::Green),
    (0x70AD47, Status::Green),
    (0x008000, Status::Green),
    (0x0070C0, Status::Blue),
    (0x00B0F0, Status::Blue),
    (0x4472C4, Status::Blue),
    (0x5B9BD5, Status::Blue),
    (0x0000FF, Status::Blue),
    (0xBFBFBF, Status::Grey),
    (0xD9D9D9, Status::Grey),
    (0xA6A6A6, Status::Grey),
    (0x808080, Status::Grey),
    (0xC0C0C0, Status::Grey),
    (0x7F7F7F, Status::Grey),
];

/// Spellings recognised for each status, lower-case. `gr` is handled apart.
const WORDS: [(Status, &[&str]); 5] = [
    (Status::Blue, &["b", "blue", "bl", "blu"]),
    (Status::Green, &["g", "green", "grn", "gn"]),
    (Status::Amber, &["a", "amber", "amb", "am", "ambr"]),
    (Status::Red, &["r", "red", "rd"]),
    (Status::Grey, &["grey", "gray", "gy", "gry"]),
];

/// Phrases that imply a status in free text, most specific first.
const IMPLIED: [(&[&str], Status); 5] = [
    (
        &[
            "not started",
            "not yet started",
            "not due",
            "not begun",
            "not yet begun",
            "grey",
            "gray",
        ],
        Status::Grey,
    ),
    (
        &[
            "red",
            "delayed",
            "behind",
            "at risk",
            "off track",
            "overdue",
            "concern",
            "concerns",
        ],
        Status::Red,
    ),
    (
        &[
            "amber",
            "in progress",
            "ongoing",
            "on track",
            "underway",
            "under way",
            "being developed",
            "started",
            "progressing",
        ],
        Status::Amber,
    ),
    (
        &[
            "green",
            "complete",
            "completed",
            "done",
            "achieved",
            "finished",
            "delivered",
        ],
        Status::Green,
    ),
    (&["blue", "embedded"], Status::Blue),
];

/// Phrases that say an action's work is not finished. Free text holding one
/// is never read as Green or Blue (nothing is suggested instead: whether the
/// rest is on track or late is the officer's call). Lower-case words, as
/// the text is matched.
const WORK_REMAINS: [&str; 16] = [
    "more to be",
    "more to do",
    "more work",
    "further work",
    "still to",
    "still needs",
    "yet to",
    "not yet",
    "remaining",
    "remains",
    "outstanding",
    "ongoing",
    "in progress",
    "continuing",
    "however",
    "but",
];

const FORMULA_ERRORS: [&str; 10] = [
    "#REF!",
    "#N/A",
    "#VALUE!",
    "#DIV/0!",
    "#NAME?",
    "#NUM!",
    "#NULL!",
    "#SPILL!",
    "#CALC!",
    "#GETTING_DATA",
];

/// A cell holding a spreadsheet error value (`#REF!`); ODS delivers these as text.
pub fn is_formula_error(text: &str) -> bool {
    let t = text.trim();
    FORMULA_ERRORS.iter().any(|e| e.eq_ignore_ascii_case(t))
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}' | '\u{034F}')
}

impl Scheme {
    pub fn code(&self, status: Status) -> &str {
        match status {
            Status::Blue => &self.blue,
            Status::Green => &self.green,
            Status::Amber => &self.amber,
            Status::Red => &self.red,
            Status::Grey => &self.grey,
        }
    }

    /// The canonical text for a status (`G`, `Grey`, `G/A`).
    pub fn write(&self, rag: Rag) -> String {
        match rag {
            Rag::Single(s) => self.code(s).to_string(),
            Rag::Split(a, b) => format!("{}{}{}", self.code(a), self.split_separator, self.code(b)),
        }
    }

    /// Every canonical code, for dropdowns and help texts.
    pub fn codes(&self) -> Vec<&str> {
        Status::ALL.iter().map(|s| self.code(*s)).collect()
    }

    /// Reads a status cell, its fill included: an empty cell filled in a
    /// status's colour is that status, shown by colour only.
    pub fn read_cell(&self, text: &super::Text) -> Reading {
        let reading = self.read(text.raw());
        if reading != Reading::Empty || is_formula_error(text.raw()) {
            return reading;
        }
        match text.fill.and_then(|f| self.status_of_fill(f)) {
            Some(status) => Reading::ColourOnly(Rag::Single(status)),
            None => Reading::Empty,
        }
    }

    /// The status a fill colour clearly stands for: the scheme's own colours
    /// first, then the shades officers pick from Excel's palette. Pale
    /// banding and white stand for nothing.
    pub fn status_of_fill(&self, fill: super::Rgb) -> Option<Status> {
        let own = Status::ALL.iter().map(|s| (self.fill(*s), *s));
        let (d, status) = own
            .chain(PALETTE.iter().copied())
            .map(|(c, s)| {
                let (r, g, b) = fill.channels();
                let (r2, g2, b2) = super::Rgb(c).channels();
                ((r - r2).pow(2) + (g - g2).pow(2) + (b - b2).pow(2), s)
            })
            .min_by_key(|(d, _)| *d)?;
        (d <= 30 * 30).then_some(status)
    }

    /// The fill of a status, from the scheme's colours (SPEC.md's if unreadable).
    pub fn fill(&self, status: Status) -> u32 {
        Colours::parse(self.colours.of(status))
            .or_else(|| Colours::parse(Colours::default().of(status)))
            .unwrap_or(0xFFFFFF)
    }

    fn exact(&self, text: &str) -> Option<Rag> {
        if let Some(s) = Status::ALL.into_iter().find(|s| self.code(*s) == text) {
            return Some(Rag::Single(s));
        }
        if let Some((_, s)) = self.also.iter().find(|(t, _)| t == text) {
            return Some(Rag::Single(*s));
        }
        let (a, b) = text.split_once(self.split_separator.as_str())?;
        let a = Status::ALL.into_iter().find(|s| self.code(*s) == a)?;
        let b = Status::ALL.into_iter().find(|s| self.code(*s) == b)?;
        let rag = Rag::split(a, b)?;
        (self.write(rag) == text).then_some(rag)
    }

    /// One status from a word, case-insensitively; `Gr` is reported apart.
    fn single_alias(&self, text: &str) -> Option<(Status, VariantKind)> {
        let lower = text.to_lowercase();
        if lower == "gr" {
            return (!self.legend_lacks_grey).then_some((Status::Grey, VariantKind::AmbiguousGr));
        }
        for s in Status::ALL {
            if self.code(s).to_lowercase() == lower {
                return Some((s, VariantKind::Case));
            }
        }
        if let Some((_, s)) = self.also.iter().find(|(t, _)| t.to_lowercase() == lower) {
            return Some((*s, VariantKind::Case));
        }
        if let Some((s, _)) = WORDS
            .iter()
            .find(|(_, words)| words.contains(&lower.as_str()))
        {
            return Some((*s, VariantKind::Word));
        }
        // An area's status words written another way (`Complete` where its
        // key says `Completed`).
        if self.is_area_scale()
            && let Some(word) = super::StatusWord::of(text)
        {
            return Some((self.word_status(word), VariantKind::Word));
        }
        None
    }

    fn alias(&self, text: &str) -> Option<(Rag, VariantKind)> {
        if let Some((s, kind)) = self.single_alias(text) {
            return Some((Rag::Single(s), kind));
        }
        let parts: Vec<&str> = text.split(['/', '\\', '|']).map(str::trim).collect();
        if parts.len() == 2 {
            let (a, _) = self.single_alias(parts[0])?;
            let (b, _) = self.single_alias(parts[1])?;
            return Some((Rag::split(a, b)?, VariantKind::SplitForm));
        }
        None
    }

    /// Reads a status cell. See [`Reading`] for the outcomes.
    pub fn read(&self, raw: &str) -> Reading {
        // The common case first, without allocating: exactly a single code.
        if let Some(s) = Status::ALL.into_iter().find(|s| self.code(*s) == raw) {
            return Reading::Canonical(Rag::Single(s));
        }
        let trimmed = raw.trim();
        if trimmed.is_empty() || is_formula_error(trimmed) {
            return Reading::Empty;
        }
        let invisible: Vec<Homoglyph> = trimmed
            .chars()
            .filter(|c| is_invisible(*c))
            .map(|found| Homoglyph { found })
            .collect();
        let visible: String = trimmed.chars().filter(|c| !is_invisible(*c)).collect();
        let hidden_chars = |rag: Rag, more: Vec<Homoglyph>| {
            let mut chars = invisible.clone();
            chars.extend(more);
            Reading::Homoglyph {
                rag,
                chars: chars.into_boxed_slice(),
            }
        };

        if let Some(rag) = self.exact(&visible) {
            if !invisible.is_empty() {
                return hidden_chars(rag, vec![]);
            }
            if trimmed != raw {
                return Reading::Variant {
                    rag,
                    kind: VariantKind::Whitespace,
                };
            }
            return Reading::Canonical(rag);
        }
        // The area's own spellings (`ragplan.toml`).
        if let Some(rag) = self
            .aliases
            .iter()
            .find(|(spelling, _)| spelling.trim().eq_ignore_ascii_case(&visible))
            .and_then(|(_, code)| self.exact(code.trim()))
        {
            return Reading::Variant {
                rag,
                kind: VariantKind::Word,
            };
        }
        if visible.is_ascii() {
            if let Some((rag, kind)) = self.alias(&visible) {
                if !invisible.is_empty() {
                    return hidden_chars(rag, vec![]);
                }
                return Reading::Variant { rag, kind };
            }
        } else {
            let nfkc: String = visible.nfkc().collect();
            if nfkc.is_ascii()
                && let Some(rag) = self
                    .exact(&nfkc)
                    .or_else(|| self.alias(&nfkc).map(|(r, _)| r))
            {
                return Reading::Variant {
                    rag,
                    kind: VariantKind::Width,
                };
            }
            if let Some(rag) = self.skeleton_match(&visible) {
                let foreign = visible
                    .chars()
                    .filter(|c| !c.is_ascii())
                    .map(|found| Homoglyph { found })
                    .collect();
                return hidden_chars(rag, foreign);
            }
        }

        // A code with its meaning after it (`G - On track`, `Amber (at risk)`).
        if let Some(status) = self.prefixed(&visible) {
            return Reading::Variant {
                rag: Rag::Single(status),
                kind: VariantKind::Word,
            };
        }
        let lower = visible.to_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let padded = format!(" {} ", words.join(" "));
        let implied = if self.is_area_scale() {
            // The area's own words, as its legend defines them.
            super::StatusWord::within(&visible)
                .map(|w| Rag::Single(self.word_status(w)))
                .or_else(|| {
                    WORDS.iter().find_map(|(s, w)| {
                        w.iter()
                            .filter(|w| w.len() > 2)
                            .any(|w| padded.contains(&format!(" {w} ")))
                            .then_some(Rag::Single(*s))
                    })
                })
        } else {
            IMPLIED
                .iter()
                .find(|(phrases, _)| phrases.iter().any(|p| padded.contains(&format!(" {p} "))))
                .map(|(_, s)| Rag::Single(*s))
        };
        // A sentence that says work remains is not read as done, whatever
        // else it says (`much better, however more to be completed`).
        let implied = implied.filter(|rag| {
            !(matches!(rag, Rag::Single(Status::Green | Status::Blue))
                && WORK_REMAINS
                    .iter()
                    .any(|p| padded.contains(&format!(" {p} "))))
        });
        if implied.is_some()
            || words.len() > 1
            || visible.chars().filter(|c| c.is_alphabetic()).count() > 5
        {
            return Reading::FreeText { implied };
        }
        Reading::Unknown
    }

    /// The status of a code followed by its meaning: `G - On track`, `Green –
    /// completed`, `A (at risk)`, `R: off track`. The code must be one of the
    /// scheme's or a colour's name, and the meaning short.
    pub fn prefixed(&self, text: &str) -> Option<Status> {
        let (code, rest) = [" - ", " – ", " — ", ": ", " (", " = "]
            .iter()
            .find_map(|sep| text.split_once(sep))?;
        if rest.split_whitespace().count() > 6 || code.trim().is_empty() {
            return None;
        }
        // A code or a colour's name — not a status word opening a sentence
        // (`Ongoing – awaiting data` is prose).
        let code = code.trim();
        let lower = code.to_lowercase();
        Status::ALL
            .into_iter()
            .find(|s| self.code(*s).eq_ignore_ascii_case(code))
            .or_else(|| {
                WORDS
                    .iter()
                    .find(|(_, words)| lower.len() > 2 && words.contains(&lower.as_str()))
                    .map(|(s, _)| *s)
            })
    }

    /// UTS #39 skeletons, compared on both sides (`skeleton("Amber")` is
    /// `Arnber`), so `А` (Cyrillic) matches `A` and `Grеen` matches `Green`.
    fn skeleton_match(&self, text: &str) -> Option<Rag> {
        let target: String = unicode_security::skeleton(text).collect();
        let mut spellings: Vec<(String, Rag)> = Vec::new();
        for s in Status::ALL {
            let rag = Rag::Single(s);
            spellings.push((self.code(s).to_string(), rag));
            for w in WORDS
                .iter()
                .find(|(x, _)| *x == s)
                .map(|(_, w)| *w)
                .unwrap_or(&[])
            {
                let title: String = w
                    .chars()
                    .take(1)
                    .flat_map(char::to_uppercase)
                    .chain(w.chars().skip(1))
                    .collect();
                spellings.extend([(w.to_string(), rag), (w.to_uppercase(), rag), (title, rag)]);
            }
        }
        for a in Status::ALL {
            for b in Status::ALL {
                if let Some(rag) = Rag::split(a, b) {
                    spellings.push((
                        format!("{}{}{}", self.code(a), self.split_separator, self.code(b)),
                        rag,
                    ));
                }
            }
        }
        spellings
            .into_iter()
            .find(|(spelling, _)| unicode_security::skeleton(spelling).eq(target.chars()))
            .map(|(_, rag)| rag)
    }
}

/// Which roll-up rule produced a priority's computed status (SPEC.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RollUpRule {
    AnyRed,
    AnyAmber,
    WorstSplit,
    AllBlue,
    GreenOrBlue,
    AllGrey,
}

impl RollUpRule {
    pub fn describe(self) -> &'static str {
        match self {
            RollUpRule::AnyRed => "any Red action makes the priority Red",
            RollUpRule::AnyAmber => "any Amber action (and no Red) makes the priority Amber",
            RollUpRule::WorstSplit => {
                "a split rating (and no Red or Amber) gives the worst split; a split never counts as Green"
            }
            RollUpRule::AllBlue => "every action is Blue",
            RollUpRule::GreenOrBlue => {
                "every action is Green, Blue or not yet started (Grey), so the priority is Green"
            }
            RollUpRule::AllGrey => "every action is Grey (not started)",
        }
    }
}

/// A priority's computed status for one period, and the rule that gave it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RollUp {
    pub rag: Rag,
    pub rule: RollUpRule,
}

impl RollUp {
    /// SPEC.md's roll-up: any Red → Red; else any Amber → Amber; else any split
    /// → the worst split (`A/R` before `G/A`); else all Blue → Blue; all Grey →
    /// Grey; any other mix of Green, Blue and Grey → Green. `None` when there is
    /// nothing to roll up.
    pub fn of(rags: impl IntoIterator<Item = Rag>) -> Option<RollUp> {
        let rags: Vec<Rag> = rags.into_iter().collect();
        let has = |s: Status| rags.contains(&Rag::Single(s));
        let rule = |rag, rule| Some(RollUp { rag, rule });
        if rags.is_empty() {
            return None;
        }
        if has(Status::Red) {
            return rule(Rag::Single(Status::Red), RollUpRule::AnyRed);
        }
        if has(Status::Amber) {
            return rule(Rag::Single(Status::Amber), RollUpRule::AnyAmber);
        }
        if let Some(worst) = rags
            .iter()
            .filter(|r| r.is_split())
            .min_by_key(|r| match r {
                Rag::Split(better, worse) => (worse.progress(), better.progress()),
                Rag::Single(_) => (u8::MAX, u8::MAX),
            })
        {
            return rule(*worst, RollUpRule::WorstSplit);
        }
        if rags.iter().all(|r| *r == Rag::Single(Status::Blue)) {
            return rule(Rag::Single(Status::Blue), RollUpRule::AllBlue);
        }
        if rags.iter().all(|r| *r == Rag::Single(Status::Grey)) {
            return rule(Rag::Single(Status::Grey), RollUpRule::AllGrey);
        }
        rule(Rag::Single(Status::Green), RollUpRule::GreenOrBlue)
    }
}

impl fmt::Display for Rag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&Scheme::default().write(*self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Status::*;

    fn read(s: &str) -> Reading {
        Scheme::default().read(s)
    }

    #[test]
    fn canonical_codes() {
        for (s, rag) in [
            ("G", Rag::Single(Green)),
            ("A", Rag::Single(Amber)),
            ("R", Rag::Single(Red)),
            ("B", Rag::Single(Blue)),
            ("Grey", Rag::Single(Grey)),
            ("G/A", Rag::Split(Green, Amber)),
            ("A/R", Rag::Split(Amber, Red)),
        ] {
            assert_eq!(read(s), Reading::Canonical(rag), "{s}");
        }
        assert_eq!(read(""), Reading::Empty);
        assert_eq!(read("  "), Reading::Empty);
        assert_eq!(read("#REF!"), Reading::Empty);
    }

    #[test]
    fn variants() {
        let v = |s| match read(s) {
            Reading::Variant { rag, kind } => (rag, kind),
            other => panic!("{s}: {other:?}"),
        };
        assert_eq!(v("Gr"), (Rag::Single(Grey), VariantKind::AmbiguousGr));
        assert_eq!(v("green"), (Rag::Single(Green), VariantKind::Word));
        assert_eq!(v("amber "), (Rag::Single(Amber), VariantKind::Word));
        assert_eq!(v("A "), (Rag::Single(Amber), VariantKind::Whitespace));
        assert_eq!(v("A\u{a0}"), (Rag::Single(Amber), VariantKind::Whitespace));
        assert_eq!(v("g"), (Rag::Single(Green), VariantKind::Case));
        assert_eq!(v("GREY"), (Rag::Single(Grey), VariantKind::Case));
        assert_eq!(v("A/G"), (Rag::Split(Green, Amber), VariantKind::SplitForm));
        assert_eq!(
            v("Green/Amber"),
            (Rag::Split(Green, Amber), VariantKind::SplitForm)
        );
        assert_eq!(v("Ｇ"), (Rag::Single(Green), VariantKind::Width));
    }

    #[test]
    fn homoglyphs() {
        match read("\u{0410}") {
            Reading::Homoglyph { rag, chars } => {
                assert_eq!(rag, Rag::Single(Amber));
                assert_eq!(chars[0].describe(), "U+0410 (Cyrillic)");
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            read("Gr\u{0435}en"),
            Reading::Homoglyph {
                rag: Rag::Single(Green),
                ..
            }
        ));
        assert!(matches!(
            read("\u{0392}"),
            Reading::Homoglyph {
                rag: Rag::Single(Blue),
                ..
            }
        ));
        assert!(matches!(
            read("A\u{200B}"),
            Reading::Homoglyph {
                rag: Rag::Single(Amber),
                ..
            }
        ));
    }

    #[test]
    fn free_text_and_unknown() {
        assert_eq!(
            read("In progress - initial framework now being developed further with schools"),
            Reading::FreeText {
                implied: Some(Rag::Single(Amber))
            }
        );
        assert_eq!(
            read("Completed"),
            Reading::FreeText {
                implied: Some(Rag::Single(Green))
            }
        );
        assert_eq!(
            read("Not started"),
            Reading::FreeText {
                implied: Some(Rag::Single(Grey))
            }
        );
        assert_eq!(
            read("To follow on from previous"),
            Reading::FreeText { implied: None }
        );
        // Words that say work remains are not read as done.
        for text in [
            "Much better, however more to be completed",
            "Completed for schools; still to do for colleges",
            "Mostly done but not yet signed off",
            "Delivered to two districts, further work planned",
            "Achieved in the north, the rest remaining",
            "Complete apart from the outstanding audit",
        ] {
            assert_eq!(read(text), Reading::FreeText { implied: None }, "{text}");
        }
        assert_eq!(
            read("Delayed, however more to be completed"),
            Reading::FreeText {
                implied: Some(Rag::Single(Red))
            }
        );
        assert_eq!(
            read("Completed and signed off by the board"),
            Reading::FreeText {
                implied: Some(Rag::Single(Green))
            }
        );
        assert_eq!(read("X"), Reading::Unknown);
        assert_eq!(read("GG"), Reading::Unknown);
        assert_eq!(read("5"), Reading::Unknown);
    }

    #[test]
    fn roll_up_follows_spec() {
        let g = Rag::Single(Green);
        let ga = Rag::Split(Green, Amber);
        let ar = Rag::Split(Amber, Red);
        let roll = |v: Vec<Rag>| RollUp::of(v).map(|r| (r.rag, r.rule));
        assert_eq!(
            roll(vec![g, g, ga, ga, g]),
            Some((ga, RollUpRule::WorstSplit))
        );
        assert_eq!(
            roll(vec![g, ga, Rag::Single(Amber)]),
            Some((Rag::Single(Amber), RollUpRule::AnyAmber))
        );
        assert_eq!(
            roll(vec![g, Rag::Single(Red), Rag::Single(Amber)]),
            Some((Rag::Single(Red), RollUpRule::AnyRed))
        );
        assert_eq!(roll(vec![ga, ar]), Some((ar, RollUpRule::WorstSplit)));
        assert_eq!(
            roll(vec![g, Rag::Single(Grey)]),
            Some((g, RollUpRule::GreenOrBlue))
        );
        assert_eq!(
            roll(vec![Rag::Single(Grey); 2]),
            Some((Rag::Single(Grey), RollUpRule::AllGrey))
        );
        assert_eq!(
            roll(vec![Rag::Single(Blue)]),
            Some((Rag::Single(Blue), RollUpRule::AllBlue))
        );
        assert_eq!(roll(vec![]), None);
    }

    #[test]
    fn split_sits_between_halves() {
        assert!(Rag::Single(Green).score() > Rag::Split(Green, Amber).score());
        assert!(Rag::Split(Green, Amber).score() > Rag::Single(Amber).score());
        assert_eq!(Rag::split(Amber, Green), Some(Rag::Split(Green, Amber)));
        assert_eq!(Rag::split(Amber, Amber), None);
    }
}
