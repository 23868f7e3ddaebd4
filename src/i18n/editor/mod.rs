//! The editor's words, in every language the interface speaks.
//!
//! The editor's page is built once for every language, so its wasm carries only English; each
//! other language's words are written beside it as `words/<tag>.txt` (by `companion-shell`, from
//! these constants) and fetched when a person chooses that language: a person editing in German
//! downloads German, about 3 KB, and no one downloads all seven.
//!
//! Templates name their values in braces (`{title}`), filled by [`super::fill`] or split around
//! an element by [`super::pieces`].

#[cfg(any(feature = "ssr", test))]
mod ar;
#[cfg(any(feature = "ssr", test))]
mod de;
mod en;
#[cfg(any(feature = "ssr", test))]
mod es;
#[cfg(any(feature = "ssr", test))]
mod fr;
#[cfg(any(feature = "ssr", test))]
mod sr_cyrl;
#[cfg(any(feature = "ssr", test))]
mod sr_latn;

use super::Locale;
use super::Plural;
use super::catalogue::catalogue;

/// The kinds of actor by the names the page gives them in the same language.
const fn actor_kinds(page: &super::Words) -> [&'static str; 7] {
    let kinds = &page.actor_kinds;
    [kinds[0].0, kinds[1].0, kinds[2].0, kinds[3].0, kinds[4].0, kinds[5].0, kinds[6].0]
}

impl EditorWords {
    /// The editor's words in English, which its wasm carries.
    pub const ENGLISH: &'static EditorWords = &en::EN;
}

impl Locale {
    /// The editor's words in it.
    #[cfg(any(feature = "ssr", test))]
    pub fn editor_words(self) -> &'static EditorWords {
        match self {
            Self::En => &en::EN,
            Self::SrLatn => &sr_latn::SR_LATN,
            Self::SrCyrl => &sr_cyrl::SR_CYRL,
            Self::De => &de::DE,
            Self::Fr => &fr::FR,
            Self::Es => &es::ES,
            Self::Ar => &ar::AR,
        }
    }

    /// Where the editor's page finds its words in this language, beside it.
    pub fn editor_words_file(self) -> String {
        format!("words/{}.txt", self.tag())
    }
}

catalogue! {
    /// Every word the editor says, the names its controls are read out by included.
    #[derive(Clone, Debug)]
    #[cfg_attr(test, derive(serde::Serialize))]
    pub struct EditorWords {
        /// The page's title.
        pub title: &'static str,
        /// The page's heading.
        pub heading: &'static str,
        /// The choice of the editor's language.
        pub editor_language: &'static str,
        /// The buttons at the top: preview, export, start again.
        pub preview: &'static str,
        pub export: &'static str,
        pub start_again: &'static str,
        /// Where the browser keeps nothing for the page.
        pub not_kept: &'static str,
        /// Where it does.
        pub kept_here: &'static str,
        /// A draft saved in an older format, `{old}` and `{new}` the formats.
        pub migrated: &'static str,
        /// A saved draft that cannot be opened, `{why}`.
        pub draft_refused: &'static str,
        pub download_saved: &'static str,

        /// The start page.
        pub start_lead: &'static str,
        pub replaces_draft: &'static str,
        pub back_to_draft: &'static str,
        pub paste_heading: &'static str,
        pub paste_hint: &'static str,
        pub start_from_text: &'static str,
        pub paste_first: &'static str,
        pub open_heading: &'static str,
        pub file_label: &'static str,
        pub address_label: &'static str,
        pub open: &'static str,
        /// `{what}` (a file's name or an address) `{why}`.
        pub cannot_open: &'static str,
        /// `{what}` alone, where there is nothing more to say.
        pub cannot_open_plain: &'static str,
        /// A file the browser would not read, `{what}`.
        pub cannot_read: &'static str,
        /// Why an address gave no dataset: not https, `{status}` of the server, the network,
        /// too large, `{kind}` of content.
        pub why_address: &'static str,
        pub why_status: &'static str,
        pub why_network: &'static str,
        pub why_too_large: &'static str,
        pub why_kind: &'static str,
        /// A text in the language's quotation marks, `{text}`.
        pub quoted: &'static str,

        /// The phrase bar.
        pub phrase_heading: &'static str,
        pub find_label: &'static str,
        pub not_found: &'static str,
        pub places: &'static str,
        /// Which place, `{at}` of `{total}`, in `{block}` (a kind of block) number `{nth}`.
        pub place: &'static str,
        /// The kinds of block, in [`crate::model::BlockKind`] order.
        pub block_kinds: [&'static str; 6],
        pub none_chosen: &'static str,
        /// `{phrase}` chosen.
        pub chosen: &'static str,
        pub told_apart: &'static str,
        pub mark_every: &'static str,
        pub new_note_on_it: &'static str,
        /// A new note of each kind, in [`crate::model::NoteKind::ALL`] order.
        pub new_note: [&'static str; 3],
        pub another_mention: &'static str,
        pub choose_note: &'static str,
        pub add_mention: &'static str,

        /// The problems.
        pub no_problems: &'static str,
        pub problems: Plural,
        pub problems_hint: &'static str,
        /// `{why}` a reader would see nothing.
        pub reader_sees_nothing: &'static str,
        /// A problem at a field: `{path}` and `{message}`.
        pub at_path: &'static str,
        /// Where a note's id is another's too: `{notes}`.
        pub same_id: &'static str,
        /// A note by number, `{n}`, and with its title, `{title}`.
        pub note_n: &'static str,
        pub note_titled: &'static str,
        /// The last of a list, `{list}` and `{last}`.
        pub and_last: &'static str,

        /// The notes.
        pub notes_heading: &'static str,
        pub no_notes: &'static str,
        /// Each kind of note, in [`crate::model::NoteKind::ALL`] order.
        pub kind_names: [&'static str; 3],
        pub mentions: Plural,
        /// A note in the list: `{n}`, `{title}`, `{kind}`, `{mentions}`.
        pub note_item: &'static str,
        /// A note's form's heading: `{n}`, `{kind}`.
        pub note_heading: &'static str,
        /// A field's label, `{label}`, required or not.
        pub required: &'static str,
        pub optional: &'static str,
        /// The fix a problem suggests, `{value}`.
        pub use_value: &'static str,
        pub title_label: &'static str,
        pub title_hint: &'static str,
        pub id_label: &'static str,
        pub id_hint: &'static str,
        pub delete_note: &'static str,
        /// Said once a note is deleted: `{n}`, its number, and `{title}`.
        pub note_deleted: &'static str,
        /// Puts the deleted note back.
        pub undo: &'static str,
        pub mentions_legend: &'static str,
        pub every_occurrence: &'static str,
        pub remove: &'static str,
        /// After "Remove", for screen readers: `{n}`.
        pub mention_n: &'static str,
        pub source_n: &'static str,
        pub mention_hint: &'static str,

        /// An actor's fields.
        pub actor_kind: &'static str,
        /// The kinds of actor, in [`crate::model::ActorKind::ALL`] order: the page's own names.
        pub actor_kinds: [&'static str; 7],
        pub role: &'static str,
        pub role_hint: &'static str,
        pub summary: &'static str,
        pub summary_hint: &'static str,
        pub stance: &'static str,
        pub stance_hint: &'static str,

        /// A poll figure's fields.
        pub poll: &'static str,
        pub choose_poll: &'static str,
        pub new_poll: &'static str,
        /// A new poll's title, `{title}` the note's.
        pub poll_for: &'static str,
        pub figure: &'static str,
        pub figure_hint: &'static str,
        pub measures: &'static str,
        pub measures_hint: &'static str,

        /// A context note's fields.
        pub dates: &'static str,
        pub dates_hint: &'static str,
        pub key_figure: &'static str,
        pub key_figure_hint: &'static str,
        pub record: &'static str,
        pub record_hint: &'static str,

        /// A poll's fields; its legend, `{title}`.
        pub poll_legend: &'static str,
        pub poll_title_hint: &'static str,
        pub poll_id_hint: &'static str,
        pub by: &'static str,
        pub by_hint: &'static str,
        pub when: &'static str,
        pub when_hint: &'static str,
        pub asked: &'static str,
        pub asked_hint: &'static str,
        pub question: &'static str,
        pub question_hint: &'static str,
        pub unverified: &'static str,
        pub unverified_hint: &'static str,

        /// A note's sources.
        pub sources_legend: &'static str,
        pub address: &'static str,
        /// `{https}` addresses only.
        pub address_hint: &'static str,
        pub label: &'static str,
        pub label_hint: &'static str,
        pub add_source: &'static str,

        /// The article's details.
        pub about_text: &'static str,
        pub publisher: &'static str,
        pub publisher_hint: &'static str,
        pub author: &'static str,
        pub author_hint: &'static str,
        pub published: &'static str,
        /// `{forms}`: the three forms of a date.
        pub published_hint: &'static str,
        pub url: &'static str,
        pub url_label: &'static str,
        pub url_label_hint: &'static str,
        pub description: &'static str,
        pub description_hint: &'static str,
        pub language: &'static str,
        /// `{tags}`: a few language tags.
        pub language_hint: &'static str,
        pub direction: &'static str,
        /// As the language is written, left to right, right to left.
        pub directions: [&'static str; 3],

        /// The text.
        pub text_heading: &'static str,
        pub text_hint: &'static str,
        pub headline_hint: &'static str,
        pub edit_text: &'static str,
        /// A mark's note, for screen readers: `{n}`.
        pub mark_note: &'static str,
        pub headline: &'static str,
        /// `{n}`.
        pub block_n: &'static str,
        pub headline_first: &'static str,
        pub done: &'static str,
        pub cancel: &'static str,
        pub text_unchanged: &'static str,
        pub text_changed: &'static str,
        /// `{notes}` no longer found.
        pub text_lost: &'static str,

        /// The export.
        /// `{why}` the companion would show nothing.
        pub export_refused: &'static str,
        pub export_problems: Plural,
        pub download_dataset: &'static str,
        pub download_w3c: &'static str,
        /// A download's name where the draft has problems: `{action}`.
        pub with_problems: &'static str,
        /// `{link}` and `{about}`: the two fields' names.
        pub w3c_hint: &'static str,
        /// `{data}`, `{site}`, `{check}`: the query and the two commands.
        pub export_hint: &'static str,
        pub dataset_json: &'static str,

        /// Publishing.
        pub publish: &'static str,
        pub publish_hint: &'static str,
        pub page_name: &'static str,
        pub name_rule: &'static str,
        /// `{rule}` and the `{name}` that would do.
        pub name_suggested: &'static str,
        /// `{max}` characters.
        pub name_too_long: &'static str,
        /// `{first}` and `{second}` the site's folders.
        pub name_reserved: &'static str,
        /// `{name}`.
        pub name_hint: &'static str,
        pub download_page: &'static str,
        pub download_single: &'static str,
        pub making_page: &'static str,
        pub making_single: &'static str,
        /// `{file}`.
        pub single_done: &'static str,
        /// `{name}`, `{edit}`, `{path}`, `{address}`.
        pub placed: &'static str,
        /// `{file}`.
        pub oembed_answer: &'static str,
        pub download_oembed: &'static str,
        pub embed_heading: &'static str,
        pub embed_iframe: &'static str,
        pub embed_script: &'static str,
        pub copy: &'static str,
        pub copied: &'static str,
        pub copy_by_hand: &'static str,

        /// The preview.
        pub preview_note: &'static str,
        pub back_to_editing: &'static str,
        /// `{why}`.
        pub no_preview: &'static str,
        pub published_page: &'static str,

        /// The page renderer: `{file}` the site's settings.
        pub not_in_site: &'static str,
        /// `{file}`, `{why}`.
        pub settings_unreadable: &'static str,
        /// `{why}`.
        pub answer_unreadable: &'static str,
        pub renderer_not_started: &'static str,
        pub renderer_files: &'static str,
        pub renderer_not_running: &'static str,
        pub renderer_not_asked: &'static str,
        pub renderer_no_answer: &'static str,
        pub renderer_failed: &'static str,
    }
}
