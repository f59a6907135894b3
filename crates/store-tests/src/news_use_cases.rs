//! The office's news use cases on a real store: only staff write, links must exist, slugs stay
//! unique, restoring appends a marked revision, publishing shows an item in the public list.

use app::news::{create_news, edit_news, news_list, publish_news, restore_news, News, NewsError};
use app::ports::Author;
use domain::accounts::Role;
use domain::news::{NewsInput, NewsKind, NewsVersion};

use crate::directory::new_org;
use crate::moderation_use_cases::viewer;
use crate::TestStores;

fn input(title: &str, body: &str) -> NewsInput {
    NewsInput {
        kind: "news".into(),
        date: "2020-01-11".into(),
        versions: vec![("de".into(), NewsVersion { title: title.into(), body: body.into(), ..NewsVersion::default() })],
        ..NewsInput::default()
    }
}

pub async fn only_the_office_writes_news(stores: TestStores) {
    let news = News::new(&stores);
    let org = stores.directory.create_organisations(&[new_org("chor", "Chor")], &Author::system("test")).await.unwrap()[0];
    let member = viewer(&stores.accounts, "rep@example.org", Role::Representative, Some(org), true).await;
    assert!(matches!(create_news(&news, &member, &input("T", "B")).await, Err(NewsError::Forbidden)));
    let unfinished = viewer(&stores.accounts, "half@example.org", Role::Coordinator, None, false).await;
    assert!(matches!(create_news(&news, &unfinished, &input("T", "B")).await, Err(NewsError::Forbidden)));
    assert!(stores.news.all_news(NewsKind::News).await.unwrap().is_empty());
}

pub async fn links_must_name_existing_associations_and_meetings(stores: TestStores) {
    let news = News::new(&stores);
    stores.directory.create_organisations(&[new_org("chor", "Chor")], &Author::system("test")).await.unwrap();
    let office = viewer(&stores.accounts, "office@example.org", Role::Coordinator, None, true).await;
    let mut i = input("Bericht", "Text");
    i.associations = "chor, gibt-es-nicht".into();
    match create_news(&news, &office, &i).await {
        Err(NewsError::Invalid(errors)) => assert_eq!(errors[0].field, "associations"),
        other => panic!("{other:?}"),
    }
    i.associations = "chor".into();
    i.meetings = "kein-treffen".into();
    assert!(matches!(create_news(&news, &office, &i).await, Err(NewsError::Invalid(e)) if e[0].field == "meetings"));
    i.meetings.clear();
    let slug = create_news(&news, &office, &i).await.unwrap();
    assert_eq!(slug, "2020-01-11-bericht");
    assert_eq!(create_news(&news, &office, &i).await.unwrap(), "2020-01-11-bericht-2", "a taken slug gets a number");
}

pub async fn the_office_edits_restores_and_publishes(stores: TestStores) {
    let news = News::new(&stores);
    let office = viewer(&stores.accounts, "office@example.org", Role::Coordinator, None, true).await;
    let slug = create_news(&news, &office, &input("Bericht", "Erste Fassung")).await.unwrap();
    edit_news(&news, &office, &slug, &input("Bericht", "Zweite Fassung")).await.unwrap();
    edit_news(&news, &office, &slug, &input("Bericht", "Zweite Fassung")).await.unwrap();
    let record = news.by_slug(&slug).await.unwrap();
    assert_eq!(record.revision, 2, "saving the same again adds no revision");
    assert_eq!(restore_news(&news, &office, &slug, 1).await.unwrap(), 3);
    let record = news.by_slug(&slug).await.unwrap();
    assert_eq!(record.content.german().unwrap().body, "Erste Fassung");
    assert!(matches!(restore_news(&news, &office, &slug, 9).await, Err(NewsError::NotFound)));

    assert_eq!(news_list(&news, NewsKind::News, 1, 10).await.unwrap().total, 0);
    publish_news(&news, &office, &slug, true).await.unwrap();
    let list = news_list(&news, NewsKind::News, 7, 10).await.unwrap();
    assert_eq!((list.total, list.page, list.pages, list.items[0].slug.as_str()), (1, 1, 1, slug.as_str()));
    publish_news(&news, &office, &slug, false).await.unwrap();
    assert_eq!(news_list(&news, NewsKind::News, 1, 10).await.unwrap().total, 0);
    assert!(matches!(publish_news(&news, &office, "nope", true).await, Err(NewsError::NotFound)));
}
