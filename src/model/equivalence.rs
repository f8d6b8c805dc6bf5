//! [`Equivalence`]: whether a profession is the same job in both
//! jurisdictions.

use core::fmt;
use core::str::FromStr;

use crate::model::error::ParseIdError;
use crate::model::profession::Profession;

crate::model::education::id_enum! {
    /// How a profession compares across the US and the NHS.
    ///
    /// ```
    /// use allied_health::EquivalenceKind;
    ///
    /// assert_eq!(EquivalenceKind::NotEquivalent.id(), "not-equivalent");
    /// assert_eq!("close".parse::<EquivalenceKind>()?, EquivalenceKind::Close);
    /// # Ok::<(), allied_health::ParseIdError>(())
    /// ```
    #[non_exhaustive]
    pub enum EquivalenceKind: "equivalence kind" {
        /// The same job under both jurisdictions' titles.
        Same => ("same", "Same"),
        /// Close: the same work, but entry routes or scope differ (see the note).
        Close => ("close", "Close"),
        /// Not the same job, although a title or the work looks alike (a UK
        /// osteopath is not a US osteopathic physician).
        NotEquivalent => ("not-equivalent", "Not equivalent"),
        /// Recognised in one jurisdiction only, with no counterpart in the other.
        OneJurisdiction => ("one-jurisdiction", "One jurisdiction only"),
    }
}

/// A profession's cross-jurisdiction equivalence: its kind, the profession
/// that is the closest counterpart where that is a different profession, and
/// a note where the sources call for one.
///
/// ```
/// use allied_health::{EquivalenceKind, Profession};
///
/// let odp = Profession::OperatingDepartmentPractitioner.info().equivalence();
/// assert_eq!(odp.kind(), EquivalenceKind::NotEquivalent);
/// assert_eq!(odp.counterpart(), Some(Profession::SurgicalTechnologist));
/// assert!(odp.note().is_some());
///
/// assert_eq!(Profession::Physiotherapist.info().equivalence().kind(), EquivalenceKind::Same);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Equivalence {
    pub(crate) kind: EquivalenceKind,
    pub(crate) counterpart: Option<Profession>,
    pub(crate) note: Option<&'static str>,
}

impl Equivalence {
    /// Same, close, not equivalent, or one jurisdiction only.
    ///
    /// ```
    /// use allied_health::{EquivalenceKind, Profession};
    ///
    /// assert_eq!(Profession::Podiatrist.info().equivalence().kind(), EquivalenceKind::NotEquivalent);
    /// ```
    #[must_use]
    pub fn kind(&self) -> EquivalenceKind {
        self.kind
    }

    /// The other profession that is the closest counterpart in the other
    /// jurisdiction, where it is not this profession itself.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// assert_eq!(Profession::Osteopath.info().equivalence().counterpart(), Some(Profession::Physician));
    /// assert_eq!(Profession::Dietitian.info().equivalence().counterpart(), None);
    /// ```
    #[must_use]
    pub fn counterpart(&self) -> Option<Profession> {
        self.counterpart
    }

    /// Why the jobs differ, or what the titles hide.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// assert!(Profession::Podiatrist.info().equivalence().note().unwrap().contains("DPM"));
    /// ```
    #[must_use]
    pub fn note(&self) -> Option<&'static str> {
        self.note
    }
}
