//! One raw byte scan of each xlsx sheet's XML for what calamine does not
//! expose (hidden rows and columns) or exposes only through a second full
//! parse (merged ranges). Decompression is cheap; XML tokenising is not.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use memchr::memmem;
use quick_xml::events::Event;

use super::grid::Merge;
use crate::model::CellRef;

/// What the scan finds in one sheet.
#[derive(Debug, Default, Clone)]
pub struct SheetExtras {
    pub merges: Vec<Merge>,
    /// Sorted, 0-based.
    pub hidden_rows: Vec<u32>,
    /// Sorted, 0-based.
    pub hidden_cols: Vec<u32>,
}

/// More than this many hidden columns is a whole-sheet style, not data
/// hidden by an officer; the range is kept short so memory stays bounded.
const MAX_HIDDEN_COLS: u32 = 16_384;

/// Sheet name → extras, for every worksheet of the workbook (its bytes).
pub fn scan(bytes: &[u8]) -> Result<HashMap<String, SheetExtras>, String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let workbook = office_document(&mut zip).unwrap_or_else(|| "xl/workbook.xml".to_string());
    let dir = workbook.rsplit_once('/').map_or("", |(d, _)| d).to_string();
    let rels_path = format!(
        "{dir}/_rels/{}.rels",
        workbook.rsplit('/').next().unwrap_or("workbook.xml")
    );
    let rels = relationships(&read_entry(&mut zip, &rels_path).unwrap_or_default());
    let sheets = sheet_ids(&read_entry(&mut zip, &workbook).ok_or("the workbook part is missing")?);
    let mut out = HashMap::new();
    for (name, rid) in sheets {
        let Some(target) = rels.get(&rid) else {
            continue;
        };
        let part = resolve(&dir, target);
        if let Some(xml) = read_entry(&mut zip, &part) {
            out.insert(name, scan_sheet(&xml));
        }
    }
    Ok(out)
}

fn read_entry<R: Read + std::io::Seek>(
    zip: &mut zip::ZipArchive<R>,
    name: &str,
) -> Option<Vec<u8>> {
    let mut entry = zip.by_name(name).ok()?;
    let mut buf = Vec::new();
    entry.read_to_end(&mut buf).ok()?;
    Some(buf)
}

/// The workbook part named by `_rels/.rels` (usually `xl/workbook.xml`).
fn office_document<R: Read + std::io::Seek>(zip: &mut zip::ZipArchive<R>) -> Option<String> {
    let rels = read_entry(zip, "_rels/.rels")?;
    let mut reader = quick_xml::Reader::from_reader(rels.as_slice());
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == "Relationship" => {
                let attrs = attributes(&e);
                if attrs
                    .get("Type")
                    .is_some_and(|t| t.ends_with("/officeDocument"))
                {
                    return attrs
                        .get("Target")
                        .map(|t| t.trim_start_matches('/').to_string());
                }
            }
            Ok(Event::Eof) | Err(_) => return None,
            _ => {}
        }
        buf.clear();
    }
}

fn attributes(e: &quick_xml::events::BytesStart<'_>) -> HashMap<String, String> {
    e.attributes()
        .filter_map(Result::ok)
        .filter_map(|a| {
            let key = a.key.local_name().as_ref().to_string();
            let value = a
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()?
                .into_owned();
            Some((key, value))
        })
        .collect()
}

fn relationships(xml: &[u8]) -> HashMap<String, String> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut out = HashMap::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == "Relationship" => {
                let mut attrs = attributes(&e);
                if let (Some(id), Some(target)) = (attrs.remove("Id"), attrs.remove("Target")) {
                    out.insert(id, target);
                }
            }
            Ok(Event::Eof) | Err(_) => return out,
            _ => {}
        }
        buf.clear();
    }
}

/// `(sheet name, relationship id)` in workbook order.
fn sheet_ids(xml: &[u8]) -> Vec<(String, String)> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut out = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == "sheet" => {
                let mut attrs = attributes(&e);
                if let (Some(name), Some(id)) = (attrs.remove("name"), attrs.remove("id")) {
                    out.push((name, id));
                }
            }
            Ok(Event::Eof) | Err(_) => return out,
            _ => {}
        }
        buf.clear();
    }
}

fn resolve(dir: &str, target: &str) -> String {
    if let Some(abs) = target.strip_prefix('/') {
        return abs.to_string();
    }
    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    for seg in target.split('/') {
        match seg {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            s => parts.push(s),
        }
    }
    parts.join("/")
}

/// The text of the start tag beginning at `at` (up to its `>`).
fn tag_at(xml: &[u8], at: usize) -> &[u8] {
    let end = memchr::memchr(b'>', &xml[at..]).map_or(xml.len(), |e| at + e);
    &xml[at..end]
}

fn attr<'a>(tag: &'a [u8], name: &[u8]) -> Option<&'a str> {
    let mut pat = Vec::with_capacity(name.len() + 3);
    pat.push(b' ');
    pat.extend_from_slice(name);
    pat.extend_from_slice(b"=\"");
    let start = memmem::find(tag, &pat)? + pat.len();
    let len = memchr::memchr(b'"', &tag[start..])?;
    std::str::from_utf8(&tag[start..start + len]).ok()
}

fn is_true(v: Option<&str>) -> bool {
    matches!(v, Some("1" | "true"))
}

pub fn scan_sheet(xml: &[u8]) -> SheetExtras {
    let mut out = SheetExtras::default();
    for at in memmem::find_iter(xml, b"mergeCell ") {
        if let Some(r) = attr(tag_at(xml, at), b"ref") {
            let (a, b) = r.split_once(':').unwrap_or((r, r));
            if let (Some(first), Some(last)) = (CellRef::parse(a), CellRef::parse(b)) {
                out.merges.push(Merge { first, last });
            }
        }
    }
    for at in memmem::find_iter(xml, b"<row ") {
        let tag = tag_at(xml, at);
        if is_true(attr(tag, b"hidden"))
            && let Some(r) = attr(tag, b"r")
                .and_then(|r| r.parse::<u32>().ok())
                .filter(|r| *r > 0)
        {
            out.hidden_rows.push(r - 1);
        }
    }
    for at in memmem::find_iter(xml, b"<col ") {
        let tag = tag_at(xml, at);
        if is_true(attr(tag, b"hidden")) {
            let min = attr(tag, b"min")
                .and_then(|v| v.parse::<u32>().ok())
                .unwrap_or(1)
                .max(1);
            let max = attr(tag, b"max")
                .and_then(|v| v.parse::<u32>().ok())
                .unwrap_or(min)
                .max(min);
            if max - min < MAX_HIDDEN_COLS {
                out.hidden_cols.extend(min - 1..max);
            }
        }
    }
    out.hidden_rows.sort_unstable();
    out.hidden_cols.sort_unstable();
    out.hidden_cols.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_merges_and_hidden_rows() {
        let xml = br#"<worksheet><cols><col min="3" max="4" width="9" hidden="1"/></cols><sheetData>
            <row r="1"><c r="A1"/></row><row r="5" hidden="1" spans="1:3"><c r="A5"/></row></sheetData>
            <mergeCells count="2"><mergeCell ref="A5:A7"/><mergeCell ref="E3:H3"/></mergeCells></worksheet>"#;
        let e = scan_sheet(xml);
        assert_eq!(
            e.merges,
            vec![
                Merge {
                    first: CellRef::new(4, 0),
                    last: CellRef::new(6, 0)
                },
                Merge {
                    first: CellRef::new(2, 4),
                    last: CellRef::new(2, 7)
                },
            ]
        );
        assert_eq!(e.hidden_rows, vec![4]);
        assert_eq!(e.hidden_cols, vec![2, 3]);
    }

    #[test]
    fn resolves_relationship_targets() {
        assert_eq!(
            resolve("xl", "worksheets/sheet1.xml"),
            "xl/worksheets/sheet1.xml"
        );
        assert_eq!(
            resolve("xl", "/xl/worksheets/sheet1.xml"),
            "xl/worksheets/sheet1.xml"
        );
        assert_eq!(
            resolve("xl", "../xl/worksheets/s.xml"),
            "xl/worksheets/s.xml"
        );
    }
}
