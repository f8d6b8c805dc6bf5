use core::fmt;
use core::str::FromStr;

use super::{Soc2018Code, digits, put_digits};
use crate::model::error::{CodeError, CodeErrorKind};

const SYSTEM: &str = "O*NET-SOC";

/// An O*NET-SOC 2019 code, such as `29-1123.00`: a SOC 2018 detailed code
/// and a two-digit O*NET suffix (`.00` for the SOC occupation itself).
///
/// ```
/// use allied_health::{OnetSocCode, Profession};
///
/// let code: OnetSocCode = "29-1129.01".parse()?;
/// assert_eq!(code.soc().to_string(), "29-1129");
/// assert_eq!(code.to_string(), "29-1129.01");
/// assert!(code.professions()?.any(|p| p == Profession::ArtTherapist));
/// # Ok::<(), allied_health::CodeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct OnetSocCode {
    soc: Soc2018Code,
    suffix: u8,
}

impl OnetSocCode {
    /// Builds a code from the static tables; a bad literal fails the build.
    /// The O*NET-SOC code `soc.suffix` (`.00` is the SOC occupation itself).
    pub(crate) const fn of_soc(soc: Soc2018Code, suffix: u8) -> OnetSocCode {
        OnetSocCode { soc, suffix }
    }

    pub(crate) const fn of(major: u8, detail: u16, suffix: u8) -> OnetSocCode {
        assert!(suffix <= 99);
        OnetSocCode {
            soc: Soc2018Code::of(major, detail),
            suffix,
        }
    }

    /// The SOC 2018 detailed code this O*NET occupation belongs to (its first
    /// seven characters).
    ///
    /// ```
    /// use allied_health::OnetSocCode;
    ///
    /// assert_eq!("29-2099.01".parse::<OnetSocCode>()?.soc().to_string(), "29-2099");
    /// # Ok::<(), allied_health::CodeError>(())
    /// ```
    #[must_use]
    pub const fn soc(self) -> Soc2018Code {
        self.soc
    }

    /// The two-digit suffix after the dot.
    ///
    /// ```
    /// use allied_health::OnetSocCode;
    ///
    /// assert_eq!("29-2099.05".parse::<OnetSocCode>()?.suffix(), 5);
    /// # Ok::<(), allied_health::CodeError>(())
    /// ```
    #[must_use]
    pub const fn suffix(self) -> u8 {
        self.suffix
    }
    pub(crate) fn write_ascii(self, buf: &mut [u8; 10]) -> &str {
        let _ = self.soc.write_ascii(buf);
        buf[7] = b'.';
        put_digits(&mut buf[8..10], u32::from(self.suffix), 2);
        core::str::from_utf8(&buf[..10]).unwrap_or_default()
    }
}

impl fmt::Display for OnetSocCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut buf = [0u8; 10];
        f.write_str(self.write_ascii(&mut buf))
    }
}

impl FromStr for OnetSocCode {
    type Err = CodeError;

    /// Parses `NN-NNNN.NN`, ignoring surrounding whitespace.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let b = s.trim().as_bytes();
        let parsed = (b.len() == 10 && b[7] == b'.')
            .then(|| {
                let soc = Soc2018Code::parse_bytes(&b[..7])?;
                let suffix = u8::try_from(digits::<2>(&b[8..])?).ok()?;
                Some(OnetSocCode { soc, suffix })
            })
            .flatten();
        parsed.ok_or_else(|| CodeError::new(SYSTEM, CodeErrorKind::Malformed, s))
    }
}

crate::serde_ids::code_serde!(OnetSocCode);
