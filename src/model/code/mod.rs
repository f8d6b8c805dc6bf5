//! Occupation codes as validated newtypes, one file per code system, and
//! [`Code`], a code of any system.

mod isco08;
mod onet;
mod soc2018;
mod uksoc2020;

use core::fmt;
use core::str::FromStr;

pub use isco08::Isco08Code;
pub use onet::OnetSocCode;
pub use soc2018::Soc2018Code;
pub use uksoc2020::UkSoc2020Code;

use crate::model::error::{CodeError, CodeErrorKind};

/// A code system this crate knows. Serde and [`FromStr`] use the prefix
/// (`soc2018`, `onet`, `uksoc2020`, `isco08`).
///
/// ```
/// use allied_health::CodeSystem;
///
/// assert_eq!(CodeSystem::Soc2018.prefix(), "soc2018");
/// assert_eq!(CodeSystem::OnetSoc.name(), "O*NET-SOC");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum CodeSystem {
    /// US Standard Occupational Classification, 2018.
    Soc2018,
    /// O*NET-SOC 2019 (as used by O*NET 30.0).
    OnetSoc,
    /// UK Standard Occupational Classification 2020 (ONS).
    UkSoc2020,
    /// International Standard Classification of Occupations, 2008 (ILO).
    Isco08,
}

impl CodeSystem {
    /// Every code system, in a stable order.
    ///
    /// ```
    /// use allied_health::CodeSystem;
    ///
    /// assert_eq!(CodeSystem::ALL.len(), 4);
    /// ```
    pub const ALL: &'static [CodeSystem] = &[
        CodeSystem::Soc2018,
        CodeSystem::OnetSoc,
        CodeSystem::UkSoc2020,
        CodeSystem::Isco08,
    ];

    /// The prefix used in prefixed strings such as `soc2018:29-1123`.
    ///
    /// ```
    /// use allied_health::CodeSystem;
    ///
    /// assert_eq!(CodeSystem::Isco08.prefix(), "isco08");
    /// ```
    #[must_use]
    pub const fn prefix(self) -> &'static str {
        match self {
            CodeSystem::Soc2018 => "soc2018",
            CodeSystem::OnetSoc => "onet",
            CodeSystem::UkSoc2020 => "uksoc2020",
            CodeSystem::Isco08 => "isco08",
        }
    }

    /// The system's usual name.
    ///
    /// ```
    /// use allied_health::CodeSystem;
    ///
    /// assert_eq!(CodeSystem::UkSoc2020.name(), "UK SOC 2020");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            CodeSystem::Soc2018 => "SOC 2018",
            CodeSystem::OnetSoc => "O*NET-SOC",
            CodeSystem::UkSoc2020 => "UK SOC 2020",
            CodeSystem::Isco08 => "ISCO-08",
        }
    }

    /// The official format, `N` standing for a digit; no code is longer
    /// than [`MAX_CODE_LEN`].
    pub(crate) const fn format(self) -> &'static str {
        match self {
            CodeSystem::Soc2018 => "NN-NNNN",
            CodeSystem::OnetSoc => "NN-NNNN.NN",
            CodeSystem::UkSoc2020 | CodeSystem::Isco08 => "NNNN",
        }
    }

    /// Whether `prefix` can begin a code of this system in its official
    /// format: a digit where the format has one, the same separator where it
    /// has one, and no longer than the format. The empty prefix can begin
    /// any code. Query prefixes are checked with it, so that a prefix that
    /// could never match (`2920` for `29-20`) is an error, not an empty
    /// result.
    pub(crate) const fn accepts_prefix(self, prefix: &[u8]) -> bool {
        let format = self.format().as_bytes();
        if prefix.len() > format.len() {
            return false;
        }
        let mut i = 0;
        while i < prefix.len() {
            let fits = match format[i] {
                b'N' => prefix[i].is_ascii_digit(),
                separator => prefix[i] == separator,
            };
            if !fits {
                return false;
            }
            i += 1;
        }
        true
    }

    /// Splits the prefixed form `system:rest` (system case-insensitive,
    /// whitespace around it ignored) into the system and the rest.
    pub(crate) fn split_prefixed(text: &str) -> Option<(CodeSystem, &str)> {
        let (prefix, rest) = text.split_once(':')?;
        Some((prefix.parse().ok()?, rest))
    }
}

/// The length of the longest official format, O*NET-SOC's `NN-NNNN.NN`.
pub(crate) const MAX_CODE_LEN: usize = 10;

impl CodeSystem {
    /// The stable id, the same as [`prefix`](Self::prefix) (used by serde).
    ///
    /// ```
    /// use allied_health::CodeSystem;
    ///
    /// assert_eq!(CodeSystem::OnetSoc.id(), "onet");
    /// ```
    #[must_use]
    pub const fn id(self) -> &'static str {
        self.prefix()
    }
}

impl FromStr for CodeSystem {
    type Err = crate::model::error::ParseIdError;

    /// Parses a prefix (`soc2018`, `onet`, `uksoc2020`, `isco08`), ignoring
    /// ASCII case and surrounding whitespace.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        crate::model::error::parse_id(CodeSystem::ALL, "code system", s, |cs, t| {
            cs.prefix().eq_ignore_ascii_case(t)
        })
    }
}

crate::serde_ids::id_serde!(CodeSystem);

impl fmt::Display for CodeSystem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// An occupation code of any supported system.
///
/// [`Display`](fmt::Display) prints the code alone in its official format;
/// [`Code::to_prefixed_string`] and [`FromStr`] use the prefixed form
/// `system:code`, such as `onet:29-1123.00`.
///
/// ```
/// use allied_health::{Code, CodeSystem};
///
/// let code: Code = "uksoc2020:2221".parse()?;
/// assert_eq!(code.system(), CodeSystem::UkSoc2020);
/// assert_eq!(code.to_string(), "2221");
/// assert_eq!(code.to_prefixed_string(), "uksoc2020:2221");
/// # Ok::<(), allied_health::CodeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum Code {
    /// A US SOC 2018 detailed occupation.
    Soc2018(Soc2018Code),
    /// An O*NET-SOC 2019 occupation.
    OnetSoc(OnetSocCode),
    /// A UK SOC 2020 unit group.
    UkSoc2020(UkSoc2020Code),
    /// An ISCO-08 unit group.
    Isco08(Isco08Code),
}

impl Code {
    /// The code's system.
    ///
    /// ```
    /// use allied_health::{Code, CodeSystem, Isco08Code};
    ///
    /// let code = Code::from("2264".parse::<Isco08Code>()?);
    /// assert_eq!(code.system(), CodeSystem::Isco08);
    /// # Ok::<(), allied_health::CodeError>(())
    /// ```
    #[must_use]
    pub fn system(&self) -> CodeSystem {
        match self {
            Code::Soc2018(_) => CodeSystem::Soc2018,
            Code::OnetSoc(_) => CodeSystem::OnetSoc,
            Code::UkSoc2020(_) => CodeSystem::UkSoc2020,
            Code::Isco08(_) => CodeSystem::Isco08,
        }
    }

    /// The prefixed form, `system:code`: `soc2018:29-1123`, `onet:29-1123.00`,
    /// `uksoc2020:2221`, `isco08:2264`.
    ///
    /// ```
    /// use allied_health::{Code, Soc2018Code};
    ///
    /// let code = Code::from("29-1123".parse::<Soc2018Code>()?);
    /// assert_eq!(code.to_prefixed_string(), "soc2018:29-1123");
    /// # Ok::<(), allied_health::CodeError>(())
    /// ```
    #[must_use]
    pub fn to_prefixed_string(&self) -> String {
        format!("{}:{}", self.system().prefix(), self)
    }

    /// Parses a code of the given system (no prefix).
    ///
    /// # Errors
    ///
    /// A [`CodeError`] of kind [`Malformed`](CodeErrorKind::Malformed) when the
    /// text is not in the system's format.
    ///
    /// ```
    /// use allied_health::{Code, CodeSystem};
    ///
    /// let code = Code::parse_in(CodeSystem::OnetSoc, "29-1123.00")?;
    /// assert_eq!(code.to_string(), "29-1123.00");
    /// assert!(Code::parse_in(CodeSystem::OnetSoc, "29-1123").is_err());
    /// # Ok::<(), allied_health::CodeError>(())
    /// ```
    pub fn parse_in(system: CodeSystem, text: &str) -> Result<Code, CodeError> {
        Ok(match system {
            CodeSystem::Soc2018 => Code::Soc2018(text.parse()?),
            CodeSystem::OnetSoc => Code::OnetSoc(text.parse()?),
            CodeSystem::UkSoc2020 => Code::UkSoc2020(text.parse()?),
            CodeSystem::Isco08 => Code::Isco08(text.parse()?),
        })
    }

    /// Whether the code, in its official format, starts with `prefix`
    /// (`"29-20"`, `"22"`). Used for prefix queries.
    ///
    /// ```
    /// use allied_health::{Code, CodeSystem};
    ///
    /// let code = Code::parse_in(CodeSystem::Soc2018, "29-2034")?;
    /// assert!(code.starts_with("29-20"));
    /// assert!(!code.starts_with("29-1"));
    /// # Ok::<(), allied_health::CodeError>(())
    /// ```
    #[must_use]
    pub fn starts_with(&self, prefix: &str) -> bool {
        let mut buf = [0u8; 10];
        let text = self.write_ascii(&mut buf);
        text.starts_with(prefix)
    }

    /// Writes the official format into a stack buffer (no allocation).
    pub(crate) fn write_ascii<'b>(&self, buf: &'b mut [u8; 10]) -> &'b str {
        match self {
            Code::Soc2018(c) => c.write_ascii(buf),
            Code::OnetSoc(c) => c.write_ascii(buf),
            Code::UkSoc2020(c) => c.write_ascii(buf),
            Code::Isco08(c) => c.write_ascii(buf),
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut buf = [0u8; 10];
        f.write_str(self.write_ascii(&mut buf))
    }
}

impl FromStr for Code {
    type Err = CodeError;

    /// Parses the prefixed form `system:code` (system case-insensitive,
    /// surrounding whitespace ignored).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (system, code) = CodeSystem::split_prefixed(s.trim())
            .ok_or_else(|| CodeError::new("prefixed", CodeErrorKind::UnknownSystem, s))?;
        Code::parse_in(system, code)
    }
}

impl From<Soc2018Code> for Code {
    fn from(c: Soc2018Code) -> Self {
        Code::Soc2018(c)
    }
}

impl From<OnetSocCode> for Code {
    fn from(c: OnetSocCode) -> Self {
        Code::OnetSoc(c)
    }
}

impl From<UkSoc2020Code> for Code {
    fn from(c: UkSoc2020Code) -> Self {
        Code::UkSoc2020(c)
    }
}

impl From<Isco08Code> for Code {
    fn from(c: Isco08Code) -> Self {
        Code::Isco08(c)
    }
}

/// Parses exactly `N` ASCII digits into a number, or `None`.
pub(crate) fn digits<const N: usize>(bytes: &[u8]) -> Option<u32> {
    if bytes.len() != N {
        return None;
    }
    bytes.iter().try_fold(0u32, |acc, &b| {
        b.is_ascii_digit().then(|| acc * 10 + u32::from(b - b'0'))
    })
}

/// Writes `value` as `width` zero-padded ASCII digits into `out`.
pub(crate) fn put_digits(out: &mut [u8], value: u32, width: usize) {
    let mut v = value;
    for i in (0..width).rev() {
        // `v % 10` is below 10, so the cast cannot truncate.
        out[i] = b'0' + (v % 10) as u8;
        v /= 10;
    }
}

#[cfg(feature = "serde")]
mod serde_impls {
    use super::Code;
    use serde::de::Error as _;

    impl serde::Serialize for Code {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_str(&format_args!("{}:{}", self.system().prefix(), self))
        }
    }

    impl<'de> serde::Deserialize<'de> for Code {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
            s.parse().map_err(D::Error::custom)
        }
    }
}
