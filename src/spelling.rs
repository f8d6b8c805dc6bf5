//! UK and US spellings of the same word parts, shared by title lookup and
//! the classifier so that both read "paediatric" and "pediatric" alike.

/// Pairs of (UK, US) word parts. A part is replaced wherever it occurs in a
/// word, so "paed" also covers "orthopaedic" and "paediatrician".
pub(crate) static UK_US: &[(&str, &str)] = &[
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
    UK_US
        .iter()
        .filter(|(uk, _)| word.contains(uk))
        .fold(word.to_owned(), |w, (uk, us)| w.replace(uk, us))
}

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
}
