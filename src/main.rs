fn main() {
    let paths: Vec<std::path::PathBuf> = std::env::args().skip(1).map(Into::into).collect();
    let loaded = ragplan::import::load(&paths, &ragplan::model::Scheme::default());
    for i in &loaded.inputs {
        if let Err(e) = &i.workbook {
            println!("ERR {}: {e}", i.path.display());
        }
    }
    for p in &loaded.plan.priorities {
        println!(
            "== {:?} {:?} stated={:?} periods={:?}",
            p.number,
            p.title.as_ref().map(|t| &t.value[..40.min(t.value.len())]),
            p.stated_status
                .as_ref()
                .map(|t| (&t.value, t.source.cell.to_string())),
            p.periods
                .iter()
                .map(|x| (&x.label, x.source.cell.to_string()))
                .collect::<Vec<_>>()
        );
        for f in &p.focus_areas {
            println!("  FA {:?} @{}", f.reference, f.title.source.cell);
            for a in &f.actions {
                println!(
                    "    {:?} @{} lead={:?} st={:?} extra={:?}",
                    a.id,
                    a.text.source.cell,
                    a.leads,
                    a.statuses
                        .iter()
                        .map(|s| format!("{}@{}", s.value, s.source.cell))
                        .collect::<Vec<_>>(),
                    a.extra
                        .iter()
                        .map(|e| (&e.name, e.value.source.cell.to_string()))
                        .collect::<Vec<_>>()
                );
            }
        }
    }
}
