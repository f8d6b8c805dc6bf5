//! Title lookup: an exact title or alias, ignoring case, punctuation and
//! UK/US spelling, finds the profession.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::data::PROFESSIONS;
use crate::model::profession::Profession;
use crate::spelling::{Folded, fold_char};

/// Longest title worth normalising; anything longer is not a title.
const MAX_TITLE_BYTES: usize = 256;

/// Finds the profession whose title or alias is exactly `title`, ignoring
/// case, punctuation, spacing and UK/US spelling ("paediatric" and
/// "pediatric", "anaesthetic" and "anesthetic", "dietician" and "dietitian"),
/// and reading Unicode forms as their plain letters: accents, full-width
/// forms, zero-width characters and soft hyphens.
///
/// Titles come from each profession's name, its local titles in each
/// jurisdiction, curated aliases (abbreviations such as "ODP" and "SLT"), and
/// O*NET 30.0 alternate titles. A local title outranks an O*NET alternate
/// title; a title that two professions share equally finds neither.
///
/// Only whole titles match: "Senior Physiotherapist" does not, and free
/// text is the classifier's job.
///
/// ```
/// use allied_health::{lookup_title, Profession};
///
/// assert_eq!(lookup_title("Speech-Language Pathologist"), Some(Profession::SpeechAndLanguageTherapist));
/// assert_eq!(lookup_title("physical therapist"), Some(Profession::Physiotherapist));
/// assert_eq!(lookup_title("DENTAL NURSE"), Some(Profession::DentalAssistant));
/// assert_eq!(lookup_title("Odp"), Some(Profession::OperatingDepartmentPractitioner));
/// assert_eq!(lookup_title("Paediatric Occupational Therapist"), Some(Profession::OccupationalTherapist));
/// assert_eq!(lookup_title("Pediatric Occupational Therapist"), Some(Profession::OccupationalTherapist));
/// assert_eq!(lookup_title("Ｏｒｔｈｏｐｔｉｓｔ"), Some(Profession::Orthoptist));
/// assert_eq!(lookup_title(""), None);
/// ```
#[must_use]
pub fn lookup_title(title: &str) -> Option<Profession> {
    if title.len() > MAX_TITLE_BYTES {
        return None;
    }
    let key = normalize(title);
    if key.is_empty() {
        return None;
    }
    TITLE_INDEX.get(&key).copied().flatten()
}

/// Maps a normalised title to its profession; `None` marks a title two
/// professions share at the same rank.
static TITLE_INDEX: LazyLock<HashMap<String, Option<Profession>>> = LazyLock::new(build_index);

fn build_index() -> HashMap<String, Option<Profession>> {
    let mut index: HashMap<String, Option<Profession>> = HashMap::new();
    // Rank 0: the registry's own titles and curated aliases.
    let mut own: HashMap<String, Option<Profession>> = HashMap::new();
    for info in PROFESSIONS.iter() {
        let p = info.profession();
        for title in info.own_titles() {
            insert(&mut own, normalize(title), p);
        }
    }
    // Rank 1: O*NET alternate titles, only where rank 0 says nothing.
    for info in PROFESSIONS.iter() {
        for title in info.onet_alternate_titles() {
            let key = normalize(title);
            if !own.contains_key(&key) {
                insert(&mut index, key, info.profession());
            }
        }
    }
    index.extend(own);
    index
}

fn insert(index: &mut HashMap<String, Option<Profession>>, key: String, p: Profession) {
    if key.is_empty() {
        return;
    }
    index
        .entry(key)
        .and_modify(|existing| {
            if *existing != Some(p) {
                *existing = None;
            }
        })
        .or_insert(Some(p));
}

/// Folds each character to its plain form ([`fold_char`]: accents,
/// full-width forms, invisible characters), lower-cases, turns punctuation
/// into single spaces, drops apostrophes and maps UK spellings to US ones,
/// word by word.
pub(crate) fn normalize(text: &str) -> String {
    let plain: String = text
        .chars()
        .filter_map(|c| match fold_char(c) {
            Folded::Char(c) => Some(c),
            Folded::Space | Folded::LineBreak => Some(' '),
            Folded::Nothing => None,
        })
        .collect();
    let mut out = String::with_capacity(plain.len());
    for word in plain
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
    {
        let word: String = word
            .chars()
            .filter(|c| *c != '\'')
            .flat_map(char::to_lowercase)
            .collect();
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&crate::spelling::to_us(&word));
    }
    out
}

impl Profession {
    /// Finds a profession by an exact title or alias in either jurisdiction,
    /// ignoring case, punctuation and UK/US spelling ("Paediatric" = "Pediatric").
    ///
    /// Only whole titles match; to find the profession in free text use the
    /// classifier. See [`crate::lookup_title`] for the details.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// assert_eq!(Profession::from_title("Physical Therapist"), Some(Profession::Physiotherapist));
    /// assert_eq!(Profession::from_title("ODP"), Some(Profession::OperatingDepartmentPractitioner));
    /// assert_eq!(Profession::from_title("Dental Nurse"), Some(Profession::DentalAssistant));
    /// assert_eq!(Profession::from_title("we need a physiotherapist"), None);
    /// ```
    #[must_use]
    pub fn from_title(title: &str) -> Option<Profession> {
        lookup_title(title)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_case_punctuation_and_spelling() {
        assert_eq!(
            normalize("Paediatric  Physio-therapist!"),
            "pediatric physio therapist"
        );
        assert_eq!(normalize("Children's Nurse"), "childrens nurse");
        assert_eq!(
            normalize("Anaesthetic Practitioner"),
            "anesthetic practitioner"
        );
        assert_eq!(
            normalize("Haematology Behaviour Centre"),
            "hematology behavior center"
        );
        assert_eq!(normalize("  "), "");
        assert_eq!(
            normalize("Ｐｈｙｓｉｏ\u{AD}ｔｈｅｒａｐｉｓｔ"),
            "physiotherapist"
        );
        assert_eq!(
            normalize("The\u{301}rapeute Orthoptiste"),
            "therapeute orthoptiste"
        );
        assert_eq!(normalize("Nurse’s\u{A0}Aide"), "nurses aide");
    }

    #[test]
    fn registry_titles_are_not_shared_between_professions() {
        let mut own: HashMap<String, Vec<Profession>> = HashMap::new();
        for info in PROFESSIONS.iter() {
            for t in info.own_titles() {
                let list = own.entry(normalize(t)).or_default();
                if !list.contains(&info.profession()) {
                    list.push(info.profession());
                }
            }
        }
        let shared: Vec<_> = own.iter().filter(|(_, ps)| ps.len() > 1).collect();
        assert!(
            shared.is_empty(),
            "titles shared between professions: {shared:?}"
        );
    }
}
