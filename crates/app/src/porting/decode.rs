//! Bytes of an uploaded or given file to UTF-8 text, streaming: what kind of file it really is
//! (refusing HTML pages, spreadsheets and binary files with a clear reason), the encoding
//! (UTF-8 with or without BOM when the whole file is valid UTF-8, else Windows-1252), and a
//! guard that stops a single row from growing without bound.

use std::io::{self, Read, Seek, SeekFrom};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use super::ReadError;

/// The text encoding of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// The Western European encoding of older spreadsheet software ("ANSI").
    Windows1252,
}

/// What the first bytes say the file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Looks {
    /// Text starting with `{` or `[`.
    Json,
    /// Any other text.
    Text,
}

const UTF8_BOM: [u8; 3] = [0xEF, 0xBB, 0xBF];

/// Looks at the start of the file: refuses what is no text data file, tells JSON from other text.
pub fn sniff(head: &[u8]) -> Result<Looks, ReadError> {
    let head = head.strip_prefix(&UTF8_BOM).unwrap_or(head);
    if head.starts_with(b"PK\x03\x04") || head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(ReadError::Spreadsheet);
    }
    if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
        return Err(ReadError::Utf16);
    }
    if head.contains(&0) || head.starts_with(b"%PDF") {
        return Err(ReadError::Binary);
    }
    let start: Vec<u8> = head.iter().copied().skip_while(u8::is_ascii_whitespace).take(16).map(|b| b.to_ascii_lowercase()).collect();
    if start.is_empty() {
        return Err(ReadError::Empty);
    }
    if start.starts_with(b"<!doctype") || start.starts_with(b"<html") || start.starts_with(b"<?xml") || start.starts_with(b"<") {
        return Err(ReadError::Html);
    }
    Ok(if start[0] == b'{' || start[0] == b'[' { Looks::Json } else { Looks::Text })
}

/// Reads the whole source once: UTF-8 when every byte sequence is valid UTF-8, else Windows-1252.
pub fn detect_encoding<R: Read>(mut source: R) -> io::Result<Encoding> {
    let mut chunk = vec![0u8; 64 * 1024];
    let mut carry: Vec<u8> = Vec::new();
    loop {
        let n = source.read(&mut chunk)?;
        if n == 0 {
            return Ok(if carry.is_empty() { Encoding::Utf8 } else { Encoding::Windows1252 });
        }
        carry.extend_from_slice(&chunk[..n]);
        match std::str::from_utf8(&carry) {
            Ok(_) => carry.clear(),
            Err(e) if e.error_len().is_some() => return Ok(Encoding::Windows1252),
            // An incomplete sequence at the end of the chunk: keep it for the next one.
            Err(e) => {
                let valid = e.valid_up_to();
                carry.drain(..valid);
            }
        }
    }
}

/// The characters Windows-1252 puts at 0x80–0x9F (the rest is Latin-1); undefined bytes map to
/// the replacement character.
const CP1252_HIGH: [char; 32] = [
    '€', '\u{FFFD}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{FFFD}', 'Ž', '\u{FFFD}', '\u{FFFD}', '‘', '’', '“', '”',
    '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{FFFD}', 'ž', 'Ÿ',
];

/// One Windows-1252 byte as a character.
pub fn cp1252_char(byte: u8) -> char {
    match byte {
        0x80..=0x9F => CP1252_HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

/// The source as UTF-8 bytes, without a BOM, transcoded from Windows-1252 when needed.
pub struct Decoded<R> {
    inner: R,
    encoding: Encoding,
    out: Vec<u8>,
    pos: usize,
    raw: Vec<u8>,
}

impl<R: Read + Seek> Decoded<R> {
    /// Rewinds the source, skips a UTF-8 BOM and decodes from there.
    pub fn new(mut inner: R, encoding: Encoding) -> io::Result<Self> {
        inner.seek(SeekFrom::Start(0))?;
        let mut bom = [0u8; 3];
        let mut got = 0;
        while got < 3 {
            let n = inner.read(&mut bom[got..])?;
            if n == 0 {
                break;
            }
            got += n;
        }
        let out = if got == 3 && bom == UTF8_BOM { Vec::new() } else { bom[..got].to_vec() };
        let mut decoded = Decoded { inner, encoding, out: Vec::new(), pos: 0, raw: vec![0u8; 32 * 1024] };
        decoded.out = decoded.convert(&out);
        Ok(decoded)
    }
}

impl<R> Decoded<R> {
    fn convert(&self, bytes: &[u8]) -> Vec<u8> {
        match self.encoding {
            Encoding::Utf8 => bytes.to_vec(),
            Encoding::Windows1252 => bytes.iter().map(|b| cp1252_char(*b)).collect::<String>().into_bytes(),
        }
    }
}

impl<R: Read> Read for Decoded<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.pos >= self.out.len() {
            let n = self.inner.read(&mut self.raw)?;
            if n == 0 {
                return Ok(0);
            }
            let converted = match self.encoding {
                Encoding::Utf8 => self.raw[..n].to_vec(),
                Encoding::Windows1252 => self.raw[..n].iter().map(|b| cp1252_char(*b)).collect::<String>().into_bytes(),
            };
            self.out = converted;
            self.pos = 0;
        }
        let n = buf.len().min(self.out.len() - self.pos);
        buf[..n].copy_from_slice(&self.out[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

/// Counts the bytes read since the reader of rows last reset the counter, and fails the read
/// once one row has taken more than `limit` bytes: a file whose quotes never close, or one
/// enormous cell, stops with a clear message instead of filling the memory.
pub struct RowGuard<R> {
    inner: R,
    since_reset: Arc<AtomicU64>,
    limit: u64,
}

/// The handle that resets a [`RowGuard`]'s count after each row.
#[derive(Clone)]
pub struct RowCounter(Arc<AtomicU64>);

impl RowCounter {
    pub fn reset(&self) {
        self.0.store(0, Ordering::Relaxed);
    }
}

impl<R> RowGuard<R> {
    pub fn new(inner: R, limit: u64) -> (Self, RowCounter) {
        let counter = Arc::new(AtomicU64::new(0));
        (RowGuard { inner, since_reset: counter.clone(), limit }, RowCounter(counter))
    }
}

/// The message of the I/O error a [`RowGuard`] raises.
pub const ROW_TOO_LONG: &str = "row too long";

impl<R: Read> Read for RowGuard<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let total = self.since_reset.fetch_add(n as u64, Ordering::Relaxed) + n as u64;
        if total > self.limit {
            return Err(io::Error::new(io::ErrorKind::InvalidData, ROW_TOO_LONG));
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use std::io::Cursor;

    use super::*;

    fn decode(bytes: &[u8]) -> String {
        let encoding = detect_encoding(Cursor::new(bytes)).unwrap_or(Encoding::Utf8);
        let mut out = String::new();
        Decoded::new(Cursor::new(bytes), encoding).and_then(|mut d| d.read_to_string(&mut out)).unwrap_or_else(|e| panic!("{e}"));
        out
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("Straße;Größe".as_bytes()), "Straße;Größe");
        assert_eq!(decode(&[&UTF8_BOM[..], "Straße".as_bytes()].concat()), "Straße");
        assert_eq!(decode(&UTF8_BOM), "");
        assert_eq!(decode(b"ab"), "ab");
    }

    #[test]
    fn windows_1252_when_not_valid_utf8() {
        // "Straße – Café €" in Windows-1252.
        assert_eq!(decode(b"Stra\xDFe \x96 Caf\xE9 \x80"), "Straße – Café €");
    }

    #[test]
    fn a_sequence_split_across_chunks_stays_utf8() {
        let mut text = "a".repeat(64 * 1024 - 1);
        text.push('ü');
        assert_eq!(detect_encoding(Cursor::new(text.as_bytes())).ok(), Some(Encoding::Utf8));
    }

    #[test]
    fn what_is_no_data_file_is_named() {
        assert_eq!(sniff(b"  <!DOCTYPE html><html>"), Err(ReadError::Html));
        assert_eq!(sniff(b"<table><tr><td>"), Err(ReadError::Html));
        assert_eq!(sniff(b"PK\x03\x04xl/workbook.xml"), Err(ReadError::Spreadsheet));
        assert_eq!(sniff(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1]), Err(ReadError::Spreadsheet));
        assert_eq!(sniff(b"%PDF-1.7"), Err(ReadError::Binary));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n\0\0"), Err(ReadError::Binary));
        assert_eq!(sniff(&[0xFF, 0xFE, b'n', 0]), Err(ReadError::Utf16));
        assert_eq!(sniff(b"   \n"), Err(ReadError::Empty));
        assert_eq!(sniff(b"\n [{\"a\":1}]"), Ok(Looks::Json));
        assert_eq!(sniff(b"name;city"), Ok(Looks::Text));
    }

    #[test]
    fn the_guard_stops_an_endless_row() {
        let (mut guard, counter) = RowGuard::new(Cursor::new(vec![b'x'; 100]), 50);
        let mut buf = [0u8; 40];
        assert_eq!(guard.read(&mut buf).ok(), Some(40));
        counter.reset();
        assert_eq!(guard.read(&mut buf).ok(), Some(40));
        assert!(guard.read(&mut buf).is_err());
    }
}
