//! `/metrics` in Prometheus' text format: requests by route template (never the raw path, so
//! the number of series stays fixed), method and status; latency histograms per route; the job
//! queue by state, job and mail outcomes and index rebuilds (`app::metrics`). Off unless
//! `server.metrics_allow` names addresses or networks, and then only for clients from those
//! (the client as `client_address` works it out, so a trusted proxy's clients are judged by
//! their own address).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::net::SocketAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use app::metrics::{Counters, COUNTERS};
use axum::extract::{ConnectInfo, MatchedPath, Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

use crate::client_address::TrustedProxies;
use crate::error::PageError;
use crate::SharedState;

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 11] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0];

#[derive(Debug, Default, Clone)]
struct Histogram {
    /// Requests at or under each bucket's bound (not cumulative here; summed when written).
    buckets: [u64; BUCKETS.len()],
    count: u64,
    sum: f64,
}

/// What `/metrics` shows about requests, and who may see it.
#[derive(Debug, Default)]
pub struct Metrics {
    /// Addresses and networks allowed to read `/metrics`; empty: `/metrics` is off.
    allow: TrustedProxies,
    requests: Mutex<BTreeMap<(String, String, u16), u64>>,
    latency: Mutex<BTreeMap<String, Histogram>>,
}

impl Metrics {
    pub fn new(allow: TrustedProxies) -> Self {
        Self { allow, ..Self::default() }
    }

    fn record(&self, method: &str, route: &str, status: StatusCode, took: Duration) {
        if let Ok(mut requests) = self.requests.lock() {
            *requests.entry((route.to_owned(), method.to_owned(), status.as_u16())).or_default() += 1;
        }
        if let Ok(mut latency) = self.latency.lock() {
            let histogram = latency.entry(route.to_owned()).or_default();
            let seconds = took.as_secs_f64();
            if let Some(bucket) = BUCKETS.iter().position(|bound| seconds <= *bound) {
                histogram.buckets[bucket] += 1;
            }
            histogram.count += 1;
            histogram.sum += seconds;
        }
    }
}

pub fn router() -> Router<SharedState> {
    Router::new().route("/metrics", get(metrics))
}

/// Route middleware: counts the request under its route template and times it.
pub async fn track(State(state): State<SharedState>, request: Request, next: Next) -> Response {
    let route = request.extensions().get::<MatchedPath>().map_or_else(|| "unmatched".to_owned(), |m| m.as_str().to_owned());
    let method = request.method().as_str().to_owned();
    let started = Instant::now();
    let response = next.run(request).await;
    state.metrics.record(&method, &route, response.status(), started.elapsed());
    response
}

/// A label value with `\`, `"` and line breaks escaped.
fn label(value: &str) -> String {
    value.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
}

fn family(out: &mut String, name: &str, kind: &str, help: &str) {
    let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} {kind}");
}

async fn metrics(State(state): State<SharedState>, request: Request) -> Response {
    if state.metrics.allow.is_empty() {
        return PageError::NOT_FOUND.into_response();
    }
    let client = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(peer)| state.trusted_proxies.client(peer.ip(), request.headers()));
    if !client.is_some_and(|ip| state.metrics.allow.contains(ip)) {
        return (StatusCode::FORBIDDEN, "/metrics is not available from this address\n").into_response();
    }
    let mut out = String::new();
    family(&mut out, "knotenpunkt_http_requests_total", "counter", "HTTP requests by route template, method and status.");
    if let Ok(requests) = state.metrics.requests.lock() {
        for ((route, method, status), count) in requests.iter() {
            let _ = writeln!(
                out,
                "knotenpunkt_http_requests_total{{route=\"{}\",method=\"{method}\",status=\"{status}\"}} {count}",
                label(route)
            );
        }
    }
    family(&mut out, "knotenpunkt_http_request_duration_seconds", "histogram", "Time to answer, by route template.");
    if let Ok(latency) = state.metrics.latency.lock() {
        for (route, histogram) in latency.iter() {
            let route = label(route);
            let mut cumulative = 0;
            for (bound, count) in BUCKETS.iter().zip(histogram.buckets) {
                cumulative += count;
                let _ = writeln!(out, "knotenpunkt_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{bound}\"}} {cumulative}");
            }
            let _ = writeln!(out, "knotenpunkt_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {}", histogram.count);
            let _ = writeln!(out, "knotenpunkt_http_request_duration_seconds_sum{{route=\"{route}\"}} {}", histogram.sum);
            let _ = writeln!(out, "knotenpunkt_http_request_duration_seconds_count{{route=\"{route}\"}} {}", histogram.count);
        }
    }
    match state.jobs.store().queue_depth().await {
        Ok(depth) => {
            family(&mut out, "knotenpunkt_jobs", "gauge", "Jobs in the queue by state.");
            for (name, count) in [("queued", depth.queued), ("running", depth.running), ("done", depth.done), ("failed", depth.failed)] {
                let _ = writeln!(out, "knotenpunkt_jobs{{state=\"{name}\"}} {count}");
            }
        }
        Err(error) => tracing::warn!(%error, "metrics: cannot count the jobs"),
    }
    let counters = [
        ("knotenpunkt_jobs_completed_total", "Jobs run to the end by this process.", &COUNTERS.jobs_completed),
        ("knotenpunkt_job_attempts_failed_total", "Job attempts that failed in this process.", &COUNTERS.jobs_failed),
        ("knotenpunkt_mails_sent_total", "Mails handed to the mailer.", &COUNTERS.mails_sent),
        ("knotenpunkt_mails_failed_total", "Mails the mailer did not take.", &COUNTERS.mails_failed),
        ("knotenpunkt_index_rebuilds_total", "Builds of the directory search index.", &COUNTERS.index_rebuilds),
    ];
    for (name, help, counter) in counters {
        family(&mut out, name, "counter", help);
        let _ = writeln!(out, "{name} {}", Counters::read(counter));
    }
    family(&mut out, "knotenpunkt_organisations_indexed", "gauge", "Associations in the search index.");
    let _ = writeln!(out, "knotenpunkt_organisations_indexed {}", state.directory.index().len());
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8"), (header::CACHE_CONTROL, "no-store")], out).into_response()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn latency_falls_into_the_first_bucket_that_holds_it() {
        let metrics = Metrics::default();
        metrics.record("GET", "/organisations/{slug}", StatusCode::OK, Duration::from_millis(7));
        metrics.record("GET", "/organisations/{slug}", StatusCode::NOT_FOUND, Duration::from_secs(30));
        let latency = metrics.latency.lock().unwrap();
        let histogram = &latency["/organisations/{slug}"];
        assert_eq!(histogram.buckets[1], 1, "7 ms is in the 10 ms bucket");
        assert_eq!((histogram.buckets.iter().sum::<u64>(), histogram.count), (1, 2), "30 s only in +Inf");
        assert_eq!(metrics.requests.lock().unwrap().len(), 2);
        assert_eq!(label("a\"b\\"), "a\\\"b\\\\");
    }
}
