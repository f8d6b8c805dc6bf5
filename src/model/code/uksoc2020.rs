use core::fmt;
use core::str::FromStr;

use super::{digits, put_digits};
use crate::model::error::{CodeError, CodeErrorKind};

const SYSTEM: &str = "UK SOC 2020";

/// A UK Standard Occupational Classification 2020 unit group, such as `2221`
/// (Physiotherapists). Four digits; the first (the major group) is 1 to 9.
///
/// ```
/// use allied_health::{Profession, UkSoc2020Code};
///
/// let code: UkSoc2020Code = "2221".parse()?;
/// assert_eq!(code.to_string(), "2221");
/// assert_eq!(code.professions()?.collect::<Vec<_>>(), [Profession::Physiotherapist]);
/// assert!("0221".parse::<UkSoc2020Code>().is_err());
/// # Ok::<(), allied_health::CodeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct UkSoc2020Code(u16);

impl UkSoc2020Code {
    /// Builds a code from the static tables; a bad literal fails the build.
    pub(crate) const fn of(code: u16) -> UkSoc2020Code {
        assert!(code >= 1000 && code <= 9999);
        UkSoc2020Code(code)
    }

    /// The code as a number.
    ///
    /// ```
    /// use allied_health::UkSoc2020Code;
    ///
    /// assert_eq!("6133".parse::<UkSoc2020Code>()?.as_u16(), 6133);
    /// # Ok::<(), allied_health::CodeError>(())
    /// ```
    #[must_use]
    pub const fn as_u16(self) -> u16 {
        self.0
    }
    pub(crate) fn write_ascii(self, buf: &mut [u8; 10]) -> &str {
        put_digits(&mut buf[..4], u32::from(self.0), 4);
        core::str::from_utf8(&buf[..4]).unwrap_or_default()
    }
}

impl fmt::Display for UkSoc2020Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut buf = [0u8; 10];
        f.write_str(self.write_ascii(&mut buf))
    }
}

impl FromStr for UkSoc2020Code {
    type Err = CodeError;

    /// Parses four digits, ignoring surrounding whitespace.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        digits::<4>(s.trim().as_bytes())
            .filter(|&n| n >= 1000)
            .and_then(|n| u16::try_from(n).ok())
            .map(UkSoc2020Code)
            .ok_or_else(|| CodeError::new(SYSTEM, CodeErrorKind::Malformed, s))
    }
}

crate::serde_ids::code_serde!(UkSoc2020Code);
