//! The article's details: who, when, where the original is, its language and direction.

use leptos::prelude::*;

use super::slices::{draft_text, place};
use super::{Editing, Field};
use crate::model::{Direction, Draft};

/// The details of the text, folded away until wanted.
#[component]
pub(in crate::editor) fn ArticleForm() -> impl IntoView {
    let draft = expect_context::<Editing>().draft;
    let (direction, set_direction) = create_slice(draft, |d| d.direction, |d, direction| d.direction = direction);
    let choose = move |ev: leptos::ev::Event| {
        let chosen = event_target_value(&ev);
        set_direction.set([Direction::Ltr, Direction::Rtl].into_iter().find(|d| d.as_str() == chosen));
    };
    view! {
        <details class="editor__article">
            <summary>"About the text"</summary>
            <Field label="Publisher" path="article.publisher".into() hint="Who published it. Not shown when it is the author."
                text=draft_text(draft, place!(Draft, article.publisher)) />
            <Field label="Author" path="article.author.name".into() hint="Only a name you have checked."
                text=draft_text(draft, place!(Draft, article.author.name)) />
            <Field label="Published" path="article.published".into() hint="2022, 2022-03 or 2022-03-14."
                text=draft_text(draft, place!(Draft, article.published)) />
            <Field label="Link to the original" path="article.url".into() hint="https:// addresses only."
                text=draft_text(draft, place!(Draft, article.url)) />
            <Field label="What the link says" path="article.url_label".into() hint="Left out: Original article."
                text=draft_text(draft, place!(Draft, article.url_label)) />
            <Field label="Description" path="article.description".into() hint="For search results and link previews; left out, the first paragraph."
                text=draft_text(draft, place!(Draft, article.description)) />
            <Field label="Language" path="language".into() hint="A language tag, such as en, sr-Latn or ar."
                text=draft_text(draft, place!(Draft, language)) />
            <div class="editor__field">
                <label for="field-direction">"Direction (optional)"</label>
                <select id="field-direction" data-path="direction" on:change=choose>
                    <option value="" selected=move || direction.get().is_none()>"As the language is written"</option>
                    <option value="ltr" selected=move || direction.get() == Some(Direction::Ltr)>"Left to right"</option>
                    <option value="rtl" selected=move || direction.get() == Some(Direction::Rtl)>"Right to left"</option>
                </select>
            </div>
        </details>
    }
}
