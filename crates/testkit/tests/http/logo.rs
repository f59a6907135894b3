//! Logos over HTTP: a representative uploads one on the edit page, it waits for review, the
//! office approves, the public profile, result lists, map list and API show it and
//! `/logos/<hash>.png` serves it; bad files come back to the form with a message; removal;
//! another association's representative is refused; the CSRF check holds for uploads.

use std::io::Cursor;

use domain::accounts::Role;
use image::{DynamicImage, ImageBuffer, ImageFormat, Rgba};
use testkit::browser::{Browser, Page};
use testkit::{spawn_app, TestApp};

const SLUG: &str = "kulturverein-brueckenschlag";
const OTHER: &str = "circolo-il-ponte";

fn picture(width: u32, height: u32, format: ImageFormat) -> Vec<u8> {
    let image = ImageBuffer::from_fn(width, height, |x, y| Rgba([(x % 256) as u8, (y % 256) as u8, 90, 255]));
    let image = if format == ImageFormat::Jpeg {
        DynamicImage::ImageRgb8(DynamicImage::ImageRgba8(image).to_rgb8())
    } else {
        DynamicImage::ImageRgba8(image)
    };
    let mut bytes = Cursor::new(Vec::new());
    image.write_to(&mut bytes, format).unwrap();
    bytes.into_inner()
}

async fn upload(browser: &mut Browser, slug: &str, name: &str, content_type: &str, bytes: &[u8]) -> Page {
    browser.post_file(&format!("/organisations/{slug}/logo"), &[], ("logo", name, content_type, bytes)).await
}

async fn coordinator(app: &TestApp) -> Browser {
    let id = app.user("koordination@stadt.example", Role::Coordinator).await;
    let secret = app.with_totp(id).await;
    app.signed_in("koordination@stadt.example", Some(&secret)).await
}

async fn representative(app: &TestApp, email: &str, slug: &str) -> Browser {
    app.representative_of(email, slug).await;
    app.signed_in(email, None).await
}

async fn approve_pending(app: &TestApp, office: &mut Browser) {
    let page = office.get("/office/review").await;
    let number = page.body.split(&format!("/office/review/{SLUG}/")).nth(1).unwrap().split('"').next().unwrap().to_owned();
    let page = office.post(&format!("/office/review/{SLUG}/{number}"), &[("decision", "approve"), ("comment", "")]).await;
    assert_eq!(page.location.as_deref(), Some("/office/review?done=approved"), "{}", page.body);
    app.state.directory.refresh_if_changed().await.unwrap();
}

async fn revisions(app: &TestApp) -> usize {
    let org = app.state.directory.store().organisation_record_by_slug(&domain::slug::Slug::parse(SLUG).unwrap()).await.unwrap().unwrap();
    app.state.directory.revisions().revision_history(org.id).await.unwrap().len()
}

/// The first `/logos/<hash>.png` in a page.
fn logo_url(body: &str) -> Option<String> {
    let start = body.find("/logos/")?;
    Some(body[start..start + "/logos/".len() + 64 + ".png".len()].to_owned())
}

#[tokio::test]
async fn an_uploaded_logo_waits_for_review_then_shows_everywhere_and_is_served_as_png() {
    let app = spawn_app().await;
    let name = app.state.directory.index().get(SLUG).unwrap().name().to_owned();
    let mut rep = representative(&app, "vera@verein.example", SLUG).await;

    let page = rep.get(&format!("/organisations/{SLUG}/edit")).await;
    assert!(page.body.contains(r#"enctype="multipart/form-data""#) && page.body.contains(r#"id="logo-none""#), "{}", page.body);

    let page = upload(&mut rep, SLUG, "logo.png", "image/png", &picture(800, 400, ImageFormat::Png)).await;
    assert_eq!(page.status, 303, "{}", page.body);
    assert_eq!(page.location.as_deref(), Some(format!("/organisations/{SLUG}/edit?saved=logo-pending#logo").as_str()));
    let page = rep.get(page.location.as_deref().unwrap()).await;
    assert!(page.body.contains(r#"id="logo-saved""#) && page.body.contains(r#"id="logo-waiting""#), "{}", page.body);
    let url = logo_url(&page.body).expect("the edit page shows the new logo");

    let (_, profile) = app.text(&format!("/organisations/{SLUG}")).await;
    assert!(!profile.contains("profile-logo"), "the public keeps the approved profile while the logo waits");
    let served = app.get(&url).await;
    assert_eq!(served.status(), 200, "the office and the representative can see the waiting logo");

    let mut office = coordinator(&app).await;
    let queue = office.get("/office/review").await;
    assert!(queue.body.contains(&url) && queue.body.contains("class=\"diff-logo\""), "the reviewer sees the picture: {}", queue.body);
    approve_pending(&app, &mut office).await;

    let (status, profile) = app.text(&format!("/organisations/{SLUG}")).await;
    assert_eq!(status, 200);
    assert!(profile.contains(&format!(r#"<img src="{url}" alt="Logo von {name}" class="profile-logo""#)), "{profile}");
    assert!(profile.contains(r#""logo":"http://"#), "JSON-LD names the logo");
    let (_, list) = app.text("/organisations?q=Br%C3%BCckenschlag").await;
    assert!(list.contains(&format!(r#"<img src="{url}" alt="" class="card-logo" width="48" height="48""#)), "{list}");
    let (_, map) = app.text("/map").await;
    assert!(map.contains(&format!(r#"<img src="{url}" alt="" class="card-logo""#)), "the map's list shows it");
    let (_, api) = app.json(&format!("/api/v1/organisations/{SLUG}")).await;
    assert!(api["logo_url"].as_str().unwrap().ends_with(&url), "{api}");

    let response = app.get(&url).await;
    assert_eq!(response.status(), 200);
    let header = |name: &str| response.headers().get(name).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    assert_eq!(header("content-type"), "image/png");
    assert_eq!(header("cache-control"), "public, max-age=31536000, immutable");
    assert_eq!(header("x-content-type-options"), "nosniff");
    let etag = header("etag");
    let bytes = response.bytes().await.unwrap();
    let png = image::load_from_memory_with_format(&bytes, ImageFormat::Png).unwrap();
    assert_eq!((png.width(), png.height()), (512, 256), "scaled to fit 512 × 512");
    let again = app.client.get(app.url(&url)).header("if-none-match", &etag).send().await.unwrap();
    assert_eq!(again.status(), 304);

    let history = rep.get(&format!("/organisations/{SLUG}/history")).await;
    assert!(history.body.contains("Logo") && history.body.contains(&url), "the history shows the logo change");
    app.cleanup().await;
}

#[tokio::test]
async fn bad_files_come_back_to_the_form_with_a_message_and_nothing_is_stored() {
    let app = spawn_app().await;
    let mut rep = representative(&app, "vera@verein.example", SLUG).await;
    let before = revisions(&app).await;

    let text = upload(&mut rep, SLUG, "logo.png", "image/png", b"Unser Logo kommt noch.\n").await;
    assert_eq!(text.status, 422);
    assert!(text.body.contains(r#"id="logo-error""#) && text.body.contains("kein Bild im Format PNG, JPEG oder WebP"), "{}", text.body);
    assert!(text.body.contains(r#"id="f-name""#), "the whole edit page, with the profile form as it was");

    // A small file, but more pixels than allowed (the logo crate's tests also send forged headers).
    let wide = picture(4001, 2, ImageFormat::Png);
    let page = upload(&mut rep, SLUG, "breit.png", "image/png", &wide).await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains("zu viele Pixel") && page.body.contains("4000\u{a0}×\u{a0}4000"), "{}", page.body);

    let mut big = picture(64, 64, ImageFormat::Png);
    big.resize(2 * 1024 * 1024 + 1, 0);
    let page = upload(&mut rep, SLUG, "foto.jpg", "image/jpeg", &big).await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains("Die Datei ist zu groß") && page.body.contains("höchstens 2 MB"), "{}", page.body);

    // A phone photo of several megabytes: read to its end, answered on the form.
    let mut photo = picture(64, 64, ImageFormat::Jpeg);
    photo.resize(6 * 1024 * 1024, 7);
    let page = upload(&mut rep, SLUG, "IMG_2041.jpg", "image/jpeg", &photo).await;
    assert_eq!(page.status, 422, "{}", page.body);
    assert!(page.body.contains("Die Datei ist zu groß"));

    let token = rep.csrf_token().await;
    let page = rep.post_multipart(&format!("/organisations/{SLUG}/logo"), &[("csrf", &token)], None).await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains("Bitte wählen Sie zuerst ein Bild aus."), "{}", page.body);

    let page = upload(&mut rep, SLUG, "logo.webp", "image/webp", &picture(40, 40, ImageFormat::WebP)).await;
    assert_eq!(page.status, 303, "a good file after bad ones: {}", page.body);
    let page = upload(&mut rep, SLUG, "logo.jpg", "image/jpeg", &picture(40, 40, ImageFormat::Jpeg)).await;
    assert_eq!(page.status, 303, "{}", page.body);
    assert_eq!(revisions(&app).await, before + 2, "only the good files made revisions");

    // English messages in English.
    let page = rep.get("/?lang=en").await;
    assert_eq!(page.status, 200);
    let page = upload(&mut rep, SLUG, "logo.png", "image/png", b"GIF89a").await;
    assert!(page.body.contains("This file is not a PNG, JPEG or WebP picture"), "{}", page.body);
    app.cleanup().await;
}

#[tokio::test]
async fn only_the_associations_own_people_and_the_office_change_its_logo() {
    let app = spawn_app().await;
    let before = revisions(&app).await;
    let mut other = representative(&app, "ali@verein.example", OTHER).await;
    let png = picture(32, 32, ImageFormat::Png);
    assert_eq!(upload(&mut other, SLUG, "logo.png", "image/png", &png).await.status, 403);
    assert_eq!(other.post(&format!("/organisations/{SLUG}/logo/remove"), &[]).await.status, 403);
    assert_eq!(upload(&mut other, OTHER, "logo.png", "image/png", &png).await.status, 303, "its own association");
    let mut visitor = app.browser();
    let page = upload(&mut visitor, SLUG, "logo.png", "image/png", &png).await;
    assert!(page.status == 403 || page.location.as_deref().is_some_and(|l| l.starts_with("/login")), "{page:?}");
    assert_eq!(revisions(&app).await, before);

    // The office publishes at once; the representative's removal waits for review.
    let mut office = coordinator(&app).await;
    let page = upload(&mut office, SLUG, "logo.png", "image/png", &png).await;
    assert_eq!(page.location.as_deref(), Some(format!("/organisations/{SLUG}/edit?saved=logo-published#logo").as_str()));
    app.state.directory.refresh_if_changed().await.unwrap();
    let (_, profile) = app.text(&format!("/organisations/{SLUG}")).await;
    let url = logo_url(&profile).expect("published at once");
    let mut rep = representative(&app, "vera@verein.example", SLUG).await;
    let page = rep.post(&format!("/organisations/{SLUG}/logo/remove"), &[]).await;
    assert_eq!(page.location.as_deref(), Some(format!("/organisations/{SLUG}/edit?saved=logo-removed-pending#logo").as_str()));
    let page = rep.get(page.location.as_deref().unwrap()).await;
    assert!(page.body.contains(r#"id="logo-none""#) && page.body.contains("Das Entfernen wartet"), "{}", page.body);
    assert!(app.text(&format!("/organisations/{SLUG}")).await.1.contains(&url), "still public until approved");
    approve_pending(&app, &mut office).await;
    assert!(!app.text(&format!("/organisations/{SLUG}")).await.1.contains("profile-logo"), "removed");
    assert_eq!(app.get(&url).await.status(), 200, "the picture stays for the history");
    app.cleanup().await;
}

#[tokio::test]
async fn uploads_need_the_csrf_token_as_their_first_field() {
    let app = spawn_app().await;
    let mut rep = representative(&app, "vera@verein.example", SLUG).await;
    let png = picture(16, 16, ImageFormat::Png);
    let path = format!("/organisations/{SLUG}/logo");
    let token = rep.csrf_token().await;
    let file = ("logo", "logo.png", "image/png", png.as_slice());
    assert_eq!(rep.post_multipart(&path, &[], Some(file)).await.status, 403, "no token");
    assert_eq!(rep.post_multipart(&path, &[("csrf", "falsch")], Some(file)).await.status, 403, "a wrong token");
    assert_eq!(rep.post_multipart(&path, &[("note", "x"), ("csrf", &token)], Some(file)).await.status, 403, "not first");
    assert_eq!(rep.post_multipart(&path, &[("csrf", &token)], Some(file)).await.status, 303, "first");
    app.cleanup().await;
}

#[tokio::test]
async fn only_stored_hashes_are_served_and_huge_bodies_are_refused() {
    let app = spawn_app().await;
    for path in
        ["/logos/nothing.png", &format!("/logos/{}.png", "a".repeat(64)), &format!("/logos/{}", "a".repeat(64)), "/logos/..%2Fx.png"]
    {
        assert_eq!(app.get(path).await.status(), 404, "{path}");
    }
    let mut rep = representative(&app, "vera@verein.example", SLUG).await;
    let page = upload(&mut rep, SLUG, "foto.jpg", "image/jpeg", &vec![0xff; 17 * 1024 * 1024]).await;
    assert_eq!(page.status, 413, "a body over the upload limit, refused before it is read");
    assert!(page.body.contains("Zu viele Daten auf einmal"), "{}", page.body);
    let page = rep.post(&format!("/organisations/{SLUG}/edit"), &[("name", &"x".repeat(100 * 1024))]).await;
    assert_eq!(page.status, 413, "other forms keep the small limit");
    app.cleanup().await;
}

#[tokio::test]
async fn an_association_over_its_logo_quota_gets_a_message_and_keeps_its_logo() {
    let app = spawn_app().await;
    let mut rep = representative(&app, "vera@verein.example", SLUG).await;
    let quota = app::moderation::QUOTA_LOGOS as u32;
    for n in 0..quota {
        let page = upload(&mut rep, SLUG, "logo.png", "image/png", &picture(20 + n, 20, ImageFormat::Png)).await;
        assert_eq!(page.status, 303, "upload {n}: {}", page.body);
    }
    let edit = rep.get(&format!("/organisations/{SLUG}/edit")).await;
    let last = logo_url(&edit.body).unwrap();
    let before = revisions(&app).await;

    let page = upload(&mut rep, SLUG, "noch-eins.png", "image/png", &picture(99, 20, ImageFormat::Png)).await;
    assert_eq!(page.status, 422, "{}", page.body);
    assert!(page.body.contains(&format!("Ihr Verein hat schon {quota} Bilder gespeichert")), "{}", page.body);
    assert!(page.body.contains("30 Tage nach dem Hochladen"), "{}", page.body);
    assert_eq!(logo_url(&page.body).as_deref(), Some(last.as_str()), "the form still shows the last logo");
    assert_eq!(revisions(&app).await, before, "nothing stored");

    // The same picture again is no new picture, and English visitors read the message in English.
    let page = upload(&mut rep, SLUG, "logo.png", "image/png", &picture(20 + quota - 1, 20, ImageFormat::Png)).await;
    assert_eq!(page.location.as_deref(), Some(format!("/organisations/{SLUG}/edit?saved=logo-unchanged#logo").as_str()));
    let english = picture(98, 20, ImageFormat::Png);
    let page = rep.post_file(&format!("/organisations/{SLUG}/logo?lang=en"), &[], ("logo", "x.png", "image/png", &english)).await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains(&format!("Your association already has {quota} pictures stored")), "{}", page.body);
    app.cleanup().await;
}
