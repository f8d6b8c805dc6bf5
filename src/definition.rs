//! [`Definition`]: the named definitions of "allied health".

use crate::education::id_enum;
use core::fmt;
use core::str::FromStr;

use crate::error::ParseIdError;

id_enum! {
    /// A definition of "allied health". The sources disagree, so the crate
    /// names each one instead of picking one; ask
    /// [`ProfessionInfo::is_allied_health`](crate::ProfessionInfo::is_allied_health).
    ///
    /// - [`NhsAhp`](Definition::NhsAhp) (`nhs-ahp`): NHS England's statutory
    ///   list of allied health professions, regulated by the HCPC or the GOsC.
    ///   The registry marks 16 ids. NHS England says "fourteen", because it
    ///   counts prosthetists and orthotists as one profession and diagnostic and
    ///   therapeutic radiographers as one; other material (the seed career
    ///   pages) says 15, counting one of those pairs apart. The 16 ids keep
    ///   every distinct job separate so that none of those counts is baked in.
    /// - [`UsBroad`](Definition::UsBroad) (`us-broad`): the broad US sense,
    ///   every healthcare profession other than doctors, nurses, pharmacists
    ///   and dentists. So not `podiatrist` (in the US a podiatrist is a doctor
    ///   of podiatric medicine) and none of the boundary professions.
    /// - [`PatientFacing`](Definition::PatientFacing) (`patient-facing`):
    ///   allied professionals "other than medical doctors or nurses, who have
    ///   direct contact with patients in a clinical setting": a non-boundary
    ///   profession whose [`PatientContact`](crate::PatientContact) is
    ///   `Direct`. So not `medical-coder`.
    ///
    /// ```
    /// use allied_health::{Definition, Profession};
    ///
    /// let nhs_ahps = Profession::ALL
    ///     .iter()
    ///     .filter(|p| p.info().is_allied_health(Definition::NhsAhp))
    ///     .count();
    /// assert_eq!(nhs_ahps, 16);
    /// assert_eq!("us-broad".parse::<Definition>()?, Definition::UsBroad);
    /// # Ok::<(), allied_health::ParseIdError>(())
    /// ```
    #[non_exhaustive]
    pub enum Definition: "definition" {
        /// NHS England's list of allied health professions (16 ids).
        NhsAhp => ("nhs-ahp", "NHS England allied health professions"),
        /// The broad US sense: all healthcare but doctors, nurses, pharmacists, dentists.
        UsBroad => ("us-broad", "US broad sense"),
        /// Allied professionals with direct patient contact.
        PatientFacing => ("patient-facing", "Patient-facing allied professionals"),
    }
}
