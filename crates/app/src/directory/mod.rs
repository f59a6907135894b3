//! Directory of associations: the searchable read model and its use cases.

pub mod bitset;
pub mod default_categories;
pub mod export_organisations;
pub mod import_organisations;
pub mod index;
pub mod read_model;
pub mod search_organisations;
pub mod show_organisation;

#[cfg(test)]
mod index_tests;

pub use read_model::Directory;
