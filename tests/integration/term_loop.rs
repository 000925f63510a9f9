//! The term-to-term loop on `samples/`: a master built from a master keeps
//! its sheets, columns and findings; `--add-period` adds one empty column to
//! the documents reported by the month and nothing else; `diff` of a master
//! against its own sources finds no change; `check` of next term's master
//! asks only for the new period's statuses.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use calamine::{Data, Reader, Xlsx, open_workbook};

use crate::common::temp;

fn ragplan() -> Command {
    let mut cmd = Command::cargo_bin("ragplan").unwrap();
    cmd.env("NO_COLOR", "1")
        .env("SOURCE_DATE_EPOCH", "1795392000");
    cmd
}

pub(crate) fn build(inputs: &[&Path], out: &Path, extra: &[&str]) {
    ragplan()
        .arg("build")
        .args(inputs)
        .args(extra)
        .arg("-o")
        .arg(out)
        .assert()
        .success();
    crate::common::assert_valid_xlsx(out);
}

/// [`build`] of one input, which must say it wrote `counts` (`44
/// priorities, 259 actions`).
fn build_counting(input: &Path, out: &Path, counts: &str) {
    ragplan()
        .arg("build")
        .arg(input)
        .arg("-o")
        .arg(out)
        .assert()
        .success()
        .stdout(predicates::str::contains(format!(
            "{}: {counts};",
            out.file_name().unwrap().to_string_lossy()
        )));
    crate::common::assert_valid_xlsx(out);
}

/// The sheets ragplan writes besides the priorities'.
const OWN_SHEETS: [&str; 4] = ["Summary", "Findings", "Leads", "ragplan"];

/// Every priority sheet as text, cell by cell.
fn priority_sheets(path: &Path) -> BTreeMap<String, Vec<Vec<String>>> {
    let mut wb: Xlsx<_> = open_workbook(path).unwrap();
    let names = wb.sheet_names().to_vec();
    names
        .into_iter()
        .filter(|n| !OWN_SHEETS.contains(&n.as_str()) && n != "Board pack")
        .map(|n| {
            let range = wb.worksheet_range(&n).unwrap();
            let rows = range
                .rows()
                .map(|r| {
                    r.iter()
                        .map(|c| match c {
                            Data::Empty => String::new(),
                            Data::DateTime(d) => {
                                let (y, m, day, ..) = d.to_ymd_hms_milli();
                                format!("{y:04}-{m:02}-{day:02}")
                            }
                            other => other.to_string(),
                        })
                        .collect()
                })
                .collect();
            (n, rows)
        })
        .collect()
}

/// The Summary's sections (every row above its list of source files,
/// which names the inputs), as text.
fn summary_sections(path: &Path) -> Vec<Vec<String>> {
    let mut wb: Xlsx<_> = open_workbook(path).unwrap();
    let range = wb.worksheet_range("Summary").unwrap();
    range
        .rows()
        .skip(3)
        .map(|r| r.iter().map(|c| c.to_string()).collect::<Vec<_>>())
        .take_while(|r| r[0] != "Source files")
        .collect()
}

/// Writes `out`: `src` with a copy of sheet `of` (without its notes) named
/// `name`, placed before sheet `before`, as an officer's "Move or copy" would.
fn add_sheet_copy(src: &Path, out: &Path, of: &str, name: &str, before: &str) {
    use std::io::Write;
    let mut archive = zip::ZipArchive::new(std::fs::File::open(src).unwrap()).unwrap();
    let mut part = |name: &str| {
        let mut text = String::new();
        archive
            .by_name(name)
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        text
    };
    let (workbook, rels, types) = (
        part("xl/workbook.xml"),
        part("xl/_rels/workbook.xml.rels"),
        part("[Content_Types].xml"),
    );
    let after = |text: &str, mark: &str| -> String {
        let rest = text.split(mark).nth(1).unwrap();
        rest.split('"').next().unwrap().to_string()
    };
    let id = after(
        workbook
            .split(&format!("<sheet name=\"{of}\""))
            .nth(1)
            .unwrap(),
        "r:id=\"",
    );
    let target = after(
        rels.split(&format!("Id=\"{id}\"")).nth(1).unwrap(),
        "Target=\"",
    );
    let copy = part(&format!("xl/{target}"));
    let copy = match copy.split_once("<legacyDrawing") {
        Some((head, tail)) => format!("{head}{}", tail.split_once("/>").unwrap().1),
        None => copy,
    };
    let workbook = workbook.replace(
        &format!("<sheet name=\"{before}\""),
        &format!(
            "<sheet name=\"{name}\" sheetId=\"999\" r:id=\"rId999\"/><sheet name=\"{before}\""
        ),
    );
    let rels = rels.replace(
        "</Relationships>",
        "<Relationship Id=\"rId999\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet999.xml\"/></Relationships>",
    );
    let types = types.replace(
        "</Types>",
        "<Override PartName=\"/xl/worksheets/sheet999.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>",
    );
    let mut zip = zip::ZipWriter::new(std::fs::File::create(out).unwrap());
    let options = zip::write::SimpleFileOptions::default();
    for i in 0..archive.len() {
        let entry = archive.by_index_raw(i).unwrap();
        let edited = match entry.name().unwrap().as_ref() {
            "xl/workbook.xml" => Some(&workbook),
            "xl/_rels/workbook.xml.rels" => Some(&rels),
            "[Content_Types].xml" => Some(&types),
            _ => None,
        };
        match edited {
            Some(text) => {
                let name = entry.name().unwrap().to_string();
                drop(entry);
                zip.start_file(name, options).unwrap();
                zip.write_all(text.as_bytes()).unwrap();
            }
            None => zip.raw_copy_file(entry).unwrap(),
        }
    }
    zip.start_file("xl/worksheets/sheet999.xml", options)
        .unwrap();
    zip.write_all(copy.as_bytes()).unwrap();
    zip.finish().unwrap();
}

fn sheet_names(path: &Path) -> Vec<String> {
    let wb: Xlsx<_> = open_workbook(path).unwrap();
    wb.sheet_names().to_vec()
}

/// The XML part of each sheet, by sheet name (from the workbook's order:
/// rust_xlsxwriter names the parts `sheetN.xml` in sheet order).
fn sheet_parts(path: &Path) -> BTreeMap<String, String> {
    let names = sheet_names(path);
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    names
        .into_iter()
        .enumerate()
        .map(|(i, name)| {
            let mut xml = String::new();
            zip.by_name(&format!("xl/worksheets/sheet{}.xml", i + 1))
                .unwrap()
                .read_to_string(&mut xml)
                .unwrap();
            (name, xml)
        })
        .collect()
}

/// (code, message) of every finding `check --format json` reports.
fn findings(path: &Path) -> Vec<(String, String, String)> {
    let out = ragplan()
        .args(["check", "--format", "json"])
        .arg(path)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut found: Vec<(String, String, String)> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let at = format!(
                "{}!{}",
                f["sheet"].as_str().unwrap_or_default(),
                f["cell"].as_str().unwrap_or_default()
            );
            (
                f["code"].as_str().unwrap().to_string(),
                at,
                f["message"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    found.sort();
    found
}

fn samples() -> PathBuf {
    PathBuf::from("samples")
}

#[test]
fn a_master_built_from_a_master_is_the_same_master() {
    let dir = temp();
    let master = dir.path().join("master.xlsx");
    let again = dir.path().join("again.xlsx");
    build(&[&samples()], &master, &[]);
    build(&[&master], &again, &[]);
    // The same sheets in the same order, nothing renamed `Priority 1 (2)`
    // that was not so named already.
    assert_eq!(sheet_names(&master), sheet_names(&again));
    assert!(sheet_names(&master).contains(&"WSoA Priority 8".to_string()));
    // Every priority sheet holds the same cells.
    let (first, second) = (priority_sheets(&master), priority_sheets(&again));
    assert_eq!(first.len(), 44);
    for (name, cells) in &first {
        assert_eq!(Some(cells), second.get(name), "{name} changed");
    }
    // Byte for byte, but for the notes of the cells build corrected the
    // first time (the second build has nothing left to correct).
    let (xml1, xml2) = (sheet_parts(&master), sheet_parts(&again));
    let mut identical = 0;
    for name in first.keys() {
        let (a, b) = (&xml1[name], &xml2[name]);
        let without_notes = |x: &str| match x.split_once("<legacyDrawing") {
            Some((head, tail)) => format!("{head}{}", tail.split_once("/>").unwrap().1),
            None => x.to_string(),
        };
        assert!(without_notes(a) == without_notes(b), "{name}'s XML changed");
        identical += usize::from(a == b);
    }
    assert!(identical >= 30, "{identical} sheets byte-identical");
    // The findings are the master's: the same in a master of the master.
    assert_eq!(findings(&master), findings(&again));
    // And a third time: a fixed point.
    let third = dir.path().join("third.xlsx");
    build(&[&again], &third, &[]);
    let xml3 = sheet_parts(&third);
    // The Summary too (the first build's counted the findings build then
    // corrected, and a Written Statement cell's finding once for all its
    // actions; see the next test).
    assert_eq!(summary_sections(&again), summary_sections(&third));
    // Against the first build, only the findings' counts (columns P and Q)
    // differ: each priority's name, problem statement, statuses and counts
    // are the same.
    let without_findings = |path: &Path| {
        summary_sections(path)
            .into_iter()
            .map(|mut r| {
                r.drain(15..17);
                r
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(without_findings(&master), without_findings(&again));
    for name in first.keys() {
        assert!(
            xml2[name] == xml3[name],
            "{name} changed in the third build"
        );
    }
}

#[test]
fn a_master_keeps_the_findings_of_its_sources() {
    let dir = temp();
    let master = dir.path().join("master.xlsx");
    build(&[&samples()], &master, &[]);
    let of_sources: Vec<(String, String)> = findings(&samples())
        .into_iter()
        .map(|(code, _, message)| (code, message))
        .collect();
    let of_master = findings(&master);
    // What build corrects (spellings, look-alike letters), what the master
    // no longer holds (a summary sheet's formulas, hand fills, periods out
    // of time order) and nothing else is gone.
    let corrected_or_gone = ["RAG002", "RAG003", "RAG009", "STR003", "STR008"];
    // A finding counts once for each action it names: a Written Statement
    // cell of four bulleted actions without a lead is one finding there, and
    // four in the master, where each action has its own row.
    let named = |message: &str| match message.strip_prefix("actions ") {
        Some(rest) => {
            let names = rest.split(" have ").next().unwrap_or_default();
            names.matches("`, `").count() + names.matches("` and `").count() + 1
        }
        None => 1,
    };
    let count = |v: &[(String, String)], code: &str| {
        v.iter()
            .filter(|(c, _)| c == code)
            .map(|(_, m)| named(m))
            .sum::<usize>()
    };
    let codes: std::collections::BTreeSet<&str> =
        of_sources.iter().map(|(c, _)| c.as_str()).collect();
    let master_pairs: Vec<(String, String)> = of_master
        .iter()
        .map(|(c, _, m)| (c.clone(), m.clone()))
        .collect();
    for code in codes {
        if corrected_or_gone.contains(&code) {
            continue;
        }
        assert_eq!(
            count(&of_sources, code),
            count(&master_pairs, code),
            "{code}: sources {:?}\nmaster {:?}",
            of_sources
                .iter()
                .filter(|(c, _)| c == code)
                .collect::<Vec<_>>(),
            master_pairs
                .iter()
                .filter(|(c, _)| c == code)
                .collect::<Vec<_>>()
        );
    }
    // References between one area's priorities still resolve within it:
    // no broken reference the sources did not have.
    assert_eq!(
        count(&of_sources, "XREF001"),
        count(&master_pairs, "XREF001")
    );
}

#[test]
fn next_term_adds_one_column_to_the_termly_documents_only() {
    let dir = temp();
    let master = dir.path().join("master.xlsx");
    let next = dir.path().join("next.xlsx");
    build(&[&samples()], &master, &[]);
    build(&[&master], &next, &["--add-period", "Apr-23"]);
    assert_eq!(sheet_names(&master), sheet_names(&next));
    let (before, after) = (priority_sheets(&master), priority_sheets(&next));
    let width = |rows: &Vec<Vec<String>>| rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut widened = Vec::new();
    for (name, rows) in &before {
        let (w0, w1) = (width(rows), width(&after[name]));
        if w1 != w0 {
            assert_eq!(w1, w0 + 1, "{name}");
            widened.push(name.as_str());
        }
    }
    // The monitoring reports (by the month) and the review grid's
    // documents, not the WSoA, the implementation plan or the trackers.
    assert_eq!(
        widened,
        [
            "Priority 1",
            "Priority 1 (2)",
            "Priority 2",
            "Priority 2 (2)",
            "Priority 3",
            "Priority 7",
            "Review grid"
        ]
    );
    // The new column is the monitoring reports' last period, empty.
    let p1 = &after["Priority 1"];
    let header = p1.iter().position(|r| r[0] == "Ref").unwrap();
    let col = p1[header].iter().position(|h| h == "Update notes").unwrap() - 1;
    assert_eq!(p1[header][col], "2023-04-01");
    assert!(p1[header + 1..].iter().all(|r| r[col].is_empty()));
    // Checked, next term's master asks only for the new period's statuses.
    // (Cells right of the new column move one along: compared by message.)
    let (old, new) = (findings(&master), findings(&next));
    let asked: Vec<&(String, String, String)> = new
        .iter()
        .filter(|(code, _, message)| {
            code == "RAG006" && message.ends_with("has no status for Apr-23")
        })
        .collect();
    // Every action of the seven widened sheets, once.
    let actions: usize = widened
        .iter()
        .map(|name| {
            let rows = &before[*name];
            let header = rows.iter().position(|r| r[0] == "Ref").unwrap();
            rows[header + 1..]
                .iter()
                .filter(|r| !r[3].is_empty())
                .count()
        })
        .sum();
    assert_eq!(actions, 59);
    assert_eq!(asked.len(), actions, "{asked:#?}");
    let messages = |v: &[(String, String, String)]| {
        let mut m: Vec<(String, String)> = v
            .iter()
            .filter(|(code, _, message)| {
                !(code == "RAG006" && message.ends_with("has no status for Apr-23"))
            })
            .map(|(c, _, m)| (c.clone(), m.replace("'!L", "'!M")))
            .collect();
        m.sort();
        m
    };
    assert_eq!(messages(&old).len(), messages(&new).len());
}

#[test]
fn a_master_against_its_sources_has_no_change() {
    let dir = temp();
    let master = dir.path().join("master.xlsx");
    build(&[&samples()], &master, &[]);
    let out = ragplan()
        .arg("diff")
        .arg(samples())
        .arg(&master)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let last = text.lines().last().unwrap_or_default();
    assert_eq!(
        last, "0 improved, 0 worsened, 0 new, 0 removed, 0 lead changed, 259 unchanged",
        "{text}"
    );
}

/// The Findings sheet's rows (header first), as text.
pub(crate) fn findings_sheet(path: &Path) -> Vec<Vec<String>> {
    let mut wb: Xlsx<_> = open_workbook(path).unwrap();
    let range = wb.worksheet_range("Findings").unwrap();
    range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect()
}

/// The part of the sheet named `name` (rust_xlsxwriter numbers them in
/// sheet order).
pub(crate) fn part_of(path: &Path, name: &str) -> String {
    let i = sheet_names(path).iter().position(|n| n == name).unwrap();
    format!("xl/worksheets/sheet{}.xml", i + 1)
}

/// Marks a Findings row as an officer would in Excel: the Status cell
/// (column K) and the Comment cell (column L) of row `row` (1-based).
pub(crate) fn mark(xml: String, row: u32, status: &str, comment: Option<&str>) -> String {
    let open = format!("<c r=\"K{row}\" s=\"5\" t=\"inlineStr\"><is><t>open</t></is></c>");
    assert!(xml.contains(&open), "row {row} is not open");
    let mut xml = xml.replace(
        &open,
        &format!("<c r=\"K{row}\" s=\"5\" t=\"inlineStr\"><is><t>{status}</t></is></c>"),
    );
    if let Some(comment) = comment {
        xml = xml.replace(
            &format!("<c r=\"L{row}\" s=\"5\"/>"),
            &format!("<c r=\"L{row}\" s=\"5\" t=\"inlineStr\"><is><t>{comment}</t></is></c>"),
        );
    }
    xml
}

#[test]
fn triage_on_the_findings_sheet_lasts_and_is_hidden_from_check() {
    let dir = temp();
    let master = dir.path().join("master.xlsx");
    build(&[&samples()], &master, &[]);
    let rows = findings_sheet(&master);
    assert_eq!(rows[0], crate::common::FINDINGS_HEADER);
    // Two free-text statuses of the implementation plan: one accepted with
    // a comment (typed with a capital), one won't fix.
    let row_of = |rows: &[Vec<String>], cell: &str| {
        rows.iter().position(|r| r[3] == cell).unwrap() as u32 + 1
    };
    let (accepted, wont) = (
        row_of(&rows, "'Plan Priority 1'!G6"),
        row_of(&rows, "'Plan Priority 1'!G7"),
    );
    assert_eq!(rows[accepted as usize - 1][1], "RAG005");
    assert_eq!(
        rows[accepted as usize - 1][4],
        "1.1 To develop a monitoring framework for schools to self asses…"
    );
    let marked = dir.path().join("marked.xlsx");
    crate::common::edit_part(&master, &marked, &part_of(&master, "Findings"), |xml| {
        let xml = mark(xml, accepted, "Accepted", Some("Agreed at the May board"));
        mark(xml, wont, "won't fix", None)
    });
    // check hides them, says so, and lists them when asked.
    let out = ragplan().arg("check").arg(&marked).output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains(
            "note: 2 findings marked accepted or won't fix on the master's Findings sheet not shown (--show-accepted lists them)"
        ),
        "{stderr}"
    );
    let shown = findings(&marked);
    assert!(
        !shown
            .iter()
            .any(|(_, at, _)| at == "Plan Priority 1!G6" || at == "Plan Priority 1!G7")
    );
    let out = ragplan()
        .args(["check", "--show-accepted", "--format", "short"])
        .arg(&marked)
        .output()
        .unwrap();
    let short = String::from_utf8(out.stdout).unwrap();
    assert!(short.contains("'Plan Priority 1'!G6"), "{short}");
    // Two builds on, the marks are on the same findings.
    let again = dir.path().join("again.xlsx");
    let third = dir.path().join("third.xlsx");
    build(&[&marked], &again, &[]);
    build(&[&again], &third, &[]);
    for path in [&again, &third] {
        let rows = findings_sheet(path);
        let at = |cell: &str| rows.iter().find(|r| r[3] == cell).unwrap().clone();
        assert_eq!(
            (
                at("'Plan Priority 1'!G6")[10].as_str(),
                at("'Plan Priority 1'!G6")[11].as_str()
            ),
            ("accepted", "Agreed at the May board")
        );
        assert_eq!(at("'Plan Priority 1'!G7")[10], "won't fix");
        let others = rows[1..]
            .iter()
            .filter(|r| r[10] != "open" && !r[10].starts_with("corrected"))
            .count();
        assert_eq!(others, 2);
    }
    // A finding whose cell now holds something else comes back open.
    let edited = dir.path().join("edited.xlsx");
    crate::common::edit_part(
        &again,
        &edited,
        &part_of(&again, "Plan Priority 1"),
        |xml| {
            let before = "To follow on from previous";
            assert!(xml.contains(before));
            xml.replace(before, "To follow on from the previous review")
        },
    );
    let next = dir.path().join("next.xlsx");
    build(&[&edited], &next, &[]);
    let rows = findings_sheet(&next);
    let g7 = rows
        .iter()
        .find(|r| r[3] == "'Plan Priority 1'!G7")
        .unwrap();
    assert_eq!(
        (g7[7].as_str(), g7[10].as_str()),
        ("To follow on from the previous review", "open")
    );
    let g6 = rows
        .iter()
        .find(|r| r[3] == "'Plan Priority 1'!G6")
        .unwrap();
    assert_eq!(g6[10], "accepted");
}

#[test]
fn a_priority_sheet_an_officer_renamed_keeps_its_place_in_the_master() {
    let dir = temp();
    let master = dir.path().join("master.xlsx");
    build(&[&samples()], &master, &[]);
    // Two renamed, one of the monitoring reports and one of the Written
    // Statement, whose layouts the sheets' columns alone do not tell.
    let renamed = dir.path().join("renamed.xlsx");
    rename_sheets(
        &master,
        &renamed,
        &[
            ("Priority 3", "P3 Adulthood"),
            ("WSoA Priority 3", "Co-production (WSoA)"),
        ],
    );
    let again = dir.path().join("again.xlsx");
    build_counting(&renamed, &again, "44 priorities, 259 actions");
    // Read as what the record says they are: the master built from it is
    // the one built from the master as it was, sheet by sheet, with the
    // same Summary sections.
    let plain = dir.path().join("plain.xlsx");
    build(&[&master], &plain, &[]);
    assert_eq!(sheet_names(&plain), sheet_names(&again));
    assert_eq!(priority_sheets(&plain), priority_sheets(&again));
    let sections = summary_sections(&plain);
    assert!(
        sections
            .iter()
            .any(|r| r[0] == "Written Statement of Action")
    );
    assert_eq!(sections, summary_sections(&again), "the Summary changed");
}

/// Writes `out`: `src` with its sheets renamed (from, to), as an officer
/// renames them in Excel.
fn rename_sheets(src: &Path, out: &Path, renames: &[(&str, &str)]) {
    crate::common::edit_part(src, out, "xl/workbook.xml", |xml| {
        renames.iter().fold(xml, |xml, (from, to)| {
            let from = format!("<sheet name=\"{from}\"");
            assert!(xml.contains(&from), "no sheet {from}");
            xml.replace(&from, &format!("<sheet name=\"{to}\""))
        })
    });
}

/// Each priority sheet's actions (column D under the header), by sheet.
fn actions_by_sheet(path: &Path) -> BTreeMap<String, Vec<String>> {
    priority_sheets(path)
        .into_iter()
        .map(|(name, rows)| {
            let header = rows.iter().position(|r| r[0] == "Ref").unwrap();
            let actions = rows[header + 1..]
                .iter()
                .map(|r| r[3].clone())
                .filter(|a| !a.is_empty())
                .collect();
            (name, actions)
        })
        .collect()
}

#[test]
fn a_renamed_sheet_is_known_by_its_heading_beside_an_added_one() {
    let dir = temp();
    let master = dir.path().join("master.xlsx");
    build(&[&samples()], &master, &[]);
    // Priority 3 renamed, and a copy of Priority 2 added beside it (as
    // "Move or copy" makes one): Priority 3 is known by its heading and
    // keeps its record; the copy is read as any plan's sheet is.
    let copied = dir.path().join("copied.xlsx");
    add_sheet_copy(&master, &copied, "Priority 2", "Copy of P2", "Priority 3");
    let edited = dir.path().join("edited.xlsx");
    rename_sheets(&copied, &edited, &[("Priority 3", "P3 Adulthood")]);
    let again = dir.path().join("again.xlsx");
    build_counting(&edited, &again, "45 priorities, 265 actions");
    let plain = dir.path().join("plain.xlsx");
    build(&[&master], &plain, &[]);
    assert_eq!(
        priority_sheets(&plain)["Priority 3"],
        priority_sheets(&again)["Priority 3"]
    );
}

#[test]
fn a_renamed_sheet_beside_its_own_copy_is_read_as_any_plan() {
    let dir = temp();
    let master = dir.path().join("master.xlsx");
    build(&[&samples()], &master, &[]);
    // Priority 3 renamed and copied: two sheets hold its heading, so which
    // is the recorded one is not known; both are read as any plan's sheets
    // are, and nothing is lost.
    let copied = dir.path().join("copied.xlsx");
    add_sheet_copy(
        &master,
        &copied,
        "Priority 3",
        "Copy of P3",
        "Priority 1 (2)",
    );
    let edited = dir.path().join("edited.xlsx");
    rename_sheets(&copied, &edited, &[("Priority 3", "P3 Adulthood")]);
    let again = dir.path().join("again.xlsx");
    build_counting(&edited, &again, "45 priorities, 264 actions");
    let p3 = &actions_by_sheet(&master)["Priority 3"];
    let holding: Vec<String> = actions_by_sheet(&again)
        .into_iter()
        .filter(|(_, actions)| actions == p3)
        .map(|(name, _)| name)
        .collect();
    assert_eq!(holding.len(), 2, "Priority 3's actions are in {holding:?}");
}

/// A priority with neither number nor title (`Review grid`) is headed by
/// its sheet's name, and known by that heading when renamed: it keeps its
/// layout and document, and takes the name the officer gave it.
#[test]
fn a_renamed_untitled_sheet_keeps_its_record() {
    let dir = temp();
    let master = dir.path().join("master.xlsx");
    build(&[&samples()], &master, &[]);
    let renamed = dir.path().join("renamed.xlsx");
    rename_sheets(&master, &renamed, &[("Review grid", "Lakeside grid")]);
    let again = dir.path().join("again.xlsx");
    build_counting(&renamed, &again, "44 priorities, 259 actions");
    let plain = dir.path().join("plain.xlsx");
    build(&[&master], &plain, &[]);
    let renamed_in = |names: Vec<String>| {
        names
            .into_iter()
            .map(|n| n.replace("Review grid", "Lakeside grid"))
            .collect::<Vec<_>>()
    };
    assert_eq!(renamed_in(sheet_names(&plain)), sheet_names(&again));
    let sections = |path: &Path| {
        summary_sections(path)
            .into_iter()
            .map(renamed_in)
            .collect::<Vec<_>>()
    };
    assert!(
        summary_sections(&again)
            .iter()
            .any(|r| r[0] == "Monitoring reports: lakeside-review-grid.xlsx")
    );
    assert_eq!(sections(&plain), sections(&again));
}
