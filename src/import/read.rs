//! Opening a file: tell its format by its first bytes, then read every sheet
//! into a [`Workbook`] grid. xlsx and xlsb are streamed cell by cell: a dense
//! `worksheet_range` aborts the process on a sheet that touches XFD1048576.

use std::fs::File;
use std::io::{Cursor, Read, Seek};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

use calamine::{
    Data, DataType, Ods, Reader, SheetType, SheetVisible, Xls, XlsError, Xlsb, XlsbError, Xlsx,
    XlsxError,
};

use super::grid::{Capabilities, Date, Format, GridCell, Merge, Sheet, Value, Workbook};
use super::xlsx_scan;
use super::zip_budget::{self, Budget, Refusal};
use crate::model::{CellRef, Rgb};

/// Why a file could not be read. The message is written for an officer.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("cannot open the file: {0}")]
    Io(#[from] std::io::Error),
    #[error("the file is empty (0 bytes)")]
    Empty,
    #[error("not a spreadsheet: {0}")]
    NotSpreadsheet(&'static str),
    #[error("the workbook is password-protected; save a copy without a password and check that")]
    Password,
    #[error("the {format} file is damaged or incomplete ({detail})")]
    Corrupt {
        format: &'static str,
        detail: String,
    },
    /// Readable, but it would take more memory than a plan ever needs (an
    /// .ods expands its repeated cells into a dense grid).
    #[error("the {format} file is too large to read ({detail})")]
    TooLarge {
        format: &'static str,
        detail: String,
    },
    #[error("the spreadsheet reader failed on this file ({0}); please report it with the file")]
    ReaderPanic(String),
}

/// The largest input file ragplan reads. A plan's workbook is a few
/// megabytes; every format is read from memory (calamine holds an .xls whole
/// anyway, and an xlsx's sheets are read side by side over its bytes).
pub const MAX_FILE_BYTES: u64 = 256 << 20;

/// Reads a workbook file, never panicking (see [`read_bytes`]). For tests and
/// tools; the commands load through [`super::InputFile`].
pub fn read_workbook(path: &Path) -> Result<Workbook, ReadError> {
    let bytes = read_file(path)?;
    read_bytes(&path.display().to_string(), &bytes)
}

/// Opens a file for reading, refusing at once anything that is not a
/// regular file: a named pipe would block the open (or the read) until
/// something writes to it, a device can be read for ever. It is looked at
/// before it is opened, and opened without waiting then looked at again,
/// in case it was swapped in between.
pub fn open_regular(path: &Path) -> std::io::Result<File> {
    let not_a_file = |meta: &std::fs::Metadata| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!("it is {}, not a file", super::kind_of(&meta.file_type())),
        )
    };
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(not_a_file(&meta));
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // No effect on a regular file; a pipe opens without waiting.
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(not_a_file(&meta));
    }
    Ok(file)
}

/// A file's bytes, refusing one over [`MAX_FILE_BYTES`] before reading it.
pub fn read_file(path: &Path) -> Result<Vec<u8>, ReadError> {
    let file = open_regular(path)?;
    let too_large = |n: u64| ReadError::TooLarge {
        format: "spreadsheet",
        detail: format!(
            "it is {} MiB; ragplan reads workbooks of up to {} MiB",
            n >> 20,
            MAX_FILE_BYTES >> 20
        ),
    };
    let len = file.metadata()?.len();
    if len > MAX_FILE_BYTES {
        return Err(too_large(len));
    }
    let mut bytes = Vec::with_capacity(len as usize);
    // The size may change between looking and reading.
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Reads a workbook from its bytes, never panicking: a panic inside a reader
/// (a bug in a dependency on a malformed file) becomes
/// [`ReadError::ReaderPanic`]. `name` only labels the workbook in messages;
/// nothing is opened by it.
pub fn read_bytes(name: &str, bytes: &[u8]) -> Result<Workbook, ReadError> {
    read_bytes_within(name, bytes, Budget::DEFAULT)
}

/// [`read_bytes`] within another inflation budget (the fuzz targets use
/// small ones, to reach them).
pub fn read_bytes_within(name: &str, bytes: &[u8], budget: Budget) -> Result<Workbook, ReadError> {
    match catch_unwind(AssertUnwindSafe(|| {
        sniff(bytes).and_then(|format| read_format(name, bytes, format, budget))
    })) {
        Ok(result) => result,
        Err(panic) => Err(reader_panic(panic)),
    }
}

/// A contained reader panic as the file's error, with the panic's message.
fn reader_panic(panic: Box<dyn std::any::Any + Send>) -> ReadError {
    let what = panic
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "unknown error".into());
    ReadError::ReaderPanic(what)
}

/// Whether a panic happened in a dependency's code (a crate from the
/// registry), which [`read_workbook`] contains, rather than in ragplan's own.
pub fn in_dependency(info: &std::panic::PanicHookInfo<'_>) -> bool {
    info.location()
        .is_some_and(|l| l.file().contains("registry/src") || l.file().contains("/.cargo/"))
}

/// Installs a panic hook that stays silent about the dependency panics that
/// [`read_workbook`] turns into findings, and reports any other as usual.
pub fn quiet_contained_panics() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !in_dependency(info) {
            previous(info);
        }
    }));
}

/// Tells the format from the first bytes. A zip is xlsx, xlsb or ods by its
/// entries; a CFB container is xls or an encrypted (password) OOXML file.
pub fn sniff(bytes: &[u8]) -> Result<Format, ReadError> {
    let n = bytes.len().min(8);
    let head = &bytes[..n];
    if n == 0 {
        return Err(ReadError::Empty);
    }
    if head.starts_with(b"PK\x03\x04") {
        let refused = |r| refused_as("zip", r);
        zip_budget::check_directory(bytes).map_err(refused)?;
        let zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| ReadError::Corrupt {
            format: "zip",
            detail: e.to_string(),
        })?;
        if zip.len() > zip_budget::MAX_PARTS {
            return Err(refused(zip_budget::too_many_parts(zip.len() as u64)));
        }
        let names: Vec<String> = zip
            .file_names()
            .filter_map(Result::ok)
            .map(|n| n.into_owned())
            .collect();
        let has = |n: &str| names.iter().any(|x| x.eq_ignore_ascii_case(n));
        return if names
            .iter()
            .any(|n| n.ends_with(".bin") && n.to_ascii_lowercase().contains("workbook"))
        {
            Ok(Format::Xlsb)
        } else if has("content.xml") || has("mimetype") {
            Ok(Format::Ods)
        } else if names
            .iter()
            .any(|n| n.to_ascii_lowercase().ends_with("workbook.xml"))
        {
            Ok(Format::Xlsx)
        } else {
            Err(ReadError::NotSpreadsheet(
                "a zip archive with no workbook inside (is it a Word document or another archive?)",
            ))
        };
    }
    if head == [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] {
        // Password-protected xlsx files are CFB containers too, holding an
        // `EncryptedPackage` stream (its name is stored in UTF-16).
        let name: Vec<u8> = "EncryptedPackage"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        if memchr::memmem::find(bytes, &name).is_some() {
            return Err(ReadError::Password);
        }
        return Ok(Format::Xls);
    }
    if head.starts_with(b"PK") {
        return Err(ReadError::Corrupt {
            format: "zip",
            detail: "the archive is truncated or damaged".into(),
        });
    }
    if head.starts_with(b"%PDF") {
        return Err(ReadError::NotSpreadsheet("it is a PDF document"));
    }
    if head
        .iter()
        .all(|b| b.is_ascii() && (!b.is_ascii_control() || b.is_ascii_whitespace()))
        || head.starts_with(b"\xEF\xBB\xBF")
    {
        return Err(ReadError::NotSpreadsheet(
            "it is a text file (CSV or similar); open it in Excel and save it as .xlsx",
        ));
    }
    Err(ReadError::NotSpreadsheet(
        "its content is not a format ragplan knows (xlsx, xlsm, xlsb, xls, ods)",
    ))
}

fn read_format(
    name: &str,
    bytes: &[u8],
    format: Format,
    budget: Budget,
) -> Result<Workbook, ReadError> {
    let kept = Kept::default();
    // The xlsx reader inflates its parts within the budget as it goes; the
    // other zip formats are inflated once first.
    if matches!(format, Format::Xlsb | Format::Ods) {
        zip_budget::check_all(bytes, budget).map_err(|r| refused(format, r))?;
    }
    let (sheets, capabilities) = match format {
        Format::Xlsx => read_xlsx(bytes, &kept, budget)?,
        Format::Xlsb => read_xlsb(Cursor::new(bytes), &kept)?,
        Format::Xls => {
            if let Some(why) = super::xls_guard::oversized_sheet(bytes) {
                return Err(corrupt(Format::Xls, why));
            }
            read_xls(bytes, &kept)?
        }
        Format::Ods => {
            use super::ods_guard::Refusal;
            match super::ods_guard::refusal(Cursor::new(bytes)) {
                Some(Refusal::TooLarge(detail)) => {
                    return Err(ReadError::TooLarge {
                        format: Format::Ods.name(),
                        detail,
                    });
                }
                Some(Refusal::Damaged(why)) => return Err(corrupt(Format::Ods, why)),
                None => {}
            }
            read_ods(bytes, &kept)?
        }
    };
    let cells: usize = sheets.iter().map(|s| s.cells.len()).sum();
    if cells > MAX_CELLS {
        return Err(too_large(
            format,
            format!("its sheets hold {cells} cells between them"),
        ));
    }
    Ok(Workbook {
        name: name.to_string(),
        format,
        capabilities,
        sheets,
    })
}

/// A workbook refused before its reader saw it.
fn refused(format: Format, refusal: Refusal) -> ReadError {
    refused_as(format.name(), refusal)
}

fn refused_as(format: &'static str, refusal: Refusal) -> ReadError {
    match refusal {
        Refusal::TooLarge(detail) => ReadError::TooLarge { format, detail },
        Refusal::Damaged(detail) => ReadError::Corrupt { format, detail },
    }
}

fn corrupt(format: Format, e: impl std::fmt::Display) -> ReadError {
    ReadError::Corrupt {
        format: format.name(),
        detail: e.to_string(),
    }
}

fn xlsx_error(e: XlsxError) -> ReadError {
    match e {
        XlsxError::Password => ReadError::Password,
        e => corrupt(Format::Xlsx, e),
    }
}

type Read2 = (Vec<Sheet>, Capabilities);

/// One grid sheet per sheet of the workbook, in order: name and visibility
/// from the metadata, cells from `fill` for worksheets (chart sheets stay
/// empty), sorted. A sheet over [`MAX_SHEET_CELLS`] keeps no cells.
fn each_sheet(
    metas: Vec<calamine::Sheet>,
    kept: &Kept,
    mut fill: impl FnMut(&calamine::Sheet, &mut Sheet) -> Result<(), ReadError>,
) -> Result<Vec<Sheet>, ReadError> {
    if metas.len() > MAX_SHEETS {
        return Err(ReadError::TooLarge {
            format: "spreadsheet",
            detail: format!(
                "it has {} sheets; ragplan reads workbooks of up to {MAX_SHEETS} sheets",
                metas.len()
            ),
        });
    }
    metas
        .into_iter()
        .map(|meta| {
            let mut sheet = Sheet {
                name: meta.name.clone(),
                hidden: meta.visible != SheetVisible::Visible,
                ..Sheet::default()
            };
            if meta.typ == SheetType::WorkSheet {
                fill(&meta, &mut sheet)?;
            }
            // The streamed formats stop at the limit; the others (read whole
            // by calamine, within their guards' bounds) are cut here.
            if sheet.too_large || sheet.cells.len() > MAX_SHEET_CELLS {
                sheet.too_large = true;
                sheet.cells = Vec::new();
                sheet.merges = Vec::new();
            } else {
                kept.0.fetch_add(sheet.cells.len(), Ordering::Relaxed);
            }
            cut_long_texts(&mut sheet);
            sheet.sort();
            Ok(sheet)
        })
        .collect()
}

/// Cuts every text longer than a cell can hold to [`MAX_TEXT_UNITS`],
/// recording where (the `text-too-long` finding reports it). Every rule and
/// the master then see at most what Excel itself would show.
fn cut_long_texts(sheet: &mut Sheet) {
    for cell in &mut sheet.cells {
        if let Value::Text(text) = &mut cell.value
            // Text has at least as many UTF-8 bytes as UTF-16 units.
            && text.len() > MAX_TEXT_UNITS
        {
            let units = text.encode_utf16().count();
            if units > MAX_TEXT_UNITS {
                text.truncate(utf16_prefix(text, MAX_TEXT_UNITS));
                text.shrink_to_fit();
                sheet.cut_texts.push((cell.at, units));
            }
        }
    }
}

/// The byte length of the longest prefix of `s` of at most `units` UTF-16
/// units (never splitting a character).
pub fn utf16_prefix(s: &str, units: usize) -> usize {
    let mut n = 0;
    for (i, c) in s.char_indices() {
        n += c.len_utf16();
        if n > units {
            return i;
        }
    }
    s.len()
}

/// The most characters a cell holds, as Excel counts them (UTF-16 units:
/// an emoji is two). Longer text is cut here, with a `text-too-long`
/// finding.
pub const MAX_TEXT_UNITS: usize = 32_767;

/// The most sheets ragplan reads from one workbook. A plan has dozens; a
/// workbook of thousands is not a plan, and listing its sheets already
/// costs the reader time in proportion to their square.
pub const MAX_SHEETS: usize = 1_000;

/// Cells kept so far from the finished sheets of one workbook, shared by the
/// threads reading its sheets.
#[derive(Default)]
struct Kept(AtomicUsize);

/// The most cells ragplan keeps from one workbook. A plan has thousands; the
/// grid costs about a hundred bytes a cell, and a zip compresses a repeated
/// cell a thousandfold, so a few megabytes of xlsx can hold hundreds of
/// millions of cells. (Shared with the .ods guard.)
pub const MAX_CELLS: usize = 4_000_000;

/// The most cells ragplan reads from one sheet. A sheet with more is a data
/// sheet (an export, a list of pupils), not a plan: it is skipped with a
/// `sheet-too-large` finding and the workbook's other sheets are checked.
/// (A plan of 100,000 actions, far beyond any council's, spreads 900,000
/// cells over eight sheets.)
pub const MAX_SHEET_CELLS: usize = 2_000_000;

fn too_large(format: Format, what: String) -> ReadError {
    ReadError::TooLarge {
        format: format.name(),
        detail: format!(
            "{what}; ragplan reads at most {MAX_CELLS} cells from a workbook: keep the plan's sheets in a workbook of their own"
        ),
    }
}

/// Keeps a cell read from a streamed sheet, so that memory stays bounded
/// while reading: false (stop reading the sheet) once the sheet is over
/// [`MAX_SHEET_CELLS`], an error once the workbook is over [`MAX_CELLS`].
/// (Another thread's sheet in progress is not counted: the overshoot is at
/// most a sheet per core.)
fn keep(format: Format, sheet: &mut Sheet, cell: GridCell, kept: &Kept) -> Result<bool, ReadError> {
    let n = sheet.cells.len();
    if n >= MAX_SHEET_CELLS {
        sheet.too_large = true;
        return Ok(false);
    }
    if n.is_multiple_of(65_536) && kept.0.load(Ordering::Relaxed) + n > MAX_CELLS {
        return Err(too_large(
            format,
            format!("its sheets hold more than {MAX_CELLS} cells between them"),
        ));
    }
    sheet.cells.push(cell);
    Ok(true)
}

const XLSX_CAPABILITIES: Capabilities = Capabilities {
    fills: true,
    merges: true,
    hidden_rows: true,
};

/// An xlsx, streamed cell by cell (never a dense range), with the sheets
/// shared out among the cores: each thread opens its own reader over the
/// same bytes (calamine's reader is not shareable) and reads every n-th
/// sheet. The package is checked against the budget before calamine opens
/// it, and each sheet's part just before calamine reads it.
fn read_xlsx(bytes: &[u8], kept: &Kept, budget: Budget) -> Result<Read2, ReadError> {
    let package = xlsx_scan::Package::open(bytes, budget).map_err(|r| refused(Format::Xlsx, r))?;
    let wb: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(xlsx_error)?;
    let metas: Vec<_> = wb.sheets_metadata().to_vec();
    drop(wb);
    if metas.len() != package.listed() {
        return Err(corrupt(
            Format::Xlsx,
            "its list of sheets reads two ways; save it again from Excel",
        ));
    }
    let threads = crate::parallel::cores().clamp(1, metas.len().max(1));
    let shares: Vec<Vec<usize>> = (0..threads)
        .map(|t| (t..metas.len()).step_by(threads).collect())
        .collect();
    let read = crate::parallel::map(&shares, |share| {
        // A reader panic in a thread becomes this file's error, as on one thread.
        catch_unwind(AssertUnwindSafe(|| {
            let mut wb: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(xlsx_error)?;
            let mine: Vec<_> = share.iter().map(|&i| metas[i].clone()).collect();
            let sheets = each_sheet(mine, kept, |meta, sheet| {
                let extras = package
                    .sheet(&meta.name)
                    .map_err(|r| refused(Format::Xlsx, r))?;
                xlsx_cells(&mut wb, meta, extras, sheet, kept)
            })?;
            Ok(share.iter().copied().zip(sheets).collect::<Vec<_>>())
        }))
        .unwrap_or_else(|panic| Err(reader_panic(panic)))
    });
    let mut sheets: Vec<(usize, Sheet)> = Vec::with_capacity(metas.len());
    for share in read {
        sheets.extend(share?);
    }
    sheets.sort_by_key(|(i, _)| *i);
    Ok((
        sheets.into_iter().map(|(_, s)| s).collect(),
        XLSX_CAPABILITIES,
    ))
}

/// One xlsx sheet's cells (value and fill), merges and hidden rows/columns.
fn xlsx_cells<RS: Read + Seek>(
    wb: &mut Xlsx<RS>,
    meta: &calamine::Sheet,
    extras: xlsx_scan::SheetExtras,
    sheet: &mut Sheet,
    kept: &Kept,
) -> Result<(), ReadError> {
    // Merges and hidden rows/columns come from one raw scan of each sheet's
    // XML: calamine does not expose hidden rows, and its merge API re-parses
    // the whole sheet.
    let mut cells = wb.worksheet_cells_reader(&meta.name).map_err(xlsx_error)?;
    let mut fills: Vec<Option<Option<Rgb>>> = vec![None; cells.styles().len()];
    while let Some((cell, style)) = cells.next_cell_with_style_id().map_err(xlsx_error)? {
        let fill = match fills.get_mut(style) {
            Some(slot) => *slot.get_or_insert_with(|| solid_fill(&cells.styles()[style])),
            None => None,
        };
        let (row, col) = cell.get_position();
        let value = value_of(cell.get_value());
        if value != Value::Empty || fill.is_some() {
            let at = CellRef::new(row, col);
            if !keep(Format::Xlsx, sheet, GridCell { at, value, fill }, kept)? {
                break;
            }
        }
    }
    sheet.merges = extras.merges;
    sheet.hidden_rows = extras.hidden_rows;
    sheet.hidden_cols = extras.hidden_cols;
    Ok(())
}

/// The colour a person sees: the foreground of a solid fill (alpha ignored:
/// openpyxl writes `00` alpha for opaque colours).
fn solid_fill(style: &calamine::Style) -> Option<Rgb> {
    let fill = style.fill.as_ref()?;
    if fill.pattern != calamine::FillPattern::Solid {
        return None;
    }
    let c = fill.foreground_color.or(fill.background_color)?;
    Some(Rgb(c.to_argb() & 0x00FF_FFFF))
}

fn read_xlsb<RS: Read + Seek>(reader: RS, kept: &Kept) -> Result<Read2, ReadError> {
    let err = |e: XlsbError| match e {
        XlsbError::Password => ReadError::Password,
        e => corrupt(Format::Xlsb, e),
    };
    let mut wb: Xlsb<RS> = Xlsb::new(reader).map_err(err)?;
    let metas: Vec<_> = wb.sheets_metadata().to_vec();
    let sheets = each_sheet(metas, kept, |meta, sheet| {
        let mut cells = wb.worksheet_cells_reader(&meta.name).map_err(err)?;
        while let Some(cell) = cells.next_cell().map_err(err)? {
            let (row, col) = cell.get_position();
            let value = value_of(cell.get_value());
            if value != Value::Empty {
                let at = CellRef::new(row, col);
                let cell = GridCell {
                    at,
                    value,
                    fill: None,
                };
                if !keep(Format::Xlsb, sheet, cell, kept)? {
                    break;
                }
            }
        }
        Ok(())
    })?;
    Ok((
        sheets,
        Capabilities {
            fills: false,
            merges: false,
            hidden_rows: false,
        },
    ))
}

fn read_xls(bytes: &[u8], kept: &Kept) -> Result<Read2, ReadError> {
    let err = |e: XlsError| match e {
        XlsError::Password => ReadError::Password,
        e => corrupt(Format::Xls, e),
    };
    // calamine parses every sheet of an xls at open into a dense range of
    // its cells' extent: bounded for a well-formed file (65,536 × 256), but a
    // malformed one can claim more and exhaust memory (tests/fixtures/fuzz).
    let mut wb: Xls<_> = Xls::new(Cursor::new(bytes)).map_err(err)?;
    let metas: Vec<_> = wb.sheets_metadata().to_vec();
    // calamine reads no fills or hidden rows from an xls: a walk of the same
    // records finds them, one entry per sheet of `metas`. Where it cannot
    // (not BIFF8), the file has none.
    let scanned = super::xls_scan::scan(bytes).filter(|s| s.len() == metas.len());
    let by_name = last_index_by_name(&metas);
    let sheets = each_sheet(metas, kept, |meta, sheet| {
        let range = wb.worksheet_range(&meta.name).map_err(err)?;
        sheet.cells = range_cells(&range);
        sheet.merges = wb
            .merge_cells_by_sheet_name(&meta.name)
            .map_err(err)?
            .into_iter()
            .map(|d| Merge {
                first: CellRef::new(d.start.0, d.start.1),
                last: CellRef::new(d.end.0, d.end.1),
            })
            .collect();
        let mine = by_name.get(&meta.name);
        if let Some(extras) = scanned.as_ref().zip(mine).and_then(|(s, &i)| s.get(i)) {
            super::extras::apply(sheet, extras.clone(), false, MAX_SHEET_CELLS);
        }
        Ok(())
    })?;
    let found = scanned.is_some();
    Ok((
        sheets,
        Capabilities {
            fills: found,
            merges: true,
            hidden_rows: found,
        },
    ))
}

/// The index of the last sheet of each name: calamine keeps the cells of
/// the last of two sheets named alike, for both.
fn last_index_by_name(metas: &[calamine::Sheet]) -> std::collections::HashMap<String, usize> {
    metas
        .iter()
        .enumerate()
        .map(|(i, m)| (m.name.clone(), i))
        .collect()
}

fn read_ods(bytes: &[u8], kept: &Kept) -> Result<Read2, ReadError> {
    let err = |e: calamine::OdsError| match e {
        calamine::OdsError::Password => ReadError::Password,
        e => corrupt(Format::Ods, e),
    };
    // calamine expands repeated cells into dense grids at open (up to 100
    // million cells): ods_guard has refused anything near that already.
    let mut wb: Ods<_> = Ods::new(Cursor::new(bytes)).map_err(err)?;
    let metas: Vec<_> = wb.sheets_metadata().to_vec();
    // calamine reads no fills, merges or hidden rows from an ods: a second
    // pass over content.xml finds them. Where it cannot, the file has none.
    let scanned = super::ods_scan::scan(bytes).ok();
    let sheets = each_sheet(metas, kept, |meta, sheet| {
        sheet.cells = range_cells(&wb.worksheet_range(&meta.name).map_err(err)?);
        if let Some(extras) = scanned.as_ref().and_then(|s| s.get(&meta.name)) {
            super::extras::apply(sheet, extras.clone(), true, MAX_SHEET_CELLS);
        }
        Ok(())
    })?;
    let found = scanned.is_some();
    Ok((
        sheets,
        Capabilities {
            fills: found,
            merges: found,
            hidden_rows: found,
        },
    ))
}

fn range_cells(range: &calamine::Range<Data>) -> Vec<GridCell> {
    range
        .used_cells()
        .filter_map(|(r, c, v)| {
            let (r0, c0) = range.start().unwrap_or((0, 0));
            let value = value_of(v);
            (value != Value::Empty).then(|| GridCell {
                at: CellRef::new(r0 + r as u32, c0 + c as u32),
                value,
                fill: None,
            })
        })
        .collect()
}

/// One conversion for owned (`Data`) and borrowed (`DataRef`) cells.
fn value_of<T: DataType>(d: &T) -> Value {
    if let Some(s) = d.get_string() {
        text_value(s)
    } else if let Some(f) = d.get_float() {
        Value::Number(f)
    } else if let Some(i) = d.get_int() {
        Value::Number(i as f64)
    } else if let Some(b) = d.get_bool() {
        Value::Bool(b)
    } else if let Some(dt) = d.get_datetime() {
        date_value(&dt)
    } else if let Some(s) = d.get_datetime_iso() {
        iso_date(s).map_or_else(|| Value::Text(s.to_string()), Value::Date)
    } else if let Some(s) = d.get_duration_iso() {
        Value::Text(s.to_string())
    } else if let Some(e) = d.get_error() {
        Value::Error(e.to_string())
    } else {
        Value::Empty
    }
}

fn text_value(s: &str) -> Value {
    if s.is_empty() {
        Value::Empty
    } else {
        Value::Text(s.to_string())
    }
}

fn date_value(dt: &calamine::ExcelDateTime) -> Value {
    if dt.is_duration() {
        return Value::Number(dt.as_f64());
    }
    let (y, m, d, ..) = dt.to_ymd_hms_milli();
    Value::Date(Date {
        year: i32::from(y),
        month: m,
        day: d,
    })
}

fn iso_date(s: &str) -> Option<Date> {
    let mut parts = s.get(..10)?.split('-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.parse().ok()?;
    Some(Date { year, month, day })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An xlsx's sheets, read side by side by several threads, come back in
    /// workbook order with their visibility.
    #[test]
    fn xlsx_sheets_read_side_by_side_stay_in_order() {
        let mut wb = rust_xlsxwriter::Workbook::new();
        for i in 0..5u32 {
            let ws = wb.add_worksheet();
            ws.set_name(format!("Sheet {i}")).unwrap();
            for r in 0..=i {
                ws.write(r, r as u16, format!("cell {i}/{r}")).unwrap();
            }
            ws.set_hidden(i == 3);
        }
        let bytes = wb.save_to_buffer().unwrap();
        let book = read_bytes("many.xlsx", &bytes).unwrap();
        let names: Vec<&str> = book.sheets.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            names,
            ["Sheet 0", "Sheet 1", "Sheet 2", "Sheet 3", "Sheet 4"]
        );
        assert_eq!(book.sheets[4].cells.len(), 5);
        assert_eq!(
            book.sheets[4].cells[4].value,
            Value::Text("cell 4/4".into())
        );
        assert!(book.sheets[3].hidden && !book.sheets[2].hidden);
        assert_eq!(book.name, "many.xlsx");
    }

    #[test]
    fn a_file_over_the_limit_is_refused_before_it_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("huge.xlsx");
        let file = File::create(&path).unwrap();
        file.set_len(MAX_FILE_BYTES + 1).unwrap();
        let err = read_file(&path).unwrap_err();
        assert!(
            err.to_string()
                .contains("ragplan reads workbooks of up to 256 MiB"),
            "{err}"
        );
    }
}
