//! Offers and needs ("Vereine bieten / Vereine suchen"): the read model with the matching
//! engine, and its use cases.

pub mod digest;
pub mod introductions;
pub mod post_item;
mod read_model;
pub mod synergy;
mod translate;

pub use matching::{Audience, Reason};
pub use read_model::{MarketView, Marketplace, Pairing};
