//! Speed of the matcher on a synthetic city: 2,000 associations with 10,000 offers and needs.
//! `cargo bench -p matching` — figures are recorded in `docs/benchmarks.md`.

use std::collections::BTreeSet;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use matching::{Districts, Engine, ExplicitConstraints, Item, ItemId, Kind, OrgId, Organisation, Params, Weekday};

const ORGS: usize = 2_000;
const ITEMS: usize = 10_000;

/// A small deterministic generator (xorshift), so every run sees the same city.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[(self.next() % xs.len() as u64) as usize]
    }
}

const DISTRICTS: [&str; 10] =
    ["Mitte", "Weststadt", "Oststadt", "Nordstadt", "Südstadt", "Hafenviertel", "Bergheim", "Auenfeld", "Kirchberg", "Neuhof"];
const LANGS: [&str; 8] = ["de", "ar", "tr", "uk", "ru", "fa", "ti", "en"];
/// Offer and need templates across the fields of the network, some in other languages.
const TOPICS: [(&str, &str); 32] = [
    ("Raum für Treffen", "Wir suchen einen Raum für unsere Gruppe, etwa 20 Personen, mit Küche."),
    ("Saal für Feier", "Großer Saal für ein Fest mit 100 Gästen, gern mit Bühne."),
    ("Salon arıyoruz", "Derneğimiz için hafta sonu toplantı salonu."),
    ("Приміщення для зустрічей", "Кімната на 30 осіб у будні вечорами."),
    ("Dolmetschen Arabisch", "Sprachmittlung bei Arztbesuchen und Behördengängen."),
    ("Übersetzung von Dokumenten", "Briefe und Urkunden übersetzen, Russisch und Ukrainisch."),
    ("مترجم للغة العربية", "نبحث عن مترجم لمرافقة العائلات إلى الطبيب."),
    ("Hausaufgabenhilfe", "Ehrenamtliche helfen Grundschulkindern bei den Hausaufgaben."),
    ("Nachhilfe Mathe", "Nachhilfe in Mathematik für die Klassen 5 bis 10."),
    ("Deutschkurs für Frauen", "Deutschkurs nur für Frauen mit Kinderbetreuung, vormittags."),
    ("Sprachcafé", "Deutsch sprechen üben in lockerer Runde."),
    ("Förderantrag schreiben", "Hilfe bei Förderanträgen und Verwendungsnachweisen für Vereine."),
    ("Buchhaltung für Vereine", "Kassenprüfung, Steuererklärung und Gemeinnützigkeit."),
    ("Helfer für Sommerfest", "Freiwillige für Aufbau und Abbau beim Sommerfest gesucht."),
    ("Patenschaften", "Paten begleiten neu zugewanderte Familien im Alltag."),
    ("Band für Feste", "Musik für Hochzeiten, Feste und Stadtteilfeste."),
    ("Catering Buffet", "Syrische und türkische Spezialitäten für Veranstaltungen."),
    ("Tanzgruppe", "Folkloretänze für Auftritte bei Festivals."),
    ("Fußballtraining", "Training für Kinder und Jugendliche, dienstags."),
    ("Schwimmkurs für Frauen", "Nur für Frauen, mit Schwimmlehrerin."),
    ("Yoga und Gymnastik", "Bewegung für Seniorinnen und Senioren."),
    ("Kleinbus verleihen", "Neunsitzer für Ausflüge, Fahrer mit Führerschein."),
    ("Bierbänke und Zelte", "Bierzeltgarnituren und Pavillons zum Ausleihen."),
    ("Tontechnik und Beamer", "Lautsprecher, Mikrofone und Beamer für Veranstaltungen."),
    ("Flyer gestalten", "Flyer, Plakate und Logos für Vereine."),
    ("Social Media", "Instagram und Facebook für Vereine, Workshop."),
    ("Website erstellen", "Einfache Vereins-Websites mit WordPress."),
    ("Laptops für Schüler", "Gebrauchte Laptops für Kinder aus Familien mit wenig Geld."),
    ("Asylberatung", "Beratung zu Asylverfahren und Aufenthalt, Arabisch und Farsi."),
    ("Bewerbungstraining", "Lebenslauf, Bewerbung und Vorstellungsgespräch üben."),
    ("Erste-Hilfe-Kurs", "Erste Hilfe für Übungsleiter und Eltern in mehreren Sprachen."),
    ("Psychosoziale Beratung", "Gespräche für Menschen mit Traumaerfahrung."),
];
/// Additions that carry days, audiences, places and languages.
const EXTRA: [&str; 10] = [
    "Samstags möglich.",
    "Nur werktags.",
    "Für Frauengruppen.",
    "Auch auf Türkisch.",
    "Only on site in our centre.",
    "Gern mit Arabischkenntnissen.",
    "Für Jugendliche.",
    "Kostenlos.",
    "Sonntags nachmittags.",
    "Für Seniorinnen und Senioren.",
];

fn city(seed: u64) -> (Vec<Organisation>, Vec<Item>, Districts) {
    let mut rng = Rng(seed);
    let orgs: Vec<Organisation> = (0..ORGS)
        .map(|i| Organisation {
            id: OrgId(format!("org{i}")),
            name: format!("Verein {i}"),
            languages: vec!["de".to_string(), rng.pick(&LANGS).to_string()],
            fields: Vec::new(),
            district: Some(rng.pick(&DISTRICTS).to_string()),
            description: String::new(),
        })
        .collect();
    let items = (0..ITEMS).map(|i| item(&mut rng, i)).collect();
    let districts = Districts::new(DISTRICTS.iter().enumerate().map(|(i, d)| {
        let next = DISTRICTS[(i + 1) % DISTRICTS.len()].to_string();
        (d.to_string(), vec![next])
    }));
    (orgs, items, districts)
}

fn item(rng: &mut Rng, i: usize) -> Item {
    let (title, description) = *rng.pick(&TOPICS);
    let extra = *rng.pick(&EXTRA);
    let weekdays = (rng.next() % 3 == 0).then(|| {
        let mut days = BTreeSet::new();
        days.insert(*rng.pick(&Weekday::ALL));
        days.insert(*rng.pick(&Weekday::ALL));
        days
    });
    Item {
        id: ItemId(format!("item{i}")),
        org: OrgId(format!("org{}", rng.next() % ORGS as u64)),
        kind: if i % 2 == 0 { Kind::Offer } else { Kind::Need },
        title: format!("{title} {}", i % 97),
        description: format!("{description} {extra}"),
        category: None,
        languages: vec![rng.pick(&LANGS).to_string()],
        weekdays,
        time: None,
        district: None,
        text_lang: None,
        explicit: ExplicitConstraints::default(),
    }
}

fn engine(orgs: &[Organisation], items: &[Item], districts: &Districts) -> Engine {
    let mut e = Engine::new(Params::default());
    e.set_districts(districts.clone());
    for o in orgs {
        e.upsert_organisation(o.clone());
    }
    e.upsert_items(items.to_vec());
    e
}

fn benches(c: &mut Criterion) {
    let (orgs, items, districts) = city(0x5eed);
    let mut group = c.benchmark_group("matching");
    group.sample_size(10);
    group.bench_function("build index and all suggestions (2,000 orgs, 10,000 items)", |b| {
        b.iter(|| engine(&orgs, &items, &districts).all_suggestions(10))
    });
    let built = engine(&orgs, &items, &districts);
    group.bench_function("all suggestions on a built index", |b| b.iter(|| built.all_suggestions(10)));
    group.sample_size(50);
    let mut live = engine(&orgs, &items, &districts);
    let mut rng = Rng(42);
    group.bench_function("update one need and re-rank it", |b| {
        b.iter_batched(
            || {
                let mut changed = item(&mut rng, 1);
                changed.id = ItemId("item1".to_string());
                changed
            },
            |changed| {
                let id = changed.id.clone();
                live.upsert_item(changed);
                live.suggestions_for_need(&id, 10)
            },
            BatchSize::SmallInput,
        )
    });
    group.bench_function("update one offer and find its seekers", |b| {
        b.iter_batched(
            || {
                let mut changed = item(&mut rng, 0);
                changed.id = ItemId("item0".to_string());
                changed
            },
            |changed| {
                let id = changed.id.clone();
                live.upsert_item(changed);
                live.seekers_for_offer(&id, 10)
            },
            BatchSize::SmallInput,
        )
    });
    group.finish();
}

criterion_group!(matching_benches, benches);
criterion_main!(matching_benches);
