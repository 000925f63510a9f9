//! Reading an upload: the workbooks of a `multipart/form-data` post, held in
//! memory within the limits. A client's file name is a label only: cut to
//! what follows its last `/` or `\`, cleaned of control and direction
//! characters, bounded in length, made unique. Nothing is written to disk.

use std::time::{Duration, SystemTime};

use axum::extract::{FromRequest, Multipart, Request};
use axum::http::StatusCode;

use super::limits::Limits;
use crate::import::InputFile;

/// Longest label kept of a client's file name, in characters.
pub const MAX_NAME_CHARS: usize = 120;

/// The form field of each workbook.
pub const FILES_FIELD: &str = "files";
/// A workbook's last-modified time in milliseconds since 1970, sent by the
/// page's script after the file it belongs to (a plain form post has none).
pub const MODIFIED_FIELD: &str = "modified";

/// Why an upload was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UploadError {
    #[error("more than {0} files were sent at once")]
    TooManyFiles(usize),
    #[error("{name} is larger than {limit}")]
    FileTooLarge { name: String, limit: String },
    #[error("the files together are larger than {0}")]
    RequestTooLarge(String),
    #[error("the upload could not be read ({0})")]
    Malformed(String),
}

impl UploadError {
    pub fn status(&self) -> StatusCode {
        match self {
            UploadError::Malformed(_) => StatusCode::BAD_REQUEST,
            _ => StatusCode::PAYLOAD_TOO_LARGE,
        }
    }
}

/// The workbooks of a post, in the order sent (an empty file chooser's
/// blank part is skipped).
pub async fn read(request: Request, limits: &Limits) -> Result<Vec<InputFile>, UploadError> {
    let too_large = || UploadError::RequestTooLarge(super::limits::size(limits.max_request_bytes));
    let mut multipart = Multipart::from_request(request, &()).await.map_err(|_| {
        UploadError::Malformed("the form was not sent as multipart/form-data".into())
    })?;
    let mut files: Vec<InputFile> = Vec::new();
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => return Err(too_large()),
            Err(e) => return Err(UploadError::Malformed(e.body_text())),
        };
        let name = field.name().unwrap_or_default().to_string();
        let client_name = field.file_name().map(str::to_string);
        let mut field = field;
        let mut bytes = Vec::new();
        loop {
            match field.chunk().await {
                Ok(Some(chunk)) => {
                    if name == FILES_FIELD
                        && (bytes.len() + chunk.len()) as u64 > limits.max_file_bytes
                    {
                        return Err(UploadError::FileTooLarge {
                            name: label(client_name.as_deref().unwrap_or(""), files.len() + 1),
                            limit: super::limits::size(limits.max_file_bytes),
                        });
                    }
                    // Other fields are small (a time); a large one is not a
                    // form this page sent.
                    if name != FILES_FIELD && bytes.len() + chunk.len() > 64 {
                        return Err(UploadError::Malformed(format!(
                            "the field `{}` is too long",
                            label(&name, 0)
                        )));
                    }
                    bytes.extend_from_slice(&chunk);
                }
                Ok(None) => break,
                Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => return Err(too_large()),
                Err(e) => return Err(UploadError::Malformed(e.body_text())),
            }
        }
        match name.as_str() {
            FILES_FIELD => {
                let client_name = client_name.unwrap_or_default();
                if client_name.is_empty() && bytes.is_empty() {
                    continue; // the chooser, left empty
                }
                if files.len() == limits.max_files {
                    return Err(UploadError::TooManyFiles(limits.max_files));
                }
                let mut name = label(&client_name, files.len() + 1);
                let taken = |n: &str| files.iter().any(|f: &InputFile| f.name == n);
                if taken(&name) {
                    let base = name.clone();
                    let mut k = 2;
                    while taken(&name) {
                        name = format!("{base} ({k})");
                        k += 1;
                    }
                }
                files.push(InputFile::from_bytes(name, bytes, None));
            }
            MODIFIED_FIELD => {
                if let Some(file) = files.last_mut() {
                    file.modified = modified(&bytes);
                }
            }
            _ => {}
        }
    }
    Ok(files)
}

/// A time in milliseconds since 1970, if it is one (between 1970 and 9999).
fn modified(bytes: &[u8]) -> Option<SystemTime> {
    let millis: u64 = std::str::from_utf8(bytes).ok()?.trim().parse().ok()?;
    (millis <= 253_402_300_799_000).then(|| SystemTime::UNIX_EPOCH + Duration::from_millis(millis))
}

/// The label a client's file name is shown by: what follows its last `/` or
/// `\` (browsers send no more; anything else is a crafted name), without
/// control or text-direction characters, at most [`MAX_NAME_CHARS`]
/// characters; `upload N` when nothing is left.
pub fn label(client_name: &str, n: usize) -> String {
    let base = client_name.rsplit(['/', '\\']).next().unwrap_or_default();
    let clean: String = base
        .chars()
        .filter(|c| !c.is_control() && !is_direction_mark(*c))
        .take(MAX_NAME_CHARS)
        .collect();
    let clean = clean.trim();
    if clean.is_empty() || clean == "." || clean == ".." {
        format!("upload {n}")
    } else {
        clean.to_string()
    }
}

/// Characters that reorder the text around them (`evil\u{202e}xslx.exe`
/// shown as `evilexe.xlsx`).
fn is_direction_mark(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_name_is_only_a_label() {
        assert_eq!(label("../../etc/passwd", 1), "passwd");
        assert_eq!(label("C:\\Users\\me\\plan.xlsx", 1), "plan.xlsx");
        assert_eq!(label("..", 3), "upload 3");
        assert_eq!(label("", 2), "upload 2");
        assert_eq!(label("a\u{1b}[31m\u{0}b\r\n.xlsx", 1), "a[31mb.xlsx");
        assert_eq!(label("evil\u{202e}xslx.exe", 1), "evilxslx.exe");
        assert_eq!(label(&"x".repeat(500), 1).chars().count(), MAX_NAME_CHARS);
        assert_eq!(label("  <b>.xlsx ", 1), "<b>.xlsx");
    }

    #[test]
    fn modified_times_are_bounded() {
        assert_eq!(
            modified(b"1614834367000"),
            Some(SystemTime::UNIX_EPOCH + Duration::from_secs(1_614_834_367))
        );
        assert_eq!(modified(b"-1"), None);
        assert_eq!(modified(b"99999999999999999"), None);
        assert_eq!(modified(b"soon"), None);
    }
}
