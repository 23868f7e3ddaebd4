//! Reading a dataset: a file's bytes (UTF-8 only, see [`super::encoding`]) into the format's
//! shape ([`super::raw`]), then validated into a [`Dataset`] that can be shown, with every
//! problem found. The browser does the two halves in separate tasks, and validates a long
//! article in steps, so the page answers in between.

use super::dataset::{Dataset, FORMAT, FORMAT_CHANGES};
use super::error::{DatasetError, Problem, ProblemKind};
use super::raw::RawDataset;

/// A dataset that could be shown, with the problems found in it. What broke a rule is left out
/// of `dataset`: a bad anchor's mentions, an unsafe URL, the later of two overlapping mentions.
#[derive(Debug)]
pub struct Checked {
    /// What passed.
    pub dataset: Dataset,
    /// Every problem, in the order of the JSON.
    pub problems: Vec<Problem>,
    /// The older format the file is written in, where it is (see [`FORMAT_CHANGES`]).
    pub older_format: Option<u32>,
}

/// A dataset read but not yet validated (see [`Dataset::read`]), with the older format it is
/// written in, if it is.
pub struct Unchecked(RawDataset, Option<u32>);

impl Checked {
    /// The dataset if nothing in it broke a rule; otherwise every problem.
    pub fn into_clean(self) -> Result<Dataset, DatasetError> {
        if self.problems.is_empty() { Ok(self.dataset) } else { Err(DatasetError::Invalid(self.problems)) }
    }
}

impl Unchecked {
    /// The second half of [`Dataset::check`]: validates the dataset, anchors its notes and cuts
    /// its blocks into segments.
    pub fn check(self) -> Result<Checked, DatasetError> {
        futures::executor::block_on(self.check_in_steps(|| std::future::ready(())))
    }

    /// [`Unchecked::check`] in steps: `pause` is awaited between them (in the browser, the next
    /// task), so a very long article is checked without holding the page up.
    pub async fn check_in_steps<P: Future<Output = ()>>(
        self,
        pause: impl FnMut() -> P,
    ) -> Result<Checked, DatasetError> {
        let (dataset, problems) = self.0.validate(pause).await.map_err(DatasetError::Invalid)?;
        Ok(Checked { dataset, problems, older_format: self.1 })
    }
}

impl Dataset {
    /// Parses and validates a dataset strictly: any problem rejects it, and every problem found
    /// is reported, not just the first.
    pub fn from_json(json: &str) -> Result<Self, DatasetError> {
        Self::check(json)?.into_clean()
    }

    /// Parses and validates a dataset leniently: `Err` only when the JSON cannot be read or the
    /// article cannot be shown; otherwise what passed, with the problems found.
    pub fn check(json: &str) -> Result<Checked, DatasetError> {
        Self::read(json)?.check()
    }

    /// [`Dataset::check`] on a file's bytes, which must be UTF-8 (see [`super::encoding`]): what
    /// the checker and the browser read a dataset from elsewhere with.
    pub fn check_bytes(bytes: &[u8]) -> Result<Checked, DatasetError> {
        Self::read_bytes(bytes)?.check()
    }

    /// [`Dataset::read`] on a file's bytes.
    pub(crate) fn read_bytes(bytes: &[u8]) -> Result<Unchecked, DatasetError> {
        Self::read(super::encoding::text(bytes)?)
    }

    /// The first half of [`Dataset::check`]: reads the JSON into the format's shape, or says
    /// where it does not fit. A long dataset takes a while to read and a while to validate; the
    /// browser does them in separate tasks, so the page answers in between.
    pub fn read(json: &str) -> Result<Unchecked, DatasetError> {
        let json = super::encoding::text(json.as_bytes())?;
        // Another format may have another shape: say so rather than list what does not fit. An
        // older one still read means the same in this one.
        let format = RawDataset::format_of(json);
        let older = format.filter(|&format| FORMAT_CHANGES.iter().any(|(older, _)| *older == format));
        if let Some(format) = format.filter(|&format| format != FORMAT && older.is_none()) {
            return Err(DatasetError::Invalid(vec![Problem::new("format", ProblemKind::UnsupportedFormat(format))]));
        }
        Ok(Unchecked(RawDataset::read(json)?, older))
    }
}
