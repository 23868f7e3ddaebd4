//! The article's details: who, when, where the original is, its language and direction.

use leptos::prelude::*;

use super::slices::{draft_text, place};
use super::{Editing, Field};
use crate::editor::words::{ltr, use_words};
use crate::i18n::fill;
use crate::model::{Direction, Draft};

/// The details of the text, folded away until wanted.
#[component]
pub(in crate::editor) fn ArticleForm() -> impl IntoView {
    let draft = expect_context::<Editing>().draft;
    let w = use_words();
    let (direction, set_direction) = create_slice(draft, |d| d.direction, |d, direction| d.direction = direction);
    let choose = move |ev: leptos::ev::Event| {
        let chosen = event_target_value(&ev);
        set_direction.set([Direction::Ltr, Direction::Rtl].into_iter().find(|d| d.as_str() == chosen));
    };
    view! {
        <details class="editor__article">
            <summary>{w.about_text}</summary>
            <Field label=w.publisher path="article.publisher".into() hint=w.publisher_hint
                text=draft_text(draft, place!(Draft, article.publisher)) />
            <Field label=w.author path="article.author.name".into() hint=w.author_hint
                text=draft_text(draft, place!(Draft, article.author.name)) />
            <Field label=w.published path="article.published".into() hint=fill(w.published_hint, &[("forms", &ltr("2022, 2022-03, 2022-03-14"))])
                text=draft_text(draft, place!(Draft, article.published)) />
            <Field label=w.url path="article.url".into() hint=fill(w.address_hint, &[("https", &ltr("https://"))])
                text=draft_text(draft, place!(Draft, article.url)) />
            <Field label=w.url_label path="article.url_label".into() hint=w.url_label_hint
                text=draft_text(draft, place!(Draft, article.url_label)) />
            <Field label=w.description path="article.description".into() hint=w.description_hint
                text=draft_text(draft, place!(Draft, article.description)) />
            <Field label=w.language path="language".into() hint=fill(w.language_hint, &[("tags", &ltr("en, sr-Latn, ar"))])
                text=draft_text(draft, place!(Draft, language)) />
            <div class="editor__field">
                <label for="field-direction">{fill(w.optional, &[("label", w.direction)])}</label>
                <select id="field-direction" data-path="direction" on:change=choose>
                    <option value="" selected=move || direction.get().is_none()>{w.directions[0]}</option>
                    <option value="ltr" selected=move || direction.get() == Some(Direction::Ltr)>{w.directions[1]}</option>
                    <option value="rtl" selected=move || direction.get() == Some(Direction::Rtl)>{w.directions[2]}</option>
                </select>
            </div>
        </details>
    }
}
