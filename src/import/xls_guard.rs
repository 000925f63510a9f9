//! A look at an .xls file's sheets before calamine opens it. calamine's
//! `Xls::new` reads every sheet at once into a dense grid sized by the
//! extent of its cells (and reserves room for the extent its `DIMENSIONS`
//! record claims). A damaged file whose cells claim column 60,000 asks for
//! a grid of billions of cells: the allocation fails and the process
//! aborts, which no `catch_unwind` can contain. This walks the BIFF records
//! of the workbook stream first and refuses a workbook whose sheets together
//! span more cells than one sheet of the format can hold (65,536 rows × 256
//! columns: about 540 MB of calamine's grid), or one that claims more.

use std::io::{Read, Seek};

/// The most cells an .xls sheet can have.
const MAX_CELLS: u64 = 65_536 * 256;

/// Why the file is refused, for [`super::read::ReadError::Corrupt`].
pub fn oversized_sheet<R: Read + Seek>(reader: R) -> Option<String> {
    let mut file = cfb::CompoundFile::open(reader).ok()?;
    let name = ["/Workbook", "/Book"]
        .into_iter()
        .find(|n| file.is_stream(n))?;
    let mut stream = Vec::new();
    file.open_stream(name).ok()?.read_to_end(&mut stream).ok()?;
    let mut extent = Extent::default();
    // The dense cells of the sheets before this one: calamine keeps them all.
    let mut before = 0u64;
    let mut at = 0;
    while at + 4 <= stream.len() {
        let kind = u16::from_le_bytes([stream[at], stream[at + 1]]);
        let len = usize::from(u16::from_le_bytes([stream[at + 2], stream[at + 3]]));
        let data = &stream[at + 4..(at + 4 + len).min(stream.len())];
        at += 4 + len;
        let u16_at = |i: usize| {
            data.get(i..i + 2)
                .map(|b| u32::from(u16::from_le_bytes([b[0], b[1]])))
        };
        match kind {
            // BOF: a new substream (sheet).
            0x0809 => {
                before += extent.cells();
                extent = Extent::default();
            }
            // DIMENSIONS (BIFF8): first row, last row + 1 (u32), first col, last col + 1 (u16).
            0x0200 if data.len() >= 12 => {
                let u32_at =
                    |i: usize| u32::from_le_bytes([data[i], data[i + 1], data[i + 2], data[i + 3]]);
                let rows = u64::from(u32_at(4).saturating_sub(u32_at(0)));
                let cols = u64::from(u16_at(10)?.saturating_sub(u16_at(8)?));
                if rows.saturating_mul(cols) > MAX_CELLS {
                    return Some(format!(
                        "a sheet claims {rows} rows × {cols} columns, more than an .xls sheet can hold"
                    ));
                }
            }
            // Cell records: row and column first. MULRK also ends with its last column.
            // (Blank cells are not kept by calamine, so they do not count.)
            0x0006 | 0x0203 | 0x0204 | 0x00D6 | 0x0205 | 0x027E | 0x00FD | 0x00BD => {
                let (Some(row), Some(col)) = (u16_at(0), u16_at(2)) else {
                    continue;
                };
                extent.add(row, col);
                if kind == 0x00BD
                    && let Some(last) = data.len().checked_sub(2).and_then(u16_at)
                {
                    extent.add(row, last);
                }
                if extent.cells() > MAX_CELLS {
                    return Some(format!(
                        "a sheet's cells span {} rows × {} columns, more than an .xls sheet can hold",
                        extent.rows(),
                        extent.cols()
                    ));
                }
                if before + extent.cells() > MAX_CELLS {
                    return Some(format!(
                        "its sheets span {} cells between them, more than ragplan reads from an .xls file ({MAX_CELLS}); save it as .xlsx",
                        before + extent.cells()
                    ));
                }
            }
            _ => {}
        }
    }
    None
}

#[derive(Default)]
struct Extent {
    rows: Option<(u32, u32)>,
    cols: Option<(u32, u32)>,
}

impl Extent {
    fn add(&mut self, row: u32, col: u32) {
        let widen = |r: &mut Option<(u32, u32)>, v: u32| {
            *r = Some(r.map_or((v, v), |(a, b)| (a.min(v), b.max(v))));
        };
        widen(&mut self.rows, row);
        widen(&mut self.cols, col);
    }

    fn rows(&self) -> u64 {
        self.rows.map_or(0, |(a, b)| u64::from(b - a) + 1)
    }

    fn cols(&self) -> u64 {
        self.cols.map_or(0, |(a, b)| u64::from(b - a) + 1)
    }

    fn cells(&self) -> u64 {
        self.rows() * self.cols()
    }
}
