//! The synthetic city of the speed measurements: 2,000 associations with 10,000 offers and
//! needs, the same on every run. Shared by `benches/matching.rs` and `examples/speed.rs`.

use std::collections::BTreeSet;

use matching::{Districts, ExplicitConstraints, Item, ItemId, Kind, OrgId, Organisation, Weekday};

pub const ORGS: usize = 2_000;
pub const ITEMS: usize = 10_000;

/// A small deterministic generator (xorshift), so every run sees the same city.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
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

pub fn city(seed: u64) -> (Vec<Organisation>, Vec<Item>, Districts) {
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

pub fn item(rng: &mut Rng, i: usize) -> Item {
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
