//! oEmbed for a site's pages: a content system (WordPress, Ghost, Medium…) that is given an
//! article's address finds `<link rel="alternate" type="application/json+oembed">` in its page,
//! fetches the JSON beside it and puts its `html` in the post: the iframe embed of that page and
//! the host script that fits it. Only a site with a public address (`--base-url`) has it: the
//! format names absolute addresses.

use serde::Serialize;

use crate::model::Dataset;

/// The file beside each page.
pub(crate) const OEMBED_FILE: &str = "oembed.json";

/// How long a consumer may keep the answer, in seconds: a day, since a page can be rebuilt.
pub(crate) const CACHE_AGE: u32 = 86_400;

/// The width the embed asks for (the article's measure) and the height it starts at before the
/// host script fits it to the article.
pub(crate) const WIDTH: u32 = 720;
pub(crate) const HEIGHT: u32 = 900;

/// The oEmbed answer for one page (type `rich`, version 1.0).
#[derive(Debug, Serialize)]
pub(crate) struct OEmbed {
    pub version: &'static str,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author_name: Option<String>,
    pub provider_name: String,
    pub provider_url: String,
    pub cache_age: u32,
    pub width: u32,
    pub height: u32,
    pub html: String,
}

impl OEmbed {
    /// The answer for `dataset`'s page at `page` on the site at `base`, named `site_name`, whose
    /// host script has Subresource Integrity `embed_sri`.
    pub fn of(dataset: &Dataset, page: &str, base: &str, site_name: &str, embed_sri: &str) -> Self {
        let title = dataset.article.title().to_owned();
        let html = iframe_embed(page, &title, base, embed_sri);
        Self {
            version: "1.0",
            kind: "rich",
            title,
            author_name: dataset.article.author.name.clone(),
            provider_name: site_name.to_owned(),
            provider_url: base.to_owned(),
            cache_age: CACHE_AGE,
            width: WIDTH,
            height: HEIGHT,
            html,
        }
    }

    pub(crate) fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// The iframe embed of the page at `page` (titled `title`) with the host script of the site at
/// `base` (whose integrity is `embed_sri`), which fits the frame to the article.
pub(crate) fn iframe_embed(page: &str, title: &str, base: &str, embed_sri: &str) -> String {
    let attribute = |text: &str| html_escape::encode_double_quoted_attribute(text).into_owned();
    format!(
        "<iframe data-reading-companion-frame src=\"{}?embed\" title=\"{}\" width=\"{WIDTH}\" height=\"{HEIGHT}\" \
         sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox\"></iframe>{}",
        attribute(page),
        attribute(title),
        host_script(base, embed_sri)
    )
}

/// The script embed of the same page: the host script writes the iframe where the element is.
pub(crate) fn script_embed(page: &str, title: &str, base: &str, embed_sri: &str) -> String {
    let attribute = |text: &str| html_escape::encode_double_quoted_attribute(text).into_owned();
    format!(
        "<div data-reading-companion data-page=\"{}\" data-title=\"{}\"></div>\n{}",
        attribute(page),
        attribute(title),
        host_script(base, embed_sri)
    )
}

/// The site's host script, with its integrity.
fn host_script(base: &str, embed_sri: &str) -> String {
    let attribute = |text: &str| html_escape::encode_double_quoted_attribute(text).into_owned();
    format!(
        "<script src=\"{}embed.js\" integrity=\"{}\" crossorigin=\"anonymous\"></script>",
        attribute(base),
        attribute(embed_sri)
    )
}

/// The discovery link for a page's head.
pub(crate) fn discovery_link(json_url: &str, title: &str) -> String {
    let attribute = |text: &str| html_escape::encode_double_quoted_attribute(text).into_owned();
    format!(
        "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{}\" title=\"{}\">",
        attribute(json_url),
        attribute(title)
    )
}

#[cfg(test)]
mod tests {
    use super::{OEmbed, discovery_link};
    use crate::model::Dataset;

    #[test]
    fn the_answer_is_a_rich_embed_of_the_page_with_its_host_script() {
        let primer = Dataset::from_json(include_str!("../../data/examples/primer.json")).expect("valid");
        let answer =
            OEmbed::of(&primer, "https://news.example/c/primer/", "https://news.example/c/", "The Review", "sha384-x");
        let json: serde_json::Value = serde_json::from_str(&answer.to_json()).expect("JSON");
        assert_eq!(json["version"], "1.0");
        assert_eq!(json["type"], "rich");
        assert_eq!(json["title"], primer.article.title());
        assert_eq!(json["provider_name"], "The Review");
        assert_eq!(json["provider_url"], "https://news.example/c/");
        assert_eq!(json["cache_age"], 86_400);
        assert_eq!((json["width"].as_u64(), json["height"].as_u64()), (Some(720), Some(900)));
        assert!(json.get("author_name").is_none(), "the primer names no author");
        let html = json["html"].as_str().unwrap_or_default();
        assert!(
            html.starts_with("<iframe data-reading-companion-frame src=\"https://news.example/c/primer/?embed\""),
            "{html}"
        );
        assert!(html.ends_with(
            "<script src=\"https://news.example/c/embed.js\" integrity=\"sha384-x\" crossorigin=\"anonymous\"></script>"
        ));
        let talk = Dataset::from_json(include_str!("../../tests/fixtures/valid/a-talk.json")).expect("valid");
        let answer = OEmbed::of(&talk, "https://x.example/t/", "https://x.example/", "X", "sha384-y");
        assert_eq!(answer.author_name.as_deref(), Some("Ada Example"));
        assert_eq!(
            discovery_link("https://x.example/t/oembed.json", "A \"talk\""),
            "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"https://x.example/t/oembed.json\" title=\"A &quot;talk&quot;\">"
        );
    }
}
