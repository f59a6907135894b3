//! Reading the lexicon data files: concept headers, surface forms and their lookup keys.

use std::collections::{HashMap, HashSet};

use super::{Concept, ConceptId, ConceptKind, Lexicon, Marker, Phrase, Special, LEXICON_FILES, STOPWORDS};
use crate::language::{LanguageEntry, LanguageTable};

/// A language named in a text says a little about what an item is about.
const LANGUAGE_WEIGHT: f32 = 0.35;
use crate::model::{Audience, Weekday};
use crate::text::{fold_german, strip_arabic_article, strip_arabic_clitic, without_fleeting_vowel, StemLang, Stemmers};

impl Lexicon {
    /// The neighbouring subjects of every concept (`super::neighbours`), by concept id, sorted.
    fn neighbour_table(&self) -> Vec<Vec<ConceptId>> {
        let ids: Vec<(ConceptId, &Concept)> =
            self.concepts.iter().enumerate().filter_map(|(i, c)| ConceptId::try_from(i).ok().map(|id| (id, c))).collect();
        ids.iter().map(|&(a, ca)| ids.iter().filter(|&&(b, cb)| super::neighbours(ca, a, cb, b)).map(|&(b, _)| b).collect()).collect()
    }

    pub(super) fn parse_builtin() -> (Lexicon, Vec<String>) {
        Lexicon::parse(&LEXICON_FILES, STOPWORDS)
    }

    /// Parses lexicon files and a stop-word list, with the problems found.
    pub(super) fn parse(files: &[&str], stopwords: &str) -> (Lexicon, Vec<String>) {
        let mut warnings = Vec::new();
        let languages = LanguageTable::builtin();
        let mut lex = Lexicon {
            concepts: Vec::new(),
            keys: HashMap::new(),
            phrases: HashMap::new(),
            nosplit: HashSet::new(),
            german_keys: HashSet::new(),
            german_words: HashSet::new(),
            stemless_keys: HashSet::new(),
            typos: HashMap::new(),
            prefixes: HashMap::new(),
            stopwords: HashSet::new(),
            stemmers: Stemmers::default(),
            languages: languages.clone(),
            pending_parents: Vec::new(),
            pending_contrasts: Vec::new(),
            pending_fields: Vec::new(),
            family_names: HashMap::new(),
            by_name: HashMap::new(),
            special: Special::resolve(|_| None, &mut Vec::new()),
            ambiguous: HashSet::new(),
            romanised: super::romanised::Romanised::builtin(&mut warnings),
            near: Vec::new(),
        };
        for text in files {
            lex.parse_into(text, &mut warnings);
        }
        lex.add_languages();
        lex.by_name =
            lex.concepts.iter().enumerate().filter_map(|(i, c)| ConceptId::try_from(i).ok().map(|id| (c.name.clone(), id))).collect();
        let mut missing = Vec::new();
        lex.special = Special::resolve(|name| lex.concept_named(name), &mut missing);
        warnings.extend(missing.into_iter().map(|name| format!("special concept `{name}` missing (a rule in code uses it)")));
        for (child, parent) in std::mem::take(&mut lex.pending_parents) {
            match lex.concept_named(&parent) {
                Some(p) => {
                    // Children of one parent are a family, unless named into another one.
                    let family = lex.family_id(&parent);
                    if let Some(c) = lex.concepts.get_mut(child) {
                        c.parent = Some(p);
                        c.family = c.family.or(Some(family));
                    }
                }
                None => warnings.push(format!("unknown parent concept `{parent}`")),
            }
        }
        for (concept, field) in std::mem::take(&mut lex.pending_fields) {
            match lex.concept_named(&field) {
                Some(f) => {
                    if let Some(c) = lex.concepts.get_mut(concept) {
                        c.field = Some(f);
                    }
                }
                None => warnings.push(format!("unknown field concept `{field}`")),
            }
        }
        for (concept, other) in std::mem::take(&mut lex.pending_contrasts) {
            match lex.concept_named(&other) {
                Some(o) => {
                    if let Some(c) = lex.concepts.get_mut(concept) {
                        c.contrast = Some(o);
                    }
                }
                None => warnings.push(format!("unknown contrast concept `{other}`")),
            }
        }
        lex.near = lex.neighbour_table();
        // Typos of long German words (see `Lexicon::typo_concepts`); English and Turkish words
        // are too close to each other ("banking", "baking").
        let long: Vec<String> = lex.german_words.iter().filter(|k| k.chars().count() >= 7).cloned().collect();
        for key in long {
            for d in super::deletions(&key) {
                lex.typos.entry(d).or_default().push(key.clone());
            }
        }
        for line in stopwords.lines().filter(|l| !l.trim_start().starts_with('#')) {
            for word in line.split_whitespace() {
                let word = crate::text::normalise_token(word);
                lex.romanised.add_turkish(&word);
                lex.stopwords.insert(word);
            }
        }
        (lex, warnings)
    }

    fn parse_into(&mut self, text: &str, warnings: &mut Vec<String>) {
        let mut current: Option<ConceptId> = None;
        let mut in_nosplit = false;
        for (n, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(header) = line.strip_prefix('[') {
                in_nosplit = header.starts_with("nosplit]");
                current = if in_nosplit { None } else { self.parse_header(header, n, warnings) };
                continue;
            }
            let Some((lang, forms)) = line.split_once(':') else {
                warnings.push(format!("line {}: expected `lang: forms`", n + 1));
                continue;
            };
            if in_nosplit {
                self.nosplit.extend(forms.split(',').map(|f| fold_german(&f.trim().to_lowercase())));
                continue;
            }
            let Some(cid) = current else {
                warnings.push(format!("line {}: forms outside a concept", n + 1));
                continue;
            };
            let code = lang.trim().to_string();
            let of = match code.as_str() {
                "de" => FormOf::German,
                c if without_stemmer(c) => FormOf::Stemless,
                _ => FormOf::Other,
            };
            // Forms of a language without a stemmer are exact (`add_form`): no stemmer keys them.
            let Some(stem_lang) = StemLang::from_code(&code).or((of == FormOf::Stemless).then_some(StemLang::De)) else {
                warnings.push(format!("line {}: unknown language `{code}`", n + 1));
                continue;
            };
            // The first form of a language names the concept in that language's interface.
            if let Some(first) = forms.split(',').map(|f| f.trim().trim_start_matches('~').trim_start_matches('=')).find(|f| !f.is_empty())
            {
                if let Some(concept) = self.concepts.get_mut(usize::from(cid)) {
                    if !concept.labels.iter().any(|(l, _)| *l == code) {
                        concept.labels.push((code, first.to_string()));
                    }
                }
            }
            for form in forms.split(',').map(str::trim).filter(|f| !f.is_empty()) {
                self.add_form(cid, form, stem_lang, of);
            }
        }
    }

    fn parse_header(&mut self, header: &str, n: usize, warnings: &mut Vec<String>) -> Option<ConceptId> {
        let Some((name, opts)) = header.split_once(']') else {
            warnings.push(format!("line {}: unclosed header", n + 1));
            return None;
        };
        let mut concept = Concept {
            name: name.trim().to_string(),
            label: name.trim().to_string(),
            weight: 1.0,
            categories: Vec::new(),
            kind: ConceptKind::Topic,
            parent: None,
            contrast: None,
            family: None,
            field: None,
            role: false,
            strict: false,
            labels: Vec::new(),
        };
        for opt in opts.split(';').map(str::trim).filter(|o| !o.is_empty()) {
            let Some((k, v)) = opt.split_once('=') else {
                warnings.push(format!("line {}: option `{opt}` without `=`", n + 1));
                continue;
            };
            let v = v.trim();
            match k.trim() {
                "w" => match v.parse::<f32>() {
                    Ok(w) => concept.weight = w,
                    Err(_) => warnings.push(format!("line {}: bad weight `{v}`", n + 1)),
                },
                "label" => concept.label = v.to_string(),
                "role" => concept.role = v == "1",
                "strict" => concept.strict = v == "1",
                "parent" => {
                    self.pending_parents.push((self.concepts.len(), v.to_string()));
                }
                "contrast" => {
                    self.pending_contrasts.push((self.concepts.len(), v.to_string()));
                }
                "family" => concept.family = Some(self.family_id(v)),
                "field" => self.pending_fields.push((self.concepts.len(), v.to_string())),
                "cat" => concept.categories = v.split('|').map(|c| c.trim().to_string()).collect(),
                "audience" => {
                    let adult = v.ends_with('+');
                    let name = v.trim_end_matches('+');
                    // "young-women": girls are women and young.
                    let (young, name) = match name.strip_prefix("young-") {
                        Some(rest) => (true, rest),
                        None => (false, name),
                    };
                    concept.kind = ConceptKind::Audience { audience: Audience::parse(name), adult, young };
                }
                "marker" => {
                    concept.kind = ConceptKind::Marker(match v {
                        "only" => Marker::Only,
                        "onsite" => Marker::OnSite,
                        "required" => Marker::Required,
                        "skill" => Marker::LanguageSkill,
                        "also" => Marker::Also,
                        "preferred" => Marker::Preferred,
                        "not" => Marker::Not,
                        "unavailable" => Marker::Unavailable,
                        "had" => Marker::Had,
                        _ => {
                            warnings.push(format!("line {}: unknown marker `{v}`", n + 1));
                            return None;
                        }
                    })
                }
                "days" => {
                    let days: Vec<Weekday> = v.split('+').filter_map(Weekday::parse).collect();
                    if days.is_empty() {
                        warnings.push(format!("line {}: bad days `{v}`", n + 1));
                    }
                    concept.kind = ConceptKind::Days(days);
                }
                other => warnings.push(format!("line {}: unknown option `{other}`", n + 1)),
            }
        }
        if self.concepts.len() >= usize::from(ConceptId::MAX) {
            warnings.push("too many concepts".to_string());
            return None;
        }
        self.concepts.push(concept);
        ConceptId::try_from(self.concepts.len() - 1).ok()
    }

    /// The number of a family name, given on first use.
    fn family_id(&mut self, name: &str) -> u16 {
        let next = u16::try_from(self.family_names.len()).unwrap_or(u16::MAX);
        *self.family_names.entry(name.to_string()).or_insert(next)
    }

    fn add_languages(&mut self) {
        let entries: Vec<LanguageEntry> = self.languages.entries().cloned().collect();
        for LanguageEntry { code, german, names } in entries {
            self.concepts.push(Concept {
                name: format!("lang:{code}"),
                label: german,
                weight: LANGUAGE_WEIGHT,
                categories: Vec::new(),
                kind: ConceptKind::Language(code),
                parent: None,
                contrast: None,
                family: None,
                field: None,
                role: false,
                strict: false,
                labels: Vec::new(),
            });
            let Ok(cid) = ConceptId::try_from(self.concepts.len() - 1) else { return };
            for (name, lang) in names {
                self.add_form(cid, &name, lang, if lang == StemLang::De { FormOf::German } else { FormOf::Other });
            }
        }
    }

    /// Registers a surface form; a form written `=form` matches only exactly, never by stem.
    /// A form written `~form` is ambiguous: it names the concept only when the item names no
    /// subject of another field (`Lexicon::drop_ambiguous`).
    fn add_form(&mut self, cid: ConceptId, form: &str, lang: StemLang, of: FormOf) {
        let german = of == FormOf::German;
        let (ambiguous, form) = match form.strip_prefix('~') {
            Some(rest) => (true, rest),
            None => (false, form),
        };
        let (exact, form) = match form.strip_prefix('=') {
            Some(rest) => (true, rest),
            None => (false, form),
        };
        // Forms of a language without a stemmer are listed inflected and matched as written: a
        // German stem of them ("ders" → "der") would read ordinary German words.
        let exact = exact || of == FormOf::Stemless;
        let tokens = crate::text::tokenize(form);
        if lang == StemLang::Tr {
            for t in &tokens {
                self.romanised.add_turkish(t);
            }
        }
        let key_sets: Vec<Vec<String>> = tokens.iter().map(|t| if exact { vec![t.clone()] } else { self.form_keys(t, lang) }).collect();
        match key_sets.split_first() {
            None => {}
            Some((first, [])) => {
                // Prefixes of Ukrainian and Russian forms (see `Lexicon::prefix_concepts`).
                let cyrillic = matches!(lang, StemLang::Uk | StemLang::Ru);
                let content = self
                    .concepts
                    .get(usize::from(cid))
                    .is_some_and(|c| matches!(c.kind, ConceptKind::Topic | ConceptKind::Audience { .. }));
                if cyrillic && content && !exact && !ambiguous {
                    for k in first {
                        let list = self.prefixes.entry(k.clone()).or_default();
                        if !list.contains(&cid) {
                            list.push(cid);
                        }
                    }
                }
                if german {
                    self.german_keys.extend(first.iter().cloned());
                    if let Some(t) = tokens.first() {
                        self.german_words.insert(t.clone());
                        self.german_words.insert(fold_german(t));
                    }
                }
                for k in first {
                    if of == FormOf::Stemless {
                        if !self.keys.contains_key(k) {
                            self.stemless_keys.insert(k.clone());
                        }
                    } else {
                        self.stemless_keys.remove(k);
                    }
                    let list = self.keys.entry(k.clone()).or_default();
                    if !list.contains(&cid) {
                        list.push(cid);
                    }
                    if ambiguous {
                        self.ambiguous.insert((k.clone(), cid));
                    }
                }
            }
            Some((first, rest)) => {
                for k in first {
                    self.phrases.entry(k.clone()).or_default().push(Phrase { rest: rest.to_vec(), concept: cid });
                }
            }
        }
    }

    /// Keys of a lexicon form in its own language: the form itself, folded, and stemmed.
    pub(super) fn form_keys(&self, token: &str, lang: StemLang) -> Vec<String> {
        let mut keys = vec![token.to_string()];
        let push = |k: String, keys: &mut Vec<String>| {
            if k.chars().count() >= 2 && !keys.contains(&k) {
                keys.push(k);
            }
        };
        match lang {
            StemLang::De => {
                push(fold_german(token), &mut keys);
                push(self.stemmers.stem(lang, token), &mut keys);
            }
            StemLang::Ar | StemLang::Fa => {
                // Derived keys of fewer than three letters collide with particles ("در", "من").
                let push3 = |k: String, keys: &mut Vec<String>| {
                    if k.chars().count() >= 3 {
                        push(k, keys);
                    }
                };
                push3(strip_arabic_article(token).to_string(), &mut keys);
                push3(strip_arabic_clitic(token).to_string(), &mut keys);
                push3(self.stemmers.stem(StemLang::Ar, token), &mut keys);
                push3(self.stemmers.stem(StemLang::Fa, token), &mut keys);
            }
            StemLang::Ru | StemLang::Uk => {
                push(self.stemmers.stem(StemLang::Ru, token), &mut keys);
                push(self.stemmers.stem(StemLang::Uk, token), &mut keys);
                // "притулок" meets "притулку", whose stem has lost the о.
                let fleeting: Vec<String> = keys.iter().filter_map(|k| without_fleeting_vowel(k)).collect();
                for k in fleeting {
                    push(k, &mut keys);
                }
            }
            _ => push(self.stemmers.stem(lang, token), &mut keys),
        }
        keys
    }
}

/// Languages the lexicon has forms of but no stemmer for (Polish, Romanian, Kurmanji, Spanish,
/// French, Italian, Albanian, Bosnian/Croatian/Serbian, Somali, Greek, Portuguese, Tigrinya,
/// Amharic, Vietnamese, Bulgarian): their forms are listed
/// inflected and matched exactly, as the same word in a text (whose keys always hold the word
/// itself, `Lexicon::token_keys`); see decision 0009.
fn without_stemmer(code: &str) -> bool {
    matches!(code, "pl" | "ro" | "ku" | "es" | "fr" | "it" | "sq" | "bs" | "so" | "el" | "pt" | "ti" | "am" | "vi" | "bg")
}

/// Whose form a lexicon form is: German forms are also parts of compounds and typo targets; forms
/// of the languages without a stemmer are matched as whole words only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FormOf {
    German,
    Other,
    Stemless,
}
