//! Cross-references: `SEE 6H`, `SEE 3.1 C`, `See [4b/d]` in the notes, and
//! Priority 2's mirrored focus areas (`Ref - 1.1` …), resolved across every
//! workbook given.

pub mod broken;
pub mod measure_conflict;
pub mod measure_undefined;
mod measures;
pub mod mirror_mismatch;
pub mod unresolved;

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use crate::model::{Action, FocusArea, Layout, Plan, Priority, Text};

/// One reference to an action of a priority.
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
}

/// A `SEE …` reference found in a cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeeRef {
    /// The reference as written (`SEE 6H`, `See [4b/d]`).
    pub written: String,
    pub targets: Vec<Target>,
}

/// Finds action references in text. A reference is `see`, then a priority
/// number (optionally a focus area `3.1`), then one letter or several joined
/// by `/` (`[4b/d]`), the letter standing alone. Prose (`See SEND Strategy`,
/// `(See PR 7 Position Statement)`, `see Local Offer`) has no number right
/// after `see` and is not a reference.
pub fn find_references(text: &str) -> Vec<SeeRef> {
    // Most cells never say "see": skip them without allocating.
    if !text
        .as_bytes()
        .windows(3)
        .any(|w| w.eq_ignore_ascii_case(b"see"))
    {
        return Vec::new();
    }
    let lower = text.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = lower[from..].find("see").map(|i| i + from) {
        from = i + 3;
        if i > 0 && bytes[i - 1].is_ascii_alphanumeric() {
            continue;
        }
        let mut j = i + 3;
        let skip_ws = |j: &mut usize| {
            while *j < bytes.len() && bytes[*j] == b' ' {
                *j += 1;
            }
        };
        skip_ws(&mut j);
        if j < bytes.len() && bytes[j] == b'[' {
            j += 1;
        }
        let num_start = j;
        while j < bytes.len()
            && (bytes[j].is_ascii_digit()
                || (bytes[j] == b'.' && j + 1 < bytes.len() && bytes[j + 1].is_ascii_digit()))
        {
            j += 1;
        }
        if j == num_start {
            continue;
        }
        let number = &lower[num_start..j];
        skip_ws(&mut j);
        let mut letters = Vec::new();
        loop {
            let is_letter = j < bytes.len() && bytes[j].is_ascii_alphabetic();
            let stands_alone = j + 1 >= bytes.len() || !bytes[j + 1].is_ascii_alphanumeric();
            if !(is_letter && stands_alone) {
                break;
            }
            letters.push(text[j..j + 1].to_ascii_uppercase());
            j += 1;
            if j + 1 < bytes.len() && bytes[j] == b'/' && bytes[j + 1].is_ascii_alphabetic() {
                j += 1;
            } else {
                break;
            }
        }
        if letters.is_empty() {
            continue;
        }
        let Some(priority) = number.split('.').next().and_then(|p| p.parse().ok()) else {
            continue;
        };
        let focus = number.contains('.').then(|| number.to_string());
        let mut end = j;
        if lower[end..].starts_with(" above") {
            end += 6;
        }
        if lower[end..].starts_with(']') {
            end += 1;
        }
        let targets = letters
            .into_iter()
            .map(|action| Target {
                priority,
                focus: focus.clone(),
                action,
            })
            .collect();
        out.push(SeeRef {
            written: text[i..end].to_string(),
            targets,
        });
        from = end;
    }
    out
}

/// Where a reference leads.
pub enum Resolution<'a> {
    /// The priority is not among the files given.
    NotLoaded,
    /// The priority is loaded but has no such action.
    Missing,
    Found(&'a Priority, &'a Action),
}

/// Every loaded action by priority number, focus area and id, built once per
/// run so that resolving references grows with their number, not with
/// references × actions.
pub struct ActionIndex<'a> {
    loaded: HashSet<(Layout, u32)>,
    /// (layout, number, focus area or "", id) → the actions in plan order,
    /// with their priority.
    actions: HashMap<ActionKey<'a>, Vec<(&'a Priority, &'a Action)>>,
}

/// Layout, priority number, focus area (or ""), action id (upper case). Ids
/// are nearly always upper case already, so keys borrow from the plan.
type ActionKey<'a> = (Layout, u32, Cow<'a, str>, Cow<'a, str>);

fn upper(id: &str) -> Cow<'_, str> {
    if id.bytes().any(|b| b.is_ascii_lowercase()) {
        Cow::Owned(id.to_ascii_uppercase())
    } else {
        Cow::Borrowed(id)
    }
}

impl<'a> ActionIndex<'a> {
    pub fn new(plan: &'a Plan) -> Self {
        let mut loaded = HashSet::new();
        let mut actions: HashMap<_, Vec<_>> = HashMap::new();
        for (p, f, a) in plan.actions() {
            let (Some(n), Some(id)) = (p.number, &a.id) else {
                continue;
            };
            let id = upper(id);
            if let Some(focus) = f.reference.as_deref().filter(|r| !r.is_empty()) {
                actions
                    .entry((p.layout, n, Cow::Borrowed(focus), id.clone()))
                    .or_default()
                    .push((p, a));
            }
            actions
                .entry((p.layout, n, Cow::Borrowed(""), id))
                .or_default()
                .push((p, a));
        }
        for p in &plan.priorities {
            if let Some(n) = p.number {
                loaded.insert((p.layout, n));
            }
        }
        ActionIndex { loaded, actions }
    }

    /// Resolves a reference made in a plan of layout `from` against the
    /// loaded priorities of the same layout: a monitoring report cites
    /// monitoring actions, not the Written Statement's bullets that ragplan
    /// numbered itself. An id found twice in one priority (without a focus
    /// area to tell them apart) does not resolve.
    pub fn resolve(&self, target: &Target, from: Layout) -> Resolution<'a> {
        if !self.loaded.contains(&(from, target.priority)) {
            return Resolution::NotLoaded;
        }
        let key = (
            from,
            target.priority,
            Cow::Borrowed(target.focus.as_deref().unwrap_or_default()),
            upper(&target.action),
        );
        let found = self
            .actions
            .get(&key)
            .map(Vec::as_slice)
            .unwrap_or_default();
        // The first priority (in plan order) in which the id is unique: the
        // entries of one priority are consecutive.
        found
            .chunk_by(|(p, _), (q, _)| std::ptr::eq(*p, *q))
            .find_map(|run| match run {
                [(p, a)] => Some(Resolution::Found(p, a)),
                _ => None,
            })
            .unwrap_or(Resolution::Missing)
    }
}

/// The references of a run, found once and shared by the xref rules.
pub struct References<'a> {
    pub index: ActionIndex<'a>,
    /// Every `SEE` reference in every action's text fields.
    pub see: Vec<SeeAt<'a>>,
    pub mirrors: Vec<Mirror<'a>>,
}

impl<'a> References<'a> {
    pub fn new(plan: &'a Plan) -> Self {
        References {
            index: ActionIndex::new(plan),
            see: see_references(plan),
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
        if own == owner {
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

/// A `SEE` reference and where it was written.
pub struct SeeAt<'a> {
    pub from: &'a Priority,
    pub text: &'a Text,
    /// The field's name (`Sub Group Action to date`).
    pub field: &'a str,
    pub reference: SeeRef,
}

fn see_references(plan: &Plan) -> Vec<SeeAt<'_>> {
    let mut out = Vec::new();
    for (from, _, action) in plan.actions() {
        for (field, text) in action.text_fields() {
            for reference in find_references(&text.value) {
                out.push(SeeAt {
                    from,
                    text,
                    field,
                    reference,
                });
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
            .flat_map(|r| r.targets.iter().map(Target::label))
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

    #[test]
    fn prose_is_not_a_reference() {
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
        ] {
            assert!(find_references(s).is_empty(), "{s}");
        }
    }
}
