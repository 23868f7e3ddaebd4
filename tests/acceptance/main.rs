//! The acceptance suite: the built release `dist/`, served on 127.0.0.1 and driven through
//! WebDriver in Chromium, Firefox and WebKit the way a person uses it.
//!
//! `cargo test --test acceptance -- [chromium] [firefox] [webkit]` (all three by default; the
//! drivers must be installed: `./run test` does it). Each engine gets one browser session, a
//! fresh page per check, and a closing `ENGINE: N passed, N failed` line. `ACCEPTANCE_FILTER`
//! runs only the checks whose names contain it. `COMPANION_SITE` names a site built by
//! `./run site` from the built-in dataset and `data/examples/primer.json`, served at `/__site/`.

#[path = "../common/bad_input.rs"]
mod bad_input;
mod before_the_app;
mod checks;
mod direction;
mod editor;
mod embedding;
mod engines;
mod publish;
mod server;
mod site;
mod webdriver;

use std::cell::RefCell;
use std::process::ExitCode;
use std::time::Instant;

use checks::{CHECKS, Outcome, Page};
use reading_companion::model::Dataset;
use webdriver::WebDriver;

#[derive(Default)]
struct Tally {
    passed: usize,
    failed: usize,
    skipped: usize,
}

fn main() -> ExitCode {
    let mut engines: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    if engines.is_empty() {
        engines = engines::ENGINES.map(str::to_owned).to_vec();
    }
    let dataset = match Dataset::from_json(reading_companion::data::EMBEDDED_JSON) {
        Ok(dataset) => dataset,
        Err(error) => {
            println!("the embedded dataset is invalid: {error}");
            return ExitCode::FAILURE;
        }
    };
    let dist = std::env::var("COMPANION_DIST").unwrap_or_else(|_| "dist".to_owned());
    let site = std::env::var_os("COMPANION_SITE").map(std::path::PathBuf::from);
    let served = match server::serve(dist.into(), site) {
        Ok(served) => served,
        Err(error) => {
            println!("cannot serve dist/: {error}");
            return ExitCode::FAILURE;
        }
    };
    let mut total = Tally::default();
    for engine in &engines {
        let tally = run_engine(engine, &served, &dataset);
        println!("{engine}: {} passed, {} failed, {} skipped", tally.passed, tally.failed, tally.skipped);
        total.passed += tally.passed;
        total.failed += tally.failed;
        total.skipped += tally.skipped;
    }
    println!("{} passed, {} failed, {} skipped", total.passed, total.failed, total.skipped);
    if total.failed == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

fn run_engine(engine: &str, served: &server::Served, dataset: &Dataset) -> Tally {
    let mut tally = Tally::default();
    let started = Instant::now();
    let session = engines::start(engine)
        .and_then(|(driver, capabilities)| WebDriver::start(&driver.address, capabilities).map(|wd| (driver, wd)));
    let (_driver, wd) = match session {
        Ok(session) => session,
        Err(error) => {
            println!("FAIL {engine}: no browser session: {error}");
            tally.failed = CHECKS.len();
            return tally;
        }
    };
    let filter = std::env::var("ACCEPTANCE_FILTER").unwrap_or_default();
    for (name, check) in CHECKS.into_iter().filter(|(name, _)| name.contains(&filter)) {
        let page = Page {
            wd: &wd,
            url: &served.url,
            dataset,
            notes: RefCell::new(Vec::new()),
            reports: &served.reports,
            requests: &served.requests,
        };
        let began = Instant::now();
        let result = page.reset().and_then(|()| check(&page));
        let seconds = began.elapsed().as_secs_f64();
        match result {
            Ok(Outcome::Passed) => {
                tally.passed += 1;
                println!("ok   {engine} {name} ({seconds:.1} s)");
            }
            Ok(Outcome::Skipped(why)) => {
                tally.skipped += 1;
                println!("skip {engine} {name}: {why}");
            }
            Err(error) => {
                tally.failed += 1;
                println!("FAIL {engine} {name} ({seconds:.1} s): {error}");
            }
        }
        for note in page.notes.borrow().iter() {
            println!("     {note}");
        }
    }
    wd.quit();
    println!("{engine}: {:.0} s", started.elapsed().as_secs_f64());
    tally
}
