//! What one request may ask of the server, so that several officers (or a
//! hostile client) cannot take all its memory or time.

use std::time::Duration;

use serde::Deserialize;

const MB: u64 = 1 << 20;

/// The server's limits. Memory is bounded by `max_checks` requests of at
/// most `max_request_bytes` each, plus what reading them takes (the reader
/// bounds that per file).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Workbooks in one request.
    pub max_files: usize,
    /// Bytes of one workbook.
    pub max_file_bytes: u64,
    /// Bytes of one request, all its files and form fields together.
    pub max_request_bytes: u64,
    /// Requests being read, checked or built at once; one more is answered
    /// at once with 503 (busy), never queued.
    pub max_checks: usize,
    /// How long one request may take, from its first byte to its answer.
    pub timeout: Duration,
}

impl Default for Limits {
    /// A plan's workbook is a few megabytes; twenty of them is a whole area.
    fn default() -> Self {
        Limits {
            max_files: 20,
            max_file_bytes: 20 * MB,
            max_request_bytes: 40 * MB,
            max_checks: 8,
            timeout: Duration::from_secs(60),
        }
    }
}

/// The limits as `ragplan.toml`'s `[serve]` table and `serve`'s flags give
/// them (sizes in megabytes); what is not given keeps its default.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LimitsConfig {
    pub max_files: Option<usize>,
    pub max_file_mb: Option<u64>,
    pub max_request_mb: Option<u64>,
    pub max_checks: Option<usize>,
    pub timeout_seconds: Option<u64>,
}

impl LimitsConfig {
    /// `limits` with what this gives instead (zeros are taken as one: a
    /// server that accepts nothing is not a setting anyone means).
    pub fn apply(&self, limits: Limits) -> Limits {
        Limits {
            max_files: self.max_files.map_or(limits.max_files, |n| n.max(1)),
            max_file_bytes: self
                .max_file_mb
                .map_or(limits.max_file_bytes, |n| n.max(1) * MB),
            max_request_bytes: self
                .max_request_mb
                .map_or(limits.max_request_bytes, |n| n.max(1) * MB),
            max_checks: self.max_checks.map_or(limits.max_checks, |n| n.max(1)),
            timeout: self
                .timeout_seconds
                .map_or(limits.timeout, |s| Duration::from_secs(s.max(1))),
        }
    }
}

/// `20 MB` for messages (1 MB = 2^20 bytes; below it, KB).
pub fn size(bytes: u64) -> String {
    if bytes >= MB {
        format!("{} MB", bytes.div_ceil(MB))
    } else {
        format!("{} KB", bytes.div_ceil(1024).max(1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_values_replace_the_defaults() {
        let config = LimitsConfig {
            max_files: Some(3),
            max_file_mb: Some(2),
            timeout_seconds: Some(0),
            ..LimitsConfig::default()
        };
        let limits = config.apply(Limits::default());
        assert_eq!(limits.max_files, 3);
        assert_eq!(limits.max_file_bytes, 2 * MB);
        assert_eq!(
            limits.max_request_bytes,
            Limits::default().max_request_bytes
        );
        assert_eq!(limits.timeout, Duration::from_secs(1));
        assert_eq!(size(20 * MB), "20 MB");
        assert_eq!(size(1500), "2 KB");
    }

    #[test]
    fn ragplan_toml_has_a_serve_table() {
        let path = std::path::Path::new("ragplan.toml");
        let config = crate::config::Config::parse(
            path,
            "[serve]\nmax_files = 3\nmax_request_mb = 100\ntimeout_seconds = 5\n",
        )
        .unwrap();
        let limits = config.serve.apply(Limits::default());
        assert_eq!(limits.max_files, 3);
        assert_eq!(limits.max_request_bytes, 100 * MB);
        assert_eq!(limits.timeout, Duration::from_secs(5));
        assert!(crate::config::Config::parse(path, "[serve]\nmax_file = 3\n").is_err());
        // The values `ragplan init` writes, commented out, are the defaults.
        let table =
            &crate::config::DEFAULT_TOML[crate::config::DEFAULT_TOML.find("[serve]").unwrap()..];
        let uncommented: String = table
            .lines()
            .map(|l| match l.strip_prefix("# ") {
                Some(rest) if rest.starts_with("max_") || rest.starts_with("timeout") => rest,
                _ => l,
            })
            .collect::<Vec<_>>()
            .join("\n");
        let given = crate::config::Config::parse(path, &uncommented)
            .unwrap()
            .serve;
        assert!(given.max_files.is_some() && given.timeout_seconds.is_some());
        assert_eq!(given.apply(Limits::default()), Limits::default());
    }
}
