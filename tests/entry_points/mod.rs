//! The bodies of the fuzz targets in `fuzz/fuzz_targets/`, shared with the
//! stable test suites (`tests/hardening*.rs`): CI has only stable Rust, so
//! the proptests there drive the same entry points and check the same
//! invariants that the fuzzer does.
//!
//! Each target takes raw bytes, as a fuzzer gives them, and panics when an
//! output is malformed; returning means the input was handled. The
//! `classify` and `serde` parts follow the features of the crate that
//! includes this file (the main crate's tests, or the fuzz crate, whose
//! features of the same names turn on the library's).
#![allow(dead_code)] // each includer uses some of the targets

use std::borrow::Cow;

use allied_health::{
    Basis, Code, CodeError, CodeSystem, Coverage, Currency, Definition, EducationLevel,
    EquivalenceKind, Isco08Code, Jurisdiction, OnTheJobTraining, OnetSocCode, ParseIdError,
    PatientContact, Profession, Query, Relatedness, RoleLevel, Setting, Soc2018Code, UkSoc2020Code,
    WorkExperience, lookup_code, lookup_title,
};

/// The most characters an error keeps of its input.
const MAX_ERROR_INPUT: usize = 200;

/// Any bytes as text: invalid UTF-8 becomes U+FFFD, as a pipeline reading
/// untrusted files with `String::from_utf8_lossy` would do.
pub fn text(data: &[u8]) -> Cow<'_, str> {
    String::from_utf8_lossy(data)
}

/// Splits any bytes into a title and a body: the first byte says where,
/// as a fraction of the rest, moved forward to a character boundary.
pub fn title_and_body(data: &[u8]) -> (String, String) {
    let Some((&cut, rest)) = data.split_first() else {
        return (String::new(), String::new());
    };
    let rest = text(rest);
    let mut at = rest.len() * usize::from(cut) / 256;
    while !rest.is_char_boundary(at) {
        at += 1;
    }
    (rest[..at].to_owned(), rest[at..].to_owned())
}

fn check_parse_id_error(e: &ParseIdError) {
    assert!(e.input().chars().count() <= MAX_ERROR_INPUT, "{e:?}");
    assert!(!e.expected().is_empty());
    assert!(!e.to_string().is_empty());
}

fn check_code_error(e: &CodeError) {
    assert!(e.input().chars().count() <= MAX_ERROR_INPUT, "{e:?}");
    assert!(!e.system().is_empty());
    assert!(!e.to_string().is_empty());
}

/// Parses `s` as every id type: a value prints an id that parses back to
/// it; an error keeps at most 200 characters of the input.
pub fn ids(data: &[u8]) {
    let s = text(data);
    macro_rules! ids {
        ($($t:ty),+ $(,)?) => {$(
            match s.parse::<$t>() {
                Ok(v) => assert_eq!(v.id().parse::<$t>(), Ok(v), "{s:?}"),
                Err(e) => check_parse_id_error(&e),
            }
        )+};
    }
    ids!(
        Profession,
        Jurisdiction,
        Definition,
        EducationLevel,
        WorkExperience,
        OnTheJobTraining,
        Setting,
        PatientContact,
        RoleLevel,
        EquivalenceKind,
        CodeSystem,
        Currency,
        Coverage,
        Relatedness,
        Basis,
    );
    assert_eq!(Profession::from_id(&s).ok(), s.parse().ok());
    // The query's fallible setters take user text too.
    let _ = Query::new().try_word(&s);
    for &system in CodeSystem::ALL {
        if let Err(e) = Query::new().try_code_prefix(system, &s) {
            assert!(e.input().chars().count() <= MAX_ERROR_INPUT, "{e:?}");
        }
    }
}

/// Parses `s` as every code type and as a prefixed code: a code prints its
/// official format, which parses back to it; lookups find professions or
/// say why not.
pub fn codes(data: &[u8]) {
    let s = text(data);
    macro_rules! codes {
        ($($t:ty),+ $(,)?) => {$(
            match s.parse::<$t>() {
                Ok(code) => {
                    let printed = code.to_string();
                    assert!(printed.is_ascii() && printed.len() <= 10, "{printed:?}");
                    assert_eq!(printed.parse::<$t>(), Ok(code), "{s:?}");
                    match code.professions() {
                        Ok(found) => assert!(found.len() > 0),
                        Err(e) => check_code_error(&e),
                    }
                }
                Err(e) => check_code_error(&e),
            }
        )+};
    }
    codes!(Soc2018Code, OnetSocCode, UkSoc2020Code, Isco08Code);
    match s.parse::<Code>() {
        Ok(code) => {
            assert_eq!(code.to_prefixed_string().parse::<Code>(), Ok(code));
            assert_eq!(Code::parse_in(code.system(), &code.to_string()), Ok(code));
        }
        Err(e) => check_code_error(&e),
    }
    for &system in CodeSystem::ALL {
        match Code::parse_in(system, &s) {
            Ok(code) => assert_eq!(code.system(), system),
            Err(e) => check_code_error(&e),
        }
    }
    match lookup_code(&s) {
        Ok(found) => {
            let n = found.len();
            assert!(n > 0 && found.count() == n, "{s:?}");
        }
        Err(e) => check_code_error(&e),
    }
}

/// Looks `s` up as a title: the same answer from both entry points, in
/// any ASCII case, every time.
pub fn title(data: &[u8]) {
    let s = text(data);
    let found = lookup_title(&s);
    assert_eq!(Profession::from_title(&s), found);
    assert_eq!(lookup_title(&s.to_ascii_uppercase()), found, "{s:?}");
    assert_eq!(lookup_title(&s.to_ascii_lowercase()), found, "{s:?}");
}

#[cfg(feature = "classify")]
#[allow(unused_imports)]
pub use classifier::*;

#[cfg(feature = "classify")]
mod classifier {
    use std::sync::LazyLock;

    use allied_health::{Classification, Classifier, Definition, Field};

    use super::title_and_body;

    /// Most evidence spans a candidate, or the jurisdiction, keeps.
    const MAX_EVIDENCE: usize = 8;
    /// The default classifier's minimum score for a best candidate.
    const DEFAULT_MIN_SCORE: f32 = 0.2;

    /// One classifier for every call, as a pipeline would share it.
    pub static CLASSIFIER: LazyLock<Classifier> = LazyLock::new(Classifier::new);

    /// Classifies any bytes as a title and a body, then the body alone,
    /// and checks every output.
    pub fn classify_ad(data: &[u8]) {
        let (title, body) = title_and_body(data);
        let c = CLASSIFIER.classify_ad(&title, &body);
        check_classification(&c, &title, &body);
        assert_eq!(
            c,
            CLASSIFIER.classify_ad(&title, &body),
            "not deterministic"
        );
        let c = CLASSIFIER.classify(&body);
        check_classification(&c, "", &body);
        assert_eq!(
            c,
            allied_health::classify(&body),
            "the free classify differs"
        );
    }

    /// [`check_classification_with`] for the default classifier.
    pub fn check_classification(c: &Classification, title: &str, body: &str) {
        check_classification_with(c, title, body, DEFAULT_MIN_SCORE);
    }

    /// Every output of a classification is well formed: finite scores in
    /// `0..=1`, candidates ranked (score down, then registry order) and
    /// unique, each with one to eight evidence spans that lie inside their
    /// field on character boundaries, in the order of the text; `best` is
    /// the first candidate (scoring at least `min_score`) or nothing, and
    /// the answers derived from it agree with it.
    pub fn check_classification_with(c: &Classification, title: &str, body: &str, min_score: f32) {
        let candidates = c.candidates();
        for pair in candidates.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            assert!(
                a.score() > b.score()
                    || (a.score() == b.score() && a.profession() < b.profession()),
                "not ranked: {a:?} then {b:?}"
            );
        }
        for (i, candidate) in candidates.iter().enumerate() {
            let score = candidate.score();
            assert!(
                score.is_finite() && (0.0..=1.0).contains(&score),
                "{candidate:?}"
            );
            assert!(
                candidates[..i]
                    .iter()
                    .all(|other| other.profession() != candidate.profession()),
                "{:?} twice",
                candidate.profession()
            );
            let evidence = candidate.evidence();
            assert!(
                (1..=MAX_EVIDENCE).contains(&evidence.len()),
                "{candidate:?}"
            );
            for e in evidence {
                check_evidence(e, title, body);
            }
            for pair in evidence.windows(2) {
                assert!(
                    (pair[0].field(), pair[0].range().start)
                        <= (pair[1].field(), pair[1].range().start),
                    "evidence out of order: {evidence:?}"
                );
            }
        }
        match c.best() {
            Some(best) => {
                assert!(std::ptr::eq(best, &candidates[0]));
                assert!(best.score() >= min_score, "{best:?}");
                assert_eq!(c.profession(), Some(best.profession()));
                assert_eq!(
                    c.is_boundary(),
                    Some(best.profession().info().is_boundary())
                );
                for &d in Definition::ALL {
                    assert_eq!(
                        c.is_allied_health(d),
                        Some(best.profession().info().is_allied_health(d))
                    );
                }
            }
            None => {
                assert_eq!(c.profession(), None);
                assert_eq!(c.is_boundary(), None);
                assert_eq!(c.is_allied_health(Definition::UsBroad), None);
            }
        }
        let places = c.jurisdiction_evidence();
        assert!(places.len() <= MAX_EVIDENCE);
        assert!(places.is_empty() || c.jurisdiction().is_some());
        for e in places {
            check_evidence(e, title, body);
        }
    }

    fn check_evidence(e: &allied_health::Evidence, title: &str, body: &str) {
        let input = match e.field() {
            Field::Title => title,
            Field::Body => body,
        };
        let r = e.range();
        assert!(
            r.start < r.end && r.end <= input.len(),
            "{e:?} in {} bytes",
            input.len()
        );
        assert!(
            input.is_char_boundary(r.start) && input.is_char_boundary(r.end),
            "{e:?} not on character boundaries"
        );
        assert_eq!(e.text(title, body), Some(&input[r]));
        assert!(!e.term().is_empty());
    }
}

#[cfg(feature = "serde")]
#[allow(unused_imports)]
pub use deserialize::*;

#[cfg(feature = "serde")]
mod deserialize {
    use allied_health::{
        AfcBand, Basis, Code, CodeSystem, Coverage, Currency, Definition, EducationLevel,
        EquivalenceKind, Isco08Code, JobZone, Jurisdiction, OnTheJobTraining, OnetSocCode,
        PatientContact, Percent, Profession, Query, Regulator, Relatedness, RoleLevel, Setting,
        SettingSet, Soc2018Code, SortKey, UkSoc2020Code, WorkExperience,
    };

    /// Deserialises any bytes as JSON into every public `Deserialize` type:
    /// an error, or a value whose JSON reads back to the same value.
    pub fn deserialize(data: &[u8]) {
        macro_rules! each {
            ($($t:ty),+ $(,)?) => {$(
                if let Ok(value) = serde_json::from_slice::<$t>(data) {
                    let json = serde_json::to_string(&value).expect("a value serialises");
                    let back = serde_json::from_str::<$t>(&json);
                    assert_eq!(back.as_ref().ok(), Some(&value), "{json}: {back:?}");
                }
            )+};
        }
        each!(
            Profession,
            Jurisdiction,
            Definition,
            EducationLevel,
            WorkExperience,
            OnTheJobTraining,
            JobZone,
            Setting,
            SettingSet,
            PatientContact,
            RoleLevel,
            EquivalenceKind,
            Regulator,
            AfcBand,
            CodeSystem,
            Code,
            Soc2018Code,
            OnetSocCode,
            UkSoc2020Code,
            Isco08Code,
            Currency,
            Coverage,
            Relatedness,
            Basis,
            Percent,
            SortKey,
            Query,
        );
    }
}
