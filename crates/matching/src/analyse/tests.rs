//! Tests of reading items: audiences, constraints, days, languages and anchors from texts.

use super::{analyse, Exclusive, Profile};
use crate::lexicon::{Lexicon, TokenCache};
use crate::model::{Audience, ExplicitConstraints, Item, ItemId, Kind, OrgId, Weekday};

fn item(title: &str, description: &str) -> Item {
    Item {
        id: ItemId("i".into()),
        org: OrgId("o".into()),
        kind: Kind::Need,
        title: title.into(),
        description: description.into(),
        category: None,
        languages: Vec::new(),
        weekdays: None,
        time: None,
        district: None,
        text_lang: None,
        explicit: ExplicitConstraints::default(),
    }
}

fn profile(title: &str, description: &str) -> Profile {
    analyse(&item(title, description), None, Lexicon::builtin(), &mut TokenCache::new())
}

/// The profile of an item whose fields `set` fills in (kind, languages, text language).
fn read(title: &str, description: &str, set: impl FnOnce(&mut Item)) -> Profile {
    let mut it = item(title, description);
    set(&mut it);
    analyse(&it, None, Lexicon::builtin(), &mut TokenCache::new())
}

/// The codes of a list of languages.
fn codes(list: &[&str]) -> Vec<String> {
    list.iter().map(|c| c.to_string()).collect()
}

/// The profile of an item of `kind` entered under the category field `category`.
fn in_field(kind: Kind, title: &str, description: &str, category: &str) -> Profile {
    let mut it = item(title, description);
    it.kind = kind;
    it.category = Some(category.into());
    analyse(&it, None, Lexicon::builtin(), &mut TokenCache::new())
}

/// Asserts that `read` gives `expected` for every (title, description), naming the case that
/// does not.
fn reads_as(cases: &[(&str, &str)], read: impl Fn(&str, &str) -> bool, expected: bool) {
    for (title, desc) in cases {
        assert_eq!(read(title, desc), expected, "{title} / {desc}");
    }
}

#[test]
fn women_only_is_read_from_texts_in_many_languages() {
    for (title, desc) in [
        ("Raum nur für Frauen", ""),
        ("Frauengruppe sucht Raum", ""),
        ("Room", "Women only."),
        ("Salon", "Sadece kadınlar için."),
        ("Приміщення", "Тільки для жінок."),
        ("قاعة", "للنساء فقط"),
    ] {
        let p = profile(title, desc);
        assert_eq!(p.gender, Some(Audience::Women), "{title} {desc}");
        assert!(p.exclusive.contains(&Exclusive::Women), "{title} {desc}");
    }
}

#[test]
fn no_men_is_for_women_only() {
    for (title, desc) in [
        ("Schwimmkurs für Frauen", "Einige Frauen möchten schwimmen lernen – aber nur, wenn keine Männer dabei sind."),
        ("Schwimmkurs", "Nur wenn keine Männer dabei sind."),
        ("Swimming", "No men in the pool, please."),
    ] {
        let p = profile(title, desc);
        assert_eq!(p.gender, Some(Audience::Women), "{title} {desc}");
        assert!(p.exclusive.contains(&Exclusive::Women) && !p.exclusive.contains(&Exclusive::Men), "{title} {desc}");
    }
    // "Nicht nur für Frauen" negates the "nur", not the women; "kaum Männer" is no restriction.
    assert!(profile("Raum", "Nicht nur für Frauen.").exclusive.is_empty());
    assert!(profile("Gesprächsgruppe", "Bisher kommen kaum Männer.").exclusive.is_empty());
}

#[test]
fn a_group_for_women_and_men_together_is_mixed() {
    assert!(profile("Sanftes Yoga für Ältere", "Gemischte Gruppe für Frauen und Männer ab 60.").mixed);
    assert!(profile("Schwimmkurs", "Für Frauen und Männer, die nicht schwimmen können.").mixed);
    assert!(profile("Coding workshop", "Max 20 participants, mixed group.").mixed);
    assert!(!profile("Yoga für Frauen", "Mit Trainerin.").mixed);
    // A restriction to one gender is not mixed, whatever else the text names.
    assert!(!profile("Frauenschwimmen", "Nur für Frauen, Männer haben keinen Zutritt.").mixed);
}

#[test]
fn a_mention_of_women_is_not_a_restriction() {
    let p = profile("Beratung", "Wir beraten Familien, Männer und Frauen.");
    assert_eq!(p.gender, None);
    assert!(p.exclusive.is_empty());
}

#[test]
fn explicit_audience_field_is_honoured() {
    let mut it = item("Schwimmkurs", "");
    it.explicit.audience = Some(Audience::Men);
    let p = analyse(&it, None, Lexicon::builtin(), &mut TokenCache::new());
    assert!(p.exclusive.contains(&Exclusive::Men));
}

#[test]
fn youth_only_and_adult_groups() {
    let room = profile("Jugendraum", "Nur für Jugendliche von 12 bis 21 Jahren.");
    assert!(room.exclusive.contains(&Exclusive::Youth));
    let seniors = profile("Raum für Seniorentanz", "Unsere Seniorengruppe sucht einen Raum.");
    assert!(seniors.adult && !seniors.youth);
}

#[test]
fn on_site_only_from_texts() {
    assert!(profile("Hausaufgabenhilfe", "Nur vor Ort in der Weststadt.").on_site_only);
    assert!(profile("Beratung", "Kein Online-Angebot, nicht online.").on_site_only);
    assert!(profile("Yardım", "Sadece yüz yüze.").on_site_only);
    assert!(!profile("Beratung", "Beratung vor Ort oder online.").on_site_only);
    assert!(profile("Legal advice", "Thursdays, only at our office.").on_site_only);
    assert!(profile("Computerhilfe", "Nur bei uns im Haus.").on_site_only);
    assert!(!profile("Kinderbetreuung", "Während eurer Kurse bei uns im Haus.").on_site_only);
}

#[test]
fn required_language_from_texts() {
    let p = profile("Dolmetscher für Tigrinya", "Tigrinya-Kenntnisse erforderlich.");
    assert!(p.required_languages.contains("ti"));
    let q = profile("Dolmetscher", "Arabisch wäre schön.");
    assert!(q.required_languages.is_empty());
}

#[test]
fn a_requirement_said_not_to_be_one_is_none() {
    assert!(profile("Nachhilfe Mathe", "Türkischkenntnisse nicht erforderlich.").required_languages.is_empty());
    assert!(profile("Nachhilfe Mathe", "Türkçe bilen olursa iyi ama şart değil.").required_languages.is_empty());
    // Typed without the Turkish letters, in a Turkish item.
    let mut it = item("matematik dersi", "turkce bilen olursa cok iyi ama sart degil");
    it.text_lang = Some("tr".into());
    let p = analyse(&it, None, Lexicon::builtin(), &mut TokenCache::new());
    assert!(p.required_languages.is_empty() && p.critical_languages.is_empty(), "{:?}", p.critical_languages);
    // A speaker of the language is then a wish, not a condition.
    let p = profile("Hausaufgabenhilfe", "Jemand, der Arabisch spricht, wäre gut, ist aber nicht erforderlich.");
    assert!(p.critical_languages.is_empty() && p.wished_languages.contains("ar"), "{:?}", p.critical_languages);
    // Counter-examples: the requirement stands.
    assert!(profile("Nachhilfe Mathe", "Türkçe şart.").required_languages.contains("tr"));
    assert!(profile("Çocuk ilk yardım kursu", "Kurs Türkçe olmalı, çünkü annelerin Almancası yeterli değil.")
        .required_languages
        .contains("tr"));
    let mut it = item("matematik dersi", "turkce bilen sart");
    it.text_lang = Some("tr".into());
    assert!(analyse(&it, None, Lexicon::builtin(), &mut TokenCache::new()).required_languages.contains("tr"));
    let p = profile("Hausaufgabenhilfe", "Jemand, der Arabisch spricht, ist erforderlich.");
    assert!(p.critical_languages.contains("ar"));
    // A language said to be a bonus, a plus or an advantage is a wish too.
    let p = profile("Erste-Hilfe-Kurs", "Die Leiterinnen und Leiter sprechen gut Deutsch, Spanisch wäre ein Bonus.");
    assert!(p.critical_languages.is_empty() && p.wished_languages.contains("es"), "{:?}", p.critical_languages);
    let p = profile("First aid course", "Our leaders speak German well; Spanish would be a bonus.");
    assert!(p.critical_languages.is_empty(), "{:?}", p.critical_languages);
    // Counter-example: without the bonus the language they speak is the condition.
    let p = profile("Erste-Hilfe-Kurs", "Die Leiterinnen und Leiter sprechen nur Spanisch.");
    assert!(p.critical_languages.contains("es"), "{:?}", p.critical_languages);
}

#[test]
fn a_required_language_field_is_about_the_language_other_than_german() {
    let read = |languages: &[&str]| {
        let mut it = item("Sprachmittlerin", "für ein Elterngespräch");
        it.languages = languages.iter().map(|l| l.to_string()).collect();
        it.explicit.language_required = Some(true);
        analyse(&it, None, Lexicon::builtin(), &mut TokenCache::new()).required_languages.into_iter().collect::<Vec<_>>()
    };
    // Every association speaks German: with it, the requirement would always be met.
    assert_eq!(read(&["fa", "de"]), vec!["fa".to_string()]);
    assert_eq!(read(&["de", "vi", "ar"]), vec!["ar".to_string(), "vi".to_string()]);
    // German alone stays required (a German-speaking helper for a German course).
    assert_eq!(read(&["de"]), vec!["de".to_string()]);
}

#[test]
fn weekdays_named_in_texts_count_softly_and_also_is_no_restriction() {
    let p = profile("Raum", "Samstags frei.");
    assert_eq!(p.weekdays, None);
    assert_eq!(p.text_weekdays.map(|d| d.into_iter().collect::<Vec<_>>()), Some(vec![Weekday::Sa]));
    let q = profile("Saal", "Auch am Wochenende nutzbar.");
    assert_eq!(q.text_weekdays, None);
}

#[test]
fn a_group_mentioned_in_the_description_does_not_restrict_the_item() {
    let p = profile("Gruppenraum frei", "Montags trifft sich hier unsere Frauengruppe, sonst ist der Raum frei.");
    assert!(p.exclusive.is_empty(), "{:?}", p.exclusive);
    let q = profile("Raum für Frauengruppe", "");
    assert!(q.exclusive.contains(&Exclusive::Women));
}

#[test]
fn only_days_of_the_associations_own_hours_count_softly() {
    // The office's hours are not when the tutoring takes place.
    let p = profile("Nachhilfe Mathe", "Wir helfen in Mathe. Unser Büro ist nur dienstags geöffnet.");
    assert_eq!(p.weekdays, None);
    assert_eq!(p.text_weekdays.map(|d| d.into_iter().collect::<Vec<_>>()), Some(vec![Weekday::Di]));
    let q = profile("Homework help", "Our office is open only on Tuesdays.");
    assert_eq!(q.weekdays, None);
    // "nur" about the item in another sentence than the office still binds.
    let r = profile("Gruppenraum", "Nur werktags nutzbar. Das Büro ist telefonisch erreichbar.");
    assert!(r.weekdays.is_some());
}

#[test]
fn the_weekday_field_wins_over_only_days_in_the_text() {
    let mut it = item("Gruppenraum", "Nur werktags nutzbar.");
    it.weekdays = Some([Weekday::Sa].into_iter().collect());
    let p = analyse(&it, None, Lexicon::builtin(), &mut TokenCache::new());
    assert_eq!(p.weekdays.map(|d| d.into_iter().collect::<Vec<_>>()), Some(vec![Weekday::Sa]));
}

#[test]
fn days_with_only_bind_like_the_weekday_field() {
    let p = profile("Gruppenraum", "Nur werktags nutzbar.");
    let workdays = [Weekday::Mo, Weekday::Di, Weekday::Mi, Weekday::Do, Weekday::Fr];
    assert_eq!(p.weekdays.map(|d| d.into_iter().collect::<Vec<_>>()), Some(workdays.to_vec()));
}

#[test]
fn turkish_and_arabic_phrases_for_women_only() {
    assert!(profile("Salon", "Kadınlara özel salon.").exclusive.contains(&Exclusive::Women));
    assert!(profile("قاعة", "القاعة خاصة بالنساء").exclusive.contains(&Exclusive::Women));
}

#[test]
fn anchor_is_the_head_not_the_purpose() {
    let lex = Lexicon::builtin();
    let p = profile("Raum für Folkloreprobe", "");
    let room = lex.concept_named("room");
    let dance = lex.concept_named("dance");
    assert!(room.is_some_and(|r| p.anchors.contains(&r)));
    assert!(dance.is_some_and(|d| !p.anchors.contains(&d)));
    // For a person, what they are for matters: "Trainerin für Selbstverteidigung".
    let arabic = profile("قاعة لدورة تدريبية", "");
    assert!(room.is_some_and(|r| arabic.anchors == vec![r]), "{:?}", arabic.anchors);
    let q = profile("Trainerin für Selbstverteidigung", "");
    let martial = lex.concept_named("martial_arts");
    assert!(martial.is_some_and(|m| q.anchors.contains(&m)));
}

#[test]
fn language_courses_name_the_language_taught() {
    let p = profile("Arabischkurs für Kinder", "");
    assert!(p.learns_language);
    assert!(p.critical_languages.contains("ar"));
    let q = profile("Erste-Hilfe-Kurs", "Am liebsten auf Türkisch.");
    assert!(!q.learns_language);
}

#[test]
fn an_interpreter_is_sought_for_the_language_named_not_the_groups_own() {
    let mut need = item("نبحث عن مترجم للغة الكردية", "لمرافقة عائلة إلى المدرسة");
    need.languages = vec!["ku".into(), "ar".into()];
    let p = analyse(&need, None, Lexicon::builtin(), &mut TokenCache::new());
    assert_eq!(p.critical_languages.iter().map(String::as_str).collect::<Vec<_>>(), vec!["ku"]);
}

#[test]
fn sorani_is_another_language_than_kurmanji() {
    let critical = |p: &Profile| p.critical_languages.iter().cloned().collect::<Vec<String>>();
    // "Kurdisch" next to "Sorani" names Sorani only; a language said not to be spoken is not named.
    let p = read(
        "Dolmetscherin Kurdisch-Sorani für Arzttermine",
        "Frauen aus Sulaimaniya sprechen nur Sorani, kein Arabisch, kein Kurmanci.",
        |it| it.languages = codes(&["ckb", "de"]),
    );
    assert_eq!(critical(&p), vec!["ckb"]);
    let p =
        read("مترجم كردي سوراني", "لمرافقة عائلة إلى المستشفى", |it| it.languages = codes(&["ku"]));
    assert_eq!(critical(&p), vec!["ckb"]);
    // A Kurmanji interpreter does not speak Sorani; one that names both speaks both.
    let p = read("Übersetzen Kurmanci und Arabisch", "Bei Terminen beim Amt und Arzt.", |it| {
        it.kind = Kind::Offer;
        it.languages = codes(&["ku", "ar", "de"]);
    });
    assert!(p.speaks.contains("ku") && !p.speaks.contains("ckb"), "{:?}", p.speaks);
    let p = offer("Dolmetschen Kurmancî und Sorani", "");
    assert!(p.speaks.contains("ku") && p.speaks.contains("ckb"), "{:?}", p.speaks);
    // Kurdish alone, or a list of both, still asks for Kurmanji.
    assert_eq!(critical(&profile("Dolmetscher Kurdisch", "Für ein Elterngespräch.")), vec!["ku"]);
    assert_eq!(critical(&profile("Dolmetscher Kurdisch oder Sorani", "Für ein Elterngespräch.")), vec!["ckb", "ku"]);
}

#[test]
fn languages_of_one_list_share_what_is_asked_of_one() {
    let critical = |p: &Profile| p.critical_languages.iter().cloned().collect::<Vec<String>>();
    // The skill word stands next to the first language only.
    let p = profile("Volunteers speaking Arabic or Farsi for our smartphone courses", "They help out in class.");
    assert_eq!(critical(&p), vec!["ar", "fa"]);
    let p = profile("Sprachmittelnde gesucht", "Gesucht werden Personen mit sehr guten Kenntnissen in Tigrinya bzw. Kurmancî.");
    assert_eq!(critical(&p), vec!["ku", "ti"]);
    // A wish for the list is a wish for each; a language outside the list keeps its own reading.
    let p = profile("Helfer für die Ausgabe", "Gerne mit Arabisch oder Russisch. Wir sprechen Deutsch.");
    assert!(p.critical_languages.is_empty() && p.wished_languages.contains("ru"), "{:?} {:?}", p.critical_languages, p.wished_languages);
    let p = profile("Dolmetschen", "Sprachkenntnisse Arabisch erforderlich, gerne auch Farsi.");
    assert_eq!(critical(&p), vec!["ar"]);
}

#[test]
fn an_offer_with_its_own_interpreters_works_in_any_language() {
    let any = |title: &str, description: &str, languages: &[&str]| {
        read(title, description, |it| {
            it.kind = Kind::Offer;
            it.languages = codes(languages);
        })
        .any_language
    };
    assert!(any("Psychologische Beratung für Geflüchtete", "Einzelgespräche mit professionellen Dolmetscher:innen.", &["de"]));
    assert!(any("Sendeplätze im Bürgerradio", "Eigene Sendungen, auch regelmäßig und in jeder Sprache.", &["de"]));
    // One that names its languages works in those.
    assert!(!any("Impfsprechstunde", "Eine Ärztin berät zu fehlenden Impfungen. Mit Sprachmittlung Arabisch.", &["de", "ar"]));
    assert!(!any("Beratung", "Auf Deutsch.", &["de"]));
}

#[test]
fn halls_are_not_tuesdays() {
    let in_lang = |lang: &'static str| move |it: &mut Item| it.text_lang = Some(lang.into());
    // German "Säle" (halls) and Turkish "Salı" (Tuesday) shared a stem.
    let halls = profile("Zwei Säle für Feste", "Unsere Säle fassen 80 und 120 Personen.");
    assert!(halls.text_weekdays.is_none() && halls.weekdays.is_none(), "{:?}", halls.text_weekdays);
    let p = read("Kadın grubu için oda", "Her salı akşamı buluşuyoruz.", in_lang("tr"));
    assert!(p.text_weekdays.as_ref().is_some_and(|d| d.contains(&Weekday::Di)), "{:?}", p.text_weekdays);
    // Ukrainian "серед" (among) is not "середа" (Wednesday).
    assert!(read("Заняття для дітей", "Серед наших членів багато родин з дітьми.", in_lang("uk")).text_weekdays.is_none());
    let p = read("Заняття для дітей", "Щосереди о 16:00.", in_lang("uk"));
    assert!(p.text_weekdays.as_ref().is_some_and(|d| d.contains(&Weekday::Mi)), "{:?}", p.text_weekdays);
}

#[test]
fn a_language_said_not_to_be_spoken_is_not_named() {
    let p = offer("Dolmetschen Arabisch", "Wir haben leider kein Farsi mehr im Team.");
    assert!(p.speaks.contains("ar") && !p.speaks.contains("fa"), "{:?}", p.speaks);
    // "nicht nur" cancels only the "nur".
    let p = offer("Dolmetschen", "Nicht nur Arabisch, auch Farsi.");
    assert!(p.speaks.contains("ar") && p.speaks.contains("fa"), "{:?}", p.speaks);
}

#[test]
fn an_interpreting_offer_speaks_the_languages_it_names() {
    let mut offer = item("Dolmetscherpool Arabisch, Farsi", "Ehrenamtliche begleiten zu Terminen.");
    offer.kind = Kind::Offer;
    let org = crate::model::Organisation {
        id: OrgId("o".into()),
        name: String::new(),
        languages: vec!["de".into(), "uk".into()],
        fields: Vec::new(),
        district: None,
        description: String::new(),
    };
    let p = analyse(&offer, Some(&org), Lexicon::builtin(), &mut TokenCache::new());
    assert!(p.speaks.contains("ar") && p.speaks.contains("fa"));
    assert!(!p.speaks.contains("uk"), "the organisation's Ukrainian is not on offer: {:?}", p.speaks);
}

#[test]
fn a_language_only_wished_for_is_not_critical() {
    let p = profile("Vorlesepaten für Kita", "Gerne auch zweisprachig (Türkçe–Almanca).");
    assert!(p.critical_languages.is_empty(), "{:?}", p.critical_languages);
    let strict = profile("Lesepaten für Türkisch", "");
    assert!(strict.critical_languages.contains("tr"));
}

#[test]
fn the_size_of_a_group_or_room_is_read_from_the_text() {
    assert_eq!(profile("Vereinsheim", "Bis 40 Pers., Klasse 5–10, ab 17 Uhr, 1.500 €").group_size, Some(40));
    assert_eq!(profile("Salon", "80 kişilik, mutfak var.").group_size, Some(80));
    assert_eq!(profile("Зала", "Концерт, приблизно 100 гостей.").group_size, Some(100));
    assert_eq!(profile("قاعة", "تتسع لـ 25 شخصاً").group_size, Some(25));
    assert_eq!(profile("Kurs", "Für Kinder von 6–12 Jahren").group_size, None);
    // Card style: "P." after a number is people; a lone "P" is not a count.
    assert_eq!(profile("Mehrzweckraum", "Mehrzweckraum ca. 30 P. + Spielecke").group_size, Some(30));
    assert_eq!(profile("Parkplatz", "Parkplatz P 3 am Rathaus").group_size, None);
    assert_eq!(profile("Gruppenraum", "Raum f. 25, Beamer, WLAN").group_size, Some(25));
    assert_eq!(profile("Зал", "спектакль, около 80 зрителей").group_size, Some(80));
    assert_eq!(profile("Kurs", "für 2 Stunden, für 12 Jahre").group_size, None);
    // Groups named by what their members do.
    assert_eq!(profile("Probenraum", "Gesucht: Raum für 18 Musiker mit Verstärkern.").group_size, Some(18));
    assert_eq!(profile("Bus", "A trip with 15 players and 2 coaches.").group_size, Some(15));
    // A price per person is no count of people.
    assert_eq!(offer("B1-Kurs", "Intensivkurs Sa, Kursgebühr 180 € p.P.").group_size, None);
}

#[test]
fn a_need_that_cannot_pay_is_read_from_its_title_or_a_lack_of_money() {
    reads_as(
        &[
            ("Saz-Lehrer*in für Jugendliche – ehrenamtlich", ""),
            ("Kostenlose beglaubigte Übersetzung", ""),
            ("Ehrenamtliche für Hausaufgabenhilfe", ""),
            ("Volunteers for our festival", "Setting up and cleaning."),
            ("Fotos beim Jubiläum", "Wir haben kein Budget."),
            ("Musik fürs Hoffest", "Wir können nichts zahlen."),
            ("Website", "We have no money for a designer."),
            ("Web sitesi", "Bütçemiz yok."),
            ("Сайт", "Бюджету немає."),
            ("Вебсайт", "Грошей нема."),
        ],
        |title, desc| profile(title, desc).cannot_pay,
        true,
    );
    // Volunteers as those a course is for; money named, but not lacking; an offer.
    reads_as(
        &[
            ("Erste-Hilfe-Kurs für Ehrenamtliche", "Zwölf unserer Ehrenamtlichen, an einem Samstag."),
            ("Training for our volunteer coordinator", ""),
            ("Zuschuss für Saatgut", "Wir brauchen 300 € für Pflanzen."),
            ("Nachhilfe Mathe", "Geld für Honorar ist da."),
        ],
        |title, desc| profile(title, desc).cannot_pay,
        false,
    );
    assert!(!offer("Ehrenamtliche Lesepaten", "Wir kommen kostenlos.").cannot_pay);
}

#[test]
fn a_need_for_a_vehicle_with_its_driver_is_read_in_many_languages() {
    reads_as(
        &[
            ("Umzug am Dienstag: Transporter MIT Fahrer gesucht", ""),
            ("Kleinbus mit Fahrer:in für einen Ausflug", ""),
            ("Minibus to the airport for 8", "On a Saturday, with a driver."),
            ("Cumartesi taşınma için kamyonet", "Şoförlü kamyonet."),
            ("Фургон у неділю", "Потрібен фургон з водієм."),
            ("Kleinbus für Seniorenausflug", "Keiner von uns hat einen Führerschein."),
            ("Moving help", "Nobody has a driving licence."),
        ],
        |title, desc| profile(title, desc).needs_driver,
        true,
    );
    reads_as(
        &[
            ("Transporter für die Abholung", "Wir brauchen einen Transporter mit Laderaum – Fahrer haben wir selbst."),
            ("Kleinbus für sieben Personen", "Ein Ausflug am Sonntag, möglichst mit Fahrer."),
            ("Ehrenamtliche Fahrerinnen und Fahrer", "Für Abholtouren, Führerschein Klasse B."),
        ],
        |title, desc| profile(title, desc).needs_driver,
        false,
    );
}

#[test]
fn a_vehicle_the_borrower_drives_is_read_from_the_offer() {
    reads_as(
        &[
            ("Transporter 3,5 t zu verleihen", "Samstags, ohne Fahrer und ohne Helfer – ihr fahrt selbst."),
            ("9-Sitzer-Bus zum Ausleihen", "Unser Vereinsbus kann ausgeliehen werden. Fahren müsst ihr selbst."),
            ("Vereinsbus (9-Sitzer) zu verleihen", "Werktags; eigener Fahrer mit Führerschein Klasse B nötig."),
            ("Kleinbus ausleihen", "9 Sitze. Sie brauchen einen normalen Führerschein."),
        ],
        |title, desc| offer(title, desc).self_drive,
        true,
    );
    reads_as(
        &[
            ("Kleinbus mit Fahrer", "Kleinbus, 8 Sitzplätze, mit unserem Fahrer, Sa und So."),
            ("Rentner fährt gern – FS Kl. B", "Fährt Vereinsfahrzeuge bis 9 Sitze. Kein eigenes Auto."),
            ("Erste-Hilfe-Kurs", "Anerkannt für den Führerschein."),
            ("Mobile PA-Anlage zu verleihen", "Aufbau und Bedienung durch den Verein selbst."),
        ],
        |title, desc| offer(title, desc).self_drive,
        false,
    );
}

#[test]
fn how_often_is_read_as_regular_or_once() {
    for (title, desc) in [
        ("Helfer für jeden Freitag", "Wir sortieren Lebensmittel, von 8 bis 10 Uhr."),
        ("Saz-Lehrer*in", "Langfristig, So nachmittags."),
        ("Volunteers for our language café", "Every week on Mondays."),
        ("Gönüllü aranıyor", "Düzenli olarak, her hafta."),
        ("Волонтери", "Щотижня по четвергах."),
    ] {
        let f = profile(title, desc).frequency;
        assert!(f.wants_regular(), "{title} / {desc}: {f:?}");
    }
    for (title, desc) in
        [("Helfer:innen Stadtteilfest", "Sa 6.9., ca. 15 Leute. Einmalig."), ("Hilfe beim Förderantrag (einmalig, Frist 31.01.)", "")]
    {
        assert!(profile(title, desc).frequency.wants_once(), "{title} / {desc}");
    }
    reads_as(
        &[
            ("Helfer für einen Einsatz", "Wir vermitteln Freiwillige für einmalige Einsätze."),
            ("Intro to Scratch at your club", "Two mentors come for a one-off Saturday afternoon."),
            ("Hobbygärtner hilft beim Beete anlegen", "Im April, ein Samstag. Nicht regelmäßig."),
            ("Усні перекладачі", "Перекладаємо разово."),
        ],
        |title, desc| offer(title, desc).frequency.gives_once_only(),
        true,
    );
    // Once or now and then; a weekly course; a rhythm not said ("nicht jeden Freitag" is no rhythm).
    reads_as(
        &[
            ("Pritschenwagen", "Fährt für Vereine, einmalig oder regelmäßig."),
            ("Streetball", "Jeden Freitag ab 17 Uhr."),
            ("Dolmetschen", "Keine einmaligen Termine, nur langfristige Begleitung."),
        ],
        |title, desc| offer(title, desc).frequency.gives_once_only(),
        false,
    );
    assert!(offer("Dolmetschen", "Keine einmaligen Termine, nur langfristige Begleitung.").frequency.gives_regular_only());
    assert!(!profile("Raum", "Nicht jeden Freitag, nur im Mai.").frequency.wants_regular());
}

#[test]
fn someone_to_do_a_thing_and_an_offer_that_lends_the_things_for_it() {
    reads_as(
        &[
            ("Lichttechniker/in", "Wir suchen jemanden, der unsere Lichtanlage einrichtet."),
            ("Tontechniker*in", "Wir brauchen eine Person, die die Anlage aufbaut und bedient."),
            ("Flyer design", "None of us can do layout, so someone has to design it for us."),
        ],
        |title, desc| profile(title, desc).wants_someone,
        true,
    );
    reads_as(
        &[
            ("Rasenmäher", "Hat jemand einen Rasenmäher für uns?"),
            ("Kostüme", "Leihen für 6 Wochen – oder jemand, der sie mit uns anfertigt."),
            ("Bus", "Wir suchen jemanden, der uns einen Bus leiht."),
        ],
        |title, desc| profile(title, desc).wants_someone,
        false,
    );
    assert!(offer("Lichttechnik zu verleihen", "Scheinwerfer und Lichtpult. Nur Verleih, ohne Bedienpersonal.").lends_only);
    assert!(offer("Masa ve sandalye", "100 kişilik masa ve sandalye ödünç verilir.").lends_only);
    // Lending nothing, or lending with someone in a role (a course with loan laptops).
    assert!(!offer("Tontechnik für Feste", "Unser Techniker baut auf und mischt den Abend.").lends_only);
    assert!(!offer("Computerkurs", "Sechs Abende, Laptops leihen wir für den Kurs.").lends_only);
}

#[test]
fn a_language_named_in_its_own_words_is_named() {
    // "în limba română", "po polsku", "en español", "bi kurdî": a service sought in that language.
    for (title, code) in [
        ("Curs de Word și Excel în limba română", "ro"),
        ("Porady prawne po polsku", "pl"),
        ("Asesoría en español", "es"),
        ("Şêwirdarî bi kurdî", "ku"),
    ] {
        let p = profile(title, "");
        assert!(p.critical_languages.contains(code), "{title}: {:?}", p.critical_languages);
    }
    // "Roman" (a novel) is no Romanian, "Polska" (the country) no Polish.
    assert!(!profile("Roman lesen", "Lesekreis für einen Roman.").named_languages.contains("ro"));
}

#[test]
fn an_offer_of_written_translations_only_is_read() {
    reads_as(
        &[
            ("Übersetzung AR-DE schriftl.", "Briefe, Flyer, Hausordnung übersetzen. Nur schriftlich! Kein Dolmetschen vor Ort."),
            ("Übersetzung von Flyern ins Vietnamesische", "Wir übersetzen schriftliche Texte. Kein mündliches Dolmetschen bei Terminen."),
            ("Farsi written translations", "We translate your texts. Nur schriftlich – no accompanying to appointments."),
        ],
        |title, desc| offer(title, desc).written_only,
        true,
    );
    reads_as(
        &[
            // Both, or written translation without saying it is all.
            ("Dolmetschen und Übersetzen", "Mündlich und schriftlich, Arabisch und Deutsch."),
            ("Übersetzung von Dokumenten", "Urkunden, Zeugnisse, Briefe."),
        ],
        |title, desc| offer(title, desc).written_only,
        false,
    );
}

#[test]
fn online_as_what_an_item_is_about_is_no_way_of_taking_part() {
    reads_as(
        &[
            ("PC- und Smartphone-Grundkurs für Eltern: Schulportal, E-Mail, Online-Terminvergabe", "Im Elterncafé, dienstags."),
            ("Handy-Sprechstunde", "Hilfe bei Smartphone, Apps, Email, Online-Termine Ausländerbehörde, Do 15-18"),
            ("Help with online portals and online appointments", "Student volunteers show you the online forms."),
        ],
        |title, desc| offer(title, desc).online_only,
        false,
    );
    reads_as(
        &[
            ("Online-Deutschkurs A1/A2 per Zoom", "Deutsch lernen von zu Hause, montags und mittwochs."),
            ("Nachhilfe Englisch", "Englisch-Nachhilfe bis Klasse 10, online."),
            ("Online tutoring for upper secondary", "Maths and English for grades 11 to 13, evenings."),
        ],
        |title, desc| offer(title, desc).online_only,
        true,
    );
}

#[test]
fn an_offer_charges_when_it_names_a_price_and_is_not_free() {
    reads_as(
        &[
            ("Event-Fotografie für Ihr Fest", "Unser Fotograf fotografiert Feste, 80 €/Std., Vereinsrabatt 10 %."),
            ("B1-Prüfungsvorbereitung", "Intensivkurs Sa 9–13 Uhr, Kursgebühr 180 € p.P."),
            ("Saal", "Bis 90 Personen, Nutzungsentgelt 80 € pro Termin."),
            ("Drumming workshops", "Fee 150 € per workshop."),
            ("Beglaubigte Übersetzungen", "Wir vermitteln beeidigte Übersetzer. Kostenpflichtig."),
            ("Şoförlü otobüs", "45 kişilik otobüs, günlüğü 600 € (ücretli)."),
            // A membership fee is a price too.
            ("Rechtsberatung Mietrecht", "Anwältinnen beraten im Einzelfall – nur für Mitglieder (Beitrag 8 € im Monat)."),
            ("Kinderchor", "Proben dienstags, Monatsbeitrag 15 Euro."),
        ],
        |title, desc| offer(title, desc).charges,
        true,
    );
    reads_as(
        &[
            // An amount that is no price, a free offer, a grant, and a need.
            ("Saal", "Bis 120 Personen, Kaution 200 €."),
            ("Lernhilfe", "Ehrenamtlich, nur Material ca. 5 € pro Heft."),
            ("Zuschuss für Dolmetschkosten bis 400 € im Jahr", "Wir erstatten die Kosten bis 400 €."),
            ("Beratung zu Kita-Gebühren", "Wir helfen bei Anträgen auf Ermäßigung."),
            // Fees that others pay, named next to an amount, are not this offer's price.
            ("Beratung Bildungspaket", "Kinder haben Anspruch auf 15 € im Monat für Vereinsbeiträge. Wir helfen beim Antrag."),
        ],
        |title, desc| offer(title, desc).charges,
        false,
    );
    assert!(!profile("Saal", "Miete 80 € pro Abend").charges, "a need does not charge");
}

#[test]
fn a_size_written_in_words_is_read_like_digits() {
    // Dictated or spelled out: the same readings as with digits.
    assert_eq!(profile("raum gesucht", "also wir sind so zwanzig leute ähm donnerstags").group_size, Some(20));
    assert_eq!(profile("Saal", "Platz für fünfundzwanzig Personen").group_size, Some(25));
    assert_eq!(profile("Hall", "room for up to sixty guests").group_size, Some(60));
    assert_eq!(profile("Salon", "yirmi kişi için salon").group_size, Some(20));
    assert_eq!(profile("Зала", "зала на двадцять людей").group_size, Some(20));
    assert_eq!(profile("Fest", "wir erwarten zweihundertfünfzig Gäste").group_size, Some(250));
    assert_eq!(profile("Gruppenraum", "Raum für zwölf, Beamer").group_size, Some(12));
    // Counter-examples: a number word before something other than people, and words that only
    // contain "und" or "hundert".
    assert_eq!(profile("Kurs", "zwei Stunden für drei Jahre").group_size, None);
    assert_eq!(profile("Hundeschule", "Kunden und Hunde, Stunden nach Absprache").group_size, None);
    assert_eq!(profile("Kurs", "für zwei Stunden").group_size, None);
}

#[test]
fn a_german_course_names_german_as_the_language_taught() {
    let p = profile("Deutschkurs am Abend", "");
    assert!(p.learns_language);
    assert!(p.named_languages.contains("de"));
    assert!(p.critical_languages.is_empty());
}

#[test]
fn accompaniment_in_a_named_language_needs_that_language() {
    let p = profile("Begleitung zum Jobcenter", "Ukrainische Familien brauchen Begleitung, Ukrainisch oder Russisch.");
    assert!(p.critical_languages.contains("uk") && p.critical_languages.contains("ru"), "{:?}", p.critical_languages);
    assert!(profile("Begleitung zum Jobcenter", "Für neue Familien.").critical_languages.is_empty());
}

#[test]
fn a_need_for_things_to_keep_is_not_one_for_things_lent() {
    for (title, desc) in [
        ("Laptops für Schulkinder – zum Behalten", "Mehrere Kinder haben kein Gerät."),
        ("Laptops für Kinder", "Wir suchen Laptops, die die Kinder behalten dürfen."),
        ("Ноутбуки для сімей – у власність", "Діти з нашої школи не мають комп'ютера."),
        ("Laptops to give to families", "For their children's schoolwork – to keep."),
    ] {
        assert!(profile(title, desc).wants_to_keep, "{title} {desc}");
    }
    // Counter-examples: borrowing is fine too, and English "keep" inside a sentence.
    for (title, desc) in [
        ("Laptops für Teilnehmende", "Wir suchen Geräte, die sie behalten oder mindestens leihen können."),
        ("Laptops for young members", "Laptops they can keep or borrow for a few months."),
        ("Storage space", "A room where we can keep our equipment."),
        ("Someone to go with our members", "Helps keep track of papers."),
    ] {
        assert!(!profile(title, desc).wants_to_keep, "{title} {desc}");
    }
}

fn offer(title: &str, description: &str) -> Profile {
    let mut it = item(title, description);
    it.kind = Kind::Offer;
    analyse(&it, None, Lexicon::builtin(), &mut TokenCache::new())
}

fn mask(days: &[Weekday]) -> u8 {
    super::when::day_mask(days)
}

#[test]
fn card_abbreviations_give_days_and_times() {
    let p = profile("Raum Di+Do vorm.", "");
    assert_eq!(p.text_weekdays.map(|d| d.into_iter().collect::<Vec<_>>()), Some(vec![Weekday::Di, Weekday::Do]));
    assert!(p.time.is_some_and(|t| t.start == 8 * 60));
    let q = profile("Hüpfburg", "Nur WE, Abholung selbst.");
    assert_eq!(q.weekdays.map(|d| d.into_iter().collect::<Vec<_>>()), Some(vec![Weekday::Sa, Weekday::So]));
}

#[test]
fn times_belong_to_the_days_of_their_clause() {
    let p = offer("Saal", "Sa/So ganztags, unter d. Wo. ab 18 h.");
    assert_eq!(p.slots.len(), 2, "{:?}", p.slots);
    assert_eq!(p.slots[0].days, mask(&[Weekday::Sa, Weekday::So]));
    assert_eq!(p.slots[1].days, mask(&[Weekday::Mo, Weekday::Di, Weekday::Mi, Weekday::Do, Weekday::Fr]));
    assert!(p.slots[1].time.is_some_and(|t| t.start == 18 * 60));
}

#[test]
fn negated_days_topics_and_only() {
    let p = offer("Großküche + Saal", "Nicht Fr mittags. Am WE leider belegt.");
    assert_eq!(p.text_weekdays, None, "{:?}", p.slots);
    assert_eq!(p.time, None);
    let lex = Lexicon::builtin();
    let mediation = lex.concept_named("language_mediation");
    let q = offer("Dolmetschen Dari", "Keine schriftl. Übersetzungen.");
    let r = offer("Sprachmittlung", "");
    let weight = |p: &Profile| p.concepts.iter().find(|(c, _)| Some(*c) == mediation).map(|(_, w)| *w);
    assert_eq!(weight(&q), weight(&r), "the negated description adds nothing");
    let certified = lex.concept_named("certified");
    assert!(certified.is_some_and(|c| !offer("Türkçe tercüme", "Yeminli tercüme değil, nicht beglaubigt.").strict.contains(&c)));
    assert!(profile("Raum", "Nicht nur für Frauen.").exclusive.is_empty());
    // Turkish "yok" (there is none) after what it negates, like "değil".
    let childcare = lex.concept_named("childcare");
    let has_childcare = |p: &Profile| p.concepts.iter().any(|(c, _)| Some(*c) == childcare);
    assert!(!has_childcare(&offer("Almanca kursu", "Sabahları, çocuk bakımı yok.")));
    assert!(has_childcare(&offer("Almanca kursu", "Sabahları, çocuk bakımı var.")));
}

#[test]
fn what_an_offer_negates_is_not_among_its_words() {
    let has = |p: &Profile, part: &str| p.terms.iter().any(|(t, _)| t.contains(part));
    assert!(!has(&offer("Gruppenraum im Jugendzentrum", "Für Seminare. Keine Übernachtungen."), "nacht"));
    assert!(!has(&offer("Seminar room", "For workshops, no overnight stays."), "overnight"));
    // Counter-examples: the word said without a negation, after "nicht nur", and what a need lacks.
    assert!(has(&offer("Gruppenraum im Jugendzentrum", "Für Seminare und Übernachtungen."), "nacht"));
    assert!(has(&offer("Gruppenraum", "Nicht nur für Seminare, auch für Übernachtungen."), "nacht"));
    assert!(has(&profile("Übernachtung gesucht", "Wir haben keine Übernachtungsmöglichkeit."), "nacht"));
}

#[test]
fn what_an_offer_says_at_the_end_of_a_clause_it_does_not_do_is_not_its_subject_or_audience() {
    let lex = Lexicon::builtin();
    let has = |p: &Profile, name: &str| lex.concept_named(name).is_some_and(|id| p.concepts.iter().any(|(c, _)| *c == id));
    let oral = offer("Sprachmittlung Arabisch", "Nur mündlich – schriftliche Übersetzungen machen wir nicht.");
    assert!(!has(&oral, "written_translation") && has(&oral, "language_mediation"));
    let photos = offer(
        "Fotoworkshop für Jugendliche",
        "An zwei Samstagen lernen Jugendliche fotografieren. Fotos für eure Veranstaltungen machen wir nicht.",
    );
    assert!(!has(&photos, "event"));
    let swimming = offer("Schwimmkurs für Frauen", "Kinder unter 12 können wir leider nicht aufnehmen.");
    assert!(!swimming.youth);
    // Counter-examples: the same words said plainly, and a need saying what it lacks.
    assert!(has(&offer("Sprachmittlung Arabisch", "Mündlich und schriftliche Übersetzungen."), "written_translation"));
    assert!(offer("Schwimmkurs", "Kinder unter 12 nehmen wir gern auf.").youth);
    assert!(has(
        &profile("Schriftliche Übersetzung gesucht", "Schriftliche Übersetzungen können wir nicht selbst machen."),
        "written_translation"
    ));
}

#[test]
fn a_need_that_interprets_itself_seeks_no_interpreter_and_needs_no_language_of_its_own() {
    let recognition = read(
        "Anerkennung rumänischer Berufsabschlüsse",
        "Wir suchen Beratung zur Anerkennung; die meisten sprechen ausreichend Deutsch, sonst dolmetschen wir selbst.",
        |it| it.languages = codes(&["de", "ro"]),
    );
    assert!(recognition.interprets_itself && !recognition.wants_interpreting && !recognition.seeks_mediation);
    assert!(recognition.critical_languages.is_empty(), "{:?}", recognition.critical_languages);
    assert!(profile("Консультація щодо боргів", "Перекладача ми можемо привести самі.").interprets_itself);
    // Counter-examples: a negation between, "eigene", and a need for an interpreter.
    assert!(!profile("Übersetzung gesucht", "Übersetzen können wir nicht selbst.").interprets_itself);
    assert!(!profile("Dolmetscher für Elternabend", "Unsere eigenen Dolmetscher sind an dem Tag weg.").interprets_itself);
    let interpreter = profile("Dolmetscherin Dari gesucht", "Für Elterngespräche am Dienstag.");
    assert!(!interpreter.interprets_itself && interpreter.seeks_mediation);
}

#[test]
fn school_levels_from_names_and_class_numbers() {
    let lex = Lexicon::builtin();
    let has = |p: &Profile, name: &str| lex.concept_named(name).is_some_and(|id| p.concepts.iter().any(|(c, _)| *c == id));
    let secondary = profile("Mathe-Nachhilfe Kl. 8–10", "Realschule");
    assert!(has(&secondary, "secondary_school") && !has(&secondary, "primary_school"));
    assert!(has(&profile("Репетитор", "для школьников 7–12 кл."), "secondary_school"));
    let primary = profile("Hausaufgabenhilfe", "Mo–Do, Kl. 1–4.");
    assert!(has(&primary, "primary_school") && !has(&primary, "secondary_school"));
}

#[test]
fn ages_are_read_from_ranges_with_an_age_word_or_after_a_word_for_the_young() {
    for (title, desc, ages) in [
        ("Kinderturnen", "für Kinder 4-6 Jahre", (4, 6)),
        ("Treff", "Jugendgruppen (12–18 J.)", (12, 18)),
        ("Freizeit 17-Jährige", "", (17, 17)),
        ("Mädchen Sport", "Mädchen (13-16) wollen Volleyball spielen", (13, 16)),
        ("Schach", "Chess for children aged 6–12, Saturday", (6, 12)),
        ("Russisch", "Unterricht für Kinder von 6–12, samstags", (6, 12)),
        ("Літній табір", "для підлітків 12–17 років", (12, 17)),
        ("Volunteers", "nur Freiwillige ab 18 Jahren", (18, 120)),
        ("Club", "young men (18–25) from our group", (18, 25)),
        ("Räume für Jugendgruppen", "für junge Menschen zwischen 12 und 21 Jahren", (12, 21)),
        ("سباحة للأولاد", "أولاد بين 10 و12 سنة يريدون تعلم السباحة", (10, 12)),
        ("تعليم السباحة للأولاد", "دروس سباحة للأولاد من 8 إلى 14 سنة أيام السبت.", (8, 14)),
        // Dictated: the numbers as words.
        ("kinder turnen", "für kinder zwischen sechs und zehn jahren", (6, 10)),
        ("Chess", "for children aged six to twelve", (6, 12)),
        // A hyphen after the first number ("12- bis 17-Jährige").
        ("Jugendfußball", "Training für alle 12- bis 17-Jährigen", (12, 17)),
        ("Mädchentreff", "Mädchentreff für 10- bis 14-Jährige", (10, 14)),
        // Only the oldest, or only the youngest, age named.
        ("Jugendfonds", "für junge Menschen bis 27 Jahre", (0, 27)),
        ("Ferienfreizeit", "für Kinder unter 12 Jahren", (0, 11)),
        ("Volunteers", "mindestens 18 Jahre alt", (18, 120)),
        ("مشاوره", "همه بالای ۲۵ سال هستند", (25, 120)),
        ("Гурток", "для дітей до 14 років", (0, 14)),
        // Arabic "from one year to 6 years": the year alone is no number.
        ("رعاية الأطفال", "يعتنين بالأطفال الصغار (من سنة إلى 6 سنوات)", (0, 6)),
        ("نشاط رياضي", "لأطفال مركزنا (من 8 إلى 12 سنة)", (8, 12)),
    ] {
        assert_eq!(profile(title, desc).ages, Some(ages), "{title} {desc}");
    }
}

#[test]
fn counts_times_and_classes_are_not_ages() {
    for (title, desc) in [
        ("Frauengruppe", "mittwochs 15-17"),
        ("Umzug", "Sa, mit 6–8 Vätern"),
        ("Frühstück", "5–10 çocuk için"),
        ("Hausaufgabenhilfe", "Kinder 14-16 Uhr, Klasse 5-10"),
        ("Lernhilfe nach der Schule", "Schüler*innen helfen Jugendlichen (Kl. 5–10) bei Hausaufgaben."),
        ("Nachhilfe", "für Jugendliche Klasse 7-9"),
        ("Trommeln", "wir trommeln auf Festen, 6-8 Leute"),
        ("Sprechstunde", "Di von 10-12"),
        ("Nachhilfe", "для детей 5–7 класса"),
        ("Kinder", "Kinder, Mo 15-17"),
        ("Kinder", "Kinder mittwochs 15-17"),
        ("Umzug", "samstags mit sechs bis acht Vätern"),
        ("Kinder", "Kinder montags von drei bis fünf"),
        ("Beratung", "seit zwanzig Jahren beraten wir Familien"),
        ("Beratung", "Seit 20 Jahren beraten wir Familien mit Kindern"),
        // How long, not how old.
        ("Mentoring", "1x/Woche ca. 1,5 Std., Zusage für 1 J. erforderlich"),
        ("Fotograf", "Am Sa feiern wir 10 Jahre Raduga in Kesselbrook"),
        ("Trainer", "Wir suchen jemanden mit 5 Jahren Erfahrung"),
        ("Patenschaft", "Die Patenschaft läuft 2 Jahre lang"),
        ("Mentoring", "mentors for 1 year, weekly"),
        ("Einbürgerung", "Viele Mitglieder leben seit sechs bis acht Jahren hier"),
    ] {
        assert_eq!(profile(title, desc).ages, None, "{title} {desc}");
    }
}

#[test]
fn ages_and_words_for_girls_and_boys_make_an_item_young() {
    let girls = profile("Mädchen Sport", "");
    assert!(girls.youth && girls.gender == Some(Audience::Women));
    assert!(profile("Treff für Jungs", "").youth);
    let ranged = profile("Sport", "Gruppe 13-16 Jahre");
    assert!(ranged.youth && !ranged.adult);
    let grown = profile("Helfer", "Freiwillige ab 18 Jahren");
    assert!(grown.adult && !grown.youth);
}

#[test]
fn jungen_is_boys_only_where_it_cannot_be_the_adjective() {
    for (title, desc) in [
        ("Fußball für Jungen 8–12", ""),
        ("Boxen", "Nur Jungen, dienstags."),
        ("Schwimmen", "Jungen ab 10 Jahren"),
        ("Kampfsport", "Für Jungen zwischen 12 und 15"),
    ] {
        let p = profile(title, desc);
        assert!(p.youth && p.gender == Some(Audience::Men), "{title} {desc}");
    }
    // Both genders named: no gender.
    assert_eq!(profile("Fußball", "Jungen und Mädchen von 8 bis 12").gender, None);
    // Counter-examples: the adjective.
    for (title, desc) in [
        ("Beratung für junge Menschen", "Wir begleiten jungen Menschen beim Start."),
        ("Treff", "Ein Ort mit jungen Mädchen und ihren Müttern."),
        ("Kochen", "mit jungen Leuten"),
    ] {
        assert_ne!(profile(title, desc).gender, Some(Audience::Men), "{title} {desc}");
    }
}

#[test]
fn an_ambiguous_word_gives_way_to_the_field_the_item_names() {
    let lex = Lexicon::builtin();
    let has = |p: &Profile, name: &str| {
        let id = lex.concept_named(name).expect("concept exists");
        p.concepts.iter().any(|(c, _)| *c == id)
    };
    let mut job = item("Bewerbungstraining und Vorstellungsgespräch-Training", "Unsere Trainerinnen üben mit Ihnen.");
    job.category = Some("Arbeit & Ausbildung".into());
    let job = analyse(&job, None, lex, &mut TokenCache::new());
    assert!(!has(&job, "sport") && !has(&job, "coach"), "{:?}", job.concepts);
    assert!(job.has_role, "the trainers are still people in a role");
    assert!(!has(&profile("Bewerbungs-Coaching", "für Azubis"), "coach"));
    // Without another field, or with the word's own field, the reading stays.
    assert!(has(&profile("Training samstags", "Halle gesucht"), "sport"));
    assert!(has(&profile("Trainer gesucht", "für unsere Fußballmannschaft"), "coach"));
    let mut sport = item("Trainerin gesucht", "für die Mädchenmannschaft");
    sport.category = Some("Sport".into());
    assert!(has(&analyse(&sport, None, lex, &mut TokenCache::new()), "coach"));
}

fn weight_of(p: &Profile, concept: &str) -> f32 {
    let id = Lexicon::builtin().concept_named(concept).expect("concept");
    p.concepts.iter().find(|(c, _)| *c == id).map_or(0.0, |(_, w)| *w)
}

#[test]
fn side_remarks_of_a_long_description_count_less() {
    // Title: legal advice; the third sentence is about the association's choir.
    let plain = profile("Rechtsberatung für Geflüchtete", "Wir beraten zu Asylverfahren.");
    let long = profile(
        "Rechtsberatung für Geflüchtete",
        "Wir beraten zu Asylverfahren. Der Verein betreibt außerdem einen Chor für Frauen. Dienstags 10–12 Uhr.",
    );
    let choir = weight_of(&long, "music");
    assert!(choir > 0.0 && choir < 0.25, "a side remark still names its subject, weakly: {choir}");
    assert_eq!(weight_of(&plain, "legal"), weight_of(&long, "legal"));
    // Who a side remark is for says nothing about the item; days in a sentence without a subject still count.
    assert_eq!(long.gender, None);
    assert!(long.text_weekdays.is_some());
}

#[test]
fn what_is_no_side_remark() {
    // The first sentence says what the item is, in other words than the title.
    let first = profile("Ferienprogramm 10-14", "Sommerferien: Tagesausflüge für 10–14 J.");
    assert!(weight_of(&first, "excursion") >= 0.45, "{first:?}");
    // A later sentence that shares a word or a subject with the title belongs to it.
    let shared =
        profile("Chorleitung gesucht", "Wir sind ein Verein. Unser Chor probt mittwochs und braucht Chorleitung mit Erfahrung im Gesang.");
    assert!(weight_of(&shared, "music") >= 0.45, "{shared:?}");
    // A title that names no subject leaves the whole description as it is.
    let vague = profile("Wer kann helfen?", "Wir sind ein Verein. Wir suchen einen Raum für 20 Personen.");
    assert!(weight_of(&vague, "room") >= 0.45, "{vague:?}");
}

#[test]
fn a_need_naming_an_amount_of_money_asks_for_funding() {
    let lex = Lexicon::builtin();
    let funding = lex.special().funding_application;
    let named = |p: &Profile| p.concepts.iter().any(|(c, _)| *c == funding);
    for title in
        ["Ersatzteile 250 €", "350 € for seeds and tools", "€300 for a garden", "2000 Euro für das Straßenfest", "Деньги: 500 евро"]
    {
        let p = profile(title, "");
        assert!(named(&p) && p.anchors.contains(&funding), "{title}: {p:?}");
    }
    // Named in the description only: funding, but not what the need is mainly about.
    let p = profile("Ersatzteile für die Nähmaschine", "Wir haben 250 € gesammelt.");
    assert!(named(&p) && !p.anchors.contains(&funding));
    // Counter-examples: a number that is no amount, an offer with a fee.
    assert!(!named(&profile("Raum für 25 Personen", "ab 18 Uhr, 2 Std.")));
    assert!(!named(&offer("Saal zu vermieten", "Miete 50 € pro Abend")));
    assert!(!super::parts::names_amount("Klasse 8-10, 3 Euro-Paletten"));
}

#[test]
fn texts_in_different_languages_or_scripts_cannot_share_words() {
    let with_lang = |title: &str, lang: &str| {
        let mut it = item(title, "");
        it.text_lang = Some(lang.into());
        analyse(&it, None, Lexicon::builtin(), &mut TokenCache::new())
    };
    let de = with_lang("Raum für Treffen", "de");
    assert!(de.other_language_than(&with_lang("Room for meetings", "en")));
    assert!(!de.other_language_than(&with_lang("Saal gesucht", "de")));
    // Without a language given, the script decides.
    assert!(profile("Кімната для зустрічей", "").other_language_than(&profile("جایی برای جلسه ماهانه", "")));
    assert!(!profile("Raum gesucht", "").other_language_than(&profile("Room wanted", "")));
}

#[test]
fn amounts_of_money_are_read_as_numbers() {
    use super::parts::amount_of_money;
    assert_eq!(amount_of_money("1.500 € Zuschuss f. Kulturfest"), Some(1500));
    assert_eq!(amount_of_money("Bis zu 400 € für kleine Projekte, formloser Antrag."), Some(400));
    assert_eq!(amount_of_money("We need about €350 for seeds"), Some(350));
    assert_eq!(amount_of_money("Wir brauchen 2000 Euro, Eintritt 5 €"), Some(2000));
    assert_eq!(amount_of_money("250,- € f. Ersatzteile"), Some(250));
    assert_eq!(amount_of_money("Funding 3,000 € for a trip"), Some(3000));
    assert_eq!(amount_of_money("12,50 € pro Person"), Some(12));
    assert_eq!(amount_of_money("Потрібно 600 євро"), Some(600));
    assert_eq!(amount_of_money("Raum für 40 Personen, 2 Std."), None);
    assert_eq!(profile("1.500 € Kulturfest", "").amount, Some(1500));
}

#[test]
fn how_much_of_a_title_the_lexicon_reads() {
    // Every word read, one inside a phrase ("Meeting room").
    assert_eq!(profile("Meeting room", "").title_read, 1.0);
    assert_eq!(profile("Помещение для хора", "").title_read, 1.0);
    // Counselling read, what it is about not ("социальным выплатам").
    let part = profile("Консультации по социальным выплатам", "").title_read;
    assert!((part - 1.0 / 3.0).abs() < 1e-6, "{part}");
    // A title of stop words and short words only is not held against anyone.
    assert_eq!(profile("Hi", "Raum").title_read, 1.0);
}

#[test]
fn concepts_shared_count_by_their_idf() {
    use crate::score::concept_share;
    let lex = Lexicon::builtin();
    let asylum = profile("Beratung zu Asyl", "");
    let debt = profile("Beratung zu Schulden", "");
    let same = profile("asylum counselling", "");
    let idf_of = |p: &Profile, name: &str, v: f32, idf: &mut Vec<f32>| {
        let id = lex.concept_named(name).expect(name);
        assert!(p.concepts.iter().any(|(c, _)| *c == id), "{name} in {p:?}");
        let i = usize::from(id);
        if idf.len() <= i {
            idf.resize(i + 1, 0.0);
        }
        idf[i] = v;
    };
    // Counselling is named by most items of a network, asylum and debts by few.
    let mut idf = Vec::new();
    idf_of(&asylum, "counselling", 0.2, &mut idf);
    idf_of(&asylum, "asylum_residence", 3.0, &mut idf);
    idf_of(&debt, "debt_advice", 3.0, &mut idf);
    let share = |a: &Profile, b: &Profile| concept_share(a, b, &idf, lex);
    assert!(share(&asylum, &same) > 0.9, "{}", share(&asylum, &same));
    // Sharing only what everybody names is sharing little.
    assert!(share(&asylum, &debt) < 0.1, "{}", share(&asylum, &debt));
    // With every concept equally common the same pair shares a third.
    let flat = vec![1.0; idf.len()];
    let plain = concept_share(&asylum, &debt, &flat, lex);
    assert!(plain > 0.2 && plain < 0.5, "{plain}");
}

#[test]
fn school_classes_are_read_as_numbers_and_levels() {
    for (title, desc, classes) in [
        ("Nachhilfe Englisch Kl. 12", "Abi-Vorbereitung", Some((12, 12))),
        ("Nachhilfe Mathe Kl. 5-10", "", Some((5, 10))),
        ("Mathe 9. Klasse", "", Some((9, 9))),
        ("Mathematiknachhilfe für die Klassen 8 und 9", "", Some((8, 9))),
        ("Mathe-Nachhilfe", "Nachhilfe für Klasse 5 bis 10, samstags.", Some((5, 10))),
        ("Nachhilfe Englisch", "Englisch-Nachhilfe bis Klasse 10, online.", Some((1, 10))),
        ("Lernhilfe", "ab Klasse 7", Some((7, 13))),
        ("Hausaufgabenhilfe für Grundschulkinder", "", Some((1, 4))),
        ("Lernhilfe Chemie für die Oberstufe", "", Some((10, 13))),
        ("Репетитор", "7–12 кл.", Some((7, 12))),
        // No class: a group size, an age, a time, a class word without a number.
        ("Hausaufgabenhilfe", "Dienstags 15–17 Uhr, für Kinder 8–10 Jahre", None),
        ("Vereinsheim", "Bis 40 Pers., ab 17 Uhr", None),
        ("Klassenfahrt", "Bus für eine Klasse", None),
    ] {
        assert_eq!(profile(title, desc).school_classes, classes, "{title} {desc}");
    }
}

#[test]
fn a_service_sought_in_a_language_its_title_names_needs_that_language() {
    let critical = |title: &str| profile(title, "").critical_languages.into_iter().collect::<Vec<_>>();
    assert_eq!(critical("Gesundheitsinfo vietnamesisch"), vec!["vi".to_string()]);
    assert_eq!(critical("Lohn nicht gezahlt – Beratung auf Bulgarisch"), vec!["bg".to_string()]);
    // Counter-examples: the people, not the language of the service; what it is for; German; an offer.
    assert!(critical("Stricken ukr. Frauen").is_empty());
    assert!(critical("Aufenthaltsrechtliche Beratung für armenische Familien").is_empty());
    assert!(critical("Gesundheitsinfo auf Deutsch").is_empty());
    let mut offer = item("Gesundheitsinfo vietnamesisch", "");
    offer.kind = Kind::Offer;
    assert!(analyse(&offer, None, Lexicon::builtin(), &mut TokenCache::new()).critical_languages.is_empty());
}

#[test]
fn a_turkish_class_is_a_school_class_in_tutoring_and_a_room_among_rooms() {
    let lex = Lexicon::builtin();
    let room = lex.concept_named("room").expect("room");
    let read = |title: &str, desc: &str, category: &str| {
        let mut it = item(title, desc);
        it.category = Some(category.into());
        it.text_lang = Some("tr".into());
        analyse(&it, None, lex, &mut TokenCache::new())
    };
    // "8. sınıf", also typed without its letters: the eighth school class, no classroom.
    for title in ["matematik dersi 8. sınıf", "matematik dersi 8. sinif"] {
        let p = read(title, "", "Bildung & Nachhilfe");
        assert!(!p.concepts.iter().any(|(c, _)| *c == room), "{title}");
        assert_eq!(p.school_classes, Some((8, 8)), "{title}");
    }
    // Counter-example: under rooms it is a classroom.
    assert!(read("sınıf lazım", "cumartesi 20 kişi", "Räume").concepts.iter().any(|(c, _)| *c == room));
}

#[test]
fn an_offer_under_funding_that_names_an_amount_gives_money() {
    let lex = Lexicon::builtin();
    let funding = lex.special().funding_application;
    let offer_in = |title: &str, description: &str, category: &str| in_field(Kind::Offer, title, description, category);
    let named = |p: &Profile| p.concepts.iter().any(|(c, _)| *c == funding);
    // A fund that says what it pays for, not the word "Förderung": it still gives money.
    let fund = offer_in(
        "PS-Zweckertrag: bis 1.500 € für Projekte mit älteren Menschen",
        "Die Sparkasse unterstützt Vorhaben für Menschen ab 60 Jahren.",
        "Förderung & Finanzen",
    );
    assert!(named(&fund), "{fund:?}");
    // Counter-examples: a fee in another field, an offer under funding that names no amount.
    assert!(!named(&offer_in("Saal zu vermieten", "Miete 50 € pro Abend", "Räume")));
    assert!(!named(&offer_in("Kassenprüfung für Vereine", "Wir schauen eure Bücher durch.", "Förderung & Finanzen")));
}

#[test]
fn a_room_or_vehicle_sought_for_a_language_need_not_speak_it() {
    let need_in = |title: &str, category: &str| in_field(Kind::Need, title, "", category);
    // The language names what happens in the room or on the trip.
    assert!(need_in("Classroom for Vietnamese lessons", "Räume").critical_languages.is_empty());
    assert!(need_in("Raum für unseren Arabischkurs", "Räume").critical_languages.is_empty());
    // Counter-examples: a teacher for the course and an interpreter must speak it.
    assert!(need_in("Lehrerin für Arabischkurs", "Bildung & Nachhilfe").critical_languages.contains("ar"));
    assert!(need_in("Dolmetscher Vietnamesisch", "Sprache & Übersetzung").critical_languages.contains("vi"));
}

#[test]
fn an_association_that_interprets_itself_is_not_looking_for_an_interpreter() {
    // The subject is the counselling; the interpreting is what the association brings.
    let p = profile(
        "Informationen zum Familiennachzug",
        "Gesucht wird eine fachkundige Beratung im Verein. Das Dolmetschen ins Dari übernehmen wir selbst.",
    );
    assert!(p.critical_languages.is_empty(), "{:?}", p.critical_languages);
    // Counter-example: interpreting is what the need is about.
    let p = profile("Dolmetscher für Dari gesucht", "Termin beim Jugendamt am Dienstag.");
    assert!(p.critical_languages.contains("prs") || p.critical_languages.contains("fa"), "{:?}", p.critical_languages);
}

#[test]
fn a_language_with_a_level_or_for_whom_in_a_title_is_one_learnt() {
    let learnt = |t: &str| profile(t, "").anchors.contains(&Lexicon::builtin().concept_named("language_learning").expect("concept"));
    for title in [
        "Deutsch für Frauen",
        "Russisch f. Kinder",
        "deutsch fuer neuankommende",
        "Deutsch A2 am Abend",
        "Deutsch für die Pflege (Niveau B2)",
        "Deutsch sprechen üben",
        "Німецька для мам з дітьми",
        "Arabisch Kinder Sa",
    ] {
        assert!(learnt(title), "{title}");
        assert!(weight_of(&profile(title, ""), "language_learning") > 0.5, "{title}");
    }
    // Counter-examples: a language with a subject, not for whom, or as an adjective of people.
    for title in [
        "Türkisch Dolmetschen",
        "Russisch Begleitung Amt",
        "Französisch Elterngespräch",
        "Türkisch für den Elternabend",
        "Arabisch für Behördengänge",
        "Menschen, die Arabisch sprechen",
        "Arabische Frauen treffen sich",
    ] {
        assert!(!learnt(title), "{title}");
    }
}

#[test]
fn a_turkish_negative_verb_negates_the_words_before_it() {
    // "Yüz yüze görüşme yapmıyoruz" (we do not meet face to face): the offer over Zoom is online
    // only, and says nothing of being on site.
    let p = offer("Emeklilik danışmanlığı – online", "Avukatımız Zoom üzerinden danışmanlık veriyor. Yüz yüze görüşme yapmıyoruz.");
    assert!(!p.says_on_site && p.online_only, "{p:?}");
    // Counter-example: the positive verb keeps the meeting on site.
    let p = offer("Emeklilik danışmanlığı", "Zoom üzerinden veya yüz yüze görüşme yapıyoruz.");
    assert!(p.says_on_site && !p.online_only, "{p:?}");
    // The negated words are the three before the verb, not the whole sentence.
    let childcare = Lexicon::builtin().concept_named("childcare");
    let has_childcare = |p: &Profile| p.concepts.iter().any(|(c, _)| Some(*c) == childcare);
    assert!(has_childcare(&offer("Almanca kursu", "Çocuk bakımı var, ama sınav hazırlığı yapmıyoruz.")));
    assert!(!has_childcare(&offer("Almanca kursu", "Kurs sırasında çocuk bakımı yapmıyoruz.")));
}

#[test]
fn a_device_explained_is_a_matter_of_skills() {
    let lex = Lexicon::builtin();
    let (skills, devices) = (lex.concept_named("digital_skills"), lex.concept_named("digital_devices"));
    let has = |p: &Profile, c: Option<crate::lexicon::ConceptId>| p.concepts.iter().any(|(k, _)| Some(*k) == c);
    let p = offer("Jugendliche erklären Handy & Tablet", "");
    assert!(has(&p, skills) && !has(&p, devices), "{:?}", p.concepts);
    // Counter-example: devices given away are devices.
    let p = offer("Handys und Tablets abzugeben", "Gebraucht, funktionieren gut.");
    assert!(has(&p, devices) && !has(&p, skills), "{:?}", p.concepts);
}

#[test]
fn geez_negation_and_remote_interpreting_are_read() {
    // "(Beglaubigung) የብሉን" (it has no certification): the condition is negated.
    let lex = Lexicon::builtin();
    let certified = lex.concept_named("certified");
    let p = offer("ትርጉም ሰነዳት ካብ ትግርኛ ናብ ጀርመንኛ", "እዚ ትርጉም ምረጋገጺ (Beglaubigung) የብሉን።");
    assert!(!p.strict.iter().any(|c| Some(*c) == certified), "{:?}", p.strict);
    let p = offer("ትርጉም ሰነዳት", "እዚ ትርጉም ምረጋገጺ (Beglaubigung) ኣለዎ።");
    assert!(p.strict.iter().any(|c| Some(*c) == certified), "{:?}", p.strict);
    // Interpreting by telephone or video is remote: online only.
    assert!(offer("Telefon- und Videodolmetschen kurzfristig", "Keine Begleitung vor Ort.").online_only);
    // Counter-example: making appointments by phone says nothing of how the advice is given.
    assert!(!offer("Bildungsberatung", "Einzelgespräch im Rathaus. Termine können telefonisch vereinbart werden.").online_only);
}

#[test]
fn what_a_need_already_has_is_not_what_it_seeks() {
    let lex = Lexicon::builtin();
    let has = |p: &Profile, name: &str| lex.concept_named(name).is_some_and(|c| p.concepts.iter().any(|(id, _)| *id == c));
    for (title, description, had, sought) in [
        (
            "Musikgruppen für unser Sommerfest",
            "Wir suchen Tanz- und Musikgruppen. Bühne und Tonanlage sind vorhanden.",
            "sound_light",
            "music",
        ),
        ("Saal für unser Fest", "Für 80 Gäste. Das Catering bringen wir selbst mit.", "catering", "room"),
        ("Band for our Tết night", "We already have a projector, but we need musicians.", "projector", "music"),
        ("Tìm ban nhạc cho đêm Tết", "Cần ban nhạc hát nhạc Việt. Múa lân thì chúng tôi đã có rồi.", "dance", "band"),
    ] {
        let p = profile(title, description);
        assert!(!has(&p, had), "{description}: {had} is had");
        assert!(has(&p, sought), "{description}: {sought} is sought");
    }
    // Counter-examples: in an offer "vorhanden" says what it has, and a need that lacks something
    // ("leider haben wir keinen Raum") still seeks it.
    assert!(has(&offer("Saal zu vermieten", "Bühne und Tonanlage sind vorhanden."), "sound_light"));
    assert!(has(&profile("Raum gesucht", "Leider haben wir keinen Raum mehr."), "room"));
}

#[test]
fn an_offer_only_in_german_is_not_given_in_its_association_s_other_languages() {
    use crate::model::Organisation;
    let org = Organisation {
        id: OrgId("o".into()),
        name: "Verein".into(),
        languages: codes(&["de", "ru"]),
        fields: Vec::new(),
        district: None,
        description: String::new(),
    };
    let offer = |description: &str| {
        let mut it = item("Schuldnerberatung", description);
        it.kind = Kind::Offer;
        analyse(&it, Some(&org), Lexicon::builtin(), &mut TokenCache::new())
    };
    assert!(!offer("Beratung nur auf Deutsch, Wartezeit vier Wochen.").speaks.contains("ru"));
    // The language of a course is the only one it is given in.
    assert!(!offer("Kurs für Eltern, samstags. Kurssprache Deutsch.").speaks.contains("ru"));
    assert!(!offer("Unterrichtssprache: Deutsch, in kleinen Gruppen.").speaks.contains("ru"));
    // Counter-example: without "nur" the association's languages are spoken.
    assert!(offer("Beratung auf Deutsch, Wartezeit vier Wochen.").speaks.contains("ru"));
}

#[test]
fn language_levels_are_read_as_a_span() {
    let levels = |description: &str| profile("Deutschkurs", description).language_levels;
    assert_eq!(levels("Niveau A2 bis B1, abends."), Some((2, 3)));
    assert_eq!(levels("Für Teilnehmende ab B1."), Some((3, 6)));
    assert_eq!(levels("Kurs A1/A2 am Vormittag."), Some((1, 2)));
    assert_eq!(profile("Курс німецької C1 для вчительок", "").language_levels, Some((5, 5)));
    // Counter-examples: no level, and names that only look like one.
    assert_eq!(levels("Am Abend in Raum B12, mit dem Bus A10 erreichbar."), None);
}

#[test]
fn a_german_course_does_not_ask_for_its_learners_languages() {
    let need = |title: &str, description: &str, languages: &[&str]| read(title, description, |it| it.languages = codes(languages));
    let p =
        need("Abendkurs Deutsch für Bauarbeiter", "Viele rumänische Mitglieder arbeiten auf Baustellen. Niveau etwa A2.", &["de", "ro"]);
    assert!(p.critical_languages.is_empty(), "{:?}", p.critical_languages);
    // Counter-examples: the course they attend named in the description is not the one sought, and
    // a course of another language keeps it.
    let p = need("Geburtsvorbereitungskurs auf Polnisch", "Mehrere Schwangere verstehen im deutschen Kurs zu wenig.", &["de", "pl"]);
    assert_eq!(p.critical_languages.iter().cloned().collect::<Vec<String>>(), codes(&["pl"]));
    let p = need("Arabischkurs für Kinder", "Unsere Kinder sollen Arabisch lesen und schreiben lernen.", &["de", "ar"]);
    assert!(p.critical_languages.contains("ar"), "{:?}", p.critical_languages);
}

#[test]
fn people_who_do_not_speak_german_need_the_other_languages_the_need_lists() {
    let need = |title: &str, description: &str, languages: &[&str]| read(title, description, |it| it.languages = codes(languages));
    let critical = |p: &Profile| p.critical_languages.iter().cloned().collect::<Vec<String>>();
    let p = need("Yaşlılar için akıllı telefon kursu", "Üyelerimiz WhatsApp öğrenmek istiyor, ama Almancaları yetmiyor.", &["tr"]);
    assert!(p.lacks_german && critical(&p) == codes(&["tr"]), "{:?}", p.critical_languages);
    let p = need("Tagespflege gesucht", "Die Mutter eines Mitglieds versteht kein Deutsch mehr.", &["tr", "de"]);
    assert_eq!(critical(&p), codes(&["tr"]));
    let p = need("Допомога з документами", "Наші батьки не говорять німецькою.", &["uk"]);
    assert!(p.lacks_german, "{p:?}");
    // Counter-examples: German named beside a lack of something else, or a skill that suffices.
    let p = need("Aushilfe für den Verkauf", "Erfahrung nicht nötig, Deutsch A2 reicht.", &["de", "tr"]);
    assert!(!p.lacks_german && p.critical_languages.is_empty(), "{:?}", p.critical_languages);
    let p = need("Aushilfe in der Küche", "Deutsch nicht erforderlich, wir arbeiten ein.", &["de", "tr"]);
    assert!(!p.lacks_german && p.critical_languages.is_empty(), "{:?}", p.critical_languages);
    let p = need("Hausaufgaben – wer hilft?", "Die Eltern können bei Deutsch oft nicht helfen.", &["de", "tr"]);
    assert!(!p.lacks_german && p.critical_languages.is_empty(), "{:?}", p.critical_languages);
    // A title that names the language keeps it alone ("kaum Deutsch oder Englisch" names no
    // language they speak), and a room does not speak.
    let p = need("Bewerbungshilfe auf Tigrinya", "Viele sprechen kaum Deutsch oder Englisch.", &["ti"]);
    assert_eq!(critical(&p), codes(&["ti"]));
    let p = need("Raum für unser Elterncafé", "Die Mütter sprechen kaum Deutsch.", &["ar", "de"]);
    assert!(p.critical_languages.is_empty(), "{:?}", p.critical_languages);
}

#[test]
fn what_an_offer_says_it_does_not_have_is_denied() {
    let lex = Lexicon::builtin();
    let denied = |description: &str, name: &str| {
        let p = offer("Kleinbus zum Ausleihen", description);
        lex.concept_named(name).is_some_and(|c| p.denied.contains(&c))
    };
    assert!(denied("Keine Ladefläche, nur Personenbeförderung.", "cargo_space"));
    // Counter-examples: closed at times is not lacking it, and "nicht für" says whom it is not for.
    let closed = offer("Sporthalle", "Die Halle ist in den Schulferien geschlossen.");
    assert!(closed.denied.is_empty(), "{:?}", closed.denied);
    let not_for = offer("Arbeitsrechtsberatung", "Nur für Arbeitnehmer, nicht für Selbstständige.");
    assert!(lex.concept_named("jobs").is_some_and(|c| !not_for.denied.contains(&c)));
}

#[test]
fn vietnamese_not_reaches_over_the_syllables_of_a_word() {
    // "Chúng tôi không tư vấn về thuế": we do not advise on taxes.
    let lex = Lexicon::builtin();
    let p = offer("Tư vấn giấy tờ", "Hỗ trợ làm hồ sơ cư trú. Chúng tôi không tư vấn về thuế.");
    let tax = lex.concept_named("association_admin").expect("concept");
    assert!(!p.concepts.iter().any(|(c, _)| *c == tax), "{:?}", p.concepts);
    assert!(p.denied.contains(&tax));
}

#[test]
fn seats_and_people_in_more_languages_are_a_group_size() {
    assert_eq!(profile("Bus z kierowcą", "Wycieczki w weekendy, 20 miejsc siedzących.").group_size, Some(20));
    assert_eq!(profile("Sala", "Para 60 personas.").group_size, Some(60));
    assert_eq!(profile("Hội trường", "Hội trường cho 80 người.").group_size, Some(80));
}

#[test]
fn a_course_to_do_it_oneself_is_not_someone_who_does_it() {
    reads_as(
        &[("Wer baut uns eine Webseite? 🌐", "Unser Verein braucht eine einfache Seite."), ("Who can design our flyer?", "")],
        |title, desc| profile(title, desc).wants_someone,
        true,
    );
    assert!(offer("Workshop: Vereinswebsite selbst bauen", "Zwei Abende, eigener Laptop mitbringen.").teaches_diy);
    assert!(offer("Baut eure Vereinswebseite selbst – WordPress-Kurs", "").teaches_diy);
    // Help to do it oneself, without a course word.
    assert!(offer("Website-Sprechstunde: Vereinsseite selbst bauen und pflegen", "").teaches_diy);
    assert!(offer("Bike help: repair it yourself", "").teaches_diy);
    assert!(!offer("Hilfe beim Umzug", "Wir tragen selbst, Sie müssen nichts tun.").teaches_diy);
    // Counter-examples: a course for learners, and someone who does it; "wer" inside a title.
    assert!(!offer("Deutschkurs für Frauen", "Wir lernen selbst zu sprechen.").teaches_diy);
    assert!(!offer("Wir bauen eure Webseite", "Ein Ehrenamtlicher baut sie selbst für euch.").teaches_diy);
    assert!(!profile("Infoabend: wer hilft bei Anträgen", "").wants_someone);
}

#[test]
fn the_persian_verb_for_doing_is_no_kurdish_and_rent_of_things_no_housing() {
    // "کردن" (to do) shares its stem with "کرد" (Kurd): only the language's own words name it.
    assert!(!profile("کمک برای پر کردن فرم‌ها", "کسی که به فارسی توضیح دهد").named_languages.contains("ku"));
    assert!(profile("مترجم کردی برای جلسه", "").named_languages.contains("ku"));
    assert!(profile("نحتاج مترجم كردي", "").named_languages.contains("ku"));
    let lex = Lexicon::builtin();
    let housing = lex.concept_named("housing").expect("concept");
    let reads = |t: &str| profile(t, "").concepts.iter().any(|(c, _)| *c == housing);
    assert!(!reads("Оренда звукової апаратури"));
    assert!(reads("Аренда квартиры для семьи"));
}

#[test]
fn a_language_in_a_sentence_that_seeks_someone_is_one_the_offer_must_speak() {
    for (title, description, code) in [
        ("Eltern verstehen das Schulsystem nicht", "Wir brauchen jemanden, der es auf Arabisch erklärt.", "ar"),
        ("کمک برای پر کردن فرم‌ها", "کسی که به فارسی توضیح دهد.", "fa"),
        ("Help with forms", "We need someone who explains them in Dari.", "prs"),
    ] {
        assert!(profile(title, description).title_languages.contains(code), "{description}");
    }
    // Counter-example: a language the members speak, in a sentence that seeks no one.
    assert!(profile("Raum für Elternabend", "Unsere Mitglieder sprechen Arabisch.").title_languages.is_empty());
}

#[test]
fn a_title_language_after_auf_is_asked_of_the_offer_even_after_fuer() {
    for (title, code) in [
        ("Gesprächsgruppe für pflegende Angehörige auf Rumänisch", "ro"),
        ("Support group for parents in Arabic", "ar"),
        ("Вечір для батьків на українській", "uk"),
    ] {
        assert!(profile(title, "").critical_languages.contains(code), "{title}");
    }
    // Counter-examples: whom it is for, not the language it is in.
    assert!(profile("Raum für Elternabend auf Arabisch", "").critical_languages.is_empty());
    assert!(profile("Hausaufgabenhilfe für arabische Kinder", "").critical_languages.is_empty());
}

#[test]
fn a_language_the_members_lack_is_no_skill_asked_for() {
    // "sprechen kaum Deutsch": the Polish of the title is what counts.
    let p = profile("Pflegeberatung auf Polnisch", "Viele Angehörige sprechen kaum Deutsch.");
    assert!(p.skill_languages.is_empty(), "{:?}", p.skill_languages);
    assert!(p.critical_languages.contains("pl"), "{:?}", p.critical_languages);
    // A skill stated without a lack stays one.
    assert!(profile("Helfer gesucht", "Sie sollten Deutsch sprechen.").skill_languages.contains("de"));
}

#[test]
fn a_german_course_teaches_german_whatever_else_its_text_names() {
    let p = profile(
        "Deutschkurs für nachgezogene Eltern",
        "Mitglieder des Vietnamesischen Vereins haben ihre Eltern geholt; sie sprechen kaum Deutsch.",
    );
    assert!(p.critical_languages.is_empty(), "{:?}", p.critical_languages);
    // A course of another language still asks for that one.
    assert!(profile("Arabischkurs für Kinder", "").critical_languages.contains("ar"));
}

#[test]
fn neither_names_no_language_and_other_languages_on_request_are_any() {
    // "weder auf Kurdisch noch auf Deutsch lesen": Kurdish is what they cannot read, not a
    // language the course must be given in.
    let p = profile("Lesen und schreiben lernen", "Einige Frauen können weder auf Kurdisch noch auf Deutsch lesen und schreiben.");
    assert!(!p.named_languages.contains("ku"), "{:?}", p.named_languages);
    let interpreters = offer("Beratung bei häuslicher Gewalt", "Für andere Sprachen organisieren wir Dolmetscherinnen.");
    assert!(interpreters.any_language);
    // Counter-example: naming languages without "other languages" is no "any".
    let named = offer("Beratung", "Beratung auf Deutsch und Türkisch.");
    assert!(!named.any_language);
}

#[test]
fn an_offer_denies_what_it_says_it_does_not_do() {
    use crate::score::denies;
    let lex = Lexicon::builtin();
    let need = profile("Steuerberatung für kleine Läden", "Umsatzsteuer und Buchhaltung.");
    let no_tax = offer("Beratung zu Aufenthalt", "Wir helfen bei Anträgen. Steuerberatung machen wir nicht.");
    assert!(denies(&need, &no_tax, lex));
    // Counter-examples: an offer silent about it, and one that denies only a part of what it
    // gives ("keine Vertretung vor Gericht" under labour-law advice).
    let silent = offer("Beratung zu Aufenthalt", "Wir helfen bei Anträgen.");
    assert!(!denies(&need, &silent, lex));
    let labour = profile("Rechtsberatung Arbeitsrecht", "Lohn wird nicht gezahlt.");
    let no_court = offer("Beratung im Arbeitsrecht", "Arbeitsverträge prüfen. Eine Vertretung vor Gericht übernehmen wir nicht.");
    assert!(!denies(&labour, &no_court, lex));
}
