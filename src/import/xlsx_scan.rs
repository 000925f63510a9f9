//! An xlsx's package, read before calamine opens it. Every part is inflated
//! once within the workbook's budget ([`zip_budget`]); the XML calamine parses
//! holds no value longer than the budget allows; each sheet is its own part.
//! And one raw byte scan of each sheet's XML finds what calamine does not
//! expose (hidden rows and columns) or exposes only through a second full
//! parse (merged ranges). Decompression is cheap; XML tokenising is not.
//!
//! Parts are found as calamine finds them (`xl/` from `_rels/.rels`, sheet
//! targets joined to it, names matched ignoring case), so the part measured
//! is the part calamine reads.

use std::collections::HashMap;
use std::io::Cursor;

use memchr::memmem;
use quick_xml::events::Event;
use zip::ZipArchive;

use super::grid::Merge;
use super::zip_budget::{Budget, Meter, Refusal, longest_value};
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

/// An xlsx checked against its budget, with the part of each sheet.
pub struct Package<'a> {
    zip: ZipArchive<Cursor<&'a [u8]>>,
    meter: Meter,
    /// Sheet name → its worksheet part (an index into the zip), for the
    /// sheets whose part exists.
    sheets: HashMap<String, usize>,
    /// How many `<sheet>` entries the workbook lists.
    listed: usize,
}

/// Zip entry names as calamine looks them up: ignoring ASCII case, `\\` as `/`.
struct PartNames(HashMap<String, String>);

impl PartNames {
    fn new(zip: &ZipArchive<Cursor<&[u8]>>) -> Self {
        PartNames(
            zip.file_names()
                .filter_map(Result::ok)
                .map(|n| (n.replace('\\', "/").to_ascii_lowercase(), n.into_owned()))
                .collect(),
        )
    }

    fn find(&self, zip: &ZipArchive<Cursor<&[u8]>>, path: &str) -> Option<usize> {
        let name = self
            .0
            .get(&path.to_ascii_lowercase())
            .map_or(path, String::as_str);
        zip.index_for_name(name)
    }
}

fn damaged(e: impl std::fmt::Display) -> Refusal {
    Refusal::Damaged(e.to_string())
}

impl<'a> Package<'a> {
    /// Inflates, within `budget`, the parts calamine reads when it opens a
    /// workbook (checking their values) and every part it never reads;
    /// the sheets are left for [`Package::sheet`], as each is read. Refuses
    /// a workbook over its budget, one listing more than
    /// [`super::read::MAX_SHEETS`] sheets, two sheets of one name or two
    /// sheets on one part (1,000 sheets pointing at one part would have it
    /// read 1,000 times; no spreadsheet application writes that).
    pub fn open(bytes: &'a [u8], budget: Budget) -> Result<Self, Refusal> {
        let mut zip = ZipArchive::new(Cursor::new(bytes)).map_err(damaged)?;
        let meter = Meter::new(budget);
        let names = PartNames::new(&zip);
        let mut inflated = vec![false; zip.len()];
        let mut part = |zip: &mut ZipArchive<_>, path: &str| -> Result<Option<Vec<u8>>, Refusal> {
            let Some(i) = names.find(zip, path).filter(|i| !inflated[*i]) else {
                return Ok(None);
            };
            inflated[i] = true;
            let xml = meter.inflate(zip, i, true)?;
            if let Some(xml) = &xml {
                check_values(path, xml, &budget)?;
            }
            Ok(xml)
        };
        let (xl, workbook) = part(&mut zip, "_rels/.rels")?
            .and_then(|rels| office_document(&rels))
            .unwrap_or_else(|| ("xl/".into(), "workbook.xml".into()));
        for shared in ["sharedStrings.xml", "theme/theme1.xml", "styles.xml"] {
            part(&mut zip, &format!("{xl}{shared}"))?;
        }
        let rels = part(&mut zip, &format!("{xl}_rels/{workbook}.rels"))?
            .map(|xml| relationships(&xml))
            .unwrap_or_default();
        let listed = part(&mut zip, &format!("{xl}{workbook}"))?
            .map(|xml| sheet_ids(&xml))
            .unwrap_or_default();
        if listed.len() > super::read::MAX_SHEETS {
            return Err(Refusal::TooLarge(format!(
                "it lists {} sheets; ragplan reads workbooks of up to {} sheets",
                listed.len(),
                super::read::MAX_SHEETS
            )));
        }
        let mut sheets: HashMap<String, usize> = HashMap::new();
        let mut owner: HashMap<usize, &str> = HashMap::new();
        let mut named = std::collections::HashSet::new();
        for (name, rid) in &listed {
            if !named.insert(name.as_str()) {
                return Err(Refusal::Damaged(format!(
                    "two of its sheets are called '{name}'"
                )));
            }
            let Some((target, kind)) = rels.get(rid) else {
                continue;
            };
            if kind.rsplit('/').next() != Some("worksheet") {
                continue;
            }
            let path = match target.strip_prefix('/') {
                Some(absolute) => absolute.to_string(),
                None => format!("{xl}{target}"),
            };
            let Some(i) = names.find(&zip, &path) else {
                continue;
            };
            if let Some(first) = owner.insert(i, name) {
                return Err(Refusal::Damaged(format!(
                    "its sheets '{first}' and '{name}' are one and the same part ({path}), which no spreadsheet application writes"
                )));
            }
            sheets.insert(name.clone(), i);
        }
        let sheet_parts: std::collections::HashSet<usize> = sheets.values().copied().collect();
        for i in (0..zip.len()).filter(|i| !inflated[*i] && !sheet_parts.contains(i)) {
            meter.inflate(&mut zip, i, false)?;
        }
        let listed = listed.len();
        Ok(Package {
            zip,
            meter,
            sheets,
            listed,
        })
    }

    /// How many sheets the workbook lists (calamine lists the same).
    pub fn listed(&self) -> usize {
        self.listed
    }

    /// Inflates one worksheet's part within the budget (shared by the
    /// threads reading the workbook), checks its values, and scans it.
    /// Refuses a worksheet with no part: calamine must never read a part
    /// that was not measured.
    pub fn sheet(&self, name: &str) -> Result<SheetExtras, Refusal> {
        let Some(&i) = self.sheets.get(name) else {
            return Err(Refusal::Damaged(format!(
                "the part of sheet '{name}' is missing"
            )));
        };
        let mut zip = self.zip.clone();
        let xml = self.meter.inflate(&mut zip, i, true)?.unwrap_or_default();
        let path = zip
            .name_for_index(i)
            .and_then(Result::ok)
            .unwrap_or_default();
        check_values(&path, &xml, &self.meter.budget)?;
        Ok(scan_sheet(&xml))
    }
}

/// Refuses a part whose XML holds a value too long to read.
fn check_values(path: &str, xml: &[u8], budget: &Budget) -> Result<(), Refusal> {
    let longest = longest_value(xml);
    if longest > budget.value_bytes {
        return Err(Refusal::TooLarge(format!(
            "its part {path} holds a single text or tag of {} bytes, and a cell holds at most 32,767 characters",
            longest
        )));
    }
    Ok(())
}

/// The folder of the workbook part and its name, from `_rels/.rels`, as
/// calamine reads them (the last `officeDocument` relationship).
fn office_document(rels: &[u8]) -> Option<(String, String)> {
    let mut reader = quick_xml::Reader::from_reader(rels);
    let mut buf = Vec::new();
    let mut found = None;
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == "Relationship" => {
                let attrs = raw_attributes(&e);
                if attrs
                    .get("Type")
                    .is_some_and(|t| t.ends_with("/relationships/officeDocument"))
                    && let Some(target) = attrs.get("Target")
                {
                    let target = unescape(target);
                    let (dir, name) = match target.rfind('/') {
                        Some(i) => target.split_at(i + 1),
                        None => ("", target.as_str()),
                    };
                    let name = if name.is_empty() {
                        "workbook.xml"
                    } else {
                        name
                    };
                    found = Some((
                        dir.strip_prefix('/').unwrap_or(dir).to_string(),
                        name.to_string(),
                    ));
                }
            }
            Ok(Event::Eof) | Err(_) => return found,
            _ => {}
        }
        buf.clear();
    }
}

/// Attributes by local name, values as written (calamine unescapes some
/// and not others).
fn raw_attributes(e: &quick_xml::events::BytesStart<'_>) -> HashMap<String, String> {
    e.attributes()
        .with_checks(false)
        .filter_map(Result::ok)
        .map(|a| {
            (
                a.key.local_name().as_ref().to_string(),
                a.value.into_owned(),
            )
        })
        .collect()
}

fn unescape(raw: &str) -> String {
    quick_xml::escape::unescape(raw).map_or_else(|_| raw.to_string(), |s| s.into_owned())
}

/// Relationship id → (target, type), as written.
fn relationships(xml: &[u8]) -> HashMap<String, (String, String)> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut out = HashMap::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == "Relationship" => {
                let mut attrs = raw_attributes(&e);
                if let Some(id) = attrs.remove("Id") {
                    let target = attrs.remove("Target").unwrap_or_default();
                    let kind = attrs.remove("Type").unwrap_or_default();
                    out.insert(id, (target, kind));
                }
            }
            Ok(Event::Eof) | Err(_) => return out,
            _ => {}
        }
        buf.clear();
    }
}

/// `(sheet name, relationship id)` of every `<sheet>` in workbook order, as
/// calamine lists them.
fn sheet_ids(xml: &[u8]) -> Vec<(String, String)> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut out = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == "sheet" => {
                let attrs = raw_attributes(&e);
                let name = attrs.get("name").map(|n| unescape(n)).unwrap_or_default();
                let id = attrs.get("id").cloned().unwrap_or_default();
                out.push((name, id));
            }
            Ok(Event::End(e)) if e.local_name().as_ref() == "workbook" => return out,
            Ok(Event::Eof) | Err(_) => return out,
            _ => {}
        }
        buf.clear();
    }
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
}
