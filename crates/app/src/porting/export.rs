//! Writing the directory out: CSV (the import's own column names, formulas neutralised), JSON
//! (whole profiles: the lossless way to move), GeoJSON and OpenFairDB's entry shape. Every
//! published entry with the city's data licence; contact persons only with a recorded consent —
//! the public export only those published, the office's also those visible to the network.

use std::collections::BTreeSet;
use std::io::Write;

use domain::category::Category;
use domain::district::District;
use domain::localized::LocalizedText;
use domain::organisation::{Organisation, Profile};
use domain::timestamp::Timestamp;
use serde_json::{json, Map, Value};

use super::read::Format;
use crate::ports::{DirectoryStore, StoreError};

/// The licence the city publishes its directory under (a setting).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Licence {
    /// Creative Commons Zero: no conditions.
    #[default]
    Cc0,
    /// Open Database License: attribution and share-alike.
    Odbl,
}

impl Licence {
    /// The SPDX identifier, as the setting, the API and OpenFairDB name it.
    pub fn id(self) -> &'static str {
        match self {
            Licence::Cc0 => "CC0-1.0",
            Licence::Odbl => "ODbL-1.0",
        }
    }

    pub fn url(self) -> &'static str {
        match self {
            Licence::Cc0 => "https://creativecommons.org/publicdomain/zero/1.0/",
            Licence::Odbl => "https://opendatacommons.org/licenses/odbl/1-0/",
        }
    }

    pub fn parse(raw: &str) -> Option<Licence> {
        match raw.trim().to_lowercase().as_str() {
            "cc0" | "cc0-1.0" => Some(Licence::Cc0),
            "odbl" | "odbl-1.0" => Some(Licence::Odbl),
            _ => None,
        }
    }
}

/// Who the export is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportAudience {
    /// Everything public: contact persons only when published (public, with consent).
    Public,
    /// The office: also contact persons visible to the network, always with consent.
    Office,
}

#[derive(Debug, Clone)]
pub struct ExportOptions {
    pub format: Format,
    pub audience: ExportAudience,
    pub licence: Licence,
    /// For the link to each profile, without a trailing slash.
    pub base_url: String,
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot write the export: {0}")]
    Write(String),
    /// The format cannot hold what is exported (offers and needs have no GeoJSON shape).
    #[error("offers and needs are exported as csv or json, not {0}")]
    Unsupported(&'static str),
}

impl From<std::io::Error> for ExportError {
    fn from(e: std::io::Error) -> Self {
        ExportError::Write(e.to_string())
    }
}

impl From<csv::Error> for ExportError {
    fn from(e: csv::Error) -> Self {
        ExportError::Write(e.to_string())
    }
}

impl From<serde_json::Error> for ExportError {
    fn from(e: serde_json::Error) -> Self {
        ExportError::Write(e.to_string())
    }
}

/// Writes every published entry, sorted by address; returns how many were written (the
/// OpenFairDB shape leaves out entries without a position: its entries need one).
pub async fn export_directory(
    store: &dyn DirectoryStore,
    options: &ExportOptions,
    out: &mut (dyn Write + Send),
) -> Result<usize, ExportError> {
    let mut all = store.published_organisations().await?;
    all.sort_by(|a, b| a.slug.cmp(&b.slug));
    for org in &mut all {
        org.profile = for_audience(&org.profile, options.audience);
    }
    match options.format {
        Format::Csv => write_csv(&all, options, out),
        Format::Json => {
            let categories = store.categories().await?;
            let districts = store.districts().await?;
            write_json(&all, &categories, &districts, options, out)
        }
        Format::GeoJson => write_geojson(&all, options, out),
        Format::Ofdb => write_ofdb(&all, options, out),
    }
}

/// The profile as the audience may see it: contact persons only with consent; the public only
/// those published; consent records without who recorded them.
pub fn for_audience(profile: &Profile, audience: ExportAudience) -> Profile {
    let mut profile = profile.clone();
    profile.contact_persons.retain(|p| match audience {
        ExportAudience::Public => p.may_be_published(),
        ExportAudience::Office => p.consent.is_some(),
    });
    for person in &mut profile.contact_persons {
        if let Some(consent) = person.consent.as_mut() {
            consent.recorded_by = None;
        }
    }
    profile.logo = None;
    profile
}

/// First characters that make spreadsheets evaluate a cell: such a cell gets a leading
/// apostrophe, which the import removes again.
pub(crate) fn neutralise(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// Languages used in a text field across all entries, German first.
fn languages_of(all: &[Organisation], field: fn(&Profile) -> &LocalizedText) -> Vec<String> {
    let mut langs: BTreeSet<String> = all.iter().flat_map(|o| field(&o.profile).iter().map(|(l, _)| l.to_owned())).collect();
    langs.insert("de".into());
    let mut out = vec!["de".to_owned()];
    langs.remove("de");
    out.extend(langs);
    out
}

fn summary(p: &Profile) -> &LocalizedText {
    &p.summary
}
fn description(p: &Profile) -> &LocalizedText {
    &p.description
}
fn meeting_times(p: &Profile) -> &LocalizedText {
    &p.meeting_times
}

/// The flat columns of an entry (CSV and GeoJSON properties), in the import's names.
fn flat(org: &Organisation, langs: &[Vec<String>; 3], options: &ExportOptions, with_position: bool) -> Vec<(String, String)> {
    let p = &org.profile;
    let mut cells: Vec<(String, String)> = vec![
        ("slug".into(), org.slug.to_string()),
        ("name".into(), p.name.clone()),
        ("short_name".into(), p.short_name.clone().unwrap_or_default()),
        ("legal_form".into(), p.legal_form.key().to_owned()),
        ("mso".into(), p.mso.to_string()),
        ("founded".into(), p.founded.map(|y| y.to_string()).unwrap_or_default()),
    ];
    for (i, (key, field)) in [("summary", summary as fn(&Profile) -> &LocalizedText), ("description", description)].into_iter().enumerate()
    {
        for lang in &langs[i] {
            cells.push((format!("{key}_{lang}"), field(p).exact(lang).unwrap_or_default().to_owned()));
        }
    }
    let (street, postcode, city) =
        p.address.as_ref().map_or_else(Default::default, |a| (a.street.clone(), a.postcode.clone(), a.city.clone()));
    cells.extend([
        ("categories".into(), p.categories.join(";")),
        ("target_groups".into(), p.target_groups.iter().map(|g| g.key()).collect::<Vec<_>>().join(";")),
        ("languages".into(), p.languages.iter().map(|l| l.as_str()).collect::<Vec<_>>().join(";")),
        ("origins".into(), p.origins.join(";")),
        ("street".into(), street),
        ("postcode".into(), postcode),
        ("city".into(), city),
        ("district".into(), p.district.clone().unwrap_or_default()),
    ]);
    if with_position {
        cells.push(("lat".into(), p.position.map(|g| g.lat().to_string()).unwrap_or_default()));
        cells.push(("lon".into(), p.position.map(|g| g.lon().to_string()).unwrap_or_default()));
    }
    cells.push(("wheelchair".into(), p.wheelchair.map(|w| w.key().to_owned()).unwrap_or_default()));
    for lang in &langs[2] {
        cells.push((format!("meeting_times_{lang}"), p.meeting_times.exact(lang).unwrap_or_default().to_owned()));
    }
    let persons: Vec<String> = p
        .contact_persons
        .iter()
        .map(|c| {
            [Some(c.name.clone()), c.function.clone(), c.email.clone(), c.phone.clone()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", ")
        })
        .collect();
    cells.extend([
        ("email".into(), p.contact.email.clone().unwrap_or_default()),
        ("phone".into(), p.contact.phone.clone().unwrap_or_default()),
        ("website".into(), p.contact.website.clone().unwrap_or_default()),
        ("social".into(), p.contact.social.join(";")),
        ("contact_persons".into(), persons.join(" | ")),
        ("licence".into(), options.licence.id().to_owned()),
        ("url".into(), format!("{}/organisations/{}", options.base_url, org.slug)),
    ]);
    cells
}

fn all_languages(all: &[Organisation]) -> [Vec<String>; 3] {
    [languages_of(all, summary), languages_of(all, description), languages_of(all, meeting_times)]
}

fn write_csv(all: &[Organisation], options: &ExportOptions, out: &mut dyn Write) -> Result<usize, ExportError> {
    let langs = all_languages(all);
    let mut writer = csv::Writer::from_writer(out);
    let header: Vec<String> = match all.first() {
        Some(first) => flat(first, &langs, options, true).into_iter().map(|(k, _)| k).collect(),
        None => vec!["slug".into(), "name".into()],
    };
    writer.write_record(&header)?;
    for org in all {
        writer.write_record(flat(org, &langs, options, true).iter().map(|(_, v)| neutralise(v)))?;
    }
    writer.flush()?;
    Ok(all.len())
}

fn write_json(
    all: &[Organisation],
    categories: &[Category],
    districts: &[District],
    options: &ExportOptions,
    out: &mut dyn Write,
) -> Result<usize, ExportError> {
    write!(
        out,
        "{{\"format\":\"knotenpunkt-directory\",\"version\":1,\"licence\":{},\n\"categories\":{},\n\"districts\":{},\n\"organisations\":[",
        json!({"id": options.licence.id(), "url": options.licence.url()}),
        serde_json::to_string(categories)?,
        serde_json::to_string(districts)?,
    )?;
    for (i, org) in all.iter().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        out.write_all(b"\n")?;
        let entry = json!({
            "slug": org.slug,
            "url": format!("{}/organisations/{}", options.base_url, org.slug),
            "licence": options.licence.id(),
            "updated_at": org.updated_at,
            "profile": org.profile,
        });
        serde_json::to_writer(&mut *out, &entry)?;
    }
    out.write_all(b"\n]}\n")?;
    Ok(all.len())
}

fn write_geojson(all: &[Organisation], options: &ExportOptions, out: &mut dyn Write) -> Result<usize, ExportError> {
    let langs = all_languages(all);
    write!(out, "{{\"type\":\"FeatureCollection\",\"licence\":{},\"features\":[", json!(options.licence.id()))?;
    for (i, org) in all.iter().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        out.write_all(b"\n")?;
        let properties: Map<String, Value> = flat(org, &langs, options, false).into_iter().map(|(k, v)| (k, Value::String(v))).collect();
        let geometry = org.profile.position.map_or(Value::Null, |p| json!({"type": "Point", "coordinates": [p.lon(), p.lat()]}));
        serde_json::to_writer(&mut *out, &json!({"type": "Feature", "geometry": geometry, "properties": properties}))?;
    }
    out.write_all(b"\n]}\n")?;
    Ok(all.len())
}

/// OpenFairDB's entry shape (its JSON API); our slug is its id, our fields of activity its tags.
fn write_ofdb(all: &[Organisation], options: &ExportOptions, out: &mut dyn Write) -> Result<usize, ExportError> {
    out.write_all(b"[")?;
    let mut written = 0;
    for org in all {
        let p = &org.profile;
        let Some(position) = p.position else { continue };
        if written > 0 {
            out.write_all(b",")?;
        }
        out.write_all(b"\n")?;
        let text = |t: &LocalizedText| t.choose("de").map(|c| c.text.to_owned());
        let created = Timestamp::parse_rfc3339(&org.updated_at).map(Timestamp::unix_secs).unwrap_or_default();
        let entry = json!({
            "id": org.slug,
            "created": created,
            "version": 0,
            "title": p.name,
            "description": text(&p.summary).or_else(|| text(&p.description)).unwrap_or_default(),
            "lat": position.lat(),
            "lng": position.lon(),
            "street": p.address.as_ref().map(|a| &a.street),
            "zip": p.address.as_ref().map(|a| &a.postcode),
            "city": p.address.as_ref().map(|a| &a.city),
            "country": p.address.as_ref().map(|_| "DE"),
            "email": p.contact.email,
            "telephone": p.contact.phone,
            "homepage": p.contact.website,
            "opening_hours": text(&p.meeting_times),
            "founded_on": Value::Null,
            "categories": [super::read::OFDB_INITIATIVE],
            "tags": p.categories,
            "ratings": [],
            "license": options.licence.id(),
            "custom": p.contact.social.iter().map(|url| json!({"url": url})).collect::<Vec<_>>(),
        });
        serde_json::to_writer(&mut *out, &entry)?;
        written += 1;
    }
    out.write_all(b"\n]\n")?;
    Ok(written)
}
