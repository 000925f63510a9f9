//! The human report, exactly (colour off), reviewed as an insta snapshot.

use ragplan::report::human::{Style, render};

use crate::common::{run, sample_paths};

#[test]
fn human_report_on_samples() {
    let (loaded, findings) = run(&sample_paths());
    insta::assert_snapshot!(
        "human_samples",
        render(
            &loaded,
            &findings,
            Style {
                color: false,
                width: 100
            }
        )
    );
}

#[test]
fn short_and_json_on_priority_1() {
    let (loaded, findings) = run(&sample_paths()[..1]);
    insta::assert_snapshot!(
        "short_priority_1",
        ragplan::report::short::render(&loaded, &findings)
    );
    insta::assert_snapshot!(
        "json_priority_1",
        ragplan::report::json::render(&loaded, &findings)
    );
}
