//! RAG009 fill-mismatch

use crate::check::{Context, Family, Finding, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "RAG009",
    name: "fill-mismatch",
    family: Family::Rag,
    severity: Severity::Warning,
    corrected_by_build: false,
    summary: "A status cell filled in another status's colour (G on an amber fill)",
    explanation: r#"## What it does
Officers colour status cells by hand. This rule reads each status cell's solid fill and, when the colour
is clearly one status's colour — the usual Red `#FF0000`, Amber `#FFC000`, Green `#00B050`, Blue
`#0070C0`, Grey `#BFBFBF`, and the common shades Excel offers (light red, yellow for amber, light green)
— reports a code that says something else. Pale banding, white and unfilled cells are ignored; a split
matches either of its colours.

Fills are read from xlsx, xlsm, ods and xls (Excel 97–2003 and LibreOffice's .xls) files; an xlsb or an
Excel 95 .xls shows none, so this rule cannot look at those; it says so in no other way than by finding
nothing.

## Why it matters to an officer
People read the colour before the letter. A `G` on an amber fill is read as Amber by half the room and
Green by the other half; one of them is wrong about the plan.

## Bad
`G` on an amber (`#FFC000`) fill.

## Good
`G` on a green fill — or no fill at all: the master colours cells from their codes.
"#,
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for cell in cx.status_cells() {
        let (Some(fill), Some(rag)) = (cell.text.fill, cell.reading.rag()) else {
            continue;
        };
        let scheme = cx.scheme_of(cell.priority);
        let Some(colour) = scheme.status_of_fill(fill) else {
            continue;
        };
        if rag.statuses().any(|s| s == colour) {
            continue;
        }
        out.push(
            Finding::on(
                &RULE,
                cell.text,
                {
                    let colour = colour.name().to_lowercase();
                    let a = if colour.starts_with('a') { "an" } else { "a" };
                    format!("`{}` ({}) is on {a} {colour} fill ({fill})", scheme.write(rag), rag.name())
                },
            )
            .field(cx.period_label(cell.priority, cell.period))
            .help(format!(
                "decide which is right: write `{}` for {}, or recolour the cell (or clear the fill: the master colours cells from their codes)",
                scheme.code(colour),
                colour.name()
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::check::fixture::{Sheet, check_sheets, places};
    use crate::model::{Rgb, Status};

    #[test]
    fn code_against_hand_fill() {
        let findings = check_sheets(vec![
            Sheet::priority(1)
                .row(&["1.1 Area", "A. One", "Tim Moss", "Ev", "G", "G/A"])
                .fill(5, 4, 0xFFC000)
                .fill(5, 5, 0xFFC000)
                .row(&["", "B. Two", "Tim Moss", "Ev", "A", "A"])
                .fill(6, 4, 0xFFC000)
                .fill(6, 5, 0xF2F2F2),
        ]);
        assert_eq!(places(&findings, "RAG009"), ["E5"]);
    }

    #[test]
    fn palette() {
        let s = crate::model::Scheme::default();
        assert_eq!(s.status_of_fill(Rgb(0x00B050)), Some(Status::Green));
        assert_eq!(s.status_of_fill(Rgb(0xFFC001)), Some(Status::Amber));
        assert_eq!(s.status_of_fill(Rgb(0xFFFFFF)), None);
        assert_eq!(s.status_of_fill(Rgb(0xF2F2F2)), None);
    }
}
