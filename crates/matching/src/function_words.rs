//! The function-word lists the reading rules look for ("für", "nur … und", "Klasse", "Personen"),
//! read once from `data/function_words.txt` (compiled in).

use std::collections::{HashMap, HashSet};

use crate::data_file::{Builtin, DataFile, WordList};
use crate::text::normalise_token;

const FILE: &str = include_str!("../data/function_words.txt");

/// The lists, one per section of the file (see the file for what each is for).
#[derive(Debug, Default)]
pub(crate) struct FunctionWords {
    /// Title words after which the rest only says what an item is for ("Raum *für* Chorprobe").
    pub purpose_words: WordList,
    /// The same for languages that put them after ("düğün *için* salon").
    pub purpose_words_after: WordList,
    /// Endings that make an audience word a group ("Frauen*gruppe*").
    pub group_word_endings: WordList,
    /// Words that make a device a matter of skills ("Handy-*Hilfe*").
    pub help_words: WordList,
    /// Words for a school class ("*Klasse* 8–10").
    pub class_words: WordList,
    /// School levels that stand for classes 1–4 ("*Grundschule*").
    pub primary_level_words: WordList,
    /// School levels that stand for classes 10–13 ("*Oberstufe*").
    pub upper_level_words: WordList,
    /// Language levels and practising words that make a language in a title one being learnt.
    pub learning_words: WordList,
    /// Words after a language in a title that open whom it is for ("Deutsch *für* Frauen").
    pub learners_for_words: WordList,
    /// Learners named after a language in a title ("Deutsch für *Frauen*").
    pub learners_words: WordList,
    /// Words that make a number or a range before them an age ("6–12 *Jahre*").
    pub age_words: WordList,
    /// Words that make a range right after them an age ("*Kinder* 8–10").
    pub age_context_words: WordList,
    /// Words between an age context word and the range ("Kinder *von* 6–12").
    pub age_linking_words: WordList,
    /// Words that make an age after them a lower bound ("*ab* 18 Jahren").
    pub age_from_words: WordList,
    /// Words that make an age after them the oldest, included ("*bis* 27 Jahre").
    pub age_until_words: WordList,
    /// Words that make an age after them the first one left out ("*unter* 18 Jahren").
    pub age_below_words: WordList,
    /// Words for years that may say how long as well as how old ("Jahre", "years").
    pub year_words: WordList,
    /// Words before a number of years that make it a time span ("*für* 1 Jahr").
    pub span_words: WordList,
    /// Words shortly before a number of years that make it an anniversary ("*feiern* wir 10 Jahre").
    pub anniversary_words: WordList,
    /// Words after a number of years that make it a time span ("10 Jahre *lang*").
    pub span_after_words: WordList,
    /// Words that make a number a count of people, normalised like tokens ("40 *Pers.*").
    pub people_words: HashSet<String>,
    /// Words after which a bare number is a group size ("Raum *für* 25"), each with the space
    /// that follows it ("für ").
    pub size_words: WordList,
    /// Words between "nur" and the districts it restricts to.
    pub place_joining_words: WordList,
    /// Words in an offer's title that, with a word for oneself, make it help to do a thing oneself
    /// ("Website-*Sprechstunde*: Vereinsseite selbst bauen").
    pub diy_help_words: WordList,
    /// Words right before a language in a title that put the thing sought in that language
    /// ("… für pflegende Angehörige *auf* Rumänisch").
    pub in_language_words: WordList,
    /// Words between two languages of one list ("Arabisch oder Farsi").
    pub language_joining_words: WordList,
    /// Words that say a group is for women and men together ("gemischte Gruppe").
    pub mixed_words: WordList,
    /// Words by which a need says it interprets itself ("übernehmen wir selbst", "самі").
    pub self_words_interpreting: WordList,
    /// Phrases by which an offer works in any language ("in jeder Sprache", "any language").
    pub any_language_phrases: WordList,
    /// Phrases by which an offer brings its own interpreters ("mit Dolmetscher:innen").
    pub interpreter_phrases: WordList,
    /// Words that make the place of an item that says where it is binding ("oder angrenzend").
    pub near_place_words: WordList,
    /// Words that say an item takes place online ("per Zoom", "онлайн").
    pub online_words: WordList,
    /// Words right after an online word that make it a subject ("Online-Termine", "online forms").
    pub online_objects: WordList,
    /// Words that make a way of taking part one alternative ("vor Ort oder online").
    pub either_words: WordList,
    /// Words of a sentence about the association's own hours ("Büro nur dienstags geöffnet").
    pub own_schedule_words: WordList,
    /// Separable German verb prefixes, written without umlauts.
    pub verb_prefixes: WordList,
    /// Words that, after a time, start a new clause before a weekday.
    pub clause_joins: WordList,
    /// Beginnings of weekday words that start such a clause.
    pub day_starts: WordList,
    /// Words that cancel the part of the day after them.
    pub time_negations: WordList,
    /// Currency words and signs: a number next to one is an amount of money ("250 €", "€ 300").
    pub currency_words: WordList,
    /// Words that start a sentence in a text written without punctuation.
    pub unpunctuated_sentence_starts: WordList,
    /// Numbers written as words ("zwanzig", "twenty", "yirmi"), normalised, with their value.
    pub number_words: HashMap<String, u32>,
    /// Words that make a single time in a time field an end ("bis 20 Uhr"); found inside words too.
    pub until_words: WordList,
    /// Words that say something costs nothing ("kostenlos", "ehrenamtlich", "безкоштовно").
    pub free_words: WordList,
    /// Words that name a price next to an amount of money ("Kursgebühr", "€/Std.", "fee").
    pub price_words: WordList,
    /// Words that say an offer is paid for ("kostenpflichtig", "ücretli").
    pub paid_words: WordList,
    /// What a need that cannot pay says it has none of ("Geld", "budget", "zahlen").
    pub money_words: WordList,
    /// Words that say it is lacking, before or after a money word ("kein", "yok", "немає").
    pub lack_words: WordList,
    /// Words right before a group of people that say it is not there ("keine Männer", "without
    /// men", "без чоловіків"): the other gender only.
    pub without_words: WordList,
    /// Words for a driver ("Fahrer", "driver", "водієм").
    pub driver_words: WordList,
    /// Words before a driver word that make the driver part of it ("mit Fahrer", "with driver").
    pub with_words: WordList,
    /// One word for "with a driver" ("şoförlü").
    pub with_driver_words: WordList,
    /// Words that make the borrower the driver, with a word of `drive_words` ("ihr fahrt selbst").
    pub self_words: WordList,
    /// Words for driving or bringing a driver, near a word of `self_words` ("fahrt", "mitbringen").
    pub drive_words: WordList,
    /// Words that say the one offering drives ("fährt", "drives").
    pub drives_words: WordList,
    /// Words for a driving licence ("Führerschein", "licence").
    pub licence_words: WordList,
    /// Words that say nobody has a licence ("keiner", "niemand", "nobody").
    pub nobody_words: WordList,
    /// The subject after the verb in a clause an offer ends with a negation ("… machen wir nicht").
    pub trailing_subjects: WordList,
    /// Words that may stand between that subject and the negation ("leider", "auch").
    pub trailing_fillers: WordList,
    /// The negations that end such a clause ("nicht", "niemanden", "keine").
    pub trailing_negations: WordList,
    /// A negation before the verb that ends a clause ("… мы не предлагаем", "… ми не робимо").
    pub verb_negations: WordList,
    /// The subject before such a negation ("мы", "ми").
    pub verb_subjects: WordList,
    /// Words that say something is regular ("wöchentlich", "langfristig", "weekly").
    pub regular_words: WordList,
    /// Words that make the weekday or period after them a rhythm ("jeden", "every", "her").
    pub every_words: WordList,
    /// Periods after such a word ("Woche", "month", "hafta").
    pub period_words: WordList,
    /// Words that say something happens once ("einmalig", "seferlik", "разово").
    pub once_words: WordList,
    /// Words for someone sought to do a thing ("jemanden", "someone", "хтось").
    pub someone_words: WordList,
    /// Words after those that say what the one sought is to do ("der", "who", "to").
    pub doer_words: WordList,
    /// Words for lending things ("verleihen", "lend", "ödünç").
    pub lend_words: WordList,
    /// Words by which a need asks for things to keep ("behalten", "у власність", "to keep").
    pub keep_words: WordList,
    /// Words for bringing lent things back ("Rückgabe", "zurückbringen", "return").
    pub return_words: WordList,
    /// Words by which a course teaches to do a thing oneself ("selbst bauen", "yourself").
    pub diy_words: WordList,
    /// Question words opening a title that asks for someone ("Wer baut uns …?").
    pub who_words: WordList,
}

static BUILTIN: Builtin<FunctionWords> = Builtin::new(|| FunctionWords::parse(FILE));

impl FunctionWords {
    /// The lists shipped with the crate.
    pub fn builtin() -> &'static FunctionWords {
        BUILTIN.get()
    }

    /// Problems found in the shipped file; empty when it is well-formed.
    pub fn builtin_warnings() -> &'static [String] {
        BUILTIN.warnings()
    }

    fn parse(text: &str) -> (FunctionWords, Vec<String>) {
        let file = DataFile::parse("function_words.txt", text);
        let list = |name: &str| WordList::from(&file.section(name));
        let normalised = |name: &str| WordList::new(file.section(name).words().map(normalise_token));
        let words = FunctionWords {
            purpose_words: list("purpose_words"),
            purpose_words_after: list("purpose_words_after"),
            group_word_endings: list("group_word_endings"),
            help_words: list("help_words"),
            class_words: list("class_words"),
            primary_level_words: list("primary_level_words"),
            upper_level_words: list("upper_level_words"),
            learning_words: normalised("learning_words"),
            learners_for_words: normalised("learners_for_words"),
            learners_words: normalised("learners_words"),
            age_words: normalised("age_words"),
            age_context_words: normalised("age_context_words"),
            age_linking_words: normalised("age_linking_words"),
            age_from_words: normalised("age_from_words"),
            age_until_words: normalised("age_until_words"),
            age_below_words: normalised("age_below_words"),
            year_words: normalised("year_words"),
            span_words: normalised("span_words"),
            anniversary_words: normalised("anniversary_words"),
            span_after_words: normalised("span_after_words"),
            people_words: file.section("people_words").words().map(normalise_token).collect(),
            size_words: WordList::new(file.section("size_words").words().map(|w| format!("{w} "))),
            place_joining_words: list("place_joining_words"),
            language_joining_words: normalised("language_joining_words"),
            mixed_words: normalised("mixed_words"),
            self_words_interpreting: normalised("self_words_interpreting"),
            any_language_phrases: list("any_language_phrases"),
            interpreter_phrases: list("interpreter_phrases"),
            own_schedule_words: list("own_schedule_words"),
            online_words: normalised("online_words"),
            online_objects: normalised("online_objects"),
            either_words: normalised("either_words"),
            near_place_words: normalised("near_place_words"),
            verb_prefixes: list("verb_prefixes"),
            clause_joins: list("clause_joins"),
            day_starts: list("day_starts"),
            time_negations: list("time_negations"),
            until_words: list("until_words"),
            currency_words: list("currency_words"),
            free_words: normalised("free_words"),
            price_words: normalised("price_words"),
            paid_words: normalised("paid_words"),
            money_words: normalised("money_words"),
            lack_words: normalised("lack_words"),
            without_words: normalised("without_words"),
            in_language_words: normalised("in_language_words"),
            diy_help_words: normalised("diy_help_words"),
            driver_words: normalised("driver_words"),
            with_words: normalised("with_words"),
            with_driver_words: normalised("with_driver_words"),
            self_words: normalised("self_words"),
            drive_words: normalised("drive_words"),
            drives_words: normalised("drives_words"),
            licence_words: normalised("licence_words"),
            nobody_words: normalised("nobody_words"),
            trailing_subjects: normalised("trailing_subjects"),
            trailing_fillers: normalised("trailing_fillers"),
            trailing_negations: normalised("trailing_negations"),
            verb_negations: normalised("verb_negations"),
            verb_subjects: normalised("verb_subjects"),
            regular_words: normalised("regular_words"),
            every_words: normalised("every_words"),
            period_words: normalised("period_words"),
            once_words: normalised("once_words"),
            someone_words: normalised("someone_words"),
            lend_words: normalised("lend_words"),
            keep_words: normalised("keep_words"),
            return_words: normalised("return_words"),
            diy_words: normalised("diy_words"),
            who_words: normalised("who_words"),
            doer_words: normalised("doer_words"),
            unpunctuated_sentence_starts: normalised("unpunctuated_sentence_starts"),
            number_words: file
                .pairs::<Vec<(String, String)>>("number_words")
                .into_iter()
                .filter_map(|(word, value)| match value.parse::<u32>() {
                    Ok(n) => Some((normalise_token(&word), n)),
                    Err(_) => {
                        file.warn(format!("function_words.txt: `[number_words]` value `{value}` of `{word}` is not a number"));
                        None
                    }
                })
                .collect(),
        };
        (words, file.finish())
    }
}

#[cfg(test)]
mod tests {
    use super::FunctionWords;

    #[test]
    fn shipped_lists_parse_without_warnings() {
        assert_eq!(FunctionWords::builtin_warnings(), &[] as &[String]);
        let words = FunctionWords::builtin();
        assert!(words.purpose_words.contains("für") && words.purpose_words.contains("برای"));
        assert!(words.people_words.contains("pers") && words.people_words.contains("اشخاص"));
        assert!(words.clause_joins.contains("&"));
        assert_eq!(words.number_words.get("zwanzig"), Some(&20));
        assert_eq!(words.number_words.get("اربعه"), Some(&4), "Arabic keys are normalised like the text");
        assert_eq!(words.number_words.get("пять"), Some(&5), "Ukrainian пʼять reads as the tokenizer gives it");
    }

    #[test]
    fn a_renamed_list_is_reported() {
        let (words, warnings) = FunctionWords::parse(&super::FILE.replace("[help_words]", "[helping_words]"));
        assert!(words.help_words.iter().next().is_none());
        assert!(warnings.iter().any(|w| w.contains("`[help_words]` missing")), "{warnings:?}");
        assert!(warnings.iter().any(|w| w.contains("unknown section `[helping_words]`")), "{warnings:?}");
    }
}
