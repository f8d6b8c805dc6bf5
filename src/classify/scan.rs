//! Matching: the dictionary's patterns found in the normalised text (see
//! [`normalize`](super::normalize)) as whole words (or, for a stem, at the
//! start of one) with the case their pattern demands, each with its range
//! in the original text.

use super::dictionary::{ALNUM, Dictionary, START};
use super::normalize::{char_at, char_before, marks_end, reads_as, step};

/// A dictionary pattern found as a whole word.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hit {
    /// The index of the pattern's entry in the dictionary.
    pub(crate) entry: usize,
    pub(crate) start: usize,
    /// The end of the match, after a plural or possessive ending and any
    /// combining marks of its last letter.
    pub(crate) end: usize,
    /// Whether the match ended in a plural ending ("nurses").
    pub(crate) plural: bool,
}

/// Calls `on_hit` for each whole-word match in `text`, in order. Time is
/// linear in the length of `text`; nothing is allocated.
///
/// Matches are leftmost-longest in the normalised text: at each position,
/// in order, the longest pattern that starts there. The automaton is only
/// tried where a match could stand: not inside a word (after an ASCII
/// letter or digit, at another), only at a byte some pattern begins with
/// or at a character beyond ASCII that may fold to one, and never at white
/// space or an invisible character. The result is what an unanchored
/// leftmost-longest search of the normalised text would give, with less
/// work and no copy.
///
/// A match that is not a whole word (or not in the right case) is dropped
/// and the search resumes at the end of the word it starts in, so that it
/// cannot hide a good match it overlaps (", Ne" of ", New Mexico" must not
/// hide "New Mexico").
pub(crate) fn scan(dictionary: &Dictionary, text: &str, mut on_hit: impl FnMut(Hit)) {
    let bytes = text.as_bytes();
    let class = |at: usize| bytes.get(at).map(|&b| dictionary.byte_class(b));
    let mut at = 0;
    while let Some(c) = class(at) {
        if c & START != 0 {
            if bytes[at] >= 0x80 {
                // White space or invisible characters: no pattern starts
                // with them.
                if let Some(s) = step(text, at) {
                    if matches!(s.bytes(), [] | [b' ' | b'\n']) {
                        at = s.next;
                        continue;
                    }
                }
            }
            if let Some((entry, end)) = dictionary.longest_at(text, at) {
                match accept(dictionary, text, entry, at, end) {
                    Some(hit) => {
                        on_hit(hit);
                        at = end;
                        // A stem ends inside its word, where nothing starts.
                        if at > 0 && bytes[at - 1].is_ascii_alphanumeric() {
                            at = word_end(bytes, at);
                        }
                    }
                    None => at = resume_after(text, at),
                }
                continue;
            }
        }
        // Nothing starts here, nor inside the word this byte may begin.
        at = if c & ALNUM != 0 {
            word_end(bytes, at + 1)
        } else {
            at + 1
        };
    }
}

/// The end of the run of ASCII letters and digits at `at`.
fn word_end(bytes: &[u8], mut at: usize) -> usize {
    while bytes.get(at).is_some_and(u8::is_ascii_alphanumeric) {
        at += 1;
    }
    at
}

/// Where to search again after a rejected match at `start`: the end of the
/// word it starts in, since no whole-word match can begin inside a word
/// (and punctuation, where patterns such as ", MA" begin, is not skipped).
fn resume_after(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut at = start + 1;
    while bytes.get(at).is_some_and(u8::is_ascii_alphanumeric) {
        at += 1;
    }
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// The hit for a match of pattern `entry` at `start..end`, if it stands as
/// a whole word in the pattern's case.
fn accept(
    dictionary: &Dictionary,
    text: &str,
    entry: usize,
    start: usize,
    end: usize,
) -> Option<Hit> {
    let e = &dictionary.entries[entry];
    let pattern = e.pattern.as_bytes();
    if e.exact_case && !reads_as(text, start, end, pattern) {
        return None;
    }
    let checks_start = pattern.first().is_some_and(u8::is_ascii_alphanumeric);
    if checks_start && !is_word_start(text, start) {
        return None;
    }
    let checks_end = !e.stem && pattern.last().is_some_and(u8::is_ascii_alphanumeric);
    let (end, plural) = if checks_end && e.role.is_some() {
        plural_end(text, end)
    } else {
        (end, false)
    };
    let end = marks_end(text, end);
    if checks_end && !is_word_end(text, end) {
        return None;
    }
    Some(Hit {
        entry,
        start,
        end,
        plural,
    })
}

/// Whether no letter or digit comes right before `at` (in the normalised
/// text: invisible characters do not count).
#[inline]
fn is_word_start(text: &str, at: usize) -> bool {
    char_before(text, at).is_none_or(|c| !c.is_alphanumeric())
}

/// Whether no letter or digit comes right after `at` (in the normalised
/// text).
#[inline]
fn is_word_end(text: &str, at: usize) -> bool {
    match text.as_bytes().get(at) {
        None => true,
        Some(&b) if b < 0x80 => !b.is_ascii_alphanumeric(),
        Some(_) => char_at(text, at).is_none_or(|(c, _)| !c.is_alphanumeric()),
    }
}

/// Extends a match over a plural or possessive ending: "s", "'s", "’s",
/// "s'". Returns the new end and whether the ending was a plural.
#[inline]
fn plural_end(text: &str, end: usize) -> (usize, bool) {
    // Most matches end before a space or punctuation.
    if text
        .as_bytes()
        .get(end)
        .is_none_or(|&b| b < 0x80 && !matches!(b, b's' | b'S' | b'\''))
    {
        return (end, false);
    }
    match char_at(text, end) {
        Some(('s' | 'S', after_s)) => match char_at(text, after_s) {
            Some(('\'', after_quote)) => (after_quote, true),
            _ => (after_s, true),
        },
        Some(('\'', after)) => match char_at(text, after) {
            Some(('s' | 'S', after)) => (after, false),
            _ => (end, false),
        },
        _ => (end, false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        let d = Dictionary::build(&[]).unwrap();
        let mut out = Vec::new();
        scan(&d, text, |h| out.push(&text[h.start..h.end]));
        out
    }

    #[test]
    fn whole_words_only() {
        assert_eq!(found("modern artwork"), Vec::<&str>::new());
        assert!(found("an OT and an ODP").contains(&"OT"));
        assert!(!found("not hot").contains(&"ot"));
    }

    #[test]
    fn plurals_and_possessives() {
        assert!(found("two physiotherapists here").contains(&"physiotherapists"));
        assert!(found("the nurse’s station").contains(&"nurse’s"));
        assert!(found("ODPs wanted").contains(&"ODPs"));
    }

    #[test]
    fn abbreviations_keep_their_case() {
        assert!(found("odp").is_empty());
        assert!(found("ODP").contains(&"ODP"));
    }

    mod reference {
        use std::sync::LazyLock;

        use aho_corasick::{AhoCorasick, Input, MatchKind};
        use proptest::prelude::*;

        use std::sync::Arc;

        use super::super::{accept, resume_after, scan};
        use crate::Profession;
        use crate::classify::dictionary::Dictionary;
        use crate::classify::normalize::{normalized, step};

        static DICTIONARY: LazyLock<Dictionary> = LazyLock::new(|| Dictionary::build(&[]).unwrap());

        /// The dictionary's patterns in an unanchored automaton that ignores
        /// ASCII case: what `scan` must agree with.
        fn unanchored(dictionary: &Dictionary) -> AhoCorasick {
            AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                .build(dictionary.entries.iter().map(|e| e.pattern.as_bytes()))
                .unwrap()
        }

        static UNANCHORED: LazyLock<AhoCorasick> = LazyLock::new(|| unanchored(&DICTIONARY));

        type Found = Vec<(usize, usize, usize, bool)>;

        fn scanned(dictionary: &Dictionary, text: &str) -> Found {
            let mut out = Vec::new();
            scan(dictionary, text, |h| {
                out.push((h.entry, h.start, h.end, h.plural));
            });
            out
        }

        /// Whole-word matches by unanchored leftmost-longest searches of
        /// the normalised text, built apart, from wherever the last one
        /// left off, mapped back to the original.
        fn searched(dictionary: &Dictionary, unanchored: &AhoCorasick, text: &str) -> Found {
            // The normalised text and, for each of its bytes, where the
            // piece it comes from starts and ends in the original.
            let mut normal = Vec::new();
            let mut from = Vec::new();
            let mut to = Vec::new();
            let mut at = 0;
            while let Some(s) = step(text, at) {
                for &b in s.bytes() {
                    normal.push(b);
                    from.push(at);
                    to.push(s.next);
                }
                at = s.next;
            }
            let mut out = Vec::new();
            let mut i = 0;
            while i < normal.len() {
                let input = Input::new(&normal).span(i..normal.len());
                let Some(m) = unanchored.find(input) else {
                    break;
                };
                let (start, end) = (from[m.start()], to[m.end() - 1]);
                match accept(dictionary, text, m.pattern().as_usize(), start, end) {
                    Some(h) => {
                        out.push((h.entry, h.start, h.end, h.plural));
                        i = m.end();
                    }
                    None => {
                        let resume = resume_after(text, start);
                        i = from.partition_point(|&f| f < resume);
                    }
                }
            }
            out
        }

        fn agree(text: &str) -> (Found, Found) {
            (
                scanned(&DICTIONARY, text),
                searched(&DICTIONARY, &UNANCHORED, text),
            )
        }

        /// Patterns in any case, run together or apart, with plural
        /// endings, punctuation, letters and any character between them.
        fn text() -> impl Strategy<Value = String> {
            let pattern = (0..DICTIONARY.entries.len(), any::<u64>()).prop_map(|(i, case)| {
                let pattern = &DICTIONARY.entries[i].pattern;
                pattern
                    .chars()
                    .enumerate()
                    .map(|(j, c)| {
                        if case >> (j % 64) & 1 == 1 {
                            c.to_ascii_uppercase()
                        } else {
                            c.to_ascii_lowercase()
                        }
                    })
                    .collect::<String>()
            });
            let piece = prop_oneof![
                4 => pattern,
                2 => Just(" ".to_owned()),
                1 => prop::sample::select(vec!["s", "'s", "’s", ",", ", ", "-", "/", "é", "£", "\n"])
                    .prop_map(str::to_owned),
                1 => prop::sample::select(vec![
                    "\u{A0}", "  ", "\t", "\u{3000}", "\u{200B}", "\u{AD}", "\u{FEFF}", "\u{301}",
                    "–", "—", "\u{2011}", "Ｐ", "ｈ", "ｓ", "É", "ö", "\r\n",
                ])
                .prop_map(str::to_owned),
                1 => "[a-zA-Z]{1,3}",
                1 => any::<char>().prop_map(String::from),
            ];
            prop::collection::vec(piece, 0..20).prop_map(|pieces| pieces.concat())
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(2000))]

            #[test]
            fn scan_agrees_with_unanchored_searches(text in text()) {
                let (scanned, searched) = agree(&text);
                prop_assert_eq!(scanned, searched);
            }

            /// Every hit slices the original text at character boundaries,
            /// and the slice normalises to its pattern (and a plural or
            /// possessive ending).
            #[test]
            fn hits_slice_the_original_text(text in text()) {
                for (entry, start, end, _) in scanned(&DICTIONARY, &text) {
                    let slice = text.get(start..end);
                    prop_assert!(slice.is_some(), "{}..{} of {:?}", start, end, text);
                    let read = normalized(slice.unwrap_or_default()).to_ascii_lowercase();
                    let pattern = DICTIONARY.entries[entry].pattern.to_ascii_lowercase();
                    let ending = read.strip_prefix(&pattern);
                    prop_assert!(
                        ending.is_some_and(|e| ["", "s", "'s", "s'"].contains(&e)),
                        "{:?} read as {:?}, pattern {:?}", slice, read, pattern
                    );
                }
            }
        }

        #[test]
        fn scan_agrees_on_hand_picked_text() {
            for text in [
                "Clinical laboratories",
                "Boston, MA; Santa Fe, New Mexico",
                "ODPs, Odp, odp and OT-led physio-therapy",
                "paediatrics, orthopaedic x-ray techs’ rota",
                "£30k p/h GP practice/GP practices",
                "éOT ÉODP caféPhysio",
                "Dental\u{A0}Nurse, Speech–Language Pathologist\u{200B}s",
                "Ｐｈｙｓｉｏｔｈｅｒａｐｉｓｔ and ＯＤＰ; physio\u{AD}therapist",
                "Physiothe\u{301}rapist  assistant\tnurse\u{2019}s",
                "",
            ] {
                let (scanned, searched) = agree(text);
                assert_eq!(scanned, searched, "{text:?}");
            }
        }

        /// The automaton puts a NUL before every pattern; an alias that
        /// holds one still matches as written, and only there.
        #[test]
        fn aliases_holding_nul_still_agree() {
            let aliases: Vec<(Arc<str>, Profession)> = [
                "physio\0therapist",
                "\0nurse",
                "nurse\0",
                "a\0b\0c",
                "x\0nursery",
            ]
            .into_iter()
            .map(|a| (Arc::from(a), Profession::Physiotherapist))
            .collect();
            let dictionary = Dictionary::build(&aliases).unwrap();
            let unanchored = unanchored(&dictionary);
            for text in [
                "physio\0therapist",
                "a physio\0therapist and a \0nurse, nurse\0 or nurse",
                "\0\0nurse\0\0 a\0b\0c a\0b\0",
                "xphysio\0therapist physio\0therapists",
                // "x\0nurse" is no pattern, but ends with one that starts later.
                "x\0nurse here",
            ] {
                let found = scanned(&dictionary, text);
                assert_eq!(found, searched(&dictionary, &unanchored, text), "{text:?}");
                assert!(!found.is_empty(), "{text:?}");
            }
        }
    }
}
