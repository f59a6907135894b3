//! The mails of an introduction, each in its recipient's language: a request goes to the
//! answering association's editors (else its public address, in the instance's language); an
//! agreement gives each of the two people the other's address.

use domain::accounts::EmailAddress;
use domain::ids::OrgId;
use domain::language::UiLocale;
use domain::local_path::LocalPath;
use domain::marketplace::ItemId;

use super::introductions::contact_of;
use super::Marketplace;
use crate::directory::Directory;
use crate::mail::compose::{MailKind, Mailing};
use crate::mail::recipients::{association_recipients, language_of};
use crate::ports::{AccountStore, Introduction};

/// Where the names in the mails come from.
pub struct Names<'a> {
    pub directory: &'a Directory,
    pub marketplace: &'a Marketplace,
}

impl Names<'_> {
    fn title(&self, id: ItemId) -> String {
        self.marketplace.view().get(id).map(|i| i.content.title.clone()).unwrap_or_default()
    }

    fn organisation(&self, org: OrgId) -> String {
        self.directory.index().by_id(org).map(|l| l.name().to_owned()).unwrap_or_default()
    }
}

/// Where mail for an association goes; see [`association_recipients`].
async fn recipients_of(names: &Names<'_>, accounts: &dyn AccountStore, org: OrgId) -> Vec<(EmailAddress, Option<UiLocale>)> {
    association_recipients(accounts, names.directory.store().as_ref(), org).await
}

/// Mails the answering association that another one asks for an introduction. Its editors
/// get the link to their introductions; an association without an account (the mail goes to its
/// public address) gets its guided path instead: create an account, confirm the address, claim
/// the association, then answer. Failures are logged; the request stands.
pub async fn notify_requested(names: &Names<'_>, accounts: &dyn AccountStore, mailing: &Mailing<'_>, intro: &Introduction) {
    let has_editors = !accounts.members_of(intro.responder_org).await.unwrap_or_default().is_empty();
    let guided = names
        .directory
        .index()
        .by_id(intro.responder_org)
        .and_then(|l| domain::slug::Slug::parse(l.slug()).ok())
        .map(|s| LocalPath::join(&s));
    let link = match guided.filter(|_| !has_editors) {
        Some(path) => format!("{}{}", mailing.base_url, path.as_str()),
        None => format!("{}/introductions", mailing.base_url),
    };
    let kind = MailKind::IntroductionRequested {
        organisation: names.organisation(intro.requester_org),
        need: names.title(intro.need),
        offer: names.title(intro.offer),
        message: intro.message.clone(),
        link,
    };
    for (to, language) in recipients_of(names, accounts, intro.responder_org).await {
        mailing.notify(&to, language, &kind).await;
    }
}

/// Mails both people of an agreed introduction the other's address. Failures are logged; the
/// agreement stands.
pub async fn notify_agreed(names: &Names<'_>, accounts: &dyn AccountStore, mailing: &Mailing<'_>, intro: &Introduction) {
    let requester = contact_of(accounts, Some(intro.requested_by)).await.ok().flatten();
    let responder = contact_of(accounts, intro.responded_by).await.ok().flatten();
    let (need, offer) = (names.title(intro.need), names.title(intro.offer));
    for (to, to_user, other_org, contact) in [
        (&requester, Some(intro.requested_by), intro.responder_org, &responder),
        (&responder, intro.responded_by, intro.requester_org, &requester),
    ] {
        let (Some(to), Some(contact)) = (to.as_deref().and_then(|t| EmailAddress::parse(t).ok()), contact) else { continue };
        let kind = MailKind::IntroductionAgreed {
            organisation: names.organisation(other_org),
            need: need.clone(),
            offer: offer.clone(),
            contact: contact.clone(),
            link: format!("{}/introductions", mailing.base_url),
        };
        mailing.notify(&to, language_of(accounts, to_user).await, &kind).await;
    }
}
