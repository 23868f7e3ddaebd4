//! A static file server for a built folder, on 127.0.0.1, one thread per connection. The built
//! page is served under the strict Content-Security-Policy a host should send, with a report
//! address whose reports the checks read. Also:
//! - `/__frame?w=W&h=H`: the companion in an iframe of exactly W × H CSS pixels, for viewports
//!   narrower than a browser lets its window become (`&nowasm=1`: the page without its wasm);
//! - `/__nocsp/…`: the built folder without the policy, to show the app itself injects nothing;
//! - `/__nowasm/…`: the built folder, under the policy, with no WebAssembly to be had: the page
//!   as it reads before the app starts (and where it never does);
//! - `/__slowwasm/…`: the same, but the WebAssembly arrives [`SLOW_WASM`] late, so a reader can
//!   use the page before the app takes it over;
//! - `/__probe`: a page that breaks the policy, to show the policy is really applied;
//! - `/__bad/NAME.json`: the bad-input corpus;
//! - `/examples/…` and `/data/…`: the repository's host page and datasets; `/__slowdata/NAME`,
//!   `data/examples/NAME` held back [`SLOW_DATA`], as a dataset on a slow network;
//! - `/__shared/NAME`: a file a check puts there (`PUT`), served back as JSON, as a site would
//!   serve a dataset made with the editor; and a page a check puts into the site (`PUT
//!   /__site/NAME/index.html`), served with the site's files, as a page made with the editor;
//! - `/__site/…`: the site `COMPANION_SITE` names (built by `./run site` with the public address
//!   [`PUBLIC`], which its pages and oEmbed answers are served with this server's address for, as
//!   a staging server would), under the policy, and `/__site-nowasm/…` the same with no
//!   WebAssembly to be had; `/__site-host`, a host page that embeds two of its articles, an
//!   iframe it writes and a script embed naming the page; `/__blank`, an empty page for a check to
//!   write a host page into.
//!
//! Every request's target is logged, in order, for the checks that ask what a page loaded.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};

use super::bad_input::cases;

/// The policy the built page must run under, for a site at `origin`, plus where to send reports.
/// The site's own origin is named beside `'self'` because WebKit does not count it as `'self'`
/// in an iframe sandboxed without `allow-same-origin` (whose origin is opaque); Chromium and
/// Firefox do. Nothing else is allowed.
fn policy(origin: &str) -> String {
    format!(
        "default-src 'none'; script-src 'self' {origin} 'wasm-unsafe-eval'; style-src 'self' {origin}; \
         img-src 'self' {origin} data:; connect-src 'self' {origin}; base-uri 'none'; report-uri /__csp-report"
    )
}

/// The public address the test site is built with (`./run test`).
pub const PUBLIC: &str = "https://companion.test/";

/// How late `/__slowwasm/` sends the WebAssembly.
pub const SLOW_WASM: std::time::Duration = std::time::Duration::from_secs(4);

/// How long `/__slowdata/` holds a dataset back.
pub const SLOW_DATA: std::time::Duration = std::time::Duration::from_secs(3);

/// A running server.
pub struct Served {
    /// Its base URL, ending in `/`.
    pub url: String,
    /// Every Content-Security-Policy report received, as sent.
    pub reports: Arc<Mutex<Vec<String>>>,
    /// The target of every request received (`/__site/primer/`), in order.
    pub requests: Arc<Mutex<Vec<String>>>,
}

struct Site {
    /// This server's address, `http://127.0.0.1:PORT`.
    origin: String,
    policy: String,
    dist: PathBuf,
    site: Option<PathBuf>,
    repo: PathBuf,
    corpus: HashMap<String, Vec<u8>>,
    shared: Mutex<HashMap<String, Vec<u8>>>,
    reports: Arc<Mutex<Vec<String>>>,
    requests: Arc<Mutex<Vec<String>>>,
}

/// Serves `dist` (and `site`, at `/__site/`) on a free port of 127.0.0.1 until the process ends.
pub fn serve(dist: PathBuf, site: Option<PathBuf>) -> Result<Served, String> {
    let listener = TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
    let address = listener.local_addr().map_err(|e| e.to_string())?;
    let reports = Arc::new(Mutex::new(Vec::new()));
    let requests = Arc::new(Mutex::new(Vec::new()));
    let site = Arc::new(Site {
        origin: format!("http://{address}"),
        policy: policy(&format!("http://{address}")),
        dist,
        site,
        repo: PathBuf::from(env!("CARGO_MANIFEST_DIR")),
        corpus: cases().into_iter().map(|c| (format!("/__bad/{}.json", c.name), c.bytes)).collect(),
        shared: Mutex::new(HashMap::new()),
        reports: Arc::clone(&reports),
        requests: Arc::clone(&requests),
    });
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let site = Arc::clone(&site);
            std::thread::spawn(move || respond(&site, stream));
        }
    });
    Ok(Served { url: format!("http://{address}/"), reports, requests })
}

/// What to send back.
struct Reply {
    status: &'static str,
    kind: &'static str,
    body: Vec<u8>,
    policy: bool,
}

fn respond(site: &Site, mut stream: TcpStream) {
    let mut reader = BufReader::new(&stream);
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() {
        return;
    }
    let mut length = 0;
    let mut header = String::new();
    while reader.read_line(&mut header).is_ok_and(|n| n > 2) {
        if let Some((name, value)) = header.split_once(':')
            && name.eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse().unwrap_or(0);
        }
        header.clear();
    }
    let mut body = vec![0; length];
    if reader.read_exact(&mut body).is_err() {
        return;
    }
    let target = line.split_whitespace().nth(1).unwrap_or("/");
    if let Ok(mut requests) = site.requests.lock() {
        requests.push(target.to_owned());
    }
    let reply = if line.starts_with("PUT ") && (target.starts_with("/__shared/") || target.starts_with("/__site/")) {
        if let Ok(mut shared) = site.shared.lock() {
            shared.insert(target.to_owned(), body);
        }
        Reply { status: "204 No Content", kind: "text/plain", body: Vec::new(), policy: false }
    } else {
        route(site, target, body)
    };
    let policy = if reply.policy { format!("Content-Security-Policy: {}\r\n", site.policy) } else { String::new() };
    let head = format!(
        "HTTP/1.1 {}\r\nContent-Type: {}\r\nContent-Length: {}\r\n{policy}\
         Access-Control-Allow-Origin: *\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        reply.status,
        reply.kind,
        reply.body.len()
    );
    _ = stream.write_all(head.as_bytes()).and_then(|()| stream.write_all(&reply.body));
}

fn route(site: &Site, target: &str, body: Vec<u8>) -> Reply {
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let html =
        |body: String, policy| Reply { status: "200 OK", kind: "text/html; charset=utf-8", body: body.into(), policy };
    match path {
        "/__csp-report" => {
            if let Ok(mut reports) = site.reports.lock() {
                reports.push(String::from_utf8_lossy(&body).into_owned());
            }
            Reply { status: "204 No Content", kind: "text/plain", body: Vec::new(), policy: false }
        }
        "/__frame" => {
            let query = target.split_once('?').map_or("", |(_, q)| q);
            let value = |name: &str| query.split('&').find_map(|kv| kv.strip_prefix(name)?.strip_prefix('='));
            let param = |name: &str| value(name).and_then(|v| v.parse::<u32>().ok()).unwrap_or(320);
            let src = if value("nowasm") == Some("1") { "/__nowasm/" } else { "/" };
            html(
                format!(
                    "<!doctype html><html><head><title>frame</title><style>html,body{{margin:0;overflow:hidden}}\
                     iframe{{display:block;border:0;width:{}px;height:{}px}}</style></head>\
                     <body><iframe src=\"{src}\" title=\"companion\"></iframe></body></html>",
                    param("w"),
                    param("h")
                ),
                false,
            )
        }
        "/__site-host" => html(
            "<!doctype html><html lang=\"en\"><head><title>A news site</title></head><body><h1>A news site</h1>\
             <iframe data-reading-companion-frame src=\"/__site/primer/?embed\" title=\"Annotated article\" \
             sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox\"></iframe>\
             <p>Between the two articles.</p>\
             <div data-reading-companion data-page=\"/__site/bound-to-russia/\" data-title=\"Bound to Russia\"></div>\
             <script src=\"/__site/embed.js\"></script></body></html>"
                .to_owned(),
            false,
        ),
        "/__blank" => {
            html("<!doctype html><html lang=\"en\"><head><title>blank</title></head><body></body></html>".into(), false)
        }
        "/__probe" => html(
            "<!doctype html><html lang=\"en\"><head><title>probe</title><style>p { color: red; }</style></head>\
             <body><p id=\"probe\" style=\"color: red\">untouched</p>\
             <script>document.getElementById('probe').textContent = 'inline script ran';</script></body></html>"
                .to_owned(),
            true,
        ),
        _ if path.starts_with("/__shared/") => match site.shared.lock().ok().and_then(|s| s.get(path).cloned()) {
            Some(body) => Reply { status: "200 OK", kind: "application/json", body, policy: false },
            None => Reply { status: "404 Not Found", kind: "text/plain", body: b"not found".to_vec(), policy: false },
        },
        _ if site.corpus.contains_key(path) => Reply {
            status: "200 OK",
            kind: "application/json",
            body: site.corpus.get(path).cloned().unwrap_or_default(),
            policy: false,
        },
        _ if path.starts_with("/__site/") || path.starts_with("/__site-nowasm/") => {
            let Some(root) = &site.site else {
                return Reply { status: "404 Not Found", kind: "text/plain", body: b"no site".to_vec(), policy: false };
            };
            // A page put into the site, served as the site's own.
            let rest = path.trim_start_matches("/__site/").trim_start_matches("/__site-nowasm/");
            let put = format!("/__site/{rest}{}", if rest.ends_with('/') { "index.html" } else { "" });
            let put = site.shared.lock().ok().and_then(|s| s.get(&put).cloned());
            let reply = match path.strip_prefix("/__site/") {
                _ if put.is_some() => Reply {
                    status: "200 OK",
                    kind: "text/html; charset=utf-8",
                    body: put.unwrap_or_default(),
                    policy: true,
                },
                Some(rest) => file(root, rest, true),
                None if path.ends_with(".wasm") => {
                    Reply { status: "404 Not Found", kind: "text/plain", body: b"not found".to_vec(), policy: true }
                }
                None => file(root, path.trim_start_matches("/__site-nowasm/"), true),
            };
            // Pages and answers name the public address; scripts and styles keep their bytes,
            // and so their integrity.
            if reply.kind.starts_with("text/html") || reply.kind == "application/json" {
                let served = format!("{}/__site/", site.origin);
                let body = String::from_utf8_lossy(&reply.body).replace(PUBLIC, &served).into_bytes();
                Reply { body, ..reply }
            } else {
                reply
            }
        }
        _ => {
            let (root, rest, policy) = if let Some(rest) = path.strip_prefix("/__nocsp/") {
                (&site.dist, rest, false)
            } else if let Some(rest) = path.strip_prefix("/__nowasm/") {
                if rest.ends_with(".wasm") {
                    return Reply {
                        status: "404 Not Found",
                        kind: "text/plain",
                        body: b"not found".to_vec(),
                        policy: true,
                    };
                }
                (&site.dist, rest, true)
            } else if let Some(rest) = path.strip_prefix("/__slowwasm/") {
                if rest.ends_with(".wasm") {
                    std::thread::sleep(SLOW_WASM);
                }
                (&site.dist, rest, true)
            } else if path.starts_with("/examples/") || path.starts_with("/data/") {
                (&site.repo, path, false)
            } else if let Some(name) = path.strip_prefix("/__slowdata/") {
                std::thread::sleep(SLOW_DATA);
                return file(&site.repo.join("data/examples"), name, false);
            } else {
                (&site.dist, path, true)
            };
            file(root, rest, policy)
        }
    }
}

fn file(root: &Path, path: &str, policy: bool) -> Reply {
    let relative: PathBuf =
        Path::new(path.trim_start_matches('/')).components().filter(|c| matches!(c, Component::Normal(_))).collect();
    // A folder's page is its index.html: the site's, and `open/`'s.
    let file = if path.is_empty() || path.ends_with('/') {
        root.join(relative).join("index.html")
    } else {
        root.join(relative)
    };
    let kind = match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("css") => "text/css",
        Some("wasm") => "application/wasm",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    };
    match std::fs::read(&file) {
        Ok(body) => Reply { status: "200 OK", kind, body, policy },
        Err(_) => Reply { status: "404 Not Found", kind: "text/plain", body: b"not found".to_vec(), policy },
    }
}
