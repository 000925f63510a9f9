//! The page in a real browser: Debian's `chromium`, headless, driven by
//! `chromedriver` over WebDriver (fantoccini), against a server started in
//! this process on a free port. Once with JavaScript (drop, file chooser,
//! filters, downloads by fetch) and once without (plain form posts).
//!
//! Without chromium and chromedriver the test says `skipped: no chromium`
//! and passes, unless `RAGPLAN_REQUIRE_BROWSER=1` (as `.ci/run` sets): then
//! it fails. `RAGPLAN_CHROMIUM` and `RAGPLAN_CHROMEDRIVER` name them where
//! they are not Debian's.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use calamine::{Data, Reader, Xlsx, open_workbook};
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::json;

use crate::serve::{PRIORITY_1_ROW, PRIORITY_7_ROW, start};

/// Debian's, unless the environment names others.
fn browser() -> (String, String) {
    let given = |name: &str, debian: &str| std::env::var(name).unwrap_or_else(|_| debian.into());
    (
        given("RAGPLAN_CHROMIUM", "/usr/bin/chromium"),
        given("RAGPLAN_CHROMEDRIVER", "/usr/bin/chromedriver"),
    )
}

/// Longest the whole test may take before it is failed (a hang guard, not
/// a timing: it takes seconds).
const HANG_GUARD: Duration = Duration::from_secs(300);

/// Tries at starting chromium: on a machine busy with the other tests it
/// can fail to start in time (`DevToolsActivePort file doesn't exist`).
const SESSION_TRIES: usize = 3;

/// chromedriver on a free port of 127.0.0.1, ended with the test.
struct Driver {
    child: Child,
    port: u16,
    chromium: String,
    /// chromedriver's log, shown when no session could be had.
    log: tempfile::TempDir,
}

impl Driver {
    fn start(chromium: String, chromedriver: &str) -> Driver {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .unwrap()
            .port();
        let log = crate::common::temp();
        let child = Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .arg(format!(
                "--log-path={}",
                log.path().join("chromedriver.log").display()
            ))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let started = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "chromedriver did not listen on port {port}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Driver {
            child,
            port,
            chromium,
            log,
        }
    }

    /// A browser session with a fresh profile, saving downloads in
    /// `downloads`, with or without JavaScript.
    async fn session(&self, profile: &Path, downloads: &Path, javascript: bool) -> Client {
        let mut failures = Vec::new();
        for attempt in 1..=SESSION_TRIES {
            let fresh = profile.join(format!("try-{attempt}"));
            match self.try_session(&fresh, downloads, javascript).await {
                Ok(client) => return client,
                Err(e) => {
                    eprintln!("chromium did not start (try {attempt} of {SESSION_TRIES}): {e}");
                    failures.push(e.to_string());
                }
            }
        }
        let log =
            std::fs::read_to_string(self.log.path().join("chromedriver.log")).unwrap_or_default();
        let tail: Vec<&str> = log.lines().rev().take(40).collect();
        panic!(
            "no chromium session in {SESSION_TRIES} tries: {failures:#?}\nchromedriver's log ends:\n{}",
            tail.into_iter().rev().collect::<Vec<_>>().join("\n")
        );
    }

    async fn try_session(
        &self,
        profile: &Path,
        downloads: &Path,
        javascript: bool,
    ) -> Result<Client, fantoccini::error::NewSessionError> {
        let mut prefs = json!({
            "download.default_directory": downloads,
            "download.prompt_for_download": false,
            "download.directory_upgrade": true,
            "profile.default_content_setting_values.automatic_downloads": 1,
        });
        if !javascript {
            prefs["profile.managed_default_content_settings.javascript"] = json!(2);
        }
        let capabilities = json!({
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": self.chromium,
                "args": [
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--window-size=1280,1600",
                    format!("--user-data-dir={}", profile.display()),
                ],
                "prefs": prefs,
            }
        });
        let serde_json::Value::Object(capabilities) = capabilities else {
            unreachable!()
        };
        ClientBuilder::new(HttpConnector::new())
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{}", self.port))
            .await
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs `scenario` in a session, within the hang guard, and closes the
/// session whatever happens (a failed assertion included).
async fn in_session<F, Fut>(driver: &Driver, javascript: bool, scenario: F)
where
    F: FnOnce(Client, PathBuf) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let profile = crate::common::temp();
    let downloads = crate::common::temp();
    let client = driver
        .session(profile.path(), downloads.path(), javascript)
        .await;
    let run = tokio::spawn(scenario(client.clone(), downloads.path().to_path_buf()));
    let outcome = tokio::time::timeout(HANG_GUARD, run).await;
    let _ = client.close().await;
    match outcome {
        Err(_) => panic!("the browser test took longer than {HANG_GUARD:?}"),
        Ok(Err(e)) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
        Ok(Err(e)) => panic!("{e}"),
        Ok(Ok(())) => {}
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_page_works_in_chromium_with_and_without_javascript() {
    let (chromium, chromedriver) = browser();
    if !(Path::new(&chromium).is_file() && Path::new(&chromedriver).is_file()) {
        assert!(
            std::env::var("RAGPLAN_REQUIRE_BROWSER").as_deref() != Ok("1"),
            "RAGPLAN_REQUIRE_BROWSER=1, but {chromium} or {chromedriver} is missing \
             (apt-get install -y chromium chromium-driver)"
        );
        println!(
            "skipped: no chromium ({chromium} and {chromedriver}; apt-get install chromium chromium-driver)"
        );
        return;
    }
    let server = start(ragplan::serve::Settings::default()).await;
    let driver = Driver::start(chromium, &chromedriver);
    let url = format!("http://{}/", server.address);
    in_session(&driver, true, {
        let url = url.clone();
        move |client, downloads| with_javascript(client, url, downloads)
    })
    .await;
    in_session(&driver, false, move |client, downloads| {
        without_javascript(client, url, downloads)
    })
    .await;
    drop(server);
}

fn sample_path(name: &str) -> String {
    std::fs::canonicalize(Path::new("samples").join(name))
        .unwrap()
        .display()
        .to_string()
}

/// Waits until `condition` holds, or fails after 60 s.
async fn until<F, Fut>(what: &str, mut condition: F)
where
    F: FnMut() -> Fut,
    Fut: Future<Output = bool>,
{
    let started = Instant::now();
    while !condition().await {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "waited a minute for {what}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The text of an element as the browser shows it, white space collapsed.
async fn shown(client: &Client, locator: Locator<'_>) -> String {
    let text = client.find(locator).await.unwrap().text().await.unwrap();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn summary_row(priority: &str) -> String {
    format!("//table[contains(@class,'summary')]//tr[th/a[normalize-space()='{priority}']]")
}

/// A downloaded file, once the browser has finished writing it.
async fn downloaded(downloads: &Path, name: &str) -> PathBuf {
    let path = downloads.join(name);
    until(&format!("{name} to download"), || async {
        let partial = std::fs::read_dir(downloads)
            .unwrap()
            .filter_map(Result::ok)
            .any(|e| e.file_name().to_string_lossy().ends_with(".crdownload"));
        path.is_file() && !partial
    })
    .await;
    path
}

/// A date and time as calamine gives it: year, month, day, hour, minute,
/// second, millisecond.
type DateTime = (u16, u8, u8, u8, u8, u8, u16);

/// The master's sheet names, and the modified time its Sources table gives
/// `file`.
fn read_master(path: &Path, file: &str) -> (Vec<String>, Option<DateTime>) {
    let mut master: Xlsx<_> = open_workbook(path).unwrap();
    let sheets = master.sheet_names();
    let summary = master.worksheet_range("Summary").unwrap();
    let (r0, c0) = summary.start().unwrap();
    let modified = summary
        .cells()
        .find(|(_, _, d)| matches!(d, Data::String(s) if s == file))
        .and_then(|(r, c, _)| summary.get_value((r0 + r as u32, c0 + c as u32 + 2)))
        .and_then(|d| match d {
            Data::DateTime(dt) => Some(dt.to_ymd_hms_milli()),
            _ => None,
        });
    (sheets, modified)
}

async fn with_javascript(client: Client, url: String, downloads: PathBuf) {
    client.goto(&url).await.unwrap();
    assert_eq!(
        client.title().await.unwrap(),
        "Check your improvement plan workbooks – ragplan"
    );
    let drop_text = client.find(Locator::Css(".drop-text")).await.unwrap();
    assert!(drop_text.is_displayed().await.unwrap(), "the script runs");

    // Two workbooks dropped on the drop zone: a drop event carrying them, as
    // the browser makes one when files are dragged from a folder.
    let files: Vec<serde_json::Value> = ["priority-1.xlsx", "priority-2.xlsx"]
        .iter()
        .map(|name| json!({"name": name, "bytes": std::fs::read(format!("samples/{name}")).unwrap()}))
        .collect();
    client
        .execute(
            r#"const transfer = new DataTransfer();
            for (const f of arguments[0]) {
              transfer.items.add(new File([new Uint8Array(f.bytes)], f.name,
                { lastModified: Date.UTC(2021, 2, 4, 5, 6, 7) }));
            }
            const zone = document.getElementById("drop-zone");
            for (const type of ["dragenter", "dragover", "drop"]) {
              zone.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
            }"#,
            vec![json!(files)],
        )
        .await
        .unwrap();
    until("the results of the drop", || async {
        shown(&client, Locator::Id("status")).await == "Checked 2 files."
    })
    .await;
    let homoglyph = shown(&client, Locator::Css("#results .finding.rule-RAG003")).await;
    assert!(
        homoglyph.contains("Where priority-1.xlsx › 'Priority 1'!F12 (Jan-20)"),
        "{homoglyph}"
    );
    assert!(homoglyph.contains("А looks like A but contains U+0410 (Cyrillic)"));
    assert_eq!(
        shown(&client, Locator::XPath(&summary_row("Priority 1"))).await,
        PRIORITY_1_ROW
    );
    // The results took the focus, for a screen reader to read on.
    let focused = client
        .execute("return document.activeElement.id", vec![])
        .await
        .unwrap();
    assert_eq!(focused, json!("summary"));

    // Filters: unticking Warnings hides the warnings, by CSS alone.
    let warning = client
        .find(Locator::Css(".finding.severity-warning"))
        .await
        .unwrap();
    assert!(warning.is_displayed().await.unwrap());
    client
        .find(Locator::Css("label[for=show-warning]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    assert!(!warning.is_displayed().await.unwrap());
    client
        .find(Locator::Css("label[for=show-warning]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    assert!(warning.is_displayed().await.unwrap());

    // A third workbook by the file chooser: added to the two kept.
    client
        .find(Locator::Id("files"))
        .await
        .unwrap()
        .send_keys(&sample_path("priority-7.xlsx"))
        .await
        .unwrap();
    until("the results with the chosen file", || async {
        shown(&client, Locator::Id("status")).await == "Checked 3 files."
    })
    .await;
    assert_eq!(
        shown(&client, Locator::XPath(&summary_row("Priority 7"))).await,
        PRIORITY_7_ROW
    );
    assert_eq!(
        shown(&client, Locator::XPath(&summary_row("Priority 1"))).await,
        PRIORITY_1_ROW
    );
    let chosen = shown(&client, Locator::Id("chosen-list")).await;
    assert!(
        chosen.starts_with("priority-1.xlsx 9 KB Remove priority-1.xlsx priority-2.xlsx"),
        "{chosen}"
    );

    // The picture the README shows: the page as an officer sees it.
    client
        .execute(
            "document.activeElement.blur(); window.scrollTo(0, 0);",
            vec![],
        )
        .await
        .unwrap();
    client.set_window_size(1280, 2700).await.unwrap();
    let png = client.screenshot().await.unwrap();
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("serve.png");
    std::fs::write(&target, &png).unwrap();
    if let Ok(path) = std::env::var("RAGPLAN_SCREENSHOT") {
        std::fs::write(path, &png).unwrap();
    }
    println!("screenshot: {}", target.display());

    // Downloads, from the files the page kept.
    client
        .find(Locator::Id("master-button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let master = downloaded(&downloads, "master.xlsx").await;
    let (sheets, modified) = read_master(&master, "priority-1.xlsx");
    assert_eq!(
        sheets,
        crate::common::master_sheets(&["Priority 1", "Priority 2", "Priority 7"])
    );
    // The dropped file's own date, sent by the page, in the Sources table.
    assert_eq!(modified, Some((2021, 3, 4, 5, 6, 7, 0)));
    client
        .find(Locator::Id("report-button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let report =
        std::fs::read_to_string(downloaded(&downloads, "ragplan-report.html").await).unwrap();
    assert!(report.contains("priority-1.xlsx › 'Priority 1'!F12 (Jan-20)"));
    assert!(!report.contains("<script"));
}

async fn without_javascript(client: Client, url: String, downloads: PathBuf) {
    client.goto(&url).await.unwrap();
    let drop_text = client.find(Locator::Css(".drop-text")).await.unwrap();
    assert!(!drop_text.is_displayed().await.unwrap(), "no script runs");
    let choose = |client: Client| async move {
        client
            .find(Locator::Id("files"))
            .await
            .unwrap()
            .send_keys(&format!(
                "{}\n{}",
                sample_path("priority-1.xlsx"),
                sample_path("priority-7.xlsx")
            ))
            .await
            .unwrap();
    };
    choose(client.clone()).await;
    client
        .find(Locator::Id("check-button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    client
        .wait()
        .at_most(Duration::from_secs(60))
        .for_element(Locator::Css("#results .report"))
        .await
        .unwrap();
    assert_eq!(
        shown(&client, Locator::XPath(&summary_row("Priority 7"))).await,
        PRIORITY_7_ROW
    );
    let homoglyph = shown(&client, Locator::Css(".finding.rule-RAG003")).await;
    assert!(homoglyph.contains("'Priority 1'!F12"), "{homoglyph}");
    // The filters need no script either.
    let info = client
        .find(Locator::Css(".finding.severity-info"))
        .await
        .unwrap();
    client
        .find(Locator::Css("label[for=show-info]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    assert!(!info.is_displayed().await.unwrap());
    // The master by a plain post of the files chosen again.
    choose(client.clone()).await;
    client
        .find(Locator::Id("master-button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let master = downloaded(&downloads, "master.xlsx").await;
    let (sheets, _) = read_master(&master, "priority-1.xlsx");
    assert_eq!(
        sheets,
        [
            "Summary",
            "Board pack",
            "Priority 1",
            "Priority 7",
            "Findings",
            "Leads",
            "ragplan"
        ]
    );
}
