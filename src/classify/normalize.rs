//! The text as the dictionary sees it, read in place: the caller's text is
//! never copied. [`step`] reads the next piece of the normalised text from
//! a byte offset of the original, so that every match found in the
//! normalised text has its range in the original.
//!
//! The normalised text is the original with each character folded by
//! [`fold_char`]: a run of spaces, tabs, no-break spaces and other
//! horizontal white space is one space; a run holding a line break is one
//! line feed (no term spans two lines); zero-width characters, soft hyphens
//! and combining marks vanish; dashes are hyphens; full-width forms are
//! ASCII; Latin letters with diacritics are their base letters. Case is
//! kept (abbreviations match in their case); the automaton folds ASCII
//! case as it reads.
//!
//! Plain ASCII, nearly all of most ads, goes byte for byte through a table
//! ([`WALK`] in the automaton's walk, [`PLAIN`] elsewhere); only white
//! space and non-ASCII characters take the slow path of [`step`]. A run of
//! white space or invisible characters longer than [`MAX_RUN_BYTES`] reads
//! as a line break, so that no walk reads more than a bounded number of
//! bytes past a pattern's length.

use std::borrow::Cow;

use crate::spelling::{Folded, fold_char, is_combining_mark};

/// Marks a byte of [`PLAIN`] that needs [`step`]: it is never a byte of
/// UTF-8 text.
pub(crate) const SPECIAL: u8 = 0xFF;

/// A white-space or invisible run longer than this many bytes is a break
/// (a line feed), so that reading past it costs a bounded amount.
pub(crate) const MAX_RUN_BYTES: usize = 64;

/// Each byte of the text as the automaton reads it, ASCII case folded; or
/// [`SPECIAL`] for white space and non-ASCII bytes.
pub(crate) static PLAIN: [u8; 256] = {
    let mut table = [SPECIAL; 256];
    let mut b = 0;
    while b < 0x80 {
        let byte = b as u8;
        if !matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C) {
            table[b] = byte.to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

/// [`PLAIN`] with a space as itself: what the automaton reads first. A
/// second space, like every [`SPECIAL`] byte, leads it to the dead state,
/// for no pattern holds one.
pub(crate) static WALK: [u8; 256] = {
    let mut table = PLAIN;
    table[b' ' as usize] = b' ';
    table
};

/// One piece of the normalised text: one character (in its case) or
/// nothing, and the offset in the original where the next piece starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Step {
    bytes: [u8; 4],
    len: u8,
    /// The character, if the piece is one.
    ch: Option<char>,
    /// Where the next piece starts in the original.
    pub(crate) next: usize,
}

impl Step {
    /// The normalised bytes (none for a run of invisible characters).
    #[inline]
    pub(crate) fn bytes(&self) -> &[u8] {
        &self.bytes[..usize::from(self.len)]
    }

    /// The normalised character, if the piece is one.
    #[inline]
    pub(crate) fn char(&self) -> Option<char> {
        self.ch
    }

    #[inline]
    fn byte(b: u8, next: usize) -> Step {
        Step {
            bytes: [b, 0, 0, 0],
            len: 1,
            ch: Some(char::from(b)),
            next,
        }
    }
}

/// The piece of the normalised text that starts at byte `at` of `text`
/// (which must be a character boundary), or `None` at the end of the text.
///
/// A character that is white space or invisible starts a run of such
/// characters, read as a whole (up to [`MAX_RUN_BYTES`]): nothing if they
/// are all invisible, a space if some are spaces, a line feed if one is a
/// line break or the run is longer.
#[inline]
pub(crate) fn step(text: &str, at: usize) -> Option<Step> {
    let bytes = text.as_bytes();
    let &b = bytes.get(at)?;
    if PLAIN[usize::from(b)] != SPECIAL {
        return Some(Step::byte(b, at + 1));
    }
    // A single space between two plain bytes is the usual case.
    if b == b' '
        && bytes
            .get(at + 1)
            .is_some_and(|&n| PLAIN[usize::from(n)] != SPECIAL)
    {
        return Some(Step::byte(b' ', at + 1));
    }
    special_step(text, at)
}

/// [`step`] at white space or a character beyond ASCII.
#[inline(never)]
fn special_step(text: &str, at: usize) -> Option<Step> {
    let c = text.get(at..)?.chars().next()?;
    match fold_char(c) {
        Folded::Char(folded) => {
            let mut bytes = [0; 4];
            let len = folded.encode_utf8(&mut bytes).len() as u8;
            Some(Step {
                bytes,
                len,
                ch: Some(folded),
                next: at + c.len_utf8(),
            })
        }
        _ => Some(run(text, at)),
    }
}

/// The run of white-space and invisible characters from `at`.
fn run(text: &str, at: usize) -> Step {
    let mut space = false;
    let mut line = false;
    let mut end = at;
    for c in text.get(at..).unwrap_or_default().chars() {
        match fold_char(c) {
            Folded::Char(_) => break,
            Folded::Space => space = true,
            Folded::LineBreak => line = true,
            Folded::Nothing => {}
        }
        end += c.len_utf8();
        if end - at > MAX_RUN_BYTES {
            line = true;
            break;
        }
    }
    if line {
        Step::byte(b'\n', end)
    } else if space {
        Step::byte(b' ', end)
    } else {
        Step {
            bytes: [0; 4],
            len: 0,
            ch: None,
            next: end,
        }
    }
}

/// The first normalised character at or after `at`, and where it ends.
#[inline]
pub(crate) fn char_at(text: &str, mut at: usize) -> Option<(char, usize)> {
    // A run of invisible characters is followed by something else.
    for _ in 0..2 {
        let s = step(text, at)?;
        if let Some(c) = s.char() {
            return Some((c, s.next));
        }
        at = s.next;
    }
    None
}

/// The last normalised character before `at`, looking back over at most
/// [`MAX_RUN_BYTES`] of invisible characters (a longer run is a break).
/// White space reads as a space, whatever its kind.
#[inline]
pub(crate) fn char_before(text: &str, at: usize) -> Option<char> {
    match at.checked_sub(1).and_then(|i| text.as_bytes().get(i)) {
        None => None,
        Some(&b) if b < 0x80 => Some(match PLAIN[usize::from(b)] {
            SPECIAL => ' ',
            _ => char::from(b),
        }),
        Some(_) => char_before_slow(text, at),
    }
}

#[inline(never)]
fn char_before_slow(text: &str, at: usize) -> Option<char> {
    let mut skipped = 0;
    for c in text.get(..at)?.chars().rev() {
        match fold_char(c) {
            Folded::Char(c) => return Some(c),
            Folded::Space | Folded::LineBreak => return Some(' '),
            Folded::Nothing => {
                skipped += c.len_utf8();
                if skipped > MAX_RUN_BYTES {
                    return Some('\n');
                }
            }
        }
    }
    None
}

/// `at` moved past the combining marks that follow it (they belong to the
/// letter before), up to [`MAX_RUN_BYTES`].
#[inline]
pub(crate) fn marks_end(text: &str, at: usize) -> usize {
    // Every combining mark is three bytes or two beyond ASCII.
    if text.as_bytes().get(at).is_none_or(|&b| b < 0x80) {
        return at;
    }
    let mut end = at;
    for c in text.get(at..).unwrap_or_default().chars() {
        if !is_combining_mark(c) || end - at + c.len_utf8() > MAX_RUN_BYTES {
            break;
        }
        end += c.len_utf8();
    }
    end
}

/// Whether `text[start..end]` normalises to exactly `pattern`, case and all.
pub(crate) fn reads_as(text: &str, start: usize, end: usize, pattern: &[u8]) -> bool {
    // Plain ASCII reads as itself.
    if let Some(bytes) = text.as_bytes().get(start..end) {
        if bytes.iter().all(|&b| WALK[usize::from(b)] != SPECIAL)
            && !bytes.windows(2).any(|w| w[0] == b' ' && w[1] == b' ')
        {
            return bytes == pattern;
        }
    }
    let mut at = start;
    let mut rest = pattern;
    while at < end {
        let Some(s) = step(text, at) else {
            return false;
        };
        let Some(tail) = rest.strip_prefix(s.bytes()) else {
            return false;
        };
        rest = tail;
        at = s.next;
    }
    at == end && rest.is_empty()
}

/// The normalised form of a whole string: what a dictionary term is
/// matched as. Leading and trailing white space is dropped. A string that
/// is already normalised (most terms) is borrowed.
pub(crate) fn normalized(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let plain = bytes.iter().all(|&b| WALK[usize::from(b)] != SPECIAL)
        && !bytes.windows(2).any(|w| w[0] == b' ' && w[1] == b' ')
        && bytes.first() != Some(&b' ')
        && bytes.last() != Some(&b' ');
    if plain {
        return Cow::Borrowed(text);
    }
    Cow::Owned(normalized_owned(text))
}

fn normalized_owned(text: &str) -> String {
    let mut out = Vec::with_capacity(text.len());
    let mut at = 0;
    while let Some(s) = step(text, at) {
        out.extend_from_slice(s.bytes());
        at = s.next;
    }
    // Whole characters were written, so the bytes are UTF-8.
    String::from_utf8(out)
        .unwrap_or_default()
        .trim_matches([' ', '\n'])
        .to_owned()
}

/// Whether `text` has nothing but white space and invisible characters.
pub(crate) fn is_blank(text: &str) -> bool {
    text.chars()
        .all(|c| !matches!(fold_char(c), Folded::Char(_)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_every_form_of_the_same_text() {
        for text in [
            "Dental\u{A0}Nurse",
            "Dental  Nurse",
            "Dental\tNurse",
            "Dental \u{3000} Nurse",
            "Dental\u{200B} Nurse",
            " Dental Nurse\u{FEFF}",
        ] {
            assert_eq!(normalized(text), "Dental Nurse", "{text:?}");
        }
        assert_eq!(normalized("Speech–Language"), "Speech-Language");
        assert_eq!(normalized("Speech\u{2011}Language"), "Speech-Language");
        assert_eq!(
            normalized("Ｐｈｙｓｉｏｔｈｅｒａｐｉｓｔ"),
            "Physiotherapist"
        );
        assert_eq!(
            normalized("Physio\u{AD}therapist\u{200B}"),
            "Physiotherapist"
        );
        assert_eq!(
            normalized("Orthoptiste Thérapeute"),
            "Orthoptiste Therapeute"
        );
        assert_eq!(normalized("The\u{301}rapeute"), "Therapeute");
        assert_eq!(normalized("nurse’s"), "nurse's");
        assert_eq!(normalized("a\r\n b"), "a\nb");
        assert_eq!(normalized("£30k 中文"), "£30k 中文");
    }

    #[test]
    fn long_runs_are_breaks() {
        let long = format!("a{}b", "\u{200B}".repeat(30));
        assert_eq!(normalized(&long), "a\nb");
        let short = format!("a{}b", "\u{200B}".repeat(20));
        assert_eq!(normalized(&short), "ab");
        assert_eq!(char_before(&long, long.len() - 1), Some('\n'));
        assert_eq!(char_before(&short, short.len() - 1), Some('a'));
    }

    #[test]
    fn steps_keep_offsets_in_the_original() {
        let text = "x\u{A0}\u{A0}é\u{301}y";
        let s = step(text, 1).unwrap();
        assert_eq!((s.bytes(), s.next), (&b" "[..], 5));
        let s = step(text, 5).unwrap();
        assert_eq!((s.bytes(), s.next), (&b"e"[..], 7));
        let s = step(text, 7).unwrap();
        assert_eq!((s.bytes(), s.next), (&b""[..], 9));
        assert_eq!(marks_end(text, 7), 9);
        assert_eq!(char_at(text, 7), Some(('y', 10)));
        assert!(reads_as(text, 0, 10, b"x ey"));
        assert!(!reads_as(text, 0, 10, b"x Ey"));
        assert!(is_blank(" \u{200B}\t\u{A0}"));
        assert!(!is_blank(" a"));
    }
}
