//! Every format of the master in one place: the RAG palette and the rest.

use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder};

use crate::model::{Rag, Status};

fn font(status: Status) -> u32 {
    match status {
        Status::Blue | Status::Red => 0xFFFFFF,
        _ => 0x000000,
    }
}

/// The colour a status is shown in: a split in its worse half's colour
/// (it never counts as the better one).
pub fn shown(rag: Rag) -> Status {
    match rag {
        Rag::Single(s) => s,
        Rag::Split(_, worse) => worse,
    }
}

/// Every status a cell can be written with: the five, then every split
/// (its better half first), as the scheme writes them.
pub fn written_rags() -> Vec<Rag> {
    let mut rags: Vec<Rag> = Status::ALL.iter().map(|s| Rag::Single(*s)).collect();
    for a in Status::ALL {
        for b in Status::ALL {
            if let Some(split) = Rag::split(a, b).filter(|r| !rags.contains(r)) {
                rags.push(split);
            }
        }
    }
    rags
}

/// The narrowest a status column may be (a period's `mmm-yy` heading).
pub const MIN_STATUS_WIDTH: f64 = 9.0;

/// The width (characters) of a status column that holds each word of every
/// code the scheme writes (`On track/Delayed` wraps at its space, never
/// inside `track/Delayed`). A status cell is bold: about 8 pixels a
/// character, against the 7 of a width unit, so a word fits in Calibri and
/// in the wider font LibreOffice uses without it.
pub fn status_width(scheme: &crate::model::Scheme) -> f64 {
    let longest = written_rags()
        .into_iter()
        .flat_map(|rag| {
            scheme
                .write(rag)
                .split(' ')
                .map(|w| w.chars().count())
                .collect::<Vec<_>>()
        })
        .max()
        .unwrap_or(0);
    // 8 pixels a character and 10 of padding and border, less the 5 a width adds.
    ((longest as f64 * 8.0 + 5.0) / 7.0)
        .ceil()
        .max(MIN_STATUS_WIDTH)
}

/// The title's font against body text: 14 pt bold beside 11 pt, so about
/// 1.4 times as wide a character and 1.3 times as tall a line; the larger
/// serves both, so a long title is never cut short.
pub const TITLE_SCALE: f64 = 1.4;

/// Formats are made once: a master writes one per cell, and building (and
/// dropping) a `Format` for each of a large plan's cells was a tenth of the
/// time spent writing it.
pub struct Styles {
    /// The scheme's fill of each status (SPEC.md's by default: Red `#FF0000`,
    /// Amber `#FFC000`, Green `#00B050`, Blue `#0070C0` with white text, Grey
    /// `#BFBFBF`).
    fills: [u32; 5],
    /// A status cell's format for each status in [`Status::ALL`] order, then
    /// for a cell with no status.
    statuses: [Format; 6],
    /// The Findings sheet's severity column: error, warning, info.
    pub severities: [Format; 3],
    /// A finding `build` corrected by itself.
    pub corrected: Format,
    pub title: Format,
    pub subtitle: Format,
    pub text: Format,
    pub bold: Format,
    pub header: Format,
    pub cell: Format,
    pub centre: Format,
    pub link: Format,
    pub percent: Format,
    pub datetime: Format,
    pub period: Format,
    pub total: Format,
    pub person: Format,
    pub note: Format,
}

impl Styles {
    pub fn new(scheme: &crate::model::Scheme) -> Self {
        let border = |f: Format| {
            f.set_border(FormatBorder::Thin)
                .set_border_color(Color::RGB(0xA6A6A6))
        };
        let fills = Status::ALL.map(|s| scheme.fill(s));
        let cell = border(Format::new().set_text_wrap().set_align(FormatAlign::Top));
        let status = |fill: Option<Status>| {
            let base = border(
                Format::new()
                    .set_align(FormatAlign::Center)
                    .set_align(FormatAlign::Top)
                    .set_bold()
                    .set_text_wrap(),
            );
            match fill {
                Some(s) => base
                    .set_background_color(Color::RGB(scheme.fill(s)))
                    .set_font_color(Color::RGB(font(s))),
                None => base,
            }
        };
        Styles {
            fills,
            statuses: [
                status(Some(Status::ALL[0])),
                status(Some(Status::ALL[1])),
                status(Some(Status::ALL[2])),
                status(Some(Status::ALL[3])),
                status(Some(Status::ALL[4])),
                status(None),
            ],
            severities: [0xC00000, 0x9C5700, 0x1F3864]
                .map(|colour| cell.clone().set_bold().set_font_color(Color::RGB(colour))),
            corrected: cell.clone().set_font_color(Color::RGB(0x006100)),
            title: Format::new()
                .set_bold()
                .set_font_size(14)
                .set_text_wrap()
                .set_align(FormatAlign::Top),
            subtitle: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            text: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            bold: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Top),
            header: border(
                Format::new()
                    .set_bold()
                    .set_text_wrap()
                    .set_align(FormatAlign::Top)
                    .set_background_color(Color::RGB(0x1F3864))
                    .set_font_color(Color::White),
            ),
            cell,
            centre: border(
                Format::new()
                    .set_align(FormatAlign::Center)
                    .set_align(FormatAlign::Top),
            ),
            link: border(
                Format::new()
                    .set_font_color(Color::RGB(0x0563C1))
                    .set_underline(rust_xlsxwriter::FormatUnderline::Single)
                    .set_text_wrap()
                    .set_align(FormatAlign::Top),
            ),
            percent: border(
                Format::new()
                    .set_num_format("0%")
                    .set_align(FormatAlign::Top),
            ),
            datetime: Format::new()
                .set_num_format("yyyy-mm-dd hh:mm")
                .set_align(FormatAlign::Left),
            period: border(
                Format::new()
                    .set_bold()
                    .set_num_format("mmm-yy")
                    .set_align(FormatAlign::Center)
                    .set_background_color(Color::RGB(0x1F3864))
                    .set_font_color(Color::White),
            ),
            total: border(
                Format::new()
                    .set_bold()
                    .set_background_color(Color::RGB(0xD9E1F2)),
            ),
            person: border(
                Format::new()
                    .set_bold()
                    .set_background_color(Color::RGB(0xD9E1F2))
                    .set_text_wrap(),
            ),
            note: Format::new()
                .set_italic()
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_font_color(Color::RGB(0x404040)),
        }
    }

    /// Every cell format, in one fixed order.
    pub fn all(&self) -> impl Iterator<Item = &Format> {
        [
            &self.title,
            &self.subtitle,
            &self.text,
            &self.bold,
            &self.header,
            &self.cell,
            &self.centre,
            &self.link,
            &self.percent,
            &self.datetime,
            &self.period,
            &self.total,
            &self.person,
            &self.note,
            &self.corrected,
        ]
        .into_iter()
        .chain(&self.statuses)
        .chain(&self.severities)
    }

    pub fn fill(&self, status: Status) -> u32 {
        let i = Status::ALL.iter().position(|s| *s == status).unwrap_or(0);
        self.fills[i]
    }

    /// A status cell: centred, filled in its colour.
    pub fn status(&self, rag: Option<Rag>) -> &Format {
        let i = rag
            .map(shown)
            .and_then(|s| Status::ALL.iter().position(|x| *x == s))
            .unwrap_or(5);
        &self.statuses[i]
    }

    /// The conditional format that colours a typed code (no borders: those
    /// stay the cell's own).
    pub fn conditional(&self, status: Status) -> Format {
        Format::new()
            .set_background_color(Color::RGB(self.fill(status)))
            .set_font_color(Color::RGB(font(status)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Scheme;

    #[test]
    fn status_columns_hold_the_longest_word_the_scheme_writes() {
        // B G A R Grey and their splits: `Grey/R` is the longest word.
        assert_eq!(written_rags().len(), 15);
        assert_eq!(status_width(&Scheme::default()), MIN_STATUS_WIDTH);
        let words = Scheme {
            blue: "Complete".into(),
            green: "On track".into(),
            amber: "Delayed".into(),
            red: "Off track".into(),
            grey: "Not started".into(),
            ..Scheme::default()
        };
        // `Complete/Delayed` (a Blue and Amber split, 16 characters: 133
        // pixels) is the longest word.
        assert_eq!(status_width(&words), 19.0);
    }
}
