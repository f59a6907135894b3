//! Writing the open offers and needs out (issue 20: "everything public"): CSV (formulas
//! neutralised) or JSON, each row with the city's data licence and the association's address.
//! The public export has the public items of published associations; the office's also those
//! visible to the network only.

use std::collections::HashMap;
use std::io::Write;

use domain::marketplace::{Item, ItemKind};
use domain::organisation::Audience;
use serde_json::{json, Value};

use super::export::{neutralise, ExportAudience, ExportError, ExportOptions};
use super::read::Format;
use crate::ports::{DirectoryStore, ItemStore};

/// The columns of the CSV, as the JSON names its fields.
const COLUMNS: [&str; 16] = [
    "id",
    "kind",
    "organisation",
    "organisation_name",
    "title",
    "description",
    "category",
    "languages",
    "weekdays",
    "time",
    "district",
    "end_date",
    "text_lang",
    "visibility",
    "url",
    "licence",
];

/// Writes the open offers and needs of published associations the audience may see, offers
/// first, each kind by id; returns how many. Only CSV and JSON: GeoJSON and OpenFairDB's shape
/// describe places, not offers and needs.
pub async fn export_items(
    directory: &dyn DirectoryStore,
    items: &dyn ItemStore,
    options: &ExportOptions,
    out: &mut (dyn Write + Send),
) -> Result<usize, ExportError> {
    let published: HashMap<_, _> =
        directory.published_organisations().await?.into_iter().map(|o| (o.id, (o.slug.to_string(), o.profile.name))).collect();
    let audience = match options.audience {
        ExportAudience::Public => Audience::Public,
        ExportAudience::Office => Audience::Office,
    };
    let mut list: Vec<Item> =
        items.open_items().await?.into_iter().filter(|i| published.contains_key(&i.org) && i.visible_to(audience)).collect();
    list.sort_by_key(|i| (i.kind == ItemKind::Need, i.id.0));
    let rows: Vec<Vec<(&str, Value)>> = list
        .iter()
        .map(|item| {
            let (slug, name) = published.get(&item.org).cloned().unwrap_or_default();
            let c = &item.content;
            let path = match item.kind {
                ItemKind::Offer => "offers",
                ItemKind::Need => "needs",
            };
            vec![
                ("id", json!(item.id.0)),
                ("kind", json!(item.kind.key())),
                ("organisation", json!(slug)),
                ("organisation_name", json!(name)),
                ("title", json!(c.title)),
                ("description", json!(c.description)),
                ("category", json!(c.category)),
                ("languages", json!(c.languages.iter().map(|l| l.as_str().to_owned()).collect::<Vec<_>>())),
                ("weekdays", json!(c.weekdays.as_ref().map(|d| d.iter().map(|w| w.code()).collect::<Vec<_>>()))),
                ("time", json!(c.time)),
                ("district", json!(c.district)),
                ("end_date", json!(c.end_date)),
                ("text_lang", json!(c.text_lang)),
                ("visibility", json!(c.visibility.key())),
                ("url", json!(format!("{}/{path}/{}", options.base_url, item.id.0))),
                ("licence", json!(options.licence.id())),
            ]
        })
        .collect();
    match options.format {
        Format::Csv => {
            let mut writer = csv::Writer::from_writer(out);
            writer.write_record(COLUMNS)?;
            for row in &rows {
                writer.write_record(row.iter().map(|(_, v)| neutralise(&cell(v))))?;
            }
            writer.flush()?;
        }
        Format::Json => {
            let items: Vec<Value> =
                rows.into_iter().map(|row| Value::Object(row.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())).collect();
            let body = json!({
                "format": "knotenpunkt-items",
                "version": 1,
                "licence": {"id": options.licence.id(), "url": options.licence.url()},
                "items": items,
            });
            serde_json::to_writer(&mut *out, &body)?;
            out.write_all(b"\n")?;
        }
        Format::GeoJson | Format::Ofdb => return Err(ExportError::Unsupported(options.format.key())),
    }
    Ok(list.len())
}

/// A value as one CSV cell: lists joined with commas, nothing for absent values.
fn cell(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(list) => list.iter().map(cell).collect::<Vec<_>>().join(","),
        other => other.to_string(),
    }
}
