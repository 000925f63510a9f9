//! Writes `samples/other-areas/`: nine workbooks in the styles other English
//! local areas use for their SEND Written Statement of Action and improvement
//! plan trackers, each with planted defects, and `EXPECTED.tsv`, the findings
//! a careful officer would want from them — one line per finding:
//! `file<TAB>rule-name<TAB>sheet<TAB>cell<TAB>note`, ordered by file name,
//! sheet order, row, column. Every other cell is legitimate content that must
//! not be flagged.
//!
//! Run: `cargo run --example other_areas [-- DIR] [--intermediate DIR2]`.
//! DIR defaults to `samples/other-areas`. Two of the nine are committed as
//! LibreOffice saves them (`eastmoor-wsoa-tracker.ods`,
//! `southvale-monthly-progress.xls`, converted by `scripts/make-fixtures.sh`):
//! their `.xlsx` is only an intermediate, written into DIR2 when
//! `--intermediate DIR2` is given, and their `EXPECTED.tsv` lines name the
//! converted files. The output is byte-for-byte reproducible.
//!
//! Each sheet is declared as a list of rows of cells; a cell that holds a
//! planted defect carries the finding it must raise, and the writer records
//! the cell's A1 address from where it wrote it.

use std::path::{Path, PathBuf};

use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Formula, Workbook,
    XlsxError, utility::row_col_to_cell,
};

// ---------------------------------------------------------------------------
// The declarative part: values, cells, rows, sheets, workbooks.

/// The rule names a planted defect may name (`ragplan rules`).
const RULES: &[&str] = &[
    "formula-error",
    "timeframe-unparsed",
    "periods-out-of-order",
    "missing-lead",
    "lead-variant",
    "lead-initials",
    "rag-unknown",
    "rag-noncanonical",
    "rag-homoglyph",
    "rag-split",
    "rag-free-text",
    "rag-missing",
    "rag-regression",
    "overall-mismatch",
    "fill-mismatch",
    "xref-broken",
    "xref-unresolved",
];

#[derive(Clone, Default)]
enum Value {
    #[default]
    Blank,
    Text(String),
    /// A real date cell: year, month, day, number format.
    Date(u16, u8, u8, &'static str),
    Number(f64),
    /// A formula and the result Excel would have cached for it (a number,
    /// or an error such as `#REF!`).
    Formula(String, Cached),
}

#[derive(Clone)]
enum Cached {
    Number(f64),
    Error(&'static str),
}

#[derive(Clone, Copy, Default, PartialEq)]
enum Fill {
    /// A status cell takes its status's colour from the workbook's palette;
    /// any other cell has none.
    #[default]
    Auto,
    Colour(u32),
}

#[derive(Clone, Copy, Default, PartialEq)]
enum Style {
    #[default]
    Body,
    /// A table header or label.
    Bold,
    /// A sheet title: bold, larger, not wrapped.
    Title,
    /// A line of text that runs on over the next cells (not wrapped).
    Line,
    /// A label that runs on (bold, not wrapped).
    LineBold,
}

#[derive(Clone, Default)]
struct Cell {
    value: Value,
    style: Style,
    fill: Fill,
    /// A status cell (centred; filled from the palette when `Fill::Auto`).
    status: bool,
    /// Left-aligned (a number or date shown as a form value).
    left: bool,
    /// Extra columns / rows merged with this one.
    across: u16,
    down: u32,
    /// Findings this cell must raise: (rule name, note).
    expect: Vec<(&'static str, String)>,
}

impl Cell {
    fn fill(mut self, colour: u32) -> Self {
        self.fill = Fill::Colour(colour);
        self
    }
    fn across(mut self, n: u16) -> Self {
        self.across = n;
        self
    }
    fn down(mut self, n: u32) -> Self {
        self.down = n;
        self
    }
    fn bold(mut self) -> Self {
        self.style = Style::Bold;
        self
    }
    fn left(mut self) -> Self {
        self.left = true;
        self
    }
    /// A planted defect: the finding `rule` must be reported at this cell.
    fn flag(mut self, rule: &'static str, note: &str) -> Self {
        assert!(RULES.contains(&rule), "unknown rule {rule}");
        self.expect.push((rule, note.to_string()));
        self
    }
}

/// A text cell.
fn t(s: &str) -> Cell {
    Cell {
        value: Value::Text(s.to_string()),
        ..Cell::default()
    }
}

/// A bold header or label cell.
fn h(s: &str) -> Cell {
    t(s).bold()
}

/// A title cell.
fn title(s: &str) -> Cell {
    Cell {
        style: Style::Title,
        ..t(s)
    }
}

/// A line of text running on over the empty cells to its right.
fn line(s: &str) -> Cell {
    Cell {
        style: Style::Line,
        ..t(s)
    }
}

/// A bold label running on over the empty cells to its right.
fn label(s: &str) -> Cell {
    Cell {
        style: Style::LineBold,
        ..t(s)
    }
}

/// An empty cell (bordered when its row is a table row).
fn e() -> Cell {
    Cell::default()
}

/// A status cell, filled in its status's colour as the officer does by hand.
fn st(s: &str) -> Cell {
    Cell {
        status: true,
        ..t(s)
    }
}

/// An empty status cell (an action not rated in that period).
fn st_blank() -> Cell {
    Cell {
        status: true,
        ..Cell::default()
    }
}

/// A date cell shown `dd/mm/yyyy`.
fn d(y: u16, m: u8, day: u8) -> Cell {
    date(y, m, day, "dd/mm/yyyy")
}

fn date(y: u16, m: u8, day: u8, format: &'static str) -> Cell {
    Cell {
        value: Value::Date(y, m, day, format),
        ..Cell::default()
    }
}

fn n(x: f64) -> Cell {
    Cell {
        value: Value::Number(x),
        ..Cell::default()
    }
}

fn fx(formula: &str, cached: Cached) -> Cell {
    Cell {
        value: Value::Formula(formula.to_string(), cached),
        ..Cell::default()
    }
}

struct Row {
    cells: Vec<Cell>,
    /// A table row: every cell up to the sheet's table width is bordered.
    table: bool,
}

struct Sheet {
    name: &'static str,
    rows: Vec<Row>,
    /// Number of columns a table row spans (`trow` pads to it, for borders).
    width: u16,
    widths: &'static [f64],
    /// First row (0-based) below a frozen header, if any.
    freeze: Option<u32>,
    /// Autofilter over (first row, last row, last column), 0-based.
    autofilter: Option<(u32, u32, u16)>,
}

impl Sheet {
    fn new(name: &'static str, width: u16, widths: &'static [f64]) -> Self {
        Sheet {
            name,
            rows: Vec::new(),
            width,
            widths,
            freeze: None,
            autofilter: None,
        }
    }
    /// A plain row (title, key, form field).
    fn row(&mut self, cells: Vec<Cell>) {
        self.rows.push(Row {
            cells,
            table: false,
        });
    }
    /// A row of the table, bordered across the table's width.
    fn trow(&mut self, mut cells: Vec<Cell>) {
        if cells.len() < self.width as usize {
            cells.resize(self.width as usize, Cell::default());
        }
        self.rows.push(Row { cells, table: true });
    }
    fn blank(&mut self) {
        self.row(Vec::new());
    }
    /// The 1-based number of the next row to be added.
    fn next_row(&self) -> usize {
        self.rows.len() + 1
    }
}

/// The status colours a workbook's officers use.
#[derive(Clone, Copy)]
struct Palette {
    blue: u32,
    green: u32,
    amber: u32,
    red: u32,
    grey: u32,
}

/// The standard Excel colours most areas use.
const STANDARD: Palette = Palette {
    blue: 0x0070C0,
    green: 0x00B050,
    amber: 0xFFC000,
    red: 0xFF0000,
    grey: 0xBFBFBF,
};

/// The paler shades of Excel's palette some areas pick instead: light blue,
/// light green, yellow for amber.
const PALE: Palette = Palette {
    blue: 0x00B0F0,
    green: 0x92D050,
    amber: 0xFFFF00,
    red: 0xFF0000,
    grey: 0xBFBFBF,
};

impl Palette {
    /// The colour an officer fills a status in: by what it looks like, so a
    /// look-alike letter or a stray space gets the colour it seems to be.
    /// Anything that is not one status (a split, a sentence) gets none.
    fn colour_for(&self, status: &str) -> Option<u32> {
        let looks: String = status
            .trim()
            .chars()
            .map(|c| match c {
                '\u{0410}' => 'a', // Cyrillic А
                '\u{0412}' => 'b', // Cyrillic В
                '\u{039F}' => 'o', // Greek Ο
                c => c.to_ascii_lowercase(),
            })
            .collect();
        match looks.as_str() {
            "b" | "blue" | "complete" | "completed" => Some(self.blue),
            "g" | "green" | "on track" => Some(self.green),
            "a" | "amber" | "at risk" | "delayed" => Some(self.amber),
            "r" | "red" | "off track" => Some(self.red),
            "grey" | "not started" => Some(self.grey),
            _ => None,
        }
    }
}

struct Book {
    /// The committed file's name (`.xlsx`, or `.ods`/`.xls` for the two that
    /// `scripts/make-fixtures.sh` converts from an intermediate `.xlsx`).
    file: &'static str,
    title: &'static str,
    palette: Palette,
    sheets: Vec<Sheet>,
}

impl Book {
    /// Converted by LibreOffice from an intermediate `.xlsx`.
    fn converted(&self) -> bool {
        !self.file.ends_with(".xlsx")
    }
    fn xlsx_name(&self) -> String {
        let stem = self.file.rsplit_once('.').map_or(self.file, |(s, _)| s);
        format!("{stem}.xlsx")
    }
}

/// One line of `EXPECTED.tsv`.
struct Expected {
    file: &'static str,
    sheet_index: usize,
    sheet: &'static str,
    row: u32,
    col: u16,
    rule: &'static str,
    note: String,
}

// ---------------------------------------------------------------------------
// The writer.

const HEADER_FILL: u32 = 0xDDEBF7;

fn format_for(cell: &Cell, table: bool, palette: &Palette) -> Format {
    let mut f = Format::new();
    f = match cell.style {
        Style::Title => f.set_bold().set_font_size(14),
        Style::Line => f,
        Style::LineBold => f.set_bold(),
        Style::Bold => f.set_bold().set_text_wrap().set_align(FormatAlign::Top),
        Style::Body => f.set_text_wrap().set_align(FormatAlign::Top),
    };
    if table && cell.style == Style::Bold {
        f = f.set_background_color(Color::RGB(HEADER_FILL));
    }
    let fill = match (cell.fill, &cell.value) {
        (Fill::Colour(c), _) => Some(c),
        (Fill::Auto, Value::Text(s)) if cell.status => palette.colour_for(s),
        _ => None,
    };
    if let Some(c) = fill {
        f = f.set_background_color(Color::RGB(c));
        if c == STANDARD.blue {
            f = f.set_font_color(Color::White);
        }
    }
    if cell.status {
        f = f.set_align(FormatAlign::Center);
    }
    if cell.left {
        f = f.set_align(FormatAlign::Left);
    }
    if let Value::Date(_, _, _, num) = cell.value {
        f = f.set_num_format(num);
    }
    if table {
        f = f.set_border(FormatBorder::Thin);
    }
    f
}

/// The findings a book's planted defects must raise, each at the row and
/// column its cell is written to.
fn expected_of(book: &Book) -> Vec<Expected> {
    let mut out = Vec::new();
    for (sheet_index, sheet) in book.sheets.iter().enumerate() {
        for (r, row) in sheet.rows.iter().enumerate() {
            for (c, cell) in row.cells.iter().enumerate() {
                for (rule, note) in &cell.expect {
                    out.push(Expected {
                        file: book.file,
                        sheet_index,
                        sheet: sheet.name,
                        row: r as u32,
                        col: c as u16,
                        rule,
                        note: note.clone(),
                    });
                }
            }
        }
    }
    out
}

fn write_book(book: &Book, path: &Path) -> Result<(), XlsxError> {
    let mut workbook = Workbook::new();
    // A fixed date keeps the files byte-for-byte reproducible.
    workbook.set_properties(
        &DocProperties::new()
            .set_title(book.title)
            .set_author("ragplan samples")
            .set_creation_datetime(&ExcelDateTime::from_ymd(2023, 3, 1)?),
    );
    for sheet in &book.sheets {
        let ws = workbook.add_worksheet();
        ws.set_name(sheet.name)?;
        // Cells covered by a merge (other than its first): must stay empty.
        let mut covered: Vec<(u32, u16)> = Vec::new();
        for (r, row) in sheet.rows.iter().enumerate() {
            let r = r as u32;
            for (c, cell) in row.cells.iter().enumerate() {
                let c = c as u16;
                let format = format_for(cell, row.table, &book.palette);
                if covered.contains(&(r, c)) {
                    assert!(
                        matches!(cell.value, Value::Blank),
                        "{}: {} is inside a merged range",
                        sheet.name,
                        row_col_to_cell(r, c)
                    );
                    continue;
                }
                if cell.across > 0 || cell.down > 0 {
                    let (r2, c2) = (r + cell.down, c + cell.across);
                    for rr in r..=r2 {
                        for cc in c..=c2 {
                            if (rr, cc) != (r, c) {
                                covered.push((rr, cc));
                            }
                        }
                    }
                    let Value::Text(text) = &cell.value else {
                        panic!("only text cells are merged");
                    };
                    ws.merge_range(r, c, r2, c2, text, &format)?;
                    continue;
                }
                match &cell.value {
                    Value::Blank => {
                        if row.table || cell.fill != Fill::Auto {
                            ws.write_blank(r, c, &format)?;
                        }
                    }
                    Value::Text(s) => {
                        ws.write_string_with_format(r, c, s, &format)?;
                    }
                    Value::Date(y, m, day, _) => {
                        ws.write_datetime_with_format(
                            r,
                            c,
                            &ExcelDateTime::from_ymd(*y, *m, *day)?,
                            &format,
                        )?;
                    }
                    Value::Number(x) => {
                        ws.write_number_with_format(r, c, *x, &format)?;
                    }
                    Value::Formula(f, cached) => {
                        let result = match cached {
                            Cached::Number(x) => format!("{x}"),
                            Cached::Error(e) => (*e).to_string(),
                        };
                        ws.write_formula_with_format(
                            r,
                            c,
                            Formula::new(f).set_result(result),
                            &format,
                        )?;
                    }
                }
            }
        }
        for (col, width) in sheet.widths.iter().enumerate() {
            ws.set_column_width(col as u16, *width)?;
        }
        // Row heights for wrapped text, as Excel would have fitted them when
        // the officer typed it (a file records them; nothing refits on open).
        for (r, row) in sheet.rows.iter().enumerate() {
            let lines = row
                .cells
                .iter()
                .enumerate()
                .map(|(c, cell)| lines_needed(sheet, c, cell))
                .max()
                .unwrap_or(1);
            if lines > 1 {
                ws.set_row_height(r as u32, 15.0 * lines as f64)?;
            }
        }
        if let Some(first) = sheet.freeze {
            ws.set_freeze_panes(first, 0)?;
        }
        if let Some((r1, r2, c2)) = sheet.autofilter {
            ws.autofilter(r1, 0, r2, c2)?;
        }
        ws.set_landscape();
        ws.set_print_fit_to_pages(1, 0);
    }
    workbook.save(path)
}

/// How many lines a wrapped text cell takes at its column's width (merged
/// across: their widths added), at about 1.1 characters per unit of width.
fn lines_needed(sheet: &Sheet, col: usize, cell: &Cell) -> usize {
    let Value::Text(text) = &cell.value else {
        return 1;
    };
    if matches!(cell.style, Style::Title | Style::Line | Style::LineBold) || cell.down > 0 {
        return 1;
    }
    let width: f64 = (col..=col + cell.across as usize)
        .map(|c| sheet.widths.get(c).copied().unwrap_or(8.43))
        .sum();
    let per_line = ((width - 1.0) * 1.1).max(1.0) as usize;
    // Greedy word wrap.
    let mut lines = 1;
    let mut used = 0;
    for word in text.split(' ') {
        let w = word.chars().count();
        if used > 0 && used + 1 + w > per_line {
            lines += 1;
            used = w;
        } else {
            used += if used > 0 { 1 + w } else { w };
        }
    }
    lines
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut out = PathBuf::from("samples/other-areas");
    let mut intermediate: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--intermediate" {
            intermediate = Some(PathBuf::from(
                args.next().ok_or("--intermediate needs a folder")?,
            ));
        } else {
            out = PathBuf::from(arg);
        }
    }
    std::fs::create_dir_all(&out)?;
    if let Some(dir) = &intermediate {
        std::fs::create_dir_all(dir)?;
    }
    let mut expected = Vec::new();
    for book in books() {
        expected.extend(expected_of(&book));
        let path = match (&intermediate, book.converted()) {
            (_, false) => out.join(book.file),
            (Some(dir), true) => dir.join(book.xlsx_name()),
            // Only its EXPECTED.tsv lines: the committed file is the converted one.
            (None, true) => continue,
        };
        write_book(&book, &path)?;
        println!("wrote {}", path.display());
    }
    expected.sort_by(|a, b| {
        (a.file, a.sheet_index, a.row, a.col).cmp(&(b.file, b.sheet_index, b.row, b.col))
    });
    let mut tsv = String::new();
    for x in &expected {
        tsv.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\n",
            x.file,
            x.rule,
            x.sheet,
            row_col_to_cell(x.row, x.col),
            x.note
        ));
    }
    let path = out.join("EXPECTED.tsv");
    std::fs::write(&path, tsv)?;
    println!("wrote {} ({} findings)", path.display(), expected.len());
    Ok(())
}

fn books() -> Vec<Book> {
    vec![
        northfield(),
        eastmoor(),
        westbrook(),
        southvale(),
        riverside(),
        oakham(),
        harbour(),
        lakeside(),
        fenwick(),
    ]
}

// ---------------------------------------------------------------------------
// 1. Northfield: a work-stream action plan, one column per quarter, a RAG key
// written across one row, work streams as section rows merged across.

fn northfield() -> Book {
    let mut cover = Sheet::new("Cover", 2, &[16.0, 100.0]);
    cover.row(vec![title("Northfield Local Area SEND Partnership")]);
    cover.row(vec![
        h("Written Statement of Action: work-stream action plan 2022/23").across(1),
    ]);
    cover.blank();
    cover.row(vec![h("Version"), n(4.0).left()]);
    cover.row(vec![
        h("Last reviewed"),
        date(2023, 1, 16, "d mmmm yyyy").left(),
    ]);
    cover.row(vec![h("Approved by"), t("SEND Improvement Board")]);
    cover.blank();
    cover.row(vec![t(
        "Following the joint Ofsted and CQC inspection of the local area in March 2022, Northfield City \
         Council and Northfield Integrated Care Board were required to produce a Written Statement of \
         Action. This plan sets out what the partnership will do in each of three work streams, who \
         leads each action, and how we will know that it has made a difference to children and young \
         people with SEND and their families. Every action is rated at the end of each quarter by its \
         lead and checked by the work-stream chair before the Board meets. The Board publishes a \
         summary of progress on the Local Offer website each term.",
    )
    .across(1)]);

    let mut plan = Sheet::new(
        "Action Plan",
        11,
        &[
            9.0, 50.0, 24.0, 17.0, 12.0, 11.0, 11.0, 11.0, 11.0, 60.0, 22.0,
        ],
    );
    let p = STANDARD;
    plan.row(vec![title(
        "Northfield SEND Written Statement of Action: action plan 2022/23",
    )]);
    plan.row(vec![
        h("RAG key:"),
        t("B = Complete and embedded").fill(p.blue),
        t("G = On track").fill(p.green),
        t("A = Some slippage, recoverable").fill(p.amber),
        t("R = Off track").fill(p.red),
    ]);
    plan.blank();
    plan.trow(
        [
            "Ref",
            "Action",
            "Action lead",
            "Lead agency",
            "Target date",
            "Q1 2022/23",
            "Q2 2022/23",
            "Q3 2022/23",
            "Q4 2022/23",
            "Progress update",
            "Dependencies",
        ]
        .map(h)
        .to_vec(),
    );
    plan.freeze = Some(4);
    let section = |s: &str| vec![h(s).across(10)];

    plan.trow(section("Workstream 1: Leadership, governance and strategy"));
    plan.trow(vec![
        t("WS1.1"),
        t("Publish a co-produced SEND and Inclusion Strategy 2022 to 2026 with the Parent Carer \
           Forum, setting out shared priorities and the outcomes we will measure."),
        t("Sarah Okafor"),
        t("Council/ICB"),
        d(2022, 9, 30),
        st("G"),
        st("G"),
        st("B"),
        st("B"),
        t("Jul 22: Draft strategy consulted on at four family events and two SENCO briefings. \
           Oct 22: Strategy approved by Cabinet and the ICB Board and published on the Local Offer."),
        e(),
    ]);
    plan.trow(vec![
        t("WS1.2"),
        t("Refresh the terms of reference and membership of the SEND Improvement Board so that \
           education, health, social care and parent carer representatives share accountability \
           for the plan."),
        t("Head of SEND Services"),
        t("Council"),
        d(2022, 7, 31),
        st("G"),
        st("B"),
        st("B"),
        st("B"),
        t("Jun 22: Revised terms of reference agreed. Jul 22: The Parent Carer Forum co-chair now \
           sits on the Board as a full member."),
        e(),
    ]);
    plan.trow(vec![
        t("WS1.3"),
        t("Develop a SEND performance dashboard, reported monthly to the Board, covering EHC needs \
           assessment timeliness, tribunal outcomes, suspensions and the attendance of pupils with \
           SEND."),
        t("Sarah Okafor"),
        t("Council"),
        d(2022, 12, 31),
        st("A"),
        st("A"),
        st("A ").flag("rag-noncanonical", "A with a trailing space"),
        st("G"),
        t("Aug 22: Education measures built; health measures waiting on a data sharing agreement. \
           Dec 22: Data sharing agreement signed by both trusts. Feb 23: Dashboard live and \
           reported to the February Board."),
        e(),
    ]);
    plan.trow(vec![
        t("WS1.4"),
        t("Agree a joint SEND commissioning intentions statement between the Council and the ICB, \
           in line with the SEND and Inclusion Strategy."),
        t("Maria Lopez/ Dan Whitfield"),
        t("Council/ICB"),
        d(2023, 3, 31),
        st("A"),
        st("A"),
        st("G"),
        st("G"),
        t("Sep 22: Joint needs analysis shared with commissioners. Jan 23: Draft statement agreed \
           by the Joint Commissioning Group, for sign-off at the March Board."),
        t("Linked to WS1.2"),
    ]);
    plan.trow(vec![
        t("WS1.5"),
        t(
            "Run a communications plan so that families hear, every half term, what has changed as \
           a result of the Written Statement of Action.",
        ),
        t("Kerry Ashworth"),
        t("Council"),
        t("Ongoing"),
        st("G"),
        st("G"),
        st("G"),
        st("G"),
        t(
            "Family newsletters issued in May, July, October and December 2022 and February 2023. \
           See the SEND Strategy on the Local Offer website.",
        ),
        e(),
    ]);
    plan.trow(vec![
        t("WS1.6"),
        t(
            "Give the Parent Carer Forum a seat on every work-stream group and pay parent carer \
           representatives for their time.",
        ),
        t("Head of SEND Services"),
        t("Parent Carer Forum"),
        d(2022, 6, 30),
        st("B"),
        st("B"),
        st("B"),
        st("B"),
        t("Apr 22: Participation policy agreed. Payments made quarterly since May 2022."),
        e(),
    ]);

    plan.trow(section(
        "Workstream 2: Identification and assessment of need",
    ));
    plan.trow(vec![
        t("WS2.1"),
        t(
            "Audit 10% of new EHC plans each month against the quality framework, with health and \
           social care advisers on every audit panel.",
        ),
        t("Sarah Okafor"),
        t("Council"),
        d(2023, 3, 31),
        st("A"),
        st("G"),
        st("G"),
        st("G"),
        t(
            "Jun 22: First multi-agency audit panel held. Nov 22: 38 plans audited since July; 71% \
           rated good or better, up from 46% at the inspection.",
        ),
        e(),
    ]);
    plan.trow(vec![
        t("WS2.2"),
        t("Reduce the time taken to complete EHC needs assessments so that at least 60% of new \
           plans are issued within 20 weeks by March 2023."),
        t("Nadia Hussain"),
        t("Council"),
        d(2023, 3, 31),
        st("R"),
        st("A"),
        st("A"),
        st("A"),
        t("Jul 22: Two additional case coordinators appointed. Dec 22: 48% issued within 20 weeks \
           (year to date), up from 22%. Mar 23: Backlog of overdue assessments cleared; 55% within \
           20 weeks this quarter. Target moved to the 2023/24 plan."),
        e(),
    ]);
    plan.trow(vec![
        t("WS2.3"),
        t(
            "Make sure health advice for EHC needs assessments is returned within six weeks, \
           monitored by the Designated Clinical Officer.",
        ),
        t("Designated Clinical Officer (DCO)"),
        t("ICB"),
        d(2022, 12, 31),
        st("A"),
        st("A"),
        st("G"),
        st("G"),
        t(
            "Sep 22: Health advice tracker in use by all three providers. Dec 22: 89% of advice \
           returned within six weeks.",
        ),
        e(),
    ]);
    plan.trow(vec![
        t("WS2.4"),
        t("Roll out the Northfield Graduated Approach toolkit to all mainstream schools, with \
           termly training for SENCOs."),
        t("Principal Educational Psychologist"),
        t("Council"),
        d(2023, 3, 31),
        st("A"),
        st("G"),
        st("G"),
        st("A").flag("rag-regression", "G in Q3 2022/23, A in Q4 2022/23"),
        t("Oct 22: Toolkit launched at the autumn SENCO conference. Mar 23: Second round of SENCO \
           training delivered to 64 schools."),
        e(),
    ]);
    plan.trow(vec![
        t("WS2.5"),
        t(
            "Introduce a multi-agency panel to decide requests for EHC needs assessment, with a \
           parent carer representative observing.",
        ),
        t("Dan Whitfield/Maria Lopez"),
        t("Council/ICB"),
        d(2022, 10, 31),
        st("G"),
        st("G"),
        st("B"),
        st("B"),
        t(
            "Sep 22: Panel terms of reference agreed. Oct 22: Panel meeting weekly; decisions sent \
           to families within five working days.",
        ),
        e(),
    ]);
    plan.trow(vec![
        t("WS2.6"),
        t(
            "Commission an early identification pathway for speech, language and communication \
           needs in early years settings.",
        ),
        t("Lucy Fairbairn"),
        t("ICB"),
        d(2023, 3, 31),
        st("A"),
        st("\u{0410}").flag("rag-homoglyph", "Cyrillic capital А (U+0410) posing as A"),
        st("A"),
        st("G"),
        t(
            "Jul 22: Service specification drafted with the speech and language therapy service. \
           Nov 22: Pathway piloted in 12 nurseries. Feb 23: Pathway live in all settings.",
        ),
        e(),
    ]);
    plan.trow(vec![
        t("WS2.7"),
        t("Publish clear guidance for parents on asking for an EHC needs assessment, written with \
           the Parent Carer Forum."),
        t("Kerry Ashworth"),
        t("Parent Carer Forum"),
        d(2022, 9, 30),
        st("G"),
        st("B"),
        st("B"),
        st("B"),
        t("Aug 22: Guidance published on the Local Offer and sent to every school."),
        e(),
    ]);

    plan.trow(section("Workstream 3: Preparation for adulthood"));
    plan.trow(vec![
        t("WS3.1"),
        t(
            "Develop a preparation for adulthood pathway so that every annual review from Year 9 \
           covers employment, independent living, friendships and community, and good health.",
        ),
        t("Sarah Okafor"),
        t("Council"),
        d(2023, 3, 31),
        st("A"),
        st("A"),
        st("G"),
        st("G"),
        t(
            "Oct 22: Pathway drafted with the Youth Voice group. Mar 23: Pathway agreed by the \
           Preparation for Adulthood Board; the supported employment element has moved, see WS3.9.",
        )
        .flag("xref-broken", "see WS3.9; Workstream 3 has WS3.1 to WS3.4"),
        e(),
    ]);
    plan.trow(vec![
        t("WS3.2"),
        t(
            "Increase supported internships from 12 to 30 places by September 2023, working with \
           local employers and Northfield College.",
        ),
        t("Sara Okafor").flag(
            "lead-variant",
            "Sara Okafor; Sarah Okafor leads four actions",
        ),
        t("Council"),
        d(2023, 9, 30),
        st("A"),
        st("A"),
        st("A"),
        st("G"),
        t(
            "Nov 22: Two NHS trusts and the Council signed up as host employers. Feb 23: 26 places \
           confirmed for September.",
        ),
        e(),
    ]);
    plan.trow(vec![
        t("WS3.3"),
        t("Agree a joint transition protocol between children's and adults' social care and \
           health services for young people aged 14 to 25."),
        t("TBC").flag("missing-lead", "TBC as lead"),
        t("Council/ICB"),
        d(2023, 3, 31),
        st("R"),
        st("A"),
        st("A"),
        st("A"),
        t("Sep 22: Draft protocol shared with the Parent Carer Forum. Mar 23: Lead to be confirmed \
           after the adult services restructure; protocol in use for new referrals meanwhile."),
        e(),
    ]);
    plan.trow(vec![
        t("WS3.4"),
        t("Co-produce an easy-read moving on guide with young people from the Youth Voice group."),
        t("Kerry Ashworth"),
        t("Parent Carer Forum"),
        d(2022, 12, 31),
        st("G"),
        st("G"),
        st("G"),
        st_blank().flag(
            "rag-missing",
            "no Q4 2022/23 status; every other action has one",
        ),
        t(
            "Nov 22: Guide drafted with eight young people from the Youth Voice group; design work \
           under way.",
        ),
        e(),
    ]);
    Book {
        file: "northfield-workstream-plan.xlsx",
        title: "Northfield SEND WSoA action plan",
        palette: p,
        sheets: vec![cover, plan],
    }
}

// ---------------------------------------------------------------------------
// 2. Eastmoor: a WSoA tracker, improvement areas as section rows that carry
// the area's stated status in the Current RAG column; colour words in full;
// a Key sheet. Committed as LibreOffice's .ods.

fn eastmoor() -> Book {
    let p = STANDARD;
    let mut s = Sheet::new(
        "WSoA tracker",
        9,
        &[7.0, 52.0, 20.0, 24.0, 13.0, 11.0, 11.0, 40.0, 55.0],
    );
    s.row(vec![title(
        "Eastmoor Local Area SEND Written Statement of Action: tracker",
    )]);
    s.row(vec![line(
        "Position at 28 February 2023, as agreed by the SEND Partnership Board",
    )]);
    s.trow(
        [
            "No.",
            "Action",
            "Lead officer",
            "Partners",
            "By when",
            "Previous RAG",
            "Current RAG",
            "Evidence of impact",
            "Commentary",
        ]
        .map(h)
        .to_vec(),
    );
    s.freeze = Some(3);
    let by = |y, m, day| date(y, m, day, "dd-mmm-yy");
    // A section row: the improvement area merged across A–E, its stated
    // overall status in the Current RAG column.
    let area = |text: &str, stated: Cell| vec![h(text).across(4), e(), e(), e(), e(), e(), stated];

    s.trow(area(
        "Improvement area 1: Strategic leadership and a shared understanding of need across \
         education, health and care",
        st("Green"),
    ));
    s.trow(vec![
        t("1.1"),
        t(
            "Publish a refreshed SEND Joint Strategic Needs Assessment and share its data with all \
           partners through one dashboard.",
        ),
        t("Helen Marsh"),
        t("Health, Education, Social Care"),
        by(2022, 10, 31),
        st("Green"),
        st("Blue"),
        t(
            "JSNA published October 2022; dashboard used by the Partnership Board and the three \
           locality groups.",
        ),
        t("Complete. The dashboard is refreshed every month by the Council's insight team."),
    ]);
    s.trow(vec![
        t("1.2"),
        t(
            "Appoint a jointly funded SEND Partnership Manager to coordinate the Written Statement \
           of Action across the Council and the ICB.",
        ),
        t("Assistant Director, Education and Inclusion"),
        t("Education, Health"),
        by(2022, 6, 30),
        st("Blue"),
        st("Blue"),
        t("Partnership Manager in post since June 2022."),
        t("Complete."),
    ]);
    s.trow(vec![
        t("1.3"),
        t("Hold a SEND Partnership Board every quarter, with published minutes and an action log."),
        t("Helen Marsh"),
        t("Health, Education, Social Care, Parent Carer Forum"),
        t("Spring term 2023"),
        st("Green"),
        st("Green"),
        t("Minutes of the June, September and December Boards on the Local Offer."),
        t(
            "The Board now meets in a school or family hub each time, with parents invited to the \
           first hour.",
        ),
    ]);
    s.trow(vec![
        t("1.4"),
        t(
            "Co-produce a SEND outcomes framework with families, setting out what good looks like \
           at each stage from the early years to adulthood.",
        ),
        t("Owen Pritchard"),
        t("Parent Carer Forum, Education, Health"),
        by(2023, 3, 31),
        st("Amber"),
        st("GREEN").flag(
            "rag-noncanonical",
            "GREEN in capitals; the plan writes Green",
        ),
        t("Draft framework tested at three parent workshops (62 parents)."),
        t("Final draft goes to the March Board for agreement."),
    ]);
    s.trow(vec![
        t("1.5"),
        t(
            "Train SEND, health and social care staff to use the outcomes framework in their \
           assessments and reviews.",
        ),
        t("Helen Marsh"),
        t("Health, Education, Social Care"),
        by(2023, 4, 30),
        st("Green"),
        st("Green"),
        t("Training materials written with the Parent Carer Forum."),
        t("First sessions booked for April, once the framework is agreed."),
    ]);

    s.trow(area(
        "Improvement area 2: Waiting times for neurodevelopmental assessment and for therapies",
        st("Amber").flag(
            "overall-mismatch",
            "area 2 stated Amber; 2.1 is Red, so the roll-up is Red",
        ),
    ));
    s.trow(vec![
        t("2.1"),
        t("Reduce the waiting time for an autism assessment for children under five to 18 weeks."),
        t("Designated Clinical Officer (DCO)"),
        t("Health"),
        by(2023, 3, 31),
        st("Red"),
        st("Red"),
        t("Average wait 41 weeks in January, from 52 weeks in September."),
        t(
            "Additional clinics funded by the ICB from April. Target will not be met by March and \
           has been escalated to the Partnership Board.",
        ),
    ]);
    s.trow(vec![
        t("2.2"),
        t(
            "Commission additional speech and language therapy capacity to clear the backlog of \
           initial assessments.",
        ),
        t("Farid Rahman"),
        t("Health, Education"),
        by(2022, 12, 31),
        st("Amber"),
        st("Amber"),
        t("Backlog down from 310 to 140 children."),
        t(
            "Two therapists recruited from January. Support for schools will also come through the \
           resourced provision (see 3.6).",
        )
        .flag("xref-broken", "see 3.6; improvement area 3 has 3.1 to 3.4"),
    ]);
    s.trow(vec![
        t("2.3"),
        t("Introduce a waiting well offer of support for families waiting for a neurodevelopmental \
           assessment."),
        t("Hellen Marsh").flag("lead-variant", "Hellen Marsh; Helen Marsh leads four actions"),
        t("Health, Social Care, Parent Carer Forum"),
        t("Spring term 2023"),
        st("Amber"),
        st("Ongoing – awaiting data from health")
            .flag("rag-free-text", "a sentence in the Current RAG cell"),
        t("Parent workshops running monthly in two localities."),
        t("Uptake figures for the workshops have been requested from the provider."),
    ]);
    s.trow(vec![
        t("2.4"),
        t(
            "Publish waiting times for each therapy service on the Local Offer and update them \
           every month.",
        ),
        t("Farid Rahman"),
        t("Health"),
        by(2022, 11, 30),
        st("Green"),
        st("Green"),
        t("Waiting times page live since November."),
        t("Updated on the first working day of each month."),
    ]);

    s.trow(area(
        "Improvement area 3: Inclusion in mainstream schools and the graduated response",
        st("Amber"),
    ));
    s.trow(vec![
        t("3.1"),
        t(
            "Launch the Eastmoor Ordinarily Available Provision guidance in every school and \
           setting.",
        ),
        t("Owen Pritchard"),
        t("Education"),
        by(2022, 9, 30),
        st("Blue"),
        st("Blue"),
        t("Guidance launched at the September headteachers' conference; all schools briefed."),
        t("Complete."),
    ]);
    s.trow(vec![
        t("3.2"),
        t("Reduce suspensions and permanent exclusions of pupils with SEND through a weekly \
           inclusion support panel."),
        t("Helen Marsh"),
        t("Education, Social Care"),
        by(2023, 7, 31),
        st("Green"),
        st("Amber").flag("rag-regression", "Previous RAG Green, Current RAG Amber"),
        t("Permanent exclusions of pupils with EHC plans: none since September."),
        t("Suspensions of pupils at SEN support rose in the autumn term; outreach from the special \
           school has been agreed for the six secondary schools most affected."),
    ]);
    s.trow(vec![
        t("3.3"),
        t("Hold a SENCO induction programme and SENCO network meetings every half term."),
        t("Gemma Holt"),
        t("Education"),
        by(2023, 3, 31),
        st("Green"),
        st("Green")
            .fill(p.amber)
            .flag("fill-mismatch", "Green on an amber fill"),
        t("Network attendance 84% of schools in the autumn term."),
        t("Spring term network planned around the outcomes framework."),
    ]);
    s.trow(vec![
        t("3.4"),
        t("Open resourced provision for autistic pupils in two secondary schools."),
        t("Owen Pritchard"),
        t("Education"),
        by(2023, 9, 1),
        st("Amber"),
        st("Amber"),
        t("One school confirmed; building works start at Easter."),
        t("The second school's governors meet in March to decide."),
    ]);

    s.trow(area(
        "Improvement area 4: Preparation for adulthood and the move to adult services",
        st("Green"),
    ));
    s.trow(vec![
        t("4.1"),
        t(
            "Make sure every young person with an EHC plan has a preparation for adulthood review \
           from Year 9.",
        ),
        t("Gemma Holt"),
        t("Education, Social Care"),
        by(2023, 3, 31),
        st("Green"),
        st("Green"),
        t("Audit of autumn term reviews: 88% included preparation for adulthood outcomes."),
        t("Repeat audit in the summer term."),
    ]);
    s.trow(vec![
        t("4.2"),
        t("Agree an all-age transition protocol between children's and adult social care."),
        t("N/A").flag("missing-lead", "N/A as lead officer"),
        t("Social Care, Health"),
        by(2023, 5, 31),
        st("Green"),
        st("Green"),
        t("Protocol drafted and tested on ten young people approaching 18."),
        t("Awaiting sign-off by the new Head of Adult Social Care."),
    ]);
    s.trow(vec![
        t("4.3"),
        t("Extend the supported internship programme to two more employers."),
        t("Owen Pritchard"),
        t("Education, Health"),
        t("Spring term 2023"),
        st("Green"),
        st("Blue"),
        t("Eastmoor Hospital and the Council each host four interns."),
        t("Builds on the transition protocol (see 4.2)."),
    ]);

    let mut key = Sheet::new("Key", 2, &[12.0, 60.0]);
    key.trow(vec![h("RAG"), h("Meaning")]);
    for (code, meaning) in [
        ("Blue", "Action complete and embedded"),
        ("Green", "On track to be delivered by the date set"),
        ("Amber", "Some risk to delivery; mitigations in place"),
        (
            "Red",
            "Significant risk; will not be delivered by the date set",
        ),
    ] {
        key.trow(vec![st(code), t(meaning)]);
    }

    Book {
        file: "eastmoor-wsoa-tracker.ods",
        title: "Eastmoor SEND WSoA tracker",
        palette: p,
        sheets: vec![s, key],
    }
}

// ---------------------------------------------------------------------------
// 3. Westbrook: theme sheets, each holding two areas of weakness as section
// rows; two lead-like columns (the responsible officer is the lead, the
// accountable lead signs off); statuses as words, with a RAG key sheet.

fn westbrook() -> Book {
    let p = STANDARD;
    let mut contents = Sheet::new("Contents", 1, &[100.0]);
    contents.row(vec![title("Westbrook SEND Improvement Plan 2022 to 2024")]);
    contents.row(vec![h("Contents")]);
    contents.row(vec![t(
        "Theme 1: Identifying and meeting needs early (areas of weakness 1 and 2)",
    )]);
    contents.row(vec![t(
        "Theme 2: Improving the quality and timeliness of EHC plans (areas of weakness 3 and 4)",
    )]);
    contents.row(vec![t("RAG key")]);
    contents.blank();
    contents.row(vec![t(
        "Responsible officers update their theme sheet before each monthly SEND Improvement \
         Board. The accountable lead agrees the rating before the sheet is circulated.",
    )]);

    let header = || {
        [
            "Ref",
            "What we will do",
            "Responsible officer",
            "Accountable lead",
            "Timescale",
            "RAG",
            "Progress this period",
        ]
        .map(h)
        .to_vec()
    };
    const WIDTHS: &[f64] = &[9.0, 55.0, 22.0, 26.0, 12.0, 12.0, 60.0];
    let aow = |s: &str| vec![h(s).across(6)];

    let mut theme1 = Sheet::new("Theme 1 Identification", 7, WIDTHS);
    theme1.row(vec![title("Theme 1: Identifying and meeting needs early")]);
    theme1.row(vec![line("Theme lead: Director of Education")]);
    theme1.blank();
    theme1.trow(header());
    theme1.freeze = Some(4);
    theme1.trow(aow(
        "AoW 1: Children's needs are not identified early enough, particularly in the early years",
    ));
    theme1.trow(vec![
        t("AoW1.1"),
        t(
            "Carry out the integrated review at two years jointly with health visitors and early \
           years settings.",
        ),
        t("Joe Brannigan"),
        t("Head of Early Years"),
        t("Sept 2022"),
        st("Complete"),
        t(
            "Integrated reviews now held in all 14 family hubs. Health visitors and setting staff \
           complete one shared record.",
        ),
    ]);
    theme1.trow(vec![
        t("AoW1.2"),
        t("Train early years practitioners to use the Early Years SEND toolkit."),
        t("Rebecca Stanton"),
        t("Head of Early Years"),
        t("Spring 2023"),
        st("On track"),
        t("112 practitioners trained since September. A further cohort is booked for April."),
    ]);
    theme1.trow(vec![
        t("AoW1.3"),
        t(
            "Set up an early years SEND panel that agrees support and funding within four weeks of \
           a request.",
        ),
        t("Joe Brannigan"),
        t("Head of Early Years"),
        t("March 2023"),
        st("At risk"),
        t(
            "The panel meets fortnightly, but decisions are taking six weeks on average. Extra \
           officer time has been requested from the Board.",
        ),
    ]);
    theme1.trow(vec![
        t("AoW1.4"),
        t("Publish a guide to the Early Years Inclusion Fund for settings and parents."),
        e().flag(
            "missing-lead",
            "no responsible officer (the accountable lead is filled)",
        ),
        t("Head of Early Years"),
        t("Sept 2022"),
        st("Complete"),
        t("Guide published on the Local Offer and sent to every setting."),
    ]);
    theme1.trow(aow(
        "AoW 2: Mainstream schools do not consistently meet the needs of pupils at SEN support",
    ));
    theme1.trow(vec![
        t("AoW2.1"),
        t(
            "Launch the Westbrook SEN support framework, setting out what every school should \
           ordinarily provide.",
        ),
        t("Joe Branigan").flag(
            "lead-variant",
            "Joe Branigan; Joe Brannigan is responsible for three actions",
        ),
        t("Assistant Director, Inclusion"),
        t("Sept 2022"),
        st("Complete"),
        t("Framework launched at the headteachers' conference and adopted by all 61 schools."),
    ]);
    theme1.trow(vec![
        t("AoW2.2"),
        t("Offer every school an annual SEND review visit from the Inclusion Support Team."),
        t("Ruth Okonedo"),
        t("Assistant Director, Inclusion"),
        t("Ongoing"),
        st("On track"),
        t(
            "23 review visits completed this term; each school receives a written report and an \
           agreed action plan.",
        ),
    ]);
    theme1.trow(vec![
        t("AoW2.3"),
        t("Hold a SENCO network meeting in each locality every term."),
        t("NM").flag("lead-initials", "NM: initials, not a name"),
        t("Assistant Director, Inclusion"),
        t("Ongoing"),
        st("On track"),
        t("Spring term networks held in all four localities; average attendance 78%."),
    ]);
    theme1.trow(vec![
        t("AoW2.4"),
        t(
            "Introduce outreach from special schools to support mainstream schools with pupils who \
           have complex needs.",
        ),
        t("Ruth Okonedo"),
        t("Assistant Director, Inclusion"),
        t("Q2 2023/24"),
        st("Not started"),
        t(
            "Outreach model agreed in principle; funding to be confirmed in the 2023/24 high needs \
           budget.",
        ),
    ]);
    theme1.trow(vec![
        t("AoW2.5"),
        t("Review the use of reduced timetables for pupils with SEND and report to the Board each \
           term."),
        t("Joe Brannigan"),
        t("Assistant Director, Inclusion"),
        t("March 2023"),
        st("Meeting held with schools, next steps agreed")
            .flag("rag-free-text", "a sentence in the RAG cell"),
        t("Schools have returned data for 212 pupils on reduced timetables. A protocol for their \
           use is being drafted."),
    ]);

    let mut theme2 = Sheet::new("Theme 2 EHCPs", 7, WIDTHS);
    theme2.row(vec![title(
        "Theme 2: Improving the quality and timeliness of EHC plans",
    )]);
    theme2.row(vec![line("Theme lead: Director of Education")]);
    theme2.blank();
    theme2.trow(header());
    theme2.freeze = Some(4);
    theme2.trow(aow(
        "AoW 3: EHC plans do not describe children's needs and the outcomes they are working \
         towards well enough",
    ));
    theme2.trow(vec![
        t("AoW3.1"),
        t("Adopt a multi-agency quality standard for EHC plans, co-produced with the Parent Carer \
           Forum."),
        t("Claire Oduya"),
        t("Head of SEND"),
        t("Sept 2022"),
        st("Complete"),
        t("Quality standard agreed by the Board and in use by all plan writers."),
    ]);
    theme2.trow(vec![
        t("AoW3.2"),
        t("Audit a sample of new EHC plans every month and give written feedback to each writer."),
        t("Claire Oduya"),
        t("Head of SEND"),
        t("Ongoing"),
        st("on track").flag(
            "rag-noncanonical",
            "on track in lower case; the key writes On track",
        ),
        t("30 plans audited this term; 64% met the standard, up from 41% in the autumn."),
    ]);
    theme2.trow(vec![
        t("AoW3.3"),
        t(
            "Train EHC plan writers and advice givers to write outcomes that are specific and \
           measurable.",
        ),
        t("Principal Educational Psychologist"),
        t("Head of SEND"),
        t("Spring 2023"),
        st("On track"),
        t(
            "Four of six sessions delivered; educational psychologists and therapists attended \
           alongside caseworkers.",
        ),
    ]);
    theme2.trow(vec![
        t("AoW3.4"),
        t(
            "Make sure social care advice is given for every needs assessment of a child known to \
           children's social care.",
        ),
        t("Marcus Adeyemi"),
        t("Assistant Director, Children's Social Care"),
        t("March 2023"),
        st("At risk"),
        t(
            "Advice returned in 64% of cases. Dependent on AoW3.7 (social care SEND champions in \
           each team).",
        )
        .flag(
            "xref-broken",
            "Dependent on AoW3.7; AoW 3 has AoW3.1 to AoW3.5",
        ),
    ]);
    theme2.trow(vec![
        t("AoW3.5"),
        t("Put the child's own voice in every EHC plan, using the All about me section."),
        t("Claire Oduya"),
        t("Head of SEND"),
        t("Ongoing"),
        st("On track"),
        t("All about me completed in 91% of plans audited this term."),
    ]);
    theme2.trow(aow(
        "AoW 4: Annual reviews of EHC plans are not completed on time",
    ));
    theme2.trow(vec![
        t("AoW4.1"),
        t("Recruit three more SEND caseworkers to support annual reviews."),
        t("SEND Service Manager"),
        t("Head of SEND"),
        t("Sept 2022"),
        st("Complete"),
        t("All three caseworkers in post since September."),
    ]);
    theme2.trow(vec![
        t("AoW4.2"),
        t("Clear the backlog of overdue annual reviews."),
        t("SEND Service Manager"),
        t("Head of SEND"),
        t("March 2023"),
        st("Off track"),
        t(
            "Backlog reduced from 410 to 265 reviews, but it will not be cleared by March. A \
           recovery plan has been agreed with the Board.",
        ),
    ]);
    theme2.trow(vec![
        t("AoW4.3"),
        t("Simplify the annual review paperwork with schools and families."),
        t("Claire Oduya"),
        t("Head of SEND"),
        t("Q2 2023/24"),
        st("Not started"),
        t("Reviews of pupils on reduced timetables will come first (see AoW2.5)."),
    ]);

    let mut key = Sheet::new("RAG key", 2, &[14.0, 70.0]);
    key.trow(vec![h("RAG"), h("What it means")]);
    for (status, meaning) in [
        (
            "Complete",
            "The action is finished and the change is embedded in practice",
        ),
        (
            "On track",
            "Progressing to plan and expected to meet the timescale",
        ),
        (
            "At risk",
            "Some slippage; the responsible officer has a plan to recover it",
        ),
        (
            "Off track",
            "Will not meet the timescale; escalated to the accountable lead",
        ),
        ("Not started", "Not yet due to start"),
    ] {
        key.trow(vec![st(status), t(meaning)]);
    }

    Book {
        file: "westbrook-theme-sheets.xlsx",
        title: "Westbrook SEND Improvement Plan",
        palette: p,
        sheets: vec![contents, theme1, theme2, key],
    }
}

// ---------------------------------------------------------------------------
// 4. Southvale: a monthly progress report, one sheet per priority, a word
// scale defined in a one-cell key, the priority's stated status beside an
// `Overall status:` label, month headers as text. Committed as LibreOffice's
// .xls.

/// One Southvale action: ref, action, lead, five monthly statuses, comments.
fn southvale_action(
    sheet: &mut Sheet,
    id: &str,
    action: &str,
    lead: Cell,
    months: [Cell; 5],
    comments: Cell,
) {
    let mut cells = vec![t(id), t(action), lead];
    cells.extend(months);
    cells.push(comments);
    sheet.trow(cells);
}

fn southvale_sheet(name: &'static str, title_text: &str, stated: Cell) -> Sheet {
    let mut s = Sheet::new(
        name,
        9,
        &[14.0, 55.0, 24.0, 11.0, 11.0, 11.0, 11.0, 11.0, 60.0],
    );
    s.row(vec![title(title_text)]);
    s.row(vec![t(
        "Key: Completed – action finished; On track – progressing to plan; Delayed – behind plan, \
         recovery in place; Not started – not yet due",
    )
    .across(8)]);
    s.row(vec![h("Overall status:"), stated]);
    s.blank();
    s.trow(
        [
            "Ref", "Action", "Lead", "Sept 22", "Oct 22", "Nov 22", "Dec 22", "Jan 23", "Comments",
        ]
        .map(h)
        .to_vec(),
    );
    s.freeze = Some(5);
    s
}

fn southvale() -> Book {
    let p = STANDARD;
    let ns = || st("Not started");
    let ot = || st("On track");
    let done = || st("Completed");
    let late = || st("Delayed");

    let mut p1 = southvale_sheet(
        "Priority 1",
        "Priority 1: Parents and carers do not have confidence that the local area identifies and \
         meets their children's needs, and communication with families is poor.",
        st("On track"),
    );
    southvale_action(
        &mut p1,
        "1.1",
        "Co-produce a SEND communication charter with the Parent Carer Forum, setting out how \
         quickly families can expect a reply.",
        t("Deborah Finch"),
        [ot(), ot(), done(), done(), done()],
        t(
            "Oct 22: Charter agreed by the Parent Carer Forum steering group. Nov 22: Charter \
           published and shared with all SEND staff.",
        ),
    );
    southvale_action(
        &mut p1,
        "1.2",
        "Relaunch the Local Offer website, with parents testing every page before it goes live.",
        t("Deborah Finch"),
        [
            ot(),
            ot(),
            ot(),
            st("Complete").flag(
                "rag-noncanonical",
                "Complete; the key and the rest of the plan write Completed",
            ),
            done(),
        ],
        t("Nov 22: 40 parents took part in testing. Dec 22: New site live on 5 December."),
    );
    southvale_action(
        &mut p1,
        "1.3",
        "Give every family going through an EHC needs assessment a named caseworker.",
        t("Deborah Finch"),
        [ns(), ot(), ot(), ot(), ot()],
        t(
            "Oct 22: Caseworker allocations started for new requests. Jan 23: 92% of families \
           have a named caseworker; training for the duty team follows (see 2.4).",
        ),
    );
    southvale_action(
        &mut p1,
        "1.4",
        "Hold a SEND surgery for parents in each of the four localities every term.",
        t("Imran Qureshi"),
        [
            ot(),
            st("On Track").flag(
                "rag-noncanonical",
                "On Track with a capital T; the key writes On track",
            ),
            ot(),
            ot(),
            ot(),
        ],
        t("Autumn term surgeries held in all four localities; 96 families attended."),
    );
    southvale_action(
        &mut p1,
        "1.5",
        "Publish a You said, we did report every term.",
        t("Deborah Finch"),
        [ns(), ns(), ot(), ot(), ot()],
        t(
            "Jan 23: First report published. Learning from complaints will be added once the \
           complaints review reports, see 1.6.",
        )
        .flag("xref-broken", "see 1.6; Priority 1 has 1.1 to 1.5"),
    );

    let mut p2 = southvale_sheet(
        "Priority 2",
        "Priority 2: The graduated response is not understood or applied consistently in schools, \
         so too many children wait for an EHC plan before they get the support they need.",
        st("On track"),
    );
    southvale_action(
        &mut p2,
        "2.1",
        "Publish the Southvale SEN Support Handbook and brief every headteacher on it.",
        t("Principal Educational Psychologist"),
        [ot(), done(), done(), done(), done()],
        t("Oct 22: Handbook launched at the headteachers' briefing."),
    );
    southvale_action(
        &mut p2,
        "2.2",
        "Set up a SENCO network in each locality, meeting every half term.",
        t("SENCO network lead"),
        [
            ot(),
            ot(),
            ot(),
            late().flag("rag-regression", "On track in Nov 22, Delayed in Dec 22"),
            ot(),
        ],
        t(
            "Dec 22: Two locality meetings cancelled because of staff illness. Jan 23: All four \
           networks met in January.",
        ),
    );
    southvale_action(
        &mut p2,
        "2.3",
        "Fund early intervention through a top-up panel, without the need for an EHC plan.",
        t("Imran Qureshi"),
        [
            ns(),
            ns(),
            ot(),
            st_blank().flag("rag-missing", "no Dec 22 status between Nov 22 and Jan 23"),
            ot(),
        ],
        t("Nov 22: First top-up panel held. Jan 23: 34 requests agreed since November."),
    );
    southvale_action(
        &mut p2,
        "2.4",
        "Train teaching assistants in every primary school to deliver evidence-based speech, \
         language and communication interventions.",
        t("Principal Educational Psychologist"),
        [
            ot(),
            st("\u{039F}n track").flag(
                "rag-homoglyph",
                "Greek capital Omicron Ο (U+039F) in On track",
            ),
            ot(),
            ot(),
            ot(),
        ],
        t("Training delivered to teaching assistants from 38 of 52 primary schools so far."),
    );
    southvale_action(
        &mut p2,
        "2.5",
        "Send school-level SEND data to headteachers each term to support challenge and \
         improvement.",
        t("Kamala Iyer"),
        [ns(), ns(), ns(), ot(), ot()],
        t("Dec 22: First termly data pack issued to all schools."),
    );
    southvale_action(
        &mut p2,
        "2.6",
        "Commission an independent review of alternative provision placements for pupils with \
         SEND.",
        t("Kamala Iyer"),
        [ns(), ns(), ns(), ns(), ot()],
        t("Jan 23: Reviewer appointed; report due in the summer term."),
    );

    let mut p3 = southvale_sheet(
        "Priority 3",
        "Priority 3: Young people with SEND are not well prepared for adulthood, and the move to \
         adult health services is poorly planned.",
        st("On track").flag(
            "overall-mismatch",
            "stated On track; 3.2 is Delayed in Jan 23, so the roll-up is Delayed (amber)",
        ),
    );
    southvale_action(
        &mut p3,
        "3.1",
        "Make sure every EHC plan review from Year 9 includes preparation for adulthood outcomes.",
        t("Debora Finch").flag(
            "lead-variant",
            "Debora Finch; Deborah Finch leads four actions in Priority 1",
        ),
        [ot(), ot(), ot(), ot(), ot()],
        t("Audit of autumn reviews: 81% included preparation for adulthood outcomes."),
    );
    southvale_action(
        &mut p3,
        "3.2",
        "Develop a transition pathway from children's to adults' community health services.",
        t("Designated Clinical Officer (DCO)"),
        [st_blank(), st_blank(), late(), late(), late()],
        t(
            "Nov 22: Pathway drafted. Jan 23: Adult community services have not yet agreed the age \
           of transfer; escalated to the ICB.",
        ),
    );
    southvale_action(
        &mut p3,
        "3.3",
        "Increase supported internship places with Southvale College and two NHS trusts.",
        t("Kamala Iyer"),
        [ot(), ot(), ot(), ot(), ot()],
        t("22 interns started in September, up from 9 last year."),
    );
    southvale_action(
        &mut p3,
        "3.4",
        "Offer independent travel training to every young person with an EHC plan before they \
         leave school.",
        t("Imran Qureshi"),
        [ns(), ot(), ot(), ot(), done()],
        t("Jan 23: Offer in place in all secondary and special schools."),
    );
    southvale_action(
        &mut p3,
        "3.5",
        "Publish a preparation for adulthood guide for young people, written with the Youth \
         Forum.",
        t("Kamala Iyer"),
        [ns(), ns(), ot(), ot(), ot()],
        t("Jan 23: Draft guide tested with the Youth Forum."),
    );

    Book {
        file: "southvale-monthly-progress.xls",
        title: "Southvale SEND monthly progress report",
        palette: p,
        sheets: vec![p1, p2, p3],
    }
}

// ---------------------------------------------------------------------------
// 5. Riverside: a recovery tracker (one row per action, the workstream on
// every row) behind a summary sheet of COUNTIFS formulas.

struct Tracked {
    id: &'static str,
    workstream: &'static str,
    action: &'static str,
    owner: Cell,
    start: Cell,
    due: Cell,
    status: Cell,
    updated: Cell,
    notes: Cell,
}

fn riverside() -> Book {
    let p = STANDARD;
    const LEAD: &str = "1. Leadership";
    const JC: &str = "2. Joint commissioning";
    const TR: &str = "3. Transitions";
    let actions = vec![
        Tracked {
            id: "R1.1",
            workstream: LEAD,
            action: "Set up a SEND Recovery Board chaired by the Director of Children's Services, \
                     meeting monthly.",
            owner: t("Priya Shah"),
            start: d(2022, 4, 1),
            due: d(2022, 5, 31),
            status: st("Complete"),
            updated: d(2022, 6, 6),
            notes: t("The Board has met every month since May 2022."),
        },
        Tracked {
            id: "R1.2",
            workstream: LEAD,
            action: "Keep a SEND risk register and review it at every Recovery Board.",
            owner: t("Priya Shah"),
            start: d(2022, 5, 1),
            due: d(2022, 7, 31),
            status: st("Complete"),
            updated: d(2022, 8, 1),
            notes: t("Risk register in place and reviewed monthly."),
        },
        Tracked {
            id: "R1.3",
            workstream: LEAD,
            action: "Commission a SEND peer review from a neighbouring authority to test our \
                     self-evaluation.",
            owner: t("Oliver Grant"),
            start: d(2022, 9, 1),
            due: d(2023, 3, 31),
            status: st("On track"),
            updated: d(2023, 1, 16),
            notes: t("Peer review team confirmed; fieldwork booked for the week of 6 March."),
        },
        Tracked {
            id: "R1.4",
            workstream: LEAD,
            action: "Refresh the SEND self-evaluation and share it with schools, health providers \
                     and families.",
            owner: t("Priya Sha").flag("lead-variant", "Priya Sha; Priya Shah owns three actions"),
            start: d(2022, 10, 1),
            due: d(2023, 1, 31),
            status: st("Off track ").flag("rag-noncanonical", "Off track with a trailing space"),
            updated: d(2023, 1, 16),
            notes: t(
                "Held back until the peer review has reported (see R1.3); the January date \
                      will be missed.",
            ),
        },
        Tracked {
            id: "R1.5",
            workstream: LEAD,
            action: "Deliver a data quality action plan so that SEND case records are complete \
                     and accurate.",
            owner: t("Priya Shah"),
            start: d(2022, 6, 1),
            due: t("31/13/2023").flag(
                "timeframe-unparsed",
                "31/13/2023 is not a date (there is no month 13)",
            ),
            status: st("On track"),
            updated: d(2023, 1, 9),
            notes: t(
                "Weekly data cleansing reports to the Head of SEND. Missing review dates down \
                      from 18% to 4%.",
            ),
        },
        Tracked {
            id: "R2.1",
            workstream: JC,
            action: "Complete a joint sufficiency review of specialist places across education, \
                     health and care.",
            owner: t("Head of Commissioning (ICB)"),
            start: d(2022, 4, 1),
            due: d(2022, 9, 30),
            status: st("Complete"),
            updated: d(2022, 10, 3),
            notes: t("Review reported to the Recovery Board in September."),
        },
        Tracked {
            id: "R2.2",
            workstream: JC,
            action: "Jointly commission an all-age neurodevelopmental assessment pathway.",
            owner: t("Head of Commissioning (ICB)"),
            start: d(2022, 7, 1),
            due: d(2024, 3, 31),
            status: st("At risk"),
            updated: d(2023, 1, 12),
            notes: t(
                "Procurement delayed by two months because of provider capacity. Mitigation \
                      agreed with the ICB.",
            ),
        },
        Tracked {
            id: "R2.3",
            workstream: JC,
            action: "Agree a joint funding protocol for children with complex needs in residential \
                     placements.",
            owner: t("Tomasz Nowak"),
            start: d(2022, 6, 1),
            due: d(2022, 12, 31),
            status: st("At risk/Off track")
                .flag("rag-split", "At risk/Off track: two statuses at once"),
            updated: d(2023, 1, 12),
            notes: t(
                "Finance leads have not yet agreed the split of costs; a decision is expected \
                      at the February Board.",
            ),
        },
        Tracked {
            id: "R2.4",
            workstream: JC,
            action: "Commission a short breaks offer for disabled children that families have \
                     helped to design.",
            owner: t("Tomasz Nowak"),
            start: d(2022, 9, 1),
            due: d(2023, 4, 30),
            status: st("On track")
                .fill(p.red)
                .flag("fill-mismatch", "On track on a red fill"),
            updated: d(2023, 1, 12),
            notes: t("Co-design sessions held with 45 families; tender documents in preparation."),
        },
        Tracked {
            id: "R2.5",
            workstream: JC,
            action: "Review the equipment service so that no child waits more than 12 weeks for \
                     specialist equipment.",
            owner: t("TBC").flag("missing-lead", "TBC as owner"),
            start: d(2022, 11, 1),
            due: d(2023, 6, 30),
            status: st("On track"),
            updated: d(2023, 1, 5),
            notes: t("Scope of the review agreed by the Recovery Board."),
        },
        Tracked {
            id: "R2.6",
            workstream: JC,
            action: "Extend the therapy offer in special schools to include occupational therapy.",
            owner: t("Head of Commissioning (ICB)"),
            start: d(2022, 9, 1),
            due: d(2023, 9, 1),
            status: st("On track"),
            updated: d(2023, 1, 12),
            notes: t("Two occupational therapists recruited; they start in April."),
        },
        Tracked {
            id: "R3.1",
            workstream: TR,
            action: "Create a 14 to 25 transitions team across children's and adults' social care.",
            owner: t("Grace Whitmore"),
            start: d(2022, 7, 1),
            due: d(2023, 1, 31),
            status: st("Off track"),
            updated: d(2023, 1, 10),
            notes: t(
                "Team manager post advertised twice without success. Recruitment is covered \
                      by the workforce plan, see R1.9.",
            )
            .flag("xref-broken", "see R1.9; workstream 1 has R1.1 to R1.5"),
        },
        Tracked {
            id: "R3.2",
            workstream: TR,
            action: "Introduce a transition health check at 16 for young people with complex \
                     health needs.",
            owner: t("Grace Whitmore"),
            start: d(2022, 9, 1),
            due: d(2023, 7, 31),
            status: st("On track"),
            updated: d(2023, 1, 10),
            notes: t("Pilot running in two GP practices."),
        },
        Tracked {
            id: "R3.3",
            workstream: TR,
            action: "Increase the take-up of annual health checks by young people aged 14 and \
                     over with a learning disability.",
            owner: t("Head of Commissioning (ICB)"),
            start: d(2022, 4, 1),
            due: d(2023, 3, 31),
            status: st("At risk"),
            updated: d(2023, 1, 12),
            notes: t(
                "Take-up 58% against a target of 75%. Practices with the lowest take-up are \
                      being contacted individually.",
            ),
        },
        Tracked {
            id: "R3.4",
            workstream: TR,
            action: "Map post-16 provision and publish a post-16 offer on the Local Offer.",
            owner: t("Oliver Grant"),
            start: d(2022, 5, 1),
            due: d(2022, 11, 30),
            status: st("Complete"),
            updated: d(2022, 12, 1),
            notes: t("Post-16 offer published in November."),
        },
        Tracked {
            id: "R3.5",
            workstream: TR,
            action: "Pilot a supported employment forum with local employers.",
            owner: t("Oliver Grant"),
            start: d(2022, 10, 1),
            due: d(2023, 7, 31),
            status: st("On track"),
            updated: d(2023, 1, 16),
            notes: t("First forum held in January with 14 employers."),
        },
    ];

    // The summary's cached results: what Excel's COUNTIFS computes (an
    // exact, case-insensitive match, so `Off track ` counts as none).
    let count = |ws: &str, status: Option<&str>| {
        actions
            .iter()
            .filter(|a| a.workstream == ws)
            .filter(|a| match (status, &a.status.value) {
                (None, _) => true,
                (Some(s), Value::Text(v)) => v.eq_ignore_ascii_case(s),
                _ => false,
            })
            .count() as f64
    };
    const STATUSES: [&str; 4] = ["Complete", "On track", "At risk", "Off track"];
    let last = actions.len() + 1;
    let mut summary = Sheet::new("Summary", 6, &[26.0, 11.0, 11.0, 11.0, 11.0, 11.0]);
    summary.row(vec![title(
        "Riverside SEND Recovery Plan: summary by workstream",
    )]);
    summary.row(vec![line(
        "Counts are calculated from the Tracker sheet. Do not type over them.",
    )]);
    let mut header = vec![h("Workstream")];
    header.extend(STATUSES.map(h));
    header.push(h("Total"));
    let header_row = summary.next_row();
    summary.trow(header);
    let first_ws_row = summary.next_row();
    for (i, ws) in [LEAD, JC, TR].into_iter().enumerate() {
        let r = summary.next_row();
        let mut cells = vec![t(ws)];
        for (j, status) in STATUSES.into_iter().enumerate() {
            let col = (b'B' + j as u8) as char;
            cells.push(fx(
                &format!(
                    "=COUNTIFS(Tracker!$B$2:$B${last},$A{r},Tracker!$G$2:$G${last},{col}${header_row})"
                ),
                Cached::Number(count(ws, Some(status))),
            ));
        }
        // The last workstream's total lost its range when a column of the
        // Tracker was deleted and put back: Excel shows #REF!.
        cells.push(if i == 2 {
            fx(&format!("=COUNTIF(#REF!,$A{r})"), Cached::Error("#REF!")).flag(
                "formula-error",
                "#REF! in the Transitions total (COUNTIF over a deleted range)",
            )
        } else {
            fx(
                &format!("=COUNTIF(Tracker!$B$2:$B${last},$A{r})"),
                Cached::Number(count(ws, None)),
            )
        });
        summary.trow(cells);
    }
    let last_ws_row = summary.next_row() - 1;
    let mut total = vec![h("Total")];
    for (j, status) in STATUSES.into_iter().enumerate() {
        let col = (b'B' + j as u8) as char;
        let sum: f64 = [LEAD, JC, TR]
            .iter()
            .map(|ws| count(ws, Some(status)))
            .sum();
        total.push(
            fx(
                &format!("=SUM({col}{first_ws_row}:{col}{last_ws_row})"),
                Cached::Number(sum),
            )
            .bold(),
        );
    }
    total.push(
        fx(
            &format!("=COUNTA(Tracker!$A$2:$A${last})"),
            Cached::Number(actions.len() as f64),
        )
        .bold(),
    );
    summary.trow(total);

    let mut tracker = Sheet::new(
        "Tracker",
        9,
        &[10.0, 22.0, 52.0, 26.0, 12.0, 12.0, 17.0, 13.0, 60.0],
    );
    tracker.trow(
        [
            "Action ref",
            "Workstream",
            "Action",
            "Owner",
            "Start date",
            "Due date",
            "Status",
            "Last updated",
            "Notes",
        ]
        .map(h)
        .to_vec(),
    );
    tracker.freeze = Some(1);
    tracker.autofilter = Some((0, actions.len() as u32, 8));
    for a in actions {
        tracker.trow(vec![
            t(a.id),
            t(a.workstream),
            t(a.action),
            a.owner,
            a.start,
            a.due,
            a.status,
            a.updated,
            a.notes,
        ]);
    }

    Book {
        file: "riverside-recovery-tracker.xlsx",
        title: "Riverside SEND Recovery Plan tracker",
        palette: p,
        sheets: vec![summary, tracker],
    }
}

// ---------------------------------------------------------------------------
// 6. Oakham: the DfE's Accelerated Progress Plan form: form rows, a legend
// paragraph, each area of weakness a section row with the two-row header
// repeated above its table, the review points as milestones (the 12 months
// review is not due yet, so nobody has a status there).

fn oakham() -> Book {
    let p = STANDARD;
    let mut s = Sheet::new("APP", 8, &[22.0, 55.0, 24.0, 45.0, 10.0, 10.0, 10.0, 60.0]);
    s.row(vec![title("Annex A: Accelerated Progress Plan (APP)")]);
    s.trow(vec![h("Name of the local area"), t("Oakham").across(6)]);
    s.trow(vec![h("Date of revisit"), t("14–16 March 2022").across(6)]);
    s.trow(vec![
        h("Accountable officers"),
        t("Jane Price (DCS), Tom Reid (ICB)").across(6),
    ]);
    s.blank();
    s.row(vec![
        t("RAG rating: R – not achieved; A – partially achieved; G – achieved").across(7),
    ]);
    s.blank();
    let header = |s: &mut Sheet| {
        s.trow(vec![
            h("Ref"),
            h("Actions"),
            h("Lead"),
            h("Intended impact"),
            h("RAG at review point").across(2),
            e(),
            e(),
            h("Update"),
        ]);
        s.trow(vec![
            e().bold(),
            e().bold(),
            e().bold(),
            e().bold(),
            h("3 months"),
            h("6 months"),
            h("12 months"),
            e().bold(),
        ]);
    };
    let action = |s: &mut Sheet,
                  id: &str,
                  text: &str,
                  lead: Cell,
                  impact: &str,
                  three: Cell,
                  six: Cell,
                  update: Cell| {
        s.trow(vec![
            t(id),
            t(text),
            lead,
            t(impact),
            three,
            six,
            st_blank(),
            update,
        ]);
    };

    s.trow(vec![h(
        "Area of weakness 1: The effectiveness of joint commissioning arrangements for children \
         and young people with SEND, including access to therapies",
    )
    .across(7)]);
    header(&mut s);
    action(
        &mut s,
        "1.1.1",
        "Agree a joint commissioning strategy for SEND between the Council and the ICB, with \
         shared priorities and pooled budgets where this makes sense.",
        t("Alison Moore"),
        "Commissioning decisions are based on the needs analysis and agreed by both partners.",
        st("A"),
        st("G"),
        t(
            "June 22: Draft strategy shared with the Parent Carer Forum. Sept 22: Strategy approved \
           by Cabinet and the ICB Board.",
        ),
    );
    action(
        &mut s,
        "1.1.2",
        "Map the demand for speech and language therapy and occupational therapy against the \
         capacity commissioned.",
        t("Hamid Sultani"),
        "Gaps in therapy provision are known and costed.",
        st("A"),
        st("G/A").flag("rag-split", "G/A at 6 months: two statuses at once"),
        t(
            "June 22: Referral data collected from both providers. Sept 22: Speech and language \
           therapy mapping complete; occupational therapy data still incomplete.",
        ),
    );
    action(
        &mut s,
        "1.1.3",
        "Commission additional therapy capacity so that children wait no more than 18 weeks.",
        e().flag("missing-lead", "no lead"),
        "Waiting times for therapy fall to 18 weeks or less.",
        st("A"),
        st("A"),
        t("Sept 22: Business case agreed; recruitment to start in October."),
    );
    action(
        &mut s,
        "1.1.4",
        "Publish the therapy offer on the Local Offer, so families know what is available without \
         a referral.",
        t("Hamid Sultani"),
        "Families can find the universal therapy offer easily.",
        st("G"),
        st("G"),
        t("Sept 22: Therapy pages rewritten with parents and published."),
    );
    action(
        &mut s,
        "1.2.1",
        "Set up a joint commissioning group that reports to the SEND Partnership Board.",
        t("Alison Moore"),
        "Joint commissioning is overseen by one group with education, health and care members.",
        st("G"),
        st("G"),
        t("June 22: Group meeting monthly since May."),
    );
    action(
        &mut s,
        "1.2.2",
        "Agree how packages for children with complex needs are jointly funded.",
        t("Hamid Sultani"),
        "Funding decisions are made within four weeks and families are told the outcome.",
        st("A"),
        st_blank().flag(
            "rag-missing",
            "no 6 months status; every other action has one",
        ),
        t("Sept 22: Panel process drafted; parent information to follow (see 2.1.2)."),
    );
    action(
        &mut s,
        "1.2.3",
        "Publish a joint commissioning intentions statement on the Local Offer.",
        t("Alison Moore"),
        "Providers and families know what will be commissioned over the next three years.",
        st("g").flag("rag-noncanonical", "g in lower case; the legend writes G"),
        st("G"),
        t("Sept 22: Statement published in August."),
    );

    s.blank();
    s.trow(vec![h(
        "Area of weakness 2: The quality of EHC plans and the contribution of health and social \
         care to them",
    )
    .across(7)]);
    header(&mut s);
    action(
        &mut s,
        "2.1.1",
        "Introduce a multi-agency quality assurance framework for EHC plans.",
        t("Sunita Gill"),
        "Plans are audited against one standard by education, health and care together.",
        st("A"),
        st("G"),
        t("Sept 22: Framework agreed; first joint audit held in July."),
    );
    action(
        &mut s,
        "2.1.2",
        "Publish information for parents on what a good EHC plan contains.",
        t("Sunita Gill"),
        "Parents know what to expect from their child's plan and can challenge it.",
        st("G"),
        st("G"),
        t("June 22: Leaflet written with the Parent Carer Forum and published."),
    );
    action(
        &mut s,
        "2.1.3",
        "Train all EHC coordinators to write outcomes that are specific and measurable.",
        t("Principal Educational Psychologist"),
        "Outcomes in new plans are specific and measurable when audited.",
        st("A"),
        st("A"),
        t("Sept 22: Half of the coordinators trained; the rest by December."),
    );
    action(
        &mut s,
        "2.1.4",
        "Audit 20 EHC plans every term, with parents on the audit panel.",
        t("Sunita Gill"),
        "Audits show a rising proportion of good plans.",
        st("A"),
        st("G"),
        t("Sept 22: Two audits complete; 55% of plans rated good, from 30%."),
    );
    action(
        &mut s,
        "2.2.1",
        "Make sure health advice is received within six weeks for 90% of needs assessments.",
        t("Designated Clinical Officer (DCO)"),
        "Health advice is on time and describes the child's needs and the provision they require.",
        st("R"),
        st("A"),
        t("June 22: 52% on time. Sept 22: 76% on time after the new tracker."),
    );
    action(
        &mut s,
        "2.2.2",
        "Make sure social care advice is given for every child known to social care.",
        t("Craig Munro"),
        "Every plan for a child known to social care includes social care advice.",
        st("R"),
        st("A"),
        t(
            "Sept 22: Advice given in 70% of cases; a social care SEND champion now sits in each \
           team.",
        ),
    );
    action(
        &mut s,
        "2.2.3",
        "Include the views of the child or young person in every plan.",
        t("Sunita Gill"),
        "Children's views are recorded in their own words.",
        st("G"),
        st("G"),
        t("Sept 22: Child's views present in all audited plans."),
    );
    action(
        &mut s,
        "2.2.4",
        "Review the EHC needs assessment pathway with families who have been through it.",
        t("Craig Munro"),
        "Changes to the pathway are based on what families tell us.",
        st("A"),
        st("A"),
        t("Sept 22: 18 families interviewed; findings go to the Board in October."),
    );

    Book {
        file: "oakham-app-form.xlsx",
        title: "Oakham Accelerated Progress Plan",
        palette: p,
        sheets: vec![s],
    }
}

// ---------------------------------------------------------------------------
// 7. Harbour: a programme highlight report: a RAG history of the work
// streams (not actions), the key deliverables (the plan), and a risks and
// issues table (not actions either). Paler palette.

fn harbour() -> Book {
    let p = PALE;
    let mut s = Sheet::new(
        "Highlight report",
        6,
        &[30.0, 50.0, 26.0, 13.0, 12.0, 55.0, 10.0],
    );
    s.row(vec![title(
        "Harbour SEND Improvement Programme: highlight report",
    )]);
    s.row(vec![h("Reporting period:"), t("January 2023")]);
    s.row(vec![h("Programme manager:"), t("Alex Kerr")]);
    s.blank();

    s.row(vec![h("RAG history")]);
    s.trow(
        ["Workstream", "Oct 22", "Nov 22", "Dec 22", "Jan 23"]
            .map(h)
            .to_vec(),
    );
    for (ws, history) in [
        ("Governance and co-production", ["G", "G", "G", "G"]),
        ("Identification and SEN support", ["A", "A", "G", "G"]),
        ("EHC plans and annual reviews", ["A", "A", "A", "A"]),
        ("Preparation for adulthood", ["A", "G", "G", "G"]),
    ] {
        let mut cells = vec![t(ws)];
        cells.extend(history.map(st));
        s.rows.push(Row { cells, table: true });
    }
    s.blank();

    s.row(vec![h("Key deliverables")]);
    s.row(vec![
        t("Status key: B – complete; G – on track; A – at risk but recoverable; R – off track")
            .across(5),
    ]);
    s.trow(
        ["Ref", "Deliverable", "Owner", "Due", "Status", "Commentary"]
            .map(h)
            .to_vec(),
    );
    let due = |y, m, day| date(y, m, day, "dd mmm yyyy");
    let rows: Vec<[Cell; 6]> =
        vec![
        [
            t("D1"),
            t("SEND Partnership Board terms of reference refreshed, with a parent carer co-chair"),
            t("Alex Kerr"),
            due(2022, 9, 30),
            st("B"),
            t("Agreed at the September Board."),
        ],
        [
            t("D2"),
            t("Co-produced SEND and Inclusion Strategy published"),
            t("Bethany Cole"),
            due(2022, 11, 30),
            st("B"),
            t("Published on the Local Offer in November, with an easy-read version."),
        ],
        [
            t("D3"),
            t("Ordinarily Available Provision guidance issued to all schools and settings"),
            t("Mark Ellison"),
            due(2023, 1, 31),
            st("G"),
            t("Final draft with the Schools Forum; launch on 6 February."),
        ],
        [
            t("D4"),
            t("Early help SEND pathway live in all five family hubs"),
            t("Bethany Cole"),
            due(2023, 3, 31),
            st("A"),
            t("Jan 23: Two of five hubs live. Staffing gaps in the east locality; recovery plan \
               agreed with the hub managers."),
        ],
        [
            t("D5"),
            t("EHC needs assessments: more than half issued within 20 weeks for three months \
               running"),
            t("Head of SEND"),
            due(2023, 3, 31),
            st("R"),
            t("Jan 23: 36% within 20 weeks (December 31%). Agency caseworkers started this month; \
               the target will not be met by March."),
        ],
        [
            t("D6"),
            t("Backlog of overdue annual reviews cleared"),
            t("Head of SEND"),
            due(2023, 6, 30),
            st("Amber").flag(
                "rag-noncanonical",
                "Amber written in full; the key and the rest of the plan write A",
            ),
            t("Jan 23: 190 reviews overdue, from 320 in September."),
        ],
        [
            t("D7"),
            t("Health advice for needs assessments returned within six weeks in 90% of cases"),
            t("Designated Clinical Officer (DCO)"),
            due(2023, 3, 31),
            st("G"),
            t("92% in December and 94% in January."),
        ],
        [
            t("D8"),
            t("Quality assurance framework for EHC plans in use by all partners"),
            t("-").flag("missing-lead", "- as owner"),
            due(2022, 12, 31),
            st("G"),
            t("Framework in use; the first joint audit was held in December."),
        ],
        [
            t("D9"),
            t("Preparation for adulthood outcomes in every review from Year 9"),
            t("Mark Ellison"),
            due(2023, 4, 30),
            st_blank().flag("rag-missing", "no status; every other deliverable has one"),
            t("No update received from the preparation for adulthood subgroup this month."),
        ],
        [
            t("D10"),
            t("Transition protocol between children's and adult social care signed by both \
               directors"),
            t("Nicola Dunn"),
            due(2023, 3, 31),
            st("A"),
            t("Jan 23: Protocol agreed by children's services. Adult services sign-off waits on \
               their restructure (see D14).")
            .flag("xref-broken", "see D14; the deliverables run D1 to D12"),
        ],
        [
            t("D11"),
            t("Local Offer website relaunched"),
            t("Bethany Cole"),
            due(2023, 2, 28),
            st("G"),
            t("User testing with the Parent Carer Forum complete; content follows the strategy \
               (see D2)."),
        ],
        [
            t("D12"),
            t("Parent carer survey repeated and the results published"),
            t("Alex Kerr"),
            due(2023, 3, 31),
            st("G"),
            t("Survey open until 17 February; 410 responses so far."),
        ],
    ];
    for row in rows {
        s.trow(row.to_vec());
    }
    s.blank();

    s.row(vec![h("Risks and issues")]);
    s.rows.push(Row {
        cells: [
            "Risk",
            "Description",
            "Likelihood",
            "Impact",
            "Mitigation",
            "Owner",
            "Status",
        ]
        .map(h)
        .to_vec(),
        table: true,
    });
    for risk in [
        [
            "RI01",
            "Caseworker vacancies delay EHC needs assessments",
            "High",
            "High",
            "Agency staff in post; recruitment running",
            "Head of SEND",
            "Open",
        ],
        [
            "RI02",
            "Therapy vacancies delay health advice",
            "Medium",
            "High",
            "Bank therapists booked",
            "Designated Clinical Officer (DCO)",
            "Open",
        ],
        [
            "RI03",
            "Parent carer confidence falls if the Local Offer relaunch slips",
            "Medium",
            "Medium",
            "Date fixed with the Forum",
            "Bethany Cole",
            "Closed",
        ],
        [
            "RI04",
            "High needs budget pressure limits new specialist places",
            "High",
            "High",
            "Sufficiency plan; DfE talks",
            "Alex Kerr",
            "Open",
        ],
    ] {
        s.rows.push(Row {
            cells: risk.map(t).to_vec(),
            table: true,
        });
    }

    Book {
        file: "harbour-highlight-report.xlsx",
        title: "Harbour SEND highlight report",
        palette: p,
        sheets: vec![s],
    }
}

// ---------------------------------------------------------------------------
// 8. Lakeside: a review grid: a key down column A (a legend, not a stated
// status), the overall rating two rows under its label, period headers as
// date cells with June pasted after September, focus areas merged down
// their rows and actions lettered within them (cited as 3d).

/// One Lakeside action: letter and action, lead, evidence, the statuses
/// under Sep-22, Jun-22, Dec-22 and Mar-23 (column order), notes.
struct Reviewed {
    action: &'static str,
    lead: &'static str,
    evidence: &'static str,
    statuses: [Cell; 4],
    notes: Cell,
}

fn lakeside() -> Book {
    let p = STANDARD;
    let mut s = Sheet::new(
        "Review grid",
        9,
        &[22.0, 52.0, 20.0, 40.0, 10.0, 10.0, 10.0, 12.0, 60.0],
    );
    let key = [
        ("B", "Complete and embedded"),
        ("G", "On track"),
        ("A", "Some delay; recovery plan in place"),
        ("R", "Significant delay or risk to delivery"),
        ("Grey", "Not yet started"),
    ];
    s.row(vec![
        h("Key"),
        e(),
        title("Lakeside Local Area SEND review grid 2022/23"),
        e(),
        e(),
        e(),
        e(),
        label("Overall RAG rating"),
    ]);
    for (i, (code, meaning)) in key.into_iter().enumerate() {
        let mut cells = vec![st(code), t(meaning)];
        if i == 1 {
            // Two rows under the label: the stated rating (it agrees with
            // the roll-up of the Mar-23 statuses, Amber).
            cells.extend([e(), e(), e(), e(), e(), st("A")]);
        }
        s.row(cells);
    }
    s.blank();
    let period = |y, m| date(y, m, 1, "mmm-yy").bold();
    s.trow(vec![
        h("Focus area"),
        h("Action"),
        h("Lead"),
        h("Evidence"),
        period(2022, 9),
        period(2022, 6).flag(
            "periods-out-of-order",
            "Jun-22 stands to the right of Sep-22",
        ),
        period(2022, 12),
        period(2023, 3),
        h("Notes"),
    ]);
    s.freeze = Some(8);

    let g = || st("G");
    let a = || st("A");
    let b = || st("B");
    let grey = || st("Grey");
    let areas: Vec<(&str, Vec<Reviewed>)> = vec![
        (
            "1 Early identification",
            vec![
                Reviewed {
                    action: "A. Introduce a shared early identification checklist for health \
                             visitors and early years settings.",
                    lead: "J. Patel",
                    evidence: "Checklist in use in all family hubs; audit of 40 records.",
                    statuses: [g(), g(), g(), b()],
                    notes: t(
                        "Dec 22: Audit found the checklist completed in 38 of 40 records. \
                              Mar 23: Checklist part of the standard health visiting contact.",
                    ),
                },
                Reviewed {
                    action: "B. Train early years SENCOs in the checklist and the graduated \
                             approach.",
                    lead: "Hannah Lowe",
                    evidence: "Training records; feedback from settings.",
                    // Jun-22 A, then Sep-22 G: progress in time order.
                    statuses: [g(), a(), g(), g()],
                    notes: t(
                        "Jun 22: Training dates slipped to July. Sep 22: 86 SENCOs trained \
                              over the summer.",
                    ),
                },
                Reviewed {
                    action: "C. Offer a developmental review at 27 months to every child on the \
                             early years SEND register.",
                    lead: "Health Visiting Service Lead",
                    evidence: "Health visiting performance report.",
                    statuses: [grey(), grey(), a(), g()],
                    notes: t(
                        "Dec 22: Reviews started in two localities. Mar 23: Offered in all \
                              localities.",
                    ),
                },
                Reviewed {
                    action: "D. Publish early years SEND data each term, by locality.",
                    lead: "J Patel",
                    evidence: "Termly data report to the SEND Partnership Board.",
                    statuses: [g(), g(), g(), g()],
                    notes: t("Data report presented to the Board every term."),
                },
                Reviewed {
                    action: "E. Introduce one request-for-support form across health and \
                             education.",
                    lead: "Hannah Lowe",
                    evidence: "Form on the Local Offer; number of requests received.",
                    statuses: [g(), g(), g(), g()],
                    notes: t("Form live since July; 143 requests received."),
                },
            ],
        ),
        (
            "2 SEN support",
            vec![
                Reviewed {
                    action: "A. Launch the Lakeside SEN support offer, describing what schools \
                             provide from their own budgets.",
                    lead: "Stephen Yates",
                    evidence: "Offer published; school briefings.",
                    statuses: [g(), g(), b(), b()],
                    notes: t("Nov 22: Offer launched with all headteachers."),
                },
                Reviewed {
                    action: "B. Provide outreach from the specialist teaching service to every \
                             primary school where more than one pupil in five is at SEN support.",
                    lead: "Stephen Yates",
                    evidence: "Outreach log; school feedback.",
                    statuses: [a(), a(), a(), a()],
                    notes: t(
                        "Dec 22: 19 of 31 schools visited. Mar 23: 26 of 31 schools \
                              visited; two vacant posts being covered by the special school.",
                    ),
                },
                Reviewed {
                    action: "C. Introduce an inclusion quality mark for schools.",
                    lead: "Hannah Lowe",
                    evidence: "Quality mark criteria; schools registered.",
                    statuses: [
                        g(),
                        g(),
                        a().flag(
                            "rag-regression",
                            "G in Jun-22 and Sep-22, A in Dec-22 (time order)",
                        ),
                        a(),
                    ],
                    notes: t(
                        "Dec 22: Eight schools registered. Mar 23: Assessor training \
                              moved to May.",
                    ),
                },
                Reviewed {
                    action: "D. Reduce the number of pupils with SEND on part-time timetables.",
                    lead: "J. Patel",
                    evidence: "Termly return from schools.",
                    statuses: [st("R"), st("R"), a(), a()],
                    notes: t(
                        "Dec 22: 88 pupils on part-time timetables, from 131. Mar 23: 64 \
                              pupils; each case reviewed by the inclusion panel.",
                    ),
                },
                Reviewed {
                    action: "E. Hold a SENCO network meeting in each locality every term.",
                    lead: "Stephen Yates",
                    evidence: "Attendance registers.",
                    statuses: [b(), b(), b(), b()],
                    notes: t("Networks established in 2021 and well attended."),
                },
            ],
        ),
        (
            "3 Transition to adulthood",
            vec![
                Reviewed {
                    action: "A. Make sure every Year 9 annual review includes a preparation for \
                             adulthood plan.",
                    lead: "Kofi Asante",
                    evidence: "Review audit.",
                    statuses: [
                        g(),
                        g(),
                        g(),
                        st("\u{0412}")
                            .flag("rag-homoglyph", "Cyrillic capital В (U+0412) posing as B"),
                    ],
                    notes: t("Mar 23: All Year 9 reviews audited this year included a \
                              preparation for adulthood plan."),
                },
                Reviewed {
                    action: "B. Develop a transition pathway into adult health services.",
                    lead: "Designated Clinical Officer (DCO)",
                    evidence: "Pathway document; number of young people transferred.",
                    statuses: [a(), a(), g(), g()],
                    notes: t("Dec 22: Pathway agreed by the ICB."),
                },
                Reviewed {
                    action: "C. Increase supported internship places to 25.",
                    lead: "Kofi Asante",
                    evidence: "Internship numbers.",
                    statuses: [g(), g(), g(), g()],
                    notes: t(
                        "21 places for September; host employers are also part of the \
                              transitions panel (see 3d).",
                    ),
                },
                Reviewed {
                    action: "D. Set up a transitions panel with adult social care.",
                    lead: "Kofi Asante",
                    evidence: "Panel terms of reference and minutes.",
                    statuses: [g(), g(), g(), g()],
                    notes: t("Panel meeting monthly since July."),
                },
                Reviewed {
                    action: "E. Offer travel training to every Year 11 student with an EHC plan \
                             who wants it.",
                    lead: "Hannah Lowe",
                    evidence: "Travel training referrals.",
                    statuses: [grey(), grey(), g(), g()],
                    notes: t(
                        "Dec 22: First referrals came from the schools that receive \
                              outreach (see 2b).",
                    ),
                },
            ],
        ),
    ];
    for (area, actions) in areas {
        let span = actions.len() as u32 - 1;
        for (i, x) in actions.into_iter().enumerate() {
            let focus = if i == 0 { h(area).down(span) } else { e() };
            let mut cells = vec![focus, t(x.action), t(x.lead), t(x.evidence)];
            cells.extend(x.statuses);
            cells.push(x.notes);
            s.trow(cells);
        }
    }

    Book {
        file: "lakeside-review-grid.xlsx",
        title: "Lakeside SEND review grid",
        palette: p,
        sheets: vec![s],
    }
}

// ---------------------------------------------------------------------------
// 9. Fenwick: a delivery plan with several lead-like columns (only the
// Action lead is the lead), the priority merged down its block, two-digit
// refs, BRAG letters in the paler palette.

struct Delivery {
    id: &'static str,
    action: &'static str,
    sponsor: &'static str,
    organisation: &'static str,
    lead: Cell,
    support: &'static str,
    target: Cell,
    rag: Cell,
    narrative: Cell,
}

fn fenwick() -> Book {
    let p = PALE;
    let mut s = Sheet::new(
        "Delivery plan",
        10,
        &[20.0, 7.0, 50.0, 26.0, 18.0, 24.0, 26.0, 12.0, 10.0, 60.0],
    );
    s.row(vec![title(
        "Fenwick SEND Written Statement of Action: delivery plan 2022 to 2024",
    )]);
    s.row(vec![t(
        "BRAG key: B – complete; G – on track; A – at risk; R – off track. Position as at 31 March \
         2023.",
    )
    .across(5)]);
    s.blank();
    s.trow(
        [
            "Priority",
            "Ref",
            "Key action",
            "Sponsoring director",
            "Lead organisation",
            "Action lead",
            "Support from",
            "Target date",
            "RAG status",
            "Progress narrative",
        ]
        .map(h)
        .to_vec(),
    );
    s.freeze = Some(4);
    const DCS: &str = "Director of Children's Services";
    const DOE: &str = "Director of Education";
    const DASC: &str = "Director of Adult Social Care";
    let priorities: Vec<(&str, Vec<Delivery>)> = vec![
        (
            "1. Co-production",
            vec![
                Delivery {
                    id: "1.01",
                    action: "Co-produce a participation strategy with the Parent Carer Forum and \
                             the Youth SEND Council.",
                    sponsor: DCS,
                    organisation: "Council",
                    lead: t("Marie Dubois"),
                    support: "Parent Carer Forum",
                    target: d(2022, 9, 30),
                    rag: st("B"),
                    narrative: t("Strategy launched at the October family conference."),
                },
                Delivery {
                    id: "1.02",
                    action: "Introduce tell it once information sharing, so that families do not \
                             repeat their story at every assessment.",
                    sponsor: DCS,
                    organisation: "Council",
                    lead: t("Marie Dubois"),
                    support: "Health and social care records teams",
                    target: d(2023, 3, 31),
                    rag: st("A"),
                    narrative: t(
                        "Jan 23: Consent model agreed with families. Mar 23: System \
                                  changes scheduled for the summer, after the date set.",
                    ),
                },
                Delivery {
                    id: "1.03",
                    action: "Fund the Parent Carer Forum to run a listening event in each \
                             locality every term.",
                    sponsor: DCS,
                    organisation: "Council",
                    lead: t("Marie Dubois"),
                    support: "Parent Carer Forum",
                    target: t("Ongoing"),
                    rag: st("G"),
                    narrative: t("Autumn and spring events held in all four localities."),
                },
                Delivery {
                    id: "1.04",
                    action: "Publish a You said, we did update on the Local Offer every term.",
                    sponsor: DCS,
                    organisation: "Council",
                    lead: t("Marie Dubios").flag(
                        "lead-variant",
                        "Marie Dubios; Marie Dubois leads four actions",
                    ),
                    support: "Communications team",
                    target: t("Termly"),
                    rag: st("G"),
                    narrative: t("Spring term update published in February."),
                },
            ],
        ),
        (
            "2. Inclusion and SEN support",
            vec![
                Delivery {
                    id: "2.01",
                    action: "Publish Fenwick's Ordinarily Available Provision guidance for schools \
                             and settings.",
                    sponsor: DOE,
                    organisation: "Council",
                    lead: t("Rhys Morgan"),
                    support: "Educational Psychology Service",
                    target: d(2022, 10, 31),
                    rag: st("B"),
                    narrative: t("Guidance published and briefed to every school in October."),
                },
                Delivery {
                    id: "2.02",
                    action: "Set up locality inclusion partnerships in which headteachers agree \
                             support for pupils at risk of exclusion.",
                    sponsor: DOE,
                    organisation: "Schools",
                    lead: t("Rhys Morgan"),
                    support: "Inclusion Support Service",
                    target: d(2023, 1, 31),
                    rag: st("G"),
                    narrative: t("Four partnerships meeting monthly; linked to 2.05."),
                },
                Delivery {
                    id: "2.03",
                    action: "Run a SENCO network every term and a SENCO conference every year.",
                    sponsor: DOE,
                    organisation: "Schools",
                    lead: t("SENCO Network"),
                    support: "Inclusion Support Service",
                    target: t("Termly"),
                    rag: st("G"),
                    narrative: t("Conference held in November with 120 SENCOs."),
                },
                Delivery {
                    id: "2.04",
                    action: "Train school staff in autism-friendly practice through the Autism \
                             Education Trust programme.",
                    sponsor: DOE,
                    organisation: "Council",
                    lead: t("KL").flag("lead-initials", "KL: initials, not a name"),
                    support: "Specialist Teaching Service",
                    target: d(2023, 7, 31),
                    rag: st("G"),
                    narrative: t("Staff from 41 schools trained so far."),
                },
                Delivery {
                    id: "2.05",
                    action: "Bring suspensions and exclusions of pupils with SEND down to the \
                             national average.",
                    sponsor: DOE,
                    organisation: "Schools",
                    lead: e().flag(
                        "missing-lead",
                        "no action lead (the sponsoring director is filled)",
                    ),
                    support: "Inclusion Support Service",
                    target: d(2023, 7, 31),
                    rag: st("A"),
                    narrative: t(
                        "Mar 23: Suspensions of pupils with EHC plans down by a fifth on \
                                  last year, still above the national average.",
                    ),
                },
            ],
        ),
        (
            "3. EHC plans",
            vec![
                Delivery {
                    id: "3.01",
                    action: "Issue at least 60% of new EHC plans within 20 weeks.",
                    sponsor: DOE,
                    organisation: "Council",
                    lead: t("Aisha Bello"),
                    support: "SEND Casework Team",
                    target: d(2023, 3, 31),
                    rag: st("R ").flag("rag-noncanonical", "R with a trailing space"),
                    narrative: t(
                        "Mar 23: 38% within 20 weeks in the year to date. Recovery plan \
                                  with extra caseworkers agreed by the Board.",
                    ),
                },
                Delivery {
                    id: "3.02",
                    action: "Introduce a quality assurance framework for EHC plans with health and \
                             social care.",
                    sponsor: "Chief Nurse (ICB)",
                    organisation: "ICB",
                    lead: t("Designated Clinical Officer (DCO)"),
                    support: "SEND Casework Team",
                    target: d(2022, 12, 31),
                    rag: st("G"),
                    narrative: t("Framework in use; joint audits every month."),
                },
                Delivery {
                    id: "3.03",
                    action: "Clear the backlog of annual reviews that are more than three months \
                             overdue.",
                    sponsor: DOE,
                    organisation: "Council",
                    lead: t("Aisha Bello"),
                    support: "Schools",
                    target: d(2023, 6, 30),
                    rag: st("A"),
                    narrative: t("Mar 23: Backlog down from 240 to 150."),
                },
                Delivery {
                    id: "3.04",
                    action: "Co-produce new EHC plan templates that put the child's voice first.",
                    sponsor: DOE,
                    organisation: "Council",
                    lead: t("Marie Dubois"),
                    support: "Parent Carer Forum",
                    target: d(2022, 11, 30),
                    rag: st("B"),
                    narrative: t("New templates in use for all plans since November."),
                },
                Delivery {
                    id: "3.05",
                    action: "Train caseworkers and the professionals who give advice in writing \
                             EHC plans.",
                    sponsor: DOE,
                    organisation: "Council",
                    lead: t("Aisha Bello"),
                    support: "Educational Psychology Service",
                    target: d(2023, 3, 31),
                    rag: st("G"),
                    narrative: t("Five sessions held; a sixth for health professionals in March."),
                },
            ],
        ),
        (
            "4. Transitions",
            vec![
                Delivery {
                    id: "4.01",
                    action: "Use a preparation for adulthood planning tool in every review from \
                             Year 9.",
                    sponsor: DASC,
                    organisation: "Council",
                    lead: t("Gareth Lloyd"),
                    support: "Careers advisers",
                    target: d(2023, 3, 31),
                    rag: st("G"),
                    narrative: t(
                        "Tool used in 70% of Year 9 reviews this year; a review of post-16 \
                                  transport will be added as action 4.04 to follow.",
                    )
                    .flag("xref-broken", "action 4.04; priority 4 has 4.01 to 4.03"),
                },
                Delivery {
                    id: "4.02",
                    action: "Agree an all-age transition protocol between children's and adults' \
                             services.",
                    sponsor: DASC,
                    organisation: "Council and ICB",
                    lead: t("Gareth Lloyd"),
                    support: "Adult Social Care",
                    target: d(2023, 6, 30),
                    rag: st("A"),
                    narrative: t(
                        "Mar 23: Draft protocol with both directors; sign-off expected \
                                  in May.",
                    ),
                },
                Delivery {
                    id: "4.03",
                    action: "Increase supported internship places from 10 to 24.",
                    sponsor: DASC,
                    organisation: "Fenwick College",
                    lead: t("Tariq Mahmood"),
                    support: "Employment support team",
                    target: d(2023, 8, 31),
                    rag: st("G"),
                    narrative: t("22 places confirmed for September with five employers."),
                },
            ],
        ),
    ];
    for (priority, actions) in priorities {
        let span = actions.len() as u32 - 1;
        for (i, x) in actions.into_iter().enumerate() {
            let cell = if i == 0 { h(priority).down(span) } else { e() };
            s.trow(vec![
                cell,
                t(x.id),
                t(x.action),
                t(x.sponsor),
                t(x.organisation),
                x.lead,
                t(x.support),
                x.target,
                x.rag,
                x.narrative,
            ]);
        }
    }

    Book {
        file: "fenwick-delivery-plan.xlsx",
        title: "Fenwick SEND WSoA delivery plan",
        palette: p,
        sheets: vec![s],
    }
}
