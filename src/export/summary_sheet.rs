//! Summary: one section per document (the monitoring reports, the WSoA, the
//! implementation plan, an area's own plan), never adding actions of two
//! documents together. Each section: a row per priority (stated and computed
//! status, counts, % complete, trend, findings), the document's total row,
//! its counts per status in every period, and each priority's share of
//! Green or Blue actions per period. Then the roll-up note, the RAG legend
//! and the source files; then, a page per document, its charts: statuses
//! per priority in the latest period, and the share complete over the periods.

use std::collections::HashMap;

use rust_xlsxwriter::{
    Chart, ChartFont, ChartFormat, ChartMarker, ChartSolidFill, ChartType, ExcelDateTime, Format,
    Worksheet, XlsxError,
};

use super::columns::{MasterColumn, SummaryColumn as C};
use super::priority_sheet::{lines, row_height};
use super::{BuildOptions, Document, Master, MasterPeriod, WriteText, document, time};
use crate::check::Finding;
use crate::check::Severity;
use crate::check::summary::{Counts, PrioritySummary, counts_at};
use crate::import::Loaded;
use crate::model::{Layout, Plan, Rag, Status, YearMonth};

/// The printed scale, in percent: the smallest that keeps Calibri 11 at
/// 8 pt on paper (8.03 pt).
const SCALE: u16 = 73;

/// The charts' width and the second's offset, in pixels: the two side by
/// side span no more than the table's columns (so they print within the
/// page wherever the table does).
const CHART_WIDTH: u32 = 585;
const SECOND_CHART_X: u32 = 600;

/// The first column of the share-complete table's periods (the priority's name is over A–B).
const FIRST_SHARE_COL: u16 = 2;

/// The words the sections add to the master's wording.
const NO_STATUS: &str = "no status reported yet in any period (not charted)";
const BY_PERIOD: &str = "Actions by status in each period";
const SHARES: &str = "Share of actions complete or embedded (Green or Blue), by period";
const NOTHING_TO_CHART: &str =
    "No status has been reported in this document yet: nothing to chart.";

/// One row of a section: a priority, its sheet, its share of Green or Blue
/// actions in each of its document's periods (`None` where it reported none).
#[derive(Debug, Clone)]
pub struct SectionRow<'a> {
    pub summary: PrioritySummary<'a>,
    pub sheet: String,
    pub shares: Vec<Option<f64>>,
}

/// A document's counts in one of its periods (every action of the document:
/// one without a status there counts as no status).
#[derive(Debug, Clone)]
pub struct PeriodCounts {
    pub label: String,
    pub month: Option<YearMonth>,
    pub counts: Counts,
}

/// One document's part of the Summary (and of `ragplan summary`).
#[derive(Debug, Clone)]
pub struct Section<'a> {
    /// [`document_names`]
    pub name: String,
    /// In the master's order, the priorities with some status first, then
    /// those with none in any period (listed, never charted).
    pub rows: Vec<SectionRow<'a>>,
    /// Every period of the document, in time order.
    pub periods: Vec<PeriodCounts>,
}

impl<'a> Section<'a> {
    /// The priorities with a status in some period: the charted ones.
    pub fn reported(&self) -> impl Iterator<Item = &SectionRow<'a>> {
        self.rows.iter().filter(|r| r.summary.latest.is_some())
    }

    /// The document's actions by their priority's latest status.
    pub fn total(&self) -> Counts {
        let mut total = Counts::default();
        for r in &self.rows {
            total.merge(&r.summary.counts);
        }
        total
    }

    /// The document's errors and warnings, all its priorities' together.
    pub fn findings(&self) -> (usize, usize) {
        self.rows.iter().fold((0, 0), |(e, w), r| {
            (e + r.summary.errors, w + r.summary.warnings)
        })
    }
}

/// The names of documents, in words, as the Summary's headings and `ragplan
/// summary` show them: `Monitoring reports`, `Written Statement of Action`,
/// `Implementation plan`, and an area's own plan by its file name. When two
/// documents are of one kind (two areas' monitoring reports), each says its
/// files; names that would still be the same are numbered.
pub(crate) fn document_names(
    plan: &Plan,
    areas: &crate::model::Areas,
    documents: &[Document],
) -> Vec<String> {
    let facts: Vec<(Option<Layout>, String, Option<String>)> = documents
        .iter()
        .map(|d| {
            let members: Vec<_> = plan
                .priorities
                .iter()
                .filter(|p| document(p, areas) == *d)
                .collect();
            let mut files: Vec<usize> = members.iter().map(|p| p.source.file.index()).collect();
            files.sort_unstable();
            files.dedup();
            let names: Vec<&str> = files
                .iter()
                .map(|f| file_name(&plan.files[*f].name))
                .collect();
            let files = match names.as_slice() {
                [a, b, c, _, ..] => format!("{a}, {b}, {c} and {} more", names.len() - 3),
                _ => names.join(", "),
            };
            // A master's document keeps the name its record gives it.
            let recorded = members.first().and_then(|p| {
                let n = p.document?;
                let file = plan.files.get(p.source.file.index())?;
                file.document_names
                    .iter()
                    .find(|(d, _)| *d == n)
                    .map(|(_, name)| name.clone())
            });
            (members.first().map(|p| p.layout), files, recorded)
        })
        .collect();
    let mut names: Vec<String> = facts
        .iter()
        .map(|(layout, files, recorded)| {
            if let Some(name) = recorded {
                return name.clone();
            }
            let kind = match layout {
                Some(Layout::MonitoringReport) => "Monitoring reports",
                Some(Layout::WrittenStatement) => "Written Statement of Action",
                Some(Layout::ImplementationPlan) => "Implementation plan",
                Some(Layout::ActionPlan) | None => return files.clone(),
            };
            if facts.iter().filter(|(l, _, _)| l == layout).count() > 1 {
                format!("{kind}: {files}")
            } else {
                kind.to_string()
            }
        })
        .collect();
    for i in 1..names.len() {
        let same = names[..i].iter().filter(|n| **n == names[i]).count();
        if same > 0 {
            names[i] = format!("{} ({})", names[i], same + 1);
        }
    }
    names
}

/// The last part of a path as given (`samples/priority-1.xlsx` →
/// `priority-1.xlsx`).
fn file_name(name: &str) -> &str {
    name.rsplit(['/', '\\']).next().unwrap_or(name)
}

/// The plan's documents as the master's Summary heads and orders them:
/// each one's name and its priorities (indexes into `plan.priorities`), in
/// the master's order. For reports that group priorities as the master
/// does (the HTML report and the page).
pub fn documents_of(plan: &Plan) -> Vec<(String, Vec<usize>)> {
    let areas = plan.areas();
    let groups = by_document(plan, &areas, super::priority_order(plan));
    let documents: Vec<Document> = groups.iter().map(|(d, _)| *d).collect();
    document_names(plan, &areas, &documents)
        .into_iter()
        .zip(groups.into_iter().map(|(_, members)| members))
        .collect()
}

/// Priorities (indexes into `plan.priorities`, in the order given) grouped
/// by their document, the documents in the order they first appear.
fn by_document(
    plan: &Plan,
    areas: &crate::model::Areas,
    order: impl IntoIterator<Item = usize>,
) -> Vec<(Document, Vec<usize>)> {
    let mut groups: Vec<(Document, Vec<usize>)> = Vec::new();
    for index in order {
        let doc = document(&plan.priorities[index], areas);
        match groups.iter_mut().find(|(d, _)| *d == doc) {
            Some((_, members)) => members.push(index),
            None => groups.push((doc, vec![index])),
        }
    }
    groups
}

/// The Summary's sections, in the master's order.
pub(crate) fn sections_of<'a>(master: &Master<'a>) -> Vec<Section<'a>> {
    let plan = &master.loaded.plan;
    let sheet_of: HashMap<usize, &String> = master.sheets.iter().map(|(i, s)| (*i, s)).collect();
    let groups = by_document(plan, &master.areas, master.sheets.iter().map(|(i, _)| *i));
    let documents: Vec<Document> = groups.iter().map(|(d, _)| *d).collect();
    let names = document_names(plan, &master.areas, &documents);
    groups
        .into_iter()
        .zip(names)
        .map(|((doc, members), name)| {
            let mut rows: Vec<SectionRow<'a>> = members
                .into_iter()
                .map(|index| {
                    let summary = master.summaries[index].clone();
                    let priority = summary.priority;
                    let shares = master
                        .periods_of(doc)
                        .iter()
                        .map(|period| {
                            let counts =
                                counts_at(priority, own_period(priority, period), summary.scheme);
                            counts
                                .any_status()
                                .then(|| counts.share_complete())
                                .flatten()
                        })
                        .collect();
                    SectionRow {
                        summary,
                        sheet: sheet_of[&index].clone(),
                        shares,
                    }
                })
                .collect();
            // Stable: the master's order within each part.
            rows.sort_by_key(|r| r.summary.latest.is_none());
            let periods = master
                .periods_of(doc)
                .iter()
                .map(|period| {
                    let mut counts = Counts::default();
                    for r in &rows {
                        let p = r.summary.priority;
                        counts.merge(&counts_at(p, own_period(p, period), r.summary.scheme));
                    }
                    PeriodCounts {
                        label: period.label.clone(),
                        month: period.month,
                        counts,
                    }
                })
                .collect();
            Section {
                name,
                rows,
                periods,
            }
        })
        .collect()
}

/// The index of a master period among a priority's own periods.
fn own_period(priority: &crate::model::Priority, period: &MasterPeriod) -> Option<usize> {
    priority.periods.iter().position(|p| period.is(p))
}

/// The sections `ragplan summary` prints: the master's, without writing it.
pub fn sections<'a>(
    loaded: &'a Loaded,
    findings: &'a [Finding],
    options: &'a BuildOptions,
) -> Vec<Section<'a>> {
    sections_of(&Master::new(loaded, findings, options))
}

/// Where a section's chart data lies on the sheet.
struct ChartData {
    section: usize,
    /// The first priority row (its reported priorities follow it).
    first: u32,
    reported: u32,
    /// The share table's header row (the periods) and first priority row.
    share_header: u32,
    share_first: u32,
    periods: u16,
}

pub(crate) fn write(master: &Master<'_>, ws: &mut Worksheet) -> Result<(), XlsxError> {
    let styles = &master.styles;
    let layout = &master.layout;
    let words = &layout.summary;
    let scheme = master.scheme;
    let name = layout.sheets.summary.as_str();
    ws.set_name(name)?;
    for column in C::ALL {
        ws.set_column_width(column.index(), column.width())?;
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

    let formats = Formats {
        heading: styles.bold.clone().set_font_size(12),
        month: styles.centre.clone().set_num_format("mmm-yy"),
        period_text: styles.centre.clone().set_text_wrap(),
        total_percent: styles.total.clone().set_num_format("0%"),
    };
    let sections = sections_of(master);
    let mut charts = Vec::new();
    let last_col = (C::ALL.len() - 1) as u16;
    let mut row = 3u32;
    for (k, section) in sections.iter().enumerate() {
        ws.merged_text((row, 0), (row, last_col), &section.name, &formats.heading)?;
        ws.set_row_height(row, 20.0)?;
        row += 1;
        for (column, name) in words.columns.all::<C>() {
            ws.text(row, column.index(), name, &styles.header)?;
        }
        ws.set_row_height(row, 30.0)?;
        row += 1;
        let first = row;
        for r in &section.rows {
            priority_row(master, ws, row, r, &formats)?;
            row += 1;
        }
        total_row(master, ws, row, section, &formats)?;
        row += 2;
        if section.reported().next().is_none() {
            ws.merged_text((row, 0), (row, last_col), NOTHING_TO_CHART, &styles.note)?;
            row += 2;
            continue;
        }
        // The document's counts in each of its periods.
        ws.merged_text((row, 0), (row, last_col), BY_PERIOD, &styles.bold)?;
        row += 1;
        // The period over A–E, then the counts and the share complete in
        // their columns of the table above.
        let counted = || C::counts().iter().copied().chain([C::PercentComplete]);
        ws.text(row, 0, words.columns.of(C::Period), &styles.header)?;
        ws.merged_text((row, 1), (row, C::Period.index()), "", &styles.header)?;
        for column in counted() {
            ws.text(
                row,
                column.index(),
                words.columns.of(column),
                &styles.header,
            )?;
        }
        ws.set_row_height(row, 30.0)?;
        row += 1;
        for p in &section.periods {
            period_cell(
                ws,
                row,
                0,
                &p.label,
                p.month,
                &formats.month,
                &styles.centre,
            )?;
            ws.merged_text((row, 1), (row, C::Period.index()), "", &styles.cell)?;
            write_counts(ws, row, &p.counts, &styles.centre)?;
            let done = C::PercentComplete.index();
            match p.counts.share_complete().filter(|_| p.counts.any_status()) {
                Some(share) => ws.write_number_with_format(row, done, share, &styles.percent)?,
                None => ws.write_blank(row, done, &styles.percent)?,
            };
            row += 1;
        }
        row += 1;
        // Each reported priority's share complete per period: the trend chart's data.
        ws.merged_text((row, 0), (row, last_col), SHARES, &styles.bold)?;
        row += 1;
        let share_header = row;
        ws.merged_text(
            (row, 0),
            (row, 1),
            words.columns.of(C::Priority),
            &styles.header,
        )?;
        for (c, p) in section.periods.iter().enumerate() {
            ws.text(row, FIRST_SHARE_COL + c as u16, &p.label, &styles.header)?;
        }
        ws.set_row_height(row, 30.0)?;
        row += 1;
        let share_first = row;
        for r in section.reported() {
            // The name over A–B (the problem statement is in the table above).
            ws.merged_text((row, 0), (row, 1), "", &styles.link)?;
            sheet_link(ws, row, &r.sheet, &styles.link)?;
            for (c, share) in r.shares.iter().enumerate() {
                let col = FIRST_SHARE_COL + c as u16;
                match share {
                    Some(s) => ws.write_number_with_format(row, col, *s, &styles.percent)?,
                    None => ws.write_blank(row, col, &styles.percent)?,
                };
            }
            row += 1;
        }
        row += 1;
        charts.push(ChartData {
            section: k,
            first,
            reported: section.reported().count() as u32,
            share_header,
            share_first,
            periods: section.periods.len() as u16,
        });
    }
    ws.merged_text((row, 0), (row, last_col), &words.rollup_note, &styles.note)?;
    ws.set_row_height(
        row,
        row_height(lines(&words.rollup_note, width(0..=last_col))),
    )?;
    row += 2;

    // The legend: a block for each way the documents write their statuses,
    // headed by the documents that write them so when there are several.
    // The configured codes have the seeds' words; an area's own (`On
    // track`) what its legend says they mean.
    let legend = &layout.legend;
    ws.merged_text((row, 0), (row, last_col), &legend.title, &styles.bold)?;
    row += 1;
    let blocks = legend_blocks(scheme, &sections);
    for (k, (legend_scheme, documents)) in blocks.iter().enumerate() {
        if blocks.len() > 1 {
            if k > 0 {
                row += 1;
            }
            let heading = format!("As written in {}", crate::check::and_list(documents));
            ws.merged_text((row, 0), (row, last_col), &heading, &styles.note)?;
            ws.set_row_height(row, row_height(lines(&heading, width(0..=last_col))))?;
            row += 1;
        }
        // The seeds' words are for the configured codes, not an area's legend.
        let configured =
            legend_scheme.meanings.is_empty() && written(legend_scheme) == written(scheme);
        for (status, seeds_words) in [
            (Status::Blue, &legend.blue),
            (Status::Red, &legend.red),
            (Status::Amber, &legend.amber),
            (Status::Green, &legend.green),
            (Status::Grey, &legend.grey),
        ] {
            let rag = Rag::Single(status);
            let text = match legend_scheme.meaning_of(status) {
                _ if configured => seeds_words.clone(),
                Some(meaning) => format!("{} - {meaning}", status.name()),
                None => status.name().to_string(),
            };
            ws.text(row, 0, legend_scheme.write(rag), styles.status(Some(rag)))?;
            ws.merged_text((row, 1), (row, last_col), &text, &styles.text)?;
            ws.set_row_height(row, row_height(lines(&text, width(1..=last_col))))?;
            row += 1;
        }
    }
    row += 1;

    // The source files.
    ws.merged_text((row, 0), (row, last_col), &words.sources, &styles.bold)?;
    row += 1;
    // File A–B, modified C–D, sheets read E–H.
    let header_cells = [
        (0u16, 1u16, &words.source_columns[0]),
        (2, 3, &words.source_columns[1]),
        (4, last_col, &words.source_columns[2]),
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
        let sheets = sheets.join(", ");
        ws.merged_text((row, 4), (row, last_col), &sheets, &styles.cell)?;
        // A path has no spaces: it wraps at its `/` and `-`, short of the
        // width, so it is reckoned in a fifth less room.
        let height =
            lines(&input.name, width(0..=1) * 0.8).max(lines(&sheets, width(4..=last_col)));
        ws.set_row_height(row, row_height(height))?;
        row += 1;
    }

    // A page per document with a status: its charts side by side.
    let mut breaks = Vec::new();
    for c in &charts {
        row += 1;
        breaks.push(row);
        ws.merged_text(
            (row, 0),
            (row, last_col),
            &sections[c.section].name,
            &formats.heading,
        )?;
        ws.set_row_height(row, 20.0)?;
        row += 1;
        let height = (140 + 32 * c.reported).clamp(320, 560);
        let last = c.first + c.reported - 1;
        let mut bars = Chart::new(ChartType::BarStacked);
        for (col, colour, label) in [
            (5u16, styles.fill(Status::Blue), "Blue"),
            (6, styles.fill(Status::Green), "Green"),
            (7, styles.fill(Status::Amber), "Amber"),
            (8, styles.fill(Status::Red), "Red"),
            (9, styles.fill(Status::Grey), "Grey"),
            (10, 0x7F6000, "Split"),
        ] {
            bars.add_series()
                .set_name(label)
                .set_categories((name, c.first, 0, last, 0))
                .set_values((name, c.first, col, last, col))
                .set_format(
                    ChartFormat::new().set_solid_fill(ChartSolidFill::new().set_color(colour)),
                )
                .set_gap(60);
        }
        // Chart text at 11 pt, as the cells (10 pt, the default, would
        // print below 8 pt at the sheet's scale).
        let mut title_font = ChartFont::new();
        title_font.set_bold().set_size(12);
        let mut text_font = ChartFont::new();
        text_font.set_size(11);
        bars.title()
            .set_name("Actions by status, latest period")
            .set_font(&title_font);
        bars.x_axis()
            .set_name("Actions")
            .set_name_font(&text_font)
            .set_font(&text_font);
        bars.y_axis().set_reverse().set_font(&text_font);
        bars.legend().set_font(&text_font);
        bars.set_width(CHART_WIDTH).set_height(height);
        ws.insert_chart(row, 0, &bars)?;

        let mut trend = Chart::new(ChartType::Line);
        let last_period = FIRST_SHARE_COL + c.periods - 1;
        for i in 0..c.reported {
            let at = c.share_first + i;
            trend
                .add_series()
                .set_name((name, at, 0))
                .set_categories((
                    name,
                    c.share_header,
                    FIRST_SHARE_COL,
                    c.share_header,
                    last_period,
                ))
                .set_values((name, at, FIRST_SHARE_COL, at, last_period))
                .set_marker(ChartMarker::new().set_automatic());
        }
        trend
            .title()
            .set_name("Share of actions complete or embedded (Green or Blue)")
            .set_font(&title_font);
        trend.x_axis().set_text_axis(true).set_font(&text_font);
        trend
            .y_axis()
            .set_min(0)
            .set_max(1)
            .set_num_format("0%")
            .set_font(&text_font);
        trend.legend().set_font(&text_font);
        trend.set_width(CHART_WIDTH).set_height(height);
        ws.insert_chart_with_offset(row, 0, &trend, SECOND_CHART_X, 0)?;
        row += height.div_ceil(20) + 1;
    }
    breaks.truncate(1023);
    ws.set_page_breaks(&breaks)?;
    print_setup(ws, &words.title, master.paper)
}

/// The codes a scheme writes, every status and split.
fn written(scheme: &crate::model::Scheme) -> Vec<String> {
    super::styles::written_rags()
        .into_iter()
        .map(|r| scheme.write(r))
        .collect()
}

/// What a legend block shows of a scheme: its codes and their meanings.
fn legend_of(scheme: &crate::model::Scheme) -> Vec<String> {
    let mut shown = written(scheme);
    shown.extend(Status::ALL.iter().map(|s| {
        format!(
            "{}: {}",
            s.name(),
            scheme.meaning_of(*s).unwrap_or_default()
        )
    }));
    shown
}

/// The legend's blocks: each way of writing statuses, and of explaining
/// them, that the sections' priorities use (once each, in the sections'
/// order), with the sections that use it;
/// the configured scheme alone when there is no section.
fn legend_blocks<'s>(
    configured: &'s crate::model::Scheme,
    sections: &[Section<'s>],
) -> Vec<(&'s crate::model::Scheme, Vec<String>)> {
    // (scheme, what its block shows, the sections using it)
    let mut blocks: Vec<(&crate::model::Scheme, Vec<String>, Vec<String>)> = Vec::new();
    for section in sections {
        for r in &section.rows {
            let codes = legend_of(r.summary.scheme);
            let block = match blocks.iter().position(|(_, c, _)| *c == codes) {
                Some(i) => &mut blocks[i],
                None => {
                    blocks.push((r.summary.scheme, codes, Vec::new()));
                    blocks.last_mut().expect("just pushed")
                }
            };
            if !block.2.contains(&section.name) {
                block.2.push(section.name.clone());
            }
        }
    }
    if blocks.is_empty() {
        return vec![(configured, Vec::new())];
    }
    blocks.into_iter().map(|(s, _, names)| (s, names)).collect()
}

/// The width of merged columns.
fn width(cols: std::ops::RangeInclusive<u16>) -> f64 {
    cols.filter_map(|c| C::ALL.get(usize::from(c)).map(|c| c.width()))
        .sum()
}

/// The formats only the Summary uses.
struct Formats {
    heading: Format,
    month: Format,
    /// A period that is not a month (`Q3 2024/25`), wrapped in its narrow column.
    period_text: Format,
    total_percent: Format,
}

/// A4 landscape at [`SCALE`] (no fit to width, which would shrink the text
/// below 8 pt), and no repeated header row: each section has its own, and
/// the chart pages have none.
fn print_setup(ws: &mut Worksheet, title: &str, paper: super::Paper) -> Result<(), XlsxError> {
    ws.set_landscape();
    ws.set_paper_size(paper.code());
    ws.set_print_scale(SCALE);
    super::print::margins_header_footer(ws, title, 0.25);
    Ok(())
}

/// A link in column A to a sheet's first cell, shown as the sheet's name.
pub(crate) fn sheet_link(
    ws: &mut Worksheet,
    row: u32,
    sheet: &str,
    format: &Format,
) -> Result<(), XlsxError> {
    ws.link(row, 0, super::internal_link(sheet, "A1"), sheet, format)
}

/// A period as a date cell shown `mmm-yy` when it is a month, else its label.
fn period_cell(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    label: &str,
    month: Option<YearMonth>,
    month_format: &Format,
    text_format: &Format,
) -> Result<(), XlsxError> {
    match month.and_then(|m| ExcelDateTime::from_ymd(m.year as u16, m.month, 1).ok()) {
        Some(date) => ws
            .write_datetime_with_format(row, col, date, month_format)
            .map(|_| ()),
        None => ws.text(row, col, label, text_format),
    }
}

fn priority_row(
    master: &Master<'_>,
    ws: &mut Worksheet,
    row: u32,
    r: &SectionRow<'_>,
    formats: &Formats,
) -> Result<(), XlsxError> {
    let styles = &master.styles;
    let s = &r.summary;
    sheet_link(ws, row, &r.sheet, &styles.link)?;
    let title = s.title();
    ws.text(row, C::ProblemStatement.index(), title, &styles.cell)?;
    let status = |ws: &mut Worksheet, col: u16, rag: Option<Rag>| -> Result<(), XlsxError> {
        ws.text(
            row,
            col,
            rag.map(|r| s.scheme.write(r)).unwrap_or_default(),
            styles.status(rag),
        )
    };
    status(ws, C::Stated.index(), s.stated)?;
    let trend = match (s.trend, s.previous) {
        (Some(t), Some(before)) => format!(
            "{} {} (was {})",
            t.arrow(),
            t.word(),
            s.scheme.write(before.rag)
        ),
        _ => String::new(),
    };
    let rule = s.computed.map(|c| c.rule.describe()).unwrap_or_default();
    match s.latest {
        Some(latest) => {
            status(ws, C::Computed.index(), s.computed.map(|c| c.rag))?;
            let period = &s.priority.periods[latest];
            period_cell(
                ws,
                row,
                C::Period.index(),
                &period.label,
                period.month,
                &formats.month,
                &formats.period_text,
            )?;
            write_counts(ws, row, &s.counts, &styles.centre)?;
            match s.percent_complete() {
                Some(p) => ws.write_number_with_format(
                    row,
                    C::PercentComplete.index(),
                    p,
                    &styles.percent,
                )?,
                None => ws.write_blank(row, C::PercentComplete.index(), &styles.percent)?,
            };
        }
        None => {
            // Said across the status and count columns; the actions counted.
            ws.merged_text(
                (row, C::Computed.index()),
                (row, C::Actions.index() - 1),
                NO_STATUS,
                &styles.cell,
            )?;
            ws.write_number_with_format(
                row,
                C::Actions.index(),
                s.counts.total() as f64,
                &styles.centre,
            )?;
            ws.write_blank(row, C::PercentComplete.index(), &styles.percent)?;
        }
    }
    ws.text(row, C::Trend.index(), &trend, &styles.cell)?;
    // Each count links to this priority's first finding of its severity.
    for (col, n, severity) in [
        (C::Errors.index(), s.errors, Severity::Error),
        (C::Warnings.index(), s.warnings, Severity::Warning),
    ] {
        match first_finding_row(master, s, severity) {
            Some(at) if n > 0 => {
                let target = format!(
                    "#'{}'!A{}",
                    master.layout.sheets.findings.replace('\'', "''"),
                    at + 1
                );
                let formula = rust_xlsxwriter::Formula::new(format!(
                    "=HYPERLINK(\"{}\",{n})",
                    target.replace('"', "\"\"")
                ))
                .set_result(n.to_string());
                ws.write_formula_with_format(row, col, formula, &styles.link)?;
            }
            _ => {
                ws.write_number_with_format(row, col, n as f64, &styles.centre)?;
            }
        }
    }
    ws.text(row, C::RollUp.index(), rule, &styles.cell)?;
    let height = [
        lines(&r.sheet, C::Priority.width()),
        lines(title, C::ProblemStatement.width()),
        lines(s.latest_label().unwrap_or_default(), C::Period.width()),
        lines(&trend, C::Trend.width()),
        lines(rule, C::RollUp.width()),
    ]
    .into_iter()
    .max()
    .unwrap_or(1);
    ws.set_row_height(row, row_height(height))?;
    Ok(())
}

/// The Findings sheet row (0-based) of a priority's first finding of a severity.
fn first_finding_row(
    master: &Master<'_>,
    s: &PrioritySummary<'_>,
    severity: Severity,
) -> Option<u32> {
    master
        .findings
        .iter()
        .zip(&master.finding_rows)
        .filter(|(f, _)| {
            f.severity == severity && f.source().is_some_and(|src| s.priority.covers(&src))
        })
        .map(|(_, row)| *row)
        .min()
}

/// The document's total: its actions by their priority's latest status.
fn total_row(
    master: &Master<'_>,
    ws: &mut Worksheet,
    row: u32,
    section: &Section<'_>,
    formats: &Formats,
) -> Result<(), XlsxError> {
    let styles = &master.styles;
    let total = section.total();
    let (errors, warnings) = section.findings();
    for &column in C::ALL {
        let col = column.index();
        if let Some(n) = column.count(&total) {
            ws.write_number_with_format(row, col, n as f64, &styles.total)?;
            continue;
        }
        match column {
            C::Priority => ws.text(row, col, &master.layout.summary.total, &styles.total)?,
            C::PercentComplete => match total.share_complete().filter(|_| total.any_status()) {
                Some(share) => {
                    ws.write_number_with_format(row, col, share, &formats.total_percent)?;
                }
                None => {
                    ws.write_blank(row, col, &styles.total)?;
                }
            },
            C::Errors => {
                ws.write_number_with_format(row, col, errors as f64, &styles.total)?;
            }
            C::Warnings => {
                ws.write_number_with_format(row, col, warnings as f64, &styles.total)?;
            }
            _ => {
                ws.write_blank(row, col, &styles.total)?;
            }
        }
    }
    // The label does not wrap: it runs on over the blank cells beside it.
    ws.set_row_height(row, row_height(1))?;
    Ok(())
}

fn write_counts(
    ws: &mut Worksheet,
    row: u32,
    c: &Counts,
    format: &Format,
) -> Result<(), XlsxError> {
    for &column in C::counts() {
        let n = column.count(c).unwrap_or_default();
        ws.write_number_with_format(row, column.index(), n as f64, format)?;
    }
    Ok(())
}
