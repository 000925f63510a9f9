//! LEAD004 lead-initials

use crate::check::{Context, Family, Finding, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "LEAD004",
    name: "lead-initials",
    family: Family::Lead,
    severity: Severity::Warning,
    corrected_by_build: false,
    summary: "A lead written only as someone's initials (NM, J.B.), which names nobody a reader can find",
    explanation: r#"## What it does
Reports a lead written only as initials — two or three capital letters (`NM`, `JMB`) or letters with full
stops (`N.M.`) — for each person of a joint lead. Role abbreviations are leads, not initials: `DCS`,
`DCO`, `SENCO`, `ICB`, `PCF`, `SRO`, `EP` and the other common ones of a SEND partnership are never
reported, nor are initials the area's lead roster names (`[leads] roster` in `ragplan.toml`).

## Why it matters to an officer
Initials mean something to the person who typed them. The IPG, an inspector or a new colleague reading the
plan cannot tell who `NM` is, so nobody can be held to the action — and the Leads sheet lists `NM` as a
person of their own.

## Bad
`NM` as the Responsible officer of AoW1.4.

## Good
`Nadia Malik`, or a role such as `Head of SEND`.
"#,
    check,
};

/// Abbreviations of roles and bodies that lead actions in SEND plans.
const ROLES: &[&str] = &[
    "AD", "AP", "ASD", "BI", "CAMHS", "CCG", "CEO", "CEX", "CFO", "CMO", "CNO", "COO", "CSC",
    "CYP", "DCO", "DCS", "DD", "DDSL", "DFE", "DHT", "DMO", "DOE", "DSCO", "DSL", "EHA", "EHC",
    "EHCP", "EP", "EPS", "EY", "EYFS", "FE", "GP", "HR", "HT", "HV", "IASS", "ICB", "ICP", "ICS",
    "IRO", "IT", "LA", "LADO", "LO", "MASH", "NHS", "OT", "PA", "PCF", "PEP", "PFA", "PM", "PMO",
    "PRU", "QA", "SALT", "SEN", "SENCO", "SENDCO", "SEND", "SENDIASS", "SLCN", "SLT", "SRO", "SW",
    "VS", "VSH", "YOS", "YOT",
];

/// Whether a lead is only initials: two or three capitals, or letters
/// separated by full stops (`N.M.`), and not a role's abbreviation.
pub(crate) fn is_initials(name: &str) -> bool {
    let t = name.trim();
    let letters: String = t.chars().filter(|c| c.is_alphabetic()).collect();
    let dotted = t.contains('.')
        && t.split('.')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic));
    let capitals = (2..=3).contains(&letters.chars().count())
        && t.chars().all(|c| c.is_ascii_uppercase())
        && !ROLES.contains(&letters.as_str());
    (dotted && (2..=4).contains(&letters.chars().count())) || capitals
}

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for (_, _, action) in cx.plan.actions() {
        let Some(lead) = &action.lead else { continue };
        for person in &action.leads {
            if !is_initials(person) || cx.roster.knows(person) {
                continue;
            }
            out.push(
                Finding::on(
                    &RULE,
                    lead,
                    format!("the lead `{person}` is only initials: a reader cannot tell who that is"),
                )
                .field("Lead")
                .value(person.clone())
                .help("write the person's full name (or their role); if the initials are the area's own usage, add them to the lead roster in ragplan.toml"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_initials;
    use crate::check::fixture::{Sheet, check_sheets, places};

    #[test]
    fn initials_not_roles() {
        for s in ["NM", "KL", "JMB", "N.M.", "J. B."] {
            assert!(is_initials(s), "{s}");
        }
        for s in [
            "DCS",
            "SENCO",
            "ICB",
            "SRO",
            "Tim Moss",
            "Head of SEND",
            "Jo",
            "NHSE team",
            "EP",
        ] {
            assert!(!is_initials(s), "{s}");
        }
    }

    #[test]
    fn each_person_of_a_joint_lead() {
        let findings = check_sheets(vec![
            Sheet::priority(1)
                .row(&["1.1 Area", "A. One", "NM", "Ev", "G", "G"])
                .row(&["", "B. Two", "Tim Moss/ KL", "Ev", "G", "G"])
                .row(&["", "C. Three", "DCS/DCO", "Ev", "G", "G"]),
        ]);
        assert_eq!(places(&findings, "LEAD004"), ["C5", "C6"]);
        let f = findings.iter().find(|f| f.rule.code == "LEAD004").unwrap();
        assert_eq!(f.value.as_deref(), Some("NM"));
    }
}
