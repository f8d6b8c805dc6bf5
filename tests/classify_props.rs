//! Properties of the classifier on any input: it never panics, it is
//! deterministic, scores lie in `0.0..=1.0`, candidates are ranked, and
//! every evidence range lies on character boundaries of its input.

use std::sync::LazyLock;

use allied_health::{Classification, Classifier, Field};
use proptest::prelude::*;

static CLASSIFIER: LazyLock<Classifier> = LazyLock::new(Classifier::new);

/// Text made of job-ad words, abbreviations, punctuation and any Unicode,
/// so that matches (and near misses) are frequent.
fn ad_text() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        Just("physiotherapist".to_owned()),
        Just("Physiotherapy Assistant".to_owned()),
        Just("ODP".to_owned()),
        Just("odp".to_owned()),
        Just("Nurse's".to_owned()),
        Just("nurse’s".to_owned()),
        Just("we are looking for a".to_owned()),
        Just("alongside".to_owned()),
        Just("Band 6".to_owned()),
        Just("£".to_owned()),
        Just("$".to_owned()),
        Just(", MA".to_owned()),
        Just("paediatr".to_owned()),
        Just("PA to".to_owned()),
        Just("Receptionist".to_owned()),
        Just(" / ".to_owned()),
        Just("\n".to_owned()),
        Just("é".to_owned()),
        any::<String>(),
        "[a-zA-Z]{1,8}",
    ];
    prop::collection::vec(word, 0..24).prop_map(|words| words.join(" "))
}

fn check_invariants(c: &Classification, title: &str, body: &str) -> Result<(), TestCaseError> {
    for pair in c.candidates().windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        prop_assert!(
            a.score() > b.score() || (a.score() == b.score() && a.profession() < b.profession()),
            "not ranked: {a:?} then {b:?}"
        );
    }
    let evidence = c
        .candidates()
        .iter()
        .flat_map(|c| c.evidence())
        .chain(c.jurisdiction_evidence());
    for e in evidence {
        let input = match e.field() {
            Field::Title => title,
            Field::Body => body,
        };
        let r = e.range();
        prop_assert!(r.start < r.end && r.end <= input.len());
        prop_assert!(input.is_char_boundary(r.start) && input.is_char_boundary(r.end));
        prop_assert!(e.text(title, body).is_some());
    }
    for candidate in c.candidates() {
        prop_assert!((0.0..=1.0).contains(&candidate.score()));
        prop_assert!(candidate.evidence().len() <= 8);
    }
    if let Some(best) = c.best() {
        prop_assert_eq!(best, &c.candidates()[0]);
    }
    Ok(())
}

proptest! {
    #[test]
    fn classify_ad_never_panics_and_keeps_its_invariants(title in ad_text(), body in ad_text()) {
        let c = CLASSIFIER.classify_ad(&title, &body);
        check_invariants(&c, &title, &body)?;
        prop_assert_eq!(&c, &CLASSIFIER.classify_ad(&title, &body));
    }

    #[test]
    fn classify_never_panics_and_keeps_its_invariants(text in ad_text()) {
        let c = CLASSIFIER.classify(&text);
        check_invariants(&c, "", &text)?;
        prop_assert_eq!(&c, &CLASSIFIER.classify(&text));
    }

    #[test]
    fn arbitrary_unicode_is_fine(title in any::<String>(), body in any::<String>()) {
        let c = CLASSIFIER.classify_ad(&title, &body);
        check_invariants(&c, &title, &body)?;
    }
}
