//! The form for one person at a meeting, shared by the representative's registration, the
//! office's participants list and the walk-in form of the check-in list: the fields as typed,
//! the association chosen, and the choices the form offers.

use app::accounts::sign_in::Viewer;
use app::ports::MeetingRecord;
use domain::ids::OrgId;
use domain::meetings::{Registration, RegistrationInput};
use domain::profile_form::FieldError;

use super::view::association_name;
use crate::error::PageError;
use crate::forms::{choices, spoken_languages, with_repeated, Choice, FieldErrors, FormFields};
use crate::page::{PageCtx, Visit};
use crate::SharedState;

/// The associations the viewer registers for: their own, or every listed one for the office.
pub fn association_choices(state: &SharedState, viewer: &Viewer, selected: &str) -> Vec<Choice> {
    let mut list: Vec<(String, String)> = if viewer.is_staff() {
        state.directory.index().listings().map(|l| (l.id().0.to_string(), l.name().to_owned())).collect()
    } else {
        viewer.memberships.iter().map(|m| (m.organisation.0.to_string(), association_name(state, m.organisation))).collect()
    };
    list.sort_by_key(|a| a.1.to_lowercase());
    choices(list, &[selected.to_owned()])
}

/// The registration form's fields as typed.
pub fn registration_input(form: &FormFields) -> RegistrationInput {
    RegistrationInput {
        name: form.one("name"),
        email: form.one("email"),
        languages: form.all("languages"),
        accessibility: form.one("accessibility"),
        consent: form.ticked("consent"),
    }
}

/// The association chosen in the form, if the viewer may register for it.
pub fn chosen_association(viewer: &Viewer, raw: &str) -> Option<OrgId> {
    raw.trim().parse::<i64>().ok().map(OrgId).filter(|org| viewer.may_edit(*org))
}

/// A person's form as typed: the association field as sent (kept when the form comes back) and
/// the other fields.
#[derive(Debug, Default)]
pub struct Typed {
    pub association: String,
    pub input: RegistrationInput,
}

/// A posted person's form: what was typed, and the association it names if the viewer may
/// register for it (else the field's error: required when empty, not a choice otherwise).
pub struct PostedRegistration {
    pub typed: Typed,
    /// The association chosen, or the form's problems so far (that choice, fields sent twice).
    pub association: Result<OrgId, Vec<FieldError>>,
}

/// Reads a posted person's form. Forbidden to a viewer who may register for no association.
pub fn posted_registration(viewer: &Viewer, form: &FormFields) -> Result<PostedRegistration, PageError> {
    if !viewer.is_staff() && viewer.memberships.is_empty() {
        return Err(PageError::Forbidden);
    }
    let raw = form.one("association");
    let input = registration_input(form);
    let association = chosen_association(viewer, &raw).ok_or_else(|| {
        vec![FieldError { field: "association".into(), code: if raw.trim().is_empty() { "required" } else { "unknown_choice" } }]
    });
    let association = with_repeated(form, association);
    Ok(PostedRegistration { typed: Typed { association: raw, input }, association })
}

/// The filled person's form of a page: choices, what was typed, the errors.
pub struct PersonForm {
    pub associations: Vec<Choice>,
    pub languages: Vec<Choice>,
    pub input: RegistrationInput,
    pub errors: FieldErrors,
}

impl PersonForm {
    pub fn new(state: &SharedState, page: &PageCtx, viewer: &Viewer, typed: Typed, errors: &[FieldError]) -> Self {
        PersonForm {
            associations: association_choices(state, viewer, &typed.association),
            languages: spoken_languages(&page.tr, &typed.input.languages),
            errors: FieldErrors::new(&page.tr, errors),
            input: typed.input,
        }
    }
}

/// What the office's lists of a meeting (participants, check-in) start from: the page, the
/// meeting's registrations and the form to add a person.
pub struct OfficeList {
    pub page: PageCtx,
    pub registrations: Vec<Registration>,
    pub form: PersonForm,
}

pub async fn office_list(
    state: &SharedState,
    visit: &Visit,
    viewer: &Viewer,
    record: &MeetingRecord,
    typed: Typed,
    errors: &[FieldError],
) -> Result<OfficeList, PageError> {
    let page = PageCtx::new(state, visit, "meetings");
    let registrations = state.meetings.store.registrations(record.id).await?;
    let form = PersonForm::new(state, &page, viewer, typed, errors);
    Ok(OfficeList { page, registrations, form })
}
