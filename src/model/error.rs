//! Error types. Each is an opaque struct that keeps the offending input.

use std::fmt;

/// An id (of a profession, jurisdiction or definition) that names nothing.
///
/// ```
/// use allied_health::Profession;
///
/// let err = "nurse".parse::<Profession>().unwrap_err();
/// assert_eq!(err.input(), "nurse");
/// assert_eq!(err.to_string(), "unknown profession id \"nurse\"");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown {kind} id {input:?}")]
pub struct ParseIdError {
    kind: &'static str,
    input: Box<str>,
}

impl ParseIdError {
    pub(crate) fn new(kind: &'static str, input: &str) -> Self {
        ParseIdError {
            kind,
            input: truncate(input),
        }
    }

    /// The text that failed to parse (at most 200 characters of it).
    ///
    /// ```
    /// use allied_health::Jurisdiction;
    ///
    /// assert_eq!("uk".parse::<Jurisdiction>().unwrap_err().input(), "uk");
    /// ```
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }

    /// What kind of id was expected: `"profession"`, `"jurisdiction"`,
    /// `"definition"`, ...
    ///
    /// ```
    /// use allied_health::Definition;
    ///
    /// assert_eq!("nhs".parse::<Definition>().unwrap_err().expected(), "definition");
    /// ```
    #[must_use]
    pub fn expected(&self) -> &'static str {
        self.kind
    }
}

/// Finds the value of `all` that `is` says `text` names, after trimming
/// surrounding whitespace: the one parsing rule of every id type.
pub(crate) fn parse_id<T: Copy>(
    all: &[T],
    kind: &'static str,
    text: &str,
    is: impl Fn(T, &str) -> bool,
) -> Result<T, ParseIdError> {
    let trimmed = text.trim();
    all.iter()
        .copied()
        .find(|v| is(*v, trimmed))
        .ok_or_else(|| ParseIdError::new(kind, text))
}

/// Why a code failed to parse, or why a lookup by code found nothing.
///
/// ```
/// use allied_health::{CodeErrorKind, Soc2018Code};
///
/// let err = "29-11".parse::<Soc2018Code>().unwrap_err();
/// assert_eq!(err.kind(), CodeErrorKind::Malformed);
/// assert_eq!(err.input(), "29-11");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct CodeError {
    system: &'static str,
    kind: CodeErrorKind,
    input: Box<str>,
}

/// The kinds of [`CodeError`].
///
/// ```
/// use allied_health::{lookup_code, CodeErrorKind};
///
/// assert_eq!(lookup_code("soc2018:11-1011").unwrap_err().kind(), CodeErrorKind::Unknown);
/// assert_eq!(lookup_code("soc2018:11-10").unwrap_err().kind(), CodeErrorKind::Malformed);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CodeErrorKind {
    /// The text is not in the code system's format (digits, dashes, dots,
    /// length, or a major group the system does not have).
    Malformed,
    /// The code is well formed, but no profession in the registry carries it.
    Unknown,
    /// A prefixed code (`soc2018:…`) names no code system this crate knows.
    UnknownSystem,
}

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            CodeErrorKind::Malformed => {
                write!(f, "malformed {} code {:?}", self.system, self.input)
            }
            CodeErrorKind::Unknown => write!(
                f,
                "no profession in the registry has {} code {:?}",
                self.system, self.input
            ),
            CodeErrorKind::UnknownSystem => write!(
                f,
                "unknown code system in {:?} (expected soc2018:, onet:, uksoc2020: or isco08:)",
                self.input
            ),
        }
    }
}

impl CodeError {
    pub(crate) fn new(system: &'static str, kind: CodeErrorKind, input: &str) -> Self {
        CodeError {
            system,
            kind,
            input: truncate(input),
        }
    }

    /// What went wrong.
    ///
    /// ```
    /// use allied_health::{CodeErrorKind, Isco08Code};
    ///
    /// assert_eq!("22a4".parse::<Isco08Code>().unwrap_err().kind(), CodeErrorKind::Malformed);
    /// ```
    #[must_use]
    pub fn kind(&self) -> CodeErrorKind {
        self.kind
    }

    /// The text that failed (at most 200 characters of it).
    ///
    /// ```
    /// use allied_health::UkSoc2020Code;
    ///
    /// assert_eq!("222".parse::<UkSoc2020Code>().unwrap_err().input(), "222");
    /// ```
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }

    /// The code system: `"SOC 2018"`, `"O*NET-SOC"`, `"UK SOC 2020"` or `"ISCO-08"`.
    ///
    /// ```
    /// use allied_health::OnetSocCode;
    ///
    /// assert_eq!("29-1123".parse::<OnetSocCode>().unwrap_err().system(), "O*NET-SOC");
    /// ```
    #[must_use]
    pub fn system(&self) -> &'static str {
        self.system
    }
}

/// Keeps error values small when the input was huge.
pub(crate) fn truncate(input: &str) -> Box<str> {
    const MAX_CHARS: usize = 200;
    match input.char_indices().nth(MAX_CHARS) {
        Some((end, _)) => input[..end].into(),
        None => input.into(),
    }
}
