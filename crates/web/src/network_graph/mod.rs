//! The office's network graph (`/office/graph`, issue 17): the associations and who met whom,
//! drawn as server-side SVG (`svg.rs`), with filters by period and kind of edge as a plain GET
//! form, the isolated associations listed first (the accessible version and the office's to-do
//! list), and the same graph as GraphML or a CSV edge list for Gephi.

mod svg;

use app::network_graph::{export, office_graph, GraphError, GraphSources, NetworkGraph};
use askama::Template;
use axum::extract::{RawQuery, State};
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use domain::network_graph::{EdgeKind, GraphFilter, Period};

use crate::error::PageError;
use crate::extract::SignedIn;
use crate::forms::{choices, Choice, FieldErrors, FormFields};
use crate::page::{render, PageCtx, Visit};
use crate::SharedState;

/// Every graph route; merged into the application's router in one place.
pub fn routes() -> Router<SharedState> {
    Router::new().route("/office/graph", get(page)).route("/office/graph/graphml", get(graphml)).route("/office/graph/csv", get(csv))
}

impl From<GraphError> for PageError {
    fn from(error: GraphError) -> Self {
        match error {
            GraphError::Forbidden => PageError::Forbidden,
            GraphError::Store(e) => e.into(),
        }
    }
}

fn sources(state: &SharedState) -> GraphSources<'_> {
    GraphSources {
        directory: state.directory.store().as_ref(),
        meetings: state.projects.meetings.as_ref(),
        introductions: state.projects.introductions.as_ref(),
        projects: state.projects.store.as_ref(),
    }
}

/// The filter as the address carries it: `from`, `to` (YYYY-MM-DD, blank: open) and `kind`
/// (repeated; none: every kind). A bad date is reported and that end left open.
struct Params {
    from: String,
    to: String,
    kinds: Vec<String>,
    filter: GraphFilter,
    /// `(field, code)` of refused dates.
    errors: Vec<(&'static str, &'static str)>,
}

impl Params {
    fn read(query: Option<&str>) -> Params {
        let fields = FormFields::from_pairs(serde_urlencoded::from_str(query.unwrap_or("")).unwrap_or_default());
        let clip = |s: String| s.chars().take(40).collect::<String>();
        let (from, to) = (clip(fields.one("from")), clip(fields.one("to")));
        let kinds: Vec<String> = fields.all("kind").into_iter().filter(|k| EdgeKind::parse(k).is_some()).collect();
        let mut errors = Vec::new();
        let period = match Period::parse(&from, &to) {
            Ok(period) => period,
            Err(error) => {
                errors.push((error.field(), error.code()));
                // Keep whichever end is good.
                let from_only = Period::parse(&from, "").unwrap_or_default();
                let to_only = Period::parse("", &to).unwrap_or_default();
                match error {
                    domain::network_graph::PeriodError::FromDate => to_only,
                    domain::network_graph::PeriodError::ToDate => from_only,
                    domain::network_graph::PeriodError::Order => Period::default(),
                }
            }
        };
        let filter = GraphFilter::new(period, kinds.iter().map(String::as_str));
        Params { from, to, kinds, filter, errors }
    }

    /// The query of the export links (only what was valid).
    fn query(&self) -> String {
        let mut pairs: Vec<(&str, &str)> = Vec::new();
        if !self.errors.iter().any(|(f, _)| *f == "from") && !self.from.is_empty() {
            pairs.push(("from", self.from.trim()));
        }
        if self.errors.is_empty() && !self.to.is_empty() {
            pairs.push(("to", self.to.trim()));
        }
        pairs.extend(self.kinds.iter().map(|k| ("kind", k.as_str())));
        serde_urlencoded::to_string(pairs).unwrap_or_default()
    }
}

/// An isolated association in the list.
pub struct Listed {
    pub name: String,
    pub url: String,
    pub field: String,
    pub classes: String,
    pub activity: u32,
}

/// A field of activity in the legend.
pub struct FieldKey {
    pub label: String,
    pub classes: String,
}

#[derive(Template)]
#[template(path = "network_graph/page.html")]
pub struct GraphPage {
    pub page: PageCtx,
    pub map_css: String,
    pub graph_css: String,
    pub graph_js: String,
    pub from: String,
    pub to: String,
    pub kinds: Vec<Choice>,
    pub errors: FieldErrors,
    pub svg: String,
    pub isolated: Vec<Listed>,
    pub fields: Vec<FieldKey>,
    pub associations: usize,
    pub edges: usize,
    /// Edge counts per kind: (key, label, count).
    pub per_kind: Vec<(String, String, usize)>,
    pub export_query: String,
}

/// `GET /office/graph`.
pub async fn page(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    RawQuery(query): RawQuery,
) -> Result<Response, PageError> {
    let params = Params::read(query.as_deref());
    let net = office_graph(sources(&state), &viewer, &params.filter).await?;
    let page = PageCtx::new(&state, &visit, "graph");
    let tr = &page.tr;
    let index = state.directory.index();
    let field_label = |key: Option<&str>| match key {
        Some(key) => index.categories().iter().find(|c| c.key == key).map_or_else(|| key.to_owned(), |c| c.label(page.lang).to_owned()),
        None => tr.t("graph-field-none"),
    };
    let mut fields: Vec<FieldKey> = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for org in &net.orgs {
        if seen.insert(org.field.clone()) {
            fields.push(FieldKey { label: field_label(org.field.as_deref()), classes: svg::style_of(org.field.as_deref()).classes() });
        }
    }
    fields.sort_by(|a, b| a.label.cmp(&b.label));
    let labels: Vec<String> = net.orgs.iter().map(|o| field_label(o.field.as_deref())).collect();
    let isolated = net
        .graph
        .isolated
        .iter()
        .map(|&i| Listed {
            name: net.orgs[i].name.clone(),
            url: crate::urls::organisation(&net.orgs[i].slug),
            field: labels[i].clone(),
            classes: svg::style_of(net.orgs[i].field.as_deref()).classes(),
            activity: net.graph.nodes[i].activity,
        })
        .collect();
    let svg = svg::draw(&net, &labels, tr);
    let selected: Vec<String> = net.filter.kinds.iter().map(|k| k.key().to_owned()).collect();
    let kind_label = |k: EdgeKind| tr.t(&format!("graph-kind-{}", k.key()));
    let kinds = choices(EdgeKind::ALL.into_iter().map(|k| (k.key().to_owned(), kind_label(k))), &selected);
    let per_kind = EdgeKind::ALL.into_iter().zip(net.graph.per_kind).map(|(k, n)| (k.key().to_owned(), kind_label(k), n)).collect();
    let errors = FieldErrors::new(
        tr,
        &params.errors.iter().map(|&(f, c)| domain::profile_form::FieldError { field: f.to_owned(), code: c }).collect::<Vec<_>>(),
    )
    .labelled([("from".to_owned(), tr.t("graph-from")), ("to".to_owned(), tr.t("graph-to"))]);
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::BAD_REQUEST };
    let body = GraphPage {
        map_css: state.assets.url("map.css"),
        graph_css: state.assets.url("graph.css"),
        graph_js: state.assets.url("graph.js"),
        from: params.from.clone(),
        to: params.to.clone(),
        kinds,
        errors,
        svg,
        isolated,
        fields,
        associations: net.orgs.len(),
        edges: net.graph.edges.len(),
        per_kind,
        export_query: params.query(),
        page,
    };
    Ok(render(status, &body))
}

/// The graph for an export; a refused date sends the office back to the page that says why.
async fn exported(
    state: &SharedState,
    viewer: &app::accounts::sign_in::Viewer,
    query: Option<String>,
) -> Result<Result<NetworkGraph, Response>, PageError> {
    let params = Params::read(query.as_deref());
    if !params.errors.is_empty() {
        return Ok(Err(Redirect::to(&format!("/office/graph?{}", query.unwrap_or_default())).into_response()));
    }
    Ok(Ok(office_graph(sources(state), viewer, &params.filter).await?))
}

/// `GET /office/graph/graphml`.
pub async fn graphml(
    State(state): State<SharedState>,
    SignedIn(viewer): SignedIn,
    RawQuery(query): RawQuery,
) -> Result<Response, PageError> {
    Ok(match exported(&state, &viewer, query).await? {
        Ok(net) => download(export::graphml(&net), "application/graphml+xml; charset=utf-8", "knotenpunkt-network.graphml"),
        Err(back) => back,
    })
}

/// `GET /office/graph/csv`.
pub async fn csv(State(state): State<SharedState>, SignedIn(viewer): SignedIn, RawQuery(query): RawQuery) -> Result<Response, PageError> {
    Ok(match exported(&state, &viewer, query).await? {
        Ok(net) => download(export::csv_edges(&net), "text/csv; charset=utf-8", "knotenpunkt-network-edges.csv"),
        Err(back) => back,
    })
}

fn download(body: String, content_type: &'static str, file_name: &str) -> Response {
    ([(CONTENT_TYPE, content_type.to_owned()), (CONTENT_DISPOSITION, format!("attachment; filename=\"{file_name}\""))], body)
        .into_response()
}
