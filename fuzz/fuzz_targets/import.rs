//! Feeds arbitrary bytes to the whole read-and-check path: format sniffing,
//! the readers, the grid, header detection, every layout and every rule.
//! Anything but a panic or an abort is a pass: unreadable input must become
//! an `unreadable-file` finding.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(init: ragplan_fuzz::abort_on_own_panics(), |data: &[u8]| {
    ragplan_fuzz::read_check_report("import", data);
});
