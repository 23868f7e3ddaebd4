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
    /// The file as served: JSON, mostly, but not always UTF-8.
    pub bytes: Vec<u8>,
    pub expect: Expect,
    /// The headline the reader sees for `Partial` and `Shown`.
    pub headline: String,
    /// What the banner's detail (and the checker) says about it, if anything in particular.
    pub says: Option<&'static str>,
    /// The hosts shown beside the sources of the first mark's card, where the case is about them.
    pub hosts: &'static [&'static str],
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
    Case { name, bytes: json.into_bytes(), expect, headline: PRIMER_HEADLINE.to_owned(), says: None, hosts: &[] }
}

/// The note of the primer's first mark (ECFR, in the standfirst): its card is the one a case opens.
fn first_marked(dataset: &mut Value) -> &mut Value {
    let notes = list(&mut dataset["notes"]);
    let at = notes.iter().position(|note| note["id"] == "ecfr").unwrap_or_default();
    &mut notes[at]
}

/// The array at `value`: the primer has every one the cases change.
fn list(value: &mut Value) -> &mut Vec<Value> {
    if !value.is_array() {
        *value = json!([]);
    }
    value.as_array_mut().expect("an array")
}

fn changed(name: &'static str, expect: Expect, change: impl FnOnce(&mut Value)) -> Case {
    let mut dataset = primer();
    change(&mut dataset);
    case(name, dataset.to_string(), expect)
}

impl Case {
    fn saying(self, says: &'static str) -> Self {
        Self { says: Some(says), ..self }
    }
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
        changed("wrong-format-version", Expect::Rejected("another version"), |d| d["format"] = json!(3)),
        changed("missing-required-field", Expect::Rejected(damaged), |d| {
            d["notes"][0].as_object_mut().map(|note| note.remove("title"));
        }),
        changed("wrong-type", Expect::Rejected(damaged), |d| d["format"] = json!("1")),
        changed("unknown-note-kind", Expect::Rejected(damaged), |d| d["notes"][0]["kind"] = json!("event")),
        changed("duplicate-ids", Expect::Partial(1), |d| d["notes"][1]["id"] = d["notes"][0]["id"].clone()),
        changed("orphan-anchor", Expect::Partial(2), |d| {
            d["notes"][0]["anchors"] = json!([{ "exact": "a phrase the article does not have" }]);
        })
        .saying("none of the note's anchors marks the article's text, so the note is left out"),
        changed("ambiguous-anchor", Expect::Partial(2), |d| {
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
            let paragraph = d["article"]["blocks"][3]["text"].as_str().unwrap_or_default().to_owned();
            d["article"]["blocks"][3]["text"] = json!(format!("{paragraph} {word}"));
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
    cases.extend(misleading(primer_marks));
    cases
}

/// Datasets that would mislead a reader or an author if they were taken as they are: spoofed
/// link hosts, invisible and direction-changing characters, empty texts, impossible values, other
/// encodings, and sizes no list should show in full.
fn misleading(primer_marks: usize) -> Vec<Case> {
    let damaged = "damaged or not in the format";
    let source = |url: &str| json!({ "url": url, "label": "Example" });
    let first_source = |name, url: &'static str, says| {
        changed(name, Expect::Partial(1), |d| {
            list(&mut d["notes"][0]["sources"]).push(source(url));
        })
        .saying(says)
    };
    let mut primer_bytes = PRIMER.as_bytes().to_vec();
    let at = PRIMER.find("primer\"").unwrap_or_default();
    primer_bytes[at] = 0xFF;
    let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain(PRIMER.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let raw = |name, bytes: Vec<u8>, says| Case {
        bytes,
        ..case(name, String::new(), Expect::Rejected(damaged)).saying(says)
    };
    vec![
        first_source(
            "a-right-to-left-override-in-a-link",
            "https://example.org\u{202e}gnp.tab/",
            "holds a bidi control (U+202E)",
        ),
        first_source("a-zero-width-space-in-a-link", "https://exa\u{200b}mple.org/", "holds an invisible character (U+200B)"),
        first_source("a-look-alike-host", "https://\u{430}pple.com/", "mixes Cyrillic and Latin letters"),
        Case {
            hosts: &["xn--e1afmkfd.xn--p1ai", "[::1]", "ecfr.eu"],
            ..changed("hosts-shown-in-ascii", Expect::Shown(primer_marks), |d| {
                let sources = list(&mut first_marked(d)["sources"]);
                sources.splice(0..0, [source("https://пример.рф/"), source("https://[::1]/")]);
            })
        },
        changed("controls-and-bidi-in-ids", Expect::Partial(2), |d| {
            d["notes"][1]["id"] = json!("eu\u{202e}");
            d["notes"][2]["id"] = json!("nato\u{1b}[2J");
        })
        .saying("id \"eu\\u{202e}\" holds a bidi control (U+202E)"),
        changed("empty-texts", Expect::Partial(4), |d| {
            d["article"]["publisher"] = json!("");
            d["article"]["author"]["note"] = json!("  ");
            d["notes"][0]["sources"][0]["label"] = json!("\u{200b}");
            d["polls"][0]["by"] = json!(" \u{feff}");
        })
        .saying("article.publisher: must not be empty"),
        changed("a-note-with-no-usable-source", Expect::Partial(2), |d| {
            d["notes"][0]["sources"] = json!([{ "url": "http://example.org/", "label": "Example" }]);
        })
        .saying("none of the note's sources can be linked, so the note is left out"),
        changed("an-impossible-date", Expect::Partial(1), |d| d["article"]["published"] = json!("2023-02-29"))
            .saying("\"2023-02-29\" is not a date"),
        changed("not-a-language-tag", Expect::Partial(1), |d| d["language"] = json!("english!"))
            .saying("is not a BCP 47 language tag"),
        changed("a-headline-in-the-middle", Expect::Partial(1), |d| {
            let headline = json!({ "id": "h2", "kind": "headline", "text": "A second headline" });
            list(&mut d["article"]["blocks"]).insert(3, headline);
        })
        .saying("only the first block can be the headline"),
        changed("anchors-with-nothing-to-see", Expect::Partial(2), |d| {
            let anchors = list(&mut d["notes"][0]["anchors"]);
            anchors.extend([json!({ "exact": "\u{301}\u{301}" }), json!({ "exact": "\u{200b}\u{2060}" })]);
        })
        .saying("has no letter or digit"),
        changed("a-five-megabyte-anchor", Expect::Partial(1), |d| {
            list(&mut d["notes"][0]["anchors"]).push(json!({ "exact": "Serbia ".repeat(5 << 20 >> 3) }));
        })
        .saying("more characters) matches nothing"),
        changed("an-anchor-inside-a-letter", Expect::Partial(1), |d| {
            let paragraph = d["article"]["blocks"][3]["text"].as_str().unwrap_or_default().to_owned();
            d["article"]["blocks"][3]["text"] = json!(format!("{paragraph} Sp\u{131}n\u{308}al Tap"));
            list(&mut d["notes"][0]["anchors"]).push(json!({ "exact": "Sp\u{131}n" }));
        })
        .saying("starts or ends inside a letter: U+0308 belongs to the letter before it"),
        changed("a-thousand-problems", Expect::Partial(2000), |d| {
            list(&mut d["notes"]).extend((0..1000).map(|i| {
                json!({ "kind": "context", "id": format!("missing-{i}"), "title": "Missing", "dates": "2022",
                        "summary": "Its anchor is not in the text.", "anchors": [{ "exact": format!("no such phrase {i}") }],
                        "sources": [source("https://example.org/")] })
            }));
        })
        .saying("and 1,950 more"),
        case("format-given-twice", PRIMER.replacen('{', "{\"format\": 1, ", 1), Expect::Rejected(damaged))
            .saying("duplicate field `format`"),
        changed("format-written-as-2.0", Expect::Shown(primer_marks), |d| d["format"] = json!(2.0)),
        changed("format-1", Expect::Shown(primer_marks), |d| d["format"] = json!(1)),
        raw("utf-16", utf16, "not UTF-8 but UTF-16"),
        raw("not-utf-8", primer_bytes, "the file is not UTF-8: byte 0xFF"),
        raw("two-byte-order-marks", format!("\u{feff}\u{feff}{PRIMER}").into_bytes(), "more than one byte-order mark"),
        changed("right-to-left-texts", Expect::Shown(primer_marks), |d| {
            let note = first_marked(d);
            note["title"] = json!("\u{202e}ECFR in reverse");
            note["sources"][0]["label"] = json!("מקור \u{202e}reversed");
            d["article"]["publisher"] = json!("\u{202e}Publisher");
        }),
    ]
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
        "format": 2,
        "article": { "publisher": "Example", "published": "2022", "blocks": blocks },
        "notes": notes
    });
    Case {
        headline: "Ten thousand notes".into(),
        ..case("ten-thousand-notes", dataset.to_string(), Expect::Shown(10_000))
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
        headline,
        ..case("hostile-strings-and-urls", d.to_string(), Expect::Partial(notes * (HOSTILE_URLS.len() - 1) + 1))
    }
}
