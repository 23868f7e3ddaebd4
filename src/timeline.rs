//! The timeline's order: the first date a context note's `dates` text names, as far as it says
//! it ("24 February 2022", "March 2014", "2017–2020", "Since 2001").

use crate::model::{Dataset, NoteBody, NoteId};

/// Context notes that name a date, oldest first (ties keep dataset order).
pub fn entries(dataset: &Dataset) -> Vec<(DateKey, NoteId)> {
    let mut entries: Vec<(DateKey, NoteId)> = dataset
        .notes
        .iter()
        .enumerate()
        .filter_map(|(i, note)| match &note.body {
            NoteBody::Context(context) => context.dates.as_deref().and_then(first_date).map(|key| (key, NoteId(i))),
            _ => None,
        })
        .collect();
    // By insertion, which keeps ties in dataset order: the entries are a dataset's context notes,
    // tens and mostly in date order already, and the library's sort weighs more in the download
    // (about 1.3 KB compressed) than this article's whole timeline.
    for sorted in 1..entries.len() {
        let mut at = sorted;
        while at > 0 && entries[at - 1].0 > entries[at].0 {
            entries.swap(at - 1, at);
            at -= 1;
        }
    }
    entries
}

/// A date as precise as the text gives it: year, then month and day where named (0 otherwise).
pub type DateKey = (u16, u8, u8);

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The first date in `text`, or `None` when it names no year.
pub fn first_date(text: &str) -> Option<DateKey> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let year_at =
        words.iter().position(|w| w.len() == 4 && w.parse::<u16>().is_ok_and(|y| (1000..=2999).contains(&y)))?;
    let year = words[year_at].parse().ok()?;
    // The first month named before the year belongs to it ("24 March – 10 June 1999": March).
    let month_at = words[..year_at].iter().position(|w| MONTHS.contains(&w.as_str()));
    let month = month_at.and_then(|i| MONTHS.iter().position(|m| *m == words[i])).map_or(0, |m| m as u8 + 1);
    // The first day number before that month ("4, 13 and 24 March": the 4th).
    let day = month_at
        .and_then(|i| words[..i].iter().find_map(|w| w.parse::<u8>().ok().filter(|d| (1..=31).contains(d))))
        .unwrap_or(0);
    Some((year, month, day))
}

#[cfg(test)]
mod tests {
    use super::{entries, first_date};
    use crate::model::Dataset;

    #[test]
    fn entries_run_oldest_first_and_ties_keep_dataset_order() {
        let dataset = Dataset::from_json(crate::data::EMBEDDED_JSON).expect("valid");
        let all = entries(&dataset);
        assert!(all.len() > 5, "{all:?}");
        assert!(all.windows(2).all(|w| w[0].0 < w[1].0 || (w[0].0 == w[1].0 && w[0].1.0 < w[1].1.0)), "{all:?}");
    }

    #[test]
    fn reads_the_first_date_as_precisely_as_given() {
        assert_eq!(first_date("24 February 2022"), Some((2022, 2, 24)));
        assert_eq!(first_date("March 2014"), Some((2014, 3, 0)));
        assert_eq!(first_date("24 March – 10 June 1999"), Some((1999, 3, 24)));
        assert_eq!(first_date("2017–2020"), Some((2017, 0, 0)));
        assert_eq!(first_date("Since 2001"), Some((2001, 0, 0)));
        assert_eq!(first_date("Signed 29 April 2008; in force 1 September 2013"), Some((2008, 4, 29)));
        assert_eq!(first_date("4, 13 and 24 March 2022"), Some((2022, 3, 4)));
        assert_eq!(first_date("undated"), None);
    }

    #[test]
    fn orders_chronologically() {
        let mut dates = ["2022", "March 2014", "24 February 2022", "1999"].map(|d| first_date(d).expect("a date"));
        dates.sort();
        assert_eq!(dates, [(1999, 0, 0), (2014, 3, 0), (2022, 0, 0), (2022, 2, 24)]);
    }
}
