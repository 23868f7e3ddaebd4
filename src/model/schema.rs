//! The format's JSON Schema (`data/schema.json`), generated from the types that read and write
//! it ([`Draft`] and the `raw` types, with schemars): their fields, which are required, their
//! enums and their doc comments. What serde's types do not say is added here, each rule once: a
//! text must have something to see, ids and addresses have no hidden characters, dates are of the
//! calendar, the headline comes first, and what each kind of note requires and allows (from the
//! same table the reader uses). `companion-check schema` prints it; a test keeps the file in step.
//!
//! A schema cannot check anchors, ids used twice, a key given twice or hosts that mix scripts:
//! `companion-check` does.

use serde_json::{Map, Value, json};

use super::FORMAT;
use super::draft::Draft;
use super::raw::{KIND_FIELDS, REQUIRED_BY_KIND};

/// Characters a reader would not see (see [`super::characters`]), as a character class's body.
/// Written without `\p{…}` classes, which only some validators' regular expressions read
/// (Python's `re` does not), so that every widely used validator reads the schema.
const INVISIBLE: &str = r"\u0000-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8";

/// The format's patterns, with what each says.
fn text() -> Value {
    json!({ "pattern": format!(r"[^\s{INVISIBLE}]") })
}

fn id() -> Value {
    json!({ "pattern": format!(r"^[^\s{INVISIBLE}]+$"), "description": "No spaces, control or invisible characters: ids are used in links." })
}

fn https() -> Value {
    json!({
        "pattern": format!(r#"^[Hh][Tt][Tt][Pp][Ss]://[^/?#@\s"'<>\\`{INVISIBLE}]+([/?#][^\s"'<>\\`{INVISIBLE}]*)?$"#),
        "description": "An absolute https URL with no spaces, quotes, controls or invisible characters. Its host must not mix scripts (a Cyrillic letter among Latin ones), which a schema cannot check.",
    })
}

fn calendar_date() -> Value {
    json!({
        "pattern": r"^(?:[0-9]{4}(?:-(?:0[1-9]|1[0-2]))?|[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$",
        "description": "\"2022\", \"2022-03\" or \"2022-03-14\": a date of the calendar, as precise as known.",
    })
}

fn language_tag() -> Value {
    json!({
        "pattern": r"^(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?|[Xx](?:-[A-Za-z0-9]{1,8})+|en-GB-oed|i-(?:ami|bnn|default|enochian|hak|klingon|lux|mingo|navajo|pwn|tao|tay|tsu)|sgn-(?:BE-FR|BE-NL|CH-DE)|art-lojban|cel-gaulish|no-(?:bok|nyn)|zh-(?:guoyu|hakka|min|min-nan|xiang))$",
        "description": "A BCP 47 language tag of the article text, such as \"en\" or \"sr-Latn\".",
    })
}

/// A character class of every letter and digit (what `char::is_alphanumeric` accepts: Unicode's
/// Alphabetic and Numeric), spelt out in ranges, since `\p{Alphabetic}` is not read by every
/// validator. A range of the Basic Multilingual Plane is written `\uXXXX`, which Python and
/// ECMAScript patterns both read; one beyond it as the characters themselves, which both read
/// as one character each (ECMAScript in the `u` mode that JSON Schema validators use).
fn letter_or_digit() -> String {
    let mut ranges: Vec<(char, char)> = Vec::new();
    for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32).filter(|c| c.is_alphanumeric()) {
        match ranges.last_mut() {
            Some((_, end)) if u32::from(*end) + 1 == u32::from(c) => *end = c,
            _ => ranges.push((c, c)),
        }
    }
    let written = |c: char| match c {
        c if c.is_ascii_alphanumeric() => c.to_string(),
        c if u32::from(c) <= 0xffff => format!("\\u{:04x}", u32::from(c)),
        c => c.to_string(),
    };
    let class: String = ranges
        .into_iter()
        .map(|(start, end)| if start == end { written(start) } else { format!("{}-{}", written(start), written(end)) })
        .collect();
    format!("[{class}]")
}

/// Keywords no validator needs and strict ones refuse: the number formats schemars writes
/// (`uint32`, `double`) are not JSON Schema formats.
fn without_number_formats(value: &mut Value) {
    match value {
        Value::Object(object) => {
            if object.get("format").and_then(Value::as_str).is_some_and(|f| f.starts_with("uint") || f == "double") {
                object.remove("format");
            }
            object.values_mut().for_each(without_number_formats);
        }
        Value::Array(items) => items.iter_mut().for_each(without_number_formats),
        _ => {}
    }
}

/// The schema of the dataset format.
pub fn json_schema() -> Value {
    let mut schema = serde_json::to_value(schemars::schema_for!(Draft)).unwrap_or_default();
    without_number_formats(&mut schema);
    let Some(root) = schema.as_object_mut() else { return schema };
    root.insert("title".into(), json!(format!("Reading Companion dataset, format {FORMAT}")));
    root.insert(
        "description".into(),
        json!("An article cut into blocks of text, and the notes (actors, poll figures, context) a reader can open on it. Documented in data/README.md."),
    );
    texts_have_something_to_see(root);
    refine(
        root,
        "format",
        json!({ "enum": [1, FORMAT], "const": null, "description": "The format version: this schema describes format 2, and format 1, which the companion also reads, means the same." }),
    );
    refine(root, "language", language_tag());
    if let Some(defs) = root.get_mut("$defs").and_then(Value::as_object_mut) {
        for (def, field, rule) in [
            ("article", "url", https()),
            ("article", "published", calendar_date()),
            ("block", "id", id()),
            ("poll", "id", id()),
            ("note", "id", id()),
            ("note", "poll", id()),
            ("source", "url", https()),
            ("anchor", "prefix", json!({ "pattern": null })),
            ("anchor", "suffix", json!({ "pattern": null })),
            (
                "anchor",
                "exact",
                json!({ "allOf": [{ "pattern": text()["pattern"] }, { "pattern": letter_or_digit() }], "pattern": null }),
            ),
            ("note", "value", json!({ "minimum": 0, "maximum": 100 })),
            ("note", "anchors", json!({ "minItems": 1 })),
            ("note", "sources", json!({ "minItems": 1 })),
        ] {
            if let Some(object) = defs.get_mut(def).and_then(Value::as_object_mut) {
                refine(object, field, rule);
            }
        }
        if let Some(article) = defs.get_mut("article").and_then(Value::as_object_mut) {
            refine(
                article,
                "blocks",
                json!({
                    "minItems": 1,
                    "contains": { "type": "object", "properties": { "kind": { "const": "headline" } } },
                    "minContains": 1,
                    "maxContains": 1,
                    "description": "The text in reading order: the headline first, and only there. (That it comes first is checked by companion-check: `prefixItems`, which could say so, is refused by strict validators unless the list has a fixed length.)",
                }),
            );
        }
        if let Some(note) = defs.get_mut("note").and_then(Value::as_object_mut) {
            note.insert("allOf".into(), Value::Array(kinds()));
        }
    }
    schema
}

/// Merges `rule` into the schema of property `field` of the object schema `object`: a key set to
/// `null` is taken out.
fn refine(object: &mut Map<String, Value>, field: &str, rule: Value) {
    let Some(property) = object.get_mut("properties").and_then(|p| p.get_mut(field)).and_then(Value::as_object_mut)
    else {
        return;
    };
    for (key, value) in rule.as_object().into_iter().flatten() {
        if value.is_null() {
            property.remove(key);
        } else {
            property.insert(key.clone(), value.clone());
        }
    }
}

/// Every string property, here and in every definition, must have something to see (the rules
/// above then make some stricter, and free the anchor's prefix and suffix).
fn texts_have_something_to_see(root: &mut Map<String, Value>) {
    let is_text = |property: &Value| match property.get("type") {
        Some(Value::String(kind)) => kind == "string",
        Some(Value::Array(kinds)) => kinds.contains(&json!("string")),
        _ => false,
    };
    let mut objects: Vec<&mut Map<String, Value>> = vec![];
    let (top, defs): (Vec<_>, Vec<_>) = root.iter_mut().partition(|(key, _)| key.as_str() != "$defs");
    for (key, value) in top {
        if key == "properties"
            && let Some(properties) = value.as_object_mut()
        {
            objects.push(properties);
        }
    }
    for (_, value) in defs {
        for def in value.as_object_mut().into_iter().flat_map(|d| d.values_mut()) {
            if let Some(properties) = def.get_mut("properties").and_then(Value::as_object_mut) {
                objects.push(properties);
            }
        }
    }
    for properties in objects {
        for property in properties.values_mut().filter(|p| is_text(p)) {
            if let Some(property) = property.as_object_mut() {
                property.insert("pattern".into(), text()["pattern"].clone());
            }
        }
    }
}

/// For each kind of note, the fields it requires and the ones it may not have, from the table
/// the reader checks notes by.
fn kinds() -> Vec<Value> {
    REQUIRED_BY_KIND
        .iter()
        .map(|(kind, required)| {
            // A required field is named among the properties too (as allowed, `true`), which
            // strict validators ask of every required field.
            let foreign: Map<String, Value> = (KIND_FIELDS.iter())
                .filter(|(_, kinds)| !kinds.contains(kind))
                .map(|(field, _)| ((*field).to_owned(), json!(false)))
                .chain(required.iter().map(|field| ((*field).to_owned(), json!(true))))
                .collect();
            json!({
                "if": { "properties": { "kind": { "const": kind.as_str() } }, "required": ["kind"] },
                "then": { "required": required, "properties": foreign },
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::json_schema;

    #[test]
    fn the_schema_says_what_each_kind_of_note_requires() {
        let schema = json_schema();
        let note = &schema["$defs"]["note"];
        let kinds = note["allOf"].as_array().expect("a rule per kind");
        assert_eq!(kinds.len(), 3);
        let actor = kinds.iter().find(|k| k["if"]["properties"]["kind"]["const"] == "actor").expect("actors");
        assert_eq!(actor["then"]["required"], serde_json::json!(["actor_kind", "role", "summary"]));
        assert_eq!(actor["then"]["properties"]["poll"], false);
        assert_eq!(
            schema["properties"]["format"]["enum"],
            serde_json::json!([1, 2]),
            "both formats the companion reads"
        );
        assert!(note["properties"]["title"]["pattern"].is_string(), "a title has something to see");
        assert!(schema["$defs"]["anchor"]["properties"]["prefix"]["pattern"].is_null(), "a prefix may be spaces");
    }
}
