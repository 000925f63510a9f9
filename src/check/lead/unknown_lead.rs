//! LEAD003 unknown-lead

use crate::check::{Context, Family, Finding, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "LEAD003",
    name: "unknown-lead",
    family: Family::Lead,
    severity: Severity::Warning,
    corrected_by_build: false,
    summary: "A lead who is not in the area's lead roster (only when a roster is configured)",
    explanation: r#"## What it does
When `ragplan.toml` gives a lead roster (`[leads] roster = [...]`), reports each person of a lead cell who
is neither on the roster nor one of its aliases (`[leads.aliases] "Chris Rodgers" = "Chris Rogers"`),
and suggests the closest roster name. Without a roster this rule checks nothing. Each person of a joint
lead is checked on their own; case and spacing do not matter.

## Why it matters to an officer
The roster is the list of people who have agreed to lead actions. A name outside it is a typo, a
colleague who has left, or someone who does not yet know they own an action.

## Bad
`Chris Rodgers` when the roster says `Chris Rogers` and has no such alias.

## Good
`Chris Rogers`, or `"Chris Rodgers" = "Chris Rogers"` under `[leads.aliases]`.
"#,
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    if !cx.roster.has_people() {
        return;
    }
    let mut seen = std::collections::HashSet::new();
    // Each roster name lowered once, and each unknown person's closest name
    // found once: a plan repeats its leads on every row, and comparing every
    // row with every roster name took minutes on a large roster.
    let roster: Vec<(String, &str)> = cx.roster.names().map(|n| (n.to_lowercase(), n)).collect();
    let mut closest_to: std::collections::HashMap<String, Option<String>> =
        std::collections::HashMap::new();
    for (_, _, action) in cx.plan.actions() {
        let Some(lead) = &action.lead else { continue };
        for person in &action.leads {
            if cx.roster.knows(person) || !seen.insert((lead.source, person.clone())) {
                continue;
            }
            let closest = closest_to
                .entry(person.to_lowercase())
                .or_insert_with_key(|person| {
                    roster
                        .iter()
                        .map(|(lower, n)| (strsim::jaro_winkler(lower, person), *n))
                        .filter(|(score, _)| *score >= 0.85)
                        .max_by(|a, b| a.0.total_cmp(&b.0))
                        .map(|(_, n)| n.to_string())
                })
                .clone();
            let help = match closest {
                Some(name) => format!(
                    "did you mean `{name}`? If `{person}` is right, add them to the roster (or as an alias) in ragplan.toml"
                ),
                None => {
                    format!("add `{person}` to the roster in ragplan.toml, or correct the name")
                }
            };
            out.push(
                Finding::on(&RULE, lead, format!("`{person}` is not in the lead roster"))
                    .field("Lead")
                    .value(person.clone())
                    .help(help),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::fixture::{Sheet, write};
    use crate::check::{Options, check};
    use crate::model::Roster;

    #[test]
    fn leads_outside_the_roster() {
        let (_dir, path) = write(vec![
            Sheet::priority(7)
                .row(&["[7] Area", "A. One", "Chris Rodgers", "Ev", "G", "G"])
                .row(&["", "B. Two", "Chris Rogers/Paul Ricketts", "Ev", "G", "G"])
                .row(&["", "C. Three", "Head of SEND", "Ev", "G", "G"]),
        ]);
        let loaded = crate::import::load(&[path], &Default::default());
        let with = |roster: Roster| {
            let findings = check(
                &loaded,
                &Options {
                    roster,
                    ..Options::default()
                },
            );
            findings
                .iter()
                .filter(|f| f.rule.code == "LEAD003")
                .map(|f| (f.cell.unwrap().to_string(), f.value.clone().unwrap()))
                .collect::<Vec<_>>()
        };
        // No roster: nothing checked.
        assert!(with(Roster::default()).is_empty());
        let roster = Roster::new(["Chris Rogers", "Head of SEND"], []);
        assert_eq!(
            with(roster),
            [
                ("C5".to_string(), "Chris Rodgers".to_string()),
                ("C6".into(), "Paul Ricketts".into())
            ]
        );
        // An alias makes Rodgers known, and lead-variant stops reporting the pair.
        let roster = Roster::new(
            ["Chris Rogers", "Head of SEND", "Paul Ricketts"],
            [("Chris Rodgers", "Chris Rogers")],
        );
        let findings = check(
            &loaded,
            &Options {
                roster,
                ..Options::default()
            },
        );
        assert!(
            findings
                .iter()
                .all(|f| f.rule.code != "LEAD003" && f.rule.code != "LEAD002"),
            "{findings:?}"
        );
    }
}
