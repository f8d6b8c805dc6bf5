//! Lookups by code: the index from every code in the registry to the
//! professions that carry it, [`lookup_code`], and each code type's
//! `professions()`.

use std::sync::LazyLock;

use crate::data::PROFESSIONS;
use crate::model::code::{Code, Isco08Code, OnetSocCode, Soc2018Code, UkSoc2020Code};
use crate::model::error::{CodeError, CodeErrorKind};
use crate::model::set::{ProfessionSet, ProfessionSetIter};

/// A sorted index from every code in the registry to the professions that
/// carry it, built once on first use.
///
/// Codes are searched as packed integers (see [`key`]) rather than as `Code`
/// values, so that each comparison in the binary search is one integer
/// compare instead of a comparison of enum variants and their contents.
pub(crate) struct CodeIndex {
    keys: Vec<u64>,
    sets: Vec<ProfessionSet>,
}

/// Packs a code into an integer whose order groups codes by system: the
/// system's tag above bit 40, the code's digits below.
fn key(code: Code) -> u64 {
    match code {
        Code::Soc2018(c) => 1 << 40 | u64::from(c.as_u32()) << 8,
        Code::OnetSoc(c) => 2 << 40 | u64::from(c.soc().as_u32()) << 8 | u64::from(c.suffix()),
        Code::UkSoc2020(c) => 3 << 40 | u64::from(c.as_u16()),
        Code::Isco08(c) => 4 << 40 | u64::from(c.as_u16()),
    }
}

impl CodeIndex {
    fn build() -> CodeIndex {
        let mut entries: Vec<(Code, ProfessionSet)> = Vec::new();
        for info in PROFESSIONS.iter() {
            for code in info.recognitions().iter().flat_map(|r| r.codes()) {
                match entries.iter_mut().find(|(c, _)| c == code) {
                    Some((_, set)) => *set = set.with(info.profession()),
                    None => entries.push((*code, ProfessionSet::EMPTY.with(info.profession()))),
                }
            }
        }
        // An O*NET code also finds its SOC code's professions: fold those in
        // now so that a lookup is one binary search.
        let soc_set = |soc: Code, entries: &[(Code, ProfessionSet)]| {
            entries
                .iter()
                .find(|(c, _)| *c == soc)
                .map_or(ProfessionSet::EMPTY, |(_, set)| *set)
        };
        let mut keyed: Vec<(u64, ProfessionSet)> = entries
            .iter()
            .map(|(code, set)| match code {
                Code::OnetSoc(o) => (
                    key(*code),
                    set.union(soc_set(Code::Soc2018(o.soc()), &entries)),
                ),
                _ => (key(*code), *set),
            })
            .collect();
        keyed.sort_unstable_by_key(|(k, _)| *k);
        let (keys, sets) = keyed.into_iter().unzip();
        CodeIndex { keys, sets }
    }

    fn exact(&self, code: Code) -> ProfessionSet {
        self.keys
            .binary_search(&key(code))
            .map_or(ProfessionSet::EMPTY, |i| self.sets[i])
    }

    /// The professions carrying `code`; an O*NET code also finds the
    /// professions of its SOC 2018 detailed code.
    pub(crate) fn professions(&self, code: Code) -> ProfessionSet {
        let exact = self.exact(code);
        match code {
            Code::OnetSoc(o) if exact.is_empty() => self.exact(Code::Soc2018(o.soc())),
            _ => exact,
        }
    }
}

static CODE_INDEX: LazyLock<CodeIndex> = LazyLock::new(CodeIndex::build);

fn code_index() -> &'static CodeIndex {
    &CODE_INDEX
}

/// The professions that carry exactly `code` (an O*NET code does not fall
/// back to its SOC code).
pub(crate) fn exact_professions(code: Code) -> ProfessionSet {
    code_index().exact(code)
}

/// The professions that carry `code` (for an O*NET code, also those carrying
/// its SOC 2018 detailed code).
pub(crate) fn professions_with(code: Code) -> Result<ProfessionSetIter, CodeError> {
    let set = code_index().professions(code);
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

impl Soc2018Code {
    /// The professions in the registry that carry this code.
    ///
    /// # Errors
    ///
    /// A [`CodeError`] of kind [`Unknown`](CodeErrorKind::Unknown) when no
    /// profession carries it.
    ///
    /// ```
    /// use allied_health::{Profession, Soc2018Code};
    ///
    /// let both: Vec<_> = "29-2091".parse::<Soc2018Code>()?.professions()?.collect();
    /// assert_eq!(both, [Profession::Prosthetist, Profession::Orthotist]);
    /// assert!("11-1011".parse::<Soc2018Code>()?.professions().is_err());
    /// # Ok::<(), allied_health::CodeError>(())
    /// ```
    pub fn professions(self) -> Result<ProfessionSetIter, CodeError> {
        professions_with(Code::Soc2018(self))
    }
}

impl OnetSocCode {
    /// The professions that carry this O*NET code, together with those that
    /// carry its SOC 2018 detailed code.
    ///
    /// # Errors
    ///
    /// A [`CodeError`] of kind [`Unknown`](CodeErrorKind::Unknown) when there
    /// are none.
    ///
    /// ```
    /// use allied_health::{OnetSocCode, Profession};
    ///
    /// // Not in the registry itself, but its SOC code 29-1123 is.
    /// let found: Vec<_> = "29-1123.07".parse::<OnetSocCode>()?.professions()?.collect();
    /// assert_eq!(found, [Profession::Physiotherapist]);
    /// # Ok::<(), allied_health::CodeError>(())
    /// ```
    pub fn professions(self) -> Result<ProfessionSetIter, CodeError> {
        professions_with(Code::OnetSoc(self))
    }
}

impl UkSoc2020Code {
    /// The professions in the registry that carry this unit group.
    ///
    /// # Errors
    ///
    /// A [`CodeError`] of kind [`Unknown`](CodeErrorKind::Unknown) when there
    /// are none.
    ///
    /// ```
    /// use allied_health::{Profession, UkSoc2020Code};
    ///
    /// let found: Vec<_> = "6133".parse::<UkSoc2020Code>()?.professions()?.collect();
    /// assert_eq!(found, [Profession::DentalAssistant]);
    /// # Ok::<(), allied_health::CodeError>(())
    /// ```
    pub fn professions(self) -> Result<ProfessionSetIter, CodeError> {
        professions_with(Code::UkSoc2020(self))
    }
}

impl Isco08Code {
    /// The professions in the registry that carry this unit group.
    ///
    /// # Errors
    ///
    /// A [`CodeError`] of kind [`Unknown`](CodeErrorKind::Unknown) when there
    /// are none.
    ///
    /// ```
    /// use allied_health::{Isco08Code, Profession};
    ///
    /// let found: Vec<_> = "2265".parse::<Isco08Code>()?.professions()?.collect();
    /// assert_eq!(found, [Profession::Dietitian]);
    /// # Ok::<(), allied_health::CodeError>(())
    /// ```
    pub fn professions(self) -> Result<ProfessionSetIter, CodeError> {
        professions_with(Code::Isco08(self))
    }
}
