//! A look at an .ods file's tables before calamine opens it. calamine's
//! `Ods::new` reads every table at once, expanding repeated cells and rows
//! (`table:number-columns-repeated`, `table:number-rows-repeated`) into a
//! dense grid, and only refuses beyond 100 million cells. A few kilobytes of
//! XML can repeat a value down a million rows and across hundreds of
//! columns (a formula dragged to the bottom of the sheet does it): 20
//! million cells took 29 s and 4.4 GB, and more aborts the process.
//!
//! calamine also reads a sheet until its closing tag, whatever comes: a
//! `content.xml` cut short inside a sheet (fuzzing found one of 19 KB) makes
//! it loop for ever at the end of the stream.
//!
//! So this streams `content.xml` once, with calamine's parser settings,
//! refusing a file that ends inside a sheet calamine reads, and counting what
//! calamine will hold the way calamine reads it — each row element's cells up to its last non-empty
//! one, then each table's dense extent from its first to its last non-empty
//! cell, repeats expanded and capped as calamine caps them — and refuses a
//! file that would hold more than [`MAX_CELLS`]. A real plan holds a few
//! thousand; a workbook that large is read as .xlsx, which is streamed.

use std::io::{BufReader, Read, Seek};

use quick_xml::events::{BytesStart, Event};

/// The most cells ragplan lets calamine hold for one .ods file: the most it
/// keeps from any workbook (about a gigabyte with calamine's copy).
const MAX_CELLS: u64 = super::read::MAX_CELLS as u64;

/// The most `content.xml` read: a real plan's is a few megabytes.
const MAX_CONTENT_BYTES: u64 = 256 << 20;

/// calamine's caps on a table's rows and on a row's columns.
const MAX_ROWS: u64 = 1_048_576;
const MAX_COLUMNS: u64 = 16_384;

/// Why an .ods is not handed to calamine.
#[derive(Debug, PartialEq)]
pub enum Refusal {
    /// Readable, but larger than ragplan reads.
    TooLarge(String),
    /// calamine would never finish reading it.
    Damaged(String),
}

/// Why the file is refused; `None` when calamine may read it (it may still
/// find it damaged, and say so).
pub fn refusal<R: Read + Seek>(reader: R) -> Option<Refusal> {
    let mut zip = zip::ZipArchive::new(reader).ok()?;
    let content = zip.by_name("content.xml").ok()?;
    let mut limited = content.take(MAX_CONTENT_BYTES + 1);
    let verdict = count(BufReader::new(&mut limited));
    if limited.limit() == 0 {
        return Some(Refusal::TooLarge(format!(
            "its content.xml is over {} MiB; ragplan reads no more from an .ods file: save it as .xlsx",
            MAX_CONTENT_BYTES >> 20
        )));
    }
    verdict
}

/// The row being read: its repeats (capped), the next column, and its first
/// and last column holding a value.
type Row = (u64, u64, Option<(u64, u64)>);

/// The tally of one table.
#[derive(Default)]
struct Table {
    /// Rows so far, repeats expanded (capped at [`MAX_ROWS`]).
    rows: u64,
    /// First and last row holding a value.
    row_span: Option<(u64, u64)>,
    /// First and last column holding a value.
    col_span: Option<(u64, u64)>,
}

impl Table {
    fn dense(&self) -> u64 {
        match (self.row_span, self.col_span) {
            (Some((r0, r1)), Some((c0, c1))) => (r1 - r0 + 1) * (c1 - c0 + 1),
            _ => 0,
        }
    }
}

fn count(xml: impl std::io::BufRead) -> Option<Refusal> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    // calamine's settings, so both see the same elements.
    let config = reader.config_mut();
    config.expand_empty_elements = true;
    config.check_end_names = false;
    config.check_comments = false;
    config.trim_text(false);
    // The sheet calamine is reading (it reads only sheets with a name).
    let mut open: Option<String> = None;
    let mut buf = Vec::new();
    let mut table = Table::default();
    // Cells calamine stores while reading (each row element once, up to its
    // last value), and the dense cells of the tables finished so far.
    let mut stored = 0u64;
    let mut dense = 0u64;
    // The current row: its repeats, the next column, its first and last value.
    let mut row: Option<Row> = None;
    let refuse = |what: &str, n: u64| {
        Some(Refusal::TooLarge(format!(
            "{what} {n} cells once repeated cells are expanded; ragplan reads at most {MAX_CELLS} from an .ods file: save it as .xlsx"
        )))
    };
    loop {
        let event = reader.read_event_into(&mut buf).ok()?;
        match event {
            Event::Start(e) => match e.name().into_inner() {
                "table:table" => {
                    table = Table::default();
                    open = e
                        .try_get_attribute("table:name")
                        .ok()
                        .flatten()
                        .map(|a| a.value.to_string());
                }
                // calamine reads rows only inside a named sheet; elsewhere
                // (a damaged file's) they are just elements.
                "table:table-row" if open.is_some() => {
                    let wanted = repeats(&e, "table:number-rows-repeated");
                    row = Some((wanted.min(MAX_ROWS - table.rows.min(MAX_ROWS)), 0, None));
                }
                "table:table-cell" | "table:covered-table-cell" => {
                    if let Some((_, col, values)) = &mut row {
                        let wanted = repeats(&e, "table:number-columns-repeated");
                        let n = wanted.min(MAX_COLUMNS - (*col).min(MAX_COLUMNS));
                        if n > 0 && has_value(&e, &mut reader) {
                            let first = values.map_or(*col, |(f, _)| f);
                            *values = Some((first, *col + n - 1));
                        }
                        *col += n;
                    }
                }
                _ => {}
            },
            Event::End(e) => match e.name().into_inner() {
                "table:table-row" => {
                    if let Some((repeats, _, values)) = row.take() {
                        if let Some((first, last)) = values {
                            stored += last + 1;
                            let top = table.row_span.map_or(table.rows, |(t, _)| t);
                            table.row_span = Some((top, table.rows + repeats.max(1) - 1));
                            table.col_span = Some(
                                table
                                    .col_span
                                    .map_or((first, last), |(a, b)| (a.min(first), b.max(last))),
                            );
                        }
                        table.rows += repeats;
                        if stored > MAX_CELLS {
                            return refuse("its rows hold", stored);
                        }
                        if table.dense() > MAX_CELLS {
                            return refuse("a sheet spans", table.dense());
                        }
                    }
                }
                "table:table" => {
                    open = None;
                    dense += table.dense();
                    if dense > MAX_CELLS {
                        return refuse("its sheets span", dense);
                    }
                }
                _ => {}
            },
            Event::Eof => {
                return open.map(|sheet| {
                    Refusal::Damaged(format!(
                        "its content.xml ends inside sheet `{sheet}`, which is never closed"
                    ))
                });
            }
            _ => {}
        }
        buf.clear();
    }
}

/// A repeat count attribute (1 when absent or unreadable, as one cell).
fn repeats(e: &BytesStart<'_>, name: &str) -> u64 {
    e.try_get_attribute(name)
        .ok()
        .flatten()
        .and_then(|a| a.value.trim().parse().ok())
        .unwrap_or(1)
}

/// Whether a cell holds something calamine keeps: a typed value, a formula,
/// or any content (its paragraphs are read past here). Counting a cell that
/// turns out empty only brings the limit nearer, never lets a large file by.
fn has_value<R: std::io::BufRead>(e: &BytesStart<'_>, reader: &mut quick_xml::Reader<R>) -> bool {
    let typed = e
        .attributes()
        .flatten()
        .any(|a| matches!(a.key.as_ref(), "office:value-type" | "table:formula"));
    let mut inner = Vec::new();
    let mut content = false;
    let name = e.name().as_ref().to_string();
    // Read to the cell's end (its paragraphs, annotations) and note whether
    // anything is inside.
    let mut depth = 0usize;
    loop {
        match reader.read_event_into(&mut inner) {
            Ok(Event::Start(s)) => {
                depth += 1;
                content |= s.name().as_ref() == "text:p";
            }
            Ok(Event::Text(t)) => content |= !t.is_empty(),
            Ok(Event::End(end)) if depth == 0 && end.name().as_ref() == name => break,
            Ok(Event::End(_)) => depth = depth.saturating_sub(1),
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
        inner.clear();
    }
    typed || content
}

#[cfg(test)]
mod tests {
    use super::{MAX_CELLS, Refusal, count};

    fn content(tables: &[&str]) -> String {
        let body: String = tables
            .iter()
            .map(|rows| format!("<table:table table:name=\"T\">{rows}</table:table>"))
            .collect();
        format!(
            "<office:document-content><office:body><office:spreadsheet>{body}</office:spreadsheet></office:body></office:document-content>"
        )
    }

    fn row(repeat: u64, cells: &str) -> String {
        format!(
            "<table:table-row table:number-rows-repeated=\"{repeat}\">{cells}</table:table-row>"
        )
    }

    fn cell(repeat: u64, text: &str) -> String {
        if text.is_empty() {
            format!("<table:table-cell table:number-columns-repeated=\"{repeat}\"/>")
        } else {
            format!(
                "<table:table-cell table:number-columns-repeated=\"{repeat}\" office:value-type=\"string\"><text:p>{text}</text:p></table:table-cell>"
            )
        }
    }

    fn verdict(xml: &str) -> Option<String> {
        count(xml.as_bytes()).map(|r| match r {
            Refusal::TooLarge(why) => why,
            Refusal::Damaged(why) => format!("damaged: {why}"),
        })
    }

    /// LibreOffice pads every sheet with empty cells to its last column and
    /// empty rows to its last row: none of that counts.
    #[test]
    fn a_plan_with_libreoffice_padding_passes() {
        let rows = [
            row(
                1,
                &(cell(1, "Ref") + &cell(1, "Action") + &cell(16_382, "")),
            ),
            row(40, &(cell(2, "A") + &cell(16_382, ""))),
            row(1_048_535, &cell(16_384, "")),
        ]
        .concat();
        assert_eq!(verdict(&content(&[&rows])), None);
    }

    /// A value repeated down a million rows and across columns.
    #[test]
    fn a_value_repeated_far_is_refused() {
        let rows = row(1_000_000, &cell(200, "x"));
        assert_eq!(
            verdict(&content(&[&rows])).as_deref(),
            Some(
                "a sheet spans 200000000 cells once repeated cells are expanded; ragplan reads at most 4000000 from an .ods file: save it as .xlsx"
            )
        );
        // Within the limit: passes.
        assert_eq!(verdict(&content(&[&row(1_000, &cell(200, "x"))])), None);
    }

    /// The dense extent runs from the first value to the last, empty rows
    /// between them included (calamine fills them in).
    #[test]
    fn empty_rows_between_values_count() {
        let rows = [
            row(1, &cell(10, "x")),
            row(500_000, &cell(10, "")),
            row(1, &cell(10, "x")),
        ]
        .concat();
        assert_eq!(
            verdict(&content(&[&rows]))
                .as_deref()
                .map(|v| v.starts_with("a sheet spans 5000020 cells")),
            Some(true)
        );
    }

    /// Rows are capped at calamine's million, so a larger claim is no larger.
    #[test]
    fn repeats_are_capped_as_calamine_caps_them() {
        let rows = [row(2_000_000, &cell(1, "x")), row(5, &cell(1, "x"))].concat();
        assert_eq!(verdict(&content(&[&rows])), None);
        let wide = row(1, &(cell(100_000, "x") + &cell(5, "y")));
        assert_eq!(verdict(&content(&[&wide])), None);
    }

    /// Several sheets add up.
    #[test]
    fn sheets_add_up() {
        let third = row(MAX_CELLS / 3 / 10 + 1, &cell(10, "x"));
        assert_eq!(verdict(&content(&[&third, &third])), None);
        let refused = verdict(&content(&[&third, &third, &third])).unwrap();
        assert!(
            refused.starts_with("its sheets span 4000020 cells"),
            "{refused}"
        );
    }

    /// While reading, calamine holds each row element's cells from the
    /// first column to its last value, even when the sheet's dense extent
    /// (here one column wide) is small.
    #[test]
    fn rows_stored_while_reading_count() {
        let one = row(1, &(cell(16_383, "") + &cell(1, "x")));
        let refused = verdict(&content(&[&one.repeat(300)])).unwrap();
        assert!(
            refused.starts_with("its rows hold 4014080 cells"),
            "{refused}"
        );
        assert_eq!(verdict(&content(&[&one.repeat(200)])), None);
    }

    #[test]
    fn formulas_and_content_without_a_type_count() {
        let formula =
            "<table:table-cell table:number-columns-repeated=\"100\" table:formula=\"of:=1\"/>";
        let text = "<table:table-cell table:number-columns-repeated=\"100\"><text:p>y</text:p></table:table-cell>";
        for c in [formula, text] {
            assert!(verdict(&content(&[&row(50_000, c)])).is_some(), "{c}");
        }
    }

    /// Found by fuzzing: calamine reads a sheet until its closing tag and
    /// loops for ever when the stream ends first (also inside a cell's
    /// annotation). An unnamed table is never read, so it cannot hang.
    #[test]
    fn a_sheet_that_never_closes_is_refused() {
        let whole = content(&[&row(2, &cell(3, "x"))]);
        let cut = &whole[..whole.find("</table:table>").unwrap()];
        assert_eq!(
            verdict(cut).as_deref(),
            Some("damaged: its content.xml ends inside sheet `T`, which is never closed")
        );
        let annotation = format!(
            "{}<table:table-row><table:table-cell office:value-type=\"string\"><office:annotation><text:p>note",
            &cut[..cut.find("<table:table-row").unwrap()]
        );
        assert!(verdict(&annotation).unwrap().starts_with("damaged:"));
        let unnamed = cut.replace(" table:name=\"T\"", "");
        assert_eq!(verdict(&unnamed), None);
        assert_eq!(verdict(&whole), None);
    }

    /// Found by fuzzing: rows and cells outside any sheet (a damaged file)
    /// are ignored by calamine; were they read here as cells, one never
    /// closed would swallow the rest of the file and hide an unclosed sheet.
    #[test]
    fn cells_outside_a_sheet_are_not_read() {
        let whole = content(&[&row(2, &cell(3, "x"))]);
        let stray = format!(
            "<office:document-content><table:table-row><table:table-cell office:value-type=\"string\"><text:p>never closed{}",
            &whole[whole.find("<table:table ").unwrap()..whole.find("</table:table>").unwrap()]
        );
        assert_eq!(
            verdict(&stray).as_deref(),
            Some("damaged: its content.xml ends inside sheet `T`, which is never closed")
        );
    }
}
