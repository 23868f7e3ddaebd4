//! The validated dataset as the build writes it into the page and the wasm reads it back: serde
//! JSON of [`Dataset`] without what [`Dataset::link`] derives again. The wasm so needs no dataset
//! checker for the built-in article (it was checked when the page was built), only serde.
//!
//! The page is not trusted on that account: what is read is checked for everything the
//! components rely on (every index in range, every range on whole characters of its block and in
//! reading order, every URL `https`, every poll figure a percentage, a headline first), and a
//! damaged page is refused rather than shown wrongly or allowed to panic.

use super::dataset::{BlockKind, Dataset, NoteBody};

/// The dataset as JSON for a `<script type="application/json">`: a `<` can only stand inside a
/// JSON string, where `\u003c` means the same, so no `</script>` in the data can end the element.
pub fn to_page_json(dataset: &Dataset) -> String {
    serde_json::to_string(dataset).unwrap_or_default().replace('<', "\\u003c")
}

/// The dataset [`to_page_json`] wrote, or `None` if `json` is not one.
pub fn from_page_json(json: &str) -> Option<Dataset> {
    let mut dataset: Dataset = serde_json::from_str(json).ok()?;
    dataset.is_whole().then(|| {
        dataset.link();
        dataset
    })
}

impl Dataset {
    /// Whether every reference holds: the conditions under which [`Dataset::link`] and the
    /// components never index out of range.
    fn is_whole(&self) -> bool {
        let blocks = &self.article.blocks;
        let polls_hold = self.notes.iter().all(|note| match &note.body {
            NoteBody::Poll(figure) => figure.poll < self.polls.len() && (0.0..=100.0).contains(&figure.value),
            _ => true,
        });
        let mut previous: Option<(usize, usize)> = None;
        let mentions_hold = self.mentions.iter().all(|mention| {
            let in_order = previous.is_none_or(|(block, end)| {
                mention.block > block || (mention.block == block && mention.range.start >= end)
            });
            previous = Some((mention.block, mention.range.end));
            in_order
                && mention.note.0 < self.notes.len()
                && mention.range.start < mention.range.end
                && blocks.get(mention.block).is_some_and(|b| b.text.get(mention.range.clone()).is_some())
        });
        blocks.first().is_some_and(|b| b.kind == BlockKind::Headline) && polls_hold && mentions_hold
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::{from_page_json, to_page_json};
    use crate::model::{Dataset, NoteBody};

    fn dataset(path: &str) -> Dataset {
        let json = std::fs::read_to_string(path).expect("dataset file");
        Dataset::from_json(&json).expect("valid")
    }

    #[test]
    fn every_bundled_dataset_reads_back_as_it_was_checked() {
        for path in ["data/bound-to-russia.json", "data/examples/primer.json"] {
            let dataset = dataset(path);
            let read = from_page_json(&to_page_json(&dataset)).expect(path);
            assert_eq!(format!("{read:?}"), format!("{dataset:?}"), "{path}");
        }
    }

    #[test]
    fn a_partly_valid_dataset_reads_back_without_what_was_left_out() {
        let json = std::fs::read_to_string("data/bound-to-russia.json").expect("dataset file");
        let json = json.replacen("\"https://", "\"http://", 3);
        let checked = Dataset::check(&json).expect("usable");
        assert!(!checked.problems.is_empty());
        let read = from_page_json(&to_page_json(&checked.dataset)).expect("reads");
        assert_eq!(format!("{read:?}"), format!("{:?}", checked.dataset));
    }

    #[test]
    fn no_script_end_in_the_data_can_close_its_element() {
        let json = std::fs::read_to_string("data/examples/primer.json").expect("dataset file");
        let json = json.replacen("\"title\": \"Serbia\"", "\"title\": \"</script><script>alert(1)</script><!--\"", 1);
        let dataset = Dataset::from_json(&json).expect("valid");
        let page = to_page_json(&dataset);
        assert!(!page.contains('<'), "{page}");
        let read = from_page_json(&page).expect("a dataset");
        assert!(read.notes.iter().any(|note| note.title.starts_with("</script><script>alert(1)")));
    }

    /// The primer as the page holds it, changed by `change`, read back.
    fn altered(change: impl FnOnce(&mut Value)) -> Option<Dataset> {
        let mut page: Value = serde_json::from_str(&to_page_json(&dataset("data/examples/primer.json"))).expect("JSON");
        change(&mut page);
        from_page_json(&page.to_string())
    }

    #[test]
    fn a_damaged_page_is_not_read() {
        assert!(altered(|_| {}).is_some());
        assert!(from_page_json(&to_page_json(&dataset("data/examples/primer.json"))[..100]).is_none(), "cut short");
        assert!(altered(|d| d["notes"] = json!(3)).is_none(), "another layout");
        assert!(altered(|d| d["article"]["publisher"] = json!(1)).is_none(), "a number for a text");
        assert!(altered(|d| d["article"]["blocks"][0]["kind"] = json!("paragraph")).is_none(), "no headline first");
        assert!(altered(|d| d["article"]["blocks"] = json!([])).is_none(), "no blocks");
    }

    #[test]
    fn a_page_cannot_smuggle_in_an_unsafe_url_a_figure_out_of_range_or_a_bad_index() {
        let source = |to: &'static str| move |d: &mut Value| d["notes"][0]["sources"][0]["url"] = json!(to);
        assert!(altered(source("javascript:alert(1)")).is_none());
        assert!(altered(source("http://example.org/")).is_none());
        assert!(altered(source("https://example.org/other")).is_some());
        assert!(altered(|d| d["article"]["url"] = json!("data:text/html,x")).is_none());

        let primer = dataset("data/examples/primer.json");
        let figure = primer.notes.iter().position(|n| matches!(n.body, NoteBody::Poll(_))).expect("a poll figure");
        for (value, read) in [(100.0, true), (100.5, false), (-1.0, false)] {
            let changed = altered(|d| d["notes"][figure]["body"]["Poll"]["value"] = json!(value));
            assert_eq!(changed.is_some(), read, "a poll figure of {value}");
        }
        let polls = primer.polls.len();
        assert!(altered(|d| d["notes"][figure]["body"]["Poll"]["poll"] = json!(polls)).is_none(), "no such poll");

        let last = primer.mentions.len() - 1;
        let (notes, blocks) = (primer.notes.len(), primer.article.blocks.len());
        let mention = |field: &'static str, to: Value| move |d: &mut Value| d["mentions"][last][field] = to;
        assert!(altered(mention("note", json!(notes))).is_none(), "no such note");
        assert!(altered(mention("block", json!(blocks))).is_none(), "no such block");
        assert!(altered(mention("range", json!({ "start": 0, "end": 1_000_000 }))).is_none(), "past the text");
        assert!(altered(mention("range", json!({ "start": 0.5, "end": 3 }))).is_none(), "not a whole number");
        let start = primer.mentions[last].range.start;
        assert!(altered(mention("range", json!({ "start": start, "end": start }))).is_none(), "nothing marked");
        assert!(altered(|d| d["mentions"][last] = d["mentions"][0].clone()).is_none(), "out of reading order");
    }

    #[test]
    fn a_range_that_splits_a_character_is_not_read() {
        let dataset = dataset("data/bound-to-russia.json");
        let mentions = &dataset.mentions;
        // A block's last mention, made to end inside a character of more than one byte after it.
        let (index, inside) = (0..mentions.len())
            .filter(|&i| mentions.get(i + 1).is_none_or(|next| next.block != mentions[i].block))
            .find_map(|i| {
                let text = &dataset.article.blocks[mentions[i].block].text;
                let start = mentions[i].range.start;
                text[start..].char_indices().find(|(_, c)| c.len_utf8() > 1).map(|(at, _)| (i, start + at + 1))
            })
            .expect("a character of more than one byte after a block's last mention");
        let mut page: Value = serde_json::from_str(&to_page_json(&dataset)).expect("JSON");
        page["mentions"][index]["range"]["end"] = json!(inside);
        assert!(from_page_json(&page.to_string()).is_none());
        page["mentions"][index]["range"]["end"] = json!(inside - 1);
        assert!(from_page_json(&page.to_string()).is_some(), "the same range, ending before that character");
    }
}
