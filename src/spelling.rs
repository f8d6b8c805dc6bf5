//! The ways one word is written, shared by title lookup and the classifier
//! so that both read them alike: UK and US spellings ("paediatric" and
//! "pediatric"), and the Unicode forms of the same text ([`fold_char`]:
//! no-break and other spaces, zero-width characters, dashes, full-width
//! forms, letters with diacritics).

/// Pairs of (UK, US) word parts. A part is replaced wherever it occurs in a
/// word, so "paed" also covers "orthopaedic" and "paediatrician".
pub(crate) const UK_US: &[(&str, &str)] = &[
    ("paed", "ped"),
    ("anaes", "anes"),
    ("haem", "hem"),
    ("gynae", "gyne"),
    ("oesoph", "esoph"),
    ("oedem", "edem"),
    ("foet", "fet"),
    ("leukaem", "leukem"),
    ("dietician", "dietitian"),
    ("theatre", "theater"),
    ("centre", "center"),
    ("isation", "ization"),
    ("ised", "ized"),
    ("behaviour", "behavior"),
    ("tumour", "tumor"),
    ("colour", "color"),
    ("labour", "labor"),
    ("programme", "program"),
];

/// Rewrites one lower-case word from UK to US spelling.
pub(crate) fn to_us(word: &str) -> String {
    let bits = byte_bits(word);
    UK_US
        .iter()
        .zip(&UK_US_BITS)
        // A part with a byte the word lacks is not in it.
        .filter(|((uk, _), (uk_bits, _))| uk_bits & !bits == 0 && word.contains(uk))
        .fold(word.to_owned(), |w, ((uk, us), _)| w.replace(uk, us))
}

/// The byte sets of the UK and US spellings of [`UK_US`].
pub(crate) static UK_US_BITS: [(u64, u64); UK_US.len()] = {
    let mut bits = [(0, 0); UK_US.len()];
    let mut i = 0;
    while i < UK_US.len() {
        bits[i] = (byte_bits(UK_US[i].0), byte_bits(UK_US[i].1));
        i += 1;
    }
    bits
};

/// The set of the bytes of `s`, each as a bit of a set of 64 (its value
/// modulo 64): a string whose bytes are not all in it is not a substring
/// of `s`.
pub(crate) const fn byte_bits(s: &str) -> u64 {
    let bytes = s.as_bytes();
    let mut bits = 0;
    let mut i = 0;
    while i < bytes.len() {
        bits |= 1 << (bytes[i] % 64);
        i += 1;
    }
    bits
}

/// What one character of text counts as when text is compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Folded {
    /// A character, in its plain form: `'e'` for `'é'`, `'A'` for `'Ａ'`,
    /// `'-'` for a dash, `'\''` for a typographic apostrophe. Case is kept.
    Char(char),
    /// Space between words on one line: a space, a tab, a no-break or
    /// ideographic space, ...
    Space,
    /// The end of a line: a line feed, carriage return, vertical tab, form
    /// feed, next line, line or paragraph separator.
    LineBreak,
    /// Nothing at all: zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner,
    /// BOM), the soft hyphen, bidirectional controls, variation selectors
    /// and combining diacritical marks (the accent of a decomposed "é").
    Nothing,
}

/// The plain form of `c` for comparing text, one character at a time:
/// composed and decomposed accents fold alike (`'é'` to `'e'`, and `'e'`
/// followed by U+0301, whose mark is [`Folded::Nothing`]).
///
/// Letters of the Latin-1 Supplement, Latin Extended-A and -B and Latin
/// Extended Additional blocks with a diacritic fold to their base letter,
/// as do a few letters with a stroke (`ø`, `ł`, `đ`, `ħ`); ligatures (`æ`,
/// `œ`, `ß`) stay as they are. Full-width forms U+FF01..U+FF5E fold to ASCII.
pub(crate) fn fold_char(c: char) -> Folded {
    let cp = u32::from(c);
    if cp < 0x80 {
        return match c {
            '\n' | '\r' | '\u{0B}' | '\u{0C}' => Folded::LineBreak,
            ' ' | '\t' => Folded::Space,
            _ => Folded::Char(c),
        };
    }
    match cp {
        0x85 | 0x2028 | 0x2029 => Folded::LineBreak,
        0xC0..0x250 => latin(LATIN, cp - 0xC0, c),
        0x1E00..0x1F00 => latin(LATIN_ADDITIONAL, cp - 0x1E00, c),
        0x2010..=0x2015 | 0x2212 | 0xFE58 | 0xFE63 => Folded::Char('-'),
        0x2018 | 0x2019 | 0x201B | 0x02BC | 0x2032 => Folded::Char('\''),
        // Full-width ASCII, folded again: U+FF0D is a hyphen-minus.
        0xFF01..=0xFF5E => char::from_u32(cp - 0xFEE0).map_or(Folded::Char(c), fold_char),
        _ if is_invisible(cp) => Folded::Nothing,
        _ if c.is_whitespace() => Folded::Space,
        _ => Folded::Char(c),
    }
}

/// Whether `c` is a combining diacritical mark: part of the letter before
/// it, as the accent of a decomposed "é".
pub(crate) fn is_combining_mark(c: char) -> bool {
    matches!(
        u32::from(c),
        0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F
    )
}

/// Characters that take no room: zero-width spaces and joiners, the soft
/// hyphen, bidirectional and other format controls, variation selectors,
/// and combining marks.
fn is_invisible(cp: u32) -> bool {
    matches!(
        cp,
        0x00AD
            | 0x034F
            | 0x061C
            | 0x180E
            | 0x200B..=0x200F
            | 0x202A..=0x202E
            | 0x2060..=0x2064
            | 0x2066..=0x206F
            | 0xFE00..=0xFE0F
            | 0xFEFF
    ) || char::from_u32(cp).is_some_and(is_combining_mark)
}

/// The base letter of `c` from `table` (`.` for none).
fn latin(table: &[u8], i: u32, c: char) -> Folded {
    match table.get(i as usize) {
        Some(&b) if b != b'.' => Folded::Char(char::from(b)),
        _ => Folded::Char(c),
    }
}

/// The base letters of U+00C0..U+0250, one byte each; `.` for none.
const LATIN: &[u8; 400] = b"\
    AAAAAA.CEEEEIIIIDNOOOOO.OUUUUY..aaaaaa.ceeeeiiiidnooooo.ouuuuy.y\
    AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi..JjKk.LlLlLl.\
    .LlNnNnNn...OoOoOo..RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZz.\
    b......................I........Oo.............Uu....Zz.........\
    .............AaIiOoUuUuUuUuUu.AaAa....GgKkOoOo..j...Gg..NnAa....\
    AaAaEeEeIiIiOoOoRrRrUuUuSsTt..Hh......AaEeOoOoOoOoYy............\
    ................\
";

/// The base letters of U+1E00..U+1F00, one byte each; `.` for none.
const LATIN_ADDITIONAL: &[u8; 256] = b"\
    AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMm\
    MmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVv\
    WwWwWwWwWwXxXxYyZzZzZzhtwy......AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEe\
    EeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy......\
";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rewrites_every_uk_part_of_a_word() {
        assert_eq!(to_us("orthopaedic"), "orthopedic");
        assert_eq!(to_us("paediatrician"), "pediatrician");
        assert_eq!(to_us("anaesthetist"), "anesthetist");
        assert_eq!(to_us("haematology"), "hematology");
        assert_eq!(to_us("specialised"), "specialized");
        assert_eq!(to_us("behaviour"), "behavior");
        assert_eq!(to_us("therapist"), "therapist");
    }

    #[test]
    fn us_spellings_are_left_alone() {
        for (_, us) in UK_US {
            assert_eq!(to_us(us), *us, "{us}");
        }
    }
    #[test]
    fn folds_spaces_dashes_and_invisible_characters() {
        for c in ['\u{A0}', '\t', '\u{2007}', '\u{202F}', '\u{3000}', ' '] {
            assert_eq!(fold_char(c), Folded::Space, "{c:?}");
        }
        for c in ['\n', '\r', '\u{85}', '\u{2028}', '\u{2029}'] {
            assert_eq!(fold_char(c), Folded::LineBreak, "{c:?}");
        }
        for c in [
            '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}', '\u{AD}', '\u{301}',
        ] {
            assert_eq!(fold_char(c), Folded::Nothing, "{c:?}");
        }
        for c in [
            '\u{2010}', '\u{2011}', '\u{2013}', '\u{2014}', '\u{2015}', '\u{2212}', '\u{FF0D}',
        ] {
            assert_eq!(fold_char(c), Folded::Char('-'), "{c:?}");
        }
        assert_eq!(fold_char('\u{2019}'), Folded::Char('\''));
    }

    #[test]
    fn folds_letters_to_their_base_and_full_width_to_ascii() {
        let fold = |s: &str| -> String {
            s.chars()
                .filter_map(|c| match fold_char(c) {
                    Folded::Char(c) => Some(c),
                    Folded::Space => Some(' '),
                    Folded::LineBreak => Some('\n'),
                    Folded::Nothing => None,
                })
                .collect()
        };
        assert_eq!(fold("Thérapeute"), "Therapeute");
        assert_eq!(fold("The\u{301}rapeute"), "Therapeute");
        assert_eq!(fold("ÀÉÎÕÜÇÑ àéîõüçñ ŁøĐħ Ẽẞ"), "AEIOUCN aeioucn LoDh Eẞ");
        assert_eq!(fold("Ｐｈｙｓｉｏ－ｔｈｅｒａｐｉｓｔ"), "Physio-therapist");
        assert_eq!(fold("æ œ ß × ÷ 中"), "æ œ ß × ÷ 中");
    }

    #[test]
    fn base_letters_keep_case_and_letterhood() {
        for cp in (0xC0..0x250).chain(0x1E00..0x1F00) {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            if let Folded::Char(b) = fold_char(c) {
                if b != c {
                    assert!(
                        b.is_ascii_alphabetic() && c.is_alphabetic(),
                        "{c:?} -> {b:?}"
                    );
                    assert!(
                        c.is_lowercase() == b.is_ascii_lowercase() || !c.is_uppercase(),
                        "{c:?} -> {b:?}"
                    );
                }
            }
        }
    }
}
