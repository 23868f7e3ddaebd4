//! The DOM ids the page's parts find each other by: a mark's phrase and button, a note's card
//! and its title and sources, the end of the article. The components write them and the code
//! that moves focus, places cards and follows links reads them; both take them from here, so
//! neither depends on the other for a name.

use crate::model::MentionId;

/// The DOM id of the spot after the article's last block, where its skip link leads.
pub const ARTICLE_END_ID: &str = "article-end";

/// The DOM id of a mention's phrase, whose line boxes the card is placed beside.
pub fn trigger_id(mention: MentionId) -> String {
    format!("mention-{}", mention.0)
}

/// The DOM id of a mention's button, which takes focus for the phrase.
pub fn opener_id(mention: MentionId) -> String {
    format!("open-{}", mention.0)
}

/// The DOM id of a note's card, which every one of its mentions' buttons opens.
pub fn card_id(note: &str) -> String {
    format!("card-{note}")
}

/// The id of a card's title, which the card's `aria-labelledby` names.
pub fn title_id(note: &str) -> String {
    format!("card-{note}-title")
}

/// The id of a card's sources, which its head links to.
pub fn sources_id(note: &str) -> String {
    format!("card-{note}-sources")
}
