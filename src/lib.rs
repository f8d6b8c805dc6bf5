//! A typed, embeddable taxonomy of healthcare occupations for the United
//! States and the UK NHS, centred on the allied health professions, with
//! sourced facts, occupation codes, and a fast classifier that tells which
//! occupation a job advertisement is for.
//!
//! # Overview
//!
//! - [`Profession`] is a `Copy` enum with one variant per profession, 96 in
//!   all: the allied roles, the boundary professions (doctors, nurses,
//!   midwives, pharmacists, dentists and their support), the
//!   healthcare-adjacent ones (psychologists, social workers, counsellors...)
//!   and the veterinary ones, so that a caller can say "this is not allied
//!   health". Each has a stable kebab-case [`id`](Profession::id), a
//!   [`Scope`] and a [`Family`]. Every O*NET-SOC code of SOC major groups 29
//!   and 31 is carried by a US recognition.
//! - [`ProfessionInfo`] is its `&'static` record: [`Recognition`]s per
//!   [`Jurisdiction`] (local title, codes, regulator, protected titles, entry
//!   education, Agenda for Change bands), [`Equivalence`] across
//!   jurisdictions, [`Setting`]s, [`PatientContact`], and whether it is allied
//!   health under each [`Definition`]; [`employment_share`] says how much of
//!   US healthcare employment each definition covers.
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
//! | ONS SOC 2020 coding index (Volume 2), Open Government Licence | [`UK_SOC_INDEX_VERSION`] | UK SOC 2020 codes of each NHS title, ISCO-08 of UK titles, UK alternate titles |
//! | US Standard Occupational Classification (BLS) | [`SOC_VERSION`] | SOC codes, direct match titles |
//! | BLS Employment Projections 2024–34, Table 1.2 | [`BLS_EP_VERSION`] | US entry education, experience, training; employment for [`employment_share`] |
//! | UK SOC 2020 Volume 1 (ONS), Open Government Licence | [`UK_SOC_VERSION`] | UK codes, related titles, entry routes |
//! | ISCO-08 (ILO), BLS 2010 SOC crosswalk, ILO examples | [`ISCO_VERSION`] | ISCO-08 codes |
//! | HCPC and GOsC protected titles; NHS England AHP list | — | UK regulators and protected titles |
//! | NHS Health Careers and other Agenda for Change statements | — | NHS pay bands |
//! | Agenda for Change pay points, England (secondary pages quoting NHS Employers) | [`AFC_PAY_VERSION`] | [`AfcPay`] per band |
//! | BLS Employment Projections 2024–34, Table 1.2 | [`BLS_PROJECTIONS_VERSION`] | US employment 2024 and 2034, growth, openings |
//! | BLS OEWS national estimates | [`OEWS_VERSION`] | US annual wages: median, 10th/25th/75th/90th percentiles |
//! | O*NET 30.1 Related Occupations and Occupation Data, CC BY 4.0 | [`ONET_RELATED_VERSION`] | related careers, US job descriptions |
//! | O*NET 30.0 Technology Skills, CC BY 4.0 | — | technology skills (the 30.1 copy lacks the file) |
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
mod data;
mod model;
mod profile;
mod query;
mod registry;
mod serde_ids;
mod spelling;

#[cfg(feature = "classify")]
pub use classify::{
    Ad, AsAd, BuildError, Candidate, Classification, Classifier, ClassifierBuilder, ClassifyIter,
    Codes, Evidence, Field, OwnedAd,
};
pub use model::code::{Code, CodeSystem, Isco08Code, OnetSocCode, Soc2018Code, UkSoc2020Code};
pub use model::definition::Definition;
pub use model::education::{EducationLevel, JobZone, OnTheJobTraining, WorkExperience};
pub use model::equivalence::{Equivalence, EquivalenceKind};
pub use model::error::{CodeError, CodeErrorKind, ParseIdError};
pub use model::info::ProfessionInfo;
pub use model::jurisdiction::{
    AfcBand, AfcPay, BandStatement, Jurisdiction, Recognition, Regulator,
};
pub use model::profession::{Profession, RoleLevel};
pub use model::profile::{
    Basis, Commodity, Coverage, Currency, Description, EntryRoute, Outlook, Percent, Profile,
    Progression, RelatedCareer, Relatedness, TechnologySkill, Wage,
};
pub use model::scope::{Family, Scope};
pub use model::set::{ProfessionSet, ProfessionSetIter};
pub use model::setting::{PatientContact, Setting, SettingSet};
pub use query::{Query, QueryError, QueryErrorKind, QueryIter, SortKey};
pub use registry::codes::lookup_code;
pub use registry::shares::{EmploymentShare, employment_share};
pub use registry::title::lookup_title;

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
/// titles come from (O*NET 30.1, December 2025; technology skills are from
/// 30.0, whose file 30.1 did not change in the saved copies).
///
/// ```
/// assert_eq!(allied_health::ONET_VERSION, "30.1");
/// ```
pub const ONET_VERSION: &str = "30.1";

/// The Agenda for Change pay year of [`AfcPay`]: England, 2025/26 (from 1
/// April 2025), transcribed from secondary pages.
///
/// ```
/// assert_eq!(allied_health::AFC_PAY_VERSION, "2025/26");
/// ```
pub const AFC_PAY_VERSION: &str = "2025/26";

/// The version of the ONS SOC 2020 coding index (Volume 2) the UK codes of
/// NHS titles and the UK alternate titles come from: version 12, 16 April
/// 2025.
///
/// ```
/// assert_eq!(allied_health::UK_SOC_INDEX_VERSION, "12");
/// ```
pub const UK_SOC_INDEX_VERSION: &str = "12";

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

/// The BLS Employment Projections release (Table 1.2, projections 2024–34
/// with worker characteristics for 2024) of the US entry education, work
/// experience and on-the-job training, and of the 2024 employment that
/// [`employment_share`] sums.
///
/// ```
/// assert_eq!(allied_health::BLS_EP_VERSION, "2024-34");
/// ```
pub const BLS_EP_VERSION: &str = "2024-34";

/// The BLS Employment Projections period of the US outlook figures
/// (Table 1.2: employment in the base year 2024 and projected for 2034,
/// percent change, annual openings).
///
/// ```
/// assert_eq!(allied_health::BLS_PROJECTIONS_VERSION, "2024-2034");
/// ```
pub const BLS_PROJECTIONS_VERSION: &str = "2024-2034";

/// The BLS Occupational Employment and Wage Statistics (OEWS) release of
/// the US wages: national annual median and 10th, 25th, 75th and 90th
/// percentiles, May 2024.
///
/// ```
/// assert_eq!(allied_health::OEWS_VERSION, "May 2024");
/// ```
pub const OEWS_VERSION: &str = "May 2024";

/// The O*NET database release the related careers come from
/// ("Related Occupations.txt").
///
/// ```
/// assert_eq!(allied_health::ONET_RELATED_VERSION, "30.1");
/// ```
pub const ONET_RELATED_VERSION: &str = "30.1";

/// The README's examples, compiled and run as doctests so they stay true
/// (they use the classifier, so only with its feature).
#[cfg(all(doctest, feature = "classify"))]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
