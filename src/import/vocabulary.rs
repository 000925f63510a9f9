//! The column vocabulary: every header wording ragplan recognises, declared
//! once, in the order it is tried. Header detection reads it ([`classify`]);
//! the master's own headings are checked against it (a master is valid
//! input); `ragplan init --from` and `no-plan-found` name its columns.
//!
//! A header is matched on its normalised text (lower case, single-spaced,
//! HTML stripped). The first entry that matches wins, so the specific comes
//! before the general: `Progress to date` is notes before `Progress` is the
//! status; `Lead agency` is kept (an organisation) before `Lead` is the lead;
//! `Action lead` is the lead before `Action…` is the action.

use super::header::Column;

/// How a header entry is recognised. Any one of the tests matching is enough.
#[derive(Debug)]
pub struct Words {
    /// What the header names; `None`: a column recognised as *not* one of
    /// ragplan's (an organisation beside the lead, a start date), kept as
    /// an extra field under its own header.
    pub column: Option<Column>,
    /// Among several columns of one kind, the lowest rank is the one read
    /// (`Action lead` before `Accountable lead`); the others are kept as
    /// extra fields.
    pub rank: u8,
    /// The whole header.
    pub exact: &'static [&'static str],
    /// The header's first words.
    pub starts: &'static [&'static str],
    /// The header's first word.
    pub first: &'static [&'static str],
    /// A word anywhere in the header.
    pub word: &'static [&'static str],
    /// Text anywhere in the header.
    pub contains: &'static [&'static str],
}

impl Words {
    const NONE: Words = Words {
        column: None,
        rank: 0,
        exact: &[],
        starts: &[],
        first: &[],
        word: &[],
        contains: &[],
    };

    fn matches(&self, header: &Header<'_>) -> bool {
        self.exact.contains(&header.text)
            || self.starts.iter().any(|s| header.starts_with(s))
            || header.words.first().is_some_and(|w| self.first.contains(w))
            || self.word.iter().any(|w| header.words.contains(w))
            || self.contains.iter().any(|c| header.text.contains(c))
    }
}

/// A header's normalised text and its words.
pub struct Header<'a> {
    pub text: &'a str,
    pub words: Vec<&'a str>,
}

impl<'a> Header<'a> {
    pub fn new(text: &'a str) -> Self {
        Header {
            text,
            words: text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect(),
        }
    }

    /// Whether the text starts with `prefix` as whole words.
    fn starts_with(&self, prefix: &str) -> bool {
        self.text
            .strip_prefix(prefix)
            .is_some_and(|rest| rest.is_empty() || !rest.starts_with(|c: char| c.is_alphanumeric()))
    }
}

/// Words that head the columns of a risk or issue log, a decision log or a
/// dependency list: a row of them under a plan's table begins another table.
pub const OTHER_TABLE_WORDS: &[&str] = &[
    "risk",
    "risks",
    "risk description",
    "risk title",
    "issue",
    "issues",
    "issue description",
    "likelihood",
    "probability",
    "severity",
    "mitigation",
    "mitigations",
    "mitigating actions",
    "mitigating action",
    "risk score",
    "score",
    "date raised",
    "raised by",
    "residual risk",
    "inherent risk",
    "proximity",
    "consequence",
    "decision",
    "decisions",
];

/// The vocabulary, in the order it is tried.
pub static VOCABULARY: &[Words] = &[
    // Organisations and roles beside the lead: kept, never the lead.
    Words {
        starts: &[
            "lead agency",
            "lead agencies",
            "lead organisation",
            "lead organisations",
            "lead organization",
            "lead partner",
            "lead partners",
            "lead service",
            "lead services",
            "lead directorate",
            "lead department",
            "lead body",
            "sponsoring director",
            "sponsor",
            "executive sponsor",
            "support from",
            "supported by",
            "partners",
            "partner agencies",
            "key partners",
            "other partners",
            "accountable body",
            "accountable board",
            "governance",
            "reporting to",
            "reports to",
            "group members",
            "task and finish group",
            "task and finish groups",
            "task & finish group",
            "task and finish",
            "start date",
            "date started",
            "date raised",
            "last updated",
            "date updated",
            "date of update",
            "date last updated",
            "updated by",
        ],
        ..Words::NONE
    },
    // Dated update notes.
    Words {
        column: Some(Column::Notes),
        starts: &[
            "narrative",
            "progress this period",
            "progress made",
            "progress narrative",
            "progress summary",
            "progress commentary",
            "progress notes",
            "progress update",
            "progress updates",
            "action taken",
            "actions taken",
            "action to date",
            "actions to date",
            "activity to date",
            "work to date",
            "what has been done",
            "latest position",
            "current position",
            "position update",
            "rationale",
            "rag rationale",
            "reason for rag",
            "exception report",
        ],
        word: &[
            "update",
            "updates",
            "commentary",
            "comments",
            "comment",
            "notes",
        ],
        contains: &["to date"],
        ..Words::NONE
    },
    Words {
        column: Some(Column::FocusArea),
        starts: &["area of focus", "areas of focus"],
        first: &["intent"],
        contains: &["focus area"],
        ..Words::NONE
    },
    // The lead: a person or a role. Person-level wordings first.
    Words {
        column: Some(Column::Lead),
        rank: 0,
        exact: &[
            "who", "lead", "leads", "owner", "owners", "lead(s)", "owner(s)",
        ],
        starts: &[
            "action lead",
            "action leads",
            "action owner",
            "action owners",
            "owner",
            "owners",
            "lead officer",
            "lead officers",
            "lead person",
            "lead name",
            "named lead",
            "responsible officer",
            "responsible officers",
            "responsible person",
            "responsible lead",
            "officer responsible",
            "person responsible",
            "person/team responsible",
            "team responsible",
            "who is responsible",
            "who will lead",
            "by whom",
            "responsible",
            "responsibility",
            "delivery lead",
            "officer lead",
            "lead responsible",
            "lead contact",
            "operational lead",
            "operational leads",
            "delivery officer",
        ],
        ..Words::NONE
    },
    Words {
        column: Some(Column::Lead),
        rank: 1,
        starts: &[
            "accountable lead",
            "accountable leads",
            "accountable officer",
            "accountable officers",
            "accountable person",
            "accountable",
            "executive lead",
            "strategic lead",
            "strategic leads",
            "senior responsible officer",
            "senior responsible owner",
            "senior lead",
            "sro",
        ],
        word: &["lead", "leads", "owner", "owners"],
        ..Words::NONE
    },
    Words {
        column: Some(Column::ActionId),
        exact: &["action id", "id", "letter", "action letter"],
        ..Words::NONE
    },
    Words {
        column: Some(Column::PriorityNumber),
        exact: &[
            "priority",
            "priority no",
            "priority no.",
            "priority number",
            "priority area",
            "priorities",
            "workstream",
            "work stream",
            "workstreams",
            "work streams",
            "theme",
            "themes",
            "area",
            "area of weakness",
            "areas of weakness",
            "area of significant weakness",
            "aow",
            "improvement area",
            "area for improvement",
            "area for action",
            "area for development",
            "improvement priority",
        ],
        ..Words::NONE
    },
    Words {
        column: Some(Column::Timeframe),
        exact: &[
            "date",
            "dates",
            "due",
            "when",
            "by when",
            "target",
            "deadline",
            "deadlines",
            "timeframe",
            "timeframes",
            "time frame",
            "timescale",
            "timescales",
            "time scale",
            "timeline",
            "target date",
            "target dates",
            "due date",
            "due by",
            "end date",
            "completion date",
            "target completion",
            "target completion date",
            "expected completion",
            "expected completion date",
            "complete by",
            "completion by",
            "to be completed by",
            "delivery date",
            "target timescale",
            "date for completion",
            "date due",
            "completion target",
            "target for completion",
            "target end date",
            "timescale for completion",
            "timescales for completion",
            "by date",
            "when by",
        ],
        ..Words::NONE
    },
    Words {
        column: Some(Column::Reference),
        exact: &[
            "ref",
            "ref.",
            "refs",
            "reference",
            "ref no",
            "ref no.",
            "ref number",
            "no",
            "no.",
            "number",
            "#",
            "action ref",
            "action ref.",
            "action reference",
            "action no",
            "action no.",
            "action number",
            "action #",
            "item",
            "item no",
            "item no.",
        ],
        ..Words::NONE
    },
    Words {
        column: Some(Column::Action),
        starts: &[
            "key action",
            "key actions",
            "delivery objective",
            "delivery objectives",
            "what we will do",
            "what will we do",
            "what we are going to do",
            "what are we going to do",
            "planned action",
            "planned actions",
            "improvement action",
            "improvement actions",
            "specific action",
            "specific actions",
            "deliverable",
            "deliverables",
            "key deliverable",
            "key deliverables",
            "task",
            "tasks",
            "activity",
            "activities",
            "intervention",
            "interventions",
            "recommendation",
            "recommendations",
        ],
        first: &["action", "actions"],
        ..Words::NONE
    },
    Words {
        column: Some(Column::Evidence),
        starts: &[
            "impact",
            "intended impact",
            "expected impact",
            "success measure",
            "success measures",
            "measures of success",
            "measure of success",
            "measure of impact",
            "measures of impact",
            "impact measure",
            "impact measures",
            "outcome measure",
            "outcome measures",
            "success criteria",
            "expected outcome",
            "expected outcomes",
            "intended outcome",
            "intended outcomes",
            "outcome",
            "outcomes",
            "kpi",
            "kpis",
            "how we will know",
            "how will we know",
            "evidence of impact",
            "evidence (impact)",
            "evidence impact",
        ],
        ..Words::NONE
    },
    Words {
        column: Some(Column::Documents),
        starts: &["supporting evidence"],
        first: &["evidence", "documents"],
        ..Words::NONE
    },
    // The status column(s). Headers naming a period (`Q1 2022/23`,
    // `Autumn 2022`) are status columns too: see `header.rs`.
    Words {
        column: Some(Column::Progress),
        starts: &[
            "current status",
            "overall status",
            "current rating",
            "delivery status",
            "action status",
            "latest status",
            "previous status",
            "last status",
        ],
        first: &["progress", "status", "rating", "brag"],
        word: &["rag", "brag"],
        ..Words::NONE
    },
    // A tracker's `Description` is its action when nothing else is: the
    // weakest name for the column (a risk log has one too, and is no plan).
    Words {
        column: Some(Column::Action),
        rank: 1,
        exact: &[
            "description",
            "action description",
            "item description",
            "detail",
            "details",
        ],
        ..Words::NONE
    },
];

/// Recognises a header cell's text (already normalised): the column it
/// names with its rank, `Some((None, _))` for a column recognised as not
/// ragplan's, `None` for text the vocabulary does not know.
pub fn lookup(text: &str) -> Option<(Option<Column>, u8)> {
    let header = Header::new(text);
    VOCABULARY
        .iter()
        .find(|w| w.matches(&header))
        .map(|w| (w.column, w.rank))
}

/// The first words of every header the vocabulary takes for the Actions
/// column, for the cheap test header detection makes before classifying.
pub fn action_first_words() -> impl Iterator<Item = &'static str> {
    VOCABULARY
        .iter()
        .filter(|w| w.column == Some(Column::Action))
        .flat_map(|w| w.first.iter().chain(w.starts.iter()))
        .filter_map(|s| s.split(' ').next())
}

/// A header wording for each column, for messages (`ragplan init --from`,
/// `no-plan-found`).
pub fn example(column: Column) -> &'static str {
    match column {
        Column::FocusArea => "Focus Area",
        Column::Action => "Action",
        Column::Lead => "Lead",
        Column::Evidence => "Evidence (Impact)",
        Column::Progress => "RAG",
        Column::Notes => "Update",
        Column::Documents => "Evidence",
        Column::Reference => "Ref",
        Column::ActionId => "Action id",
        Column::PriorityNumber => "Priority",
        Column::Timeframe => "Target date",
    }
}
