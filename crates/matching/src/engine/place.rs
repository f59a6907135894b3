//! Where an item is: the districts its texts name ("Raum in Weinberg", "gern Südhafen", "nur
//! Kirchdorf u. Sonnenhang"), which replace the organisation's district for distances.

use crate::abbreviations::expand_abbreviations;
use crate::analyse::Profile;
use crate::lexicon::{Lexicon, Marker};
use crate::model::{Districts, Item};
use crate::text::tokenize_sentences;

/// How many words before a district "nur"/"only" makes it a restriction.
const ONLY_WINDOW: usize = 4;
/// Words that may stand between "nur" and the districts it restricts to.
const JOINING: &[&str] = &[
    "in", "im", "am", "und", "u", "oder", "od", "der", "die", "dem", "den", "nach", "aber", "and", "or", "the", "to", "ve", "и", "і", "та",
    "в", "у", "و", "در",
];

/// Sets `places` and `places_only` of a profile from the item's texts. An item with a district
/// field keeps it.
pub(super) fn set_places(profile: &mut Profile, item: &Item, districts: &Districts, lex: &Lexicon) {
    profile.places.clear();
    profile.place_names.clear();
    profile.places_only = false;
    if districts.is_empty() || item.district.is_some() {
        return;
    }
    let text = format!("{}\n{}", expand_abbreviations(&item.title), expand_abbreviations(&item.description));
    let (tokens, sentences) = tokenize_sentences(&text);
    for (district, pos) in districts.named_in(&tokens) {
        if !profile.places.contains(&district) {
            profile.places.push(district);
            profile.place_names.push(districts.name(district).unwrap_or_default().to_string());
        }
        // "nur Kirchdorf u. Sonnenhang", "only in Weststadt": "nur" with only joining words or
        // other districts between ("nur WE, Abholung selbst (Bahnhofsviertel)" is no restriction).
        let from = pos.saturating_sub(ONLY_WINDOW);
        profile.places_only |= (from..pos).any(|p| {
            sentences[p] == sentences[pos]
                && lex.names_marker(&tokens[p], Marker::Only)
                && tokens[p + 1..pos]
                    .iter()
                    .all(|t| JOINING.contains(&t.as_str()) || districts.named_in(std::slice::from_ref(t)).len() == 1)
        });
    }
}
