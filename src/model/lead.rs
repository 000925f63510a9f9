//! Leads: who owns an action. A cell may name several people
//! (`Tim Moss/ Lynn Tolley`) or a role (`Head of SEND`).

/// Words officers write when there is no lead.
const PLACEHOLDERS: [&str; 14] = [
    "n/a",
    "na",
    "n.a.",
    "tbc",
    "tba",
    "tbd",
    "?",
    "??",
    "-",
    "–",
    "—",
    "none",
    "unknown",
    "not applicable",
];

/// Whether a lead cell names nobody: empty, `N/A`, `TBC`, `?`, `-`.
pub fn is_missing_lead(text: &str) -> bool {
    let t = text.trim().to_lowercase();
    t.is_empty() || PLACEHOLDERS.contains(&t.as_str()) || t.chars().all(|c| !c.is_alphanumeric())
}

/// The people or roles of a lead cell, split on `/`, `,`, `&`, `;`, `+`,
/// line breaks and the word `and`. Placeholders (`TBC`) are dropped.
pub fn split_leads(text: &str) -> Vec<String> {
    if is_missing_lead(text) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for part in text.split(['/', ',', '&', ';', '+', '\n', '\\']) {
        // " and " between names; not inside a word ("Sandra") nor a role
        // that merely contains it ("Health and Care Lead" stays whole when it
        // has no capitalised name on both sides).
        for piece in split_on_and(part) {
            let name = piece.split_whitespace().collect::<Vec<_>>().join(" ");
            let name = name
                .trim_matches(|c: char| c == '.' || c == '-' || c == '(' || c == ')')
                .trim()
                .to_string();
            if !name.is_empty() && !is_missing_lead(&name) {
                out.push(name);
            }
        }
    }
    out
}

/// Splits `Chris Rogers and Paul Ricketts` into two names, but keeps
/// `Health and Social Care Lead` whole: both sides must look like a person's
/// name (two or more capitalised words).
fn split_on_and(part: &str) -> Vec<&str> {
    // ASCII case folding keeps byte offsets valid in `part` (`İ` would not).
    let lower = part.to_ascii_lowercase();
    if let Some(i) = lower.find(" and ") {
        let (a, b) = (&part[..i], &part[i + 5..]);
        let looks_like_name = |s: &str| {
            let words: Vec<&str> = s.split_whitespace().collect();
            words.len() >= 2
                && words
                    .iter()
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        };
        if looks_like_name(a) && looks_like_name(b) {
            return vec![a, b];
        }
    }
    vec![part]
}

/// Words of roles, teams and bodies: a lead holding one is not a person's name.
const ROLE_WORDS: &[&str] = &[
    "head",
    "director",
    "manager",
    "officer",
    "lead",
    "leads",
    "team",
    "service",
    "services",
    "coordinator",
    "co-ordinator",
    "group",
    "board",
    "partnership",
    "forum",
    "council",
    "school",
    "schools",
    "college",
    "network",
    "commissioner",
    "commissioning",
    "of",
    "and",
    "the",
    "for",
    "assistant",
    "deputy",
    "principal",
    "senior",
    "designated",
    "clinical",
    "strategic",
    "chair",
    "panel",
    "hub",
    "trust",
    "health",
    "education",
    "care",
    "social",
    "children's",
    "adult",
    "project",
    "programme",
    "all",
    "partners",
    "sub-group",
    "subgroup",
];

/// Whether a lead names a person (`Tim Moss`, `Lynn Tolley`), not a role
/// or a body (`Head of SEND`, `SCM SEND`, `Parent Carer Forum`): two to
/// four capitalised words, none a role's, none in capitals alone.
pub fn is_personal_name(lead: &str) -> bool {
    let words: Vec<&str> = lead.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            let letters: String = w.chars().filter(|c| c.is_alphabetic()).collect();
            letters.chars().next().is_some_and(char::is_uppercase)
                && letters.chars().skip(1).any(char::is_lowercase)
                && !ROLE_WORDS.contains(&letters.to_lowercase().as_str())
        })
}

/// The comparison key of a person: case, spacing and punctuation make no
/// difference (`Tim Moss`, `tim  moss`, `Tim Moss.` are one person).
pub fn person_key(name: &str) -> String {
    name.split_whitespace()
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_joint_leads() {
        assert_eq!(
            split_leads("Tim Moss/ Lynn Tolley"),
            ["Tim Moss", "Lynn Tolley"]
        );
        assert_eq!(
            split_leads("Chris Rogers/Paul a Ricketts"),
            ["Chris Rogers", "Paul a Ricketts"]
        );
        assert_eq!(
            split_leads("A Smith, B Jones & C Brown"),
            ["A Smith", "B Jones", "C Brown"]
        );
        assert_eq!(
            split_leads("Chris Rogers and Paul Ricketts"),
            ["Chris Rogers", "Paul Ricketts"]
        );
        assert_eq!(split_leads("Head of SEND"), ["Head of SEND"]);
        assert_eq!(
            split_leads("Health and Social Care Lead"),
            ["Health and Social Care Lead"]
        );
        assert_eq!(split_leads("Sandra Lee"), ["Sandra Lee"]);
        assert_eq!(split_leads("Tim Moss/TBC"), ["Tim Moss"]);
        assert_eq!(
            split_leads("İlker Aydın İİ and Tim Moss"),
            ["İlker Aydın İİ", "Tim Moss"]
        );
        assert_eq!(
            split_leads("\u{212A}\u{212A}\u{212A} Kim and Tim Moss"),
            ["\u{212A}\u{212A}\u{212A} Kim", "Tim Moss"]
        );
        assert!(split_leads("N/A").is_empty());
    }

    #[test]
    fn missing_leads() {
        for s in ["", " ", "N/A", "n/a", "TBC", "?", "-", "none", "--"] {
            assert!(is_missing_lead(s), "{s:?}");
        }
        for s in ["SCM SEND", "Head of SEND", "DCS/ CCG lead", "Na Li"] {
            assert!(!is_missing_lead(s), "{s:?}");
        }
    }

    #[test]
    fn personal_names_not_roles() {
        for s in [
            "Tim Moss",
            "Lynn Tolley",
            "Sarah Okafor",
            "Mary-Jane O'Neill",
        ] {
            assert!(is_personal_name(s), "{s}");
        }
        for s in [
            "Head of SEND",
            "SCM SEND",
            "Parent Carer Forum",
            "Designated Clinical Officer (DCO)",
            "Jo",
            "NM",
            "SENCO Network",
        ] {
            assert!(!is_personal_name(s), "{s}");
        }
    }

    #[test]
    fn person_keys_ignore_case_and_spacing() {
        assert_eq!(person_key("Tim  Moss"), person_key("tim moss."));
        assert_ne!(person_key("Chris Rogers"), person_key("Chris Rodgers"));
    }
}

/// The area's lead roster (`ragplan.toml`): the people and roles who may
/// lead an action, and other spellings of them (`Chris Rodgers` →
/// `Chris Rogers`). An empty roster checks nothing.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Roster {
    /// Person key → the spelling given in the roster.
    people: std::collections::BTreeMap<String, String>,
    /// Alias key → the roster spelling it stands for.
    aliases: std::collections::BTreeMap<String, String>,
}

impl Roster {
    pub fn new<'a>(
        people: impl IntoIterator<Item = &'a str>,
        aliases: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Roster {
        Roster {
            people: people
                .into_iter()
                .map(|p| (person_key(p), p.trim().to_string()))
                .collect(),
            aliases: aliases
                .into_iter()
                .map(|(a, p)| (person_key(a), p.trim().to_string()))
                .collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.people.is_empty() && self.aliases.is_empty()
    }

    /// The name an alias stands for, or the name itself.
    pub fn canonical<'a>(&'a self, name: &'a str) -> &'a str {
        self.aliases
            .get(&person_key(name))
            .map_or(name, String::as_str)
    }

    /// The comparison key after aliases: `Chris Rodgers` and `Chris Rogers`
    /// are one person when the roster says so.
    pub fn key(&self, name: &str) -> String {
        person_key(self.canonical(name))
    }

    /// Whether the roster names this person (directly or by an alias).
    pub fn knows(&self, name: &str) -> bool {
        self.people.contains_key(&self.key(name))
    }

    pub fn has_people(&self) -> bool {
        !self.people.is_empty()
    }

    /// The roster's names as written.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.people.values().map(String::as_str)
    }
}

#[cfg(test)]
mod roster_tests {
    use super::*;

    #[test]
    fn aliases_and_membership() {
        let r = Roster::new(
            ["Chris Rogers", "Head of SEND"],
            [("Chris Rodgers", "Chris Rogers")],
        );
        assert_eq!(r.key("chris  rodgers"), r.key("Chris Rogers"));
        assert!(r.knows("Chris Rodgers") && r.knows("head of send"));
        assert!(!r.knows("Tim Moss"));
        assert!(Roster::default().is_empty());
    }
}
