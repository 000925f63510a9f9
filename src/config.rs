//! `ragplan.toml`: the area's RAG codes and rule levels. The commented
//! default lives in `templates/ragplan.toml` (what `ragplan init` writes).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use miette::{Diagnostic, NamedSource, SourceSpan};
use serde::Deserialize;

use crate::check::{Level, Options, find_rule};
use crate::model::Scheme;

/// The default file, as `ragplan init` writes it.
pub const DEFAULT_TOML: &str = include_str!("../templates/ragplan.toml");

/// The name looked for in the current folder.
pub const FILE_NAME: &str = "ragplan.toml";

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// `[rag]`: codes, aliases, colours, whether split ratings are allowed.
    #[serde(default)]
    pub rag: Scheme,
    /// `[rules]`: rule code or name → level.
    #[serde(default)]
    pub rules: BTreeMap<String, Level>,
    /// `[leads]`: the roster and other spellings of its people.
    #[serde(default)]
    pub leads: Leads,
    /// `[headers]`: extra header words for each column (`lead = ["Who"]`).
    #[serde(default)]
    pub headers: BTreeMap<String, Vec<String>>,
    /// `[periods]`: the order of period labels that are not months.
    #[serde(default)]
    pub periods: Periods,
    /// `[serve]`: the limits of `ragplan serve`.
    #[serde(default)]
    pub serve: crate::serve::LimitsConfig,
    /// `[print]`: how the master prints.
    #[serde(default)]
    pub print: Print,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Print {
    /// `"A4"` (the default) or `"A3"`.
    #[serde(default)]
    pub paper: crate::export::Paper,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Leads {
    #[serde(default)]
    pub roster: Vec<String>,
    /// Another spelling → the roster name it stands for.
    #[serde(default)]
    pub aliases: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Periods {
    #[serde(default)]
    pub order: Vec<String>,
}

/// The largest config file read: a commented config is a few kilobytes, a
/// roster of a council's leads a few more.
pub const MAX_CONFIG_BYTES: u64 = 1 << 20;

/// The most names in the lead roster (or its aliases). A council's leads
/// are dozens; every lead of the plan is compared with every roster name.
pub const MAX_ROSTER: usize = 10_000;

/// The most entries in the other lists (RAG aliases, header words, period
/// labels), each tried against every cell it could match.
pub const MAX_LIST: usize = 1_000;

/// The longest RAG code, in characters: five codes and their commas must
/// fit the 255 characters of a dropdown's list.
pub const MAX_CODE_CHARS: usize = 40;

/// Why a code or separator cannot be written into the master, if it cannot.
fn unwritable(code: &str) -> Option<&'static str> {
    if code
        .chars()
        .any(|c| c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
    {
        Some("holds a control character")
    } else if code.contains(',') {
        Some("holds a comma, which separates the codes of the master's dropdowns")
    } else if code.contains('"') {
        Some("holds a double quote")
    } else {
        None
    }
}

/// A config file that cannot be used; points at the line where it can.
#[derive(Debug, thiserror::Error, Diagnostic)]
pub enum ConfigError {
    #[error("cannot read {}: {source}", path.display())]
    #[diagnostic(code(ragplan::config::io))]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{} is not valid: {message}", path.display())]
    #[diagnostic(
        code(ragplan::config::invalid),
        help("`ragplan init` writes a commented example")
    )]
    Invalid {
        path: PathBuf,
        message: String,
        #[source_code]
        src: NamedSource<String>,
        #[label("here")]
        span: Option<SourceSpan>,
    },
}

impl Config {
    /// Parses a config file's text.
    pub fn parse(path: &Path, text: &str) -> Result<Config, Box<ConfigError>> {
        let invalid = |message: String, span: Option<std::ops::Range<usize>>| {
            Box::new(ConfigError::Invalid {
                path: path.to_path_buf(),
                message,
                src: NamedSource::new(path.display().to_string(), text.to_string()),
                span: span
                    .map(|r| SourceSpan::from((r.start, r.end.saturating_sub(r.start).max(1)))),
            })
        };
        // Control characters would reach the terminal in the error shown
        // for the line; TOML allows none but the tab, written as they are.
        if let Some((at, c)) = text.char_indices().find(|&(i, c)| {
            c.is_control()
                && !matches!(c, '\t' | '\n')
                && !(c == '\r' && text[i + 1..].starts_with('\n'))
        }) {
            let shown = crate::report::printable(text).into_owned();
            let start = crate::report::printable(&text[..at]).len();
            let len = c.escape_unicode().count();
            return Err(Box::new(ConfigError::Invalid {
                path: path.to_path_buf(),
                message: format!("it holds a control character ({})", c.escape_unicode()),
                src: NamedSource::new(path.display().to_string(), shown),
                span: Some(SourceSpan::from((start, len))),
            }));
        }
        let mut config: Config =
            toml::from_str(text).map_err(|e| invalid(e.message().to_string(), e.span()))?;
        // Codes the area set itself are kept as given, whatever its plans
        // write most often.
        config.rag.configured = config.rag.codes() != Scheme::default().codes();
        let find = |needle: &str| text.find(needle).map(|i| i..i + needle.len());
        for key in config.rules.keys() {
            if find_rule(key).is_none() {
                return Err(invalid(
                    format!("there is no rule `{key}` (`ragplan rules` lists them)"),
                    find(key),
                ));
            }
        }
        let codes = [
            &config.rag.blue,
            &config.rag.green,
            &config.rag.amber,
            &config.rag.red,
            &config.rag.grey,
        ];
        let separator = config.rag.split_separator.as_str();
        for (i, code) in codes.iter().enumerate() {
            if code.trim().is_empty() || code.trim() != code.as_str() {
                return Err(invalid(
                    "a RAG code must be non-empty, with no spaces around it".into(),
                    find("[rag]"),
                ));
            }
            // Each code is written into the master's cells, its dropdowns
            // (a comma-separated list) and its conditional formats (a
            // quoted string).
            if let Some(why) = unwritable(code) {
                return Err(invalid(
                    format!("the code `{}` {why}", crate::report::printable(code)),
                    find(&format!("\"{code}\"")).or_else(|| find("[rag]")),
                ));
            }
            if code.encode_utf16().count() > MAX_CODE_CHARS {
                return Err(invalid(
                    format!("the code `{code}` is longer than {MAX_CODE_CHARS} characters"),
                    find(&format!("\"{code}\"")),
                ));
            }
            if codes[..i]
                .iter()
                .any(|c| c.to_lowercase() == code.to_lowercase())
            {
                return Err(invalid(
                    format!(
                        "the code `{code}` is given to two statuses (codes are read whatever their case)"
                    ),
                    find(&format!("\"{code}\"")),
                ));
            }
        }
        if let Some(why) = unwritable(separator) {
            return Err(invalid(
                format!(
                    "the split separator `{}` {why}",
                    crate::report::printable(separator)
                ),
                find("split_separator"),
            ));
        }
        for (list, len, max) in [
            ("[leads] roster", config.leads.roster.len(), MAX_ROSTER),
            ("[leads.aliases]", config.leads.aliases.len(), MAX_ROSTER),
            ("[rag.aliases]", config.rag.aliases.len(), MAX_LIST),
            ("[periods] order", config.periods.order.len(), MAX_LIST),
            (
                "[headers]",
                config.headers.values().map(Vec::len).sum(),
                MAX_LIST,
            ),
        ] {
            if len > max {
                return Err(invalid(
                    format!("{list} has {len} entries; ragplan takes at most {max}"),
                    find(list.split(' ').next().unwrap_or(list)),
                ));
            }
        }
        for (spelling, code) in &config.rag.aliases {
            let known = codes.iter().any(|c| c.as_str() == code.trim());
            let split = code
                .split_once(config.rag.split_separator.as_str())
                .is_some_and(|(a, b)| {
                    codes.iter().any(|c| c.as_str() == a) && codes.iter().any(|c| c.as_str() == b)
                });
            if !known && !split {
                return Err(invalid(
                    format!("the alias `{spelling}` names `{code}`, which is not one of the codes"),
                    find(&format!("\"{code}\"")),
                ));
            }
        }
        for (status, colour) in [
            ("blue", &config.rag.colours.blue),
            ("green", &config.rag.colours.green),
            ("amber", &config.rag.colours.amber),
            ("red", &config.rag.colours.red),
            ("grey", &config.rag.colours.grey),
        ] {
            if crate::model::Colours::parse(colour).is_none() {
                return Err(invalid(
                    format!("the {status} colour `{colour}` is not a colour like \"#00B050\""),
                    find(colour),
                ));
            }
        }
        for key in config.headers.keys() {
            if crate::import::header::Column::from_key(key).is_none() {
                return Err(invalid(
                    format!(
                        "there is no column `{key}` (use focus_area, action, lead, evidence, progress, notes, documents, reference, action_id, priority, timeframe)"
                    ),
                    find(key),
                ));
            }
        }
        let roster: std::collections::HashSet<String> = config
            .leads
            .roster
            .iter()
            .map(|r| crate::model::person_key(r))
            .collect();
        for (alias, name) in &config.leads.aliases {
            if !roster.is_empty() && !roster.contains(&crate::model::person_key(name)) {
                return Err(invalid(
                    format!("the alias `{alias}` stands for `{name}`, who is not in the roster"),
                    find(alias),
                ));
            }
        }
        if config.rag.split_separator.is_empty()
            || codes
                .iter()
                .any(|c| c.contains(config.rag.split_separator.as_str()))
        {
            return Err(invalid(
                "the split separator must be non-empty and appear in no code".into(),
                find("split_separator"),
            ));
        }
        Ok(config)
    }

    /// Reads and parses a config file, refusing at once one that is not a
    /// regular file (a named pipe would wait for ever) or is over
    /// [`MAX_CONFIG_BYTES`].
    pub fn load(path: &Path) -> Result<Config, Box<ConfigError>> {
        use std::io::Read;
        let io = |source| {
            Box::new(ConfigError::Io {
                path: path.to_path_buf(),
                source,
            })
        };
        let file = crate::import::read::open_regular(path).map_err(io)?;
        let mut bytes = Vec::new();
        file.take(MAX_CONFIG_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(io)?;
        if bytes.len() as u64 > MAX_CONFIG_BYTES {
            return Err(io(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!(
                    "it is over {} MiB; a config file is a few kilobytes",
                    MAX_CONFIG_BYTES >> 20
                ),
            )));
        }
        let text = String::from_utf8(bytes).map_err(|_| {
            io(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                "it is not UTF-8 text",
            ))
        })?;
        Config::parse(path, &text)
    }

    /// The file given, else `./ragplan.toml` when it exists, else the defaults.
    pub fn discover(explicit: Option<&Path>) -> Result<Config, Box<ConfigError>> {
        match explicit {
            Some(path) => Config::load(path),
            // A ragplan.toml that is not a file is refused, not ignored.
            None if Path::new(FILE_NAME).exists() => Config::load(Path::new(FILE_NAME)),
            None => Ok(Config::default()),
        }
    }

    pub fn scheme(&self) -> Scheme {
        self.rag.clone()
    }

    /// Check options from this config.
    pub fn options(&self) -> Options {
        let synonyms = self
            .headers
            .iter()
            .filter_map(|(key, words)| {
                crate::import::header::Column::from_key(key).map(|c| (c, words))
            })
            .flat_map(|(c, words)| words.iter().map(move |w| (w.clone(), c)));
        Options {
            scheme: self.scheme(),
            levels: self.rules.iter().map(|(k, v)| (k.clone(), *v)).collect(),
            roster: crate::model::Roster::new(
                self.leads.roster.iter().map(String::as_str),
                self.leads
                    .aliases
                    .iter()
                    .map(|(a, p)| (a.as_str(), p.as_str())),
            ),
            synonyms: crate::import::header::Synonyms::new(synonyms),
            period_order: self.periods.order.clone(),
            paper: self.print.paper,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_is_the_default() {
        let c = Config::parse(Path::new("ragplan.toml"), DEFAULT_TOML).unwrap();
        assert_eq!(c.scheme(), Scheme::default());
        assert!(c.rules.is_empty());
        assert_eq!(c.options().paper, crate::export::Paper::A4);
    }

    #[test]
    fn the_paper_is_a4_or_a3() {
        let a3 = Config::parse(Path::new("x.toml"), "[print]\npaper = \"A3\"\n").unwrap();
        assert_eq!(a3.options().paper, crate::export::Paper::A3);
        let text = "[print]\npaper = \"Letter\"\n";
        match Config::parse(Path::new("x.toml"), text).map_err(|e| *e) {
            Err(ConfigError::Invalid {
                message,
                span: Some(span),
                ..
            }) => {
                assert!(
                    message.contains("A4") && message.contains("A3"),
                    "{message}"
                );
                assert_eq!(
                    &text[span.offset()..span.offset() + span.len()],
                    "\"Letter\""
                );
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn levels_and_codes() {
        let c = Config::parse(
            Path::new("x.toml"),
            "[rag]\ngrey = \"Gy\"\n[rules]\nrag-split = \"allow\"\nRAG007 = \"deny\"\n",
        )
        .unwrap();
        assert_eq!(c.scheme().grey, "Gy");
        let o = c.options();
        assert_eq!(o.levels.get("rag-split"), Some(&Level::Allow));
        assert_eq!(o.levels.get("RAG007"), Some(&Level::Deny));
    }

    #[test]
    fn bad_files_point_at_the_line() {
        let text = "[rules]\nrag-splt = \"allow\"\n";
        match Config::parse(Path::new("x.toml"), text).map_err(|e| *e) {
            Err(ConfigError::Invalid {
                message,
                span: Some(span),
                ..
            }) => {
                assert!(message.contains("rag-splt"));
                assert_eq!(&text[span.offset()..span.offset() + span.len()], "rag-splt");
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            Config::parse(Path::new("x.toml"), "[rules]\nrag-split = \"sometimes\"\n")
                .map_err(|e| *e),
            Err(ConfigError::Invalid { span: Some(_), .. })
        ));
        assert!(matches!(
            Config::parse(Path::new("x.toml"), "[rag]\ngreen = \"A\"\n").map_err(|e| *e),
            Err(ConfigError::Invalid { .. })
        ));
        assert!(matches!(
            Config::parse(Path::new("x.toml"), "[colours]\n").map_err(|e| *e),
            Err(ConfigError::Invalid { .. })
        ));
    }
}

#[cfg(test)]
mod key_tests {
    use super::*;
    use crate::model::{Rag, Reading, Status};

    fn parse(text: &str) -> Result<Config, Box<ConfigError>> {
        Config::parse(Path::new("ragplan.toml"), text)
    }

    #[test]
    fn every_key() {
        let c = parse(
            r##"
[rag]
allow_split = true
[rag.aliases]
"C" = "G"
"Half" = "G/A"
[rag.colours]
green = "#92D050"
[leads]
roster = ["Chris Rogers", "Head of SEND"]
[leads.aliases]
"Chris Rodgers" = "Chris Rogers"
[headers]
lead = ["Who"]
[periods]
order = ["Autumn", "Spring"]
"##,
        )
        .unwrap();
        let o = c.options();
        assert!(o.scheme.allow_split);
        assert_eq!(
            o.scheme.read("c"),
            Reading::Variant {
                rag: Rag::Single(Status::Green),
                kind: crate::model::VariantKind::Word
            }
        );
        assert_eq!(
            o.scheme.read("Half").rag(),
            Some(Rag::Split(Status::Green, Status::Amber))
        );
        assert_eq!(o.scheme.fill(Status::Green), 0x92D050);
        assert!(o.roster.knows("chris rodgers"));
        assert_eq!(o.period_order, ["Autumn", "Spring"]);
        assert_ne!(o.synonyms, Default::default());
    }

    #[test]
    fn bad_values_point_at_their_line() {
        for (text, needle, message) in [
            (
                "[rag.aliases]\n\"C\" = \"Green\"\n",
                "\"Green\"",
                "not one of the codes",
            ),
            (
                "[rag.colours]\ngreen = \"lime\"\n",
                "lime",
                "is not a colour",
            ),
            (
                "[headers]\nwho = [\"Who\"]\n",
                "who",
                "there is no column `who`",
            ),
            (
                "[leads]\nroster = [\"A B\"]\n[leads.aliases]\n\"C D\" = \"E F\"\n",
                "C D",
                "not in the roster",
            ),
        ] {
            match parse(text).map_err(|e| *e) {
                Err(ConfigError::Invalid {
                    message: m,
                    span: Some(span),
                    ..
                }) => {
                    assert!(m.contains(message), "{m}");
                    assert!(
                        text[span.offset()..].starts_with(needle),
                        "{text}: {:?}",
                        &text[span.offset()..]
                    );
                }
                other => panic!("{text}: {other:?}"),
            }
        }
    }
}
