//! A static file server for a built folder, on 127.0.0.1, one thread per connection. It also
//! serves `/__frame?w=W&h=H`: the companion in an iframe of exactly W × H CSS pixels, for
//! viewports narrower than a browser lets its window become.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};

/// Serves `root` on a free port of 127.0.0.1 until the process ends; returns the base URL.
pub fn serve(root: PathBuf) -> Result<String, String> {
    let listener = TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
    let address = listener.local_addr().map_err(|e| e.to_string())?;
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let root = root.clone();
            std::thread::spawn(move || respond(&root, stream));
        }
    });
    Ok(format!("http://{address}/"))
}

fn respond(root: &Path, mut stream: TcpStream) {
    let mut line = String::new();
    let mut reader = BufReader::new(&stream);
    if reader.read_line(&mut line).is_err() {
        return;
    }
    // Skip the headers; only GET is served.
    let mut header = String::new();
    while reader.read_line(&mut header).is_ok_and(|n| n > 2) {
        header.clear();
    }
    let target = line.split_whitespace().nth(1).unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");
    if path == "/__frame" {
        let query = target.split_once('?').map_or("", |(_, q)| q);
        let param = |name: &str| {
            query.split('&').find_map(|kv| kv.strip_prefix(name)?.strip_prefix('=')?.parse::<u32>().ok()).unwrap_or(320)
        };
        let page = format!(
            "<!doctype html><html><head><title>frame</title><style>html,body{{margin:0;overflow:hidden}}\
             iframe{{display:block;border:0;width:{}px;height:{}px}}</style></head>\
             <body><iframe src=\"/\" title=\"companion\"></iframe></body></html>",
            param("w"),
            param("h")
        );
        let head = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            page.len()
        );
        _ = stream.write_all(head.as_bytes()).and_then(|()| stream.write_all(page.as_bytes()));
        return;
    }
    let relative: PathBuf =
        Path::new(path.trim_start_matches('/')).components().filter(|c| matches!(c, Component::Normal(_))).collect();
    let file = if relative.as_os_str().is_empty() { root.join("index.html") } else { root.join(relative) };
    let (status, body) = match std::fs::read(&file) {
        Ok(body) => ("200 OK", body),
        Err(_) => ("404 Not Found", b"not found".to_vec()),
    };
    let kind = match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("css") => "text/css",
        Some("wasm") => "application/wasm",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    _ = stream.write_all(head.as_bytes()).and_then(|()| stream.write_all(&body));
}
