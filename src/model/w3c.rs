//! Export to the W3C Web Annotation Data Model: one `Annotation` per mention, each targeting the
//! article with a `TextQuoteSelector` (exact, prefix, suffix) and a `TextPositionSelector`
//! (code points in [`Dataset::plain_text`]), collected in an `AnnotationCollection`. Every id is
//! absolute, made from a base address (the article's, or one the exporter gives), so that an
//! annotation is the same thing wherever the file is read from.

use serde_json::{Value, json};

use super::dataset::{Dataset, MentionId, NoteBody};
use super::url::SafeUrl;

/// Code points of context given as prefix and suffix.
const CONTEXT: usize = 32;

/// The W3C Web Annotation context.
pub(crate) const CONTEXT_IRI: &str = "http://www.w3.org/ns/anno.jsonld";

/// The address the ids are made from when the exporter gives none: the article's.
pub fn default_base(dataset: &Dataset) -> Option<&SafeUrl> {
    dataset.article.url.as_ref()
}

/// The whole dataset as an `AnnotationCollection` (JSON-LD), its id `base` (without its
/// fragment) and each annotation's id that with `#` and the note's id and mention number
/// (`https://example.org/article/#serbia-1`).
pub fn annotation_collection(dataset: &Dataset, base: &SafeUrl) -> Value {
    let base = base.as_str().split('#').next().unwrap_or_default();
    let text: Vec<char> = dataset.plain_text().chars().collect();
    let source = dataset.article.url.as_ref().map_or_else(|| Value::Null, |url| Value::from(url.as_str()));
    let items: Vec<Value> = (0..dataset.mentions.len())
        .map(|index| {
            let mention = MentionId(index);
            let note = dataset.note_of(mention);
            let range = dataset.code_point_range(mention);
            let slice = |from: usize, to: usize| text[from..to].iter().collect::<String>();
            let prefix = slice(range.start.saturating_sub(CONTEXT), range.start);
            let suffix = slice(range.end, (range.end + CONTEXT).min(text.len()));
            let summary = match &note.body {
                NoteBody::Actor(actor) => actor.summary.clone(),
                NoteBody::Poll(figure) => format!("{} %: {}", figure.value, figure.label),
                NoteBody::Context(context) => context.summary.clone(),
            };
            let mut bodies = vec![
                json!({ "type": "TextualBody", "purpose": "identifying", "value": note.title, "format": "text/plain" }),
                json!({ "type": "TextualBody", "purpose": "describing", "value": summary, "format": "text/plain" }),
                json!({ "type": "TextualBody", "purpose": "classifying", "value": note.kind().as_str() }),
            ];
            bodies.extend(note.sources.iter().map(|s| json!({ "id": s.url.as_str(), "type": "Text", "purpose": "linking", "label": s.label })));
            json!({
                "id": format!("{base}#{}-{}", note.id, dataset.mentions[index].ordinal + 1),
                "type": "Annotation",
                "motivation": "commenting",
                "body": bodies,
                "target": {
                    "source": source,
                    "selector": [
                        { "type": "TextQuoteSelector", "exact": slice(range.start, range.end), "prefix": prefix, "suffix": suffix },
                        { "type": "TextPositionSelector", "start": range.start, "end": range.end },
                    ],
                },
            })
        })
        .collect();
    json!({
        "@context": CONTEXT_IRI,
        "id": base,
        "type": "AnnotationCollection",
        "label": format!("Notes on “{}”", dataset.article.title()),
        "total": items.len(),
        "first": { "type": "AnnotationPage", "startIndex": 0, "items": items },
    })
}
