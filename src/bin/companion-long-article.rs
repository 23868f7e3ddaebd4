//! `companion-long-article IN OUT [TIMES]`: a synthetic dataset TIMES (default 100) as long as
//! IN, for the benchmark. The headline and standfirst stay; every other block is repeated with
//! new ids; every anchor becomes `every`, so each keeps its prefix and suffix and marks the same
//! places in each copy. The result is checked like any dataset.

use std::process::ExitCode;

use reading_companion::model::Dataset;
use serde_json::{Value, json};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(input), Some(output)) = (args.first(), args.get(1)) else {
        eprintln!("usage: companion-long-article IN OUT [TIMES]");
        return ExitCode::from(2);
    };
    let times = args.get(2).and_then(|t| t.parse().ok()).unwrap_or(100);
    match run(input, output, times) {
        Ok(summary) => {
            println!("{output}: {summary}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("companion-long-article: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run(input: &str, output: &str, times: usize) -> Result<String, String> {
    let text = std::fs::read_to_string(input).map_err(|e| format!("{input}: {e}"))?;
    let mut dataset: Value = serde_json::from_str(&text).map_err(|e| format!("{input}: {e}"))?;
    let blocks = dataset["article"]["blocks"].as_array().cloned().ok_or("no blocks")?;
    let (head, body): (Vec<Value>, Vec<Value>) =
        blocks.into_iter().partition(|b| matches!(b["kind"].as_str(), Some("headline" | "standfirst")));
    let mut long = head;
    for copy in 1..=times {
        long.extend(body.iter().map(|block| {
            let mut block = block.clone();
            block["id"] = json!(format!("{}-{copy}", block["id"].as_str().unwrap_or("block")));
            block
        }));
    }
    dataset["article"]["blocks"] = Value::Array(long);
    for note in dataset["notes"].as_array_mut().into_iter().flatten() {
        for anchor in note["anchors"].as_array_mut().into_iter().flatten() {
            anchor["every"] = json!(true);
        }
    }
    let json = dataset.to_string();
    let checked = Dataset::from_json(&json).map_err(|e| format!("the long dataset is invalid: {e}"))?;
    std::fs::write(output, &json).map_err(|e| format!("{output}: {e}"))?;
    let words: usize = checked.article.blocks.iter().map(|b| b.text.split_whitespace().count()).sum();
    Ok(format!(
        "{times}× {input}: {words} words, {} blocks, {} notes, {} mentions, {} bytes",
        checked.article.blocks.len(),
        checked.notes.len(),
        checked.mentions.len(),
        json.len()
    ))
}
