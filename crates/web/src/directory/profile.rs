//! An association's public profile page, with schema.org JSON-LD.

use app::accounts::sign_in::Viewer;
use app::directory::show_organisation::show_organisation;
use askama::Template;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use domain::marketplace::ItemKind;
use domain::organisation::{Audience, Organisation, Visibility};

use super::jsonld::json_ld;
use super::view::{category_labels, district_name, ShownText};
use crate::error::PageError;
use crate::map::page::MapAssets;
use crate::map::settings::{map_csp, Consent, MapSettings, Place, View};
use crate::map::style::CategoryStyle;
use crate::markdown::to_safe_html;
use crate::marketplace::view::item_url;
use crate::page::Visit;
use crate::page::{render, PageCtx};
use crate::{base_url, SharedState};

pub struct PersonView {
    pub name: String,
    pub function: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub phone_link: Option<String>,
    /// Shown only to the network or the office, not to the public.
    pub restricted: bool,
}

/// An offer or need listed on the profile.
pub struct ItemLink {
    pub title: String,
    pub url: String,
    pub text_lang: String,
    pub network_only: bool,
}

/// The small map of the association's place.
pub struct PlaceMap {
    pub assets: MapAssets,
    pub settings: String,
    pub consent: Option<Consent>,
    /// The city map centred on this place.
    pub city_map_url: String,
}

/// A term and its description in the facts list.
pub struct Fact {
    pub term: String,
    pub value: String,
    /// The language of a value that is not in the page's language (German district names,
    /// meeting times falling back to German).
    pub lang: Option<String>,
}

#[derive(Template)]
#[template(path = "directory/profile.html", blocks = ["article"])]
pub struct ProfilePage {
    pub page: PageCtx,
    /// Upcoming network meetings the association has registered people for.
    pub meetings: Vec<crate::meetings::view::MeetingLink>,
    /// Cooperation projects the association takes part in that the viewer may see.
    pub projects: Vec<crate::projects::view::ProjectCard>,
    /// Published news linking the association ("In den Nachrichten").
    pub in_news: Vec<crate::news::NewsCard>,
    pub name: String,
    /// The logo's address and its text alternative, which names the association.
    pub logo: Option<(String, String)>,
    pub short_name: Option<String>,
    pub legal_form: String,
    pub mso: bool,
    pub summary: Option<ShownText>,
    pub description_html: Option<String>,
    pub description_lang: String,
    pub description_fallback: bool,
    pub facts: Vec<Fact>,
    pub address_lines: Vec<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub phone_link: Option<String>,
    pub website: Option<String>,
    pub social: Vec<String>,
    pub persons: Vec<PersonView>,
    pub report_url: String,
    pub json_ld: String,
    pub offers: Vec<ItemLink>,
    pub needs: Vec<ItemLink>,
    pub api_url: String,
    pub place: Option<PlaceMap>,
    /// The viewer may edit this association.
    pub may_edit: bool,
    /// The viewer may invite people to edit it (the office, the association's owners).
    pub may_invite: bool,
    /// Signed in, but not (yet) an editor: may say "this is our association".
    pub may_claim: bool,
    pub claimed: bool,
    /// A claim shown again: what was typed, and the problem.
    pub claim_message: String,
    pub claim_error: Option<String>,
    /// After the claim: the newcomer's guided path at its last step, with what happens now.
    pub guide: Option<crate::accounts::guide::Guide>,
    pub slug: String,
}

impl ProfilePage {
    /// The stage the "what now" part shows (`accounts/_what_now.html`): after a claim, the
    /// office checks it.
    pub fn is(&self, stage: &str) -> bool {
        stage == "waiting"
    }
}

fn phone_link(phone: &str) -> String {
    phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect()
}

pub async fn show(
    State(state): State<SharedState>,
    visit: Visit,
    headers: HeaderMap,
    slug: Result<Path<String>, PathRejection>,
) -> Result<Response, PageError> {
    // A path that is not valid text finds nothing, like any unknown one.
    let slug = slug.map(|Path(v)| v).unwrap_or_default();
    let template = page_of(&state, &visit, &headers, &slug).await?;
    Ok(([map_csp(&state, false)], render(StatusCode::OK, &template)).into_response())
}

/// The public profile of the association with `slug` as the visit's viewer sees it (also shown
/// again with a claim that was refused).
pub(crate) async fn page_of(state: &SharedState, visit: &Visit, headers: &HeaderMap, slug: &str) -> Result<ProfilePage, PageError> {
    let org = show_organisation(&state.directory, slug).await?.ok_or(PageError::ORGANISATION_NOT_FOUND)?;
    let page = PageCtx::new(state, visit, "directory");
    let viewer = visit.viewer.as_deref();
    let audience = Viewer::audience_of(viewer);
    let mut template = build(state, page, &org, &base_url(state, headers), audience);
    template.may_edit = viewer.is_some_and(|v| v.may_edit(org.id));
    template.may_invite = viewer.is_some_and(|v| v.may_manage_members(org.id));
    template.may_claim = viewer.is_some_and(|v| v.is_complete() && !v.may_edit(org.id));
    template.claimed = template.may_claim && visit.flag("claimed");
    if template.claimed {
        template.guide = Some(crate::accounts::guide::Guide::at(&template.page, 4, &org.slug, &org.profile.name));
    }
    template.meetings = crate::meetings::view::upcoming_of(state, org.id).await?;
    template.projects = app::projects::visible_projects_of(&state.projects, viewer, org.id)
        .await?
        .iter()
        .map(|r| {
            let mut card = crate::projects::view::ProjectCard::of(state, &template.page.tr, r, false);
            card.partners.retain(|p| p.slug.as_deref() != Some(org.slug.as_str()));
            card
        })
        .collect();
    template.in_news = crate::news::in_the_news(state, &template.page.tr, app::ports::NewsTarget::Association(&template.slug)).await;
    Ok(template)
}

/// The page of `org` as `audience` sees it (also the edit form's preview of a draft).
pub(crate) fn build(state: &SharedState, page: PageCtx, org: &Organisation, base: &str, audience: Audience) -> ProfilePage {
    let index = state.directory.index();
    let lang = page.lang;
    let tr = page.tr;
    let p = &org.profile;
    let mut facts = Vec::new();
    let mut fact = |term: &str, value: String, value_lang: Option<&str>| {
        if !value.is_empty() {
            let lang = value_lang.filter(|l| *l != page.lang).map(str::to_owned);
            facts.push(Fact { term: tr.t(term), value, lang });
        }
    };
    fact("profile-categories", tr.join(&category_labels(&index, &p.categories, lang)), None);
    fact(
        "profile-target-groups",
        tr.join(&p.target_groups.iter().map(|g| tr.t(&format!("target-group-{}", g.key()))).collect::<Vec<_>>()),
        None,
    );
    fact("profile-languages", tr.join(&p.languages.iter().map(|l| tr.language_name(l.as_str())).collect::<Vec<_>>()), None);
    fact("profile-origins", tr.join(&p.origins), None);
    fact("profile-founded", p.founded.map(|y| y.to_string()).unwrap_or_default(), None);
    // District names are the city's, in German.
    fact("profile-district", district_name(&index, p.district.as_deref()).unwrap_or_default(), Some("de"));
    let meeting_times = p.meeting_times.choose(lang);
    fact(
        "profile-meeting-times",
        meeting_times.as_ref().map(|c| c.text.to_owned()).unwrap_or_default(),
        meeting_times.as_ref().map(|c| c.lang),
    );
    fact("profile-wheelchair", p.wheelchair.map(|w| tr.t(&format!("wheelchair-{}", w.key()))).unwrap_or_default(), None);

    let items = state.marketplace.view().of_organisation(org.id, audience);
    let links = |kind: ItemKind| -> Vec<ItemLink> {
        items
            .iter()
            .filter(|i| i.kind == kind)
            .map(|i| ItemLink {
                title: i.content.title.clone(),
                url: item_url(i),
                text_lang: i.content.text_lang.clone(),
                network_only: !i.visible_to(Audience::Public),
            })
            .collect()
    };
    let (offers, needs) = (links(ItemKind::Offer), links(ItemKind::Need));
    let place = p.position.map(|point| {
        let zoom = state.site.map.max_zoom.min(16);
        let mut settings = MapSettings::new(state, &page, "place", String::new(), Some(View { lat: point.lat(), lon: point.lon(), zoom }));
        settings.place = Some(Place {
            lat: point.lat(),
            lon: point.lon(),
            name: p.name.clone(),
            classes: CategoryStyle::of(p.categories.first().map_or("", String::as_str)).classes(),
        });
        settings.categories.clear();
        settings.languages.clear();
        PlaceMap {
            assets: MapAssets::of(state),
            settings: settings.to_json(),
            consent: Consent::of(state),
            city_map_url: format!("/map?lat={:.5}&lon={:.5}&zoom={zoom}", point.lat(), point.lon()),
        }
    });
    let description = p.description.choose(lang);
    let office = &state.site.office;
    let subject = tr.t1("profile-report-subject", "name", p.name.as_str());
    let report_url = format!("mailto:{}?{}", office.email, serde_urlencoded::to_string([("subject", subject)]).unwrap_or_default());
    ProfilePage {
        logo: p.logo.as_ref().map(|h| (h.url(), page.tr.t1("logo-alt", "name", &p.name))),
        name: p.name.clone(),
        short_name: p.short_name.clone().filter(|s| s != &p.name),
        legal_form: tr.t(&format!("legal-form-{}", p.legal_form.key().replace('_', "-"))),
        mso: p.mso,
        summary: p.summary.choose(lang).map(|c| ShownText { text: c.text.to_owned(), lang: c.lang.to_owned() }),
        description_html: description.as_ref().map(|c| to_safe_html(c.text)),
        description_lang: description.as_ref().map_or_else(|| lang.to_owned(), |c| c.lang.to_owned()),
        description_fallback: description.as_ref().is_some_and(|c| c.is_fallback),
        facts,
        address_lines: p.address.as_ref().map(|a| vec![a.street.clone(), format!("{} {}", a.postcode, a.city)]).unwrap_or_default(),
        email: p.contact.email.clone(),
        phone_link: p.contact.phone.as_deref().map(phone_link),
        phone: p.contact.phone.clone(),
        website: p.contact.website.clone().filter(|w| w.starts_with("https://") || w.starts_with("http://")),
        social: p.contact.social.iter().filter(|w| w.starts_with("https://") || w.starts_with("http://")).cloned().collect(),
        persons: p
            .contact_persons_for(audience)
            .map(|person| PersonView {
                restricted: person.visibility != Visibility::Public,
                name: person.name.clone(),
                function: person.function.clone(),
                email: person.email.clone(),
                phone_link: person.phone.as_deref().map(phone_link),
                phone: person.phone.clone(),
            })
            .collect(),
        report_url,
        json_ld: json_ld(org, base, lang, state.site.data_licence),
        offers,
        needs,
        api_url: format!("/api/v1/organisations/{}", org.slug),
        place,
        may_edit: false,
        may_invite: false,
        may_claim: false,
        claim_message: String::new(),
        claim_error: None,
        claimed: false,
        guide: None,
        meetings: Vec::new(),
        projects: Vec::new(),
        in_news: Vec::new(),
        slug: org.slug.to_string(),
        page,
    }
}
