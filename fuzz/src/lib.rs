//! What both fuzz targets share: the panic policy and the path they drive.

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
    let path = std::env::temp_dir().join(format!("ragplan-fuzz-{target}-{}", std::process::id()));
    if std::fs::write(&path, bytes).is_err() {
        return;
    }
    // The whole grid is kept: the human report draws the rows around each finding.
    let loaded = ragplan::import::load(std::slice::from_ref(&path), &Default::default());
    let findings = ragplan::check::check(&loaded, &Default::default());
    let _ = ragplan::report::short::render(&loaded, &findings);
    let _ = ragplan::report::json::render(&loaded, &findings);
    let style = ragplan::report::human::Style {
        color: false,
        width: 100,
    };
    let _ = ragplan::report::human::render(&loaded, &findings, style);
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
