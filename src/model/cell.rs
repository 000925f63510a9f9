//! Where a value came from: file, sheet and cell.

use std::fmt;

/// Index of a file in [`crate::model::Plan::files`]. (`u32`, like the
/// sheet index in [`Source`]: a source is held for every cell the plan
/// reads, and half-width indexes make it 16 bytes, not 24.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileId(pub u32);

impl FileId {
    /// The id of the `index`th input file (there are never 4 billion).
    pub fn from_index(index: usize) -> Self {
        FileId(index as u32)
    }

    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// A cell position, 0-based, displayed in A1 notation (`H14`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CellRef {
    pub row: u32,
    pub col: u32,
}

impl CellRef {
    pub const fn new(row: u32, col: u32) -> Self {
        CellRef { row, col }
    }

    /// The column letters (`A`, `Z`, `AA`, `XFD`).
    pub fn column_name(col: u32) -> String {
        let mut n = col as u64 + 1;
        let mut out = Vec::new();
        while n > 0 {
            let rem = ((n - 1) % 26) as u8;
            out.push(b'A' + rem);
            n = (n - 1) / 26;
        }
        out.reverse();
        String::from_utf8(out).unwrap_or_default()
    }

    /// Parses `B7` or `$B$7` (no sheet part). Returns `None` on anything else.
    pub fn parse(a1: &str) -> Option<CellRef> {
        let s = a1.trim().replace('$', "");
        let split = s.find(|c: char| c.is_ascii_digit())?;
        let (letters, digits) = s.split_at(split);
        if letters.is_empty()
            || letters.len() > 3
            || !letters.bytes().all(|b| b.is_ascii_alphabetic())
        {
            return None;
        }
        let mut col: u64 = 0;
        for b in letters.bytes() {
            col = col * 26 + u64::from(b.to_ascii_uppercase() - b'A' + 1);
        }
        let row: u64 = digits.parse().ok()?;
        if row == 0 || row > 1_048_576 || col > 16_384 {
            return None;
        }
        Some(CellRef::new((row - 1) as u32, (col - 1) as u32))
    }
}

impl fmt::Display for CellRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", Self::column_name(self.col), self.row + 1)
    }
}

/// The provenance of a value: which file, which sheet (index into the file's
/// sheet list), which cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Source {
    pub file: FileId,
    pub sheet: u32,
    pub cell: CellRef,
}

impl Source {
    /// The sheet's index in its workbook's list of sheets.
    pub fn sheet_index(&self) -> usize {
        self.sheet as usize
    }
}

/// A solid fill colour as `0xRRGGBB`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgb(pub u32);

impl Rgb {
    pub fn channels(self) -> (i32, i32, i32) {
        (
            ((self.0 >> 16) & 0xFF) as i32,
            ((self.0 >> 8) & 0xFF) as i32,
            (self.0 & 0xFF) as i32,
        )
    }
}

impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:06X}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a1_round_trip() {
        for (a1, row, col) in [
            ("A1", 0, 0),
            ("H14", 13, 7),
            ("Z9", 8, 25),
            ("AA1", 0, 26),
            ("XFD1048576", 1_048_575, 16_383),
        ] {
            let c = CellRef::parse(a1).unwrap();
            assert_eq!((c.row, c.col), (row, col), "{a1}");
            assert_eq!(c.to_string(), a1);
        }
        assert_eq!(CellRef::parse("$B$7"), Some(CellRef::new(6, 1)));
        assert_eq!(CellRef::parse("7B"), None);
        assert_eq!(CellRef::parse("A0"), None);
        assert_eq!(CellRef::parse(""), None);
    }
}
