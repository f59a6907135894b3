//! Rendering tests: each document type typesets to a PDF whose text is real, searchable text,
//! in every script the network writes in, without glyphs missing from the embedded fonts.

#![allow(clippy::unwrap_used)]

use app::meetings::{Badge, Contact, Handout, HandoutRound, IntendedPair, PrintSet, PrintedMeeting, Seated, TableSheet};
use documents::{uncovered, Documents, Parts, Wording};
use domain::language::UiLocale;
use domain::marketplace::ItemKind;
use domain::meetings::RegistrationId;

/// The real translation files, read the simple way: every message here is one line.
struct Files;

impl Wording for Files {
    fn text(&self, locale: UiLocale, id: &str, args: &[(&str, &str)]) -> String {
        let file = std::fs::read_to_string(format!("{}/../../locales/{}/handouts.ftl", env!("CARGO_MANIFEST_DIR"), locale.code())).unwrap();
        let line =
            file.lines().find_map(|l| l.strip_prefix(id).and_then(|rest| rest.strip_prefix(" = "))).unwrap_or_else(|| panic!("{id}"));
        args.iter().fold(line.to_owned(), |text, (name, value)| text.replace(&format!("{{ ${name} }}"), value))
    }
}

fn seated(name: Option<&str>, association: &str) -> Seated {
    Seated { name: name.map(Into::into), association: association.into(), offers: vec!["Räume".into()], needs: vec!["Dolmetscher".into()] }
}

fn handout(name: &str, association: &str, language: UiLocale) -> Handout {
    Handout {
        registration: RegistrationId(1),
        name: name.into(),
        association: association.into(),
        language,
        rtl: language.is_rtl(),
        meeting: PrintedMeeting {
            title: "Netzwerktreffen 2020".into(),
            starts: "2020-01-11 10:00".into(),
            ends: "16:00".into(),
            venue: "Kulturzentrum".into(),
            address: "Marktplatz 1, Ludwigsburg".into(),
            agenda: "Begrüßung, drei Runden, Abschluss".into(),
            url: "https://k.example/meetings/netzwerktreffen-2020-01-11".into(),
        },
        rounds: vec![HandoutRound {
            number: 1,
            topic: "Bildung".into(),
            table: Some("Tisch 3".into()),
            tablemates: vec![
                seated(Some("Олена Коваленко"), "Українська громада"),
                seated(None, "Kulturverein Ay Yıldız"),
                seated(Some("مریم احمدی"), "انجمن فرهنگی"),
            ],
        }],
        contacts: vec![Contact {
            association: "Türkischer Elternverein Öğretmen".into(),
            people: vec!["Ayşe Yılmaz".into()],
            they: ItemKind::Offer,
            theirs: "Hausaufgabenhilfe".into(),
            yours: "Lernpaten".into(),
            shared_rounds: vec![1],
        }],
    }
}

/// The text as a reader (search, copy, screen reader) gets it: `pdftotext` from poppler-utils
/// (scripts/test installs it), pages separated by form feeds.
fn text_of(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doc.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (apt-get install poppler-utils)");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn page_count(pdf: &[u8]) -> usize {
    text_of(pdf).matches('\u{c}').count()
}

fn no_space(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn a_handout_in_arabic_carries_arabic_persian_ukrainian_and_turkish_as_text() {
    let docs = Documents::new().unwrap();
    let h = handout("محمد العلي", "الجمعية العربية الألمانية", UiLocale::Ar);
    let pdf = docs.handout(&h, &Files).unwrap();
    assert!(pdf.starts_with(b"%PDF"));
    let text = no_space(&text_of(&pdf));
    // Words with the lam-alef ligature (ملاحظات) come out of pdftotext with the two letters in
    // visual order, so the check uses words without it.
    for expected in [
        "محمد",
        "العلي",
        "مریم",
        "احمدی",
        "انجمن",
        "فرهنگی",
        "Олена",
        "Коваленко",
        "Українська",
        "Yıldız",
        "Öğretmen",
        "Ayşe",
        "Yılmaz",
        "الجولة",
        "اللقاء",
        "طاولتك",
    ] {
        assert!(text.contains(expected), "{expected} missing from the extracted text: {text}");
    }
    let all = format!("{} {} {:?} {}", h.name, h.association, h.rounds, Files.text(UiLocale::Fa, "handouts-contacts", &[]));
    assert_eq!(uncovered(&all), Vec::<char>::new(), "every glyph is in the embedded fonts");
}

#[test]
fn every_language_of_the_handouts_has_its_glyphs() {
    for locale in UiLocale::ALL {
        let file = std::fs::read_to_string(format!("{}/../../locales/{}/handouts.ftl", env!("CARGO_MANIFEST_DIR"), locale.code())).unwrap();
        let texts: String = file.lines().filter(|l| !l.starts_with('#')).collect();
        assert_eq!(uncovered(&texts), Vec::<char>::new(), "{}", locale.code());
    }
    assert_eq!(uncovered("中 Ж ش پ"), vec!['中'], "the check can fail");
}

#[test]
fn a_german_handout_typesets_with_its_rounds_and_contacts() {
    let docs = Documents::new().unwrap();
    let pdf = docs.handout(&handout("Ayşe Yılmaz", "Elternverein", UiLocale::De), &Files).unwrap();
    let text = text_of(&pdf);
    for expected in
        ["Ayşe Yılmaz", "Runde 1: Bildung", "Tisch 3", "Mit wem Sie sprechen sollten", "Hausaufgabenhilfe", "Notizen", "Kulturzentrum"]
    {
        assert!(text.contains(expected), "{expected}: {text}");
    }
    assert_eq!(page_count(&pdf), 1);
}

#[test]
fn long_names_and_long_lists_continue_on_the_next_page() {
    let docs = Documents::new().unwrap();
    let mut h = handout(
        &"Maximiliane Alexandra von und zu Hohenlohe-Schillingsfürst ".repeat(3),
        &"Sehr langer Vereinsname ".repeat(8),
        UiLocale::De,
    );
    h.rounds = (1..=6).map(|n| HandoutRound { number: n, ..h.rounds[0].clone() }).collect();
    for r in &mut h.rounds {
        r.tablemates = r.tablemates.iter().cycle().take(8).cloned().collect();
    }
    let pdf = docs.handout(&h, &Files).unwrap();
    assert!(page_count(&pdf) >= 2, "continues on further pages");
    assert!(text_of(&pdf).contains("Runde 6"));
}

fn sheet() -> TableSheet {
    TableSheet {
        round: 2,
        topic: "Räume teilen".into(),
        table: "Tisch 4".into(),
        moderator: Some("Hans Müller".into()),
        people: vec![seated(Some("Олена Коваленко"), "Українська громада"), seated(None, "Kulturverein Ay Yıldız")],
        pairs: vec![IntendedPair {
            offering: "Kulturverein".into(),
            needing: "Elternverein".into(),
            offer: "Saal".into(),
            need: "Räume".into(),
        }],
    }
}

#[test]
fn a_table_sheet_has_the_people_the_pairs_and_the_results_form() {
    let docs = Documents::new().unwrap();
    let set = PrintSet { handouts: Vec::new(), table_sheets: vec![sheet()], badges: Vec::new() };
    let pdf = docs.bundle(&set, Parts::ALL, &Files).unwrap();
    let text = text_of(&pdf);
    for expected in [
        "Tisch 4",
        "Runde 2: Räume teilen",
        "Hans Müller",
        "Коваленко",
        "Name nicht freigegeben",
        "Bewusst zusammengesetzt",
        "Ideen",
        "Geplante Projekte",
        "Nächster Schritt",
    ] {
        assert!(text.contains(expected), "{expected}: {text}");
    }
}

#[test]
fn badges_fill_label_sheets_of_ten() {
    let docs = Documents::new().unwrap();
    let badges: Vec<Badge> = (1..=12)
        .map(|i| Badge {
            registration: RegistrationId(i),
            name: format!("Teilnehmerin {i}"),
            association: "Elternverein".into(),
            language: UiLocale::De,
            rtl: false,
            tables: vec![Some("Tisch 1".into()), None],
        })
        .collect();
    let set = PrintSet { handouts: Vec::new(), table_sheets: Vec::new(), badges };
    let pdf = docs.bundle(&set, Parts::ALL, &Files).unwrap();
    assert_eq!(page_count(&pdf), 2, "12 badges: two sheets");
    let text = text_of(&pdf);
    assert!(text.contains("Teilnehmerin 12") && text.contains("R1: Tisch 1"), "{text}");
}

#[test]
fn the_bundle_prints_in_order_and_refuses_to_be_empty() {
    let docs = Documents::new().unwrap();
    let badge = Badge {
        registration: RegistrationId(1),
        name: "Ayşe Yılmaz".into(),
        association: "Elternverein".into(),
        language: UiLocale::De,
        rtl: false,
        tables: vec![Some("Tisch 1".into())],
    };
    let set =
        PrintSet {
            handouts: vec![handout("Ayşe Yılmaz", "Elternverein", UiLocale::De)], table_sheets: vec![sheet()], badges: vec![badge]
        };
    let pdf = docs.bundle(&set, Parts::ALL, &Files).unwrap();
    let text = text_of(&pdf);
    let at = |s: &str| text.find(s).unwrap_or_else(|| panic!("{s}: {text}"));
    assert!(at("Mit wem Sie sprechen sollten") < at("Tischbogen") && at("Tischbogen") < at("R1: Tisch 1"));
    assert_eq!(page_count(&pdf), 3);
    let empty = PrintSet { handouts: Vec::new(), table_sheets: Vec::new(), badges: Vec::new() };
    assert!(matches!(docs.bundle(&empty, Parts::ALL, &Files), Err(documents::DocumentError::Empty)));
}

#[test]
fn badges_label_the_tables_in_the_participants_language_and_shape_arabic_and_persian() {
    let docs = Documents::new().unwrap();
    let badge = |i: i64, name: &str, association: &str, language: UiLocale| Badge {
        registration: RegistrationId(i),
        name: name.into(),
        association: association.into(),
        language,
        rtl: language.is_rtl(),
        tables: vec![Some("Tisch 2".into()), Some("Tisch 5".into())],
    };
    let set = PrintSet {
        handouts: Vec::new(),
        table_sheets: Vec::new(),
        badges: vec![
            badge(1, "محمد العلي", "الجمعية العربية الألمانية", UiLocale::Ar),
            badge(2, "مریم احمدی", "انجمن فرهنگی", UiLocale::Fa),
            badge(3, "Олена Коваленко", "Українська громада", UiLocale::Uk),
            badge(4, "Ayşe Yılmaz", "Öğretmen Derneği", UiLocale::Tr),
        ],
    };
    let pdf = docs.bundle(&set, Parts::ALL, &Files).unwrap();
    let text = no_space(&text_of(&pdf));
    for expected in ["محمد", "العلي", "مریم", "احمدی", "فرهنگی", "Олена", "громада", "Yılmaz", "Öğretmen", "Р1:Tisch2", "T2:Tisch5"]
    {
        assert!(text.contains(expected), "{expected} missing from the badges: {text}");
    }
    // The Arabic and Persian round labels (ج, د) are on their badges, not the German R
    // (pdftotext gives them in visual order, with direction marks around).
    let plain: String =
        text.chars().filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')).collect();
    assert!(plain.contains("ج1") || plain.contains("1ج"), "{plain}");
    assert!(plain.contains("د2") || plain.contains("2د"), "{plain}");
    assert!(!text.contains("R1:"), "no German label on these badges: {text}");
    let all: String = set.badges.iter().map(|b| format!("{}{}", b.name, b.association)).collect();
    assert_eq!(uncovered(&all), Vec::<char>::new());
}
