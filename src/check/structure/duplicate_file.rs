//! STR012 duplicate-file

use crate::check::{Context, Family, Finding, Rule, Severity};
use crate::model::FileId;

pub static RULE: Rule = Rule {
    code: "STR012",
    name: "duplicate-file",
    family: Family::Structure,
    severity: Severity::Info,
    corrected_by_build: false,
    summary: "The same file given twice (or a folder and a file in it): read once",
    explanation: r#"## What it does
Reports a workbook that was given more than once: named twice, named beside a folder that holds it,
or reached again through a link or a second name for the same file. ragplan reads it once, and says
by which other paths it was given.

## Why it matters to an officer
Read twice, every finding in the file would be reported twice, every action would appear twice in
the master (`Priority 1` and `Priority 1 (2)`), and every lead would seem to own twice the work.

## Bad
`ragplan check plans plans/priority-1.xlsx`: `plans` already holds `priority-1.xlsx`.

## Good
`ragplan check plans`, or the files one by one, each once.
"#,
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for (i, input) in cx.loaded.inputs.iter().enumerate() {
        if input.also_given_as.is_empty() {
            continue;
        }
        // The same path again (a folder and a file in it) is "twice";
        // another path to it is named.
        let others: Vec<String> = input
            .also_given_as
            .iter()
            .filter(|p| **p != input.name)
            .map(|p| format!("`{p}`"))
            .collect();
        let message = if others.is_empty() {
            format!("{} was given twice; ragplan read it once", input.name)
        } else {
            format!(
                "{} was given again as {}; ragplan read it once",
                input.name,
                others.join(", ")
            )
        };
        out.push(
            Finding::file(&RULE, FileId::from_index(i), message)
                .help("give each file once: a folder already includes the files inside it"),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::check::fixture::{Sheet, write};
    use crate::check::{Options, check};
    use crate::import::{KeepCells, discover, load_discovered};

    /// The file named on its own, again through its folder and through a
    /// link: read once, its finding once, and this info naming the link.
    #[test]
    fn a_file_given_twice_is_read_once() {
        let (dir, path) = write(vec![
            Sheet::priority(1).row(&["1.1 Area", "A. Act", "", "Ev", "G", "G"]),
        ]);
        let link = dir.path().join("link.xlsx");
        std::os::unix::fs::symlink(&path, &link).unwrap();
        let found = discover(&[path.clone(), dir.path().to_path_buf()]).unwrap();
        assert_eq!(found.files, std::slice::from_ref(&path));
        let loaded = load_discovered(
            &found,
            &Default::default(),
            &Default::default(),
            KeepCells::All,
        );
        let findings = check(&loaded, &Options::default());
        let names: Vec<&str> = findings.iter().map(|f| f.rule.name).collect();
        assert_eq!(names, ["duplicate-file", "missing-lead"]);
        assert_eq!(
            findings[0].message,
            format!(
                "{} was given again as `{}`; ragplan read it once",
                path.display(),
                link.display()
            )
        );
        assert_eq!(loaded.plan.priorities.len(), 1);
    }
}
