//! Prints the concepts the lexicon finds in each argument (for checking vocabulary).

use matching::vocabulary::{concepts_in, data_warnings};

fn main() {
    for w in data_warnings() {
        println!("warning: {w}");
    }
    for arg in std::env::args().skip(1) {
        let names: Vec<String> = concepts_in(&arg).into_iter().map(|(concept, word)| format!("{concept}@{word}")).collect();
        println!("{arg} => {}", names.join(", "));
    }
}
