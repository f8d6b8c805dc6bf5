//! [`ProfessionInfo`], the static record of one profession.

use crate::model::definition::Definition;
use crate::model::equivalence::Equivalence;
use crate::model::jurisdiction::{Jurisdiction, Recognition};
use crate::model::profession::{Profession, RoleLevel};
use crate::model::scope::{Family, Scope};
use crate::model::setting::{PatientContact, Setting, SettingSet};

/// The static record of one profession: its name, aliases, how each
/// jurisdiction recognises it, where it works and whether it counts as allied
/// health under each [`Definition`].
///
/// Every field is private; the getters return `&'static` data.
///
/// ```
/// use allied_health::{Definition, Profession};
///
/// let info = Profession::Osteopath.info();
/// assert!(info.is_allied_health(Definition::NhsAhp));
/// assert!(!info.is_boundary());
/// ```
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct ProfessionInfo {
    pub(crate) profession: Profession,
    pub(crate) name: &'static str,
    pub(crate) role_level: RoleLevel,
    pub(crate) scope: Scope,
    pub(crate) family: Family,
    /// Bit `d as u8` is set when the profession is allied health under
    /// definition `d`; the generator evaluates each definition's rule.
    pub(crate) definitions: u8,
    pub(crate) settings: SettingSet,
    pub(crate) patient_contact: PatientContact,
    pub(crate) recognitions: &'static [Recognition],
    pub(crate) equivalence: Equivalence,
    pub(crate) aliases: &'static [&'static str],
    pub(crate) onet_aliases: &'static [&'static str],
    pub(crate) ons_aliases: &'static [&'static str],
}

impl ProfessionInfo {
    /// The profession this record describes.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// assert_eq!(Profession::Dietitian.info().profession(), Profession::Dietitian);
    /// ```
    #[must_use]
    pub fn profession(&self) -> Profession {
        self.profession
    }

    /// The stable kebab-case id.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// assert_eq!(Profession::Dietitian.info().id(), "dietitian");
    /// ```
    #[must_use]
    pub fn id(&self) -> &'static str {
        self.profession.id()
    }

    /// The English name.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// assert_eq!(Profession::DramaTherapist.info().name(), "Drama therapist");
    /// ```
    #[must_use]
    pub fn name(&self) -> &'static str {
        self.name
    }
    /// Professional or support role.
    ///
    /// ```
    /// use allied_health::{Profession, RoleLevel};
    ///
    /// assert_eq!(Profession::AhpSupportWorker.info().role_level(), RoleLevel::Support);
    /// ```
    #[must_use]
    pub fn role_level(&self) -> RoleLevel {
        self.role_level
    }

    /// Whether this profession is not an allied role: a boundary healthcare
    /// profession (nurse, doctor, pharmacist, dentist, midwife and their
    /// support), a healthcare-adjacent one, or not human healthcare. The same
    /// as `scope() != Scope::AlliedRole`; [`scope`](Self::scope) says which.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// assert!(Profession::Pharmacist.info().is_boundary());
    /// assert!(!Profession::PharmacyTechnician.info().is_boundary());
    /// ```
    #[must_use]
    pub fn is_boundary(&self) -> bool {
        self.scope != Scope::AlliedRole
    }

    /// What kind of occupation this is: an allied role, a boundary
    /// healthcare profession, healthcare-adjacent, or not human healthcare.
    ///
    /// ```
    /// use allied_health::{Profession, Scope};
    ///
    /// assert_eq!(Profession::Dentist.info().scope(), Scope::Boundary);
    /// assert_eq!(Profession::DentalHygienist.info().scope(), Scope::AlliedRole);
    /// ```
    #[must_use]
    pub fn scope(&self) -> Scope {
        self.scope
    }

    /// The family of professions this one belongs to.
    ///
    /// ```
    /// use allied_health::{Family, Profession};
    ///
    /// assert_eq!(Profession::DentalHygienist.info().family(), Family::Dentistry);
    /// ```
    #[must_use]
    pub fn family(&self) -> Family {
        self.family
    }

    /// Whether the profession counts as allied health under `definition`.
    ///
    /// The sources disagree, so the answer depends on the definition; see
    /// [`Definition`] for each one and why NHS England counts 14 professions
    /// where this crate lists 16 ids.
    ///
    /// ```
    /// use allied_health::{Definition, Profession};
    ///
    /// let podiatrist = Profession::Podiatrist.info();
    /// assert!(podiatrist.is_allied_health(Definition::NhsAhp));
    /// // A US podiatrist is a doctor of podiatric medicine.
    /// assert!(!podiatrist.is_allied_health(Definition::UsBroad));
    ///
    /// let coder = Profession::MedicalCoder.info();
    /// assert!(coder.is_allied_health(Definition::UsBroad));
    /// assert!(!coder.is_allied_health(Definition::PatientFacing));
    /// ```
    #[must_use]
    pub fn is_allied_health(&self, definition: Definition) -> bool {
        self.definitions & (1 << definition as u8) != 0
    }

    /// How each jurisdiction recognises the profession, in [`Jurisdiction`]
    /// order (US first). A profession that exists in one jurisdiction only has
    /// one recognition.
    ///
    /// ```
    /// use allied_health::{Jurisdiction, Profession};
    ///
    /// let odp = Profession::OperatingDepartmentPractitioner.info();
    /// assert_eq!(odp.recognitions().len(), 1);
    /// assert_eq!(odp.recognitions()[0].jurisdiction(), Jurisdiction::Nhs);
    /// ```
    #[must_use]
    pub fn recognitions(&self) -> &'static [Recognition] {
        self.recognitions
    }

    /// The recognition in `jurisdiction`, or `None` where the profession does
    /// not exist there.
    ///
    /// ```
    /// use allied_health::{Jurisdiction, Profession};
    ///
    /// let slt = Profession::SpeechAndLanguageTherapist.info();
    /// assert_eq!(slt.recognition(Jurisdiction::Us).unwrap().title(), "Speech-language pathologist");
    /// assert!(Profession::Osteopath.info().recognition(Jurisdiction::Us).is_none());
    /// ```
    #[must_use]
    pub fn recognition(&self, jurisdiction: Jurisdiction) -> Option<&'static Recognition> {
        self.recognitions
            .iter()
            .find(|r| r.jurisdiction() == jurisdiction)
    }

    /// Whether the profession exists in `jurisdiction`.
    ///
    /// ```
    /// use allied_health::{Jurisdiction, Profession};
    ///
    /// assert!(Profession::RespiratoryTherapist.info().exists_in(Jurisdiction::Us));
    /// assert!(!Profession::RespiratoryTherapist.info().exists_in(Jurisdiction::Nhs));
    /// ```
    #[must_use]
    pub fn exists_in(&self, jurisdiction: Jurisdiction) -> bool {
        self.recognition(jurisdiction).is_some()
    }

    /// How the profession compares across the two jurisdictions: the same job,
    /// a close one (with a note), not equivalent, or present in one only.
    ///
    /// ```
    /// use allied_health::{EquivalenceKind, Profession};
    ///
    /// let eq = Profession::Osteopath.info().equivalence();
    /// assert_eq!(eq.kind(), EquivalenceKind::NotEquivalent);
    /// assert_eq!(eq.counterpart(), Some(Profession::Physician));
    /// ```
    #[must_use]
    pub fn equivalence(&self) -> Equivalence {
        self.equivalence
    }

    /// The work settings the profession is typically found in.
    ///
    /// ```
    /// use allied_health::{Profession, Setting};
    ///
    /// assert!(Profession::Paramedic.info().settings().contains(Setting::Prehospital));
    /// ```
    #[must_use]
    pub fn settings(&self) -> SettingSet {
        self.settings
    }

    /// Whether the profession typically works in `setting`.
    ///
    /// ```
    /// use allied_health::{Profession, Setting};
    ///
    /// assert!(Profession::DentalHygienist.info().works_in(Setting::DentalOffice));
    /// ```
    #[must_use]
    pub fn works_in(&self, setting: Setting) -> bool {
        self.settings.contains(setting)
    }

    /// How much direct contact with patients the role has.
    ///
    /// ```
    /// use allied_health::{PatientContact, Profession};
    ///
    /// assert_eq!(Profession::MedicalCoder.info().patient_contact(), PatientContact::Minimal);
    /// ```
    #[must_use]
    pub fn patient_contact(&self) -> PatientContact {
        self.patient_contact
    }

    /// Other names for the profession: curated abbreviations and spellings
    /// first, then the O*NET 30.1 alternate titles of its codes that name it,
    /// then the ONS SOC 2020 coding index titles that name it.
    /// Titles local to one jurisdiction are on its [`Recognition`].
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let mut aliases = Profession::RespiratoryTherapist.info().aliases();
    /// assert!(aliases.any(|a| a == "RRT"));
    /// ```
    pub fn aliases(&self) -> impl Iterator<Item = &'static str> + use<> {
        self.aliases
            .iter()
            .chain(self.onet_aliases)
            .chain(self.ons_aliases)
            .copied()
    }

    /// The ONS SOC 2020 coding index (version 12) titles that name this
    /// profession, in natural word order (a subset of
    /// [`aliases`](Self::aliases)).
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let titles = Profession::Physiotherapist.info().ons_index_titles();
    /// assert!(titles.iter().any(|t| t.eq_ignore_ascii_case("physiotherapist")));
    /// ```
    #[must_use]
    pub fn ons_index_titles(&self) -> &'static [&'static str] {
        self.ons_aliases
    }

    /// The O*NET 30.1 alternate titles that name this profession (a subset
    /// of [`aliases`](Self::aliases)). Titles that name another profession in
    /// the registry, such as "Perfusionist" under the cardiovascular code,
    /// are left out.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let titles = Profession::RespiratoryTherapist.info().onet_alternate_titles();
    /// assert!(titles.contains(&"Registered Respiratory Therapist (RRT)"));
    /// ```
    #[must_use]
    pub fn onet_alternate_titles(&self) -> &'static [&'static str] {
        self.onet_aliases
    }

    /// Every title the registry knows for the profession: the name, each
    /// recognition's title and other titles, and the aliases. May repeat a
    /// title that two sources share.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let titles: Vec<_> = Profession::DentalAssistant.info().titles().collect();
    /// assert!(titles.contains(&"Dental nurse"));
    /// ```
    pub fn titles(&self) -> impl Iterator<Item = &'static str> + use<> {
        self.own_titles()
            .chain(self.onet_aliases.iter().copied())
            .chain(self.ons_aliases.iter().copied())
    }

    /// The registry's own titles: the name, each recognition's title and
    /// other titles, and the curated aliases (not the O*NET or ONS titles).
    /// Title lookup ranks these first and the classifier reads them as
    /// titles of this profession.
    pub(crate) fn own_titles(&self) -> impl Iterator<Item = &'static str> + use<> {
        let recognised = self
            .recognitions
            .iter()
            .flat_map(|r| core::iter::once(r.title).chain(r.other_titles.iter().copied()));
        core::iter::once(self.name)
            .chain(recognised)
            .chain(self.aliases.iter().copied())
    }
}

#[cfg(feature = "serde")]
mod serde_impls {
    use super::ProfessionInfo;
    use crate::model::definition::Definition;
    use serde::ser::{SerializeMap, SerializeStruct};

    /// The allied-health answers, as `{"nhs-ahp": bool, ...}`.
    struct AlliedHealth<'a>(&'a ProfessionInfo);

    impl serde::Serialize for AlliedHealth<'_> {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut map = s.serialize_map(Some(Definition::ALL.len()))?;
            for d in Definition::ALL {
                map.serialize_entry(d.id(), &self.0.is_allied_health(*d))?;
            }
            map.end()
        }
    }

    /// All aliases, curated and O*NET, as one list.
    struct Aliases<'a>(&'a ProfessionInfo);

    impl serde::Serialize for Aliases<'_> {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_seq(self.0.aliases())
        }
    }

    /// Serialises the whole record, with the id, the answer under every
    /// [`Definition`] and all aliases. There is no `Deserialize`: the record
    /// is static; deserialise a [`Profession`](super::Profession) id and call
    /// [`info`](super::Profession::info).
    impl serde::Serialize for ProfessionInfo {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut st = s.serialize_struct("ProfessionInfo", 13)?;
            st.serialize_field("id", self.id())?;
            st.serialize_field("name", self.name)?;
            st.serialize_field("role_level", &self.role_level)?;
            st.serialize_field("scope", &self.scope)?;
            st.serialize_field("family", &self.family)?;
            st.serialize_field("boundary", &self.is_boundary())?;
            st.serialize_field("allied_health", &AlliedHealth(self))?;
            st.serialize_field("settings", &self.settings)?;
            st.serialize_field("patient_contact", &self.patient_contact)?;
            st.serialize_field("equivalence", &self.equivalence)?;
            st.serialize_field("aliases", &Aliases(self))?;
            st.serialize_field("recognitions", self.recognitions)?;
            st.end()
        }
    }
}
