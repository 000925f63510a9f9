//! Writes a realistic monitoring-report workbook of any size: eight priority
//! sheets in the seeds' layout, focus areas of five actions, four periods,
//! joint leads, dated notes and a sprinkling of the seeds' defects (`Gr`, a
//! Cyrillic `А`, `N/A` leads, `SEE 6H` references), so a benchmark measures
//! real work. Deterministic: the same size gives the same file.

use std::path::Path;

use rust_xlsxwriter::{Workbook, XlsxError};

const LEADS: [&str; 12] = [
    "Tim Moss/Lynn Tolley",
    "Lynsey Bissell",
    "Chris Rogers",
    "Cathy Morris/ Lynsey Bissell",
    "Julia Anderson",
    "Karl Hobson",
    "Head of SEND",
    "Wendy Tompson",
    "SCM SEND",
    "Carolyn Knight",
    "Lesley Calverly",
    "Jo Ward",
];
const CODES: [&str; 6] = ["G", "A", "G", "R", "Grey", "B"];

/// A small linear congruential generator: no dependency, same numbers everywhere.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> usize {
        (self.next() % n) as usize
    }
}

/// Writes `actions` actions over eight priorities to `path`.
pub fn write_plan(path: &Path, actions: usize) -> Result<(), XlsxError> {
    let mut rng = Lcg(actions as u64);
    let mut wb = Workbook::new();
    let sheets = 8;
    for p in 1..=sheets {
        let ws = wb.add_worksheet();
        ws.set_name(format!("Priority {p}"))?;
        ws.write(
            0,
            0,
            format!("Priority {p}: Generated priority number {p} for measuring ragplan."),
        )?;
        ws.write(
            1,
            0,
            "Vision for the future: every action has a lead and a status.",
        )?;
        ws.write(1, 8, "A")?;
        let header = [
            "Focus Area (Intent)",
            "Actions (Implementation)",
            "Lead",
            "Evidence (Impact)",
            "Progress",
            "",
            "",
            "",
            "Sub Group Action to date (Implementation)",
            "EVIDENCE (See Position Statement)",
        ];
        for (c, h) in header.iter().enumerate() {
            if !h.is_empty() {
                ws.write(2, c as u16, *h)?;
            }
        }
        for (c, label) in ["Dec-19", "Jan-20", "Apr-21", "Dec-21"].iter().enumerate() {
            ws.write(3, 4 + c as u16, *label)?;
        }
        let count = actions / sheets + usize::from(p <= actions % sheets);
        for i in 0..count {
            let row = 4 + i as u32;
            let area = i / 5;
            if i % 5 == 0 {
                ws.write(
                    row,
                    0,
                    format!("{p}.{} Focus area {area} of priority {p}", area + 1),
                )?;
            }
            let letter = (b'A' + (i % 5) as u8) as char;
            ws.write(row, 1, format!("{letter}. Deliver the work of action {i} so that children and young people with SEND are better supported."))?;
            let lead = if rng.below(100) == 0 {
                "N/A"
            } else {
                LEADS[rng.below(LEADS.len() as u64)]
            };
            ws.write(row, 2, lead)?;
            ws.write(
                row,
                3,
                "Evidence of impact recorded in the sub group's termly report.",
            )?;
            for c in 0..4u16 {
                let code = match rng.below(200) {
                    0 => "Gr",
                    1 => "\u{0410}",
                    2 => "G/A",
                    _ => CODES[rng.below(CODES.len() as u64)],
                };
                ws.write(row, 4 + c, code)?;
            }
            let see = if rng.below(20) == 0 {
                format!(" SEE {}H", 1 + rng.below(9))
            } else {
                String::new()
            };
            ws.write(row, 8, format!("Feb 2021: Work under way.{see} Apr 21: Reported to the SEND IPG. December 2021: Continuing."))?;
            ws.write(row, 9, "1. Position Statement 2. SEND IPG Mins")?;
        }
    }
    wb.save(path)
}
