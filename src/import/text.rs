//! Text clean-up, applied the same way to every cell: HTML fragments
//! (`<p>`, `<b>`, `<br>`, `<li>`, entities), bullets and whitespace. The raw
//! text is always kept beside the cleaned one.

/// Tags that end a line when stripped; any other tag simply disappears.
const BLOCK_TAGS: [&str; 9] = ["p", "br", "li", "ul", "ol", "div", "tr", "h1", "h2"];
const BULLETS: [char; 6] = ['•', '●', '▪', '◦', '‣', '∙'];

/// Cleans one cell's text. Line breaks between paragraphs are kept as `\n`;
/// runs of spaces collapse; empty lines go.
pub fn clean(raw: &str) -> String {
    clean_cow(raw).into_owned()
}

/// [`clean`], borrowing the text when it needs nothing (most cells: no
/// markup, bullets, line breaks or extra spaces).
pub fn clean_cow(raw: &str) -> std::borrow::Cow<'_, str> {
    if is_clean(raw) {
        return raw.into();
    }
    let stripped = if raw.contains('<') {
        strip_tags(raw)
    } else {
        raw.to_string()
    };
    let decoded = if stripped.contains('&') {
        html_escape::decode_html_entities(&stripped).into_owned()
    } else {
        stripped
    };
    let mut lines = Vec::new();
    for line in decoded
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .split(|c| c == '\n' || BULLETS.contains(&c))
    {
        let words: Vec<&str> = line.split_whitespace().collect();
        let mut line = words.join(" ");
        // A bullet written with ASCII at the start of a line.
        for mark in ["* ", "- ", "~ ", "o "] {
            if let Some(rest) = line.strip_prefix(mark) {
                if mark != "o " || line.len() > 3 {
                    line = rest.to_string();
                }
                break;
            }
        }
        if !line.is_empty() {
            lines.push(line);
        }
    }
    lines.join("\n").into()
}

fn is_clean(s: &str) -> bool {
    let bytes = s.as_bytes();
    let edge_space = bytes.first().is_some_and(u8::is_ascii_whitespace)
        || bytes.last().is_some_and(u8::is_ascii_whitespace);
    if edge_space || ["* ", "- ", "~ ", "o "].iter().any(|m| s.starts_with(m)) {
        return false;
    }
    // One pass: ASCII only, no markup, entities, line breaks, tabs or double spaces.
    let mut after_space = false;
    for &b in bytes {
        let space = b == b' ';
        if b >= 0x80 || matches!(b, b'<' | b'&' | b'\n' | b'\r' | b'\t') || (space && after_space) {
            return false;
        }
        after_space = space;
    }
    true
}

/// Removes things that look like HTML tags (`<p>`, `</b>`, `<ul style="…">`)
/// and leaves any other `<` alone (`a < b`).
fn strip_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let name_part = after.strip_prefix('/').unwrap_or(after);
        let name: String = name_part
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        let close = after.find('>');
        match close {
            Some(end)
                if !name.is_empty()
                    && name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                    && !after[..end].contains('<') =>
            {
                if BLOCK_TAGS.contains(&name.to_ascii_lowercase().as_str()) {
                    out.push('\n');
                }
                rest = &after[end + 1..];
            }
            _ => {
                out.push('<');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Lower-case, single-spaced text for matching headers and labels.
pub fn normalise(raw: &str) -> String {
    // Clean text is already single-spaced and trimmed.
    if is_clean(raw) {
        return raw.to_ascii_lowercase();
    }
    clean(raw)
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_html_paragraphs_and_inline_tags() {
        assert_eq!(
            clean("<p>Feb 2021: Done.</p> <p>Apr 2021: More.</p>"),
            "Feb 2021: Done.\nApr 2021: More."
        );
        assert_eq!(
            clean("SEE 3.1 C <b>Apr 2021:</b> Implemented"),
            "SEE 3.1 C Apr 2021: Implemented"
        );
        assert_eq!(
            clean("G. Task group. <i>Information via Power BI</i>"),
            "G. Task group. Information via Power BI"
        );
        assert_eq!(
            clean("<ul style=\"list-style-type: none\"> <li>One</li><li>Two</li></ul>"),
            "One\nTwo"
        );
        assert_eq!(clean("Health &amp; Care"), "Health & Care");
        assert_eq!(clean("a < b and c > d"), "a < b and c > d");
    }

    #[test]
    fn bullets_and_whitespace() {
        assert_eq!(
            clean("meeting •Develop links •Develop work"),
            "meeting\nDevelop links\nDevelop work"
        );
        assert_eq!(clean("  two   spaces \u{a0} here  "), "two spaces here");
        assert_eq!(clean("* first\n- second"), "first\nsecond");
        assert_eq!(clean(""), "");
    }
}
