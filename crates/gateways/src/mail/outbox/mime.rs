//! Just enough MIME reading for the mail this crate writes: headers with RFC 2047 encoded
//! words, a single text part or a `multipart/alternative` of text and HTML, bodies in
//! 7bit, 8bit, quoted-printable or base64.

use base64::Engine;

/// A message's headers (unfolded, names lower-cased, values decoded) and text parts.
pub(super) struct Parsed {
    headers: Vec<(String, String)>,
    pub text_body: Option<String>,
    pub html_body: Option<String>,
}

impl Parsed {
    pub fn header(&self, name: &str) -> Option<String> {
        self.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone())
    }
}

pub(super) fn parse(source: &str) -> Parsed {
    let (head, body) = split(source);
    let headers = headers(head);
    let mut parsed = Parsed { headers, text_body: None, html_body: None };
    let raw: Vec<(String, String)> = raw_headers(head);
    collect_parts(&raw, body, &mut parsed);
    parsed
}

/// Header block and body, split at the first empty line.
fn split(source: &str) -> (&str, &str) {
    source.split_once("\r\n\r\n").or_else(|| source.split_once("\n\n")).unwrap_or((source, ""))
}

/// Unfolded headers with lower-cased names, values as written.
fn raw_headers(head: &str) -> Vec<(String, String)> {
    let mut headers: Vec<(String, String)> = Vec::new();
    for line in head.lines() {
        if line.starts_with([' ', '\t']) {
            if let Some((_, value)) = headers.last_mut() {
                value.push(' ');
                value.push_str(line.trim());
            }
        } else if let Some((name, value)) = line.split_once(':') {
            headers.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
        }
    }
    headers
}

fn headers(head: &str) -> Vec<(String, String)> {
    raw_headers(head).into_iter().map(|(name, value)| (name, decode_words(&value))).collect()
}

fn find<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
}

fn collect_parts(headers: &[(String, String)], body: &str, parsed: &mut Parsed) {
    let content_type = find(headers, "content-type").unwrap_or("text/plain").to_ascii_lowercase();
    if content_type.starts_with("multipart/") {
        let Some(boundary) = find(headers, "content-type").and_then(boundary) else { return };
        let delimiter = format!("--{boundary}");
        for part in body.split(delimiter.as_str()).skip(1) {
            if part.starts_with("--") {
                break;
            }
            let part = part.strip_prefix("\r\n").or_else(|| part.strip_prefix('\n')).unwrap_or(part);
            let (head, body) = split(part);
            let body = body.strip_suffix("\r\n").or_else(|| body.strip_suffix('\n')).unwrap_or(body);
            collect_parts(&raw_headers(head), body, parsed);
        }
        return;
    }
    let text = decode_body(find(headers, "content-transfer-encoding").unwrap_or("7bit"), body);
    if content_type.starts_with("text/html") {
        parsed.html_body.get_or_insert(text);
    } else if content_type.starts_with("text/plain") {
        parsed.text_body.get_or_insert(text);
    }
}

fn boundary(content_type: &str) -> Option<String> {
    content_type.split(';').find_map(|param| {
        let (name, value) = param.split_once('=')?;
        (name.trim().eq_ignore_ascii_case("boundary")).then(|| value.trim().trim_matches('"').to_owned())
    })
}

fn decode_body(encoding: &str, body: &str) -> String {
    match encoding.trim().to_ascii_lowercase().as_str() {
        "base64" => {
            let compact: String = body.chars().filter(|c| !c.is_ascii_whitespace()).collect();
            base64::engine::general_purpose::STANDARD
                .decode(compact)
                .map_or_else(|_| body.to_owned(), |bytes| String::from_utf8_lossy(&bytes).into_owned())
        }
        "quoted-printable" => quoted_printable::decode(body, quoted_printable::ParseMode::Robust)
            .map_or_else(|_| body.to_owned(), |bytes| String::from_utf8_lossy(&bytes).into_owned()),
        _ => body.to_owned(),
    }
    .replace("\r\n", "\n")
}

/// Decodes RFC 2047 encoded words (`=?utf-8?b?…?=`, `=?utf-8?q?…?=`); the bytes of adjacent
/// words are joined before they are read as UTF-8, since a character may be split across two.
pub(super) fn decode_words(value: &str) -> String {
    let mut out = String::new();
    let mut pending: Vec<u8> = Vec::new();
    let mut previous_encoded = false;
    for (index, token) in value.split(' ').enumerate() {
        match decode_word(token) {
            Some(bytes) => {
                if index > 0 && !previous_encoded {
                    out.push(' ');
                }
                pending.extend(bytes);
                previous_encoded = true;
            }
            None => {
                out.push_str(&String::from_utf8_lossy(&pending));
                pending.clear();
                if index > 0 {
                    out.push(' ');
                }
                out.push_str(token);
                previous_encoded = false;
            }
        }
    }
    out.push_str(&String::from_utf8_lossy(&pending));
    out
}

fn decode_word(token: &str) -> Option<Vec<u8>> {
    let inner = token.strip_prefix("=?")?.strip_suffix("?=")?;
    let mut pieces = inner.splitn(3, '?');
    let charset = pieces.next()?.to_ascii_lowercase();
    let encoding = pieces.next()?.to_ascii_lowercase();
    let text = pieces.next()?;
    if !matches!(charset.as_str(), "utf-8" | "us-ascii") {
        return None;
    }
    match encoding.as_str() {
        "b" => base64::engine::general_purpose::STANDARD.decode(text).ok(),
        "q" => quoted_printable::decode(text.replace('_', " "), quoted_printable::ParseMode::Robust).ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoded_words_are_decoded_and_joined() {
        assert_eq!(decode_words("=?utf-8?b?R3LDvMOfZQ==?="), "Grüße");
        assert_eq!(decode_words("Hallo =?utf-8?q?Gr=C3=BC=C3=9Fe?= und mehr"), "Hallo Grüße und mehr");
        // "ü" split across two words.
        assert_eq!(decode_words("=?utf-8?b?R3LD?= =?utf-8?b?vA==?="), "Grü");
        assert_eq!(decode_words("plain text"), "plain text");
    }
}
