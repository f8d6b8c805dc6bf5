//! Error types. Each is an opaque struct that keeps the offending input.

use std::fmt;

use crate::model::code::CodeSystem;
use crate::query::Query;

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

/// A filter that a [`Query`] cannot hold: a word longer than
/// [`Query::MAX_WORD_LEN`] bytes, or a code prefix that cannot begin a code
/// in its system's official format. Returned by the fallible setters
/// ([`Query::try_word`], [`Query::try_code_prefix`]) and by deserialisation.
///
/// ```
/// use allied_health::{CodeSystem, Query, QueryErrorKind};
///
/// let err = Query::new().try_code_prefix(CodeSystem::Soc2018, "2920").unwrap_err();
/// assert_eq!(err.kind(), QueryErrorKind::MalformedCodePrefix);
/// assert_eq!(err.input(), "2920");
/// assert_eq!(err.to_string(), "\"2920\" cannot begin a SOC 2018 code (NN-NNNN)");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct QueryError {
    reason: QueryErrorReason,
    input: Box<str>,
}

/// The kinds of [`QueryError`].
///
/// ```
/// use allied_health::{Query, QueryErrorKind};
///
/// let long = "x".repeat(Query::MAX_WORD_LEN + 1);
/// assert_eq!(Query::new().try_word(&long).unwrap_err().kind(), QueryErrorKind::WordTooLong);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum QueryErrorKind {
    /// The word, once trimmed, is longer than [`Query::MAX_WORD_LEN`] bytes.
    WordTooLong,
    /// The code prefix cannot begin a code in its system's official format
    /// (a digit where a dash belongs, or longer than a whole code).
    MalformedCodePrefix,
}

/// What went wrong, with the code system the message names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum QueryErrorReason {
    WordTooLong,
    MalformedCodePrefix(CodeSystem),
}

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.reason {
            QueryErrorReason::WordTooLong => write!(
                f,
                "word {:?} is longer than the {} bytes a query holds",
                self.input,
                Query::MAX_WORD_LEN
            ),
            QueryErrorReason::MalformedCodePrefix(system) => write!(
                f,
                "{:?} cannot begin a {} code ({})",
                self.input,
                system.name(),
                system.format()
            ),
        }
    }
}

impl QueryError {
    pub(crate) fn word_too_long(input: &str) -> Self {
        QueryError {
            reason: QueryErrorReason::WordTooLong,
            input: truncate(input),
        }
    }

    pub(crate) fn malformed_code_prefix(system: CodeSystem, input: &str) -> Self {
        QueryError {
            reason: QueryErrorReason::MalformedCodePrefix(system),
            input: truncate(input),
        }
    }

    /// What went wrong.
    ///
    /// ```
    /// use allied_health::{CodeSystem, Query, QueryErrorKind};
    ///
    /// let err = Query::new().try_code_prefix(CodeSystem::Isco08, "22641").unwrap_err();
    /// assert_eq!(err.kind(), QueryErrorKind::MalformedCodePrefix);
    /// ```
    #[must_use]
    pub fn kind(&self) -> QueryErrorKind {
        match self.reason {
            QueryErrorReason::WordTooLong => QueryErrorKind::WordTooLong,
            QueryErrorReason::MalformedCodePrefix(_) => QueryErrorKind::MalformedCodePrefix,
        }
    }

    /// The text that was refused (at most 200 characters of it).
    ///
    /// ```
    /// use allied_health::{CodeSystem, Query};
    ///
    /// let err = Query::new().try_code_prefix(CodeSystem::UkSoc2020, "22-1").unwrap_err();
    /// assert_eq!(err.input(), "22-1");
    /// ```
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }
}

/// Keeps error values small when the input was huge.
fn truncate(input: &str) -> Box<str> {
    const MAX_CHARS: usize = 200;
    match input.char_indices().nth(MAX_CHARS) {
        Some((end, _)) => input[..end].into(),
        None => input.into(),
    }
}
