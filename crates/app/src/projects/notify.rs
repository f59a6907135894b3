//! The partners' mails about a project, each in its recipient's language (through
//! [`Mailing::notify`]): to each partner association's editors, else its public address, as
//! the introductions do. The person who acted gets none. Failures are logged; the change stands.

use domain::ids::OrgId;

use super::Projects;
use crate::accounts::sign_in::Viewer;
use crate::mail::compose::{MailKind, Mailing};
use crate::mail::recipients::association_recipients;
use crate::ports::ProjectRecord;

/// What happened to the project, from the recipient association's side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartnerNews {
    /// A partner proposed it (`by`: the proposing association, if a partner proposed it).
    Proposed { by: Option<OrgId> },
    /// The office confirmed it, or entered or tracked it itself.
    Confirmed,
    /// The association became a partner.
    Added,
    /// The association is no longer a partner.
    Removed,
}

impl Projects {
    /// The association's name as stored, or empty.
    async fn organisation_name(&self, org: OrgId) -> String {
        self.directory.organisation_record(org).await.ok().flatten().map(|r| r.name).unwrap_or_default()
    }

    /// Mails `news` about `record` to the associations `to`; `viewer` (who acted) is skipped.
    pub(super) async fn notify(&self, mailing: &Mailing<'_>, viewer: &Viewer, record: &ProjectRecord, to: &[OrgId], news: PartnerNews) {
        let project = record.project.title.clone();
        let link = format!("{}/projects/{}", mailing.base_url, record.slug);
        let kind = match news {
            PartnerNews::Proposed { by } => {
                let organisation = match by {
                    Some(org) => self.organisation_name(org).await,
                    None => String::new(),
                };
                MailKind::ProjectProposed { project, organisation, link }
            }
            PartnerNews::Confirmed => MailKind::ProjectConfirmed { project, link },
            PartnerNews::Added => MailKind::ProjectPartnerAdded { project, link },
            PartnerNews::Removed => MailKind::ProjectPartnerRemoved { project, link },
        };
        let mut sent = vec![viewer.user.email.clone()];
        for org in to {
            for (address, language) in association_recipients(self.accounts.as_ref(), self.directory.as_ref(), *org).await {
                if !sent.contains(&address) {
                    mailing.notify(&address, language, &kind).await;
                    sent.push(address);
                }
            }
        }
    }
}
