//! News items and pages on a real store: drafts and publication, revisions and restore marks,
//! paging newest first, links to associations and meetings, pages by placement, pictures.

use app::ports::{Author, NewsTarget, StoreError, StoredLogo};
use domain::accounts::UserId;
use domain::logo::LogoHash;
use domain::news::{NewsContent, NewsKind, NewsVersion, Placement};

use crate::TestStores;

const NOW: i64 = 1_780_000_000;

fn content(kind: NewsKind, date: &str, title: &str) -> NewsContent {
    NewsContent {
        kind,
        date: date.to_owned(),
        versions: vec![("de".to_owned(), NewsVersion { title: title.to_owned(), body: "Text".to_owned(), ..NewsVersion::default() })],
        image: None,
        placement: Placement::None,
        associations: Vec::new(),
        meetings: Vec::new(),
        projects: Vec::new(),
        contact_block: false,
    }
}

fn office() -> Author {
    Author::User(UserId(7))
}

pub async fn a_news_item_is_a_draft_until_published(stores: TestStores) {
    let news = stores.news.clone();
    let item = content(NewsKind::News, "2020-01-11", "Erstes Treffen");
    let id = news.create_news("erstes-treffen", &item, &office(), NOW).await.unwrap();
    let record = news.news_by_slug("erstes-treffen").await.unwrap().unwrap();
    assert_eq!((record.id, record.revision, record.published, record.published_at), (id, 1, false, None));
    assert_eq!(record.content, item);
    assert_eq!(news.count_published(NewsKind::News).await.unwrap(), 0);
    assert!(news.published_news(NewsKind::News, 0, 10).await.unwrap().is_empty());
    assert_eq!(news.all_news(NewsKind::News).await.unwrap().len(), 1, "the office sees drafts");

    news.set_published(id, true, NOW + 10).await.unwrap();
    let published = news.news(id).await.unwrap().unwrap();
    assert_eq!((published.published, published.published_at), (true, Some(NOW + 10)));
    assert_eq!(news.count_published(NewsKind::News).await.unwrap(), 1);
    news.set_published(id, false, NOW + 20).await.unwrap();
    news.set_published(id, true, NOW + 30).await.unwrap();
    assert_eq!(news.news(id).await.unwrap().unwrap().published_at, Some(NOW + 10), "the first publication date stays");
    assert!(matches!(news.set_published(domain::news::NewsId(9999), true, NOW).await, Err(StoreError::NotFound(_))));
}

pub async fn slugs_are_unique(stores: TestStores) {
    let item = content(NewsKind::News, "2020-01-11", "A");
    stores.news.create_news("a", &item, &office(), NOW).await.unwrap();
    let again = stores.news.create_news("a", &item, &office(), NOW).await;
    assert!(matches!(again, Err(StoreError::SlugTaken(s)) if s == "a"));
}

pub async fn every_save_is_a_revision_and_restores_are_marked(stores: TestStores) {
    let news = stores.news.clone();
    let first = content(NewsKind::News, "2020-01-11", "Erste Fassung");
    let id = news.create_news("n", &first, &office(), NOW).await.unwrap();
    let second = content(NewsKind::News, "2020-01-12", "Zweite Fassung");
    assert_eq!(news.save_news(id, &second, &Author::User(UserId(8)), None, NOW + 60).await.unwrap(), 2);
    assert_eq!(news.news(id).await.unwrap().unwrap().content, second);
    assert_eq!(news.save_news(id, &first, &office(), Some(1), NOW + 120).await.unwrap(), 3);
    let revisions = news.news_revisions(id).await.unwrap();
    let summary: Vec<_> = revisions.iter().map(|r| (r.number, r.author.clone(), r.created_at, r.restored_from)).collect();
    assert_eq!(summary, vec![(1, office(), NOW, None), (2, Author::User(UserId(8)), NOW + 60, None), (3, office(), NOW + 120, Some(1))]);
    assert_eq!(revisions[1].content, second);
    let record = news.news(id).await.unwrap().unwrap();
    assert_eq!((record.revision, record.content), (3, first));
    let missing = news.save_news(domain::news::NewsId(9999), &second, &office(), None, NOW).await;
    assert!(matches!(missing, Err(StoreError::NotFound(_))));
}

pub async fn published_news_come_newest_first_in_pages(stores: TestStores) {
    let news = stores.news.clone();
    for (slug, date, publish) in [
        ("a", "2020-01-11", true),
        ("b", "2021-03-01", true),
        ("c", "2020-06-30", false),
        ("d", "2019-12-24", true),
        ("e", "2021-03-01", true),
    ] {
        let id = news.create_news(slug, &content(NewsKind::News, date, slug), &office(), NOW).await.unwrap();
        if publish {
            news.set_published(id, true, NOW).await.unwrap();
        }
    }
    let page = news.create_news("ueber-uns", &content(NewsKind::Page, "2020-01-01", "Über uns"), &office(), NOW).await.unwrap();
    news.set_published(page, true, NOW).await.unwrap();
    let slugs = |records: Vec<app::ports::NewsRecord>| records.into_iter().map(|r| r.slug).collect::<Vec<_>>();
    assert_eq!(slugs(news.published_news(NewsKind::News, 0, 3).await.unwrap()), vec!["e", "b", "a"]);
    assert_eq!(slugs(news.published_news(NewsKind::News, 3, 3).await.unwrap()), vec!["d"]);
    assert_eq!(news.count_published(NewsKind::News).await.unwrap(), 4, "drafts and pages are not counted");
    assert_eq!(slugs(news.published_news(NewsKind::Page, 0, 10).await.unwrap()), vec!["ueber-uns"]);
}

pub async fn linked_associations_meetings_and_projects_find_their_news(stores: TestStores) {
    let news = stores.news.clone();
    let mut item = content(NewsKind::News, "2020-01-11", "Bericht");
    item.associations = vec!["frauencafe".into(), "chor".into()];
    item.meetings = vec!["netzwerktreffen-2020-01-11".into()];
    item.projects = vec!["sprachcafe".into()];
    let id = news.create_news("bericht", &item, &office(), NOW).await.unwrap();
    assert!(news.news_linking(NewsTarget::Association("chor")).await.unwrap().is_empty(), "a draft is not shown");
    news.set_published(id, true, NOW).await.unwrap();
    let linking = |t| {
        let news = news.clone();
        async move { news.news_linking(t).await.unwrap().into_iter().map(|r| r.slug).collect::<Vec<_>>() }
    };
    assert_eq!(linking(NewsTarget::Association("chor")).await, vec!["bericht"]);
    assert_eq!(linking(NewsTarget::Meeting("netzwerktreffen-2020-01-11")).await, vec!["bericht"]);
    assert_eq!(linking(NewsTarget::Project("sprachcafe")).await, vec!["bericht"]);
    assert!(linking(NewsTarget::Meeting("chor")).await.is_empty(), "kinds are apart");
    assert!(linking(NewsTarget::Association("sprachcafe")).await.is_empty());
    item.associations = vec!["frauencafe".into()];
    news.save_news(id, &item, &office(), None, NOW + 1).await.unwrap();
    assert!(linking(NewsTarget::Association("chor")).await.is_empty(), "a save replaces the links");
    assert_eq!(linking(NewsTarget::Association("frauencafe")).await, vec!["bericht"]);
}

pub async fn pages_are_found_by_placement(stores: TestStores) {
    let news = stores.news.clone();
    let mut about = content(NewsKind::Page, "2020-01-01", "Über uns");
    about.placement = Placement::Header;
    let mut funding = content(NewsKind::Page, "2020-01-01", "Förderung");
    funding.placement = Placement::Footer;
    let a = news.create_news("ueber-uns", &about, &office(), NOW).await.unwrap();
    let f = news.create_news("foerderung", &funding, &office(), NOW).await.unwrap();
    assert!(news.placed_pages(Placement::Header).await.unwrap().is_empty(), "drafts are not placed");
    news.set_published(a, true, NOW).await.unwrap();
    news.set_published(f, true, NOW).await.unwrap();
    let slugs = |p| {
        let news = news.clone();
        async move { news.placed_pages(p).await.unwrap().into_iter().map(|r| r.slug).collect::<Vec<_>>() }
    };
    assert_eq!(slugs(Placement::Header).await, vec!["ueber-uns"]);
    assert_eq!(slugs(Placement::Footer).await, vec!["foerderung"]);
    funding.placement = Placement::Header;
    news.save_news(f, &funding, &office(), None, NOW).await.unwrap();
    assert_eq!(slugs(Placement::Header).await, vec!["ueber-uns", "foerderung"]);
}

pub async fn news_pictures_are_stored_once(stores: TestStores) {
    let hash = LogoHash::parse(&"c".repeat(64)).unwrap();
    let picture = StoredLogo { hash: hash.clone(), png: vec![1, 2, 3], width: 400, height: 300 };
    assert_eq!(stores.news.news_image(&hash).await.unwrap(), None);
    stores.news.save_news_image(&picture).await.unwrap();
    stores.news.save_news_image(&StoredLogo { png: vec![9], ..picture.clone() }).await.unwrap();
    assert_eq!(stores.news.news_image(&hash).await.unwrap(), Some(picture));
}
