//! Success-measure codes of the implementation plan (`1.F:`, `1.A`, `2A`,
//! `4G`, `1H`, `2c`): a code followed by text defines it; a code on its own
//! uses it. `1.F` and `1F` and `1f` are one code.

/// One code found in a cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeasureCode {
    /// Normalised: number then upper-case letter (`1F`).
    pub code: String,
    /// As written (`1.F:`).
    pub written: String,
    /// The text that follows, up to the next code, when there is one.
    pub definition: Option<String>,
}

/// Finds the codes in a Success Measures cell.
pub fn measure_codes(text: &str) -> Vec<MeasureCode> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut found: Vec<(usize, usize, String)> = Vec::new(); // (start byte, end byte, code)
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let boundary = i == 0 || !chars[i - 1].1.is_alphanumeric() && chars[i - 1].1 != '.';
        if !(c.is_ascii_digit() && boundary) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && chars[j].1.is_ascii_digit() {
            j += 1;
        }
        let number: String = chars[i..j].iter().map(|(_, c)| *c).collect();
        if j < chars.len() && chars[j].1 == '.' {
            j += 1;
        }
        let letter = chars
            .get(j)
            .map(|(_, c)| *c)
            .filter(char::is_ascii_alphabetic);
        let after = chars.get(j + 1).map(|(_, c)| *c);
        match letter {
            Some(l) if after.is_none_or(|a| !a.is_alphanumeric()) && number.len() <= 2 => {
                let mut end = j + 1;
                if chars.get(end).is_some_and(|(_, c)| *c == ':') {
                    end += 1;
                }
                let end_byte = chars.get(end).map_or(text.len(), |(b, _)| *b);
                found.push((
                    start,
                    end_byte,
                    format!("{number}{}", l.to_ascii_uppercase()),
                ));
                i = end;
            }
            _ => i = j.max(i + 1),
        }
    }
    let mut out = Vec::new();
    for (k, (start, end, code)) in found.iter().enumerate() {
        let next = found.get(k + 1).map_or(text.len(), |f| f.0);
        let definition = text[*end..next].trim().trim_start_matches(':').trim();
        out.push(MeasureCode {
            code: code.clone(),
            written: text[*start..*end].trim().to_string(),
            definition: (definition.chars().filter(|c| c.is_alphabetic()).count() >= 3)
                .then(|| definition.to_string()),
        });
    }
    out
}

/// Two definitions agree when, ignoring case, spacing and trailing
/// punctuation, one is the other (or the other with a note added).
pub fn same_definition(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
            .trim_end_matches(['.', ';', ',', ' '])
            .to_string()
    };
    let (a, b) = (norm(a), norm(b));
    a.starts_with(&b) || b.starts_with(&a)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(s: &str) -> Vec<(String, bool)> {
        measure_codes(s)
            .into_iter()
            .map(|m| (m.code, m.definition.is_some()))
            .collect()
    }

    #[test]
    fn codes_in_the_seed() {
        assert_eq!(
            codes("1.F: Provision is mapped. 1.G: Parents express confidence."),
            [("1F".into(), true), ("1G".into(), true)]
        );
        assert_eq!(
            codes("2c 1.E Individual school reports"),
            [("2C".into(), false), ("1E".into(), true)]
        );
        assert_eq!(codes("4G All young people in need"), [("4G".into(), true)]);
        assert_eq!(measure_codes("1.F: Provision mapped")[0].written, "1.F:");
        assert!(codes("(make sure there is a fair, equitable system)").is_empty());
        assert!(codes("3.1 To undertake a review for 14 to 25 year olds in 2019").is_empty());
        assert!(codes("1. SEND Strategy 2. Update").is_empty());
    }

    #[test]
    fn definitions_agree_ignoring_notes_and_punctuation() {
        assert!(same_definition(
            "Parents express confidence.",
            "parents express  confidence (increased confidence in oversight)"
        ));
        assert!(!same_definition(
            "Parents express confidence.",
            "Every school is good."
        ));
    }
}
