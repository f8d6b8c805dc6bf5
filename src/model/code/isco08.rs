use core::fmt;
use core::str::FromStr;

use super::{digits, put_digits};
use crate::model::error::{CodeError, CodeErrorKind};

const SYSTEM: &str = "ISCO-08";

/// An ISCO-08 unit group, such as `2264` (Physiotherapists). Four digits;
/// major group 0 (armed forces) is valid, so `0110` parses.
///
/// ```
/// use allied_health::{Isco08Code, Profession};
///
/// let code: Isco08Code = "2264".parse()?;
/// assert_eq!(code.to_string(), "2264");
/// assert!(code.professions()?.any(|p| p == Profession::Physiotherapist));
/// assert!("226".parse::<Isco08Code>().is_err());
/// # Ok::<(), allied_health::CodeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Isco08Code(u16);

impl Isco08Code {
    /// Builds a code from the static tables; a bad literal fails the build.
    pub(crate) const fn of(code: u16) -> Isco08Code {
        assert!(code <= 9999);
        Isco08Code(code)
    }

    /// The code as a number.
    ///
    /// ```
    /// use allied_health::Isco08Code;
    ///
    /// assert_eq!("3258".parse::<Isco08Code>()?.as_u16(), 3258);
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

impl fmt::Display for Isco08Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut buf = [0u8; 10];
        f.write_str(self.write_ascii(&mut buf))
    }
}

impl FromStr for Isco08Code {
    type Err = CodeError;

    /// Parses four digits, ignoring surrounding whitespace.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        digits::<4>(s.trim().as_bytes())
            .and_then(|n| u16::try_from(n).ok())
            .map(Isco08Code)
            .ok_or_else(|| CodeError::new(SYSTEM, CodeErrorKind::Malformed, s))
    }
}

crate::serde_ids::code_serde!(Isco08Code);
