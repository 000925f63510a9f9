//! The XML inside a workbook, fuzzed. Arbitrary bytes fed to `import` rarely
//! get past a zip's checksums, so calamine's XML readers and ragplan's own
//! scans of the XML are barely reached. Here the first byte chooses a part —
//! an xlsx sheet, its shared strings, its styles, or an .ods's content — the
//! rest becomes that part, put back into a sample workbook (stored, so the
//! checksums are right), and the whole read-and-check path runs on it.
#![no_main]

use std::io::{Cursor, Read, Write};
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

static XLSX: &[u8] = include_bytes!("../../samples/priority-1.xlsx");
static ODS: &[u8] = include_bytes!("../../tests/fixtures/libreoffice/priority-1.ods");

/// The parts that can be replaced: (template, part name).
const PARTS: [(usize, &str); 4] = [
    (0, "xl/worksheets/sheet1.xml"),
    (0, "xl/sharedStrings.xml"),
    (0, "xl/styles.xml"),
    (1, "content.xml"),
];

/// Each template's entries, unzipped once.
fn templates() -> &'static [Vec<(String, Vec<u8>)>; 2] {
    static ENTRIES: OnceLock<[Vec<(String, Vec<u8>)>; 2]> = OnceLock::new();
    ENTRIES.get_or_init(|| {
        [XLSX, ODS].map(|bytes| {
            let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a sample workbook");
            (0..zip.len())
                .map(|i| {
                    let mut entry = zip.by_index(i).expect("an entry");
                    let name = entry.name().expect("a name").to_string();
                    let mut data = Vec::new();
                    entry.read_to_end(&mut data).expect("readable");
                    (name, data)
                })
                .collect()
        })
    })
}

fuzz_target!(init: {
    ragplan_fuzz::abort_on_own_panics();
    templates();
}, |data: &[u8]| {
    let Some((&choice, xml)) = data.split_first() else { return };
    let (template, part) = PARTS[usize::from(choice) % PARTS.len()];
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored);
    for (name, bytes) in &templates()[template] {
        if name.ends_with('/') {
            continue;
        }
        out.start_file(name.as_str(), stored).expect("in memory");
        out.write_all(if name == part { xml } else { bytes }).expect("in memory");
    }
    let bytes = out.finish().expect("in memory").into_inner();
    ragplan_fuzz::read_check_report("xml", &bytes);
});
