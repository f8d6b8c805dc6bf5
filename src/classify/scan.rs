//! Matching: the dictionary's patterns found in a text as whole words (or,
//! for a stem, at the start of one) with the case their pattern demands.

use super::dictionary::{ALNUM, Dictionary, START};

/// A dictionary pattern found as a whole word.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hit {
    /// The index of the pattern's entry in the dictionary.
    pub(crate) entry: usize,
    pub(crate) start: usize,
    /// The end of the match, after a plural or possessive ending.
    pub(crate) end: usize,
    /// Whether the match ended in a plural ending ("nurses").
    pub(crate) plural: bool,
}

/// Calls `on_hit` for each whole-word match in `text`, in order. Time is
/// linear in the length of `text`; nothing is allocated.
///
/// Matches are leftmost-longest: at each position, in order, the longest
/// pattern that starts there. The automaton is only tried where a match
/// could stand: not inside a word (after an ASCII letter or digit, at
/// another), and only at a byte some pattern begins with. The result is
/// what an unanchored leftmost-longest search would give, with less work.
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
            if let Some((entry, end)) = dictionary.longest_at(bytes, at) {
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
    if e.exact_case && text.as_bytes().get(start..end) != Some(pattern) {
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

/// Whether no letter or digit comes right before `at`.
fn is_word_start(text: &str, at: usize) -> bool {
    text.get(..at)
        .and_then(|before| before.chars().next_back())
        .is_none_or(|c| !c.is_alphanumeric())
}

/// Whether no letter or digit comes right after `at`.
fn is_word_end(text: &str, at: usize) -> bool {
    text.get(at..)
        .and_then(|after| after.chars().next())
        .is_none_or(|c| !c.is_alphanumeric())
}

/// Extends a match over a plural or possessive ending: "s", "'s", "’s",
/// "s'". Returns the new end and whether the ending was a plural.
fn plural_end(text: &str, end: usize) -> (usize, bool) {
    let rest = text.as_bytes().get(end..).unwrap_or_default();
    match rest {
        [b's' | b'S', b'\'', ..] => (end + 2, true),
        [b's' | b'S', ..] => (end + 1, true),
        [b'\'', b's' | b'S', ..] => (end + 2, false),
        // U+2019 RIGHT SINGLE QUOTATION MARK, then "s".
        [0xE2, 0x80, 0x99, b's' | b'S', ..] => (end + 4, false),
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

        /// Whole-word matches by unanchored leftmost-longest searches from
        /// wherever the last one left off.
        fn searched(dictionary: &Dictionary, unanchored: &AhoCorasick, text: &str) -> Found {
            let mut out = Vec::new();
            let mut at = 0;
            while at < text.len() {
                let input = Input::new(text).span(at..text.len());
                let Some(m) = unanchored.find(input) else {
                    break;
                };
                match accept(dictionary, text, m.pattern().as_usize(), m.start(), m.end()) {
                    Some(h) => {
                        out.push((h.entry, h.start, h.end, h.plural));
                        at = m.end();
                    }
                    None => at = resume_after(text, m.start()),
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
