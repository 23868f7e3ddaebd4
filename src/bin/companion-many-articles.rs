//! `companion-many-articles IN OUT_DIR [COUNT]`: COUNT (default 1000) datasets made from IN, for
//! the benchmark's site of many articles: `article-0001.json` … in OUT_DIR, each with its own
//! headline, date and standfirst, so every page differs as a newsroom's do. Each is checked like
//! any dataset.

use std::process::ExitCode;

use reading_companion::model::Dataset;
use serde_json::{Value, json};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(input), Some(folder)) = (args.first(), args.get(1)) else {
        eprintln!("usage: companion-many-articles IN OUT_DIR [COUNT]");
        return ExitCode::from(2);
    };
    let count = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(1000);
    match run(input, folder, count) {
        Ok(()) => {
            println!("{folder}: {count} datasets made from {input}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("companion-many-articles: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run(input: &str, folder: &str, count: usize) -> Result<(), String> {
    let text = std::fs::read_to_string(input).map_err(|e| format!("{input}: {e}"))?;
    let original: Value = serde_json::from_str(&text).map_err(|e| format!("{input}: {e}"))?;
    std::fs::create_dir_all(folder).map_err(|e| format!("{folder}: {e}"))?;
    for n in 1..=count {
        let mut dataset = original.clone();
        let blocks = dataset["article"]["blocks"].as_array_mut().ok_or("no blocks")?;
        for block in blocks.iter_mut() {
            let text = block["text"].as_str().unwrap_or_default().to_owned();
            match block["kind"].as_str() {
                Some("headline") => block["text"] = json!(format!("{text}, part {n}")),
                Some("standfirst") => block["text"] = json!(format!("{text} Part {n} of {count}.")),
                _ => {}
            }
        }
        // A month of its own, over the years before the original's.
        dataset["article"]["published"] = json!(format!("{}-{:02}", 2022 - (n / 12) as i64, 12 - n % 12));
        let json = dataset.to_string();
        Dataset::from_json(&json).map_err(|e| format!("dataset {n} is invalid: {e}"))?;
        let path = format!("{folder}/article-{n:04}.json");
        std::fs::write(&path, json).map_err(|e| format!("{path}: {e}"))?;
    }
    Ok(())
}
