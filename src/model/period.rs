//! Reporting periods (the `Dec-19 Jan-20 Apr-21` columns under Progress).

use std::fmt;

use super::Source;

/// A calendar month, the granularity of every reporting period seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    pub year: i32,
    /// 1..=12
    pub month: u8,
}

const LABELS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

impl YearMonth {
    pub fn new(year: i32, month: u8) -> Option<Self> {
        ((1..=12).contains(&month) && (1900..=2200).contains(&year))
            .then_some(YearMonth { year, month })
    }

    /// Parses the period labels officers write: `Dec-19`, `Dec 19`, `Dec-2019`,
    /// `December 2019`, `Sept 21`, `Dec19`, `12/2019`, `2019-12`, `2019-12-01`.
    /// Anything else (`Term 1`, `Spring`) is `None`: kept as a label, not guessed.
    pub fn parse(text: &str) -> Option<Self> {
        let t = text.trim().to_ascii_lowercase();
        if t.is_empty() || t.len() > 20 {
            return None;
        }
        // Numeric forms first.
        if let Some((a, b)) = t.split_once('/') {
            // MM/YYYY (day-first full dates are ambiguous between UK and US; skip them).
            if !b.contains('/') {
                let m: u8 = a.trim().parse().ok()?;
                let y = parse_year(b.trim())?;
                return YearMonth::new(y, m);
            }
            return None;
        }
        if t.as_bytes().first().is_some_and(u8::is_ascii_digit) {
            let mut parts = t.split('-');
            let y: i32 = parts.next()?.parse().ok()?;
            let m: u8 = parts.next()?.parse().ok()?;
            if y < 1900 {
                return None;
            }
            return YearMonth::new(y, m);
        }
        // Month name, optional separator, year.
        let letters: String = t.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
        if letters.len() < 3 {
            return None;
        }
        // The whole word must be a month name or an accepted abbreviation.
        let idx = usize::from(month_of_word(&letters)? - 1);
        let rest = t[letters.len()..].trim_start_matches(|c: char| {
            c == '-' || c == ' ' || c == '\'' || c == '.' || c == '_'
        });
        let y = parse_year(rest.trim())?;
        YearMonth::new(y, idx as u8 + 1)
    }

    /// A month named inside a short header (`RAG Dec-19`, `Status (Jan 20)`,
    /// `Dec 2019 rating`): the first token, or pair of tokens, that reads as
    /// a month with its year. Long text (a legend) is not searched.
    pub fn find_in(text: &str) -> Option<Self> {
        if text.chars().count() > 40 {
            return None;
        }
        let tokens: Vec<&str> = text
            .split(|c: char| c.is_whitespace() || "()[],:;".contains(c))
            .filter(|t| !t.is_empty())
            .collect();
        (0..tokens.len()).find_map(|i| {
            YearMonth::parse(tokens[i]).or_else(|| {
                tokens
                    .get(i + 1)
                    .and_then(|next| YearMonth::parse(&format!("{} {next}", tokens[i])))
            })
        })
    }

    /// The label in the `mmm-yy` form the seeds use (`Dec-19`).
    pub fn label(self) -> String {
        format!(
            "{}-{:02}",
            LABELS[usize::from(self.month - 1)],
            self.year.rem_euclid(100)
        )
    }
}

const FULL_MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// `dec`, `December`, `sept` → the month (1..=12): a month's name or an
/// abbreviation of it of at least three letters.
fn month_of_word(word: &str) -> Option<u8> {
    let word = word.to_ascii_lowercase();
    if word.len() < 3 {
        return None;
    }
    let i = FULL_MONTHS
        .iter()
        .position(|m| m.starts_with(&word) || (word == "sept" && *m == "september"))?;
    Some(i as u8 + 1)
}

fn parse_year(s: &str) -> Option<i32> {
    if !(s.len() == 2 || s.len() == 4) || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = s.parse().ok()?;
    Some(if s.len() == 2 { 2000 + y } else { y })
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}

/// When a period column is, for putting periods in time order: the periods
/// officers report by, beyond months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum When {
    /// A calendar month (`Dec-19`, a date cell).
    Month(YearMonth),
    /// A quarter (`Q1 2022/23`: of the financial year unless said to be
    /// academic; `Q3 2022`: of the calendar year), by its first month.
    Quarter(YearMonth),
    /// A school term or half term (`Autumn 2022`, `Spring 2 2023`), by its
    /// first month.
    Term(YearMonth),
    /// A review point so many months in (`3 months`, `RAG (12 months)`).
    Milestone(u32),
    /// `Previous RAG` (-1) and `Current RAG` (0).
    Relative(i8),
}

impl When {
    /// The order periods are reported in: calendar periods by their first
    /// month, then milestones, then previous/current.
    pub fn sort_key(self) -> (u8, i64) {
        match self {
            When::Month(m) | When::Quarter(m) | When::Term(m) => {
                (0, i64::from(m.year) * 12 + i64::from(m.month))
            }
            When::Milestone(n) => (1, i64::from(n)),
            When::Relative(n) => (2, i64::from(n)),
        }
    }

    /// The first month, for calendar periods.
    pub fn start(self) -> Option<YearMonth> {
        match self {
            When::Month(m) | When::Quarter(m) | When::Term(m) => Some(m),
            _ => None,
        }
    }

    /// Reads a period label: a month (see [`YearMonth::parse`]), a quarter,
    /// a term, a milestone or previous/current. `None` for anything else.
    pub fn parse(text: &str) -> Option<When> {
        if let Some(m) = YearMonth::parse(text) {
            return Some(When::Month(m));
        }
        let t = text.trim().to_ascii_lowercase();
        if t.is_empty() || t.len() > 40 {
            return None;
        }
        let words: Vec<&str> = t
            .split(|c: char| c.is_whitespace() || "()[],:;".contains(c))
            .filter(|w| !w.is_empty())
            .collect();
        quarter(&words)
            .or_else(|| term(&words))
            .or_else(|| milestone(&words))
            .or_else(|| relative(&words))
    }

    /// A period named inside a short header (`RAG Q1 2022/23`, `Status
    /// (Autumn 2022)`, `RAG (3 months)`, `Current RAG`): the whole text, or
    /// the first run of up to four of its words that reads as a period. Long
    /// text (a legend) is not searched.
    pub fn find_in(text: &str) -> Option<When> {
        if text.chars().count() > 40 {
            return None;
        }
        if let Some(w) = When::parse(text) {
            return Some(w);
        }
        let tokens: Vec<&str> = text
            .split(|c: char| c.is_whitespace() || "()[],:;".contains(c))
            .filter(|t| !t.is_empty())
            .collect();
        for len in (1..=4).rev() {
            for start in 0..tokens.len().saturating_sub(len - 1) {
                let run = tokens[start..start + len].join(" ");
                if let Some(w) = When::parse(&run) {
                    return Some(w);
                }
            }
        }
        None
    }
}

/// `2022/23`, `22/23`, `2022-23`, `2022-2023`, `fy22/23` → the first year.
fn year_span(word: &str) -> Option<i32> {
    let w = word.trim_start_matches("fy").trim_start_matches("ay");
    let (a, b) = w.split_once(['/', '-'])?;
    let first = parse_year(a)?;
    let second = parse_year(b)?;
    (second.rem_euclid(100) == (first + 1).rem_euclid(100)).then_some(first)
}

/// `Q1 2022/23` (financial: Q1 is April to June), `Q1 2022/23 academic`
/// or `AY` (Q1 is September to November), `Q3 2022` (calendar), `Quarter 2
/// 22/23`, `2022/23 Q4`.
fn quarter(words: &[&str]) -> Option<When> {
    let number = |w: &str| -> Option<u8> {
        let n: u8 = w.strip_prefix('q').unwrap_or(w).parse().ok()?;
        (1..=4).contains(&n).then_some(n)
    };
    let mut q = None;
    let mut year = None;
    let mut calendar_year = None;
    let mut academic = false;
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        if (w == "quarter" || w == "qtr") && i + 1 < words.len() {
            q = q.or(number(words[i + 1]));
            i += 2;
            continue;
        }
        if w.starts_with('q') && w.len() == 2 {
            q = q.or(number(w));
        } else if let Some(y) = year_span(w) {
            year = Some(y);
            academic |= w.starts_with("ay");
        } else if let Some(y) = parse_year(w).filter(|_| w.len() == 4) {
            calendar_year = Some(y);
        } else if matches!(w, "academic" | "ay") {
            academic = true;
        } else if !matches!(
            w,
            "fy" | "financial" | "year" | "rag" | "status" | "of" | "-"
        ) {
            return None;
        }
        i += 1;
    }
    let q = q?;
    let start = match (year, calendar_year) {
        (Some(y), _) if academic => YearMonth::new(y, 9).map(|m| m.plus(3 * (i32::from(q) - 1))),
        (Some(y), _) => YearMonth::new(y, 4).map(|m| m.plus(3 * (i32::from(q) - 1))),
        (None, Some(y)) => YearMonth::new(y, 1 + 3 * (q - 1)),
        (None, None) => None,
    }?;
    Some(When::Quarter(start))
}

/// `Autumn 2022`, `Autumn term 2022`, `Spring 2 2023`, `Summer 23`,
/// `Aut 22`, `Spring 2022/23` (the academic year's spring: 2023).
fn term(words: &[&str]) -> Option<When> {
    let season = |w: &str| -> Option<(u8, i32)> {
        // (first month, years after the academic year's first)
        match w {
            "autumn" | "aut" | "fall" => Some((9, 0)),
            "spring" | "spr" => Some((1, 1)),
            "summer" | "sum" => Some((4, 1)),
            _ => None,
        }
    };
    let (first, rest) = words.split_first()?;
    let (month, offset) = season(first)?;
    let mut half = 1u8;
    let mut year = None;
    for w in rest {
        match *w {
            "term" | "half" | "half-term" | "-" => {}
            "1" => half = 1,
            "2" => half = 2,
            w => {
                if let Some(y) = year_span(w) {
                    year = Some(y + offset);
                } else if let Some(y) = parse_year(w) {
                    year = Some(y);
                } else {
                    return None;
                }
            }
        }
    }
    let start = YearMonth::new(year?, month)?;
    Some(When::Term(start.plus(if half == 2 { 2 } else { 0 })))
}

/// `3 months`, `12 month review`, `Month 6`, `At 6 months`, `Year 1`.
fn milestone(words: &[&str]) -> Option<When> {
    let filler = |w: &str| {
        matches!(
            w,
            "at" | "after" | "review" | "rag" | "status" | "point" | "milestone" | "-"
        )
    };
    let mut months = None;
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        let unit = |u: &str| match u {
            "month" | "months" | "mth" | "mths" => Some(1),
            "year" | "years" | "yr" | "yrs" => Some(12),
            _ => None,
        };
        if let Ok(n) = w.parse::<u32>()
            && let Some(k) = words.get(i + 1).and_then(|u| unit(u))
            && (1..=60).contains(&n)
        {
            months = Some(n * k);
            i += 2;
            continue;
        }
        if let (Some(k), Some(n)) = (
            unit(w),
            words.get(i + 1).and_then(|n| n.parse::<u32>().ok()),
        ) && (1..=60).contains(&n)
        {
            months = Some(n * k);
            i += 2;
            continue;
        }
        if !filler(w) {
            return None;
        }
        i += 1;
    }
    months.map(When::Milestone)
}

/// `Previous RAG`, `Last period`, `Current RAG`, `This period`.
fn relative(words: &[&str]) -> Option<When> {
    let mut when = None;
    for w in words {
        match *w {
            "previous" | "prior" | "last" | "earlier" => when = Some(-1),
            "current" | "latest" | "this" | "now" => when = when.or(Some(0)),
            "rag" | "brag" | "status" | "rating" | "period" | "month" | "quarter" | "review" => {}
            _ => return None,
        }
    }
    when.map(When::Relative)
}

impl YearMonth {
    /// The month `n` months later (earlier when negative).
    pub fn plus(self, n: i32) -> YearMonth {
        let index = self.year * 12 + i32::from(self.month) - 1 + n;
        YearMonth {
            year: index.div_euclid(12),
            month: (index.rem_euclid(12) + 1) as u8,
        }
    }
}

/// One reporting period column of a priority.
#[derive(Debug, Clone, PartialEq)]
pub struct Period {
    /// As displayed to officers (`Dec-19`, `Q1 2022/23`); a date cell gets
    /// its `mmm-yy` label.
    pub label: String,
    /// The month, where the label is one (`Dec-19`; not a quarter).
    pub month: Option<YearMonth>,
    /// When the period is, where the label can be read ([`When`]); periods
    /// are held in this order, whatever the columns' order.
    pub when: Option<When>,
    /// The header cell the period came from.
    pub source: Source,
    /// The one status column of a plan that has no periods (the WSoA's
    /// Progress, the implementation plan's Review Impact), labelled `Status`
    /// by ragplan.
    pub review_column: bool,
}

impl Period {
    /// A period read from a header label (`Dec-19`, `Q1 2022/23`, `Previous RAG`).
    pub fn from_label(label: String, source: Source) -> Period {
        let when = When::find_in(&label);
        Period {
            month: match when {
                Some(When::Month(m)) => Some(m),
                _ => None,
            },
            label,
            when,
            source,
            review_column: false,
        }
    }

    /// A month period (a date cell, or a label read as a month).
    pub fn of_month(month: YearMonth, source: Source) -> Period {
        Period {
            label: month.label(),
            month: Some(month),
            when: Some(When::Month(month)),
            source,
            review_column: false,
        }
    }

    /// Whether two periods (possibly from different files) are the same term.
    pub fn same_term(&self, other: &Period) -> bool {
        match (self.when, other.when) {
            (Some(a), Some(b)) => a == b,
            _ => self.label.trim().eq_ignore_ascii_case(other.label.trim()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_officer_period_labels() {
        let dec19 = YearMonth::new(2019, 12);
        for s in [
            "Dec-19",
            "Dec 19",
            "dec-2019",
            "December 2019",
            "Dec19",
            "12/2019",
            "2019-12",
            "2019-12-01",
        ] {
            assert_eq!(YearMonth::parse(s), dec19, "{s}");
        }
        assert_eq!(YearMonth::parse("Sept 21"), YearMonth::new(2021, 9));
        assert_eq!(YearMonth::parse("Apr-21"), YearMonth::new(2021, 4));
        for s in [
            "Term 1",
            "Spring",
            "",
            "Decoy 19",
            "Dec",
            "13/2019",
            "Progress",
            "Mar 19 onwards",
        ] {
            assert_eq!(YearMonth::parse(s), None, "{s}");
        }
        assert_eq!(YearMonth::new(2021, 12).unwrap().label(), "Dec-21");
        assert_eq!(YearMonth::find_in("RAG Dec-19"), YearMonth::new(2019, 12));
        assert_eq!(
            YearMonth::find_in("Status (Jan 20)"),
            YearMonth::new(2020, 1)
        );
        assert_eq!(
            YearMonth::find_in("Dec 2019 rating"),
            YearMonth::new(2019, 12)
        );
        assert_eq!(YearMonth::find_in("Progress"), None);
    }

    #[test]
    fn quarters_terms_milestones_and_previous_current() {
        let ym = |y, m| YearMonth::new(y, m).unwrap();
        for (text, when) in [
            ("Q1 2022/23", When::Quarter(ym(2022, 4))),
            ("Q4 22/23", When::Quarter(ym(2023, 1))),
            ("2022/23 Q2", When::Quarter(ym(2022, 7))),
            ("Quarter 3 2022-23", When::Quarter(ym(2022, 10))),
            ("Q1 2022/23 academic", When::Quarter(ym(2022, 9))),
            ("Q3 2022", When::Quarter(ym(2022, 7))),
            ("Autumn 2022", When::Term(ym(2022, 9))),
            ("Spring term 2023", When::Term(ym(2023, 1))),
            ("Summer 2 2023", When::Term(ym(2023, 6))),
            ("Spring 2022/23", When::Term(ym(2023, 1))),
            ("3 months", When::Milestone(3)),
            ("12 month review", When::Milestone(12)),
            ("Year 1", When::Milestone(12)),
            ("Previous RAG", When::Relative(-1)),
            ("Current RAG", When::Relative(0)),
            ("Sept 22", When::Month(ym(2022, 9))),
        ] {
            assert_eq!(When::parse(text), Some(when), "{text}");
        }
        assert_eq!(When::find_in("RAG (3 months)"), Some(When::Milestone(3)));
        assert_eq!(
            When::find_in("Status Autumn 2022"),
            Some(When::Term(ym(2022, 9)))
        );
        for text in [
            "Status",
            "Progress",
            "RAG",
            "Quarter",
            "Summer",
            "Term 1",
            "Q5 2022/23",
        ] {
            assert_eq!(When::parse(text), None, "{text}");
        }
        // Time order: by first month; June before September whatever the columns.
        let mut periods = [
            When::Term(ym(2023, 1)),
            When::Quarter(ym(2022, 4)),
            When::Month(ym(2022, 6)),
        ];
        periods.sort_by_key(|w| w.sort_key());
        assert_eq!(periods[0], When::Quarter(ym(2022, 4)));
    }

    #[test]
    fn timeframes_officers_write() {
        let read = |s: &str| {
            let t = Timeframe::parse(crate::model::Text::new_exact(
                s.to_string(),
                crate::model::Source {
                    file: crate::model::FileId(0),
                    sheet: 0,
                    cell: crate::model::CellRef::new(0, 0),
                },
                None,
            ));
            (
                t.start.map(|m| m.to_string()),
                t.end.map(|m| m.to_string()),
                t.is_unread(),
            )
        };
        assert_eq!(
            read("2023-03-31"),
            (Some("Mar-23".into()), Some("Mar-23".into()), false)
        );
        assert_eq!(
            read("31/03/2023"),
            (Some("Mar-23".into()), Some("Mar-23".into()), false)
        );
        assert_eq!(
            read("31st March 2023"),
            (Some("Mar-23".into()), Some("Mar-23".into()), false)
        );
        assert_eq!(
            read("Spring term 2023"),
            (Some("Jan-23".into()), Some("Mar-23".into()), false)
        );
        assert_eq!(
            read("Q2 2023/24"),
            (Some("Jul-23".into()), Some("Sep-23".into()), false)
        );
        assert_eq!(
            read("By end of March 2023"),
            (Some("Mar-23".into()), Some("Mar-23".into()), false)
        );
        assert_eq!(read("Ongoing"), (None, None, false));
        assert_eq!(read("Termly"), (None, None, false));
        assert_eq!(read("31/13/2023"), (None, None, true));
        assert_eq!(read("When funding allows"), (None, None, true));
        assert_eq!(
            YearMonth::find_in("Red - outcomes may not be delivered by March 2022 at all"),
            None
        );
    }
}

/// A month that may lack its year (`September` in `September - December`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MonthSpec {
    pub year: Option<i32>,
    /// 1..=12
    pub month: u8,
}

impl MonthSpec {
    fn parse(part: &str) -> Option<MonthSpec> {
        if let Some(ym) = YearMonth::parse(part) {
            return Some(MonthSpec {
                year: Some(ym.year),
                month: ym.month,
            });
        }
        let month = month_of_word(part.trim().trim_end_matches('.'))?;
        Some(MonthSpec { year: None, month })
    }
}

impl fmt::Display for MonthSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Some(y) => write!(
                f,
                "{}-{:02}",
                LABELS[usize::from(self.month - 1)],
                y.rem_euclid(100)
            ),
            None => f.write_str(LABELS[usize::from(self.month - 1)]),
        }
    }
}

/// A target date as written (`Aug 19`, `Apr 19- Jul 19`, `From Sept 19`,
/// `Mar 19 onwards`, `September - December`), read into a start and an end
/// where it can be; the text is always kept.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeframe {
    pub text: super::Text,
    pub start: Option<MonthSpec>,
    pub end: Option<MonthSpec>,
    /// `From …`, `… onwards`: no end.
    pub open_ended: bool,
    /// `Ongoing`, `Termly`, `Quarterly`: a rhythm, read, with no month.
    pub recurring: bool,
}

/// Timeframes that are a rhythm, not a date: read, with no month.
const RECURRING: &[&str] = &[
    "ongoing",
    "on-going",
    "on going",
    "continuous",
    "continual",
    "termly",
    "half termly",
    "half-termly",
    "each term",
    "every term",
    "monthly",
    "bi-monthly",
    "quarterly",
    "weekly",
    "fortnightly",
    "annually",
    "annual",
    "yearly",
    "bi-annually",
    "biannually",
    "six monthly",
    "six-monthly",
    "as required",
    "as needed",
    "rolling",
    "rolling programme",
    "in place",
    "business as usual",
    "bau",
];

/// `31/03/2023`, `31.03.2023` (UK order), `31 March 2023`, `31st Mar 23`.
fn uk_date(text: &str) -> Option<YearMonth> {
    let parts: Vec<&str> = text.split(['/', '.']).map(str::trim).collect();
    if parts.len() == 3 && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) {
        let day: u8 = parts[0].parse().ok()?;
        let month: u8 = parts[1].parse().ok()?;
        let year = parse_year(parts[2])?;
        return (1..=31)
            .contains(&day)
            .then(|| YearMonth::new(year, month))
            .flatten();
    }
    let (day, rest) = text.split_once(' ')?;
    let digits: String = day.chars().take_while(char::is_ascii_digit).collect();
    let suffix = &day[digits.len()..];
    let day: u8 = digits.parse().ok()?;
    ((1..=31).contains(&day) && matches!(suffix, "" | "st" | "nd" | "rd" | "th"))
        .then(|| YearMonth::parse(rest))
        .flatten()
}

/// A period of several months (`Autumn 2022`, `Q2 2023/24`, `2023/24`) as
/// its first and last month.
fn span_of(text: &str) -> Option<(YearMonth, YearMonth)> {
    match When::parse(text)? {
        When::Quarter(m) => Some((m, m.plus(2))),
        When::Term(m) => Some((m, m.plus(if m.month == 9 { 3 } else { 2 }))),
        When::Month(m) => Some((m, m)),
        _ => None,
    }
    .or_else(|| {
        // A financial or academic year: `2023/24`.
        let first = year_span(text)?;
        Some((YearMonth::new(first, 4)?, YearMonth::new(first + 1, 3)?))
    })
}

impl Timeframe {
    /// Reads every line of the cell; the earliest start and latest end win.
    pub fn parse(text: super::Text) -> Timeframe {
        let mut start: Option<MonthSpec> = None;
        let mut end: Option<MonthSpec> = None;
        let mut open_ended = false;
        let mut recurring = false;
        let spec = |m: YearMonth| MonthSpec {
            year: Some(m.year),
            month: m.month,
        };
        for line in text.value.lines() {
            let lower = line.trim().to_ascii_lowercase();
            let mut body = lower.as_str();
            for prefix in [
                "from ",
                "by ",
                "starting ",
                "start ",
                "by the end of ",
                "by end of ",
                "end of ",
                "the end of ",
                "w/c ",
                "before ",
            ] {
                if let Some(rest) = body.strip_prefix(prefix) {
                    body = rest;
                    open_ended |= matches!(prefix, "from " | "starting " | "start ");
                }
            }
            let trimmed = body.trim_end_matches(['.', ';', ',']).trim();
            if RECURRING.contains(&trimmed) {
                recurring = true;
                continue;
            }
            for suffix in [" onwards", " ongoing", " on"] {
                if let Some(rest) = body.strip_suffix(suffix) {
                    body = rest;
                    open_ended = true;
                }
            }
            let body = body.trim_end_matches(['.', ';', ',']).trim();
            // A date (`2023-03-31`, `31/03/2023`) or a period of months
            // (`Spring term 2023`, `Q2 2023/24`) as a whole.
            let whole = YearMonth::parse(body)
                .or_else(|| uk_date(body))
                .map(|m| (m, m))
                .or_else(|| span_of(body));
            let months: Vec<MonthSpec> = match whole {
                Some((a, b)) if a == b => vec![spec(a)],
                Some((a, b)) => vec![spec(a), spec(b)],
                None => {
                    let parts: Vec<&str> = body
                        .split(['-', '–', '—'])
                        .flat_map(|p| p.split(" to "))
                        .map(str::trim)
                        .filter(|p| !p.is_empty())
                        .collect();
                    let months: Vec<MonthSpec> = parts
                        .iter()
                        .filter_map(|p| {
                            MonthSpec::parse(p).or_else(|| span_of(p).map(|(a, _)| spec(a)))
                        })
                        .collect();
                    if months.len() != parts.len() {
                        continue;
                    }
                    months
                }
            };
            if months.is_empty() || months.len() > 2 {
                continue;
            }
            let (a, b) = (months[0], *months.last().unwrap_or(&months[0]));
            let earlier = |x: MonthSpec, y: MonthSpec| match (x.year, y.year) {
                (Some(_), Some(_)) => x < y,
                _ => false,
            };
            start = Some(match start {
                Some(s) if !earlier(a, s) => s,
                _ => a,
            });
            if !(open_ended && months.len() == 1) {
                end = Some(match end {
                    Some(e) if !earlier(e, b) => e,
                    _ => b,
                });
            }
        }
        if open_ended {
            end = end.filter(|e| Some(*e) != start);
        }
        Timeframe {
            text,
            start,
            end,
            open_ended,
            recurring,
        }
    }

    /// Whether nothing in the cell could be read as a month or a rhythm.
    pub fn is_unread(&self) -> bool {
        self.start.is_none() && !self.recurring && !self.text.is_empty()
    }
}
