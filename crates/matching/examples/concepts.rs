//! Prints the concepts the lexicon finds in each argument, and the period of the year it names
//! (for checking vocabulary).

use matching::vocabulary::{concepts_in, data_warnings, period_in};

fn main() {
    for w in data_warnings() {
        println!("warning: {w}");
    }
    for arg in std::env::args().skip(1) {
        let names: Vec<String> = concepts_in(&arg).into_iter().map(|(concept, word)| format!("{concept}@{word}")).collect();
        println!("{arg} => {}", names.join(", "));
        if let Some(period) = period_in(&arg) {
            println!("  period: {period}");
        }
    }
}
