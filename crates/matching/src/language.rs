//! Language codes and names: "ar", "Arabisch", "Arabic" and "عربي" all become "ar".

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::text::{normalise_token, StemLang};

const LANGUAGES: &str = include_str!("../data/languages.txt");

/// One language: its code, German name and names in several languages.
#[derive(Debug, Clone, PartialEq)]
pub struct LanguageEntry {
    pub code: String,
    pub german: String,
    /// Names with the language they are written in (for stemming).
    pub names: Vec<(String, StemLang)>,
}

/// All known languages, with a lookup from any name or code to the code.
#[derive(Debug, Clone, Default)]
pub struct LanguageTable {
    entries: Vec<LanguageEntry>,
    by_name: HashMap<String, usize>,
}

static BUILTIN: OnceLock<LanguageTable> = OnceLock::new();

impl LanguageTable {
    /// The table shipped with the crate.
    pub fn builtin() -> &'static LanguageTable {
        BUILTIN.get_or_init(|| LanguageTable::parse(LANGUAGES))
    }

    /// Parses `@code German name` headers followed by `lang: name, name` lines.
    pub fn parse(text: &str) -> LanguageTable {
        let mut table = LanguageTable::default();
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            if let Some(header) = line.strip_prefix('@') {
                let (code, german) = header.split_once(' ').unwrap_or((header, header));
                let code = code.trim().to_string();
                table.by_name.insert(code.clone(), table.entries.len());
                table.entries.push(LanguageEntry { code, german: german.trim().to_string(), names: Vec::new() });
                continue;
            }
            let (Some((lang, names)), Some(index)) = (line.split_once(':'), table.entries.len().checked_sub(1)) else {
                continue;
            };
            let stem_lang = StemLang::from_code(lang.trim()).unwrap_or(StemLang::De);
            for name in names.split(',').map(str::trim).filter(|n| !n.is_empty()) {
                table.by_name.insert(name_key(name), index);
                if let Some(entry) = table.entries.get_mut(index) {
                    entry.names.push((name.to_string(), stem_lang));
                }
            }
        }
        table
    }

    /// All entries.
    pub fn entries(&self) -> impl Iterator<Item = &LanguageEntry> {
        self.entries.iter()
    }

    /// The code for a code or name in any listed language; unknown input is kept, lower-cased.
    pub fn normalise(&self, input: &str) -> String {
        let key = name_key(input);
        if let Some(&i) = self.by_name.get(&key) {
            return self.entries[i].code.clone();
        }
        // "de-DE", "ar_SY": the primary subtag.
        let primary = key.split(['-', '_']).next().unwrap_or(&key).to_string();
        match self.by_name.get(&primary) {
            Some(&i) => self.entries[i].code.clone(),
            None => key,
        }
    }

    /// A bit set of language codes for fast comparison: one bit per listed language, the top
    /// bit for any language not on the list (compare those by code).
    pub fn mask<'a>(&self, codes: impl IntoIterator<Item = &'a String>) -> u64 {
        codes.into_iter().fold(0u64, |m, code| {
            let bit = self.by_name.get(code.as_str()).copied().filter(|&i| i < 63).unwrap_or(63);
            m | (1u64 << bit)
        })
    }

    /// The German name of a language code ("ar" → "Arabisch"), or the code itself.
    pub fn german_name<'a>(&'a self, code: &'a str) -> &'a str {
        self.by_name.get(code).map_or(code, |&i| self.entries[i].german.as_str())
    }
}

fn name_key(name: &str) -> String {
    let words: Vec<String> = name.split_whitespace().map(normalise_token).collect();
    words.join(" ")
}

/// Whether two language codes let people understand each other (Farsi and Dari, for instance).
pub fn mutually_intelligible(a: &str, b: &str) -> bool {
    a == b || intelligible_with(a).contains(&b)
}

/// The language a variety is a variety of, where a text names both for the variety alone
/// ("Kurdisch (Sorani)", "كردي سوراني": Sorani, not Kurmanji).
pub fn variety_of(code: &str) -> Option<&'static str> {
    match code {
        "ckb" => Some("ku"),
        _ => None,
    }
}

const GROUPS: &[&[&str]] = &[&["fa", "prs"], &["sr", "hr", "bs"]];

/// The languages understood by speakers of `code` besides itself.
pub fn intelligible_with(code: &str) -> &'static [&'static str] {
    GROUPS.iter().find(|g| g.contains(&code)).copied().unwrap_or(&[])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_codes_and_names() {
        let t = LanguageTable::builtin();
        assert_eq!(t.normalise("ar"), "ar");
        assert_eq!(t.normalise("Arabisch"), "ar");
        assert_eq!(t.normalise("Arabic"), "ar");
        assert_eq!(t.normalise("ARABIC"), "ar");
        assert_eq!(t.normalise("Türkisch"), "tr");
        assert_eq!(t.normalise("Ukrainian"), "uk");
        assert_eq!(t.normalise("Persisch"), "fa");
        assert_eq!(t.normalise("Farsi"), "fa");
        assert_eq!(t.normalise("de-DE"), "de");
        assert_eq!(t.normalise("Tigrinya"), "ti");
        assert_eq!(t.normalise("Klingonisch"), "klingonisch");
    }

    #[test]
    fn german_names() {
        assert_eq!(LanguageTable::builtin().german_name("ar"), "Arabisch");
        assert_eq!(LanguageTable::builtin().german_name("xx"), "xx");
    }

    #[test]
    fn dari_and_farsi_are_understood() {
        assert!(mutually_intelligible("fa", "prs"));
        assert!(!mutually_intelligible("ru", "uk"));
        assert!(!mutually_intelligible("ar", "fa"));
    }
}
