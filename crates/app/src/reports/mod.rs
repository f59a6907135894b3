//! The office's reports (issue 17): the dashboard's figures for a period and the funding
//! report built from them. The figures are a list of sections, each with its figures and its
//! breakdowns (drawn as charts with their tables by the web layer and the PDF), so that a new
//! source (surveys) is one more section.
//!
//! Sources: the directory's search index (the associations published now, the same set the
//! open API's `total` counts), `ReportStore` (counts over revisions, offers, needs and
//! introductions), meetings with their registrations and plans, projects and inbox cases.

mod document;
mod meeting_figures;

use std::sync::Arc;

use tracing::{debug_span, Instrument};

use domain::inbox::{CaseKind, CaseStatus};
use domain::organisation::LegalForm;
use domain::projects::ProjectStatus;
use domain::reports::{median_days, per_mille, running_total_by_month, Period, Tally};

pub use document::{DocChart, DocFigure, DocSection, DocTable, ReportDocument};
pub use meeting_figures::{meeting_figures, HeldMeeting, MeetingFigures};

use crate::accounts::sign_in::Viewer;
use crate::directory::Directory;
use crate::ports::{AuditEvent, AuditLog, Clock, InboxStore, MeetingStore, Narrative, ProjectStore, ReportStore, StoreError, SurveyStore};

/// The longest narrative the office may write (characters).
pub const MAX_NARRATIVE: usize = 20_000;

/// Why a report could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("only the office sees reports")]
    Forbidden,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("the PDF could not be made: {0}")]
    Render(String),
}

/// Everything the reports read, one handle.
pub struct Reports {
    pub directory: Arc<Directory>,
    pub store: Arc<dyn ReportStore>,
    pub meetings: Arc<dyn MeetingStore>,
    pub projects: Arc<dyn ProjectStore>,
    pub inbox: Arc<dyn InboxStore>,
    pub surveys: Arc<dyn SurveyStore>,
    pub audit: Arc<dyn AuditLog>,
    pub clock: Arc<dyn Clock>,
    /// Typesets the funding report.
    pub renderer: Arc<dyn crate::ports::ReportRenderer>,
}

/// The figures of one period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dashboard {
    pub period: Period,
    /// Unix seconds: when the figures were counted.
    pub made_at: i64,
    pub sections: Vec<Section>,
    /// The meetings held in the period, oldest first.
    pub meetings: Vec<MeetingLine>,
    /// The projects begun in the period, oldest first.
    pub projects: Vec<ProjectLine>,
    /// The surveys of the period (open in it, or answered in it), oldest first.
    pub surveys: Vec<SurveyLine>,
}

impl Dashboard {
    pub fn section(&self, key: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.key == key)
    }

    /// A figure by section and key.
    pub fn figure(&self, section: &str, key: &str) -> Option<&Value> {
        self.section(section)?.figures.iter().find(|f| f.key == key).map(|f| &f.value)
    }
}

/// One part of the report (`associations`, `marketplace`, `meetings`, `projects`, `inbox`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub key: &'static str,
    pub figures: Vec<Figure>,
    pub breakdowns: Vec<Breakdown>,
}

/// One number with a stable key; its name and definition are the key's texts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    pub key: &'static str,
    pub value: Value,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Count(u64),
    /// `part` of `of`, shown as a percentage (none when `of` is 0).
    Share {
        part: u64,
        of: u64,
    },
    /// Whole days; `None` when there was nothing to measure.
    Days(Option<i64>),
    /// Whole hours; `None` when there was nothing to measure.
    Hours(Option<i64>),
    /// An average in tenths (`25` is 2.5); `None` when there was nothing to average.
    Tenths(Option<u64>),
}

impl Value {
    /// Per mille for shares, the number otherwise (for sorting and tests).
    pub fn number(&self) -> Option<u64> {
        match *self {
            Value::Count(n) => Some(n),
            Value::Share { part, of } => per_mille(part, of),
            Value::Days(d) | Value::Hours(d) => d.map(|d| u64::try_from(d).unwrap_or(0)),
            Value::Tenths(t) => t,
        }
    }
}

/// How a breakdown is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    Bars,
    Columns,
    Line,
}

/// Counts by something, drawn as a chart with its table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breakdown {
    pub key: &'static str,
    pub kind: ChartKind,
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub label: Label,
    pub value: u64,
    /// A second count shown with the value (offers and needs: how many found a partner).
    pub of_which: Option<u64>,
}

/// What a row counts; the web layer names it in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Label {
    LegalForm(LegalForm),
    /// A field of activity of the directory (an association's category).
    Category(String),
    /// A field of offers and needs (`domain::marketplace::ITEM_CATEGORIES`), a list of its own.
    ItemCategory(String),
    Language(String),
    /// A district key; `None`: no district given.
    District(Option<String>),
    Mso(bool),
    /// `YYYY-MM`.
    Month(String),
    CaseKind(CaseKind),
    CaseStatus(CaseStatus),
    ProjectStatus(ProjectStatus),
    /// `meeting`, `introduction` or `office`.
    Origin(&'static str),
    /// A meeting by title and start (Unix seconds).
    Meeting {
        title: String,
        starts_at: i64,
    },
    /// A survey by title; the row's value is its response rate in per mille.
    Survey {
        title: domain::localized::LocalizedText,
        invited: u64,
        responses: u64,
    },
}

/// A held meeting in the funding report's list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingLine {
    pub slug: String,
    pub title: String,
    pub starts_at: i64,
    pub figures: MeetingFigures,
}

/// A project in the funding report's list; projects the public does not see (not confirmed,
/// or not visible) are anonymised: no title, no partners.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectLine {
    pub title: Option<String>,
    pub partners: Vec<String>,
    pub status: ProjectStatus,
    pub origin: &'static str,
    pub created_at: i64,
}

/// A survey in the report: invited up to the period's end, responses submitted in the period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SurveyLine {
    pub slug: String,
    pub title: domain::localized::LocalizedText,
    pub invited: u64,
    pub responses: u64,
}

const SECONDS_PER_HOUR: i64 = 3_600;

impl Reports {
    /// The dashboard of `period`, counted now.
    pub async fn dashboard(&self, period: Period) -> Result<Dashboard, ReportError> {
        // The parts read different tables and run side by side (SQLite's reader pool has
        // four connections; PostgreSQL's pool more). Each part in a span (`report.PART`, level
        // debug) so that its time can be seen, e.g. with `examples/dashboard_timing --parts`.
        let now = self.clock.now().unix_secs();
        let (associations, marketplace, (meetings_section, meetings), (projects_section, projects), inbox, surveys) = tokio::try_join!(
            self.associations(period, now).instrument(debug_span!("report.associations")),
            self.marketplace(period).instrument(debug_span!("report.marketplace")),
            self.meetings(period).instrument(debug_span!("report.meetings")),
            self.projects(period).instrument(debug_span!("report.projects")),
            self.inbox(period).instrument(debug_span!("report.inbox")),
            self.surveys(period).instrument(debug_span!("report.surveys")),
        )?;
        let mut sections = vec![associations, marketplace, meetings_section, projects_section, inbox];
        if !surveys.is_empty() {
            sections.push(surveys_section(&surveys));
        }
        Ok(Dashboard { period, made_at: now, sections, meetings, projects, surveys })
    }

    /// The dashboard, for the office only.
    pub async fn dashboard_for(&self, viewer: &Viewer, period: Period) -> Result<Dashboard, ReportError> {
        if !viewer.is_staff() {
            return Err(ReportError::Forbidden);
        }
        self.dashboard(period).await
    }

    /// The office's narrative of exactly this period.
    pub async fn narrative(&self, period: Period) -> Result<Option<Narrative>, ReportError> {
        Ok(self.store.narrative(&period.from_date(), &period.to_date()).await?)
    }

    /// Saves the office's narrative (already checked: [`narrative_text`]), audited.
    pub async fn save_narrative(&self, viewer: &Viewer, period: Period, text: &str) -> Result<(), ReportError> {
        if !viewer.is_staff() {
            return Err(ReportError::Forbidden);
        }
        let actor = format!("user:{}", viewer.user.id.0);
        let narrative = Narrative { text: text.to_owned(), saved_by: actor.clone(), saved_at: self.clock.now().unix_secs() };
        self.store.save_narrative(&period.from_date(), &period.to_date(), &narrative).await?;
        let event = AuditEvent {
            actor,
            action: "report.narrative".into(),
            target: format!("report:{}..{}", period.from_date(), period.to_date()),
            detail: format!("{} characters", text.chars().count()),
            at: String::new(),
        };
        self.audit.record_audit(&event).await?;
        Ok(())
    }

    /// The funding report as PDF, typeset on a blocking thread.
    pub async fn funding_pdf(&self, document: ReportDocument) -> Result<Vec<u8>, ReportError> {
        let renderer = self.renderer.clone();
        tokio::task::spawn_blocking(move || renderer.funding_report(&document))
            .await
            .map_err(|e| ReportError::Render(e.to_string()))?
            .map_err(|e| ReportError::Render(e.to_string()))
    }

    /// A survey's report as PDF (worded by the caller), typeset off the async threads.
    pub async fn survey_pdf(&self, document: ReportDocument) -> Result<Vec<u8>, ReportError> {
        let renderer = self.renderer.clone();
        tokio::task::spawn_blocking(move || renderer.survey_report(&document))
            .await
            .map_err(|e| ReportError::Render(e.to_string()))?
            .map_err(|e| ReportError::Render(e.to_string()))
    }

    async fn associations(&self, period: Period, now: i64) -> Result<Section, ReportError> {
        // By field, language, district and MSO as the directory's filters count (the index's
        // sets, counted in a few thousand word operations); by legal form and without a
        // district in one pass over the listings.
        let index_span = debug_span!("report.associations.index").entered();
        let index = self.directory.index();
        let facets = index.facets_of_all();
        let mut legal_counts = [0u64; LegalForm::ALL.len()];
        let mut no_district = 0u64;
        for listing in index.listings() {
            if let Some(i) = LegalForm::ALL.iter().position(|f| *f == listing.legal_form()) {
                legal_counts[i] += 1;
            }
            no_district += u64::from(listing.district().is_none());
        }
        let tally = |counts: &[(Arc<str>, usize)]| {
            let mut tally = Tally::new();
            for (key, n) in counts.iter().filter(|(_, n)| *n > 0) {
                tally.add(key, *n as u64);
            }
            tally
        };
        let mut legal = Tally::new();
        for (form, n) in LegalForm::ALL.iter().zip(legal_counts) {
            legal.add(form.key(), n);
        }
        let fields = tally(&facets.category);
        let languages = tally(&facets.language);
        let mut districts = tally(&facets.district);
        if no_district > 0 {
            districts.add("", no_district);
        }
        let mso = facets.mso[0].1 as u64;
        let active = index.len() as u64;
        drop(index_span);
        let confirmed = self
            .store
            .confirmed_since(Period::last_year_until(now).start())
            .instrument(debug_span!("report.associations.confirmed"))
            .await?;
        let days = self.store.first_publication_days().instrument(debug_span!("report.associations.growth")).await?;
        let growth = running_total_by_month(&days, period);
        let legal_keys: Vec<&str> = LegalForm::ALL.iter().map(|f| f.key()).collect();
        let rows = |tally: &Tally, label: &dyn Fn(String) -> Label| -> Vec<Row> {
            tally.by_count().into_iter().map(|(k, v)| Row { label: label(k), value: v, of_which: None }).collect()
        };
        Ok(Section {
            key: "associations",
            figures: vec![
                Figure { key: "active", value: Value::Count(active) },
                Figure { key: "confirmed", value: Value::Share { part: confirmed, of: active } },
                Figure { key: "mso", value: Value::Share { part: mso, of: active } },
            ],
            breakdowns: vec![
                Breakdown {
                    key: "growth",
                    kind: ChartKind::Line,
                    rows: growth.into_iter().map(|(m, v)| Row { label: Label::Month(m), value: v, of_which: None }).collect(),
                },
                Breakdown {
                    key: "legal-form",
                    kind: ChartKind::Bars,
                    rows: legal
                        .in_order(&legal_keys)
                        .into_iter()
                        .filter_map(|(k, v)| {
                            LegalForm::ALL.into_iter().find(|f| f.key() == k).map(|f| Row {
                                label: Label::LegalForm(f),
                                value: v,
                                of_which: None,
                            })
                        })
                        .collect(),
                },
                Breakdown { key: "field", kind: ChartKind::Bars, rows: rows(&fields, &Label::Category) },
                Breakdown { key: "language", kind: ChartKind::Bars, rows: rows(&languages, &Label::Language) },
                Breakdown {
                    key: "district",
                    kind: ChartKind::Bars,
                    rows: rows(&districts, &|k| Label::District(if k.is_empty() { None } else { Some(k) })),
                },
                Breakdown {
                    key: "mso",
                    kind: ChartKind::Bars,
                    rows: vec![
                        Row { label: Label::Mso(true), value: mso, of_which: None },
                        Row { label: Label::Mso(false), value: active - mso, of_which: None },
                    ],
                },
            ],
        })
    }

    async fn marketplace(&self, period: Period) -> Result<Section, ReportError> {
        let tallies = self.store.item_tallies(period.start(), period.end()).instrument(debug_span!("report.marketplace.tallies")).await?;
        let mut posted = [Tally::new(), Tally::new()];
        let mut matched = [Tally::new(), Tally::new()];
        let mut open = [0u64; 2];
        for t in &tallies {
            let k = usize::from(t.kind == "need");
            posted[k].add(&t.category, t.count);
            matched[k].ensure(&t.category);
            if t.matched {
                matched[k].add(&t.category, t.count);
            }
            if t.open {
                open[k] += t.count;
            }
        }
        let seconds =
            self.store.need_match_seconds(period.start(), period.end()).instrument(debug_span!("report.marketplace.days-to-match")).await?;
        let days = median_days(seconds);
        let by_field = |k: usize| -> Vec<Row> {
            posted[k]
                .by_count()
                .into_iter()
                .map(|(c, v)| Row { of_which: Some(matched[k].get(&c)), label: Label::ItemCategory(c), value: v })
                .collect()
        };
        Ok(Section {
            key: "marketplace",
            figures: vec![
                Figure { key: "offers", value: Value::Count(posted[0].total()) },
                Figure { key: "offers-open", value: Value::Count(open[0]) },
                Figure { key: "offers-matched", value: Value::Share { part: matched[0].total(), of: posted[0].total() } },
                Figure { key: "needs", value: Value::Count(posted[1].total()) },
                Figure { key: "needs-open", value: Value::Count(open[1]) },
                Figure { key: "needs-matched", value: Value::Share { part: matched[1].total(), of: posted[1].total() } },
                Figure { key: "days-to-match", value: Value::Days(days) },
            ],
            breakdowns: vec![
                Breakdown { key: "offers-by-field", kind: ChartKind::Bars, rows: by_field(0) },
                Breakdown { key: "needs-by-field", kind: ChartKind::Bars, rows: by_field(1) },
            ],
        })
    }

    async fn meetings(&self, period: Period) -> Result<(Section, Vec<MeetingLine>), ReportError> {
        // The meetings and every held meeting's people and seats (two reads, not two per
        // meeting; only the columns counted), side by side.
        let (all, mut data) = tokio::try_join!(
            self.meetings.meetings().instrument(debug_span!("report.meetings.read-meetings")),
            self.meetings.meetings_attendance().instrument(debug_span!("report.meetings.read-data")),
        )?;
        let mut records: Vec<_> =
            all.into_iter().filter(|m| m.held && !m.meeting.cancelled && m.meeting.starts_at < period.end()).collect();
        records.sort_by_key(|m| (m.meeting.starts_at, m.id.0));
        let count_span = debug_span!("report.meetings.count").entered();
        let registrations: Vec<Vec<crate::ports::Attendee>> =
            records.iter().map(|r| data.attendees.remove(&r.id).unwrap_or_default()).collect();
        let seats: Vec<Option<&(crate::meetings::Seats, usize)>> = records.iter().map(|r| data.seats.get(&r.id)).collect();
        let held: Vec<HeldMeeting<'_>> = records
            .iter()
            .zip(&registrations)
            .zip(&seats)
            .map(|((record, regs), seats)| HeldMeeting {
                starts_at: record.meeting.starts_at,
                registrations: regs,
                seats: seats.map(|(seats, held_rounds)| (seats, *held_rounds)),
            })
            .collect();
        let figures = meeting_figures(&held);
        let lines: Vec<MeetingLine> = records
            .iter()
            .zip(figures)
            .filter(|(r, _)| period.contains(r.meeting.starts_at))
            .map(|(r, f)| MeetingLine { slug: r.slug.clone(), title: r.meeting.title.clone(), starts_at: r.meeting.starts_at, figures: f })
            .collect();
        // Associations reached over the period: distinct associations with someone checked in.
        let mut reached = std::collections::BTreeSet::new();
        for (record, regs) in records.iter().zip(&registrations) {
            if period.contains(record.meeting.starts_at) {
                reached.extend(
                    regs.iter()
                        .filter(|r| {
                            r.state == domain::meetings::RegistrationState::Confirmed
                                && r.attendance == domain::meetings::Attendance::CheckedIn
                        })
                        .map(|r| r.association),
                );
            }
        }
        drop(count_span);
        let sum = |f: fn(&MeetingFigures) -> u64| -> u64 { lines.iter().map(|l| f(&l.figures)).sum() };
        let (registered, attended, pairs) = (sum(|f| f.registrations), sum(|f| f.attended), sum(|f| f.new_pairs));
        let held_count = lines.len() as u64;
        let per_meeting = |total: u64| (total * 20).checked_div(held_count).map(|tenths_twice| tenths_twice.div_ceil(2));
        let by_meeting = |value: fn(&MeetingFigures) -> u64| -> Vec<Row> {
            lines
                .iter()
                .map(|l| Row {
                    label: Label::Meeting { title: l.title.clone(), starts_at: l.starts_at },
                    value: value(&l.figures),
                    of_which: None,
                })
                .collect()
        };
        let section = Section {
            key: "meetings",
            figures: vec![
                Figure { key: "held", value: Value::Count(held_count) },
                Figure { key: "registrations", value: Value::Count(registered) },
                Figure { key: "attended", value: Value::Count(attended) },
                Figure { key: "attendance-rate", value: Value::Share { part: attended, of: registered } },
                Figure { key: "associations-reached", value: Value::Count(reached.len() as u64) },
                Figure { key: "new-pairs-per-meeting", value: Value::Tenths(per_meeting(pairs)) },
            ],
            breakdowns: vec![
                Breakdown { key: "attended-by-meeting", kind: ChartKind::Columns, rows: by_meeting(|f| f.attended) },
                Breakdown { key: "new-pairs-by-meeting", kind: ChartKind::Columns, rows: by_meeting(|f| f.new_pairs) },
            ],
        };
        Ok((section, lines))
    }

    async fn projects(&self, period: Period) -> Result<(Section, Vec<ProjectLine>), ReportError> {
        let mut records: Vec<_> = self.projects.projects().await?.into_iter().filter(|p| period.contains(p.created_at)).collect();
        records.sort_by_key(|p| (p.created_at, p.id.0));
        let mut status = Tally::new();
        let mut origin = Tally::new();
        let index = self.directory.index();
        let lines: Vec<ProjectLine> = records
            .iter()
            .map(|r| {
                let p = &r.project;
                status.add(p.status.key(), 1);
                origin.add(p.origin.key(), 1);
                let public = p.is_public();
                ProjectLine {
                    title: public.then(|| p.title.clone()),
                    partners: if public {
                        p.partners.iter().filter_map(|id| index.by_id(*id).map(|l| l.name().to_owned())).collect()
                    } else {
                        Vec::new()
                    },
                    status: p.status,
                    origin: p.origin.key(),
                    created_at: r.created_at,
                }
            })
            .collect();
        let running = status.get(ProjectStatus::Running.key()) + status.get(ProjectStatus::Done.key());
        let section = Section {
            key: "projects",
            figures: vec![
                Figure { key: "begun", value: Value::Count(lines.len() as u64) },
                Figure { key: "under-way-or-done", value: Value::Count(running) },
            ],
            breakdowns: vec![
                Breakdown {
                    key: "project-status",
                    kind: ChartKind::Bars,
                    rows: ProjectStatus::ALL
                        .into_iter()
                        .map(|s| Row { label: Label::ProjectStatus(s), value: status.get(s.key()), of_which: None })
                        .collect(),
                },
                Breakdown {
                    key: "project-origin",
                    kind: ChartKind::Bars,
                    rows: ["meeting", "introduction", "office"]
                        .into_iter()
                        .map(|o| Row { label: Label::Origin(o), value: origin.get(o), of_which: None })
                        .collect(),
                },
            ],
        };
        Ok((section, lines))
    }

    async fn inbox(&self, period: Period) -> Result<Section, ReportError> {
        // Counted in the database for the period: cases by kind and status, and the times of
        // those answered or closed (not every case read whole).
        let tallies = self.store.case_tallies(period.start(), period.end()).instrument(debug_span!("report.inbox.tallies")).await?;
        let times = self.store.case_response_times(period.start(), period.end()).instrument(debug_span!("report.inbox.times")).await?;
        let mut kinds = Tally::new();
        let mut statuses = Tally::new();
        let mut cases = 0u64;
        for t in &tallies {
            kinds.add(&t.kind, t.count);
            statuses.add(&t.status, t.count);
            cases += t.count;
        }
        let answers: Vec<i64> = times.iter().filter_map(|t| t.to_first_answer).collect();
        let closes: Vec<i64> = times.iter().filter_map(|t| t.to_close).collect();
        let hours = |secs: Option<i64>| secs.map(|s| (s + SECONDS_PER_HOUR / 2) / SECONDS_PER_HOUR);
        Ok(Section {
            key: "inbox",
            figures: vec![
                Figure { key: "cases", value: Value::Count(cases) },
                Figure { key: "answered", value: Value::Share { part: answers.len() as u64, of: cases } },
                Figure { key: "hours-to-answer", value: Value::Hours(hours(domain::inbox::median(answers))) },
                Figure { key: "days-to-close", value: Value::Days(median_days(closes)) },
            ],
            breakdowns: vec![
                Breakdown {
                    key: "case-kind",
                    kind: ChartKind::Bars,
                    rows: CaseKind::ALL
                        .into_iter()
                        .map(|k| Row { label: Label::CaseKind(k), value: kinds.get(k.key()), of_which: None })
                        .collect(),
                },
                Breakdown {
                    key: "case-status",
                    kind: ChartKind::Bars,
                    rows: CaseStatus::ALL
                        .into_iter()
                        .map(|s| Row { label: Label::CaseStatus(s), value: statuses.get(s.key()), of_which: None })
                        .collect(),
                },
            ],
        })
    }
}

impl Reports {
    /// The surveys that fall in the period: open during it (by their dates) or answered in it.
    async fn surveys(&self, period: Period) -> Result<Vec<SurveyLine>, ReportError> {
        let (start, end) = (period.start(), period.end());
        let counts = self.surveys.survey_counts(Some(start), Some(end - 1)).await?;
        let mut lines = Vec::new();
        for c in counts {
            let Some(record) = self.surveys.survey_by_id(c.survey).await? else { continue };
            let s = &record.survey;
            let open_in_period = s.opens_at.is_some_and(|o| o < end) && s.closes_at.is_none_or(|c| c >= start);
            if !open_in_period && c.responses == 0 {
                continue;
            }
            let count = |n: i64| u64::try_from(n).unwrap_or(0);
            lines.push(SurveyLine { slug: c.slug, title: s.title.clone(), invited: count(c.invited), responses: count(c.responses) });
        }
        Ok(lines)
    }
}

/// The section `surveys`: the invited and responses over all surveys of the period, and each
/// survey's response rate as bars.
fn surveys_section(lines: &[SurveyLine]) -> Section {
    let invited: u64 = lines.iter().map(|l| l.invited).sum();
    let responses: u64 = lines.iter().map(|l| l.responses).sum();
    Section {
        key: "surveys",
        figures: vec![
            Figure { key: "surveys", value: Value::Count(lines.len() as u64) },
            Figure { key: "survey-invited", value: Value::Count(invited) },
            Figure { key: "survey-responses", value: Value::Count(responses) },
            Figure { key: "response-rate", value: Value::Share { part: responses, of: invited } },
        ],
        breakdowns: vec![Breakdown {
            key: "response-rate-by-survey",
            kind: ChartKind::Bars,
            rows: lines
                .iter()
                .map(|l| Row {
                    label: Label::Survey { title: l.title.clone(), invited: l.invited, responses: l.responses },
                    value: per_mille(l.responses, l.invited).unwrap_or(0),
                    of_which: None,
                })
                .collect(),
        }],
    }
}

/// Checks the office's narrative as typed: trimmed, at most [`MAX_NARRATIVE`] characters, no
/// control characters but line breaks and tabs. The code is a message id.
pub fn narrative_text(raw: &str) -> Result<String, &'static str> {
    let text = raw.replace("\r\n", "\n").trim().to_owned();
    if text.chars().count() > MAX_NARRATIVE {
        return Err("report-narrative-too-long");
    }
    Ok(text.chars().filter(|c| !c.is_control() || matches!(c, '\n' | '\t')).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_narrative_is_trimmed_cleaned_and_limited() {
        assert_eq!(narrative_text("  Zeile\r\nzwei\u{0}  "), Ok("Zeile\nzwei".to_owned()));
        assert_eq!(narrative_text(&"a".repeat(MAX_NARRATIVE)).map(|t| t.len()), Ok(MAX_NARRATIVE));
        assert_eq!(narrative_text(&"ä".repeat(MAX_NARRATIVE + 1)), Err("report-narrative-too-long"));
    }

    #[test]
    fn values_give_their_number() {
        assert_eq!(Value::Share { part: 1, of: 4 }.number(), Some(250));
        assert_eq!(Value::Share { part: 1, of: 0 }.number(), None);
        assert_eq!(Value::Days(Some(-3)).number(), Some(0));
        assert_eq!(Value::Tenths(Some(25)).number(), Some(25));
    }
}
