//! `knotenpunkt match`: reads the JSON input, runs the engine, renders the JSON output.

use std::collections::{BTreeSet, HashSet};

use serde_json::{Map, Value};

use crate::engine::Engine;
use crate::language::LanguageTable;
use crate::model::{Audience, Districts, ExplicitConstraints, Item, ItemId, Kind, OrgId, Organisation, Weekday};

/// A problem with the input; the command exits with code 2 and prints the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CliError {
    pub message: String,
}

impl std::fmt::Display for CliError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CliError {}

fn err(field: &str, what: impl std::fmt::Display) -> CliError {
    CliError { message: format!("invalid input: field `{field}`: {what}") }
}

/// The parsed input of `knotenpunkt match`.
#[derive(Debug, Clone, PartialEq)]
pub struct MatchInput {
    pub organisations: Vec<Organisation>,
    pub items: Vec<Item>,
    pub districts: Districts,
}

/// Runs the match command on the input JSON and returns the output JSON:
/// every need id → ranked suggestions above the threshold, at most `top_k`.
pub fn run_match_command(input_json: &str, top_k: usize) -> Result<String, CliError> {
    let input = parse_input(input_json)?;
    let engine = build_engine(input);
    let mut out = Map::new();
    for (need, suggestions) in engine.all_suggestions(top_k) {
        let list: Vec<Value> = suggestions
            .iter()
            .map(|s| {
                let reasons: Vec<Value> = s.reasons.iter().map(|r| Value::String(r.to_german())).collect();
                serde_json::json!({
                    "offer": s.offer.0,
                    "score": (f64::from(s.score) * 1000.0).round() / 1000.0,
                    "reasons": reasons,
                })
            })
            .collect();
        out.insert(need.0, Value::Array(list));
    }
    serde_json::to_string_pretty(&Value::Object(out)).map_err(|e| CliError { message: e.to_string() })
}

/// Builds an engine holding everything in the input.
pub fn build_engine(input: MatchInput) -> Engine {
    let mut engine = Engine::default();
    engine.set_districts(input.districts);
    for org in input.organisations {
        engine.upsert_organisation(org);
    }
    engine.upsert_items(input.items);
    engine
}

/// Parses and checks the input; errors name the offending field.
pub fn parse_input(input_json: &str) -> Result<MatchInput, CliError> {
    let root: Value = serde_json::from_str(input_json).map_err(|e| CliError { message: format!("invalid input: not JSON: {e}") })?;
    let root = root.as_object().ok_or_else(|| err("(root)", "expected an object"))?;
    let langs = LanguageTable::builtin();

    let orgs_value = root.get("organisations").ok_or_else(|| err("organisations", "missing"))?;
    let orgs_array = orgs_value.as_array().ok_or_else(|| err("organisations", "expected an array"))?;
    let mut organisations = Vec::new();
    let mut org_ids = HashSet::new();
    for (i, v) in orgs_array.iter().enumerate() {
        let path = format!("organisations[{i}]");
        let o = v.as_object().ok_or_else(|| err(&path, "expected an object"))?;
        let id = required_id(o, &path)?;
        if !org_ids.insert(id.clone()) {
            return Err(err(&format!("{path}.id"), format!("duplicate id `{id}`")));
        }
        organisations.push(Organisation {
            id: OrgId(id),
            name: opt_string(o, "name", &path)?.unwrap_or_default(),
            languages: languages(o, &path, langs)?,
            fields: string_list(o, "fields", &path)?,
            district: opt_string(o, "district", &path)?,
            description: opt_string(o, "description", &path)?.unwrap_or_default(),
        });
    }

    let items_value = root.get("items").ok_or_else(|| err("items", "missing"))?;
    let items_array = items_value.as_array().ok_or_else(|| err("items", "expected an array"))?;
    let mut items = Vec::new();
    let mut item_ids = HashSet::new();
    for (i, v) in items_array.iter().enumerate() {
        let path = format!("items[{i}]");
        let o = v.as_object().ok_or_else(|| err(&path, "expected an object"))?;
        let id = required_id(o, &path)?;
        if !item_ids.insert(id.clone()) {
            return Err(err(&format!("{path}.id"), format!("duplicate id `{id}`")));
        }
        // An organisation that is not listed is simply one we know nothing more about.
        let org = opt_string(o, "org", &path)?.ok_or_else(|| err(&format!("{path}.org"), "missing"))?;
        let kind = match opt_string(o, "kind", &path)?.as_deref().map(str::to_lowercase).as_deref() {
            Some("offer") => Kind::Offer,
            Some("need") => Kind::Need,
            Some(other) => return Err(err(&format!("{path}.kind"), format!("expected \"offer\" or \"need\", got `{other}`"))),
            None => return Err(err(&format!("{path}.kind"), "missing")),
        };
        items.push(Item {
            id: ItemId(id),
            org: OrgId(org),
            kind,
            title: opt_string(o, "title", &path)?.unwrap_or_default(),
            description: opt_string(o, "description", &path)?.unwrap_or_default(),
            category: opt_string(o, "category", &path)?.filter(|c| !c.trim().is_empty()),
            languages: languages(o, &path, langs)?,
            weekdays: weekdays(o, &path)?,
            time: opt_string(o, "time", &path)?,
            district: opt_string(o, "district", &path)?.filter(|d| !d.trim().is_empty()),
            text_lang: opt_string(o, "text_lang", &path)?.map(|l| langs.normalise(&l)),
            explicit: explicit(o, &path)?,
        });
    }

    let districts = match root.get("districts") {
        None | Some(Value::Null) => Districts::default(),
        Some(Value::Object(map)) => {
            let mut entries = Vec::new();
            for (name, v) in map {
                let path = format!("districts.{name}");
                let neighbours = match v {
                    Value::Object(d) => string_list(d, "neighbours", &path)?,
                    Value::Array(_) => {
                        let mut wrapper = Map::new();
                        wrapper.insert("neighbours".into(), v.clone());
                        string_list(&wrapper, "neighbours", &path)?
                    }
                    _ => return Err(err(&path, "expected an object with `neighbours`")),
                };
                entries.push((name.clone(), neighbours));
            }
            Districts::new(entries)
        }
        Some(_) => return Err(err("districts", "expected an object")),
    };
    Ok(MatchInput { organisations, items, districts })
}

fn required_id(o: &Map<String, Value>, path: &str) -> Result<String, CliError> {
    match o.get("id") {
        Some(Value::String(s)) if !s.trim().is_empty() => Ok(s.clone()),
        Some(Value::Number(n)) => Ok(n.to_string()),
        Some(_) => Err(err(&format!("{path}.id"), "expected a non-empty string")),
        None => Err(err(&format!("{path}.id"), "missing")),
    }
}

fn opt_string(o: &Map<String, Value>, key: &str, path: &str) -> Result<Option<String>, CliError> {
    match o.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(Value::Number(n)) => Ok(Some(n.to_string())),
        Some(_) => Err(err(&format!("{path}.{key}"), "expected a string")),
    }
}

fn string_list(o: &Map<String, Value>, key: &str, path: &str) -> Result<Vec<String>, CliError> {
    match o.get(key) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::String(s)) => Ok(s.split([',', ';']).map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()),
        Some(Value::Array(a)) => a
            .iter()
            .enumerate()
            .map(|(i, v)| match v {
                Value::String(s) => Ok(s.clone()),
                _ => Err(err(&format!("{path}.{key}[{i}]"), "expected a string")),
            })
            .collect(),
        Some(_) => Err(err(&format!("{path}.{key}"), "expected an array of strings")),
    }
}

fn languages(o: &Map<String, Value>, path: &str, table: &LanguageTable) -> Result<Vec<String>, CliError> {
    let mut out: Vec<String> = Vec::new();
    for name in string_list(o, "languages", path)? {
        let code = table.normalise(&name);
        if !code.is_empty() && !out.contains(&code) {
            out.push(code);
        }
    }
    Ok(out)
}

fn weekdays(o: &Map<String, Value>, path: &str) -> Result<Option<BTreeSet<Weekday>>, CliError> {
    if matches!(o.get("weekdays"), None | Some(Value::Null)) {
        return Ok(None);
    }
    let names = string_list(o, "weekdays", path)?;
    let mut days = BTreeSet::new();
    for (i, name) in names.iter().enumerate() {
        let day =
            Weekday::parse(name).ok_or_else(|| err(&format!("{path}.weekdays[{i}]"), format!("unknown weekday `{name}` (use Mo..So)")))?;
        days.insert(day);
    }
    Ok(if days.is_empty() { None } else { Some(days) })
}

fn explicit(o: &Map<String, Value>, path: &str) -> Result<ExplicitConstraints, CliError> {
    let audience = match opt_string(o, "audience", path)? {
        None => None,
        Some(a) if a.trim().is_empty() || matches!(a.trim(), "all" | "everyone" | "alle") => None,
        Some(a) => {
            Some(Audience::parse(&a).ok_or_else(|| err(&format!("{path}.audience"), format!("expected women, men or youth, got `{a}`")))?)
        }
    };
    Ok(ExplicitConstraints {
        audience,
        on_site_only: opt_bool(o, "on_site_only", path)?,
        language_required: opt_bool(o, "language_required", path)?,
    })
}

fn opt_bool(o: &Map<String, Value>, key: &str, path: &str) -> Result<Option<bool>, CliError> {
    match o.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Bool(b)) => Ok(Some(*b)),
        Some(_) => Err(err(&format!("{path}.{key}"), "expected true or false")),
    }
}
