//! The multilingual concept lexicon: surface forms in many languages mapped to concepts, looked up by stem.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, OnceLock};

use crate::language::LanguageTable;
use crate::model::{Audience, Weekday};
use crate::text::{fold_german, script_of, strip_arabic_article, Script, StemLang, Stemmers};

/// Index of a concept in the lexicon.
pub type ConceptId = u16;

/// Words that change how an item is read rather than what it is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Marker {
    /// "nur", "only", "sadece", "فقط", "тільки"…
    Only,
    /// "vor Ort", "in person", "yüz yüze"…
    OnSite,
    /// "erforderlich", "required", "gerekli"…
    Required,
    /// "Sprachkenntnisse", "speaks", … (a language is named as a skill)
    LanguageSkill,
    /// "gern", "am liebsten", "preferably": a wish, not a condition.
    Preferred,
    /// "auch", "also": what follows is in addition, not a restriction ("auch am Wochenende").
    Also,
}

/// What a concept stands for.
#[derive(Debug, Clone, PartialEq)]
pub enum ConceptKind {
    /// Something offered or sought: rooms, interpreting, tutoring…
    Topic,
    /// A target group; `adult` marks groups that are clearly not youth.
    Audience { audience: Option<Audience>, adult: bool },
    Marker(Marker),
    Days(Vec<Weekday>),
    /// A language named in the text; the code is normalised.
    Language(String),
}

/// One concept of the lexicon.
#[derive(Debug, Clone, PartialEq)]
pub struct Concept {
    pub name: String,
    /// Short German label used in reasons.
    pub label: String,
    pub weight: f32,
    /// Categories (German names of the managed list) this concept belongs to.
    pub categories: Vec<String>,
    pub kind: ConceptKind,
    /// A broader concept that is found whenever this one is ("Yoga" is also "Sport").
    pub parent: Option<ConceptId>,
    /// A person offering or sought for something (trainer, volunteer, teacher): the field
    /// they work in matters as much as the role.
    pub role: bool,
}

#[derive(Debug, Clone)]
struct Phrase {
    rest: Vec<Vec<String>>,
    concept: ConceptId,
}

/// The loaded lexicon with its lookup tables.
pub struct Lexicon {
    concepts: Vec<Concept>,
    keys: HashMap<String, Vec<ConceptId>>,
    phrases: HashMap<String, Vec<Phrase>>,
    nosplit: HashSet<String>,
    stopwords: HashSet<String>,
    stemmers: Stemmers,
    languages: LanguageTable,
    pending_parents: Vec<(usize, String)>,
    by_name: HashMap<String, ConceptId>,
}

const LEXICON_FILES: [&str; 4] = [
    include_str!("../data/lexicon_topics.txt"),
    include_str!("../data/lexicon_activities.txt"),
    include_str!("../data/lexicon_audience.txt"),
    include_str!("../data/lexicon_markers.txt"),
];
const STOPWORDS: &str = include_str!("../data/stopwords.txt");

static BUILTIN: OnceLock<(Lexicon, Vec<String>)> = OnceLock::new();

/// Lookup keys and compound parts of one token, cached per engine.
#[derive(Debug, Clone, Default)]
pub struct TokenInfo {
    keys: Vec<String>,
    compound: Vec<ConceptId>,
}

/// Cache of token analyses (keyed by token and whether Turkish stemming applies) and of word
/// stems for word overlap; one per engine, since the same words recur in thousands of items.
#[derive(Debug, Default)]
pub struct TokenCache {
    infos: HashMap<(String, bool), Arc<TokenInfo>>,
    stems: HashMap<(String, Option<StemLang>), Arc<str>>,
}

impl TokenCache {
    /// An empty cache.
    pub fn new() -> TokenCache {
        TokenCache::default()
    }
}

/// A concept found in a text, with the position of the token it was found at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub concept: ConceptId,
    pub pos: usize,
    /// Found as the broader concept of another hit ("Sport" from "Yoga").
    pub via_parent: bool,
}

impl Lexicon {
    /// The lexicon shipped with the crate, parsed once.
    pub fn builtin() -> &'static Lexicon {
        &BUILTIN.get_or_init(Self::parse_builtin).0
    }

    /// Problems found while parsing the shipped data; empty when the data is well-formed.
    pub fn builtin_warnings() -> &'static [String] {
        &BUILTIN.get_or_init(Self::parse_builtin).1
    }

    fn parse_builtin() -> (Lexicon, Vec<String>) {
        let mut warnings = Vec::new();
        let languages = LanguageTable::builtin();
        let mut lex = Lexicon {
            concepts: Vec::new(),
            keys: HashMap::new(),
            phrases: HashMap::new(),
            nosplit: HashSet::new(),
            stopwords: HashSet::new(),
            stemmers: Stemmers::default(),
            languages: languages.clone(),
            pending_parents: Vec::new(),
            by_name: HashMap::new(),
        };
        for text in LEXICON_FILES {
            lex.parse_into(text, &mut warnings);
        }
        lex.add_languages();
        lex.by_name = lex
            .concepts
            .iter()
            .enumerate()
            .filter_map(|(i, c)| ConceptId::try_from(i).ok().map(|id| (c.name.clone(), id)))
            .collect();
        for (child, parent) in std::mem::take(&mut lex.pending_parents) {
            match lex.concept_named(&parent) {
                Some(p) => {
                    if let Some(c) = lex.concepts.get_mut(child) {
                        c.parent = Some(p);
                    }
                }
                None => warnings.push(format!("unknown parent concept `{parent}`")),
            }
        }
        for line in STOPWORDS.lines().filter(|l| !l.trim_start().starts_with('#')) {
            for word in line.split_whitespace() {
                lex.stopwords.insert(crate::text::normalise_token(word));
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
            let Some(stem_lang) = StemLang::from_code(lang.trim()) else {
                warnings.push(format!("line {}: unknown language `{}`", n + 1, lang.trim()));
                continue;
            };
            for form in forms.split(',').map(str::trim).filter(|f| !f.is_empty()) {
                self.add_form(cid, form, stem_lang);
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
            role: false,
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
                "parent" => {
                    self.pending_parents.push((self.concepts.len(), v.to_string()));
                }
                "cat" => concept.categories = v.split('|').map(|c| c.trim().to_string()).collect(),
                "audience" => {
                    let adult = v.ends_with('+');
                    let name = v.trim_end_matches('+');
                    concept.kind = ConceptKind::Audience { audience: Audience::parse(name), adult };
                }
                "marker" => {
                    concept.kind = ConceptKind::Marker(match v {
                        "only" => Marker::Only,
                        "onsite" => Marker::OnSite,
                        "required" => Marker::Required,
                        "skill" => Marker::LanguageSkill,
                        "also" => Marker::Also,
                        "preferred" => Marker::Preferred,
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

    fn add_languages(&mut self) {
        let entries: Vec<(String, String, Vec<(String, StemLang)>)> = self
            .languages
            .entries()
            .map(|e| (e.code.clone(), e.german.clone(), e.names.clone()))
            .collect();
        for (code, german, names) in entries {
            self.concepts.push(Concept {
                name: format!("lang:{code}"),
                label: german,
                weight: 0.35,
                categories: Vec::new(),
                kind: ConceptKind::Language(code),
                parent: None,
                role: false,
            });
            let Ok(cid) = ConceptId::try_from(self.concepts.len() - 1) else { return };
            for (name, lang) in names {
                self.add_form(cid, &name, lang);
            }
        }
    }

    /// Registers a surface form; a form written `=form` matches only exactly, never by stem.
    fn add_form(&mut self, cid: ConceptId, form: &str, lang: StemLang) {
        let (exact, form) = match form.strip_prefix('=') {
            Some(rest) => (true, rest),
            None => (false, form),
        };
        let tokens = crate::text::tokenize(form);
        let key_sets: Vec<Vec<String>> =
            tokens.iter().map(|t| if exact { vec![t.clone()] } else { self.form_keys(t, lang) }).collect();
        match key_sets.split_first() {
            None => {}
            Some((first, [])) => {
                for k in first {
                    let list = self.keys.entry(k.clone()).or_default();
                    if !list.contains(&cid) {
                        list.push(cid);
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
    fn form_keys(&self, token: &str, lang: StemLang) -> Vec<String> {
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
                push(strip_arabic_article(token).to_string(), &mut keys);
                push(self.stemmers.stem(StemLang::Ar, token), &mut keys);
                push(self.stemmers.stem(StemLang::Fa, token), &mut keys);
            }
            StemLang::Ru | StemLang::Uk => {
                push(self.stemmers.stem(StemLang::Ru, token), &mut keys);
                push(self.stemmers.stem(StemLang::Uk, token), &mut keys);
            }
            _ => push(self.stemmers.stem(lang, token), &mut keys),
        }
        keys
    }

    /// Candidate lookup keys of a text token, for every stemmer that may apply to it.
    pub fn token_keys(&self, token: &str, turkish: bool) -> Vec<String> {
        match script_of(token) {
            Script::Latin => {
                let mut keys = self.form_keys(token, StemLang::De);
                for lang in [StemLang::En, StemLang::Tr] {
                    if lang == StemLang::Tr && !(turkish || token.contains(['ş', 'ğ', 'ı', 'ç'])) {
                        continue;
                    }
                    let k = self.stemmers.stem(lang, token);
                    if !keys.contains(&k) {
                        keys.push(k);
                    }
                }
                // Gender-inclusive forms: "Dolmetscherinnen", "Trainerin".
                for suffix in ["innen", "in"] {
                    if let Some(base) = token.strip_suffix(suffix) {
                        if base.chars().count() >= 5 {
                            keys.push(base.to_string());
                            keys.push(fold_german(base));
                        }
                    }
                }
                keys
            }
            Script::Arabic => self.form_keys(token, StemLang::Ar),
            Script::Cyrillic => self.form_keys(token, StemLang::Ru),
            Script::Other => vec![token.to_string()],
        }
    }

    /// What the lexicon knows about one token: its lookup keys and, for an unknown German
    /// compound, the concepts of its parts.
    fn token_info(&self, token: &str, turkish: bool) -> TokenInfo {
        let keys = self.token_keys(token, turkish);
        let direct = keys.iter().any(|k| self.keys.contains_key(k));
        let mut compound = Vec::new();
        if !direct && script_of(token) == Script::Latin && token.chars().count() >= 7 {
            for part in self.decompound(token) {
                for k in self.token_keys(&part, false) {
                    if let Some(cids) = self.keys.get(&k) {
                        compound.extend(cids.iter().copied());
                    }
                }
            }
            compound.sort_unstable();
            compound.dedup();
        }
        TokenInfo { keys, compound }
    }

    /// All concepts found in a token sequence: phrases, words and parts of German compounds.
    pub fn find(&self, tokens: &[String], turkish: bool, cache: &mut TokenCache) -> Vec<Hit> {
        let infos: Vec<Arc<TokenInfo>> = tokens
            .iter()
            .map(|t| {
                cache
                    .infos
                    .entry((t.clone(), turkish))
                    .or_insert_with(|| Arc::new(self.token_info(t, turkish)))
                    .clone()
            })
            .collect();
        let mut hits = Vec::new();
        // Tokens inside a matched phrase ("public transport") do not count on their own.
        let mut covered_until = 0;
        for (pos, info) in infos.iter().enumerate() {
            let mut longest = 0;
            for k in &info.keys {
                for p in self.phrases.get(k).map_or(&[][..], Vec::as_slice) {
                    let fits = p.rest.iter().enumerate().all(|(j, want)| {
                        infos.get(pos + 1 + j).is_some_and(|have| have.keys.iter().any(|h| want.contains(h)))
                    });
                    if fits {
                        hits.push(Hit { concept: p.concept, pos, via_parent: false });
                        longest = longest.max(p.rest.len() + 1);
                    }
                }
            }
            covered_until = covered_until.max(pos + longest);
            // Inside a phrase, words still name audiences, languages and days, but no topic.
            let inside = pos < covered_until;
            let keep = |c: &ConceptId| !inside || self.concepts.get(usize::from(*c)).is_some_and(|c| c.kind != ConceptKind::Topic);
            for k in &info.keys {
                if let Some(cids) = self.keys.get(k) {
                    hits.extend(cids.iter().filter(|c| keep(c)).map(|&concept| Hit { concept, pos, via_parent: false }));
                }
            }
            hits.extend(
                info.compound.iter().filter(|c| keep(c)).map(|&concept| Hit { concept, pos, via_parent: false }),
            );
        }
        let parents: Vec<Hit> = hits
            .iter()
            .filter_map(|h| {
                self.concept(h.concept).and_then(|c| c.parent).map(|concept| Hit { concept, pos: h.pos, via_parent: true })
            })
            .collect();
        hits.extend(parents);
        hits.sort_by_key(|h| (h.pos, h.concept, h.via_parent));
        hits.dedup_by_key(|h| (h.pos, h.concept));
        hits
    }

    fn is_component(&self, part: &str) -> bool {
        if part.chars().count() < 3 {
            return false;
        }
        if self.keys.contains_key(part) {
            return true;
        }
        ["en", "n", "e", "er", "s"].iter().any(|end| {
            part.strip_suffix(end).is_some_and(|p| p.chars().count() >= 3 && self.keys.contains_key(p))
        })
    }

    /// Splits a German compound into known parts ("hausaufgabenhilfe" → hausaufgaben, hilfe);
    /// falls back to its longest known tail ("vereinsraum" → raum).
    pub fn decompound(&self, token: &str) -> Vec<String> {
        let folded = fold_german(token);
        if self.nosplit.contains(&folded) {
            return Vec::new();
        }
        if let Some(parts) = self.split(&folded, 0) {
            return parts;
        }
        let bounds: Vec<usize> = folded.char_indices().map(|(i, _)| i).collect();
        for &b in bounds.iter().skip(3) {
            let tail = &folded[b..];
            if tail.chars().count() >= 4 && self.is_component(tail) {
                return vec![tail.to_string()];
            }
        }
        for &b in bounds.iter().rev() {
            let head = &folded[..b];
            if head.chars().count() >= 5 && b + 3 <= folded.len() && self.is_component(head) {
                return vec![head.to_string()];
            }
        }
        Vec::new()
    }

    fn split(&self, s: &str, depth: usize) -> Option<Vec<String>> {
        if depth > 3 {
            return None;
        }
        let bounds: Vec<usize> = s.char_indices().map(|(i, _)| i).collect();
        let n = bounds.len();
        for i in (3..n.saturating_sub(2)).rev() {
            let (head, tail) = s.split_at(bounds[i]);
            if !self.is_component(head) {
                continue;
            }
            for fugen in ["", "s", "n", "en", "es", "e"] {
                let Some(t) = tail.strip_prefix(fugen) else { continue };
                if t.chars().count() < 3 {
                    continue;
                }
                if self.is_component(t) {
                    return Some(vec![head.to_string(), t.to_string()]);
                }
                if let Some(mut rest) = self.split(t, depth + 1) {
                    rest.insert(0, head.to_string());
                    return Some(rest);
                }
            }
        }
        None
    }

    /// The concept with this id.
    pub fn concept(&self, id: ConceptId) -> Option<&Concept> {
        self.concepts.get(usize::from(id))
    }

    /// The concept with this name.
    pub fn concept_named(&self, name: &str) -> Option<ConceptId> {
        self.by_name.get(name).copied()
    }

    /// Whether a normalised token carries no meaning for matching.
    pub fn is_stopword(&self, token: &str) -> bool {
        self.stopwords.contains(token)
    }

    /// The stemmers, for word-overlap features.
    pub fn stemmers(&self) -> &Stemmers {
        &self.stemmers
    }

    /// The stem used for word overlap: by script, and for Latin script by the text's language
    /// (German unless English or Turkish).
    pub fn term_stem(&self, token: &str, lang: Option<StemLang>, cache: &mut TokenCache) -> Arc<str> {
        if let Some(s) = cache.stems.get(&(token.to_string(), lang)) {
            return s.clone();
        }
        let stem: Arc<str> = match script_of(token) {
            Script::Latin => {
                let l = lang.filter(|l| matches!(l, StemLang::En | StemLang::Tr)).unwrap_or(StemLang::De);
                self.stemmers.stem(l, token).into()
            }
            Script::Cyrillic => self.stemmers.stem(StemLang::Ru, token).into(),
            Script::Arabic => self.stemmers.stem(StemLang::Ar, token).into(),
            Script::Other => token.into(),
        };
        cache.stems.insert((token.to_string(), lang), stem.clone());
        stem
    }

    /// The language table.
    pub fn languages(&self) -> &LanguageTable {
        &self.languages
    }
}
