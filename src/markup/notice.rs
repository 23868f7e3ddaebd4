//! What a reader sees instead of a blank page when a dataset cannot be used ([`problem`]), and
//! the banner over the article when a dataset from elsewhere could not be used, or was used
//! without some of its parts ([`banner`]). Plain language first, the technical detail one click
//! away.

use super::{Element, el};
use crate::notice::{INSTEAD, LoadNotice, NOT_LOADED};

/// Lines of technical detail shown; the rest are counted.
const MAX_LINES: usize = 100;

/// The page for a dataset that was rejected, with what is wrong with it (`detail`).
pub fn problem(detail: String) -> Element<'static> {
    let detail = el("details").child(el("summary").text("Technical details")).child(el("pre").text(detail));
    el("main")
        .attr("class", "problem")
        .attr("role", "alert")
        .child(el("h1").text("This article could not be loaded"))
        .child(
            el("p").text(
                "Its notes file has errors, so the companion cannot show it. The details below say what is wrong.",
            ),
        )
        .child(detail)
}

/// The banner of a build that reads no dataset but its own (the single file) when asked for
/// another.
pub fn only_built_in() -> Element<'static> {
    notice_banner(
        "alert",
        NOT_LOADED.into(),
        format!(
            "This copy of the companion shows its built-in article only: open the companion on a website to load \
             another. {INSTEAD}"
        ),
    )
}

/// What went wrong and what the reader sees instead.
pub fn banner(notice: &LoadNotice) -> Element<'_> {
    let detail = notice.detail();
    let more = detail.len().saturating_sub(MAX_LINES);
    let lines = detail.into_iter().take(MAX_LINES).chain((more > 0).then(|| format!("… and {more} more")));
    let summary = if notice.fell_back() { "Technical details" } else { "What was left out" };
    let role = if notice.fell_back() { "alert" } else { "status" };
    notice_banner(role, notice.headline(), notice.explanation()).child(
        el("details")
            .attr("class", "notice__detail")
            .child(el("summary").text(summary))
            .child(el("ul").children(lines.map(|line| el("li").text(line)))),
    )
}

/// A banner over the article: its heading and what it says, announced with `role`.
fn notice_banner(role: &'static str, title: String, text: String) -> Element<'static> {
    el("section")
        .attr("class", "notice")
        .attr("role", role)
        .attr("aria-labelledby", "load-notice")
        .child(el("h2").attr("class", "notice__title").attr("id", "load-notice").text(title))
        .child(el("p").attr("class", "notice__text").text(text))
}
