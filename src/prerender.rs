//! The page as HTML, written at build time from the same descriptions the app builds its article
//! and endnotes from ([`crate::markup`]), so the article paints before the wasm arrives and reads
//! without it: marks link to endnotes. The app takes over without moving anything.

use crate::markup::article::{Marks, article, body};
use crate::markup::endnotes::endnotes;
pub use crate::markup::escape;
use crate::markup::{Node, el};
use crate::model::Dataset;
use crate::model::packed::pack;

/// The dataset, packed ([`crate::model::packed`]), as a data block for the end of the page, which
/// the wasm reads (see [`crate::data`]). A `<` can only stand inside a JSON string, where
/// `\u003c` means the same: so no `</script>` in the data can end the element early.
pub fn dataset_script(dataset: &Dataset) -> String {
    format!(
        "<script type=\"application/json\" id=\"{}\">{}</script>",
        crate::data::DATASET_ELEMENT_ID,
        pack(dataset).replace('<', "\\u003c")
    )
}

/// The whole page body: brand, article (its marks linking to their endnotes), endnotes.
pub fn page(dataset: &Dataset) -> String {
    let main = el("main").attr("id", "main").child(article(dataset, Marks::Links, body(dataset).count()));
    let page = el("div")
        .attr("class", "page")
        .child(el("header").attr("class", "page__brand").text("Reading Companion"))
        .child(main.child(endnotes(dataset)));
    Node::from(page).to_html()
}

#[cfg(test)]
mod tests {
    use super::{dataset_script, page};
    use crate::model::Dataset;
    use crate::model::packed::{unpack, values};

    #[test]
    fn the_dataset_script_holds_the_same_data_and_cannot_be_closed_early() {
        let json = std::fs::read_to_string("data/examples/primer.json").expect("dataset file");
        let json = json.replacen("\"title\": \"Serbia\"", "\"title\": \"</script><script>alert(1)</script><!--\"", 1);
        let dataset = Dataset::from_json(&json).expect("valid");
        let script = dataset_script(&dataset);
        let inner = &script[script.find('>').unwrap_or(0) + 1..script.len() - "</script>".len()];
        assert!(!inner.contains('<'), "{script}");
        let read = unpack(values(inner).expect("JSON")).expect("a dataset");
        assert!(read.notes.iter().any(|note| note.title.starts_with("</script><script>alert(1)")));
        assert_eq!(format!("{read:?}"), format!("{dataset:?}"));
    }

    #[test]
    fn the_page_holds_every_block_and_every_note_as_an_endnote() {
        let dataset = Dataset::from_json(crate::data::EMBEDDED_JSON).expect("valid");
        let html = page(&dataset);
        for note in &dataset.notes {
            assert!(
                html.contains(&format!("<li id=\"endnote-{}\" value=\"{}\">", note.id, note.number)),
                "{}",
                note.id
            );
        }
        assert_eq!(html.matches("class=\"mark mark--").count(), dataset.mentions.len());
        assert_eq!(html.matches(" data-block=\"").count(), dataset.article.blocks.len());
        assert!(!html.contains("<script"));
    }
}
