//! Knotenpunkt's domain: entities, value objects and rules, free of I/O.

pub mod accounts;
pub mod category;
pub mod date;
pub mod directory_query;
pub mod district;
pub mod duplicates;
pub mod geo;
pub mod ids;
pub mod inbox;
pub mod item_query;
pub mod language;
pub mod local_path;
pub mod localized;
pub mod logo;
pub mod marketplace;
pub mod marketplace_form;
pub mod meetings;
pub mod moderation;
pub mod news;
pub mod organisation;
pub mod profile_form;
pub mod projects;
pub mod slug;
pub mod survey;
pub mod text;
pub mod timestamp;
