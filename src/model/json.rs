//! A strict JSON reader for the dataset's own shape. The `raw` types read themselves through it,
//! field by field, so a problem is reported with its exact JSON path (`notes[3].anchors[0].exact`),
//! line and column, and the reader never recurses deeper than the format does: a hostile file
//! nested a hundred thousand levels deep is rejected at the first level that does not fit.
//!
//! It replaces a general deserialiser on purpose: the companion reads one format, and a general
//! one costs more of the download than the whole article.

use super::error::{DatasetError, Quoted};

/// What reading a value gives: the value, or where and why the file does not fit.
pub(super) type Read<T> = Result<T, DatasetError>;

/// One step of a JSON path.
#[derive(Clone, Copy)]
enum Step {
    Key(&'static str),
    Index(usize),
}

/// A cursor over the text of one dataset.
pub(super) struct Reader<'a> {
    text: &'a str,
    pos: usize,
    path: Vec<Step>,
    /// Where the key being read started: unknown-field errors found later point there.
    key_at: usize,
}

impl<'a> Reader<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        Self { text, pos: 0, path: Vec::new(), key_at: 0 }
    }

    /// An error at the current position, under the current path.
    pub(super) fn error(&self, message: impl Into<String>) -> DatasetError {
        self.error_at(self.pos, None, message.into())
    }

    /// An error at `pos`, under the current path plus `key` if given.
    fn error_at(&self, pos: usize, key: Option<&str>, message: String) -> DatasetError {
        let mut path = String::new();
        let steps = self.path.iter().map(|step| match *step {
            Step::Key(key) => (Some(key), 0),
            Step::Index(i) => (None, i),
        });
        for (key, index) in steps.chain(key.map(|k| (Some(k), 0))) {
            match key {
                Some(key) => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(key);
                }
                None => {
                    path.push('[');
                    path.push_str(&index.to_string());
                    path.push(']');
                }
            }
        }
        if path.is_empty() {
            path.push('.');
        }
        let before = &self.text.as_bytes()[..pos.min(self.text.len())];
        let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
        DatasetError::Json { path, line, column: pos - line_start, message }
    }

    /// A field the object must have and did not: reported just after its closing brace.
    pub(super) fn required<T>(&self, value: Option<T>, name: &str) -> Read<T> {
        value.ok_or_else(|| self.error(format!("missing field `{name}`")))
    }

    /// A key the object may hold but this one may not (a field its note's kind does not have),
    /// reported where the key starts (see [`Reader::key_at`]).
    pub(super) fn unknown_field(&self, at: usize, key: &'static str) -> DatasetError {
        self.error_at(at, Some(key), format!("unknown field `{key}`"))
    }

    /// Where the key being read started, for [`Reader::unknown_field`].
    pub(super) fn key_at(&self) -> usize {
        self.key_at
    }

    /// The text must end here, but for white space.
    pub(super) fn finish(&mut self) -> Read<()> {
        match self.peek() {
            None => Ok(()),
            Some(_) => {
                self.pos += 1;
                Err(self.error("trailing characters"))
            }
        }
    }

    fn peek(&mut self) -> Option<u8> {
        let bytes = self.text.as_bytes();
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = bytes.get(self.pos) {
            self.pos += 1;
        }
        bytes.get(self.pos).copied()
    }

    /// Consumes `byte` (after white space), or says what was expected instead.
    fn eat(&mut self, byte: u8, expected: &str, eof: &str) -> Read<()> {
        match self.peek() {
            Some(b) if b == byte => {
                self.pos += 1;
                Ok(())
            }
            Some(_) => {
                self.pos += 1;
                Err(self.error(format!("expected {expected}")))
            }
            None => Err(self.error(format!("EOF while parsing {eof}"))),
        }
    }

    /// An object whose keys must be among `fields`, each at most once; `field` reads the value
    /// of each key found. Missing fields are the caller's to report, with [`Reader::required`].
    pub(super) fn object(
        &mut self,
        fields: &'static [&'static str],
        field: &mut dyn FnMut(&mut Self, &'static str) -> Read<()>,
    ) -> Read<()> {
        if self.peek() != Some(b'{') {
            return Err(self.invalid_type("an object"));
        }
        self.pos += 1;
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(());
        }
        let mut seen = vec![false; fields.len()];
        loop {
            self.key_at = self.pos;
            if self.peek() != Some(b'"') {
                return Err(self.structure("a key in quotes", "an object"));
            }
            let key = self.string_literal()?;
            let Some(index) = fields.iter().position(|f| *f == key) else {
                let expected = fields.iter().map(|f| format!("`{f}`")).collect::<Vec<_>>().join(", ");
                return Err(self.error_at(
                    self.pos,
                    Some(&key),
                    format!("unknown field `{key}`, expected one of {expected}"),
                ));
            };
            if std::mem::replace(&mut seen[index], true) {
                return Err(self.error(format!("duplicate field `{key}`")));
            }
            self.eat(b':', "`:`", "an object")?;
            self.path.push(Step::Key(fields[index]));
            field(self, fields[index])?;
            self.path.pop();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(());
                }
                _ => return Err(self.structure("`,` or `}`", "an object")),
            }
        }
    }

    /// A list, each item read by `item`.
    pub(super) fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> Read<T>) -> Read<Vec<T>> {
        if self.peek() != Some(b'[') {
            return Err(self.invalid_type("a list"));
        }
        self.pos += 1;
        let mut items = Vec::new();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(items);
        }
        loop {
            self.path.push(Step::Index(items.len()));
            items.push(item(self)?);
            self.path.pop();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(items);
                }
                _ => return Err(self.structure("`,` or `]`", "a list")),
            }
        }
    }

    /// A text.
    pub(super) fn string(&mut self) -> Read<String> {
        if self.peek() != Some(b'"') {
            return Err(self.invalid_type("a string"));
        }
        self.string_literal()
    }

    /// A text, or `null` for none.
    pub(super) fn optional_string(&mut self) -> Read<Option<String>> {
        if self.peek() == Some(b'n') && self.literal("null") {
            return Ok(None);
        }
        self.string().map(Some)
    }

    /// `true` or `false`.
    pub(super) fn boolean(&mut self) -> Read<bool> {
        if self.literal("true") {
            Ok(true)
        } else if self.literal("false") {
            Ok(false)
        } else {
            Err(self.invalid_type("true or false"))
        }
    }

    /// A number.
    pub(super) fn number(&mut self) -> Read<f64> {
        match self.number_literal()? {
            Some((value, _)) => Ok(value),
            None => Err(self.invalid_type("a number")),
        }
    }

    /// A whole number from 0 to 2³²−1.
    pub(super) fn whole(&mut self) -> Read<u32> {
        let start = self.pos;
        match self.number_literal()? {
            Some((value, true)) if (0.0..=f64::from(u32::MAX)).contains(&value) => Ok(value as u32),
            Some(_) => {
                let text = self.text[start..self.pos].trim_start();
                Err(self.error(format!("invalid value: `{text}`, expected a whole number")))
            }
            None => Err(self.invalid_type("a whole number")),
        }
    }

    /// One of `names`, as a string.
    pub(super) fn name_of(&mut self, names: &[&str]) -> Read<usize> {
        let name = self.string()?;
        names.iter().position(|n| *n == name).ok_or_else(|| {
            let expected = names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ");
            self.error(format!("unknown variant `{name}`, expected one of {expected}"))
        })
    }

    /// The value of a top-level `"format"` key, if the text is an object that has one: read
    /// before anything else, since another format may have another shape. Lenient by design.
    pub(super) fn format_of(text: &str) -> Option<u32> {
        let mut reader = Reader::new(text);
        reader.eat(b'{', "", "").ok()?;
        loop {
            let key = reader.string().ok()?;
            reader.eat(b':', "", "").ok()?;
            if key == "format" {
                return reader.whole().ok();
            }
            reader.skip_value()?;
            reader.eat(b',', "", "").ok()?;
        }
    }

    /// Passes over one value of any shape, without recursion.
    fn skip_value(&mut self) -> Option<()> {
        let mut depth = 0usize;
        loop {
            match self.peek()? {
                b'"' => _ = self.string_literal().ok()?,
                b'{' | b'[' => {
                    self.pos += 1;
                    depth += 1;
                }
                b'}' | b']' => {
                    self.pos += 1;
                    depth = depth.checked_sub(1)?;
                }
                b',' | b':' => self.pos += 1,
                _ => {
                    let rest = &self.text.as_bytes()[self.pos..];
                    let len = rest.iter().take_while(|b| b.is_ascii_alphanumeric() || b"+-.".contains(b)).count();
                    if len == 0 {
                        return None;
                    }
                    self.pos += len;
                }
            }
            if depth == 0 {
                return Some(());
            }
        }
    }

    /// `word` if it is next (after white space), consumed.
    fn literal(&mut self, word: &str) -> bool {
        self.peek();
        let found = self.text[self.pos..].starts_with(word);
        if found {
            self.pos += word.len();
        }
        found
    }

    /// A wrong byte where `expected` should be, or the end of the text inside `inside`.
    fn structure(&mut self, expected: &str, inside: &str) -> DatasetError {
        match self.peek() {
            Some(_) => {
                self.pos += 1;
                self.error(format!("expected {expected}"))
            }
            None => self.error(format!("EOF while parsing {inside}")),
        }
    }

    /// A value of the wrong type where `expected` should be: says what was found instead.
    fn invalid_type(&mut self, expected: &str) -> DatasetError {
        let found = match self.peek() {
            None => return self.error("EOF while parsing a value"),
            Some(b'"') => match self.string_literal() {
                Ok(text) => format!("string {}", Quoted(&text)),
                Err(error) => return error,
            },
            Some(b'[') => {
                self.pos += 1;
                "sequence".to_owned()
            }
            Some(b'{') => {
                self.pos += 1;
                "map".to_owned()
            }
            Some(b'n') if self.literal("null") => "null".to_owned(),
            Some(b't') if self.literal("true") => "boolean `true`".to_owned(),
            Some(b'f') if self.literal("false") => "boolean `false`".to_owned(),
            Some(_) => {
                let start = self.pos;
                match self.number_literal() {
                    Ok(Some((_, whole))) => {
                        let text = &self.text[start..self.pos];
                        if whole { format!("integer `{text}`") } else { format!("floating point `{text}`") }
                    }
                    Ok(None) => {
                        self.pos += 1;
                        return self.error("expected value");
                    }
                    Err(error) => return error,
                }
            }
        };
        self.error(format!("invalid type: {found}, expected {expected}"))
    }

    /// A JSON number, if one is next: its value and whether it was written as a whole number.
    fn number_literal(&mut self) -> Read<Option<(f64, bool)>> {
        self.peek();
        let bytes = self.text.as_bytes();
        let start = self.pos;
        let digits = |at: usize| bytes[at.min(bytes.len())..].iter().take_while(|b| b.is_ascii_digit()).count();
        let mut end = start + usize::from(bytes.get(start) == Some(&b'-'));
        let integer = digits(end);
        if integer == 0 {
            return if end > start { Err(self.bad_number(end)) } else { Ok(None) };
        }
        if integer > 1 && bytes[end] == b'0' {
            return Err(self.bad_number(end + 1));
        }
        end += integer;
        let mut whole = true;
        if bytes.get(end) == Some(&b'.') {
            let fraction = digits(end + 1);
            if fraction == 0 {
                return Err(self.bad_number(end + 1));
            }
            end += 1 + fraction;
            whole = false;
        }
        if let Some(b'e' | b'E') = bytes.get(end) {
            end += 1;
            if let Some(b'+' | b'-') = bytes.get(end) {
                end += 1;
            }
            let exponent = digits(end);
            if exponent == 0 {
                return Err(self.bad_number(end));
            }
            end += exponent;
            whole = false;
        }
        self.pos = end;
        match decimal_value(&self.text[start..end]) {
            Some(value) => Ok(Some((value, whole))),
            None => Err(self.error("number out of range")),
        }
    }

    fn bad_number(&mut self, at: usize) -> DatasetError {
        self.pos = (at + 1).min(self.text.len());
        self.error("invalid number")
    }

    /// The string starting at the current `"`, unescaped.
    fn string_literal(&mut self) -> Read<String> {
        let bytes = self.text.as_bytes();
        self.pos += 1;
        let mut out = String::new();
        loop {
            let run = bytes[self.pos..].iter().take_while(|&&b| b != b'"' && b != b'\\' && b >= 0x20).count();
            out.push_str(&self.text[self.pos..self.pos + run]);
            self.pos += run;
            let Some(&byte) = bytes.get(self.pos) else {
                return Err(self.error("EOF while parsing a string"));
            };
            self.pos += 1;
            match byte {
                b'"' => return Ok(out),
                b'\\' => out.push(self.escape()?),
                _ => return Err(self.error("control character (\\u0000-\\u001F) found while parsing a string")),
            }
        }
    }

    /// The character an escape (after its backslash) stands for.
    fn escape(&mut self) -> Read<char> {
        let Some(&byte) = self.text.as_bytes().get(self.pos) else {
            return Err(self.error("EOF while parsing a string"));
        };
        self.pos += 1;
        Ok(match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                let code = if (0xD800..0xDC00).contains(&first) {
                    if !self.text[self.pos..].starts_with("\\u") {
                        return Err(self.error("lone leading surrogate in hex escape"));
                    }
                    self.pos += 2;
                    let second = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&second) {
                        return Err(self.error("lone leading surrogate in hex escape"));
                    }
                    0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                } else {
                    first
                };
                char::from_u32(code).ok_or_else(|| self.error("invalid unicode code point"))?
            }
            _ => return Err(self.error("invalid escape")),
        })
    }

    fn hex4(&mut self) -> Read<u32> {
        let digits = self.text.get(self.pos..self.pos + 4).filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()));
        let Some(digits) = digits else {
            self.pos = self.text.len().min(self.pos + 4);
            return Err(self.error("invalid escape"));
        };
        self.pos += 4;
        u32::from_str_radix(digits, 16).map_err(|_| self.error("invalid escape"))
    }
}

/// The value of a number already checked against JSON's grammar, to about 15 significant digits
/// (exact for any figure a dataset holds), without the tables a general float parser carries.
fn decimal_value(text: &str) -> Option<f64> {
    let (number, exponent) = match text.find(['e', 'E']) {
        Some(at) => (&text[..at], text[at + 1..].parse::<i32>().ok()?),
        None => (text, 0),
    };
    let (negative, number) = number.strip_prefix('-').map_or((false, number), |n| (true, n));
    let (mut mantissa, mut scale, mut fraction) = (0u64, exponent, false);
    for c in number.bytes() {
        if c == b'.' {
            fraction = true;
        } else if mantissa < 100_000_000_000_000_000 {
            mantissa = mantissa * 10 + u64::from(c - b'0');
            scale -= i32::from(fraction);
        } else if !fraction {
            // Digits past the eighteenth only scale the number.
            scale += 1;
        }
    }
    let magnitude = mantissa as f64;
    let value = if scale < 0 { magnitude / 10f64.powi(-scale) } else { magnitude * 10f64.powi(scale) };
    let value = if negative { -value } else { value };
    value.is_finite().then_some(value)
}

#[cfg(test)]
mod tests {
    use super::{Read, Reader};
    use crate::model::DatasetError;

    fn fails(result: Read<impl std::fmt::Debug>) -> (String, usize, usize, String) {
        match result {
            Err(DatasetError::Json { path, line, column, message }) => (path, line, column, message),
            other => panic!("expected a JSON error, got {other:?}"),
        }
    }

    #[test]
    fn reads_strings_with_every_escape() {
        let mut reader = Reader::new(r#" "a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude00 ü" "#);
        assert_eq!(reader.string().ok().as_deref(), Some("a\"b\\c/d\u{8}\u{c}\n\r\té😀 ü"));
        assert!(reader.finish().is_ok());
    }

    #[test]
    fn rejects_broken_strings() {
        for (text, message) in [
            ("\"abc", "EOF while parsing a string"),
            ("\"a\u{1}\"", "control character (\\u0000-\\u001F) found while parsing a string"),
            (r#""\x""#, "invalid escape"),
            (r#""\u12""#, "invalid escape"),
            (r#""\ud83d""#, "lone leading surrogate in hex escape"),
            (r#""\udc00""#, "invalid unicode code point"),
        ] {
            assert_eq!(fails(Reader::new(text).string()).3, message, "{text}");
        }
    }

    #[test]
    fn reads_numbers_as_json_writes_them() {
        for (text, value) in [
            ("0", 0.0),
            ("-12", -12.0),
            ("49.5", 49.5),
            ("33.333", 33.333),
            ("0.1", 0.1),
            ("1e2", 100.0),
            ("2.5E-1", 0.25),
            ("12345678901234567890123", 1.2345678901234568e22),
            ("1.00000000000000000000001", 1.0),
            ("1e-400", 0.0),
        ] {
            assert_eq!(Reader::new(text).number().ok(), Some(value), "{text}");
        }
        for text in ["01", "1.", "-", ".5", "1e", "1e999"] {
            let mut reader = Reader::new(text);
            assert!(reader.number().and_then(|_| reader.finish()).is_err(), "{text}");
        }
        assert_eq!(fails(Reader::new("1.5").whole()).3, "invalid value: `1.5`, expected a whole number");
        assert_eq!(fails(Reader::new("-1").whole()).3, "invalid value: `-1`, expected a whole number");
        assert_eq!(Reader::new(" 7 ").whole().ok(), Some(7));
    }

    #[test]
    fn says_what_it_found_instead_of_what_it_expected() {
        for (text, found) in [
            ("null", "null"),
            ("true", "boolean `true`"),
            ("42", "integer `42`"),
            ("4.5", "floating point `4.5`"),
            ("[1]", "sequence"),
            ("{}", "map"),
        ] {
            assert_eq!(fails(Reader::new(text).string()).3, format!("invalid type: {found}, expected a string"));
        }
        assert_eq!(fails(Reader::new("\"1\"").boolean()).3, "invalid type: string \"1\", expected true or false");
        assert_eq!(fails(Reader::new("").string()).3, "EOF while parsing a value");
        assert_eq!(fails(Reader::new("?").string()).3, "expected value");
    }

    #[test]
    fn objects_name_the_path_line_and_column_of_a_problem() {
        const FIELDS: &[&str] = &["a", "b"];
        let read = |text: &str| {
            let mut reader = Reader::new(text);
            reader.object(FIELDS, &mut |r, key| match key {
                "a" => r.list(|r| r.string()).map(drop),
                _ => r.boolean().map(drop),
            })
        };
        assert!(read(r#"{"a": ["x", "y"], "b": true}"#).is_ok());
        assert_eq!(
            fails(read("{\"a\": [\"x\",\n  3]}")),
            ("a[1]".into(), 2, 3, "invalid type: integer `3`, expected a string".into())
        );
        assert_eq!(
            fails(read(r#"{"c": 1}"#)),
            ("c".into(), 1, 4, "unknown field `c`, expected one of `a`, `b`".into())
        );
        assert_eq!(fails(read(r#"{"b": true, "b": false}"#)).3, "duplicate field `b`");
        assert_eq!(fails(read(r#"{"b": true "a": []}"#)), (".".into(), 1, 12, "expected `,` or `}`".into()));
        assert_eq!(fails(read(r#"{"b": true,}"#)).3, "expected a key in quotes");
        assert_eq!(fails(read(r#"{"a": ["x""#)).3, "EOF while parsing a list");
        assert_eq!(fails(read(r#"[]"#)).3, "invalid type: sequence, expected an object");
    }

    #[test]
    fn deep_nesting_is_refused_at_the_first_level_that_does_not_fit() {
        let text = "[".repeat(100_000);
        assert_eq!(fails(Reader::new(&text).string()).3, "invalid type: sequence, expected a string");
        assert_eq!(Reader::format_of(&format!("{{\"a\":{text}")), None);
    }

    #[test]
    fn finds_the_format_whatever_else_the_text_holds() {
        assert_eq!(Reader::format_of(r#"{"x": {"y": [1, "}"]}, "format": 2, "z": ?}"#), Some(2));
        assert_eq!(Reader::format_of(r#"{"x": 1}"#), None);
        assert_eq!(Reader::format_of("[]"), None);
        assert_eq!(fails(Reader::new(" x").finish()).3, "trailing characters");
    }
}
