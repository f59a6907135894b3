//! Tells the claimant the office's decision on a claim: the edit page when approved, the public
//! profile and the office's reason (if it gave one) when not; in the claimant's language.

use crate::mail::compose::{MailKind, Mailing};
use crate::ports::{Claim, DirectoryStore, UserStore};

/// Mails the claimant of a decided claim. Failures are logged; the decision stands.
pub async fn notify_claimant(
    directory: &dyn DirectoryStore,
    users: &dyn UserStore,
    mailing: &Mailing<'_>,
    claim: &Claim,
    approved: bool,
    comment: &str,
) {
    let record = match directory.organisation_record(claim.organisation).await {
        Ok(Some(record)) => record,
        Ok(None) => return,
        Err(error) => {
            tracing::error!(%error, "could not read the claimed organisation for the claim mail");
            return;
        }
    };
    let (base, slug, organisation) = (mailing.base_url, record.slug.as_str(), record.name.clone());
    let kind = if approved {
        MailKind::ClaimApproved { organisation, link: format!("{base}/organisations/{slug}/edit") }
    } else {
        MailKind::ClaimRejected { organisation, comment: comment.trim().to_owned(), link: format!("{base}/organisations/{slug}") }
    };
    let language = users.user(claim.user).await.ok().flatten().and_then(|u| u.language);
    mailing.notify(&claim.email, language, &kind).await;
}
