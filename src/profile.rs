//! The parts of [`Profile`] that read across professions: career steps into
//! a profession and the professions reachable from it.

use crate::data;
use crate::model::profession::Profession;
use crate::model::profile::{Profile, Progression};
use crate::model::set::ProfessionSet;

impl Profile {
    /// The career steps into this profession from others.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let from: Vec<_> = Profession::DentalHygienist.profile().progressions_into().map(|p| p.from()).collect();
    /// assert_eq!(from, [Profession::DentalAssistant]);
    /// ```
    pub fn progressions_into(&self) -> impl Iterator<Item = &'static Progression> + use<> {
        let target = self.profession;
        data::PROFILES
            .iter()
            .flat_map(|p| p.progressions)
            .filter(move |step| step.to == target)
    }

    /// Every profession reachable from this one by one or more career
    /// steps, in any jurisdiction. It never contains this profession: the
    /// generator rejects a progression cycle.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let reach = Profession::AhpSupportWorker.profile().reachable();
    /// assert!(reach.contains(Profession::DiagnosticRadiographer));
    /// assert!(reach.contains(Profession::MriTechnologist)); // two steps
    /// assert!(!reach.contains(Profession::AhpSupportWorker));
    /// ```
    #[must_use]
    pub fn reachable(&self) -> ProfessionSet {
        let mut reach = self.progresses_to();
        loop {
            let next_steps = reach.iter().flat_map(|p| p.profile().progressions);
            let wider: ProfessionSet = next_steps.map(|step| step.to).chain(reach).collect();
            if wider == reach {
                return reach;
            }
            reach = wider;
        }
    }

    /// Whether this profession can be reached from `start` by one or more
    /// career steps.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// let mri = Profession::MriTechnologist.profile();
    /// assert!(mri.is_reachable_from(Profession::DiagnosticRadiographer));
    /// assert!(!mri.is_reachable_from(Profession::Pharmacist));
    /// ```
    #[must_use]
    pub fn is_reachable_from(&self, start: Profession) -> bool {
        start.profile().reachable().contains(self.profession)
    }
}
