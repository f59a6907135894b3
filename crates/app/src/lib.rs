//! Knotenpunkt's use cases, grouped by capability, and the ports they talk to.

pub mod accounts;
pub mod directory;
#[cfg(test)]
mod fakes;
pub mod inbox;
pub mod jobs;
pub mod mail;
pub mod map;
pub mod marketplace;
pub mod meetings;
pub mod metrics;
pub mod moderation;
pub mod network_graph;
pub mod news;
pub mod parked_forms;
pub mod porting;
pub mod ports;
pub mod projects;
pub mod reports;
pub mod snapshot;
pub mod survey;
