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
    /// `[rag]`: the code written for each status.
    #[serde(default)]
    pub rag: Scheme,
    /// Rule code or name → level.
    #[serde(default)]
    pub rules: BTreeMap<String, Level>,
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
        let config: Config =
            toml::from_str(text).map_err(|e| invalid(e.message().to_string(), e.span()))?;
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
        for (i, code) in codes.iter().enumerate() {
            if code.trim().is_empty() || code.trim() != code.as_str() {
                return Err(invalid(
                    "a RAG code must be non-empty, with no spaces around it".into(),
                    find("[rag]"),
                ));
            }
            if codes[..i].contains(code) {
                return Err(invalid(
                    format!("the code `{code}` is given to two statuses"),
                    find(&format!("\"{code}\"")),
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

    pub fn load(path: &Path) -> Result<Config, Box<ConfigError>> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Config::parse(path, &text)
    }

    /// The file given, else `./ragplan.toml` when it exists, else the defaults.
    pub fn discover(explicit: Option<&Path>) -> Result<Config, Box<ConfigError>> {
        match explicit {
            Some(path) => Config::load(path),
            None if Path::new(FILE_NAME).is_file() => Config::load(Path::new(FILE_NAME)),
            None => Ok(Config::default()),
        }
    }

    pub fn scheme(&self) -> Scheme {
        self.rag.clone()
    }

    /// Check options from this config.
    pub fn options(&self) -> Options {
        Options {
            scheme: self.scheme(),
            levels: self.rules.iter().map(|(k, v)| (k.clone(), *v)).collect(),
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
