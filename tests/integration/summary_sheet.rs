//! The master's Summary, read back with calamine (and its chart XML from the
//! zip): a section per document, its own total, its trend tables, charts
//! only of priorities with a status, links to each priority's own first
//! finding, counts as numbers, periods as dates, its print settings; and
//! `ragplan summary` / `summary --trend` on the same inputs.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use calamine::{Data, Range, Reader, Xlsx, open_workbook};

use crate::common::{monitoring_head, temp, write_rows};

fn ragplan() -> Command {
    let mut cmd = Command::cargo_bin("ragplan").unwrap();
    cmd.env("NO_COLOR", "1")
        .env("SOURCE_DATE_EPOCH", "1795392000");
    cmd
}

fn build(dir: &Path, inputs: &[&Path]) -> PathBuf {
    let out = dir.join("master.xlsx");
    ragplan()
        .arg("build")
        .args(inputs)
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    out
}

fn stdout(args: &[&str]) -> String {
    let out = ragplan().args(args).assert().success().get_output().clone();
    String::from_utf8(out.stdout).unwrap()
}

/// The Summary's values and formulas, and the Findings sheet's values.
struct Summary {
    values: Range<Data>,
    formulas: Range<String>,
    findings: Range<Data>,
    path: PathBuf,
}

impl Summary {
    fn open(path: &Path) -> Summary {
        let mut wb: Xlsx<_> = open_workbook(path).unwrap();
        Summary {
            values: wb.worksheet_range("Summary").unwrap(),
            formulas: wb.worksheet_formula("Summary").unwrap(),
            findings: wb.worksheet_range("Findings").unwrap(),
            path: path.to_path_buf(),
        }
    }

    /// The value at a 0-based (row, col), `Empty` when there is none.
    fn at(&self, row: u32, col: u32) -> Data {
        self.values
            .get_value((row, col))
            .cloned()
            .unwrap_or(Data::Empty)
    }

    fn text(&self, row: u32, col: u32) -> String {
        self.at(row, col).to_string()
    }

    fn number(&self, row: u32, col: u32) -> f64 {
        match self.at(row, col) {
            Data::Float(n) => n,
            other => panic!("({row}, {col}) is {other:?}, not a number"),
        }
    }

    /// Counts F–M (Blue, Green, Amber, Red, Grey, Split, No status, Actions), as numbers.
    fn counts(&self, row: u32) -> Vec<f64> {
        (5..13).map(|c| self.number(row, c)).collect()
    }

    fn formula(&self, row: u32, col: u32) -> String {
        let (r0, c0) = self.formulas.start().unwrap_or((0, 0));
        self.formulas
            .get((
                (row.saturating_sub(r0)) as usize,
                (col.saturating_sub(c0)) as usize,
            ))
            .cloned()
            .unwrap_or_default()
    }

    /// The first row at or after `from` whose column A reads `text`.
    fn row_of(&self, text: &str, from: u32) -> u32 {
        let end = self.values.end().unwrap().0;
        (from..=end)
            .find(|r| self.text(*r, 0) == text)
            .unwrap_or_else(|| panic!("no row {text:?} from {from}"))
    }

    /// The section headings, in order: the row above each priority table's header.
    fn headings(&self) -> Vec<String> {
        let end = self.values.end().unwrap().0;
        (1..=end)
            .filter(|r| self.text(*r, 0) == "Priority" && self.text(*r, 1) == "Problem statement")
            .map(|r| self.text(r - 1, 0))
            .collect()
    }

    /// One part of the xlsx zip.
    fn part(&self, name: &str) -> String {
        crate::common::zip_part(&self.path, name)
    }
}

fn month(d: &Data) -> (u16, u8, u8) {
    match d {
        Data::DateTime(dt) => {
            let (y, m, day, ..) = dt.to_ymd_hms_milli();
            (y, m, day)
        }
        other => panic!("{other:?} is not a date"),
    }
}

const NO_STATUS: &str = "no status reported yet in any period (not charted)";

#[test]
fn the_samples_summary_has_a_section_per_document() {
    let dir = temp();
    let out = build(dir.path(), &[Path::new("samples")]);
    let s = Summary::open(&out);
    assert_eq!(
        s.headings(),
        [
            "Monitoring reports: lakeside-review-grid.xlsx",
            "Monitoring reports: southvale-monthly-progress.xls",
            "Monitoring reports: priority-1.xlsx, priority-2.xlsx, priority-7.xlsx",
            "Written Statement of Action",
            "Implementation plan",
            "eastmoor-wsoa-tracker.ods",
            "fenwick-delivery-plan.xlsx",
            "harbour-highlight-report.xlsx",
            "northfield-workstream-plan.xlsx",
            "oakham-app-form.xlsx",
            "riverside-recovery-tracker.xlsx",
            "westbrook-theme-sheets.xlsx",
        ]
    );
    // A total per document, none for the workbook.
    let end = s.values.end().unwrap().0;
    let totals: Vec<u32> = (0..=end)
        .filter(|r| s.text(*r, 0) == "All priorities in this document")
        .collect();
    assert_eq!(totals.len(), 12);
    assert!((0..=end).all(|r| s.text(r, 0) != "All priorities"));

    // The seeds' monitoring reports: rows, total, trend tables.
    let heading = s.row_of(
        "Monitoring reports: priority-1.xlsx, priority-2.xlsx, priority-7.xlsx",
        0,
    );
    let p1 = heading + 2;
    assert_eq!(
        (s.text(p1, 0), s.text(p1 + 1, 0), s.text(p1 + 2, 0)),
        (
            "Priority 1 (2)".into(),
            "Priority 2 (2)".into(),
            "Priority 7".into()
        )
    );
    // Priority 2: A for Dec-21 (a date cell), 5 G, 3 A, 1 split of 9.
    assert_eq!(s.text(p1 + 1, 3), "A");
    assert_eq!(month(&s.at(p1 + 1, 4)), (2021, 12, 1));
    assert_eq!(s.counts(p1 + 1), [0., 5., 3., 0., 0., 1., 0., 9.]);
    let total = p1 + 3;
    assert_eq!(s.text(total, 0), "All priorities in this document");
    assert_eq!(s.counts(total), [0., 22., 3., 0., 0., 3., 0., 28.]);
    assert_eq!(s.number(total, 13), 22.0 / 28.0);
    assert_eq!((s.number(total, 15), s.number(total, 16)), (2., 13.));

    let by_period = s.row_of("Actions by status in each period", total);
    assert_eq!(s.text(by_period + 1, 0), "Period");
    let periods: Vec<_> = (0..4)
        .map(|i| {
            (
                month(&s.at(by_period + 2 + i, 0)),
                s.counts(by_period + 2 + i),
            )
        })
        .collect();
    assert_eq!(
        periods,
        [
            ((2019, 12, 1), vec![0., 5., 18., 3., 1., 1., 0., 28.]),
            ((2020, 1, 1), vec![0., 11., 16., 0., 1., 0., 0., 28.]),
            ((2021, 4, 1), vec![0., 21., 7., 0., 0., 0., 0., 28.]),
            ((2021, 12, 1), vec![0., 22., 3., 0., 0., 3., 0., 28.]),
        ]
    );
    let shares = s.row_of(
        "Share of actions complete or embedded (Green or Blue), by period",
        by_period,
    );
    let header = shares + 1;
    assert_eq!(
        (2..6).map(|c| s.text(header, c)).collect::<Vec<_>>(),
        ["Dec-19", "Jan-20", "Apr-21", "Dec-21"]
    );
    let share_rows: Vec<(String, Vec<f64>)> = (0..3)
        .map(|i| {
            let r = header + 1 + i;
            (s.text(r, 0), (2..6).map(|c| s.number(r, c)).collect())
        })
        .collect();
    assert_eq!(
        share_rows,
        [
            ("Priority 1 (2)".into(), vec![0.4, 0.5, 1.0, 1.0]),
            (
                "Priority 2 (2)".into(),
                vec![1. / 9., 2. / 9., 5. / 9., 5. / 9.]
            ),
            ("Priority 7".into(), vec![0.0, 4. / 9., 6. / 9., 7. / 9.]),
        ]
    );

    // The WSoA has no status anywhere: listed, said, not charted.
    let wsoa = s.row_of("Written Statement of Action", 0) + 2;
    for k in 0..8 {
        assert_eq!(s.text(wsoa + k, 0), format!("WSoA Priority {}", k + 1));
        assert_eq!(s.text(wsoa + k, 3), NO_STATUS);
    }
    assert_eq!(s.number(wsoa, 12), 7.0);
    assert_eq!(
        s.text(s.row_of("All priorities in this document", wsoa) + 2, 0),
        "No status has been reported in this document yet: nothing to chart."
    );

    // Each WSoA priority's errors link to its own first error.
    let findings_end = s.findings.end().unwrap().0;
    let mut targets = Vec::new();
    for k in 0..8 {
        let row = wsoa + k;
        let errors = s.number(row, 15);
        let sheet = format!("'WSoA Priority {}'!", k + 1);
        let first = (1..=findings_end).find(|r| {
            let cell = |c| {
                s.findings
                    .get_value((*r, c))
                    .map(|d| d.to_string())
                    .unwrap_or_default()
            };
            cell(0) == "error" && cell(3).starts_with(&sheet)
        });
        match first {
            Some(r) => {
                assert!(errors > 0.0, "{sheet}");
                assert_eq!(
                    s.formula(row, 15),
                    format!("HYPERLINK(\"#'Findings'!A{}\",{errors})", r + 1),
                    "{sheet}"
                );
                targets.push(r);
            }
            None => {
                assert_eq!(errors, 0.0, "{sheet}");
                assert_eq!(s.formula(row, 15), "", "{sheet}: no link without errors");
            }
        }
    }
    assert_eq!(targets.len(), 3, "WSoA Priorities 1, 3 and 5 have errors");
    assert!(
        targets.windows(2).all(|w| w[0] < w[1]),
        "each its own finding: {targets:?}"
    );

    // Printed: A4 landscape at 73%, no fit to width, no repeated rows, a
    // page break before each of the ten charted documents' chart pages.
    let sheet = s.part("xl/worksheets/sheet1.xml");
    assert!(
        sheet.contains(r#"<pageSetup paperSize="9" scale="73" orientation="landscape""#),
        "{}",
        &sheet[sheet.find("<pageSetup").unwrap()..][..120]
    );
    assert!(!sheet.contains("fitToPage"));
    assert!(sheet.contains(r#"<rowBreaks count="10" manualBreakCount="10">"#));
    let workbook = s.part("xl/workbook.xml");
    assert!(
        !workbook.contains("Summary!$"),
        "no print titles on the Summary"
    );
}

/// Two areas' monitoring reports given together (nobody in common): two
/// documents, each with its own total, trend and charts; a priority without
/// a status is listed and left out of the charts.
#[test]
fn a_two_document_master() {
    let dir = temp();
    let north = dir.path().join("north.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet().set_name("Priority 1").unwrap();
    monitoring_head(ws, 0, "Priority 1: Leadership", &["Dec-21", "Apr-22"], &[]);
    write_rows(
        ws,
        4,
        &[
            [
                "1.1 Vision",
                "A. Agree the vision",
                "Tim Moss",
                "Vision agreed",
                "A",
                "G",
            ],
            [
                "",
                "B. Publish the plan",
                "Tim Moss",
                "Plan online",
                "R",
                "A",
            ],
        ],
    );
    let ws = wb.add_worksheet().set_name("Priority 2").unwrap();
    monitoring_head(
        ws,
        0,
        "Priority 2: Co-production",
        &["Dec-21", "Apr-22"],
        &[],
    );
    write_rows(
        ws,
        4,
        &[[
            "2.1 Forum",
            "A. Start a parent forum",
            "Tim Moss",
            "Forum meets",
        ]],
    );
    wb.save(&north).unwrap();
    let south = dir.path().join("south.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet().set_name("Priority 1").unwrap();
    monitoring_head(ws, 0, "Priority 1: Transitions", &["Jan-22"], &[]);
    write_rows(
        ws,
        4,
        &[
            [
                "1.1 Adulthood",
                "A. Map the pathways",
                "Ann Lee",
                "Map shared",
                "B",
            ],
            ["", "B. Train the staff", "Ann Lee", "Staff trained", "G"],
            ["", "C. Review the cases", "Ann Lee", "Cases reviewed", "A"],
        ],
    );
    wb.save(&south).unwrap();

    let out = build(dir.path(), &[&north, &south]);
    let s = Summary::open(&out);
    assert_eq!(
        s.headings(),
        [
            "Monitoring reports: north.xlsx",
            "Monitoring reports: south.xlsx"
        ]
    );
    // North: Priority 1 (1 G, 1 A in Apr-22), then Priority 2 with none.
    let n = s.row_of("Monitoring reports: north.xlsx", 0) + 2;
    assert_eq!(s.text(n, 0), "Priority 1");
    assert_eq!(month(&s.at(n, 4)), (2022, 4, 1));
    assert_eq!(s.counts(n), [0., 1., 1., 0., 0., 0., 0., 2.]);
    assert_eq!(s.text(n + 1, 0), "Priority 2");
    assert_eq!(s.text(n + 1, 3), NO_STATUS);
    assert_eq!(s.number(n + 1, 12), 1.0);
    assert_eq!(s.text(n + 2, 0), "All priorities in this document");
    assert_eq!(s.counts(n + 2), [0., 1., 1., 0., 0., 0., 1., 3.]);
    let by_period = s.row_of("Actions by status in each period", n) + 2;
    assert_eq!(month(&s.at(by_period, 0)), (2021, 12, 1));
    assert_eq!(s.counts(by_period), [0., 0., 1., 1., 0., 0., 1., 3.]);
    assert_eq!(s.counts(by_period + 1), [0., 1., 1., 0., 0., 0., 1., 3.]);
    let shares = s.row_of(
        "Share of actions complete or embedded (Green or Blue), by period",
        by_period,
    ) + 1;
    assert_eq!(
        (s.text(shares, 2), s.text(shares, 3)),
        ("Dec-21".into(), "Apr-22".into())
    );
    assert_eq!(s.text(shares + 1, 0), "Priority 1");
    assert_eq!(
        (s.number(shares + 1, 2), s.number(shares + 1, 3)),
        (0.0, 0.5)
    );
    assert_ne!(s.text(shares + 2, 0), "Priority 2", "not charted");

    // South: its own total, never added to North's.
    let so = s.row_of("Monitoring reports: south.xlsx", 0) + 2;
    assert_eq!(s.counts(so + 1), [1., 1., 1., 0., 0., 0., 0., 3.]);
    assert_eq!(s.number(so + 1, 13), 2.0 / 3.0);
    let south_shares = s.row_of(
        "Share of actions complete or embedded (Green or Blue), by period",
        so,
    ) + 1;

    // The charts, in order: North's statuses and trend, then South's.
    let bars = s.part("xl/charts/chart1.xml");
    assert!(bars.contains("<c:barChart>"));
    let one = |r: u32, col: &str| format!("<c:f>Summary!${col}${}</c:f>", r + 1);
    assert!(bars.contains(&one(n, "A")), "only Priority 1: {bars}");
    assert!(bars.contains(&one(n, "F")) && bars.contains(&one(n, "K")));
    let trend = s.part("xl/charts/chart2.xml");
    assert!(trend.contains("<c:lineChart>"));
    let names: Vec<&str> = trend
        .match_indices("<c:tx><c:strRef><c:f>")
        .map(|(i, m)| {
            let rest = &trend[i + m.len()..];
            &rest[..rest.find('<').unwrap()]
        })
        .collect();
    assert_eq!(names, [format!("Summary!$A${}", shares + 2)]);
    assert!(trend.contains(&format!(
        "<c:cat><c:strRef><c:f>Summary!$C${h}:$D${h}</c:f>",
        h = shares + 1
    )));
    assert!(trend.contains(&format!(
        "<c:val><c:numRef><c:f>Summary!$C${r}:$D${r}</c:f>",
        r = shares + 2
    )));
    assert!(
        trend.contains("<c:v>Priority 1</c:v>"),
        "the series' name cached"
    );
    let south_trend = s.part("xl/charts/chart4.xml");
    assert!(south_trend.contains(&format!(
        "<c:val><c:numRef><c:f>Summary!$C${r}</c:f>",
        r = south_shares + 2
    )));

    // The terminal shows the same sections and trend.
    let (a, b) = (north.to_str().unwrap(), south.to_str().unwrap());
    let table = stdout(&["summary", a, b]);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines[0], "Monitoring reports: north.xlsx");
    assert!(lines[3].starts_with("Priority 2 "), "{table}");
    assert!(lines[3].contains("no status yet"), "{table}");
    assert!(
        lines[4].starts_with("All priorities in this document"),
        "{table}"
    );
    assert_eq!(lines[6], "Monitoring reports: south.xlsx");
    assert_eq!(
        stdout(&["summary", "--trend", a, b]),
        "\
Monitoring reports: north.xlsx
PERIOD   B   G   A   R Grey Split None Actions  Done
Dec-21   0   0   1   1    0     0    1       3    0%
Apr-22   0   1   1   0    0     0    1       3   33%
DONE BY PRIORITY Dec-21 Apr-22
Priority 1           0%    50%

Monitoring reports: south.xlsx
PERIOD   B   G   A   R Grey Split None Actions  Done
Jan-22   1   1   1   0    0     0    0       3   67%
DONE BY PRIORITY Jan-22
Priority 1          67%
"
    );
}

/// `summary --trend` on the samples prints the seeds' document as the
/// Summary's trend tables hold it.
#[test]
fn summary_trend_on_the_samples() {
    let text = stdout(&[
        "summary",
        "--trend",
        "samples/priority-1.xlsx",
        "samples/priority-2.xlsx",
        "samples/priority-7.xlsx",
    ]);
    assert_eq!(
        text,
        "\
Monitoring reports
PERIOD   B   G   A   R Grey Split None Actions  Done
Dec-19   0   5  18   3    1     1    0      28   18%
Jan-20   0  11  16   0    1     0    0      28   39%
Apr-21   0  21   7   0    0     0    0      28   75%
Dec-21   0  22   3   0    0     3    0      28   79%
DONE BY PRIORITY Dec-19 Jan-20 Apr-21 Dec-21
Priority 1          40%    50%   100%   100%
Priority 2          11%    22%    56%    56%
Priority 7           0%    44%    67%    78%
"
    );
}

impl Summary {
    /// The legend's rows (column A, column B), after its title, up to the
    /// source files.
    fn legend(&self) -> Vec<(String, String)> {
        let title = self.row_of("Overall Status of the Priority Area", 0);
        let end = self.row_of("Source files", title);
        (title + 1..end)
            .map(|r| (self.text(r, 0), self.text(r, 1)))
            .filter(|(a, _)| !a.is_empty())
            .collect()
    }
}

/// The legend explains each document's own words: the configured codes in
/// the seeds' wording, an area's `On track` by what its legend says, each
/// block headed by the documents that write so. A master of one area's plan
/// has that area's block alone.
#[test]
fn the_legend_explains_each_documents_own_words() {
    let dir = temp();
    let two = dir.path().join("two");
    std::fs::create_dir(&two).unwrap();
    let master = build(
        &two,
        &[
            Path::new("samples/priority-1.xlsx"),
            Path::new("samples/other-areas/westbrook-theme-sheets.xlsx"),
        ],
    );
    let legend = Summary::open(&master).legend();
    let pairs = |rows: &[(&str, &str)]| -> Vec<(String, String)> {
        rows.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    };
    assert_eq!(
        legend,
        pairs(&[
            ("As written in Monitoring reports", ""),
            (
                "B",
                "Blue - outcomes agreed, and embedded and being delivered"
            ),
            (
                "R",
                "Red - Work in progress or not started and there are concerns that the outcomes may not be delivered in time"
            ),
            (
                "A",
                "Amber – Work In progress, and expected to be completed in time for the outcomes to be delivered by the date in the plan."
            ),
            ("G", "Green - Completed."),
            (
                "Grey",
                "Grey - work not started but there are no concerns that outcomes may not be delivered."
            ),
            ("As written in westbrook-theme-sheets.xlsx", ""),
            (
                "Complete",
                "Blue - The action is finished and the change is embedded in practice"
            ),
            (
                "Off track",
                "Red - Will not meet the timescale; escalated to the accountable lead"
            ),
            (
                "At risk",
                "Amber - Some slippage; the responsible officer has a plan to recover it"
            ),
            (
                "On track",
                "Green - Progressing to plan and expected to meet the timescale"
            ),
            ("Not started", "Grey - Not yet due to start"),
        ])
    );
    let one = dir.path().join("one");
    std::fs::create_dir(&one).unwrap();
    let master = build(
        &one,
        &[Path::new("samples/other-areas/westbrook-theme-sheets.xlsx")],
    );
    let legend = Summary::open(&master).legend();
    assert_eq!(legend.len(), 5, "{legend:?}");
    assert_eq!(
        legend[3],
        (
            "On track".to_string(),
            "Green - Progressing to plan and expected to meet the timescale".to_string()
        )
    );
}
