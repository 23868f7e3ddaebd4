//! `data/schema.json` describes the format: every dataset in `data/` validates against it, and
//! on every fixture and bad-input case the schema and the companion agree on what is a dataset,
//! apart from what a schema cannot see.
#![cfg(not(target_arch = "wasm32"))]

// Only the corpus's files are used here, not what a reader is told about each.
#[allow(dead_code)]
#[path = "common/bad_input.rs"]
mod bad_input;

use std::path::{Path, PathBuf};

use bad_input::cases;
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
fn the_schema_file_is_the_one_the_format_s_types_generate() {
    let generated = reading_companion::model::schema::json_schema();
    let written: Value = serde_json::from_str(&read(Path::new("data/schema.json"))).expect("the schema is JSON");
    assert!(
        written == generated,
        "data/schema.json is not what the types generate; write it again with\n  ./run check schema > data/schema.json"
    );
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

/// What no JSON Schema can see, each with the fixtures or cases that show it: the schema accepts
/// them, the companion does not.
const UNSEEN: [(&str, &[&str]); 4] = [
    (
        "anchors that do not match once, or overlap",
        &[
            "ambiguous-anchor",
            "orphan-anchor",
            "overlap",
            "a-five-megabyte-anchor",
            "a-thousand-problems",
            "an-anchor-inside-a-letter",
        ],
    ),
    ("an id used twice", &["duplicate-id", "duplicate-ids"]),
    ("a key given twice (a JSON parser keeps one of them)", &["format-given-twice"]),
    ("a host that mixes scripts", &["a-look-alike-host"]),
];

/// Whether the schema accepts the file: JSON (after one byte-order mark, which JSON parsers may
/// skip) that validates.
fn schema_accepts(validator: &jsonschema::Validator, bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).ok().and_then(|json| schema_errors(validator, json)).is_some_and(|e| e.is_empty())
}

/// Whether the companion shows the file as it is, with nothing left out.
fn companion_accepts(bytes: &[u8]) -> bool {
    Dataset::check_bytes(bytes).and_then(|checked| checked.into_clean()).is_ok()
}

#[test]
fn the_schema_and_the_companion_agree_on_every_fixture_and_bad_input_case() {
    let validator = validator();
    let files = corpus();
    assert!(files.len() >= 60, "{}", files.len());
    let unseen = |name: &str| UNSEEN.iter().find(|(_, names)| names.contains(&name)).map(|(what, _)| *what);
    for (name, bytes) in files {
        let (schema, companion) = (schema_accepts(&validator, &bytes), companion_accepts(&bytes));
        match unseen(&name) {
            Some(what) => assert!(schema && !companion, "{name}: a schema cannot see {what}, yet it refuses the file"),
            None => {
                assert_eq!(schema, companion, "{name}: the schema accepts it: {schema}, the companion: {companion}")
            }
        }
    }
}

/// Every fixture and bad-input case, by name, with its bytes.
fn corpus() -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    for dir in ["valid", "shape", "broken", "hostile"] {
        for file in json_files(&Path::new("tests/fixtures").join(dir)) {
            let name = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            files.push((name, std::fs::read(&file).unwrap_or_default()));
        }
    }
    files.extend(cases().into_iter().map(|case| (case.name.to_owned(), case.bytes)));
    files
}

/// What an outside validator (a command given the schema and a folder) says of each file:
/// name and whether it accepts it.
fn verdicts(command: &mut std::process::Command) -> Vec<(String, bool)> {
    let output = command.output().unwrap_or_else(|e| panic!("{command:?}: {e}"));
    let out = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{command:?}: {}{out}", String::from_utf8_lossy(&output.stderr));
    out.lines()
        .filter_map(|line| line.split_once('\t'))
        .map(|(name, verdict)| (name.trim_end_matches(".json").to_owned(), verdict == "accepted"))
        .collect()
}

/// The Python that has `jsonschema`: `COMPANION_PYTHON` (what `./run test` found or installed),
/// else `python3`.
fn python() -> String {
    std::env::var("COMPANION_PYTHON").unwrap_or_else(|_| "python3".into())
}

#[test]
fn other_validators_read_the_schema_and_give_every_file_the_same_verdict() {
    let validator = validator();
    let dir = std::env::temp_dir().join(format!("companion-schema-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let corpus: Vec<(String, Vec<u8>)> = corpus()
        .into_iter()
        .chain(json_files(Path::new("data")).into_iter().map(|file| {
            let name = file.file_stem().map(|s| format!("data-{}", s.to_string_lossy())).unwrap_or_default();
            (name, std::fs::read(&file).unwrap_or_default())
        }))
        .enumerate()
        .map(|(i, (name, bytes))| (format!("{i:03}-{name}"), bytes))
        .collect();
    for (name, bytes) in &corpus {
        std::fs::write(dir.join(format!("{name}.json")), bytes).expect("written");
    }
    let ours: Vec<(String, bool)> =
        corpus.iter().map(|(name, bytes)| (name.clone(), schema_accepts(&validator, bytes))).collect();
    let mut ours = ours;
    ours.sort();
    assert!(ours.iter().any(|(_, accepted)| *accepted) && ours.iter().any(|(_, accepted)| !*accepted));
    let schema = Path::new("data/schema.json");
    let others = [
        ("Ajv", verdicts(std::process::Command::new("node").arg("tests/validators/ajv.mjs").arg(schema).arg(&dir))),
        (
            "Python's jsonschema",
            verdicts(
                std::process::Command::new(python()).arg("tests/validators/python_jsonschema.py").arg(schema).arg(&dir),
            ),
        ),
    ];
    std::fs::remove_dir_all(&dir).ok();
    for (who, mut theirs) in others {
        theirs.sort();
        let differ: Vec<String> = ours
            .iter()
            .zip(&theirs)
            .filter(|(a, b)| a != b)
            .map(|((name, accepted), _)| format!("{name}: accepted by this crate: {accepted}"))
            .collect();
        assert_eq!(theirs.len(), ours.len(), "{who} read {} of {} files", theirs.len(), ours.len());
        assert!(differ.is_empty(), "{who} disagrees on {differ:#?}");
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
