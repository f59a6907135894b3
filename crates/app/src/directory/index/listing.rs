//! The listings of all published associations in a few flat allocations: every slug, name,
//! summary, field and district key and logo hash in one string, where each ends in one list
//! of offsets, each association's fixed facts in a record of 48 bytes. A [`Listing`] is a
//! handle (the shared listings and a document number) that reads its fields from there.
//!
//! 100,000 associations held their listings in about six allocations each before (the listing,
//! slug, name, the summary's list, its language and text, the lists of fields and languages):
//! ~42 MB by count and more with the allocator's rounding. Here they are one string of the
//! text itself plus 4 bytes per field and the record.

use std::fmt;
use std::sync::Arc;

use domain::geo::GeoPoint;
use domain::ids::OrgId;
use domain::language::LanguageCode;
use domain::localized::{choose_in, Chosen, LocalizedText};
use domain::logo::LogoHash;
use domain::organisation::{LegalForm, Organisation};

/// An association's fixed facts and where its texts are.
#[derive(Debug, Clone, Copy)]
struct Record {
    id: OrgId,
    position: Option<GeoPoint>,
    /// Index of the end of its slug in `Listings::ends`; its texts follow in the order slug,
    /// name, (language, summary) per summary, field keys, district key, logo hash.
    ends_from: u32,
    /// Index of its first language in `Listings::languages`.
    languages_from: u32,
    summaries: u16,
    categories: u16,
    languages: u16,
    /// `MSO`, `DISTRICT`, `LOGO`.
    flags: u8,
    legal_form: LegalForm,
}

const MSO: u8 = 1;
const DISTRICT: u8 = 2;
const LOGO: u8 = 4;

/// The listings of one index. Built once, never changed; shared by the index and every
/// [`Listing`] handed out (results, caches), so a page can outlive an index's replacement.
#[derive(Default)]
pub struct Listings {
    text: String,
    /// The end of each text in `text`; a document's first text starts where the one before
    /// it ended.
    ends: Vec<u32>,
    languages: Vec<LanguageCode>,
    records: Vec<Record>,
}

/// Too many listings for 32-bit offsets (4 GiB of text or 4 billion texts).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the listings' texts passed 4 GiB")]
pub struct ListingsFull;

impl Listings {
    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    fn end_text(&mut self, s: &str) -> Result<(), ListingsFull> {
        let end = self.text.len().checked_add(s.len()).and_then(|e| u32::try_from(e).ok()).ok_or(ListingsFull)?;
        self.text.push_str(s);
        self.ends.push(end);
        Ok(())
    }

    /// Adds the listing of `org` as the next document; nothing is added when it does not fit.
    pub fn push(&mut self, org: &Organisation) -> Result<(), ListingsFull> {
        let (text_len, ends_len, languages_len) = (self.text.len(), self.ends.len(), self.languages.len());
        let pushed = self.push_unchecked(org);
        if pushed.is_err() {
            self.text.truncate(text_len);
            self.ends.truncate(ends_len);
            self.languages.truncate(languages_len);
        }
        pushed
    }

    fn push_unchecked(&mut self, org: &Organisation) -> Result<(), ListingsFull> {
        let p = &org.profile;
        let ends_from = u32::try_from(self.ends.len()).map_err(|_| ListingsFull)?;
        let languages_from = u32::try_from(self.languages.len()).map_err(|_| ListingsFull)?;
        let count = |n: usize| u16::try_from(n).map_err(|_| ListingsFull);
        let record = Record {
            id: org.id,
            position: p.position,
            ends_from,
            languages_from,
            summaries: count(p.summary.iter().count())?,
            categories: count(p.categories.len())?,
            languages: count(p.languages.len())?,
            flags: (if p.mso { MSO } else { 0 })
                | (if p.district.is_some() { DISTRICT } else { 0 })
                | (if p.logo.is_some() { LOGO } else { 0 }),
            legal_form: p.legal_form,
        };
        self.end_text(org.slug.as_str())?;
        self.end_text(&p.name)?;
        for (lang, text) in p.summary.iter() {
            self.end_text(lang)?;
            self.end_text(text)?;
        }
        for key in &p.categories {
            self.end_text(key)?;
        }
        if let Some(district) = &p.district {
            self.end_text(district)?;
        }
        if let Some(logo) = &p.logo {
            self.end_text(logo.as_str())?;
        }
        self.languages.extend_from_slice(&p.languages);
        self.records.push(record);
        Ok(())
    }

    /// Gives back the room the lists kept for growing.
    pub fn shrink_to_fit(&mut self) {
        self.text.shrink_to_fit();
        self.ends.shrink_to_fit();
        self.languages.shrink_to_fit();
        self.records.shrink_to_fit();
    }

    /// Bytes held (capacities), for the memory figures.
    pub fn heap_bytes(&self) -> usize {
        use std::mem::size_of;
        self.text.capacity()
            + self.ends.capacity() * size_of::<u32>()
            + self.languages.capacity() * size_of::<LanguageCode>()
            + self.records.capacity() * size_of::<Record>()
    }

    fn record(&self, doc: u32) -> &Record {
        &self.records[doc as usize]
    }

    /// The `i`-th text of document `doc` (0 the slug, 1 the name, …).
    fn text_of(&self, doc: u32, i: usize) -> &str {
        let at = self.record(doc).ends_from as usize + i;
        let start = if at == 0 { 0 } else { self.ends[at - 1] as usize };
        &self.text[start..self.ends[at] as usize]
    }

    /// Document `doc`'s id (the index sorts and finds by it without a handle).
    pub(super) fn id(&self, doc: u32) -> OrgId {
        self.record(doc).id
    }

    pub(super) fn slug(&self, doc: u32) -> &str {
        self.text_of(doc, 0)
    }

    pub(super) fn name(&self, doc: u32) -> &str {
        self.text_of(doc, 1)
    }
}

impl fmt::Debug for Listings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Listings").field("len", &self.len()).field("text_bytes", &self.text.len()).finish()
    }
}

/// What a result list shows of an association; the full profile stays in the database. A
/// handle into the index's [`Listings`]: cloning it copies 16 bytes and counts a reference.
#[derive(Clone)]
pub struct Listing {
    all: Arc<Listings>,
    doc: u32,
}

impl Listing {
    /// Document `doc` of `all`; `None` past the end.
    pub fn of(all: &Arc<Listings>, doc: u32) -> Option<Self> {
        ((doc as usize) < all.len()).then(|| Listing { all: Arc::clone(all), doc })
    }

    fn record(&self) -> &Record {
        self.all.record(self.doc)
    }

    fn text(&self, i: usize) -> &str {
        self.all.text_of(self.doc, i)
    }

    pub fn id(&self) -> OrgId {
        self.record().id
    }

    pub fn slug(&self) -> &str {
        self.text(0)
    }

    pub fn name(&self) -> &str {
        self.text(1)
    }

    /// The summary, in the languages it was written in (language order, as in the profile).
    pub fn summary(&self) -> Summary<'_> {
        Summary { listing: self, len: usize::from(self.record().summaries) }
    }

    /// The fields' keys, in the profile's order.
    pub fn categories(&self) -> impl ExactSizeIterator<Item = &str> + Clone + '_ {
        let from = 2 + 2 * usize::from(self.record().summaries);
        (from..from + usize::from(self.record().categories)).map(move |i| self.text(i))
    }

    fn after_categories(&self) -> usize {
        let r = self.record();
        2 + 2 * usize::from(r.summaries) + usize::from(r.categories)
    }

    /// The district's key.
    pub fn district(&self) -> Option<&str> {
        (self.record().flags & DISTRICT != 0).then(|| self.text(self.after_categories()))
    }

    pub fn languages(&self) -> &[LanguageCode] {
        let r = self.record();
        let from = r.languages_from as usize;
        &self.all.languages[from..from + usize::from(r.languages)]
    }

    pub fn position(&self) -> Option<GeoPoint> {
        self.record().position
    }

    pub fn mso(&self) -> bool {
        self.record().flags & MSO != 0
    }

    /// For the reports' counts by type.
    pub fn legal_form(&self) -> LegalForm {
        self.record().legal_form
    }

    /// The logo's hash, as stored.
    pub fn logo(&self) -> Option<LogoHash> {
        let r = self.record();
        if r.flags & LOGO == 0 {
            return None;
        }
        let at = self.after_categories() + usize::from(r.flags & DISTRICT != 0);
        LogoHash::parse(self.text(at)).ok()
    }
}

/// The listings of a result page as document numbers (4 bytes each, where a handle is 16: a
/// cached page keeps only these), handed out as [`Listing`]s.
#[derive(Clone, Default)]
pub struct Page {
    all: Arc<Listings>,
    docs: Vec<u32>,
}

impl Page {
    /// The documents `docs` of `all`, in this order; numbers past the end are left out.
    pub fn of(all: &Arc<Listings>, mut docs: Vec<u32>) -> Self {
        docs.retain(|d| (*d as usize) < all.len());
        Page { all: Arc::clone(all), docs }
    }

    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    pub fn get(&self, i: usize) -> Option<Listing> {
        self.docs.get(i).map(|doc| Listing { all: Arc::clone(&self.all), doc: *doc })
    }

    pub fn iter(&self) -> impl ExactSizeIterator<Item = Listing> + '_ {
        self.docs.iter().map(|doc| Listing { all: Arc::clone(&self.all), doc: *doc })
    }

    /// Bytes of its own (the listings belong to the index).
    pub fn heap_bytes(&self) -> usize {
        self.docs.capacity() * std::mem::size_of::<u32>()
    }
}

impl PartialEq for Page {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl fmt::Debug for Page {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// A listing's summary, read in place.
#[derive(Clone, Copy)]
pub struct Summary<'a> {
    listing: &'a Listing,
    len: usize,
}

impl<'a> Summary<'a> {
    /// (language, text) in the profile's order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = (&'a str, &'a str)> + Clone + 'a {
        let listing = self.listing;
        (0..self.len).map(move |i| (listing.text(2 + 2 * i), listing.text(3 + 2 * i)))
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Exactly the text of `lang`, without fallback.
    pub fn exact(&self, lang: &str) -> Option<&'a str> {
        self.iter().find(|(l, _)| *l == lang).map(|(_, t)| t)
    }

    /// The text in `lang`, else German, else any language there is (as [`LocalizedText::choose`]).
    pub fn choose(&self, lang: &str) -> Option<Chosen<'a>> {
        choose_in(self.iter(), lang)
    }

    /// The summary as a profile holds it.
    pub fn to_localized(&self) -> LocalizedText {
        let mut text = LocalizedText::new();
        for (lang, t) in self.iter() {
            text.set(lang, t);
        }
        text
    }
}

impl PartialEq for Listing {
    /// Equal when everything a list shows is equal (wherever the two are held).
    fn eq(&self, other: &Self) -> bool {
        (Arc::ptr_eq(&self.all, &other.all) && self.doc == other.doc)
            || (self.id() == other.id()
                && self.slug() == other.slug()
                && self.name() == other.name()
                && self.summary().iter().eq(other.summary().iter())
                && self.categories().eq(other.categories())
                && self.district() == other.district()
                && self.languages() == other.languages()
                && self.position() == other.position()
                && self.mso() == other.mso()
                && self.legal_form() == other.legal_form()
                && self.logo() == other.logo())
    }
}

impl fmt::Debug for Listing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Listing")
            .field("id", &self.id())
            .field("slug", &self.slug())
            .field("name", &self.name())
            .field("summary", &self.summary().iter().collect::<Vec<_>>())
            .field("categories", &self.categories().collect::<Vec<_>>())
            .field("languages", &self.languages())
            .field("district", &self.district())
            .field("position", &self.position())
            .field("mso", &self.mso())
            .field("legal_form", &self.legal_form())
            .field("logo", &self.logo())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::localized::LocalizedText;
    use domain::organisation::Profile;
    use domain::slug::Slug;

    fn org(id: i64, slug: &str, name: &str) -> Organisation {
        Organisation {
            id: OrgId(id),
            slug: Slug::parse(slug).expect("slug"),
            updated_at: String::new(),
            profile: Profile::new(name, LegalForm::Initiative),
        }
    }

    fn full(id: i64) -> Organisation {
        let mut o = org(id, "frauencafe-lindenbluete", "Frauencafé Lindenblüte – مقهى النساء");
        let p = &mut o.profile;
        p.summary = LocalizedText::new().with("de", "Offener Treff für Frauen").with("ar", "لقاء مفتوح").with("uk", "Зустрічі");
        p.categories = vec!["language".into(), "sport".into(), "ünknown-ключ".into()];
        p.languages = ["de", "ar", "tr"].iter().map(|l| LanguageCode::parse(l).expect("lang")).collect();
        p.district = Some("weststadt".into());
        p.position = Some(GeoPoint::new(49.48, 8.47).expect("point"));
        p.mso = true;
        p.legal_form = LegalForm::RegisteredAssociation;
        p.logo = Some(LogoHash::parse(&"ab".repeat(32)).expect("hash"));
        o
    }

    fn shows(l: &Listing, o: &Organisation) {
        let p = &o.profile;
        assert_eq!(l.id(), o.id);
        assert_eq!(l.slug(), o.slug.as_str());
        assert_eq!(l.name(), p.name);
        assert_eq!(l.summary().to_localized(), p.summary);
        assert_eq!(l.summary().iter().collect::<Vec<_>>(), p.summary.iter().collect::<Vec<_>>());
        assert_eq!(l.summary().is_empty(), p.summary.is_empty());
        for lang in ["de", "ar", "uk", "en", ""] {
            assert_eq!(l.summary().choose(lang), p.summary.choose(lang), "{lang}");
            assert_eq!(l.summary().exact(lang), p.summary.exact(lang), "{lang}");
        }
        assert_eq!(l.categories().collect::<Vec<_>>(), p.categories.iter().map(String::as_str).collect::<Vec<_>>());
        assert_eq!(l.categories().len(), p.categories.len());
        assert_eq!(l.languages(), p.languages.as_slice());
        assert_eq!(l.district(), p.district.as_deref());
        assert_eq!(l.position(), p.position);
        assert_eq!(l.mso(), p.mso);
        assert_eq!(l.legal_form(), p.legal_form);
        assert_eq!(l.logo(), p.logo);
    }

    fn listings(orgs: &[Organisation]) -> Arc<Listings> {
        let mut all = Listings::default();
        for o in orgs {
            all.push(o).expect("fits");
        }
        all.shrink_to_fit();
        Arc::new(all)
    }

    #[test]
    fn each_listing_shows_its_own_fields_whatever_its_neighbours_hold() {
        let mut bare = org(i64::MAX, "a", "");
        bare.profile.summary = LocalizedText::new();
        let mut only_logo = org(i64::MIN, "b", "B");
        only_logo.profile.logo = Some(LogoHash::parse(&"0".repeat(64)).expect("hash"));
        let mut only_district = org(0, "c", "Ç");
        only_district.profile.district = Some(String::new());
        only_district.profile.categories = vec![String::new(), String::new()];
        let orgs = [full(1), bare, full(i64::MAX - 1), only_logo, only_district, org(2, "leer", "")];
        let all = listings(&orgs);
        assert_eq!(all.len(), orgs.len());
        for (doc, o) in orgs.iter().enumerate() {
            let l = Listing::of(&all, doc as u32).expect("listing");
            shows(&l, o);
            assert_eq!((all.id(doc as u32), all.slug(doc as u32), all.name(doc as u32)), (o.id, o.slug.as_str(), o.profile.name.as_str()));
        }
        assert!(Listing::of(&all, orgs.len() as u32).is_none());
        assert!(Listing::of(&all, u32::MAX).is_none());
        assert!(Listing::of(&Arc::new(Listings::default()), 0).is_none());
    }

    #[test]
    fn listings_are_equal_by_content_across_indexes() {
        let (one, two) = (listings(&[full(1), full(2)]), listings(&[full(2)]));
        let a = Listing::of(&one, 1).expect("a");
        let b = Listing::of(&two, 0).expect("b");
        assert_eq!(a, b);
        assert_ne!(a, Listing::of(&one, 0).expect("other"));
        let mut edited = full(2);
        edited.profile.summary.set("de", "Neu");
        assert_ne!(a, Listing::of(&listings(&[edited]), 0).expect("edited"));
        assert!(format!("{a:?}").contains("frauencafe-lindenbluete"));
    }

    #[test]
    fn a_listing_that_does_not_fit_is_not_added_and_leaves_the_others_intact() {
        let mut all = Listings::default();
        all.push(&full(1)).expect("fits");
        let mut huge = org(2, "huge", "Viele Felder");
        huge.profile.categories = vec![String::from("x"); usize::from(u16::MAX) + 1];
        assert_eq!(all.push(&huge), Err(ListingsFull));
        all.push(&full(3)).expect("fits");
        let all = Arc::new(all);
        assert_eq!(all.len(), 2);
        shows(&Listing::of(&all, 0).expect("first"), &full(1));
        shows(&Listing::of(&all, 1).expect("second"), &full(3));
    }

    #[test]
    fn a_record_is_48_bytes_and_a_listing_adds_its_text_and_four_bytes_per_text() {
        assert_eq!(std::mem::size_of::<Record>(), 48);
        let o = full(1);
        let all = listings(std::slice::from_ref(&o));
        let text = o.slug.as_str().len()
            + o.profile.name.len()
            + o.profile.summary.iter().map(|(l, t)| l.len() + t.len()).sum::<usize>()
            + o.profile.categories.iter().map(String::len).sum::<usize>()
            + "weststadt".len()
            + 64;
        let texts = 2 + 2 * 3 + 3 + 1 + 1;
        assert_eq!(all.heap_bytes(), 48 + text + 4 * texts + 3 * std::mem::size_of::<LanguageCode>());
    }
}
