//! schema.org JSON-LD for profile pages, safe to embed in a `<script>` element.

use domain::organisation::Organisation;
use serde_json::{json, Map, Value};

/// The organisation as schema.org `Organization`, with `<` escaped for embedding; its page
/// (`mainEntityOfPage`, a `WebPage`) names the data licence.
pub fn json_ld(org: &Organisation, base: &str, lang: &str, licence: app::porting::Licence) -> String {
    let p = &org.profile;
    let mut doc = Map::new();
    doc.insert("@context".into(), json!("https://schema.org"));
    doc.insert("@type".into(), json!("Organization"));
    doc.insert("name".into(), json!(p.name));
    doc.insert("url".into(), json!(format!("{base}/organisations/{}", org.slug)));
    doc.insert(
        "mainEntityOfPage".into(),
        json!({"@type": "WebPage", "url": format!("{base}/organisations/{}", org.slug), "license": licence.url()}),
    );
    if let Some(logo) = &p.logo {
        doc.insert("logo".into(), json!(format!("{base}{}", logo.url())));
    }
    if let Some(short) = &p.short_name {
        doc.insert("alternateName".into(), json!(short));
    }
    if let Some(summary) = p.summary.choose(lang) {
        doc.insert("description".into(), json!(summary.text));
    }
    if let Some(year) = p.founded {
        doc.insert("foundingDate".into(), json!(year.to_string()));
    }
    if let Some(a) = &p.address {
        doc.insert(
            "address".into(),
            json!({"@type": "PostalAddress", "streetAddress": a.street, "postalCode": a.postcode, "addressLocality": a.city, "addressCountry": "DE"}),
        );
    }
    if let Some(pos) = &p.position {
        doc.insert("geo".into(), json!({"@type": "GeoCoordinates", "latitude": pos.lat(), "longitude": pos.lon()}));
    }
    if let Some(email) = &p.contact.email {
        doc.insert("email".into(), json!(email));
    }
    if let Some(phone) = &p.contact.phone {
        doc.insert("telephone".into(), json!(phone));
    }
    let same_as: Vec<&String> = p.contact.website.iter().chain(p.contact.social.iter()).collect();
    if !same_as.is_empty() {
        doc.insert("sameAs".into(), json!(same_as));
    }
    if !p.languages.is_empty() {
        doc.insert("knowsLanguage".into(), json!(p.languages.iter().map(|l| l.as_str()).collect::<Vec<_>>()));
    }
    let persons: Vec<Value> = p
        .public_contact_persons()
        .map(|c| json!({"@type": "ContactPoint", "name": c.name, "contactType": c.function, "email": c.email, "telephone": c.phone}))
        .collect();
    if !persons.is_empty() {
        doc.insert("contactPoint".into(), Value::Array(persons));
    }
    Value::Object(doc).to_string().replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}
