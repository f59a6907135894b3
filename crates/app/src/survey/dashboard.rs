//! The office's dashboard: response rate, per question the tally of the (filtered) responses,
//! and a cross-tab by MSO, field of activity, district or a choice question. In an anonymous
//! survey a filtered view under `MIN_GROUP` responses shows no numbers, nor does any small
//! cross-tab group.

use std::collections::HashMap;

use domain::ids::OrgId;
use domain::organisation::Organisation;
use domain::survey::{cross_tab, glance, suppressed, tally, Answers, CrossTab, Question, QuestionGlance, Tally};

use super::{SurveyError, Surveys};
use crate::accounts::sign_in::Viewer;
use crate::directory::index::Listing;
use crate::ports::{ResponseRecord, SurveyRecord};

/// What the cross-tab groups by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Grouping {
    Mso,
    Field,
    District,
    /// The answers to a choice or yes/no question.
    Question(String),
}

impl Grouping {
    /// From the URL: `mso`, `field`, `district`, `q:<key>`.
    pub fn parse(raw: &str) -> Option<Grouping> {
        match raw {
            "mso" => Some(Grouping::Mso),
            "field" => Some(Grouping::Field),
            "district" => Some(Grouping::District),
            _ => raw.strip_prefix("q:").filter(|k| domain::survey::is_valid_key(k)).map(|k| Grouping::Question(k.to_owned())),
        }
    }

    pub fn key(&self) -> String {
        match self {
            Grouping::Mso => "mso".into(),
            Grouping::Field => "field".into(),
            Grouping::District => "district".into(),
            Grouping::Question(k) => format!("q:{k}"),
        }
    }
}

/// Which responses the dashboard counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub mso: Option<bool>,
    pub field: Option<String>,
    pub district: Option<String>,
    /// Responses whose answer to a question is a value (`q`, `value`).
    pub answer: Option<(String, String)>,
    /// Free texts containing this (case-insensitive).
    pub search: Option<String>,
}

impl Filter {
    /// Whether any filter narrows the responses (the search only narrows the text lists).
    pub fn narrows(&self) -> bool {
        self.mso.is_some() || self.field.is_some() || self.district.is_some() || self.answer.is_some()
    }

    fn keeps(&self, profile: Option<&Facets>, answers: &Answers) -> bool {
        if let Some(mso) = self.mso {
            if profile.map(|p| p.mso) != Some(mso) {
                return false;
            }
        }
        if let Some(field) = &self.field {
            if !profile.is_some_and(|p| p.categories.iter().any(|c| c == field)) {
                return false;
            }
        }
        if let Some(district) = &self.district {
            if profile.and_then(|p| p.district.as_deref()) != Some(district.as_str()) {
                return false;
            }
        }
        if let Some((q, value)) = &self.answer {
            if !answers.get(q).is_some_and(|a| a.is(value)) {
                return false;
            }
        }
        true
    }
}

/// One question's results.
#[derive(Debug, Clone)]
pub struct QuestionResult {
    pub question: Question,
    /// `None` when the filtered view is suppressed.
    pub tally: Option<Tally>,
    /// The free texts matching the search (all when there is none).
    pub texts: Vec<String>,
}

/// What the dashboard shows.
#[derive(Debug, Clone)]
pub struct Dashboard {
    pub record: SurveyRecord,
    pub invited: usize,
    /// Submitted responses, all of them.
    pub responses: usize,
    /// Responses in the filtered view.
    pub shown: usize,
    /// The filtered view has too few responses to show in an anonymous survey.
    pub suppressed: bool,
    pub results: Vec<QuestionResult>,
    /// The cross-tab of each question (same order as `results`) when a grouping was asked for.
    pub cross: Vec<Option<CrossTab>>,
    /// The summary at a glance over the filtered view (empty when it is suppressed).
    pub glance: Vec<QuestionGlance>,
}

/// What the filters and cross-tabs need of an association: MSO, fields of activity, district.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facets {
    pub id: OrgId,
    pub mso: bool,
    pub categories: Vec<String>,
    pub district: Option<String>,
}

impl From<&Organisation> for Facets {
    fn from(o: &Organisation) -> Self {
        Facets { id: o.id, mso: o.profile.mso, categories: o.profile.categories.clone(), district: o.profile.district.clone() }
    }
}

impl From<&Listing> for Facets {
    fn from(l: &Listing) -> Self {
        Facets {
            id: l.id(),
            mso: l.mso(),
            categories: l.categories().map(str::to_owned).collect(),
            district: l.district().map(str::to_owned),
        }
    }
}

/// The groups of a response for a grouping.
fn groups_of(by: &Grouping, profile: Option<&Facets>, answers: &Answers) -> Vec<String> {
    match by {
        Grouping::Mso => vec![if profile.is_some_and(|p| p.mso) { "yes" } else { "no" }.to_owned()],
        Grouping::Field => profile.map(|p| p.categories.clone()).unwrap_or_default(),
        Grouping::District => vec![profile.and_then(|p| p.district.clone()).unwrap_or_else(|| "none".to_owned())],
        Grouping::Question(q) => answers.get(q).map(domain::survey::Answer::keys).unwrap_or_default(),
    }
}

/// Builds the dashboard from a survey, its submitted responses and the associations.
pub fn build(
    record: SurveyRecord,
    invited: usize,
    responses: &[ResponseRecord],
    orgs: &[Facets],
    filter: &Filter,
    by: Option<&Grouping>,
) -> Dashboard {
    let by_id: HashMap<OrgId, &Facets> = orgs.iter().map(|o| (o.id, o)).collect();
    let kept: Vec<&ResponseRecord> = responses.iter().filter(|r| filter.keeps(by_id.get(&r.organisation).copied(), &r.answers)).collect();
    let anonymous = record.survey.anonymous;
    let hidden = suppressed(anonymous, filter.narrows(), kept.len());
    let needle = filter.search.as_deref().map(str::to_lowercase).filter(|s| !s.is_empty());
    let questionnaire = &record.survey.questionnaire;
    let glance = if hidden { Vec::new() } else { glance(questionnaire, &kept.iter().map(|r| &r.answers).collect::<Vec<_>>()) };
    let results = questionnaire
        .questions()
        .map(|q| {
            let tally = (!hidden).then(|| tally(q, kept.iter().map(|r| &r.answers)));
            let texts = tally
                .as_ref()
                .map(|t| t.texts.iter().filter(|t| needle.as_ref().is_none_or(|n| t.to_lowercase().contains(n))).cloned().collect())
                .unwrap_or_default();
            QuestionResult { question: q.clone(), tally, texts }
        })
        .collect();
    let cross = questionnaire
        .questions()
        .map(|q| {
            let by = by?;
            if hidden || q.kind.key().ends_with("text") {
                return None;
            }
            let mut groups: Vec<(String, Vec<&Answers>)> = Vec::new();
            for r in &kept {
                for g in groups_of(by, by_id.get(&r.organisation).copied(), &r.answers) {
                    match groups.iter_mut().find(|(k, _)| *k == g) {
                        Some((_, list)) => list.push(&r.answers),
                        None => groups.push((g, vec![&r.answers])),
                    }
                }
            }
            groups.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then_with(|| a.0.cmp(&b.0)));
            Some(cross_tab(q, &groups, anonymous))
        })
        .collect();
    Dashboard { record, invited, responses: responses.len(), shown: kept.len(), suppressed: hidden, results, cross, glance }
}

impl Surveys {
    /// The dashboard of a survey, for the office.
    pub async fn dashboard(
        &self,
        viewer: Option<&Viewer>,
        slug: &str,
        filter: &Filter,
        by: Option<&Grouping>,
    ) -> Result<Dashboard, SurveyError> {
        if viewer.is_some_and(|v| !v.is_staff()) {
            return Err(SurveyError::Forbidden);
        }
        let record = self.by_slug(slug).await?;
        // Invited: those whose link went out (not a queued or failed mail).
        let invited = super::reached(&self.store.invitations(record.id).await?);
        let responses = self.store.responses(record.id).await?;
        let orgs = self.facets().await?;
        Ok(build(record, invited, &responses, &orgs, filter, by))
    }
}

impl Surveys {
    /// MSO, fields and district of every published association: from the directory's index
    /// when the survey use cases have it (brought up to date first), else from the store.
    async fn facets(&self) -> Result<Vec<Facets>, SurveyError> {
        if let Some(directory) = &self.index {
            directory.refresh_if_changed().await?;
            return Ok(directory.index().listings().map(|l| Facets::from(&l)).collect());
        }
        Ok(self.directory.published_organisations().await?.iter().map(Facets::from).collect())
    }
}
