//! Success-measure codes of the implementation plan, shared by
//! `measure-undefined` and `measure-conflict`.

use crate::check::Context;
use crate::model::{Layout, MeasureCode, Text, measure_codes};

/// Every code in the Success Measures cells of implementation-plan priorities.
pub fn all<'a>(cx: &Context<'a>) -> Vec<(&'a Text, MeasureCode)> {
    let mut out = Vec::new();
    for (priority, _, action) in cx.plan.actions() {
        if priority.layout != Layout::ImplementationPlan {
            continue;
        }
        if let Some(text) = &action.evidence {
            for code in measure_codes(&text.value) {
                out.push((text, code));
            }
        }
    }
    out
}
