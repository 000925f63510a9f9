//! One streaming pass over an .ods file's `content.xml` (after its
//! `styles.xml`, for the named styles that cell styles inherit from) for
//! what calamine 0.38 does not read from an .ods: each cell's solid
//! background, merged ranges and hidden rows and columns.
//!
//! The positions must be calamine's, since the scan's fills are put on the
//! cells calamine reads: the same parser settings, the same elements seen
//! (rows anywhere in a named table, cells and covered cells counted alike,
//! a cell's content skipped as calamine skips it), repeats counted and
//! capped as calamine caps them. Nothing is expanded: what is found is kept
//! as areas ([`Extras`]), cut to the values' extent later.

use std::borrow::Cow;
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::name::QName;

use super::extras::{Extras, FillArea, MAX_ENTRIES};
use super::grid::Merge;
use crate::model::{CellRef, Rgb};

/// calamine's caps on a table's rows and a row's columns.
const MAX_ROWS: u32 = 1_048_576;
const MAX_COLUMNS: u32 = 16_384;

/// The most of `content.xml` read (as [`super::ods_guard`] allows) and of
/// `styles.xml` (a few dozen kilobytes in a real file).
const MAX_CONTENT_BYTES: u64 = 256 << 20;
const MAX_STYLES_BYTES: u64 = 16 << 20;

/// How deep a chain of parent styles is followed (a loop ends there).
const MAX_STYLE_DEPTH: usize = 32;

/// Sheet name → what the scan found, for every table calamine reads. Err
/// when the file is not one calamine would read through (it will say why).
pub fn scan(bytes: &[u8]) -> Result<HashMap<String, Extras>, String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let mut styles = Styles::default();
    if let Ok(entry) = zip.by_name("styles.xml") {
        let mut limited = entry.take(MAX_STYLES_BYTES);
        // A styles.xml calamine never reads may be damaged: its styles
        // are then unknown, and cells using them unfilled.
        let _ = Scanner::new(BufReader::new(&mut limited), &mut styles, Part::Styles).run();
    }
    let entry = zip.by_name("content.xml").map_err(|e| e.to_string())?;
    let mut limited = entry.take(MAX_CONTENT_BYTES);
    Scanner::new(BufReader::new(&mut limited), &mut styles, Part::Content).run()
}

/// A cell style as written: its parent and its own background, if it sets
/// one (`None` inside: `transparent`).
struct StyleDef {
    parent: Option<String>,
    background: Option<Option<Rgb>>,
}

#[derive(Default)]
struct Styles {
    /// Named styles (styles.xml), which others inherit from.
    common: HashMap<String, StyleDef>,
    /// Automatic styles (content.xml), which cells name.
    automatic: HashMap<String, StyleDef>,
    /// The `style:default-style` of cells.
    default: Option<Option<Rgb>>,
    resolved: HashMap<String, Option<Rgb>>,
}

impl Styles {
    /// The solid background a cell with this style shows.
    fn fill(&mut self, name: &str) -> Option<Rgb> {
        if let Some(&fill) = self.resolved.get(name) {
            return fill;
        }
        let mut def = self.automatic.get(name).or_else(|| self.common.get(name));
        let mut fill = None;
        for _ in 0..MAX_STYLE_DEPTH {
            let Some(d) = def else {
                fill = self.default.flatten();
                break;
            };
            if let Some(background) = d.background {
                fill = background;
                break;
            }
            def = d
                .parent
                .as_deref()
                .and_then(|p| self.common.get(p).or_else(|| self.automatic.get(p)));
        }
        self.resolved.insert(name.to_string(), fill);
        fill
    }
}

/// `#rrggbb`; anything else (`transparent`) is no fill.
fn colour(value: &str) -> Option<Rgb> {
    let hex = value.strip_prefix('#').filter(|h| h.len() == 6)?;
    u32::from_str_radix(hex, 16).ok().map(Rgb)
}

#[derive(Clone, Copy, PartialEq)]
enum Part {
    Styles,
    Content,
}

/// The columns of the table being read, for their default styles.
#[derive(Default)]
struct Columns {
    /// `(first, last, fill)` in order, for columns with a default style.
    fills: Vec<(u32, u32, Option<Rgb>)>,
    next: u32,
}

struct Scanner<'s, R> {
    reader: quick_xml::Reader<R>,
    styles: &'s mut Styles,
    part: Part,
    /// One buffer for each level events are read at: the document, a
    /// table, a row, a cell's content.
    buf: Vec<u8>,
    table_buf: Vec<u8>,
    row_buf: Vec<u8>,
    cell_buf: Vec<u8>,
    /// Entries still allowed ([`MAX_ENTRIES`] for the file).
    budget: usize,
    /// The cell style being defined: its name and what it says so far.
    defining: Option<(String, StyleDef)>,
    /// The cells calamine gives a value, by table (to compare positions).
    #[cfg(test)]
    valued: HashMap<String, Vec<FillArea>>,
    #[cfg(test)]
    table_name: String,
}

type Scan<T> = Result<T, String>;

fn xml_error(e: impl std::fmt::Display) -> String {
    format!("content.xml: {e}")
}

/// The first attribute of that name, raw, as calamine looks attributes up.
fn raw_attr<'a>(e: &'a BytesStart<'_>, name: &str) -> Scan<Option<Cow<'a, str>>> {
    for attr in e.attributes().with_checks(false) {
        let attr = attr.map_err(xml_error)?;
        if attr.key.as_ref() == name {
            return Ok(Some(attr.value));
        }
    }
    Ok(None)
}

/// A row's repeat count, which calamine unescapes and parses (it fails the
/// file on a bad one).
fn row_repeats(e: &BytesStart<'_>) -> Scan<usize> {
    match raw_attr(e, "table:number-rows-repeated")? {
        None => Ok(1),
        Some(v) => {
            let v = quick_xml::escape::unescape(&v).map_err(xml_error)?;
            v.parse()
                .map_err(|_| format!("content.xml: a row repeated `{v}` times"))
        }
    }
}

/// A count attribute calamine does not read: a bad one is one.
fn lenient_count(e: &BytesStart<'_>, name: &str) -> u32 {
    raw_attr(e, name)
        .ok()
        .flatten()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(1)
}

fn hidden(e: &BytesStart<'_>) -> bool {
    matches!(
        raw_attr(e, "table:visibility").ok().flatten().as_deref(),
        Some("collapse" | "filter")
    )
}

/// What is read of a cell's attributes, in one pass over them: the first
/// of each (as calamine looks them up), and what calamine's value reading
/// (`get_datatype`) makes of the value attributes, in their order.
struct CellAttrs<'a> {
    repeats: Option<Cow<'a, str>>,
    style: Option<Cow<'a, str>>,
    across: u32,
    down: u32,
    value_set: bool,
    string: bool,
    error: bool,
    empty_string: bool,
}

impl<'a> CellAttrs<'a> {
    fn read(e: &'a BytesStart<'_>) -> Scan<Self> {
        let mut cell = CellAttrs {
            repeats: None,
            style: None,
            across: 1,
            down: 1,
            value_set: false,
            string: false,
            error: false,
            empty_string: false,
        };
        let (mut across, mut down) = (None, None);
        for attr in e.attributes().with_checks(false) {
            let attr = attr.map_err(xml_error)?;
            let value = attr.value;
            match attr.key.as_ref() {
                "table:number-columns-repeated" => {
                    cell.repeats.get_or_insert(value);
                }
                "table:style-name" => {
                    cell.style.get_or_insert(value);
                }
                "table:number-columns-spanned" => {
                    across.get_or_insert(value);
                }
                "table:number-rows-spanned" => {
                    down.get_or_insert(value);
                }
                "office:value"
                | "office:date-value"
                | "office:time-value"
                | "office:boolean-value"
                    if !cell.value_set =>
                {
                    cell.value_set = true;
                }
                "office:string-value" if !cell.value_set => {
                    cell.value_set = true;
                    cell.empty_string = value.is_empty();
                }
                "office:value-type" if !cell.value_set => cell.string = value == "string",
                "calcext:value-type" => cell.error = value == "error",
                _ => {}
            }
        }
        // Spans calamine does not read: a bad one is one cell.
        let span = |v: Option<Cow<'_, str>>| {
            v.and_then(|v| v.trim().parse::<u32>().ok())
                .unwrap_or(1)
                .max(1)
        };
        cell.across = span(across);
        cell.down = span(down);
        Ok(cell)
    }

    /// Whether calamine reads the cell's text: a string cell without an
    /// `office:string-value`, or an error cell with an empty one.
    fn content_read(&self) -> bool {
        (!self.value_set && self.string) || (self.error && self.empty_string)
    }

    /// Whether calamine gives the cell a value.
    fn valued(&self) -> bool {
        self.value_set || self.string
    }
}

/// An attribute value with its entities replaced (rare in a style name).
fn unescaped(v: &str) -> Cow<'_, str> {
    if v.contains('&') {
        quick_xml::escape::unescape(v).unwrap_or(Cow::Borrowed(v))
    } else {
        Cow::Borrowed(v)
    }
}

/// The rows `first..first + n` (n ≥ 1).
#[derive(Clone, Copy)]
struct Rows {
    first: u32,
    n: u32,
}

impl<'s, R: BufRead> Scanner<'s, R> {
    fn new(xml: R, styles: &'s mut Styles, part: Part) -> Self {
        let mut reader = quick_xml::Reader::from_reader(xml);
        // calamine's settings, so both see the same events.
        let config = reader.config_mut();
        config.check_end_names = false;
        config.trim_text(false);
        config.check_comments = false;
        config.expand_empty_elements = true;
        Scanner {
            reader,
            styles,
            part,
            buf: Vec::with_capacity(1024),
            table_buf: Vec::with_capacity(1024),
            row_buf: Vec::with_capacity(1024),
            cell_buf: Vec::with_capacity(1024),
            budget: MAX_ENTRIES,
            defining: None,
            #[cfg(test)]
            valued: HashMap::new(),
            #[cfg(test)]
            table_name: String::new(),
        }
    }

    fn spend(&mut self) -> bool {
        self.budget = self.budget.saturating_sub(1);
        self.budget > 0
    }

    /// The document's top level, as calamine's: styles wherever they are,
    /// and each table that has a name.
    fn run(&mut self) -> Scan<HashMap<String, Extras>> {
        let mut out = HashMap::new();
        loop {
            self.buf.clear();
            let event = self
                .reader
                .read_event_into(&mut self.buf)
                .map_err(xml_error)?;
            match event {
                Event::Start(e) => match e.name().as_ref() {
                    "style:style" | "style:default-style" => {
                        let family = raw_attr(&e, "style:family")?;
                        self.defining = (family.as_deref() == Some("table-cell")).then(|| {
                            let name = raw_attr(&e, "style:name").ok().flatten();
                            let parent = raw_attr(&e, "style:parent-style-name").ok().flatten();
                            let unescape = |v: Cow<'_, str>| {
                                quick_xml::escape::unescape(&v)
                                    .map(|s| s.into_owned())
                                    .unwrap_or_else(|_| v.into_owned())
                            };
                            (
                                // The default style has no name.
                                name.map(unescape).unwrap_or_default(),
                                StyleDef {
                                    parent: parent.map(unescape),
                                    background: None,
                                },
                            )
                        });
                    }
                    "style:table-cell-properties" => {
                        if let Some((_, def)) = &mut self.defining
                            && let Some(bg) = raw_attr(&e, "fo:background-color")?
                        {
                            def.background = Some(colour(&bg));
                        }
                    }
                    "table:table" if self.part == Part::Content => {
                        if let Some(name) = raw_attr(&e, "table:name")? {
                            let name = quick_xml::escape::unescape(&name)
                                .map_err(xml_error)?
                                .into_owned();
                            #[cfg(test)]
                            self.table_name.clone_from(&name);
                            let extras = self.table()?;
                            out.insert(name, extras);
                        }
                    }
                    _ => {}
                },
                Event::End(e) => {
                    if matches!(e.name().as_ref(), "style:style" | "style:default-style")
                        && let Some((name, def)) = self.defining.take()
                    {
                        if e.name().as_ref() == "style:default-style" {
                            self.styles.default = def.background;
                        } else if self.part == Part::Styles {
                            self.styles.common.insert(name, def);
                        } else {
                            self.styles.automatic.insert(name, def);
                        }
                    }
                }
                Event::Eof => return Ok(out),
                _ => {}
            }
        }
    }

    /// One table, to its end: its columns' default styles and visibility,
    /// then its rows (calamine reads a row wherever it is in the table).
    fn table(&mut self) -> Scan<Extras> {
        // The buffers are the scanner's, lent out so that an event can be
        // read while the scanner records it.
        let mut buf = std::mem::take(&mut self.table_buf);
        let result = self.table_with(&mut buf);
        self.table_buf = buf;
        result
    }

    fn table_with(&mut self, buf: &mut Vec<u8>) -> Scan<Extras> {
        let mut extras = Extras::default();
        let mut columns = Columns::default();
        let mut rows = 0u32;
        loop {
            buf.clear();
            let event = self.reader.read_event_into(buf).map_err(xml_error)?;
            match event {
                Event::Start(e) if e.name() == QName("table:table-column") => {
                    let n = lenient_count(&e, "table:number-columns-repeated")
                        .min(MAX_COLUMNS - columns.next);
                    if n > 0 {
                        let (first, last) = (columns.next, columns.next + n - 1);
                        if hidden(&e) && self.spend() {
                            extras.hidden_cols.push((first, last));
                        }
                        if let Some(style) = raw_attr(&e, "table:default-cell-style-name")? {
                            let fill = self.styles.fill(&unescaped(&style));
                            if self.spend() {
                                columns.fills.push((first, last, fill));
                            }
                        }
                        columns.next += n;
                    }
                }
                Event::Start(e) if e.name() == QName("table:table-row") => {
                    let wanted = row_repeats(&e)?;
                    let n = u32::try_from(wanted)
                        .unwrap_or(u32::MAX)
                        .min(MAX_ROWS - rows);
                    let span = Rows { first: rows, n };
                    if n > 0 && hidden(&e) && self.spend() {
                        extras.hidden_rows.push((rows, rows + n - 1));
                    }
                    let default = match raw_attr(&e, "table:default-cell-style-name")? {
                        Some(style) => Some(self.styles.fill(&unescaped(&style))),
                        None => None,
                    };
                    self.row(span, default, &columns, &mut extras)?;
                    rows += n;
                }
                Event::End(e) if e.name() == QName("table:table") => return Ok(extras),
                // calamine would read on for ever (ods_guard refuses the file).
                Event::Eof => return Err("content.xml ends inside a table".into()),
                _ => {}
            }
        }
    }

    /// One row's cells, as calamine reads them: nothing else may come
    /// between them (calamine fails the file on anything else).
    fn row(
        &mut self,
        rows: Rows,
        default: Option<Option<Rgb>>,
        columns: &Columns,
        extras: &mut Extras,
    ) -> Scan<()> {
        let mut buf = std::mem::take(&mut self.row_buf);
        let result = self.row_with(&mut buf, rows, default, columns, extras);
        self.row_buf = buf;
        result
    }

    fn row_with(
        &mut self,
        buf: &mut Vec<u8>,
        rows: Rows,
        default: Option<Option<Rgb>>,
        columns: &Columns,
        extras: &mut Extras,
    ) -> Scan<()> {
        let mut col = 0u32;
        loop {
            buf.clear();
            let event = self.reader.read_event_into(buf).map_err(xml_error)?;
            let e = match event {
                Event::Start(e)
                    if e.name() == QName("table:table-cell")
                        || e.name() == QName("table:covered-table-cell") =>
                {
                    e
                }
                Event::End(e) if e.name() == QName("table:table-row") => return Ok(()),
                other => return Err(format!("content.xml: {other:?} in a row")),
            };
            let covered = e.name() == QName("table:covered-table-cell");
            let cell = CellAttrs::read(&e)?;
            let wanted = match &cell.repeats {
                None => 1,
                Some(v) => v
                    .parse::<usize>()
                    .map_err(|_| format!("content.xml: a cell repeated `{v}` times"))?,
            };
            let n = u32::try_from(wanted)
                .unwrap_or(u32::MAX)
                .min(MAX_COLUMNS - col);
            self.skip_cell(covered, cell.content_read())?;
            let valued = cell.valued();
            if n > 0 && rows.n > 0 {
                let cols = (col, col + n - 1);
                let fill = match &cell.style {
                    Some(style) => Some(self.styles.fill(&unescaped(style))),
                    None => default,
                };
                match fill {
                    Some(fill) => self.add_fill(extras, rows, cols, fill),
                    None => {
                        // The column's default style, piece by piece.
                        let start = columns.fills.partition_point(|&(_, last, _)| last < cols.0);
                        for &(first, last, fill) in &columns.fills[start..] {
                            if first > cols.1 {
                                break;
                            }
                            let piece = (first.max(cols.0), last.min(cols.1));
                            self.add_fill(extras, rows, piece, fill);
                        }
                    }
                }
                let (across, down) = (cell.across, cell.down);
                if !covered && (across > 1 || down > 1) && self.spend() {
                    extras.merges.push(Merge {
                        first: CellRef::new(rows.first, col),
                        last: CellRef::new(
                            rows.first.saturating_add(down - 1).min(MAX_ROWS - 1),
                            col.saturating_add(across - 1).min(MAX_COLUMNS - 1),
                        ),
                    });
                }
                #[cfg(test)]
                if valued {
                    self.valued
                        .entry(self.table_name.clone())
                        .or_default()
                        .push(FillArea {
                            first: CellRef::new(rows.first, cols.0),
                            last: CellRef::new(rows.first + rows.n - 1, cols.1),
                            rgb: Rgb(0),
                        });
                }
            }
            #[cfg(not(test))]
            let _ = valued;
            col += n;
        }
    }

    /// Records a fill over `rows` × `cols`, joined to the area before it
    /// when it carries on along the same rows in the same colour.
    fn add_fill(&mut self, extras: &mut Extras, rows: Rows, cols: (u32, u32), fill: Option<Rgb>) {
        let Some(rgb) = fill else { return };
        let first = CellRef::new(rows.first, cols.0);
        let last = CellRef::new(rows.first + rows.n - 1, cols.1);
        if let Some(prev) = extras.fills.last_mut()
            && prev.rgb == rgb
            && prev.first.row == first.row
            && prev.last.row == last.row
            && prev.last.col + 1 == first.col
        {
            prev.last.col = last.col;
            return;
        }
        if self.spend() {
            extras.fills.push(FillArea { first, last, rgb });
        }
    }

    /// Reads past a cell's content the way calamine does: a cell whose text
    /// calamine reads (`content_read`) up to the first cell end tag, any
    /// other to its matching end tag.
    fn skip_cell(&mut self, covered: bool, content_read: bool) -> Scan<()> {
        if content_read {
            loop {
                self.cell_buf.clear();
                match self
                    .reader
                    .read_event_into(&mut self.cell_buf)
                    .map_err(xml_error)?
                {
                    Event::End(end)
                        if end.name() == QName("table:table-cell")
                            || end.name() == QName("table:covered-table-cell") =>
                    {
                        return Ok(());
                    }
                    Event::Start(s) if s.name() == QName("office:annotation") => loop {
                        self.cell_buf.clear();
                        match self
                            .reader
                            .read_event_into(&mut self.cell_buf)
                            .map_err(xml_error)?
                        {
                            Event::End(end) if end.name() == QName("office:annotation") => break,
                            Event::Eof => return Err("content.xml ends inside a note".into()),
                            _ => {}
                        }
                    },
                    Event::Eof => return Err("content.xml ends inside a cell".into()),
                    _ => {}
                }
            }
        }
        let name = if covered {
            QName("table:covered-table-cell")
        } else {
            QName("table:table-cell")
        };
        self.cell_buf.clear();
        self.reader
            .read_to_end_into(name, &mut self.cell_buf)
            .map_err(xml_error)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use calamine::Reader;

    use super::*;

    /// What the scan finds by table, and the cells calamine gives values.
    type Found = (HashMap<String, Extras>, HashMap<String, Vec<FillArea>>);

    /// The scan of a styles.xml and a content.xml.
    fn scan_parts(styles_xml: &str, content: &str) -> Scan<Found> {
        let mut styles = Styles::default();
        // As in `scan`: a damaged styles.xml only loses its styles.
        let _ = Scanner::new(styles_xml.as_bytes(), &mut styles, Part::Styles).run();
        let mut scanner = Scanner::new(content.as_bytes(), &mut styles, Part::Content);
        let out = scanner.run()?;
        Ok((out, std::mem::take(&mut scanner.valued)))
    }

    fn cells(areas: &[FillArea]) -> Vec<(u32, u32)> {
        let mut out: Vec<(u32, u32)> = areas
            .iter()
            .flat_map(|a| {
                (a.first.row..=a.last.row)
                    .flat_map(move |r| (a.first.col..=a.last.col).map(move |c| (r, c)))
            })
            .collect();
        out.sort_unstable();
        out
    }

    fn area(r0: u32, c0: u32, r1: u32, c1: u32, rgb: u32) -> FillArea {
        FillArea {
            first: CellRef::new(r0, c0),
            last: CellRef::new(r1, c1),
            rgb: Rgb(rgb),
        }
    }

    const STYLES: &str = r##"<office:document-styles><office:styles>
<style:default-style style:family="table-cell"><style:table-cell-properties/></style:default-style>
<style:style style:name="Default" style:family="table-cell"/>
<style:style style:name="Good" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:background-color="#00b050"/></style:style>
<style:style style:name="Good" style:family="graphic"><style:graphic-properties fo:background-color="#123456"/></style:style>
</office:styles></office:document-styles>"##;

    fn content(tables: &str) -> String {
        format!(
            r##"<office:document-content><office:automatic-styles><style:style style:name="co1" style:family="table-column"/><style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:background-color="#ffc000"/><style:text-properties fo:background-color="#ff0000"/></style:style><style:style style:name="ce2" style:family="table-cell" style:parent-style-name="Good"><style:table-cell-properties fo:border="0.74pt solid #000000"/></style:style><style:style style:name="ce3" style:family="table-cell" style:parent-style-name="Good"><style:table-cell-properties fo:background-color="transparent"/></style:style></office:automatic-styles><office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document-content>"##
        )
    }

    /// Repeats, covered cells and spans, each style's own fill or its
    /// parent's (in styles.xml), `transparent` as no fill, the row's and
    /// the column's default styles, hidden rows and columns; the padding
    /// rows LibreOffice writes are kept as one area, never expanded.
    #[test]
    fn reads_fills_spans_and_hidden_rows_as_calamine_counts_cells() {
        let xml = content(concat!(
            r#"<table:table table:name="T"><table:table-column table:number-columns-repeated="2"/>"#,
            r#"<table:table-column table:default-cell-style-name="ce2" table:visibility="collapse"/>"#,
            r#"<table:table-column table:number-columns-repeated="16381" table:default-cell-style-name="Default"/>"#,
            // Row 1: A1 spans A1:B2 (its covered cells count as columns).
            r#"<table:table-row><table:table-cell table:number-columns-spanned="2" table:number-rows-spanned="2" office:value-type="string"><text:p>Area</text:p></table:table-cell>"#,
            r#"<table:covered-table-cell table:style-name="ce1"/><table:table-cell table:style-name="ce1" office:value-type="float" office:value="3"><text:p>3</text:p></table:table-cell>"#,
            r#"<table:table-cell table:number-columns-repeated="16381"/></table:table-row>"#,
            // Rows 2-4: repeated and hidden; C from its column's default style.
            r#"<table:table-row table:number-rows-repeated="3" table:visibility="collapse"><table:covered-table-cell table:number-columns-repeated="2"/>"#,
            r#"<table:table-cell office:value-type="string"><text:p>G</text:p></table:table-cell><table:table-cell table:style-name="ce3" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>"#,
            // Row 5: the row's default style, then a cell's own.
            r#"<table:table-row table:default-cell-style-name="ce1"><table:table-cell table:number-columns-repeated="2"/><table:table-cell table:style-name="Good"/></table:table-row>"#,
            // LibreOffice's padding, styled.
            r#"<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:style-name="ce1" table:number-columns-repeated="16384"/></table:table-row>"#,
            r#"</table:table>"#,
            r#"<table:table><table:table-row><table:table-cell office:value-type="string"><text:p>unnamed: calamine skips it</text:p></table:table-cell></table:table-row></table:table>"#,
            r#"<table:table table:name="Empty &amp; last"/>"#,
        ));
        let (out, valued) = scan_parts(STYLES, &xml).unwrap();
        assert_eq!(out.len(), 2);
        let t = &out["T"];
        assert_eq!(
            t.fills,
            vec![
                area(0, 1, 0, 2, 0xFFC000),
                area(1, 2, 3, 2, 0x00B050),
                area(4, 0, 4, 1, 0xFFC000),
                area(4, 2, 4, 2, 0x00B050),
                area(5, 0, 1_048_574, 16_383, 0xFFC000),
            ]
        );
        assert_eq!(
            t.merges,
            vec![Merge {
                first: CellRef::new(0, 0),
                last: CellRef::new(1, 1)
            }]
        );
        assert_eq!(t.hidden_rows, vec![(1, 3)]);
        assert_eq!(t.hidden_cols, vec![(2, 2)]);
        assert_eq!(
            cells(&valued["T"]),
            vec![
                (0, 0),
                (0, 2),
                (1, 2),
                (1, 3),
                (2, 2),
                (2, 3),
                (3, 2),
                (3, 3)
            ]
        );
        assert_eq!(out["Empty & last"], Extras::default());
    }

    /// Repeats beyond calamine's caps are cut where calamine cuts them.
    #[test]
    fn repeats_are_capped_as_calamine_caps_them() {
        let xml = content(concat!(
            r#"<table:table table:name="T"><table:table-row table:number-rows-repeated="2000000">"#,
            r#"<table:table-cell table:style-name="ce1" table:number-columns-repeated="99999"/><table:table-cell table:style-name="Good"/></table:table-row>"#,
            r#"<table:table-row><table:table-cell table:style-name="ce1" office:value-type="string"><text:p>past the last row</text:p></table:table-cell></table:table-row></table:table>"#,
        ));
        let (out, valued) = scan_parts(STYLES, &xml).unwrap();
        assert_eq!(
            out["T"].fills,
            vec![area(0, 0, 1_048_575, 16_383, 0xFFC000)]
        );
        assert!(valued.is_empty());
    }

    /// What calamine cannot read through is an error here too, never a
    /// hang or a panic: a table that never ends, text between a row's
    /// cells, a repeat that is not a number.
    #[test]
    fn damaged_content_is_an_error() {
        let whole = content(
            r#"<table:table table:name="T"><table:table-row><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table>"#,
        );
        assert!(scan_parts(STYLES, &whole).is_ok());
        for cut in ["</table:table>", "</table:table-row>", "</text:p>"] {
            let at = whole.find(cut).unwrap();
            assert!(scan_parts(STYLES, &whole[..at]).is_err(), "{cut}");
        }
        let spaced = whole.replace("</table:table-cell>", "</table:table-cell> ");
        assert!(scan_parts(STYLES, &spaced).is_err());
        let bad = whole.replace(
            "<table:table-row>",
            r#"<table:table-row table:number-rows-repeated="-1">"#,
        );
        assert!(scan_parts(STYLES, &bad).is_err());
        // A damaged styles.xml only loses its styles.
        let (out, _) = scan_parts("<office:styles><style:style", &whole).unwrap();
        assert!(out["T"].fills.is_empty());
    }

    /// Every cell calamine reads a value from, the scan finds at the same
    /// position: the LibreOffice copies of the samples (merged focus
    /// areas, covered cells, padding) and the committed tracker.
    #[test]
    fn positions_agree_with_calamine_on_libreoffice_files() {
        let mut files: Vec<std::path::PathBuf> = std::fs::read_dir("tests/fixtures/libreoffice")
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "ods"))
            .collect();
        files.push("samples/other-areas/eastmoor-wsoa-tracker.ods".into());
        assert!(files.len() >= 6);
        for path in files {
            let bytes = std::fs::read(&path).unwrap();
            let mut zip = zip::ZipArchive::new(Cursor::new(&bytes)).unwrap();
            let mut styles = Styles::default();
            let mut xml = String::new();
            zip.by_name("styles.xml")
                .unwrap()
                .read_to_string(&mut xml)
                .unwrap();
            Scanner::new(xml.as_bytes(), &mut styles, Part::Styles)
                .run()
                .unwrap();
            let mut xml = String::new();
            zip.by_name("content.xml")
                .unwrap()
                .read_to_string(&mut xml)
                .unwrap();
            let mut scanner = Scanner::new(xml.as_bytes(), &mut styles, Part::Content);
            let out = scanner.run().unwrap();
            let mut wb: calamine::Ods<_> = calamine::Ods::new(Cursor::new(&bytes)).unwrap();
            for name in wb.sheet_names() {
                let range = wb.worksheet_range(&name).unwrap();
                let (r0, c0) = range.start().unwrap_or((0, 0));
                let mut theirs: Vec<(u32, u32)> = range
                    .used_cells()
                    .map(|(r, c, _)| (r0 + r as u32, c0 + c as u32))
                    .collect();
                theirs.sort_unstable();
                let ours = scanner
                    .valued
                    .get(&name)
                    .map_or_else(Vec::new, |v| cells(v));
                assert!(!theirs.is_empty(), "{}: {name}", path.display());
                assert_eq!(ours, theirs, "{}: {name}", path.display());
                assert!(out.contains_key(&name));
            }
        }
    }

    /// The tracker's cells are filled as the generator filled them (its
    /// G18 `Green` on amber is the planted fill-mismatch), its key too.
    #[test]
    fn the_trackers_fills_are_read() {
        let bytes = std::fs::read("samples/other-areas/eastmoor-wsoa-tracker.ods").unwrap();
        let out = scan(&bytes).unwrap();
        let fill_at = |sheet: &str, row, col| {
            out[sheet]
                .fills
                .iter()
                .rev()
                .find(|a| {
                    (a.first.row..=a.last.row).contains(&row)
                        && (a.first.col..=a.last.col).contains(&col)
                })
                .map(|a| a.rgb)
        };
        assert_eq!(fill_at("WSoA tracker", 17, 6), Some(Rgb(0xFFC000)));
        assert_eq!(fill_at("WSoA tracker", 2, 0), Some(Rgb(0xDDEBF7)));
        assert_eq!(fill_at("WSoA tracker", 17, 7), None);
        assert_eq!(fill_at("Key", 2, 0), Some(Rgb(0x00B050)));
        assert_eq!(fill_at("Key", 4, 0), Some(Rgb(0xFF0000)));
        let t = &out["WSoA tracker"];
        assert_eq!(
            t.merges[0],
            Merge {
                first: CellRef::new(3, 0),
                last: CellRef::new(3, 4)
            }
        );
        assert!(t.fills.len() < 200, "{} areas", t.fills.len());
    }
}
