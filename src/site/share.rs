//! What a page tells the sites it is shared on: Open Graph and Twitter card tags, so a link to an
//! article shows its headline, description and publisher in a post or a chat, as the page's own
//! title and description do in a search result. Derived from the dataset like those are; the
//! page's address only where the site has one (`--base-url`).

use crate::model::Dataset;

/// The `<meta>` tags for `dataset`'s page on the site named `site_name`, at `canonical`.
pub(crate) fn share_tags(dataset: &Dataset, site_name: &str, canonical: Option<&str>) -> String {
    let article = &dataset.article;
    let description = article.description();
    let mut tags = vec![
        ("property", "og:type", "article".to_owned()),
        ("property", "og:title", article.title().to_owned()),
        ("property", "og:site_name", site_name.to_owned()),
    ];
    tags.extend(description.iter().map(|text| ("property", "og:description", text.clone())));
    tags.extend(canonical.map(|url| ("property", "og:url", url.to_owned())));
    tags.extend(article.published.iter().map(|date| ("property", "article:published_time", date.clone())));
    tags.extend(article.author.name.iter().map(|name| ("property", "article:author", name.clone())));
    tags.extend(article.byline_publisher().map(|name| ("property", "article:publisher", name.to_owned())));
    tags.push(("name", "twitter:card", "summary".to_owned()));
    tags.push(("name", "twitter:title", article.title().to_owned()));
    tags.extend(description.map(|text| ("name", "twitter:description", text)));
    tags.into_iter()
        .map(|(kind, name, content)| {
            format!("<meta {kind}=\"{name}\" content=\"{}\">", html_escape::encode_double_quoted_attribute(&content))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::share_tags;
    use crate::model::Dataset;

    fn dataset(json: &str) -> Dataset {
        Dataset::from_json(json).expect("valid")
    }

    #[test]
    fn a_talk_with_its_speaker_and_an_address_says_both_and_no_date_it_lacks() {
        let talk = dataset(include_str!("../../tests/fixtures/valid/a-talk.json"));
        let tags = share_tags(&talk, "The Example Review", Some("https://news.example/a-talk/"));
        assert!(tags.starts_with("<meta property=\"og:type\" content=\"article\">"), "{tags}");
        let description = talk.article.description().expect("described");
        for tag in [
            format!("<meta property=\"og:title\" content=\"{}\">", talk.article.title()),
            "<meta property=\"og:site_name\" content=\"The Example Review\">".to_owned(),
            "<meta property=\"og:url\" content=\"https://news.example/a-talk/\">".to_owned(),
            format!("<meta property=\"og:description\" content=\"{description}\">"),
            "<meta property=\"article:author\" content=\"Ada Example\">".to_owned(),
            "<meta name=\"twitter:card\" content=\"summary\">".to_owned(),
            format!("<meta name=\"twitter:title\" content=\"{}\">", talk.article.title()),
            format!("<meta name=\"twitter:description\" content=\"{description}\">"),
        ] {
            assert!(tags.contains(&tag), "{tag} in {tags}");
        }
        assert!(!tags.contains("article:published_time"), "the talk has no date: {tags}");
        assert!(!tags.contains("article:publisher"), "the speaker publishes the talk, named once: {tags}");
    }

    #[test]
    fn a_dated_text_without_an_author_or_an_address_says_its_date_and_publisher_only() {
        let minimal = dataset(include_str!("../../tests/fixtures/valid/minimal.json"));
        let tags = share_tags(&minimal, "Reading Companion", None);
        assert!(tags.contains("<meta property=\"article:published_time\" content=\"2024-05\">"), "{tags}");
        assert!(tags.contains("<meta property=\"article:publisher\" content=\"Example Press\">"), "{tags}");
        assert!(!tags.contains("og:url"), "no address without a base URL: {tags}");
        assert!(!tags.contains("article:author"), "the author is not named: {tags}");
    }

    #[test]
    fn what_the_tags_quote_is_escaped() {
        let bound = dataset(include_str!("../../data/bound-to-russia.json"));
        let tags = share_tags(&bound, "Reading \"Companion\" & <co>", None);
        assert!(tags.contains("content=\"Reading &quot;Companion&quot; &amp; &lt;co&gt;\">"), "{tags}");
    }
}
