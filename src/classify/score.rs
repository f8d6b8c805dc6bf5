//! Reading the matches: which role each mention names (after a modifier
//! such as "Assistant"), how much it says about the advertised role (its
//! place in the title, its position in the body, the cue before it), and
//! the scores that follow.
//!
//! Why a classification takes time linear in the text (checked at 1x, 10x
//! and 100x by `benches/linear.rs`): the scan's searches resume only
//! forward, past the start of the last match, and each reads at most twice
//! the longest pattern (200 bytes) beyond where its own match starts, so no
//! byte is read more than a bounded number of times. Here, each hit is read
//! once, the gaps between hits (searched for sentence breaks and, in the
//! title, for separators) never overlap, the title's structure reads at
//! most its first 64 mentions, the first line is looked for in the first
//! 151 bytes only, and evidence is capped per candidate and per
//! jurisdiction, so no step depends on how much was found before.

use super::dictionary::{Cue, Dictionary, Modifier, OUTSIDE_SLOT, SLOTS, Strength, Target};
use super::jurisdiction::PlaceTally;
use super::normalize::{is_blank, step};
use super::result::{Candidate, Classification, Evidence, Field};
use super::scan::scan;
use super::terms::Counterpart;
use crate::model::jurisdiction::Jurisdiction;
use crate::model::profession::Profession;
use crate::spelling::{Folded, fold_char};

/// Most evidence spans kept per candidate.
const MAX_EVIDENCE: u8 = 8;
/// Most title mentions read for the title's structure (a longer "title" is
/// not one).
const MAX_TITLE_MENTIONS: usize = 64;
/// Text classified without a title has its first line read as the title,
/// if the line is this short.
const MAX_LEAD_BYTES: usize = 150;
/// How far after a lead cue ("looking for a") a profession is still the one
/// it introduces.
const LEAD_REACH: usize = 60;
/// How far after an aside cue ("working alongside") mentions stay in
/// passing; they also stop at the end of the sentence.
const ASIDE_REACH: usize = 200;
/// The most that body mentions add up to for one role: less than a title
/// naming a role, so a title always outranks roles named only in the body.
const BODY_CAP: f32 = 8.0;
/// The weight of "no profession is meant" in every score's denominator:
/// little evidence gives a low score, however unopposed.
const DOUBT: f32 = 3.0;
/// The least evidence of a specialism for an umbrella title to name it.
const UMBRELLA_MIN: f32 = 1.0;

/// Weight of a title mention by the strength of its term.
fn title_weight(strength: Strength) -> f32 {
    match strength {
        Strength::Title => 10.0,
        Strength::Credential => 6.0,
        Strength::Field => 5.0,
        Strength::Generic => 3.5,
    }
}

/// Weight of a body mention by the strength of its term, before position,
/// cue and repetition.
fn body_weight(strength: Strength) -> f32 {
    match strength {
        Strength::Title => 2.0,
        Strength::Credential => 1.5,
        Strength::Field | Strength::Generic => 0.6,
    }
}

/// One mention of a role, after a modifier has been applied.
#[derive(Clone, Copy, Debug)]
struct Mention {
    target: Target,
    strength: Strength,
    start: usize,
    end: usize,
    plural: bool,
    /// The dictionary entry whose term names the role.
    entry: usize,
    /// The cue in force: introduced as the job, or named in passing.
    context: Option<Cue>,
}

/// Where a title mention sits in the title's structure.
#[derive(Clone, Copy, Debug, Default)]
struct TitlePlace {
    /// Which part of the title, split at "/", ",", "(", " - ", "or", ...
    segment: u16,
    /// After a preposition: "Consultant in ...", "Head of ...".
    after_preposition: bool,
    /// After "to": "PA to the Consultant" names someone else's role.
    after_to: bool,
}

/// An umbrella title in the title (see [`UMBRELLA_TITLES`]).
///
/// [`UMBRELLA_TITLES`]: super::terms::UMBRELLA_TITLES
struct Umbrella {
    /// The slot the title named, and the weight it gave.
    slot: usize,
    weight: f32,
    /// Where it was, to find its evidence.
    field: Field,
    start: usize,
    specialisms: &'static [Profession],
}

/// The running scores of one classification.
struct Scores {
    /// Weights from the title (or the first line read as one).
    title: [f32; SLOTS],
    /// Weights from the body, capped at [`BODY_CAP`] when ranked.
    body: [f32; SLOTS],
    body_mentions: [u16; SLOTS],
    kept: [u8; SLOTS],
    /// The slots given any weight, as bits: ranking reads only these.
    touched: u128,
    evidence: Vec<(usize, Evidence)>,
    umbrellas: Vec<Umbrella>,
}

// Every slot has its bit in `Scores::touched`.
const _: () = assert!(SLOTS <= 128);

impl Scores {
    fn add(
        &mut self,
        dictionary: &Dictionary,
        field: Field,
        m: &Mention,
        weight: f32,
        as_title: bool,
    ) {
        let slot = m.target.slot();
        if as_title {
            self.title[slot] += weight;
        } else {
            self.body[slot] += weight;
        }
        self.touched |= 1 << slot;
        if slot != OUTSIDE_SLOT && weight > 0.0 && self.kept[slot] < MAX_EVIDENCE {
            self.kept[slot] += 1;
            self.evidence.push((
                slot,
                Evidence {
                    field,
                    range: m.start..m.end,
                    term: dictionary.entries[m.entry].term.clone(),
                },
            ));
        }
    }

    /// A body mention weighs less the later it comes, the more often its
    /// role was already named, and when it is a plural or in passing.
    fn body(&mut self, dictionary: &Dictionary, m: &Mention) {
        // Roles outside the registry named in the body are often duties or
        // colleagues ("a representative of the lab"): they count half, and
        // generic words ("officer") not at all.
        let outside = match (m.target, m.strength) {
            (Target::Outside, Strength::Title | Strength::Credential) => 0.5,
            (Target::Outside, _) => return,
            _ => 1.0,
        };
        let slot = m.target.slot();
        let position = 0.5 + 1.5 / (1.0 + m.start as f32 / 800.0);
        let cue = match m.context {
            Some(Cue::Lead | Cue::Trail) => 2.0,
            Some(Cue::Aside) => 0.3,
            None => 1.0,
        };
        let plural = if m.plural && m.context != Some(Cue::Lead) {
            0.6
        } else {
            1.0
        };
        let repeated = 0.8f32.powi(i32::from(self.body_mentions[slot].min(64)));
        self.body_mentions[slot] = self.body_mentions[slot].saturating_add(1);
        let w = body_weight(m.strength) * position * cue * plural * repeated * outside;
        self.add(dictionary, Field::Body, m, w, false);
    }

    /// Title mentions weigh by their place: the last role named before any
    /// preposition is the head of its part ("Home Manager *RMN*"), the
    /// first part naming a role leads ("*Theatre Nurse* / ODP"), and a role
    /// after "to" belongs to someone else.
    fn title(&mut self, dictionary: &Dictionary, field: Field, text: &str, mentions: &[Mention]) {
        let n = mentions.len().min(MAX_TITLE_MENTIONS);
        let mentions = &mentions[..n];
        let mut places = [TitlePlace::default(); MAX_TITLE_MENTIONS];
        let mut at = TitlePlace::default();
        let mut previous_end = 0;
        for (i, m) in mentions.iter().enumerate() {
            let gap = text
                .get(previous_end.min(m.start)..m.start)
                .unwrap_or_default();
            read_gap(gap, &mut at);
            places[i] = at;
            previous_end = m.end;
        }
        // "PA to the Consultant": a role after "to" or another aside cue is
        // someone else's.
        let aside = |i: usize| places[i].after_to || mentions[i].context == Some(Cue::Aside);
        let is_head_role = |i: usize| {
            mentions[i].strength >= Strength::Credential
                && !places[i].after_preposition
                && !aside(i)
        };
        // Segments (up to 64 of them) with a role before any preposition,
        // and which mention is the last such role of its segment.
        let bit = |i: usize| 1u64 << places[i].segment.min(63);
        let mut last_in_segment = [false; MAX_TITLE_MENTIONS];
        let mut headed: u64 = 0;
        for i in (0..n).rev() {
            if is_head_role(i) {
                last_in_segment[i] = headed & bit(i) == 0;
                headed |= bit(i);
            }
        }
        let primary = (0..n).find(|&i| is_head_role(i)).map(|i| places[i].segment);
        for (i, m) in mentions.iter().enumerate() {
            let place = places[i];
            let mut w = title_weight(m.strength);
            if aside(i) {
                w *= 0.2;
            } else if m.strength >= Strength::Credential {
                if place.after_preposition {
                    if headed & bit(i) != 0 {
                        w *= 0.6;
                    }
                } else if !last_in_segment[i] {
                    w *= 0.5;
                }
                if primary.is_some_and(|s| s != place.segment) {
                    w *= 0.6;
                }
            }
            let entry = &dictionary.entries[m.entry];
            if let (Some(specialisms), Some((target, _))) = (entry.umbrella, entry.role) {
                // Only as the umbrella itself, not turned by a modifier.
                if target == m.target && w > 0.0 {
                    self.umbrellas.push(Umbrella {
                        slot: m.target.slot(),
                        weight: w,
                        field,
                        start: m.start,
                        specialisms,
                    });
                }
            }
            self.add(dictionary, field, m, w, true);
        }
    }

    /// Hands each umbrella title's weight to the specialism the rest of the
    /// ad names most, if it names one more than the umbrella's own
    /// profession ("Clinical Physiologist" with pacing and echocardiography
    /// in the body).
    fn resolve_umbrellas(&mut self) {
        for u in core::mem::take(&mut self.umbrellas) {
            let said = |s: &Scores, slot: usize| s.title[slot] + s.body[slot].min(BODY_CAP);
            let Some(best) = u
                .specialisms
                .iter()
                .map(|&p| p as usize)
                .filter(|&slot| slot != u.slot)
                .reduce(|a, b| if said(self, b) > said(self, a) { b } else { a })
            else {
                continue;
            };
            let own = self.body[u.slot].min(BODY_CAP);
            if said(self, best) < UMBRELLA_MIN || said(self, best) <= own {
                continue;
            }
            self.title[u.slot] -= u.weight;
            self.title[best] += u.weight;
            self.touched |= 1 << best;
            for (slot, e) in &mut self.evidence {
                if *slot == u.slot && e.field == u.field && e.range.start == u.start {
                    *slot = best;
                }
            }
        }
    }
}

/// The title's mentions (at most [`MAX_TITLE_MENTIONS`]), kept on the
/// stack while they are few: most titles name one or two roles.
struct Found {
    inline: [Mention; INLINE_MENTIONS],
    len: usize,
    spill: Vec<Mention>,
}

/// Mentions a title holds before [`Found`] allocates.
const INLINE_MENTIONS: usize = 8;

impl Default for Found {
    fn default() -> Found {
        let none = Mention {
            target: Target::Outside,
            strength: Strength::Generic,
            start: 0,
            end: 0,
            plural: false,
            entry: 0,
            context: None,
        };
        Found {
            inline: [none; INLINE_MENTIONS],
            len: 0,
            spill: Vec::new(),
        }
    }
}

impl Found {
    fn push(&mut self, m: Mention) {
        if self.len >= MAX_TITLE_MENTIONS {
            return;
        }
        if let Some(slot) = self.inline.get_mut(self.len) {
            *slot = m;
        } else {
            if self.spill.is_empty() {
                self.spill.extend_from_slice(&self.inline);
            }
            self.spill.push(m);
        }
        self.len += 1;
    }

    fn as_slice(&self) -> &[Mention] {
        if self.len <= INLINE_MENTIONS {
            &self.inline[..self.len]
        } else {
            &self.spill
        }
    }

    fn clear(&mut self) {
        self.len = 0;
        self.spill.clear();
    }
}

/// Updates the title position with the words and punctuation between two
/// mentions.
fn read_gap(gap: &str, at: &mut TitlePlace) {
    let separate = |at: &mut TitlePlace| {
        at.segment = at.segment.saturating_add(1);
        at.after_preposition = false;
        at.after_to = false;
    };
    let mut word_start = None;
    let mut previous = ' ';
    let plain = |c: char| match fold_char(c) {
        Folded::Char(f) => Some(f),
        Folded::Space | Folded::LineBreak => Some(' '),
        Folded::Nothing => None,
    };
    let mut chars = gap.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        // Invisible characters are not there; a word goes on over them.
        let Some(f) = plain(c) else { continue };
        if f.is_alphanumeric() {
            word_start.get_or_insert(i);
            previous = f;
            continue;
        }
        if let Some(start) = word_start.take() {
            read_word(&gap[start..i], at, separate);
        }
        let next = chars.peek().and_then(|&(_, c)| plain(c)).unwrap_or(' ');
        // An en or em dash (or a longer one) separates; a hyphen only
        // between spaces ("Physiotherapist - Band 6", not "X-ray").
        let long_dash = matches!(c, '\u{2012}'..='\u{2015}' | '\u{2212}');
        let dash = f == '-' && (previous.is_whitespace() || next.is_whitespace());
        if long_dash
            || dash
            || matches!(
                f,
                '/' | '|' | '(' | ')' | '[' | ']' | ',' | ';' | ':' | '&' | '+'
            )
        {
            separate(at);
        }
        previous = f;
    }
    if let Some(start) = word_start {
        read_word(&gap[start..], at, separate);
    }
}

fn read_word(word: &str, at: &mut TitlePlace, separate: impl Fn(&mut TitlePlace)) {
    // Longer words are none of these, whatever their form; plain ASCII
    // needs no folding.
    if word.len() > 3 * "within".len() {
        return;
    }
    let ascii = word.is_ascii();
    // Compared in the normalised text: "ｏｒ" is "or".
    let is = |w: &str| {
        if ascii {
            return word.eq_ignore_ascii_case(w);
        }
        let mut folded = word.chars().filter_map(|c| match fold_char(c) {
            Folded::Char(f) => Some(f),
            _ => None,
        });
        w.chars()
            .all(|wc| folded.next().is_some_and(|c| c.eq_ignore_ascii_case(&wc)))
            && folded.next().is_none()
    };
    if is("or") || is("and") {
        separate(at);
    } else if is("to") {
        at.after_preposition = true;
        at.after_to = true;
    } else if ["in", "for", "of", "with", "at", "within", "on", "from"]
        .iter()
        .any(|p| is(p))
    {
        at.after_preposition = true;
    }
}

/// Finds the mentions of roles in `text`: applies modifiers (a discipline
/// followed by "Assistant"), notes the cue in force, and tallies the
/// jurisdiction evidence on the way.
fn mentions(
    dictionary: &Dictionary,
    field: Field,
    text: &str,
    places: &mut PlaceTally,
    mut emit: impl FnMut(Mention),
) {
    let mut pending: Option<Mention> = None;
    let mut cue: Option<(Cue, usize)> = None;
    let mut technician_series = false;
    let mut sentence_start = 0;
    let mut last_end = 0;
    scan(dictionary, text, |hit| {
        let from = last_end.min(hit.start);
        let gap = text.as_bytes().get(from..hit.start).unwrap_or_default();
        if let Some(i) = after_sentence_break(gap) {
            sentence_start = from + i;
        }
        last_end = hit.end;
        let entry = &dictionary.entries[hit.entry];
        if let Some((jurisdiction, weight)) = entry.place {
            places.add(jurisdiction, weight, || Evidence {
                field,
                range: hit.start..hit.end,
                term: entry.term.clone(),
            });
        }
        if let (Some(modifier), Some(p)) = (entry.modifier, pending.as_mut()) {
            if p.strength >= Strength::Field && adjacent(text, p.end, hit.start) {
                if let Some(target) = support_role(dictionary, p.target, modifier) {
                    p.target = target;
                    p.strength = Strength::Title;
                    p.end = hit.end;
                    p.plural = hit.plural;
                    return;
                }
            }
        }
        if let (Some(Cue::Trail), Some(p)) = (entry.cue, pending.as_mut()) {
            if adjacent(text, p.end, hit.start) {
                p.context = Some(Cue::Trail);
            }
        }
        if let Some((mut target, strength)) = entry.role {
            if technician_series && strength == Strength::Field {
                target = support_role(dictionary, target, Modifier::Technician).unwrap_or(target);
            }
            let context = match cue {
                Some((Cue::Lead, end))
                    if end >= sentence_start && hit.start.saturating_sub(end) <= LEAD_REACH =>
                {
                    Some(Cue::Lead)
                }
                Some((Cue::Aside, end))
                    if end >= sentence_start && hit.start.saturating_sub(end) <= ASIDE_REACH =>
                {
                    Some(Cue::Aside)
                }
                _ => None,
            };
            let mention = Mention {
                target,
                strength,
                start: hit.start,
                end: hit.end,
                plural: hit.plural,
                entry: hit.entry,
                context,
            };
            if let Some(p) = pending.replace(mention) {
                // A generic word for a role outside the registry right
                // before a profession qualifies it: "Specialist" in
                // "Specialist Clinical Physiologist".
                let qualifies = p.target == Target::Outside
                    && p.strength == Strength::Generic
                    && matches!(target, Target::Profession(_))
                    && adjacent(text, p.end, hit.start);
                if !qualifies {
                    emit(p);
                }
            }
        }
        if let Some(c @ (Cue::Lead | Cue::Aside)) = entry.cue {
            cue = Some((c, hit.end));
        }
        technician_series |= entry.series && field == Field::Title;
    });
    if let Some(p) = pending {
        emit(p);
    }
}

/// The offset just after the last sentence break in `gap` (a full stop,
/// question or exclamation mark, semicolon, or line break, in ASCII or
/// full-width or as a Unicode line separator), if it holds one.
fn after_sentence_break(gap: &[u8]) -> Option<usize> {
    let mut end = gap.len();
    while let Some(i) = gap[..end].iter().rposition(|&b| {
        matches!(b, b'.' | b'!' | b'?' | b';' | b'\n' | b'\r' | 0x0B | 0x0C)
            // The last byte of U+0085, U+2028, U+2029, U+3002 and the
            // full-width forms of the ASCII breaks.
            || matches!(b, 0x85 | 0xA8 | 0xA9 | 0x82 | 0x81 | 0x8E | 0x9B | 0x9F)
    }) {
        let breaks = match gap[i] {
            b if b < 0x80 => true,
            0x85 => gap[..i].ends_with(&[0xC2]),
            0xA8 | 0xA9 => gap[..i].ends_with(&[0xE2, 0x80]),
            0x82 => gap[..i].ends_with(&[0xE3, 0x80]),
            // ！ ． ； ？ are U+FF01, U+FF0E, U+FF1B, U+FF1F.
            _ => gap[..i].ends_with(&[0xEF, 0xBC]),
        };
        if breaks {
            return Some(i + 1);
        }
        end = i;
    }
    None
}

/// Whether `a..b` normalises to at most three spaces or hyphens:
/// "Physiotherapy Assistant", "Pharmacy-Technician", "Pharmacy\u{A0}–
/// Technician".
fn adjacent(text: &str, a: usize, b: usize) -> bool {
    if a > b {
        return false;
    }
    let mut read = 0;
    let mut at = a;
    while at < b {
        let Some(s) = step(text, at) else {
            return false;
        };
        if !s.bytes().iter().all(|&c| c == b' ' || c == b'-') {
            return false;
        }
        read += s.bytes().len();
        if read > 3 {
            return false;
        }
        at = s.next;
    }
    at == b
}

/// The role a profession becomes when `modifier` follows it; `None` when
/// the modifier does not apply (the profession has no such role).
fn support_role(dictionary: &Dictionary, target: Target, modifier: Modifier) -> Option<Target> {
    let Target::Profession(p) = target else {
        return None;
    };
    let (assistant, technician) = dictionary.support[p as usize];
    let counterpart = match modifier {
        Modifier::Assistant => assistant,
        Modifier::Technician => technician,
    };
    Some(match counterpart {
        Counterpart::Same => target,
        Counterpart::Role(q) => Target::Profession(q),
        Counterpart::Outside => Target::Outside,
    })
}

/// The end of a text's first line when more lines follow and it is short
/// enough to be a title; 0 when it is not. A text of one line is all body:
/// it is more often a sentence than a title.
fn lead_end(text: &str) -> usize {
    let limit = (MAX_LEAD_BYTES + 1).min(text.len());
    text.as_bytes()[..limit]
        .iter()
        .position(|&b| b == b'\n' || b == b'\r')
        .unwrap_or(0)
}

/// Classifies one ad: `title` (may be empty) and `body`.
pub(crate) fn classify(
    dictionary: &Dictionary,
    title: &str,
    body: &str,
    min_score: f32,
    default_jurisdiction: Option<Jurisdiction>,
) -> Classification {
    let mut scores = Scores {
        title: [0.0; SLOTS],
        body: [0.0; SLOTS],
        body_mentions: [0; SLOTS],
        kept: [0; SLOTS],
        touched: 0,
        evidence: Vec::new(),
        umbrellas: Vec::new(),
    };
    let mut places = PlaceTally::default();
    let mut found = Found::default();
    mentions(dictionary, Field::Title, title, &mut places, |m| {
        found.push(m);
    });
    scores.title(dictionary, Field::Title, title, found.as_slice());

    // Without a title, a short first line of the body is one.
    let lead = if is_blank(title) { lead_end(body) } else { 0 };
    found.clear();
    mentions(dictionary, Field::Body, body, &mut places, |m| {
        if m.end <= lead {
            found.push(m);
        } else {
            scores.body(dictionary, &m);
        }
    });
    scores.title(
        dictionary,
        Field::Body,
        body.get(..lead).unwrap_or_default(),
        found.as_slice(),
    );

    let (jurisdiction, jurisdiction_evidence) = places.decide(default_jurisdiction);
    scores.resolve_umbrellas();
    let (candidates, has_best) = rank(&mut scores, min_score);
    Classification {
        candidates,
        has_best,
        jurisdiction,
        jurisdiction_evidence,
    }
}

/// Turns raw scores into ranked candidates with their evidence, and decides
/// whether the first is the best.
/// A slot's score before it is shared out: its title weight and its capped
/// body weight.
fn raw(scores: &Scores, slot: usize) -> f32 {
    scores.title[slot] + scores.body[slot].min(BODY_CAP)
}

fn rank(scores: &mut Scores, min_score: f32) -> (Vec<Candidate>, bool) {
    // Only the slots given weight (a few of a hundred): in slot order, so
    // the sum is the same as over every slot.
    let slots = || {
        let mut bits = scores.touched;
        core::iter::from_fn(move || {
            let slot = bits.trailing_zeros() as usize;
            bits &= bits.wrapping_sub(1);
            (slot < SLOTS).then_some(slot)
        })
    };
    let total = slots()
        .map(|slot| raw(scores, slot))
        .fold(0.0f32, |total, r| total + r)
        + DOUBT;
    let mut candidates: Vec<Candidate> = Vec::with_capacity(slots().count());
    for slot in slots() {
        let r = raw(scores, slot);
        if let Some(&p) = Profession::ALL.get(slot).filter(|_| r > 0.0) {
            candidates.push(Candidate {
                profession: p,
                score: (r / total).clamp(0.0, 1.0),
                evidence: Vec::new(),
            });
        }
    }

    candidates.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(a.profession.cmp(&b.profession))
    });
    // Candidates are fewer than 255 (one per profession).
    let mut index = [u8::MAX; SLOTS];
    for (i, c) in candidates.iter().enumerate() {
        index[c.profession as usize] = u8::try_from(i).unwrap_or(u8::MAX);
    }
    for (slot, evidence) in core::mem::take(&mut scores.evidence) {
        if let Some(c) = candidates.get_mut(usize::from(index[slot])) {
            if c.evidence.capacity() == 0 {
                c.evidence.reserve_exact(usize::from(scores.kept[slot]));
            }
            c.evidence.push(evidence);
        }
    }
    for c in &mut candidates {
        c.evidence.sort_by_key(|e| (e.field, e.range.start));
    }
    let has_best = candidates.first().is_some_and(|c| {
        c.score >= min_score && raw(scores, c.profession as usize) > raw(scores, OUTSIDE_SLOT)
    });
    (candidates, has_best)
}
