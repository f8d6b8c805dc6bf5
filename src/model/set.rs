//! [`ProfessionSet`], a small set of professions, and its iterator.

use crate::model::profession::Profession;

/// A set of professions, stored as a bitset: copying, testing and iterating
/// it never allocate.
///
/// ```
/// use allied_health::{Profession, ProfessionSet};
///
/// let set = ProfessionSet::EMPTY.with(Profession::Orthotist).with(Profession::Prosthetist);
/// assert!(set.contains(Profession::Orthotist));
/// // Iteration follows the registry order, not insertion order.
/// assert_eq!(set.iter().collect::<Vec<_>>(), [Profession::Prosthetist, Profession::Orthotist]);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Default)]
pub struct ProfessionSet(u128);

impl ProfessionSet {
    /// The empty set.
    ///
    /// ```
    /// use allied_health::ProfessionSet;
    ///
    /// assert_eq!(ProfessionSet::EMPTY, ProfessionSet::default());
    /// ```
    pub const EMPTY: ProfessionSet = ProfessionSet(0);

    /// Builds a set from a slice (usable in `const` items).
    ///
    /// ```
    /// use allied_health::{Profession, ProfessionSet};
    ///
    /// const THERAPISTS: ProfessionSet = ProfessionSet::from_slice(&[Profession::ArtTherapist, Profession::MusicTherapist]);
    /// assert_eq!(THERAPISTS.len(), 2);
    /// ```
    #[must_use]
    pub const fn from_slice(professions: &[Profession]) -> ProfessionSet {
        let mut bits = 0;
        let mut i = 0;
        while i < professions.len() {
            bits |= 1u128 << (professions[i] as u32);
            i += 1;
        }
        ProfessionSet(bits)
    }

    /// The set with `profession` added.
    ///
    /// ```
    /// use allied_health::{Profession, ProfessionSet};
    ///
    /// assert_eq!(ProfessionSet::EMPTY.with(Profession::Paramedic).len(), 1);
    /// ```
    #[must_use]
    pub const fn with(self, profession: Profession) -> ProfessionSet {
        ProfessionSet(self.0 | 1u128 << (profession as u32))
    }

    /// The professions in either set.
    ///
    /// ```
    /// use allied_health::{Profession, ProfessionSet};
    ///
    /// let a = ProfessionSet::from_slice(&[Profession::Midwife]);
    /// let b = ProfessionSet::from_slice(&[Profession::Dentist]);
    /// assert_eq!(a.union(b).len(), 2);
    /// ```
    #[must_use]
    pub const fn union(self, other: ProfessionSet) -> ProfessionSet {
        ProfessionSet(self.0 | other.0)
    }

    /// Whether `profession` is in the set.
    ///
    /// ```
    /// use allied_health::{Profession, ProfessionSet};
    ///
    /// assert!(!ProfessionSet::EMPTY.contains(Profession::Paramedic));
    /// ```
    #[must_use]
    pub const fn contains(self, profession: Profession) -> bool {
        self.0 & (1u128 << (profession as u32)) != 0
    }

    /// The number of professions in the set.
    ///
    /// ```
    /// use allied_health::ProfessionSet;
    ///
    /// assert_eq!(ProfessionSet::EMPTY.len(), 0);
    /// ```
    #[must_use]
    pub const fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// Whether the set is empty.
    ///
    /// ```
    /// use allied_health::ProfessionSet;
    ///
    /// assert!(ProfessionSet::EMPTY.is_empty());
    /// ```
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The professions in the set, in registry order.
    ///
    /// ```
    /// use allied_health::{Profession, ProfessionSet};
    ///
    /// let set = ProfessionSet::from_slice(&[Profession::Midwife]);
    /// assert_eq!(set.iter().next(), Some(Profession::Midwife));
    /// ```
    #[must_use]
    pub const fn iter(self) -> ProfessionSetIter {
        ProfessionSetIter(self.0)
    }
}

impl FromIterator<Profession> for ProfessionSet {
    fn from_iter<I: IntoIterator<Item = Profession>>(iter: I) -> Self {
        iter.into_iter()
            .fold(ProfessionSet::EMPTY, ProfessionSet::with)
    }
}

impl IntoIterator for ProfessionSet {
    type Item = Profession;
    type IntoIter = ProfessionSetIter;

    fn into_iter(self) -> ProfessionSetIter {
        self.iter()
    }
}

/// The iterator over a [`ProfessionSet`], in registry order.
///
/// ```
/// use allied_health::{Profession, ProfessionSet};
///
/// let mut it = ProfessionSet::from_slice(&[Profession::Dentist, Profession::Dietitian]).iter();
/// assert_eq!(it.next(), Some(Profession::Dietitian));
/// assert_eq!(it.next(), Some(Profession::Dentist));
/// assert_eq!(it.next(), None);
/// ```
#[derive(Clone, Debug)]
pub struct ProfessionSetIter(u128);

impl Iterator for ProfessionSetIter {
    type Item = Profession;

    fn next(&mut self) -> Option<Profession> {
        while self.0 != 0 {
            let index = self.0.trailing_zeros() as usize;
            self.0 &= self.0 - 1;
            if let Some(p) = Profession::ALL.get(index) {
                return Some(*p);
            }
        }
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.0.count_ones() as usize;
        (n, Some(n))
    }
}

impl ExactSizeIterator for ProfessionSetIter {}
