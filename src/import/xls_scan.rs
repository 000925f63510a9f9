//! The cell fills and hidden rows and columns of an .xls, which calamine
//! 0.38 does not read, from the workbook stream calamine reads, found and
//! walked as [`super::xls_guard`] walks it (calamine's merges are used as
//! they are).
//!
//! A cell record names its format (`ixfe`, an index into the globals' `XF`
//! records); a BIFF8 `XF` says whether the cell is filled solid
//! (`fls` = 1) and in which colour (`icvFore`, an index into the colour
//! table: eight fixed colours, then the `PALETTE` record's 56 or the
//! default palette). Only BIFF8 (Excel 97 to 2003, and what LibreOffice
//! writes) is read: BIFF5 lays its `XF` out differently, and no tool here
//! writes one to test against.

use super::extras::{Extras, FillArea, MAX_ENTRIES};
use super::xls_guard::{compound, records, sheet_offsets, sheet_records, u16_at, u32_at};
use crate::model::{CellRef, Rgb};

const BOF: u16 = 0x0809;
const EOF: u16 = 0x000A;
const XF: u16 = 0x00E0;
const PALETTE: u16 = 0x0092;
const ROW: u16 = 0x0208;
const COLINFO: u16 = 0x007D;
const MULRK: u16 = 0x00BD;
const MULBLANK: u16 = 0x00BE;
/// Records of one cell that begin with its row, column and `ixfe`:
/// LABELSST, LABEL, NUMBER, RK, BLANK, BOOLERR, FORMULA, RSTRING.
const CELLS: [u16; 8] = [
    0x00FD, 0x0204, 0x0203, 0x027E, 0x0201, 0x0205, 0x0006, 0x00D6,
];

/// The colours of indexes 8 to 63 when the file has no `PALETTE` record
/// (MS-XLS 2.5.161; the same as xlsx's default indexed colours).
const DEFAULT_PALETTE: [u32; 56] = [
    0x000000, 0xFFFFFF, 0xFF0000, 0x00FF00, 0x0000FF, 0xFFFF00, 0xFF00FF, 0x00FFFF, //
    0x800000, 0x008000, 0x000080, 0x808000, 0x800080, 0x008080, 0xC0C0C0, 0x808080, //
    0x9999FF, 0x993366, 0xFFFFCC, 0xCCFFFF, 0x660066, 0xFF8080, 0x0066CC, 0xCCCCFF, //
    0x000080, 0xFF00FF, 0xFFFF00, 0x00FFFF, 0x800080, 0x800000, 0x008080, 0x0000FF, //
    0x00CCFF, 0xCCFFFF, 0xCCFFCC, 0xFFFF99, 0x99CCFF, 0xFF99CC, 0xCC99FF, 0xFFCC99, //
    0x3366FF, 0x33CCCC, 0x99CC00, 0xFFCC00, 0xFF9900, 0xFF6600, 0x666699, 0x969696, //
    0x003366, 0x339966, 0x003300, 0x333300, 0x993300, 0x993366, 0x333399, 0x333333, //
];

/// One entry per `BoundSheet` record, in their order (calamine's sheet
/// order); `None` when the stream cannot be read or is not BIFF8.
pub fn scan(file: &[u8]) -> Option<Vec<Extras>> {
    let stream = compound::workbook_stream(file).ok()?;
    let fills = xf_fills(&stream)?;
    let mut budget = MAX_ENTRIES;
    Some(
        sheet_offsets(&stream)
            .into_iter()
            .map(|start| {
                stream
                    .get(start..)
                    .map_or_else(Extras::default, |s| sheet(s, &fills, &mut budget))
            })
            .collect(),
    )
}

/// Whether a `BOF` is BIFF8's, as calamine tells the version (an unknown
/// version is taken for BIFF8).
fn is_biff8(bof: &[u8]) -> bool {
    match u16_at(bof, 0) {
        Some(0x0200 | 0x0002 | 0x0007 | 0x0300 | 0x0400 | 0x0500) | None => false,
        Some(0) => u16_at(bof, 2) != Some(0x1000),
        Some(_) => true,
    }
}

/// The solid fill of each `XF` of the globals substream, by index.
fn xf_fills(stream: &[u8]) -> Option<Vec<Option<Rgb>>> {
    let mut biff8 = false;
    let mut xfs: Vec<Option<u32>> = Vec::new();
    let mut palette = DEFAULT_PALETTE;
    for (kind, data) in records(stream).take_while(|(kind, _)| *kind != EOF) {
        match kind {
            // calamine takes the version from the globals' last BOF.
            BOF => biff8 = is_biff8(data),
            XF => {
                // fls: bits 26-31 of the u32 at 14; icvFore: bits 0-6 of the u16 at 18.
                let solid = u32_at(data, 14).is_some_and(|v| v >> 26 == 1);
                xfs.push(u16_at(data, 18).filter(|_| solid).map(|v| v & 0x7F));
            }
            PALETTE => {
                // ccv, then one (red, green, blue, unused) per index from 8.
                let n = u16_at(data, 0).unwrap_or(0) as usize;
                for (slot, rgb) in palette
                    .iter_mut()
                    .zip(data.get(2..).unwrap_or_default().chunks_exact(4))
                    .take(n)
                {
                    *slot = u32::from(rgb[0]) << 16 | u32::from(rgb[1]) << 8 | u32::from(rgb[2]);
                }
            }
            _ => {}
        }
    }
    biff8.then(|| {
        xfs.into_iter()
            .map(|icv| icv.and_then(|icv| colour(icv, &palette)))
            .collect()
    })
}

/// A colour-table entry: the eight fixed colours, the palette, then the
/// system foreground and background (black and white, as calamine
/// resolves them in an xlsx); anything else is no colour.
fn colour(icv: u32, palette: &[u32; 56]) -> Option<Rgb> {
    const FIXED: [u32; 8] = [
        0x000000, 0xFFFFFF, 0xFF0000, 0x00FF00, 0x0000FF, 0xFFFF00, 0xFF00FF, 0x00FFFF,
    ];
    match icv {
        0..=7 => Some(Rgb(FIXED[icv as usize])),
        8..=63 => Some(Rgb(palette[icv as usize - 8])),
        64 => Some(Rgb(0x000000)),
        65 => Some(Rgb(0xFFFFFF)),
        _ => None,
    }
}

/// One sheet substream: each cell's fill by its `ixfe`, hidden rows
/// (`ROW`, fDyZero: bit 5 of the flags at 12) and hidden columns
/// (`COLINFO`, fHidden: bit 0 of the options at 8).
fn sheet(stream: &[u8], fills: &[Option<Rgb>], budget: &mut usize) -> Extras {
    let mut extras = Extras::default();
    let mut spend = || {
        *budget = budget.saturating_sub(1);
        *budget > 0
    };
    let fill_of = |data: &[u8], at: usize| {
        u16_at(data, at).and_then(|ixfe| fills.get(ixfe as usize).copied().flatten())
    };
    for (kind, data) in sheet_records(stream) {
        let (Some(row), Some(col)) = (u16_at(data, 0), u16_at(data, 2)) else {
            continue;
        };
        match kind {
            k if CELLS.contains(&k) => {
                if let Some(rgb) = fill_of(data, 4) {
                    add_fill(&mut extras, row, col, rgb, &mut spend);
                }
            }
            // Row, first column, then (ixfe, RK value) or ixfe for each
            // column, then the last column.
            MULRK | MULBLANK => {
                let step = if kind == MULRK { 6 } else { 2 };
                let n = data.len().saturating_sub(6) / step;
                for i in 0..n {
                    if let Some(rgb) = fill_of(data, 4 + i * step) {
                        let col = col + i as u32;
                        add_fill(&mut extras, row, col, rgb, &mut spend);
                    }
                }
            }
            ROW if u16_at(data, 12).is_some_and(|flags| flags & 0x20 != 0) && spend() => {
                extras.hidden_rows.push((row, row));
            }
            // First column, last column, width, ixfe, options.
            COLINFO => {
                let (first, last) = (row, col.min(255));
                if first <= last
                    && u16_at(data, 8).is_some_and(|options| options & 1 != 0)
                    && spend()
                {
                    extras.hidden_cols.push((first, last));
                }
            }
            _ => {}
        }
    }
    extras
}

/// Records one filled cell, joined to the area before it when it carries
/// on along the row in the same colour (a MULBLANK's run of blanks).
fn add_fill(extras: &mut Extras, row: u32, col: u32, rgb: Rgb, spend: &mut impl FnMut() -> bool) {
    if let Some(prev) = extras.fills.last_mut()
        && prev.rgb == rgb
        && prev.first.row == row
        && prev.last.row == row
        && prev.last.col + 1 == col
    {
        prev.last.col = col;
        return;
    }
    if spend() {
        let at = CellRef::new(row, col);
        extras.fills.push(FillArea {
            first: at,
            last: at,
            rgb,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::xls_guard::tests::{bof, compound, record, workbook_with};
    use super::*;

    fn xf(fls: u32, icv: u16) -> Vec<u8> {
        let mut data = vec![0u8; 20];
        data[14..18].copy_from_slice(&(fls << 26 | 0x0040_2000).to_le_bytes());
        data[18..20].copy_from_slice(&(icv | 65 << 7).to_le_bytes());
        record(XF, &data)
    }

    fn palette(custom: &[(usize, u32)]) -> Vec<u8> {
        let mut colours = DEFAULT_PALETTE;
        for &(icv, rgb) in custom {
            colours[icv - 8] = rgb;
        }
        let mut data = 56u16.to_le_bytes().to_vec();
        for c in colours {
            data.extend([(c >> 16) as u8, (c >> 8) as u8, c as u8, 0]);
        }
        record(PALETTE, &data)
    }

    fn cell(kind: u16, row: u16, col: u16, ixfe: u16, rest: &[u8]) -> Vec<u8> {
        let mut data = [row, col, ixfe].map(u16::to_le_bytes).concat();
        data.extend(rest);
        record(kind, &data)
    }

    fn multi(kind: u16, row: u16, first: u16, xfs: &[u16]) -> Vec<u8> {
        let mut data = [row, first].map(u16::to_le_bytes).concat();
        for &ixfe in xfs {
            data.extend(ixfe.to_le_bytes());
            if kind == MULRK {
                data.extend(0x3FF0_0000u32.to_le_bytes());
            }
        }
        data.extend((first + xfs.len() as u16 - 1).to_le_bytes());
        record(kind, &data)
    }

    fn row_record(row: u16, flags: u16) -> Vec<u8> {
        let mut data = vec![0u8; 16];
        data[..2].copy_from_slice(&row.to_le_bytes());
        data[12..14].copy_from_slice(&flags.to_le_bytes());
        record(ROW, &data)
    }

    fn colinfo(first: u16, last: u16, options: u16) -> Vec<u8> {
        let data = [first, last, 2_000, 0, options, 0]
            .map(u16::to_le_bytes)
            .concat();
        record(COLINFO, &data)
    }

    fn area(r0: u32, c0: u32, r1: u32, c1: u32, rgb: u32) -> FillArea {
        FillArea {
            first: CellRef::new(r0, c0),
            last: CellRef::new(r1, c1),
            rgb: Rgb(rgb),
        }
    }

    /// XFs 0 to 3: none, solid palette red (index 10), solid index 57
    /// (recoloured green by the PALETTE record), a pattern (not solid).
    fn globals() -> Vec<Vec<u8>> {
        vec![
            xf(0, 64),
            xf(1, 10),
            xf(1, 57),
            xf(2, 10),
            palette(&[(57, 0x00B050)]),
        ]
    }

    fn number(row: u16, col: u16, ixfe: u16) -> Vec<u8> {
        cell(0x0203, row, col, ixfe, &2.5f64.to_le_bytes())
    }

    #[test]
    fn cells_take_the_fill_of_their_format() {
        let chart = [bof(0x0020), cell(0x0201, 9, 9, 1, &[]), record(EOF, &[])].concat();
        let sheet = vec![
            number(0, 0, 1),
            number(1, 1, 2),
            multi(MULBLANK, 2, 0, &[1, 1, 2, 0, 1]),
            multi(MULRK, 3, 1, &[2, 2]),
            cell(0x0201, 4, 4, 3, &[]),
            cell(0x0201, 4, 5, 99, &[]),
            chart,
            row_record(5, 0x0020 | 0x0100),
            row_record(6, 0x0100),
            colinfo(2, 3, 1),
            colinfo(4, 300, 0),
            colinfo(250, 300, 1),
        ];
        let second = vec![number(7, 3, 2)];
        let file = compound(
            "Workbook",
            workbook_with(&globals(), &[0, 1], &[sheet, second]),
            false,
        );
        let sheets = scan(&file).unwrap();
        assert_eq!(sheets.len(), 2);
        assert_eq!(
            sheets[0].fills,
            vec![
                area(0, 0, 0, 0, 0xFF0000),
                area(1, 1, 1, 1, 0x00B050),
                area(2, 0, 2, 1, 0xFF0000),
                area(2, 2, 2, 2, 0x00B050),
                area(2, 4, 2, 4, 0xFF0000),
                area(3, 1, 3, 2, 0x00B050),
            ]
        );
        assert_eq!(sheets[0].hidden_rows, vec![(5, 5)]);
        assert_eq!(sheets[0].hidden_cols, vec![(2, 3), (250, 255)]);
        assert!(sheets[0].merges.is_empty());
        assert_eq!(sheets[1].fills, vec![area(7, 3, 7, 3, 0x00B050)]);

        // calamine reads the same file, its values where the fills are.
        use calamine::Reader;
        let mut book = calamine::Xls::new(std::io::Cursor::new(file)).unwrap();
        let range = book.worksheet_range("Sheet0").unwrap();
        assert_eq!(range.get_value((1, 1)), Some(&calamine::Data::Float(2.5)));
        assert_eq!(range.get_value((3, 2)), Some(&calamine::Data::Float(1.0)));
    }

    #[test]
    fn without_a_palette_record_the_default_palette_is_used() {
        let file = compound(
            "Workbook",
            workbook_with(
                &[xf(1, 17), xf(1, 8), xf(1, 2)],
                &[0],
                &[vec![number(0, 0, 0), number(0, 1, 1), number(0, 2, 2)]],
            ),
            false,
        );
        let fills: Vec<Rgb> = scan(&file).unwrap()[0]
            .fills
            .iter()
            .map(|a| a.rgb)
            .collect();
        assert_eq!(fills, vec![Rgb(0x008000), Rgb(0x000000), Rgb(0xFF0000)]);
    }

    /// A BIFF5 file lays its XF records out otherwise: no fills are read.
    #[test]
    fn only_biff8_is_read() {
        let mut stream = workbook_with(&globals(), &[0], &[vec![number(0, 0, 1)]]);
        // The globals' BOF: version 0x0500.
        stream[4..6].copy_from_slice(&0x0500u16.to_le_bytes());
        assert_eq!(scan(&compound("Workbook", stream, false)), None);
    }

    /// Short and cut records, formats that do not exist, and a stream cut
    /// anywhere: what cannot be read is left out, never a panic.
    #[test]
    fn damaged_records_are_left_out() {
        let sheet = vec![
            record(0x0201, &[1, 0]),
            record(MULBLANK, &[0, 0, 0, 0]),
            record(MULRK, &[0, 0, 0, 0, 1, 0, 0]),
            record(ROW, &[3, 0, 0, 0]),
            record(COLINFO, &[5, 0, 1, 0]),
            record(XF, &[0; 3]),
            cell(0x0201, 0, 0, 7, &[]),
            number(1, 1, 0),
        ];
        let stream = workbook_with(&[xf(1, 10), record(PALETTE, &[200, 0, 1])], &[0], &[sheet]);
        let whole = scan(&compound("Workbook", stream.clone(), false)).unwrap();
        assert_eq!(whole[0].fills, vec![area(1, 1, 1, 1, 0xFF0000)]);
        assert!(whole[0].hidden_rows.is_empty() && whole[0].hidden_cols.is_empty());
        for cut in 0..stream.len() {
            let _ = scan(&compound("Workbook", stream[..cut].to_vec(), false));
        }
    }
}
