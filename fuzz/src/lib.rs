//! What both fuzz targets share: the panic policy, the path they drive and
//! the properties checked on every input — a workbook the reader accepts
//! unzips within its budget, and no rendered report holds a control byte.

use std::io::{Cursor, Read};

use ragplan::import::zip_budget::Budget;

/// Budgets small enough for fuzzed inputs to reach (the samples' parts are
/// tens of kilobytes; the defaults, 256 MiB a part, are out of reach).
pub const BUDGET: Budget = Budget {
    part_bytes: 1 << 20,
    workbook_bytes: 4 << 20,
    value_bytes: 64 << 10,
};

/// A panic in a dependency's reader is contained by `read_workbook` (and
/// reported as an unreadable file); a panic in ragplan's own code is a
/// crash the fuzzer must see.
pub fn abort_on_own_panics() {
    std::panic::set_hook(Box::new(|info| {
        if !ragplan::import::read::in_dependency(info) {
            eprintln!("{info}");
            std::process::abort();
        }
    }));
}

/// Writes `bytes` to a temporary file named after `target` and this
/// process, and reads, checks and reports it in every format, as `ragplan
/// check` would (the HTML report too), then writes the master, as `ragplan build` would, when
/// there is a plan to write.
pub fn read_check_report(target: &str, bytes: &[u8]) {
    within_budget(bytes);
    let path = std::env::temp_dir().join(format!("ragplan-fuzz-{target}-{}", std::process::id()));
    if std::fs::write(&path, bytes).is_err() {
        return;
    }
    // The whole grid is kept: the human report draws the rows around each finding.
    let loaded = ragplan::import::load(std::slice::from_ref(&path), &Default::default());
    let findings = ragplan::check::check(&loaded, &Default::default());
    terminal_safe("short", &ragplan::report::short::render(&loaded, &findings));
    let _ = ragplan::report::json::render(&loaded, &findings);
    let style = ragplan::report::human::Style {
        color: false,
        width: 100,
    };
    terminal_safe(
        "human",
        &ragplan::report::human::render(&loaded, &findings, style),
    );
    let _ = ragplan::report::html::write(
        &loaded,
        &findings,
        &Default::default(),
        &mut std::io::sink(),
    );
    if !loaded.plan.priorities.is_empty() && !loaded.any_unreadable() {
        let _ = ragplan::export::build_bytes(&loaded, &findings, &Default::default());
    }
}

/// The size-budget check: when the reader accepts a zip within [`BUDGET`],
/// no part of it unzips to more than the part budget, nor all of them to
/// more than the workbook's (counted here independently, each part read to
/// its end or to its damage, as a reader would).
fn within_budget(bytes: &[u8]) {
    // Only zips unzip (an .xls is read as it is).
    if !bytes.starts_with(b"PK")
        || ragplan::import::read::read_bytes_within("fuzz", bytes, BUDGET).is_err()
    {
        return;
    }
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return;
    };
    let mut total = 0;
    for i in 0..zip.len() {
        let Ok(entry) = zip.by_index(i) else { continue };
        let name = entry.name().map(|n| n.into_owned()).unwrap_or_default();
        let mut part = entry.take(BUDGET.part_bytes + 1);
        let mut chunk = vec![0u8; 64 << 10];
        let mut n = 0;
        while let Ok(k @ 1..) = part.read(&mut chunk) {
            n += k as u64;
        }
        assert!(
            n <= BUDGET.part_bytes,
            "accepted a workbook whose part {name} unzips past its budget"
        );
        total += n;
    }
    assert!(
        total <= BUDGET.workbook_bytes,
        "accepted a workbook that unzips past its budget ({total} bytes)"
    );
}

/// The terminal-output check: a report printed to a terminal holds no
/// control character but the line break (ESC, BEL, C1…) and no
/// bidirectional override, whatever the file held.
fn terminal_safe(report: &str, text: &str) {
    if let Some(c) = text.chars().find(|c| {
        (c.is_control() && *c != '\n')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    }) {
        panic!("the {report} report holds {}", c.escape_unicode());
    }
}
