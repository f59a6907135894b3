//! The per-language term list (`locales/terms.toml`) held against every `.ftl` file: a German
//! term is never translated with a word reserved for another term, nor with a word the list
//! rejects; Ukrainian and Russian address the reader with a capital Ви/Вы; every message of the
//! machine-drafted languages says so in its own comment.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

const DRAFTED: [&str; 5] = ["tr", "ar", "uk", "ru", "fa"];
const TRANSLATED: [&str; 6] = ["en", "tr", "ar", "uk", "ru", "fa"];

#[derive(Deserialize)]
struct TermList {
    term: Vec<Term>,
}

#[derive(Deserialize)]
struct Term {
    concept: String,
    de: Vec<String>,
    #[serde(default)]
    de_except: Vec<String>,
    #[serde(flatten)]
    languages: BTreeMap<String, Words>,
}

#[derive(Deserialize)]
struct Words {
    word: String,
    forms: Vec<String>,
    #[serde(default)]
    avoid: Vec<String>,
    #[serde(default, rename = "except")]
    except: Vec<String>,
}

/// One message of a `.ftl` file: its id, its whole text (value, variants and attributes) and the
/// comment lines right above it.
struct Message {
    id: String,
    text: String,
    comment: Vec<String>,
}

fn locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

fn term_list() -> TermList {
    let text = std::fs::read_to_string(locales().join("terms.toml")).expect("locales/terms.toml");
    toml::from_str(&text).expect("terms.toml parses")
}

fn parse(source: &str) -> Vec<Message> {
    let mut messages: Vec<Message> = Vec::new();
    let mut comment = Vec::new();
    let mut open = false;
    for line in source.lines() {
        if line.starts_with('#') {
            comment.push(line.to_owned());
            open = false;
        } else if line.trim().is_empty() {
            comment.clear();
        } else if line.starts_with(char::is_whitespace) {
            if let (true, Some(last)) = (open, messages.last_mut()) {
                last.text.push('\n');
                last.text.push_str(line);
            }
        } else if let Some((id, value)) = line.split_once('=') {
            messages.push(Message { id: id.trim().to_owned(), text: value.to_owned(), comment: std::mem::take(&mut comment) });
            open = true;
        }
    }
    messages
}

/// `(file name, messages)` of one language, in file order.
fn files(lang: &str) -> Vec<(String, Vec<Message>)> {
    let mut out = Vec::new();
    let dir = locales().join(lang);
    let mut names: Vec<_> = std::fs::read_dir(&dir).expect("locale folder").filter_map(|e| e.ok()).map(|e| e.path()).collect();
    names.sort();
    for path in names {
        if path.extension().is_some_and(|e| e == "ftl") {
            let source = std::fs::read_to_string(&path).expect("ftl file");
            out.push((path.file_name().unwrap_or_default().to_string_lossy().into_owned(), parse(&source)));
        }
    }
    out
}

fn by_id(lang: &str) -> BTreeMap<String, (String, String)> {
    files(lang).into_iter().flat_map(|(file, messages)| messages.into_iter().map(move |m| (m.id, (file.clone(), m.text)))).collect()
}

/// The words of a text in lower case, placeables and variant keys left out, apostrophes as ’.
fn plain(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            '\'' | 'ʼ' => out.push('’'),
            _ if depth == 0 => out.extend(c.to_lowercase()),
            _ => {}
        }
    }
    let mut lines = Vec::new();
    for line in out.lines() {
        // Variant keys such as `[one]` or `*[other]` are syntax, not words.
        let line = line.trim_start();
        let line = line.strip_prefix('*').unwrap_or(line);
        let line = if line.starts_with('[') { line.split_once(']').map_or("", |(_, rest)| rest) } else { line };
        lines.push(line.to_owned());
    }
    lines.join("\n")
}

fn arabic_script(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Whether `form` occurs in `text`: at the start of a word in Latin and Cyrillic script,
/// anywhere in Arabic script.
fn contains(text: &str, form: &str) -> bool {
    let anywhere = form.chars().next().is_some_and(arabic_script);
    text.match_indices(form).any(|(at, _)| anywhere || !text[..at].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '’'))
}

fn german_terms<'t>(terms: &'t [Term], german: &str) -> Vec<&'t Term> {
    terms
        .iter()
        .filter(|term| {
            let mut text = plain(german);
            for except in &term.de_except {
                text = text.replace(except.as_str(), " ");
            }
            term.de.iter().any(|form| contains(&text, form))
        })
        .collect()
}

#[test]
fn the_term_list_covers_every_language() {
    let list = term_list();
    assert!(list.term.len() >= 12, "the glossary's interface terms are listed");
    for term in &list.term {
        for lang in TRANSLATED {
            let words = term.languages.get(lang).unwrap_or_else(|| panic!("{}: no word for {lang}", term.concept));
            assert!(!words.word.is_empty() && !words.forms.is_empty(), "{}: {lang} has a word and its forms", term.concept);
        }
    }
}

#[test]
fn a_listed_german_term_is_not_translated_with_a_word_reserved_for_another() {
    let list = term_list();
    let german = by_id("de");
    let mut problems = Vec::new();
    let mut checked = 0;
    for lang in TRANSLATED {
        for (id, (file, text)) in by_id(lang) {
            let Some((_, source)) = german.get(&id) else { continue };
            let named = german_terms(&list.term, source);
            if named.is_empty() {
                continue;
            }
            checked += 1;
            let mut translation = plain(&text);
            for except in list.term.iter().flat_map(|t| &t.languages[lang].except) {
                translation = translation.replace(except.as_str(), " ");
            }
            for other in &list.term {
                if named.iter().any(|t| t.concept == other.concept) {
                    continue;
                }
                let words = &other.languages[lang];
                if let Some(form) = words.forms.iter().find(|f| contains(&translation, &plain(f))) {
                    let names: Vec<_> = named.iter().map(|t| t.concept.as_str()).collect();
                    problems.push(format!(
                        "{lang}/{file} {id}: German names {names:?}, the translation uses “{form}”, reserved for {}",
                        other.concept
                    ));
                }
            }
            for term in &named {
                let words = &term.languages[lang];
                // A rejected spelling may still be the right word for another term the German names.
                let other_word = |form: &String| named.iter().any(|t| t.languages[lang].forms.iter().any(|f| form.starts_with(f.as_str())));
                if let Some(form) = words.avoid.iter().filter(|f| !other_word(f)).find(|f| contains(&translation, &plain(f))) {
                    problems.push(format!("{lang}/{file} {id}: {} is “{}” in {lang}, not “{form}”", term.concept, words.word));
                }
            }
        }
    }
    assert!(checked > 500, "messages naming listed terms are checked ({checked})");
    assert!(problems.is_empty(), "{} term problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn the_checker_flags_a_reserved_word_and_a_rejected_spelling() {
    let list = term_list();
    let named = german_terms(&list.term, "Für dieses Angebot und Gesuch gibt es { $count } Anfragen.");
    let concepts: Vec<_> = named.iter().map(|t| t.concept.as_str()).collect();
    assert_eq!(concepts, ["need", "offer", "contact request (introduction)"]);
    assert!(german_terms(&list.term, "Vereinbart.").is_empty(), "vereinbart is not Verein");
    let need = &list.term[0].languages["uk"];
    assert!(contains(&plain("Об'єднання шукають: Запит"), "об’єднан"), "apostrophes compared as ’");
    assert!(!need.forms.iter().any(|f| contains(&plain("Запит на контакт"), f)), "a contact request is not a need");
    assert!(contains(&plain("Надіслати { $need } пропозицію"), "пропозиці"));
    assert!(!contains(&plain("{ $need }"), "need"), "placeables are not words");
    assert!(contains("الطلبات", "طلب"), "Arabic script matches inside a word");
    assert!(!contains("unneeded", "need"), "Latin script matches at the start of a word");
}

/// Lower-case forms of the polite “you” that must be capitalised in letters and interfaces.
fn lower_case_polite(lang: &str) -> &'static [&'static str] {
    match lang {
        "uk" => &[
            "ви",
            "вас",
            "вам",
            "вами",
            "ваш",
            "ваша",
            "ваше",
            "ваші",
            "вашого",
            "вашої",
            "вашому",
            "вашим",
            "вашу",
            "вашій",
            "ваших",
            "вашими",
        ],
        "ru" => {
            &["вы", "вас", "вам", "вами", "ваш", "ваша", "ваше", "ваши", "вашего", "вашей", "вашему", "вашим", "вашу", "ваших", "вашими"]
        }
        _ => &[],
    }
}

#[test]
fn ukrainian_and_russian_address_the_reader_with_a_capital() {
    let mut problems = Vec::new();
    for lang in ["uk", "ru"] {
        for (file, messages) in files(lang) {
            for message in messages {
                let words = message.text.split(|c: char| !(c.is_alphabetic() || c == '’' || c == '\''));
                if let Some(word) = words.into_iter().find(|w| lower_case_polite(lang).contains(w)) {
                    problems.push(format!("{lang}/{file} {}: “{word}”", message.id));
                }
            }
        }
    }
    assert!(problems.is_empty(), "lower-case polite address:\n{}", problems.join("\n"));
}

#[test]
fn every_machine_drafted_message_is_marked() {
    let mut unmarked = Vec::new();
    for lang in DRAFTED {
        for (file, messages) in files(lang) {
            for message in messages {
                let marked = message.comment.iter().any(|c| c.starts_with("# machine-drafted") || c.starts_with("# reviewed"));
                if !marked {
                    unmarked.push(format!("{lang}/{file} {}", message.id));
                }
            }
        }
    }
    assert!(
        unmarked.is_empty(),
        "{} messages without a “# machine-drafted” or “# reviewed” comment:\n{}",
        unmarked.len(),
        unmarked.join("\n")
    );
}
