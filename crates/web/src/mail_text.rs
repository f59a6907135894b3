//! Mails worded from the translations (`locales/<lang>/mail.ftl`): `mail-<kind>-subject`,
//! `mail-<kind>-body`, with the facts as arguments, signed with the instance's name.

use app::mail::compose::{MailKind, MailText};
use domain::language::UiLocale;

use crate::i18n::{ArgValue, Tr};

/// Mail texts in the recipient's language, else in `locale` (the instance's).
pub struct FluentMail {
    pub locale: UiLocale,
    pub instance: String,
}

impl MailText for FluentMail {
    fn render(&self, kind: &MailKind, language: Option<UiLocale>) -> (String, String) {
        let tr = Tr::new(language.unwrap_or(self.locale));
        let mut args: Vec<(&str, ArgValue)> = kind.args().into_iter().map(|(k, v)| (k, ArgValue::from(v))).collect();
        args.push(("instance", ArgValue::from(self.instance.clone())));
        let subject = tr.targs(&format!("mail-{}-subject", kind.key()), &args);
        let body = paragraphs(&tr.targs(&format!("mail-{}-body", kind.key()), &args));
        let signature = tr.targs("mail-signature", &args);
        (subject, format!("{body}\n\n-- \n{signature}\n"))
    }
}

/// The text with trailing spaces removed and at most one empty line between paragraphs, so that
/// a part left out (an optional reason) leaves no gap.
fn paragraphs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut empty = 0;
    for line in text.lines().map(str::trim_end).map(alone) {
        if line.is_empty() {
            empty += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if empty > 0 { "\n\n" } else { "\n" });
        }
        out.push_str(line);
        empty = 0;
    }
    out
}

/// A placeable alone on its line (a link, a list of matches) is a paragraph of its own: it
/// needs no isolation from the sentence around it, and mail programs should see a bare link.
fn alone(line: &str) -> &str {
    match line.strip_prefix('\u{2068}').and_then(|rest| rest.strip_suffix('\u{2069}')) {
        Some(inner) if !inner.contains(['\u{2068}', '\u{2069}']) => inner,
        _ => line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mails_are_worded_in_the_language_with_their_facts() {
        let mail = FluentMail { locale: UiLocale::De, instance: "Knotenpunkt Ludwigsburg".into() };
        let (subject, body) = mail.render(&MailKind::VerifyEmail { link: "https://k.example/register/verify?token=abc".into() }, None);
        assert!(!subject.starts_with("mail-"), "{subject}");
        assert!(body.contains("https://k.example/register/verify?token=abc"), "{body}");
        assert!(body.contains("Knotenpunkt Ludwigsburg"), "{body}");
    }

    #[test]
    fn decision_mails_are_translated_with_their_link_and_reason() {
        let kinds = [
            MailKind::ProposalApproved {
                organisation: "Elternverein".into(),
                comment: "Willkommen im Netzwerk.".into(),
                link: "https://k.example/organisations/elternverein".into(),
            },
            MailKind::RevisionApproved {
                organisation: "Elternverein".into(),
                comment: "Danke für die Ergänzung.".into(),
                link: "https://k.example/organisations/elternverein/edit".into(),
            },
            MailKind::RevisionRestored {
                organisation: "Elternverein".into(),
                number: "2".into(),
                link: "https://k.example/organisations/elternverein/history".into(),
            },
            MailKind::ProposalRejected {
                organisation: "Elternverein".into(),
                comment: "Gibt es schon.".into(),
                link: "https://k.example/organisations/propose".into(),
            },
            MailKind::ClaimApproved {
                organisation: "Elternverein".into(),
                link: "https://k.example/organisations/elternverein/edit".into(),
            },
            MailKind::ClaimRejected {
                organisation: "Elternverein".into(),
                comment: "Bitte melden Sie sich beim Vorstand.".into(),
                link: "https://k.example/organisations/elternverein".into(),
            },
        ];
        let without_reason = [
            MailKind::ClaimRejected { organisation: "Elternverein".into(), comment: " ".into(), link: "https://k.example/x".into() },
            MailKind::RevisionApproved { organisation: "Elternverein".into(), comment: String::new(), link: "https://k.example/x".into() },
            MailKind::ProposalApproved { organisation: "Elternverein".into(), comment: String::new(), link: "https://k.example/x".into() },
        ];
        for kind in &without_reason {
            for locale in UiLocale::ALL {
                let (_, body) = FluentMail { locale, instance: "K".into() }.render(kind, None);
                assert!(!body.contains(":  ") && !body.contains("\n\n\n\n"), "{locale:?}: no empty reason line in {body}");
            }
        }
        for kind in &kinds {
            let german = FluentMail { locale: UiLocale::De, instance: "K".into() }.render(kind, None);
            for locale in UiLocale::ALL {
                let (subject, body) = FluentMail { locale: UiLocale::De, instance: "K".into() }.render(kind, Some(locale));
                assert!(!subject.starts_with("mail-") && subject.contains("Elternverein"), "{locale:?}: {subject}");
                // Every fact is in the text; `has_comment` only chooses whether the reason is.
                for (_, fact) in kind.args().into_iter().filter(|(name, _)| *name != "has_comment") {
                    assert!(body.contains(&fact), "{locale:?} {}: {fact} missing in {body}", kind.key());
                }
                if locale != UiLocale::De {
                    assert_ne!((&subject, &body), (&german.0, &german.1), "{locale:?} {} falls back to German", kind.key());
                }
            }
        }
    }

    #[test]
    fn project_mails_carry_their_facts_in_every_language() {
        let link = "https://k.example/projects/naehkurs".to_owned();
        let project = "Nähkurs für Mütter".to_owned();
        let kinds = [
            MailKind::ProjectProposed { project: project.clone(), organisation: "Elternverein".into(), link: link.clone() },
            MailKind::ProjectConfirmed { project: project.clone(), link: link.clone() },
            MailKind::ProjectPartnerAdded { project: project.clone(), link: link.clone() },
            MailKind::ProjectPartnerRemoved { project, link },
        ];
        for kind in &kinds {
            let german = FluentMail { locale: UiLocale::De, instance: "K".into() }.render(kind, None);
            for locale in UiLocale::ALL {
                let (subject, body) = FluentMail { locale: UiLocale::De, instance: "K".into() }.render(kind, Some(locale));
                assert!(!subject.starts_with("mail-") && subject.contains("Nähkurs für Mütter"), "{locale:?}: {subject}");
                for (_, fact) in kind.args() {
                    assert!(body.contains(&fact), "{locale:?} {}: {fact} missing in {body}", kind.key());
                }
                if locale != UiLocale::De {
                    assert_ne!((&subject, &body), (&german.0, &german.1), "{locale:?} {} falls back to German", kind.key());
                }
            }
        }
    }

    #[test]
    fn survey_mails_carry_the_link_and_the_close_date_in_every_language() {
        let link = "https://k.example/survey/abc123".to_owned();
        for closes in ["2026-12-31", ""] {
            let kinds = [
                MailKind::SurveyInvitation {
                    survey: "Vereinsbefragung 2026".into(),
                    organisation: "Elternverein".into(),
                    link: link.clone(),
                    closes: closes.into(),
                },
                MailKind::SurveyReminder {
                    survey: "Vereinsbefragung 2026".into(),
                    organisation: "Elternverein".into(),
                    link: link.clone(),
                    closes: closes.into(),
                },
            ];
            for kind in &kinds {
                let german = FluentMail { locale: UiLocale::De, instance: "K".into() }.render(kind, None);
                for locale in UiLocale::ALL {
                    let (subject, body) = FluentMail { locale: UiLocale::De, instance: "K".into() }.render(kind, Some(locale));
                    assert!(!subject.starts_with("mail-") && subject.contains("Vereinsbefragung 2026"), "{locale:?}: {subject}");
                    assert!(body.lines().any(|l| l == link), "{locale:?} {}: the link alone on its line in {body}", kind.key());
                    assert!(body.contains("Elternverein"), "{locale:?}: {body}");
                    assert_eq!(body.contains("2026-12-31"), !closes.is_empty(), "{locale:?}: the close date when there is one: {body}");
                    if locale != UiLocale::De {
                        assert_ne!((&subject, &body), (&german.0, &german.1), "{locale:?} {} falls back to German", kind.key());
                    }
                }
            }
        }
    }

    #[test]
    fn right_to_left_mails_isolate_names_and_leave_links_bare() {
        let kind = MailKind::ProposalApproved {
            organisation: "Elternverein Asperg e.V.".into(),
            comment: String::new(),
            link: "https://k.example/organisations/elternverein-asperg".into(),
        };
        for locale in [UiLocale::Ar, UiLocale::Fa] {
            let (subject, body) = FluentMail { locale: UiLocale::De, instance: "Knotenpunkt".into() }.render(&kind, Some(locale));
            assert!(subject.contains("\u{2068}Elternverein Asperg e.V.\u{2069}"), "{locale:?}: {subject:?}");
            assert!(body.contains("\u{2068}Elternverein Asperg e.V.\u{2069}"), "{locale:?}: {body:?}");
            assert!(
                body.lines().any(|l| l == "https://k.example/organisations/elternverein-asperg"),
                "{locale:?}: the link alone: {body:?}"
            );
        }
        let (subject, body) = FluentMail { locale: UiLocale::De, instance: "Knotenpunkt".into() }.render(&kind, None);
        assert!(!format!("{subject}{body}").contains(['\u{2068}', '\u{2069}']), "German mails stay plain: {body:?}");
    }
}
