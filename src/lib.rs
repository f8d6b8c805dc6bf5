//! A typed, embeddable taxonomy of allied health professions for the United
//! States and the UK NHS, with sourced facts, occupation codes, and a fast
//! classifier that tells which profession a job advertisement is for.
//!
//! # Overview
//!
//! - [`Profession`] is a `Copy` enum with one variant per profession: the
//!   allied roles and the boundary professions (nurse, doctor, pharmacist,
//!   dentist, midwife, care worker) that let a caller say "this is not allied
//!   health". Each has a stable kebab-case [`id`](Profession::id).
//! - [`ProfessionInfo`] is its `&'static` record: [`Recognition`]s per
//!   [`Jurisdiction`] (local title, codes, regulator, protected titles, entry
//!   education, Agenda for Change bands), [`Equivalence`] across
//!   jurisdictions, [`Setting`]s, [`PatientContact`], and whether it is allied
//!   health under each [`Definition`].
//! - [`Profile`] is its career profile, as a careers site shows it: what the
//!   job is, US pay and outlook ([`Outlook`], [`Wage`], [`Percent`]),
//!   related careers ([`RelatedCareer`]), technology skills, career
//!   progression ([`Progression`]) and NHS entry routes ([`EntryRoute`]).
//! - Occupation codes are validated newtypes: [`Soc2018Code`],
//!   [`OnetSocCode`], [`UkSoc2020Code`], [`Isco08Code`], and [`Code`] for any
//!   of them, with lookups from a code to the professions that carry it.
//! - [`lookup_title`] finds a profession by an exact title or alias.
//! - [`Query`] filters the registry (jurisdiction, definition, role level,
//!   entry education, settings, regulation, codes, a word). It is a `Copy`
//!   value built with `const fn` setters, so a downstream crate can keep one
//!   in a `const`; iterating or counting its results never allocates.
//! - [`Classifier`] (feature `classify`) tells which profession a job ad is
//!   for, with the evidence, a score, and the ad's jurisdiction;
//!   [`classify()`] uses a shared default one.
//!
//! The registry is compiled into the crate as static tables: no files are
//! read, nothing is parsed at start-up, and lookups by id are an index.
//!
//! # Examples
//!
//! Find a profession by id, title or code, and read its facts:
//!
//! ```
//! use allied_health::{Definition, Jurisdiction, Profession, Regulator, Soc2018Code};
//!
//! let slt: Profession = "speech-and-language-therapist".parse()?;
//! assert_eq!(Profession::from_title("Speech-Language Pathologist"), Some(slt));
//! let by_code: Vec<_> = "29-1127".parse::<Soc2018Code>()?.professions()?.collect();
//! assert_eq!(by_code, [slt]);
//!
//! let info = slt.info();
//! let nhs = info.recognition(Jurisdiction::Nhs).expect("an NHS AHP");
//! assert_eq!(nhs.regulator(), Some(Regulator::Hcpc));
//! assert!(info.is_allied_health(Definition::NhsAhp));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The same title is not always the same job:
//!
//! ```
//! use allied_health::{EquivalenceKind, Jurisdiction, Profession};
//!
//! let osteopath = Profession::Osteopath.info();
//! assert!(!osteopath.exists_in(Jurisdiction::Us));
//! assert_eq!(osteopath.equivalence().kind(), EquivalenceKind::NotEquivalent);
//! assert_eq!(osteopath.equivalence().counterpart(), Some(Profession::Physician));
//! ```
//!
//! Unknown facts are `None`, never guessed:
//!
//! ```
//! use allied_health::{Jurisdiction, Profession};
//!
//! let us = Profession::Paramedic.info().recognition(Jurisdiction::Us).unwrap();
//! assert_eq!(us.regulator(), None); // no saved source names a US body
//! ```
//!
//! # Data sources and versions
//!
//! | Data | Version constant | Used for |
//! |---|---|---|
//! | O*NET database (O*NET Center, USDOL/ETA), CC BY 4.0 | [`ONET_VERSION`] | O*NET-SOC codes, Job Zones, alternate titles |
//! | US Standard Occupational Classification (BLS) | [`SOC_VERSION`] | SOC codes, direct match titles |
//! | BLS Employment Projections, Table 5.4 | [`BLS_EP_VERSION`] | US entry education, experience, training |
//! | UK SOC 2020 Volume 1 (ONS), Open Government Licence | [`UK_SOC_VERSION`] | UK codes, related titles, entry routes |
//! | ISCO-08 (ILO), BLS 2010 SOC crosswalk, ILO examples | [`ISCO_VERSION`] | ISCO-08 codes |
//! | HCPC and GOsC protected titles; NHS England AHP list | — | UK regulators and protected titles |
//! | NHS Health Careers and other Agenda for Change statements | — | NHS pay bands |
//! | BLS Employment Projections 2020–30 (projections export) | [`BLS_PROJECTIONS_VERSION`] | US median wage, employment, growth, openings |
//! | O*NET 27.0 Related Occupations, CC BY 4.0 | [`ONET_RELATED_VERSION`] | related careers |
//! | O*NET 30.0 Technology Skills and Occupation Data, CC BY 4.0 | [`ONET_VERSION`] | technology skills, US job descriptions |
//!
//! Each row of the table cites its sources in `src/data/professions.rs`. A
//! fact that no saved source states is `None` or an empty slice: for
//! example, no source names a US licensing body or US title protection, and
//! most NHS professions have no sourced pay band.
//!
//! # Crate features
//!
//! - `classify` (default): the job-ad classifier ([`Classifier`],
//!   [`classify()`]) and its dependency, `aho-corasick`.
//! - `serde`: `Serialize` and `Deserialize` for the public types.
//!   [`Profession`], [`Jurisdiction`], [`Definition`] and the other
//!   enumerations serialise as their ids; codes as their official format
//!   ([`Code`] as `system:code`). An unknown id is an error. The static
//!   records ([`ProfessionInfo`], [`Recognition`]) and the classifier's
//!   results ([`Classification`], [`Candidate`], [`Evidence`]) serialise
//!   only: read records back by id.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]
// The crate docs link the classifier, which a build without the feature
// leaves out.
#![cfg_attr(not(feature = "classify"), allow(rustdoc::broken_intra_doc_links))]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "classify")]
mod classify;
mod code;
mod data;
mod definition;
mod education;
mod equivalence;
mod error;
mod jurisdiction;
mod lookup;
mod profession;
mod profile;
mod query;
mod serde_ids;
mod setting;
mod spelling;
mod title;

#[cfg(feature = "classify")]
pub use classify::{
    Ad, AsAd, BuildError, Candidate, Classification, Classifier, ClassifierBuilder, ClassifyIter,
    Codes, Evidence, Field, OwnedAd,
};
pub use code::{Code, CodeSystem, Isco08Code, OnetSocCode, Soc2018Code, UkSoc2020Code};
pub use definition::Definition;
pub use education::{EducationLevel, JobZone, OnTheJobTraining, WorkExperience};
pub use equivalence::{Equivalence, EquivalenceKind};
pub use error::{CodeError, CodeErrorKind, ParseIdError, QueryError, QueryErrorKind};
pub use jurisdiction::{AfcBand, BandStatement, Jurisdiction, Recognition, Regulator};
pub use lookup::{ProfessionSet, ProfessionSetIter, lookup_code};
pub use profession::{Profession, ProfessionInfo, RoleLevel};
pub use profile::{
    Basis, Commodity, Coverage, Currency, Description, EntryRoute, Outlook, Percent, Profile,
    Progression, RelatedCareer, Relatedness, TechnologySkill, Wage,
};
pub use query::{Query, QueryIter, SortKey};
pub use setting::{PatientContact, Setting, SettingSet};
pub use title::lookup_title;

/// Classifies job-ad text with a default [`Classifier`], built on first use
/// and shared by every thread. A short first line followed by more text is
/// read as the title; to pass the title apart, use
/// [`Classifier::classify_ad`].
///
/// ```
/// use allied_health::Profession;
///
/// let c = allied_health::classify("Staff Nurse - Band 5\nMedical ward, NMC registration required.");
/// assert_eq!(c.profession(), Some(Profession::RegisteredNurse));
/// assert_eq!(c.is_boundary(), Some(true));
/// ```
#[cfg(feature = "classify")]
#[must_use]
pub fn classify(text: &str) -> Classification {
    static DEFAULT: std::sync::LazyLock<Classifier> = std::sync::LazyLock::new(Classifier::new);
    DEFAULT.classify(text)
}

/// The O*NET database release the O*NET codes, Job Zones and alternate
/// titles come from.
///
/// ```
/// assert_eq!(allied_health::ONET_VERSION, "30.0");
/// ```
pub const ONET_VERSION: &str = "30.0";

/// The US Standard Occupational Classification revision of the SOC codes.
///
/// ```
/// assert_eq!(allied_health::SOC_VERSION, "2018");
/// ```
pub const SOC_VERSION: &str = "2018";

/// The UK Standard Occupational Classification revision of the UK codes
/// (ONS Volume 1, issue of 16 October 2024).
///
/// ```
/// assert_eq!(allied_health::UK_SOC_VERSION, "2020");
/// ```
pub const UK_SOC_VERSION: &str = "2020";

/// The ISCO revision of the international codes.
///
/// ```
/// assert_eq!(allied_health::ISCO_VERSION, "08");
/// ```
pub const ISCO_VERSION: &str = "08";

/// The BLS Employment Projections education and training assignments
/// (Table 5.4) year of the US entry education, experience and training.
///
/// ```
/// assert_eq!(allied_health::BLS_EP_VERSION, "2023");
/// ```
pub const BLS_EP_VERSION: &str = "2023";

/// The BLS Employment Projections period of the US pay and outlook figures
/// (base year 2020, projected to 2030; wages are 2020 medians).
///
/// ```
/// assert_eq!(allied_health::BLS_PROJECTIONS_VERSION, "2020-2030");
/// ```
pub const BLS_PROJECTIONS_VERSION: &str = "2020-2030";

/// The O*NET database release the related careers come from (the O*NET-SOC
/// taxonomy is the same as in [`ONET_VERSION`]).
///
/// ```
/// assert_eq!(allied_health::ONET_RELATED_VERSION, "27.0");
/// ```
pub const ONET_RELATED_VERSION: &str = "27.0";

/// The README's examples, compiled and run as doctests so they stay true
/// (they use the classifier, so only with its feature).
#[cfg(all(doctest, feature = "classify"))]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
