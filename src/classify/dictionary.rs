//! The term dictionary: every pattern the classifier looks for, built once
//! from the registry's titles, the curated tables in [`terms`](super::terms)
//! and the caller's extra aliases, and compiled into one Aho–Corasick
//! automaton.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::{Arc, LazyLock};

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind};

use super::DEFAULT_MIN_SCORE;
use super::error::BuildError;
use super::normalize::{SPECIAL, WALK, normalized, step};
use super::terms::{
    AFC_BANDS, ASIDE_CUES, ASSISTANT_WORDS, Counterpart, IGNORED_REGISTRY_TITLES,
    JURISDICTION_TERMS, LEAD_CUES, NEUTRAL_PHRASES, OUTSIDE_GENERIC, OUTSIDE_TITLES,
    PROFESSION_TERMS, SPELLING_STEMS, SUPPORT_ROLES, TECHNICIAN_SERIES, TECHNICIAN_WORDS,
    TRAIL_CUES, UK_PLACES, UMBRELLA_TITLES, US_STATES, Weight,
};
use crate::data::PROFESSIONS;
use crate::model::jurisdiction::Jurisdiction;
use crate::model::profession::Profession;
use crate::registry::title::lookup_title;
use crate::spelling::{UK_US, UK_US_BITS, byte_bits};

/// A byte class bit: an ASCII letter or digit.
pub(crate) const ALNUM: u8 = 1;
/// A byte class bit: some pattern begins with the byte (in either case).
pub(crate) const START: u8 = 2;

/// The byte before every pattern in the automaton. Any byte that patterns
/// do not otherwise hold would do; NUL is also the first in the start
/// state's list of transitions, so the fastest to find while building.
const SENTINEL: u8 = 0x00;

/// States this close to the start have dense transitions.
const DENSE_DEPTH: usize = 4;

/// Longest pattern the dictionary accepts; longer aliases are refused.
pub(crate) const MAX_TERM_BYTES: usize = 200;

/// Who a term names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Target {
    /// A profession in the registry.
    Profession(Profession),
    /// A role outside the registry (receptionist, psychologist, ...).
    Outside,
}

impl Target {
    /// The index of the target's score slot: professions in registry order,
    /// then one slot for roles outside the registry.
    pub(crate) fn slot(self) -> usize {
        match self {
            Target::Profession(p) => p as usize,
            Target::Outside => OUTSIDE_SLOT,
        }
    }
}

/// Number of score slots: one per profession and one for outside roles.
pub(crate) const SLOTS: usize = Profession::ALL.len() + 1;
/// The slot of roles outside the registry.
pub(crate) const OUTSIDE_SLOT: usize = Profession::ALL.len();

/// How much a term says about the advertised role.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Strength {
    /// Too generic to decide when something more specific is present.
    Generic,
    /// A discipline or department.
    Field,
    /// A credential or registration only the profession holds.
    Credential,
    /// A job title.
    Title,
}

/// A word that turns the profession before it into its support role.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Modifier {
    Assistant,
    Technician,
}

/// A phrase that tells how to read the professions named near it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cue {
    /// Introduces the advertised role ("we are looking for a").
    Lead,
    /// Follows the advertised role ("required").
    Trail,
    /// Introduces mentions in passing ("working alongside").
    Aside,
}

/// The text of a dictionary term: the crate's own, or a caller's alias.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum TermText {
    Static(&'static str),
    Shared(Arc<str>),
}

#[cfg(feature = "serde")]
impl serde::Serialize for TermText {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl TermText {
    pub(crate) fn as_str(&self) -> &str {
        match self {
            TermText::Static(s) => s,
            TermText::Shared(s) => s,
        }
    }
}

/// What one pattern means. A pattern may carry several facets: "GP" names
/// a physician and is evidence of the UK.
#[derive(Clone, Debug)]
pub(crate) struct Entry {
    /// The canonical term, as reported in evidence.
    pub(crate) term: TermText,
    /// The pattern as matched (a spelling or punctuation variant of the term).
    pub(crate) pattern: Box<str>,
    pub(crate) role: Option<(Target, Strength)>,
    pub(crate) modifier: Option<Modifier>,
    pub(crate) cue: Option<Cue>,
    /// A technician series whose specialty follows in the title.
    pub(crate) series: bool,
    /// An umbrella title: the specialisms the rest of the ad may tell.
    pub(crate) umbrella: Option<&'static [Profession]>,
    pub(crate) place: Option<(Jurisdiction, Weight)>,
    /// Must match with the pattern's exact case ("ODP", not "odp").
    pub(crate) exact_case: bool,
    /// Matches the start of a word ("paediatr" in "paediatrics").
    pub(crate) stem: bool,
}

/// The compiled dictionary: the automaton and, per pattern, its entry.
///
/// The automaton is only ever run anchored, from one start position at a
/// time (see [`Dictionary::longest_at`]): a whole-word match can only begin
/// at a word start, so the scanner walks the automaton from those positions
/// alone and never follows a failure transition. That shapes how it is
/// built, for the build is most of the cost of a new classifier:
///
/// - Patterns are in ASCII lower case, and the scanner folds the text as it
///   reads, which halves the transitions against folding in the automaton.
/// - Every pattern begins with [`SENTINEL`], and walks begin after it. No
///   proper suffix of a pattern then begins one, so every failure
///   transition leads straight back to the start, costing nothing to find.
/// - The match kind is "standard": under leftmost semantics the states
///   after a match fail to the dead state, whose transitions are slow to
///   look up while building. Anchored walks see only the trie, which is the
///   same for both; the scanner keeps the longest match itself.
#[derive(Clone, Debug)]
pub(crate) struct Dictionary {
    automaton: NFA,
    /// The automaton's anchored start state.
    start: StateID,
    /// What each byte can be: [`ALNUM`], [`START`].
    bytes: [u8; 256],
    /// Some pattern holds the sentinel after its first byte (an alias with
    /// a NUL).
    sentinel_inside: bool,
    pub(crate) entries: Vec<Entry>,
    /// For each profession slot, its assistant and technician counterparts.
    pub(crate) support: [(Counterpart, Counterpart); SLOTS],
}

/// The O*NET alternate titles and ONS coding index titles that the rest of
/// the dictionary reads otherwise than [`lookup_title`] does, each with the
/// profession title lookup finds for it (worked out once per process, by
/// classifying every such title with a dictionary without them).
///
/// With these, the classifier knows whatever title lookup knows; the other
/// three quarters of the alternate titles ("Acute Care Physical Therapist")
/// it already reads right from their parts, and leaving them out of the
/// automaton halves the time to build it.
static SOURCE_TITLES: LazyLock<Vec<(&'static str, Profession)>> = LazyLock::new(|| {
    // The built-in terms take no input; a test proves they build.
    let Ok(base) = Dictionary::build_with(&[], &[]) else {
        return Vec::new();
    };
    let mut needed = Vec::new();
    for info in PROFESSIONS.iter() {
        for &title in info
            .onet_alternate_titles()
            .iter()
            .chain(info.ons_index_titles())
        {
            if IGNORED_REGISTRY_TITLES.contains(&title) {
                continue;
            }
            // A title two professions share equally names neither.
            let Some(p) = lookup_title(title) else {
                continue;
            };
            let read = super::score::classify(&base, title, "", DEFAULT_MIN_SCORE, None);
            if read.profession() != Some(p) {
                needed.push((title, p));
            }
        }
    }
    needed
});

impl Dictionary {
    /// Builds the dictionary with the caller's extra aliases, which take
    /// precedence over every built-in meaning of the same words.
    pub(crate) fn build(aliases: &[(Arc<str>, Profession)]) -> Result<Dictionary, BuildError> {
        Dictionary::build_with(aliases, &SOURCE_TITLES)
    }

    /// Builds the dictionary with these O*NET and coding index titles.
    fn build_with(
        aliases: &[(Arc<str>, Profession)],
        sourced: &[(&'static str, Profession)],
    ) -> Result<Dictionary, BuildError> {
        let mut builder = Builder::default();
        builder.registry(sourced);
        builder.curated();
        for (alias, profession) in aliases {
            builder.role(
                TermText::Shared(Arc::clone(alias)),
                Target::Profession(*profession),
                Strength::Title,
            );
        }
        let mut support = [(Counterpart::Same, Counterpart::Same); SLOTS];
        for s in SUPPORT_ROLES {
            support[s.profession as usize] = (s.assistant, s.technician);
        }
        // The patterns as the automaton holds them, in one buffer: the
        // sentinel, then the pattern in ASCII lower case.
        let mut buffer = Vec::new();
        let mut ends = Vec::with_capacity(builder.entries.len());
        for e in &builder.entries {
            buffer.push(SENTINEL);
            buffer.extend(e.pattern.bytes().map(|b| b.to_ascii_lowercase()));
            ends.push(buffer.len());
        }
        let lower: Vec<&[u8]> = ends
            .iter()
            .scan(0, |start, &end| {
                let pattern = &buffer[*start..end];
                *start = end;
                Some(pattern)
            })
            .collect();
        let mut bytes = [0; 256];
        for b in 0..=u8::MAX {
            if b.is_ascii_alphanumeric() {
                bytes[usize::from(b)] |= ALNUM;
            }
        }
        for pattern in &lower {
            if let Some(&b) = pattern.get(1) {
                bytes[usize::from(b)] |= START;
                bytes[usize::from(b.to_ascii_uppercase())] |= START;
            }
        }
        // Any character beyond ASCII may fold to a pattern's first letter
        // ("É", "Ｐ"): the scanner reads it to see.
        for class in &mut bytes[0xC2..=0xF4] {
            *class |= START;
        }
        // A contiguous NFA keeps the heap small with thousands of patterns;
        // a DFA would walk faster but takes several times as long to build.
        // The prefilter only serves unanchored searches, which never run.
        let automaton = NFA::builder()
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            // Dense lookups for the first three bytes after the sentinel,
            // where walks take most of their steps.
            .dense_depth(DENSE_DEPTH)
            .build(&lower)
            .map_err(BuildError::automaton)?;
        let start = automaton
            .start_state(Anchored::Yes)
            .expect("a contiguous NFA supports anchored searches");
        let start = automaton.next_state(Anchored::Yes, start, SENTINEL);
        let sentinel_inside = lower.iter().any(|p| p[1..].contains(&SENTINEL));
        Ok(Dictionary {
            automaton,
            start,
            bytes,
            sentinel_inside,
            entries: builder.entries,
            support,
        })
    }

    /// What byte `b` can be: [`ALNUM`], [`START`], both or neither.
    #[inline]
    pub(crate) fn byte_class(&self, b: u8) -> u8 {
        self.bytes[usize::from(b)]
    }

    /// The longest pattern that matches the normalised `text` from `at`
    /// (a character boundary), ignoring ASCII case, as its entry's index
    /// and the match's end in `text`.
    #[inline]
    pub(crate) fn longest_at(&self, text: &str, at: usize) -> Option<(usize, usize)> {
        if self.sentinel_inside {
            self.longest_at_counting(text, at)
        } else {
            self.longest_at_fast(text, at)
        }
    }

    /// [`longest_at`](Self::longest_at) when no pattern holds the sentinel
    /// but as its first byte: then every match state's first pattern is
    /// the whole walk, for no proper suffix of a walk begins a pattern.
    ///
    /// Plain bytes, a single space included, go straight to the automaton
    /// ([`WALK`]); only a transition to the dead state looks at what the
    /// byte was. A byte that needs [`step`] (white space, or beyond ASCII)
    /// always leads there, for no pattern holds it (nor two spaces); the
    /// walk then reads the character or run from the state before it (or
    /// before the space that began the run) and goes on.
    #[inline]
    fn longest_at_fast(&self, text: &str, at: usize) -> Option<(usize, usize)> {
        let automaton = &self.automaton;
        let bytes = text.as_bytes();
        let mut sid = self.start;
        // The state before the last byte read, and where the bytes read
        // one by one began (after the last piece read by `step`).
        let mut before = sid;
        let mut bytewise_from = at;
        let mut found = None;
        let mut i = at;
        while let Some(&b) = bytes.get(i) {
            let next = automaton.next_state(Anchored::Yes, sid, WALK[usize::from(b)]);
            if automaton.is_special(next) {
                if automaton.is_dead(next) {
                    // The end of the walk, unless the byte is one the
                    // automaton never sees as it is: then read it, or the
                    // run of white space it is part of (which began at the
                    // space before it, if there is one), with `step`.
                    let space_before = i > bytewise_from && bytes[i - 1] == b' ';
                    let needs_step = WALK[usize::from(b)] == SPECIAL
                        || b == b' '
                            && (space_before
                                || bytes
                                    .get(i + 1)
                                    .is_some_and(|&n| WALK[usize::from(n)] == SPECIAL));
                    if !needs_step {
                        break;
                    }
                    let (from, mut state) = if space_before {
                        (i - 1, before)
                    } else {
                        (i, sid)
                    };
                    let Some(s) = step(text, from) else { break };
                    i = s.next;
                    bytewise_from = i;
                    if s.bytes().is_empty() {
                        // Invisible characters: nothing to read, and a
                        // match before them ends before them.
                        continue;
                    }
                    for &b in s.bytes() {
                        state = automaton.next_state(Anchored::Yes, state, b.to_ascii_lowercase());
                    }
                    if automaton.is_dead(state) {
                        break;
                    }
                    if automaton.is_match(state) {
                        found = Some((automaton.match_pattern(state, 0).as_usize(), i));
                    }
                    sid = state;
                    continue;
                }
                found = Some((automaton.match_pattern(next, 0).as_usize(), i + 1));
            }
            before = sid;
            sid = next;
            i += 1;
        }
        found
    }

    /// [`longest_at`](Self::longest_at) counting the bytes fed, for
    /// dictionaries with an alias that holds the sentinel (a NUL): a match
    /// state may then list first a pattern that ends the walk as a suffix.
    fn longest_at_counting(&self, text: &str, at: usize) -> Option<(usize, usize)> {
        let automaton = &self.automaton;
        let mut sid = self.start;
        let mut found = None;
        let mut fed = 0;
        let mut i = at;
        while let Some(s) = step(text, i) {
            i = s.next;
            if s.bytes().is_empty() {
                continue;
            }
            for &b in s.bytes() {
                sid = automaton.next_state(Anchored::Yes, sid, b.to_ascii_lowercase());
                fed += 1;
            }
            if automaton.is_dead(sid) {
                break;
            }
            // A match state lists its own pattern first, then any that end
            // it as a suffix, which start later. Its length counts the
            // sentinel. A pattern is whole characters, so it cannot end
            // inside the bytes of one step.
            if automaton.is_match(sid) {
                let pattern = automaton.match_pattern(sid, 0);
                if automaton.pattern_len(pattern) == fed + 1 {
                    found = Some((pattern.as_usize(), i));
                }
            }
        }
        found
    }

    /// The number of patterns the automaton holds.
    #[cfg(test)]
    pub(crate) fn patterns_len(&self) -> usize {
        self.automaton.patterns_len()
    }

    /// The heap the dictionary holds, in bytes (approximately).
    pub(crate) fn memory_usage(&self) -> usize {
        self.automaton.memory_usage()
            + self.entries.capacity() * core::mem::size_of::<Entry>()
            + self.entries.iter().map(|e| e.pattern.len()).sum::<usize>()
    }
}

/// Collects entries, merging the facets of identical patterns.
#[derive(Default)]
struct Builder {
    entries: Vec<Entry>,
    index: HashMap<String, usize, BuildHasherDefault<Fnv>>,
}

/// FNV-1a: the builder hashes a few thousand short keys of its own, where
/// the default hasher's resistance to chosen keys buys nothing.
#[derive(Clone, Copy)]
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl Builder {
    /// The registry's own titles (names, local titles, curated aliases) as
    /// job titles of their profession, and the O*NET and coding index
    /// titles of `sourced` as job titles of the profession given there; a
    /// local title used in one jurisdiction only is also weak evidence of it.
    fn registry(&mut self, sourced: &[(&'static str, Profession)]) {
        for info in PROFESSIONS.iter() {
            let target = Target::Profession(info.profession());
            // Title lookup finds each of these for its own profession (its
            // tests check that no two professions share one).
            for title in info.own_titles() {
                if !IGNORED_REGISTRY_TITLES.contains(&title) {
                    self.role(TermText::Static(title), target, Strength::Title);
                }
            }
        }
        for &(title, p) in sourced {
            self.role(
                TermText::Static(title),
                Target::Profession(p),
                Strength::Title,
            );
        }
        for info in PROFESSIONS.iter() {
            for r in info.recognitions() {
                for title in core::iter::once(r.title()).chain(r.other_titles().iter().copied()) {
                    if !used_elsewhere(title, r.jurisdiction()) {
                        self.place(title, r.jurisdiction(), Weight::Weak, false);
                    }
                }
            }
        }
    }

    /// The tables of [`terms`](super::terms). Later calls override earlier
    /// meanings of the same pattern, so the curated strengths win over the
    /// registry's.
    fn curated(&mut self) {
        for t in PROFESSION_TERMS {
            let target = Target::Profession(t.profession);
            for (list, strength) in [
                (t.generic, Strength::Generic),
                (t.fields, Strength::Field),
                (t.credentials, Strength::Credential),
                (t.titles, Strength::Title),
            ] {
                for term in list {
                    self.role(TermText::Static(term), target, strength);
                }
            }
        }
        for term in OUTSIDE_GENERIC {
            self.role(TermText::Static(term), Target::Outside, Strength::Generic);
        }
        for term in OUTSIDE_TITLES {
            self.role(TermText::Static(term), Target::Outside, Strength::Title);
        }
        for term in NEUTRAL_PHRASES {
            self.facet(TermText::Static(term), term, |_| {});
        }
        for (words, modifier) in [
            (ASSISTANT_WORDS, Modifier::Assistant),
            (TECHNICIAN_WORDS, Modifier::Technician),
        ] {
            for word in words {
                self.facet(TermText::Static(word), word, |e| {
                    e.modifier = Some(modifier)
                });
            }
        }
        for (term, specialisms) in UMBRELLA_TITLES {
            for pattern in variants(&normalized(term)) {
                self.facet(TermText::Static(term), &pattern, |e| {
                    e.umbrella = Some(specialisms);
                });
            }
        }
        for series in TECHNICIAN_SERIES {
            self.facet(TermText::Static(series), series, |e| e.series = true);
        }
        for (cues, cue) in [
            (LEAD_CUES, Cue::Lead),
            (TRAIL_CUES, Cue::Trail),
            (ASIDE_CUES, Cue::Aside),
        ] {
            for phrase in cues {
                self.facet(TermText::Static(phrase), phrase, |e| e.cue = Some(cue));
            }
        }
        for (term, jurisdiction, weight) in JURISDICTION_TERMS {
            self.place(term, *jurisdiction, *weight, false);
        }
        for (stem, jurisdiction) in SPELLING_STEMS {
            self.place(stem, *jurisdiction, Weight::Weak, true);
        }
        for place in UK_PLACES {
            self.place(place, Jurisdiction::Nhs, Weight::Weak, false);
        }
        for band in AFC_BANDS {
            self.place(band, Jurisdiction::Nhs, Weight::Strong, false);
        }
        for (name, code) in US_STATES {
            let weight = if matches!(*name, "Washington" | "Georgia") {
                Weight::Weak
            } else {
                Weight::Strong
            };
            self.place(name, Jurisdiction::Us, weight, false);
            // Two-letter codes that are also English words in capitals
            // ("IN", "OR", "ME") would fire on shouted text.
            if !matches!(*code, "IN" | "OR" | "ME" | "OK" | "HI" | "ID" | "CO" | "LA") {
                let code: &'static str = code;
                self.facet(TermText::Static(code), &format!(", {code}"), |e| {
                    e.place = Some((Jurisdiction::Us, Weight::Strong));
                    e.exact_case = true;
                });
            }
        }
    }

    /// Adds `term` and its spelling and punctuation variants as naming `target`.
    fn role(&mut self, term: TermText, target: Target, strength: Strength) {
        for pattern in variants(&normalized(term.as_str())) {
            let t = term.clone();
            self.facet(t, &pattern, |e| e.role = Some((target, strength)));
        }
    }

    /// Adds a jurisdiction term, exactly as spelled (its spelling may be
    /// the evidence).
    fn place(
        &mut self,
        term: &'static str,
        jurisdiction: Jurisdiction,
        weight: Weight,
        stem: bool,
    ) {
        self.facet(TermText::Static(term), term, |e| {
            e.place = Some((jurisdiction, weight));
            e.stem |= stem;
        });
    }

    /// Finds or creates the entry of `pattern` and sets one of its facets.
    fn facet(&mut self, term: TermText, pattern: &str, set: impl FnOnce(&mut Entry)) {
        let pattern = &*normalized(pattern);
        if pattern.is_empty() || pattern.len() > MAX_TERM_BYTES {
            return;
        }
        let exact_case = is_abbreviation(pattern);
        let key = if exact_case || !pattern.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Borrowed(pattern)
        } else {
            Cow::Owned(pattern.to_ascii_lowercase())
        };
        let i = match self.index.get(&*key) {
            Some(&i) => i,
            None => {
                self.entries.push(Entry {
                    term: term.clone(),
                    pattern: pattern.into(),
                    role: None,
                    modifier: None,
                    cue: None,
                    series: false,
                    umbrella: None,
                    place: None,
                    exact_case,
                    stem: false,
                });
                self.index.insert(key.into_owned(), self.entries.len() - 1);
                self.entries.len() - 1
            }
        };
        let entry = &mut self.entries[i];
        // A role names the entry; other facets keep the first term.
        if entry.role.is_none() || matches!(term, TermText::Shared(_)) {
            entry.term = term;
        }
        set(entry);
    }
}

/// Whether a registry title is used by a recognition in another jurisdiction
/// (then it is no evidence of either).
fn used_elsewhere(title: &str, jurisdiction: Jurisdiction) -> bool {
    PROFESSIONS.iter().flat_map(|i| i.recognitions()).any(|r| {
        r.jurisdiction() != jurisdiction
            && core::iter::once(r.title())
                .chain(r.other_titles().iter().copied())
                .any(|t| t.eq_ignore_ascii_case(title))
    })
}

/// A single token with two or more capitals is an abbreviation, matched
/// with its exact case: "OT" must not match "ot" in lower-case prose.
pub(crate) fn is_abbreviation(term: &str) -> bool {
    !term.contains(char::is_whitespace)
        && term.chars().filter(char::is_ascii_uppercase).count() >= 2
}

/// The spellings and punctuations of `term` that should match it: UK and
/// US spellings, hyphen or space or nothing, "and" or "&".
pub(crate) fn variants(term: &str) -> Vec<String> {
    const MAX_VARIANTS: usize = 16;
    let base = term.trim();
    let mut out = vec![base.to_owned()];
    if is_abbreviation(base) {
        return out;
    }
    let lower = base.to_ascii_lowercase();
    let mut bytes = byte_bits(&lower);
    out[0] = lower;
    let mut rewrite = |(from, from_bits): (&str, u64), to: &str, out: &mut Vec<String>| {
        // Most terms hold none of the parts rewritten, which their bytes
        // tell faster than a substring search.
        if from_bits & !bytes != 0 {
            return;
        }
        let more: Vec<String> = out
            .iter()
            .filter(|v| v.contains(from))
            .map(|v| v.replace(from, to))
            .collect();
        for v in more {
            if out.len() < MAX_VARIANTS && !out.contains(&v) {
                bytes |= byte_bits(&v);
                out.push(v);
            }
        }
    };
    for (&(uk, us), &(uk_bits, us_bits)) in UK_US.iter().zip(&UK_US_BITS) {
        rewrite((uk, uk_bits), us, &mut out);
        rewrite((us, us_bits), uk, &mut out);
    }
    let hyphen = ("-", byte_bits("-"));
    rewrite(hyphen, " ", &mut out);
    rewrite(hyphen, "", &mut out);
    rewrite((" and ", byte_bits(" and ")), " & ", &mut out);
    rewrite((" & ", byte_bits(" & ")), " and ", &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_cover_spellings_and_punctuation() {
        let v = variants("Paediatric X-ray");
        assert!(v.contains(&"pediatric x-ray".to_owned()));
        assert!(v.contains(&"paediatric x ray".to_owned()));
        assert_eq!(variants("ODP"), ["ODP"]);
        let v = variants("speech and language therapist");
        assert!(v.contains(&"speech & language therapist".to_owned()));
    }

    #[test]
    fn abbreviations_are_exact_case() {
        assert!(is_abbreviation("ODP"));
        assert!(is_abbreviation("CPhT"));
        assert!(is_abbreviation("RT(R)"));
        assert!(!is_abbreviation("Physio"));
        assert!(!is_abbreviation("X-Ray Tech"));
    }

    #[test]
    fn the_default_dictionary_builds() {
        let d = Dictionary::build(&[]).unwrap();
        assert!(d.entries.len() > 500);
        assert_eq!(d.entries.len(), d.patterns_len());
    }
}
