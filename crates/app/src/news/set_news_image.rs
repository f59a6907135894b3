//! The office gives an item a picture with its German alt text, or removes it. The picture is
//! checked and re-encoded like a logo (`logo::prepare_logo`: PNG, JPEG or WebP up to 2 MB,
//! re-encoded to a PNG without metadata) and stored once by hash; the item gets a new revision.

use domain::news::NewsVersion;
use domain::profile_form::FieldError;
use logo::{prepare_logo, LogoError};
use tokio::sync::Semaphore;

use super::{audit, author, require_staff, News, NewsError};
use crate::accounts::sign_in::Viewer;
use crate::ports::StoredLogo;

/// Pictures decoded at the same time in this process (each may take much memory while decoded).
static DECODING: Semaphore = Semaphore::const_new(2);

/// Why the picture was not set.
#[derive(Debug, thiserror::Error)]
pub enum NewsImageError {
    #[error(transparent)]
    Picture(#[from] LogoError),
    #[error(transparent)]
    News(#[from] NewsError),
}

/// Sets the uploaded picture (`Some`) or removes it (`None`), with `alt` as the German alt text.
pub async fn set_news_image(news: &News, viewer: &Viewer, slug: &str, upload: Option<Vec<u8>>, alt: &str) -> Result<(), NewsImageError> {
    require_staff(viewer)?;
    let record = news.by_slug(slug).await?;
    let mut content = record.content.clone();
    match upload {
        Some(bytes) => {
            let alt = alt.trim();
            if alt.is_empty() || alt.chars().count() > domain::news::MAX_ALT {
                let code = if alt.is_empty() { "news_image_alt" } else { "too_long" };
                return Err(NewsError::Invalid(vec![FieldError { field: "image_alt".into(), code }]).into());
            }
            let prepared = {
                let _permit = DECODING.acquire().await.map_err(|_| LogoError::NotAnImage)?;
                tokio::task::spawn_blocking(move || prepare_logo(&bytes)).await.map_err(|_| LogoError::NotAnImage)??
            };
            let stored = StoredLogo { hash: prepared.hash.clone(), png: prepared.png, width: prepared.width, height: prepared.height };
            news.store.save_news_image(&stored).await.map_err(NewsError::from)?;
            content.image = Some(prepared.hash.as_str().to_owned());
            match content.versions.iter_mut().find(|(l, _)| l == "de") {
                Some((_, v)) => v.image_alt = alt.to_owned(),
                None => content.versions.insert(0, ("de".into(), NewsVersion { image_alt: alt.to_owned(), ..NewsVersion::default() })),
            }
        }
        None if content.image.is_none() => return Ok(()),
        None => content.image = None,
    }
    let now = news.clock.now().unix_secs();
    let number = news.store.save_news(record.id, &content, &author(viewer), None, now).await.map_err(NewsError::from)?;
    audit(news, viewer, "news.image", record.id, format!("revision {number}")).await?;
    Ok(())
}
