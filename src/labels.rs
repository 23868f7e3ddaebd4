//! The words the page shows for model values, in the page's language ([`Words`]), shared by
//! the components and the prerendered page so that both say the same thing.

use crate::i18n::{Words, fill};
use crate::model::{ActorKind, Dataset, Note, NoteBody, NoteKind};

/// The position of `kind` in [`NoteKind::ALL`], which orders the catalogue's kinds.
fn kind_index(kind: NoteKind) -> usize {
    NoteKind::ALL.iter().position(|&k| k == kind).unwrap_or(0)
}

/// The legend's sample word and meaning for a kind of note.
pub fn legend_entry(words: &Words, kind: NoteKind) -> (&'static str, &'static str) {
    let kind = &words.kinds[kind_index(kind)];
    (kind.name, kind.meaning)
}

/// The heading of a kind's group of endnotes and its reading option.
pub fn kind_heading(words: &crate::i18n::LiveWords, kind: NoteKind) -> &str {
    &words.kind_headings[kind_index(kind)]
}

/// An actor's kind, singular ("State") and plural ("States").
pub fn actor_kind(words: &Words, kind: ActorKind) -> (&'static str, &'static str) {
    words.actor_kinds[ActorKind::ALL.iter().position(|&k| k == kind).unwrap_or(0)]
}

/// How many notes of a kind: "1 actor", "3 poll figures", "no context notes" (a site's index).
#[cfg(any(feature = "ssr", test))]
pub fn kind_count(words: &Words, kind: NoteKind, count: usize) -> String {
    let kind = &words.locale.site_words().kinds[kind_index(kind)];
    if count == 0 { kind.none.to_owned() } else { kind.count.count(words.locale, count) }
}

/// The parts of `template` before and after its `{name}`.
pub fn around(template: &'static str, name: &str) -> (&'static str, &'static str) {
    template.split_once(&format!("{{{name}}}")).unwrap_or((template, ""))
}

/// The part of a lead-in template ("In this story: {text}") before its text.
pub fn lead(template: &'static str) -> &'static str {
    template.split("{text}").next().unwrap_or(template)
}

/// Reading speed for the estimate, in words a minute.
const WORDS_PER_MINUTE: usize = 230;

/// "5 min read", from the article's words.
pub fn reading_time(words: &Words, dataset: &Dataset) -> String {
    // Words between ASCII white space, counted by the byte: a long article has a hundred
    // thousand of them, and decoding each character would hold up the page.
    let count: usize = (dataset.article.blocks.iter())
        .map(|b| b.text.as_bytes().split(u8::is_ascii_whitespace).filter(|w| !w.is_empty()).count())
        .sum();
    let minutes = count.div_ceil(WORDS_PER_MINUTE).max(1);
    words.reading_time.count(words.locale, minutes)
}

/// The sentences of a note's endnote, after its title: everything its card says but the chart.
pub fn endnote_lines(words: &Words, dataset: &Dataset, note: &Note) -> Vec<String> {
    let mut lines = Vec::new();
    match &note.body {
        NoteBody::Actor(actor) => {
            let kind = actor_kind(words, actor.kind).0;
            lines.push(fill(words.actor_line, &[("kind", kind), ("role", &actor.role)]));
            lines.push(actor.summary.clone());
            lines.extend(actor.stance.as_ref().map(|s| fill(words.in_this_story, &[("text", s)])));
        }
        NoteBody::Poll(figure) => {
            let poll = &dataset.polls[figure.poll];
            let value = words.percent(figure.value);
            lines.push(match poll.population.as_str() {
                "" => fill(words.figure_alone, &[("value", &value), ("label", &figure.label)]),
                population => {
                    fill(words.figure_of, &[("value", &value), ("population", population), ("label", &figure.label)])
                }
            });
            let by = (!poll.by.is_empty()).then(|| fill(words.by_pollster, &[("by", &poll.by)]));
            let about: Vec<&str> = [Some(poll.title.as_str()), by.as_deref(), Some(poll.when.as_str())]
                .into_iter()
                .flatten()
                .filter(|part| !part.is_empty())
                .collect();
            let about = about.join(words.comma);
            lines.extend((!about.is_empty()).then(|| fill(words.poll_about, &[("about", &about)])));
            let question = &poll.question;
            lines.extend((!question.is_empty()).then(|| fill(words.question, &[("question", question)])));
            lines.extend(poll.unverified.as_ref().map(|u| fill(words.not_verified, &[("text", u)])));
        }
        NoteBody::Context(context) => {
            lines.extend(context.dates.as_ref().map(|dates| fill(words.dates_line, &[("dates", dates)])));
            lines.push(context.summary.clone());
            lines.extend(context.figure.as_ref().map(|f| fill(words.the_figure, &[("text", f)])));
            lines.extend(
                context.record.as_ref().map(|r| fill(words.label_value, &[("label", words.record), ("value", r)])),
            );
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::{kind_count, reading_time};
    use crate::i18n::Locale;
    use crate::model::NoteKind;

    #[test]
    fn counts_of_notes_read_as_words() {
        let en = Locale::En.words();
        assert_eq!(kind_count(en, NoteKind::Actor, 1), "1 actor");
        assert_eq!(kind_count(en, NoteKind::Poll, 2), "2 poll figures");
        assert_eq!(kind_count(en, NoteKind::Context, 1), "1 context note");
        assert_eq!(kind_count(en, NoteKind::Context, 0), "no context notes");
        let sr = Locale::SrLatn.words();
        assert_eq!(kind_count(sr, NoteKind::Actor, 3), "3 aktera");
        assert_eq!(kind_count(sr, NoteKind::Context, 21), "21 beleška o kontekstu");
        assert_eq!(kind_count(sr, NoteKind::Context, 5), "5 beležaka o kontekstu");
        assert_eq!(kind_count(Locale::Ar.words(), NoteKind::Actor, 2), "فاعلان");
    }

    #[test]
    fn decimals_are_written_as_a_reader_expects() {
        let en = Locale::En.words();
        assert_eq!(en.percent(54.0), "54%");
        assert_eq!(en.percent(49.5), "49.5%");
        assert_eq!(en.percent(33.333), "33.33%");
        assert_eq!(Locale::De.words().percent(49.5), "49,5\u{a0}%");
        assert_eq!(Locale::Fr.words().percent(54.0), "54\u{202f}%");
    }

    #[test]
    fn reading_time_is_counted_in_each_language() {
        let dataset = crate::model::Dataset::from_json(crate::data::EMBEDDED_JSON).expect("valid");
        let minutes = reading_time(Locale::En.words(), &dataset);
        assert!(minutes.ends_with(" min read"), "{minutes}");
        let n: usize = minutes.split(' ').next().and_then(|n| n.parse().ok()).expect("a number");
        assert!(n > 1, "{minutes}");
        let arabic = reading_time(Locale::Ar.words(), &dataset);
        assert_eq!(
            arabic,
            format!("{n} دقيقة قراءة").replace("دقيقة", if (3..=10).contains(&n) { "دقائق" } else { "دقيقة" })
        );
    }
}
