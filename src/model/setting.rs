//! Work settings ([`Setting`], [`SettingSet`]) and [`PatientContact`].

use core::fmt;
use core::str::FromStr;

use crate::model::education::id_enum;
use crate::model::error::ParseIdError;

id_enum! {
    /// A place where a profession typically works, as the SOC definitions,
    /// ONS descriptions and career pages name them.
    ///
    /// ```
    /// use allied_health::Setting;
    ///
    /// let s: Setting = "operating-theatre".parse()?;
    /// assert_eq!(s, Setting::OperatingTheatre);
    /// assert_eq!(s.to_string(), "Operating theatre");
    /// # Ok::<(), allied_health::ParseIdError>(())
    /// ```
    #[non_exhaustive]
    pub enum Setting: "setting" {
        /// Hospital wards and departments.
        Hospital => ("hospital", "Hospital"),
        /// Outpatient clinic or ambulatory care centre.
        OutpatientClinic => ("outpatient-clinic", "Outpatient clinic or ambulatory care centre"),
        /// Physician's office or GP surgery.
        PhysiciansOffice => ("physicians-office", "Physician's office"),
        /// Dental office or practice.
        DentalOffice => ("dental-office", "Dental office"),
        /// Laboratory.
        Laboratory => ("laboratory", "Laboratory"),
        /// Pharmacy (hospital or retail).
        Pharmacy => ("pharmacy", "Pharmacy"),
        /// Prehospital and ambulance services.
        Prehospital => ("prehospital", "Prehospital or ambulance"),
        /// Operating theatre or operating room.
        OperatingTheatre => ("operating-theatre", "Operating theatre"),
        /// Community services and patients' homes.
        Community => ("community", "Community or home visits"),
        /// Schools.
        School => ("school", "School"),
        /// Care home or nursing home.
        CareHome => ("care-home", "Care home or nursing home"),
        /// Hospice.
        Hospice => ("hospice", "Hospice"),
        /// Prison.
        Prison => ("prison", "Prison"),
        /// Private practice.
        PrivatePractice => ("private-practice", "Private practice"),
        /// Rehabilitation centre.
        Rehabilitation => ("rehabilitation", "Rehabilitation centre"),
        /// Remote work.
        Remote => ("remote", "Remote"),
        /// Insurer or payer.
        Insurer => ("insurer", "Insurer"),
    }
}

impl Setting {
    pub(crate) const fn bit(self) -> u32 {
        1 << (self as u32)
    }
}

/// A small set of [`Setting`]s, stored as a bitset.
///
/// ```
/// use allied_health::{Setting, SettingSet};
///
/// let set = SettingSet::EMPTY.with(Setting::Hospital).with(Setting::School);
/// assert!(set.contains(Setting::School));
/// assert_eq!(set.len(), 2);
/// assert_eq!(set.iter().collect::<Vec<_>>(), [Setting::Hospital, Setting::School]);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Default)]
pub struct SettingSet(u32);

impl SettingSet {
    /// The empty set.
    ///
    /// ```
    /// use allied_health::SettingSet;
    ///
    /// assert_eq!(SettingSet::EMPTY, SettingSet::default());
    /// ```
    pub const EMPTY: SettingSet = SettingSet(0);

    /// Builds a set from a slice (usable in `const` items).
    ///
    /// ```
    /// use allied_health::{Setting, SettingSet};
    ///
    /// const LABS: SettingSet = SettingSet::from_slice(&[Setting::Laboratory, Setting::Hospital]);
    /// assert_eq!(LABS.len(), 2);
    /// ```
    #[must_use]
    pub const fn from_slice(settings: &[Setting]) -> SettingSet {
        let mut bits = 0;
        let mut i = 0;
        while i < settings.len() {
            bits |= settings[i].bit();
            i += 1;
        }
        SettingSet(bits)
    }

    /// The set with `setting` added.
    ///
    /// ```
    /// use allied_health::{Setting, SettingSet};
    ///
    /// assert!(SettingSet::EMPTY.with(Setting::Remote).contains(Setting::Remote));
    /// ```
    #[must_use]
    pub const fn with(self, setting: Setting) -> SettingSet {
        SettingSet(self.0 | setting.bit())
    }

    /// Whether `setting` is in the set.
    ///
    /// ```
    /// use allied_health::{Setting, SettingSet};
    ///
    /// assert!(!SettingSet::EMPTY.contains(Setting::Hospital));
    /// ```
    #[must_use]
    pub const fn contains(self, setting: Setting) -> bool {
        self.0 & setting.bit() != 0
    }

    /// Whether the two sets share a setting.
    ///
    /// ```
    /// use allied_health::{Setting, SettingSet};
    ///
    /// let a = SettingSet::from_slice(&[Setting::Hospital, Setting::School]);
    /// assert!(a.intersects(SettingSet::from_slice(&[Setting::School])));
    /// ```
    #[must_use]
    pub const fn intersects(self, other: SettingSet) -> bool {
        self.0 & other.0 != 0
    }

    /// Whether every setting of `other` is in this set.
    ///
    /// ```
    /// use allied_health::{Setting, SettingSet};
    ///
    /// let a = SettingSet::from_slice(&[Setting::Hospital, Setting::School]);
    /// assert!(a.is_superset(SettingSet::from_slice(&[Setting::School])));
    /// assert!(a.is_superset(SettingSet::EMPTY));
    /// ```
    #[must_use]
    pub const fn is_superset(self, other: SettingSet) -> bool {
        self.0 & other.0 == other.0
    }

    /// Whether the set is empty.
    ///
    /// ```
    /// use allied_health::SettingSet;
    ///
    /// assert!(SettingSet::EMPTY.is_empty());
    /// ```
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// How many settings are in the set.
    ///
    /// ```
    /// use allied_health::{Setting, SettingSet};
    ///
    /// assert_eq!(SettingSet::EMPTY.with(Setting::Prison).len(), 1);
    /// ```
    #[must_use]
    pub const fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// The settings in the set, in [`Setting`] order.
    ///
    /// ```
    /// use allied_health::{Profession, Setting};
    ///
    /// let first = Profession::Paramedic.info().settings().iter().next();
    /// assert!(first.is_some());
    /// ```
    pub fn iter(self) -> impl Iterator<Item = Setting> {
        Setting::ALL
            .iter()
            .copied()
            .filter(move |s| self.contains(*s))
    }
}

impl FromIterator<Setting> for SettingSet {
    fn from_iter<I: IntoIterator<Item = Setting>>(iter: I) -> Self {
        iter.into_iter().fold(SettingSet::EMPTY, SettingSet::with)
    }
}

#[cfg(feature = "serde")]
mod serde_impls {
    use super::{Setting, SettingSet};
    use serde::ser::SerializeSeq;

    impl serde::Serialize for SettingSet {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut seq = s.serialize_seq(Some(self.len()))?;
            for setting in self.iter() {
                seq.serialize_element(&setting)?;
            }
            seq.end()
        }
    }

    impl<'de> serde::Deserialize<'de> for SettingSet {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            let list = Vec::<Setting>::deserialize(d)?;
            Ok(list.into_iter().collect())
        }
    }
}

id_enum! {
    /// How much direct contact with patients a role typically has.
    ///
    /// ```
    /// use allied_health::{PatientContact, Profession};
    ///
    /// assert_eq!(Profession::Physiotherapist.info().patient_contact(), PatientContact::Direct);
    /// assert!(PatientContact::Minimal < PatientContact::Direct);
    /// ```
    pub enum PatientContact: "patient contact" {
        /// Little or none: works with records, samples or equipment.
        Minimal => ("minimal", "Minimal"),
        /// Some: part of the work is with patients.
        Some => ("some", "Some"),
        /// Direct: assesses, treats or cares for patients as the core of the job.
        Direct => ("direct", "Direct"),
    }
}
