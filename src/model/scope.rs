//! [`Scope`] and [`Family`]: what kind of occupation a profession is, and
//! the group of professions it belongs to.

use core::fmt;
use core::str::FromStr;

use crate::model::education::id_enum;
use crate::model::error::ParseIdError;

id_enum! {
    /// What a profession is, as the registry sees it: an allied role, a
    /// healthcare profession that is not allied health (a doctor, nurse,
    /// pharmacist or their support), a healthcare-adjacent occupation outside
    /// SOC major groups 29 and 31, or not human healthcare at all.
    ///
    /// The registry carries the last three so that the classifier can name
    /// them ("this ad is for a nurse") and a caller can say "not allied
    /// health" rather than guess.
    ///
    /// ```
    /// use allied_health::{Profession, Scope};
    ///
    /// assert_eq!(Profession::Physiotherapist.info().scope(), Scope::AlliedRole);
    /// assert_eq!(Profession::RegisteredNurse.info().scope(), Scope::Boundary);
    /// assert_eq!("not-human-health".parse::<Scope>()?, Scope::NotHumanHealth);
    /// # Ok::<(), allied_health::ParseIdError>(())
    /// ```
    #[non_exhaustive]
    pub enum Scope: "scope" {
        /// An allied health profession or allied support role.
        AlliedRole => ("allied-role", "Allied role"),
        /// Healthcare, but not allied health: doctors, nurses, midwives,
        /// pharmacists, dentists and nursing or personal-care support.
        Boundary => ("boundary", "Boundary healthcare profession"),
        /// Outside SOC 29 and 31 but carried by healthcare job boards:
        /// psychological professions, social work, health education,
        /// dental and medical appliance laboratories.
        Adjacent => ("adjacent", "Healthcare-adjacent"),
        /// Veterinary occupations: named so that an ad for one is not
        /// mistaken for a human-healthcare role.
        NotHumanHealth => ("not-human-health", "Not human healthcare"),
    }
}

id_enum! {
    /// The family of professions a profession belongs to, as careers sites
    /// and workforce plans group them. A family is our grouping (judgement),
    /// recorded with each profession in `data/curated.toml`.
    ///
    /// ```
    /// use allied_health::{Family, Profession};
    ///
    /// assert_eq!(Profession::Sonographer.info().family(), Family::Diagnostics);
    /// assert_eq!(Family::HealthcareScience.id(), "healthcare-science");
    /// assert_eq!(Family::HealthcareScience.to_string(), "Healthcare science");
    /// ```
    #[non_exhaustive]
    pub enum Family: "family" {
        /// Therapies and rehabilitation: physiotherapy, occupational therapy,
        /// speech and language therapy, dietetics, podiatry, the arts therapies.
        Therapies => ("therapies", "Therapies and rehabilitation"),
        /// Diagnostic imaging and radiotherapy.
        Diagnostics => ("diagnostics", "Diagnostic imaging and radiotherapy"),
        /// Laboratory, physiological and clinical science and technology.
        HealthcareScience => ("healthcare-science", "Healthcare science"),
        /// Ambulance and emergency care.
        EmergencyCare => ("emergency-care", "Emergency care"),
        /// Operating theatres and surgical support.
        Perioperative => ("perioperative", "Perioperative care"),
        /// Eye care.
        EyeCare => ("eye-care", "Eye care"),
        /// Hearing care.
        HearingCare => ("hearing-care", "Hearing care"),
        /// Dentistry and dental care.
        Dentistry => ("dentistry", "Dentistry"),
        /// Pharmacy.
        Pharmacy => ("pharmacy", "Pharmacy"),
        /// Nursing and midwifery, with nursing support.
        NursingAndMidwifery => ("nursing-and-midwifery", "Nursing and midwifery"),
        /// Medicine and the medical associate professions.
        Medicine => ("medicine", "Medicine"),
        /// Complementary and manual therapies: acupuncture, massage,
        /// naturopathy, chiropractic.
        Complementary => ("complementary", "Complementary and manual therapies"),
        /// Psychological professions.
        PsychologicalProfessions => ("psychological-professions", "Psychological professions"),
        /// Social work and social care.
        SocialCare => ("social-care", "Social work and social care"),
        /// Health records, coding and information.
        HealthInformation => ("health-information", "Health information"),
        /// Clinical support roles that work across services.
        ClinicalSupport => ("clinical-support", "Clinical support"),
        /// Public health and health promotion.
        PublicHealth => ("public-health", "Public health"),
        /// Veterinary care.
        Veterinary => ("veterinary", "Veterinary"),
    }
}
