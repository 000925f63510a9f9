//! A load benchmark's client for `ragplan serve` (scripts/load.sh runs it):
//! CLIENTS clients on loopback, each over one kept-alive connection, post
//! workbooks to a route until REQUESTS requests have been answered in all;
//! prints requests per second, the median and 95th-percentile latency, and
//! how many answers were not 200.
//!
//! ```sh
//! cargo run --release --example load -- 127.0.0.1:8080 [--requests 1000] [--clients 8]
//!     [--route /check] [--file samples/priority-1.xlsx]...
//! ```
//!
//! Only a loopback address is taken: this is a benchmark of a server on this
//! machine, never of another.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use http_body_util::{BodyExt, Full};
use hyper::Request;
use hyper::body::Bytes;
use hyper_util::rt::TokioIo;

const BOUNDARY: &str = "ragplan-load-boundary";

struct Args {
    address: SocketAddr,
    requests: usize,
    clients: usize,
    route: String,
    files: Vec<String>,
}

fn args() -> Result<Args, String> {
    let mut args = std::env::args().skip(1);
    let address: SocketAddr = args
        .next()
        .ok_or("give the server's address, e.g. 127.0.0.1:8080")?
        .parse()
        .map_err(|e| format!("the address: {e}"))?;
    if !address.ip().is_loopback() {
        return Err(format!("{address} is not a loopback address"));
    }
    let mut parsed = Args {
        address,
        requests: 1000,
        clients: 8,
        route: "/check".into(),
        files: Vec::new(),
    };
    while let Some(flag) = args.next() {
        let value = args.next().ok_or(format!("{flag} needs a value"))?;
        let number = || value.parse::<usize>().map_err(|e| format!("{flag}: {e}"));
        match flag.as_str() {
            "--requests" => parsed.requests = number()?.clamp(1, 1_000_000),
            "--clients" => parsed.clients = number()?.clamp(1, 256),
            "--route" => parsed.route = value,
            "--file" => parsed.files.push(value),
            _ => return Err(format!("unknown flag {flag}")),
        }
    }
    if parsed.files.is_empty() {
        parsed.files.push("samples/priority-1.xlsx".into());
    }
    Ok(parsed)
}

/// The files as one `multipart/form-data` body, made once.
fn body(files: &[String]) -> std::io::Result<Bytes> {
    let mut body = Vec::new();
    for path in files {
        let name = std::path::Path::new(path)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(&std::fs::read(path)?);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    Ok(Bytes::from(body))
}

/// One client: requests until `next` reaches `total`; the latency of each.
async fn client(
    args: Arc<Args>,
    body: Bytes,
    next: Arc<AtomicUsize>,
) -> Result<(Vec<Duration>, usize), String> {
    let stream = tokio::net::TcpStream::connect(args.address)
        .await
        .map_err(|e| format!("cannot connect to {}: {e}", args.address))?;
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .map_err(|e| e.to_string())?;
    tokio::spawn(connection);
    let (mut latencies, mut failed) = (Vec::new(), 0);
    while next.fetch_add(1, Ordering::Relaxed) < args.requests {
        let request = Request::post(args.route.as_str())
            .header("host", args.address.to_string())
            .header(
                "content-type",
                format!("multipart/form-data; boundary={BOUNDARY}"),
            )
            .body(Full::new(body.clone()))
            .map_err(|e| e.to_string())?;
        let started = Instant::now();
        let answer = tokio::time::timeout(Duration::from_secs(60), async {
            let response = sender.send_request(request).await?;
            let status = response.status();
            response.into_body().collect().await?;
            Ok::<_, hyper::Error>(status)
        })
        .await
        .map_err(|_| "an answer took over a minute".to_string())?
        .map_err(|e| e.to_string())?;
        latencies.push(started.elapsed());
        if answer != hyper::StatusCode::OK {
            failed += 1;
        }
    }
    Ok((latencies, failed))
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let args = match args() {
        Ok(a) => Arc::new(a),
        Err(e) => {
            eprintln!("error: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    let body = match body(&args.files) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("error: cannot read the files: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    let next = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let clients: Vec<_> = (0..args.clients)
        .map(|_| tokio::spawn(client(args.clone(), body.clone(), next.clone())))
        .collect();
    let (mut latencies, mut failed) = (Vec::new(), 0);
    for c in clients {
        match c.await {
            Ok(Ok((l, f))) => {
                latencies.extend(l);
                failed += f;
            }
            Ok(Err(e)) => {
                eprintln!("error: {e}");
                return std::process::ExitCode::from(1);
            }
            Err(e) => {
                eprintln!("error: a client failed: {e}");
                return std::process::ExitCode::from(1);
            }
        }
    }
    let elapsed = started.elapsed();
    latencies.sort();
    let at = |q: f64| latencies[((latencies.len() - 1) as f64 * q).round() as usize];
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{} requests to {} ({} bytes each) from {} clients in {:.2} s: {:.0} requests/s; \
         latency median {:.1} ms, p95 {:.1} ms, max {:.1} ms; {failed} not 200",
        latencies.len(),
        args.route,
        body.len(),
        args.clients,
        elapsed.as_secs_f64(),
        latencies.len() as f64 / elapsed.as_secs_f64(),
        ms(at(0.5)),
        ms(at(0.95)),
        ms(at(1.0)),
    );
    if failed > 0 {
        std::process::ExitCode::from(1)
    } else {
        std::process::ExitCode::SUCCESS
    }
}
