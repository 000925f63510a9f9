//! RAG statuses: the codes in the Progress columns and the priority's stated
//! overall status.

pub mod fill_mismatch;
pub mod free_text;
pub mod homoglyph;
pub mod missing;
pub mod noncanonical;
pub mod overall_mismatch;
pub mod regression;
pub mod split;
pub mod unknown;

use crate::model::{Rag, Scheme};

/// `G` (Green: completed), for help texts: the meaning the area's legend
/// gives, else the seeds' legend's for the default codes, else none (a
/// word scale's own words say it: `On track` (Green)).
pub(crate) fn describe(scheme: &Scheme, rag: Rag) -> String {
    match rag {
        Rag::Single(s) => match scheme.meaning_of(s) {
            Some(meaning) => format!("`{}` ({}: {meaning})", scheme.write(rag), s.name()),
            None => format!("`{}` ({})", scheme.write(rag), s.name()),
        },
        Rag::Split(..) => format!("`{}` ({})", scheme.write(rag), rag.name()),
    }
}

/// `B, G, A, R or Grey`.
pub(crate) fn code_list(scheme: &Scheme) -> String {
    let codes = scheme.codes();
    match codes.split_last() {
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}
