//! `Plan → Priority → FocusArea → Action`.

use std::path::PathBuf;

use super::{FileId, Period, Rgb, Source};

/// The union of every workbook given on the command line.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    /// Every input file, readable or not, in the order given (walked
    /// directories sorted by name). [`FileId`] indexes this list.
    pub files: Vec<SourceFile>,
    pub priorities: Vec<Priority>,
}

impl Plan {
    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id.index()]
    }

    /// The sheet name of a source, as the workbook spells it.
    pub fn sheet_name(&self, source: &Source) -> &str {
        self.sheet_name_at(source.file, source.sheet)
    }

    /// The name of a file's `sheet`th sheet (`""` when there is none).
    pub fn sheet_name_at(&self, file: FileId, sheet: u32) -> &str {
        self.file(file)
            .sheets
            .get(sheet as usize)
            .map(String::as_str)
            .unwrap_or("")
    }

    /// Loaded priorities with this number (there may be several when two
    /// terms' workbooks are given together).
    pub fn priorities_numbered(&self, number: u32) -> impl Iterator<Item = &Priority> {
        self.priorities
            .iter()
            .filter(move |p| p.number == Some(number))
    }

    /// Every action with the priority and focus area it belongs to.
    pub fn actions(&self) -> impl Iterator<Item = (&Priority, &FocusArea, &Action)> {
        self.priorities.iter().flat_map(|p| {
            p.focus_areas
                .iter()
                .flat_map(move |f| f.actions.iter().map(move |a| (p, f, a)))
        })
    }
}

/// An input file.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as the user gave it (or as found when walking a folder).
    pub path: PathBuf,
    /// Sheet names in workbook order (empty when the file could not be read).
    pub sheets: Vec<String>,
}

impl SourceFile {
    pub fn display(&self) -> String {
        self.path.display().to_string()
    }
}

/// Which of the known layouts a priority was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Layout {
    /// The termly monitoring report (seeds 000, 001, 004).
    MonitoringReport,
    /// The Written Statement of Action itself (seed 002): priorities as
    /// section rows, bulleted actions, target dates, one Progress column.
    WrittenStatement,
    /// The implementation plan (seed 003): a Priority column, references as
    /// action ids, success-measure codes, one Review Impact (RAG) column.
    ImplementationPlan,
}

impl Layout {
    pub fn name(self) -> &'static str {
        match self {
            Layout::MonitoringReport => "monitoring report",
            Layout::WrittenStatement => "written statement of action",
            Layout::ImplementationPlan => "implementation plan",
        }
    }

    /// Whether the plan reports a status per period (so a blank one is a
    /// missed update), rather than one review column.
    pub fn has_periods(self) -> bool {
        self == Layout::MonitoringReport
    }
}

/// One priority of the Written Statement of Action.
#[derive(Debug, Clone)]
pub struct Priority {
    /// `7` from `Priority 7: …`, or from a sheet name like `PR2`.
    pub number: Option<u32>,
    /// The problem statement (`The oversight of improvement work … is weak.`).
    pub title: Option<Text>,
    /// Further paragraphs of the title cell, if any.
    pub description: Option<String>,
    /// The RAG legend paragraph, as written.
    pub legend: Option<Text>,
    /// `Vision for the future: …`
    pub vision: Option<Text>,
    /// The priority's stated overall status cell (`G/A`).
    pub stated_status: Option<Text>,
    /// Any other text above the table (a key, a date, a note), kept.
    pub preamble: Vec<Text>,
    /// Reporting periods in column order.
    pub periods: Vec<Period>,
    pub focus_areas: Vec<FocusArea>,
    pub layout: Layout,
    /// The sheet the priority was read from; `cell` is its title cell, or the
    /// first header cell when there is no title.
    pub source: Source,
    /// The last row of the sheet that belongs to this priority (several
    /// priorities may share a sheet).
    pub end_row: u32,
}

impl Priority {
    /// `Priority 7` (`WSoA Priority 7`, `Plan Priority 7` from the other two
    /// layouts, so that plans given together stay apart); a section's own name
    /// (`Public Health`); else the sheet's name.
    pub fn name(&self, plan: &Plan) -> String {
        match (self.number, &self.title) {
            (Some(n), _) => match self.layout {
                Layout::MonitoringReport => format!("Priority {n}"),
                Layout::WrittenStatement => format!("WSoA Priority {n}"),
                Layout::ImplementationPlan => format!("Plan Priority {n}"),
            },
            (None, Some(t)) if !t.is_empty() => t.value.clone(),
            _ => plan.sheet_name(&self.source).to_string(),
        }
    }

    /// Whether a cell of its sheet lies in this priority's rows.
    pub fn covers(&self, source: &Source) -> bool {
        source.file == self.source.file
            && source.sheet == self.source.sheet
            && (self.source.cell.row..=self.end_row).contains(&source.cell.row)
    }

    pub fn actions(&self) -> impl Iterator<Item = &Action> {
        self.focus_areas.iter().flat_map(|f| f.actions.iter())
    }

    /// Finds an action by its id, in one focus area (by reference) or in any.
    /// Returns `None` when absent or ambiguous.
    pub fn find_action(&self, focus_ref: Option<&str>, id: &str) -> Option<&Action> {
        let mut found = self
            .focus_areas
            .iter()
            .filter(|f| focus_ref.is_none_or(|r| f.reference.as_deref() == Some(r)))
            .flat_map(|f| f.actions.iter())
            .filter(|a| a.id.as_deref().is_some_and(|x| x.eq_ignore_ascii_case(id)));
        let first = found.next()?;
        if found.next().is_some() {
            None
        } else {
            Some(first)
        }
    }
}

/// A focus area (intent): a group of actions.
#[derive(Debug, Clone)]
pub struct FocusArea {
    /// `1.1` from `1.1 Roles and …`, `3.1` from `Ref - 3.1 …`, `7` from `[7] …`.
    pub reference: Option<String>,
    /// The whole cell text, cleaned.
    pub title: Text,
    pub actions: Vec<Action>,
}

impl FocusArea {
    /// The priority that owns this focus area according to its reference
    /// (`3` for `3.1`). On Priority 2's sheet, a focus area owned by another
    /// priority mirrors that priority's actions.
    pub fn owner(&self) -> Option<u32> {
        let r = self.reference.as_deref()?;
        r.split('.').next()?.parse().ok()
    }
}

/// One action (one row of a monitoring report).
#[derive(Debug, Clone)]
pub struct Action {
    /// `A` from `A. Co-produce …`.
    pub id: Option<String>,
    /// The action text, cleaned, with its id prefix.
    pub text: Text,
    /// The Lead cell (`None` only when the sheet has no Lead column).
    pub lead: Option<Text>,
    /// The people (or roles) named in the lead cell, split on `/ , & and`.
    pub leads: Vec<String>,
    pub evidence: Option<Text>,
    /// One cell per period of the priority, aligned with `Priority::periods`.
    pub statuses: Vec<Text>,
    /// "Sub Group Action to date": the dated update notes.
    pub notes: Option<Text>,
    /// The evidence documents column.
    pub documents: Option<Text>,
    /// The target date or timeframe (`Aug 19`, `September - December`).
    pub timeframe: Option<super::Timeframe>,
    /// Whether `id` was given by ragplan (a bulleted action of the Written
    /// Statement of Action, numbered within its focus area).
    pub id_assigned: bool,
    /// Columns the importer does not understand, kept by name.
    pub extra: Vec<ExtraField>,
}

impl Action {
    /// Every text field that may hold cross-references, in column order.
    pub fn text_fields(&self) -> impl Iterator<Item = (&str, &Text)> {
        [
            ("Evidence", self.evidence.as_ref()),
            ("Update notes", self.notes.as_ref()),
            ("Evidence documents", self.documents.as_ref()),
        ]
        .into_iter()
        .filter_map(|(n, t)| t.map(|t| (n, t)))
        .chain(self.extra.iter().map(|e| (e.name.as_str(), &e.value)))
    }
}

/// A column the importer kept without understanding it.
#[derive(Debug, Clone)]
pub struct ExtraField {
    /// The header text, or `Column K` when the column has no header.
    pub name: String,
    pub value: Text,
}

/// A cell's text with its provenance.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    /// After the documented clean-up (HTML fragments, bullets, whitespace).
    pub value: String,
    /// Exactly as found in the cell (a date or number as displayed).
    pub raw: String,
    pub source: Source,
    /// The cell's solid fill, where the format exposes it (xlsx).
    pub fill: Option<Rgb>,
}

impl Text {
    pub fn is_empty(&self) -> bool {
        self.value.trim().is_empty()
    }
}
