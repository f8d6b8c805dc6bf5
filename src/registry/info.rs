//! The registry's records: [`Profession::info`] and [`Profession::profile`]
//! index the generated tables.

use crate::data::{AFC_PAY, PROFESSIONS, PROFILES};
use crate::model::info::ProfessionInfo;
use crate::model::jurisdiction::{AfcBand, AfcPay};
use crate::model::profession::Profession;
use crate::model::profile::Profile;

impl Profession {
    /// The static record of sourced facts about this profession.
    ///
    /// This is an index into a table compiled into the crate: it never
    /// allocates or fails.
    ///
    /// ```
    /// use allied_health::{Jurisdiction, Profession};
    ///
    /// let info = Profession::Physiotherapist.info();
    /// let us = info.recognition(Jurisdiction::Us).unwrap();
    /// assert_eq!(us.title(), "Physical therapist");
    /// ```
    #[must_use]
    pub fn info(self) -> &'static ProfessionInfo {
        &PROFESSIONS[self as usize]
    }

    /// The career profile: what the job is, US pay and outlook, related
    /// careers, technology skills, career progression and NHS entry routes.
    ///
    /// Like [`info`](Self::info), an index into a static table.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let profile = Profession::Physiotherapist.profile();
    /// assert_eq!(profile.median_wage().unwrap().to_string(), "$101,020");
    /// ```
    #[must_use]
    pub fn profile(self) -> &'static Profile {
        &PROFILES[self as usize]
    }
}

impl ProfessionInfo {
    /// The career profile; the same as [`Profession::profile`].
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let info = Profession::DentalAssistant.info();
    /// assert!(info.profile().progresses_to().contains(Profession::DentalHygienist));
    /// ```
    #[must_use]
    pub fn profile(&self) -> &'static Profile {
        self.profession().profile()
    }
}

impl AfcBand {
    /// The band's 2025/26 pay points in England, where a saved source states
    /// them (bands 2 to 9; band 1 is closed to new entrants and has none).
    /// The figures are secondary: see [`AfcPay`].
    ///
    /// ```
    /// use allied_health::AfcBand;
    ///
    /// assert_eq!(AfcBand::B8a.pay().map(|p| p.entry()), Some(55_690));
    /// assert!(AfcBand::B1.pay().is_none());
    /// ```
    #[must_use]
    pub fn pay(self) -> Option<&'static AfcPay> {
        AFC_PAY.iter().find(|p| p.band == self)
    }
}
