//! The acceptance suite: the built release `dist/`, served on 127.0.0.1 and driven through
//! WebDriver in Chromium, Firefox and WebKit the way a person uses it.
//!
//! `cargo test --features ssr --test acceptance [-- FILTER]`: each check runs in each engine, as a test named
//! `ENGINE::CHECK` (`-- firefox::`, `-- editor`, `--exact webkit::…`, `--skip webkit` filter as
//! with any Rust test; the harness is `libtest-mimic`). The drivers must be installed (`./run
//! test` does it). Each engine gets one browser session (`fantoccini`) and a server of its own,
//! started at its first check; a fresh page per check; and a closing `ENGINE: N passed, N failed,
//! N skipped (T s)` line, T the time its checks took. The engines' checks are interleaved, so with `--test-threads=3` the three
//! engines run side by side, each its checks in order. `COMPANION_SITE` names a site built by
//! `./run site` from the built-in dataset and `data/examples/primer.json`, served at `/__site/`.

#[path = "../common/bad_input.rs"]
mod bad_input;
mod before_the_app;
mod checks;
mod direction;
mod draft;
mod editor;
mod editor_languages;
mod elsewhere;
mod embedding;
mod engines;
mod languages;
#[path = "../common/languages.rs"]
mod languages_of_a_page;
mod layout;
mod opening;
mod policy;
mod publish;
mod reading;
mod room;
mod server;
mod site;
mod webdriver;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::process::ExitCode;
use std::sync::{Arc, LazyLock, Mutex};
use std::time::{Duration, Instant};

use checks::{CHECKS, Outcome, Page};
use libtest_mimic::{Arguments, Completion, Failed, Trial};
use reading_companion::model::Dataset;
use webdriver::WebDriver;

/// The built-in dataset, which the checks compare the page with.
static DATASET: LazyLock<Result<Dataset, String>> =
    LazyLock::new(|| Dataset::from_json(reading_companion::data::EMBEDDED_JSON).map_err(|e| e.to_string()));

/// One engine's browser session and server, started at its first check.
struct Session {
    served: server::Served,
    wd: WebDriver,
    // Stopped, with its browser, after the session ends.
    _driver: engines::Driver,
}

/// Each engine's session (or why it has none), and how its checks went.
#[derive(Default)]
struct Engine {
    session: Option<Result<Session, String>>,
    tally: Tally,
}

#[derive(Default)]
struct Tally {
    passed: usize,
    failed: usize,
    skipped: usize,
    /// The time its checks took, session start included: the suite takes as long as its
    /// slowest engine.
    busy: Duration,
}

type Engines = Arc<BTreeMap<&'static str, Mutex<Engine>>>;

fn main() -> ExitCode {
    let arguments = Arguments::from_args();
    let engines: Engines = Arc::new(engines::ENGINES.into_iter().map(|e| (e, Mutex::default())).collect());
    // Interleaved (each check in each engine, then the next check), so that test threads take
    // the engines side by side, and each engine's checks still run in order.
    let trials = (CHECKS.into_iter())
        .flat_map(|(name, check)| engines::ENGINES.map(|engine| (engine, name, check)))
        .map(|(engine, name, check)| {
            let engines = engines.clone();
            Trial::ignorable_test(format!("{engine}::{name}"), move || run(&engines, engine, check))
        })
        .collect();
    let conclusion = libtest_mimic::run(&arguments, trials);
    for (name, engine) in engines.iter() {
        let mut engine = engine.lock().unwrap_or_else(|e| e.into_inner());
        let Some(session) = engine.session.take() else { continue };
        if let Ok(session) = session {
            session.wd.quit();
        }
        let Tally { passed, failed, skipped, busy } = engine.tally;
        println!("{name}: {passed} passed, {failed} failed, {skipped} skipped ({:.0} s)", busy.as_secs_f64());
    }
    conclusion.exit_code()
}

/// Runs `check` in `engine`, starting its session first if this is its first check. A driver
/// that stops answering (WebKitWebDriver has, about once in a whole run, each time in another
/// check) takes its session with it: the check runs once more in a new session (a new driver,
/// browser and server), and the engine's later checks run there; a check that stalls it again
/// fails.
fn run(engines: &Engines, engine: &'static str, check: checks::Check) -> Result<Completion, Failed> {
    let dataset = DATASET.as_ref().map_err(|e| format!("the embedded dataset is invalid: {e}"))?;
    let mut state = engines[engine].lock().unwrap_or_else(|e| e.into_inner());
    let began = Instant::now();
    let mut result = attempt(&mut state, engine, dataset, check);
    if state.stalled() {
        println!(
            "     {engine}: the driver stopped answering ({}); the check again in a new session",
            failure(&result)
        );
        state.session = None;
        result = attempt(&mut state, engine, dataset, check);
        if state.stalled() {
            state.session = None;
        }
    }
    let tally = &mut state.tally;
    tally.busy += began.elapsed();
    match result {
        Ok(Outcome::Passed) => {
            tally.passed += 1;
            Ok(Completion::Completed)
        }
        Ok(Outcome::Skipped(why)) => {
            tally.skipped += 1;
            Ok(Completion::ignored_with(why))
        }
        Err(error) => {
            tally.failed += 1;
            Err(error.into())
        }
    }
}

/// Runs `check` once in `engine`'s session, started if it has none.
fn attempt(
    state: &mut Engine,
    engine: &str,
    dataset: &'static Dataset,
    check: checks::Check,
) -> Result<Outcome, String> {
    let session = state.session.get_or_insert_with(|| start(engine)).as_ref().map_err(String::clone)?;
    let page = Page {
        wd: &session.wd,
        url: &session.served.url,
        dataset,
        notes: RefCell::new(Vec::new()),
        reports: &session.served.reports,
        requests: &session.served.requests,
    };
    let result = page.reset().and_then(|()| check(&page));
    for note in page.notes.borrow().iter() {
        println!("     {engine}: {note}");
    }
    result
}

/// What went wrong, if anything did.
fn failure(result: &Result<Outcome, String>) -> &str {
    result.as_ref().err().map_or("", String::as_str)
}

impl Engine {
    /// Whether its session's driver stopped answering.
    fn stalled(&self) -> bool {
        matches!(&self.session, Some(Ok(session)) if session.wd.is_stuck())
    }
}

/// `engine`'s driver, its browser session and a server for it.
fn start(engine: &str) -> Result<Session, String> {
    let dist = std::env::var("COMPANION_DIST").unwrap_or_else(|_| "dist".to_owned());
    let site = std::env::var_os("COMPANION_SITE").map(std::path::PathBuf::from);
    let served = server::serve(dist.into(), site).map_err(|e| format!("cannot serve dist/: {e}"))?;
    let (driver, capabilities) = engines::start(engine)?;
    let wd = WebDriver::start(&driver.address, capabilities).map_err(|e| format!("{engine}: {e}"))?;
    Ok(Session { served, wd, _driver: driver })
}
