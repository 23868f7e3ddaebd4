//! A link to a source.

use leptos::prelude::*;

/// A link that opens in a new tab, without giving the new page a handle on this one. `href` is
/// always a [`crate::model::SafeUrl`]'s text.
#[component]
pub fn NewTabLink(
    /// Where it leads: an `https:` URL from a [`crate::model::SafeUrl`].
    href: &'static str,
    /// What it says.
    text: &'static str,
    /// The language `text` is in; none for an address's host, which is no language and is not
    /// translated.
    lang: Option<&'static str>,
) -> impl IntoView {
    // `dir="auto"` isolates the text as a `<bdi>` would (see `components`), with one element
    // fewer for each of the page's hundred-odd source links.
    view! {
        <a href=href target="_blank" rel="noopener noreferrer" dir="auto" lang=lang translate=lang.is_none().then_some("no")>
            {text}
        </a>
    }
}
