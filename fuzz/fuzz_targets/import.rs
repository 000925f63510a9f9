//! Feeds arbitrary bytes to the whole read-and-check path: format sniffing,
//! the readers, the grid, header detection, every layout and every rule.
//! Anything but a panic or an abort is a pass: unreadable input must become
//! an `unreadable-file` finding.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(init: {
    // A panic in a dependency's reader is contained by `read_workbook` (and
    // reported as an unreadable file); a panic in ragplan's own code is a
    // crash the fuzzer must see.
    std::panic::set_hook(Box::new(|info| {
        if !ragplan::import::read::in_dependency(info) {
            eprintln!("{info}");
            std::process::abort();
        }
    }));
}, |data: &[u8]| {
    let path = std::env::temp_dir().join(format!("ragplan-fuzz-{}.xlsx", std::process::id()));
    if std::fs::write(&path, data).is_err() {
        return;
    }
    let loaded = ragplan::import::load(std::slice::from_ref(&path), &Default::default());
    let findings = ragplan::check::check(&loaded, &Default::default());
    let _ = ragplan::report::short::render(&loaded, &findings);
});
