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
        let body = tr.targs(&format!("mail-{}-body", kind.key()), &args);
        let signature = tr.targs("mail-signature", &args);
        (subject, format!("{body}\n\n-- \n{signature}\n"))
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
            MailKind::ProposalApproved { organisation: "Elternverein".into(), link: "https://k.example/organisations/elternverein".into() },
            MailKind::ProposalRejected {
                organisation: "Elternverein".into(),
                comment: "Gibt es schon.".into(),
                link: "https://k.example/organisations/propose".into(),
            },
            MailKind::ClaimApproved {
                organisation: "Elternverein".into(),
                link: "https://k.example/organisations/elternverein/edit".into(),
            },
            MailKind::ClaimRejected { organisation: "Elternverein".into(), link: "https://k.example/organisations/elternverein".into() },
        ];
        for kind in &kinds {
            let german = FluentMail { locale: UiLocale::De, instance: "K".into() }.render(kind, None);
            for locale in UiLocale::ALL {
                let (subject, body) = FluentMail { locale: UiLocale::De, instance: "K".into() }.render(kind, Some(locale));
                assert!(!subject.starts_with("mail-") && subject.contains("Elternverein"), "{locale:?}: {subject}");
                for (_, fact) in kind.args() {
                    assert!(body.contains(&fact), "{locale:?} {}: {fact} missing in {body}", kind.key());
                }
                if locale != UiLocale::De {
                    assert_ne!((&subject, &body), (&german.0, &german.1), "{locale:?} {} falls back to German", kind.key());
                }
            }
        }
    }
}
