//! What went wrong loading a dataset from elsewhere (`?data=`, `data-src`), in the reader's words
//! (in their language: [`ProblemWords`]), with the technical detail kept for whoever wants it. The page never goes blank: when the
//! dataset cannot be used at all the built-in article is shown with one of these above it.

use crate::i18n::problems::joined;
use crate::i18n::{Locale, ProblemWords, Said, fill};
use crate::model::{DatasetError, Problem, ProblemKind};

/// How many problems the detail lists: a file with thousands of them is shown with a list a
/// reader can still scroll past.
pub const DETAIL_PROBLEMS: usize = 50;

/// A megabyte, as the reader is told sizes.
const MB: usize = 1024 * 1024;

/// The most a dataset from elsewhere may weigh, in bytes.
pub(crate) const MAX_DATASET_BYTES: usize = 20 * MB;

/// What the reader must be told about where the article on the page came from.
#[derive(Debug)]
pub enum Notice {
    /// A build that reads no dataset but its own (the single file) was asked for another.
    OnlyBuiltIn,
    /// A dataset from elsewhere could not be used, or only in part.
    Load(LoadNotice),
}

impl Notice {
    /// How the banner is announced: as an alert when the article asked for is not shown, as a
    /// status when it is shown in part.
    pub fn role(&self) -> &'static str {
        match self {
            Self::Load(notice) if !notice.fell_back() => "status",
            _ => "alert",
        }
    }

    /// One line for the banner's heading.
    pub fn headline(&self, words: &ProblemWords, locale: Locale) -> String {
        match self {
            Self::OnlyBuiltIn => words.not_loaded.into(),
            Self::Load(notice) => notice.headline(words, locale),
        }
    }

    /// What happened and what the reader sees now, in plain words.
    pub fn explanation(&self, words: &ProblemWords, locale: Locale) -> String {
        match self {
            Self::OnlyBuiltIn => format!("{} {}", words.only_built_in, words.instead),
            Self::Load(notice) => notice.explanation(words, locale),
        }
    }

    /// What the technical detail is headed with, if there is any.
    pub fn detail_heading(&self, words: &'static ProblemWords) -> Option<&'static str> {
        match self {
            Self::OnlyBuiltIn => None,
            Self::Load(notice) if notice.fell_back() => Some(words.technical_details),
            Self::Load(_) => Some(words.what_was_left_out),
        }
    }

    /// The technical detail, one line each.
    pub fn detail(&self, words: &ProblemWords, locale: Locale) -> Vec<String> {
        match self {
            Self::OnlyBuiltIn => Vec::new(),
            Self::Load(notice) => notice.detail(words, locale),
        }
    }
}

/// A problem with a dataset from elsewhere.
#[derive(Debug)]
pub enum LoadNotice {
    /// The address is not one a dataset may come from.
    Address { given: String },
    /// The request failed: no answer, blocked, or an HTTP error.
    Download { url: String, status: Option<u16>, detail: String },
    /// More than [`MAX_DATASET_BYTES`].
    TooLarge { url: String, bytes: usize },
    /// Served as something other than a notes file (a web page, an image).
    WrongType { url: String, content_type: String },
    /// Read, but not usable: the built-in article is shown instead.
    Unusable { url: String, error: DatasetError },
    /// Shown, without what broke a rule.
    Partial { url: String, problems: Vec<Problem> },
}

impl LoadNotice {
    /// Whether the built-in article is shown instead of the one asked for.
    pub(crate) fn fell_back(&self) -> bool {
        !matches!(self, Self::Partial { .. })
    }

    /// One line for the banner's heading.
    pub fn headline(&self, words: &ProblemWords, locale: Locale) -> String {
        match self {
            Self::Partial { problems, .. } => what_was_lost(problems, words, locale),
            _ => words.not_loaded.into(),
        }
    }

    /// What happened and what the reader sees now, in plain words.
    pub fn explanation(&self, words: &ProblemWords, locale: Locale) -> String {
        let why = match self {
            Self::Address { .. } => words.address_refused.to_owned(),
            Self::Download { status: Some(status), .. } => {
                fill(words.download_status, &[("status", &quoted(words, &status.to_string()))])
            }
            Self::Download { status: None, .. } => words.download_failed.to_owned(),
            Self::WrongType { content_type, .. } => fill(words.wrong_kind, &[("kind", &quoted(words, content_type))]),
            Self::TooLarge { bytes, .. } => {
                // Tenths of a megabyte, rounded, in whole numbers: float formatting costs the
                // download more than this sentence is worth.
                let tenths_of_mb = (bytes.saturating_mul(10) + MB / 2) / MB;
                let size = format!("{}{}{}", tenths_of_mb / 10, locale.decimal_mark(), tenths_of_mb % 10);
                fill(words.too_large, &[("size", &size), ("most", &(MAX_DATASET_BYTES / MB).to_string())])
            }
            Self::Unusable { error: DatasetError::Json { .. }, .. } => words.damaged.to_owned(),
            Self::Unusable { error: DatasetError::Invalid(problems), .. } => match problems.first().map(|p| &p.kind) {
                Some(ProblemKind::UnsupportedFormat(_)) => words.other_version.to_owned(),
                Some(ProblemKind::NoHeadline) => words.no_headline_file.to_owned(),
                _ => words.breaks_rules.to_owned(),
            },
            Self::Partial { .. } => return words.partial.to_owned(),
        };
        format!("{why} {}", words.instead)
    }

    /// The technical detail: the address, then the problems, one per line; after
    /// [`DETAIL_PROBLEMS`] of them, how many more there are.
    pub fn detail(&self, words: &ProblemWords, locale: Locale) -> Vec<String> {
        let address = |url: &str| fill(words.address, &[("url", url)]);
        match self {
            Self::Address { given } => vec![address(given)],
            Self::Download { url, detail, .. } => vec![address(url), detail.clone()],
            Self::TooLarge { url, bytes } => vec![address(url), fill(words.bytes, &[("n", &locale.number(*bytes))])],
            Self::WrongType { url, content_type } => vec![address(url), format!("Content-Type: {content_type}")],
            Self::Unusable { url, error: DatasetError::Invalid(problems) } | Self::Partial { url, problems } => {
                let more = problems.len().saturating_sub(DETAIL_PROBLEMS);
                let listed = problems.iter().take(DETAIL_PROBLEMS).map(|p| p.said(words, locale));
                let more = (more > 0).then(|| fill(words.and_more, &[("n", &locale.number(more))]));
                std::iter::once(address(url)).chain(listed).chain(more).collect()
            }
            Self::Unusable { url, error } => vec![address(url), error.said(words, locale)],
        }
    }
}

/// A value the reader is told about (a status, a type), in the language's quotation marks.
fn quoted(words: &ProblemWords, text: &str) -> String {
    fill(words.quoted, &[("text", text)])
}

/// What a problem costs the reader: a part of the article left out, or one shown changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Note,
    Mention,
    Link,
    Date,
    Language,
    Text,
    Headline,
    Id,
}

impl Part {
    /// The parts that are left out, in the order the heading names them.
    const LEFT_OUT: [Self; 6] = [Self::Note, Self::Mention, Self::Link, Self::Date, Self::Language, Self::Text];

    /// What a problem at `path` of `kind` costs. Whatever goes wrong in a note that is left
    /// out costs nothing more: [`what_was_lost`] counts the note once.
    fn of(path: &str, kind: &ProblemKind) -> Self {
        let in_note = path.starts_with("notes[");
        let field = path.rsplit_once(']').map_or(path, |(_, field)| field);
        match kind {
            ProblemKind::NoLetter(_)
            | ProblemKind::AnchorNotFound { .. }
            | ProblemKind::AnchorAmbiguous { .. }
            | ProblemKind::Overlap { .. }
            | ProblemKind::SplitsLetter { .. } => Self::Mention,
            ProblemKind::Empty if path.contains(".anchors[") => Self::Mention,
            ProblemKind::UnsafeUrl { .. } => Self::Link,
            ProblemKind::NotADate(_) => Self::Date,
            ProblemKind::NotALanguage(_) => Self::Language,
            ProblemKind::HeadlineNotFirst => Self::Headline,
            ProblemKind::DuplicateId(_) | ProblemKind::HiddenInId { .. } if !in_note => Self::Id,
            ProblemKind::Empty if field == ".id" && !in_note => Self::Id,
            ProblemKind::Empty if !in_note || path.contains(".sources[") => Self::Text,
            ProblemKind::Empty if [".stance", ".dates", ".figure", ".record"].contains(&field) => Self::Text,
            _ => Self::Note,
        }
    }

    /// "a note" or "3 notes", in the reader's language.
    fn counted(self, count: usize, words: &ProblemWords, locale: Locale) -> String {
        words.parts[self as usize].count(locale, count)
    }
}

/// The banner's heading for a dataset shown without some of its parts: what each part is, by
/// what became of it ("Left out: 2 notes and a mention; Set as a paragraph: a later headline").
/// A note left out is counted once, whatever else in it is wrong. Plain loops over a fixed tally:
/// this runs once a page, and the wasm carries no sort or search for it.
fn what_was_lost(problems: &[Problem], words: &ProblemWords, locale: Locale) -> String {
    let note_of = |path: &str| path.strip_prefix("notes[")?.split_once(']')?.0.parse::<usize>().ok();
    let mut gone: Vec<usize> = Vec::new();
    for problem in problems {
        if let (Part::Note, Some(note)) = (Part::of(&problem.path, &problem.kind), note_of(&problem.path))
            && !gone.contains(&note)
        {
            gone.push(note);
        }
    }
    let mut tally = [0_usize; 8];
    tally[Part::Note as usize] = gone.len();
    for problem in problems {
        if !note_of(&problem.path).is_some_and(|note| gone.contains(&note)) {
            tally[Part::of(&problem.path, &problem.kind) as usize] += 1;
        }
    }
    let clause = |template: &str, parts: &[Part]| {
        let counted: Vec<String> = (parts.iter())
            .filter(|&&part| tally[part as usize] > 0)
            .map(|&part| part.counted(tally[part as usize], words, locale))
            .collect();
        (!counted.is_empty()).then(|| fill(template, &[("list", &joined(&counted, words))]))
    };
    [
        clause(words.left_out, &Part::LEFT_OUT),
        clause(words.set_as_paragraph, &[Part::Headline]),
        clause(words.kept, &[Part::Id]),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(words.clause_separator)
}

#[cfg(test)]
mod tests {
    use super::{LoadNotice, MAX_DATASET_BYTES};
    use crate::i18n::{Locale, ProblemWords};
    use crate::model::{Dataset, Problem, ProblemKind, UrlFault};

    const EN: &ProblemWords = ProblemWords::ENGLISH;

    fn unusable(json: &str) -> LoadNotice {
        let error = Dataset::from_json(json).expect_err("the dataset is rejected");
        LoadNotice::Unusable { url: "https://x.example/d.json".into(), error }
    }

    #[test]
    fn says_what_is_wrong_in_plain_words() {
        let said = |notice: &LoadNotice| notice.explanation(EN, Locale::En);
        assert!(said(&unusable("{")).starts_with("Its notes file is damaged"));
        assert!(said(&unusable(r#"{"format": 9}"#)).contains("another version"));
        let download = LoadNotice::Download { url: "u".into(), status: Some(404), detail: "HTTP 404".into() };
        assert!(said(&download).contains("“404”"));
        let large = LoadNotice::TooLarge { url: "u".into(), bytes: MAX_DATASET_BYTES + 1 };
        assert!(said(&large).contains("too large (20.0 MB; the most is 20 MB)"), "{}", said(&large));
        let german = large.explanation(Locale::De.problem_words(), Locale::De);
        assert!(german.contains("zu groß (20,0 MB; höchstens 20 MB)"), "{german}");
        assert!(said(&LoadNotice::Address { given: "javascript:x".into() }).contains("not allowed"));
        for notice in [download, large] {
            assert!(notice.fell_back());
            assert!(said(&notice).ends_with("The built-in article is shown instead."));
        }
    }

    fn heading_in(locale: Locale, problems: &[(&str, ProblemKind)]) -> String {
        let problems = problems.iter().map(|(path, kind)| Problem::new(*path, kind.clone())).collect();
        LoadNotice::Partial { url: "/d.json".into(), problems }.headline(locale.problem_words(), locale)
    }

    fn heading(problems: &[(&str, ProblemKind)]) -> String {
        heading_in(Locale::En, problems)
    }

    #[test]
    fn the_heading_says_what_each_part_left_out_or_changed_is() {
        let unsafe_url = || ProblemKind::UnsafeUrl { url: "http://x".into(), fault: UrlFault::Scheme("http".into()) };
        assert_eq!(heading(&[("article.published", ProblemKind::NotADate("2023-02-29".into()))]), "Left out: a date");
        assert_eq!(heading(&[("language", ProblemKind::NotALanguage("english!".into()))]), "Left out: a language tag");
        assert_eq!(
            heading(&[("article.blocks[3].kind", ProblemKind::HeadlineNotFirst)]),
            "Set as a paragraph: a later headline"
        );
        // A note left out is one part, however much in it is wrong; a link of a note that is
        // shown is another.
        let mixed = [
            ("notes[2].sources[0].url", unsafe_url()),
            ("notes[2].sources", ProblemKind::NoUsableSource),
            ("notes[4].sources[1].url", unsafe_url()),
            ("notes[5].anchors[0]", ProblemKind::NoLetter("..".into())),
            ("notes[6].anchors[0]", ProblemKind::NoLetter("..".into())),
            ("polls[0].by", ProblemKind::Empty),
            ("article.blocks[1].id", ProblemKind::DuplicateId("p".into())),
            ("article.blocks[2].id", ProblemKind::DuplicateId("p".into())),
        ];
        assert_eq!(
            heading(&mixed),
            "Left out: a note, 2 mentions, a link and an empty text; Kept as written: 2 repeated or unreadable ids"
        );
        // Each part counted in its language's forms.
        assert_eq!(
            heading_in(Locale::SrLatn, &mixed),
            "Izostavljeno: 1 beleška, 2 pominjanja, 1 link i 1 prazan tekst; \
             Zadržano kako je napisano: 2 ponovljena ili nečitljiva identifikatora"
        );
        assert_eq!(
            heading_in(Locale::Ar, &mixed),
            "استُبعد: ملاحظة واحدة، إشارتان، رابط واحد ونص فارغ واحد؛ أُبقي كما كُتب: معرّفان مكرران أو غير مقروءين"
        );
    }

    #[test]
    fn a_partial_dataset_lists_every_problem() {
        let problems = vec![
            Problem::new("notes[0].anchors[0]", ProblemKind::NoAnchors),
            Problem::new(
                "notes[1].sources[0].url",
                ProblemKind::UnsafeUrl { url: "javascript:x".into(), fault: UrlFault::Scheme("javascript".into()) },
            ),
        ];
        let notice = LoadNotice::Partial { url: "/d.json".into(), problems };
        assert!(!notice.fell_back());
        assert_eq!(notice.headline(EN, Locale::En), "Left out: a note and a link");
        let detail = notice.detail(EN, Locale::En);
        assert_eq!(detail.len(), 3);
        assert!(detail[2].starts_with("notes[1].sources[0].url: \"javascript:x\" is not an https URL"), "{detail:?}");
    }
}
