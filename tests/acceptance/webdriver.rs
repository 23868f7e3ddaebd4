//! A minimal W3C WebDriver client over plain HTTP/1.1 on loopback: the few commands the
//! acceptance checks need, with no async runtime and no TLS.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use serde_json::{Value, json};

/// Special keys, as WebDriver encodes them.
pub mod keys {
    pub const TAB: &str = "\u{E004}";
    pub const ENTER: &str = "\u{E007}";
    pub const SHIFT: &str = "\u{E008}";
    pub const ESCAPE: &str = "\u{E00C}";
    pub const SPACE: &str = " ";
}

/// One WebDriver session.
pub struct WebDriver {
    address: String,
    session: String,
}

/// Sends one request and returns the response's `value`, or the driver's error as text.
pub fn request(address: &str, method: &str, path: &str, body: Option<&Value>) -> Result<Value, String> {
    let mut stream = TcpStream::connect(address).map_err(|e| format!("connect {address}: {e}"))?;
    stream.set_read_timeout(Some(Duration::from_secs(120))).map_err(|e| e.to_string())?;
    let body = body.map(Value::to_string).unwrap_or_default();
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/json; charset=utf-8\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).and_then(|()| stream.write_all(body.as_bytes())).map_err(|e| e.to_string())?;
    let content = read_response(&mut stream).map_err(|e| format!("{method} {path}: {e}"))?;
    let value: Value = serde_json::from_slice(&content)
        .map_err(|e| format!("{method} {path}: {e}: {}", String::from_utf8_lossy(&content)))?;
    let value = value.get("value").cloned().unwrap_or(Value::Null);
    match value.get("error") {
        Some(error) => Err(format!("{method} {path}: {error}: {}", value["message"].as_str().unwrap_or(""))),
        None => Ok(value),
    }
}

/// Reads one response's body: by its Content-Length, chunked, or to the end of the stream (some
/// drivers keep the connection open whatever the request asks).
fn read_response(stream: &mut TcpStream) -> Result<Vec<u8>, String> {
    let mut data = Vec::new();
    let mut buffer = [0u8; 16 * 1024];
    let mut read = |data: &mut Vec<u8>| -> Result<bool, String> {
        let n = stream.read(&mut buffer).map_err(|e| e.to_string())?;
        data.extend_from_slice(&buffer[..n]);
        Ok(n > 0)
    };
    let split = loop {
        if let Some(split) = data.windows(4).position(|w| w == b"\r\n\r\n") {
            break split;
        }
        if !read(&mut data)? {
            return Err("the connection closed before the headers ended".into());
        }
    };
    let headers = String::from_utf8_lossy(&data[..split]).to_ascii_lowercase();
    let length =
        headers.lines().find_map(|l| l.strip_prefix("content-length:")).and_then(|v| v.trim().parse::<usize>().ok());
    let chunked = headers.contains("transfer-encoding: chunked");
    loop {
        let body = &data[split + 4..];
        let complete = match length {
            Some(length) => body.len() >= length,
            None if chunked => body.ends_with(b"0\r\n\r\n"),
            None => false,
        };
        if complete || !read(&mut data)? {
            break;
        }
    }
    let body = data[split + 4..].to_vec();
    Ok(if chunked { dechunk(&body) } else { body })
}

fn dechunk(mut body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(line_end) = body.windows(2).position(|w| w == b"\r\n") {
        let size = usize::from_str_radix(String::from_utf8_lossy(&body[..line_end]).trim(), 16).unwrap_or(0);
        if size == 0 {
            break;
        }
        let start = line_end + 2;
        out.extend_from_slice(&body[start..(start + size).min(body.len())]);
        body = &body[(start + size + 2).min(body.len())..];
    }
    out
}

impl WebDriver {
    /// Opens a session on the driver at `address` with these capabilities.
    pub fn start(address: &str, capabilities: Value) -> Result<Self, String> {
        let body = json!({ "capabilities": { "alwaysMatch": capabilities } });
        let value = request(address, "POST", "/session", Some(&body))?;
        let session = value["sessionId"].as_str().ok_or("no session id")?.to_owned();
        Ok(Self { address: address.to_owned(), session })
    }

    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Result<Value, String> {
        request(&self.address, method, &format!("/session/{}{path}", self.session), body.as_ref())
    }

    /// Loads a page and waits for it.
    pub fn goto(&self, url: &str) -> Result<(), String> {
        self.call("POST", "/url", Some(json!({ "url": url }))).map(drop)
    }

    /// Runs a script (a function body; `arguments` holds `args`) and returns its value.
    pub fn script(&self, body: &str, args: Vec<Value>) -> Result<Value, String> {
        self.call("POST", "/execute/sync", Some(json!({ "script": body, "args": args })))
    }

    /// Runs a script that finishes by calling its last argument.
    pub fn script_async(&self, body: &str, args: Vec<Value>) -> Result<Value, String> {
        self.call("POST", "/execute/async", Some(json!({ "script": body, "args": args })))
    }

    /// Clicks the first element matching a CSS selector as the driver does (scrolled into view,
    /// in whatever frame the session is in).
    pub fn click(&self, selector: &str) -> Result<(), String> {
        let found = self.call("POST", "/element", Some(json!({ "using": "css selector", "value": selector })))?;
        let element = found.as_object().and_then(|o| o.values().next()).and_then(Value::as_str).ok_or("no element")?;
        self.call("POST", &format!("/element/{element}/click"), Some(json!({}))).map(drop)
    }

    /// Types `text` into the first element matching a CSS selector, as a person would (the
    /// driver focuses it first); with `clear`, what it held is cleared before.
    pub fn type_into(&self, selector: &str, text: &str, clear: bool) -> Result<(), String> {
        let found = self.call("POST", "/element", Some(json!({ "using": "css selector", "value": selector })))?;
        let element = found.as_object().and_then(|o| o.values().next()).and_then(Value::as_str).ok_or("no element")?;
        if clear {
            self.call("POST", &format!("/element/{element}/clear"), Some(json!({})))?;
        }
        if text.is_empty() {
            return Ok(());
        }
        self.call("POST", &format!("/element/{element}/value"), Some(json!({ "text": text }))).map(drop)
    }

    /// Performs input actions, then releases every key and button.
    pub fn actions(&self, sources: Value) -> Result<(), String> {
        let done = self.call("POST", "/actions", Some(json!({ "actions": sources })));
        self.call("DELETE", "/actions", None)?;
        done.map(drop)
    }

    /// Presses and releases keys in order, holding `modifier` (if any) throughout.
    pub fn press(&self, keys: &[&str], modifier: Option<&str>) -> Result<(), String> {
        let mut actions = Vec::new();
        if let Some(m) = modifier {
            actions.push(json!({ "type": "keyDown", "value": m }));
        }
        for key in keys {
            actions.push(json!({ "type": "keyDown", "value": key }));
            actions.push(json!({ "type": "keyUp", "value": key }));
        }
        if let Some(m) = modifier {
            actions.push(json!({ "type": "keyUp", "value": m }));
        }
        self.actions(json!([{ "type": "key", "id": "keyboard", "actions": actions }]))
    }

    /// Moves the mouse to a point of the viewport.
    pub fn mouse_to(&self, x: f64, y: f64) -> Result<(), String> {
        self.pointer(
            "mouse",
            vec![
                json!({ "type": "pointerMove", "duration": 50, "origin": "viewport", "x": x.round(), "y": y.round() }),
            ],
        )
    }

    /// Clicks (mouse) or taps (touch) at a point of the viewport.
    pub fn press_at(&self, pointer: &str, x: f64, y: f64) -> Result<(), String> {
        self.pointer(
            pointer,
            vec![
                json!({ "type": "pointerMove", "duration": 0, "origin": "viewport", "x": x.round(), "y": y.round() }),
                json!({ "type": "pointerDown", "button": 0 }),
                json!({ "type": "pointerUp", "button": 0 }),
            ],
        )
    }

    fn pointer(&self, kind: &str, actions: Vec<Value>) -> Result<(), String> {
        self.actions(
            json!([{ "type": "pointer", "id": kind, "parameters": { "pointerType": kind }, "actions": actions }]),
        )
    }

    /// Resizes the window so that the viewport is `width` × `height` CSS pixels (as near as the
    /// browser allows); returns the viewport it got.
    pub fn viewport(&self, width: u32, height: u32) -> Result<(u32, u32), String> {
        let inner = || -> Result<(u32, u32), String> {
            let v = self.script("return [window.innerWidth, window.innerHeight]", vec![])?;
            Ok((v[0].as_u64().unwrap_or(0) as u32, v[1].as_u64().unwrap_or(0) as u32))
        };
        // Without a window manager an X server may apply a resize a little later: wait until the
        // viewport is the size asked for, or has changed and stopped changing (for up to a second).
        let resize = |rect: Value| -> Result<(u32, u32), String> {
            let before = inner()?;
            self.call("POST", "/window/rect", Some(rect))?;
            let mut last = inner()?;
            for _ in 0..20 {
                if last == (width, height) {
                    break;
                }
                std::thread::sleep(std::time::Duration::from_millis(50));
                let now = inner()?;
                if now == last && now != before {
                    break;
                }
                last = now;
            }
            Ok(last)
        };
        let (w, h) = resize(json!({ "width": width, "height": height }))?;
        if (w, h) == (width, height) {
            return Ok((w, h));
        }
        resize(json!({ "width": 2 * width - w.min(2 * width), "height": 2 * height - h.min(2 * height) }))
    }

    /// Moves the session into the page's first iframe, or back to the top (`None`).
    pub fn frame(&self, index: Option<u32>) -> Result<(), String> {
        self.call("POST", "/frame", Some(json!({ "id": index }))).map(drop)
    }

    /// The page printed to PDF (A4), as the browser's print command makes it.
    pub fn print(&self) -> Result<Vec<u8>, String> {
        let encoded = self.call("POST", "/print", Some(json!({ "page": { "width": 21.0, "height": 29.7 } })))?;
        decode_base64(encoded.as_str().ok_or("the print command returned no PDF")?)
    }

    /// Handles of the open windows and tabs.
    pub fn windows(&self) -> Result<Vec<String>, String> {
        let handles = self.call("GET", "/window/handles", None)?;
        Ok(handles
            .as_array()
            .map(|a| a.iter().filter_map(|h| h.as_str().map(str::to_owned)).collect())
            .unwrap_or_default())
    }

    /// Closes every window but `keep`, and switches to it.
    pub fn close_others(&self, keep: &str) -> Result<(), String> {
        for handle in self.windows()? {
            if handle != keep {
                self.call("POST", "/window", Some(json!({ "handle": handle })))?;
                self.call("DELETE", "/window", None)?;
            }
        }
        self.call("POST", "/window", Some(json!({ "handle": keep }))).map(drop)
    }

    /// The current window's handle.
    pub fn window(&self) -> Result<String, String> {
        Ok(self.call("GET", "/window", None)?.as_str().unwrap_or_default().to_owned())
    }

    /// Ends the session.
    pub fn quit(&self) {
        _ = self.call("DELETE", "", None);
    }
}

fn decode_base64(text: &str) -> Result<Vec<u8>, String> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => Ok(c - b'A'),
        b'a'..=b'z' => Ok(c - b'a' + 26),
        b'0'..=b'9' => Ok(c - b'0' + 52),
        b'+' => Ok(62),
        b'/' => Ok(63),
        _ => Err(format!("not base64: {:?}", c as char)),
    };
    let clean: Vec<u8> = text.bytes().filter(|c| !c.is_ascii_whitespace() && *c != b'=').collect();
    let mut out = Vec::with_capacity(clean.len() * 3 / 4);
    for chunk in clean.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= u32::from(value(c)?) << (18 - 6 * i);
        }
        let bytes = n.to_be_bytes();
        out.extend_from_slice(&bytes[1..chunk.len()]);
    }
    Ok(out)
}
