//! The preview: the published page itself, as the site's renderer makes it from the draft (see
//! [`super::renderer`]), in a frame over the editor: cards, panel, and the printed handout from
//! the frame's Print, with a way back to the editor.

use leptos::prelude::*;

use super::publish::Publishing;
use super::words::use_words;
use super::{Editing, renderer};
use crate::i18n::fill;

/// The preview of the draft's page, over the editor, until `back` is chosen.
#[component]
pub fn Preview(
    /// Back to the editor.
    back: Callback<()>,
) -> impl IntoView {
    let editing = expect_context::<Editing>();
    let publishing = expect_context::<Publishing>();
    let w = use_words();
    let (json, name) = editing.draft.with_untracked(|draft| (draft.to_json(), publishing.name(draft)));
    let page = LocalResource::new(move || {
        let (json, name) = (json.clone(), name.clone());
        async move {
            let settings = publishing.settings.await?;
            renderer::page(&settings, &json, &name).await
        }
    });
    let shown = move || match page.get() {
        None => view! { <p class="editor__preview-note" role="status">{w.making_page}</p> }.into_any(),
        Some(Err(why)) => {
            view! { <p class="editor__error" role="alert">{fill(w.no_preview, &[("why", &why.say(w))])}</p> }.into_any()
        }
        Some(Ok(page)) => view! {
            <iframe class="editor__preview-frame" title=w.published_page srcdoc=page.html></iframe>
        }
        .into_any(),
    };
    view! {
        <div class="editor__preview">
            <div class="editor__preview-bar" role="region" aria-label=w.preview>
                <span>{w.preview_note}</span>
                <button type="button" class="button button--primary" on:click=move |_| back.run(())>{w.back_to_editing}</button>
            </div>
            {shown}
        </div>
    }
}
