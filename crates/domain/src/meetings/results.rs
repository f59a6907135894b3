//! Structured results of one table in one round: ideas, visions, contacts made (which
//! associations met), and planned projects that a later issue turns into tracked
//! cooperation projects.

use serde::{Deserialize, Serialize};

use super::form::{add, one_line as line};
use crate::ids::OrgId;
use crate::profile_form::FieldError;

pub const MAX_ENTRY: usize = 500;
pub const MAX_ENTRIES: usize = 20;
pub const MAX_PROJECT_TITLE: usize = 120;
pub const MAX_NEXT_STEP: usize = 300;
pub const MAX_PROJECTS: usize = 10;

/// A project the table plans.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedProject {
    pub title: String,
    /// The associations taking part, at least one.
    pub partners: Vec<OrgId>,
    pub next_step: Option<String>,
}

/// What a table recorded in a round; at least one part is filled.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct TableResult {
    pub ideas: Vec<String>,
    pub visions: Vec<String>,
    /// Associations that made contact at this table.
    pub contacts: Vec<OrgId>,
    pub projects: Vec<PlannedProject>,
}

/// A planned project as typed; partners are association ids from a list of checkboxes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProjectInput {
    pub title: String,
    pub partners: Vec<String>,
    pub next_step: String,
}

/// The results form: ideas and visions one a line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TableResultInput {
    pub ideas: String,
    pub visions: String,
    pub contacts: Vec<String>,
    pub projects: Vec<ProjectInput>,
}

fn entries(raw: &str, field: &str, errors: &mut Vec<FieldError>) -> Vec<String> {
    let list: Vec<String> = raw.lines().map(line).filter(|l| !l.is_empty()).collect();
    if list.len() > MAX_ENTRIES {
        add(errors, field, "too_many");
    }
    if list.iter().any(|l| l.chars().count() > MAX_ENTRY) {
        add(errors, field, "too_long");
    }
    list
}

/// Association ids from the form, each one of `present` (the associations at the meeting).
fn associations(raw: &[String], present: &[OrgId], field: &str, errors: &mut Vec<FieldError>) -> Vec<OrgId> {
    let mut out: Vec<OrgId> = Vec::new();
    for value in raw.iter().map(|v| v.trim()).filter(|v| !v.is_empty()) {
        match value.parse::<i64>().ok().map(OrgId).filter(|o| present.contains(o)) {
            Some(org) if !out.contains(&org) => out.push(org),
            Some(_) => {}
            None => add(errors, field, "unknown_choice"),
        }
    }
    out
}

impl TableResultInput {
    /// The form filled with a stored result.
    pub fn from_result(r: &TableResult) -> Self {
        let ids = |orgs: &[OrgId]| orgs.iter().map(|o| o.0.to_string()).collect();
        TableResultInput {
            ideas: r.ideas.join("\n"),
            visions: r.visions.join("\n"),
            contacts: ids(&r.contacts),
            projects: r
                .projects
                .iter()
                .map(|p| ProjectInput {
                    title: p.title.clone(),
                    partners: ids(&p.partners),
                    next_step: p.next_step.clone().unwrap_or_default(),
                })
                .collect(),
        }
    }

    /// Applies the rules; `present` are the associations taking part in the meeting.
    pub fn validate(&self, present: &[OrgId]) -> Result<TableResult, Vec<FieldError>> {
        let mut errors = Vec::new();
        let ideas = entries(&self.ideas, "ideas", &mut errors);
        let visions = entries(&self.visions, "visions", &mut errors);
        let contacts = associations(&self.contacts, present, "contacts", &mut errors);
        let rows: Vec<(usize, &ProjectInput)> = self
            .projects
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                !(p.title.trim().is_empty() && p.next_step.trim().is_empty() && p.partners.iter().all(|x| x.trim().is_empty()))
            })
            .collect();
        if rows.len() > MAX_PROJECTS {
            add(&mut errors, "projects", "too_many");
        }
        let mut projects = Vec::new();
        for (i, row) in rows {
            let title = line(&row.title);
            match title.chars().count() {
                0 => add(&mut errors, &format!("projects.{i}.title"), "required"),
                n if n > MAX_PROJECT_TITLE => add(&mut errors, &format!("projects.{i}.title"), "too_long"),
                _ => {}
            }
            let partners = associations(&row.partners, present, &format!("projects.{i}.partners"), &mut errors);
            if partners.is_empty() {
                add(&mut errors, &format!("projects.{i}.partners"), "meeting_project_partners");
            }
            let next_step = Some(line(&row.next_step)).filter(|s| !s.is_empty());
            if next_step.as_ref().is_some_and(|s| s.chars().count() > MAX_NEXT_STEP) {
                add(&mut errors, &format!("projects.{i}.next_step"), "too_long");
            }
            projects.push(PlannedProject { title, partners, next_step });
        }
        if errors.is_empty() && ideas.is_empty() && visions.is_empty() && contacts.is_empty() && projects.is_empty() {
            add(&mut errors, "result", "meeting_result_empty");
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(TableResult { ideas, visions, contacts, projects })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    const PRESENT: [OrgId; 3] = [OrgId(1), OrgId(2), OrgId(3)];

    fn codes(errors: &[FieldError]) -> Vec<(&str, &str)> {
        errors.iter().map(|e| (e.field.as_str(), e.code)).collect()
    }

    #[test]
    fn a_filled_form_becomes_a_result_and_back() {
        let input = TableResultInput {
            ideas: "  Gemeinsames   Sommerfest \r\n\r\nHausaufgabenhilfe teilen\n".into(),
            visions: String::new(),
            contacts: vec!["1".into(), "3".into(), "1".into(), " ".into()],
            projects: vec![
                ProjectInput::default(),
                ProjectInput { title: "Sprachcafé".into(), partners: vec!["2".into(), "3".into()], next_step: "Raum anfragen".into() },
            ],
        };
        let result = input.validate(&PRESENT).unwrap();
        assert_eq!(result.ideas, vec!["Gemeinsames Sommerfest", "Hausaufgabenhilfe teilen"]);
        assert_eq!(result.contacts, vec![OrgId(1), OrgId(3)]);
        assert_eq!(
            result.projects,
            vec![PlannedProject {
                title: "Sprachcafé".into(),
                partners: vec![OrgId(2), OrgId(3)],
                next_step: Some("Raum anfragen".into())
            }]
        );
        assert_eq!(TableResultInput::from_result(&result).validate(&PRESENT).unwrap(), result);
    }

    #[test]
    fn at_least_one_part_is_filled() {
        let empty = TableResultInput { ideas: " \n ".into(), projects: vec![ProjectInput::default()], ..Default::default() };
        assert_eq!(codes(&empty.validate(&PRESENT).unwrap_err()), vec![("result", "meeting_result_empty")]);
        let one = TableResultInput { visions: "Ein Haus der Vereine".into(), ..Default::default() };
        assert_eq!(one.validate(&PRESENT).unwrap().visions, vec!["Ein Haus der Vereine"]);
    }

    #[test]
    fn wrong_entries_are_named_at_their_field() {
        let input = TableResultInput {
            ideas: "x".repeat(MAX_ENTRY + 1),
            visions: (0..=MAX_ENTRIES).map(|i| format!("Vision {i}\n")).collect(),
            contacts: vec!["4".into(), "eins".into()],
            projects: vec![ProjectInput { title: String::new(), partners: vec![], next_step: "Treffen".into() }],
        };
        assert_eq!(
            codes(&input.validate(&PRESENT).unwrap_err()),
            vec![
                ("ideas", "too_long"),
                ("visions", "too_many"),
                ("contacts", "unknown_choice"),
                ("projects.0.title", "required"),
                ("projects.0.partners", "meeting_project_partners")
            ]
        );
    }
}
