//! One stored value in the portable format, and how it becomes a value of a column in the
//! other database.
//!
//! In the file a row is a JSON array. Numbers, text, booleans and null are plain JSON (an
//! integer has no decimal point, a float always has one); what JSON cannot say is tagged:
//! `{"$bytes": base64}`, `{"$json": value}` (a PostgreSQL `JSONB`; on SQLite JSON is text),
//! `{"$time": "2026-12-05T11:09:46.252123Z"}` (a PostgreSQL `TIMESTAMPTZ`; on SQLite times are
//! RFC 3339 text, job times Unix milliseconds) and `{"$float": "NaN" | "inf" | "-inf"}`.

use base64::Engine as _;
use domain::timestamp::Timestamp;
use serde_json::{Map, Value as Json};

use super::BackupError;

/// A value read from either database.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Text(String),
    Bytes(Vec<u8>),
    Json(Json),
    /// An instant as RFC 3339 text in UTC.
    Time(String),
}

impl Value {
    /// The value as it is written into the file.
    pub fn to_json(&self) -> Json {
        let tagged = |tag: &str, value: Json| Json::Object(Map::from_iter([(tag.to_owned(), value)]));
        match self {
            Value::Null => Json::Null,
            Value::Bool(b) => Json::Bool(*b),
            Value::Int(i) => Json::from(*i),
            Value::Float(f) => match serde_json::Number::from_f64(*f) {
                Some(number) => Json::Number(number),
                None => tagged("$float", Json::String(f.to_string())),
            },
            Value::Text(text) => Json::String(text.clone()),
            Value::Bytes(bytes) => tagged("$bytes", Json::String(base64::engine::general_purpose::STANDARD.encode(bytes))),
            Value::Json(value) => tagged("$json", value.clone()),
            Value::Time(text) => tagged("$time", Json::String(text.clone())),
        }
    }

    /// Reads a value written by [`Value::to_json`].
    pub fn from_json(json: Json) -> Result<Value, BackupError> {
        let bad = |what: &str| BackupError::Format(format!("a value in a row is {what}"));
        Ok(match json {
            Json::Null => Value::Null,
            Json::Bool(b) => Value::Bool(b),
            Json::Number(n) => match n.as_i64() {
                Some(i) if !n.is_f64() => Value::Int(i),
                _ => Value::Float(n.as_f64().ok_or_else(|| bad("a number out of range"))?),
            },
            Json::String(text) => Value::Text(text),
            Json::Array(_) => return Err(bad("an array")),
            Json::Object(map) => {
                let mut entries = map.into_iter();
                let (Some((tag, value)), None) = (entries.next(), entries.next()) else {
                    return Err(bad("an object that is not one tagged value"));
                };
                match (tag.as_str(), value) {
                    ("$json", value) => Value::Json(value),
                    ("$bytes", Json::String(text)) => {
                        Value::Bytes(base64::engine::general_purpose::STANDARD.decode(text).map_err(|_| bad("bytes that are not base64"))?)
                    }
                    ("$time", Json::String(text)) => {
                        unix_millis(&text).ok_or_else(|| bad("a time that is not RFC 3339"))?;
                        Value::Time(text)
                    }
                    ("$float", Json::String(text)) => Value::Float(text.parse().map_err(|_| bad("a float that is not a number"))?),
                    _ => return Err(bad("an unknown tag")),
                }
            }
        })
    }
}

/// Unix milliseconds of an RFC 3339 time (fractions below a millisecond dropped).
pub fn unix_millis(text: &str) -> Option<i64> {
    let secs = Timestamp::parse_rfc3339(text).ok()?.unix_secs();
    let fraction = text.get(19..).and_then(|rest| rest.strip_prefix('.')).unwrap_or("");
    let digits: String = fraction.chars().take_while(char::is_ascii_digit).take(3).collect();
    let millis = if digits.is_empty() { 0 } else { format!("{digits:0<3}").parse::<i64>().ok()? };
    secs.checked_mul(1000)?.checked_add(millis)
}

/// RFC 3339 in UTC with milliseconds, as SQLite keeps times: `2026-12-05T11:09:46.252Z`.
pub fn millis_rfc3339(millis: i64) -> String {
    let seconds = Timestamp::from_unix_secs(millis.div_euclid(1000)).to_rfc3339();
    format!("{}.{:03}Z", seconds.trim_end_matches('Z'), millis.rem_euclid(1000))
}

/// The kind of a column in the database a value goes into, from its catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// SQLite affinities.
    SqliteInteger,
    SqliteReal,
    SqliteText,
    SqliteBlob,
    /// A PostgreSQL type by its name in `pg_type` (`int8`, `timestamptz`, `jsonb`, …).
    Postgres(String),
}

/// A value as bound on SQLite.
#[derive(Debug, Clone, PartialEq)]
pub enum SqliteCell {
    Null,
    Int(i64),
    Float(f64),
    Text(String),
    Blob(Vec<u8>),
}

fn bad_time(text: &str) -> BackupError {
    BackupError::Format(format!("{:?} is not an RFC 3339 time", text.chars().take(40).collect::<String>()))
}

/// The value for a SQLite column of affinity `kind`: times go into text columns as RFC 3339 with
/// milliseconds and into integer columns (job times) as Unix milliseconds; JSON is text;
/// booleans are 0 and 1.
pub fn to_sqlite(value: Value, kind: &Kind) -> Result<SqliteCell, BackupError> {
    Ok(match value {
        Value::Null => SqliteCell::Null,
        Value::Bool(b) => SqliteCell::Int(i64::from(b)),
        Value::Int(i) if *kind == Kind::SqliteReal => SqliteCell::Float(i as f64),
        Value::Int(i) => SqliteCell::Int(i),
        Value::Float(f) => SqliteCell::Float(f),
        Value::Text(text) => SqliteCell::Text(text),
        Value::Bytes(bytes) => SqliteCell::Blob(bytes),
        Value::Json(json) => SqliteCell::Text(json.to_string()),
        Value::Time(text) => {
            let millis = unix_millis(&text).ok_or_else(|| bad_time(&text))?;
            match kind {
                Kind::SqliteInteger => SqliteCell::Int(millis),
                _ => SqliteCell::Text(millis_rfc3339(millis)),
            }
        }
    })
}

/// The value for a PostgreSQL column of type `typname`, as text in PostgreSQL's input syntax
/// (bound as text and cast to the column's type); `None` is NULL. An integer going into a time
/// column is read as Unix milliseconds (SQLite's job times).
pub fn to_postgres(value: Value, typname: &str) -> Result<Option<String>, BackupError> {
    let is_time = matches!(typname, "timestamptz" | "timestamp");
    Ok(Some(match value {
        Value::Null => return Ok(None),
        Value::Bool(b) if typname.starts_with("int") => i64::from(b).to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Int(i) if typname == "bool" => (i != 0).to_string(),
        Value::Int(i) if is_time => millis_rfc3339(i),
        Value::Int(i) => i.to_string(),
        Value::Float(f) if f.is_nan() => "NaN".to_owned(),
        Value::Float(f) if f.is_infinite() => (if f > 0.0 { "Infinity" } else { "-Infinity" }).to_owned(),
        Value::Float(f) if typname.starts_with("int") && f.fract() == 0.0 => format!("{f:.0}"),
        Value::Float(f) => f.to_string(),
        Value::Text(text) => text,
        Value::Bytes(bytes) => bytea_hex(&bytes),
        Value::Json(json) => json.to_string(),
        Value::Time(text) if typname.starts_with("int") => unix_millis(&text).ok_or_else(|| bad_time(&text))?.to_string(),
        Value::Time(text) => text,
    }))
}

fn bytea_hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(2 + bytes.len() * 2);
    out.push_str("\\x");
    for b in bytes {
        let _ = write!(out, "{b:02x}");
    }
    out
}

/// The value in one canonical text for comparing databases, in the terms of a PostgreSQL column
/// of type `typname`: times to the millisecond, JSON with sorted keys and no spaces, booleans as
/// `true`/`false`, bytes as hex. `None` is NULL.
pub fn canonical(value: Value, typname: &str) -> Result<Option<String>, BackupError> {
    let text = match to_postgres(value.clone(), typname)? {
        None => return Ok(None),
        Some(text) => text,
    };
    Ok(Some(match typname {
        "timestamptz" | "timestamp" => millis_rfc3339(unix_millis(&text).ok_or_else(|| bad_time(&text))?),
        "json" | "jsonb" => {
            let json: Json = match value {
                Value::Json(json) => json,
                _ => serde_json::from_str(&text).map_err(|e| BackupError::Format(format!("stored JSON does not parse: {e}")))?,
            };
            sorted(&json)
        }
        "bytea" => match value {
            Value::Text(text) => bytea_hex(text.as_bytes()),
            _ => text,
        },
        _ => text,
    }))
}

/// JSON text with the keys of every object sorted.
fn sorted(json: &Json) -> String {
    match json {
        Json::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            let parts: Vec<String> = keys.iter().map(|k| format!("{}:{}", Json::String((*k).clone()), sorted(&map[*k]))).collect();
            format!("{{{}}}", parts.join(","))
        }
        Json::Array(items) => format!("[{}]", items.iter().map(sorted).collect::<Vec<_>>().join(",")),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn every_value_survives_the_file() {
        let values = [
            Value::Null,
            Value::Bool(true),
            Value::Int(-42),
            Value::Int(i64::MAX),
            Value::Float(48.0),
            Value::Float(9.192),
            Value::Float(f64::NAN),
            Value::Float(f64::NEG_INFINITY),
            Value::Text("<b>{\"$json\": 1}</b> مرحبا".into()),
            Value::Bytes(vec![0, 255, 10]),
            Value::Json(serde_json::json!({"b": [1, 2.5, null], "a": "x"})),
            Value::Time("2026-12-05T11:09:46.252123Z".into()),
        ];
        for value in values {
            let line = value.to_json().to_string();
            let back = Value::from_json(serde_json::from_str(&line).unwrap()).unwrap();
            match (&value, &back) {
                (Value::Float(a), Value::Float(b)) if a.is_nan() => assert!(b.is_nan()),
                _ => assert_eq!(back, value, "{line}"),
            }
        }
    }

    #[test]
    fn refuses_what_the_format_does_not_know() {
        for line in [r#"{"$time": "yesterday"}"#, r#"{"$bytes": "%%"}"#, r#"{"a": 1, "b": 2}"#, "[1]", r#"{"$other": 1}"#] {
            assert!(Value::from_json(serde_json::from_str(line).unwrap()).is_err(), "{line}");
        }
    }

    #[test]
    fn times_move_between_the_databases_to_the_millisecond() {
        assert_eq!(unix_millis("1970-01-01T00:00:01.5Z"), Some(1500));
        assert_eq!(unix_millis("2026-12-05T12:09:46.252999+01:00"), unix_millis("2026-12-05T11:09:46.252Z"));
        assert_eq!(millis_rfc3339(1_796_468_986_252), "2026-12-05T11:09:46.252Z");
        let time = Value::Time("2026-12-05T11:09:46.252123Z".into());
        assert_eq!(to_sqlite(time.clone(), &Kind::SqliteText).unwrap(), SqliteCell::Text("2026-12-05T11:09:46.252Z".into()));
        assert_eq!(to_sqlite(time.clone(), &Kind::SqliteInteger).unwrap(), SqliteCell::Int(1_796_468_986_252));
        assert_eq!(to_postgres(Value::Int(1_796_468_986_252), "timestamptz").unwrap().as_deref(), Some("2026-12-05T11:09:46.252Z"));
        assert_eq!(
            canonical(time, "timestamptz").unwrap(),
            canonical(Value::Text("2026-12-05T11:09:46.252Z".into()), "timestamptz").unwrap()
        );
    }

    #[test]
    fn booleans_json_and_bytes_compare_alike_on_both() {
        assert_eq!(canonical(Value::Int(1), "bool").unwrap(), canonical(Value::Bool(true), "bool").unwrap());
        let stored = Value::Text(r#"{"name":"Verein","tags":["a"]}"#.into());
        let jsonb = Value::Json(serde_json::json!({"tags": ["a"], "name": "Verein"}));
        assert_eq!(canonical(stored, "jsonb").unwrap(), canonical(jsonb, "jsonb").unwrap());
        assert_eq!(to_postgres(Value::Bytes(vec![0x89, 0x50]), "bytea").unwrap().as_deref(), Some("\\x8950"));
        assert_eq!(to_sqlite(Value::Json(serde_json::json!([1])), &Kind::SqliteText).unwrap(), SqliteCell::Text("[1]".into()));
    }
}
