//! Integration tests of the planner's public API (one test binary for the crate).

mod api;
mod properties;
