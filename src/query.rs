//! [`Query`]: a `Copy` filter over the registry that can be built in a
//! `const`, stored, hashed and (with the `serde` feature) saved.

use core::fmt;
use core::iter::FusedIterator;

use crate::model::code::{Code, CodeSystem, MAX_CODE_LEN};
use crate::model::definition::Definition;
use crate::model::education::EducationLevel;
use crate::model::error::truncate;
use crate::model::info::ProfessionInfo;
use crate::model::jurisdiction::{Jurisdiction, Recognition};
use crate::model::profession::{Profession, RoleLevel};
use crate::model::profile::Percent;
use crate::model::scope::{Family, Scope};
use crate::model::setting::{PatientContact, SettingSet};

/// A filter over the registry: which professions exist in a jurisdiction,
/// count as allied health, need a given entry education, work in given
/// settings, are regulated, carry a code, or go by a word.
///
/// A `Query` is a small `Copy` value. Its setters take and return it by
/// value and are `const fn`, so a query can be a `const` item in a
/// downstream crate; it is `Eq + Hash` (a map key or cache key), and with
/// the `serde` feature it serialises as an object of the filters that are
/// set.
///
/// ```
/// use allied_health::{EducationLevel, Jurisdiction, Profession, Query};
///
/// const NHS_DEGREE_ROLES: Query = Query::new()
///     .jurisdiction(Jurisdiction::Nhs)
///     .education_at_least(EducationLevel::Bachelor);
///
/// assert!(NHS_DEGREE_ROLES.matches(Profession::Physiotherapist));
/// assert_eq!(NHS_DEGREE_ROLES.first(), Some(Profession::Physiotherapist));
/// ```
///
/// # How filters combine
///
/// [`Query::new`] sets no filter and matches every profession. Each setter
/// adds one filter, and a profession must pass all of them, so adding a
/// filter never grows the result. Calling a setter again replaces its
/// earlier value.
///
/// Some filters are about the profession: [`allied_health`](Self::allied_health),
/// [`role_level`](Self::role_level), [`exclude_boundary`](Self::exclude_boundary),
/// [`works_in_any`](Self::works_in_any), [`works_in_all`](Self::works_in_all),
/// [`patient_contact`](Self::patient_contact) and [`word`](Self::word).
/// The others are about how a jurisdiction recognises it (a [`Recognition`](crate::Recognition)):
/// [`education_at_least`](Self::education_at_least),
/// [`education_at_most`](Self::education_at_most), [`regulated`](Self::regulated),
/// [`protected_title`](Self::protected_title), [`code_system`](Self::code_system)
/// and [`code_prefix`](Self::code_prefix). A profession matches when it
/// passes the profession filters and **one of its recognitions passes all
/// the recognition filters together**: the recognition in the query's
/// [`jurisdiction`](Self::jurisdiction) when one is set, any of its
/// recognitions otherwise. So without a jurisdiction,
/// `.regulated().education_at_least(Bachelor)` asks for a jurisdiction where
/// the profession is both regulated and entered with a degree.
///
/// A fact the registry does not know (`None`, an empty list) satisfies no
/// filter on it: a recognition with no stated entry education fails both
/// education filters, and one with no stated regulator fails
/// [`regulated`](Self::regulated). No saved source states a US regulator or
/// US title protection, so those two filters find no US recognition.
///
/// # Results and cost
///
/// [`iter`](Self::iter), [`count`](Self::count) and [`first`](Self::first)
/// give professions in registry order, the order of [`Profession::ALL`].
/// They test the static records one by one: no allocation, and none of the
/// lazily built title or code indexes is touched. [`sorted`](Self::sorted)
/// orders the result by name or entry education and allocates the `Vec` it
/// returns.
///
/// # Serde
///
/// With the `serde` feature a query is an object whose keys are the setter
/// names, holding only the filters that are set. The enumerations are their
/// ids, settings a list of ids, the code prefix the prefixed form
/// `system:prefix` (as [`Code`](crate::Code) writes codes; `system:` alone
/// is [`code_system`](Self::code_system)), and the word a string. A missing
/// key sets no filter; an unknown key, an unknown id, a malformed prefix or
/// a word that does not fit is an error, never a wider query.
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use allied_health::{CodeSystem, Jurisdiction, Query};
///
/// let q = Query::new().jurisdiction(Jurisdiction::Nhs).code_prefix(CodeSystem::UkSoc2020, "22");
/// let json = r#"{"jurisdiction":"nhs","code_prefix":"uksoc2020:22"}"#;
/// assert_eq!(serde_json::to_string(&q).unwrap(), json);
/// assert_eq!(serde_json::from_str::<Query>(json).unwrap(), q);
/// assert!(serde_json::from_str::<Query>(r#"{"jurisdicton":"nhs"}"#).is_err());
/// # }
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(transparent))]
pub struct Query(Filters);

/// The filters of a [`Query`], in a private type so that the query's serde
/// form can be held to a JSON object (see `serde_impls`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
// A missing field sets no filter; an unknown one is an error rather than a
// silently wider query.
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
struct Filters {
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    jurisdiction: Option<Jurisdiction>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    allied_health: Option<Definition>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    role_level: Option<RoleLevel>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "core::ops::Not::not"))]
    exclude_boundary: bool,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    scope: Option<Scope>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    family: Option<Family>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    education_at_least: Option<EducationLevel>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    education_at_most: Option<EducationLevel>,
    #[cfg_attr(
        feature = "serde",
        serde(skip_serializing_if = "serde_impls::is_empty")
    )]
    works_in_any: SettingSet,
    #[cfg_attr(
        feature = "serde",
        serde(skip_serializing_if = "serde_impls::is_empty")
    )]
    works_in_all: SettingSet,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    patient_contact: Option<PatientContact>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "core::ops::Not::not"))]
    regulated: bool,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "core::ops::Not::not"))]
    protected_title: bool,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    code_prefix: Option<CodePrefix>,
    #[cfg_attr(
        feature = "serde",
        serde(
            skip_serializing_if = "Option::is_none",
            deserialize_with = "serde_impls::deserialize_word"
        )
    )]
    word: Option<Word>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    min_median_wage: Option<u32>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    growth_at_least: Option<Percent>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    related_to: Option<Profession>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    reachable_from: Option<Profession>,
}

impl Query {
    /// The longest [`word`](Self::word) a query holds, in bytes of UTF-8
    /// after trimming. The word is stored inline so that a query stays
    /// `Copy` and `const`; 32 bytes fit any word and most whole titles.
    ///
    /// ```
    /// use allied_health::Query;
    ///
    /// assert!(Query::new().try_word(&"a".repeat(Query::MAX_WORD_LEN)).is_ok());
    /// assert!(Query::new().try_word(&"a".repeat(Query::MAX_WORD_LEN + 1)).is_err());
    /// ```
    pub const MAX_WORD_LEN: usize = 32;

    /// The query with no filter, which matches every profession. The same
    /// as [`Query::default`].
    ///
    /// ```
    /// use allied_health::{Profession, Query};
    ///
    /// assert_eq!(Query::new().count(), Profession::ALL.len());
    /// ```
    #[must_use]
    pub const fn new() -> Query {
        Query(Filters {
            jurisdiction: None,
            allied_health: None,
            role_level: None,
            exclude_boundary: false,
            scope: None,
            family: None,
            education_at_least: None,
            education_at_most: None,
            works_in_any: SettingSet::EMPTY,
            works_in_all: SettingSet::EMPTY,
            patient_contact: None,
            regulated: false,
            protected_title: false,
            code_prefix: None,
            word: None,
            min_median_wage: None,
            growth_at_least: None,
            related_to: None,
            reachable_from: None,
        })
    }

    /// Keeps professions that exist in `jurisdiction`, and reads the
    /// recognition filters (education, regulation, protected titles, codes)
    /// in that jurisdiction only.
    ///
    /// ```
    /// use allied_health::{Jurisdiction, Profession, Query};
    ///
    /// const NHS_ROLES: Query = Query::new().jurisdiction(Jurisdiction::Nhs);
    /// assert!(NHS_ROLES.matches(Profession::OperatingDepartmentPractitioner));
    /// assert!(!NHS_ROLES.matches(Profession::RespiratoryTherapist)); // US only
    /// ```
    #[must_use]
    pub const fn jurisdiction(mut self, jurisdiction: Jurisdiction) -> Query {
        self.0.jurisdiction = Some(jurisdiction);
        self
    }

    /// Keeps professions that are allied health under `definition` (see
    /// [`ProfessionInfo::is_allied_health`]). No definition counts a
    /// boundary profession.
    ///
    /// ```
    /// use allied_health::{Definition, Profession, Query};
    ///
    /// let ahps = Query::new().allied_health(Definition::NhsAhp);
    /// assert_eq!(ahps.count(), 16);
    /// assert!(!ahps.matches(Profession::Audiologist));
    /// ```
    #[must_use]
    pub const fn allied_health(mut self, definition: Definition) -> Query {
        self.0.allied_health = Some(definition);
        self
    }

    /// Keeps professionals only ([`RoleLevel::Professional`]) or support
    /// roles only ([`RoleLevel::Support`]). Without this filter a query
    /// keeps both.
    ///
    /// ```
    /// use allied_health::{Profession, Query, RoleLevel};
    ///
    /// let support = Query::new().role_level(RoleLevel::Support);
    /// assert!(support.matches(Profession::AhpSupportWorker));
    /// assert!(!support.matches(Profession::Physiotherapist));
    /// ```
    #[must_use]
    pub const fn role_level(mut self, level: RoleLevel) -> Query {
        self.0.role_level = Some(level);
        self
    }

    /// Leaves out every profession that is not an allied role: the boundary
    /// professions (nurses, doctors, midwives, pharmacists, dentists and
    /// their support), the healthcare-adjacent ones and the veterinary ones
    /// (see [`ProfessionInfo::is_boundary`]; [`scope`](Self::scope) keeps one
    /// scope). Without this filter a query includes them.
    ///
    /// ```
    /// use allied_health::{Profession, Query, Scope};
    ///
    /// let allied = Query::new().exclude_boundary();
    /// assert!(!allied.matches(Profession::RegisteredNurse));
    /// assert!(!allied.matches(Profession::Psychologist));
    /// assert_eq!(allied.count(), Query::new().scope(Scope::AlliedRole).count());
    /// ```
    #[must_use]
    pub const fn exclude_boundary(mut self) -> Query {
        self.0.exclude_boundary = true;
        self
    }

    /// Keeps the professions of one [`Scope`]: allied roles, boundary
    /// healthcare professions, healthcare-adjacent ones, or those that are
    /// not human healthcare.
    ///
    /// ```
    /// use allied_health::{Profession, Query, Scope};
    ///
    /// let adjacent = Query::new().scope(Scope::Adjacent);
    /// assert!(adjacent.matches(Profession::Psychologist));
    /// assert!(!adjacent.matches(Profession::RegisteredNurse));
    /// ```
    #[must_use]
    pub const fn scope(mut self, scope: Scope) -> Query {
        self.0.scope = Some(scope);
        self
    }

    /// Keeps the professions of one [`Family`].
    ///
    /// ```
    /// use allied_health::{Family, Profession, Query};
    ///
    /// const EYE_CARE: Query = Query::new().family(Family::EyeCare);
    /// assert!(EYE_CARE.matches(Profession::Orthoptist));
    /// assert!(EYE_CARE.matches(Profession::Optometrist));
    /// assert!(!EYE_CARE.matches(Profession::Audiologist));
    /// ```
    #[must_use]
    pub const fn family(mut self, family: Family) -> Query {
        self.0.family = Some(family);
        self
    }

    /// Keeps professions whose typical entry education is `level` or more
    /// in a recognition that passes the other recognition filters (see
    /// [How filters combine](Self#how-filters-combine)). An unknown entry
    /// education does not pass.
    ///
    /// ```
    /// use allied_health::{EducationLevel, Jurisdiction, Profession, Query};
    ///
    /// let degree = Query::new().education_at_least(EducationLevel::Bachelor);
    /// // A bachelor's in the NHS, an associate's degree in the US.
    /// assert!(degree.matches(Profession::DiagnosticRadiographer));
    /// assert!(!degree.jurisdiction(Jurisdiction::Us).matches(Profession::DiagnosticRadiographer));
    /// ```
    #[must_use]
    pub const fn education_at_least(mut self, level: EducationLevel) -> Query {
        self.0.education_at_least = Some(level);
        self
    }

    /// Keeps professions whose typical entry education is `level` or less
    /// in a recognition that passes the other recognition filters; with
    /// [`education_at_least`](Self::education_at_least), the same
    /// recognition must lie in both bounds. An unknown entry education does
    /// not pass.
    ///
    /// ```
    /// use allied_health::{EducationLevel, Jurisdiction, Profession, Query};
    ///
    /// let us_associate = Query::new()
    ///     .jurisdiction(Jurisdiction::Us)
    ///     .education_at_most(EducationLevel::Associate);
    /// assert!(us_associate.matches(Profession::RespiratoryTherapist));
    /// assert!(!us_associate.matches(Profession::Physiotherapist)); // doctoral
    /// ```
    #[must_use]
    pub const fn education_at_most(mut self, level: EducationLevel) -> Query {
        self.0.education_at_most = Some(level);
        self
    }

    /// Keeps professions that typically work in at least one of
    /// `settings`. An empty set sets no filter.
    ///
    /// ```
    /// use allied_health::{Profession, Query, Setting, SettingSet};
    ///
    /// const OUT_OF_HOSPITAL: SettingSet = SettingSet::from_slice(&[Setting::Prehospital, Setting::School]);
    /// let q = Query::new().works_in_any(OUT_OF_HOSPITAL);
    /// assert!(q.matches(Profession::Paramedic));
    /// assert!(q.matches(Profession::SpeechAndLanguageTherapist));
    /// assert!(!q.matches(Profession::Phlebotomist));
    /// ```
    #[must_use]
    pub const fn works_in_any(mut self, settings: SettingSet) -> Query {
        self.0.works_in_any = settings;
        self
    }

    /// Keeps professions that typically work in every one of `settings`.
    /// An empty set sets no filter.
    ///
    /// ```
    /// use allied_health::{Profession, Query, Setting, SettingSet};
    ///
    /// let q = Query::new().works_in_all(SettingSet::from_slice(&[Setting::Hospital, Setting::School]));
    /// assert!(q.matches(Profession::OccupationalTherapist));
    /// assert!(!q.matches(Profession::Paramedic));
    /// ```
    #[must_use]
    pub const fn works_in_all(mut self, settings: SettingSet) -> Query {
        self.0.works_in_all = settings;
        self
    }

    /// Keeps professions whose typical contact with patients is exactly
    /// `contact`.
    ///
    /// ```
    /// use allied_health::{PatientContact, Profession, Query};
    ///
    /// let back_office = Query::new().patient_contact(PatientContact::Minimal);
    /// assert!(back_office.matches(Profession::MedicalCoder));
    /// assert!(!back_office.matches(Profession::Paramedic));
    /// ```
    #[must_use]
    pub const fn patient_contact(mut self, contact: PatientContact) -> Query {
        self.0.patient_contact = Some(contact);
        self
    }

    /// Keeps professions with a recognition that names a regulator (see
    /// [`Recognition::is_regulated`](crate::Recognition::is_regulated)),
    /// in the query's jurisdiction when one is set.
    ///
    /// ```
    /// use allied_health::{Profession, Query};
    ///
    /// let regulated = Query::new().regulated();
    /// assert!(regulated.matches(Profession::PharmacyTechnician)); // GPhC
    /// assert!(!regulated.matches(Profession::Sonographer));
    /// ```
    #[must_use]
    pub const fn regulated(mut self) -> Query {
        self.0.regulated = true;
        self
    }

    /// Keeps professions with a recognition that has at least one title
    /// protected by law (see
    /// [`Recognition::protected_titles`](crate::Recognition::protected_titles)),
    /// in the query's jurisdiction when one is set.
    ///
    /// ```
    /// use allied_health::{Profession, Query};
    ///
    /// let protected = Query::new().protected_title();
    /// assert!(protected.matches(Profession::Osteopath));
    /// // Registered with the GPhC, but no protected title is recorded.
    /// assert!(!protected.matches(Profession::PharmacyTechnician));
    /// ```
    #[must_use]
    pub const fn protected_title(mut self) -> Query {
        self.0.protected_title = true;
        self
    }

    /// Keeps professions with a recognition that carries a code of
    /// `system`; replaces an earlier [`code_prefix`](Self::code_prefix).
    ///
    /// ```
    /// use allied_health::{CodeSystem, Profession, Query};
    ///
    /// let with_uk_code = Query::new().code_system(CodeSystem::UkSoc2020);
    /// assert!(with_uk_code.matches(Profession::Physiotherapist));
    /// assert!(!with_uk_code.matches(Profession::RespiratoryTherapist)); // US only
    /// ```
    #[must_use]
    pub const fn code_system(mut self, system: CodeSystem) -> Query {
        self.0.code_prefix = Some(CodePrefix::new(system, &[]));
        self
    }

    /// Keeps professions with a recognition that carries a code of `system`
    /// whose official format starts with `prefix`: `29-20` finds the SOC
    /// 2018 health technologists, `22` the UK SOC 2020 health professionals.
    /// Surrounding whitespace is ignored; an empty prefix is
    /// [`code_system`](Self::code_system). Replaces an earlier code filter.
    ///
    /// The prefix is checked against the system's format (`NN-NNNN` for
    /// SOC 2018, `NN-NNNN.NN` for O*NET-SOC, `NNNN` for UK SOC 2020 and
    /// ISCO-08), so that one that could never match, such as `2920`, is
    /// caught rather than matching nothing.
    ///
    /// # Panics
    ///
    /// When `prefix` cannot begin a code of `system`; in a `const` item that
    /// is a compile error. Use [`try_code_prefix`](Self::try_code_prefix)
    /// for text from users.
    ///
    /// ```
    /// use allied_health::{CodeSystem, Profession, Query};
    ///
    /// const HEALTH_TECHNOLOGISTS: Query = Query::new().code_prefix(CodeSystem::Soc2018, "29-20");
    /// assert!(HEALTH_TECHNOLOGISTS.matches(Profession::DiagnosticRadiographer)); // 29-2034
    /// assert!(!HEALTH_TECHNOLOGISTS.matches(Profession::Physiotherapist)); // 29-1123
    /// ```
    #[must_use]
    pub const fn code_prefix(mut self, system: CodeSystem, prefix: &str) -> Query {
        let prefix = prefix.as_bytes().trim_ascii();
        assert!(
            system.accepts_prefix(prefix),
            "the code prefix cannot begin a code in the system's official format"
        );
        self.0.code_prefix = Some(CodePrefix::new(system, prefix));
        self
    }

    /// [`code_prefix`](Self::code_prefix) for text that may be malformed.
    ///
    /// # Errors
    ///
    /// A [`QueryError`] of kind
    /// [`MalformedCodePrefix`](crate::QueryErrorKind::MalformedCodePrefix)
    /// when `prefix` cannot begin a code of `system` in its official format.
    ///
    /// ```
    /// use allied_health::{CodeSystem, Profession, Query};
    ///
    /// let q = Query::new().try_code_prefix(CodeSystem::Isco08, "22")?;
    /// assert!(q.matches(Profession::Physiotherapist)); // 2264
    /// assert!(Query::new().try_code_prefix(CodeSystem::Soc2018, "29-2O").is_err()); // a letter O
    /// # Ok::<(), allied_health::QueryError>(())
    /// ```
    pub fn try_code_prefix(
        mut self,
        system: CodeSystem,
        prefix: &str,
    ) -> Result<Query, QueryError> {
        self.0.code_prefix = Some(CodePrefix::parse(system, prefix)?);
        Ok(self)
    }

    /// Keeps professions with `word` in their name, a title or an alias
    /// (any of [`ProfessionInfo::titles`], in every jurisdiction). The word
    /// may be a phrase; it must match whole words, so `radiographer` finds
    /// "Diagnostic radiographer" but `radio` does not, and `x-ray` finds
    /// "X-Ray Tech".
    ///
    /// Case is ignored by ASCII case folding only: `É` and `é` differ. The
    /// word is stored trimmed and lower-cased; an empty or all-whitespace
    /// word removes the word filter, as an empty search box would.
    ///
    /// # Panics
    ///
    /// When the trimmed word is longer than [`Query::MAX_WORD_LEN`] bytes;
    /// in a `const` item that is a compile error. Use
    /// [`try_word`](Self::try_word) for text from users.
    ///
    /// ```
    /// use allied_health::{Profession, Query};
    ///
    /// let q = Query::new().word("Radiographer");
    /// assert!(q.matches(Profession::DiagnosticRadiographer));
    /// assert!(q.matches(Profession::MriTechnologist)); // NHS title "MRI radiographer"
    /// assert!(!Query::new().word("radio").matches(Profession::DiagnosticRadiographer));
    /// assert_eq!(Query::new().word("  "), Query::new());
    /// ```
    #[must_use]
    pub const fn word(mut self, word: &str) -> Query {
        let word = word.as_bytes().trim_ascii();
        assert!(
            word.len() <= Query::MAX_WORD_LEN,
            "the word is longer than Query::MAX_WORD_LEN bytes"
        );
        self.0.word = Word::new(word);
        self
    }

    /// [`word`](Self::word) for text that may be too long.
    ///
    /// # Errors
    ///
    /// A [`QueryError`] of kind
    /// [`WordTooLong`](crate::QueryErrorKind::WordTooLong) when the trimmed
    /// word is longer than [`Query::MAX_WORD_LEN`] bytes.
    ///
    /// ```
    /// use allied_health::{Profession, Query};
    ///
    /// let q = Query::new().try_word(" ODP ")?;
    /// assert_eq!(q.first(), Some(Profession::OperatingDepartmentPractitioner));
    /// # Ok::<(), allied_health::QueryError>(())
    /// ```
    pub fn try_word(mut self, word: &str) -> Result<Query, QueryError> {
        self.0.word = Word::parse(word)?;
        Ok(self)
    }

    /// Only professions whose US median annual wage (BLS OEWS May 2024, in
    /// US dollars of 2024) is at least `dollars`. Wages are US figures: a
    /// profession with no US outlook fails this filter, and the BLS top code
    /// ("$239,200 or more") passes when its bound does.
    ///
    /// ```
    /// use allied_health::{Profession, Query};
    ///
    /// let well_paid = Query::new().exclude_boundary().min_median_wage(80_000);
    /// assert!(well_paid.matches(Profession::Physiotherapist));
    /// assert!(!well_paid.matches(Profession::Phlebotomist));
    /// assert!(!well_paid.matches(Profession::Osteopath)); // no US wage
    /// ```
    #[must_use]
    pub const fn min_median_wage(mut self, dollars: u32) -> Query {
        self.0.min_median_wage = Some(dollars);
        self
    }

    /// Only professions whose US employment is projected to grow by at
    /// least `growth` from 2024 to 2034 (BLS Employment Projections). A
    /// profession with no US outlook fails this filter.
    ///
    /// ```
    /// use allied_health::{Percent, Profession, Query};
    ///
    /// const GROWING: Query = Query::new().growth_at_least(Percent::from_percent(15));
    /// assert!(GROWING.matches(Profession::OccupationalTherapyAssistant));
    /// assert!(!GROWING.matches(Profession::Pharmacist));
    /// ```
    #[must_use]
    pub const fn growth_at_least(mut self, growth: Percent) -> Query {
        self.0.growth_at_least = Some(growth);
        self
    }

    /// Only professions related to `profession` in O*NET's related
    /// occupations, in either direction (listed by it, or listing it). The
    /// profession itself is not related to itself.
    ///
    /// ```
    /// use allied_health::{Profession, Query};
    ///
    /// let near_xray = Query::new().related_to(Profession::DiagnosticRadiographer);
    /// assert!(near_xray.matches(Profession::MriTechnologist));
    /// assert!(!near_xray.matches(Profession::DiagnosticRadiographer));
    /// ```
    #[must_use]
    pub const fn related_to(mut self, profession: Profession) -> Query {
        self.0.related_to = Some(profession);
        self
    }

    /// Only professions reachable from `profession` by one or more career
    /// progression steps (sourced or judgement; see
    /// [`Progression`](crate::Progression)).
    ///
    /// ```
    /// use allied_health::{Profession, Query};
    ///
    /// let next = Query::new().reachable_from(Profession::DentalAssistant);
    /// assert_eq!(next.iter().collect::<Vec<_>>(), [Profession::DentalHygienist]);
    /// ```
    #[must_use]
    pub const fn reachable_from(mut self, profession: Profession) -> Query {
        self.0.reachable_from = Some(profession);
        self
    }

    /// Whether `profession` passes every filter of the query.
    ///
    /// ```
    /// use allied_health::{Jurisdiction, Profession, Query};
    ///
    /// let us = Query::new().jurisdiction(Jurisdiction::Us);
    /// assert!(us.matches(Profession::MedicalAssistant));
    /// assert!(!us.matches(Profession::Osteopath));
    /// ```
    #[must_use]
    pub fn matches(&self, profession: Profession) -> bool {
        let info = profession.info();
        self.matches_profession(info)
            && info
                .recognitions()
                .iter()
                .any(|r| self.matches_recognition(r))
            // Last: the only filter that reads more than a few fields.
            && self.0.word.is_none_or(|word| word.is_in(info))
    }

    /// The matching professions, in registry order ([`Profession::ALL`]).
    /// Never allocates; collect into a
    /// [`ProfessionSet`](crate::ProfessionSet) to keep the result without
    /// allocating either.
    ///
    /// ```
    /// use allied_health::{Profession, ProfessionSet, Query};
    ///
    /// let q = Query::new().word("prosthetist");
    /// assert_eq!(q.iter().collect::<Vec<_>>(), [Profession::Prosthetist]);
    /// let set: ProfessionSet = q.iter().collect();
    /// assert!(set.contains(Profession::Prosthetist));
    /// ```
    #[must_use]
    pub fn iter(&self) -> QueryIter {
        QueryIter {
            query: *self,
            rest: Profession::ALL,
        }
    }

    /// How many professions match. Never allocates.
    ///
    /// ```
    /// use allied_health::{Jurisdiction, Query};
    ///
    /// let nhs = Query::new().jurisdiction(Jurisdiction::Nhs).count();
    /// let us = Query::new().jurisdiction(Jurisdiction::Us).count();
    /// assert!(nhs > 0 && us > 0);
    /// ```
    #[must_use]
    pub fn count(&self) -> usize {
        self.iter().count()
    }

    /// The first matching profession in registry order, if any.
    ///
    /// ```
    /// use allied_health::{Profession, Query, RoleLevel};
    ///
    /// let support = Query::new().role_level(RoleLevel::Support);
    /// assert_eq!(support.first(), Some(Profession::PhysicalTherapistAssistant));
    /// ```
    #[must_use]
    pub fn first(&self) -> Option<Profession> {
        self.iter().next()
    }

    /// The matching professions ordered by `key`; ties keep registry order.
    /// Allocates the returned `Vec` (one allocation).
    ///
    /// - [`SortKey::Name`]: by [`Profession::name`], ignoring ASCII case.
    /// - [`SortKey::EntryEducation`]: lowest entry education first, read
    ///   from the recognitions that pass the query (so in the query's
    ///   jurisdiction when one is set); where two pass, the lower of their
    ///   levels counts. Professions whose entry education is unknown come
    ///   last.
    ///
    /// ```
    /// use allied_health::{Definition, Jurisdiction, Profession, Query, SortKey};
    ///
    /// let ahps = Query::new().allied_health(Definition::NhsAhp);
    /// let by_name = ahps.sorted(SortKey::Name);
    /// assert_eq!(by_name[0], Profession::ArtTherapist);
    ///
    /// let us = Query::new().jurisdiction(Jurisdiction::Us).exclude_boundary();
    /// let by_education = us.sorted(SortKey::EntryEducation);
    /// // A high school diploma first, doctoral degrees last.
    /// assert_eq!(by_education.first(), Some(&Profession::SterileProcessingTechnician));
    /// assert_eq!(by_education.last(), Some(&Profession::Audiologist));
    /// ```
    #[must_use]
    pub fn sorted(&self, key: SortKey) -> Vec<Profession> {
        let mut found = Vec::with_capacity(Profession::ALL.len());
        found.extend(self.iter());
        match key {
            SortKey::Name => found.sort_by(|a, b| {
                let lower = |p: &Profession| p.name().bytes().map(|c| c.to_ascii_lowercase());
                lower(a).cmp(lower(b))
            }),
            SortKey::EntryEducation => found.sort_by_key(|p| {
                let level = self.entry_education(p.info());
                // `None` sorts before `Some`; unknown levels belong last.
                (level.is_none(), level)
            }),
            SortKey::MedianWage => found.sort_by_key(|p| {
                let wage = p.profile().median_wage().map(|w| w.amount());
                (wage.is_none(), core::cmp::Reverse(wage))
            }),
            SortKey::Growth => found.sort_by_key(|p| {
                let growth = p.profile().employment_growth();
                (growth.is_none(), core::cmp::Reverse(growth))
            }),
        }
        found
    }

    /// The lowest entry education among the recognitions that pass the
    /// query's recognition filters.
    fn entry_education(&self, info: &ProfessionInfo) -> Option<EducationLevel> {
        info.recognitions()
            .iter()
            .filter(|r| self.matches_recognition(r))
            .filter_map(Recognition::entry_education)
            .min()
    }

    fn matches_profession(&self, info: &ProfessionInfo) -> bool {
        let settings = info.settings();
        self.0
            .allied_health
            .is_none_or(|d| info.is_allied_health(d))
            && self.0.role_level.is_none_or(|l| info.role_level() == l)
            && !(self.0.exclude_boundary && info.is_boundary())
            && self.0.scope.is_none_or(|sc| info.scope() == sc)
            && self.0.family.is_none_or(|f| info.family() == f)
            && (self.0.works_in_any.is_empty() || settings.intersects(self.0.works_in_any))
            && settings.is_superset(self.0.works_in_all)
            && self
                .0
                .patient_contact
                .is_none_or(|c| info.patient_contact() == c)
            && self.matches_profile(info.profession())
    }

    /// The career-profile filters: US pay and outlook, related careers,
    /// progression.
    fn matches_profile(&self, profession: Profession) -> bool {
        let profile = profession.profile();
        self.0.min_median_wage.is_none_or(|min| {
            profile
                .median_wage()
                .is_some_and(|wage| wage.amount() >= min)
        }) && self
            .0
            .growth_at_least
            .is_none_or(|min| profile.employment_growth().is_some_and(|g| g >= min))
            && self.0.related_to.is_none_or(|other| {
                other != profession
                    && (profile.is_related_to(other) || other.profile().is_related_to(profession))
            })
            && self
                .0
                .reachable_from
                .is_none_or(|start| profile.is_reachable_from(start))
    }

    fn matches_recognition(&self, recognition: &Recognition) -> bool {
        self.0
            .jurisdiction
            .is_none_or(|j| recognition.jurisdiction() == j)
            && self.education_fits(recognition.entry_education())
            && (!self.0.regulated || recognition.is_regulated())
            && (!self.0.protected_title || !recognition.protected_titles().is_empty())
            && self
                .0
                .code_prefix
                .is_none_or(|prefix| prefix.is_in(recognition.codes()))
    }

    fn education_fits(&self, level: Option<EducationLevel>) -> bool {
        let (least, most) = (self.0.education_at_least, self.0.education_at_most);
        match level {
            Some(level) => least.is_none_or(|l| level >= l) && most.is_none_or(|m| level <= m),
            None => least.is_none() && most.is_none(),
        }
    }
}

impl Default for Filters {
    fn default() -> Filters {
        Query::new().0
    }
}

impl Default for Query {
    /// The query with no filter, as [`Query::new`].
    fn default() -> Query {
        Query::new()
    }
}

/// What [`Query::sorted`] orders by.
///
/// ```
/// use allied_health::{Query, SortKey};
///
/// let names: Vec<_> = Query::new().sorted(SortKey::Name).iter().map(|p| p.name()).collect();
/// assert_eq!(names[0], "Acupuncturist");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum SortKey {
    /// The English name, ignoring ASCII case.
    Name,
    /// The typical entry education, lowest first, unknown last.
    EntryEducation,
    /// The US median annual wage, highest first, unknown last.
    MedianWage,
    /// The projected US employment growth 2024-34, highest first, unknown
    /// last.
    Growth,
}

/// The iterator of [`Query::iter`]: matching professions in registry order.
/// It holds a copy of the query, so it outlives the query it came from.
///
/// ```
/// use allied_health::{Jurisdiction, Profession, Query, QueryIter};
///
/// fn nhs_only() -> QueryIter {
///     Query::new().jurisdiction(Jurisdiction::Nhs).iter()
/// }
/// assert_eq!(nhs_only().next(), Some(Profession::Physiotherapist));
/// ```
#[derive(Clone, Debug)]
pub struct QueryIter {
    query: Query,
    /// The professions not yet tested.
    rest: &'static [Profession],
}

impl Iterator for QueryIter {
    type Item = Profession;

    fn next(&mut self) -> Option<Profession> {
        while let Some((&profession, rest)) = self.rest.split_first() {
            self.rest = rest;
            if self.query.matches(profession) {
                return Some(profession);
            }
        }
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(self.rest.len()))
    }
}

impl FusedIterator for QueryIter {}

/// A word filter kept inline, so that `Query` stays `Copy` and `const`.
///
/// Invariants: `bytes[..len]` is trimmed, ASCII-lower-cased UTF-8 of 1 to
/// `MAX_WORD_LEN` bytes, and the rest of `bytes` is zero, so the derived
/// `Eq` and `Hash` compare the word alone.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Word {
    len: u8,
    bytes: [u8; Query::MAX_WORD_LEN],
}

impl Word {
    /// The word for trimmed UTF-8 of at most `MAX_WORD_LEN` bytes, or `None`
    /// for an empty one.
    const fn new(trimmed: &[u8]) -> Option<Word> {
        if trimmed.is_empty() {
            return None;
        }
        let mut bytes = [0; Query::MAX_WORD_LEN];
        let mut i = 0;
        while i < trimmed.len() {
            bytes[i] = trimmed[i].to_ascii_lowercase();
            i += 1;
        }
        Some(Word {
            // At most MAX_WORD_LEN (32), so the cast cannot truncate.
            len: trimmed.len() as u8,
            bytes,
        })
    }

    /// The word for `text`, trimmed; `None` when that leaves it empty.
    fn parse(text: &str) -> Result<Option<Word>, QueryError> {
        let trimmed = text.as_bytes().trim_ascii();
        if trimmed.len() > Query::MAX_WORD_LEN {
            return Err(QueryError::word_too_long(text));
        }
        Ok(Word::new(trimmed))
    }

    fn as_bytes(&self) -> &[u8] {
        &self.bytes[..usize::from(self.len)]
    }

    fn as_str(&self) -> &str {
        // Built from a `&str` by trimming ASCII and changing ASCII case only,
        // so it is still UTF-8.
        core::str::from_utf8(self.as_bytes()).unwrap_or_default()
    }

    fn is_in(&self, info: &ProfessionInfo) -> bool {
        info.titles()
            .any(|title| contains_word(title.as_bytes(), self.as_bytes()))
    }
}

impl fmt::Debug for Word {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

/// Whether the lower-case, non-empty `word` occurs in `text`, ignoring ASCII
/// case, without splitting a word of `text` at either end.
fn contains_word(text: &[u8], word: &[u8]) -> bool {
    // Only an end of `word` that is itself a word character needs a
    // boundary: `(r)` may follow a letter, `r` may not.
    let (Some(&first), Some(&last)) = (word.first(), word.last()) else {
        return false;
    };
    text.windows(word.len()).enumerate().any(|(start, window)| {
        let before = text[..start].last().copied();
        let after = text.get(start + word.len()).copied();
        window.eq_ignore_ascii_case(word)
            && !(is_word_byte(first) && before.is_some_and(is_word_byte))
            && !(is_word_byte(last) && after.is_some_and(is_word_byte))
    })
}

/// Letters and digits, and every byte of a non-ASCII character, so that a
/// match never ends inside one.
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || !b.is_ascii()
}

/// A code filter kept inline: a system and a prefix of its official format
/// (possibly empty), checked by [`CodeSystem::accepts_prefix`].
///
/// Invariant: the bytes past `len` are zero, as for [`Word`].
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct CodePrefix {
    system: CodeSystem,
    len: u8,
    bytes: [u8; MAX_CODE_LEN],
}

impl CodePrefix {
    /// The filter for a prefix that `system.accepts_prefix`, so ASCII and
    /// no longer than a code.
    const fn new(system: CodeSystem, prefix: &[u8]) -> CodePrefix {
        let mut bytes = [0; MAX_CODE_LEN];
        let mut i = 0;
        while i < prefix.len() {
            bytes[i] = prefix[i];
            i += 1;
        }
        CodePrefix {
            system,
            // At most MAX_CODE_LEN (10), so the cast cannot truncate.
            len: prefix.len() as u8,
            bytes,
        }
    }

    /// The filter for `text`, trimmed, if it can begin a code of `system`.
    fn parse(system: CodeSystem, text: &str) -> Result<CodePrefix, QueryError> {
        let prefix = text.as_bytes().trim_ascii();
        if system.accepts_prefix(prefix) {
            Ok(CodePrefix::new(system, prefix))
        } else {
            Err(QueryError::malformed_code_prefix(system, text))
        }
    }

    fn as_str(&self) -> &str {
        // Digits, dashes and dots only.
        core::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or_default()
    }

    fn is_in(&self, codes: &[Code]) -> bool {
        codes
            .iter()
            .any(|code| code.system() == self.system && code.starts_with(self.as_str()))
    }
}

impl fmt::Debug for CodePrefix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "\"{}:{}\"", self.system.prefix(), self.as_str())
    }
}

/// The word and the code prefix serialise as strings (the code in the
/// prefixed form `soc2018:29-20`, as [`Code`] does) and are checked again
/// when read back.
#[cfg(feature = "serde")]
mod serde_impls {
    use super::{Filters, Query};

    /// A query is read from a JSON object only: serde's derive would also
    /// accept a sequence, which would make the private field order part of
    /// the format and let `[]` or `[null]` stand for a match-everything query.
    impl<'de> serde::Deserialize<'de> for Query {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Query, D::Error> {
            struct ObjectOnly;

            impl<'de> serde::de::Visitor<'de> for ObjectOnly {
                type Value = Query;

                fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                    f.write_str("a query object")
                }

                fn visit_map<A: serde::de::MapAccess<'de>>(
                    self,
                    map: A,
                ) -> Result<Query, A::Error> {
                    let filters = <Filters as serde::Deserialize>::deserialize(
                        serde::de::value::MapAccessDeserializer::new(map),
                    )?;
                    Ok(Query(filters))
                }
            }

            d.deserialize_map(ObjectOnly)
        }
    }

    use std::borrow::Cow;

    use serde::Deserialize as _;
    use serde::de::Error as _;

    use super::{CodePrefix, Word};
    use crate::model::code::CodeSystem;
    use crate::model::error::{CodeError, CodeErrorKind};
    use crate::model::setting::SettingSet;

    pub(super) fn is_empty(settings: &SettingSet) -> bool {
        settings.is_empty()
    }

    impl serde::Serialize for Word {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_str(self.as_str())
        }
    }

    /// Reads the word as [`Query::try_word`](super::Query::try_word) does:
    /// an empty word is no filter.
    pub(super) fn deserialize_word<'de, D: serde::Deserializer<'de>>(
        d: D,
    ) -> Result<Option<Word>, D::Error> {
        match Option::<Cow<'de, str>>::deserialize(d)? {
            Some(text) => Word::parse(&text).map_err(D::Error::custom),
            None => Ok(None),
        }
    }

    impl serde::Serialize for CodePrefix {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_str(&format_args!("{}:{}", self.system.prefix(), self.as_str()))
        }
    }

    impl<'de> serde::Deserialize<'de> for CodePrefix {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            let text = Cow::<'de, str>::deserialize(d)?;
            let (system, prefix) = CodeSystem::split_prefixed(text.trim()).ok_or_else(|| {
                D::Error::custom(CodeError::new(
                    "prefixed",
                    CodeErrorKind::UnknownSystem,
                    &text,
                ))
            })?;
            CodePrefix::parse(system, prefix).map_err(D::Error::custom)
        }
    }
}

/// A filter that a [`Query`] cannot hold: a word longer than
/// [`Query::MAX_WORD_LEN`] bytes, or a code prefix that cannot begin a code
/// in its system's official format. Returned by the fallible setters
/// ([`Query::try_word`], [`Query::try_code_prefix`]) and by deserialisation.
///
/// ```
/// use allied_health::{CodeSystem, Query, QueryErrorKind};
///
/// let err = Query::new().try_code_prefix(CodeSystem::Soc2018, "2920").unwrap_err();
/// assert_eq!(err.kind(), QueryErrorKind::MalformedCodePrefix);
/// assert_eq!(err.input(), "2920");
/// assert_eq!(err.to_string(), "\"2920\" cannot begin a SOC 2018 code (NN-NNNN)");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct QueryError {
    reason: QueryErrorReason,
    input: Box<str>,
}

/// The kinds of [`QueryError`].
///
/// ```
/// use allied_health::{Query, QueryErrorKind};
///
/// let long = "x".repeat(Query::MAX_WORD_LEN + 1);
/// assert_eq!(Query::new().try_word(&long).unwrap_err().kind(), QueryErrorKind::WordTooLong);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum QueryErrorKind {
    /// The word, once trimmed, is longer than [`Query::MAX_WORD_LEN`] bytes.
    WordTooLong,
    /// The code prefix cannot begin a code in its system's official format
    /// (a digit where a dash belongs, or longer than a whole code).
    MalformedCodePrefix,
}

/// What went wrong, with the code system the message names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum QueryErrorReason {
    WordTooLong,
    MalformedCodePrefix(CodeSystem),
}

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.reason {
            QueryErrorReason::WordTooLong => write!(
                f,
                "word {:?} is longer than the {} bytes a query holds",
                self.input,
                Query::MAX_WORD_LEN
            ),
            QueryErrorReason::MalformedCodePrefix(system) => write!(
                f,
                "{:?} cannot begin a {} code ({})",
                self.input,
                system.name(),
                system.format()
            ),
        }
    }
}

impl QueryError {
    pub(crate) fn word_too_long(input: &str) -> Self {
        QueryError {
            reason: QueryErrorReason::WordTooLong,
            input: truncate(input),
        }
    }

    pub(crate) fn malformed_code_prefix(system: CodeSystem, input: &str) -> Self {
        QueryError {
            reason: QueryErrorReason::MalformedCodePrefix(system),
            input: truncate(input),
        }
    }

    /// What went wrong.
    ///
    /// ```
    /// use allied_health::{CodeSystem, Query, QueryErrorKind};
    ///
    /// let err = Query::new().try_code_prefix(CodeSystem::Isco08, "22641").unwrap_err();
    /// assert_eq!(err.kind(), QueryErrorKind::MalformedCodePrefix);
    /// ```
    #[must_use]
    pub fn kind(&self) -> QueryErrorKind {
        match self.reason {
            QueryErrorReason::WordTooLong => QueryErrorKind::WordTooLong,
            QueryErrorReason::MalformedCodePrefix(_) => QueryErrorKind::MalformedCodePrefix,
        }
    }

    /// The text that was refused (at most 200 characters of it).
    ///
    /// ```
    /// use allied_health::{CodeSystem, Query};
    ///
    /// let err = Query::new().try_code_prefix(CodeSystem::UkSoc2020, "22-1").unwrap_err();
    /// assert_eq!(err.input(), "22-1");
    /// ```
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }
}
