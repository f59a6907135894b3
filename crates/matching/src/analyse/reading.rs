//! The first stages of reading an item: its texts as tokens with the concepts found in them
//! ([`Texts`]), then what the concepts say, field by field ([`Reading`]).

use std::collections::{BTreeSet, HashMap};

use super::parts::{bump, concept_positions, devices_taught, is_group_word, marker_positions, modifier_range, near_window};
use super::when::{clause_map, day_mask, negated_positions, trailing_negations, turkish_negative_verbs};
use super::Exclusive;
use crate::abbreviations::expand_abbreviations;
use crate::category::CategoryList;
use crate::lexicon::{ConceptId, ConceptKind, Hit, Lexicon, Marker, TokenCache, Typed};
use crate::model::{Audience, Item, Weekday};
use crate::schedule::TimeRange;
use crate::text::tokenize_sentences;

/// Weight of a concept found in the title, relative to one found only in the description.
const TITLE_WEIGHT: f32 = 1.0;
const DESCRIPTION_WEIGHT: f32 = 0.5;
/// How many tokens apart "only"/"required" may stand from what they qualify.
const MARKER_WINDOW: usize = 4;
/// Title concepts at least this heavy say what an item is about (context words weigh less).
pub(super) const ANCHOR_WEIGHT: f32 = 0.7;
/// A broader concept found through a narrower one counts less than the narrower one.
const PARENT_WEIGHT: f32 = 0.7;
/// Weight of a title concept that only says what the item is for ("Raum für *Folkloreprobe*").
const TITLE_MODIFIER_WEIGHT: f32 = 0.6;

/// How much the subjects of a side remark count, relative to the rest of the description.
const ASIDE_FACTOR: f32 = 0.4;

/// The sentences of a description that are side remarks: they name a subject (a topic concept)
/// but share no topic concept and no word with the title ("Der Verein betreibt außerdem einen
/// Chor" under "Rechtsberatung für Geflüchtete"). Long formal profile texts are full of them;
/// what they name is not what the item offers or seeks. The first sentence, and sentences that
/// name no subject (days, numbers, contact), are never side remarks.
fn aside_sentences(title: &FieldHits, description: &FieldHits, lex: &Lexicon) -> Vec<bool> {
    let is_topic = |h: &Hit| lex.concept(h.concept).is_some_and(|c| c.kind == ConceptKind::Topic);
    let title_concepts: Vec<ConceptId> = title.hits.iter().filter(|h| is_topic(h)).map(|h| h.concept).collect();
    let key = |t: &str| -> Option<String> { (t.chars().count() >= 4 && !lex.is_stopword(t)).then(|| t.chars().take(5).collect()) };
    let title_words: Vec<String> = title.tokens.iter().filter_map(|t| key(t)).collect();
    let count = description.sentences.last().map_or(0, |s| *s as usize + 1);
    let mut names_topic = vec![false; count];
    let mut related = vec![false; count];
    for h in description.hits.iter().filter(|h| is_topic(h)) {
        let s = description.sentences[h.pos] as usize;
        names_topic[s] = true;
        related[s] |= title_concepts.contains(&h.concept);
    }
    for (t, s) in description.tokens.iter().zip(&description.sentences) {
        if key(t).is_some_and(|k| title_words.contains(&k)) {
            related[*s as usize] = true;
        }
    }
    // The first sentence says what the item is, in other words than the title ("Ferienprogramm"
    // – "Sommerferien: Tagesausflüge für 10–14 J."); side remarks follow it.
    names_topic.iter().zip(&related).enumerate().map(|(i, (n, r))| i > 0 && *n && !r).collect()
}

/// How often an item says it happens (`Texts::frequency`).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Frequency {
    /// Regularly: "jeden Freitag", "wöchentlich", "langfristig", "every week".
    pub regular: bool,
    /// Once: "einmalig", "one-off", "bir kerelik".
    pub once: bool,
    /// Regular only: "nur regelmäßig", "nur langfristig".
    pub only_regular: bool,
    /// Regular negated: "nicht regelmäßig", "no regular".
    pub not_regular: bool,
    /// Once negated: "keine einmaligen Einsätze", "not one-off".
    pub not_once: bool,
}

impl Frequency {
    /// A need for something regular, and not (also) once.
    pub fn wants_regular(&self) -> bool {
        self.regular && !self.once
    }

    /// A need for one occasion, and not (also) something regular.
    pub fn wants_once(&self) -> bool {
        self.once && !self.regular
    }

    /// An offer given once only: it says once and not regularly, or rules regular out.
    pub fn gives_once_only(&self) -> bool {
        (self.once && !self.regular) || self.not_regular
    }

    /// An offer for regular commitments only: "nur langfristig", "keine einmaligen Einsätze".
    pub fn gives_regular_only(&self) -> bool {
        self.only_regular || (self.not_once && !self.once)
    }
}

/// One text field as tokens, with the concepts found in it.
pub(super) struct FieldHits {
    pub hits: Vec<Hit>,
    pub tokens: Vec<String>,
    /// The sentence each token stands in.
    pub sentences: Vec<u32>,
    /// The clause each token stands in (numbered over title and description), and the time
    /// of day each clause of this field names.
    clauses: Vec<u32>,
    pub clause_times: Vec<Option<TimeRange>>,
    first_clause: u32,
    /// Positions of words that are negated ("nicht freitags", "keine Übersetzungen").
    negated: Vec<usize>,
    /// The negated positions that say something is not there or not done at all ("keine
    /// Ladefläche", "Dolmetschen übernehmen wir nicht"), not that it is closed or taken at times
    /// ("in den Ferien geschlossen").
    denied: Vec<usize>,
}

impl FieldHits {
    fn read(text: &str, first_clause: u32, typed: Typed, lex: &Lexicon, cache: &mut TokenCache) -> FieldHits {
        let (typed_tokens, sentences) = tokenize_sentences(text);
        // Arabizi, Finglish and Turkish without its letters read as the words they stand for.
        let tokens = lex.romanise(&typed_tokens, typed, cache);
        let mut hits = lex.find(&tokens, typed.turkish(), cache);
        devices_taught(lex, &mut hits, &tokens, &sentences);
        let (clauses, clause_times) = clause_map(text, tokens.len());
        let (mut denied, unavailable) = negated_positions(lex, &hits, &tokens, &sentences);
        denied.extend(trailing_negations(text, tokens.len()));
        denied.extend(turkish_negative_verbs(&tokens, &sentences, typed.turkish()));
        denied.sort_unstable();
        denied.dedup();
        let mut negated = [&denied[..], &unavailable[..]].concat();
        negated.sort_unstable();
        negated.dedup();
        FieldHits { hits, tokens, sentences, clauses, clause_times, first_clause, negated, denied }
    }

    /// Whether a word for someone stands here, followed by what they are to do ("jemanden, der
    /// …", "someone who …", "someone to …").
    fn someone_to_do_at(&self, pos: usize) -> bool {
        let words = crate::function_words::FunctionWords::builtin();
        self.tokens.get(pos).is_some_and(|t| words.someone_words.contains(t))
            && self.tokens.get(pos + 1).is_some_and(|w| words.doer_words.contains(w))
    }

    /// The field's words, without those it negates when `drop_negated` (an offer: what it says it
    /// does not do or have, "keine Übernachtungen", is not among its words, as it is not among its
    /// subjects); borrowed unless a word is left out.
    pub fn words_said(&self, drop_negated: bool) -> std::borrow::Cow<'_, [String]> {
        if !drop_negated || self.negated.is_empty() {
            return std::borrow::Cow::Borrowed(&self.tokens);
        }
        std::borrow::Cow::Owned(self.tokens.iter().enumerate().filter(|(i, _)| !self.is_negated(*i)).map(|(_, t)| t.clone()).collect())
    }

    /// Whether the word at `pos` is negated ("keine Übernachtungen").
    pub fn is_negated(&self, pos: usize) -> bool {
        self.negated.contains(&pos)
    }

    /// Whether a word of `list` stands up to `before` words before `pos` or `after` words after
    /// it (not at `pos`), in the same sentence.
    pub fn word_near(&self, pos: usize, list: &crate::data_file::WordList, before: usize, after: usize) -> bool {
        (pos.saturating_sub(before)..=pos + after)
            .any(|p| p != pos && self.sentences.get(p) == self.sentences.get(pos) && self.tokens.get(p).is_some_and(|w| list.contains(w)))
    }

    /// The clause of a token, numbered over title and description.
    fn clause_of(&self, pos: usize) -> u32 {
        self.first_clause + self.clauses.get(pos).copied().unwrap_or(0)
    }
}

/// Whether a word of lack stands right before or after the language at `pos` ("kein Deutsch",
/// "Almancaları yetmiyor"), or before the word of speaking right before it ("не говорять
/// німецькою"); not "Erfahrung nicht nötig, Deutsch A2 reicht", nor a requirement waived ("Deutsch
/// nicht erforderlich": a word of `required_pos` right after the lack).
fn lacks_language(
    field: &FieldHits,
    pos: usize,
    skill_pos: &[usize],
    required_pos: &[usize],
    lack_words: &crate::data_file::WordList,
) -> bool {
    let waived = required_pos.contains(&(pos + 2));
    let after_speaking = pos.checked_sub(1).is_some_and(|p| skill_pos.contains(&p));
    field.word_near(pos, lack_words, 1, 0)
        || (!waived && field.word_near(pos, lack_words, 0, 1))
        || (after_speaking && field.word_near(pos, lack_words, 2, 0))
}

/// Whether the sentence of a word seeks someone to do a thing ("jemanden, der es auf Arabisch
/// erklärt", "someone who explains it in Farsi", "کسی که به فارسی توضیح دهد").
fn seeks_someone_in_sentence(field: &FieldHits, pos: usize) -> bool {
    let sentence = field.sentences.get(pos);
    (0..field.tokens.len()).any(|p| field.sentences.get(p) == sentence && field.someone_to_do_at(p))
}

/// Stage 1: the title and description of an item, card abbreviations written out, as tokens
/// with their concepts.
pub(super) struct Texts {
    pub title: FieldHits,
    pub description: FieldHits,
    /// Title and description as written out, one text.
    pub full: String,
    /// An ambiguous word for a person in a role was dropped ("Trainerinnen" of a job-application
    /// training): the item still names people in a role.
    pub dropped_role: bool,
}

impl Texts {
    pub fn read(item: &Item, lex: &Lexicon, cache: &mut TokenCache) -> Texts {
        let typed = Typed::for_text_lang(item.text_lang.as_deref());
        // Card-style abbreviations ("Di+Do vorm.", "f. 20 Pers.", "nur WE") written out first.
        let title_text = expand_abbreviations(&item.title);
        let desc_text = expand_abbreviations(&item.description);
        let full = format!("{title_text}\n{desc_text}");
        let mut title = FieldHits::read(&title_text, 0, typed, lex, cache);
        let mut description = FieldHits::read(&desc_text, title.clause_times.len() as u32, typed, lex, cache);
        let explicit = item.category.as_deref().and_then(|c| CategoryList::builtin().find(c));
        let dropped_role = drop_ambiguous(&mut title, &mut description, explicit, lex);
        Texts { title, description, full, dropped_role }
    }

    /// Whether a text says the item's place binds: a word for "next door" or "near"
    /// ("oder angrenzend", "або поруч", "أو قريب") in a sentence without a wish or a negation.
    pub fn near_bound(&self, lex: &Lexicon) -> bool {
        let words = &crate::function_words::FunctionWords::builtin().near_place_words;
        [&self.title, &self.description].into_iter().any(|field| {
            let wishes = marker_positions(lex, &field.hits, Marker::Preferred);
            field.tokens.iter().enumerate().any(|(pos, t)| {
                words.contains(t) && !field.negated.contains(&pos) && !wishes.iter().any(|w| field.sentences[*w] == field.sentences[pos])
            })
        })
    }

    /// Whether the texts say the item takes place on site ("vor Ort", "in person", "очно"),
    /// not negated.
    pub fn says_on_site(&self, lex: &Lexicon) -> bool {
        [&self.title, &self.description]
            .into_iter()
            .any(|f| marker_positions(lex, &f.hits, Marker::OnSite).iter().any(|p| !f.negated.contains(p)))
    }

    /// Whether the item takes place online only: a text names it online ("per Zoom", "online
    /// advice", "онлайн"), not negated, not as one alternative ("vor Ort oder online") or an
    /// addition ("auch online"), not as what it is about ("Online-Termine", "online forms": a
    /// word of `[online_objects]` right after), and says nothing of being on site.
    pub fn online_only(&self, lex: &Lexicon) -> bool {
        let words = crate::function_words::FunctionWords::builtin();
        let online = |field: &FieldHits| {
            let also = marker_positions(lex, &field.hits, Marker::Also);
            field.tokens.iter().enumerate().any(|(pos, t)| {
                let near = |p: usize| p.abs_diff(pos) <= 2 && field.sentences.get(p) == field.sentences.get(pos);
                // "Online-Termine", "online forms", "Videoanruf mit der Familie": a subject.
                let subject = field.tokens.get(pos + 1).is_some_and(|w| words.online_objects.contains(w))
                    && field.sentences.get(pos + 1) == field.sentences.get(pos);
                words.online_words.contains(t)
                    && !subject
                    && !field.negated.contains(&pos)
                    && !also.iter().any(|&p| p < pos && near(p))
                    && !field.tokens.iter().enumerate().any(|(p, w)| near(p) && words.either_words.contains(w))
            })
        };
        (online(&self.title) || online(&self.description)) && !self.says_on_site(lex)
    }

    /// Whether a need says it cannot pay: its title calls what it seeks free or voluntary
    /// ("Fotograf*in – ehrenamtlich", "Kostenlose Übersetzung"; not "Kurs für Ehrenamtliche",
    /// who it is for), or a text says it has no money
    /// ("kein Budget", "können nichts zahlen", "no money", "bütçemiz yok": a word of
    /// `[money_words]` with a word of `[lack_words]` up to two words before or after it).
    pub fn cannot_pay(&self, lex: &Lexicon) -> bool {
        let words = crate::function_words::FunctionWords::builtin();
        let lacks = |field: &FieldHits| {
            field.tokens.iter().enumerate().any(|(pos, t)| words.money_words.contains(t) && field.word_near(pos, &words.lack_words, 2, 2))
        };
        // "Erste-Hilfe-Kurs für Ehrenamtliche", "Training for our volunteer coordinator": who it
        // is for, not how it is paid.
        let tokens = &self.title.tokens;
        let purpose = |p: usize| tokens.get(p).is_some_and(|t| words.purpose_words.contains(t));
        let for_whom = |pos: usize| pos > 0 && (purpose(pos - 1) || (pos > 1 && purpose(pos - 2) && lex.is_stopword(&tokens[pos - 1])));
        tokens.iter().enumerate().any(|(pos, t)| words.free_words.contains(t) && !for_whom(pos))
            || lacks(&self.title)
            || lacks(&self.description)
    }

    /// Whether an offer charges for what it gives: it names a price ("Kursgebühr 180 €", "20
    /// €/Std.") or says it is paid for ("kostenpflichtig", "ücretli"), and calls itself free
    /// nowhere ("kostenlos", "ehrenamtlich": then an amount is a deposit or material).
    pub fn charges(&self) -> bool {
        let words = crate::function_words::FunctionWords::builtin();
        !self.names_any(&words.free_words) && (self.names_any(&words.paid_words) || super::parts::names_price(&self.full))
    }

    /// Whether a need asks for a vehicle with its driver: "mit Fahrer", "samt Fahrer:in", "with a
    /// driver", "şoförlü", "фургон з водієм" (not after a wish: "möglichst mit Fahrer"), or it says
    /// nobody has a licence ("Keiner von uns hat einen Führerschein", "nobody has a licence").
    pub fn needs_driver(&self, lex: &Lexicon) -> bool {
        let words = crate::function_words::FunctionWords::builtin();
        [&self.title, &self.description].into_iter().any(|f| {
            let wishes = marker_positions(lex, &f.hits, Marker::Preferred);
            let same = |a: usize, b: usize| f.sentences.get(a) == f.sentences.get(b);
            f.tokens.iter().enumerate().any(|(pos, t)| {
                // "mit Fahrer", "with a driver", "mit unserem Fahrer"; not "mit Laderaum – Fahrer
                // haben wir selbst".
                let with = |p: usize| words.with_words.contains(&f.tokens[p]) && same(p, pos);
                let with_driver = words.with_driver_words.contains(t)
                    || (words.driver_words.contains(t)
                        && ((pos >= 1 && with(pos - 1)) || (pos >= 2 && with(pos - 2) && lex.is_stopword(&f.tokens[pos - 1]))));
                let wished = wishes.iter().any(|&w| w < pos && pos - w <= 4 && same(w, pos));
                let no_licence = words.licence_words.contains(t) && f.word_near(pos, &words.nobody_words, 5, 0);
                (with_driver && !wished) || no_licence
            })
        })
    }

    /// Whether an offer lends a vehicle its borrower drives: "ohne Fahrer", "ihr fahrt selbst",
    /// "drive it yourselves", or it asks for a licence ("Führerschein Klasse B nötig") without
    /// giving a driver ("mit unserem Fahrer", "with driver") or being one ("Rentner fährt gern").
    pub fn self_drive(&self) -> bool {
        let words = crate::function_words::FunctionWords::builtin();
        let fields = [&self.title, &self.description];
        let without_driver = fields.iter().any(|f| {
            f.tokens.iter().enumerate().any(|(pos, t)| {
                (words.driver_words.contains(t) && (pos.checked_sub(1)).is_some_and(|p| words.lack_words.contains(&f.tokens[p])))
                    || (words.self_words.contains(t) && f.word_near(pos, &words.drive_words, 3, 3))
            })
        });
        let gives_driver = fields.iter().any(|f| {
            f.tokens.iter().enumerate().any(|(pos, t)| {
                words.with_driver_words.contains(t) || (words.driver_words.contains(t) && f.word_near(pos, &words.with_words, 3, 0))
            })
        });
        // A driver offered ("Fahrer*innen-Pool", "Rentner fährt gern – FS Kl. B") has a licence,
        // and asks for none.
        let drives = self.title.tokens.iter().any(|t| words.driver_words.contains(t)) || self.names_any(&words.drives_words);
        let asks_licence = self.names_any(&words.licence_words);
        without_driver || (asks_licence && !gives_driver && !drives)
    }

    /// Whether a word of `list` stands in the title or the description.
    pub fn names_any(&self, list: &crate::data_file::WordList) -> bool {
        [&self.title, &self.description].into_iter().any(|f| f.tokens.iter().any(|t| list.contains(t)))
    }

    /// Whether an offer says it works in any language ("in jeder Sprache", "any language"), or,
    /// when it names no language of its own but German (`only_german`), that it brings its own
    /// interpreters ("mit Dolmetscher:innen", "with an interpreter").
    pub fn works_in_any_language(&self, only_german: bool) -> bool {
        let words = crate::function_words::FunctionWords::builtin();
        let lower = self.full.to_lowercase();
        let says = |phrases: &crate::data_file::WordList| phrases.iter().any(|p| lower.contains(p));
        says(&words.any_language_phrases) || (only_german && says(&words.interpreter_phrases))
    }

    /// Whether a need says it interprets or translates itself: a word of
    /// `[self_words_interpreting]` within six words of an interpreting or translating word in its
    /// sentence, with no negation between them ("das Dolmetschen ins Dari übernimmt der Verein
    /// selbst"; not "Übersetzen können wir nicht selbst").
    pub fn interprets_itself(&self, lex: &Lexicon) -> bool {
        let words = crate::function_words::FunctionWords::builtin();
        let special = lex.special();
        let mediation = [special.interpreting, special.written_translation, special.language_mediation];
        [&self.title, &self.description].into_iter().any(|f| {
            f.hits.iter().filter(|h| mediation.contains(&h.concept)).any(|h| {
                (h.pos.saturating_sub(6)..=h.pos + 6).any(|p| {
                    let (a, b) = (p.min(h.pos), p.max(h.pos));
                    f.sentences.get(p) == f.sentences.get(h.pos)
                        && f.tokens.get(p).is_some_and(|w| words.self_words_interpreting.contains(w))
                        && !(a..=b).any(|q| words.lack_words.contains(&f.tokens[q]))
                })
            })
        })
    }

    /// Whether a need seeks someone to do a thing ("jemanden, der die Anlage bedient", "someone
    /// to design it for us"), not a thing ("Hat jemand einen Rasenmäher?"), and says nothing of
    /// borrowing ("jemanden, der uns einen Bus leiht", "Leihen für 6 Wochen – oder jemand, der
    /// sie mit uns anfertigt").
    pub fn wants_someone(&self) -> bool {
        let words = crate::function_words::FunctionWords::builtin();
        if self.names_any(&words.lend_words) {
            return false;
        }
        // "Wer baut uns eine Webseite?": a title asking who will do it.
        if self.title.tokens.first().is_some_and(|t| words.who_words.contains(t)) {
            return true;
        }
        [&self.title, &self.description].into_iter().any(|f| (0..f.tokens.len()).any(|pos| f.someone_to_do_at(pos)))
    }

    /// Whether an offer is a course or workshop that teaches people to do a thing themselves
    /// ("Workshop: Vereinswebsite selbst bauen", "WordPress-Kurs – baut eure Webseite selbst"):
    /// a course named in the title and a word for oneself in the title.
    pub fn teaches_diy(&self, lex: &Lexicon) -> bool {
        let words = crate::function_words::FunctionWords::builtin();
        let special = lex.special();
        let course = self.title.hits.iter().any(|h| h.concept == special.course || h.concept == special.workshop);
        // "Website-Sprechstunde: Vereinsseite selbst bauen und pflegen": help to do it oneself,
        // also without a course word, where the title says so.
        let helps = self.title.tokens.iter().any(|t| words.diy_help_words.contains(t));
        (course || helps) && self.title.tokens.iter().any(|t| words.diy_words.contains(t))
    }

    /// Whether an offer lends things ("PA-Anlage zu verleihen", "we lend sewing machines"), not
    /// negated ("keine Ausleihe nach Hause"); that nobody in a role comes with them is checked with
    /// the concepts (`complete`).
    pub fn lends(&self) -> bool {
        let words = crate::function_words::FunctionWords::builtin();
        [&self.title, &self.description]
            .into_iter()
            .any(|f| f.tokens.iter().enumerate().any(|(pos, t)| words.lend_words.contains(t) && !f.word_near(pos, &words.lack_words, 2, 0)))
    }

    /// Whether a need asks for things to keep ("Laptops, die die Kinder behalten dürfen", "у
    /// власність", "laptops for school kids to keep"), and says nothing of borrowing ("behalten
    /// oder leihen", "keep or borrow"). English "keep" counts only at the end of its sentence.
    pub fn wants_to_keep(&self) -> bool {
        let words = crate::function_words::FunctionWords::builtin();
        if self.names_any(&words.lend_words) {
            return false;
        }
        [&self.title, &self.description].into_iter().any(|f| {
            f.tokens.iter().enumerate().any(|(pos, t)| {
                words.keep_words.contains(t) && (t != "keep" || f.sentences.get(pos + 1).is_none_or(|s| Some(s) != f.sentences.get(pos)))
            })
        })
    }

    /// Whether the texts speak of bringing things back ("Rückgabe nach dem Wochenende", "return on
    /// Monday"): a lending offer's days are then those of the handover, not of the use.
    pub fn says_return(&self) -> bool {
        self.names_any(&crate::function_words::FunctionWords::builtin().return_words)
    }

    /// How often the texts say something happens: regularly ("jeden Freitag", "wöchentlich",
    /// "langfristig", "every week") or once ("einmalig", "one-off", "bir kerelik"), each not
    /// negated; and what they rule out ("nicht regelmäßig", "keine einmaligen Einsätze").
    pub fn frequency(&self, lex: &Lexicon) -> Frequency {
        let words = crate::function_words::FunctionWords::builtin();
        let mut f = Frequency::default();
        for field in [&self.title, &self.description] {
            let only = marker_positions(lex, &field.hits, Marker::Only);
            let days: Vec<usize> = field
                .hits
                .iter()
                .filter(|h| lex.concept(h.concept).is_some_and(|c| matches!(c.kind, ConceptKind::Days(_))))
                .map(|h| h.pos)
                .collect();
            for (pos, t) in field.tokens.iter().enumerate() {
                let next = pos + 1;
                let rhythm = words.every_words.contains(t)
                    && (days.contains(&next) || field.tokens.get(next).is_some_and(|w| words.period_words.contains(w)));
                let regular = words.regular_words.contains(t) || rhythm;
                let once = words.once_words.contains(t)
                    || (t == "off" && pos > 0 && (field.tokens[pos - 1] == "one" || field.tokens[pos - 1] == "once"));
                // "keine regelmäßigen", "nicht einmalig", "not one-off": a word for "no" up to two
                // words before (not a word after, as in "ausgebucht").
                let start = if t == "off" { pos.saturating_sub(1) } else { pos };
                let reach = if rhythm { 1 } else { 2 };
                let negated = (start.saturating_sub(reach)..start)
                    .any(|p| field.sentences.get(p) == field.sentences.get(pos) && words.lack_words.contains(&field.tokens[p]));
                match (regular, once, negated) {
                    (true, _, false) => {
                        f.regular = true;
                        f.only_regular |=
                            only.iter().any(|&o| o < pos && pos - o <= 2 && field.sentences.get(o) == field.sentences.get(pos));
                    }
                    (true, _, true) => f.not_regular = true,
                    (false, true, false) => f.once = true,
                    (false, true, true) => f.not_once = true,
                    _ => {}
                }
            }
        }
        f
    }

    /// Whether an offer says it translates in writing only: "Nur schriftlich!", "written
    /// translations only", or it rules out interpreting or accompanying ("Kein mündliches
    /// Dolmetschen", "no accompanying to appointments").
    pub fn written_only(&self, lex: &Lexicon) -> bool {
        let special = lex.special();
        [&self.title, &self.description].into_iter().any(|f| {
            let only = marker_positions(lex, &f.hits, Marker::Only);
            f.hits.iter().any(|h| {
                (h.concept == special.written_translation && near_window(&only, h.pos, 3, &f.sentences))
                    || ((h.concept == special.interpreting || h.concept == special.mentoring) && f.is_negated(h.pos))
            })
        })
    }

    /// The times of day of all clauses, title first.
    pub fn clause_times(&self) -> Vec<Option<TimeRange>> {
        self.title.clause_times.iter().chain(&self.description.clause_times).copied().collect()
    }
}

/// The fields (categories) a concept belongs to, as indices of the category list.
fn fields_of(lex: &Lexicon, concept: ConceptId) -> Vec<usize> {
    let list = CategoryList::builtin();
    lex.concept(concept).map(|c| c.categories.iter().filter_map(|name| list.find(name)).collect()).unwrap_or_default()
}

/// Drops the readings of ambiguous words ("Training", "Coach", "Trainer", written `~form` in
/// the lexicon) that the item itself contradicts: when nothing else in it names their field and
/// either its category field names another ("Vorstellungsgespräch-Training" under "Arbeit &
/// Ausbildung" is no sport) or the word before them names a subject of another field
/// ("Bewerbungs-Coaching"). "Training samstags" or "Trainer für die U12" keep their reading.
/// Returns whether a dropped word named a person in a role.
fn drop_ambiguous(title: &mut FieldHits, description: &mut FieldHits, explicit: Option<usize>, lex: &Lexicon) -> bool {
    if !title.hits.iter().chain(&description.hits).any(|h| h.ambiguous) {
        return false;
    }
    let mut dropped_role = false;
    let plain_fields: Vec<Vec<usize>> = title
        .hits
        .iter()
        .chain(&description.hits)
        .filter(|h| !h.ambiguous && lex.concept(h.concept).is_some_and(|c| c.kind == ConceptKind::Topic))
        .map(|h| fields_of(lex, h.concept))
        .collect();
    for field in [title, description] {
        let before: Vec<(usize, Vec<usize>)> = field
            .hits
            .iter()
            .filter(|h| !h.ambiguous && lex.concept(h.concept).is_some_and(|c| c.kind == ConceptKind::Topic))
            .map(|h| (h.pos, fields_of(lex, h.concept)))
            .collect();
        let sentences = field.sentences.clone();
        field.hits.retain(|h| {
            if !h.ambiguous {
                return true;
            }
            let own = fields_of(lex, h.concept);
            if own.is_empty() || plain_fields.iter().any(|f| f.iter().any(|x| own.contains(x))) {
                return true;
            }
            let other_category = explicit.is_some_and(|c| !own.contains(&c));
            let other_before = h.pos > 0
                && sentences.get(h.pos - 1) == sentences.get(h.pos)
                && before.iter().any(|(p, f)| *p == h.pos - 1 && !f.is_empty() && !f.iter().any(|x| own.contains(x)));
            let drop = other_category || other_before;
            dropped_role |= drop && lex.concept(h.concept).is_some_and(|c| c.role);
            !drop
        });
    }
    dropped_role
}

/// Audiences the texts name.
#[derive(Debug, Default)]
pub(super) struct AudienceMentions {
    pub women: bool,
    pub men: bool,
    pub youth: bool,
    pub adult: bool,
    /// Audiences named with "nur" or as a group ("Frauengruppe").
    pub exclusive: BTreeSet<Exclusive>,
}

/// Languages the texts name, and how.
#[derive(Debug, Default)]
pub(super) struct LanguageMentions {
    pub named: BTreeSet<String>,
    /// "erforderlich" near a language or a language skill.
    pub required_near: bool,
    /// The languages named near "erforderlich".
    pub required_named: BTreeSet<String>,
    /// The languages named with "nur", "only" ("Beratung nur auf Deutsch").
    pub only_named: BTreeSet<String>,
    pub skill: BTreeSet<String>,
    pub wished: BTreeSet<String>,
    /// A language named next to a course ("Arabischkurs"), and whether in the title.
    pub learning: bool,
    pub learning_in_title: bool,
    /// The languages the title names as the one taught ("Deutschkurs", "Abendkurs Deutsch").
    pub learnt: BTreeSet<String>,
    /// Languages the title names, not as a language taught ("Gesundheitsinfo vietnamesisch").
    pub in_title: BTreeSet<String>,
    /// German named next to a word of lack ("sprechen kaum Deutsch", "Almancaları yetmiyor",
    /// "не говорять німецькою"): the people the item is about do not speak German.
    pub lacks_german: bool,
}

/// Weekdays the texts name.
#[derive(Debug, Default)]
pub(super) struct DayMentions {
    /// Named without "nur": they count softly.
    pub text_days: Option<BTreeSet<Weekday>>,
    /// Named with "nur": as binding as the weekday field.
    pub only_days: Option<BTreeSet<Weekday>>,
    /// The days named per clause, as bit sets, for the slots.
    pub clause_days: Vec<(u32, u8)>,
}

/// Stage 2: what the concepts found in the texts say.
#[derive(Debug, Default)]
pub(super) struct Reading {
    /// Topic, audience and language concepts with their weights.
    pub weights: HashMap<ConceptId, f32>,
    /// Topic concepts of the title (outside what it is for), with their lexicon weights.
    pub title_topics: Vec<(ConceptId, f32)>,
    /// The title asks for a person in a role, or for someone to lead a group.
    pub title_role: bool,
    pub title_leader: bool,
    pub audience: AudienceMentions,
    pub languages: LanguageMentions,
    pub days: DayMentions,
    pub on_site_only: bool,
    /// Sentences of the description that are side remarks (see `aside_sentences`), by number.
    pub asides: Vec<bool>,
    /// Subjects an offer says it does not do or have (negated topics of an offer).
    pub denied: Vec<ConceptId>,
}

impl Reading {
    /// Reads the concepts of title and description; `offer` tells whether negated topics drop out.
    pub fn of(texts: &Texts, offer: bool, lex: &Lexicon) -> Reading {
        let mut reading = Reading::default();
        let modifiers = modifier_range(&texts.title.tokens);
        let head_has_topic = texts.title.hits.iter().any(|h| {
            !modifiers.contains(&h.pos)
                && !h.via_parent
                && lex.concept(h.concept).is_some_and(|c| c.kind == ConceptKind::Topic && c.weight >= ANCHOR_WEIGHT && !c.role)
        });
        // Title topics that only say what the item is for, when the title names its subject.
        let modifiers = if head_has_topic { modifiers } else { 0..0 };
        reading.read_field(&texts.title, TITLE_WEIGHT, &modifiers, offer, lex);
        // Side remarks of a long description count less, when the title names the subject.
        if head_has_topic {
            reading.asides = aside_sentences(&texts.title, &texts.description, lex);
        }
        reading.read_field(&texts.description, DESCRIPTION_WEIGHT, &(0..0), offer, lex);
        reading
    }

    fn read_field(&mut self, field: &FieldHits, factor: f32, modifiers: &std::ops::Range<usize>, offer: bool, lex: &Lexicon) {
        let special = lex.special();
        let mut only_pos = marker_positions(lex, &field.hits, Marker::Only);
        only_pos.retain(|p| !field.negated.contains(p));
        // "nicht erforderlich", "not required", "şart değil": no requirement.
        let mut required_pos = marker_positions(lex, &field.hits, Marker::Required);
        let (waived_pos, kept): (Vec<usize>, Vec<usize>) = required_pos.iter().partition(|p| field.negated.contains(p));
        required_pos = kept;
        let also_pos = marker_positions(lex, &field.hits, Marker::Also);
        let skill_pos = marker_positions(lex, &field.hits, Marker::LanguageSkill);
        let lack_words = &crate::function_words::FunctionWords::builtin().lack_words;
        let preferred_pos = marker_positions(lex, &field.hits, Marker::Preferred);
        let is_title = factor >= TITLE_WEIGHT;
        // The clauses of a need's description that say what it has ("Bühne ist vorhanden").
        let had_clauses: Vec<u32> = if offer || is_title {
            Vec::new()
        } else {
            marker_positions(lex, &field.hits, Marker::Had).into_iter().map(|p| field.clause_of(p)).collect()
        };
        let course_pos = concept_positions(&field.hits, special.course);
        let near = |positions: &[usize], pos: usize, window: usize| near_window(positions, pos, window, &field.sentences);
        let asides = if is_title { Vec::new() } else { std::mem::take(&mut self.asides) };
        let weights = &mut self.weights;
        let without_words = &crate::function_words::FunctionWords::builtin().without_words;
        let purpose_words = &crate::function_words::FunctionWords::builtin().purpose_words;
        let mut listed_languages: Vec<(usize, &str)> = Vec::new();
        for hit in &field.hits {
            let Some(concept) = lex.concept(hit.concept) else { continue };
            let aside = asides.get(field.sentences[hit.pos] as usize).copied().unwrap_or(false);
            let factor = if aside { factor * ASIDE_FACTOR } else { factor };
            let near_only = near(&only_pos, hit.pos, MARKER_WINDOW);
            let negated = field.negated.contains(&hit.pos);
            match &concept.kind {
                // What an offer says it does not do or have ("keine schriftlichen Übersetzungen",
                // "nicht beglaubigt"); a need's "kein Raum" is what it lacks, so it counts.
                ConceptKind::Topic if negated && offer => {
                    // "nicht für Selbstständige" says whom it is not for, not what it lacks.
                    let for_whom = hit.pos.checked_sub(1).and_then(|p| field.tokens.get(p)).is_some_and(|t| purpose_words.contains(t));
                    if field.denied.contains(&hit.pos) && !for_whom {
                        self.denied.push(hit.concept);
                    }
                }
                // What a need says it has or brings itself is not what it seeks.
                ConceptKind::Topic if had_clauses.contains(&field.clause_of(hit.pos)) => {}
                ConceptKind::Days(_) if negated => {}
                // Whom an offer says it cannot take ("Kinder unter 12 können wir leider nicht
                // aufnehmen") is not its audience.
                ConceptKind::Audience { .. } if negated && offer => {}
                // A side remark names subjects weakly and says nothing about who the item is for
                // or its languages ("Zu unseren Angeboten gehören außerdem Deutschkurse für
                // Frauen" under a room offer); its days and "nur vor Ort" are read as elsewhere
                // (a district name can look like a subject: "Gartenstadt").
                ConceptKind::Audience { .. } | ConceptKind::Language(_) if aside => {}
                ConceptKind::Topic if hit.via_parent => {
                    bump(weights, hit.concept, concept.weight * factor * PARENT_WEIGHT);
                }
                ConceptKind::Topic if is_title && modifiers.contains(&hit.pos) => {
                    bump(weights, hit.concept, concept.weight * TITLE_MODIFIER_WEIGHT);
                }
                ConceptKind::Topic => {
                    bump(weights, hit.concept, concept.weight * factor);
                    if is_title {
                        self.title_topics.push((hit.concept, concept.weight));
                        self.title_role |= concept.role;
                        self.title_leader |= concept.role && hit.concept == special.coach;
                    }
                }
                // "nur, wenn keine Männer dabei sind", "ohne Männer", "no men": the other gender only.
                ConceptKind::Audience { audience: Some(gender @ (Audience::Women | Audience::Men)), .. }
                    if hit.pos.checked_sub(1).is_some_and(|p| without_words.contains(&field.tokens[p])) =>
                {
                    let (other, only) = match gender {
                        Audience::Women => (&mut self.audience.men, Exclusive::Men),
                        _ => (&mut self.audience.women, Exclusive::Women),
                    };
                    *other = true;
                    self.audience.exclusive.insert(only);
                }
                ConceptKind::Audience { audience, adult: is_adult, young } => {
                    bump(weights, hit.concept, concept.weight * factor);
                    let a = &mut self.audience;
                    match audience {
                        Some(Audience::Women) => a.women = true,
                        Some(Audience::Men) => a.men = true,
                        Some(Audience::Youth) => a.youth = true,
                        None => {}
                    }
                    if *is_adult {
                        a.adult = true;
                    }
                    if *young {
                        a.youth = true;
                    }
                    // "nur für Frauen" anywhere; a group word ("Frauengruppe") only in the title:
                    // a description that mentions a women's group that also meets there does not
                    // make a room women-only.
                    let restricts = near_only || (is_title && is_group_word(&field.tokens[hit.pos]));
                    if restricts {
                        match audience {
                            Some(Audience::Women) => a.exclusive.insert(Exclusive::Women),
                            Some(Audience::Men) => a.exclusive.insert(Exclusive::Men),
                            Some(Audience::Youth) if near_only => a.exclusive.insert(Exclusive::Youth),
                            None if *is_adult && near_only => a.exclusive.insert(Exclusive::Adults),
                            _ => false,
                        };
                    }
                }
                // "kein Arabisch", "no English": not a language of the item.
                ConceptKind::Language(code) if negated => {
                    self.languages.lacks_german |= code == "de" && lacks_language(field, hit.pos, &skill_pos, &waived_pos, lack_words);
                }
                // "Kurdisch" right before or after "Sorani" names the variety, not Kurmanji.
                ConceptKind::Language(code) if names_variety_next_to(field, hit.pos, code, lex) => {}
                ConceptKind::Language(code) => {
                    listed_languages.push((hit.pos, code));
                    let l = &mut self.languages;
                    l.named.insert(code.clone());
                    l.lacks_german |= code == "de" && lacks_language(field, hit.pos, &skill_pos, &waived_pos, lack_words);
                    // "Arabischkurs", "Kurs Arabisch": a language taught, not a language spoken.
                    if near(&course_pos, hit.pos, 1) || (is_title && learnt_in_title(field, hit.pos, lex)) {
                        l.learning = true;
                        l.learning_in_title |= is_title;
                        if is_title {
                            l.learnt.insert(code.clone());
                        }
                    } else if (is_title
                        && (!modifiers.contains(&hit.pos) || in_language(field, hit.pos))
                        && !names_people(field, hit.pos, lex))
                        || (!is_title && seeks_someone_in_sentence(field, hit.pos))
                    {
                        l.in_title.insert(code.clone());
                    }
                    // "gerne Arabisch", and a language said not to be required ("Türkçe bilen
                    // olursa iyi ama şart değil"): a wish.
                    // A wish word before the language ("gerne auch zweisprachig (Türkçe)"), or
                    // after it in its clause: not "Arabisch erforderlich, gerne auch Farsi".
                    let wish_here = preferred_pos.iter().any(|&p| {
                        p.abs_diff(hit.pos) <= 4
                            && field.sentences[p] == field.sentences[hit.pos]
                            && (p < hit.pos || field.clauses.get(p) == field.clauses.get(hit.pos))
                    });
                    if wish_here || near(&waived_pos, hit.pos, 8) {
                        l.wished.insert(code.clone());
                    } else if near(&skill_pos, hit.pos, 2) && !field.word_near(hit.pos, lack_words, 2, 0) {
                        // Not "sprechen kaum Deutsch", "не говорят по-немецки": a lack, no skill asked for.
                        l.skill.insert(code.clone());
                    }
                    bump(weights, hit.concept, concept.weight * factor);
                    if near(&required_pos, hit.pos, 6) {
                        l.required_near = true;
                        l.required_named.insert(code.clone());
                    }
                    if near_only {
                        l.only_named.insert(code.clone());
                    }
                }
                ConceptKind::Marker(Marker::OnSite) => {
                    if hit.concept == special.onsite_strict || near_only {
                        self.on_site_only = true;
                    }
                }
                ConceptKind::Marker(Marker::LanguageSkill) => {
                    if near(&required_pos, hit.pos, 6) {
                        self.languages.required_near = true;
                    }
                }
                ConceptKind::Marker(_) => {}
                ConceptKind::Days(_)
                    if also_pos.iter().any(|&p| p < hit.pos && hit.pos - p <= 2 && field.sentences[p] == field.sentences[hit.pos]) => {}
                ConceptKind::Days(days) if near_only && !about_own_hours(field, hit.pos) => {
                    // "nur werktags", "only on Saturdays": as binding as the weekday field, unless
                    // the sentence is about the association's own hours ("Büro nur dienstags
                    // geöffnet"), which the other arm counts softly.
                    self.days.only_days.get_or_insert_with(BTreeSet::new).extend(days.iter().copied());
                    self.days.clause_days.push((field.clause_of(hit.pos), day_mask(days)));
                }
                ConceptKind::Days(days) => {
                    self.days.text_days.get_or_insert_with(BTreeSet::new).extend(days.iter().copied());
                    self.days.clause_days.push((field.clause_of(hit.pos), day_mask(days)));
                }
            }
        }
        self.languages.share_along_lists(&listed_languages, field);
    }
}

impl LanguageMentions {
    /// Languages of one list ("Arabic or Farsi", "ins Türkische und/oder Arabische", "Tigrinya
    /// bzw. Kurmancî") share what the text says of one of them: a skill asked for near the first
    /// word ("speaking Arabic or Farsi") is asked for the list, and so are a requirement and a
    /// wish. `named` holds each language at its position, in order.
    fn share_along_lists(&mut self, named: &[(usize, &str)], field: &FieldHits) {
        let joining = &crate::function_words::FunctionWords::builtin().language_joining_words;
        let mut start = 0;
        for i in 1..=named.len() {
            let joined = i < named.len() && {
                let (before, after) = (named[i - 1].0, named[i].0);
                after > before
                    && after - before <= 3
                    && field.sentences.get(before) == field.sentences.get(after)
                    && field.tokens[before + 1..after].iter().all(|t| joining.contains(t))
            };
            if joined {
                continue;
            }
            let list: Vec<&str> = named[start..i].iter().map(|(_, c)| *c).collect();
            start = i;
            if list.len() < 2 {
                continue;
            }
            for set in [&mut self.wished, &mut self.skill, &mut self.required_named] {
                if list.iter().any(|c| set.contains(*c)) {
                    set.extend(list.iter().map(|c| c.to_string()));
                }
            }
            // A wish for one of the list is not a skill asked for the others.
            if list.iter().any(|c| self.wished.contains(*c)) {
                for c in &list {
                    self.skill.remove(*c);
                }
            }
        }
    }
}

/// A language named in a title is one being learnt when the title names a level or practising
/// ("Deutsch A2 am Abend", "Deutsch sprechen üben", "Deutsch für die Pflege (Niveau B2)"), or when
/// it opens a title that names no subject and says for whom ("Deutsch für Frauen", "Russisch f.
/// Kinder", "deutsch fuer neuankommende", "Німецька для мам з дітьми", "Arabisch Kinder Sa").
/// Not "Türkisch Dolmetschen", "Russisch Begleitung Amt" (a subject), nor "Französisch
/// Elterngespräch" (not for whom).
fn learnt_in_title(field: &FieldHits, pos: usize, lex: &Lexicon) -> bool {
    let words = crate::function_words::FunctionWords::builtin();
    if field.tokens.iter().any(|t| words.learning_words.contains(t)) {
        return true;
    }
    let first = field.tokens.iter().position(|t| !lex.is_stopword(t));
    if first != Some(pos) {
        return false;
    }
    let has_subject = field.hits.iter().any(|h| {
        h.pos != pos && lex.concept(h.concept).is_some_and(|c| c.kind == ConceptKind::Topic && c.weight >= ANCHOR_WEIGHT && !c.role)
    });
    if has_subject {
        return false;
    }
    let learners_at = |p: usize| field.tokens.get(p).is_some_and(|t| words.learners_words.contains(t));
    if field.tokens.get(pos + 1).is_some_and(|t| words.learners_for_words.contains(t)) {
        // "für die Pflege": an article may stand between.
        return (pos + 2..pos + 4).find(|&p| field.tokens.get(p).is_some_and(|t| !lex.is_stopword(t))).is_some_and(learners_at);
    }
    // "Arabisch Kinder Sa", but not the adjective of "Arabische Frauen treffen sich".
    let bare = field.tokens.get(pos).is_some_and(|t| !t.ends_with(['e', 'n', 'r', 's', 'm']));
    bare && learners_at(pos + 1)
}

/// The language at `pos` follows a word that puts what is sought in it ("… für pflegende
/// Angehörige *auf* Rumänisch"): it counts as a title's language even among the words after "für".
fn in_language(field: &FieldHits, pos: usize) -> bool {
    let words = &crate::function_words::FunctionWords::builtin().in_language_words;
    pos.checked_sub(1).and_then(|p| field.tokens.get(p)).is_some_and(|t| words.contains(t))
}

/// The language word at `pos` describes the people after it ("armenische Familien", "ukr.
/// Frauen"), not the language a service is in.
fn names_people(field: &FieldHits, pos: usize, lex: &Lexicon) -> bool {
    field.hits.iter().any(|h| h.pos == pos + 1 && lex.concept(h.concept).is_some_and(|c| matches!(c.kind, ConceptKind::Audience { .. })))
}

/// The sentence of the token at `pos` is about the association's own hours or office ("Unser
/// Büro ist nur dienstags geöffnet"), not about when the item is available.
fn about_own_hours(field: &FieldHits, pos: usize) -> bool {
    let words = &crate::function_words::FunctionWords::builtin().own_schedule_words;
    let sentence = field.sentences[pos];
    field.tokens.iter().zip(&field.sentences).any(|(t, s)| *s == sentence && words.contains(t))
}

/// Whether a language named at `pos` only qualifies a variety of it named next to it
/// ("Kurdisch-Sorani", "Kurdisch (Sorani)", "كردي سوراني"; `language::variety_of`). In a list
/// ("Kurdisch (Kurmandschi, Sorani)") the word before the variety is dropped too; the generic
/// word, or the languages field, still names Kurmanji.
fn names_variety_next_to(field: &FieldHits, pos: usize, code: &str, lex: &Lexicon) -> bool {
    field.hits.iter().any(|h| {
        h.pos.abs_diff(pos) == 1
            && lex
                .concept(h.concept)
                .is_some_and(|c| matches!(&c.kind, ConceptKind::Language(v) if crate::language::variety_of(v) == Some(code)))
    })
}
