//! [`Definition`]: the named definitions of "allied health".

use crate::model::education::id_enum;
use core::fmt;
use core::str::FromStr;

use crate::model::error::ParseIdError;

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
    ///   over US recognitions whose SOC code is in major group 29 or 31: every
    ///   healthcare occupation other than doctors (physicians, dentists,
    ///   podiatrists, optometrists, chiropractors, naturopathic physicians),
    ///   nurses (registered nurses, nurse practitioners, nurse anesthetists,
    ///   midwives, licensed practical nurses), pharmacists, nursing and
    ///   personal-care support, and veterinary occupations. So not
    ///   `podiatrist` (in the US a podiatrist is a doctor of podiatric
    ///   medicine), no profession without a US recognition, and no
    ///   healthcare-adjacent profession.
    /// - [`UsInclusive`](Definition::UsInclusive) (`us-inclusive`): the
    ///   literal reading of "the jobs outside doctors, nurses, pharmacists and
    ///   dentists" over SOC 29 and 31: `us-broad` plus nursing and
    ///   personal-care support. Licensed practical nurses are nurses;
    ///   veterinary occupations are not human healthcare.
    /// - [`PatientFacing`](Definition::PatientFacing) (`patient-facing`):
    ///   allied professionals "other than medical doctors or nurses, who have
    ///   direct contact with patients in a clinical setting": a profession
    ///   allied under `us-broad` or `nhs-ahp` whose
    ///   [`PatientContact`](crate::PatientContact) is `Direct`. So not
    ///   `medical-coder`, `medical-transcriptionist`,
    ///   `health-information-technologist` or `medical-dosimetrist`.
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
        /// The seed page's literal reading, "the jobs outside doctors, nurses,
        /// pharmacists and dentists", over SOC 29 and 31: everything
        /// [`UsBroad`](Definition::UsBroad) counts plus nursing and
        /// personal-care support (nursing assistants, orderlies, psychiatric
        /// aides, home health and personal care aides).
        UsInclusive => ("us-inclusive", "US inclusive sense"),
        /// Allied professionals with direct patient contact.
        PatientFacing => ("patient-facing", "Patient-facing allied professionals"),
    }
}
