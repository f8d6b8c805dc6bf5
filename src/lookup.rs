//! Lookups by code, and [`ProfessionSet`], the small set they return.

use crate::code::Code;
use crate::data;
use crate::error::{CodeError, CodeErrorKind};
use crate::profession::Profession;

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

/// The professions that carry `code` (for an O*NET code, also those carrying
/// its SOC 2018 detailed code).
pub(crate) fn professions_with(code: Code) -> Result<ProfessionSetIter, CodeError> {
    let set = data::code_index().professions(code);
    if set.is_empty() {
        let mut buf = [0u8; 10];
        return Err(CodeError::new(
            code.system().name(),
            CodeErrorKind::Unknown,
            code.write_ascii(&mut buf),
        ));
    }
    Ok(set.iter())
}

/// Finds the professions carrying a code written in the prefixed form
/// (`soc2018:29-1123`, `onet:29-1123.00`, `uksoc2020:2221`, `isco08:2264`).
///
/// # Errors
///
/// A [`CodeError`]: [`UnknownSystem`](CodeErrorKind::UnknownSystem) for a
/// missing or unknown prefix, [`Malformed`](CodeErrorKind::Malformed) for a
/// code not in its system's format, [`Unknown`](CodeErrorKind::Unknown) when
/// no profession carries it.
///
/// ```
/// use allied_health::{lookup_code, Profession};
///
/// let found: Vec<_> = lookup_code("isco08:2269")?.collect();
/// assert!(found.contains(&Profession::Podiatrist));
/// assert!(lookup_code("29-1123").is_err()); // no prefix
/// # Ok::<(), allied_health::CodeError>(())
/// ```
pub fn lookup_code(prefixed: &str) -> Result<ProfessionSetIter, CodeError> {
    let code: Code = prefixed.parse()?;
    professions_with(code)
}
