//! The CSV export: one row per submitted response, one column per question (per option for
//! multiple choice, 0/1), the "other: …" texts in their own column; and a codebook that says
//! what each column holds. An anonymous survey's rows are numbered, never named.

use domain::organisation::Organisation;
use domain::survey::{Answer, QuestionKind, OTHER};

use super::{SurveyError, Surveys};
use crate::ports::{ResponseRecord, SurveyRecord};

/// One column: its header, and the codebook's description of it.
struct Column {
    header: String,
    question: String,
    text: String,
    kind: &'static str,
    value: String,
}

/// A cell as written: quoted, and a leading `=`, `+`, `-`, `@`, tab or CR neutralised with an
/// apostrophe so that a spreadsheet never runs it as a formula.
fn cell(text: &str) -> String {
    let guarded = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_owned() };
    format!("\"{}\"", guarded.replace('"', "\"\""))
}

fn line(cells: impl IntoIterator<Item = String>) -> String {
    let mut out = cells.into_iter().map(|c| cell(&c)).collect::<Vec<_>>().join(",");
    out.push_str("\r\n");
    out
}

fn columns(record: &SurveyRecord) -> Vec<Column> {
    let mut out = Vec::new();
    for q in record.survey.questionnaire.questions() {
        let text = q.text.choose("de").map(|c| c.text.to_owned()).unwrap_or_default();
        let col = |header: String, value: &str| Column {
            header,
            question: q.key.clone(),
            text: text.clone(),
            kind: q.kind.key(),
            value: value.to_owned(),
        };
        match &q.kind {
            QuestionKind::MultipleChoice { options, other } => {
                for o in options {
                    out.push(col(format!("{}.{}", q.key, o.key), &format!("1 = {}", o.label.choose("de").map_or("", |c| c.text))));
                }
                if *other {
                    out.push(col(format!("{}.{OTHER}", q.key), "1 = other"));
                    out.push(col(format!("{}.{OTHER}_text", q.key), "text"));
                }
            }
            QuestionKind::SingleChoice { options, other } => {
                let keys: Vec<String> =
                    options.iter().map(|o| format!("{} = {}", o.key, o.label.choose("de").map_or("", |c| c.text))).collect();
                out.push(col(q.key.clone(), &keys.join("; ")));
                if *other {
                    out.push(col(format!("{}.{OTHER}_text", q.key), "text"));
                }
            }
            QuestionKind::Scale { .. } => out.push(col(q.key.clone(), "1..5")),
            QuestionKind::Number { min, max } => out.push(col(q.key.clone(), &format!("{min}..{max}"))),
            QuestionKind::YesNo => out.push(col(q.key.clone(), "yes; no")),
            QuestionKind::Categories | QuestionKind::Languages => out.push(col(q.key.clone(), "keys separated by ;")),
            QuestionKind::ShortText | QuestionKind::LongText => out.push(col(q.key.clone(), "text")),
        }
    }
    out
}

/// The value of one column for one response (empty when not answered).
fn value(column: &Column, response: &ResponseRecord) -> String {
    let Some(answer) = response.answers.get(&column.question) else { return String::new() };
    let suffix = column.header.strip_prefix(&column.question).and_then(|s| s.strip_prefix('.'));
    match (answer, suffix) {
        (Answer::Choices { other, .. } | Answer::Choice { other, .. }, Some(s)) if s == format!("{OTHER}_text") => {
            other.clone().unwrap_or_default()
        }
        (Answer::Choices { keys, .. }, Some(option)) => if keys.iter().any(|k| k == option) { "1" } else { "0" }.to_owned(),
        (Answer::Choice { key, .. }, None) => key.clone(),
        (Answer::Keys(keys), None) => keys.join(";"),
        (Answer::Number(n), None) => n.to_string(),
        (Answer::Text(t), None) => t.clone(),
        (Answer::YesNo(yes), None) => if *yes { "yes" } else { "no" }.to_owned(),
        _ => String::new(),
    }
}

/// The responses file and the codebook, both CSV (UTF-8, CRLF, every cell quoted).
pub fn csv(record: &SurveyRecord, responses: &[ResponseRecord], orgs: &[Organisation]) -> (String, String) {
    let cols = columns(record);
    let anonymous = record.survey.anonymous;
    let mut head = vec!["response".to_owned()];
    if !anonymous {
        head.extend(["association".to_owned(), "association_name".to_owned()]);
    }
    head.push("submitted_at".to_owned());
    head.extend(cols.iter().map(|c| c.header.clone()));
    let mut data = line(head);
    for (n, r) in responses.iter().enumerate() {
        let mut row = vec![(n + 1).to_string()];
        if !anonymous {
            let org = orgs.iter().find(|o| o.id == r.organisation);
            row.push(org.map(|o| o.slug.as_str().to_owned()).unwrap_or_default());
            row.push(org.map(|o| o.profile.name.clone()).unwrap_or_default());
        }
        row.push(r.submitted_at.map(|t| domain::timestamp::Timestamp::from_unix_secs(t).to_rfc3339()).unwrap_or_default());
        row.extend(cols.iter().map(|c| value(c, r)));
        data.push_str(&line(row));
    }
    let mut codebook = line(["column", "question", "type", "text", "values"].map(str::to_owned));
    for c in &cols {
        codebook.push_str(&line([c.header.clone(), c.question.clone(), c.kind.to_owned(), c.text.clone(), c.value.clone()]));
    }
    (data, codebook)
}

impl Surveys {
    /// The CSV export of a survey's submitted responses, and its codebook.
    pub async fn export_csv(&self, slug: &str) -> Result<(String, String), SurveyError> {
        let record = self.by_slug(slug).await?;
        let responses = self.store.responses(record.id).await?;
        let orgs = self.directory.published_organisations().await?;
        Ok(csv(&record, &responses, &orgs))
    }
}
