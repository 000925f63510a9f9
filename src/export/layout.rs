//! The master's layout and wording, from `templates/master.toml`.

use serde::Deserialize;

use super::columns::Headings;

const MASTER_TOML: &str = include_str!("../../templates/master.toml");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MasterLayout {
    pub sheets: SheetNames,
    pub priority: PriorityWording,
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
pub struct PriorityWording {
    pub stated_label: String,
    pub template_rows: u32,
    /// Headings of [`super::columns::PriorityColumn`]s.
    pub columns: Headings,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SummaryWording {
    pub title: String,
    pub generated: String,
    /// Headings of [`super::columns::SummaryColumn`]s.
    pub columns: Headings,
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
    /// Headings of [`super::columns::FindingsColumn`]s.
    pub columns: Headings,
    pub open: String,
    pub corrected: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeadsWording {
    /// Headings of [`super::columns::LeadsColumn`]s.
    pub columns: Headings,
}

impl SheetNames {
    /// The master's own sheets, besides its priorities' (and its record).
    pub fn own(&self) -> [&str; 4] {
        [&self.summary, &self.board_pack, &self.findings, &self.leads]
    }

    /// Whether a sheet is one of them.
    pub fn is_own(&self, name: &str) -> bool {
        self.own().contains(&name)
    }
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
    fn the_template_parses_and_no_other_sheet_looks_like_a_plan() {
        let l = MasterLayout::get();
        assert!(l.priority.stated_label.to_lowercase().contains("overall"));
        assert_eq!(l.board_pack.summary_columns.len(), 7);
        assert_eq!(l.board_pack.action_columns.len(), 8);
        // No other sheet may look like a plan table to the importer.
        let headings = |h: &Headings| h.values().map(str::to_string).collect::<Vec<_>>();
        for columns in [
            headings(&l.summary.columns),
            headings(&l.findings.columns),
            headings(&l.leads.columns),
            l.board_pack.summary_columns.clone(),
            l.board_pack.action_columns.clone(),
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
