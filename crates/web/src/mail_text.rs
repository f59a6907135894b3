//! Mails worded from the translations (`locales/<lang>/mail.ftl`): `mail-<kind>-subject`,
//! `mail-<kind>-body`, with the facts as arguments, signed with the instance's name.

use app::mail::compose::{MailKind, MailText};
use domain::language::UiLocale;

use crate::i18n::{ArgValue, Tr};

/// Mail texts in one language.
pub struct FluentMail {
    pub locale: UiLocale,
    pub instance: String,
}

impl MailText for FluentMail {
    fn render(&self, kind: &MailKind) -> (String, String) {
        let tr = Tr::new(self.locale);
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
        let (subject, body) = mail.render(&MailKind::VerifyEmail { link: "https://k.example/register/verify?token=abc".into() });
        assert!(!subject.starts_with("mail-"), "{subject}");
        assert!(body.contains("https://k.example/register/verify?token=abc"), "{body}");
        assert!(body.contains("Knotenpunkt Ludwigsburg"), "{body}");
    }
}
