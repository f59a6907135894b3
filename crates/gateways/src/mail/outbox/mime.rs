//! Reading an outbox `.eml` file for the admin page, with `mail-parser` (decision 0004): the
//! decoded `To` and `Subject` and the first text and HTML parts, line ends as `\n`.

use mail_parser::{Address, MessageParser, PartType};

/// What the outbox page shows of one message.
#[derive(Debug, Default)]
pub(super) struct Parsed {
    /// The recipients, `Name <address>` or `address`, separated by `, `.
    pub to: String,
    pub subject: String,
    pub text_body: Option<String>,
    pub html_body: Option<String>,
}

/// Reads a message; bytes that are no message at all give an empty [`Parsed`].
pub(super) fn parse(source: &[u8]) -> Parsed {
    let Some(message) = MessageParser::default().parse(source) else { return Parsed::default() };
    // `text_bodies` falls back to HTML parts and `html_bodies` to text parts; only the real kind counts.
    let text_body = message.text_bodies().find_map(|part| match &part.body {
        PartType::Text(text) => Some(lines(text)),
        _ => None,
    });
    let html_body = message.html_bodies().find_map(|part| match &part.body {
        PartType::Html(html) => Some(lines(html)),
        _ => None,
    });
    Parsed {
        to: message.to().map(recipients).unwrap_or_default(),
        subject: message.subject().unwrap_or_default().to_owned(),
        text_body,
        html_body,
    }
}

fn recipients(address: &Address<'_>) -> String {
    let shown: Vec<String> = address
        .iter()
        .filter_map(|addr| match (addr.name(), addr.address()) {
            (Some(name), Some(address)) => Some(format!("{name} <{address}>")),
            (None, Some(address)) => Some(address.to_owned()),
            (Some(name), None) => Some(name.to_owned()),
            (None, None) => None,
        })
        .collect();
    shown.join(", ")
}

fn lines(text: &str) -> String {
    text.replace("\r\n", "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subject(header: &str) -> String {
        parse(format!("Subject: {header}\r\n\r\nbody\r\n").as_bytes()).subject
    }

    #[test]
    fn encoded_words_are_decoded_and_joined() {
        assert_eq!(subject("=?utf-8?b?R3LDvMOfZQ==?="), "Grüße");
        assert_eq!(subject("Hallo =?utf-8?q?Gr=C3=BC=C3=9Fe?= und mehr"), "Hallo Grüße und mehr");
        // Adjacent words are joined without the space between them. (Each word holds whole
        // characters: RFC 2047 section 5 forbids splitting one, and lettre never does.)
        assert_eq!(subject("=?utf-8?b?R3LDvA==?= =?utf-8?b?w59l?="), "Grüße");
        assert_eq!(subject("plain text"), "plain text");
    }

    #[test]
    fn long_subjects_in_many_encoded_words_come_back_whole() {
        use app::mail::OutgoingMail;
        use domain::accounts::EmailAddress;
        let subject = "Einladung zum Netzwerktreffen – دعوة لاجتماع الشبكة – Запрошення на зустріч мережі – Ağ toplantısına davet – Grüße";
        let mail = OutgoingMail {
            to: EmailAddress::parse("amira@example.de").expect("address"),
            subject: subject.repeat(3),
            text_body: "Grüße\n".into(),
            html_body: None,
            attachments: Vec::new(),
        };
        let from = crate::mail::message::sender("Knotenpunkt <noreply@example.org>").expect("sender");
        let bytes = crate::mail::message::build(&from, &mail).expect("message").formatted();
        assert!(String::from_utf8_lossy(&bytes).matches("=?utf-8?b?").count() > 3, "several encoded words");
        let parsed = parse(&bytes);
        assert_eq!(parsed.subject, subject.repeat(3));
        assert_eq!((parsed.to.as_str(), parsed.text_body.as_deref()), ("amira@example.de", Some("Grüße\n")));
    }

    #[test]
    fn recipients_keep_their_names_and_html_only_mail_has_no_text_part() {
        let parsed = parse(
            b"To: =?utf-8?q?Ay=C5=9Fe_Kaya?= <ayse@example.de>, jonas@example.de\r\n\
              Content-Type: text/html; charset=utf-8\r\n\r\n<p>Hallo</p>\r\n",
        );
        assert_eq!(parsed.to, "Ayşe Kaya <ayse@example.de>, jonas@example.de");
        assert_eq!(parsed.html_body.as_deref(), Some("<p>Hallo</p>\n"));
        assert_eq!(parsed.text_body, None);
    }
}
