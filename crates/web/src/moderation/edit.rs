//! `/organisations/{slug}/edit`: representatives and the office edit an association's profile.
//! The public keeps seeing the approved version until the office approves the change (unless
//! the association is trusted or the office edits).

use app::map::place_profile::place_profile;
use app::moderation::{edit_state, submit_edit, EditOutcome};
use app::ports::OrgRecord;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use domain::language::UiLocale;
use domain::organisation::{Audience, LegalForm, Organisation, TargetGroup, Visibility};
use domain::profile_form::section::ProfileSection;
use domain::profile_form::{FieldError, FormContext, PersonInput, ProfileInput};
use serde::Deserialize;

use crate::error::PageError;
use crate::extract::Association;
use crate::extract::SignedIn;
use crate::forms::{choices, spoken_languages, with_repeated, Choice, FieldErrors, FormFields};
use crate::page::{render, PageCtx, Visit};
use crate::parked_forms;
use crate::urls;
use crate::SharedState;

/// How many empty contact person rows the form offers.
const BLANK_PERSONS: usize = 2;

/// The texts of one interface language.
pub struct LangTexts {
    pub code: &'static str,
    pub name: &'static str,
    pub dir: &'static str,
    pub summary: String,
    pub description: String,
    pub meeting_times: String,
}

/// One contact person row.
pub struct PersonRow {
    pub index: usize,
    pub input: PersonInput,
    pub visibilities: Vec<Choice>,
}

#[derive(Template)]
#[template(path = "moderation/edit.html")]
pub struct EditPage {
    pub page: PageCtx,
    pub slug: String,
    pub public_name: String,
    pub published: bool,
    pub pending_number: Option<i64>,
    pub saved: Option<String>,
    /// The input was kept from a form sent after the session had ended.
    pub kept: bool,
    pub input: ProfileInput,
    pub errors: FieldErrors,
    pub legal_forms: Vec<Choice>,
    pub categories: Vec<Choice>,
    pub target_groups: Vec<Choice>,
    pub languages: Vec<Choice>,
    pub districts: Vec<Choice>,
    pub wheelchair: Vec<Choice>,
    pub main_texts: Vec<LangTexts>,
    pub other_texts: Vec<LangTexts>,
    pub persons: Vec<PersonRow>,
    /// The association's open offers and needs: (id, "offers" | "needs", title).
    pub items: Vec<ItemRow>,
    /// A small map whose pin can be dragged to set the position (with JavaScript; the
    /// latitude and longitude fields work without).
    pub pin_map: crate::directory::profile::PlaceMap,
    /// The logo form.
    pub logo: super::logo::LogoSection,
    /// The one part of the form shown and saved (`?section=contact`), or all of them.
    pub section: Option<ProfileSection>,
    /// The public page as it will look with the sent input (rendered, not saved).
    pub preview: Option<String>,
}

impl EditPage {
    /// True when the part with this key is on the page.
    pub fn shows(&self, key: &str) -> bool {
        self.section.is_none_or(|s| s.key() == key)
    }

    /// The key of the part shown alone, or "".
    pub fn section_key(&self) -> &'static str {
        self.section.map_or("", ProfileSection::key)
    }
}

/// An open offer or need of the association, on its edit page.
pub struct ItemRow {
    pub id: i64,
    /// Where it is shown: its page, or (past its end date) its form.
    pub url: String,
    pub title: String,
    pub network_only: bool,
    /// Its end date when that has passed: hidden from lists until extended.
    pub expired_on: Option<String>,
}

impl ItemRow {
    fn of(item: &domain::marketplace::Item, expired: bool) -> Self {
        ItemRow {
            id: item.id.0,
            url: if expired { urls::item_edit(item.id) } else { crate::marketplace::view::item_url(item) },
            title: item.content.title.clone(),
            network_only: !item.visible_to(domain::organisation::Audience::Public),
            expired_on: if expired { item.content.end_date.clone() } else { None },
        }
    }
}

pub(super) fn build_page(state: &SharedState, visit: &Visit, record: &OrgRecord, input: ProfileInput, errors: &[FieldError]) -> EditPage {
    let page = PageCtx::new(state, visit, "account");
    let index = state.directory.index();
    let lang = page.lang;
    let t = |id: String| page.t(&id);
    let legal_forms = choices(
        LegalForm::ALL.iter().map(|f| (f.key().to_owned(), t(format!("legal-form-{}", f.key().replace('_', "-"))))),
        std::slice::from_ref(&input.legal_form),
    );
    let categories = choices(index.categories().iter().map(|c| (c.key.clone(), c.label(lang).to_owned())), &input.categories);
    let target_groups =
        choices(TargetGroup::ALL.iter().map(|g| (g.key().to_owned(), t(format!("target-group-{}", g.key())))), &input.target_groups);
    let languages = spoken_languages(&page.tr, &input.languages);
    let mut district_list = vec![(String::new(), page.t("edit-district-none"))];
    district_list.extend(index.districts().iter().map(|d| (d.key.clone(), d.name.clone())));
    let districts = choices(district_list, std::slice::from_ref(&input.district));
    let wheelchair = choices(
        [("", "edit-wheelchair-unknown"), ("yes", "wheelchair-yes"), ("partial", "wheelchair-partial"), ("no", "wheelchair-no")]
            .into_iter()
            .map(|(v, id)| (v.to_owned(), page.t(id))),
        std::slice::from_ref(&input.wheelchair),
    );
    let texts = |l: UiLocale| LangTexts {
        code: l.code(),
        name: l.endonym(),
        dir: if l.is_rtl() { "rtl" } else { "ltr" },
        summary: ProfileInput::text(&input.summary, l.code()).to_owned(),
        description: ProfileInput::text(&input.description, l.code()).to_owned(),
        meeting_times: ProfileInput::text(&input.meeting_times, l.code()).to_owned(),
    };
    let main_texts = vec![texts(UiLocale::De)];
    let other_texts = UiLocale::ALL.into_iter().filter(|l| *l != UiLocale::De).map(texts).collect();
    let mut rows = input.persons.clone();
    rows.extend(std::iter::repeat_with(|| PersonInput { visibility: "office".into(), ..Default::default() }).take(BLANK_PERSONS));
    let persons = rows
        .into_iter()
        .enumerate()
        .map(|(index, input)| PersonRow {
            index,
            visibilities: choices(
                Visibility::ALL.iter().map(|v| (v.key().to_owned(), page.t(&format!("visibility-{}", v.key())))),
                std::slice::from_ref(&input.visibility),
            ),
            input,
        })
        .collect();
    let pin_map = pin_map(state, &page, &input, record);
    let errors = FieldErrors::new(&page.tr, errors);
    EditPage {
        slug: record.slug.to_string(),
        public_name: record.profile.as_ref().map_or_else(|| record.name.clone(), |p| p.name.clone()),
        published: record.approved.is_some() && !record.archived,
        pending_number: None,
        saved: None,
        kept: false,
        errors,
        legal_forms,
        categories,
        target_groups,
        languages,
        districts,
        wheelchair,
        main_texts,
        other_texts,
        persons,
        items: {
            let view = state.marketplace.view();
            let current = view.of_organisation(record.id, domain::organisation::Audience::Office);
            let expired = view.expired_of(record.id);
            current.iter().map(|i| ItemRow::of(i, false)).chain(expired.iter().map(|i| ItemRow::of(i, true))).collect()
        },
        pin_map,
        logo: Default::default(),
        section: None,
        preview: None,
        input,
        page,
    }
}

/// The settings of the pin map: the current position, else the city's centre without a pin.
fn pin_map(state: &SharedState, page: &PageCtx, input: &ProfileInput, record: &OrgRecord) -> crate::directory::profile::PlaceMap {
    use crate::map::settings::{Consent, MapSettings, Place, View};
    let map = &state.site.map;
    let point = match (input.lat.replace(',', ".").parse::<f64>(), input.lon.replace(',', ".").parse::<f64>()) {
        (Ok(lat), Ok(lon)) => domain::geo::GeoPoint::new(lat, lon).ok(),
        _ => None,
    };
    let view = match point {
        Some(p) => View { lat: p.lat(), lon: p.lon(), zoom: map.max_zoom.min(16) },
        None => View { lat: map.centre.lat(), lon: map.centre.lon(), zoom: map.zoom },
    };
    let mut settings = MapSettings::new(state, page, "pin", String::new(), Some(view));
    settings.place = point.map(|p| Place {
        lat: p.lat(),
        lon: p.lon(),
        name: record.name.clone(),
        classes: crate::map::style::CategoryStyle::of(input.categories.first().map_or("", String::as_str)).classes(),
    });
    settings.categories.clear();
    settings.languages.clear();
    crate::directory::profile::PlaceMap {
        assets: crate::map::page::MapAssets::of(state),
        settings: settings.to_json(),
        consent: Consent::of(state),
        city_map_url: String::new(),
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct SavedParam {
    pub saved: Option<String>,
    /// Show one part of the form only (`basics`, `texts`, `work`, `place`, `contact`, `persons`).
    pub section: Option<String>,
}

pub async fn form(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Association(record): Association,
    headers: HeaderMap,
    Query(q): Query<SavedParam>,
) -> Result<Response, PageError> {
    let edit = edit_state(&state.directory, &viewer, record.id).await?;
    // Only now, with the viewer allowed to edit: what they typed before their session ended.
    let kept = parked_forms::take(&state, &headers, visit.uri.path()).await;
    let input = kept.as_ref().map_or_else(|| ProfileInput::from_profile(&edit.draft), input_of);
    let mut page = build_page(&state, &visit, &record, input, &[]);
    page.pending_number = edit.pending.as_ref().map(|(n, _)| *n);
    page.logo = super::logo::LogoSection::of(&edit);
    // A form kept from an ended session holds every part.
    page.section = q.section.as_deref().and_then(ProfileSection::parse).filter(|_| kept.is_none());
    let saved = q
        .saved
        .filter(|s| matches!(s.as_str(), "pending" | "published" | "unchanged" | "closed") || super::logo::SAVED.contains(&s.as_str()));
    match saved {
        Some(s) if s.starts_with("logo-") => page.logo.saved = Some(s),
        other => page.saved = other,
    }
    page.kept = kept.is_some();
    let mut response = render(StatusCode::OK, &page);
    if page.kept {
        parked_forms::forget(&state, &mut response);
    }
    Ok(response)
}

/// The form's fields as a [`ProfileInput`].
pub fn input_of(form: &FormFields) -> ProfileInput {
    let mut persons = Vec::new();
    for i in 0..20 {
        let field = |name: &str| form.one(&format!("persons.{i}.{name}"));
        if !form.0.iter().any(|(k, _)| k.starts_with(&format!("persons.{i}."))) {
            continue;
        }
        persons.push(PersonInput {
            name: field("name"),
            function: field("function"),
            email: field("email"),
            phone: field("phone"),
            visibility: field("visibility"),
            consent: form.ticked(&format!("persons.{i}.consent")),
        });
    }
    ProfileInput {
        name: form.one("name"),
        short_name: form.one("short_name"),
        legal_form: form.one("legal_form"),
        mso: form.ticked("mso"),
        founded: form.one("founded"),
        summary: form.with_prefix("summary"),
        description: form.with_prefix("description"),
        meeting_times: form.with_prefix("meeting_times"),
        categories: form.all("categories"),
        target_groups: form.all("target_groups"),
        languages: form.all("languages"),
        origins: form.one("origins"),
        street: form.one("street"),
        postcode: form.one("postcode"),
        city: form.one("city"),
        district: form.one("district"),
        lat: form.one("lat"),
        lon: form.one("lon"),
        wheelchair: form.one("wheelchair"),
        email: form.one("email"),
        phone: form.one("phone"),
        website: form.one("website"),
        social: form.one("social"),
        persons,
    }
}

pub async fn submit(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Association(record): Association,
    body: Bytes,
) -> Result<Response, PageError> {
    let edit = edit_state(&state.directory, &viewer, record.id).await?;
    let fields = FormFields::parse(&body);
    let section = ProfileSection::parse(&fields.one("section"));
    let wants_preview = fields.one("preview") == "1";
    // One part saved alone: the others as stored, whatever the page held.
    let input = match section {
        Some(part) => part.merge(ProfileInput::from_profile(&edit.draft), input_of(&fields)),
        None => input_of(&fields),
    };
    let index = state.directory.index();
    let categories: Vec<String> = index.categories().iter().map(|c| c.key.clone()).collect();
    let districts: Vec<String> = index.districts().iter().map(|d| d.key.clone()).collect();
    let now = state.clock.now().to_rfc3339();
    let this_year = now.get(..4).and_then(|y| y.parse().ok()).unwrap_or(2026);
    let recorded_by = format!("user:{}", viewer.user.id);
    let ctx = FormContext {
        categories: &categories,
        districts: &districts,
        previous: Some(&edit.draft),
        recorded_by: &recorded_by,
        now: &now,
        this_year,
    };
    let validated = with_repeated(&fields, input.validate(&ctx));
    let again = |input: ProfileInput, errors: &[FieldError]| {
        let mut page = build_page(&state, &visit, &record, input, errors);
        page.pending_number = edit.pending.as_ref().map(|(n, _)| *n);
        page.logo = super::logo::LogoSection::of(&edit);
        // A problem in a part not on the page (an older entry the rules now refuse): all parts.
        page.section = section.filter(|part| errors.iter().all(|e| part.owns(&e.field)));
        page
    };
    let profile = match validated {
        Err(errors) => return Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &again(input, &errors))),
        Ok(profile) if wants_preview => {
            let mut page = again(input, &[]);
            page.preview = Some(preview(&state, &visit, &record, profile));
            return Ok(render(StatusCode::OK, &page));
        }
        Ok(profile) => place_profile(state.geocoder.as_ref(), profile).await,
    };
    let saved = match submit_edit(&state.directory, state.accounts.as_ref(), &viewer, record.id, profile).await? {
        EditOutcome::Published { .. } => "published",
        EditOutcome::Pending { .. } => "pending",
        EditOutcome::Unchanged => "unchanged",
    };
    Ok(Redirect::to(&urls::edit_saved(record.slug.as_str(), saved, None)).into_response())
}

/// The public page's article as it would look with `profile` (nothing saved): what the
/// public sees, without the map and the offers and needs, which the form does not change.
fn preview(state: &SharedState, visit: &Visit, record: &OrgRecord, profile: domain::organisation::Profile) -> String {
    let org = Organisation { id: record.id, slug: record.slug.clone(), profile, updated_at: String::new() };
    let mut view = crate::directory::profile::build(state, PageCtx::new(state, visit, "account"), &org, "", Audience::Public);
    view.place = None;
    view.offers.clear();
    view.needs.clear();
    let rendered = view.as_article().render();
    rendered.unwrap_or_else(|error| {
        tracing::error!(%error, "profile preview failed");
        String::new()
    })
}
