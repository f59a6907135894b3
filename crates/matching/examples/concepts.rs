//! Prints the concepts the lexicon finds in each argument (for checking vocabulary).

use matching::lexicon::{Lexicon, TokenCache};
use matching::text::tokenize;

fn main() {
    let lex = Lexicon::builtin();
    for w in Lexicon::builtin_warnings() {
        println!("warning: {w}");
    }
    let mut cache = TokenCache::new();
    for arg in std::env::args().skip(1) {
        let tokens = tokenize(&matching::abbreviations::expand_abbreviations(&arg));
        let hits = lex.find(&tokens, false, &mut cache);
        let names: Vec<String> =
            hits.iter().filter_map(|h| lex.concept(h.concept).map(|c| format!("{}@{}", c.name, tokens[h.pos]))).collect();
        println!("{arg} => {}", names.join(", "));
    }
}
