//! The demo network's survey of associations (Vereinsbefragung 2019), whose results the office
//! presented at the first network meeting: closed, the 20 associations of that meeting invited,
//! 16 answered. Their fields come from their profiles, their offers spread over many kinds,
//! while their challenges are much alike (room, money, volunteers, bureaucracy): "a great
//! variety of offers, but similar challenges".

use app::ports::{NewSurvey, SaveResponse, Stores};
use domain::ids::OrgId;
use domain::localized::LocalizedText;
use domain::survey::{Answer, Answers, Choice, Condition, Question, QuestionKind, Questionnaire, Section, Survey};

use crate::demo_meetings::DemoMeetingsError;

/// The demo survey's slug.
pub const SLUG: &str = "vereinsbefragung-2019";

/// 14 October 2019, 08:00 UTC.
const OPENS: i64 = 1_571_040_000;
/// 6 December 2019, 23:00 UTC.
const CLOSES: i64 = 1_575_673_200;
const DAY: i64 = 86_400;

/// Of the first meeting's 20 associations (file order), these did not answer.
const SILENT: [usize; 4] = [3, 9, 13, 18];

fn t(de: &str, en: &str, ar: &str) -> LocalizedText {
    LocalizedText::new().with("de", de).with("en", en).with("ar", ar)
}

fn choices(list: &[(&str, &str, &str, &str)]) -> Vec<Choice> {
    list.iter().map(|(key, de, en, ar)| Choice { key: (*key).into(), label: t(de, en, ar) }).collect()
}

fn question(key: &str, text: LocalizedText, kind: QuestionKind) -> Question {
    Question { key: key.into(), text, help: LocalizedText::new(), kind, required: false, condition: None, profile_linked: false }
}

const OFFERS: [(&str, &str, &str, &str); 10] = [
    ("language_courses", "Sprachkurse", "Language courses", "دورات لغة"),
    ("homework_help", "Hausaufgabenhilfe", "Homework help", "مساعدة في الواجبات المدرسية"),
    ("counselling", "Beratung und Begleitung", "Advice and accompaniment", "استشارة ومرافقة"),
    ("culture_events", "Kulturveranstaltungen", "Cultural events", "فعاليات ثقافية"),
    ("sport", "Sport und Bewegung", "Sport and exercise", "رياضة وحركة"),
    ("translation", "Dolmetschen und Übersetzen", "Interpreting and translation", "ترجمة شفوية وتحريرية"),
    ("women_groups", "Frauengruppen", "Women's groups", "مجموعات نسائية"),
    ("youth_work", "Jugendarbeit", "Youth work", "العمل مع الشباب"),
    ("religious_life", "Religiöses Leben", "Religious life", "الحياة الدينية"),
    ("parents_cafe", "Elterncafé und Familienangebote", "Parents' café and family activities", "مقهى الأهل وأنشطة عائلية"),
];

const CHALLENGES: [(&str, &str, &str, &str); 7] = [
    ("room", "Räume", "Rooms", "الأماكن"),
    ("money", "Geld und Fördermittel", "Money and funding", "المال والتمويل"),
    ("volunteers", "Ehrenamtliche finden", "Finding volunteers", "إيجاد متطوعين"),
    ("bureaucracy", "Bürokratie und Anträge", "Bureaucracy and applications", "البيروقراطية والطلبات"),
    ("language", "Sprache", "Language", "اللغة"),
    ("visibility", "Bekanntheit", "Being known", "التعريف بالجمعية"),
    ("succession", "Nachwuchs im Vorstand", "Successors on the board", "جيل جديد في مجلس الإدارة"),
];

/// The questionnaire: four pages; the question on sharing rooms shows only to associations
/// without rooms of their own.
pub fn survey() -> Survey {
    let mut fields = question(
        "fields",
        t(
            "In welchen Tätigkeitsfeldern ist Ihr Verein aktiv?",
            "In which fields of activity is your association active?",
            "في أي مجالات تنشط جمعيتكم؟",
        ),
        QuestionKind::Categories,
    );
    fields.profile_linked = true;
    fields.required = true;
    let mut languages = question(
        "languages",
        t("In welchen Sprachen arbeitet Ihr Verein?", "In which languages does your association work?", "بأي لغات تعمل جمعيتكم؟"),
        QuestionKind::Languages,
    );
    languages.profile_linked = true;
    let mut members = question(
        "members",
        t("Wie viele Menschen engagieren sich aktiv?", "How many people are actively involved?", "كم عدد الأشخاص الناشطين؟"),
        QuestionKind::Number { min: 0, max: 5000 },
    );
    members.help = t("Eine Schätzung genügt.", "An estimate will do.", "يكفي التقدير.");
    let mut offers = question(
        "offers",
        t("Was bietet Ihr Verein an?", "What does your association offer?", "ماذا تقدم جمعيتكم؟"),
        QuestionKind::MultipleChoice { options: choices(&OFFERS), other: true },
    );
    offers.required = true;
    let needs = question(
        "needs",
        t("Was sucht Ihr Verein?", "What is your association looking for?", "عمّ تبحث جمعيتكم؟"),
        QuestionKind::MultipleChoice {
            options: choices(&[
                ("rooms", "Räume für Treffen", "Rooms for meetings", "أماكن للاجتماعات"),
                ("partners", "Partner für Projekte", "Partners for projects", "شركاء للمشاريع"),
                ("volunteers", "Ehrenamtliche", "Volunteers", "متطوعون"),
                ("training", "Fortbildung (z. B. Förderanträge)", "Training (e.g. funding applications)", "تدريب (مثل طلبات التمويل)"),
                ("publicity", "Öffentlichkeitsarbeit", "Publicity", "العلاقات العامة"),
            ]),
            other: true,
        },
    );
    let mut challenges = question(
        "challenges",
        t(
            "Vor welchen Herausforderungen steht Ihr Verein?",
            "Which challenges does your association face?",
            "ما التحديات التي تواجهها جمعيتكم؟",
        ),
        QuestionKind::MultipleChoice { options: choices(&CHALLENGES), other: true },
    );
    challenges.required = true;
    let biggest = question(
        "biggest",
        t("Welche ist die größte?", "Which is the biggest?", "ما أكبرها؟"),
        QuestionKind::SingleChoice { options: choices(&CHALLENGES), other: true },
    );
    let has_room = question(
        "has_room",
        t("Hat Ihr Verein eigene Räume?", "Does your association have rooms of its own?", "هل لدى جمعيتكم أماكن خاصة بها؟"),
        QuestionKind::YesNo,
    );
    let mut share = question(
        "share_rooms",
        t(
            "Würden Sie Räume mit anderen Vereinen teilen?",
            "Would you share rooms with other associations?",
            "هل تتشاركون الأماكن مع جمعيات أخرى؟",
        ),
        QuestionKind::YesNo,
    );
    share.condition = Some(Condition { question: "has_room".into(), value: "no".into() });
    let know = question(
        "know_others",
        t(
            "Wie gut kennen Sie die anderen Vereine in Ludwigsburg?",
            "How well do you know the other associations in Ludwigsburg?",
            "ما مدى معرفتكم بالجمعيات الأخرى في لودفيغسبورغ؟",
        ),
        QuestionKind::Scale {
            low: t("gar nicht", "not at all", "لا أعرفها أبداً"), high: t("sehr gut", "very well", "أعرفها جيداً جداً")
        },
    );
    let wishes = question(
        "wishes",
        t("Was wünschen Sie sich vom Netzwerk?", "What do you wish for from the network?", "ماذا تتمنون من الشبكة؟"),
        QuestionKind::LongText,
    );
    Survey {
        title: t("Vereinsbefragung 2019", "Survey of associations 2019", "استطلاع الجمعيات 2019"),
        intro: t(
            "Das Integrationsbüro möchte wissen, was die Vereine in Ludwigsburg anbieten und was sie brauchen. Die Antworten werden beim ersten Netzwerktreffen vorgestellt.",
            "The integration office would like to know what the associations in Ludwigsburg offer and what they need. The answers will be presented at the first network meeting.",
            "يرغب مكتب الاندماج في معرفة ما تقدمه الجمعيات في لودفيغسبورغ وما تحتاجه. ستُعرض الإجابات في أول لقاء للشبكة.",
        ),
        anonymous: true,
        opens_at: Some(OPENS),
        closes_at: Some(CLOSES),
        questionnaire: Questionnaire {
            sections: vec![
                Section { title: t("Ihr Verein", "Your association", "جمعيتكم"), questions: vec![fields, languages, members] },
                Section { title: t("Angebote und Bedarfe", "Offers and needs", "العروض والاحتياجات"), questions: vec![offers, needs] },
                Section { title: t("Herausforderungen", "Challenges", "التحديات"), questions: vec![challenges, biggest, has_room] },
                Section { title: t("Vernetzung", "Networking", "التشبيك"), questions: vec![share, know, wishes] },
            ],
        },
    }
}

/// The offer kinds that go with a field of activity.
fn offers_for(category: &str) -> Option<&'static str> {
    Some(match category {
        "language" => "language_courses",
        "education" => "homework_help",
        "counselling" => "counselling",
        "culture" | "arts" => "culture_events",
        "sport" => "sport",
        "refugees" => "translation",
        "women" => "women_groups",
        "youth" => "youth_work",
        "religion" => "religious_life",
        "family" => "parents_cafe",
        _ => return None,
    })
}

fn keys(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

const WISHES: [&str; 8] = [
    "Einen gemeinsamen Raum, den mehrere Vereine nutzen können.",
    "Hilfe bei Förderanträgen – die Formulare sind sehr kompliziert.",
    "Regelmäßige Treffen, um die anderen Vereine kennenzulernen.",
    "Eine Liste, wer welche Sprachen spricht und dolmetschen kann.",
    "Gemeinsame Feste, damit uns mehr Menschen kennen.",
    "Ansprechpartner im Rathaus, die unsere Fragen beantworten.",
    "Junge Leute für die Vorstandsarbeit gewinnen.",
    "Mehr Austausch zwischen Eltern aus verschiedenen Communities.",
];

/// The answers of the `n`-th answering association, from its profile.
pub fn answers_of(n: usize, categories: &[String], languages: &[String]) -> Answers {
    let mut a = Answers::new();
    a.insert("fields".into(), Answer::Keys(categories.to_vec()));
    a.insert("languages".into(), Answer::Keys(languages.to_vec()));
    a.insert("members".into(), Answer::Number(i64::try_from(8 + (n * 37) % 140).unwrap_or(20)));
    let mut offers: Vec<String> = Vec::new();
    for key in categories.iter().filter_map(|c| offers_for(c)) {
        if !offers.iter().any(|o| o == key) {
            offers.push(key.to_owned());
        }
    }
    let other = (n % 5 == 2).then(|| ["Musikunterricht für Kinder", "Kochabende", "Theatergruppe", "Nähcafé"][n % 4].to_owned());
    if other.is_some() {
        offers.push("other".into());
    }
    a.insert("offers".into(), Answer::Choices { keys: offers, other });
    let needs: &[&str] = match n % 4 {
        0 => &["rooms", "volunteers"],
        1 => &["rooms", "partners", "training"],
        2 => &["volunteers", "publicity"],
        _ => &["rooms", "training"],
    };
    a.insert("needs".into(), Answer::Choices { keys: keys(needs), other: None });
    let mut challenges = vec!["room", "money"];
    if n % 8 != 3 {
        challenges.push("volunteers");
    }
    if n % 3 != 1 {
        challenges.push("bureaucracy");
    }
    if n.is_multiple_of(4) {
        challenges.push("language");
    }
    if n % 5 == 1 {
        challenges.push("succession");
    }
    if n == 6 {
        challenges = vec!["money", "volunteers", "visibility"];
    }
    let other = (n % 7 == 4).then(|| "Versicherung für Veranstaltungen".to_owned());
    let mut challenges = keys(&challenges);
    if other.is_some() {
        challenges.push("other".into());
    }
    a.insert("challenges".into(), Answer::Choices { keys: challenges, other });
    let biggest = ["room", "money", "room", "volunteers", "bureaucracy"][n % 5];
    a.insert("biggest".into(), Answer::Choice { key: biggest.into(), other: None });
    let has_room = n % 4 == 1;
    a.insert("has_room".into(), Answer::YesNo(has_room));
    if !has_room {
        a.insert("share_rooms".into(), Answer::YesNo(n % 6 != 5));
    }
    a.insert("know_others".into(), Answer::Number([2, 1, 2, 3, 2, 1, 2, 4][n % 8]));
    if n.is_multiple_of(2) {
        a.insert("wishes".into(), Answer::Text(WISHES[(n / 2) % WISHES.len()].into()));
    }
    a
}

/// Loads the demo survey; `associations` in file order (the first 20 came to the first meeting).
pub async fn load(stores: &Stores, associations: &[OrgId]) -> Result<(), DemoMeetingsError> {
    let first: Vec<OrgId> = associations.iter().take(20).copied().collect();
    let id = stores.survey.create_survey(&NewSurvey { slug: SLUG.into(), survey: survey(), at: OPENS - 7 * DAY }).await?;
    let orgs = stores.directory.published_organisations().await?;
    let mut n = 0;
    for (i, org) in first.iter().enumerate() {
        // The demo never hands these links out: a fixed, unguessable-looking hash per association.
        let hash = format!("demo-survey-link-{}", org.0);
        stores.survey.invite(id, *org, &hash, OPENS).await?;
        if SILENT.contains(&i) {
            continue;
        }
        let Some(profile) = orgs.iter().find(|o| o.id == *org).map(|o| &o.profile) else { continue };
        let languages: Vec<String> = profile.languages.iter().map(|l| l.as_str().to_owned()).collect();
        let answers = answers_of(n, &profile.categories, &languages);
        let at = OPENS + i64::try_from(3 + n * 2).unwrap_or(3) * DAY;
        let save = SaveResponse { answers: &answers, section: 3, at, submit: true, profile_consent: false };
        stores.survey.save_response(id, *org, &save).await?;
        n += 1;
    }
    tracing::info!(survey = SLUG, responses = n, "demo survey loaded");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_questionnaire_passes_its_checks() {
        assert_eq!(domain::survey::check_questionnaire(&survey().questionnaire), Ok(()));
    }

    #[test]
    fn demo_answers_pass_the_answer_checks() {
        let s = survey();
        let cats = keys(&["culture", "language", "education", "women", "sport"]);
        for n in 0..16 {
            let answers = answers_of(n, &cats, &keys(&["de", "tr"]));
            let raw = domain::survey::to_raw(&answers);
            for (key, answer) in &answers {
                let q = s.questionnaire.question(key).unwrap_or_else(|| panic!("{key} is no question"));
                assert_eq!(domain::survey::parse_answer(q, &raw, &cats).as_ref(), Ok(&Some(answer.clone())), "{key} of {n}");
            }
        }
    }
}
