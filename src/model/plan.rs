//! `Plan → Priority → FocusArea → Action`.

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

    /// The status scheme a priority is read with: its file's, or in a
    /// master its document's.
    pub fn scheme_of(&self, priority: &Priority) -> &super::Scheme {
        let file = self.file(priority.source.file);
        priority
            .document
            .and_then(|d| file.document_schemes.iter().find(|(x, _)| *x == d))
            .map_or(&file.scheme, |(_, s)| s)
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

    /// Which files belong to one area's plan: files that share a person
    /// among their leads are one area's (its monitoring reports, its WSoA);
    /// files of unrelated areas given together (a folder of examples) share
    /// nobody. Cross-file rules (references, mirrored actions, one person
    /// spelt two ways) look only within a group. One group id per file.
    pub fn file_groups(&self) -> Vec<usize> {
        let mut parent: Vec<usize> = (0..self.files.len()).collect();
        fn root(parent: &mut [usize], mut i: usize) -> usize {
            while parent[i] != i {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            i
        }
        let mut first_seen: std::collections::HashMap<String, usize> = Default::default();
        for (priority, _, action) in self.actions() {
            let file = priority.source.file.index();
            for person in action
                .leads
                .iter()
                .filter(|p| super::lead::is_personal_name(p))
            {
                let key = super::person_key(person);
                let other = *first_seen.entry(key).or_insert(file);
                let (a, b) = (root(&mut parent, file), root(&mut parent, other));
                if a != b {
                    parent[a.max(b)] = a.min(b);
                }
            }
        }
        (0..self.files.len())
            .map(|i| root(&mut parent, i))
            .collect()
    }

    /// Which area's plan each priority is part of ([`Plan::file_groups`]);
    /// in a master, as its record gives it (a master may hold several areas').
    pub fn areas(&self) -> Areas {
        Areas(self.file_groups())
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

/// One area's plan, as [`Plan::areas`] tells them apart: the group of its
/// files, and in a master the area its record gives (0 otherwise).
pub type Area = (usize, u32);

/// Each file's group ([`Plan::file_groups`]), to tell a priority's area.
#[derive(Debug, Clone)]
pub struct Areas(Vec<usize>);

impl Areas {
    pub fn of(&self, priority: &Priority) -> Area {
        let file = priority.source.file.index();
        (
            self.0.get(file).copied().unwrap_or(file),
            priority.area.unwrap_or(0),
        )
    }
}

/// An input file.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as the user gave it (or as found when walking a folder), or
    /// an upload's file name: a label, never opened.
    pub name: String,
    /// When the file was last changed, as loaded (for the master's Sources).
    pub modified: Option<std::time::SystemTime>,
    /// When the file is a master: the term it is reporting (`Apr-22`, begun
    /// by `--add-period`), whose statuses are due even while none is written.
    pub reporting_period: Option<String>,
    /// The status scheme the file's plan is read with: the configured one,
    /// with the area's own legend and spellings ([`super::Scheme::for_area`]).
    pub scheme: super::Scheme,
    /// When the file is a master: each of its documents' schemes (a master
    /// may hold several areas' plans, each with its own words).
    pub document_schemes: Vec<(u32, super::Scheme)>,
    /// When the file is a master: each of its documents' names, as its
    /// Summary headed them (`eastmoor-wsoa-tracker.ods`), kept when the
    /// master is built again (not renamed after the master's own file).
    pub document_names: Vec<(u32, String)>,
    /// When the file is a master: what an officer marked its findings
    /// (accepted, won't fix, a comment), to carry to the same findings now.
    pub triage: Vec<(super::TriageKey, super::Triage)>,
    /// Sheet names in workbook order (empty when the file could not be read).
    pub sheets: Vec<String>,
}

impl SourceFile {
    pub fn display(&self) -> &str {
        &self.name
    }
}

/// Which of the known layouts a priority was read from (in the master's
/// order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Layout {
    /// The termly monitoring report (seeds 000, 001, 004).
    MonitoringReport,
    /// The Written Statement of Action itself (seed 002): priorities as
    /// section rows, bulleted actions, target dates, one Progress column.
    WrittenStatement,
    /// The implementation plan (seed 003): a Priority column, references as
    /// action ids, success-measure codes, one Review Impact (RAG) column.
    ImplementationPlan,
    /// An area's own action plan or tracker: `Ref | Action | Owner | Target
    /// date | RAG | Update`, or a status column per quarter, term or
    /// milestone; priorities as section rows, a column or sheets.
    ActionPlan,
}

impl Layout {
    pub const ALL: [Layout; 4] = [
        Layout::MonitoringReport,
        Layout::WrittenStatement,
        Layout::ImplementationPlan,
        Layout::ActionPlan,
    ];

    /// The layout [`Layout::name`] names.
    pub fn named(name: &str) -> Option<Layout> {
        Layout::ALL.into_iter().find(|l| l.name() == name.trim())
    }

    pub fn name(self) -> &'static str {
        match self {
            Layout::MonitoringReport => "monitoring report",
            Layout::WrittenStatement => "written statement of action",
            Layout::ImplementationPlan => "implementation plan",
            Layout::ActionPlan => "action plan",
        }
    }
}

/// One priority of the Written Statement of Action.
#[derive(Debug, Clone)]
pub struct Priority {
    /// `7` from `Priority 7: …` (`Workstream 2`, `AoW 4`), or from a sheet
    /// name like `PR2`.
    pub number: Option<u32>,
    /// What the plan calls its priorities (`Workstream`, `Improvement
    /// area`, `AoW`), when its heading says; an action plan's priorities
    /// are named by it (`Workstream 2`).
    pub term: Option<&'static str>,
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
    /// Whether the stated status is a word of a sentence (`Overall RAG:
    /// Amber` in one cell) rather than a cell of its own: its spelling is
    /// then not a code's to check.
    pub stated_in_words: bool,
    /// Any other text above the table (a key, a date, a note), kept.
    pub preamble: Vec<Text>,
    /// Reporting periods in column order.
    pub periods: Vec<Period>,
    pub focus_areas: Vec<FocusArea>,
    pub layout: Layout,
    /// When read from a master: the document it belongs to there (the
    /// master's record sheet numbers them), so that a master read back keeps
    /// its documents apart as it found them. `None` for a plan's own files.
    pub document: Option<u32>,
    /// When read from a master: the area's plan it belongs to there (as
    /// [`Plan::areas`] told them apart when the master was built).
    pub area: Option<u32>,
    /// The sheet the priority was read from; `cell` is its title cell, or the
    /// first header cell when there is no title.
    pub source: Source,
    /// The last row of the sheet that belongs to this priority (several
    /// priorities may share a sheet).
    pub end_row: u32,
}

impl Priority {
    /// A priority with nothing read yet, of a layout, at its first cell.
    pub fn new(layout: Layout, source: Source) -> Self {
        Priority {
            number: None,
            term: None,
            title: None,
            description: None,
            legend: None,
            vision: None,
            stated_status: None,
            stated_in_words: false,
            preamble: Vec::new(),
            periods: Vec::new(),
            focus_areas: Vec::new(),
            layout,
            document: None,
            area: None,
            source,
            end_row: source.cell.row,
        }
    }

    /// `Priority 7` (`WSoA Priority 7`, `Plan Priority 7` from the other two
    /// layouts, so that plans given together stay apart); a section's own name
    /// (`Public Health`); else the sheet's name.
    pub fn name(&self, plan: &Plan) -> String {
        match (self.number, &self.title) {
            (Some(n), _) => match self.layout {
                Layout::MonitoringReport => format!("Priority {n}"),
                Layout::WrittenStatement => format!("WSoA Priority {n}"),
                Layout::ImplementationPlan => format!("Plan Priority {n}"),
                Layout::ActionPlan => format!("{} {n}", self.term.unwrap_or("Priority")),
            },
            (None, Some(t)) if !t.is_empty() => t.value.clone(),
            _ => plan.sheet_name(&self.source).to_string(),
        }
    }

    /// Whether the priority reports a status per period (so a blank one is a
    /// missed update), rather than one review column.
    pub fn has_periods(&self) -> bool {
        !self.periods.is_empty() && !self.periods.iter().any(|p| p.review_column)
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
    /// Boxed: only the implementation plan has one, and unboxed it was a
    /// sixth of every action.
    pub timeframe: Option<Box<super::Timeframe>>,
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
    /// Change it with [`Text::set_value`] or [`Text::with_value`], which keep
    /// [`Text::raw`] what the cell held.
    pub value: String,
    /// What the cell held, only when it differs from `value` (most cells
    /// need no clean-up, and a second copy of each was a tenth of a large
    /// plan's memory). See [`Text::raw`].
    raw: Option<Box<str>>,
    pub source: Source,
    /// The cell's solid fill, where the format exposes it (xlsx).
    pub fill: Option<Rgb>,
}

impl Text {
    /// `value` cleaned from `raw`, the cell's text exactly as found.
    pub fn new(value: String, raw: String, source: Source, fill: Option<Rgb>) -> Self {
        let raw = (raw != value).then(|| raw.into_boxed_str());
        Text {
            value,
            raw,
            source,
            fill,
        }
    }

    /// A cell's text that needed no clean-up.
    pub fn new_exact(value: String, source: Source, fill: Option<Rgb>) -> Self {
        Text {
            value,
            raw: None,
            source,
            fill,
        }
    }

    /// An empty cell.
    pub fn blank(source: Source) -> Self {
        Text::new_exact(String::new(), source, None)
    }

    /// Exactly as found in the cell (a date or number as displayed).
    pub fn raw(&self) -> &str {
        self.raw.as_deref().unwrap_or(&self.value)
    }

    /// Replaces the value (a title cut from its cell, one bullet of
    /// several); [`Text::raw`] stays what the cell held.
    pub fn set_value(&mut self, value: String) {
        if self.raw.is_none() {
            self.raw = Some(std::mem::take(&mut self.value).into_boxed_str());
        }
        self.value = value;
        if self.raw.as_deref() == Some(self.value.as_str()) {
            self.raw = None;
        }
    }

    pub fn with_value(mut self, value: String) -> Self {
        self.set_value(value);
        self
    }

    pub fn is_empty(&self) -> bool {
        self.value.trim().is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CellRef, FileId};

    fn at() -> Source {
        Source {
            file: FileId(0),
            sheet: 0,
            cell: CellRef::new(4, 2),
        }
    }

    #[test]
    fn raw_is_kept_only_when_the_clean_up_changed_the_text() {
        let same = Text::new("G".into(), "G".into(), at(), None);
        assert_eq!((same.value.as_str(), same.raw()), ("G", "G"));
        assert_eq!(same.raw, None);
        let cleaned = Text::new("Lead".into(), "<p>Lead</p>".into(), at(), None);
        assert_eq!(
            (cleaned.value.as_str(), cleaned.raw()),
            ("Lead", "<p>Lead</p>")
        );
    }

    /// Changing the value never changes what the cell is said to hold.
    #[test]
    fn a_new_value_keeps_the_raw_text() {
        let mut title = Text::new(
            "Priority 7: Oversight".into(),
            "Priority 7: Oversight".into(),
            at(),
            None,
        );
        title.set_value("Oversight".into());
        assert_eq!(title.value, "Oversight");
        assert_eq!(title.raw(), "Priority 7: Oversight");
        title.set_value("Oversight is weak".into());
        assert_eq!(title.raw(), "Priority 7: Oversight");
        // Back to the cell's own text: one copy again.
        let back = title.with_value("Priority 7: Oversight".into());
        assert_eq!(
            back,
            Text::new(
                "Priority 7: Oversight".into(),
                "Priority 7: Oversight".into(),
                at(),
                None
            )
        );
        assert_eq!(back.raw, None);
    }
}
