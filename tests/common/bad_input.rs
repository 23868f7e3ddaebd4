//! The bad-input corpus: datasets that are broken, enormous or hostile, each with what a reader
//! must see. Shared by the native tests (`tests/bad_input.rs`) and the cross-engine suite, which
//! serves each one at `/__bad/NAME.json` and opens it with `?data=`.

use serde_json::{Value, json};

/// The example dataset every case starts from.
const PRIMER: &str = include_str!("../../data/examples/primer.json");

/// The primer's headline, shown when a case loads.
pub const PRIMER_HEADLINE: &str = "Serbia between Brussels and Moscow: a primer";

/// What the reader sees.
pub enum Expect {
    /// The built-in article, under a banner whose explanation contains this.
    Rejected(&'static str),
    /// The dataset's article, under a banner listing this many problems.
    Partial(usize),
    /// The dataset's article with this many marks, and no banner.
    Shown(usize),
}

/// One dataset of the corpus.
pub struct Case {
    pub name: &'static str,
    pub json: String,
    pub expect: Expect,
    /// The headline the reader sees for `Partial` and `Shown`.
    pub headline: String,
}

/// Sets off what a script would do if any of the hostile strings ever ran: the suite checks that
/// this attribute never appears.
pub const TRAP: &str = "document.documentElement.setAttribute('data-trap','sprung')";

/// Every string field of the hostile case carries these, which must be shown as text.
pub fn payloads() -> [String; 3] {
    [
        format!("<script>{TRAP}</script>"),
        format!("<img src=x onerror=\"{TRAP}\">"),
        format!("<svg onload=\"{TRAP}\"></svg>"),
    ]
}

/// URLs that must never reach an `href`: each is dropped with a warning.
pub const HOSTILE_URLS: [&str; 14] = [
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "javascript&colon;alert(1)",
    "&#106;avascript:alert(1)",
    "\u{1}javascript:alert(1)",
    "jav&#x09;ascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "//evil.example/",
    "https://ok.example/\" onmouseover=\"alert(1)",
    "https://ok.example/'><script>alert(1)</script>",
    "http://ok.example/plain-http",
];

fn primer() -> Value {
    serde_json::from_str(PRIMER).unwrap_or_default()
}

fn case(name: &'static str, json: String, expect: Expect) -> Case {
    Case { name, json, expect, headline: PRIMER_HEADLINE.to_owned() }
}

fn changed(name: &'static str, expect: Expect, change: impl FnOnce(&mut Value)) -> Case {
    let mut dataset = primer();
    change(&mut dataset);
    case(name, dataset.to_string(), expect)
}

/// Every case, in a stable order.
pub fn cases() -> Vec<Case> {
    let primer_marks = {
        let dataset = primer();
        dataset["notes"].as_array().map_or(0, Vec::len)
    };
    let damaged = "damaged or not in the format";
    let mut cases = vec![
        case("invalid-json", PRIMER[..PRIMER.len() / 2].to_owned(), Expect::Rejected(damaged)),
        changed("wrong-format-version", Expect::Rejected("another version"), |d| d["format"] = json!(2)),
        changed("missing-required-field", Expect::Rejected(damaged), |d| {
            d["article"].as_object_mut().map(|a| a.remove("publisher"));
        }),
        changed("wrong-type", Expect::Rejected(damaged), |d| d["format"] = json!("1")),
        changed("unknown-note-kind", Expect::Rejected(damaged), |d| d["notes"][0]["kind"] = json!("event")),
        changed("duplicate-ids", Expect::Partial(1), |d| d["notes"][1]["id"] = d["notes"][0]["id"].clone()),
        changed("orphan-anchor", Expect::Partial(1), |d| {
            d["notes"][0]["anchors"] = json!([{ "exact": "a phrase the article does not have" }]);
        }),
        changed("ambiguous-anchor", Expect::Partial(1), |d| {
            d["notes"][0]["anchors"] = json!([{ "exact": "NATO" }]);
        }),
        changed("zero-notes", Expect::Shown(0), |d| d["notes"] = json!([])),
        changed("null-where-an-object-is-expected", Expect::Rejected(damaged), |d| d["article"] = Value::Null),
        changed("proto-keys", Expect::Rejected(damaged), |d| {
            d["__proto__"] = json!({ "polluted": true });
            d["notes"][0]["__proto__"] = json!({ "polluted": true });
        }),
        case("byte-order-mark", format!("\u{feff}{PRIMER}"), Expect::Shown(primer_marks)),
        changed("five-megabyte-string", Expect::Shown(primer_marks), |d| {
            d["notes"][0]["summary"] = json!("A very long summary. ".repeat(5 * 1024 * 1024 / 21 + 1));
        }),
        changed("a-two-thousand-letter-word", Expect::Shown(primer_marks), |d| {
            let word = "Donaudampfschifffahrt".repeat(100);
            for note in d["notes"].as_array_mut().into_iter().flatten() {
                note["title"] = json!(word);
                if note["kind"] != "poll" {
                    note["summary"] = json!(word);
                }
            }
        }),
        case(
            "deep-nesting",
            format!("{{\"format\": 1, \"article\": {}{}}}", "[".repeat(100_000), "]".repeat(100_000)),
            Expect::Rejected(damaged),
        ),
    ];
    cases.push(ten_thousand_notes());
    cases.push(hostile());
    cases
}

/// An article of 100 paragraphs with 10,000 distinct names, each a note.
fn ten_thousand_notes() -> Case {
    let name = |n: usize| format!("Name{n:05}");
    let mut blocks = vec![json!({ "id": "headline", "kind": "headline", "text": "Ten thousand notes" })];
    blocks.extend((0..100).map(|p| {
        let words: Vec<String> = (0..100).map(|w| name(p * 100 + w)).collect();
        json!({ "id": format!("p{p}"), "kind": "paragraph", "text": format!("{}.", words.join(" met ")) })
    }));
    let notes: Vec<Value> = (0..10_000)
        .map(|n| {
            json!({
                "kind": "context", "id": format!("n{n}"), "title": name(n), "dates": "2022",
                "summary": format!("Note number {n}."), "anchors": [{ "exact": name(n) }],
                "sources": [{ "url": "https://example.org/", "label": "Example" }]
            })
        })
        .collect();
    let dataset = json!({
        "format": 1,
        "article": { "publisher": "Example", "published": "2022", "blocks": blocks },
        "notes": notes
    });
    Case {
        name: "ten-thousand-notes",
        json: dataset.to_string(),
        expect: Expect::Shown(10_000),
        headline: "Ten thousand notes".into(),
    }
}

/// The primer with the payloads in every string field and a hostile URL in every URL field.
fn hostile() -> Case {
    let [script, img, svg] = payloads();
    let mut d = primer();
    let headline = format!("{PRIMER_HEADLINE} {script}");
    d["article"]["blocks"][0]["text"] = json!(headline);
    d["article"]["url"] = json!(HOSTILE_URLS[0]);
    d["article"]["publisher"] = json!(format!("Publisher {img}"));
    d["article"]["published_note"] = json!(format!("Date {svg}"));
    d["article"]["author"] = json!({ "name": script, "role": img, "note": svg });
    if let Some(blocks) = d["article"]["blocks"].as_array_mut() {
        for block in blocks.iter_mut().skip(1) {
            let text = block["text"].as_str().unwrap_or_default().to_owned();
            block["text"] = json!(format!("{text} {img} {svg}"));
        }
    }
    if let Some(polls) = d["polls"].as_array_mut() {
        for poll in polls {
            for field in ["title", "by", "when", "population", "question", "unverified", "about"] {
                poll[field] = json!(format!("{field} {script} {img}"));
            }
        }
    }
    if let Some(notes) = d["notes"].as_array_mut() {
        for note in notes {
            let fields = ["title", "role", "summary", "stance", "label", "dates", "figure", "record"];
            let Some(object) = note.as_object_mut() else { continue };
            for field in fields {
                if let Some(value) = object.get_mut(field) {
                    let text = value.as_str().unwrap_or_default().to_owned();
                    *value = json!(format!("{text} {script} {img} {svg}"));
                }
            }
            if let Some(sources) = object.get_mut("sources").and_then(Value::as_array_mut) {
                for source in sources.iter_mut() {
                    source["label"] = json!(format!("Source {svg}"));
                }
                sources
                    .extend(HOSTILE_URLS[1..].iter().map(|url| json!({ "url": url, "label": format!("Bad {img}") })));
            }
        }
    }
    let notes = d["notes"].as_array().map_or(0, Vec::len);
    Case {
        name: "hostile-strings-and-urls",
        json: d.to_string(),
        expect: Expect::Partial(notes * (HOSTILE_URLS.len() - 1) + 1),
        headline,
    }
}
