//! An area's own action plan or tracker — the shape most areas keep beyond
//! the seeds': one table of `Ref | Action | Owner | Target date | RAG |
//! Update` (or a status column per quarter, term, month or milestone),
//! priorities as section rows (`Workstream 2: …`, `Improvement area 3`,
//! `AoW 4`), as a column (`Workstream`, `Priority`) or as sheets. Any plan
//! table no other layout claims.

use super::{TableHead, TableLayout};
use crate::import::grid::Sheet;
use crate::model::Layout;

pub struct ActionPlan;

impl TableLayout for ActionPlan {
    fn layout(&self) -> Layout {
        Layout::ActionPlan
    }

    fn recognises(&self, _table: &TableHead<'_>, _sheet: &Sheet) -> bool {
        true
    }
}
