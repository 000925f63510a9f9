//! Summary: one row per priority (stated and computed status, counts, %
//! complete, trend, findings), a total row, a stacked bar chart of statuses
//! per priority, the RAG legend, the source files and when the master was
//! generated.

use rust_xlsxwriter::{Chart, ChartFormat, ChartSolidFill, ChartType, Worksheet, XlsxError};

use super::priority_sheet::{PrintSetup, lines, print_setup, row_height};
use super::{Master, WriteText, time};
use crate::check::summary::Counts;
use crate::model::{Rag, Status};

const WIDTHS: [f64; 18] = [
    17.0, 46.0, 9.0, 10.0, 8.0, 6.0, 6.0, 6.0, 6.0, 6.0, 6.0, 8.0, 8.0, 10.0, 13.0, 8.0, 9.0, 44.0,
];

pub(crate) fn write(master: &Master<'_>, ws: &mut Worksheet) -> Result<(), XlsxError> {
    let styles = &master.styles;
    let layout = &master.layout;
    let words = &layout.summary;
    let scheme = master.scheme;
    ws.set_name(&layout.sheets.summary)?;
    for (c, w) in WIDTHS.iter().enumerate() {
        ws.set_column_width(c as u16, *w)?;
    }
    ws.merged_text((0, 0), (0, 7), &words.title, &styles.title)?;
    ws.merged_text(
        (1, 0),
        (1, 1),
        format!("{} {}", words.generated, env!("CARGO_PKG_VERSION")),
        &styles.note,
    )?;
    ws.merged_text((1, 2), (1, 4), "", &styles.datetime)?;
    ws.write_datetime_with_format(1, 2, time::excel(time::now()), &styles.datetime)?;

    let header = 3u32;
    for (c, name) in words.columns.iter().enumerate() {
        ws.text(header, c as u16, name, &styles.header)?;
    }
    ws.set_row_height(header, 30.0)?;
    let mut row = header + 1;
    let mut total = Counts::default();
    let (mut errors, mut warnings) = (0, 0);
    let first = row;
    // Summary rows in sheet order.
    for (index, sheet) in &master.sheets {
        let s = &master.summaries[*index];
        ws.link(
            row,
            0,
            format!("internal:'{}'!A1", sheet.replace('\'', "''")),
            sheet.as_str(),
            &styles.link,
        )?;
        let title = s
            .priority
            .title
            .as_ref()
            .map(|t| t.value.as_str())
            .unwrap_or_default();
        ws.text(row, 1, title, &styles.cell)?;
        ws.set_row_height(row, row_height(lines(title, WIDTHS[1])))?;
        let status = |ws: &mut Worksheet, col: u16, rag: Option<Rag>| -> Result<(), XlsxError> {
            ws.text(
                row,
                col,
                rag.map(|r| s.scheme.write(r)).unwrap_or_default(),
                styles.status(rag),
            )
            .map(|_| ())
        };
        status(ws, 2, s.stated)?;
        status(ws, 3, s.computed.map(|c| c.rag))?;
        ws.text(row, 4, s.latest_label().unwrap_or_default(), &styles.centre)?;
        write_counts(ws, row, &s.counts, &styles.centre)?;
        match s.percent_complete() {
            Some(p) => ws.write_number_with_format(row, 13, p, &styles.percent)?,
            None => ws.write_blank(row, 13, &styles.percent)?,
        };
        let trend = match (s.trend, s.previous) {
            (Some(t), Some(before)) => format!(
                "{} {} (was {})",
                t.arrow(),
                t.word(),
                s.scheme.write(before.rag)
            ),
            _ => String::new(),
        };
        ws.text(row, 14, &trend, &styles.cell)?;
        // Errors and warnings link to this priority's first finding.
        let first_finding = master
            .findings
            .iter()
            .position(|f| {
                f.file == s.priority.source.file && f.sheet == Some(s.priority.source.sheet)
            })
            .and_then(|i| master.finding_rows.get(i))
            .map(|r| r + 1)
            .unwrap_or(1);
        let findings_link = format!("internal:'{}'!A{first_finding}", layout.sheets.findings);
        for (col, n) in [(15u16, s.errors), (16u16, s.warnings)] {
            ws.link(
                row,
                col,
                findings_link.as_str(),
                n.to_string(),
                &styles.link,
            )?;
        }
        ws.text(
            row,
            17,
            s.computed.map(|c| c.rule.describe()).unwrap_or_default(),
            &styles.cell,
        )?;
        total.merge(&s.counts);
        errors += s.errors;
        warnings += s.warnings;
        row += 1;
    }
    let last = row.saturating_sub(1);
    // Total row.
    ws.text(row, 0, &words.total, &styles.total)?;
    for c in 1..=4 {
        ws.write_blank(row, c, &styles.total)?;
    }
    write_counts(ws, row, &total, &styles.total)?;
    let done = total.total();
    if done > 0 {
        ws.write_number_with_format(
            row,
            13,
            (total.green + total.blue) as f64 / done as f64,
            &styles.percent.clone().set_bold(),
        )?;
    } else {
        ws.write_blank(row, 13, &styles.total)?;
    }
    ws.write_blank(row, 14, &styles.total)?;
    ws.write_number_with_format(row, 15, errors as f64, &styles.total)?;
    ws.write_number_with_format(row, 16, warnings as f64, &styles.total)?;
    ws.write_blank(row, 17, &styles.total)?;
    row += 2;
    ws.merged_text((row, 0), (row, 17), &words.rollup_note, &styles.note)?;
    ws.set_row_height(row, 32.0)?;
    row += 2;

    // A stacked bar chart of statuses per priority, in the RAG colours.
    if !master.sheets.is_empty() {
        let mut chart = Chart::new(ChartType::BarStacked);
        let name = layout.sheets.summary.as_str();
        let series: [(u16, u32, &str); 6] = [
            (5, styles.fill(Status::Blue), "Blue"),
            (6, styles.fill(Status::Green), "Green"),
            (7, styles.fill(Status::Amber), "Amber"),
            (8, styles.fill(Status::Red), "Red"),
            (9, styles.fill(Status::Grey), "Grey"),
            (10, 0x7F6000, "Split"),
        ];
        for (col, colour, label) in series {
            chart
                .add_series()
                .set_name(label)
                .set_categories((name, first, 0, last, 0))
                .set_values((name, first, col, last, col))
                .set_format(
                    ChartFormat::new().set_solid_fill(ChartSolidFill::new().set_color(colour)),
                )
                .set_gap(60);
        }
        chart.title().set_name("Actions by status, latest period");
        chart.x_axis().set_name("Actions");
        chart.y_axis().set_reverse();
        chart
            .set_width(760)
            .set_height(120 + 36 * master.sheets.len() as u32);
        ws.insert_chart(row, 0, &chart)?;
        let chart_rows = (120 + 36 * master.sheets.len() as u32).div_ceil(20) + 1;
        row += chart_rows;
    }

    // The legend, in the seeds' wording.
    let legend = &layout.legend;
    ws.merged_text((row, 0), (row, 7), &legend.title, &styles.bold)?;
    row += 1;
    for (status, text) in [
        (Status::Blue, &legend.blue),
        (Status::Red, &legend.red),
        (Status::Amber, &legend.amber),
        (Status::Green, &legend.green),
        (Status::Grey, &legend.grey),
    ] {
        let rag = Rag::Single(status);
        ws.text(row, 0, scheme.write(rag), styles.status(Some(rag)))?;
        ws.merged_text((row, 1), (row, 7), text, &styles.text)?;
        row += 1;
    }
    row += 1;

    // The source files.
    ws.merged_text((row, 0), (row, 7), &words.sources, &styles.bold)?;
    row += 1;
    // File A–B, modified C–D, sheets read E–H.
    let header_cells = [
        (0u16, 1u16, &words.source_columns[0]),
        (2, 3, &words.source_columns[1]),
        (4, 7, &words.source_columns[2]),
    ];
    for (first, last, name) in header_cells {
        ws.merged_text((row, first), (row, last), name, &styles.header)?;
    }
    row += 1;
    for (i, input) in master.loaded.inputs.iter().enumerate() {
        ws.merged_text((row, 0), (row, 1), &input.name, &styles.cell)?;
        ws.merged_text((row, 2), (row, 3), "", &styles.datetime)?;
        // As loaded: the name is a label, never looked up on disk.
        if let Some(t) = input.modified {
            ws.write_datetime_with_format(row, 2, time::excel(time::seconds(t)), &styles.datetime)?;
        }
        let sheets: Vec<&str> = input
            .plan_sheets
            .iter()
            .filter_map(|s| {
                master.loaded.plan.files[i]
                    .sheets
                    .get(*s)
                    .map(String::as_str)
            })
            .collect();
        ws.merged_text((row, 4), (row, 7), sheets.join(", "), &styles.cell)?;
        row += 1;
    }
    ws.set_freeze_panes(header + 1, 0)?;
    print_setup(
        ws,
        &PrintSetup {
            paper: master.paper,
            title: &words.title,
            repeat_rows: Some((header, header)),
            ..PrintSetup::default()
        },
    )?;
    Ok(())
}

fn write_counts(
    ws: &mut Worksheet,
    row: u32,
    c: &Counts,
    format: &rust_xlsxwriter::Format,
) -> Result<(), XlsxError> {
    for (col, n) in [
        (5u16, c.blue),
        (6, c.green),
        (7, c.amber),
        (8, c.red),
        (9, c.grey),
        (10, c.split),
        (11, c.none),
        (12, c.total()),
    ] {
        ws.write_number_with_format(row, col, n as f64, format)?;
    }
    Ok(())
}
