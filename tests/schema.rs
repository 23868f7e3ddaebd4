//! `data/schema.json` describes the format: every dataset in `data/` validates against it, and
//! on the fixtures the schema and the parser agree on what is a dataset.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use reading_companion::model::Dataset;
use serde_json::Value;

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(&read(Path::new("data/schema.json"))).expect("the schema is JSON");
    jsonschema::draft202012::new(&schema).expect("the schema is a valid draft 2020-12 schema")
}

/// Every `.json` file below `dir`, sorted.
fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())).flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(json_files(&path));
        } else if path.extension().is_some_and(|e| e == "json") && !path.ends_with("schema.json") {
            files.push(path);
        }
    }
    files.sort();
    files
}

fn schema_errors(validator: &jsonschema::Validator, json: &str) -> Option<Vec<String>> {
    let value: Value = serde_json::from_str(json).ok()?;
    Some(validator.iter_errors(&value).map(|e| format!("{}: {e}", e.instance_path())).collect())
}

#[test]
fn every_dataset_in_data_validates_against_the_schema() {
    let validator = validator();
    let files = json_files(Path::new("data"));
    assert!(files.len() >= 2, "the main dataset and at least one example: {files:?}");
    for file in files {
        let errors = schema_errors(&validator, &read(&file)).expect("JSON");
        assert!(errors.is_empty(), "{}: {errors:#?}", file.display());
    }
}

#[test]
fn the_schema_and_the_parser_agree_on_the_fixtures() {
    let validator = validator();
    let mut files = json_files(Path::new("tests/fixtures/valid"));
    files.extend(json_files(Path::new("tests/fixtures/shape")));
    assert!(files.len() >= 8);
    for file in files {
        let json = read(&file);
        let schema_accepts = schema_errors(&validator, &json).is_some_and(|e| e.is_empty());
        let parser_accepts = Dataset::from_json(&json).is_ok();
        assert_eq!(
            schema_accepts,
            parser_accepts,
            "{}: schema {schema_accepts}, parser {parser_accepts}",
            file.display()
        );
    }
}

#[test]
fn the_schema_rejects_the_shape_errors_among_the_broken_fixtures() {
    let validator = validator();
    for name in ["missing-field", "wrong-type", "javascript-url", "wrong-format", "unknown-kind"] {
        let json = read(&Path::new("tests/fixtures/broken").join(format!("{name}.json")));
        let errors = schema_errors(&validator, &json).expect("JSON");
        assert!(!errors.is_empty(), "{name} must not validate");
    }
}
