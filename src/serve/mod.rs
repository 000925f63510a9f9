//! `ragplan serve`: a page in the browser to drop workbooks on, read what is
//! wrong, and download the master. The server decides nothing about plans:
//! it reads the upload ([`upload`]), then calls the library as the command
//! line does ([`import::load_files`], [`check::check`], [`report::html`],
//! [`export::build_bytes`]) on a blocking thread, and answers with a page
//! ([`pages`]), the HTML report or the master.
//!
//! Routes: `GET /` the page; `POST /check` the page with the results;
//! `POST /report` the HTML report as a download; `POST /master` the master
//! workbook as a download; `/assets/…` the stylesheets, the script and the
//! icon. Every post takes the workbooks as `multipart/form-data` (field
//! `files`), so the page works as a plain form without JavaScript.
//!
//! Safe for several users at once: the [`Limits`] bound the files and bytes
//! of a request (413 beyond them), the requests in progress (503 beyond,
//! answered at once) and the time one may take (503 after it). Uploads are
//! held in memory only, and dropped with the answer; no client-supplied name
//! is used as a path; nothing of a file is logged. Every answer forbids
//! framing and loading anything from elsewhere (`Content-Security-Policy`).

mod limits;
mod pages;
pub mod upload;

use std::future::Future;
use std::sync::Arc;
use std::time::Instant;

use axum::Router;
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use tokio::sync::Semaphore;

use crate::check::{self, Options};
use crate::export::{self, BuildOptions};
use crate::import::{self, InputFile, KeepCells};
use crate::report;
pub use limits::{Limits, LimitsConfig, size};
use pages::Results;
use upload::UploadError;

/// The page's policy: its own styles, script and icon, nothing else; no
/// framing; forms post only to the server itself.
pub const PAGE_POLICY: &str = "default-src 'none'; style-src 'self'; script-src 'self'; \
     img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; \
     base-uri 'none'";

/// The downloaded report carries its stylesheet inline (it is one file to
/// email) and no script at all.
const REPORT_POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; \
     form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

const PAGE_CSS: &str = include_str!("assets/page.css");
const PAGE_JS: &str = include_str!("assets/page.js");
const FAVICON: &str = include_str!("assets/favicon.svg");

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// What the server is started with.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// How plans are read and checked (`ragplan.toml`).
    pub options: Options,
    pub limits: Limits,
    /// Write one line per request to standard error: method, route, status
    /// and time taken (never a file's name or contents).
    pub log: bool,
}

struct Server {
    options: Options,
    limits: Limits,
    log: bool,
    /// One permit per request in progress.
    checks: Arc<Semaphore>,
    /// The report's stylesheet in this scheme's colours.
    stylesheet: String,
}

/// The routes, with their limits and headers.
pub fn router(settings: Settings) -> Router {
    let server = Arc::new(Server {
        stylesheet: report::html::stylesheet(&settings.options.scheme),
        checks: Arc::new(Semaphore::new(settings.limits.max_checks)),
        options: settings.options,
        limits: settings.limits,
        log: settings.log,
    });
    let body_limit = usize::try_from(server.limits.max_request_bytes).unwrap_or(usize::MAX);
    Router::new()
        .route("/", get(home))
        .route("/check", get(to_home).post(check_page))
        .route("/report", get(to_home).post(report_download))
        .route("/master", get(to_home).post(master_download))
        .route("/assets/report.css", get(stylesheet))
        .route(
            "/assets/page.css",
            get(|| async { asset("text/css", PAGE_CSS.into()) }),
        )
        .route(
            "/assets/page.js",
            get(|| async { asset("text/javascript", PAGE_JS.into()) }),
        )
        .route(
            "/assets/favicon.svg",
            get(|| async { asset("image/svg+xml", FAVICON.into()) }),
        )
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(body_limit))
        .layer(middleware::from_fn_with_state(server.clone(), log))
        .layer(middleware::map_response(secure))
        .with_state(server)
}

/// Serves until `shutdown` completes, then finishes the requests in progress.
pub async fn run(
    listener: tokio::net::TcpListener,
    settings: Settings,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router(settings))
        .with_graceful_shutdown(shutdown)
        .await
}

type Shared = State<Arc<Server>>;

async fn home(State(server): Shared) -> Response {
    page(
        StatusCode::OK,
        pages::page(&server.limits, Results::Nothing),
    )
}

/// A post's address opened directly (a bookmark, a reload): the page.
async fn to_home() -> Redirect {
    Redirect::to("/")
}

async fn not_found(State(server): Shared) -> Response {
    problem(
        &server,
        StatusCode::NOT_FOUND,
        "Page not found",
        "There is nothing at this address. <a href=\"/\">Check your workbooks</a>.".into(),
    )
}

async fn stylesheet(State(server): Shared) -> Response {
    asset("text/css", server.stylesheet.clone().into())
}

fn asset(content_type: &'static str, body: Body) -> Response {
    (
        [(header::CONTENT_TYPE, HeaderValue::from_static(content_type))],
        body,
    )
        .into_response()
}

/// What a post answers with.
#[derive(Debug, Clone, Copy)]
enum Output {
    Page,
    Report,
    Master,
}

async fn check_page(State(server): Shared, request: Request) -> Response {
    answer(server, request, Output::Page).await
}

async fn report_download(State(server): Shared, request: Request) -> Response {
    answer(server, request, Output::Report).await
}

async fn master_download(State(server): Shared, request: Request) -> Response {
    answer(server, request, Output::Master).await
}

/// Within the limits: reads the upload, then does the work on a blocking
/// thread. The library's work cannot be cancelled: when the time runs out,
/// the answer says so at once, and the work runs on to its end holding its
/// permit, so no more than `max_checks` are ever running.
async fn answer(server: Arc<Server>, request: Request, output: Output) -> Response {
    let limits = server.limits;
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limits.max_request_bytes) {
        return upload_problem(
            &server,
            &UploadError::RequestTooLarge(size(limits.max_request_bytes)),
        );
    }
    let Ok(permit) = server.checks.clone().try_acquire_owned() else {
        let mut response = problem(
            &server,
            StatusCode::SERVICE_UNAVAILABLE,
            "The server is busy",
            format!(
                "It is already working on {} uploads, as many as it takes at once. Try again in a few seconds.",
                limits.max_checks
            ),
        );
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
        return response;
    };
    let work = {
        let server = server.clone();
        async move {
            let files = match upload::read(request, &limits).await {
                Ok(files) => files,
                Err(e) => return upload_problem(&server, &e),
            };
            if files.is_empty() {
                return problem(
                    &server,
                    StatusCode::BAD_REQUEST,
                    "Choose at least one workbook",
                    "Add the .xlsx, .xlsm, .xlsb, .xls or .ods files of your plan, then press the button again.".into(),
                );
            }
            let worker = server.clone();
            let done = tokio::task::spawn_blocking(move || {
                let _permit = permit;
                produce(&worker, files, output)
            })
            .await;
            done.unwrap_or_else(|_| {
                problem(
                    &server,
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "Something went wrong reading these files",
                    "This is a fault in ragplan, not in your files: please report it, with the files if you can.".into(),
                )
            })
        }
    };
    match tokio::time::timeout(limits.timeout, work).await {
        Ok(response) => response,
        Err(_) => problem(
            &server,
            StatusCode::SERVICE_UNAVAILABLE,
            "That took too long",
            format!(
                "The answer took longer than {} seconds, the most this server allows, and was stopped. Try fewer or smaller files at once.",
                limits.timeout.as_secs()
            ),
        ),
    }
}

/// Reads, checks and answers (on a blocking thread).
fn produce(server: &Server, files: Vec<InputFile>, output: Output) -> Response {
    let options = &server.options;
    // The page and the report show the rows around each finding; the master
    // needs only the plan.
    let keep = match output {
        Output::Page | Output::Report => KeepCells::All,
        Output::Master => KeepCells::FormulaErrors,
    };
    let loaded = import::load_files(files, &options.scheme, &options.synonyms, keep);
    let mut findings = check::check(&loaded, options);
    match output {
        Output::Page => {
            // As `check` does, the findings an officer marked are left out.
            let hidden = check::triage::hide_marked(&mut findings);
            page(
                StatusCode::OK,
                pages::page(
                    &server.limits,
                    Results::Report {
                        loaded: &loaded,
                        findings: &findings,
                        hidden,
                    },
                ),
            )
        }
        Output::Report => {
            check::triage::hide_marked(&mut findings);
            let mut bytes = Vec::new();
            // Writing to memory cannot fail.
            let _ = report::html::write(&loaded, &findings, &options.scheme, &mut bytes);
            let mut response = download("text/html; charset=utf-8", "ragplan-report.html", bytes);
            response.headers_mut().insert(
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static(REPORT_POLICY),
            );
            response
        }
        Output::Master => {
            let unreadable: Vec<String> = loaded
                .inputs
                .iter()
                .filter_map(|i| {
                    let e = i.workbook.as_ref().err()?;
                    Some(format!(
                        "<strong>{}</strong>: {}",
                        report::html::text(&i.name),
                        report::html::text(&e.to_string())
                    ))
                })
                .collect();
            if !unreadable.is_empty() {
                return problem(
                    server,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "The master workbook was not made",
                    format!(
                        "A master is made only from files that can all be read, and {} could not be: {}. Remove it, or save it again from Excel, and try again.",
                        if unreadable.len() == 1 { "one" } else { "some" },
                        unreadable.join("; ")
                    ),
                );
            }
            match export::build_bytes(&loaded, &findings, &BuildOptions::new(options, None)) {
                Ok((bytes, _)) => download(XLSX, "master.xlsx", bytes),
                Err(e) => problem(
                    server,
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "The master workbook could not be made",
                    report::html::text(&e.to_string()),
                ),
            }
        }
    }
}

fn page(status: StatusCode, html: String) -> Response {
    (
        status,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        )],
        html,
    )
        .into_response()
}

/// The page with a problem in its error summary; `detail_html` is HTML (the
/// caller escapes what came from a client).
fn problem(server: &Server, status: StatusCode, title: &str, detail_html: String) -> Response {
    page(
        status,
        pages::page(&server.limits, Results::Problem { title, detail_html }),
    )
}

fn upload_problem(server: &Server, e: &UploadError) -> Response {
    let text = report::html::text;
    let (title, what) = match e {
        UploadError::TooManyFiles(n) => (
            "Too many files",
            format!("More than {n} files were sent at once. Check them in smaller groups."),
        ),
        UploadError::FileTooLarge { name, limit } => (
            "A file is too large",
            format!(
                "{} is larger than {limit}, the largest this server takes. A plan's workbook is usually a few megabytes: save it without pictures, or ask whoever runs this server to raise the limit.",
                text(name)
            ),
        ),
        UploadError::RequestTooLarge(limit) => (
            "The files are too large",
            format!(
                "The files together are larger than {limit}, the most this server takes at once. Check them in smaller groups."
            ),
        ),
        UploadError::Malformed(why) => (
            "The upload could not be read",
            format!(
                "The upload could not be read ({}). Choose the files again and press the button.",
                text(why)
            ),
        ),
    };
    problem(server, e.status(), title, what)
}

fn download(content_type: &'static str, file_name: &'static str, bytes: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\""))
                    .unwrap_or(HeaderValue::from_static("attachment")),
            ),
        ],
        Body::from(bytes),
    )
        .into_response()
}

/// The headers every answer carries.
async fn secure(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers
        .entry(header::CONTENT_SECURITY_POLICY)
        .or_insert(HeaderValue::from_static(PAGE_POLICY));
    for (name, value) in [
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::CACHE_CONTROL, "no-store"),
        (
            header::HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ),
        (
            header::HeaderName::from_static("cross-origin-resource-policy"),
            "same-origin",
        ),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}

/// The routes a log line may name; any other path is logged as `other`, so
/// nothing a client typed reaches the log.
const ROUTES: [&str; 8] = [
    "/",
    "/check",
    "/report",
    "/master",
    "/assets/report.css",
    "/assets/page.css",
    "/assets/page.js",
    "/assets/favicon.svg",
];

async fn log(State(server): Shared, request: Request, next: Next) -> Response {
    if !server.log {
        return next.run(request).await;
    }
    let method = request.method().clone();
    let route = ROUTES
        .iter()
        .find(|r| **r == request.uri().path())
        .copied()
        .unwrap_or("other");
    let started = Instant::now();
    let response = next.run(request).await;
    eprintln!(
        "{method} {route} {} {} ms",
        response.status().as_u16(),
        started.elapsed().as_millis()
    );
    response
}
