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
            Self::OnlyBuiltIn => format!(
                "This copy of the companion shows its built-in article only: open the companion on a website to \
                 load another. {INSTEAD}"
            ),
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
            Self::Partial { problems, .. } if problems.len() == 1 => {
                "One part of this article’s notes was left out".into()
            }
            Self::Partial { problems, .. } => format!("{} parts of this article’s notes were left out", problems.len()),
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
            Self::Partial { .. } => "The article is shown without the notes, mentions and links listed below, \
                 which its notes file gets wrong."
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
        assert_eq!(notice.headline(), "2 parts of this article’s notes were left out");
        let detail = notice.detail();
        assert_eq!(detail.len(), 3);
        assert!(detail[2].starts_with("notes[1].sources[0].url: \"javascript:x\" is not an https URL"), "{detail:?}");
    }
}
