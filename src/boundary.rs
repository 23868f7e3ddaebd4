//! Short names for what the wasm and its JavaScript glue call each other by. wasm-bindgen names
//! every import after its Rust item plus a hash (`__wbg_addEventListener_847fd86b8c33ec43`) and
//! every export in full; each name is written in both files, and the hashes do not compress. This
//! renames them all, in both files together, to one or two letters, and the one import module to
//! `a`: some 8 KB off the wasm and a quarter of the glue's download. Build-time only (see
//! `companion-loader`).
//!
//! The glue is rewritten by exact text, and every name must be found where wasm-bindgen writes
//! it, so a change in wasm-bindgen's output fails the build here rather than breaking the page.

/// The wasm and its glue with short names, or what did not match.
pub fn shorten(wasm: &[u8], glue: &str) -> Result<(Vec<u8>, String), String> {
    let module = parse(wasm)?;
    let mut names = ShortNames::default();
    let mut out = wasm[..8].to_vec();
    let mut glue = glue.to_owned();
    let mut import_module = None;
    for section in &module {
        let body = match section.id {
            IMPORTS => rewrite(section.body, |reader, body| {
                let (module_name, name) = (reader.name()?, reader.name()?);
                match import_module {
                    None => {
                        replace_once(&mut glue, &format!("\"{module_name}\": import0,"), "a: import0,")?;
                        import_module = Some(module_name);
                    }
                    Some(seen) if seen != module_name => return Err(format!("a second import module, {module_name}")),
                    Some(_) => {}
                }
                let short = names.next();
                replace_once(&mut glue, &format!(" {name}: function("), &format!(" {short}: function("))?;
                write_name(body, "a");
                write_name(body, &short);
                body.extend_from_slice(reader.import_description()?);
                Ok(())
            })?,
            EXPORTS => rewrite(section.body, |reader, body| {
                let name = reader.name()?;
                let short = names.next();
                replace_all(&mut glue, &format!("wasm.{name}"), &format!("wasm.{short}"));
                write_name(body, &short);
                body.push(reader.byte()?);
                write_leb(body, reader.leb()?);
                Ok(())
            })?,
            _ => section.body.to_vec(),
        };
        out.push(section.id);
        write_leb(&mut out, u32::try_from(body.len()).map_err(|_| "a section over 4 GB")?);
        out.extend_from_slice(&body);
    }
    Ok((out, glue))
}

/// A section that is a vector of entries, rewritten one `entry` at a time (which reads one from
/// the reader and writes it out).
fn rewrite<'a>(
    section: &'a [u8],
    mut entry: impl FnMut(&mut Reader<'a>, &mut Vec<u8>) -> Result<(), String>,
) -> Result<Vec<u8>, String> {
    let mut reader = Reader { bytes: section, at: 0 };
    let mut body = Vec::new();
    let count = reader.leb()?;
    write_leb(&mut body, count);
    for _ in 0..count {
        entry(&mut reader, &mut body)?;
    }
    reader.end()?;
    Ok(body)
}

const IMPORTS: u8 = 2;
const EXPORTS: u8 = 7;

/// One section of a wasm module: its id and its bytes.
struct Section<'a> {
    id: u8,
    body: &'a [u8],
}

/// The sections of `wasm`, after checking its header.
fn parse(wasm: &[u8]) -> Result<Vec<Section<'_>>, String> {
    if wasm.get(..8) != Some(b"\0asm\x01\0\0\0") {
        return Err("not a version 1 wasm module".into());
    }
    let mut reader = Reader { bytes: wasm, at: 8 };
    let mut sections = Vec::new();
    while reader.at < wasm.len() {
        let id = reader.byte()?;
        let len = reader.leb()? as usize;
        sections.push(Section { id, body: reader.take(len)? });
    }
    Ok(sections)
}

/// Reads the wasm binary format, failing at its end rather than panicking.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }

    fn take(&mut self, len: usize) -> Result<&'a [u8], String> {
        let bytes = self.bytes.get(self.at..self.at + len).ok_or("the wasm ends early")?;
        self.at += len;
        Ok(bytes)
    }

    /// An unsigned LEB128 number of up to 32 bits.
    fn leb(&mut self) -> Result<u32, String> {
        let mut value = 0u32;
        for shift in (0..35).step_by(7) {
            let byte = self.byte()?;
            value |= u32::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err("a number too long for 32 bits".into())
    }

    fn name(&mut self) -> Result<&'a str, String> {
        let len = self.leb()? as usize;
        std::str::from_utf8(self.take(len)?).map_err(|_| "a name that is not UTF-8".into())
    }

    /// What an import is (function, table, memory, global or tag), as its bytes.
    fn import_description(&mut self) -> Result<&'a [u8], String> {
        let start = self.at;
        match self.byte()? {
            0 => _ = self.leb()?,
            1 => {
                self.byte()?;
                self.limits()?;
            }
            2 => self.limits()?,
            3 => _ = self.take(2)?,
            4 => {
                self.byte()?;
                self.leb()?;
            }
            kind => return Err(format!("an import of unknown kind {kind}")),
        }
        Ok(&self.bytes[start..self.at])
    }

    fn limits(&mut self) -> Result<(), String> {
        let flags = self.byte()?;
        self.leb()?;
        if flags & 1 != 0 {
            self.leb()?;
        }
        Ok(())
    }

    fn end(&self) -> Result<(), String> {
        if self.at == self.bytes.len() { Ok(()) } else { Err("a section with bytes left over".into()) }
    }
}

fn write_leb(out: &mut Vec<u8>, mut value: u32) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn write_name(out: &mut Vec<u8>, name: &str) {
    write_leb(out, name.len() as u32);
    out.extend_from_slice(name.as_bytes());
}

/// Replaces the one occurrence of `from` in `text`; an error if there is not exactly one.
fn replace_once(text: &mut String, from: &str, to: &str) -> Result<(), String> {
    let mut found = text.match_indices(from).map(|(at, _)| at);
    match (found.next(), found.next()) {
        (Some(at), None) => {
            text.replace_range(at..at + from.len(), to);
            Ok(())
        }
        (None, _) => Err(format!("the glue has no `{from}`")),
        (Some(_), Some(_)) => Err(format!("the glue has `{from}` more than once")),
    }
}

/// Replaces every `from` in `text` that is not the start of a longer name.
fn replace_all(text: &mut String, from: &str, to: &str) {
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(at) = rest.find(from) {
        let after = &rest[at + from.len()..];
        let whole = !after.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$');
        out.push_str(&rest[..at]);
        out.push_str(if whole { to } else { from });
        rest = after;
    }
    out.push_str(rest);
    *text = out;
}

/// `a`, `b`, … `Z`, `aa`, `ab`, …: names valid in JavaScript, none of them a keyword.
#[derive(Default)]
struct ShortNames(usize);

impl ShortNames {
    const LETTERS: &'static [u8; 52] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    fn next(&mut self) -> String {
        loop {
            let mut n = self.0;
            self.0 += 1;
            let mut name = Vec::new();
            loop {
                name.push(Self::LETTERS[n % 52]);
                if n < 52 {
                    break;
                }
                n = n / 52 - 1;
            }
            name.reverse();
            let name = String::from_utf8(name).unwrap_or_default();
            if !["do", "if", "in"].contains(&name.as_str()) {
                return name;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{ShortNames, replace_all, shorten, write_leb};

    /// A module importing `f` and `memory` from `m` and exporting `run` and `memory`.
    fn module() -> Vec<u8> {
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        // type section: one `() -> ()`
        wasm.extend_from_slice(&[1, 4, 1, 0x60, 0, 0]);
        let mut imports = vec![2];
        for (name, description) in [("__wbg_f_0123", &[0u8, 0][..]), ("mem", &[2, 1, 1, 2][..])] {
            imports.extend_from_slice(&[1, b'm']);
            imports.push(name.len() as u8);
            imports.extend_from_slice(name.as_bytes());
            imports.extend_from_slice(description);
        }
        wasm.push(2);
        write_leb(&mut wasm, imports.len() as u32);
        wasm.extend_from_slice(&imports);
        // function section: one function of type 0; export section; code section
        wasm.extend_from_slice(&[3, 2, 1, 0]);
        wasm.extend_from_slice(&[7, 7, 1, 3, b'r', b'u', b'n', 0, 1]);
        wasm.extend_from_slice(&[10, 4, 1, 2, 0, 0x0b]);
        wasm
    }

    const GLUE: &str = "const import0 = {\n    __wbg_f_0123: function(a) {},\n    mem: function() {},\n};\n\
        return { \"m\": import0, };\nwasm.run(); wasm.running();";

    #[test]
    fn renames_in_both_files_alike() {
        let (wasm, glue) = shorten(&module(), GLUE).expect("shortened");
        assert_eq!(
            glue,
            "const import0 = {\n    a: function(a) {},\n    b: function() {},\n};\nreturn { a: import0, };\nwasm.c(); wasm.running();"
        );
        let text = String::from_utf8_lossy(&wasm);
        assert!(!text.contains("__wbg_f_0123") && !text.contains("run"), "{text}");
        assert!(wasm.len() < module().len());
        // The same module again parses: the lengths written are right.
        assert!(shorten(&wasm, &glue).is_err(), "the glue no longer has the old names");
    }

    #[test]
    fn a_glue_that_does_not_match_fails_the_build() {
        let error = shorten(&module(), "return { \"m\": import0, };").expect_err("no import found");
        assert!(error.contains("__wbg_f_0123"), "{error}");
        assert!(shorten(b"\0asm\x02\0\0\0", GLUE).is_err());
        assert!(shorten(&module()[..20], GLUE).is_err());
    }

    #[test]
    fn short_names_skip_keywords_and_grow_a_letter() {
        let mut names = ShortNames::default();
        let all: Vec<String> = (0..3000).map(|_| names.next()).collect();
        assert_eq!(&all[..3], ["a", "b", "c"]);
        assert_eq!(all[52], "aa");
        assert!(!all.iter().any(|n| n == "do" || n == "if" || n == "in"));
        let mut sorted = all.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), all.len(), "every name is new");
    }

    #[test]
    fn a_longer_name_is_left_alone() {
        let mut text = "wasm.run(); wasm.run_2(); wasm.run;".to_owned();
        replace_all(&mut text, "wasm.run", "wasm.a");
        assert_eq!(text, "wasm.a(); wasm.run_2(); wasm.a;");
    }
}
