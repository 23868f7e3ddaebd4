//! The preview: the published page itself, as the site's renderer makes it from the draft (see
//! [`super::renderer`]), in a frame over the editor: cards, panel, and the printed handout from
//! the frame's Print, with a way back to the editor.

use leptos::prelude::*;

use super::publish::Publishing;
use super::{Editing, renderer};

/// The preview of the draft's page, over the editor, until `back` is chosen.
#[component]
pub fn Preview(
    /// Back to the editor.
    back: Callback<()>,
) -> impl IntoView {
    let editing = expect_context::<Editing>();
    let publishing = expect_context::<Publishing>();
    let (json, name) = editing.draft.with_untracked(|draft| (draft.to_json(), publishing.name(draft)));
    let page = LocalResource::new(move || {
        let (json, name) = (json.clone(), name.clone());
        async move {
            let settings = publishing.settings.await?;
            renderer::page(&settings, &json, &name).await
        }
    });
    let shown = move || match page.get() {
        None => view! { <p class="editor__preview-note" role="status">"Making the page…"</p> }.into_any(),
        Some(Err(why)) => view! { <p class="editor__error" role="alert">{format!("No preview: {why}")}</p> }.into_any(),
        Some(Ok(page)) => view! {
            <iframe class="editor__preview-frame" title="The published page" srcdoc=page.html></iframe>
        }
        .into_any(),
    };
    view! {
        <div class="editor__preview">
            <div class="editor__preview-bar" role="region" aria-label="Preview">
                <span>"Preview: the published page, as a reader will see it."</span>
                <button type="button" class="button button--primary" on:click=move |_| back.run(())>"Back to editing"</button>
            </div>
            {shown}
        </div>
    }
}
