//! The project forms as typed: the project itself (from a planned project, an introduction or
//! the office), a status change and a next step. Field errors are codes shown as
//! `form-error-<code>`.

use super::{NextStep, Origin, Project, ProjectStatus};
use crate::ids::OrgId;
use crate::profile_form::FieldError;

pub const MAX_TITLE: usize = 120;
pub const MAX_DESCRIPTION: usize = 5_000;
pub const MAX_STEP: usize = 300;
pub const MAX_REASON: usize = 1_000;
/// Next steps kept per project, done ones included.
pub const MAX_NEXT_STEPS: usize = 50;
/// Partners of one project at most.
const MAX_PARTNERS: usize = 20;

fn add(errors: &mut Vec<FieldError>, field: &str, code: &'static str) {
    if !errors.iter().any(|e| e.field == field) {
        errors.push(FieldError { field: field.to_owned(), code });
    }
}

/// Trimmed, inner whitespace collapsed, control characters removed.
fn one_line(raw: &str) -> String {
    raw.split_whitespace().collect::<Vec<_>>().join(" ").chars().filter(|c| !c.is_control()).collect()
}

/// Line breaks unified, trimmed, control characters other than line breaks removed.
fn text(raw: &str) -> String {
    raw.replace("\r\n", "\n").trim().chars().filter(|c| *c == '\n' || !c.is_control()).collect()
}

/// True for a real calendar date written `YYYY-MM-DD`.
fn is_date(raw: &str) -> bool {
    let parts: Vec<&str> = raw.split('-').collect();
    let [y, m, d] = parts.as_slice() else { return false };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return false;
    }
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<i64>(), m.parse::<u32>(), d.parse::<u32>()) else { return false };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (2000..=2100).contains(&y) && (1..=days).contains(&d)
}

/// A next step as typed: what and, optionally, by when (`YYYY-MM-DD`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NextStepInput {
    pub text: String,
    pub due: String,
}

impl NextStepInput {
    /// A blank step (no text, no date) is `Ok(None)`.
    pub fn validate(&self, errors: &mut Vec<FieldError>, text_field: &str, due_field: &str) -> Option<NextStep> {
        let text = one_line(&self.text);
        let due = self.due.trim().to_owned();
        if text.is_empty() {
            if !due.is_empty() {
                add(errors, text_field, "required");
            }
            return None;
        }
        if text.chars().count() > MAX_STEP {
            add(errors, text_field, "too_long");
        }
        if !due.is_empty() && !is_date(&due) {
            add(errors, due_field, "date");
        }
        Some(NextStep { text, due: (!due.is_empty()).then_some(due), done: false })
    }

    /// One step on its own form: the text is required.
    pub fn validate_alone(&self) -> Result<NextStep, Vec<FieldError>> {
        let mut errors = Vec::new();
        let step = self.validate(&mut errors, "step", "due");
        match step {
            Some(step) if errors.is_empty() => Ok(step),
            None if errors.is_empty() => Err(vec![FieldError { field: "step".into(), code: "required" }]),
            _ => Err(errors),
        }
    }
}

/// The title, one line, required and at most [`MAX_TITLE`] characters.
fn valid_title(raw: &str, errors: &mut Vec<FieldError>) -> String {
    let title = one_line(raw);
    if title.is_empty() {
        add(errors, "title", "required");
    } else if title.chars().count() > MAX_TITLE {
        add(errors, "title", "too_long");
    }
    title
}

/// The chosen partners among `allowed`, each once, in the order given; two at least.
fn valid_partners(raw: &[String], allowed: &[OrgId], errors: &mut Vec<FieldError>) -> Vec<OrgId> {
    let mut partners: Vec<OrgId> = Vec::new();
    for one in raw {
        match one.trim().parse::<i64>().ok().map(OrgId).filter(|id| allowed.contains(id)) {
            Some(id) if !partners.contains(&id) => partners.push(id),
            Some(_) => {}
            None => add(errors, "partners", "unknown_choice"),
        }
    }
    if partners.len() < 2 {
        add(errors, "partners", "project_partners");
    } else if partners.len() > MAX_PARTNERS {
        add(errors, "partners", "too_many");
    }
    partners
}

/// The title and partners of an existing project as typed (the office, or the proposing
/// association's representative, corrects them).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProjectDetailsInput {
    pub title: String,
    pub partners: Vec<String>,
}

impl ProjectDetailsInput {
    /// The checked title and partners. `keep`: an association that must stay a partner (the
    /// proposing one, when its representative edits: it would lock itself out otherwise).
    pub fn validate(&self, allowed: &[OrgId], keep: Option<OrgId>) -> Result<(String, Vec<OrgId>), Vec<FieldError>> {
        let mut errors = Vec::new();
        let title = valid_title(&self.title, &mut errors);
        let partners = valid_partners(&self.partners, allowed, &mut errors);
        if keep.is_some_and(|own| !partners.contains(&own)) {
            add(&mut errors, "partners", "project_keep_own");
        }
        if errors.is_empty() {
            Ok((title, partners))
        } else {
            Err(errors)
        }
    }

    /// The form prefilled from the project.
    pub fn from_project(project: &Project) -> Self {
        ProjectDetailsInput { title: project.title.clone(), partners: project.partners.iter().map(|p| p.0.to_string()).collect() }
    }
}

/// The project form: partners are association ids from checkboxes, `allowed` those that may be
/// chosen (all published associations, or the two of an introduction).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProjectInput {
    pub title: String,
    pub description: String,
    pub partners: Vec<String>,
    pub visible: bool,
    pub next_step: NextStepInput,
}

impl ProjectInput {
    /// The project, starting in `status`; `confirmed` is false for a partner's proposal.
    pub fn validate(&self, allowed: &[OrgId], origin: Origin, status: ProjectStatus, confirmed: bool) -> Result<Project, Vec<FieldError>> {
        let mut errors = Vec::new();
        let title = valid_title(&self.title, &mut errors);
        let description = text(&self.description);
        if description.chars().count() > MAX_DESCRIPTION {
            add(&mut errors, "description", "too_long");
        }
        let partners = valid_partners(&self.partners, allowed, &mut errors);
        let step = self.next_step.validate(&mut errors, "next_step", "next_step_due");
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Project {
            title,
            description,
            partners,
            origin,
            status,
            stop_reason: None,
            next_steps: step.into_iter().collect(),
            visible: self.visible,
            confirmed,
            proposed_by: None,
        })
    }

    /// The form prefilled from a project (for a page that shows it again).
    pub fn from_project(project: &Project) -> Self {
        ProjectInput {
            title: project.title.clone(),
            description: project.description.clone(),
            partners: project.partners.iter().map(|p| p.0.to_string()).collect(),
            visible: project.visible,
            next_step: NextStepInput::default(),
        }
    }
}

/// A status change as typed: the new status's key and, for stopping, the reason.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StatusInput {
    pub status: String,
    pub reason: String,
}

impl StatusInput {
    /// The new status and the stop reason, if the move from `current` is allowed.
    pub fn validate(&self, current: ProjectStatus) -> Result<(ProjectStatus, Option<String>), Vec<FieldError>> {
        let Some(to) = ProjectStatus::parse(self.status.trim()) else {
            return Err(vec![FieldError { field: "status".into(), code: "choose_one" }]);
        };
        if !current.may_move_to(to) {
            return Err(vec![FieldError { field: "status".into(), code: "project_transition" }]);
        }
        let reason = text(&self.reason);
        if to == ProjectStatus::Stopped {
            if reason.is_empty() {
                return Err(vec![FieldError { field: "reason".into(), code: "project_reason" }]);
            }
            if reason.chars().count() > MAX_REASON {
                return Err(vec![FieldError { field: "reason".into(), code: "too_long" }]);
            }
            return Ok((to, Some(reason)));
        }
        Ok((to, None))
    }
}

/// Whether another next step fits.
pub fn room_for_step(project: &Project) -> bool {
    project.next_steps.len() < MAX_NEXT_STEPS
}
