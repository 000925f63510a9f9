//! LEAD002 lead-variant

use std::collections::{HashMap, HashSet};

use crate::check::{Context, Family, Finding, Rule, Severity};
use crate::model::Source;

pub static RULE: Rule = Rule {
    code: "LEAD002",
    name: "lead-variant",
    family: Family::Lead,
    severity: Severity::Warning,
    corrected_by_build: false,
    summary: "One person's name spelt two ways across the plan (Rodgers / Rogers)",
    explanation: r#"## What it does
Compares every person named as a lead, across every sheet and workbook given, and reports names that
differ by a small slip in one word — `Chris Rodgers` and `Chris Rogers`, `Joe Branigan` and `Joe
Brannigan`, `Head od SEND` and `Head of SEND` — or by a letter added or doubled in the first name
(`Sara`/`Sarah`, `Helen`/`Hellen`). Each person of a joint lead is compared on their own (`Tim Moss/ Lynn
Tolley` is Tim Moss and Lynn Tolley). Case, spacing, punctuation and the order of a joint lead make no
difference, so `Tim Moss/ Lynn Tolley` and `Lynn Tolley/Tim Moss` are never reported. First names that
differ by a changed letter are never matched (`Tim Moss` and `Tom Moss` may well be two people), nor
`Paul`/`Paula` and the like. The cells reported are those of the rarer spelling.

## Why it matters to an officer
The Leads sheet of the master, and anyone filtering by lead, sees two people where there is one: half of
that person's actions go missing from their list.

## Bad
`Chris Rodgers` in 'Priority 7'!C7, `Chris Rogers` in 'Priority 7'!C8 and 'Priority 2'!C8.

## Good
`Chris Rogers` everywhere (or, if they really are two people, both names in the lead roster of
`ragplan.toml`).
"#,
    check,
};

/// One spelling of a person, with the cells it appears in.
struct Spelling {
    /// The area's files it was met in.
    group: crate::model::Area,
    display: String,
    tokens: Vec<String>,
    cells: Vec<Source>,
}

/// Whether two words differ by a slip: one or two edits, same first letter,
/// and (for longer words) a close Jaro–Winkler similarity.
fn slip(a: &str, b: &str) -> bool {
    if a.chars().next() != b.chars().next() {
        return false;
    }
    let d = strsim::levenshtein(a, b);
    let shortest = a.chars().count().min(b.chars().count());
    match shortest {
        0..=1 => false,
        2..=4 => d == 1,
        _ => d <= 2 && strsim::jaro_winkler(a, b) >= 0.88,
    }
}

/// Whether two first names are one name with a letter added or doubled:
/// `Sara`/`Sarah`, `Debora`/`Deborah` (a silent final h), `Helen`/`Hellen`
/// (a doubled letter), `Katherine`/`Katharine`'s kind is a different name.
/// Never a changed letter (`Tim`/`Tom`), nor a final `a` or `e` (`Paul`/
/// `Paula`, `Eric`/`Erica`: two people), nor names of three letters.
fn first_name_slip(a: &str, b: &str) -> bool {
    let (short, long) = if a.chars().count() < b.chars().count() {
        (a, b)
    } else {
        (b, a)
    };
    let (s, l): (Vec<char>, Vec<char>) = (short.chars().collect(), long.chars().collect());
    if l.len() != s.len() + 1 || s.len() < 4 || s[0] != l[0] {
        return false;
    }
    // The one letter the longer name has more, and where.
    let at = s
        .iter()
        .zip(&l)
        .position(|(x, y)| x != y)
        .unwrap_or(s.len());
    if l[..at] != s[..at] || l[at + 1..] != s[at..] {
        return false;
    }
    let extra = l[at];
    let doubled = (at > 0 && l[at - 1] == extra) || l.get(at + 1) == Some(&extra);
    let silent_h = at == s.len() && extra == 'h';
    let inside = at > 0 && at < s.len() && s.len() >= 5;
    doubled || silent_h || (inside && !matches!(extra, 'a' | 'e'))
}

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    // key → spelling, in plan order.
    let mut spellings: Vec<Spelling> = Vec::new();
    // (area, key): one area's files are compared together, not another
    // area's given alongside ([`crate::model::Plan::areas`]).
    let areas = cx.plan.areas();
    let mut index: HashMap<(crate::model::Area, String), usize> = HashMap::new();
    let mut seen: HashSet<(usize, Source)> = HashSet::new();
    for (priority, _, action) in cx.plan.actions() {
        let Some(lead) = &action.lead else { continue };
        let group = areas.of(priority);
        for person in &action.leads {
            // The roster's aliases make two spellings one person.
            let key = cx.roster.key(person);
            let i = *index.entry((group, key.clone())).or_insert_with(|| {
                spellings.push(Spelling {
                    group,
                    display: person.clone(),
                    tokens: key.split(' ').map(String::from).collect(),
                    cells: Vec::new(),
                });
                spellings.len() - 1
            });
            // Actions split from one cell share its lead cell: list it once
            // (a set, not a scan of the list: one person may lead thousands).
            if seen.insert((i, lead.source)) {
                spellings[i].cells.push(lead.source);
            }
        }
    }
    // Bucket by the name with one word (not the first) blanked out: two
    // spellings can only be variants if they share a bucket, so the work
    // grows with the number of people, not its square.
    let mut buckets: HashMap<(crate::model::Area, usize, String), Vec<usize>> = HashMap::new();
    for (i, s) in spellings.iter().enumerate() {
        for pos in 0..s.tokens.len() {
            let mut masked = s.tokens.clone();
            masked[pos] = "\u{1}".into();
            buckets
                .entry((s.group, pos, masked.join(" ")))
                .or_default()
                .push(i);
        }
    }
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for ((_, pos, _), members) in &buckets {
        for (x, &a) in members.iter().enumerate() {
            for &b in &members[x + 1..] {
                // Two people the roster names are two people.
                let both_known = cx.roster.knows(&spellings[a].display)
                    && cx.roster.knows(&spellings[b].display);
                let (x, y) = (&spellings[a].tokens[*pos], &spellings[b].tokens[*pos]);
                let differs = if *pos == 0 {
                    first_name_slip(x, y)
                } else {
                    slip(x, y)
                };
                if !both_known && differs {
                    pairs.push((a.min(b), a.max(b)));
                }
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    for (a, b) in pairs {
        // Report the rarer spelling; on a tie, the one met later.
        let (rare, common) = if spellings[a].cells.len() < spellings[b].cells.len() {
            (a, b)
        } else {
            (b, a)
        };
        let (rare, common) = (&spellings[rare], &spellings[common]);
        let places: Vec<String> = common
            .cells
            .iter()
            .take(3)
            .map(|s| format!("'{}'!{}", cx.plan.sheet_name(s), s.cell))
            .collect();
        let more = if common.cells.len() > 3 { ", …" } else { "" };
        for cell in &rare.cells {
            let mut f = Finding::at(
                &RULE,
                *cell,
                format!(
                    "`{}` looks like another spelling of `{}` ({} cell{}: {}{more})",
                    rare.display,
                    common.display,
                    common.cells.len(),
                    if common.cells.len() == 1 { "" } else { "s" },
                    places.join(", ")
                ),
            )
            .field("Lead")
            .value(rare.display.clone())
            .help(format!(
                "if they are one person, write `{}` everywhere; if they are two people, add both to the lead roster in ragplan.toml",
                common.display
            ));
            for other in common.cells.iter().take(3) {
                f = f.related(*other, format!("`{}`", common.display));
            }
            out.push(f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::slip;
    use crate::check::fixture::{Sheet, check_sheets, places};

    #[test]
    fn rarer_spelling_is_reported_and_joint_leads_compared_per_person() {
        let findings = check_sheets(vec![
            Sheet::priority(7)
                .row(&["[7] Area", "A. One", "Chris Rodgers", "Ev", "G", "G"])
                .row(&["", "B. Two", "Chris Rogers/Paul a Ricketts", "Ev", "G", "G"])
                .row(&["", "C. Three", "Chris Rogers", "Ev", "G", "G"])
                .row(&["", "D. Four", "Tim Moss/ Lynn Tolley", "Ev", "G", "G"])
                .row(&["", "E. Five", "Lynn Tolley/Tim Moss", "Ev", "G", "G"])
                .row(&["", "F. Six", "Tom Moss", "Ev", "G", "G"]),
        ]);
        assert_eq!(places(&findings, "LEAD002"), ["C5"]);
        let f = findings.iter().find(|f| f.rule.code == "LEAD002").unwrap();
        assert_eq!(f.value.as_deref(), Some("Chris Rodgers"));
        assert!(
            f.message.contains("`Chris Rogers` (2 cells"),
            "{}",
            f.message
        );
    }

    #[test]
    fn first_names_with_a_letter_added_or_doubled() {
        use super::first_name_slip;
        for (a, b) in [
            ("sara", "sarah"),
            ("hellen", "helen"),
            ("debora", "deborah"),
            ("phillip", "philip"),
        ] {
            assert!(first_name_slip(a, b), "{a} {b}");
        }
        for (a, b) in [
            ("tim", "tom"),
            ("paul", "paula"),
            ("eric", "erica"),
            ("dan", "dean"),
            ("jon", "john"),
            ("sarah", "sarah"),
        ] {
            assert!(!first_name_slip(a, b), "{a} {b}");
        }
        let findings = check_sheets(vec![
            Sheet::priority(1)
                .row(&["1.1 Area", "A. One", "Sarah Okafor", "Ev", "G", "G"])
                .row(&["", "B. Two", "Sarah Okafor", "Ev", "G", "G"]),
            Sheet::priority(2)
                .row(&["2.1 Area", "A. One", "Sara Okafor", "Ev", "G", "G"])
                .row(&["", "B. Two", "Paula Jones", "Ev", "G", "G"])
                .row(&["", "C. Three", "Paul Jones", "Ev", "G", "G"]),
        ]);
        let f: Vec<_> = findings
            .iter()
            .filter(|f| f.rule.code == "LEAD002")
            .collect();
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].value.as_deref(), Some("Sara Okafor"));
        assert_eq!(f[0].sheet, Some(1), "across sheets");
    }

    #[test]
    fn slips() {
        assert!(slip("rodgers", "rogers"));
        assert!(slip("od", "of"));
        assert!(!slip("moss", "ross"));
        assert!(!slip("smith", "jones"));
        assert!(!slip("anderson", "andrews"));
    }
}
