//! [`Profile`]: what a careers site shows about a profession beyond the
//! registry's facts: what the job is, US pay and outlook, related careers,
//! technology skills, career progression and NHS entry routes.
//!
//! The types alone; the tables are generated into `src/data/` and the
//! queries that read them across professions live in `crate::profile`.

use core::fmt;
use core::str::FromStr;

use crate::model::code::{Code, OnetSocCode, Soc2018Code, UkSoc2020Code};
use crate::model::education::id_enum;
use crate::model::error::ParseIdError;
use crate::model::jurisdiction::Jurisdiction;
use crate::model::profession::Profession;
use crate::model::set::ProfessionSet;

/// The career profile of one profession.
///
/// Reached with [`Profession::profile`] or
/// [`ProfessionInfo::profile`](crate::ProfessionInfo::profile); it is a
/// static record, so every getter returns `&'static` data and none
/// allocates. A fact no saved source states is `None` or an empty slice.
///
/// Pay bands in the NHS are on the registry already: see
/// [`Recognition::afc_bands`](crate::Recognition::afc_bands).
///
/// With the `serde` feature a profile and its parts serialise (professions
/// and enumerations as their ids, codes in their official format, a
/// [`Percent`] as a number of percent) but do not deserialise: they are
/// static, so store the profession's id and call [`Profession::profile`].
///
/// ```
/// use allied_health::{Jurisdiction, Profession};
///
/// let profile = Profession::DiagnosticRadiographer.profile();
/// let wage = profile.median_wage().unwrap();
/// assert_eq!((wage.amount(), wage.year()), (77_660, 2024));
/// assert!(profile.is_related_to(Profession::MriTechnologist));
/// assert!(profile.progresses_to().contains(Profession::MriTechnologist));
/// assert_eq!(profile.entry_routes()[0].code().to_string(), "2254");
/// assert!(profile.description(Jurisdiction::Us).is_some());
/// ```
#[derive(Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Profile {
    pub(crate) profession: Profession,
    pub(crate) descriptions: &'static [Description],
    pub(crate) outlook: Option<&'static Outlook>,
    pub(crate) related: &'static [RelatedCareer],
    pub(crate) technology_categories: &'static [Commodity],
    pub(crate) technology_category_count: u16,
    pub(crate) technology_skills: &'static [TechnologySkill],
    pub(crate) technology_skill_count: u16,
    pub(crate) progressions: &'static [Progression],
    pub(crate) entry_routes: &'static [EntryRoute],
}

impl Profile {
    /// The profession this profile describes.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// assert_eq!(Profession::Paramedic.profile().profession(), Profession::Paramedic);
    /// ```
    #[must_use]
    pub fn profession(&self) -> Profession {
        self.profession
    }

    /// What the job is: the O*NET 30.1 description of the US recognition's
    /// first O*NET code, then the ONS SOC 2020 description of each UK code
    /// of the NHS recognition.
    ///
    /// ```
    /// use allied_health::{Jurisdiction, Profession};
    ///
    /// let descriptions = Profession::Physiotherapist.profile().descriptions();
    /// assert_eq!(descriptions[0].jurisdiction(), Jurisdiction::Us);
    /// assert_eq!(descriptions[1].title(), "Physiotherapists");
    /// ```
    #[must_use]
    pub fn descriptions(&self) -> &'static [Description] {
        self.descriptions
    }

    /// The first description for `jurisdiction`, or `None` where no source
    /// describes the job there.
    ///
    /// ```
    /// use allied_health::{Jurisdiction, Profession};
    ///
    /// let profile = Profession::Osteopath.profile();
    /// assert!(profile.description(Jurisdiction::Us).is_none());
    /// assert_eq!(profile.description(Jurisdiction::Nhs).unwrap().code().to_string(), "2229");
    /// ```
    #[must_use]
    pub fn description(&self, jurisdiction: Jurisdiction) -> Option<&'static Description> {
        self.descriptions
            .iter()
            .find(|d| d.jurisdiction == jurisdiction)
    }

    /// US pay and employment outlook (BLS Employment Projections 2024–34 and
    /// OEWS May 2024 wages), or `None` where the profession has no US SOC
    /// code.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let outlook = Profession::DentalHygienist.profile().outlook().unwrap();
    /// assert_eq!(outlook.percent_change().to_string(), "7.0%");
    /// assert!(Profession::Osteopath.profile().outlook().is_none());
    /// ```
    #[must_use]
    pub fn outlook(&self) -> Option<&'static Outlook> {
        self.outlook
    }

    /// The US median annual wage, from the [`outlook`](Self::outlook).
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let wage = Profession::Physiotherapist.profile().median_wage().unwrap();
    /// assert_eq!(wage.amount(), 101_020);
    /// ```
    #[must_use]
    pub fn median_wage(&self) -> Option<Wage> {
        self.outlook.and_then(Outlook::median_wage)
    }

    /// The projected percent change in US employment over the projection
    /// period, from the [`outlook`](Self::outlook).
    ///
    /// ```
    /// use allied_health::{Percent, Profession};
    ///
    /// let growth = Profession::Physiotherapist.profile().employment_growth().unwrap();
    /// assert!(growth >= Percent::from_percent(10));
    /// ```
    #[must_use]
    pub fn employment_growth(&self) -> Option<Percent> {
        self.outlook.map(Outlook::percent_change)
    }

    /// The careers O*NET 30.1 lists as related to this one, kept where both
    /// ends are professions in the registry: closest first (by O*NET's
    /// rank), one entry per profession.
    ///
    /// ```
    /// use allied_health::{Profession, Relatedness};
    ///
    /// let first = &Profession::DentalAssistant.profile().related()[0];
    /// assert_eq!(first.profession(), Profession::DentalHygienist);
    /// assert_eq!(first.relatedness(), Relatedness::PrimaryShort);
    /// ```
    #[must_use]
    pub fn related(&self) -> &'static [RelatedCareer] {
        self.related
    }

    /// The related professions, closest first.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let mut related = Profession::Paramedic.profile().related_professions();
    /// assert_eq!(related.next(), Some(Profession::EmergencyMedicalTechnician));
    /// ```
    pub fn related_professions(&self) -> impl Iterator<Item = Profession> + use<> {
        self.related.iter().map(|r| r.profession)
    }

    /// Whether O*NET lists `other` as related to this profession. The list
    /// goes one way: O*NET need not list this profession under `other`.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// assert!(Profession::Phlebotomist.profile().is_related_to(Profession::MedicalLaboratoryTechnician));
    /// assert!(!Profession::Phlebotomist.profile().is_related_to(Profession::Phlebotomist));
    /// ```
    #[must_use]
    pub fn is_related_to(&self, other: Profession) -> bool {
        self.related.iter().any(|r| r.profession == other)
    }

    /// The O*NET 30.0 technology categories of the profession's O*NET codes,
    /// those with the most examples first, at most eight.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let categories = Profession::DiagnosticRadiographer.profile().technology_categories();
    /// assert_eq!(categories[0].title(), "Medical software");
    /// ```
    #[must_use]
    pub fn technology_categories(&self) -> &'static [Commodity] {
        self.technology_categories
    }

    /// How many technology categories O*NET lists before the cap.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let profile = Profession::OccupationalTherapist.profile();
    /// assert!(profile.technology_category_count() > profile.technology_categories().len());
    /// ```
    #[must_use]
    pub fn technology_category_count(&self) -> usize {
        usize::from(self.technology_category_count)
    }

    /// The technology examples O*NET 30.0 flags "Hot Technology" or
    /// "In Demand" for the profession's O*NET codes, at most eight: those in
    /// demand first, then hot technologies, then by name.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let skills = Profession::DentalAssistant.profile().technology_skills();
    /// assert_eq!(skills[0].name(), "Henry Schein Dentrix");
    /// assert!(skills[0].is_in_demand());
    /// ```
    #[must_use]
    pub fn technology_skills(&self) -> &'static [TechnologySkill] {
        self.technology_skills
    }

    /// How many flagged technology examples O*NET lists before the cap.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let profile = Profession::MedicalLaboratoryScientist.profile();
    /// assert!(profile.technology_skill_count() > profile.technology_skills().len());
    /// ```
    #[must_use]
    pub fn technology_skill_count(&self) -> usize {
        usize::from(self.technology_skill_count)
    }

    /// The career steps out of this profession, each with its route, the
    /// jurisdiction it applies in and the saved text it rests on.
    ///
    /// ```
    /// use allied_health::{Basis, Jurisdiction, Profession};
    ///
    /// let step = &Profession::RegisteredNurse.profile().progressions()[0];
    /// assert_eq!(step.to(), Profession::Midwife);
    /// assert_eq!(step.jurisdiction(), Jurisdiction::Nhs);
    /// assert_eq!(step.basis(), Basis::Sourced);
    /// ```
    #[must_use]
    pub fn progressions(&self) -> &'static [Progression] {
        self.progressions
    }

    /// The professions one career step away, in any jurisdiction.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let next = Profession::PhysicalTherapistAssistant.profile().progresses_to();
    /// assert_eq!(next.iter().collect::<Vec<_>>(), [Profession::Physiotherapist]);
    /// ```
    #[must_use]
    pub fn progresses_to(&self) -> ProfessionSet {
        self.progressions.iter().map(|step| step.to).collect()
    }
    /// The ONS SOC 2020 typical entry routes of each UK code of the NHS
    /// recognition (empty where it has no UK code).
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let route = &Profession::Paramedic.profile().entry_routes()[0];
    /// assert_eq!(route.unit_group(), "Paramedics");
    /// assert!(route.text().contains("student paramedic"));
    /// ```
    #[must_use]
    pub fn entry_routes(&self) -> &'static [EntryRoute] {
        self.entry_routes
    }
}

/// What a job is, in the words of one classification's description of one
/// code.
///
/// ```
/// use allied_health::{Code, Jurisdiction, Profession};
///
/// let us = Profession::DiagnosticRadiographer.profile().description(Jurisdiction::Us).unwrap();
/// assert_eq!(us.code().to_prefixed_string(), "onet:29-2034.00");
/// assert_eq!(us.title(), "Radiologic Technologists and Technicians");
/// assert!(!us.text().is_empty());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Description {
    pub(crate) jurisdiction: Jurisdiction,
    pub(crate) code: Code,
    pub(crate) title: &'static str,
    pub(crate) text: &'static str,
}

impl Description {
    /// The jurisdiction whose classification describes the job.
    ///
    /// ```
    /// use allied_health::{Jurisdiction, Profession};
    ///
    /// let d = &Profession::Osteopath.profile().descriptions()[0];
    /// assert_eq!(d.jurisdiction(), Jurisdiction::Nhs);
    /// ```
    #[must_use]
    pub fn jurisdiction(&self) -> Jurisdiction {
        self.jurisdiction
    }

    /// The code described: an O*NET-SOC code (US) or a UK SOC 2020 unit
    /// group (NHS).
    ///
    /// ```
    /// use allied_health::{CodeSystem, Profession};
    ///
    /// let d = &Profession::Osteopath.profile().descriptions()[0];
    /// assert_eq!(d.code().system(), CodeSystem::UkSoc2020);
    /// ```
    #[must_use]
    pub fn code(&self) -> Code {
        self.code
    }

    /// The code's title in its classification.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let d = &Profession::Osteopath.profile().descriptions()[0];
    /// assert_eq!(d.title(), "Therapy professionals n.e.c.");
    /// ```
    #[must_use]
    pub fn title(&self) -> &'static str {
        self.title
    }

    /// The description, as the source words it.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let d = &Profession::Paramedic.profile().descriptions()[0];
    /// assert!(d.text().contains("emergency"));
    /// ```
    #[must_use]
    pub fn text(&self) -> &'static str {
        self.text
    }
}

id_enum! {
    /// A currency a wage is stated in.
    ///
    /// ```
    /// use allied_health::Currency;
    ///
    /// assert_eq!(Currency::Usd.code(), "USD");
    /// assert_eq!(Currency::Usd.symbol(), "$");
    /// assert_eq!("usd".parse::<Currency>()?, Currency::Usd);
    /// # Ok::<(), allied_health::ParseIdError>(())
    /// ```
    #[non_exhaustive]
    pub enum Currency: "currency" {
        /// United States dollar.
        Usd => ("usd", "US dollar"),
    }
}

impl Currency {
    /// The ISO 4217 code.
    ///
    /// ```
    /// use allied_health::Currency;
    ///
    /// assert_eq!(Currency::Usd.code(), "USD");
    /// ```
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Currency::Usd => "USD",
        }
    }

    /// The symbol written before an amount.
    ///
    /// ```
    /// use allied_health::Currency;
    ///
    /// assert_eq!(Currency::Usd.symbol(), "$");
    /// ```
    #[must_use]
    pub const fn symbol(self) -> &'static str {
        match self {
            Currency::Usd => "$",
        }
    }
}

/// An annual wage: a whole amount in a currency, for a year.
///
/// BLS publishes the wages of the highest-paid occupations only as
/// "$239,200 or more" (OEWS May 2024 writes `#`); such a wage is a
/// [lower bound](Self::is_lower_bound). `Display` prints the amount with
/// its currency: `$77,660`, or `$239,200 or more` for a lower bound. Wages
/// order by amount first.
///
/// ```
/// use allied_health::{Currency, Profession};
///
/// let wage = Profession::Physician.profile().median_wage().unwrap();
/// assert_eq!((wage.amount(), wage.currency(), wage.year()), (239_200, Currency::Usd, 2024));
/// assert!(wage.is_lower_bound());
/// assert_eq!(wage.to_string(), "$239,200 or more");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Wage {
    amount: u32,
    currency: Currency,
    year: u16,
    lower_bound: bool,
}

impl Wage {
    /// A US-dollar wage from the generated tables.
    pub(crate) const fn usd(amount: u32, year: u16, lower_bound: bool) -> Wage {
        Wage {
            amount,
            currency: Currency::Usd,
            year,
            lower_bound,
        }
    }

    /// The amount in whole units of the [currency](Self::currency).
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// assert_eq!(Profession::DentalHygienist.profile().median_wage().unwrap().amount(), 94_260);
    /// ```
    #[must_use]
    pub fn amount(self) -> u32 {
        self.amount
    }

    /// The currency of the amount.
    ///
    /// ```
    /// use allied_health::{Currency, Profession};
    ///
    /// assert_eq!(Profession::DentalHygienist.profile().median_wage().unwrap().currency(), Currency::Usd);
    /// ```
    #[must_use]
    pub fn currency(self) -> Currency {
        self.currency
    }

    /// The year the wage was measured.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// assert_eq!(Profession::DentalHygienist.profile().median_wage().unwrap().year(), 2024);
    /// ```
    #[must_use]
    pub fn year(self) -> u16 {
        self.year
    }

    /// Whether the source gives only a floor ("$239,200 or more"): the true
    /// value is the amount or more.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// assert!(!Profession::DentalHygienist.profile().median_wage().unwrap().is_lower_bound());
    /// ```
    #[must_use]
    pub fn is_lower_bound(self) -> bool {
        self.lower_bound
    }
}

impl fmt::Display for Wage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.currency.symbol())?;
        let (thousands, units) = (self.amount / 1000, self.amount % 1000);
        if thousands >= 1000 {
            write!(f, "{},{:03},{units:03}", thousands / 1000, thousands % 1000)?;
        } else if thousands > 0 {
            write!(f, "{thousands},{units:03}")?;
        } else {
            write!(f, "{units}")?;
        }
        if self.lower_bound {
            f.write_str(" or more")?;
        }
        Ok(())
    }
}

/// A percentage to one decimal place, stored as whole tenths of a percent
/// so that it compares and hashes exactly.
///
/// `Display` prints one decimal: `20.5%`, `-2.2%`, `5.0%`. With the `serde`
/// feature it serialises as a number of percent (`20.5`).
///
/// ```
/// use allied_health::Percent;
///
/// let p = Percent::from_tenths(205);
/// assert_eq!(p.to_string(), "20.5%");
/// assert!(p > Percent::from_percent(20));
/// assert_eq!(Percent::from_tenths(-5).to_string(), "-0.5%");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Percent(i32);

impl Percent {
    /// A percentage of `tenths` tenths of a percent (`205` is 20.5%).
    ///
    /// ```
    /// use allied_health::Percent;
    ///
    /// assert_eq!(Percent::from_tenths(50).to_string(), "5.0%");
    /// ```
    #[must_use]
    pub const fn from_tenths(tenths: i32) -> Percent {
        Percent(tenths)
    }

    /// A whole percentage (`5` is 5.0%), saturating at the range of
    /// [`from_tenths`](Self::from_tenths).
    ///
    /// ```
    /// use allied_health::Percent;
    ///
    /// assert_eq!(Percent::from_percent(5), Percent::from_tenths(50));
    /// ```
    #[must_use]
    pub const fn from_percent(percent: i32) -> Percent {
        Percent(percent.saturating_mul(10))
    }

    /// The value in tenths of a percent.
    ///
    /// ```
    /// use allied_health::Percent;
    ///
    /// assert_eq!(Percent::from_percent(-3).tenths(), -30);
    /// ```
    #[must_use]
    pub const fn tenths(self) -> i32 {
        self.0
    }
}

impl fmt::Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        write!(f, "{sign}{}.{}%", abs / 10, abs % 10)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Percent {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(f64::from(self.0) / 10.0)
    }
}

/// Reads a number of percent (`20.5`), rounded to tenths; a value that is
/// not finite or does not fit is an error.
#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Percent {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let percent = f64::deserialize(d)?;
        let tenths = (percent * 10.0).round();
        // The range check makes the cast exact.
        if tenths.is_finite() && tenths >= f64::from(i32::MIN) && tenths <= f64::from(i32::MAX) {
            Ok(Percent(tenths as i32))
        } else {
            Err(<D::Error as serde::de::Error>::custom(format!(
                "{percent} is not a percentage this crate can hold"
            )))
        }
    }
}

id_enum! {
    /// How a BLS row covers the SOC code an [`Outlook`] is attached to, for
    /// the projections ([`Outlook::coverage`]) and the wages
    /// ([`Outlook::wage_coverage`]).
    ///
    /// ```
    /// use allied_health::{Coverage, Profession};
    ///
    /// let lab = Profession::MedicalLaboratoryScientist.profile().outlook().unwrap();
    /// assert_eq!(lab.coverage(), Coverage::Combined);
    /// assert_eq!(lab.bls_code().to_string(), "29-2010");
    /// ```
    #[non_exhaustive]
    pub enum Coverage: "coverage" {
        /// The row is the SOC code's own (and, for an "all other" row, the
        /// profession is that residual group itself).
        Exact => ("exact", "Exact"),
        /// The figures are a wider row's: BLS publishes only a combined row
        /// for the SOC code and others (29-2010 laboratory technologists and
        /// technicians, 31-1120 home health and personal care aides), the
        /// code is an "all other" row the profession is one part of
        /// (29-1129 for art therapists), the profession is a specialty
        /// within the code (anesthesiologist assistants, O*NET 29-1071.01,
        /// within 29-1071 physician assistants), or the profession spans a
        /// summary row (29-1210 physicians).
        Combined => ("combined", "Combined row"),
    }
}

/// US pay and employment outlook for the first SOC code of the US
/// recognition: employment 2024 and 2034, growth and openings from the BLS
/// Employment Projections 2024–34, Table 1.2
/// ([`BLS_PROJECTIONS_VERSION`](crate::BLS_PROJECTIONS_VERSION)), and the
/// median and percentile annual wages from BLS OEWS May 2024
/// ([`OEWS_VERSION`](crate::OEWS_VERSION)).
///
/// Every figure says where it comes from:
///
/// - the projections row's [code](Self::bls_code) and
///   [title](Self::bls_title), whether that row is the SOC code's own or a
///   [combined](Coverage::Combined) one ([`coverage`](Self::coverage)), and
///   whether it is an "all other" residual row
///   ([`is_all_other`](Self::is_all_other));
/// - the wage row's [code](Self::wage_code), [title](Self::wage_title) and
///   [coverage](Self::wage_coverage) (OEWS publishes some codes that the
///   projections combine; the wage row is the code's own where it can be);
/// - which other professions in the registry draw on the same projections
///   row ([`shared_with`](Self::shared_with)): prosthetists and orthotists
///   share SOC 29-2091, medical laboratory scientists and technicians the
///   combined row 29-2010.
///
/// A combined or "all other" row is never presented as a profession's own:
/// an art therapist (SOC 29-1129, "Therapists, all other") gets that row
/// flagged [`Coverage::Combined`]; only the residual profession itself
/// (healthcare practitioners, all other) has it as [`Coverage::Exact`].
/// Likewise a profession that is an O*NET specialty within another's SOC
/// code (vision rehabilitation therapists, 29-1122.01, within occupational
/// therapists) gets the code's row as `Combined`.
///
/// Employment and openings are counts of jobs; BLS publishes them in
/// thousands to one decimal, so they are multiples of 100.
///
/// ```
/// use allied_health::{Coverage, Profession};
///
/// let o = Profession::Physiotherapist.profile().outlook().unwrap();
/// assert_eq!(o.bls_title(), "Physical therapists");
/// assert_eq!(o.coverage(), Coverage::Exact);
/// assert_eq!((o.base_year(), o.projection_year()), (2024, 2034));
/// assert_eq!((o.base_employment(), o.projected_employment()), (267_200, 296_400));
/// assert_eq!(o.percent_change().to_string(), "10.9%");
/// assert_eq!(o.annual_openings(), 13_200);
/// assert_eq!(o.median_wage().unwrap().to_string(), "$101,020");
/// assert_eq!(o.wage_p90().unwrap().amount(), 132_500);
/// assert_eq!(o.wage_code(), o.soc());
/// ```
#[derive(Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Outlook {
    pub(crate) soc: Soc2018Code,
    pub(crate) bls_code: Soc2018Code,
    pub(crate) bls_title: &'static str,
    pub(crate) coverage: Coverage,
    pub(crate) all_other: bool,
    pub(crate) shared_with: &'static [Profession],
    pub(crate) median_wage: Option<Wage>,
    pub(crate) wage_p10: Option<Wage>,
    pub(crate) wage_p25: Option<Wage>,
    pub(crate) wage_p75: Option<Wage>,
    pub(crate) wage_p90: Option<Wage>,
    pub(crate) wage_year: u16,
    pub(crate) wage_code: Soc2018Code,
    pub(crate) wage_title: &'static str,
    pub(crate) wage_coverage: Coverage,
    pub(crate) base_year: u16,
    pub(crate) projection_year: u16,
    pub(crate) base_employment: u32,
    pub(crate) projected_employment: u32,
    pub(crate) percent_change: Percent,
    pub(crate) annual_openings: u32,
}

impl Outlook {
    /// The SOC 2018 code the outlook is for: the first SOC code of the US
    /// recognition.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let o = Profession::Paramedic.profile().outlook().unwrap();
    /// assert_eq!(o.soc().to_string(), "29-2043");
    /// ```
    #[must_use]
    pub fn soc(&self) -> Soc2018Code {
        self.soc
    }

    /// The code of the BLS projections row the figures come from: the SOC
    /// code itself, or the combined row that contains it.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// assert_eq!(Profession::Paramedic.profile().outlook().unwrap().bls_code().to_string(), "29-2043");
    /// let lab = Profession::MedicalLaboratoryTechnician.profile().outlook().unwrap();
    /// assert_eq!((lab.soc().to_string(), lab.bls_code().to_string()), ("29-2012".into(), "29-2010".into()));
    /// ```
    #[must_use]
    pub fn bls_code(&self) -> Soc2018Code {
        self.bls_code
    }

    /// The BLS row's title (without the sample job titles BLS appends).
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let o = Profession::CareWorker.profile().outlook().unwrap();
    /// assert_eq!(o.bls_title(), "Home health and personal care aides");
    /// ```
    #[must_use]
    pub fn bls_title(&self) -> &'static str {
        self.bls_title
    }

    /// How the BLS projections row covers the SOC code: `Combined` for a
    /// combined row, for an "all other" row unless the profession is that
    /// residual group itself, and for a profession that is a specialty
    /// within the code.
    ///
    /// ```
    /// use allied_health::{Coverage, Profession};
    ///
    /// assert_eq!(Profession::CareWorker.profile().outlook().unwrap().coverage(), Coverage::Combined);
    /// assert_eq!(Profession::Orthoptist.profile().outlook().unwrap().coverage(), Coverage::Combined);
    /// assert_eq!(Profession::Paramedic.profile().outlook().unwrap().coverage(), Coverage::Exact);
    /// ```
    #[must_use]
    pub fn coverage(&self) -> Coverage {
        self.coverage
    }

    /// Whether the figures are a combined row's rather than the SOC code's
    /// own.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// assert!(Profession::MedicalLaboratoryScientist.profile().outlook().unwrap().is_combined());
    /// assert!(!Profession::Dietitian.profile().outlook().unwrap().is_combined());
    /// ```
    #[must_use]
    pub fn is_combined(&self) -> bool {
        self.coverage == Coverage::Combined
    }

    /// Whether the projections row is an "all other" residual row
    /// (29-1129 "Therapists, all other", 29-2099, 31-9099, ...): a group of
    /// occupations BLS does not list separately. Such a row is
    /// [combined](Self::is_combined) for every profession but the residual
    /// one itself.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let art = Profession::ArtTherapist.profile().outlook().unwrap();
    /// assert!(art.is_all_other() && art.is_combined());
    /// assert!(!Profession::Dietitian.profile().outlook().unwrap().is_all_other());
    /// ```
    #[must_use]
    pub fn is_all_other(&self) -> bool {
        self.all_other
    }

    /// The other professions in the registry whose outlook is the same BLS
    /// row, in registry order: their figures are not separate.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let o = Profession::Prosthetist.profile().outlook().unwrap();
    /// assert_eq!(o.shared_with(), &[Profession::Orthotist]);
    /// ```
    #[must_use]
    pub fn shared_with(&self) -> &'static [Profession] {
        self.shared_with
    }

    /// The median annual wage (OEWS May 2024, the [wage row](Self::wage_code)),
    /// or `None` where BLS publishes none. BLS publishes wages of $239,200
    /// or more only as that floor: such a wage is a
    /// [lower bound](Wage::is_lower_bound).
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let o = Profession::Paramedic.profile().outlook().unwrap();
    /// assert_eq!(o.median_wage().unwrap().to_string(), "$58,410");
    /// ```
    #[must_use]
    pub fn median_wage(&self) -> Option<Wage> {
        self.median_wage
    }

    /// The 10th percentile annual wage (OEWS May 2024), or `None` where BLS
    /// publishes none.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let o = Profession::Paramedic.profile().outlook().unwrap();
    /// assert_eq!(o.wage_p10().unwrap().amount(), 40_130);
    /// ```
    #[must_use]
    pub fn wage_p10(&self) -> Option<Wage> {
        self.wage_p10
    }

    /// The 25th percentile annual wage (OEWS May 2024), or `None` where BLS
    /// publishes none.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let o = Profession::Paramedic.profile().outlook().unwrap();
    /// assert_eq!(o.wage_p25().unwrap().amount(), 47_920);
    /// ```
    #[must_use]
    pub fn wage_p25(&self) -> Option<Wage> {
        self.wage_p25
    }

    /// The 75th percentile annual wage (OEWS May 2024), or `None` where BLS
    /// publishes none; a [lower bound](Wage::is_lower_bound) at the top code.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let o = Profession::Paramedic.profile().outlook().unwrap();
    /// assert_eq!(o.wage_p75().unwrap().amount(), 68_420);
    /// ```
    #[must_use]
    pub fn wage_p75(&self) -> Option<Wage> {
        self.wage_p75
    }

    /// The 90th percentile annual wage (OEWS May 2024), or `None` where BLS
    /// publishes none; a [lower bound](Wage::is_lower_bound) at the top code.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let o = Profession::Paramedic.profile().outlook().unwrap();
    /// assert_eq!(o.wage_p90().unwrap().amount(), 82_420);
    /// let physician = Profession::Physician.profile().outlook().unwrap();
    /// assert!(physician.wage_p90().unwrap().is_lower_bound());
    /// ```
    #[must_use]
    pub fn wage_p90(&self) -> Option<Wage> {
        self.wage_p90
    }

    /// The five published wages, in order: 10th, 25th percentile, median,
    /// 75th, 90th percentile. Where present they never decrease.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let o = Profession::Physiotherapist.profile().outlook().unwrap();
    /// let amounts: Vec<u32> = o.wage_distribution().iter().flatten().map(|w| w.amount()).collect();
    /// assert_eq!(amounts, [74_420, 83_470, 101_020, 117_190, 132_500]);
    /// ```
    #[must_use]
    pub fn wage_distribution(&self) -> [Option<Wage>; 5] {
        [
            self.wage_p10,
            self.wage_p25,
            self.median_wage,
            self.wage_p75,
            self.wage_p90,
        ]
    }

    /// The year of the wage estimates (2024: OEWS May 2024), which is also
    /// each [`Wage::year`].
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// assert_eq!(Profession::Paramedic.profile().outlook().unwrap().wage_year(), 2024);
    /// ```
    #[must_use]
    pub fn wage_year(&self) -> u16 {
        self.wage_year
    }

    /// The code of the OEWS row the wages come from: the SOC code's own
    /// detailed row where OEWS publishes it, else the row of
    /// [`bls_code`](Self::bls_code).
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let lab = Profession::MedicalLaboratoryScientist.profile().outlook().unwrap();
    /// assert_eq!(lab.wage_code().to_string(), "29-2010"); // OEWS combines them too
    /// ```
    #[must_use]
    pub fn wage_code(&self) -> Soc2018Code {
        self.wage_code
    }

    /// The OEWS row's title, as OEWS writes it.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let o = Profession::Paramedic.profile().outlook().unwrap();
    /// assert_eq!(o.wage_title(), "Paramedics");
    /// ```
    #[must_use]
    pub fn wage_title(&self) -> &'static str {
        self.wage_title
    }

    /// How the wage row covers the SOC code: [`Coverage::Exact`] when it is
    /// the code's own, [`Coverage::Combined`] for a combined or (for a
    /// profession that is one part of it) an "all other" row.
    ///
    /// ```
    /// use allied_health::{Coverage, Profession};
    ///
    /// let care = Profession::CareWorker.profile().outlook().unwrap();
    /// assert_eq!(care.wage_coverage(), Coverage::Combined);
    /// assert_eq!(care.wage_code().to_string(), "31-1120");
    /// ```
    #[must_use]
    pub fn wage_coverage(&self) -> Coverage {
        self.wage_coverage
    }

    /// The base year of the projections (2024).
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// assert_eq!(Profession::Paramedic.profile().outlook().unwrap().base_year(), 2024);
    /// ```
    #[must_use]
    pub fn base_year(&self) -> u16 {
        self.base_year
    }

    /// The year projected to (2034).
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// assert_eq!(Profession::Paramedic.profile().outlook().unwrap().projection_year(), 2034);
    /// ```
    #[must_use]
    pub fn projection_year(&self) -> u16 {
        self.projection_year
    }

    /// Jobs in the [base year](Self::base_year).
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// assert_eq!(Profession::Paramedic.profile().outlook().unwrap().base_employment(), 101_900);
    /// ```
    #[must_use]
    pub fn base_employment(&self) -> u32 {
        self.base_employment
    }

    /// Jobs projected for the [projection year](Self::projection_year).
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// assert_eq!(Profession::Paramedic.profile().outlook().unwrap().projected_employment(), 107_000);
    /// ```
    #[must_use]
    pub fn projected_employment(&self) -> u32 {
        self.projected_employment
    }

    /// The projected percent change in employment, as BLS rounds it.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let o = Profession::Pharmacist.profile().outlook().unwrap();
    /// assert_eq!(o.percent_change().to_string(), "4.6%");
    /// ```
    #[must_use]
    pub fn percent_change(&self) -> Percent {
        self.percent_change
    }

    /// Openings a year, averaged over the projection period: new jobs and
    /// workers leaving the occupation or the labour force.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// assert_eq!(Profession::Paramedic.profile().outlook().unwrap().annual_openings(), 4_900);
    /// ```
    #[must_use]
    pub fn annual_openings(&self) -> u32 {
        self.annual_openings
    }
}

id_enum! {
    /// O*NET's relatedness tier for a related occupation, closest first.
    ///
    /// O*NET ranks 20 related occupations for each occupation: ranks 1–5
    /// are primary-short, 6–10 primary-long, 11–20 supplemental.
    ///
    /// ```
    /// use allied_health::Relatedness;
    ///
    /// assert!(Relatedness::PrimaryShort < Relatedness::Supplemental);
    /// assert_eq!("Primary-Long".parse::<Relatedness>()?, Relatedness::PrimaryLong);
    /// # Ok::<(), allied_health::ParseIdError>(())
    /// ```
    pub enum Relatedness: "relatedness" {
        /// Among the five most related (ranks 1–5).
        PrimaryShort => ("primary-short", "Primary-Short"),
        /// Ranks 6–10.
        PrimaryLong => ("primary-long", "Primary-Long"),
        /// Ranks 11–20.
        Supplemental => ("supplemental", "Supplemental"),
    }
}

/// A career O*NET 30.1 lists as related to a profession, with the two
/// O*NET codes that link them.
///
/// ```
/// use allied_health::{Profession, Relatedness};
///
/// let r = &Profession::EmergencyMedicalTechnician.profile().related()[0];
/// assert_eq!((r.from(), r.profession()), (Profession::EmergencyMedicalTechnician, Profession::Paramedic));
/// assert_eq!((r.relatedness(), r.rank()), (Relatedness::PrimaryShort, 1));
/// assert_eq!(r.onet_code().to_string(), "29-2043.00");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct RelatedCareer {
    pub(crate) from: Profession,
    pub(crate) profession: Profession,
    pub(crate) relatedness: Relatedness,
    pub(crate) rank: u8,
    pub(crate) from_code: OnetSocCode,
    pub(crate) onet_code: OnetSocCode,
}

impl RelatedCareer {
    /// The profession whose profile lists this career.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let r = &Profession::Midwife.profile().related()[0];
    /// assert_eq!(r.from(), Profession::Midwife);
    /// ```
    #[must_use]
    pub fn from(&self) -> Profession {
        self.from
    }

    /// The related profession.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let r = &Profession::Midwife.profile().related()[0];
    /// assert_eq!(r.profession(), Profession::NursePractitioner);
    /// ```
    #[must_use]
    pub fn profession(&self) -> Profession {
        self.profession
    }

    /// O*NET's relatedness tier.
    ///
    /// ```
    /// use allied_health::{Profession, Relatedness};
    ///
    /// let r = &Profession::Midwife.profile().related()[0];
    /// assert_eq!(r.relatedness(), Relatedness::PrimaryShort);
    /// ```
    #[must_use]
    pub fn relatedness(&self) -> Relatedness {
        self.relatedness
    }

    /// O*NET's rank, 1 (most related) to 20.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let r = &Profession::Midwife.profile().related()[0];
    /// assert_eq!(r.rank(), 2);
    /// ```
    #[must_use]
    pub fn rank(&self) -> u8 {
        self.rank
    }

    /// The O*NET code of [`from`](Self::from) the link starts at.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let r = &Profession::Midwife.profile().related()[0];
    /// assert_eq!(r.from_code().to_string(), "29-1161.00");
    /// ```
    #[must_use]
    pub fn from_code(&self) -> OnetSocCode {
        self.from_code
    }

    /// The O*NET code of the related occupation.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let r = &Profession::Midwife.profile().related()[0];
    /// assert_eq!(r.onet_code().to_string(), "29-1171.00"); // nurse practitioners
    /// ```
    #[must_use]
    pub fn onet_code(&self) -> OnetSocCode {
        self.onet_code
    }
}

/// A UNSPSC commodity category, as O*NET uses it to group technology.
///
/// ```
/// use allied_health::Profession;
///
/// let c = &Profession::Prosthetist.profile().technology_categories()[1];
/// assert_eq!((c.code(), c.title()), (43232604, "Computer aided design CAD software"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Commodity {
    pub(crate) code: u32,
    pub(crate) title: &'static str,
}

impl Commodity {
    /// The eight-digit UNSPSC commodity code.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let c = &Profession::DiagnosticRadiographer.profile().technology_categories()[0];
    /// assert_eq!(c.code(), 43232610);
    /// ```
    #[must_use]
    pub fn code(&self) -> u32 {
        self.code
    }

    /// The commodity title.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let c = &Profession::DiagnosticRadiographer.profile().technology_categories()[0];
    /// assert_eq!(c.title(), "Medical software");
    /// ```
    #[must_use]
    pub fn title(&self) -> &'static str {
        self.title
    }
}

/// A technology example O*NET flags for an occupation.
///
/// "Hot Technology" marks technology often named in job postings across
/// the economy; "In Demand" marks technology often named in the postings
/// of this occupation.
///
/// ```
/// use allied_health::Profession;
///
/// let s = &Profession::DentalAssistant.profile().technology_skills()[0];
/// assert_eq!(s.name(), "Henry Schein Dentrix");
/// assert_eq!(s.commodity().title(), "Medical software");
/// assert!(s.is_hot() && s.is_in_demand());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct TechnologySkill {
    pub(crate) name: &'static str,
    pub(crate) commodity: Commodity,
    pub(crate) hot: bool,
    pub(crate) in_demand: bool,
}

impl TechnologySkill {
    /// The product or technology, as O*NET names it.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let s = &Profession::Prosthetist.profile().technology_skills()[0];
    /// assert_eq!(s.name(), "Autodesk AutoCAD");
    /// ```
    #[must_use]
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The commodity category it belongs to.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let s = &Profession::Prosthetist.profile().technology_skills()[0];
    /// assert_eq!(s.commodity().title(), "Computer aided design CAD software");
    /// ```
    #[must_use]
    pub fn commodity(&self) -> Commodity {
        self.commodity
    }

    /// Whether O*NET flags it "Hot Technology".
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// assert!(Profession::Prosthetist.profile().technology_skills()[0].is_hot());
    /// ```
    #[must_use]
    pub fn is_hot(&self) -> bool {
        self.hot
    }

    /// Whether O*NET flags it "In Demand" for the occupation.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// assert!(!Profession::Prosthetist.profile().technology_skills()[0].is_in_demand());
    /// ```
    #[must_use]
    pub fn is_in_demand(&self) -> bool {
        self.in_demand
    }
}

id_enum! {
    /// Whether a saved source states a career step, or it is our reading
    /// of a sourced fact.
    ///
    /// ```
    /// use allied_health::Basis;
    ///
    /// assert_eq!(Basis::Judgement.id(), "judgement");
    /// assert_eq!("sourced".parse::<Basis>()?, Basis::Sourced);
    /// # Ok::<(), allied_health::ParseIdError>(())
    /// ```
    #[non_exhaustive]
    pub enum Basis: "basis" {
        /// A saved source states the step.
        Sourced => ("sourced", "Sourced"),
        /// Our reading: the source states a fact the step rests on (an
        /// entry qualification, a required related experience), not the
        /// step itself.
        Judgement => ("judgement", "Judgement"),
    }
}

/// A career step from one profession to another in one jurisdiction, with
/// the route, the source and the saved text it rests on.
///
/// ```
/// use allied_health::{Basis, Jurisdiction, Profession};
///
/// let step = &Profession::DentalAssistant.profile().progressions()[0];
/// assert_eq!((step.from(), step.to()), (Profession::DentalAssistant, Profession::DentalHygienist));
/// assert_eq!(step.jurisdiction(), Jurisdiction::Us);
/// assert_eq!(step.basis(), Basis::Judgement);
/// assert_eq!(step.evidence(), "Associate's degree");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Progression {
    pub(crate) from: Profession,
    pub(crate) to: Profession,
    pub(crate) jurisdiction: Jurisdiction,
    pub(crate) route: &'static str,
    pub(crate) basis: Basis,
    pub(crate) source: &'static str,
    pub(crate) evidence: &'static str,
}

impl Progression {
    /// The profession the step starts from.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let step = &Profession::NursingAssistant.profile().progressions()[0];
    /// assert_eq!(step.from(), Profession::NursingAssistant);
    /// ```
    #[must_use]
    pub fn from(&self) -> Profession {
        self.from
    }

    /// The profession the step leads to.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let step = &Profession::NursingAssistant.profile().progressions()[0];
    /// assert_eq!(step.to(), Profession::RegisteredNurse);
    /// ```
    #[must_use]
    pub fn to(&self) -> Profession {
        self.to
    }

    /// The jurisdiction the route applies in.
    ///
    /// ```
    /// use allied_health::{Jurisdiction, Profession};
    ///
    /// let step = &Profession::NursingAssistant.profile().progressions()[0];
    /// assert_eq!(step.jurisdiction(), Jurisdiction::Nhs);
    /// ```
    #[must_use]
    pub fn jurisdiction(&self) -> Jurisdiction {
        self.jurisdiction
    }

    /// How the step is made.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let step = &Profession::RegisteredNurse.profile().progressions()[0];
    /// assert_eq!(step.route(), "A 12-18 month shortened midwifery course");
    /// ```
    #[must_use]
    pub fn route(&self) -> &'static str {
        self.route
    }

    /// Whether the source states the step or it is a judgement.
    ///
    /// ```
    /// use allied_health::{Basis, Profession};
    ///
    /// let step = &Profession::NursingAssistant.profile().progressions()[0];
    /// assert_eq!(step.basis(), Basis::Judgement);
    /// ```
    #[must_use]
    pub fn basis(&self) -> Basis {
        self.basis
    }

    /// The source: the file and the code or unit group in it.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let step = &Profession::RegisteredNurse.profile().progressions()[0];
    /// assert!(step.source().contains("unit group 2231"));
    /// ```
    #[must_use]
    pub fn source(&self) -> &'static str {
        self.source
    }

    /// The saved text the step rests on, verbatim (the generator checks it
    /// against the source file).
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let step = &Profession::RegisteredNurse.profile().progressions()[0];
    /// assert_eq!(step.evidence(), "Registered nurses can do a 12-18 month shortened course");
    /// ```
    #[must_use]
    pub fn evidence(&self) -> &'static str {
        self.evidence
    }
}

/// The ONS SOC 2020 "typical entry routes and associated qualifications" of
/// one UK unit group.
///
/// The text is the unit group's, which may cover more than one profession
/// (2254 Medical radiographers covers diagnostic and therapeutic
/// radiographers; 2259 is "Other health professionals n.e.c.").
///
/// ```
/// use allied_health::Profession;
///
/// let route = &Profession::DiagnosticRadiographer.profile().entry_routes()[0];
/// assert_eq!(route.code().to_string(), "2254");
/// assert_eq!(route.unit_group(), "Medical radiographers");
/// assert!(route.text().starts_with("Entrants for medical radiography possess a degree"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct EntryRoute {
    pub(crate) code: UkSoc2020Code,
    pub(crate) unit_group: &'static str,
    pub(crate) text: &'static str,
}

impl EntryRoute {
    /// The UK SOC 2020 unit group the text belongs to.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let route = &Profession::Midwife.profile().entry_routes()[0];
    /// assert_eq!(route.code().to_string(), "2231");
    /// ```
    #[must_use]
    pub fn code(&self) -> UkSoc2020Code {
        self.code
    }

    /// The unit group's title.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let route = &Profession::Midwife.profile().entry_routes()[0];
    /// assert_eq!(route.unit_group(), "Midwifery nurses");
    /// ```
    #[must_use]
    pub fn unit_group(&self) -> &'static str {
        self.unit_group
    }

    /// The entry-route text, as ONS words it.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let route = &Profession::Midwife.profile().entry_routes()[0];
    /// assert!(route.text().starts_with("A degree in midwifery is essential."));
    /// ```
    #[must_use]
    pub fn text(&self) -> &'static str {
        self.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wage_display_groups_thousands() {
        assert_eq!(Wage::usd(950, 2020, false).to_string(), "$950");
        assert_eq!(Wage::usd(1_000, 2020, false).to_string(), "$1,000");
        assert_eq!(
            Wage::usd(1_234_567, 2020, true).to_string(),
            "$1,234,567 or more"
        );
    }

    #[test]
    fn percent_display_keeps_the_sign_of_small_values() {
        assert_eq!(Percent::from_tenths(0).to_string(), "0.0%");
        assert_eq!(Percent::from_tenths(-5).to_string(), "-0.5%");
        assert_eq!(Percent::from_tenths(i32::MIN).to_string(), "-214748364.8%");
    }
}
