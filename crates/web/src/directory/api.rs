//! Open data: the directory as JSON and CSV.

use std::collections::BTreeMap;
use std::sync::Arc;

use app::directory::export_organisations::export_organisations;
use app::directory::index::Listing;
use app::directory::search_organisations::{search_organisations, ItemNarrowing};
use app::directory::show_organisation::show_organisation;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Json;
use domain::localized::LocalizedText;
use domain::organisation::{Audience, Organisation};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::item_filter::item_filter;
use super::view::{lang_param, raw_query};
use crate::api_error::ApiError;
use crate::{base_url, SharedState};

/// Query parameters of the list; all optional (documentation for OpenAPI; parsing is lenient).
#[derive(Debug, Deserialize, IntoParams)]
#[allow(dead_code)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// Full-text search (German stemming, prefix matching), at most 200 characters.
    pub q: Option<String>,
    /// Key of a field of activity, e.g. `language`.
    pub category: Option<String>,
    /// One of children, youth, women, men, seniors, families, refugees, newcomers, everyone.
    pub target_group: Option<String>,
    /// ISO 639 code of a language spoken, e.g. `ar`.
    pub language: Option<String>,
    /// Key of a district, e.g. `weststadt`.
    pub district: Option<String>,
    /// Migrant self-organisation: `true` or `false`.
    pub mso: Option<String>,
    /// `relevance` (default), `name` or `updated`.
    pub sort: Option<String>,
    /// Page number from 1.
    pub page: Option<String>,
    /// Results per page, 1 to 100 (default 20).
    pub per_page: Option<String>,
    /// Language of texts in the answer (default `de`).
    pub lang: Option<String>,
}

/// The filter on offers and needs (documentation for OpenAPI): both given means both must hold.
#[derive(Debug, Deserialize, IntoParams)]
#[allow(dead_code)]
#[into_params(parameter_in = Query)]
pub struct ItemFilterParams {
    /// Only associations with an open offer in this category (key such as `rooms`, or its German
    /// name), or with any open offer: `any`.
    pub offers: Option<String>,
    /// Only associations with an open need in this category (key or German name), or `any`.
    pub needs: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct PositionJson {
    pub lat: f64,
    pub lon: f64,
}

/// One organisation in a list.
#[derive(Serialize, ToSchema)]
pub struct OrganisationItem {
    pub id: i64,
    pub slug: String,
    pub name: String,
    /// One-sentence summary in the requested language, else German.
    pub summary: Option<String>,
    /// Keys of fields of activity.
    pub categories: Vec<String>,
    /// ISO 639 codes.
    pub languages: Vec<String>,
    /// District key.
    pub district: Option<String>,
    pub position: Option<PositionJson>,
    /// Absolute URL of the profile page.
    pub url: String,
    /// Absolute URL of the logo (PNG, at most 512 × 512 pixels), if the association has one.
    pub logo_url: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ListResponse {
    pub total: usize,
    pub page: u32,
    pub per_page: u32,
    pub items: Vec<OrganisationItem>,
}

/// The public profile of one organisation.
#[derive(Serialize, ToSchema)]
pub struct ProfileResponse {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub short_name: Option<String>,
    /// registered_association, nonprofit_company, initiative, religious_community, public_body or other.
    pub legal_form: String,
    /// Migrant self-organisation.
    pub mso: bool,
    pub founded: Option<u16>,
    /// Per language code.
    pub summary: BTreeMap<String, String>,
    /// Markdown, per language code.
    pub description: BTreeMap<String, String>,
    pub categories: Vec<String>,
    pub target_groups: Vec<String>,
    pub languages: Vec<String>,
    pub origins: Vec<String>,
    pub address: Option<AddressJson>,
    pub district: Option<String>,
    pub position: Option<PositionJson>,
    /// yes, partial or no.
    pub wheelchair: Option<String>,
    pub meeting_times: BTreeMap<String, String>,
    pub contact: ContactJson,
    /// Only persons who consented to publication.
    pub contact_persons: Vec<PersonJson>,
    pub url: String,
    /// Absolute URL of the logo (PNG, at most 512 × 512 pixels), if the association has one.
    pub logo_url: Option<String>,
    pub updated_at: String,
    /// The licence of this data (SPDX id: `CC0-1.0` or `ODbL-1.0`), as the city chose it.
    pub licence: String,
}

#[derive(Serialize, ToSchema)]
pub struct AddressJson {
    pub street: String,
    pub postcode: String,
    pub city: String,
}

#[derive(Serialize, ToSchema)]
pub struct ContactJson {
    pub email: Option<String>,
    pub phone: Option<String>,
    pub website: Option<String>,
    pub social: Vec<String>,
}

#[derive(Serialize, ToSchema)]
pub struct PersonJson {
    pub name: String,
    pub function: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

fn texts(text: &LocalizedText) -> BTreeMap<String, String> {
    text.iter().map(|(l, t)| (l.to_owned(), t.to_owned())).collect()
}

fn item(p: &Listing, base: &str, lang: &str) -> OrganisationItem {
    OrganisationItem {
        id: p.id().0,
        slug: p.slug().to_owned(),
        name: p.name().to_owned(),
        summary: p.summary().choose(lang).map(|c| c.text.to_owned()),
        categories: p.categories().map(str::to_owned).collect(),
        languages: p.languages().iter().map(|l| l.as_str().to_owned()).collect(),
        district: p.district().map(str::to_owned),
        position: p.position().map(|g| PositionJson { lat: g.lat(), lon: g.lon() }),
        url: format!("{base}/organisations/{}", p.slug()),
        logo_url: p.logo().map(|h| format!("{base}{}", h.url())),
    }
}

fn profile_json(org: &Organisation, base: &str, licence: app::porting::Licence) -> ProfileResponse {
    let p = &org.profile;
    ProfileResponse {
        id: org.id.0,
        slug: org.slug.to_string(),
        name: p.name.clone(),
        short_name: p.short_name.clone(),
        legal_form: p.legal_form.key().to_owned(),
        mso: p.mso,
        founded: p.founded,
        summary: texts(&p.summary),
        description: texts(&p.description),
        categories: p.categories.clone(),
        target_groups: p.target_groups.iter().map(|g| g.key().to_owned()).collect(),
        languages: p.languages.iter().map(|l| l.as_str().to_owned()).collect(),
        origins: p.origins.clone(),
        address: p.address.as_ref().map(|a| AddressJson { street: a.street.clone(), postcode: a.postcode.clone(), city: a.city.clone() }),
        district: p.district.clone(),
        position: p.position.map(|g| PositionJson { lat: g.lat(), lon: g.lon() }),
        wheelchair: p.wheelchair.map(|w| w.key().to_owned()),
        meeting_times: texts(&p.meeting_times),
        contact: ContactJson {
            email: p.contact.email.clone(),
            phone: p.contact.phone.clone(),
            website: p.contact.website.clone(),
            social: p.contact.social.clone(),
        },
        contact_persons: p
            .public_contact_persons()
            .map(|c| PersonJson { name: c.name.clone(), function: c.function.clone(), email: c.email.clone(), phone: c.phone.clone() })
            .collect(),
        url: format!("{base}/organisations/{}", org.slug),
        logo_url: p.logo.as_ref().map(|h| format!("{base}{}", h.url())),
        updated_at: org.updated_at.clone(),
        licence: licence.id().to_owned(),
    }
}

/// Search the directory. `offers` and `needs` count public offers and needs only: the open API
/// answers as the public, also to signed-in members.
#[utoipa::path(get, path = "/api/v1/organisations", tag = "directory", params(ListParams, ItemFilterParams),
    responses((status = 200, body = ListResponse), (status = 400, description = "Invalid parameter (code e.g. `unknown_category`, `unknown_item_category`)", body = crate::api_error::ErrorBody)))]
pub async fn list(State(state): State<SharedState>, headers: HeaderMap, uri: Uri) -> Result<Json<ListResponse>, ApiError> {
    let lang = lang_param(&uri).unwrap_or_else(|| "de".to_owned());
    let filter = item_filter(&uri).map_err(|e| ApiError::bad_request("unknown_item_category", e))?;
    let items = ItemNarrowing { filter, audience: Audience::Public };
    let (query, results) = search_organisations(&state.directory, &state.marketplace, &raw_query(&uri), items)
        .map_err(|e| ApiError::bad_request(e.code(), &e))?;
    let base = base_url(&state, &headers);
    Ok(Json(ListResponse {
        total: results.total,
        page: query.page,
        per_page: query.per_page,
        items: results.items.iter().map(|o| item(&o, &base, &lang)).collect(),
    }))
}

/// One organisation's public profile.
#[utoipa::path(get, path = "/api/v1/organisations/{slug}", tag = "directory",
    params(("slug" = String, Path, description = "The organisation's slug")),
    responses((status = 200, body = ProfileResponse), (status = 404, body = crate::api_error::ErrorBody)))]
pub async fn profile(
    State(state): State<SharedState>,
    headers: HeaderMap,
    slug: Result<Path<String>, PathRejection>,
) -> Result<Json<ProfileResponse>, ApiError> {
    // A path that is not valid text finds nothing, like any unknown one.
    let slug = slug.map(|Path(v)| v).unwrap_or_default();
    let org = show_organisation(&state.directory, &slug)
        .await
        .map_err(|error| {
            tracing::error!(%error, "profile lookup failed");
            ApiError::internal()
        })?
        .ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, "not_found", "no organisation with this slug"))?;
    Ok(Json(profile_json(&org, &base_url(&state, &headers), state.site.data_licence)))
}

/// All public fields of all published organisations as CSV (UTF-8, header row). The complete
/// export: it takes none of the list's parameters (search, filters, `offers`, `needs`).
#[utoipa::path(get, path = "/api/v1/organisations.csv", tag = "directory",
    responses((status = 200, description = "CSV file of every published association; no filters", content_type = "text/csv")))]
pub async fn csv(State(state): State<SharedState>, headers: HeaderMap) -> Response {
    let csv_file = |body: Arc<[u8]>| {
        ([(CONTENT_TYPE, "text/csv; charset=utf-8"), (CONTENT_DISPOSITION, "attachment; filename=\"organisations.csv\"")], body.to_vec())
            .into_response()
    };
    // Read before the content, so that a change in between makes the next request rebuild.
    let stamp = match state.directory.store().directory_stamp().await {
        Ok(stamp) => stamp,
        Err(error) => {
            tracing::error!(%error, "csv export failed");
            return ApiError::internal().into_response();
        }
    };
    if let Some(body) = state.csv_cache.get(&stamp) {
        return csv_file(body);
    }
    let all = match export_organisations(&state.directory).await {
        Ok(all) => all,
        Err(error) => {
            tracing::error!(%error, "csv export failed");
            return ApiError::internal().into_response();
        }
    };
    match to_csv(&all, &base_url(&state, &headers)) {
        Ok(body) => {
            let body: Arc<[u8]> = Arc::from(body);
            state.csv_cache.put(stamp, body.clone());
            csv_file(body)
        }
        Err(error) => {
            tracing::error!(%error, "csv export failed");
            ApiError::internal().into_response()
        }
    }
}

const CSV_HEADER: [&str; 26] = [
    "id",
    "slug",
    "name",
    "short_name",
    "legal_form",
    "mso",
    "founded",
    "summary_de",
    "description_de",
    "categories",
    "target_groups",
    "languages",
    "origins",
    "street",
    "postcode",
    "city",
    "district",
    "lat",
    "lon",
    "wheelchair",
    "meeting_times_de",
    "email",
    "phone",
    "website",
    "social",
    "contact_persons",
];

fn to_csv(all: &[Organisation], base: &str) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header: Vec<&str> = CSV_HEADER.to_vec();
    header.push("url");
    writer.write_record(&header)?;
    for org in all {
        let p = &org.profile;
        let de = |t: &LocalizedText| t.choose("de").map(|c| c.text.to_owned()).unwrap_or_default();
        let persons: Vec<String> = p
            .public_contact_persons()
            .map(|c| {
                [Some(c.name.clone()), c.function.clone(), c.email.clone(), c.phone.clone()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .collect();
        let (street, postcode, city) = p
            .address
            .as_ref()
            .map_or((String::new(), String::new(), String::new()), |a| (a.street.clone(), a.postcode.clone(), a.city.clone()));
        let row = [
            org.id.0.to_string(),
            org.slug.to_string(),
            p.name.clone(),
            p.short_name.clone().unwrap_or_default(),
            p.legal_form.key().to_owned(),
            p.mso.to_string(),
            p.founded.map(|y| y.to_string()).unwrap_or_default(),
            de(&p.summary),
            de(&p.description),
            p.categories.join(";"),
            p.target_groups.iter().map(|g| g.key()).collect::<Vec<_>>().join(";"),
            p.languages.iter().map(|l| l.as_str()).collect::<Vec<_>>().join(";"),
            p.origins.join(";"),
            street,
            postcode,
            city,
            p.district.clone().unwrap_or_default(),
            p.position.map(|g| g.lat().to_string()).unwrap_or_default(),
            p.position.map(|g| g.lon().to_string()).unwrap_or_default(),
            p.wheelchair.map(|w| w.key().to_owned()).unwrap_or_default(),
            de(&p.meeting_times),
            p.contact.email.clone().unwrap_or_default(),
            p.contact.phone.clone().unwrap_or_default(),
            p.contact.website.clone().unwrap_or_default(),
            p.contact.social.join(";"),
            persons.join(" | "),
            format!("{base}/organisations/{}", org.slug),
        ];
        writer.write_record(row.iter().map(|cell| super::csv_cell::neutralise(cell).into_owned()))?;
    }
    writer.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}
