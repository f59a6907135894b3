//! The plan of an import, the same for the dry run, the browser's preview and the real run:
//! per row with its line, create, update, unchanged, skip as a likely duplicate (similar name
//! or within 100 m of an existing entry or an earlier row) or refuse with the reasons, each
//! row checked by the profile form's rules. Then positions: from the file, else from the
//! geocoder, with a count of how each entry was placed.

use std::collections::{HashMap, HashSet};

use domain::category::Category;
use domain::district::District;
use domain::duplicates::{duplicate_candidates_keyed, Candidate, DuplicateMatch, MatchReason, NameKey};
use domain::geo::GeoPoint;
use domain::ids::OrgId;
use domain::organisation::Profile;
use domain::profile_form::{FieldError, FormContext, ProfileInput};
use domain::slug::Slug;

use super::columns::{apply_cell, Field, RowExtras};
use super::decode::Encoding;
use super::read::{Format, ReadFile, RowData};
use crate::ports::{GeocodeRequest, Geocoder, Precision};

/// An entry already in the directory, as the plan compares rows with it.
#[derive(Debug, Clone)]
pub struct Existing {
    pub id: OrgId,
    pub slug: Slug,
    pub name: String,
    pub position: Option<GeoPoint>,
    /// The published profile; `None` for a proposal not yet approved.
    pub profile: Option<Profile>,
}

/// What the plan needs to know about the directory.
#[derive(Debug, Clone, Default)]
pub struct PlanContext {
    pub categories: Vec<Category>,
    pub districts: Vec<String>,
    pub existing: Vec<Existing>,
    /// External ids of the file's source already imported, with their entry.
    pub external: HashMap<String, OrgId>,
    /// Who records consents that a file brings (`user:42`).
    pub recorded_by: String,
    /// Now, RFC 3339.
    pub now: String,
    pub this_year: u16,
}

/// What happens to a row.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Create,
    Update {
        org: OrgId,
    },
    /// The row says what the entry already says: nothing to store.
    Unchanged {
        org: OrgId,
    },
    /// Skipped: probably the same association as an existing entry or an earlier row.
    Duplicate {
        of_slug: Slug,
        of_name: String,
    },
    /// Refused for the reasons given.
    Refused(Vec<Problem>),
}

impl Action {
    /// The stable key (`create`, `update`, `unchanged`, `duplicate`, `refused`).
    pub fn key(&self) -> &'static str {
        match self {
            Action::Create => "create",
            Action::Update { .. } => "update",
            Action::Unchanged { .. } => "unchanged",
            Action::Duplicate { .. } => "duplicate",
            Action::Refused(_) => "refused",
        }
    }
}

/// Why a row is refused: a field (`name`, `persons.0.email`, or `entry` for the whole row) and
/// the code of the message (the profile form's `form-error-<code>`, or an import's own).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub field: String,
    pub code: String,
}

impl From<FieldError> for Problem {
    fn from(e: FieldError) -> Self {
        Problem { field: e.field, code: e.code.to_owned() }
    }
}

/// How an entry got its position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placed {
    /// From the file (or kept from the stored entry).
    File,
    /// By the geocoder, this exactly.
    Geocoder(Precision),
    /// Nowhere: not on the map until someone places it.
    Unplaced,
}

/// One row of the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct PlannedRow {
    /// The CSV line where the row starts, or the entry's number in a JSON file.
    pub line: u64,
    pub name: String,
    /// The entry's address: new, or the one updated.
    pub slug: Option<Slug>,
    pub action: Action,
    /// The profile to store, for `Create` and `Update`.
    pub profile: Option<Profile>,
    pub external_id: Option<String>,
    pub placed: Option<Placed>,
}

/// How many rows get each action, and how the stored ones are placed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PlanCounts {
    pub create: usize,
    pub update: usize,
    pub unchanged: usize,
    pub duplicate: usize,
    pub refused: usize,
    pub placed_from_file: usize,
    pub placed_by_address: usize,
    pub placed_by_postcode: usize,
    pub placed_by_district: usize,
    pub unplaced: usize,
}

/// The whole plan of one file.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportPlan {
    pub format: Format,
    pub rows: Vec<PlannedRow>,
    pub encoding: Encoding,
    pub delimiter: Option<char>,
    pub unknown_columns: Vec<String>,
    /// Fields of activity and districts the directory lacks and the import adds (from the file,
    /// or the default fields of activity for a directory that has none).
    pub new_categories: Vec<Category>,
    pub new_districts: Vec<District>,
}

impl ImportPlan {
    pub fn counts(&self) -> PlanCounts {
        let mut c = PlanCounts::default();
        for row in &self.rows {
            match row.action {
                Action::Create => c.create += 1,
                Action::Update { .. } => c.update += 1,
                Action::Unchanged { .. } => c.unchanged += 1,
                Action::Duplicate { .. } => c.duplicate += 1,
                Action::Refused(_) => c.refused += 1,
            }
            match row.placed {
                Some(Placed::File) => c.placed_from_file += 1,
                Some(Placed::Geocoder(Precision::Address)) => c.placed_by_address += 1,
                Some(Placed::Geocoder(Precision::Postcode)) => c.placed_by_postcode += 1,
                Some(Placed::Geocoder(Precision::District)) => c.placed_by_district += 1,
                Some(Placed::Unplaced) => c.unplaced += 1,
                None => {}
            }
        }
        c
    }

    /// True when a row would be refused: then nothing of the file is stored.
    pub fn has_refusals(&self) -> bool {
        self.rows.iter().any(|r| matches!(r.action, Action::Refused(_)))
    }
}

/// Plans every row of a read file.
pub fn plan_rows(file: ReadFile, format: Format, ctx: &PlanContext) -> ImportPlan {
    let mut extended;
    let mut ctx = ctx;
    let mut new_categories: Vec<Category> =
        file.setup.categories.iter().filter(|c| !ctx.categories.iter().any(|k| k.key == c.key)).cloned().collect();
    if ctx.categories.is_empty() && new_categories.is_empty() {
        new_categories = crate::directory::default_categories::default_categories();
    }
    let new_districts: Vec<District> = file.setup.districts.iter().filter(|d| !ctx.districts.contains(&d.key)).cloned().collect();
    if !new_categories.is_empty() || !new_districts.is_empty() {
        extended = ctx.clone();
        extended.categories.extend(new_categories.iter().cloned());
        extended.districts.extend(new_districts.iter().map(|d| d.key.clone()));
        ctx = &extended;
    }
    let by_slug: HashMap<&str, usize> = ctx.existing.iter().enumerate().map(|(i, e)| (e.slug.as_str(), i)).collect();
    let by_id: HashMap<OrgId, usize> = ctx.existing.iter().enumerate().map(|(i, e)| (e.id, i)).collect();
    let mut taken: HashSet<String> = ctx.existing.iter().map(|e| e.slug.as_str().to_owned()).collect();
    let mut seen_targets: HashSet<OrgId> = HashSet::new();
    let mut seen_external: HashMap<String, usize> = HashMap::new();
    // Existing entries, and the file's earlier rows. Rows that carry their own address (the
    // program's own export) were told apart by the instance they come from: they are compared
    // with the existing entries only, so associations sharing a building stay two entries.
    // Rows with an id of the file's source (OpenFairDB's) are told apart by the source as well:
    // against entries of that source (stored by an earlier import, or earlier rows with an id)
    // only a similar name makes a likely duplicate (the same place listed twice), not a name
    // contained in the other or a shared building — "Repair Café Oßweil" and "Repair Café
    // Eglosheim" stay two, and a re-import of the same file decides as the first did.
    let from_source: HashSet<OrgId> = ctx.external.values().copied().collect();
    let mut existing_index = DuplicateIndex::default();
    for e in &ctx.existing {
        existing_index.add(&e.name, e.position, &e.slug, from_source.contains(&e.id));
    }
    let mut file_index = DuplicateIndex::default();
    let mut rows = Vec::with_capacity(file.rows.len());
    for row in file.rows {
        let external_id = row.extras.external_id.clone();
        let target = external_id
            .as_ref()
            .and_then(|x| ctx.external.get(x))
            .and_then(|id| by_id.get(id))
            .or_else(|| row.extras.slug.as_deref().and_then(|s| by_slug.get(s)))
            .map(|i| &ctx.existing[*i]);
        let mut planned = plan_row(row.line, row.data, target, ctx);
        planned.external_id = external_id.clone();
        // The same entry twice in one file: the later row is skipped as a duplicate.
        let earlier = match (&planned.action, &external_id) {
            (Action::Refused(_), _) => None,
            (_, Some(x)) => seen_external.get(x).copied(),
            _ => None,
        };
        if let Some(i) = earlier {
            let first: &PlannedRow = &rows[i];
            planned.action = Action::Duplicate { of_slug: first.slug.clone().unwrap_or_else(fallback_slug), of_name: first.name.clone() };
            planned.profile = None;
        } else if let Some(target) = target.filter(|_| !matches!(planned.action, Action::Refused(_))) {
            if !seen_targets.insert(target.id) {
                planned.action = Action::Duplicate { of_slug: target.slug.clone(), of_name: target.name.clone() };
                planned.profile = None;
            }
        } else if planned.action == Action::Create {
            let profile = planned.profile.as_ref().map(|p| (p.name.clone(), p.position));
            if let Some((name, position)) = profile {
                let own_address = row.extras.slug.as_deref().is_some_and(|s| Slug::parse(s).is_ok());
                let with_id = external_id.is_some();
                let found = existing_index
                    .find(&name, position, with_id)
                    .or_else(|| (!own_address).then(|| file_index.find(&name, position, with_id)).flatten());
                if let Some((of_slug, of_name)) = found {
                    planned.action = Action::Duplicate { of_slug, of_name };
                    planned.profile = None;
                } else {
                    let slug = free_slug(row.extras.slug.as_deref(), &name, planned.line, &mut taken);
                    file_index.add(&name, position, &slug, external_id.is_some());
                    planned.slug = Some(slug);
                }
            }
        }
        if let (Some(x), false) = (&external_id, matches!(planned.action, Action::Refused(_) | Action::Duplicate { .. })) {
            seen_external.insert(x.clone(), rows.len());
        }
        rows.push(planned);
    }
    ImportPlan {
        format,
        rows,
        encoding: file.encoding,
        delimiter: file.delimiter,
        unknown_columns: file.unknown_columns,
        new_categories,
        new_districts,
    }
}

/// The slug of last resort, for a name that gives none.
fn fallback_slug() -> Slug {
    Slug::parse("eintrag").expect("a valid slug")
}

fn plan_row(line: u64, data: RowData, target: Option<&Existing>, ctx: &PlanContext) -> PlannedRow {
    let stored = target.and_then(|t| t.profile.as_ref());
    let mut row = PlannedRow {
        line,
        name: String::new(),
        slug: target.map(|t| t.slug.clone()),
        action: Action::Create,
        profile: None,
        external_id: None,
        placed: None,
    };
    let mut keep_position = None;
    // The order of the target groups as the file or the stored entry has it: the form sorts
    // them, and the same groups in another order are no change.
    let mut group_order = stored.map(|s| s.target_groups.clone());
    let (input, previous) = match data {
        RowData::Unreadable(_) => {
            row.action = Action::Refused(vec![Problem { field: "entry".into(), code: "unreadable".into() }]);
            return row;
        }
        RowData::Cells(cells) => {
            let mut input = stored.map(ProfileInput::from_profile).unwrap_or_default();
            if stored.is_none() && !cells.iter().any(|(f, _)| *f == Field::LegalForm) {
                // A file without the column: the form's neutral choice.
                input.legal_form = "other".into();
            }
            let mut ignored = RowExtras::default();
            for (field, value) in &cells {
                apply_cell(&mut input, &mut ignored, field, value, &ctx.categories);
            }
            // A row without a position keeps the stored one exactly (which the geocoder may have
            // set); the form's text of it is rounded.
            let has_position = cells.iter().any(|(f, v)| matches!(f, Field::Lat | Field::Lon) && !v.trim().is_empty());
            keep_position = stored.filter(|_| !has_position).map(|s| s.position);
            if keep_position.is_some() {
                (input.lat, input.lon) = (String::new(), String::new());
            }
            (input, stored.cloned())
        }
        RowData::Profile(profile) => {
            let mut file_profile = *profile;
            group_order = Some(file_profile.target_groups.clone());
            file_profile.logo = stored.and_then(|s| s.logo.clone());
            let input = ProfileInput::from_profile(&file_profile);
            // Consents the stored entry records win; the file's count for persons it adds.
            let mut previous = stored.cloned().unwrap_or_else(|| file_profile.clone());
            for person in &file_profile.contact_persons {
                if !previous.contact_persons.iter().any(|p| p.name.trim().eq_ignore_ascii_case(person.name.trim())) {
                    previous.contact_persons.push(person.clone());
                }
            }
            previous.logo = file_profile.logo.clone();
            (input, Some(previous))
        }
    };
    row.name = input.name.trim().chars().take(200).collect();
    let form = FormContext {
        categories: &ctx.categories.iter().map(|c| c.key.clone()).collect::<Vec<_>>(),
        districts: &ctx.districts,
        previous: previous.as_ref(),
        recorded_by: &ctx.recorded_by,
        now: &ctx.now,
        this_year: ctx.this_year,
    };
    match input.validate(&form) {
        Err(errors) => row.action = Action::Refused(errors.into_iter().map(Problem::from).collect()),
        Ok(mut profile) => {
            if let Some(position) = keep_position {
                profile.position = position;
            }
            if let Some(order) = group_order.filter(|o| {
                let mut sorted = o.clone();
                sorted.sort();
                sorted == profile.target_groups
            }) {
                profile.target_groups = order;
            }
            row.action = match (target, stored) {
                (Some(t), Some(s)) if *s == profile => Action::Unchanged { org: t.id },
                (Some(t), _) => Action::Update { org: t.id },
                (None, _) => Action::Create,
            };
            if !matches!(row.action, Action::Unchanged { .. }) {
                row.profile = Some(profile);
            }
        }
    }
    row
}

/// The row's own slug when it is valid and free, else one made from the name, numbered when taken.
fn free_slug(wanted: Option<&str>, name: &str, line: u64, taken: &mut HashSet<String>) -> Slug {
    let base = wanted
        .and_then(|s| Slug::parse(s).ok())
        .filter(|s| !taken.contains(s.as_str()))
        .or_else(|| Slug::from_name(name).ok())
        .or_else(|| Slug::parse(&format!("eintrag-{line}")).ok())
        .unwrap_or_else(fallback_slug);
    let mut slug = base.clone();
    let mut n = 2;
    while taken.contains(slug.as_str()) {
        let stem: String = base.as_str().chars().take(Slug::MAX_LEN - 8).collect();
        slug = Slug::parse(&format!("{}-{n}", stem.trim_end_matches('-'))).unwrap_or_else(|_| base.clone());
        n += 1;
    }
    taken.insert(slug.as_str().to_owned());
    slug
}

/// Entries to compare a new row with, found through their words and their position, so that
/// ten thousand rows are not each compared with every other.
#[derive(Default)]
struct DuplicateIndex {
    /// Name, position, slug, key, and whether the entry carries an id of the file's source.
    entries: Vec<(String, Option<GeoPoint>, Slug, NameKey, bool)>,
    by_word: HashMap<String, Vec<usize>>,
    by_cell: HashMap<(i64, i64), Vec<usize>>,
}

/// A word shared by more entries than this says nothing about which association it is.
const COMMON_WORD: usize = 300;

impl DuplicateIndex {
    fn cell(point: GeoPoint) -> (i64, i64) {
        // About 110 m × 75–110 m in Germany: a match within 100 m is in this or a neighbouring cell.
        ((point.lat() * 1000.0).floor() as i64, (point.lon() * 1000.0).floor() as i64)
    }

    fn words(name: &str) -> Vec<String> {
        let mut words = domain::text::search_terms(name);
        words.push(format!("={}", name.trim().to_lowercase()));
        words
    }

    fn add(&mut self, name: &str, position: Option<GeoPoint>, slug: &Slug, from_source: bool) {
        let i = self.entries.len();
        self.entries.push((name.to_owned(), position, slug.clone(), NameKey::of(name), from_source));
        for word in Self::words(name) {
            self.by_word.entry(word).or_default().push(i);
        }
        if let Some(p) = position {
            self.by_cell.entry(Self::cell(p)).or_default().push(i);
        }
    }

    /// The strongest likely duplicate of the name and position; for a row with an id of the
    /// file's source (`with_id`), an entry of that source counts only with a similar name.
    fn find(&self, name: &str, position: Option<GeoPoint>, with_id: bool) -> Option<(Slug, String)> {
        let mut near: Vec<usize> = Vec::new();
        for word in Self::words(name) {
            if let Some(list) = self.by_word.get(&word).filter(|l| l.len() <= COMMON_WORD || word.starts_with('=')) {
                near.extend(list);
            }
        }
        if let Some(p) = position {
            let (a, b) = Self::cell(p);
            for da in -1..=1 {
                for db in -2..=2 {
                    near.extend(self.by_cell.get(&(a + da, b + db)).into_iter().flatten());
                }
            }
        }
        near.sort_unstable();
        near.dedup();
        if near.is_empty() {
            return None;
        }
        let proposal = Candidate { id: None, slug: None, name, position };
        let candidates = near.iter().map(|i| {
            let (n, p, s, key, _) = &self.entries[*i];
            (Candidate { id: None, slug: Some(s), name: n, position: *p }, key)
        });
        let of_source = |m: &DuplicateMatch<'_>| {
            near.iter().any(|&i| self.entries[i].4 && m.candidate.slug.is_some_and(|s| std::ptr::eq(s, &self.entries[i].2)))
        };
        let similar_name = |m: &DuplicateMatch<'_>| m.reasons.iter().any(|r| matches!(r, MatchReason::SimilarName { .. }));
        duplicate_candidates_keyed(&proposal, &NameKey::of(name), candidates, near.len())
            .into_iter()
            .find(|m| !with_id || !of_source(m) || similar_name(m))
            .map(|m| (m.candidate.slug.cloned().unwrap_or_else(fallback_slug), m.candidate.name.to_owned()))
    }
}

/// Gives every created or updated entry without a position one from the geocoder (district,
/// postcode or address, as the geocoder can), and records how each was placed; `progress` hears
/// (rows done, rows in all) as it goes.
pub async fn place_rows(plan: &mut ImportPlan, geocoder: &dyn Geocoder, progress: &mut (dyn FnMut(usize, usize) + Send)) {
    let total = plan.rows.len();
    for (done, row) in plan.rows.iter_mut().enumerate() {
        progress(done + 1, total);
        if matches!(row.placed, Some(Placed::File | Placed::Geocoder(_))) {
            continue;
        }
        let Some(profile) = row.profile.as_mut() else { continue };
        if profile.position.is_some() {
            row.placed = Some(Placed::File);
            continue;
        }
        let request = GeocodeRequest { address: profile.address.clone(), district: profile.district.clone() };
        row.placed = Some(match geocoder.locate(&request).await {
            Ok(Some(placement)) => {
                profile.position = Some(placement.point);
                if profile.district.is_none() {
                    profile.district = placement.district;
                }
                Placed::Geocoder(placement.precision)
            }
            Ok(None) => Placed::Unplaced,
            Err(error) => {
                tracing::warn!(%error, line = row.line, "geocoding failed during an import");
                Placed::Unplaced
            }
        });
    }
}

#[cfg(test)]
mod tests;
