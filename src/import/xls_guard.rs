//! A look at an .xls file's sheets before calamine opens it. calamine's
//! `Xls::new` reads every sheet at once into a dense grid sized by the
//! extent of its cells (and reserves room for the extent its `DIMENSIONS`
//! record claims). A damaged file whose cells claim column 60,000 asks for
//! a grid of billions of cells: the allocation fails and the process
//! aborts, which no `catch_unwind` can contain.
//!
//! So this reads the file the way calamine will — the same lenient reading
//! of the compound file, the workbook stream found by the same names, each
//! sheet walked from the offset its `BoundSheet` record gives, nested
//! substreams skipped — and refuses a workbook whose sheets together span
//! more cells than one sheet of the format can hold (65,536 rows × 256
//! columns: about 540 MB of calamine's grid), or one that claims more.
//! It must not be stricter than calamine where calamine copes (a real file
//! would be refused), nor more lenient (the guard would look at different
//! bytes from the ones calamine reads: an earlier version used the `cfb`
//! crate, which gave up on a damaged directory that calamine read, and so
//! waved through a file that cost 9 GB).

/// The most cells an .xls sheet can have.
const MAX_CELLS: u64 = 65_536 * 256;

/// Why the file is refused, for [`super::read::ReadError::Corrupt`]; `None`
/// when it is small enough, or so damaged that calamine will refuse it too.
pub fn oversized_sheet(file: &[u8]) -> Option<String> {
    let stream = match compound::workbook_stream(file) {
        Ok(stream) => stream,
        Err(compound::Damage::Unreadable) => return None,
        Err(compound::Damage::Loops) => {
            return Some(
                "a chain of its sectors loops back on itself, so it never ends".to_string(),
            );
        }
    };
    let mut total = 0u64;
    for start in sheet_offsets(&stream) {
        let Some(records) = stream.get(start..) else {
            continue;
        };
        let (extent, claimed) = walk_sheet(records);
        if let Some((rows, cols)) = claimed
            && rows.saturating_mul(cols) > MAX_CELLS
        {
            return Some(format!(
                "a sheet claims {rows} rows × {cols} columns, more than an .xls sheet can hold"
            ));
        }
        if extent.cells() > MAX_CELLS {
            return Some(format!(
                "a sheet's cells span {} rows × {} columns, more than an .xls sheet can hold",
                extent.rows(),
                extent.cols()
            ));
        }
        total += extent.cells();
        if total > MAX_CELLS {
            return Some(format!(
                "its sheets span {total} cells between them, more than ragplan reads from an .xls file ({MAX_CELLS}); save it as .xlsx"
            ));
        }
    }
    None
}

/// BIFF records as calamine iterates them: type and data; `CONTINUE`
/// records (0x003C) belong to the record before them and are skipped. Stops
/// at a record that runs past the end (calamine fails the file there).
pub(super) fn records(mut stream: &[u8]) -> impl Iterator<Item = (u16, &[u8])> {
    std::iter::from_fn(move || {
        loop {
            let kind = u16::from_le_bytes([*stream.first()?, *stream.get(1)?]);
            let len = usize::from(u16::from_le_bytes([*stream.get(2)?, *stream.get(3)?]));
            let data = stream.get(4..4 + len)?;
            stream = &stream[4 + len..];
            if kind != 0x003C {
                return Some((kind, data));
            }
        }
    })
}

pub(super) fn u16_at(data: &[u8], i: usize) -> Option<u32> {
    data.get(i..i + 2)
        .map(|b| u32::from(u16::from_le_bytes([b[0], b[1]])))
}

pub(super) fn u32_at(data: &[u8], i: usize) -> Option<u32> {
    data.get(i..i + 4)
        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

/// Where each sheet's substream starts, from the `BoundSheet` records of the
/// globals substream (which ends at the first `EOF`). Several records may
/// give the same offset: calamine reads it once per record, so it counts
/// once per record here too.
pub(super) fn sheet_offsets(stream: &[u8]) -> Vec<usize> {
    records(stream)
        .take_while(|(kind, _)| *kind != 0x000A)
        .filter(|(kind, _)| *kind == 0x0085)
        .filter_map(|(_, data)| u32_at(data, 0))
        .filter_map(|pos| usize::try_from(pos).ok())
        .collect()
}

/// One sheet's substream: the extent of the cells calamine keeps, and the
/// rows × columns its `DIMENSIONS` record makes calamine reserve.
fn walk_sheet(stream: &[u8]) -> (Extent, Option<(u64, u64)>) {
    let mut extent = Extent::default();
    let mut claimed = None;
    for (kind, data) in sheet_records(stream) {
        match kind {
            0x0200 => claimed = claimed.or(dimensions(data)),
            // Cell records: row and column first. MULRK also ends with its last column.
            // (Blank cells are not kept by calamine, so they do not count.)
            0x0006 | 0x0203 | 0x0204 | 0x00D6 | 0x0205 | 0x027E | 0x00FD | 0x00BD => {
                let (Some(row), Some(col)) = (u16_at(data, 0), u16_at(data, 2)) else {
                    continue;
                };
                extent.add(row, col);
                if kind == 0x00BD
                    && let Some(last) = data.len().checked_sub(2).and_then(|i| u16_at(data, i))
                {
                    extent.add(row, last);
                }
            }
            _ => {}
        }
    }
    (extent, claimed)
}

/// A sheet substream's own records, as calamine walks them from the sheet's
/// offset: up to its `EOF`, the records of substreams nested in it
/// (embedded charts, which calamine skips) left out.
pub(super) fn sheet_records(stream: &[u8]) -> impl Iterator<Item = (u16, &[u8])> {
    let mut seen_bof = false;
    let mut nested = 0usize;
    records(stream)
        .filter(move |&(kind, _)| {
            if nested > 0 {
                match kind {
                    0x0809 => nested += 1,
                    0x000A => nested -= 1,
                    _ => {}
                }
                return false;
            }
            match kind {
                0x0809 if seen_bof => nested += 1,
                0x0809 => seen_bof = true,
                _ => return true,
            }
            false
        })
        .take_while(|&(kind, _)| kind != 0x000A)
}

/// Rows × columns of a `DIMENSIONS` record, computed as calamine does
/// (including its wrap-around when the last row is before the first, which
/// makes it reserve billions of cells).
fn dimensions(data: &[u8]) -> Option<(u64, u64)> {
    let (first_row, last_row, mut first_col, last_col) = match data.len() {
        10 => (
            u16_at(data, 0)?,
            u16_at(data, 2)?,
            u16_at(data, 4)?,
            u16_at(data, 6)?,
        ),
        14 | 16 => (
            u32_at(data, 0)?,
            u32_at(data, 4)?,
            u16_at(data, 8)?,
            u16_at(data, 10)?,
        ),
        _ => return None,
    };
    if first_col > 0xFF || last_col < first_col {
        first_col = 0;
    }
    let (end_row, end_col) = if last_row >= 1 && last_col >= 1 {
        (last_row - 1, last_col - 1)
    } else {
        (first_row, first_col)
    };
    let rows = end_row.wrapping_sub(first_row).wrapping_add(1);
    let cols = end_col.wrapping_sub(first_col).wrapping_add(1);
    Some((u64::from(rows), u64::from(cols)))
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

/// The compound-file (OLE) container, read as leniently as calamine's own
/// reader (`calamine/src/cfb.rs`, which is private): the header's sector
/// size, the DIFAT in the header and its chain, the FAT, the directory
/// chain, the mini stream; a stream is found by the first directory entry
/// whose name matches without regard to case.
pub(super) mod compound {
    const ENDOFCHAIN: u32 = 0xFFFF_FFFE;
    const DIFSECT: u32 = 0xFFFF_FFFC;
    const RESERVED: u32 = 0xFFFF_FFFA;
    const SIGNATURE: &[u8; 8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

    pub enum Damage {
        /// calamine will fail to read the file too, and say why.
        Unreadable,
        /// A chain of sectors runs through more sectors than the file has
        /// before it reaches the length it must have: it loops. calamine
        /// would follow it round until it had that many bytes (up to 4 GB
        /// for a stream, for ever for the directory).
        Loops,
    }

    use Damage::{Loops, Unreadable};

    /// The `Workbook` stream, or the older `Book`, as calamine finds it.
    pub fn workbook_stream(file: &[u8]) -> Result<Vec<u8>, Damage> {
        let container = Container::open(file)?;
        match container.stream("Workbook") {
            Err(Unreadable) => container.stream("Book"),
            found => found,
        }
    }

    struct Container<'a> {
        sectors: Sectors<'a>,
        fat: Vec<u32>,
        entries: Vec<Entry>,
        mini: Vec<u8>,
        mini_fat: Vec<u32>,
    }

    struct Entry {
        name: String,
        start: u32,
        len: usize,
    }

    fn u32s(bytes: &[u8]) -> Vec<u32> {
        bytes
            .chunks_exact(4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect()
    }

    impl<'a> Container<'a> {
        fn open(file: &'a [u8]) -> Result<Self, Damage> {
            let header = file.get(..512).ok_or(Unreadable)?;
            let u16_at = |i| super::u16_at(header, i).ok_or(Unreadable);
            let u32_at = |i| super::u32_at(header, i).ok_or(Unreadable);
            if &header[..8] != SIGNATURE || u16_at(32)? != 6 {
                return Err(Unreadable);
            }
            let version = u16_at(26)?;
            let size = match u16_at(30)? {
                9 => 512,
                12 => 4096,
                _ => return Err(Unreadable),
            };
            let sectors = Sectors {
                // The header fills the first sector; sector 0 follows it.
                data: file.get(size..).unwrap_or_default(),
                size,
                max_id: u32::try_from(file.len() / size).unwrap_or(u32::MAX),
            };
            let mut difat = u32s(&header[76..512]);
            let mut next = u32_at(68)?;
            let mut walked = 0u32;
            // calamine bounds this chain itself (and fails the file).
            while next < RESERVED {
                walked += 1;
                if walked > sectors.max_id.saturating_add(1) {
                    return Err(Unreadable);
                }
                difat.extend(u32s(sectors.get(next)?));
                next = difat.pop().ok_or(Unreadable)?;
            }
            let mut fat = Vec::new();
            for id in difat.into_iter().filter(|id| *id < DIFSECT) {
                fat.extend(u32s(sectors.get(id)?));
            }
            let directory = sectors.chain(u32_at(48)?, &fat, usize::MAX)?;
            let entries: Vec<Entry> = directory
                .chunks_exact(128)
                .map(|e| Entry::read(e, size))
                .collect::<Option<_>>()
                .ok_or(Unreadable)?;
            let root = entries.first().ok_or(Unreadable)?;
            if version != 3 && root.start == ENDOFCHAIN {
                return Err(Unreadable);
            }
            let mini_fat_len = usize::try_from(u32_at(64)?).map_err(|_| Unreadable)?;
            let (mini, mini_fat) = if mini_fat_len > 0 {
                let mini = sectors.chain(root.start, &fat, root.len)?;
                let mini_fat =
                    sectors.chain(u32_at(60)?, &fat, mini_fat_len.saturating_mul(size))?;
                (mini, u32s(&mini_fat))
            } else {
                (Vec::new(), Vec::new())
            };
            Ok(Container {
                sectors,
                fat,
                entries,
                mini,
                mini_fat,
            })
        }

        fn stream(&self, name: &str) -> Result<Vec<u8>, Damage> {
            let entry = self
                .entries
                .iter()
                .find(|e| e.name.eq_ignore_ascii_case(name))
                .ok_or(Unreadable)?;
            if entry.len < 4096 {
                let mini = Sectors {
                    data: &self.mini,
                    size: 64,
                    max_id: self.sectors.max_id.saturating_mul(8),
                };
                mini.chain(entry.start, &self.mini_fat, entry.len)
            } else {
                self.sectors.chain(entry.start, &self.fat, entry.len)
            }
        }
    }

    impl Entry {
        /// A directory entry as calamine reads it: the name from its 64
        /// bytes up to the first NUL (the name-length field, which a
        /// damaged file may get wrong, is not looked at), start and size.
        fn read(entry: &[u8], sector_size: usize) -> Option<Self> {
            let units: Vec<u16> = entry
                .get(..64)?
                .chunks_exact(2)
                .map(|b| u16::from_le_bytes([b[0], b[1]]))
                .collect();
            let mut name = String::from_utf16_lossy(&units);
            if let Some(end) = name.find('\0') {
                name.truncate(end);
            }
            let len = if sector_size == 512 {
                u64::from(super::u32_at(entry, 120)?)
            } else {
                u64::from_le_bytes(entry.get(120..128)?.try_into().ok()?)
            };
            Some(Entry {
                name,
                start: super::u32_at(entry, 116)?,
                len: usize::try_from(len).ok()?,
            })
        }
    }

    struct Sectors<'a> {
        data: &'a [u8],
        size: usize,
        max_id: u32,
    }

    impl Sectors<'_> {
        /// A sector; one cut short by the end of the file is returned short.
        fn get(&self, id: u32) -> Result<&[u8], Damage> {
            if id > self.max_id {
                return Err(Unreadable);
            }
            let start = usize::try_from(id)
                .ok()
                .and_then(|id| id.checked_mul(self.size))
                .ok_or(Unreadable)?;
            let end = start.saturating_add(self.size).min(self.data.len());
            Ok(self.data.get(start..end).unwrap_or_default())
        }

        /// Up to `len` bytes of the chain starting at `id`. A chain that
        /// visits more sectors than there are, still short of `len`, loops.
        fn chain(&self, mut id: u32, fat: &[u32], len: usize) -> Result<Vec<u8>, Damage> {
            let mut out = Vec::new();
            let mut walked = 0u32;
            while id != ENDOFCHAIN {
                walked += 1;
                if walked > self.max_id.saturating_add(1) {
                    return Err(Loops);
                }
                let sector = self.get(id)?;
                let take = sector.len().min(len - out.len());
                out.extend_from_slice(&sector[..take]);
                if out.len() >= len {
                    break;
                }
                id = *usize::try_from(id)
                    .ok()
                    .and_then(|id| fat.get(id))
                    .ok_or(Unreadable)?;
            }
            Ok(out)
        }
    }
}

/// Builders of BIFF records and compound files, shared with the tests of
/// [`super::xls_scan`].
#[cfg(test)]
pub(super) mod tests {
    use super::oversized_sheet;

    const END: u32 = 0xFFFF_FFFE;
    const FREE: u32 = 0xFFFF_FFFF;

    pub(in crate::import) fn record(kind: u16, data: &[u8]) -> Vec<u8> {
        let mut out = kind.to_le_bytes().to_vec();
        out.extend((data.len() as u16).to_le_bytes());
        out.extend(data);
        out
    }

    pub(in crate::import) fn bof(kind: u16) -> Vec<u8> {
        let mut data = vec![0u8; 16];
        data[..2].copy_from_slice(&0x0600u16.to_le_bytes());
        data[2..4].copy_from_slice(&kind.to_le_bytes());
        record(0x0809, &data)
    }

    fn number(row: u16, col: u16) -> Vec<u8> {
        let mut data = row.to_le_bytes().to_vec();
        data.extend(col.to_le_bytes());
        data.extend(0u16.to_le_bytes());
        data.extend(1.5f64.to_le_bytes());
        record(0x0203, &data)
    }

    fn dimensions(first_row: u32, last_row: u32, first_col: u16, last_col: u16) -> Vec<u8> {
        let mut data = first_row.to_le_bytes().to_vec();
        data.extend(last_row.to_le_bytes());
        data.extend(first_col.to_le_bytes());
        data.extend(last_col.to_le_bytes());
        data.extend([0, 0]);
        record(0x0200, &data)
    }

    /// A BIFF8 workbook stream: one `BoundSheet` per entry of `sheets`
    /// (an index into `substreams`, so two entries can share one), then
    /// the substreams, each framed by BOF and EOF.
    fn workbook(sheets: &[usize], substreams: &[Vec<Vec<u8>>]) -> Vec<u8> {
        workbook_with(&[], sheets, substreams)
    }

    /// [`workbook`] with more records in the globals substream (after its
    /// BOF, before the `BoundSheet` records).
    pub(in crate::import) fn workbook_with(
        globals: &[Vec<u8>],
        sheets: &[usize],
        substreams: &[Vec<Vec<u8>>],
    ) -> Vec<u8> {
        let bound = |pos: u32, i: usize| {
            let name = format!("Sheet{i}");
            let mut data = pos.to_le_bytes().to_vec();
            data.extend([0, 0, name.len() as u8, 0]);
            data.extend(name.bytes());
            record(0x0085, &data)
        };
        let globals_len = bof(5).len()
            + globals.iter().map(Vec::len).sum::<usize>()
            + (0..sheets.len()).map(|i| bound(0, i).len()).sum::<usize>()
            + 4;
        let bodies: Vec<Vec<u8>> = substreams
            .iter()
            .map(|records| {
                let mut body = bof(0x0010);
                records.iter().for_each(|r| body.extend(r));
                body.extend(record(0x000A, &[]));
                body
            })
            .collect();
        let mut starts = vec![globals_len];
        for body in &bodies {
            starts.push(starts.last().unwrap() + body.len());
        }
        let mut stream = bof(5);
        globals.iter().for_each(|r| stream.extend(r));
        for (i, &sheet) in sheets.iter().enumerate() {
            stream.extend(bound(starts[sheet] as u32, i));
        }
        stream.extend(record(0x000A, &[]));
        bodies.iter().for_each(|b| stream.extend(b));
        stream
    }

    /// A version-3 compound file (512-byte sectors) holding one stream:
    /// sector 0 the FAT, sector 1 the directory, the stream after them
    /// (padded to 4,096 bytes so it lives outside the mini stream).
    /// `directory_loops` points the directory's chain back at itself.
    pub(in crate::import) fn compound(
        name: &str,
        mut stream: Vec<u8>,
        directory_loops: bool,
    ) -> Vec<u8> {
        stream.resize(stream.len().max(4096).next_multiple_of(512), 0);
        let stream_sectors = (stream.len() / 512) as u32;
        let mut header = vec![0u8; 512];
        let mut put = |at: usize, bytes: &[u8]| header[at..at + bytes.len()].copy_from_slice(bytes);
        put(0, b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
        put(24, &0x003Eu16.to_le_bytes());
        put(26, &3u16.to_le_bytes());
        put(28, &0xFFFEu16.to_le_bytes());
        put(30, &9u16.to_le_bytes());
        put(32, &6u16.to_le_bytes());
        put(44, &1u32.to_le_bytes());
        put(48, &1u32.to_le_bytes());
        put(56, &4096u32.to_le_bytes());
        put(60, &END.to_le_bytes());
        put(68, &END.to_le_bytes());
        put(76, &0u32.to_le_bytes());
        for i in 1..109 {
            put(76 + 4 * i, &FREE.to_le_bytes());
        }
        let mut fat = vec![0xFFFF_FFFD, if directory_loops { 1 } else { END }];
        fat.extend((0..stream_sectors).map(|i| if i + 1 == stream_sectors { END } else { 3 + i }));
        fat.resize(128, FREE);
        let entry = |name: &str, kind: u8, child: u32, start: u32, size: u32| {
            let mut e = vec![0u8; 128];
            let units: Vec<u8> = name.encode_utf16().flat_map(u16::to_le_bytes).collect();
            e[..units.len()].copy_from_slice(&units);
            e[64..66].copy_from_slice(&((units.len() + 2) as u16).to_le_bytes());
            e[66] = kind;
            e[68..80].copy_from_slice(&[0xFF; 12]);
            e[76..80].copy_from_slice(&child.to_le_bytes());
            e[116..120].copy_from_slice(&start.to_le_bytes());
            e[120..124].copy_from_slice(&size.to_le_bytes());
            e
        };
        let mut file = header;
        file.extend(fat.iter().flat_map(|v| v.to_le_bytes()));
        file.extend(entry("Root Entry", 5, 1, END, 0));
        file.extend(entry(name, 2, FREE, 2, stream.len() as u32));
        file.extend(vec![0u8; 256]);
        file.extend(stream);
        file
    }

    fn xls(sheets: &[usize], substreams: &[Vec<Vec<u8>>]) -> Vec<u8> {
        compound("Workbook", workbook(sheets, substreams), false)
    }

    /// The builder makes files calamine reads, so the guard is tried on
    /// what calamine would see.
    #[test]
    fn calamine_reads_the_built_files() {
        use calamine::Reader;
        let file = xls(&[0], &[vec![dimensions(0, 5, 0, 3), number(4, 2)]]);
        let mut book = calamine::Xls::new(std::io::Cursor::new(file)).unwrap();
        let range = book.worksheet_range("Sheet0").unwrap();
        assert_eq!(range.start(), Some((4, 2)));
        assert_eq!(range.get_value((4, 2)), Some(&calamine::Data::Float(1.5)));
    }

    #[test]
    fn a_sheet_within_the_format_passes() {
        let file = xls(
            &[0],
            &[vec![
                dimensions(0, 65_536, 0, 256),
                number(0, 0),
                number(65_535, 255),
            ]],
        );
        assert_eq!(oversized_sheet(&file), None);
    }

    #[test]
    fn cells_beyond_the_format_are_refused() {
        let file = xls(&[0], &[vec![number(0, 0), number(1_000, 60_000)]]);
        assert_eq!(
            oversized_sheet(&file).as_deref(),
            Some(
                "a sheet's cells span 1001 rows × 60001 columns, more than an .xls sheet can hold"
            )
        );
    }

    /// calamine reads a sheet once per `BoundSheet` record, so two records
    /// pointing at one substream cost it twice.
    #[test]
    fn sheets_sharing_a_substream_count_once_each() {
        let half = vec![number(0, 0), number(40_000, 255)];
        assert_eq!(
            oversized_sheet(&xls(&[0], std::slice::from_ref(&half))),
            None
        );
        assert_eq!(
            oversized_sheet(&xls(&[0, 0], &[half])).as_deref(),
            Some(
                "its sheets span 20480512 cells between them, more than ragplan reads from an .xls file (16777216); save it as .xlsx"
            )
        );
    }

    /// A last row before the first wraps round in calamine's arithmetic,
    /// and it reserves room for billions of cells.
    #[test]
    fn dimensions_ending_before_they_start_are_refused() {
        let file = xls(&[0], &[vec![dimensions(10, 5, 0, 3), number(0, 0)]]);
        assert_eq!(
            oversized_sheet(&file).as_deref(),
            Some("a sheet claims 4294967291 rows × 3 columns, more than an .xls sheet can hold")
        );
    }

    /// An embedded chart is a substream inside the sheet's; calamine skips
    /// its records, so its cells do not count.
    #[test]
    fn cells_of_an_embedded_chart_do_not_count() {
        let chart = [bof(0x0020), number(2_000, 60_000), record(0x000A, &[])].concat();
        let file = xls(&[0], &[vec![number(0, 0), chart, number(3, 3)]]);
        assert_eq!(oversized_sheet(&file), None);
    }

    /// The stream is found by name without regard to case, and an old
    /// `Book` stream is read like a `Workbook` one.
    #[test]
    fn the_stream_is_found_as_calamine_finds_it() {
        let big = workbook(&[0], &[vec![number(0, 0), number(1_000, 60_000)]]);
        for name in ["WORKBOOK", "Book"] {
            assert!(
                oversized_sheet(&compound(name, big.clone(), false)).is_some(),
                "{name}"
            );
        }
    }

    #[test]
    fn a_directory_chain_that_loops_is_refused() {
        let file = compound("Workbook", workbook(&[0], &[vec![number(0, 0)]]), true);
        assert_eq!(
            oversized_sheet(&file).as_deref(),
            Some("a chain of its sectors loops back on itself, so it never ends")
        );
    }

    /// Too damaged for calamine too: it says so itself.
    #[test]
    fn files_calamine_refuses_are_left_to_it() {
        assert_eq!(oversized_sheet(b""), None);
        assert_eq!(oversized_sheet(&[0u8; 600]), None);
        let mut no_stream = xls(&[0], &[vec![number(0, 0)]]);
        no_stream[512 + 512 + 128..512 + 512 + 128 + 16].fill(0);
        assert_eq!(oversized_sheet(&no_stream), None);
    }
}
