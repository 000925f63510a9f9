//! The master's columns, declared once per sheet: each column's place (the
//! order of `ALL`), its heading key (the heading itself is
//! `templates/master.toml`'s entry under that key), its width and what it
//! holds. The sheet writers, `ragplan template` (the master of an empty
//! plan), `ragplan summary`, the HTML report and the importer (which reads a
//! master's priority sheets and Findings back by these headings) all go by
//! these tables: adding a column is a line here and its heading in
//! master.toml.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::check::summary::Counts;
use crate::import::header::Column;
use crate::model::{Action, Scheme, Text};

/// One sheet's columns, in the order they are written.
pub trait MasterColumn: Copy + Eq + std::fmt::Debug + 'static {
    const ALL: &'static [Self];

    /// The key of its heading in master.toml; `None` for a column whose
    /// heading is not fixed (a period, an extra column found in the inputs).
    fn key(self) -> Option<&'static str>;

    /// Its place among the sheet's fixed columns (0 = column A).
    fn index(self) -> u16 {
        Self::ALL.iter().position(|c| *c == self).unwrap_or(0) as u16
    }
}

/// A sheet's column headings by key, as master.toml words them.
#[derive(Debug, Clone, Deserialize)]
#[serde(transparent)]
pub struct Headings(BTreeMap<String, String>);

impl Headings {
    /// The heading of a column (its key if master.toml lacks it, which a
    /// test rules out).
    pub fn of<C: MasterColumn>(&self, column: C) -> &str {
        let key = column.key().unwrap_or_default();
        self.0.get(key).map_or(key, String::as_str)
    }

    /// The headings, in no particular order.
    pub fn values(&self) -> impl Iterator<Item = &str> {
        self.0.values().map(String::as_str)
    }

    /// Every fixed column with its heading, in sheet order.
    pub fn all<C: MasterColumn>(&self) -> impl Iterator<Item = (C, &str)> + '_ {
        C::ALL
            .iter()
            .filter(|c| c.key().is_some())
            .map(|c| (*c, self.of(*c)))
    }

    /// The keys master.toml gives that `C` has no column for, and the keys
    /// of `C` that master.toml lacks.
    pub fn mismatches<C: MasterColumn>(&self) -> (Vec<String>, Vec<&'static str>) {
        let keys: Vec<&'static str> = C::ALL.iter().filter_map(|c| c.key()).collect();
        let unknown = self
            .0
            .keys()
            .filter(|k| !keys.contains(&k.as_str()))
            .cloned()
            .collect();
        let missing = keys
            .into_iter()
            .filter(|k| !self.0.contains_key(*k))
            .collect();
        (unknown, missing)
    }
}

/// The columns of a priority sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PriorityColumn {
    /// The focus area's reference, merged down its actions.
    Reference,
    /// The focus area, merged down its actions.
    FocusArea,
    ActionId,
    Action,
    Lead,
    Evidence,
    /// One column per period of the priority's document, in time order,
    /// headed by the period (a date where it is a month).
    Status,
    Notes,
    Documents,
    /// Only when some action of the document has a target date.
    Timeframe,
    /// One per column found in the inputs that ragplan has no field for.
    Extra,
}

impl MasterColumn for PriorityColumn {
    const ALL: &'static [PriorityColumn] = &[
        PriorityColumn::Reference,
        PriorityColumn::FocusArea,
        PriorityColumn::ActionId,
        PriorityColumn::Action,
        PriorityColumn::Lead,
        PriorityColumn::Evidence,
        PriorityColumn::Status,
        PriorityColumn::Notes,
        PriorityColumn::Documents,
        PriorityColumn::Timeframe,
        PriorityColumn::Extra,
    ];

    fn key(self) -> Option<&'static str> {
        Some(match self {
            PriorityColumn::Reference => "ref",
            PriorityColumn::FocusArea => "focus_area",
            PriorityColumn::ActionId => "action_id",
            PriorityColumn::Action => "action",
            PriorityColumn::Lead => "lead",
            PriorityColumn::Evidence => "evidence",
            PriorityColumn::Notes => "notes",
            PriorityColumn::Documents => "documents",
            PriorityColumn::Timeframe => "timeframe",
            PriorityColumn::Status | PriorityColumn::Extra => return None,
        })
    }
}

impl PriorityColumn {
    /// Width in characters. Narrow enough that the columns before the
    /// periods and a few periods fit across a printed A4 page (at
    /// [`super::print::PRINT_SCALE`]); a status column is as wide as the
    /// scheme's codes need ([`super::styles::status_width`]).
    pub fn width(self, scheme: &Scheme) -> f64 {
        match self {
            PriorityColumn::Reference => 6.0,
            PriorityColumn::FocusArea => 22.0,
            PriorityColumn::ActionId => 7.0,
            PriorityColumn::Action => 44.0,
            PriorityColumn::Lead => 16.0,
            PriorityColumn::Evidence | PriorityColumn::Documents => 30.0,
            PriorityColumn::Status => super::styles::status_width(scheme),
            PriorityColumn::Notes => 56.0,
            PriorityColumn::Timeframe => 16.0,
            PriorityColumn::Extra => 24.0,
        }
    }

    /// The action's text the column holds, for the columns that hold one
    /// text of the action each (not the focus area's, the id, the statuses
    /// or the extras).
    pub fn text(self, action: &Action) -> Option<&Text> {
        match self {
            PriorityColumn::Action => Some(&action.text),
            PriorityColumn::Lead => action.lead.as_ref(),
            PriorityColumn::Evidence => action.evidence.as_ref(),
            PriorityColumn::Notes => action.notes.as_ref(),
            PriorityColumn::Documents => action.documents.as_ref(),
            PriorityColumn::Timeframe => action.timeframe.as_ref().map(|t| &t.text),
            PriorityColumn::Reference
            | PriorityColumn::FocusArea
            | PriorityColumn::ActionId
            | PriorityColumn::Status
            | PriorityColumn::Extra => None,
        }
    }

    /// What the importer takes a column with this heading for, reading a
    /// master back (the period columns are found by their dates).
    pub fn imported_as(self) -> Option<Column> {
        Some(match self {
            PriorityColumn::Reference => Column::Reference,
            PriorityColumn::FocusArea => Column::FocusArea,
            PriorityColumn::ActionId => Column::ActionId,
            PriorityColumn::Action => Column::Action,
            PriorityColumn::Lead => Column::Lead,
            PriorityColumn::Evidence => Column::Evidence,
            PriorityColumn::Notes => Column::Notes,
            PriorityColumn::Documents => Column::Documents,
            PriorityColumn::Timeframe => Column::Timeframe,
            PriorityColumn::Status | PriorityColumn::Extra => return None,
        })
    }
}

/// The columns of the Summary's table of priorities.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SummaryColumn {
    Priority,
    ProblemStatement,
    Stated,
    Computed,
    Period,
    Blue,
    Green,
    Amber,
    Red,
    Grey,
    Split,
    NoStatus,
    Actions,
    PercentComplete,
    Trend,
    Errors,
    Warnings,
    RollUp,
}

impl MasterColumn for SummaryColumn {
    const ALL: &'static [SummaryColumn] = &[
        SummaryColumn::Priority,
        SummaryColumn::ProblemStatement,
        SummaryColumn::Stated,
        SummaryColumn::Computed,
        SummaryColumn::Period,
        SummaryColumn::Blue,
        SummaryColumn::Green,
        SummaryColumn::Amber,
        SummaryColumn::Red,
        SummaryColumn::Grey,
        SummaryColumn::Split,
        SummaryColumn::NoStatus,
        SummaryColumn::Actions,
        SummaryColumn::PercentComplete,
        SummaryColumn::Trend,
        SummaryColumn::Errors,
        SummaryColumn::Warnings,
        SummaryColumn::RollUp,
    ];

    fn key(self) -> Option<&'static str> {
        Some(match self {
            SummaryColumn::Priority => "priority",
            SummaryColumn::ProblemStatement => "problem_statement",
            SummaryColumn::Stated => "stated",
            SummaryColumn::Computed => "computed",
            SummaryColumn::Period => "period",
            SummaryColumn::Blue => "blue",
            SummaryColumn::Green => "green",
            SummaryColumn::Amber => "amber",
            SummaryColumn::Red => "red",
            SummaryColumn::Grey => "grey",
            SummaryColumn::Split => "split",
            SummaryColumn::NoStatus => "no_status",
            SummaryColumn::Actions => "actions",
            SummaryColumn::PercentComplete => "percent_complete",
            SummaryColumn::Trend => "trend",
            SummaryColumn::Errors => "errors",
            SummaryColumn::Warnings => "warnings",
            SummaryColumn::RollUp => "roll_up",
        })
    }
}

impl SummaryColumn {
    /// The counts of actions by status, Blue to Actions, in order: the
    /// Summary's and the terminal's tables show these.
    pub fn counts() -> &'static [SummaryColumn] {
        &Self::ALL[SummaryColumn::Blue.index().into()..=SummaryColumn::Actions.index().into()]
    }

    /// Width in characters, chosen so that the table fits A4 landscape at
    /// the Summary's scale: headings wrap at spaces, and the problem
    /// statement and roll-up rule wrap in narrow columns rather than the
    /// page shrinking. Together 158 units (about 1,200 px in Calibri, and
    /// 380 mm in LibreOffice's wider fallback font): within the 395 mm that
    /// A4 landscape holds between the margins at 73%.
    pub fn width(self) -> f64 {
        match self {
            SummaryColumn::Priority => 13.0,
            SummaryColumn::ProblemStatement => 22.0,
            SummaryColumn::Stated | SummaryColumn::PercentComplete => 8.0,
            SummaryColumn::Computed | SummaryColumn::Warnings => 9.0,
            SummaryColumn::Period | SummaryColumn::NoStatus | SummaryColumn::Actions => 7.0,
            SummaryColumn::Blue
            | SummaryColumn::Green
            | SummaryColumn::Amber
            | SummaryColumn::Red
            | SummaryColumn::Grey
            | SummaryColumn::Split
            | SummaryColumn::Errors => 6.0,
            SummaryColumn::Trend => 10.0,
            SummaryColumn::RollUp => 16.0,
        }
    }

    /// Whether the column holds numbers (the counts, the share complete,
    /// the findings), which tables align right.
    pub fn is_number(self) -> bool {
        self.count(&Counts::default()).is_some()
            || matches!(
                self,
                SummaryColumn::PercentComplete | SummaryColumn::Errors | SummaryColumn::Warnings
            )
    }

    /// A count column's number.
    pub fn count(self, c: &Counts) -> Option<usize> {
        Some(match self {
            SummaryColumn::Blue => c.blue,
            SummaryColumn::Green => c.green,
            SummaryColumn::Amber => c.amber,
            SummaryColumn::Red => c.red,
            SummaryColumn::Grey => c.grey,
            SummaryColumn::Split => c.split,
            SummaryColumn::NoStatus => c.none,
            SummaryColumn::Actions => c.total(),
            _ => return None,
        })
    }

    /// The column's heading in `ragplan summary`'s terminal table, which
    /// has no room for the sheet's, and its width there: the count
    /// columns, the share complete, the trend and the findings.
    pub fn terminal(self) -> Option<(&'static str, usize)> {
        Some(match self {
            SummaryColumn::Blue => ("B", 3),
            SummaryColumn::Green => ("G", 3),
            SummaryColumn::Amber => ("A", 3),
            SummaryColumn::Red => ("R", 3),
            SummaryColumn::Grey => ("Grey", 4),
            SummaryColumn::Split => ("Split", 5),
            SummaryColumn::NoStatus => ("None", 4),
            SummaryColumn::Actions => ("Actions", 7),
            SummaryColumn::PercentComplete => ("Done", 5),
            SummaryColumn::Trend => ("TREND", 9),
            SummaryColumn::Errors => ("ERRORS", 6),
            SummaryColumn::Warnings => ("WARNINGS", 8),
            _ => return None,
        })
    }
}

/// The columns of the Leads sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LeadsColumn {
    Person,
    Priority,
    Reference,
    ActionId,
    Action,
    LatestStatus,
    Period,
}

impl MasterColumn for LeadsColumn {
    const ALL: &'static [LeadsColumn] = &[
        LeadsColumn::Person,
        LeadsColumn::Priority,
        LeadsColumn::Reference,
        LeadsColumn::ActionId,
        LeadsColumn::Action,
        LeadsColumn::LatestStatus,
        LeadsColumn::Period,
    ];

    fn key(self) -> Option<&'static str> {
        Some(match self {
            LeadsColumn::Person => "person",
            LeadsColumn::Priority => "priority",
            LeadsColumn::Reference => "ref",
            LeadsColumn::ActionId => "action_id",
            LeadsColumn::Action => "action",
            LeadsColumn::LatestStatus => "latest_status",
            LeadsColumn::Period => "period",
        })
    }
}

impl LeadsColumn {
    /// Width in characters: together they fit across a printed A4 page (a
    /// test holds them to it); the status column is at least as wide as
    /// the scheme's codes need.
    pub fn width(self, scheme: &Scheme) -> f64 {
        match self {
            LeadsColumn::Person => 22.0,
            LeadsColumn::Priority => 18.0,
            LeadsColumn::Reference => 6.0,
            LeadsColumn::ActionId => 7.0,
            LeadsColumn::Action => 70.0,
            LeadsColumn::LatestStatus => super::styles::status_width(scheme).max(12.0),
            LeadsColumn::Period => 12.0,
        }
    }
}

/// The Findings sheet's columns. The writer and the reader of a master's
/// triage ([`crate::import::record`]) both go by these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FindingsColumn {
    Severity,
    Code,
    Rule,
    Cell,
    Action,
    FoundIn,
    Field,
    Value,
    Message,
    Help,
    Status,
    Comment,
}

impl MasterColumn for FindingsColumn {
    const ALL: &'static [FindingsColumn] = &[
        FindingsColumn::Severity,
        FindingsColumn::Code,
        FindingsColumn::Rule,
        FindingsColumn::Cell,
        FindingsColumn::Action,
        FindingsColumn::FoundIn,
        FindingsColumn::Field,
        FindingsColumn::Value,
        FindingsColumn::Message,
        FindingsColumn::Help,
        FindingsColumn::Status,
        FindingsColumn::Comment,
    ];

    fn key(self) -> Option<&'static str> {
        Some(match self {
            FindingsColumn::Severity => "severity",
            FindingsColumn::Code => "code",
            FindingsColumn::Rule => "rule",
            FindingsColumn::Cell => "cell",
            FindingsColumn::Action => "about",
            FindingsColumn::FoundIn => "found_in",
            FindingsColumn::Field => "field",
            FindingsColumn::Value => "value",
            FindingsColumn::Message => "message",
            FindingsColumn::Help => "help",
            FindingsColumn::Status => "status",
            FindingsColumn::Comment => "comment",
        })
    }
}

impl FindingsColumn {
    /// Width in characters: together they fit across a printed A4 page at
    /// the master's scale (a test in `export::print` holds them to it).
    pub fn width(self) -> f64 {
        match self {
            FindingsColumn::Severity | FindingsColumn::Code => 7.0,
            FindingsColumn::Rule | FindingsColumn::Status => 12.0,
            FindingsColumn::Cell | FindingsColumn::FoundIn => 16.0,
            FindingsColumn::Action | FindingsColumn::Value => 18.0,
            FindingsColumn::Field => 8.0,
            FindingsColumn::Message => 28.0,
            FindingsColumn::Help => 22.0,
            FindingsColumn::Comment => 14.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::MasterLayout;

    fn assert_matches<C: MasterColumn>(sheet: &str, headings: &Headings) {
        let (unknown, missing) = headings.mismatches::<C>();
        assert!(
            unknown.is_empty() && missing.is_empty(),
            "{sheet}: master.toml names columns {unknown:?} that src/export/columns.rs lacks, \
             and lacks the headings of {missing:?}"
        );
    }

    #[test]
    fn master_toml_heads_every_column_and_no_other() {
        let layout = MasterLayout::get();
        assert_matches::<PriorityColumn>("priority", &layout.priority.columns);
        assert_matches::<SummaryColumn>("summary", &layout.summary.columns);
        assert_matches::<LeadsColumn>("leads", &layout.leads.columns);
        assert_matches::<FindingsColumn>("findings", &layout.findings.columns);
    }

    #[test]
    fn every_priority_column_with_a_heading_is_read_back_as_what_it_holds() {
        use crate::import::header::classify;
        let layout = MasterLayout::get();
        for (column, heading) in layout.priority.columns.all::<PriorityColumn>() {
            // The built-in vocabulary reads the heading alike, so that a
            // master is read as any plan is when its record is lost.
            assert_eq!(classify(heading), column.imported_as(), "{heading}");
        }
    }

    #[test]
    fn indexes_follow_the_declared_order() {
        assert_eq!(SummaryColumn::Priority.index(), 0);
        assert_eq!(SummaryColumn::PercentComplete.index(), 13);
        assert_eq!(SummaryColumn::RollUp.index(), 17);
        assert!(
            SummaryColumn::counts()
                .iter()
                .all(|c| c.count(&Counts::default()).is_some())
        );
        assert_eq!(SummaryColumn::counts().len(), 8);
        assert_eq!(FindingsColumn::Comment.index(), 11);
        assert_eq!(LeadsColumn::Period.index(), 6);
        assert_eq!(PriorityColumn::Status.index(), 6);
        let widths: f64 = SummaryColumn::ALL.iter().map(|c| c.width()).sum();
        assert_eq!(widths, 158.0);
    }
}
