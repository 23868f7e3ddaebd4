//! The checks' browser session: `fantoccini`'s W3C WebDriver client, on a single-threaded Tokio
//! runtime of its own, behind the few blocking commands the checks use (a check waits for each
//! answer, as a person waits for the page).

use std::collections::VecDeque;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use fantoccini::actions::{InputSource, KeyAction, KeyActions, MouseActions, PointerAction, TouchActions};
use fantoccini::error::CmdError;
use fantoccini::wd::{PrintConfiguration, PrintSize, WindowHandle};
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::Value;
use tokio::runtime::Runtime;

/// Special keys, as WebDriver encodes them.
pub mod keys {
    pub const TAB: &str = "\u{E004}";
    pub const ENTER: &str = "\u{E007}";
    pub const SHIFT: &str = "\u{E008}";
    pub const ESCAPE: &str = "\u{E00C}";
    pub const SPACE: &str = " ";
}

/// The longest a command may take. A driver that stops answering (WebKitWebDriver has, rarely)
/// fails the check it was running instead of holding the suite up until CI gives up on it; the
/// suite then runs that check again in a new session (`main.rs`).
const COMMAND_LIMIT: Duration = Duration::from_secs(90);

/// How many of the last commands a stall's message names.
const RECALLED: usize = 3;

/// One WebDriver session.
pub struct WebDriver {
    client: Client,
    runtime: Runtime,
    /// Whether a command went unanswered: the session is not asked again.
    stuck: AtomicBool,
    /// The last few commands answered, newest last, to say what came before a stall.
    recent: Mutex<VecDeque<String>>,
}

impl WebDriver {
    /// Opens a session on the driver at `address` with these capabilities.
    pub fn start(address: &str, capabilities: Value) -> Result<Self, String> {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().map_err(|e| e.to_string())?;
        let capabilities = capabilities.as_object().cloned().unwrap_or_default();
        let client = runtime
            .block_on(
                ClientBuilder::new(HttpConnector::new())
                    .capabilities(capabilities)
                    .connect(&format!("http://{address}")),
            )
            .map_err(|e| format!("no session: {e}"))?;
        Ok(Self { client, runtime, stuck: AtomicBool::new(false), recent: Mutex::default() })
    }

    /// Runs one command to its answer; `what` names it if the driver does not answer, so that a
    /// stall says where in the check it happened.
    fn run<T>(&self, what: &str, command: impl Future<Output = Result<T, CmdError>>) -> Result<T, String> {
        if self.stuck.load(Ordering::Relaxed) {
            return Err("the driver stopped answering in an earlier check".into());
        }
        let answer = self.runtime.block_on(async { tokio::time::timeout(COMMAND_LIMIT, command).await });
        let mut recent = self.recent.lock().unwrap_or_else(|e| e.into_inner());
        match answer {
            Ok(answer) => {
                if recent.len() == RECALLED {
                    recent.pop_front();
                }
                recent.push_back(what.to_owned());
                answer.map_err(|error| said(&error))
            }
            Err(_) => {
                self.stuck.store(true, Ordering::Relaxed);
                let before = Vec::from(recent.clone()).join("; ");
                Err(format!("the driver did not answer {what} in {} s (before it: {before})", COMMAND_LIMIT.as_secs()))
            }
        }
    }

    /// Whether a command went unanswered, so that the session is of no more use.
    pub fn is_stuck(&self) -> bool {
        self.stuck.load(Ordering::Relaxed)
    }

    /// Loads a page and waits for it.
    pub fn goto(&self, url: &str) -> Result<(), String> {
        self.run(&format!("going to {url}"), self.client.goto(url))
    }

    /// Runs a script (a function body; `arguments` holds `args`) and returns its value.
    pub fn script(&self, body: &str, args: Vec<Value>) -> Result<Value, String> {
        self.run(&format!("the script “{}”", opening(body)), self.client.execute(body, args))
    }

    /// Runs a script that finishes by calling its last argument.
    pub fn script_async(&self, body: &str, args: Vec<Value>) -> Result<Value, String> {
        self.run(&format!("the script “{}”", opening(body)), self.client.execute_async(body, args))
    }

    /// Clicks the first element matching a CSS selector as the driver does (scrolled into view,
    /// in whatever frame the session is in).
    pub fn click(&self, selector: &str) -> Result<(), String> {
        self.run(&format!("a click on {selector}"), async {
            self.client.find(Locator::Css(selector)).await?.click().await
        })
    }

    /// Types `text` into the first element matching a CSS selector, as a person would (the
    /// driver focuses it first); with `clear`, what it held is cleared before.
    pub fn type_into(&self, selector: &str, text: &str, clear: bool) -> Result<(), String> {
        self.run(&format!("typing into {selector}"), async {
            let field = self.client.find(Locator::Css(selector)).await?;
            if clear {
                field.clear().await?;
            }
            if !text.is_empty() {
                field.send_keys(text).await?;
            }
            Ok(())
        })
    }

    /// Presses and releases keys in order, holding `modifier` (if any) throughout.
    pub fn press(&self, keys: &[&str], modifier: Option<&str>) -> Result<(), String> {
        let key = |text: &str| text.chars().next().unwrap_or(' ');
        let mut actions = KeyActions::new("keyboard".into());
        if let Some(m) = modifier {
            actions = actions.then(KeyAction::Down { value: key(m) });
        }
        for k in keys {
            actions = actions.then(KeyAction::Down { value: key(k) }).then(KeyAction::Up { value: key(k) });
        }
        if let Some(m) = modifier {
            actions = actions.then(KeyAction::Up { value: key(m) });
        }
        self.perform(actions)
    }

    /// Moves the mouse to a point of the viewport.
    pub fn mouse_to(&self, x: f64, y: f64) -> Result<(), String> {
        let to = PointerAction::MoveTo { duration: Some(Duration::from_millis(50)), x: x.round(), y: y.round() };
        self.perform(MouseActions::new("mouse".into()).then(to))
    }

    /// Clicks (`mouse`) or taps (`touch`) at a point of the viewport.
    pub fn press_at(&self, pointer: &str, x: f64, y: f64) -> Result<(), String> {
        let steps = [
            PointerAction::MoveTo { duration: Some(Duration::ZERO), x: x.round(), y: y.round() },
            PointerAction::Down { button: fantoccini::actions::MOUSE_BUTTON_LEFT },
            PointerAction::Up { button: fantoccini::actions::MOUSE_BUTTON_LEFT },
        ];
        match pointer {
            "touch" => self.perform(steps.into_iter().fold(TouchActions::new("touch".into()), InputSource::then)),
            _ => self.perform(steps.into_iter().fold(MouseActions::new("mouse".into()), InputSource::then)),
        }
    }

    /// Performs input actions, then releases every key and button.
    fn perform(&self, actions: impl InputSource) -> Result<(), String> {
        let done = self.run("input actions", self.client.perform_actions(actions));
        self.run("releasing keys and buttons", self.client.release_actions())?;
        done
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
        let resize = |w: u32, h: u32| -> Result<(u32, u32), String> {
            let before = inner()?;
            self.run("a window resize", self.client.set_window_size(w, h))?;
            let mut last = inner()?;
            for _ in 0..20 {
                if last == (width, height) {
                    break;
                }
                std::thread::sleep(Duration::from_millis(50));
                let now = inner()?;
                if now == last && now != before {
                    break;
                }
                last = now;
            }
            Ok(last)
        };
        let (w, h) = resize(width, height)?;
        if (w, h) == (width, height) {
            return Ok((w, h));
        }
        resize(2 * width - w.min(2 * width), 2 * height - h.min(2 * height))
    }

    /// Moves the session into the page's iframe number `index`, or back to the top (`None`).
    pub fn frame(&self, index: Option<u16>) -> Result<(), String> {
        match index {
            Some(index) => self.run("entering a frame", self.client.enter_frame(index)),
            None => {
                while self.script("return window.top !== window.self", vec![])? == Value::Bool(true) {
                    self.run("leaving a frame", self.client.enter_parent_frame())?;
                }
                Ok(())
            }
        }
    }

    /// The page printed to PDF (A4), as the browser's print command makes it; `None` where the
    /// driver has no print command (WebKitWebDriver).
    pub fn print(&self) -> Result<Option<Vec<u8>>, String> {
        let a4 = PrintConfiguration::builder().size(PrintSize::A4).build().map_err(|e| e.to_string())?;
        match self.runtime.block_on(self.client.print(a4)) {
            Ok(pdf) => Ok(Some(pdf)),
            Err(error) if error.is_unknown_command() || error.is_unsupported_operation() => Ok(None),
            Err(error) => Err(error.to_string()),
        }
    }

    /// Handles of the open windows and tabs.
    pub fn windows(&self) -> Result<Vec<String>, String> {
        Ok(self.run("the list of windows", self.client.windows())?.into_iter().map(String::from).collect())
    }

    /// Closes every window but `keep`, and switches to it.
    pub fn close_others(&self, keep: &str) -> Result<(), String> {
        let handle = |name: &str| WindowHandle::try_from(name.to_owned()).map_err(|e| e.to_string());
        for other in self.windows()?.into_iter().filter(|h| h != keep) {
            self.run("a switch of window", self.client.switch_to_window(handle(&other)?))?;
            self.run("closing a window", self.client.close_window())?;
        }
        self.run("a switch of window", self.client.switch_to_window(handle(keep)?))
    }

    /// The current window's handle.
    pub fn window(&self) -> Result<String, String> {
        self.run("the window's handle", self.client.window()).map(String::from)
    }

    /// Ends the session.
    pub fn quit(self) {
        if !self.stuck.load(Ordering::Relaxed) {
            _ = self.runtime.block_on(async { tokio::time::timeout(COMMAND_LIMIT, self.client.close()).await });
        }
    }
}

/// A command's error in words, with its WebDriver error code: WebKit's driver sends some errors
/// with no message at all.
fn said(error: &CmdError) -> String {
    match error {
        CmdError::Standard(error) => format!("{}: {}", error.error, error.message),
        other => other.to_string(),
    }
}

/// The start of a script, to name it in a message.
fn opening(body: &str) -> String {
    const SHOWN: usize = 60;
    let body = body.split_whitespace().collect::<Vec<_>>().join(" ");
    match body.char_indices().nth(SHOWN) {
        Some((at, _)) => format!("{}…", &body[..at]),
        None => body,
    }
}
