//! Synthetic associations for load tests: `knotenpunkt demo --organisations N`.

use app::directory::default_categories::default_categories;
use app::directory::import_organisations::ImportBatch;
use app::ports::NewOrganisation;
use domain::district::District;
use domain::geo::GeoPoint;
use domain::language::LanguageCode;
use domain::localized::LocalizedText;
use domain::organisation::{LegalForm, Profile, PublicContact, TargetGroup};
use domain::slug::Slug;

const KINDS: &[&str] = &[
    "Kulturverein",
    "Frauengruppe",
    "Elterninitiative",
    "Sportverein",
    "Jugendtreff",
    "Freundeskreis Asyl",
    "Sprachschule",
    "Nachbarschaftscafé",
    "Moscheeverein",
    "Gemeinde",
    "Musikgruppe",
    "Tanzgruppe",
    "Hausaufgabenhilfe",
    "Seniorentreff",
];
const COMMUNITIES: &[&str] = &[
    "Deutsch-Türkischer",
    "Italienischer",
    "Griechischer",
    "Kroatischer",
    "Syrischer",
    "Afghanischer",
    "Eritreischer",
    "Ukrainischer",
    "Polnischer",
    "Kurdischer",
    "Vietnamesischer",
    "Internationaler",
    "Tamilischer",
    "Iranischer",
];
const NAMES: &[&str] = &[
    "Brücke",
    "Lindenblüte",
    "Regenbogen",
    "Sonnenblume",
    "Miteinander",
    "Zukunft",
    "Begegnung",
    "Horizont",
    "Kompass",
    "Morgenstern",
    "Olivenbaum",
    "Weitblick",
    "Zusammenhalt",
    "Leuchtturm",
    "Kastanie",
    "Neckarblick",
];
const TOPICS: &[&str] = &[
    "Nachhilfe für Schulkinder",
    "Sprachkurse für Erwachsene",
    "Beratung bei Behördengängen",
    "Dolmetschen und Übersetzen",
    "Fußball und Bewegung",
    "Frauenfrühstück und Austausch",
    "Feste und Kulturabende",
    "Begleitung von Geflüchteten",
    "Hausaufgabenhilfe",
    "Elterncafé",
    "Bewerbungstraining",
    "Gesundheitsinformationen",
    "Musik und Tanz",
    "Computerkurse",
];
const LANGUAGES: &[&str] = &["de", "tr", "ar", "uk", "ru", "fa", "en", "it", "el", "hr", "pl", "ku", "ti", "vi", "ta", "prs"];

/// A small deterministic generator (xorshift), so every run creates the same data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[self.below(list.len())]
    }
    fn unit(&mut self) -> f64 {
        (self.next() % 1_000_000) as f64 / 1_000_000.0
    }
}

fn distinct(rng: &mut Rng, list: &[&str], count: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    while out.len() < count.min(list.len()) {
        let item = rng.pick(list).to_owned();
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

/// `count` synthetic organisations spread over the given districts, slugs `synthetic-<start+i>`.
pub fn synthetic(count: usize, start: usize, districts: &[District]) -> ImportBatch {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ start as u64);
    let categories = default_categories();
    let category_keys: Vec<&str> = categories.iter().map(|c| c.key.as_str()).collect();
    let mut organisations = Vec::with_capacity(count);
    for i in start..start + count {
        let name = format!("{} {} {} {}", rng.pick(COMMUNITIES), rng.pick(KINDS), rng.pick(NAMES), i);
        let district = (!districts.is_empty()).then(|| &districts[rng.below(districts.len())]);
        let position = district
            .and_then(|d| d.centre)
            .and_then(|c| GeoPoint::new(c.lat() + (rng.unit() - 0.5) * 0.01, c.lon() + (rng.unit() - 0.5) * 0.015).ok());
        let topics = distinct(&mut rng, TOPICS, 2);
        let summary = format!("{} und {} in {}.", topics[0], topics[1], district.map_or("der Stadt", |d| d.name.as_str()));
        let description = format!(
            "Wir sind ein Verein mit Mitgliedern aus vielen Ländern. Wir bieten {} sowie {}. Neue Mitglieder sind herzlich willkommen.",
            topics[0].to_lowercase(),
            topics[1].to_lowercase()
        );
        let mut languages = vec!["de".to_owned()];
        let extra = 1 + rng.below(3);
        languages.extend(distinct(&mut rng, &LANGUAGES[1..], extra));
        let category_count = 1 + rng.below(3);
        let slug = Slug::parse(&format!("synthetic-{i}")).ok();
        let profile = Profile {
            name,
            short_name: None,
            legal_form: LegalForm::ALL[rng.below(LegalForm::ALL.len())],
            mso: rng.below(10) < 6,
            founded: Some(1960 + rng.below(65) as u16),
            summary: LocalizedText::new().with("de", &summary),
            description: LocalizedText::new().with("de", &description),
            categories: distinct(&mut rng, &category_keys, category_count),
            target_groups: {
                let mut groups: Vec<TargetGroup> = (0..1 + rng.below(3)).map(|_| TargetGroup::ALL[rng.below(9)]).collect();
                groups.sort();
                groups.dedup();
                groups
            },
            languages: languages.iter().filter_map(|l| LanguageCode::parse(l).ok()).collect(),
            origins: Vec::new(),
            address: None,
            district: district.map(|d| d.key.clone()),
            position,
            wheelchair: None,
            meeting_times: LocalizedText::new(),
            contact: PublicContact { email: Some(format!("info-{i}@example.org")), ..Default::default() },
            contact_persons: Vec::new(),
            logo: None,
        };
        if let Some(slug) = slug {
            organisations.push(NewOrganisation { slug, profile });
        }
    }
    ImportBatch { categories: Vec::new(), districts: Vec::new(), organisations, items: Vec::new() }
}

#[cfg(test)]
mod tests {
    #[test]
    fn generates_valid_deterministic_organisations() {
        let districts = crate::demo::districts().expect("districts");
        let a = super::synthetic(50, 0, &districts);
        let b = super::synthetic(50, 0, &districts);
        assert_eq!(a.organisations.len(), 50);
        assert_eq!(a.organisations[7].profile, b.organisations[7].profile);
        assert!(a.organisations.iter().all(|o| o.profile.position.is_some()));
    }
}
