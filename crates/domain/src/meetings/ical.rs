//! The meeting as an iCalendar file (RFC 5545), for the meeting page and confirmation mails.

use super::ids::MeetingId;
use super::meeting::Meeting;

/// Content lines are folded after this many octets (RFC 5545, 3.1).
const LINE_OCTETS: usize = 75;

/// `20260111T090000Z`
fn utc_stamp(unix_secs: i64) -> String {
    crate::date::rfc3339(unix_secs).replace(['-', ':'], "")
}

/// TEXT value escaping (RFC 5545, 3.3.11): backslash, semicolon, comma, line breaks.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let normalised = value.replace("\r\n", "\n").replace('\r', "\n");
    for c in normalised.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line: at most 75 octets a line, never inside a UTF-8 character;
/// continuation lines start with a space, which counts towards their 75.
fn fold(line: &str, out: &mut String) {
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += len;
    }
    out.push_str("\r\n");
}

/// Only letters, digits, dots, hyphens and a port colon survive from the host, so that a
/// misconfigured host cannot break the file.
fn host_part(host: &str) -> String {
    let clean: String = host.chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':')).collect();
    if clean.is_empty() {
        "knotenpunkt.invalid".to_owned()
    } else {
        clean
    }
}

/// A VCALENDAR with one VEVENT for the meeting. `host` is the instance's host name (from
/// configuration, never from a request), which with the id makes a UID stable across
/// updates; `dtstamp` is when the file is made (Unix seconds); `sequence` counts the
/// meeting's changes, so calendars replace an older copy; `url` links the meeting page.
/// A cancelled meeting says `STATUS:CANCELLED`.
pub fn icalendar(id: MeetingId, meeting: &Meeting, host: &str, dtstamp: i64, sequence: u32, url: Option<&str>) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Knotenpunkt//Netzwerktreffen//DE".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:meeting-{id}@{}", host_part(host)),
        format!("DTSTAMP:{}", utc_stamp(dtstamp)),
        format!("DTSTART:{}", utc_stamp(meeting.starts_at)),
        format!("DTEND:{}", utc_stamp(meeting.ends_at)),
        format!("SEQUENCE:{sequence}"),
        format!("SUMMARY:{}", text(&meeting.title)),
        format!("LOCATION:{}", text(&format!("{}, {}", meeting.venue.name, meeting.venue.address))),
    ];
    if let Some(point) = meeting.venue.position {
        lines.push(format!("GEO:{:.6};{:.6}", point.lat(), point.lon()));
    }
    if !meeting.agenda.trim().is_empty() {
        lines.push(format!("DESCRIPTION:{}", text(meeting.agenda.trim())));
    }
    if let Some(url) = url.filter(|u| !u.chars().any(|c| c.is_control() || c.is_whitespace())) {
        lines.push(format!("URL:{url}"));
    }
    lines.push(format!("STATUS:{}", if meeting.cancelled { "CANCELLED" } else { "CONFIRMED" }));
    lines.extend(["END:VEVENT".to_owned(), "END:VCALENDAR".to_owned()]);
    let mut out = String::new();
    for line in &lines {
        fold(line, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::geo::GeoPoint;
    use crate::meetings::meeting::tests::{meeting, START};

    /// Unfolds as a calendar reader does.
    fn unfold(ics: &str) -> String {
        ics.replace("\r\n ", "")
    }

    #[test]
    fn writes_an_event_with_stable_uid_and_utc_times() {
        let ics =
            icalendar(MeetingId(12), &meeting(), "knotenpunkt.ludwigsburg.de", START - 86_400, 3, Some("https://k.example/meetings/1"));
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), "{ics}");
        assert!(ics.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        assert!(!ics.replace("\r\n", "").contains('\n'), "every line ends in CRLF");
        for expected in [
            "UID:meeting-12@knotenpunkt.ludwigsburg.de\r\n",
            "DTSTAMP:20260110T100000Z\r\n",
            "DTSTART:20260111T100000Z\r\n",
            "DTEND:20260111T140000Z\r\n",
            "SEQUENCE:3\r\n",
            "LOCATION:Kulturzentrum\\, Wilhelmstraße 9/1\\, 71638 Ludwigsburg\r\n",
            "STATUS:CONFIRMED\r\n",
            "URL:https://k.example/meetings/1\r\n",
        ] {
            assert!(ics.contains(expected), "{expected} in {ics}");
        }
        assert!(!ics.contains("GEO:") && !ics.contains("DESCRIPTION"), "no point, no agenda");
    }

    #[test]
    fn geo_and_cancellation() {
        let mut m = meeting();
        m.venue.position = Some(GeoPoint::new(48.8955, 9.1899).unwrap());
        m.cancelled = true;
        let ics = icalendar(MeetingId(1), &m, "", 0, 0, None);
        assert!(ics.contains("GEO:48.895500;9.189900\r\n"), "{ics}");
        assert!(ics.contains("STATUS:CANCELLED\r\n"));
        assert!(ics.contains("UID:meeting-1@knotenpunkt.invalid\r\n"));
    }

    #[test]
    fn hostile_characters_are_escaped() {
        let mut m = meeting();
        m.title = "A;B,C\\D\r\nEND:VEVENT\nX".into();
        m.agenda = "1. Begrüßung\n2. Runden; Pause, Ende\u{7}".into();
        let ics = icalendar(MeetingId(1), &m, "evil\r\nhost;x", 0, 0, Some("https://x\r\nATTACH:y"));
        assert!(ics.contains("SUMMARY:A\\;B\\,C\\\\D\\nEND:VEVENT\\nX\r\n"), "{ics}");
        assert!(ics.contains("DESCRIPTION:1. Begrüßung\\n2. Runden\\; Pause\\, Ende\r\n"));
        assert!(ics.contains("UID:meeting-1@evilhostx\r\n"));
        assert!(!ics.contains("ATTACH") && !ics.contains("URL:"), "a URL with a line break is left out");
        assert_eq!(ics.matches("END:VEVENT").count(), 2, "one real, one escaped in the title");
        assert_eq!(ics.lines().filter(|l| *l == "END:VEVENT\r" || *l == "END:VEVENT").count(), 1);
    }

    #[test]
    fn long_arabic_titles_fold_between_characters() {
        let mut m = meeting();
        m.title = "لقاء شبكة الجمعيات في لودفيغسبورغ: الجمعيات تقدم، الجمعيات تبحث، وجولة مفتوحة للجميع".into();
        let ics = icalendar(MeetingId(5), &m, "k.example", 0, 0, None);
        for line in ics.split("\r\n") {
            assert!(line.len() <= LINE_OCTETS, "{} octets: {line}", line.len());
        }
        let summary = ics.split("\r\n").position(|l| l.starts_with("SUMMARY:")).unwrap();
        assert!(ics.split("\r\n").nth(summary + 1).unwrap().starts_with(' '), "the title is folded");
        assert!(unfold(&ics).contains(&format!("SUMMARY:{}\r\n", text(&m.title))), "unfolding gives the title back");
        // Each line is valid UTF-8 on its own (no character split).
        for line in ics.split("\r\n") {
            assert!(std::str::from_utf8(line.as_bytes()).is_ok());
        }
        // A line of exactly 75 octets is not folded; one more octet is.
        let mut out = String::new();
        fold(&"a".repeat(75), &mut out);
        assert_eq!(out, format!("{}\r\n", "a".repeat(75)));
        out.clear();
        fold(&format!("{}ع", "a".repeat(74)), &mut out);
        assert_eq!(out, format!("{}\r\n ع\r\n", "a".repeat(74)), "a two-octet letter does not fit in the 75th octet");
    }
}
