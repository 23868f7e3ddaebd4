//! The banner over the article when a dataset from elsewhere could not be used, or was used
//! without some of its parts, and when a `#note=` link could not be followed. Plain language
//! first, the technical detail one click away.

use leptos::prelude::*;

use crate::i18n::LiveWords;
#[cfg(feature = "open")]
use crate::i18n::{Locale, ProblemWords, Words};
use crate::launch::Start;
use crate::links::open_note;
use crate::model::NoteIndex;
#[cfg(feature = "open")]
use crate::notice::Notice;
use crate::state::{CardState, MissedLinks, Ready, ShownNotes};

/// Lines of technical detail shown; the rest are counted.
#[cfg(feature = "open")]
const MAX_LINES: usize = 100;

/// What went wrong and what the reader sees instead, announced as an alert when the article
/// asked for is not shown and as a status when it is shown in part: in the page's language, whose
/// problem sentences `open::show` fetched before it showed the page (in English, and marked so,
/// where they could not be fetched).
#[cfg(feature = "open")]
#[component]
pub fn NoticeBanner(
    /// What to say.
    notice: &'static Notice,
) -> impl IntoView {
    let page = expect_context::<&'static Words>().locale;
    let (words, locale) = crate::fetched_words::problem_words_at_hand(page)
        .map_or((ProblemWords::ENGLISH, Locale::En), |words| (words, page));
    let detail = notice.detail(words, locale);
    let more = detail.len().saturating_sub(MAX_LINES);
    let more = (more > 0).then(|| format!("… {}", crate::i18n::fill(words.and_more, &[("n", &locale.number(more))])));
    let lines = (detail.into_iter().take(MAX_LINES).chain(more)).map(|line| view! { <li>{line}</li> }).collect_view();
    let details = notice.detail_heading(words).map(|summary| {
        view! {
            <details class="notice__detail">
                <summary>{summary}</summary>
                <ul>{lines}</ul>
            </details>
        }
    });
    view! {
        <section class="notice" role=notice.role() aria-labelledby="load-notice" lang=locale.tag() dir=locale.dir()>
            <h2 class="notice__title" id="load-notice">
                {notice.headline(words, locale)}
            </h2>
            <p class="notice__text">{notice.explanation(words, locale)}</p>
            {details}
        </section>
    }
}

/// Where the page's notice (see [`Start`]) appears, over the article, once the app has taken over
/// (an island).
#[cfg_attr(feature = "islands", island)]
#[cfg_attr(not(feature = "islands"), component)]
pub fn Banner() -> impl IntoView {
    let ready = expect_context::<Ready>();
    let notice = use_context::<Start>().and_then(|start| start.notice);
    // On the article's page the only notice there can be is that it shows its built-in article
    // (see `main.rs`): its own banner leaves the other notices' words and the code that works
    // them out (10 KB) out of that page's wasm.
    #[cfg(not(feature = "open"))]
    let start = move || ready.get().then_some(notice).flatten().map(|_| view! { <BuiltInOnly /> });
    #[cfg(feature = "open")]
    let start = move || ready.get().then_some(notice).flatten().map(|notice| view! { <NoticeBanner notice /> });
    view! {
        {start}
        <LinkNotice />
    }
}

/// The banner of a build that reads only its built-in article, asked for another: what
/// the `open` build's `NoticeBanner` says of [`crate::notice::Notice::OnlyBuiltIn`], in words fixed at build time.
#[cfg(not(feature = "open"))]
#[component]
fn BuiltInOnly() -> impl IntoView {
    let words = expect_context::<&'static LiveWords>();
    view! {
        <section class="notice" role="alert" aria-labelledby="load-notice">
            <h2 class="notice__title" id="load-notice">
                {words.not_loaded.as_ref()}
            </h2>
            <p class="notice__text">{words.only_built_in.as_ref()}</p>
        </section>
    }
}

/// Why a `#note=` link opened nothing: a note the article does not have, or one of a kind the
/// reader's options hide (with a button that marks that kind and opens the note). Dismissed by
/// its button, or when a link is followed. Always in the page, hidden until needed: the app sets
/// which case it is (`data-missed`), and `style/notice.css` shows that case's words.
#[component]
fn LinkNotice() -> impl IntoView {
    let missed = expect_context::<MissedLinks>();
    let index = expect_context::<&'static NoteIndex>();
    let (state, shown) = (expect_context::<CardState>(), expect_context::<ShownNotes>());
    let words = expect_context::<&'static LiveWords>();
    let show = move |_| {
        if let Some(note) = missed.get_untracked().and_then(|m| index.note(m.hidden()?)) {
            shown.set_clean(false);
            shown.set_kind(note.kind, true);
            open_note(index, state, shown, missed, note.id.clone(), 0);
        }
    };
    view! {
        <section
            class="link-notice"
            role="status"
            aria-label=words.note_link.as_ref()
            hidden=move || missed.get().is_none()
            data-missed=move || missed.get().map(|m| if m.hidden().is_some() { "hidden" } else { "unknown" })
        >
            <p class="notice__text" data-for="unknown">
                {words.link_unknown.as_ref()}
            </p>
            <p class="notice__text" data-for="hidden">
                {words.link_hidden.as_ref()}
            </p>
            <div class="notice__actions">
                <button type="button" class="button" data-for="hidden" on:click=show>
                    {words.mark_and_open.as_ref()}
                </button>
                <button type="button" class="button" on:click=move |_| missed.set(None)>
                    {words.dismiss.as_ref()}
                </button>
            </div>
        </section>
    }
}
