//! What the companion's checker says of the draft, as the editor shows it: each problem at the
//! field it is about (an id used twice named at both notes), why a reader would see nothing, and
//! where each note's anchors mark the text, finished or not.

use std::ops::Range;

use super::problems;
use super::words::Speaking;
use crate::i18n::{EditorWords, Said, fill};
use crate::model::{BlockKind, Blocks, Draft, Problem, ProblemKind, Quote, UrlFault};

/// One problem the checker finds, as the editor shows it: in the list and beside its field.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldProblem {
    /// The JSON path of the field it is about (`notes[0].sources[0].url`).
    pub path: String,
    /// What is wrong, in the checker's words.
    pub message: String,
    /// The value that puts it right, where there is an obvious one (`http://` becomes
    /// `https://`).
    pub fix: Option<String>,
}

impl FieldProblem {
    fn of(problem: &Problem, draft: &Draft, said: Speaking) -> Self {
        let fix = match &problem.kind {
            ProblemKind::UnsafeUrl { url, fault: UrlFault::Scheme(scheme) } if scheme.eq_ignore_ascii_case("http") => {
                url.get(scheme.len()..).map(|rest| format!("https{rest}"))
            }
            _ => None,
        };
        let message = match (&problem.kind, problems::note_of(&problem.path)) {
            (ProblemKind::DuplicateId(_), Some(note)) => shared_id(draft, note, said.words),
            _ => problem.kind.said(said.problems, said.locale),
        };
        Self { path: problem.path.clone(), message, fix }
    }

    /// Every problem the checker finds in `draft`, and an id used more than once also at the first
    /// note that has it, which the checker does not name: the person may have just given the id
    /// to either, and should not find the other note blamed alone.
    fn all(found: &[Problem], draft: &Draft, said: Speaking) -> Vec<Self> {
        let mut all: Vec<Self> = found.iter().map(|p| Self::of(p, draft, said)).collect();
        for problem in found {
            let (ProblemKind::DuplicateId(_), Some(note)) = (&problem.kind, problems::note_of(&problem.path)) else {
                continue;
            };
            for other in draft.sharing_id(note) {
                let path = format!("notes[{other}].id");
                if !all.iter().any(|p| p.path == path) {
                    let at = all.iter().position(|p| problems::note_of(&p.path) > Some(other)).unwrap_or(all.len());
                    all.insert(at, Self { path, message: shared_id(draft, other, said.words), fix: None });
                }
            }
        }
        all
    }
}

/// The editor's words for note `note`'s id, which other notes have too: which ones.
fn shared_id(draft: &Draft, note: usize, words: &EditorWords) -> String {
    let mut others: Vec<String> = (draft.sharing_id(note).into_iter())
        .map(|i| {
            let n = (i + 1).to_string();
            match draft.notes[i].title.trim() {
                "" => fill(words.note_n, &[("n", &n)]),
                title => fill(words.note_titled, &[("n", &n), ("title", title)]),
            }
        })
        .collect();
    let last = others.pop().unwrap_or_default();
    let list =
        if others.is_empty() { last } else { fill(words.and_last, &[("list", &others.join(", ")), ("last", &last)]) };
    fill(words.same_id, &[("notes", &list)])
}

/// What the companion's checker says of the draft, as the editor shows it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Verdict {
    /// Every problem, with where it is.
    pub problems: Vec<FieldProblem>,
    /// Why a reader would see none of it, where that is so.
    pub refused: Option<String>,
    /// Where each note's anchors find it: the block, the byte range there, and the note's index
    /// in the draft. Found as the companion finds anchors, but for every note, finished or not,
    /// so that a note still missing a field shows where it is.
    pub marks: Vec<(usize, Range<usize>, usize)>,
}

impl Verdict {
    pub(super) fn of(draft: &Draft, said: Speaking) -> Self {
        let marks = marks(draft);
        match draft.check() {
            Err(error) => Self { refused: Some(error.said(said.problems, said.locale)), problems: Vec::new(), marks },
            Ok(checked) => {
                let problems = FieldProblem::all(&checked.problems, draft, said);
                Self { problems, refused: None, marks }
            }
        }
    }
}

/// The places the draft's anchors find, in reading order, none overlapping another (the
/// checker names an anchor that finds no place, or more than one, or one overlapping another).
fn marks(draft: &Draft) -> Vec<(usize, Range<usize>, usize)> {
    let texts = draft.texts();
    let search = Blocks::new(&texts);
    let headline = |block: usize| draft.article.blocks[block].kind == BlockKind::Headline;
    let mut found: Vec<(usize, Range<usize>, usize)> = Vec::new();
    for (note, fields) in draft.notes.iter().enumerate() {
        for anchor in &fields.anchors {
            let quote = Quote { exact: &anchor.exact, prefix: &anchor.prefix, suffix: &anchor.suffix };
            let places = search.occurrences(quote);
            if anchor.every || places.len() == 1 {
                found.extend(places.into_iter().filter(|(block, _)| !headline(*block)).map(|(b, r)| (b, r, note)));
            }
        }
    }
    found.sort_by_key(|(block, range, _)| (*block, range.start));
    let mut marks: Vec<(usize, Range<usize>, usize)> = Vec::with_capacity(found.len());
    for mark in found {
        if !marks.last().is_some_and(|last| last.0 == mark.0 && mark.1.start < last.1.end) {
            marks.push(mark);
        }
    }
    marks
}
