//! The preview: the companion itself, rendered from the draft as a reader will see it (cards,
//! panel, and the printed handout from the browser's Print), with a way back to the editor.

use std::cell::RefCell;

use leptos::prelude::*;
use web_sys::HtmlElement;

use super::{Editing, TITLE};
use crate::app::{Start, mount};
use crate::model::{Checked, Dataset, DatasetError, Draft};

thread_local! {
    /// The companion rendered in the preview; dropping it takes it away.
    static SHOWN: RefCell<Option<Box<dyn std::any::Any>>> = const { RefCell::new(None) };
}

/// The preview of the draft, over the editor, until `back` is chosen.
#[component]
pub fn Preview(
    /// Back to the editor.
    back: Callback<()>,
) -> impl IntoView {
    let editing = expect_context::<Editing>();
    let root = NodeRef::<leptos::html::Div>::new();
    let refused = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let Some(element) = root.get() else { return };
        let element: HtmlElement = element.into();
        match editing.draft.with_untracked(Draft::check) {
            Ok(Checked { dataset, .. }) => {
                // The companion's components live as long as the page (as on the reader's page): each
                // preview keeps its own copy of the dataset.
                let dataset: &'static Result<Dataset, DatasetError> = Box::leak(Box::new(Ok(dataset)));
                let handle = mount(element, dataset, Start::default());
                SHOWN.with(|shown| *shown.borrow_mut() = Some(Box::new(handle)));
            }
            Err(error) => refused.set(Some(error.to_string())),
        }
    });
    on_cleanup(|| {
        SHOWN.with(|shown| shown.borrow_mut().take());
        document().set_title(TITLE);
    });
    view! {
        <div class="editor__preview">
            <div class="editor__preview-bar" role="region" aria-label="Preview">
                <span>"Preview: the companion as a reader will see it."</span>
                <button type="button" class="button button--primary" on:click=move |_| back.run(())>"Back to editing"</button>
            </div>
            {move || refused.get().map(|why| view! { <p class="editor__error" role="alert">{format!("A reader would not see this text: {why}")}</p> })}
            <div node_ref=root></div>
        </div>
    }
}
