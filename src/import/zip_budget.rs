//! How much a zip-based workbook (xlsx, xlsm, xlsb, ods) may unzip to. A zip
//! compresses repeated bytes a thousandfold and its directory's sizes can
//! lie, so every part is inflated here, once and counted, before a reader is
//! given the workbook; a part or a workbook over its budget is refused.

use std::io::{Cursor, Read, Seek};
use std::sync::atomic::{AtomicU64, Ordering};

use zip::ZipArchive;

/// Bytes one part of a workbook may unzip to. A plan's parts are a few MB;
/// the master of a generated 100,000-action plan has one of 114 MB.
pub const MAX_PART_BYTES: u64 = 256 << 20;

/// Bytes all the parts of one workbook may unzip to between them (that
/// master: 297 MB).
pub const MAX_WORKBOOK_BYTES: u64 = 1 << 30;

/// The longest single value in a part's XML: a run of text (a cell's
/// string with its formatting runs), a tag with its attributes, a comment.
/// A cell holds at most 32,767 characters (Excel's limit), at most ten
/// bytes each in XML; the XML reader holds a value whole, several times
/// over, so a longer one is refused before it is read.
pub const MAX_VALUE_BYTES: usize = 4 << 20;

/// The most parts (entries) a zip-based workbook may have. A plan's have
/// dozens, a workbook of 1,000 sheets a few thousand; every reader parses
/// the whole directory (a few hundred bytes of memory a part) when it opens
/// the file, and a 256 MiB file can list millions of empty parts.
pub const MAX_PARTS: usize = 10_000;

/// The limits a workbook is read within. [`Budget::DEFAULT`] for the
/// commands; the fuzz targets use smaller ones to reach them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budget {
    pub part_bytes: u64,
    pub workbook_bytes: u64,
    pub value_bytes: usize,
}

impl Budget {
    pub const DEFAULT: Budget = Budget {
        part_bytes: MAX_PART_BYTES,
        workbook_bytes: MAX_WORKBOOK_BYTES,
        value_bytes: MAX_VALUE_BYTES,
    };
}

impl Default for Budget {
    fn default() -> Self {
        Budget::DEFAULT
    }
}

/// Why a workbook is refused before it is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Over a budget.
    TooLarge(String),
    /// Not as any spreadsheet application writes it.
    Damaged(String),
}

/// `256 MiB`, or `1000 bytes` below a mebibyte.
fn size(n: u64) -> String {
    if n >= 1 << 20 {
        format!("{} MiB", n >> 20)
    } else {
        format!("{n} bytes")
    }
}

/// Counts what one workbook's parts unzip to, against its budget; shared by
/// the threads that read its sheets.
#[derive(Debug)]
pub struct Meter {
    pub budget: Budget,
    inflated: AtomicU64,
}

impl Meter {
    pub fn new(budget: Budget) -> Self {
        Meter {
            budget,
            inflated: AtomicU64::new(0),
        }
    }

    /// Inflates entry `index`, counting its bytes; its content when `keep`
    /// (a part a reader will read: damaged data in it is refused). `None`
    /// when the entry cannot be opened (an encrypted or unsupported entry,
    /// a directory): no reader can inflate it either. A part kept for
    /// nobody is counted up to where damage stops it.
    pub fn inflate<R: Read + Seek>(
        &self,
        zip: &mut ZipArchive<R>,
        index: usize,
        keep: bool,
    ) -> Result<Option<Vec<u8>>, Refusal> {
        let Ok(entry) = zip.by_index(index) else {
            return Ok(None);
        };
        if entry.is_dir() {
            return Ok(None);
        }
        let name = entry.name().map(|n| n.into_owned()).unwrap_or_default();
        let limit = self.budget.part_bytes;
        let mut bounded = entry.take(limit + 1);
        let (n, content) = if keep {
            let hint = bounded.get_ref().size();
            let buf = read_bounded(&mut bounded, hint, limit + 1)
                .map_err(|e| Refusal::Damaged(format!("its part {name} is damaged: {e}")))?;
            (buf.len() as u64, Some(buf))
        } else {
            (copy_to_sink(&mut bounded), None)
        };
        if n > limit {
            return Err(Refusal::TooLarge(format!(
                "its part {name} unzips to more than {}, the most ragplan reads from one part; a plan's parts are a few MB",
                size(limit)
            )));
        }
        let total = self.inflated.fetch_add(n, Ordering::Relaxed) + n;
        if total > self.budget.workbook_bytes {
            return Err(Refusal::TooLarge(format!(
                "its parts unzip to more than {} between them, the most ragplan reads from one workbook",
                size(self.budget.workbook_bytes)
            )));
        }
        Ok(content)
    }

    /// Bytes inflated so far.
    pub fn inflated(&self) -> u64 {
        self.inflated.load(Ordering::Relaxed)
    }
}

/// Reads up to `max` bytes, growing the buffer to at most `max` (a plain
/// `read_to_end` doubles it, to twice the budget). The declared size `hint`
/// sizes it at once when it is honest; it may lie.
fn read_bounded(r: &mut impl Read, hint: u64, max: u64) -> std::io::Result<Vec<u8>> {
    let max = max as usize;
    let mut buf: Vec<u8> = Vec::with_capacity((hint as usize).min(max));
    let mut chunk = vec![0u8; 64 << 10];
    while buf.len() < max {
        let k = match r.read(&mut chunk)? {
            0 => break,
            k => k.min(max - buf.len()),
        };
        if buf.len() + k > buf.capacity() {
            let grown = (buf.capacity() * 2).clamp(buf.len() + k, max);
            buf.reserve_exact(grown - buf.len());
        }
        buf.extend_from_slice(&chunk[..k]);
    }
    Ok(buf)
}

/// Reads to the end, keeping nothing; stops at damaged data.
fn copy_to_sink(r: &mut impl Read) -> u64 {
    let mut chunk = vec![0u8; 64 << 10];
    let mut n = 0;
    loop {
        match r.read(&mut chunk) {
            Ok(0) | Err(_) => return n,
            Ok(k) => n += k as u64,
        }
    }
}

/// Refuses, before the zip's directory is parsed, one that says it lists
/// more than [`MAX_PARTS`] parts or is larger than they could need: read
/// from the end-of-directory record (and its zip64 form). A record this
/// cannot read is left to the zip reader, whose count is checked again
/// ([`too_many_parts`]).
pub fn check_directory(bytes: &[u8]) -> Result<(), Refusal> {
    const MAX_DIRECTORY_BYTES: u64 = (MAX_PARTS as u64) * 1024;
    let tail = &bytes[bytes.len().saturating_sub(22 + 65_535)..];
    let Some(at) = memchr::memmem::rfind(tail, b"PK\x05\x06") else {
        return Ok(());
    };
    let record = &tail[at..];
    let u16_at = |b: &[u8], i: usize| {
        b.get(i..i + 2)
            .map(|x| u64::from(u16::from_le_bytes([x[0], x[1]])))
    };
    let u32_at = |b: &[u8], i: usize| {
        b.get(i..i + 4)
            .map(|x| u64::from(u32::from_le_bytes([x[0], x[1], x[2], x[3]])))
    };
    let u64_at = |b: &[u8], i: usize| {
        b.get(i..i + 8)
            .map(|x| u64::from_le_bytes(x.try_into().unwrap_or_default()))
    };
    let (Some(mut parts), Some(mut size)) = (u16_at(record, 10), u32_at(record, 12)) else {
        return Ok(());
    };
    if parts == 0xFFFF || size == 0xFFFF_FFFF {
        // The zip64 locator sits just before the record and points at the
        // zip64 end-of-directory record.
        let locator_at = (bytes.len() - tail.len() + at).checked_sub(20);
        let zip64 = locator_at
            .and_then(|l| bytes.get(l..l + 20))
            .filter(|l| l.starts_with(b"PK\x06\x07"))
            .and_then(|l| u64_at(l, 8))
            .and_then(|offset| bytes.get(usize::try_from(offset).ok()?..))
            .filter(|r| r.starts_with(b"PK\x06\x06"));
        let Some(zip64) = zip64 else {
            return Ok(());
        };
        (parts, size) = match (u64_at(zip64, 32), u64_at(zip64, 40)) {
            (Some(p), Some(s)) => (p, s),
            _ => return Ok(()),
        };
    }
    if parts > MAX_PARTS as u64 {
        return Err(too_many_parts(parts));
    }
    if size > MAX_DIRECTORY_BYTES {
        return Err(Refusal::TooLarge(format!(
            "its list of parts is {}, room for more than the {MAX_PARTS} parts ragplan reads; a plan's has dozens",
            self::size(size)
        )));
    }
    Ok(())
}

/// The refusal of a zip of `parts` parts.
pub fn too_many_parts(parts: u64) -> Refusal {
    Refusal::TooLarge(format!(
        "it holds {parts} parts; ragplan reads workbooks of up to {MAX_PARTS}, and a plan's has dozens"
    ))
}

/// Inflates every part of a zip once, within the budget (for the formats
/// whose reader is given the whole archive: xlsb and ods).
pub fn check_all(bytes: &[u8], budget: Budget) -> Result<(), Refusal> {
    let mut zip =
        ZipArchive::new(Cursor::new(bytes)).map_err(|e| Refusal::Damaged(e.to_string()))?;
    let meter = Meter::new(budget);
    for i in 0..zip.len() {
        meter.inflate(&mut zip, i, false)?;
    }
    Ok(())
}

/// The local names of the elements inside one string's formatting runs
/// (`<r><rPr><b/><sz val="11"/></rPr><t>…</t></r>`): the reader joins the
/// text of all of them into one value.
const RUN_ELEMENTS: [&[u8]; 20] = [
    b"r",
    b"t",
    b"rPr",
    b"rPh",
    b"phoneticPr",
    b"rFont",
    b"charset",
    b"family",
    b"b",
    b"i",
    b"strike",
    b"outline",
    b"shadow",
    b"condense",
    b"extend",
    b"color",
    b"sz",
    b"u",
    b"vertAlign",
    b"scheme",
];

/// The length of the longest value in an XML part, in bytes: a tag with
/// its attributes, or the stretch between two tags that are not inside one
/// string's formatting runs — text, CDATA, comments, whitespace, and a
/// string's runs taken together, as the XML reader holds them. Never below
/// the length of any string the reader makes from the part.
pub fn longest_value(xml: &[u8]) -> usize {
    let mut longest = 0;
    // Where the current stretch began (just after the last tag outside runs).
    let mut stretch = 0;
    let mut at = 0;
    while let Some(lt) = memchr::memchr(b'<', &xml[at..]).map(|i| at + i) {
        let rest = &xml[lt..];
        let skip = |open: usize, close: &[u8]| {
            memchr::memmem::find(&rest[open..], close)
                .map_or(xml.len(), |i| lt + open + i + close.len())
        };
        // Markup that is content to the reader: part of the stretch.
        if rest.starts_with(b"<![CDATA[") {
            at = skip(9, b"]]>");
            continue;
        }
        if rest.starts_with(b"<!--") {
            at = skip(4, b"-->");
            continue;
        }
        if rest.starts_with(b"<?") {
            at = skip(2, b"?>");
            continue;
        }
        let end = tag_end(xml, lt);
        longest = longest.max(end - lt);
        if !RUN_ELEMENTS.contains(&local_name(&xml[lt..end])) {
            longest = longest.max(lt - stretch);
            stretch = end;
        }
        at = end;
    }
    longest.max(xml.len() - stretch)
}

/// Just past the `>` closing the tag that opens at `lt`, skipping `>` inside
/// quoted attribute values (as an XML reader does); the end of the part
/// when it never closes.
fn tag_end(xml: &[u8], lt: usize) -> usize {
    let mut at = lt + 1;
    while let Some(i) = memchr::memchr3(b'>', b'"', b'\'', &xml[at..]) {
        let c = xml[at + i];
        if c == b'>' {
            return at + i + 1;
        }
        match memchr::memchr(c, &xml[at + i + 1..]) {
            Some(j) => at = at + i + 1 + j + 1,
            None => return xml.len(),
        }
    }
    xml.len()
}

/// `rPr` of `<x:rPr a="1">` or `</rPr>`.
fn local_name(tag: &[u8]) -> &[u8] {
    let name = tag[1..].strip_prefix(b"/").unwrap_or(&tag[1..]);
    let len = name
        .iter()
        .position(|c| c.is_ascii_whitespace() || matches!(c, b'>' | b'/'))
        .unwrap_or(name.len());
    let name = &name[..len];
    match memchr::memrchr(b':', name) {
        Some(i) => &name[i + 1..],
        None => name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_value_joins_a_strings_runs() {
        let xml = br#"<sst><si><t>abc</t></si><si><r><rPr><b/></rPr><t>0123456789</t></r><r><t>0123456789</t></r></si></sst>"#;
        // The second string's runs, tags and all, between `<si>` and `</si>`.
        let runs = r#"<r><rPr><b/></rPr><t>0123456789</t></r><r><t>0123456789</t></r>"#;
        assert_eq!(longest_value(xml), runs.len());
        // Text between ordinary tags.
        assert_eq!(longest_value(b"<p>xy</p><q>wxyz</q>"), 4);
        // A tag's attributes, `>` inside quotes included.
        let tag = br#"<c r="A1" s="a>b>c>d>e>f>g>h">"#;
        assert_eq!(longest_value(tag), tag.len());
        // CDATA and comments are content, fake tags inside them too.
        let cdata = b"<t>ab<![CDATA[</si><si></si><si>]]>cd</t>";
        assert_eq!(longest_value(cdata), cdata.len());
        assert_eq!(longest_value(b"<a><!-- <b> --></a>"), 12);
        // Whitespace between rows.
        let spaces = format!("<row>{}</row>", " ".repeat(1000));
        assert_eq!(longest_value(spaces.as_bytes()), 1000);
        // Prefixed names are runs too.
        assert_eq!(
            longest_value(b"<x:si><x:t>ab</x:t><x:t>cd</x:t></x:si>"),
            26
        );
    }

    fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
        use std::io::Write;
        let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, data) in parts {
            out.start_file(*name, zip::write::SimpleFileOptions::default())
                .unwrap();
            out.write_all(data).unwrap();
        }
        out.finish().unwrap().into_inner()
    }

    /// The end-of-directory record's count and size, as written and as a
    /// liar would write them.
    #[test]
    fn directories_claiming_too_many_parts_are_refused_unparsed() {
        let mut bytes = zip_of(&[("a", b"x"), ("b", b"y")]);
        assert_eq!(check_directory(&bytes), Ok(()));
        let eocd = memchr::memmem::rfind(&bytes, b"PK\x05\x06").unwrap();
        bytes[eocd + 10..eocd + 12].copy_from_slice(&20_000u16.to_le_bytes());
        assert_eq!(check_directory(&bytes), Err(too_many_parts(20_000)));
        bytes[eocd + 10..eocd + 12].copy_from_slice(&2u16.to_le_bytes());
        bytes[eocd + 12..eocd + 16].copy_from_slice(&(64u32 << 20).to_le_bytes());
        assert!(
            matches!(check_directory(&bytes), Err(Refusal::TooLarge(m)) if m.contains("its list of parts is 64 MiB"))
        );
        // No record at all: left to the zip reader.
        assert_eq!(check_directory(b"PK\x03\x04 not a zip"), Ok(()));
    }

    #[test]
    fn parts_and_workbooks_over_budget_are_refused() {
        let budget = Budget {
            part_bytes: 1000,
            workbook_bytes: 2500,
            value_bytes: 100,
        };
        let part = vec![b' '; 900];
        assert_eq!(
            check_all(&zip_of(&[("a", &part), ("b", &part)]), budget),
            Ok(())
        );
        let big = vec![b' '; 1001];
        assert_eq!(
            check_all(&zip_of(&[("a", &part), ("xl/big.xml", &big)]), budget),
            Err(Refusal::TooLarge(
                "its part xl/big.xml unzips to more than 1000 bytes, the most ragplan reads from one part; a plan's parts are a few MB".into()
            ))
        );
        assert!(matches!(
            check_all(&zip_of(&[("a", &part), ("b", &part), ("c", &part)]), budget),
            Err(Refusal::TooLarge(m)) if m.contains("between them")
        ));
    }
}
