//! [`Jurisdiction`] and [`Recognition`]: how one health system names,
//! codes and regulates a profession.

use core::fmt;
use core::str::FromStr;

use crate::model::code::{Code, Isco08Code, OnetSocCode, Soc2018Code, UkSoc2020Code};
use crate::model::education::{EducationLevel, JobZone, OnTheJobTraining, WorkExperience};
use crate::model::error::ParseIdError;

/// A health system whose titles, codes and rules the registry records.
///
/// ```
/// use allied_health::Jurisdiction;
///
/// let j: Jurisdiction = "nhs".parse()?;
/// assert_eq!(j, Jurisdiction::Nhs);
/// assert_eq!(j.id(), "nhs");
/// assert_eq!(j.to_string(), "UK NHS");
/// # Ok::<(), allied_health::ParseIdError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum Jurisdiction {
    /// The United States (federal classifications: SOC 2018, O*NET, BLS).
    Us,
    /// The UK National Health Service, with the UK-wide regulators (HCPC,
    /// GOsC, GPhC, GDC, NMC) and UK classifications (ONS SOC 2020).
    Nhs,
}

impl Jurisdiction {
    /// Every jurisdiction, in a stable order.
    ///
    /// ```
    /// use allied_health::Jurisdiction;
    ///
    /// assert_eq!(Jurisdiction::ALL, &[Jurisdiction::Us, Jurisdiction::Nhs]);
    /// ```
    pub const ALL: &'static [Jurisdiction] = &[Jurisdiction::Us, Jurisdiction::Nhs];

    /// The stable id: `us` or `nhs`.
    ///
    /// ```
    /// use allied_health::Jurisdiction;
    ///
    /// assert_eq!(Jurisdiction::Us.id(), "us");
    /// ```
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Jurisdiction::Us => "us",
            Jurisdiction::Nhs => "nhs",
        }
    }

    /// The English name.
    ///
    /// ```
    /// use allied_health::Jurisdiction;
    ///
    /// assert_eq!(Jurisdiction::Us.name(), "United States");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Jurisdiction::Us => "United States",
            Jurisdiction::Nhs => "UK NHS",
        }
    }
}

impl fmt::Display for Jurisdiction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Jurisdiction {
    type Err = ParseIdError;

    /// Parses `us` or `nhs`, ignoring ASCII case and surrounding whitespace.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        crate::model::error::parse_id(Jurisdiction::ALL, "jurisdiction", s, |j, t| {
            j.id().eq_ignore_ascii_case(t)
        })
    }
}

/// A body that registers practitioners or protects titles.
///
/// The saved sources and the pages cited in `data/curated.toml` name UK
/// regulators only; no US licensing or certifying body is stated by any of
/// them, so every US recognition has `None`.
///
/// ```
/// use allied_health::Regulator;
///
/// assert_eq!(Regulator::Hcpc.abbreviation(), "HCPC");
/// assert_eq!(Regulator::Hcpc.name(), "Health and Care Professions Council");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum Regulator {
    /// Health and Care Professions Council (UK).
    Hcpc,
    /// General Osteopathic Council (UK).
    Gosc,
    /// General Pharmaceutical Council (Great Britain).
    Gphc,
    /// General Dental Council (UK).
    Gdc,
    /// Nursing and Midwifery Council (UK).
    Nmc,
    /// General Medical Council (UK): doctors, and since 13 December 2024 physician and anaesthesia associates.
    Gmc,
    /// General Optical Council (UK).
    Goc,
    /// General Chiropractic Council (UK).
    Gcc,
    /// Royal College of Veterinary Surgeons (UK).
    Rcvs,
    /// Social Work England (England).
    SocialWorkEngland,
}

impl Regulator {
    /// The usual abbreviation.
    ///
    /// ```
    /// use allied_health::Regulator;
    ///
    /// assert_eq!(Regulator::Gosc.abbreviation(), "GOsC");
    /// ```
    #[must_use]
    pub const fn abbreviation(self) -> &'static str {
        match self {
            Regulator::Hcpc => "HCPC",
            Regulator::Gosc => "GOsC",
            Regulator::Gphc => "GPhC",
            Regulator::Gdc => "GDC",
            Regulator::Nmc => "NMC",
            Regulator::Gmc => "GMC",
            Regulator::Goc => "GOC",
            Regulator::Gcc => "GCC",
            Regulator::Rcvs => "RCVS",
            Regulator::SocialWorkEngland => "SWE",
        }
    }

    /// The full name.
    ///
    /// ```
    /// use allied_health::Regulator;
    ///
    /// assert_eq!(Regulator::Gdc.name(), "General Dental Council");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Regulator::Hcpc => "Health and Care Professions Council",
            Regulator::Gosc => "General Osteopathic Council",
            Regulator::Gphc => "General Pharmaceutical Council",
            Regulator::Gdc => "General Dental Council",
            Regulator::Nmc => "Nursing and Midwifery Council",
            Regulator::Gmc => "General Medical Council",
            Regulator::Goc => "General Optical Council",
            Regulator::Gcc => "General Chiropractic Council",
            Regulator::Rcvs => "Royal College of Veterinary Surgeons",
            Regulator::SocialWorkEngland => "Social Work England",
        }
    }
}

impl fmt::Display for Regulator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.abbreviation())
    }
}

/// The Agenda for Change pay points of one band in England for 2025/26
/// (from 1 April 2025), in pounds a year: the entry, intermediate (where the
/// band has one) and top steps.
///
/// No official machine-readable copy was found; the figures are transcribed
/// from secondary web pages that quote NHS Employers, so every value is
/// secondary ([`source_url`](Self::source_url) names the page, and
/// [`is_cross_checked`](Self::is_cross_checked) says whether a second page
/// agreed). Reach it with [`AfcBand::pay`].
///
/// ```
/// use allied_health::AfcBand;
///
/// let pay = AfcBand::B5.pay().unwrap();
/// assert_eq!(pay.entry(), 31_049);
/// assert_eq!(pay.top(), 37_796);
/// assert_eq!(pay.year(), "2025/26");
/// assert!(pay.is_secondary());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct AfcPay {
    pub(crate) band: AfcBand,
    pub(crate) entry: u32,
    pub(crate) intermediate: Option<u32>,
    pub(crate) top: u32,
    pub(crate) source_url: &'static str,
    pub(crate) cross_checked: bool,
}

impl AfcPay {
    /// The band.
    ///
    /// ```
    /// use allied_health::AfcBand;
    ///
    /// assert_eq!(AfcBand::B6.pay().unwrap().band(), AfcBand::B6);
    /// ```
    #[must_use]
    pub fn band(&self) -> AfcBand {
        self.band
    }

    /// The pay year, `"2025/26"` (England, from 1 April 2025).
    ///
    /// ```
    /// assert_eq!(allied_health::AfcBand::B2.pay().unwrap().year(), "2025/26");
    /// ```
    #[must_use]
    pub fn year(&self) -> &'static str {
        crate::AFC_PAY_VERSION
    }

    /// The entry step, pounds a year.
    ///
    /// ```
    /// assert_eq!(allied_health::AfcBand::B6.pay().unwrap().entry(), 38_682);
    /// ```
    #[must_use]
    pub fn entry(&self) -> u32 {
        self.entry
    }

    /// The intermediate step, where the band has one (bands 5 and above).
    ///
    /// ```
    /// use allied_health::AfcBand;
    ///
    /// assert_eq!(AfcBand::B4.pay().unwrap().intermediate(), None);
    /// assert_eq!(AfcBand::B5.pay().unwrap().intermediate(), Some(33_487));
    /// ```
    #[must_use]
    pub fn intermediate(&self) -> Option<u32> {
        self.intermediate
    }

    /// The top step, pounds a year.
    ///
    /// ```
    /// assert_eq!(allied_health::AfcBand::B7.pay().unwrap().top(), 54_710);
    /// ```
    #[must_use]
    pub fn top(&self) -> u32 {
        self.top
    }

    /// The page the figures were transcribed from.
    ///
    /// ```
    /// assert!(allied_health::AfcBand::B5.pay().unwrap().source_url().starts_with("https://"));
    /// ```
    #[must_use]
    pub fn source_url(&self) -> &'static str {
        self.source_url
    }

    /// Always `true`: the figures come from secondary pages, not from NHS
    /// Employers itself.
    ///
    /// ```
    /// assert!(allied_health::AfcBand::B9.pay().unwrap().is_secondary());
    /// ```
    #[must_use]
    pub fn is_secondary(&self) -> bool {
        true
    }

    /// Whether a second secondary page gave the same figures (bands 2 to 5).
    ///
    /// ```
    /// use allied_health::AfcBand;
    ///
    /// assert!(AfcBand::B5.pay().unwrap().is_cross_checked());
    /// assert!(!AfcBand::B6.pay().unwrap().is_cross_checked());
    /// ```
    #[must_use]
    pub fn is_cross_checked(&self) -> bool {
        self.cross_checked
    }
}

/// An NHS Agenda for Change pay band.
///
/// Ordered from lowest to highest, so band ranges compare naturally.
///
/// ```
/// use allied_health::AfcBand;
///
/// assert!(AfcBand::B5 < AfcBand::B8a);
/// assert_eq!(AfcBand::B8a.to_string(), "Band 8a");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[allow(missing_docs)] // the variant names are the band names
pub enum AfcBand {
    B1,
    B2,
    B3,
    B4,
    B5,
    B6,
    B7,
    B8a,
    B8b,
    B8c,
    B8d,
    B9,
}

impl AfcBand {
    /// The band's label without the word "Band": `5`, `8a`.
    ///
    /// ```
    /// use allied_health::AfcBand;
    ///
    /// assert_eq!(AfcBand::B8b.label(), "8b");
    /// ```
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            AfcBand::B1 => "1",
            AfcBand::B2 => "2",
            AfcBand::B3 => "3",
            AfcBand::B4 => "4",
            AfcBand::B5 => "5",
            AfcBand::B6 => "6",
            AfcBand::B7 => "7",
            AfcBand::B8a => "8a",
            AfcBand::B8b => "8b",
            AfcBand::B8c => "8c",
            AfcBand::B8d => "8d",
            AfcBand::B9 => "9",
        }
    }
}

impl fmt::Display for AfcBand {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Band {}", self.label())
    }
}

/// One sourced statement that a role in a profession is paid on a given
/// Agenda for Change band or range of bands.
///
/// ```
/// use allied_health::{AfcBand, Jurisdiction, Profession};
///
/// let nhs = Profession::Orthoptist.info().recognition(Jurisdiction::Nhs).unwrap();
/// let first = &nhs.afc_bands()[0];
/// assert_eq!((first.lowest(), first.highest()), (AfcBand::B5, AfcBand::B7));
/// assert!(!first.is_secondary());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct BandStatement {
    pub(crate) lowest: AfcBand,
    pub(crate) highest: AfcBand,
    pub(crate) stage: &'static str,
    pub(crate) source_url: &'static str,
    pub(crate) secondary: bool,
}

impl BandStatement {
    /// The lowest band the statement names.
    ///
    /// ```
    /// use allied_health::{AfcBand, Jurisdiction, Profession};
    ///
    /// let nhs = Profession::Physiotherapist.info().recognition(Jurisdiction::Nhs).unwrap();
    /// assert_eq!(nhs.afc_bands()[0].lowest(), AfcBand::B5);
    /// ```
    #[must_use]
    pub fn lowest(&self) -> AfcBand {
        self.lowest
    }

    /// The highest band the statement names (equal to the lowest for one band).
    ///
    /// ```
    /// use allied_health::{AfcBand, Jurisdiction, Profession};
    ///
    /// let nhs = Profession::Physiotherapist.info().recognition(Jurisdiction::Nhs).unwrap();
    /// assert_eq!(nhs.afc_bands()[0].highest(), AfcBand::B5);
    /// ```
    #[must_use]
    pub fn highest(&self) -> AfcBand {
        self.highest
    }

    /// The career stage the statement is about: "entry", "experienced",
    /// "advanced", "consultant", "head of service" or "specialist to advanced".
    ///
    /// ```
    /// use allied_health::{Jurisdiction, Profession};
    ///
    /// let nhs = Profession::Paramedic.info().recognition(Jurisdiction::Nhs).unwrap();
    /// assert_eq!(nhs.afc_bands()[0].stage(), "experienced");
    /// ```
    #[must_use]
    pub fn stage(&self) -> &'static str {
        self.stage
    }

    /// The page the statement was transcribed from.
    ///
    /// ```
    /// use allied_health::{Jurisdiction, Profession};
    ///
    /// let nhs = Profession::Podiatrist.info().recognition(Jurisdiction::Nhs).unwrap();
    /// assert!(nhs.afc_bands()[0].source_url().starts_with("https://www.healthcareers.nhs.uk/"));
    /// ```
    #[must_use]
    pub fn source_url(&self) -> &'static str {
        self.source_url
    }

    /// Whether the source is a third-party summary rather than NHS material.
    ///
    /// ```
    /// use allied_health::{Jurisdiction, Profession};
    ///
    /// let nhs = Profession::Paramedic.info().recognition(Jurisdiction::Nhs).unwrap();
    /// assert!(nhs.afc_bands()[0].is_secondary());
    /// ```
    #[must_use]
    pub fn is_secondary(&self) -> bool {
        self.secondary
    }
}

/// How one jurisdiction recognises a profession: its local title, codes,
/// regulator, protected titles, typical entry education and pay bands.
///
/// Every fact comes from a saved source file; a fact no source states is
/// `None` (or an empty slice), never a guess.
///
/// ```
/// use allied_health::{EducationLevel, Jurisdiction, Profession, Regulator};
///
/// let nhs = Profession::Physiotherapist.info().recognition(Jurisdiction::Nhs).unwrap();
/// assert_eq!(nhs.title(), "Physiotherapist");
/// assert_eq!(nhs.regulator(), Some(Regulator::Hcpc));
/// assert!(nhs.protected_titles().contains(&"Physical therapist"));
///
/// let us = Profession::Physiotherapist.info().recognition(Jurisdiction::Us).unwrap();
/// assert_eq!(us.entry_education(), Some(EducationLevel::DoctoralOrProfessional));
/// assert_eq!(us.regulator(), None); // no saved source names a US body
/// ```
#[derive(Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Recognition {
    pub(crate) jurisdiction: Jurisdiction,
    pub(crate) title: &'static str,
    pub(crate) other_titles: &'static [&'static str],
    pub(crate) codes: &'static [Code],
    pub(crate) regulator: Option<Regulator>,
    pub(crate) protected_titles: &'static [&'static str],
    pub(crate) entry_education: Option<EducationLevel>,
    pub(crate) work_experience: Option<WorkExperience>,
    pub(crate) training: Option<OnTheJobTraining>,
    pub(crate) job_zone: Option<JobZone>,
    pub(crate) afc_bands: &'static [BandStatement],
    pub(crate) note: Option<&'static str>,
}

impl Recognition {
    /// The jurisdiction this recognition belongs to.
    ///
    /// ```
    /// use allied_health::{Jurisdiction, Profession};
    ///
    /// let r = &Profession::Osteopath.info().recognitions()[0];
    /// assert_eq!(r.jurisdiction(), Jurisdiction::Nhs);
    /// ```
    #[must_use]
    pub fn jurisdiction(&self) -> Jurisdiction {
        self.jurisdiction
    }

    /// The local title.
    ///
    /// ```
    /// use allied_health::{Jurisdiction, Profession};
    ///
    /// let us = Profession::TherapeuticRadiographer.info().recognition(Jurisdiction::Us).unwrap();
    /// assert_eq!(us.title(), "Radiation therapist");
    /// ```
    #[must_use]
    pub fn title(&self) -> &'static str {
        self.title
    }

    /// Other local titles for the same job.
    ///
    /// ```
    /// use allied_health::{Jurisdiction, Profession};
    ///
    /// let nhs = Profession::Podiatrist.info().recognition(Jurisdiction::Nhs).unwrap();
    /// assert!(nhs.other_titles().contains(&"Chiropodist"));
    /// ```
    #[must_use]
    pub fn other_titles(&self) -> &'static [&'static str] {
        self.other_titles
    }

    /// Every occupation code the jurisdiction's classifications give the
    /// profession, most specific first within each system.
    ///
    /// ```
    /// use allied_health::{Code, Jurisdiction, Profession};
    ///
    /// let us = Profession::Physiotherapist.info().recognition(Jurisdiction::Us).unwrap();
    /// let codes: Vec<String> = us.codes().iter().map(Code::to_prefixed_string).collect();
    /// assert_eq!(codes, ["soc2018:29-1123", "onet:29-1123.00", "isco08:2264"]);
    /// ```
    #[must_use]
    pub fn codes(&self) -> &'static [Code] {
        self.codes
    }

    /// The US SOC 2018 codes.
    ///
    /// ```
    /// use allied_health::{Jurisdiction, Profession};
    ///
    /// let us = Profession::Paramedic.info().recognition(Jurisdiction::Us).unwrap();
    /// assert_eq!(us.soc2018_codes().next().unwrap().to_string(), "29-2043");
    /// ```
    pub fn soc2018_codes(&self) -> impl Iterator<Item = Soc2018Code> + use<> {
        self.codes.iter().filter_map(|c| match c {
            Code::Soc2018(c) => Some(*c),
            _ => None,
        })
    }

    /// The O*NET-SOC 2019 codes.
    ///
    /// ```
    /// use allied_health::{Jurisdiction, Profession};
    ///
    /// let us = Profession::ArtTherapist.info().recognition(Jurisdiction::Us).unwrap();
    /// assert_eq!(us.onet_codes().next().unwrap().to_string(), "29-1129.01");
    /// ```
    pub fn onet_codes(&self) -> impl Iterator<Item = OnetSocCode> + use<> {
        self.codes.iter().filter_map(|c| match c {
            Code::OnetSoc(c) => Some(*c),
            _ => None,
        })
    }

    /// The UK SOC 2020 unit groups.
    ///
    /// ```
    /// use allied_health::{Jurisdiction, Profession};
    ///
    /// let nhs = Profession::Physiotherapist.info().recognition(Jurisdiction::Nhs).unwrap();
    /// assert_eq!(nhs.uk_soc2020_codes().next().unwrap().to_string(), "2221");
    /// ```
    pub fn uk_soc2020_codes(&self) -> impl Iterator<Item = UkSoc2020Code> + use<> {
        self.codes.iter().filter_map(|c| match c {
            Code::UkSoc2020(c) => Some(*c),
            _ => None,
        })
    }

    /// The ISCO-08 unit groups.
    ///
    /// ```
    /// use allied_health::{Jurisdiction, Profession};
    ///
    /// let us = Profession::Dietitian.info().recognition(Jurisdiction::Us).unwrap();
    /// assert_eq!(us.isco08_codes().next().unwrap().to_string(), "2265");
    /// ```
    pub fn isco08_codes(&self) -> impl Iterator<Item = Isco08Code> + use<> {
        self.codes.iter().filter_map(|c| match c {
            Code::Isco08(c) => Some(*c),
            _ => None,
        })
    }

    /// The body that registers practitioners, where a source names one.
    ///
    /// ```
    /// use allied_health::{Jurisdiction, Profession, Regulator};
    ///
    /// let nhs = Profession::Osteopath.info().recognition(Jurisdiction::Nhs).unwrap();
    /// assert_eq!(nhs.regulator(), Some(Regulator::Gosc));
    /// ```
    #[must_use]
    pub fn regulator(&self) -> Option<Regulator> {
        self.regulator
    }

    /// Whether a source names a regulator for the profession here.
    ///
    /// ```
    /// use allied_health::{Jurisdiction, Profession};
    ///
    /// let nhs = Profession::Paramedic.info().recognition(Jurisdiction::Nhs).unwrap();
    /// assert!(nhs.is_regulated());
    /// ```
    #[must_use]
    pub fn is_regulated(&self) -> bool {
        self.regulator.is_some()
    }

    /// Titles protected by law in this jurisdiction (empty where no source
    /// states any; no saved source states US title protection).
    ///
    /// ```
    /// use allied_health::{Jurisdiction, Profession};
    ///
    /// let nhs = Profession::SpeechAndLanguageTherapist.info().recognition(Jurisdiction::Nhs).unwrap();
    /// assert_eq!(nhs.protected_titles(), &["Speech and language therapist", "Speech therapist"]);
    /// ```
    #[must_use]
    pub fn protected_titles(&self) -> &'static [&'static str] {
        self.protected_titles
    }

    /// Typical education needed to enter the occupation: BLS Employment
    /// Projections (2023) in the US; the ONS SOC 2020 entry-route text in the
    /// UK, read as a level only where it names one plainly.
    ///
    /// ```
    /// use allied_health::{EducationLevel, Jurisdiction, Profession};
    ///
    /// let us = Profession::RespiratoryTherapist.info().recognition(Jurisdiction::Us).unwrap();
    /// assert_eq!(us.entry_education(), Some(EducationLevel::Associate));
    /// ```
    #[must_use]
    pub fn entry_education(&self) -> Option<EducationLevel> {
        self.entry_education
    }

    /// Work experience in a related occupation needed to enter (BLS, US only).
    ///
    /// ```
    /// use allied_health::{Jurisdiction, Profession, WorkExperience};
    ///
    /// let us = Profession::MriTechnologist.info().recognition(Jurisdiction::Us).unwrap();
    /// assert_eq!(us.work_experience(), Some(WorkExperience::LessThanFiveYears));
    /// ```
    #[must_use]
    pub fn work_experience(&self) -> Option<WorkExperience> {
        self.work_experience
    }

    /// Typical on-the-job training to become competent (BLS, US only).
    ///
    /// ```
    /// use allied_health::{Jurisdiction, OnTheJobTraining, Profession};
    ///
    /// let us = Profession::PharmacyTechnician.info().recognition(Jurisdiction::Us).unwrap();
    /// assert_eq!(us.training(), Some(OnTheJobTraining::ModerateTerm));
    /// ```
    #[must_use]
    pub fn training(&self) -> Option<OnTheJobTraining> {
        self.training
    }

    /// The O*NET 30.0 Job Zone of the first O*NET code (US only).
    ///
    /// ```
    /// use allied_health::{Jurisdiction, Profession};
    ///
    /// let us = Profession::SterileProcessingTechnician.info().recognition(Jurisdiction::Us).unwrap();
    /// assert_eq!(us.job_zone().map(|z| z.get()), Some(2));
    /// ```
    #[must_use]
    pub fn job_zone(&self) -> Option<JobZone> {
        self.job_zone
    }

    /// Sourced Agenda for Change band statements (NHS only; empty where no
    /// source names a band for the profession).
    ///
    /// ```
    /// use allied_health::{Jurisdiction, Profession};
    ///
    /// let nhs = Profession::Dietitian.info().recognition(Jurisdiction::Nhs).unwrap();
    /// assert!(nhs.afc_bands().is_empty()); // no saved source states one
    /// ```
    #[must_use]
    pub fn afc_bands(&self) -> &'static [BandStatement] {
        self.afc_bands
    }

    /// The lowest and highest band across the band statements, or `None`
    /// where no source states a band.
    ///
    /// ```
    /// use allied_health::{AfcBand, Jurisdiction, Profession};
    ///
    /// let nhs = Profession::Orthoptist.info().recognition(Jurisdiction::Nhs).unwrap();
    /// assert_eq!(nhs.afc_band_range(), Some((AfcBand::B5, AfcBand::B8b)));
    /// ```
    #[must_use]
    pub fn afc_band_range(&self) -> Option<(AfcBand, AfcBand)> {
        let lowest = self.afc_bands.iter().map(|b| b.lowest).min()?;
        let highest = self.afc_bands.iter().map(|b| b.highest).max()?;
        Some((lowest, highest))
    }

    /// A caveat about the mapping, where the sources call for one.
    ///
    /// ```
    /// use allied_health::{Jurisdiction, Profession};
    ///
    /// let us = Profession::MedicalLaboratoryScientist.info().recognition(Jurisdiction::Us).unwrap();
    /// assert!(us.note().unwrap().contains("29-2010"));
    /// ```
    #[must_use]
    pub fn note(&self) -> Option<&'static str> {
        self.note
    }
}
