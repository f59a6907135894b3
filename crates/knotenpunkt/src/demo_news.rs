//! The demo network's news and pages: the report of the first network meeting (11 January
//! 2020) as the first news item, linking the meeting and the associations of its first table
//! round, in German and English; and an "Über uns" page in the footer with the office's
//! contact block. Written for the fictional demo network.

use app::ports::{Author, StoreError, Stores};
use domain::ids::OrgId;
use domain::news::{NewsContent, NewsKind, NewsVersion, Placement};

use crate::demo_meetings::FIRST_SLUG;

/// The report's slug.
pub const REPORT_SLUG: &str = "2020-01-11-erstes-netzwerktreffen-im-kulturzentrum";
/// The "Über uns" page's slug.
pub const ABOUT_SLUG: &str = "ueber-uns";
/// 20 January 2020, 09:00 UTC: when the report went online.
const REPORT_PUBLISHED: i64 = 1_579_510_800;

const REPORT_DE: &str = "\
An einem Samstagvormittag im Januar war der große Saal des Kulturzentrums voll: 40 Menschen aus \
20 Vereinen und Initiativen kamen zum ersten Netzwerktreffen. Viele kannten sich bis dahin nur \
vom Namen – oder gar nicht.

## So lief der Vormittag

- **Drei Runden an vier Tischen:** In der ersten Runde stellten die Vereine vor, was sie anderen \
bieten können, in der zweiten, was ihnen fehlt. Die dritte Runde war offen.
- **Jede Runde neue Gesichter:** Der Tischplan sorgte dafür, dass niemand zweimal mit denselben \
Leuten saß und nie zwei Personen desselben Vereins am selben Tisch.
- **Alles festgehalten:** Die Tischmoderationen notierten Ideen, neue Kontakte und geplante Projekte.

## Was daraus wird

Aus den Gesprächen sind mehrere Projektideen entstanden, darunter gemeinsam genutzte Räume für \
Hausaufgabenhilfe und ein Pool von Sprachmittlerinnen und Sprachmittlern für Elternabende. \
Die Ergebnisse aller Tische stehen den teilnehmenden Vereinen zur Verfügung.

Das nächste Netzwerktreffen ist schon geplant. Wer dabei sein möchte, meldet sich über die Seite \
des Treffens an.";

const REPORT_EN: &str = "\
On a Saturday morning in January the main hall of the Kulturzentrum was full: 40 people from 20 \
associations and initiatives came to the first network meeting. Many of them had only known each \
other by name, or not at all.

## How the morning went

- **Three rounds at four tables:** in the first round the associations presented what they can \
offer others, in the second what they are missing. The third round was open.
- **New faces every round:** the seating plan made sure nobody sat with the same people twice and \
never two people of one association at one table.
- **Everything recorded:** the table moderators noted ideas, new contacts and planned projects.

## What comes of it

Several project ideas came out of the conversations, among them shared rooms for homework help \
and a pool of language mediators for parents' evenings. The results of all tables are available \
to the associations that took part.

The next network meeting is already planned. Anyone who wants to take part registers on the \
meeting's page.";

const ABOUT_DE: &str = "\
Das Netzwerk verbindet die Vereine, Initiativen und Gruppen der Stadt, die sich für ein gutes \
Zusammenleben einsetzen – viele davon von Migrantinnen und Migranten gegründet und getragen.

Das Integrationsbüro der Stadt koordiniert das Netzwerk: Es pflegt das Vereinsverzeichnis, lädt \
zu den Netzwerktreffen ein, bringt Vereine mit Partnern zusammen und ist Anlaufstelle \
für Ideen und Anliegen. Schreiben Sie uns oder kommen Sie vorbei.";

const ABOUT_EN: &str = "\
The network connects the city's associations, initiatives and groups that work for living well \
together – many of them founded and run by migrants.

The city's integration office coordinates the network: it keeps the directory of associations up \
to date, invites to the network meetings, brings associations together with partners and is the \
place to turn to with ideas and concerns. Write to us or drop by.";

fn version(title: &str, teaser: &str, body: &str) -> NewsVersion {
    NewsVersion { title: title.to_owned(), teaser: teaser.to_owned(), body: body.to_owned(), image_alt: String::new() }
}

/// Stores and publishes the demo's news item and page. `associations` are the demo's, in order.
pub async fn load(stores: &Stores, associations: &[OrgId]) -> Result<(), StoreError> {
    let mut linked = Vec::new();
    for id in associations.iter().take(4) {
        if let Some(record) = stores.directory.organisation_record(*id).await? {
            linked.push(record.slug.as_str().to_owned());
        }
    }
    let report = NewsContent {
        kind: NewsKind::News,
        date: "2020-01-11".to_owned(),
        versions: vec![
            (
                "de".to_owned(),
                version(
                    "Erstes Netzwerktreffen im Kulturzentrum",
                    "40 Menschen aus 20 Vereinen, drei Runden an vier Tischen und jede Menge neue Kontakte: ein Rückblick auf den Auftakt.",
                    REPORT_DE,
                ),
            ),
            (
                "en".to_owned(),
                version(
                    "First network meeting at the Kulturzentrum",
                    "40 people from 20 associations, three rounds at four tables and plenty of new contacts: a look back at the start.",
                    REPORT_EN,
                ),
            ),
        ],
        image: None,
        placement: Placement::None,
        associations: linked,
        meetings: vec![FIRST_SLUG.to_owned()],
        projects: Vec::new(),
        contact_block: false,
    };
    let author = Author::system("demo");
    let id = stores.news.create_news(REPORT_SLUG, &report, &author, REPORT_PUBLISHED).await?;
    stores.news.set_published(id, true, REPORT_PUBLISHED).await?;
    let about = NewsContent {
        kind: NewsKind::Page,
        date: "2020-01-01".to_owned(),
        versions: vec![("de".to_owned(), version("Über uns", "", ABOUT_DE)), ("en".to_owned(), version("About us", "", ABOUT_EN))],
        image: None,
        placement: Placement::Footer,
        associations: Vec::new(),
        meetings: Vec::new(),
        projects: Vec::new(),
        contact_block: true,
    };
    let id = stores.news.create_news(ABOUT_SLUG, &about, &author, REPORT_PUBLISHED).await?;
    stores.news.set_published(id, true, REPORT_PUBLISHED).await?;
    tracing::info!(report = REPORT_SLUG, page = ABOUT_SLUG, "demo news loaded");
    Ok(())
}
