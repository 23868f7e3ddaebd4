//! The page as HTML, rendered at build time by the same components that hydrate it in the
//! browser (Leptos's `to_html`), so the article paints before the wasm arrives and reads without
//! it: until the app takes over, marks link to the endnotes.

use leptos::prelude::*;

use crate::app::{App, Start};
use crate::model::Dataset;
use crate::model::in_page::to_page_json;

/// The dataset ([`crate::model::in_page`]) as a data block for the end of the page, which the wasm
/// reads (see [`crate::data`]).
pub fn dataset_script(dataset: &Dataset) -> String {
    format!(
        "<script type=\"application/json\" id=\"{}\">{}</script>",
        crate::data::DATASET_ELEMENT_ID,
        to_page_json(dataset)
    )
}

/// The page's content, for the root element ([`crate::app::ROOT_ID`]): exactly what hydration
/// walks, so it is written into the page as it is.
pub fn page(dataset: &'static Dataset) -> String {
    // Selectors spawn their work on an executor even while rendering to HTML.
    _ = any_spawner::Executor::init_futures_executor();
    let start = Start { hydrating: true, embed: false };
    Owner::new().with(|| view! { <App dataset notice=None start /> }.to_html())
}

#[cfg(test)]
mod tests {
    use super::page;
    use crate::model::Dataset;

    fn bound_to_russia() -> &'static Dataset {
        Box::leak(Box::new(Dataset::from_json(crate::data::EMBEDDED_JSON).expect("valid")))
    }

    #[test]
    fn the_page_holds_every_block_every_mark_as_a_link_and_every_note_as_an_endnote() {
        let dataset = bound_to_russia();
        let html = page(dataset);
        for note in &dataset.notes {
            assert!(
                html.contains(&format!("<li id=\"endnote-{}\" value=\"{}\">", note.id, note.number)),
                "{}",
                note.id
            );
        }
        assert_eq!(html.matches(" data-block=\"").count(), dataset.article.blocks.len());
        assert_eq!(html.matches(" class=\"mark mark--").count(), dataset.mentions.len());
        assert_eq!(html.matches(" href=\"#endnote-").count(), dataset.mentions.len());
        assert!(!html.contains("role=\"button\""), "marks become buttons only once the app has taken over");
        assert!(!html.contains("<script"));
        assert!(!html.contains(" style="), "a strict policy blocks style attributes in markup");
    }
}
