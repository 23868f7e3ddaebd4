//! A catalogue that travels as lines of text: written as a Rust constant for each language (so a
//! language that leaves a word out does not compile), sent to the browser as a text file, one
//! text a line in field order, and read back there with no parser at all (serde's derive, to
//! match field names, costs a wasm about 0.5 KB a field, measured on [`super::LiveWords`]; a JSON
//! list, 1.5 KB). No text of a catalogue holds a line break (a test says so).
//!
//! [`catalogue!`] declares such a struct: its fields are texts, counted phrases ([`Plural`]) and
//! arrays of either, each with a [`Texts`] impl that writes and reads it.

use super::{Locale, Plural, Rule};

/// A part of a catalogue as texts: how many it takes and in which order.
pub(crate) trait Texts: Sized {
    /// Appends its texts to `out`.
    fn put<'a>(&'a self, out: &mut Vec<&'a str>);
    /// Reads itself from the next texts of `reader`.
    fn take(reader: &mut Reader) -> Self;

    /// Reads itself into `slot`, where a catalogue being read holds its field: one call a field,
    /// with nothing handed back (see [`Reader`]).
    fn take_into(slot: &mut Self, reader: &mut Reader) {
        *slot = Self::take(reader);
    }
}

/// The texts a catalogue is read from, in order. A catalogue is made empty and takes them field
/// by field, each with one call and no branch of its own, written straight into the field (a
/// hundred fields inlined with an early return each cost a page's wasm 7 KB, and each handed back
/// and held until the end 50 bytes a field, measured); running out is noted, and the whole read
/// refused at the end.
pub(crate) struct Reader {
    texts: std::str::Split<'static, char>,
    /// The plural rule of the catalogue's language.
    rule: Rule,
    /// Whether a field found no text left, or a counted phrase not its language's forms.
    short: bool,
}

impl Reader {
    /// Reads the lines of `file` for a catalogue of `rule`. The file is kept for the rest of the
    /// page's life: a catalogue is read at most once a language (see `fetched_words`), and its
    /// words are then as `'static` as the built-in language's.
    pub fn new(rule: Rule, file: String) -> Self {
        let file: &'static str = Box::leak(file.into_boxed_str());
        Self { texts: file.split('\n'), rule, short: false }
    }

    /// The next text, or `""` (and the read refused) where there is none.
    #[inline(never)]
    pub(crate) fn next(&mut self) -> &'static str {
        self.texts.next().unwrap_or_else(|| {
            self.short = true;
            ""
        })
    }

    /// `read` if every field found its texts and none is left over.
    pub fn finish<T>(mut self, read: T) -> Option<T> {
        (!self.short && self.texts.next().is_none()).then_some(read)
    }
}

impl Texts for &'static str {
    fn put<'a>(&'a self, out: &mut Vec<&'a str>) {
        out.push(self);
    }

    fn take(reader: &mut Reader) -> Self {
        reader.next()
    }

    #[inline(never)]
    fn take_into(slot: &mut Self, reader: &mut Reader) {
        *slot = reader.next();
    }
}

impl Texts for Plural {
    fn put<'a>(&'a self, out: &mut Vec<&'a str>) {
        out.extend(self.written().map(|(_, text)| text));
    }

    #[inline(never)]
    fn take(reader: &mut Reader) -> Self {
        let forms: Vec<&'static str> = (0..reader.rule.forms().len()).map(|_| reader.next()).collect();
        Plural::of(reader.rule, &forms).unwrap_or_else(|| {
            reader.short = true;
            Plural::one_other("", "")
        })
    }
}

impl<T: Texts, const N: usize> Texts for [T; N] {
    fn put<'a>(&'a self, out: &mut Vec<&'a str>) {
        self.iter().for_each(|item| item.put(out));
    }

    fn take(reader: &mut Reader) -> Self {
        std::array::from_fn(|_| T::take(reader))
    }
}

impl<A: Texts, B: Texts> Texts for (A, B) {
    fn put<'a>(&'a self, out: &mut Vec<&'a str>) {
        self.0.put(out);
        self.1.put(out);
    }

    fn take(reader: &mut Reader) -> Self {
        let first = A::take(reader);
        (first, B::take(reader))
    }
}

/// A catalogue says which language it is in by its tag.
impl Texts for Locale {
    fn put<'a>(&'a self, out: &mut Vec<&'a str>) {
        out.push(self.tag());
    }

    fn take(reader: &mut Reader) -> Self {
        let tag = reader.next();
        Locale::from_tag(tag).unwrap_or_else(|| {
            reader.short = true;
            Locale::En
        })
    }
}

/// Declares a catalogue struct whose every field is [`Texts`], with `texts` (its list, in field
/// order), `file` (that list, a text a line) and `from_file` (read back from it, `None` if it has
/// too few texts or too many).
macro_rules! catalogue {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$field_meta:meta])* pub $field:ident: $ty:ty, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Default)]
        pub struct $name {
            $( $(#[$field_meta])* pub $field: $ty, )*
        }

        impl $name {
            /// Every text, in field order (a counted phrase in its language's forms).
            pub fn texts(&self) -> Vec<&str> {
                let mut out = Vec::new();
                $( $crate::i18n::catalogue::Texts::put(&self.$field, &mut out); )*
                out
            }

            /// The file a page fetches it from: [`Self::texts`], one a line.
            #[cfg(any(feature = "ssr", test))]
            pub fn file(&self) -> String {
                self.texts().join("\n")
            }

            /// The catalogue [`Self::file`] wrote, in a language of plural rule `rule`; `None`
            /// if it has too few texts or too many.
            #[inline(never)]
            pub fn from_file(rule: $crate::i18n::Rule, file: String) -> Option<Self> {
                let mut reader = $crate::i18n::catalogue::Reader::new(rule, file);
                let mut read = Self::default();
                $( $crate::i18n::catalogue::Texts::take_into(&mut read.$field, &mut reader); )*
                reader.finish(read)
            }
        }
    };
}

pub(crate) use catalogue;
