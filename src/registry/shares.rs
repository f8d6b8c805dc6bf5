//! The share of US healthcare employment each [`Definition`] of allied
//! health covers, from the BLS employment rows compiled into the crate.
//!
//! The total is every line item of SOC major groups 29 (healthcare
//! practitioners and technical occupations) and 31 (healthcare support) in
//! the BLS Employment Projections table, veterinary occupations left out. A
//! row counts toward a definition when the profession that carries its
//! occupation (the O*NET `.00` code of each SOC code the row covers) is
//! allied health under it; a row is never split or counted twice.

use crate::data::EMPLOYMENT;
use crate::model::code::{Code, OnetSocCode};
use crate::model::definition::Definition;
use crate::model::employment::EmploymentRow;
use crate::model::profession::Profession;
use crate::model::scope::Scope;
use crate::registry::codes::exact_professions;

/// How much of US healthcare employment a [`Definition`] of allied health
/// covers: jobs in the rows it counts, out of all jobs in SOC 29 and 31
/// (veterinary occupations left out), in the BLS base year
/// ([`BLS_EP_VERSION`](crate::BLS_EP_VERSION)).
///
/// ```
/// use allied_health::{Definition, employment_share};
///
/// let broad = employment_share(Definition::UsBroad);
/// let inclusive = employment_share(Definition::UsInclusive);
/// assert!(broad.employment() < inclusive.employment());
/// assert_eq!(broad.total(), inclusive.total());
/// assert!(broad.share() > 0.0 && broad.share() < 1.0);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct EmploymentShare {
    definition: Definition,
    employment: u64,
    total: u64,
}

impl EmploymentShare {
    /// The definition measured.
    ///
    /// ```
    /// use allied_health::{Definition, employment_share};
    ///
    /// assert_eq!(employment_share(Definition::NhsAhp).definition(), Definition::NhsAhp);
    /// ```
    #[must_use]
    pub fn definition(&self) -> Definition {
        self.definition
    }

    /// Jobs in the BLS rows the definition counts.
    ///
    /// ```
    /// use allied_health::{Definition, employment_share};
    ///
    /// assert!(employment_share(Definition::UsBroad).employment() > 1_000_000);
    /// ```
    #[must_use]
    pub fn employment(&self) -> u64 {
        self.employment
    }

    /// Jobs in all of SOC 29 and 31, veterinary occupations left out.
    ///
    /// ```
    /// use allied_health::{Definition, employment_share};
    ///
    /// assert!(employment_share(Definition::UsBroad).total() > 17_000_000);
    /// ```
    #[must_use]
    pub fn total(&self) -> u64 {
        self.total
    }

    /// `employment / total`, between 0 and 1.
    ///
    /// ```
    /// use allied_health::{Definition, employment_share};
    ///
    /// let s = employment_share(Definition::UsInclusive);
    /// assert!((s.share() - s.employment() as f64 / s.total() as f64).abs() < 1e-12);
    /// ```
    #[must_use]
    pub fn share(&self) -> f64 {
        if self.total == 0 {
            return 0.0;
        }
        // Both are below 2^53, so the conversion is exact.
        self.employment as f64 / self.total as f64
    }
}

/// The professions that own a BLS row: those carrying the `.00` O*NET code
/// of each SOC code it covers.
fn owners(row: &EmploymentRow) -> impl Iterator<Item = Profession> + '_ {
    row.covers
        .iter()
        .flat_map(|soc| exact_professions(Code::OnetSoc(OnetSocCode::of_soc(*soc, 0))))
}

/// Whether a row is human healthcare (not a veterinary occupation).
fn is_human_healthcare(row: &EmploymentRow) -> bool {
    !owners(row).any(|p| p.info().scope() == Scope::NotHumanHealth)
}

/// The share of US healthcare employment that `definition` counts as
/// allied health. See [`EmploymentShare`] and the module rule: a BLS row
/// counts when every profession owning it is allied under the definition.
/// `nhs-ahp` is a UK list, so in US employment it counts the rows of the US
/// recognitions of NHS AHP professions.
///
/// ```
/// use allied_health::{Definition, employment_share};
///
/// for d in Definition::ALL {
///     let s = employment_share(*d);
///     println!("{d}: {} of {} jobs ({:.1}%)", s.employment(), s.total(), s.share() * 100.0);
/// }
/// ```
#[must_use]
pub fn employment_share(definition: Definition) -> EmploymentShare {
    let mut employment = 0u64;
    let mut total = 0u64;
    for row in EMPLOYMENT.iter().filter(|r| is_human_healthcare(r)) {
        total += u64::from(row.employment);
        let mut owned = owners(row).peekable();
        if owned.peek().is_some() && owned.all(|p| p.info().is_allied_health(definition)) {
            employment += u64::from(row.employment);
        }
    }
    EmploymentShare {
        definition,
        employment,
        total,
    }
}
