//! The master's layout and wording, from `templates/master.toml`.

use serde::Deserialize;

const MASTER_TOML: &str = include_str!("../../templates/master.toml");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MasterLayout {
    pub sheets: SheetNames,
    pub priority: PriorityColumns,
    pub summary: SummaryWording,
    pub board_pack: BoardPackWording,
    pub legend: Legend,
    pub findings: FindingsWording,
    pub leads: LeadsWording,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SheetNames {
    pub summary: String,
    pub board_pack: String,
    pub findings: String,
    pub leads: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PriorityColumns {
    #[serde(rename = "ref")]
    pub reference: String,
    pub focus_area: String,
    pub action_id: String,
    pub action: String,
    pub lead: String,
    pub evidence: String,
    pub notes: String,
    pub documents: String,
    pub timeframe: String,
    pub stated_label: String,
    pub template_rows: u32,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SummaryWording {
    pub title: String,
    pub generated: String,
    pub columns: Vec<String>,
    pub total: String,
    pub rollup_note: String,
    pub sources: String,
    pub source_columns: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BoardPackWording {
    pub title: String,
    pub summary_columns: Vec<String>,
    pub actions_title: String,
    pub action_columns: Vec<String>,
    pub none: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Legend {
    pub title: String,
    pub blue: String,
    pub red: String,
    pub amber: String,
    pub green: String,
    pub grey: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FindingsWording {
    pub columns: Vec<String>,
    pub open: String,
    pub corrected: String,
}

/// The Findings sheet's columns, in order: the writer and the reader of a
/// master's triage ([`crate::import::record`]) both go by these.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

impl FindingsColumn {
    pub const ALL: [FindingsColumn; 12] = [
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

    pub fn index(self) -> u16 {
        self as u16
    }

    /// Column width (characters): together they fit across a printed A4
    /// page at the master's scale (a test in `export::print` holds them to it).
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

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeadsWording {
    pub columns: Vec<String>,
}

impl MasterLayout {
    /// The compiled-in layout. It is checked by a unit test, so failing here
    /// would be a build defect, not bad input.
    pub fn get() -> MasterLayout {
        toml::from_str(MASTER_TOML).expect("templates/master.toml is checked by tests")
    }

    /// The compiled-in layout, parsed once (the importer asks it of every
    /// sheet: a master is valid input).
    pub fn shared() -> &'static MasterLayout {
        static LAYOUT: std::sync::OnceLock<MasterLayout> = std::sync::OnceLock::new();
        LAYOUT.get_or_init(MasterLayout::get)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::header::{Column, classify};

    #[test]
    fn the_template_parses_and_its_headers_are_recognised() {
        let l = MasterLayout::get();
        let p = &l.priority;
        for (text, kind) in [
            (&p.reference, Column::Reference),
            (&p.focus_area, Column::FocusArea),
            (&p.action_id, Column::ActionId),
            (&p.action, Column::Action),
            (&p.lead, Column::Lead),
            (&p.evidence, Column::Evidence),
            (&p.notes, Column::Notes),
            (&p.documents, Column::Documents),
            (&p.timeframe, Column::Timeframe),
        ] {
            assert_eq!(classify(text), Some(kind), "{text}");
        }
        assert!(p.stated_label.to_lowercase().contains("overall"));
        assert_eq!(l.summary.columns.len(), 18);
        assert_eq!(l.findings.columns.len(), FindingsColumn::ALL.len());
        assert_eq!(l.board_pack.summary_columns.len(), 7);
        assert_eq!(l.board_pack.action_columns.len(), 8);
        // No other sheet may look like a plan table to the importer.
        for columns in [
            &l.summary.columns,
            &l.findings.columns,
            &l.leads.columns,
            &l.board_pack.summary_columns,
            &l.board_pack.action_columns,
        ] {
            let kinds: Vec<_> = columns.iter().filter_map(|c| classify(c)).collect();
            let supporting = kinds
                .iter()
                .filter(|k| {
                    matches!(
                        k,
                        Column::FocusArea
                            | Column::Lead
                            | Column::Evidence
                            | Column::Progress
                            | Column::Notes
                    )
                })
                .count();
            assert!(
                !(kinds.contains(&Column::Action) && supporting >= 2),
                "{columns:?}"
            );
        }
    }
}
