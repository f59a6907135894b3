//! The format of the word-list files in `data/` (`function_words.txt`, `abbreviations.txt`,
//! `times.txt`): sections `[name] key=value; key=value`, each followed by lines
//! `lang: entry, entry`; `#` starts a comment line. A reader asks for sections by name; a section
//! it asks for that is missing, and one it never asks for, are warnings.

use std::cell::RefCell;
use std::sync::OnceLock;

/// Data compiled into the crate, parsed on first use, with the warnings parsing gave.
pub(crate) struct Builtin<T> {
    cell: OnceLock<(T, Vec<String>)>,
    parse: fn() -> (T, Vec<String>),
}

impl<T> Builtin<T> {
    /// Data that `parse` reads when it is first asked for.
    pub const fn new(parse: fn() -> (T, Vec<String>)) -> Builtin<T> {
        Builtin { cell: OnceLock::new(), parse }
    }

    /// The parsed data.
    pub fn get(&self) -> &T {
        &self.cell.get_or_init(self.parse).0
    }

    /// Problems found while parsing; empty when the data is well-formed.
    pub fn warnings(&self) -> &[String] {
        &self.cell.get_or_init(self.parse).1
    }
}

/// One section of a data file.
#[derive(Debug, Clone, Default)]
pub(crate) struct Section {
    pub name: String,
    options: Vec<(String, String)>,
    /// The entries with the language code of their line, in file order.
    entries: Vec<(String, String)>,
}

impl Section {
    /// The entries in file order.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(_, e)| e.as_str())
    }

    /// The entries with the language code of their line.
    pub fn entries(&self) -> impl Iterator<Item = (&str, &str)> {
        self.entries.iter().map(|(l, e)| (l.as_str(), e.as_str()))
    }

    /// The value of a header option.
    pub fn option(&self, key: &str) -> Option<&str> {
        self.options.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
}

/// A parsed data file with the warnings found so far.
#[derive(Debug)]
pub(crate) struct DataFile {
    file: &'static str,
    sections: Vec<Section>,
    asked: RefCell<Vec<String>>,
    warnings: RefCell<Vec<String>>,
}

impl DataFile {
    /// Parses the text of `file` (the name is for warnings).
    pub fn parse(file: &'static str, text: &str) -> DataFile {
        let mut sections: Vec<Section> = Vec::new();
        let mut warnings = Vec::new();
        for (n, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(header) = line.strip_prefix('[') {
                let Some((name, opts)) = header.split_once(']') else {
                    warnings.push(format!("{file} line {}: unclosed header", n + 1));
                    continue;
                };
                let mut options = Vec::new();
                for opt in opts.split(';').map(str::trim).filter(|o| !o.is_empty()) {
                    match opt.split_once('=') {
                        Some((k, v)) => options.push((k.trim().to_string(), v.trim().to_string())),
                        None => warnings.push(format!("{file} line {}: option `{opt}` without `=`", n + 1)),
                    }
                }
                sections.push(Section { name: name.trim().to_string(), options, entries: Vec::new() });
                continue;
            }
            let Some((lang, list)) = line.split_once(':') else {
                warnings.push(format!("{file} line {}: expected `lang: entries`", n + 1));
                continue;
            };
            let lang = lang.trim();
            let code_like = lang == "*" || (2..=3).contains(&lang.len()) && lang.chars().all(|c| c.is_ascii_lowercase());
            if !code_like {
                warnings.push(format!("{file} line {}: `{lang}` is no language code", n + 1));
                continue;
            }
            let Some(section) = sections.last_mut() else {
                warnings.push(format!("{file} line {}: entries outside a section", n + 1));
                continue;
            };
            section.entries.extend(list.split(',').map(str::trim).filter(|e| !e.is_empty()).map(|e| (lang.to_string(), e.to_string())));
        }
        DataFile { file, sections, asked: RefCell::new(Vec::new()), warnings: RefCell::new(warnings) }
    }

    /// The one section with this name; a warning when there is none or more than one.
    pub fn section(&self, name: &str) -> Section {
        let found: Vec<&Section> = self.sections_named(name).collect();
        match found.as_slice() {
            [one] => (*one).clone(),
            [] => {
                self.warn(format!("{}: section `[{name}]` missing", self.file));
                Section::default()
            }
            _ => {
                self.warn(format!("{}: section `[{name}]` given {} times", self.file, found.len()));
                found[0].clone()
            }
        }
    }

    /// Every section with this name, in file order (for sections that repeat); a warning when
    /// there is none.
    pub fn sections(&self, name: &str) -> Vec<Section> {
        let found: Vec<Section> = self.sections_named(name).cloned().collect();
        if found.is_empty() {
            self.warn(format!("{}: section `[{name}]` missing", self.file));
        }
        found
    }

    /// The entries of a section split at " = " into abbreviation and meaning.
    pub fn pairs<T: FromIterator<(String, String)>>(&self, name: &str) -> T {
        self.section(name)
            .words()
            .filter_map(|e| match e.split_once('=') {
                Some((a, b)) => Some((a.trim().to_string(), b.trim().to_string())),
                None => {
                    self.warn(format!("{}: `[{name}]` entry `{e}` is not `abbreviation = meaning`", self.file));
                    None
                }
            })
            .collect()
    }

    /// Records a problem found while reading the file.
    pub fn warn(&self, warning: String) {
        self.warnings.borrow_mut().push(warning);
    }

    /// The warnings, with one for every section no reader asked for.
    pub fn finish(self) -> Vec<String> {
        let asked = self.asked.into_inner();
        let mut warnings = self.warnings.into_inner();
        for s in &self.sections {
            if !asked.contains(&s.name) {
                warnings.push(format!("{}: unknown section `[{}]`", self.file, s.name));
            }
        }
        warnings
    }

    fn sections_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Section> + 'a {
        self.asked.borrow_mut().push(name.to_string());
        self.sections.iter().filter(move |s| s.name == name)
    }
}

/// A list of words, compared as written. Most words of a text are on no list: the lengths and
/// first bytes of the listed words turn them away before any comparison (lists are looked up
/// for every word of every item).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct WordList {
    words: Vec<String>,
    /// Bit `n` is set when a word has `n` bytes (bit 63: 63 or more).
    lengths: u64,
    /// Bit set of the first bytes of the words.
    firsts: [u64; 4],
}

impl WordList {
    /// A list of these words (empty ones are left out).
    pub fn new<S: Into<String>>(words: impl IntoIterator<Item = S>) -> WordList {
        let mut list = WordList::default();
        for w in words.into_iter().map(Into::into).filter(|w: &String| !w.is_empty()) {
            list.lengths |= 1 << w.len().min(63);
            let first = w.as_bytes()[0];
            list.firsts[usize::from(first >> 6)] |= 1 << (first & 63);
            list.words.push(w);
        }
        list
    }

    /// Whether the list has this word.
    pub fn contains(&self, word: &str) -> bool {
        self.position(word).is_some()
    }

    /// The place of the word in the list (the first, if listed twice).
    pub fn position(&self, word: &str) -> Option<usize> {
        let &first = word.as_bytes().first()?;
        let maybe = self.lengths & (1 << word.len().min(63)) != 0 && self.starts_with_byte(first);
        if maybe {
            self.words.iter().position(|w| w == word)
        } else {
            None
        }
    }

    /// Whether a word of the list starts with this byte.
    pub fn starts_with_byte(&self, byte: u8) -> bool {
        self.firsts[usize::from(byte >> 6)] & (1 << (byte & 63)) != 0
    }

    /// The words in file order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(String::as_str)
    }
}

/// Abbreviations with what they stand for, looked up as written.
#[derive(Debug, Clone, Default)]
pub(crate) struct Pairs {
    keys: WordList,
    meanings: Vec<String>,
}

impl Pairs {
    /// What an abbreviation stands for.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.keys.position(key).and_then(|i| self.meanings.get(i)).map(String::as_str)
    }
}

impl FromIterator<(String, String)> for Pairs {
    fn from_iter<I: IntoIterator<Item = (String, String)>>(pairs: I) -> Pairs {
        let (keys, meanings): (Vec<String>, Vec<String>) = pairs.into_iter().filter(|(k, _)| !k.is_empty()).unzip();
        Pairs { keys: WordList::new(keys), meanings }
    }
}

impl From<&Section> for WordList {
    fn from(section: &Section) -> WordList {
        WordList::new(section.words())
    }
}

#[cfg(test)]
mod tests {
    use super::DataFile;

    #[test]
    fn reads_sections_entries_and_options() {
        let file = DataFile::parse("t.txt", "# c\n[a] from=08:00\nde: x, y z\n*: &\n[b]\nen: p = q, r\n");
        let a = file.section("a");
        assert_eq!(a.words().collect::<Vec<_>>(), vec!["x", "y z", "&"]);
        assert_eq!(a.option("from"), Some("08:00"));
        assert_eq!(a.entries().next(), Some(("de", "x")));
        let b: super::Pairs = file.pairs("b");
        assert_eq!((b.get("p"), b.get("r"), b.get("q")), (Some("q"), None, None));
        let warnings = file.finish();
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].contains("`r`"));
    }

    #[test]
    fn missing_and_unknown_sections_are_warnings() {
        let file = DataFile::parse("t.txt", "[a]\nde: x\n[old]\nde: y\nnot a line\n");
        let _ = file.section("a");
        let _ = file.section("renamed");
        let warnings = file.finish();
        assert!(warnings.iter().any(|w| w.contains("`[renamed]` missing")), "{warnings:?}");
        assert!(warnings.iter().any(|w| w.contains("unknown section `[old]`")), "{warnings:?}");
        assert!(warnings.iter().any(|w| w.contains("line 5")), "{warnings:?}");
    }

    #[test]
    fn word_lists_find_exactly_their_words() {
        let list =
            super::WordList::new(["für", "bei", "", "برای", "&", "a-very-long-word-of-more-than-sixty-four-bytes-to-test-the-last-bit"]);
        for w in ["für", "bei", "برای", "&", "a-very-long-word-of-more-than-sixty-four-bytes-to-test-the-last-bit"] {
            assert!(list.contains(w), "{w}");
        }
        for w in ["", "fur", "be", "beim", "بر", "a-very-long-word-of-more-than-sixty-four-bytes-to-test-the-last-bi"] {
            assert!(!list.contains(w), "{w}");
        }
    }
}
