//! Every language says everything, with the same values put in as English, in every plural form
//! its rule has; and numbers and dates are written its way.

use serde_json::Value;

use super::{Form, Locale, Rule, decimal};

/// Every text of a catalogue with its path ("live.views[2]", "sources.forms[1]").
fn texts(locale: Locale) -> Vec<(String, String)> {
    fn walk(path: String, value: &Value, out: &mut Vec<(String, String)>) {
        match value {
            Value::String(text) => out.push((path, text.clone())),
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    walk(format!("{path}[{i}]"), item, out);
                }
            }
            Value::Object(fields) => {
                // A plural's rule is checked on its own (`counted_phrases_have_…`).
                for (name, field) in fields.iter().filter(|(name, _)| *name != "rule") {
                    let path = if path.is_empty() { name.clone() } else { format!("{path}.{name}") };
                    walk(path, field, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(String::new(), &serde_json::to_value(locale.words()).expect("a catalogue serializes"), &mut out);
    walk("site".into(), &serde_json::to_value(locale.site_words()).expect("a catalogue serializes"), &mut out);
    walk("editor".into(), &serde_json::to_value(locale.editor_words()).expect("a catalogue serializes"), &mut out);
    walk("problems".into(), &serde_json::to_value(locale.problem_words()).expect("a catalogue serializes"), &mut out);
    out
}

/// The `{name}`s in a text, in order.
fn placeholders(text: &str) -> Vec<&str> {
    text.split('{').skip(1).filter_map(|part| part.split_once('}').map(|(name, _)| name)).collect()
}

/// Words a language writes as English does (names, and months that are the same).
const SAME_AS_ENGLISH: &[(Locale, &str)] = &[
    (Locale::De, "Person"),
    (Locale::De, "Organisation"),
    (Locale::De, "April"),
    (Locale::De, "August"),
    (Locale::De, "September"),
    (Locale::De, "November"),
    (Locale::Fr, "Notes"),
    (Locale::Fr, "Sources"),
    (Locale::Fr, "Source"),
    (Locale::Fr, "Organisation"),
    (Locale::Fr, "Organisations"),
    (Locale::Es, "Actor"),
    (Locale::Es, "Actor · {kind}"),
    (Locale::Es, "actor"),
    (Locale::De, "Editor · Reading Companion"),
    (Locale::Es, "Editor · Reading Companion"),
    (Locale::De, "{label} (optional)"),
    (Locale::Fr, "note {n}"),
    (Locale::Fr, "(note {n})"),
    (Locale::Fr, "Dates"),
    (Locale::Fr, "Question"),
    (Locale::Fr, "Description"),
    (Locale::Es, "{n} bytes"),
];

#[test]
fn every_language_has_every_text_with_the_same_values_put_in() {
    let english = texts(Locale::En);
    for locale in Locale::ALL {
        let theirs = texts(locale);
        assert_eq!(
            theirs.iter().map(|(path, _)| path).collect::<Vec<_>>(),
            english.iter().map(|(path, _)| path).collect::<Vec<_>>(),
            "{locale:?}"
        );
        for ((path, text), (_, english)) in theirs.iter().zip(&english) {
            let plural_form = path.contains(".forms[");
            if plural_form {
                // A form the rule has is written; one it does not have is empty.
                assert!(placeholders(text).iter().all(|&name| name == "n"), "{locale:?} {path}: {text}");
                continue;
            }
            assert!(!text.trim().is_empty(), "{locale:?} {path} is empty");
            let (mut ours, mut theirs) = (placeholders(text), placeholders(english));
            ours.sort_unstable();
            theirs.sort_unstable();
            assert_eq!(ours, theirs, "{locale:?} {path}: “{text}” puts in other values than English “{english}”");
            let words_of_its_own = text.split(['{', '}']).step_by(2).any(|part| part.chars().any(char::is_alphabetic));
            let same = text == english && words_of_its_own && path != "locale";
            assert!(
                locale == Locale::En || !same || SAME_AS_ENGLISH.contains(&(locale, text.as_str())),
                "{locale:?} {path} is English: “{text}”"
            );
        }
    }
}

#[test]
fn counted_phrases_have_each_form_of_their_languages_rule() {
    for locale in Locale::ALL {
        for (name, plural) in locale.words().plurals() {
            assert_eq!(plural.rule(), locale.rule(), "{locale:?} {name} is written for another language's rule");
            for (form, text) in plural.written() {
                assert!(!text.is_empty(), "{locale:?} {name} has no {form:?} form");
            }
            for n in 0..=1_002 {
                assert!(!plural.count(locale, n).contains('{'), "{locale:?} {name} {n}");
            }
        }
    }
    // The forms Arabic counts in, each its own text.
    let sources = Locale::Ar.words().sources;
    let said: Vec<String> = [0, 1, 2, 3, 11, 100].map(|n| sources.count(Locale::Ar, n)).into();
    assert_eq!(said, ["لا مصادر", "مصدر واحد", "مصدران", "3 مصادر", "11 مصدرًا", "100 مصدر"]);
    assert_eq!(Rule::Arabic.forms().len(), 6);
    assert_eq!(Rule::Serbian.forms(), [Form::One, Form::Few, Form::Other]);
    let serbian = Locale::SrCyrl.words().sources;
    assert_eq!(
        [1, 3, 5, 21].map(|n| serbian.count(Locale::SrCyrl, n)),
        ["1 извор", "3 извора", "5 извора", "21 извор"]
    );
}

#[test]
fn serbian_cyrillic_is_serbian_latin_letter_for_letter_but_names_and_formats() {
    fn cyrillic(latin: &str) -> String {
        const PAIRS: [(&str, &str); 9] = [
            ("Lj", "Љ"),
            ("LJ", "Љ"),
            ("lj", "љ"),
            ("Nj", "Њ"),
            ("NJ", "Њ"),
            ("nj", "њ"),
            ("Dž", "Џ"),
            ("DŽ", "Џ"),
            ("dž", "џ"),
        ];
        const LATIN: &str = "abvgdđežzijklmnoprstćufhcčšABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠ";
        const CYRILLIC: &str = "абвгдђежзијклмнопрстћуфхцчшАБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ";
        // Names and formats written in Latin letters in any script.
        const AS_WRITTEN: [&str; 20] = [
            "Reading Companion",
            "Markdown",
            "JSON",
            ".json",
            "https://",
            "http://",
            "https",
            "BCP 47",
            "user@host",
            "companion-site",
            "MB",
            "%20",
            "W3C",
            "oEmbed",
            "Iframe",
            "iframe",
            "USB",
            "index.html",
            "oembed.json",
            "a–z",
        ];
        let mut out = String::new();
        let mut rest = latin;
        while let Some(c) = rest.chars().next() {
            if let Some(kept) = AS_WRITTEN.iter().find(|kept| rest.starts_with(*kept)) {
                out.push_str(kept);
                rest = &rest[kept.len()..];
            } else if c == '"' {
                // A value from the file, as the file writes it.
                let end = rest[1..].find('"').map_or(rest.len(), |i| i + 2);
                out.push_str(&rest[..end]);
                rest = &rest[end..];
            } else if c == '{' {
                let end = rest.find('}').map_or(rest.len(), |i| i + 1);
                out.push_str(&rest[..end]);
                rest = &rest[end..];
            } else if let Some((from, to)) = PAIRS.iter().find(|(from, _)| rest.starts_with(from)) {
                out.push_str(to);
                rest = &rest[from.len()..];
            } else {
                out.push(LATIN.chars().position(|l| l == c).and_then(|i| CYRILLIC.chars().nth(i)).unwrap_or(c));
                rest = &rest[c.len_utf8()..];
            }
        }
        out
    }
    for ((path, latin), (_, written)) in texts(Locale::SrLatn).iter().zip(texts(Locale::SrCyrl)) {
        if path != "locale" {
            assert_eq!(written, cyrillic(latin), "{path}");
        }
    }
}

#[test]
fn dates_are_written_each_languages_way() {
    let date = |locale: Locale, iso: &str| locale.words().date(iso);
    assert_eq!(date(Locale::En, "2022-02-24"), "24 February 2022");
    assert_eq!(date(Locale::SrLatn, "2022-02-24"), "24. februar 2022.");
    assert_eq!(date(Locale::SrCyrl, "2022-02-24"), "24. фебруар 2022.");
    assert_eq!(date(Locale::De, "2022-03-01"), "1. März 2022");
    assert_eq!(date(Locale::Fr, "2022-03-01"), "1er mars 2022");
    assert_eq!(date(Locale::Es, "2022-02-24"), "24 de febrero de 2022");
    assert_eq!(date(Locale::Ar, "2022-02-24"), "24 فبراير 2022");
    assert_eq!(date(Locale::En, "2022-03"), "March 2022");
    assert_eq!(date(Locale::SrLatn, "2022-03"), "mart 2022.");
    assert_eq!(date(Locale::Es, "2022-03"), "marzo de 2022");
    assert_eq!(date(Locale::En, "2022"), "2022");
    assert_eq!(date(Locale::De, "spring 2022"), "spring 2022");
}

#[test]
fn decimals_are_cut_to_their_places_without_trailing_zeros() {
    assert_eq!(decimal(0.03714, 4), "0.0371");
    assert_eq!(decimal(0.99996, 4), "1");
    assert_eq!(decimal(1.0, 4), "1");
    assert_eq!(decimal(0.0, 4), "0");
    assert_eq!(decimal(412.5, 0), "413");
    assert_eq!(decimal(-12.4, 0), "-12");
    assert_eq!(decimal(-0.2, 0), "0");
    assert_eq!(decimal(-3.05, 2), "-3.05");
}

#[test]
fn numbers_are_grouped_and_pointed_each_languages_way() {
    assert_eq!(Locale::En.number(1_234_567), "1,234,567");
    assert_eq!(Locale::De.number(1_234), "1.234");
    assert_eq!(Locale::Fr.number(1_234), "1\u{202f}234");
    assert_eq!(Locale::Es.number(1_234), "1234");
    assert_eq!(Locale::Es.number(12_345), "12.345");
    assert_eq!(Locale::Ar.number(999), "999");
    assert_eq!(Locale::SrLatn.decimal(49.5, 2), "49,5");
    assert_eq!(Locale::En.decimal(-3.05, 2), "-3.05");
    assert_eq!(Locale::De.decimal(12_345.5, 1), "12.345,5");
}

#[test]
fn a_datasets_language_picks_the_nearest_interface() {
    let pick = |tag: Option<&str>| super::Locale::for_language(tag);
    assert_eq!(pick(Some("sr")).locale, Locale::SrLatn);
    assert_eq!(pick(Some("sr-RS")).locale, Locale::SrLatn);
    assert_eq!(pick(Some("sr-Cyrl-RS")).locale, Locale::SrCyrl);
    assert_eq!(pick(Some("sr-latn")).locale, Locale::SrLatn);
    assert_eq!(pick(Some("fr-CA")).locale, Locale::Fr);
    assert_eq!(pick(Some("ar-EG")).locale, Locale::Ar);
    assert!(pick(Some("en-GB")).matched);
    for unknown in [Some("pt-BR"), Some("not a tag!"), None] {
        assert_eq!(pick(unknown), super::Negotiated { locale: Locale::En, matched: false }, "{unknown:?}");
    }
    assert_eq!(Locale::from_tag("SR-cyrl"), Some(Locale::SrCyrl));
    assert_eq!(Locale::from_tag("pt"), None);
    assert!(Locale::ALL.iter().all(|&l| Locale::from_tag(l.tag()) == Some(l)));
}

#[test]
fn the_islands_words_travel_as_a_list_and_come_back_the_same() {
    for locale in Locale::ALL {
        let live = &locale.words().live;
        let json = serde_json::to_string(live).expect("serializes");
        assert!(json.starts_with('[') && !json.contains("reading_options"), "{json}");
        let back: super::LiveWords = serde_json::from_str(&json).expect("deserializes");
        assert_eq!(&back, live, "{locale:?}: each text comes back to its own field");
    }
    let short: Result<super::LiveWords, _> = serde_json::from_str(r#"["Reading options"]"#);
    assert!(short.is_err(), "too few words are refused");
}

#[test]
fn the_fetched_catalogues_travel_as_lines_and_come_back_the_same() {
    for locale in Locale::ALL {
        let editor = locale.editor_words();
        let file = editor.file();
        assert!(editor.texts().iter().all(|text| !text.contains('\n')), "{locale:?}: a text holds a line break");
        let back = super::EditorWords::from_file(locale.rule(), file.clone()).expect("reads back");
        assert_eq!(back.texts(), editor.texts(), "{locale:?}: each text comes back to its own field");
        assert_eq!(back.problems.count(locale, 3), editor.problems.count(locale, 3), "{locale:?}");
        let lines: Vec<&str> = file.lines().collect();
        let short = lines[..lines.len() - 1].join("\n");
        assert!(super::EditorWords::from_file(locale.rule(), short).is_none(), "{locale:?}: too few are refused");
        assert!(super::EditorWords::from_file(locale.rule(), format!("{file}\none more")).is_none(), "{locale:?}");
        let problems = locale.problem_words();
        assert!(problems.texts().iter().all(|text| !text.contains('\n')), "{locale:?}: a text holds a line break");
        let back = super::ProblemWords::from_file(locale.rule(), problems.file()).expect("reads back");
        assert_eq!(back.texts(), problems.texts(), "{locale:?}");
        let page = locale.words();
        assert!(page.texts().iter().all(|text| !text.contains('\n')), "{locale:?}: a text holds a line break");
        let back = super::Words::from_file(locale.rule(), page.file()).expect("reads back");
        assert_eq!((back.locale, back.texts()), (locale, page.texts()), "{locale:?}");
    }
    // Read in another language's plural rule, a file comes out a text short or long.
    assert!(super::EditorWords::from_file(Rule::Arabic, Locale::De.editor_words().file()).is_none());
}

#[test]
fn a_template_comes_apart_into_text_and_values() {
    use super::{Piece, pieces};
    assert_eq!(
        pieces("Put it in {name}, beside {edit}."),
        [
            Piece::Text("Put it in "),
            Piece::Value("name"),
            Piece::Text(", beside "),
            Piece::Value("edit"),
            Piece::Text(".")
        ]
    );
    assert_eq!(pieces("«{text}»"), [Piece::Text("«"), Piece::Value("text"), Piece::Text("»")]);
    assert_eq!(pieces("no values, { unclosed"), [Piece::Text("no values, { unclosed")]);
}

#[test]
fn values_are_put_in_by_name_and_others_kept() {
    use super::fill;
    assert_eq!(fill("Mention {at} of {count}", &[("count", "6"), ("at", "2")]), "Mention 2 of 6");
    assert_eq!(fill("{n}{n} {x} {", &[("n", "1")]), "11 {x} {");
    assert_eq!(fill("الذِّكر {at} من {count}", &[("at", "1"), ("count", "3")]), "الذِّكر 1 من 3");
}
