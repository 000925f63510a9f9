//! What a format's own scan adds to the cells calamine reads: fills, merged
//! ranges and hidden rows and columns, found by [`super::ods_scan`] and
//! [`super::xls_scan`] where calamine does not look.
//!
//! The scans keep what they find as areas, never expanded: LibreOffice pads
//! a sheet with a million repeated styled rows, and an .xls can style whole
//! rows of blank cells. Areas are cut to the extent of the sheet's values
//! here, once those are known, and only then made into cells.

use super::grid::{GridCell, Merge, Sheet, Value};
use crate::model::{CellRef, Rgb};

/// A rectangle of cells, inclusive, all filled in one colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FillArea {
    pub first: CellRef,
    pub last: CellRef,
    pub rgb: Rgb,
}

/// One sheet's scan.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Extras {
    /// In document order; a later area wins where two overlap.
    pub fills: Vec<FillArea>,
    pub merges: Vec<Merge>,
    /// Inclusive ranges of hidden rows, 0-based.
    pub hidden_rows: Vec<(u32, u32)>,
    /// Inclusive ranges of hidden columns, 0-based.
    pub hidden_cols: Vec<(u32, u32)>,
}

/// The most areas, merges and hidden ranges one file's scan records. A plan
/// has hundreds; each costs a few dozen bytes, and a damaged or padded file
/// could otherwise claim one per XML element or BIFF record.
pub const MAX_ENTRIES: usize = super::read::MAX_CELLS;

/// Adds the scan to a sheet whose cells calamine has read: fills on its
/// cells, colour-only cells (`Value::Empty` with a fill, as an xlsx gives
/// them) within the extent of its values, merges when `merges` (calamine
/// gives an .xls's own), and hidden rows and columns within that extent.
/// Stops adding colour-only cells once the sheet is over `max_cells`: the
/// sheet is then too large, as its xlsx would be.
pub fn apply(sheet: &mut Sheet, extras: Extras, merges: bool, max_cells: usize) {
    if merges {
        sheet.merges = extras.merges;
    }
    sheet.cells.sort_by_key(|c| c.at);
    let Some((top, bottom)) = extent(&sheet.cells) else {
        return;
    };
    let clip = |first: CellRef, last: CellRef| {
        let r0 = first.row.max(top.row);
        let r1 = last.row.min(bottom.row);
        let c0 = first.col.max(top.col);
        let c1 = last.col.min(bottom.col);
        (r0 <= r1 && c0 <= c1).then_some((r0, r1, c0, c1))
    };
    let mut added: Vec<GridCell> = Vec::new();
    'areas: for area in &extras.fills {
        let Some((r0, r1, c0, c1)) = clip(area.first, area.last) else {
            continue;
        };
        for row in r0..=r1 {
            for col in c0..=c1 {
                let at = CellRef::new(row, col);
                match sheet.cells.binary_search_by_key(&at, |c| c.at) {
                    Ok(i) => sheet.cells[i].fill = Some(area.rgb),
                    Err(_) => {
                        if sheet.cells.len() + added.len() > max_cells {
                            break 'areas;
                        }
                        added.push(GridCell {
                            at,
                            value: Value::Empty,
                            fill: Some(area.rgb),
                        });
                    }
                }
            }
        }
    }
    // A later area over the same colour-only cell wins.
    added.reverse();
    added.sort_by_key(|c| c.at);
    added.dedup_by_key(|c| c.at);
    sheet.cells.extend(added);
    sheet.hidden_rows = expand(&extras.hidden_rows, top.row, bottom.row);
    sheet.hidden_cols = expand(&extras.hidden_cols, top.col, bottom.col);
}

/// The top-left and bottom-right corners of the cells' bounding box.
fn extent(cells: &[GridCell]) -> Option<(CellRef, CellRef)> {
    let first = cells.first()?.at;
    let last = cells.last()?.at;
    let (c0, c1) = cells.iter().fold((u32::MAX, 0), |(a, b), c| {
        (a.min(c.at.col), b.max(c.at.col))
    });
    Some((CellRef::new(first.row, c0), CellRef::new(last.row, c1)))
}

/// The numbers of the ranges within `lo..=hi`, sorted and once each.
fn expand(ranges: &[(u32, u32)], lo: u32, hi: u32) -> Vec<u32> {
    let mut out: Vec<u32> = ranges
        .iter()
        .filter_map(|&(a, b)| {
            let (a, b) = (a.max(lo), b.min(hi));
            (a <= b).then_some(a..=b)
        })
        .flatten()
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(row: u32, col: u32) -> GridCell {
        GridCell {
            at: CellRef::new(row, col),
            value: Value::Text("x".into()),
            fill: None,
        }
    }

    fn area(r0: u32, c0: u32, r1: u32, c1: u32, rgb: u32) -> FillArea {
        FillArea {
            first: CellRef::new(r0, c0),
            last: CellRef::new(r1, c1),
            rgb: Rgb(rgb),
        }
    }

    /// Fills land on the cells they cover; colour-only cells are kept only
    /// within the values' extent, however far an area runs (a million
    /// padded rows, a whole row of blanks).
    #[test]
    fn areas_are_cut_to_the_extent_of_the_values() {
        let mut sheet = Sheet {
            cells: vec![text(5, 4), text(2, 1)],
            ..Sheet::default()
        };
        let extras = Extras {
            fills: vec![
                area(5, 4, 5, 4, 0x00B050),
                area(3, 0, 1_048_575, 16_383, 0xFFC000),
                area(2, 1, 2, 2, 0xFF0000),
            ],
            merges: vec![Merge {
                first: CellRef::new(2, 1),
                last: CellRef::new(2, 3),
            }],
            hidden_rows: vec![(0, 3), (6, 1_000_000)],
            hidden_cols: vec![(4, 16_383)],
        };
        apply(&mut sheet, extras.clone(), true, 1_000);
        sheet.sort();
        // Rows 2 to 5, columns B to E, less C2 and D2 (no area covers them).
        assert_eq!(sheet.cells.len(), 14);
        let fill = |r, c| sheet.get(CellRef::new(r, c)).and_then(|c| c.fill);
        assert_eq!(fill(5, 4), Some(Rgb(0xFFC000)), "the later area wins");
        assert_eq!(fill(2, 1), Some(Rgb(0xFF0000)));
        assert_eq!(sheet.get(CellRef::new(2, 3)), None);
        assert_eq!(sheet.get(CellRef::new(4, 1)).unwrap().value, Value::Empty);
        assert_eq!(sheet.merges, extras.merges);
        assert_eq!(sheet.hidden_rows, vec![2, 3]);
        assert_eq!(sheet.hidden_cols, vec![4]);

        // With calamine's merges kept, and a cap on colour-only cells.
        let mut capped = Sheet {
            cells: vec![text(5, 4), text(2, 1)],
            ..Sheet::default()
        };
        apply(&mut capped, extras, false, 5);
        assert!(capped.merges.is_empty());
        assert_eq!(capped.cells.len(), 6);
    }

    #[test]
    fn a_sheet_without_values_gets_no_colour_only_cells() {
        let mut sheet = Sheet::default();
        let extras = Extras {
            fills: vec![area(0, 0, 10, 10, 0x00B050)],
            hidden_rows: vec![(1, 1)],
            ..Extras::default()
        };
        apply(&mut sheet, extras, true, 1_000);
        assert!(sheet.cells.is_empty() && sheet.hidden_rows.is_empty());
    }
}
