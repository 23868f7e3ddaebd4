//! The page as HTML, written at build time from the same descriptions the app builds its article
//! and endnotes from ([`crate::markup`]), so the article paints before the wasm arrives and reads
//! without it: marks link to endnotes. The app takes over without moving anything.

use crate::markup::article::{Marks, article, body};
use crate::markup::endnotes::endnotes;
pub use crate::markup::escape;
use crate::markup::{Node, el};
use crate::model::Dataset;

/// The dataset's JSON as a data block for the end of the page, which the wasm reads (see
/// [`crate::data`]), without the layout's white space. A `<` can only stand inside a JSON string,
/// where `\u003c` means the same: so no `</script>` in the data can end the element early.
pub fn dataset_script(json: &str) -> String {
    format!(
        "<script type=\"application/json\" id=\"{}\">{}</script>",
        crate::data::DATASET_ELEMENT_ID,
        compact(json).replace('<', "\\u003c")
    )
}

/// JSON without the white space between its tokens; strings (and their escapes) kept as they
/// are, and so the order of every key.
fn compact(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            (in_string, escaped) = (escaped || c != '"', !escaped && c == '\\');
        } else if c.is_ascii_whitespace() {
            continue;
        } else {
            in_string = c == '"';
        }
        out.push(c);
    }
    out
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

    #[test]
    fn the_dataset_script_holds_the_same_data_and_cannot_be_closed_early() {
        let json = "{\n  \"a\": \"</script><script>alert(1)</script>\",\n  \"b\": [\"<!--\", \"a \\\" b \\\\\", 1 ]\n}";
        let script = dataset_script(json);
        let inner = &script[script.find('>').unwrap_or(0) + 1..script.len() - "</script>".len()];
        assert!(!inner.contains('<'), "{script}");
        assert!(!inner.contains('\n') && inner.contains("\"a \\\" b \\\\\""), "compact, strings kept: {inner}");
        let parsed: serde_json::Value = serde_json::from_str(inner).expect("still JSON");
        assert_eq!(parsed, serde_json::from_str::<serde_json::Value>(json).expect("JSON"));
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
