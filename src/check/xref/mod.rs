//! Cross-references: `SEE 6H`, `SEE 3.1 C`, `See [4b/d]` in the notes, and
//! Priority 2's mirrored focus areas (`Ref - 1.1` …), resolved across every
//! workbook given.

pub mod broken;
pub mod measure_conflict;
pub mod measure_undefined;
mod measures;
pub mod mirror_mismatch;
pub mod unresolved;

use std::collections::{HashMap, HashSet};

use crate::model::{Action, FocusArea, Layout, Plan, Priority, Text};

/// A mirrored action's source: an action of another priority.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub priority: u32,
    /// `3.1` when the reference names the focus area.
    pub focus: Option<String>,
    pub action: String,
}

impl Target {
    /// `6H`, `3.1 C`.
    pub fn label(&self) -> String {
        match &self.focus {
            Some(f) => format!("{f} {}", self.action),
            None => format!("{}{}", self.priority, self.action),
        }
    }

    /// The citation key it is found by (`1.2C`, `6H`).
    fn key(&self) -> String {
        key_of(&match &self.focus {
            Some(f) => format!("{f}{}", self.action),
            None => format!("{}{}", self.priority, self.action),
        })
    }
}

/// A reference to one or more actions found in a cell: `SEE 6H`, `See
/// [4b/d]`, `see WS3.9`, `linked to 2.05`, `action 4.4`, `Dependent on
/// AoW3.7`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeeRef {
    /// The reference as written (`SEE 6H`, `See [4b/d]`, `see WS3.9`).
    pub written: String,
    /// The actions it names, as citation keys (`6H`, `4B`, `WS3.9`, `3.1C`).
    pub keys: Vec<String>,
    /// The same as written, for messages (`6H`, `4B`, `AoW3.7`).
    labels: Vec<String>,
}

impl SeeRef {
    /// How the reference names its `i`th action, for messages (`3.1 C`, `6H`, `AoW3.7`).
    pub fn label(&self, i: usize) -> String {
        label_of(&self.labels[i])
    }
}

/// Words that introduce a reference to another action.
const TRIGGERS: &[&str] = &[
    "see also",
    "see",
    "linked to",
    "linked with",
    "links to",
    "link to",
    "refer to",
    "refers to",
    "as per",
    "dependent on",
    "dependant on",
    "depends on",
    "dependency on",
    "dependencies",
    "dependency",
    "cross-reference",
    "cross reference",
    "cross-ref",
    "cross ref",
    "actions",
    "action",
    "refs",
    "ref",
];

/// The normalised key of a citation: upper case, no spaces (`3.1 C` → `3.1C`).
fn key_of(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .collect()
}

/// `3.1C` → `3.1 C`; other keys as they are.
fn label_of(key: &str) -> String {
    let mut chars = key.chars().rev();
    match (chars.next(), chars.next()) {
        (Some(l), Some(d))
            if l.is_ascii_alphabetic() && d.is_ascii_digit() && key.contains('.') =>
        {
            format!("{} {l}", &key[..key.len() - 1])
        }
        _ => key.to_string(),
    }
}

/// The area a citation key names, which must be loaded for a missing
/// action to be a broken reference: `3.1C` → `3.1`, `6H` → `6`, `WS3.9` →
/// `WS3`, `1.6` → `1`, `1.1.5` → `1.1`, `D14` → `D`, `EHC1` → `EHC`.
fn area_of(key: &str) -> String {
    let b = key.as_bytes();
    let n = b.len();
    if n >= 2 && b[n - 1].is_ascii_alphabetic() && b[n - 2].is_ascii_digit() {
        return key[..n - 1].to_string();
    }
    if let Some(dot) = key.rfind('.') {
        return key[..dot].to_string();
    }
    key.trim_end_matches(|c: char| c.is_ascii_digit())
        .to_string()
}

/// The shape of a citation key (`WS9.9`, `9.9a`, `9a`, `D9`): a reference
/// counts only when the plan has ids of its shape, so `See 2.3 for details`
/// is prose in a plan whose actions are lettered.
fn shape_of(key: &str) -> String {
    let mut out = String::new();
    let mut chars = key.chars().peekable();
    let mut seen_digit = false;
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            while chars.peek().is_some_and(char::is_ascii_digit) {
                chars.next();
            }
            out.push('9');
            seen_digit = true;
        } else if c.is_ascii_alphabetic() && seen_digit {
            out.push('a');
        } else {
            out.push(c);
        }
    }
    out
}

/// One action reference token at `bytes[j..]`: an optional letter prefix
/// (`WS`, `AoW`, `R`, `D`), a number, `.number`s, an optional letter
/// standing alone (`6H`, `3d`, `3.1 C`), or `/`-joined letters (`4b/d`).
/// Returns the keys and where the token ends.
fn token_at(text: &str, mut j: usize) -> Option<(Vec<(String, String)>, usize)> {
    let bytes = text.as_bytes();
    let start = j;
    while j < bytes.len() && bytes[j].is_ascii_alphabetic() && j - start < 4 {
        j += 1;
    }
    let prefix_end = j;
    // A prefix may stand a space apart from its number, as some areas write
    // their ids (`AFI 3.4`, `WS 2.8`); the key is the same without it. Only
    // capitals and a dotted number, so that prose is not taken for one
    // (`page 12`, `PR 7 Position Statement`, `EHC 12 plans`, `May 2024`).
    let spaced = j > start
        && bytes[start..j].iter().all(u8::is_ascii_uppercase)
        && j + 1 < bytes.len()
        && bytes[j] == b' '
        && bytes[j + 1].is_ascii_digit()
        && {
            let rest = &bytes[j + 1..];
            let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
            rest.get(digits) == Some(&b'.') && rest.get(digits + 1).is_some_and(u8::is_ascii_digit)
        };
    if spaced {
        j += 1;
    }
    let digits_start = j;
    if j == bytes.len() || !bytes[j].is_ascii_digit() {
        return None;
    }
    while j < bytes.len()
        && (bytes[j].is_ascii_digit()
            || (bytes[j] == b'.' && j + 1 < bytes.len() && bytes[j + 1].is_ascii_digit()))
    {
        j += 1;
    }
    let number = &text[start..j];
    let digits = &text[digits_start..j];
    // A year (`see 2022`) or a long number is not an action.
    if prefix_end == start && !digits.contains('.') && digits.len() > 2 {
        return None;
    }
    let alone = |k: usize| k >= bytes.len() || !bytes[k].is_ascii_alphanumeric();
    // Letters after the number: `6H`, `4b/d`, `3.1 C`.
    let mut k = j;
    if k + 1 < bytes.len()
        && bytes[k] == b' '
        && bytes[k + 1].is_ascii_uppercase()
        && digits.contains('.')
    {
        k += 1;
    }
    let mut letters = Vec::new();
    while k < bytes.len() && bytes[k].is_ascii_alphabetic() && alone(k + 1) {
        letters.push(&text[k..k + 1]);
        k += 1;
        if k + 1 < bytes.len() && bytes[k] == b'/' && bytes[k + 1].is_ascii_alphabetic() {
            k += 1;
        } else {
            break;
        }
    }
    if letters.is_empty() {
        if !alone(j) {
            return None;
        }
        // A bare number (`see 7`) is a reference only standing on its own:
        // `see 12 schools` is prose.
        let bare = prefix_end == start && !digits.contains('.');
        let next_word = text[j..]
            .trim_start()
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        if bare
            && !next_word.is_empty()
            && !matches!(
                next_word.to_ascii_lowercase().as_str(),
                "above" | "below" | "and" | "or"
            )
        {
            return None;
        }
        return Some((vec![(key_of(number), number.to_string())], j));
    }
    let keys = letters
        .iter()
        .map(|l| {
            let key = key_of(&format!("{number}{l}"));
            (key, format!("{number}{}", l.to_ascii_uppercase()))
        })
        .collect();
    Some((keys, k))
}

/// Finds action references in text: a word that introduces one (`see`,
/// `linked to`, `dependent on`, `action`) and then one or more references
/// (`SEE 6H`, `See [4b/d]`, `see WS3.9 and WS3.10`, `action 4.4`). Prose
/// (`See SEND Strategy`, `(See PR 7 Position Statement)`) has no reference
/// after its word. Whether a found reference names an action of the plan's
/// kind is for [`References`] to tell, by the plan's own ids.
pub fn find_references(text: &str) -> Vec<SeeRef> {
    find_references_in(text, false)
}

/// [`find_references`]; with `listed`, the text is a list of references
/// with no word before it (a `Dependencies` cell: `WS1.2, WS2.3`).
fn find_references_in(text: &str, listed: bool) -> Vec<SeeRef> {
    let lower = text.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    // Most cells name no action: skip them without more work.
    if !bytes.iter().any(u8::is_ascii_digit) {
        return Vec::new();
    }
    let mut starts: Vec<(usize, usize)> = Vec::new();
    if listed {
        starts.push((0, 0));
    }
    let mut i = 0;
    while i < bytes.len() {
        let boundary = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
        let word = boundary
            .then(|| {
                // (Bytes, not str slices: `i` may sit inside a character.)
                TRIGGERS.iter().find(|t| {
                    bytes[i..].starts_with(t.as_bytes())
                        && bytes
                            .get(i + t.len())
                            .is_none_or(|b| !b.is_ascii_alphanumeric())
                })
            })
            .flatten();
        match word {
            Some(t) => {
                starts.push((i, i + t.len()));
                i += t.len();
            }
            None => i += 1,
        }
    }
    let mut out: Vec<SeeRef> = Vec::new();
    let mut covered = 0;
    for (from, after) in starts {
        if after < covered {
            continue;
        }
        let mut j = after;
        let skip = |j: &mut usize| {
            while *j < bytes.len() && matches!(bytes[*j], b' ' | b':' | b'-' | b'[' | b'(' | b'#') {
                *j += 1;
            }
        };
        let mut keys = Vec::new();
        let mut labels = Vec::new();
        let mut end = j;
        loop {
            skip(&mut j);
            let Some((found, k)) = token_at(text, j) else {
                break;
            };
            for (key, label) in found {
                keys.push(key);
                labels.push(label);
            }
            end = k;
            j = k;
            // More after `and`, `,`, `&`, `/`: `see WS3.1 and WS3.2`.
            let rest = &lower[j..];
            let more = [" and ", ", ", ",", " & ", "/", " or "]
                .iter()
                .find(|sep| rest.starts_with(**sep));
            match more {
                Some(sep) => j += sep.len(),
                None => break,
            }
        }
        if keys.is_empty() {
            continue;
        }
        if lower[end..].starts_with(" above") {
            end += 6;
        }
        if lower[end..].starts_with(']')
            || lower[end..].starts_with(')') && text[from..end].contains('(')
        {
            end += 1;
        }
        covered = end;
        out.push(SeeRef {
            written: text[from..end].trim().to_string(),
            keys,
            labels,
        });
    }
    out
}

/// Where a reference leads.
pub enum Resolution<'a> {
    /// The area it names is not among the files given.
    NotLoaded,
    /// The area is loaded but has no such action.
    Missing,
    Found(&'a Priority, &'a Action),
}

/// Every loaded action by the keys it can be cited by, built once per run so
/// that resolving references grows with their number, not with references ×
/// actions. A plan cites its actions its own way: by an id that is a
/// reference of its own (`WS2.8`, `1.01`, `D3`, `1.1.1`), or by a letter
/// after its focus area (`3.1 C`, `3d`) or priority (`6H`).
pub struct ActionIndex<'a> {
    /// The area each priority belongs to ([`Plan::areas`]): references
    /// resolve within one area's plan and one kind of plan.
    areas_of: crate::model::Areas,
    /// (scope, key) → the actions in plan order, with their priority.
    actions: HashMap<(Scope, String), Vec<(&'a Priority, &'a Action)>>,
    /// (scope, area) → the first priority holding it.
    areas: HashMap<(Scope, String), &'a Priority>,
    /// (scope, shape) of every key.
    shapes: HashSet<(Scope, String)>,
}

/// Where a reference may lead: one area's files, one kind of plan.
type Scope = (crate::model::Area, Layout);

impl<'a> ActionIndex<'a> {
    pub fn new(plan: &'a Plan) -> Self {
        let mut index = ActionIndex {
            areas_of: plan.areas(),
            actions: HashMap::new(),
            areas: HashMap::new(),
            shapes: HashSet::new(),
        };
        for (p, f, a) in plan.actions() {
            let Some(id) = a.id.as_deref().filter(|id| !id.is_empty()) else {
                continue;
            };
            let id = key_of(id);
            let mut keys = Vec::new();
            if id.bytes().any(|b| b.is_ascii_digit()) {
                keys.push(id.clone());
            } else {
                // A mirrored focus area (another priority's, on this sheet)
                // holds copies: they are cited at their source.
                let own_focus = f
                    .reference
                    .as_deref()
                    .filter(|r| !r.is_empty())
                    .filter(|_| p.number.is_none() || f.owner() == p.number);
                if let Some(r) = own_focus {
                    keys.push(key_of(&format!("{r}{id}")));
                }
                if let Some(n) = p.number {
                    keys.push(format!("{n}{id}"));
                }
            }
            let scope = index.scope(p);
            for key in keys {
                index.shapes.insert((scope, shape_of(&key)));
                index.areas.entry((scope, area_of(&key))).or_insert(p);
                let entry = index.actions.entry((scope, key)).or_default();
                // One entry per action, even when two of its keys are the same.
                if !entry.last().is_some_and(|(_, x)| std::ptr::eq(*x, a)) {
                    entry.push((p, a));
                }
            }
        }
        // A loaded priority is loaded even with no actions (the WSoA's Priority 2).
        for p in &plan.priorities {
            if let Some(n) = p.number {
                let scope = index.scope(p);
                index.areas.entry((scope, n.to_string())).or_insert(p);
            }
        }
        index
    }

    fn scope(&self, p: &Priority) -> Scope {
        (self.areas_of.of(p), p.layout)
    }

    /// Whether the plan `from` is part of has ids of this key's shape (so
    /// that the text names one of its actions).
    pub fn cites(&self, key: &str, from: &Priority) -> bool {
        self.shapes.contains(&(self.scope(from), shape_of(key)))
    }

    /// The priority holding the area a key names, when it is loaded.
    pub fn area(&self, key: &str, from: &Priority) -> Option<&'a Priority> {
        self.areas.get(&(self.scope(from), area_of(key))).copied()
    }

    /// Resolves a key cited in priority `from` against the loaded priorities
    /// of the same kind of plan and area: a monitoring report cites
    /// monitoring actions, not the Written Statement's bullets that ragplan
    /// numbered itself, nor another area's plan given alongside. A key found
    /// twice in one priority does not resolve.
    pub fn resolve_key(&self, key: &str, from: &Priority) -> Resolution<'a> {
        if self.area(key, from).is_none() {
            return Resolution::NotLoaded;
        }
        let found = self
            .actions
            .get(&(self.scope(from), key.to_string()))
            .map(Vec::as_slice)
            .unwrap_or_default();
        // The first priority (in plan order) in which the key is unique: the
        // entries of one priority are consecutive.
        found
            .chunk_by(|(p, _), (q, _)| std::ptr::eq(*p, *q))
            .find_map(|run| match run {
                [(p, a)] => Some(Resolution::Found(p, a)),
                _ => None,
            })
            .unwrap_or(Resolution::Missing)
    }

    /// [`ActionIndex::resolve_key`] for a mirrored action's source.
    pub fn resolve(&self, target: &Target, from: &Priority) -> Resolution<'a> {
        let priority = target.priority.to_string();
        if !self.areas.contains_key(&(self.scope(from), priority)) {
            return Resolution::NotLoaded;
        }
        match self.resolve_key(&target.key(), from) {
            Resolution::NotLoaded => Resolution::Missing,
            r => r,
        }
    }
}

/// How an area is named in messages: its priority's name when loaded
/// (`Priority 6`, `Workstream 3`; `focus area 3 of Review grid` on a sheet
/// with no priority number), else `Priority 6` for a number, else the area
/// as written (`WS9`).
pub fn area_name(index: &ActionIndex<'_>, plan: &Plan, key: &str, from: &Priority) -> String {
    let area = area_of(key);
    let numeric = !area.is_empty() && area.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    match index.area(key, from) {
        Some(p) if p.number.is_none() && numeric => {
            format!("focus area {area} of {}", p.name(plan))
        }
        Some(p) => p.name(plan),
        None => match area.split('.').next().and_then(|n| n.parse::<u32>().ok()) {
            Some(n) => format!("Priority {n}"),
            None => area,
        },
    }
}

/// The references of a run, found once and shared by the xref rules.
pub struct References<'a> {
    pub index: ActionIndex<'a>,
    /// Every reference to an action of the plan's kind, in every action's
    /// text fields.
    pub see: Vec<SeeAt<'a>>,
    pub mirrors: Vec<Mirror<'a>>,
}

impl<'a> References<'a> {
    pub fn new(plan: &'a Plan) -> Self {
        let index = ActionIndex::new(plan);
        let see = see_references(plan, &index);
        References {
            index,
            see,
            mirrors: mirrors(plan),
        }
    }
}

/// A mirrored action: on one priority's sheet, owned by another priority
/// (Priority 2's `Ref - 1.1` A is Priority 1's 1.1 A).
pub struct Mirror<'a> {
    pub priority: &'a Priority,
    pub focus_area: &'a FocusArea,
    pub action: &'a Action,
    pub target: Target,
}

fn mirrors(plan: &Plan) -> Vec<Mirror<'_>> {
    let mut out = Vec::new();
    for (priority, focus_area, action) in plan.actions() {
        let (Some(own), Some(owner), Some(id)) = (priority.number, focus_area.owner(), &action.id)
        else {
            continue;
        };
        if own == owner || id.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        let focus = focus_area.reference.clone().filter(|r| r.contains('.'));
        out.push(Mirror {
            priority,
            focus_area,
            action,
            target: Target {
                priority: owner,
                focus,
                action: id.clone(),
            },
        });
    }
    out
}

/// A reference and where it was written.
pub struct SeeAt<'a> {
    pub from: &'a Priority,
    pub text: &'a Text,
    /// The field's name (`Sub Group Action to date`).
    pub field: &'a str,
    pub reference: SeeRef,
}

/// Whether a field holds references with no word before them (a
/// `Dependencies` or `Linked actions` column).
fn lists_references(field: &str) -> bool {
    let f = field.to_ascii_lowercase();
    ["depend", "link", "related", "cross"]
        .iter()
        .any(|w| f.contains(w))
}

fn see_references<'a>(plan: &'a Plan, index: &ActionIndex<'_>) -> Vec<SeeAt<'a>> {
    let mut out = Vec::new();
    for (from, _, action) in plan.actions() {
        for (field, text) in action.text_fields() {
            for mut reference in find_references_in(&text.value, lists_references(field)) {
                // Only what names an action the plan's own way.
                let (keys, labels): (Vec<String>, Vec<String>) = reference
                    .keys
                    .iter()
                    .cloned()
                    .zip(reference.labels.iter().cloned())
                    .filter(|(k, _)| index.cites(k, from))
                    .unzip();
                reference.keys = keys;
                reference.labels = labels;
                if !reference.keys.is_empty() {
                    out.push(SeeAt {
                        from,
                        text,
                        field,
                        reference,
                    });
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(s: &str) -> Vec<String> {
        find_references(s)
            .iter()
            .flat_map(|r| (0..r.keys.len()).map(|i| r.label(i)))
            .collect()
    }

    #[test]
    fn references_in_the_seeds() {
        assert_eq!(labels("SEE 6H"), ["6H"]);
        assert_eq!(
            labels("SEE 3.1 C Apr 2021: Implemented the Whole School SEND"),
            ["3.1 C"]
        );
        assert_eq!(
            labels("Feb 2021: See [4b/d] Apr 2021: EHCP dashboard"),
            ["4B", "4D"]
        );
        assert_eq!(
            labels("Jan 2020: QA documents. Feb 2021: See [4a above]"),
            ["4A"]
        );
        assert_eq!(
            find_references("See [4a above]")[0].written,
            "See [4a above]"
        );
        assert_eq!(labels("SEE 4D"), ["4D"]);
    }

    /// Prose that says "see" names no action of the seeds' plan: either no
    /// reference follows the word, or what follows is not of the shape of
    /// its ids (`2.3` where actions are lettered).
    #[test]
    fn prose_is_not_a_reference() {
        let loaded = crate::import::load(
            &[
                "samples/priority-1.xlsx".into(),
                "samples/priority-7.xlsx".into(),
            ],
            &Default::default(),
        );
        let index = ActionIndex::new(&loaded.plan);
        for s in [
            "See SEND Strategy",
            "Feb 2021: Completed (See SEND Strategy)",
            "EVIDENCE (See PR 7 Position Statement)",
            "See Graduated Response evidence inc Position Statement (Priority 6)",
            "1. MA Audit Tool (see Local Offer website)",
            "SEND JSNA completed (See link in Priority 4 Position Statement)",
            "See 2.3 for details",
            "Overseen by the board",
            "See 6",
            "see the 2022 report",
            "Action plan agreed in March",
        ] {
            let cited: Vec<String> = find_references(s)
                .into_iter()
                .flat_map(|r| r.keys)
                .filter(|k| index.cites(k, &loaded.plan.priorities[0]))
                .collect();
            assert!(cited.is_empty(), "{s}: {cited:?}");
        }
        let p1 = &loaded.plan.priorities[0];
        assert!(index.cites("6H", p1));
        assert!(index.cites("3.1C", p1));
    }

    /// References in other areas' id schemes.
    #[test]
    fn references_of_other_areas() {
        let keys = |s: &str| -> Vec<String> {
            find_references(s)
                .into_iter()
                .flat_map(|r| r.keys)
                .collect()
        };
        assert_eq!(keys("Delayed pending recruitment – see WS3.9"), ["WS3.9"]);
        assert_eq!(keys("see AoW2.5 and AoW2.6"), ["AOW2.5", "AOW2.6"]);
        assert_eq!(keys("Linked to 2.05"), ["2.05"]);
        assert_eq!(keys("awaiting action 4.4 to follow"), ["4.4"]);
        assert_eq!(keys("Dependent on A3.4"), ["A3.4"]);
        assert_eq!(keys("see 3d"), ["3D"]);
        assert_eq!(keys("see 1.1.1"), ["1.1.1"]);
        assert_eq!(keys("see EHC1"), ["EHC1"]);
        assert_eq!(keys("see 2b"), ["2B"]);
        assert_eq!(keys("linked to 4.4."), ["4.4"]);
        assert_eq!(keys("(see D14)"), ["D14"]);
        // A prefix written a space apart from its number.
        assert_eq!(keys("see AFI 3.4"), ["AFI3.4"]);
        assert_eq!(labels("see AFI 3.4 and AFI 3.5"), ["AFI 3.4", "AFI 3.5"]);
        assert_eq!(keys("Dependent on WS 2.8"), ["WS2.8"]);
        // Prose with a word and a number is not one.
        for prose in [
            "see page 12",
            "refer to Q 3",
            "action plan 2",
            "see the 2 reports",
            "Action by 31 March",
            "see May 2024 board",
            "see Jan 2024 update",
            "see year 2022",
            "(See PR 7 Position Statement)",
            "linked to EHC 12 plans",
            "see page 4.2 of the toolkit",
        ] {
            assert!(keys(prose).is_empty(), "{prose}: {:?}", keys(prose));
        }
        assert!(keys("see the SEND Strategy 2022").is_empty());
        assert_eq!(keys("see 7"), ["7"]);
        assert!(keys("see 12 schools in the pilot").is_empty());
        // Characters of several bytes anywhere around a reference.
        for s in [
            "see–1.2",
            "Ёsee 1.2",
            "see 1.2Ё",
            "see\u{a0}1.2",
            "see 1.",
            "see [",
            "see",
            "é see 3 Ç",
        ] {
            let _ = keys(s);
        }
        assert_eq!(
            find_references_in("WS1.2, WS2.3", true)[0].keys,
            ["WS1.2", "WS2.3"]
        );
        assert_eq!(area_of("WS3.9"), "WS3");
        assert_eq!(area_of("3.1C"), "3.1");
        assert_eq!(area_of("6H"), "6");
        assert_eq!(area_of("D14"), "D");
        assert_eq!(area_of("1.1.5"), "1.1");
        assert_eq!(shape_of("AOW3.7"), "AOW9.9");
        assert_eq!(shape_of("3.1C"), "9.9a");
    }
}
