//! `ragplan serve` without a browser: the router driven by `oneshot` (no
//! socket), and a real server on port 0 where a test needs a request that
//! is still being sent. The browser test is in `browser.rs`.

use std::io::Cursor;
use std::net::SocketAddr;
use std::time::Duration;

use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use calamine::{Data, Reader, Xlsx};
use ragplan::serve::{Limits, Settings, router};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tower::ServiceExt;

const BOUNDARY: &str = "ragplan-test-boundary";

/// A `multipart/form-data` body of workbooks (field `files`).
pub fn multipart(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, bytes) in files {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\n\
                 Content-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    body
}

fn sample(name: &str) -> Vec<u8> {
    std::fs::read(format!("samples/{name}")).unwrap()
}

fn settings(limits: Limits) -> Settings {
    Settings {
        limits,
        ..Settings::default()
    }
}

struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: Vec<u8>,
}

impl Answer {
    fn text(&self) -> String {
        String::from_utf8(self.body.clone()).unwrap()
    }
}

async fn send(settings: Settings, request: Request<Body>) -> Answer {
    let response = router(settings).oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap()
        .to_vec();
    Answer {
        status,
        headers,
        body,
    }
}

async fn post(settings: Settings, path: &str, files: &[(&str, &[u8])]) -> Answer {
    let body = multipart(files);
    let request = Request::post(path)
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .header(header::CONTENT_LENGTH, body.len())
        .body(Body::from(body))
        .unwrap();
    send(settings, request).await
}

/// The text of the summary table's row of `priority`, as a reader sees it.
pub fn summary_row(html: &str, priority: &str) -> String {
    let at = html
        .find(&format!(">{priority}</a></th>"))
        .unwrap_or_else(|| panic!("no summary row for {priority}"));
    let start = html[..at].rfind("<tr>").unwrap();
    let end = at + html[at..].find("</tr>").unwrap();
    visible_text(&html[start..end])
}

/// Text without its tags, white space collapsed.
pub fn visible_text(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                text.push(' ');
            }
            '>' => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The samples' summary rows, as `check --format html`, the page and the
/// browser all show them.
pub const PRIORITY_1_ROW: &str = "Priority 1 Leaders in education, health and social care have not worked together to organise roles and responsibilities, establish a united vision and strategic plan, communicate effectively, drive improvement or share what works well. G G (Dec-21) 0 10 0 0 0 0 0 10 100% → same (was G) 2 1";
pub const PRIORITY_7_ROW: &str = "Priority 7 The oversight of improvement work in schools, alternative provision and the independent sector is weak. G/A G/A (Dec-21) 0 7 0 0 0 2 0 9 78% ↑ better (was A) 0 8";

#[tokio::test]
async fn the_check_page_shows_each_finding_at_its_cell_and_the_summary() {
    let (p1, p7) = (sample("priority-1.xlsx"), sample("priority-7.xlsx"));
    let answer = post(
        Settings::default(),
        "/check",
        &[("priority-1.xlsx", &p1), ("priority-7.xlsx", &p7)],
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK);
    let html = answer.text();
    assert_eq!(summary_row(&html, "Priority 1"), PRIORITY_1_ROW);
    assert_eq!(summary_row(&html, "Priority 7"), PRIORITY_7_ROW);
    // Headed as the master's Summary heads the same columns.
    let head = &html[html.find("<table class=\"summary\">").unwrap()..];
    let head = &head[head.find("<thead>").unwrap()..head.find("</thead>").unwrap()];
    assert_eq!(
        visible_text(head),
        "Priority Problem statement Stated status Computed status Blue Green Amber Red Grey \
         Split No status Actions % complete Trend Errors Warnings"
    );
    // The Cyrillic А at its cell, with the rows around it and the rule's
    // explanation a click away.
    let at = html[..html.find("id=\"finding-1\"").unwrap()]
        .rfind("<article")
        .unwrap();
    let finding = &html[at..at + html[at..].find("</article>").unwrap()];
    assert!(finding.contains("rule-RAG003"), "{finding}");
    assert!(
        finding.contains("priority-1.xlsx › 'Priority 1'!F12 (Jan-20)"),
        "{finding}"
    );
    assert!(
        finding.contains("<code>А</code> looks like <code>A</code> but contains U+0410 (Cyrillic)")
    );
    assert!(finding.contains("<td class=\"cell\"><mark>А</mark>"));
    assert!(finding.contains("<summary>What rag-homoglyph means</summary>"));
    assert!(visible_text(finding).contains(
        "12 JSNA meeting minutes, policies and practice guidance A А (this cell, F12) G"
    ));
    // The page's own resources only.
    assert!(html.contains("<script src=\"/assets/page.js\" defer></script>"));
    assert!(!html.contains("<script>"));
    assert!(!html.contains("http://") && !html.contains("https://"));
}

#[tokio::test]
async fn the_report_route_downloads_the_self_contained_report() {
    let p1 = sample("priority-1.xlsx");
    let answer = post(Settings::default(), "/report", &[("priority-1.xlsx", &p1)]).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(
        answer.headers[header::CONTENT_DISPOSITION],
        "attachment; filename=\"ragplan-report.html\""
    );
    assert!(
        answer.headers[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .contains("style-src 'unsafe-inline'")
    );
    let html = answer.text();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<style>") && !html.contains("<script"));
    assert!(!html.contains("http://") && !html.contains("https://"));
    assert!(html.contains("priority-1.xlsx › 'Priority 1'!F12 (Jan-20)"));
    assert_eq!(summary_row(&html, "Priority 1"), PRIORITY_1_ROW);
}

#[tokio::test]
async fn the_master_route_builds_a_master_that_calamine_reads() {
    let names = [
        "priority-1.xlsx",
        "priority-2.xlsx",
        "priority-7.xlsx",
        "written-statement.xlsx",
        "implementation-plan.xlsx",
    ];
    let bytes: Vec<Vec<u8>> = names.iter().map(|n| sample(n)).collect();
    let files: Vec<(&str, &[u8])> = names
        .iter()
        .zip(&bytes)
        .map(|(n, b)| (*n, b.as_slice()))
        .collect();
    let answer = post(Settings::default(), "/master", &files).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(
        answer.headers[header::CONTENT_TYPE],
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    assert_eq!(
        answer.headers[header::CONTENT_DISPOSITION],
        "attachment; filename=\"master.xlsx\""
    );
    let mut master = Xlsx::new(Cursor::new(answer.body)).unwrap();
    let sheets = master.sheet_names();
    // Summary, Board pack, 19 priorities, Findings, Leads, and the very
    // hidden sheet that records the term the master reports.
    assert_eq!(sheets.len(), 24, "{sheets:?}");
    assert_eq!(
        sheets[..5],
        [
            "Summary",
            "Board pack",
            "Priority 1",
            "Priority 2",
            "Priority 7"
        ]
    );
    assert_eq!(sheets[21..], ["Findings", "Leads", "ragplan"]);
    let p1 = master.worksheet_range("Priority 1").unwrap();
    // The Cyrillic А is written as the code it poses as, and listed.
    assert!(p1.cells().any(|(_, _, d)| d == &Data::String("A".into())));
    assert!(!p1.cells().any(|(_, _, d)| d == &Data::String("А".into())));
    let findings = master.worksheet_range("Findings").unwrap();
    assert_eq!(
        findings
            .rows()
            .filter(|r| r.iter().any(|d| d == &Data::String("RAG003".into())))
            .count(),
        1
    );
}

#[tokio::test]
async fn an_unreadable_file_is_its_finding_on_the_page_not_a_broken_page() {
    let p1 = sample("priority-1.xlsx");
    let answer = post(
        Settings::default(),
        "/check",
        &[
            ("notes.xlsx", b"these are not the plans"),
            ("priority-1.xlsx", &p1),
        ],
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK);
    let html = answer.text();
    let at = html
        .find("rule-STR001")
        .expect("the unreadable-file finding");
    let finding = visible_text(&html[at..at + html[at..].find("</article>").unwrap()]);
    assert!(finding.contains("unreadable-file"), "{finding}");
    assert!(finding.contains("Where notes.xlsx"), "{finding}");
    // The other file is still checked.
    assert_eq!(summary_row(&html, "Priority 1"), PRIORITY_1_ROW);
    // A master is made only from files that can all be read.
    let master = post(
        Settings::default(),
        "/master",
        &[
            ("notes.xlsx", b"these are not the plans"),
            ("priority-1.xlsx", &p1),
        ],
    )
    .await;
    assert_eq!(master.status, StatusCode::UNPROCESSABLE_ENTITY);
    let page = visible_text(&master.text());
    assert!(page.contains("The master workbook was not made"), "{page}");
    assert!(page.contains("notes.xlsx : not a spreadsheet"), "{page}");
}

#[tokio::test]
async fn too_many_or_too_large_files_are_refused_with_a_413_page() {
    let p1 = sample("priority-1.xlsx");
    let limits = Limits {
        max_files: 2,
        ..Limits::default()
    };
    let answer = post(
        settings(limits),
        "/check",
        &[("a.xlsx", &p1), ("b.xlsx", &p1), ("c.xlsx", &p1)],
    )
    .await;
    assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
    let page = visible_text(&answer.text());
    assert!(
        page.contains("Too many files More than 2 files were sent at once"),
        "{page}"
    );

    let limits = Limits {
        max_file_bytes: 5_000,
        ..Limits::default()
    };
    let answer = post(settings(limits), "/master", &[("priority-1.xlsx", &p1)]).await;
    assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
    let page = visible_text(&answer.text());
    assert!(
        page.contains("A file is too large priority-1.xlsx is larger than 5 KB"),
        "{page}"
    );

    // A request declared larger than the limit is refused before it is read.
    let limits = Limits {
        max_request_bytes: 15_000,
        ..Limits::default()
    };
    let (p7, p2) = (sample("priority-7.xlsx"), sample("priority-2.xlsx"));
    let answer = post(
        settings(limits),
        "/check",
        &[("p7.xlsx", &p7), ("p2.xlsx", &p2)],
    )
    .await;
    assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(visible_text(&answer.text()).contains("The files together are larger than 15 KB"));
    // And one that says nothing of its length is cut off when it passes it.
    let body = multipart(&[("p7.xlsx", &p7), ("p2.xlsx", &p2)]);
    let request = Request::post("/check")
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .body(Body::from_stream(chunked(body)))
        .unwrap();
    let answer = send(settings(limits), request).await;
    assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(visible_text(&answer.text()).contains("The files together are larger than 15 KB"));
}

/// A body in 4 KB chunks with no length given.
fn chunked(
    bytes: Vec<u8>,
) -> impl futures_core::Stream<Item = Result<Vec<u8>, std::io::Error>> + Send {
    Chunks(bytes.chunks(4096).map(<[u8]>::to_vec).collect())
}

struct Chunks(std::collections::VecDeque<Vec<u8>>);

impl futures_core::Stream for Chunks {
    type Item = Result<Vec<u8>, std::io::Error>;
    fn poll_next(
        mut self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Self::Item>> {
        std::task::Poll::Ready(self.0.pop_front().map(Ok))
    }
}

#[tokio::test]
async fn a_client_file_name_is_a_label_never_a_path() {
    let p1 = sample("priority-1.xlsx");
    let marker = format!("ragplan-traversal-{}.xlsx", std::process::id());
    let traversal = format!("../../../../../tmp/{marker}");
    let answer = post(
        Settings::default(),
        "/check",
        &[
            (&traversal, &p1),
            ("<img src=x onerror=alert(1)>.xlsx", b"not a workbook"),
        ],
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK);
    let html = answer.text();
    assert!(html.contains(&format!("{marker} › 'Priority 1'!F12")));
    assert!(!html.contains("../"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;.xlsx"));
    assert!(!html.contains("<img"));
    // Nothing was written, where the name pointed or beside the server.
    assert!(!std::path::Path::new("/tmp").join(&marker).exists());
    assert!(!std::path::Path::new(&marker).exists());
    assert!(!std::path::Path::new(&traversal).exists());
}

#[tokio::test]
async fn workbook_text_is_shown_as_text() {
    let dir = crate::common::temp();
    let path = dir.path().join("plan.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet().set_name("Priority 4").unwrap();
    crate::common::monitoring_head(ws, 0, "Priority 4: <b>Plans</b>", &["Dec-19"], &[]);
    crate::common::write_rows(
        ws,
        4,
        &[[
            "4.1 Plans",
            "A. Review",
            "Jo Bloggs",
            "Reviewed",
            "<script>alert(1)</script>",
        ]],
    );
    wb.save(&path).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    let answer = post(Settings::default(), "/check", &[("plan.xlsx", &bytes)]).await;
    assert_eq!(answer.status, StatusCode::OK);
    let html = answer.text();
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!html.contains("<script>alert"));
    assert!(!html.contains("<b>Plans"));
}

#[tokio::test]
async fn no_files_and_bad_forms_get_a_clear_page() {
    let answer = post(Settings::default(), "/check", &[]).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    assert!(answer.text().contains("Choose at least one workbook"));
    let request = Request::post("/check")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("files=plan.xlsx"))
        .unwrap();
    let answer = send(Settings::default(), request).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    assert!(answer.text().contains("not sent as multipart/form-data"));
    // A post's address opened in the browser leads to the page.
    let answer = send(
        Settings::default(),
        Request::get("/master").body(Body::empty()).unwrap(),
    )
    .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    assert_eq!(answer.headers[header::LOCATION], "/");
}

#[tokio::test]
async fn every_answer_forbids_framing_and_outside_resources() {
    let p1 = sample("priority-1.xlsx");
    let too_many = Limits {
        max_files: 1,
        ..Limits::default()
    };
    let answers = [
        send(
            Settings::default(),
            Request::get("/").body(Body::empty()).unwrap(),
        )
        .await,
        send(
            Settings::default(),
            Request::get("/assets/page.js").body(Body::empty()).unwrap(),
        )
        .await,
        send(
            Settings::default(),
            Request::get("/no/such/page").body(Body::empty()).unwrap(),
        )
        .await,
        post(Settings::default(), "/check", &[("p.xlsx", &p1)]).await,
        post(
            settings(too_many),
            "/check",
            &[("p.xlsx", &p1), ("q.xlsx", &p1)],
        )
        .await,
    ];
    let statuses: Vec<u16> = answers.iter().map(|a| a.status.as_u16()).collect();
    assert_eq!(statuses, [200, 200, 404, 200, 413]);
    for a in &answers {
        assert_eq!(
            a.headers[header::CONTENT_SECURITY_POLICY],
            "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; \
             connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        );
        assert_eq!(a.headers[header::X_FRAME_OPTIONS], "DENY");
        assert_eq!(a.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        assert_eq!(a.headers[header::REFERRER_POLICY], "no-referrer");
        assert_eq!(a.headers[header::CACHE_CONTROL], "no-store");
    }
    assert_eq!(answers[1].headers[header::CONTENT_TYPE], "text/javascript");
    assert!(answers[2].text().contains("Page not found"));
}

/// A server on a free port of 127.0.0.1, stopped when the handle is dropped.
pub struct RunningServer {
    pub address: SocketAddr,
    _stop: tokio::sync::oneshot::Sender<()>,
}

pub async fn start(settings: Settings) -> RunningServer {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(ragplan::serve::run(listener, settings, async {
        let _ = stopped.await;
    }));
    RunningServer {
        address,
        _stop: stop,
    }
}

/// The head of a post of `body`, whose length is given.
fn head(path: &str, length: usize) -> String {
    format!(
        "POST {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\
         Content-Type: multipart/form-data; boundary={BOUNDARY}\r\nContent-Length: {length}\r\n\r\n"
    )
}

/// Reads an answer to its end: its status and body.
async fn read_answer(stream: &mut tokio::net::TcpStream) -> (u16, String) {
    let mut bytes = Vec::new();
    tokio::time::timeout(Duration::from_secs(60), stream.read_to_end(&mut bytes))
        .await
        .expect("an answer within a minute")
        .unwrap();
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, text)
}

async fn post_over_tcp(address: SocketAddr, path: &str, body: &[u8]) -> (u16, String) {
    let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
    stream
        .write_all(head(path, body.len()).as_bytes())
        .await
        .unwrap();
    stream.write_all(body).await.unwrap();
    read_answer(&mut stream).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn beyond_max_checks_is_a_503_and_the_server_answers_afterwards() {
    let limits = Limits {
        max_checks: 1,
        ..Limits::default()
    };
    let server = start(settings(limits)).await;
    let body = multipart(&[("priority-1.xlsx", &sample("priority-1.xlsx"))]);
    // The first upload is sent by half, so it holds the only place. Its
    // handler must have taken the place before the next upload asks for
    // it: when the next one got there first (the first was then refused),
    // both start again, waiting longer.
    let mut busy = None;
    let mut first = None;
    for attempt in 1..=20u64 {
        let mut stream = tokio::net::TcpStream::connect(server.address)
            .await
            .unwrap();
        stream
            .write_all(head("/check", body.len()).as_bytes())
            .await
            .unwrap();
        stream.write_all(&body[..body.len() / 2]).await.unwrap();
        tokio::time::sleep(Duration::from_millis(50 * attempt)).await;
        let (status, text) = post_over_tcp(server.address, "/check", &body).await;
        if status == 503 {
            busy = Some(text);
            first = Some(stream);
            break;
        }
        // Closed, a held place is given back before the next attempt.
        drop(stream);
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let mut first = first.expect("the first upload holds the place");
    let busy = busy.expect("a 503 while the only place is taken");
    assert!(busy.contains("retry-after: 5"), "{busy}");
    assert!(visible_text(&busy).contains("The server is busy It is already working on 1 uploads"));
    // The first finishes, and then the next is answered.
    first.write_all(&body[body.len() / 2..]).await.unwrap();
    let (status, text) = read_answer(&mut first).await;
    assert_eq!(status, 200);
    assert!(text.contains("'Priority 1'!F12"));
    let (status, text) = post_over_tcp(server.address, "/check", &body).await;
    assert_eq!(status, 200);
    assert!(text.contains("'Priority 1'!F12"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_upload_that_takes_too_long_is_cut_off() {
    let limits = Limits {
        timeout: Duration::from_secs(1),
        max_checks: 1,
        ..Limits::default()
    };
    let server = start(settings(limits)).await;
    let body = multipart(&[("priority-1.xlsx", &sample("priority-1.xlsx"))]);
    let mut slow = tokio::net::TcpStream::connect(server.address)
        .await
        .unwrap();
    slow.write_all(head("/check", body.len()).as_bytes())
        .await
        .unwrap();
    slow.write_all(&body[..100]).await.unwrap();
    let started = std::time::Instant::now();
    let (status, text) = read_answer(&mut slow).await;
    assert_eq!(status, 503);
    assert!(
        visible_text(&text).contains("That took too long The answer took longer than 1 seconds")
    );
    assert!(started.elapsed() < Duration::from_secs(10));
    // Its place is free again.
    let (status, _) = post_over_tcp(server.address, "/check", &body).await;
    assert_eq!(status, 200);
}

#[test]
fn check_format_html_writes_one_self_contained_page() {
    let output = assert_cmd::Command::cargo_bin("ragplan")
        .unwrap()
        .args(["check", "--format", "html"])
        .args(crate::common::SAMPLES)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1)); // errors, as in every format
    let html = String::from_utf8(output.stdout).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en-GB\">"));
    assert!(html.trim_end().ends_with("</html>"));
    // Self-contained: its styles inline, no script, nothing fetched.
    assert!(html.contains("<style>\n/* ragplan's report."));
    assert!(!html.contains("<script") && !html.contains("<link"));
    assert!(!html.contains("http://") && !html.contains("https://"));
    assert!(html.contains("@media print"));
    assert!(html.contains("samples/priority-1.xlsx › 'Priority 1'!F12 (Jan-20)"));
    assert_eq!(summary_row(&html, "Priority 1"), PRIORITY_1_ROW);
    assert_eq!(summary_row(&html, "Priority 7"), PRIORITY_7_ROW);
    assert!(visible_text(&html).contains("2 errors, 13 warnings and 15 infos in 3 files."));
    // The findings, every one, errors first in each priority.
    assert_eq!(html.matches("<article class=\"finding").count(), 30);
    let p1 = &html[html.find("id=\"priority-0\"").unwrap()..];
    let severities: Vec<&str> = p1
        .match_indices("<article class=\"finding severity-")
        .take(3)
        .map(|(at, m)| p1[at + m.len()..].split('"').next().unwrap())
        .map(|class| class.split(' ').next().unwrap())
        .collect();
    assert_eq!(severities, ["error", "error", "warning"]);
}

#[tokio::test]
async fn a_page_shows_at_most_a_thousand_findings_errors_first() {
    // 700 actions, each with no lead (an error) and `Gr` for a status (a
    // warning): 1,400 findings.
    let dir = crate::common::temp();
    let path = dir.path().join("plan.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet().set_name("Priority 3").unwrap();
    crate::common::monitoring_head(
        ws,
        0,
        "Priority 3: Co-production is weak.",
        &["Dec-19"],
        &[],
    );
    let rows: Vec<[String; 5]> = (0..700)
        .map(|i| {
            [
                if i == 0 {
                    "3.1 Co-production".into()
                } else {
                    String::new()
                },
                format!("{}. Action {i}", (b'A' + (i % 26) as u8) as char),
                "N/A".into(),
                "Minutes".into(),
                "Gr".into(),
            ]
        })
        .collect();
    let rows: Vec<Vec<&str>> = rows
        .iter()
        .map(|r| r.iter().map(String::as_str).collect())
        .collect();
    crate::common::write_rows(ws, 4, &rows);
    wb.save(&path).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    let answer = post(Settings::default(), "/check", &[("plan.xlsx", &bytes)]).await;
    assert_eq!(answer.status, StatusCode::OK);
    let html = answer.text();
    let text = visible_text(&html);
    let count = |label: &str| -> usize {
        let after = text.split(label).nth(1).unwrap();
        after.split(')').next().unwrap().parse().unwrap()
    };
    let (errors, warnings, infos) = (count("Errors ("), count("Warnings ("), count("Infos ("));
    let total = errors + warnings + infos;
    assert!(total > 1000, "{total}");
    assert!(text.contains(&format!(
        "The first 1000 of {total} findings are shown here, errors first."
    )));
    let shown = |severity: &str| {
        html.matches(&format!("<article class=\"finding severity-{severity}"))
            .count()
    };
    assert_eq!(shown("error"), errors.min(1000));
    assert_eq!(shown("warning"), warnings.min(1000 - shown("error")));
    assert_eq!(
        shown("error") + shown("warning") + shown("info"),
        ragplan::report::html::MAX_FINDINGS_SHOWN
    );
}

/// `ragplan serve --port 0` prints the port it took, serves the page, and
/// ends cleanly on Ctrl-C (SIGINT).
#[cfg(unix)]
#[test]
fn the_command_prints_its_address_and_stops_on_ctrl_c() {
    use std::io::{BufRead, BufReader, Read, Write};
    let mut server = std::process::Command::new(assert_cmd::cargo::cargo_bin("ragplan"))
        .args(["serve", "--port", "0", "--max-files", "3"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(server.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    let address = first
        .trim()
        .strip_prefix("ragplan is serving the page at http://")
        .and_then(|a| a.strip_suffix('/'))
        .unwrap_or_else(|| panic!("{first}"))
        .to_string();
    assert!(address.starts_with("127.0.0.1:") && !address.ends_with(":0"));
    let mut second = String::new();
    stdout.read_line(&mut second).unwrap();
    assert_eq!(
        second,
        "(up to 3 files of 20 MB each per upload, 8 uploads at once; Ctrl-C stops it)\n"
    );
    let mut stream = std::net::TcpStream::connect(&address).unwrap();
    stream
        .write_all(b"GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut page = String::new();
    stream.read_to_string(&mut page).unwrap();
    assert!(page.starts_with("HTTP/1.1 200 OK"));
    assert!(page.contains("Up to 3 files, each up to 20 MB."));
    let interrupted = std::process::Command::new("kill")
        .args(["-INT", &server.id().to_string()])
        .status()
        .unwrap();
    assert!(interrupted.success());
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = server.try_wait().unwrap() {
            break status;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "still serving after Ctrl-C"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "{status}");
    // The log: one line per request, no file named.
    let mut log = String::new();
    server
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut log)
        .unwrap();
    assert_eq!(
        log.lines().next().map(|l| l.starts_with("GET / 200 ")),
        Some(true),
        "{log}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_page_leaves_out_what_an_officer_marked_on_a_masters_findings_sheet() {
    use crate::term_loop::{build, findings_sheet, mark, part_of};
    let dir = crate::common::temp();
    let master = dir.path().join("master.xlsx");
    build(
        &[std::path::Path::new("samples/written-statement.xlsx")],
        &master,
        &[],
    );
    let rows = findings_sheet(&master);
    let marked = dir.path().join("marked.xlsx");
    let first_open = rows.iter().position(|r| r[10] == "open").unwrap() as u32 + 1;
    let cell = rows[first_open as usize - 1][3].clone();
    crate::common::edit_part(&master, &marked, &part_of(&master, "Findings"), |xml| {
        mark(xml, first_open, "accepted", Some("As agreed"))
    });
    let bytes = std::fs::read(&marked).unwrap();
    let answer = post(Settings::default(), "/check", &[("marked.xlsx", &bytes)]).await;
    assert_eq!(answer.status, StatusCode::OK);
    let text = visible_text(&answer.text());
    assert!(
        text.contains(
            "1 finding marked accepted or won't fix on the master's Findings sheet is not shown."
        ),
        "{text}"
    );
    // The page's counts (its title) are one fewer than the unmarked master's.
    let title = |html: &str| {
        let start = html.find("<title>").unwrap() + "<title>".len();
        let end = html.find(" – ragplan</title>").unwrap();
        html[start..end].to_string()
    };
    let unmarked = std::fs::read(&master).unwrap();
    let before = title(
        &post(Settings::default(), "/check", &[("master.xlsx", &unmarked)])
            .await
            .text(),
    );
    let after = title(
        &post(Settings::default(), "/check", &[("marked.xlsx", &bytes)])
            .await
            .text(),
    );
    let numbers = |t: &str| -> Vec<usize> {
        t.split_whitespace()
            .filter_map(|w| w.parse().ok())
            .collect()
    };
    let (b, a) = (numbers(&before), numbers(&after));
    assert_eq!(
        b.iter().sum::<usize>(),
        a.iter().sum::<usize>() + 1,
        "{cell}: {before} then {after}"
    );
}

/// Two documents (the seeds' monitoring report and another area's own
/// plan) get a summary table each, headed by the document's name as the
/// master's Summary heads its sections; one document, one table unheaded.
#[test]
fn the_report_summary_has_a_table_per_document() {
    let html = |files: &[&str]| {
        let output = assert_cmd::Command::cargo_bin("ragplan")
            .unwrap()
            .args(["check", "--format", "html"])
            .args(files)
            .output()
            .unwrap();
        String::from_utf8(output.stdout).unwrap()
    };
    let two = html(&[
        "samples/priority-1.xlsx",
        "samples/other-areas/westbrook-theme-sheets.xlsx",
    ]);
    let summary = &two[two.find("id=\"summary\"").unwrap()..two.find("class=\"hint\"").unwrap()];
    let headings: Vec<String> = summary
        .split("<h3 class=\"heading-m\">")
        .skip(1)
        .map(|s| s.split("</h3>").next().unwrap().to_string())
        .collect();
    assert_eq!(
        headings,
        ["Monitoring reports", "westbrook-theme-sheets.xlsx"]
    );
    let tables: Vec<&str> = summary.split("<table class=\"summary\">").skip(1).collect();
    assert_eq!(tables.len(), 2);
    let priorities = |table: &str| -> Vec<String> {
        table
            .split("<th scope=\"row\">")
            .skip(1)
            .map(|row| visible_text(row.split("</th>").next().unwrap()))
            .collect()
    };
    assert_eq!(priorities(tables[0]), ["Priority 1"]);
    assert!(!priorities(tables[1]).is_empty());
    assert!(!priorities(tables[1]).contains(&"Priority 1".to_string()));
    // A priority with no status in any period says so, and is not 0% done.
    let wsoa = html(&["samples/written-statement.xlsx"]);
    assert_eq!(
        summary_row(&wsoa, "WSoA Priority 1"),
        "WSoA Priority 1 Leaders in education, health and social care have not worked together to \
         organise roles and responsibilities, establish a united vision and strategic plan, \
         communicate effectively, drive improvement or share what works well. no status yet \
         0 0 0 0 0 0 7 7 2 0"
    );
    let one = html(&["samples/priority-1.xlsx", "samples/priority-7.xlsx"]);
    assert!(!one.contains("<h3 class=\"heading-m\">"));
    assert_eq!(one.matches("<table class=\"summary\">").count(), 1);
}
