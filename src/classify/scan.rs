//! Matching: one Aho–Corasick pass over a text, keeping the matches that
//! stand as whole words (or, for a stem, start one) with the case their
//! pattern demands.

use aho_corasick::Input;

use super::dictionary::Dictionary;

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
/// A match that is not a whole word (or not in the right case) is dropped
/// and the search resumes at the end of the word it starts in, so that it
/// cannot hide a good match it overlaps (", Ne" of ", New Mexico" must not
/// hide "New Mexico").
pub(crate) fn scan(dictionary: &Dictionary, text: &str, mut on_hit: impl FnMut(Hit)) {
    let mut at = 0;
    while at < text.len() {
        let input = Input::new(text).span(at..text.len());
        let Some(m) = dictionary.automaton.find(input) else {
            break;
        };
        match accept(dictionary, text, m.pattern().as_usize(), m.start(), m.end()) {
            Some(hit) => {
                on_hit(hit);
                at = m.end();
            }
            None => at = resume_after(text, m.start()),
        }
    }
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
}
