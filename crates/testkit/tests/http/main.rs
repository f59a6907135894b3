//! HTTP tests against the real application on port 0 with a fresh database.

#![allow(clippy::unwrap_used)]

mod access_matrix;
mod accounts;
mod admin;
mod api;
mod confirm;
mod directory_items;
mod directory_pages;
mod feedback;
mod graph;
mod handouts;
mod hardening;
mod hostile;
mod i18n;
mod inbox;
mod logo;
mod mail_language;
mod map;
mod marketplace;
mod meetings;
mod members;
mod moderation;
mod newcomers;
mod news;
mod observability;
mod outage;
mod parked_forms;
mod porting;
mod projects;
mod propose;
mod reports;
mod search_quality;
mod security;
mod storage;
mod survey;
mod two_servers;
