//! The floor for any checker: calamine streaming every cell of every sheet
//! of a workbook, nothing else. Shared by `benches/check.rs` and
//! `examples/bare_read.rs` (which `scripts/bench.sh` times as a process).

use std::path::Path;

use calamine::{Reader, Xlsx, open_workbook};

/// Reads every cell; returns how many there were.
pub fn bare_read(path: &Path) -> Result<usize, calamine::XlsxError> {
    let mut wb: Xlsx<_> = open_workbook(path)?;
    let mut n = 0;
    for name in wb.sheet_names() {
        let mut cells = wb.worksheet_cells_reader(&name)?;
        while let Some(_cell) = cells.next_cell()? {
            n += 1;
        }
    }
    Ok(n)
}
