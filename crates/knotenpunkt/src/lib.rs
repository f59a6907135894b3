//! The Knotenpunkt program as a library: configuration, wiring and commands, so that
//! tests start exactly what `main` starts.

pub mod admin;
pub mod backup;
pub mod cli;
pub mod config;
pub mod demo;
pub mod demo_activity;
pub mod demo_meetings;
pub mod demo_news;
pub mod demo_projects;
pub mod demo_survey;
pub mod generate;
pub mod generate_activity;
pub mod geocoder;
pub mod handouts;
pub mod logging;
pub mod meeting;
pub mod porting;
pub mod progress;
pub mod report;
pub mod report_graph;
pub mod serve;
pub mod storage;
pub mod survey;
