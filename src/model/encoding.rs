//! A dataset's bytes as text. The checker reads a file and the browser downloads one; both hand
//! the bytes here, so a file is read the same way wherever it is opened: UTF-8 only, with at most
//! one byte-order mark, and a file in another encoding refused with a reason an author can act on
//! (the browser's own decoding would replace what is not UTF-8 with "�" and carry on).

use super::error::DatasetError;
use super::raw::error_at;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// `bytes` as UTF-8 text without its byte-order mark, or why it is not.
pub fn text(bytes: &[u8]) -> Result<&str, DatasetError> {
    let body = bytes.strip_prefix(BOM).unwrap_or(bytes);
    if body.starts_with(BOM) {
        return Err(at(bytes, BOM.len(), "the file starts with more than one byte-order mark; keep one at most"));
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") || looks_like_utf16(bytes) {
        return Err(at(bytes, 0, "the file is not UTF-8 but UTF-16; save it as UTF-8"));
    }
    std::str::from_utf8(body).map_err(|error| {
        let offset = bytes.len() - body.len() + error.valid_up_to();
        let byte = bytes.get(offset).copied().unwrap_or_default();
        at(bytes, offset, &format!("the file is not UTF-8: byte 0x{byte:02X} cannot start or continue a character"))
    })
}

/// UTF-16 without a byte-order mark: JSON starts with an ASCII character, so one of its first two
/// bytes is zero.
fn looks_like_utf16(bytes: &[u8]) -> bool {
    matches!(bytes, [0, first, ..] | [first, 0, ..] if first.is_ascii())
}

/// A problem with the byte at `offset`, placed by its line and column.
fn at(bytes: &[u8], offset: usize, message: &str) -> DatasetError {
    error_at(bytes, offset + 1, ".", message.to_owned())
}

#[cfg(test)]
mod tests {
    use super::text;
    use crate::model::DatasetError;

    fn refused(bytes: &[u8]) -> (usize, usize, String) {
        match text(bytes) {
            Err(DatasetError::Json { line, column, message, .. }) => (line, column, message),
            other => panic!("{bytes:?} was read: {other:?}"),
        }
    }

    #[test]
    fn reads_utf8_with_or_without_one_byte_order_mark() {
        assert_eq!(text(b"{}").ok(), Some("{}"));
        assert_eq!(text("\u{feff}{\"a\": \"Vučić\"}".as_bytes()).ok(), Some("{\"a\": \"Vučić\"}"));
    }

    #[test]
    fn refuses_other_encodings_and_says_which() {
        assert!(refused("\u{feff}\u{feff}{}".as_bytes()).2.contains("more than one byte-order mark"));
        assert!(refused(b"\xFF\xFE{\0}\0").2.contains("UTF-16"));
        assert!(refused(b"{\0\"\0").2.contains("UTF-16"));
        let (line, column, message) = refused(b"{\n  \"a\": \"caf\xE9\"\n}");
        assert_eq!((line, column), (2, 12));
        assert!(message.contains("not UTF-8: byte 0xE9"), "{message}");
    }
}
