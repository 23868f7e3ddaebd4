//! What went wrong loading a dataset from elsewhere (`?data=`, `data-src`), in the reader's words,
//! with the technical detail kept for whoever wants it. The page never goes blank: when the
//! dataset cannot be used at all the built-in article is shown with one of these above it.

use crate::model::{DatasetError, Problem, ProblemKind};

/// How many problems the detail lists: a file with thousands of them is shown with a list a
/// reader can still scroll past.
pub const DETAIL_PROBLEMS: usize = 50;

/// A megabyte, as the reader is told sizes.
const MB: usize = 1024 * 1024;

/// The most a dataset from elsewhere may weigh, in bytes.
pub const MAX_DATASET_BYTES: usize = 20 * MB;

/// The heading of a banner over the built-in article shown instead of another.
pub const NOT_LOADED: &str = "The requested article could not be loaded";

/// The last words of such a banner.
pub const INSTEAD: &str = "The built-in article is shown instead.";

/// What the banner of a build that reads only its built-in article says, asked for another.
pub const ONLY_BUILT_IN: &str = "This copy of the companion shows its built-in article only: open the companion on a \
                                 website to load another. The built-in article is shown instead.";

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
    pub fn headline(&self) -> String {
        match self {
            Self::OnlyBuiltIn => NOT_LOADED.into(),
            Self::Load(notice) => notice.headline(),
        }
    }

    /// What happened and what the reader sees now, in plain words.
    pub fn explanation(&self) -> String {
        match self {
            Self::OnlyBuiltIn => ONLY_BUILT_IN.into(),
            Self::Load(notice) => notice.explanation(),
        }
    }

    /// What the technical detail is headed with, if there is any.
    pub fn detail_heading(&self) -> Option<&'static str> {
        match self {
            Self::OnlyBuiltIn => None,
            Self::Load(notice) if notice.fell_back() => Some("Technical details"),
            Self::Load(_) => Some("What was left out"),
        }
    }

    /// The technical detail, one line each.
    pub fn detail(&self) -> Vec<String> {
        match self {
            Self::OnlyBuiltIn => Vec::new(),
            Self::Load(notice) => notice.detail(),
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
    pub fn fell_back(&self) -> bool {
        !matches!(self, Self::Partial { .. })
    }

    /// One line for the banner's heading.
    pub fn headline(&self) -> String {
        match self {
            Self::Partial { problems, .. } => what_was_lost(problems),
            _ => NOT_LOADED.into(),
        }
    }

    /// What happened and what the reader sees now, in plain words.
    pub fn explanation(&self) -> String {
        match self {
            Self::Address { .. } => format!(
                "Its address is not allowed: notes files can only come from this site or from an https address. {INSTEAD}"
            ),
            Self::Download { status: Some(status), .. } => {
                format!("Its notes file could not be downloaded: the server answered “{status}”. {INSTEAD}")
            }
            Self::Download { status: None, .. } => format!(
                "Its notes file could not be downloaded: the network failed or the request was blocked. {INSTEAD}"
            ),
            Self::WrongType { content_type, .. } => {
                format!("Its address serves something other than a notes file (“{content_type}”). {INSTEAD}")
            }
            Self::TooLarge { bytes, .. } => {
                // Tenths of a megabyte, rounded, in whole numbers: float formatting costs the
                // download more than this sentence is worth.
                let tenths_of_mb = (bytes.saturating_mul(10) + MB / 2) / MB;
                format!(
                    "Its notes file is too large ({}.{} MB; the most is {} MB). {INSTEAD}",
                    tenths_of_mb / 10,
                    tenths_of_mb % 10,
                    MAX_DATASET_BYTES / MB
                )
            }
            Self::Unusable { error: DatasetError::Json { .. }, .. } => {
                format!("Its notes file is damaged or not in the format the companion reads. {INSTEAD}")
            }
            Self::Unusable { error: DatasetError::Invalid(problems), .. } => match problems.first().map(|p| &p.kind) {
                Some(ProblemKind::UnsupportedFormat(_)) => {
                    format!("Its notes file is for another version of the companion. {INSTEAD}")
                }
                Some(ProblemKind::NoHeadline) => {
                    format!("Its notes file has no headline to start the article. {INSTEAD}")
                }
                _ => format!("Its notes file breaks the format’s rules. {INSTEAD}"),
            },
            Self::Partial { .. } => "The article is shown. Its notes file gets the parts listed below wrong, \
                 so they were left out or changed."
                .into(),
        }
    }

    /// The technical detail: the address, then the problems, one per line; after
    /// [`DETAIL_PROBLEMS`] of them, how many more there are.
    pub fn detail(&self) -> Vec<String> {
        match self {
            Self::Address { given } => vec![format!("Address: {given}")],
            Self::Download { url, detail, .. } => vec![format!("Address: {url}"), detail.clone()],
            Self::TooLarge { url, bytes } => vec![format!("Address: {url}"), format!("{bytes} bytes")],
            Self::WrongType { url, content_type } => {
                vec![format!("Address: {url}"), format!("Content-Type: {content_type}")]
            }
            Self::Unusable { url, error: DatasetError::Invalid(problems) } | Self::Partial { url, problems } => {
                let more = problems.len().saturating_sub(DETAIL_PROBLEMS);
                let listed = problems.iter().take(DETAIL_PROBLEMS).map(ToString::to_string);
                let more = (more > 0).then(|| format!("and {more} more"));
                std::iter::once(format!("Address: {url}")).chain(listed).chain(more).collect()
            }
            Self::Unusable { url, error } => vec![format!("Address: {url}"), error.to_string()],
        }
    }
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

    /// "a note" or "3 notes".
    fn counted(self, count: usize) -> String {
        let (one, many) = match self {
            Self::Note => ("a note", "notes"),
            Self::Mention => ("a mention", "mentions"),
            Self::Link => ("a link", "links"),
            Self::Date => ("a date", "dates"),
            Self::Language => ("a language tag", "language tags"),
            Self::Text => ("an empty text", "empty texts"),
            Self::Headline => ("a later headline was set as a paragraph", "later headlines were set as paragraphs"),
            Self::Id => ("a repeated or unreadable id was kept", "repeated or unreadable ids were kept"),
        };
        if count == 1 { one.into() } else { format!("{count} {many}") }
    }
}

/// The banner's heading for a dataset shown without some of its parts: what each part is ("2
/// notes and a mention were left out; a later headline was set as a paragraph"). A note left
/// out is counted once, whatever else in it is wrong. Plain loops over a fixed tally: this runs
/// once a page, and the wasm carries no sort or search for it.
fn what_was_lost(problems: &[Problem]) -> String {
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
    let lost: Vec<String> = (Part::LEFT_OUT.into_iter())
        .filter(|&part| tally[part as usize] > 0)
        .map(|part| part.counted(tally[part as usize]))
        .collect();
    let mut clauses: Vec<String> = Vec::new();
    if let Some((last, rest)) = lost.split_last() {
        let list = if rest.is_empty() { last.clone() } else { format!("{} and {last}", rest.join(", ")) };
        let one = Part::LEFT_OUT.iter().map(|&part| tally[part as usize]).sum::<usize>() == 1;
        clauses.push(format!("{list} {} left out", if one { "was" } else { "were" }));
    }
    clauses.extend(
        [Part::Headline, Part::Id]
            .into_iter()
            .filter(|&part| tally[part as usize] > 0)
            .map(|part| part.counted(tally[part as usize])),
    );
    // The heading starts with one of the words above, all ASCII: `make_ascii_uppercase` keeps
    // the Unicode case tables out of the wasm.
    let mut heading = clauses.join("; ");
    if let Some(first) = heading.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    heading
}

#[cfg(test)]
mod tests {
    use super::{LoadNotice, MAX_DATASET_BYTES};
    use crate::model::{Dataset, Problem, ProblemKind, UrlFault};

    fn unusable(json: &str) -> LoadNotice {
        let error = Dataset::from_json(json).expect_err("the dataset is rejected");
        LoadNotice::Unusable { url: "https://x.example/d.json".into(), error }
    }

    #[test]
    fn says_what_is_wrong_in_plain_words() {
        assert!(unusable("{").explanation().starts_with("Its notes file is damaged"));
        assert!(unusable(r#"{"format": 9}"#).explanation().contains("another version"));
        let download = LoadNotice::Download { url: "u".into(), status: Some(404), detail: "HTTP 404".into() };
        assert!(download.explanation().contains("“404”"));
        let large = LoadNotice::TooLarge { url: "u".into(), bytes: MAX_DATASET_BYTES + 1 };
        assert!(large.explanation().contains("too large (20.0 MB; the most is 20 MB)"), "{}", large.explanation());
        assert!(LoadNotice::Address { given: "javascript:x".into() }.explanation().contains("not allowed"));
        for notice in [download, large] {
            assert!(notice.fell_back());
            assert!(notice.explanation().ends_with("The built-in article is shown instead."));
        }
    }

    fn heading(problems: &[(&str, ProblemKind)]) -> String {
        let problems = problems.iter().map(|(path, kind)| Problem::new(*path, kind.clone())).collect();
        LoadNotice::Partial { url: "/d.json".into(), problems }.headline()
    }

    #[test]
    fn the_heading_says_what_each_part_left_out_or_changed_is() {
        let unsafe_url = || ProblemKind::UnsafeUrl { url: "http://x".into(), fault: UrlFault::Scheme("http".into()) };
        assert_eq!(
            heading(&[("article.published", ProblemKind::NotADate("2023-02-29".into()))]),
            "A date was left out"
        );
        assert_eq!(
            heading(&[("language", ProblemKind::NotALanguage("english!".into()))]),
            "A language tag was left out"
        );
        assert_eq!(
            heading(&[("article.blocks[3].kind", ProblemKind::HeadlineNotFirst)]),
            "A later headline was set as a paragraph"
        );
        // A note left out is one part, however much in it is wrong; a link of a note that is
        // shown is another.
        assert_eq!(
            heading(&[
                ("notes[2].sources[0].url", unsafe_url()),
                ("notes[2].sources", ProblemKind::NoUsableSource),
                ("notes[4].sources[1].url", unsafe_url()),
                ("notes[5].anchors[0]", ProblemKind::NoLetter("..".into())),
                ("notes[6].anchors[0]", ProblemKind::NoLetter("..".into())),
                ("polls[0].by", ProblemKind::Empty),
                ("article.blocks[1].id", ProblemKind::DuplicateId("p".into())),
                ("article.blocks[2].id", ProblemKind::DuplicateId("p".into())),
            ]),
            "A note, 2 mentions, a link and an empty text were left out; 2 repeated or unreadable ids were kept"
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
        assert_eq!(notice.headline(), "A note and a link were left out");
        let detail = notice.detail();
        assert_eq!(detail.len(), 3);
        assert!(detail[2].starts_with("notes[1].sources[0].url: \"javascript:x\" is not an https URL"), "{detail:?}");
    }
}
