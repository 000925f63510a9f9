//! LEAD002 lead-variant

use std::collections::{HashMap, HashSet};

use crate::check::{Context, Family, Finding, Rule, Severity};
use crate::model::Source;

pub static RULE: Rule = Rule {
    code: "LEAD002",
    name: "lead-variant",
    family: Family::Lead,
    severity: Severity::Warning,
    summary: "One person's name spelt two ways across the plan (Rodgers / Rogers)",
    explanation: r#"## What it does
Compares every person named as a lead, across every workbook given, and reports names that differ by a
small slip in one word other than the first name: `Chris Rodgers` and `Chris Rogers`, `Head od SEND` and
`Head of SEND`. Each person of a joint lead is compared on their own (`Tim Moss/ Lynn Tolley` is Tim Moss
and Lynn Tolley). Case, spacing, punctuation and the order of a joint lead make no difference, so
`Tim Moss/ Lynn Tolley` and `Lynn Tolley/Tim Moss` are never reported. Different first names are never
matched (`Tim Moss` and `Tom Moss` may well be two people). The cells reported are those of the rarer
spelling.

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

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    // key → spelling, in plan order.
    let mut spellings: Vec<Spelling> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut seen: HashSet<(usize, Source)> = HashSet::new();
    for (_, _, action) in cx.plan.actions() {
        let Some(lead) = &action.lead else { continue };
        for person in &action.leads {
            // The roster's aliases make two spellings one person.
            let key = cx.roster.key(person);
            let i = *index.entry(key.clone()).or_insert_with(|| {
                spellings.push(Spelling {
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
    let mut buckets: HashMap<(usize, String), Vec<usize>> = HashMap::new();
    for (i, s) in spellings.iter().enumerate() {
        for pos in 1..s.tokens.len() {
            let mut masked = s.tokens.clone();
            masked[pos] = "\u{1}".into();
            buckets.entry((pos, masked.join(" "))).or_default().push(i);
        }
    }
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for ((pos, _), members) in &buckets {
        for (x, &a) in members.iter().enumerate() {
            for &b in &members[x + 1..] {
                // Two people the roster names are two people.
                let both_known = cx.roster.knows(&spellings[a].display)
                    && cx.roster.knows(&spellings[b].display);
                if !both_known && slip(&spellings[a].tokens[*pos], &spellings[b].tokens[*pos]) {
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
    fn slips() {
        assert!(slip("rodgers", "rogers"));
        assert!(slip("od", "of"));
        assert!(!slip("moss", "ross"));
        assert!(!slip("smith", "jones"));
        assert!(!slip("anderson", "andrews"));
    }
}
