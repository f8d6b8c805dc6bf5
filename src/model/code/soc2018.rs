use core::fmt;
use core::str::FromStr;

use super::{digits, put_digits};
use crate::model::error::{CodeError, CodeErrorKind};

const SYSTEM: &str = "SOC 2018";

/// The SOC 2018 major groups (two digits before the dash).
const MAJOR_GROUPS: [u8; 23] = [
    11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41, 43, 45, 47, 49, 51, 53, 55,
];

/// A US Standard Occupational Classification 2018 code, such as `29-1123`
/// (Physical Therapists).
///
/// Parsing checks the format `NN-NNNN` and that the major group exists; it
/// accepts codes of every level (`29-0000`, `29-1120`, `29-1123`).
///
/// ```
/// use allied_health::{Profession, Soc2018Code};
///
/// let code: Soc2018Code = "29-1123".parse()?;
/// assert_eq!(code.to_string(), "29-1123");
/// assert_eq!(code.major_group(), 29);
/// assert_eq!(code.professions()?.collect::<Vec<_>>(), [Profession::Physiotherapist]);
/// assert!("29-112".parse::<Soc2018Code>().is_err());
/// assert!("30-1123".parse::<Soc2018Code>().is_err()); // no major group 30
/// # Ok::<(), allied_health::CodeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Soc2018Code(u32);

impl Soc2018Code {
    /// Builds a code from the static tables; a bad literal fails the build.
    pub(crate) const fn of(major: u8, detail: u16) -> Soc2018Code {
        assert!(is_major_group(major) && detail <= 9999);
        Soc2018Code(major as u32 * 10_000 + detail as u32)
    }

    /// The two-digit major group (`29` for healthcare practitioners).
    ///
    /// ```
    /// use allied_health::Soc2018Code;
    ///
    /// assert_eq!("31-9097".parse::<Soc2018Code>()?.major_group(), 31);
    /// # Ok::<(), allied_health::CodeError>(())
    /// ```
    #[must_use]
    pub const fn major_group(self) -> u8 {
        // At most 55, so the cast cannot truncate.
        (self.0 / 10_000) as u8
    }

    /// The code as the six-digit number `291123`.
    ///
    /// ```
    /// use allied_health::Soc2018Code;
    ///
    /// assert_eq!("29-1123".parse::<Soc2018Code>()?.as_u32(), 291123);
    /// # Ok::<(), allied_health::CodeError>(())
    /// ```
    #[must_use]
    pub const fn as_u32(self) -> u32 {
        self.0
    }
    pub(crate) fn write_ascii(self, buf: &mut [u8; 10]) -> &str {
        put_digits(&mut buf[0..2], self.0 / 10_000, 2);
        buf[2] = b'-';
        put_digits(&mut buf[3..7], self.0 % 10_000, 4);
        core::str::from_utf8(&buf[..7]).unwrap_or_default()
    }

    /// Parses the bytes of `NN-NNNN`; shared with the O*NET parser.
    pub(crate) fn parse_bytes(b: &[u8]) -> Option<Soc2018Code> {
        if b.len() != 7 || b[2] != b'-' {
            return None;
        }
        let major = digits::<2>(&b[..2])?;
        let detail = digits::<4>(&b[3..])?;
        let major = u8::try_from(major).ok()?;
        is_major_group(major).then_some(Soc2018Code(u32::from(major) * 10_000 + detail))
    }
}

const fn is_major_group(major: u8) -> bool {
    let mut i = 0;
    while i < MAJOR_GROUPS.len() {
        if MAJOR_GROUPS[i] == major {
            return true;
        }
        i += 1;
    }
    false
}

impl fmt::Display for Soc2018Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut buf = [0u8; 10];
        f.write_str(self.write_ascii(&mut buf))
    }
}

impl FromStr for Soc2018Code {
    type Err = CodeError;

    /// Parses `NN-NNNN`, ignoring surrounding whitespace.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Soc2018Code::parse_bytes(s.trim().as_bytes())
            .ok_or_else(|| CodeError::new(SYSTEM, CodeErrorKind::Malformed, s))
    }
}

crate::serde_ids::code_serde!(Soc2018Code);
