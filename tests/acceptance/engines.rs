//! The three browser engines: how to start each one's WebDriver and what to ask it for.

use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// A running WebDriver server; stopped (with its browser) when dropped.
pub struct Driver {
    pub address: String,
    child: Child,
    _scratch: Scratch,
}

/// A temporary folder (browser profile, HOME), removed when dropped.
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        _ = std::fs::remove_dir_all(&self.0);
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        // The driver runs in its own process group (with Xvfb for WebKit): end the whole group.
        _ = Command::new("kill").args(["-TERM", "--", &format!("-{}", self.child.id())]).status();
        _ = self.child.wait();
    }
}

/// The engines, by the names the command line uses.
pub const ENGINES: [&str; 3] = ["chromium", "firefox", "webkit"];

/// Starts `engine`'s driver and returns it with the capabilities for a session.
pub fn start(engine: &str) -> Result<(Driver, Value), String> {
    let port = TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map_err(|e| e.to_string())?.port();
    let scratch = std::env::temp_dir().join(format!("companion-{engine}-{}-{port}", std::process::id()));
    std::fs::create_dir_all(&scratch).map_err(|e| e.to_string())?;
    let profile = scratch.display().to_string();
    let (mut command, capabilities) = match engine {
        "chromium" => {
            let mut command = Command::new("chromedriver");
            command.arg(format!("--port={port}"));
            let args = [
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-search-engine-choice-screen",
                "--window-size=1280,800",
            ];
            let mut args: Vec<String> = args.map(str::to_owned).to_vec();
            args.push(format!("--user-data-dir={profile}/profile"));
            let options = json!({ "binary": "/usr/bin/chromium", "args": args });
            (command, json!({ "browserName": "chrome", "goog:chromeOptions": options }))
        }
        "firefox" => {
            let mut command = Command::new("geckodriver");
            command.args(["--port", &port.to_string()]).env("HOME", &profile);
            let options = json!({
                "binary": "/usr/bin/firefox-esr",
                "args": ["-headless", "-width=1280", "-height=800"],
                "prefs": { "browser.shell.checkDefaultBrowser": false, "datareporting.policy.dataSubmissionEnabled": false },
            });
            (command, json!({ "browserName": "firefox", "moz:firefoxOptions": options }))
        }
        "webkit" => {
            let mut command = Command::new("xvfb-run");
            command.args(["-a", "-s", "-screen 0 1280x1024x24", "WebKitWebDriver", &format!("--port={port}")]);
            command.env("HOME", &profile);
            let options =
                json!({ "binary": "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser", "args": ["--automation"] });
            (command, json!({ "webkitgtk:browserOptions": options }))
        }
        other => return Err(format!("unknown engine {other:?}; known: {}", ENGINES.join(", "))),
    };
    std::os::unix::process::CommandExt::process_group(&mut command, 0);
    let child = command
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("{engine}: cannot start its driver: {e}"))?;
    let driver = Driver { address: format!("127.0.0.1:{port}"), child, _scratch: Scratch(scratch) };
    let deadline = Instant::now() + Duration::from_secs(30);
    // Ready once it listens.
    while TcpStream::connect(&driver.address).is_err() {
        if Instant::now() > deadline {
            return Err(format!("{engine}: its driver did not answer within 30 s"));
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    Ok((driver, capabilities))
}
