//! A paragraph that opens with a bold lead-in ("In this story: …", "Not verified: …").

use leptos::prelude::*;

/// `<p class=class><strong>lead</strong><bdi>text</bdi></p>`: the text, from the dataset, is
/// isolated from the lead's words (see `crate::components`).
#[component]
pub fn Lead(
    /// The paragraph's class.
    class: &'static str,
    /// The bold words it opens with, ending in a space.
    lead: &'static str,
    /// The rest of the paragraph.
    text: &'static str,
    /// The text's language, where known.
    lang: Option<&'static str>,
) -> impl IntoView {
    view! {
        <p class=class>
            <strong>{lead}</strong>
            <bdi lang=lang>{text}</bdi>
        </p>
    }
}
