//! The mail adapters against a folder and against a tiny SMTP server on a local port.

#![allow(clippy::unwrap_used)]

use std::time::Duration;

use app::mail::{MailError, Mailer, OutgoingMail};
use domain::accounts::EmailAddress;
use gateways::mail::{list_outbox, read_outbox_mail, OutboxError, OutboxMailer, SmtpMailer, SmtpSettings, SmtpTls};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

const SUBJECT: &str = "Einladung: Netzwerktreffen im Bürgerhaus – دعوة لاجتماع الشبكة";

fn mail(to: &str, html: bool) -> OutgoingMail {
    OutgoingMail {
        to: EmailAddress::parse(to).unwrap(),
        subject: SUBJECT.into(),
        text_body: "Liebe Grüße aus Ludwigsburg!\nمرحبا بكم.\n".into(),
        html_body: html.then(|| "<p>Liebe Grüße aus Ludwigsburg!</p>".into()),
        attachments: Vec::new(),
    }
}

#[tokio::test]
async fn the_outbox_keeps_readable_mail_newest_first() {
    let dir = tempfile::tempdir().unwrap();
    let outbox = dir.path().join("outbox");
    assert_eq!(list_outbox(&outbox).unwrap(), vec![], "no folder yet: empty");
    let mailer = OutboxMailer::new(&outbox, "Knotenpunkt Ludwigsburg <noreply@knotenpunkt.example>").unwrap();
    mailer.send(&mail("amira@example.de", false)).await.unwrap();
    tokio::time::sleep(Duration::from_millis(5)).await;
    mailer.send(&mail("jonas@example.de", true)).await.unwrap();

    let list = list_outbox(&outbox).unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!((list[0].to.as_str(), list[1].to.as_str()), ("jonas@example.de", "amira@example.de"), "newest first");
    assert_eq!(list[0].subject, SUBJECT);
    assert!(list[0].file_name > list[1].file_name && list[0].time > list[1].time);
    assert!(list[0].time_utc.starts_with("20") && list[0].time_utc.ends_with('Z'));

    let plain = read_outbox_mail(&outbox, &list[1].file_name).unwrap();
    let source = &plain.source;
    assert!(source.is_ascii(), "headers and body are encoded for transport:\n{source}");
    assert!(source.contains("From: \"Knotenpunkt Ludwigsburg\" <noreply@knotenpunkt.example>\r\n"), "{source}");
    assert!(source.contains("To: amira@example.de\r\n"), "{source}");
    assert!(source.contains("Subject: Einladung: Netzwerktreffen im =?utf-8?b?"), "UTF-8 words of the subject encoded: {source}");
    assert!(source.contains("Date: ") && source.contains("Message-ID: <") && source.contains("@knotenpunkt.example>"), "{source}");
    assert!(source.contains("Content-Type: text/plain; charset=utf-8"), "{source}");
    assert_eq!(plain.text_body.as_deref(), Some("Liebe Grüße aus Ludwigsburg!\nمرحبا بكم.\n"));
    assert_eq!(plain.html_body, None);

    let both = read_outbox_mail(&outbox, &list[0].file_name).unwrap();
    assert!(both.source.contains("multipart/alternative"));
    assert_eq!(both.text_body.as_deref(), Some("Liebe Grüße aus Ludwigsburg!\nمرحبا بكم.\n"));
    assert_eq!(both.html_body.as_deref(), Some("<p>Liebe Grüße aus Ludwigsburg!</p>"));

    assert!(matches!(read_outbox_mail(&outbox, "../secret.eml"), Err(OutboxError::UnknownFile(_))));
}

/// What the test server received in one session.
#[derive(Debug, Default)]
struct Session {
    commands: Vec<String>,
    data: String,
}

/// Accepts one connection and speaks just enough SMTP; `rcpt_answer` is the reply to `RCPT TO`.
async fn smtp_server(rcpt_answer: &'static str) -> (u16, tokio::task::JoinHandle<Session>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let handle = tokio::spawn(async move {
        let (stream, _) = listener.accept().await.unwrap();
        let (read, mut write) = stream.into_split();
        let mut lines = BufReader::new(read).lines();
        let mut session = Session::default();
        write.write_all(b"220 test.local ESMTP\r\n").await.unwrap();
        while let Some(line) = lines.next_line().await.unwrap() {
            let verb = line.split([' ', ':']).next().unwrap_or_default().to_ascii_uppercase();
            session.commands.push(line.clone());
            let answer = match verb.as_str() {
                "EHLO" | "HELO" => "250-test.local\r\n250 8BITMIME\r\n",
                "MAIL" | "RSET" | "NOOP" => "250 ok\r\n",
                "RCPT" => rcpt_answer,
                "DATA" => {
                    write.write_all(b"354 end with .\r\n").await.unwrap();
                    while let Some(data) = lines.next_line().await.unwrap() {
                        if data == "." {
                            break;
                        }
                        session.data.push_str(&data);
                        session.data.push_str("\r\n");
                    }
                    "250 queued\r\n"
                }
                "QUIT" => {
                    write.write_all(b"221 bye\r\n").await.unwrap();
                    break;
                }
                _ => "502 not implemented\r\n",
            };
            write.write_all(answer.as_bytes()).await.unwrap();
        }
        session
    });
    (port, handle)
}

fn settings(port: u16) -> SmtpSettings {
    SmtpSettings {
        host: "127.0.0.1".into(),
        port,
        username: None,
        password: None,
        tls: SmtpTls::None,
        from: "Knotenpunkt <noreply@knotenpunkt.example>".into(),
        timeout: Duration::from_secs(5),
    }
}

#[tokio::test]
async fn smtp_delivers_to_the_relay() {
    let (port, server) = smtp_server("250 ok\r\n").await;
    let mailer = SmtpMailer::new(&settings(port)).unwrap();
    mailer.send(&mail("amira@example.de", true)).await.unwrap();
    let session = tokio::time::timeout(Duration::from_secs(5), server).await.unwrap().unwrap();
    let commands = session.commands.join("\n");
    assert!(commands.contains("MAIL FROM:<noreply@knotenpunkt.example>"), "{commands}");
    assert!(commands.contains("RCPT TO:<amira@example.de>"), "{commands}");
    assert!(session.data.contains("To: amira@example.de\r\n"), "{}", session.data);
    assert!(session.data.contains("Subject: Einladung: Netzwerktreffen im =?utf-8?b?"), "{}", session.data);
    assert!(session.data.contains("multipart/alternative"), "{}", session.data);
}

#[tokio::test]
async fn smtp_refusals_and_unreachable_relays_are_told_apart() {
    let (port, _server) = smtp_server("550 no such user\r\n").await;
    let err = SmtpMailer::new(&settings(port)).unwrap().send(&mail("nobody@example.de", false)).await.unwrap_err();
    assert!(matches!(err, MailError::Rejected(_)), "{err:?}");
    assert!(err.is_permanent());

    let unused = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let closed = unused.local_addr().unwrap().port();
    drop(unused);
    let err = SmtpMailer::new(&settings(closed)).unwrap().send(&mail("amira@example.de", false)).await.unwrap_err();
    assert!(matches!(err, MailError::Unavailable(_)), "{err:?}");
    assert!(!err.is_permanent());
}

#[test]
fn tls_settings_build_without_connecting() {
    for tls in [SmtpTls::StartTls, SmtpTls::Tls] {
        let settings = SmtpSettings { host: "mail.example.org".into(), tls, username: Some("kp".into()), ..settings(587) };
        assert!(SmtpMailer::new(&settings).is_ok());
    }
    assert!(SmtpMailer::new(&SmtpSettings { from: "not an address".into(), ..settings(25) }).is_err());
}

#[tokio::test]
async fn an_attached_calendar_file_travels_with_the_text() {
    let dir = tempfile::tempdir().unwrap();
    let outbox = dir.path().join("outbox");
    let mailer = OutboxMailer::new(&outbox, "Knotenpunkt <noreply@knotenpunkt.example>").unwrap();
    let mut with_file = mail("amira@example.de", false);
    with_file.attachments.push(app::mail::Attachment {
        file_name: "netzwerktreffen.ics".into(),
        content_type: "text/calendar; charset=utf-8".into(),
        content: "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n".into(),
    });
    mailer.send(&with_file).await.unwrap();
    let list = list_outbox(&outbox).unwrap();
    let read = read_outbox_mail(&outbox, &list[0].file_name).unwrap();
    assert!(read.source.contains("multipart/mixed"), "{}", read.source);
    assert!(read.source.contains("text/calendar"), "{}", read.source);
    assert!(read.source.contains("filename=\"netzwerktreffen.ics\""), "{}", read.source);
    assert_eq!(read.text_body.as_deref(), Some("Liebe Grüße aus Ludwigsburg!\nمرحبا بكم.\n"), "the text is still the body");
}
