//! Where an item is: the districts its texts name ("Raum in Weinberg", "gern Südhafen", "nur
//! Kirchdorf u. Sonnenhang"), which replace the organisation's district for distances.

use super::Profile;
use crate::abbreviations::expand_abbreviations;
use crate::function_words::FunctionWords;
use crate::lexicon::{Lexicon, Marker};
use crate::model::{Districts, Item};
use crate::text::tokenize_sentences;

/// How many words before a district "nur"/"only" makes it a restriction.
const ONLY_WINDOW: usize = 4;
/// Adds the districts named in one field's tokens to the profile's places; `is_only` tells
/// whether the token at a position is "nur"/"only". "nur" before the districts, with only
/// joining words or other districts between, makes them a restriction ("nur WE, Abholung selbst
/// (Bahnhofsviertel)" is none).
pub(super) fn add_places(
    profile: &mut Profile,
    tokens: &[String],
    sentences: &[u32],
    is_only: impl Fn(usize) -> bool,
    districts: &Districts,
) {
    // Words that may stand between "nur" and the districts it restricts to.
    let joining = &FunctionWords::builtin().place_joining_words;
    for (district, pos) in districts.named_in(tokens) {
        if !profile.places.contains(&district) {
            profile.places.push(district);
            profile.place_names.push(districts.name(district).unwrap_or_default().to_string());
        }
        let from = pos.saturating_sub(ONLY_WINDOW);
        profile.places_only |= (from..pos).any(|p| {
            sentences.get(p) == sentences.get(pos)
                && is_only(p)
                && tokens[p + 1..pos].iter().all(|t| joining.contains(t) || districts.named_in(std::slice::from_ref(t)).len() == 1)
        });
    }
}

/// Sets `places`, `places_only` and `place_stated` of a profile from the item's texts again (when the district
/// list changes). An item with a district field keeps it.
pub fn set_places(profile: &mut Profile, item: &Item, districts: &Districts, lex: &Lexicon) {
    profile.places.clear();
    profile.place_names.clear();
    profile.places_only = false;
    profile.place_stated = item.district.is_some();
    if districts.is_empty() || item.district.is_some() {
        return;
    }
    for text in [&item.title, &item.description] {
        let (tokens, sentences) = tokenize_sentences(&expand_abbreviations(text));
        add_places(profile, &tokens, &sentences, |p| lex.names_marker(&tokens[p], Marker::Only), districts);
    }
    profile.place_stated = !profile.places.is_empty();
}
