//! Integration tests of the matching crate: the engine API, the match command and the
//! evaluation set's quality floor. One test binary, several modules.

mod cli;
mod engine;
mod eval_floor;
