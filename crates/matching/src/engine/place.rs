//! Where an item is: the districts its texts name ("Raum in Weinberg", "gern Südhafen", "nur
//! Kirchdorf u. Sonnenhang"), which replace the organisation's district for distances.

use crate::abbreviations::expand_abbreviations;
use crate::analyse::Profile;
use crate::lexicon::{Lexicon, Marker};
use crate::model::{Districts, Item};
use crate::text::tokenize_sentences;

/// How many words before a district "nur"/"only" makes it a restriction.
const ONLY_WINDOW: usize = 4;

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
        let from = pos.saturating_sub(ONLY_WINDOW);
        profile.places_only |= (from..pos).any(|p| sentences[p] == sentences[pos] && lex.names_marker(&tokens[p], Marker::Only));
    }
}
