//! The page as HTML, written at build time from the same dataset and words as the components,
//! so the article paints before the wasm arrives and reads without it: marks link to endnotes.
//! The markup mirrors the components' (classes, `data-block`, `data-ref`), so the app takes over
//! without moving anything. Every text is escaped; nothing from the dataset becomes markup.

use std::fmt::Write;

use crate::labels::{
    ENDNOTES_TITLE, HOW_TO_OPEN, LEGEND_TITLE, byline, endnote_lines, kind_heading, legend_entry, reading_time,
};
use crate::model::{Block, BlockKind, Dataset, NoteKind, Segment};

/// Text escaped for an element's content or a quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The dataset's JSON as a data block for the page's head, which the wasm reads (see
/// [`crate::data`]). A `<` can only stand inside a JSON string, where `\u003c` means the same: so
/// no `</script>` in the data can end the element early.
pub fn dataset_script(json: &str) -> String {
    format!(
        "<script type=\"application/json\" id=\"{}\">{}</script>",
        crate::data::DATASET_ELEMENT_ID,
        json.trim().replace('<', "\\u003c")
    )
}

/// The whole page body: brand, article, endnotes.
pub fn page(dataset: &Dataset) -> String {
    let mut html =
        String::from("<div class=\"page\"><header class=\"page__brand\">Reading Companion</header><main id=\"main\">");
    article(&mut html, dataset);
    endnotes(&mut html, dataset);
    html.push_str("</main></div>");
    html
}

fn article(html: &mut String, dataset: &Dataset) {
    let article = &dataset.article;
    let lang = dataset.language.as_deref().map(|l| format!(" lang=\"{}\"", escape(l))).unwrap_or_default();
    _ = write!(html, "<article class=\"article\"{lang}><header class=\"article__header\">");
    let (head, body): (Vec<&Block>, Vec<&Block>) =
        article.blocks.iter().partition(|b| matches!(b.kind, BlockKind::Headline | BlockKind::Standfirst));
    for b in head {
        block(html, dataset, b);
    }
    _ = write!(
        html,
        "<p class=\"article__byline\"><span>{}</span> · <time datetime=\"{}\">{}</time> · <span>{}</span>",
        escape(&article.publisher),
        escape(&article.published),
        escape(&article.date_label()),
        escape(&reading_time(dataset))
    );
    if let Some(byline) = byline(&article.author) {
        _ = write!(html, " · <span>{}</span>", escape(&byline));
    }
    if let Some(url) = &article.url {
        _ = write!(
            html,
            " · <a href=\"{}\" target=\"_blank\" rel=\"noopener noreferrer\">Original article</a>",
            escape(url.as_str())
        );
    }
    html.push_str("</p>");
    for note in article.published_note.iter().chain(&article.author.note) {
        _ = write!(html, "<p class=\"article__meta-note\">{}</p>", escape(note));
    }
    legend(html, dataset);
    html.push_str("</header>");
    for b in body {
        block(html, dataset, b);
    }
    html.push_str("</article>");
}

fn legend(html: &mut String, dataset: &Dataset) {
    _ = write!(
        html,
        "<aside class=\"legend\" aria-labelledby=\"legend-title\"><h2 id=\"legend-title\" class=\"legend__title\">{}</h2><ul class=\"legend__items\">",
        escape(LEGEND_TITLE)
    );
    for kind in NoteKind::ALL {
        let count = dataset.notes.iter().filter(|n| n.kind() == kind).count();
        if count > 0 {
            let (sample, meaning) = legend_entry(kind);
            _ = write!(
                html,
                "<li><span class=\"legend__sample mark--{}\">{sample}</span> {meaning} ({count})</li>",
                kind.as_str()
            );
        }
    }
    _ = write!(html, "</ul><p class=\"legend__how\">{}</p></aside>", escape(HOW_TO_OPEN));
}

fn block(html: &mut String, dataset: &Dataset, block: &Block) {
    let (open, close) = match block.kind {
        BlockKind::Headline => ("<h1 class=\"article__headline\"", "</h1>"),
        BlockKind::Standfirst => ("<p class=\"article__standfirst\"", "</p>"),
        BlockKind::Caption => ("<p class=\"article__caption\"", "</p>"),
        BlockKind::Paragraph => ("<p", "</p>"),
        BlockKind::Pullquote => ("<blockquote class=\"article__pullquote\"><p", "</p></blockquote>"),
        BlockKind::Disclaimer => ("<p class=\"article__disclaimer\"", "</p>"),
    };
    _ = write!(html, "{open} data-block=\"{}\">", escape(&block.id));
    for segment in &block.segments {
        match segment {
            Segment::Plain(range) => html.push_str(&escape(&block.text[range.clone()])),
            Segment::Marked { range, mention } => {
                let note = dataset.note_of(*mention);
                _ = write!(
                    html,
                    "<a class=\"mark mark--{}\" href=\"#endnote-{}\" data-note=\"{}\" data-ref=\"{}\">{}</a>",
                    note.kind().as_str(),
                    escape(&note.id),
                    escape(&note.id),
                    note.number,
                    escape(&block.text[range.clone()])
                );
            }
        }
    }
    html.push_str(close);
}

fn endnotes(html: &mut String, dataset: &Dataset) {
    _ = write!(
        html,
        "<section class=\"endnotes\" aria-labelledby=\"endnotes-title\"><h2 id=\"endnotes-title\">{}</h2>",
        escape(ENDNOTES_TITLE)
    );
    for (kind, ids) in dataset.endnotes() {
        _ = write!(html, "<h3>{}</h3><ol class=\"endnotes__list\">", kind_heading(kind));
        for id in ids {
            let note = &dataset.notes[id.0];
            _ = write!(
                html,
                "<li id=\"endnote-{}\" value=\"{}\"><strong>{}</strong>",
                escape(&note.id),
                note.number,
                escape(&note.title)
            );
            for line in endnote_lines(dataset, note) {
                _ = write!(html, " {}", escape(&line));
            }
            html.push_str("<ul class=\"endnotes__sources\">");
            for source in &note.sources {
                _ = write!(
                    html,
                    "<li>{}: <span class=\"endnotes__url\">{}</span></li>",
                    escape(&source.label),
                    escape(source.url.as_str())
                );
            }
            html.push_str("</ul></li>");
        }
        html.push_str("</ol>");
    }
    html.push_str("</section>");
}

#[cfg(test)]
mod tests {
    use super::{dataset_script, escape, page};
    use crate::model::Dataset;

    #[test]
    fn escapes_everything_that_could_become_markup() {
        assert_eq!(
            escape(r#"<img src=x onerror="a('b')"> & co"#),
            "&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt; &amp; co"
        );
    }

    #[test]
    fn the_dataset_script_holds_the_same_data_and_cannot_be_closed_early() {
        let json = r#"{"a": "</script><script>alert(1)</script>", "b": ["<!--"]}"#;
        let script = dataset_script(json);
        let inner = &script[script.find('>').unwrap_or(0) + 1..script.len() - "</script>".len()];
        assert!(!inner.contains('<'), "{script}");
        let parsed: serde_json::Value = serde_json::from_str(inner).expect("still JSON");
        assert_eq!(parsed, serde_json::from_str::<serde_json::Value>(json).expect("JSON"));
    }

    #[test]
    fn the_page_holds_every_block_and_every_note_as_an_endnote() {
        let dataset = Dataset::from_json(crate::data::EMBEDDED_JSON).expect("valid");
        let html = page(&dataset);
        for note in &dataset.notes {
            assert!(
                html.contains(&format!("<li id=\"endnote-{}\" value=\"{}\">", note.id, note.number)),
                "{}",
                note.id
            );
        }
        assert_eq!(html.matches("class=\"mark mark--").count(), dataset.mentions.len());
        assert_eq!(html.matches(" data-block=\"").count(), dataset.article.blocks.len());
        assert!(!html.contains("<script"));
    }
}
