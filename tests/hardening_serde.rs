//! Hostile JSON into every public `Deserialize` type: unknown ids, wrong
//! types, huge numbers, deep nesting, huge strings, duplicate and unknown
//! keys. Each is an error, never a panic or a stack overflow (serde_json
//! refuses nesting deeper than 128), and whatever does deserialise
//! serialises back to the same value.
#![cfg(feature = "serde")]

mod entry_points;

use allied_health::{
    AfcBand, Basis, Code, CodeSystem, Coverage, Currency, Definition, EducationLevel,
    EquivalenceKind, Isco08Code, JobZone, Jurisdiction, OnTheJobTraining, OnetSocCode,
    PatientContact, Profession, Query, Regulator, Relatedness, RoleLevel, Setting, SettingSet,
    Soc2018Code, SortKey, UkSoc2020Code, WorkExperience,
};
use proptest::prelude::*;
use serde::de::DeserializeOwned;

/// Asserts that `json` is an error for every public `Deserialize` type,
/// and returns the messages.
fn error_for_all(json: &str) -> Vec<String> {
    fn err<T: DeserializeOwned + std::fmt::Debug>(json: &str) -> String {
        match serde_json::from_str::<T>(json) {
            Ok(v) => panic!(
                "{} accepted {:.80}: {v:?}",
                std::any::type_name::<T>(),
                json
            ),
            Err(e) => e.to_string(),
        }
    }
    vec![
        err::<Profession>(json),
        err::<Jurisdiction>(json),
        err::<Definition>(json),
        err::<EducationLevel>(json),
        err::<WorkExperience>(json),
        err::<OnTheJobTraining>(json),
        err::<JobZone>(json),
        err::<Setting>(json),
        err::<SettingSet>(json),
        err::<PatientContact>(json),
        err::<RoleLevel>(json),
        err::<EquivalenceKind>(json),
        err::<Regulator>(json),
        err::<AfcBand>(json),
        err::<CodeSystem>(json),
        err::<Code>(json),
        err::<Soc2018Code>(json),
        err::<OnetSocCode>(json),
        err::<UkSoc2020Code>(json),
        err::<Isco08Code>(json),
        err::<Currency>(json),
        err::<Coverage>(json),
        err::<Relatedness>(json),
        err::<Basis>(json),
        err::<SortKey>(json),
        err::<Query>(json),
    ]
}

#[test]
fn unknown_ids_and_wrong_types() {
    for json in [
        "\"\"",
        "\"nurse\"",
        "\"uk\"",
        "\"B10\"",
        "\"onet:29-1123\"",
        "\"\\u0000\"",
        "\"\\ud800\"",
        "0",
        "-1",
        "6",
        "3.0",
        "true",
        "null",
        "[\"x\"]",
        "[1]",
        "{\"a\":1}",
        "{\"jurisdiction\":1}",
        "",
        " ",
        "\"physiotherapist",
        "nul",
        "\"physiotherapist\" x",
    ] {
        error_for_all(json);
    }
}

#[test]
fn huge_numbers() {
    for json in [
        "1e400",
        "-1e400",
        "1e-400",
        "18446744073709551616",
        "340282366920938463463374607431768211456",
        "-9223372036854775809",
        &"9".repeat(10_000),
        "256",
        "0.5",
        "NaN",
        "Infinity",
    ] {
        error_for_all(json);
    }
    // A percentage is any finite number that fits in tenths.
    for n in [
        "1e400",
        "-1e400",
        "1e308",
        "-1e308",
        "214748364.8",
        "\"5\"",
        "null",
        "[5]",
    ] {
        assert!(
            serde_json::from_str::<allied_health::Percent>(n).is_err(),
            "{n}"
        );
    }
    for n in ["0", "-0.05", "8.6", "1e-400", "214748364.7", "-214748364.8"] {
        entry_points::deserialize(n.as_bytes());
        assert!(
            serde_json::from_str::<allied_health::Percent>(n).is_ok(),
            "{n}"
        );
    }
    for json in [
        r#"{"min_median_wage":-1}"#,
        r#"{"min_median_wage":4294967296}"#,
        r#"{"min_median_wage":1e400}"#,
        r#"{"growth_at_least":1e400}"#,
        r#"{"growth_at_least":"5%"}"#,
        r#"{"related_to":"nurse"}"#,
        r#"{"reachable_from":42}"#,
    ] {
        assert!(
            serde_json::from_str::<Query>(json).is_err(),
            "accepted {json}"
        );
    }
    // JobZone reads numbers: only 1 to 5 are zones.
    for n in ["0", "6", "255", "256", "65536", "3.5", "-3"] {
        assert!(serde_json::from_str::<JobZone>(n).is_err(), "{n}");
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    const DEPTH: usize = 100_000;
    let arrays = "[".repeat(DEPTH) + &"]".repeat(DEPTH);
    let objects = "{\"a\":".repeat(DEPTH) + "1" + &"}".repeat(DEPTH);
    let in_a_query = format!("{{\"works_in_any\":{arrays}}}");
    let in_a_query_key = format!("{{\"jurisdiction\":{objects}}}");
    let unclosed = "[".repeat(DEPTH);
    for json in [&arrays, &objects, &in_a_query, &in_a_query_key, &unclosed] {
        error_for_all(json);
    }
    // The crate's types are shallow, so they refuse nesting at the first
    // value of the wrong type; anything that reads deeper (a future field
    // of a nested type) meets serde_json's recursion limit.
    let e = serde_json::from_str::<SettingSet>(&arrays).unwrap_err();
    assert!(e.to_string().starts_with("invalid type: sequence"), "{e}");
    for json in [&arrays, &objects] {
        let e = serde_json::from_str::<serde_json::Value>(json).unwrap_err();
        assert!(e.to_string().contains("recursion limit exceeded"), "{e}");
    }
    let shallow = "[".repeat(100) + &"]".repeat(100);
    error_for_all(&shallow);
}

#[test]
fn huge_strings() {
    let long = format!("\"{}\"", "x".repeat(2_000_000));
    error_for_all(&long);
    // The crate's own parse errors keep a bounded part of the input, not
    // two megabytes of it. (Serde's own messages, "invalid type: string"
    // and "unknown variant", quote the whole string.)
    fn bounded<T: DeserializeOwned + std::fmt::Debug>(json: &str) {
        let e = serde_json::from_str::<T>(json).unwrap_err().to_string();
        assert!(e.len() < 1_000, "{} bytes: {:.100}", e.len(), e);
    }
    bounded::<Profession>(&long);
    bounded::<Jurisdiction>(&long);
    bounded::<Setting>(&long);
    bounded::<EducationLevel>(&long);
    bounded::<CodeSystem>(&long);
    bounded::<Code>(&long);
    bounded::<Soc2018Code>(&long);
    bounded::<OnetSocCode>(&long);
    bounded::<UkSoc2020Code>(&long);
    bounded::<Isco08Code>(&long);
    bounded::<Query>(&format!("{{\"code_prefix\":{long}}}"));
    bounded::<Query>(&format!("{{\"jurisdiction\":{long}}}"));
    let escapes = format!("\"{}\"", "\\u00e9".repeat(200_000));
    error_for_all(&escapes);
    let word = format!("{{\"word\":\"{}\"}}", "a".repeat(1_000_000));
    assert!(serde_json::from_str::<Query>(&word).is_err());
    let many = format!("[{}\"hospital\"]", "\"hospital\",".repeat(1_000_000));
    assert_eq!(
        serde_json::from_str::<SettingSet>(&many).unwrap(),
        SettingSet::from_slice(&[Setting::Hospital])
    );
}

#[test]
fn hostile_queries() {
    for json in [
        // A filter given twice is ambiguous, not "the last one wins".
        r#"{"jurisdiction":"us","jurisdiction":"nhs"}"#,
        r#"{"word":"nurse","word":"physio"}"#,
        r#"{"regulated":true,"regulated":true}"#,
        // Unknown keys, wrong types, unknown ids, malformed values.
        r#"{"jurisdicton":"nhs"}"#,
        r#"{"jurisdiction":"uk"}"#,
        r#"{"regulated":"yes"}"#,
        r#"{"regulated":1}"#,
        r#"{"works_in_any":"hospital"}"#,
        r#"{"works_in_any":["hospital",1]}"#,
        r#"{"works_in_any":{"hospital":true}}"#,
        r#"{"code_prefix":"29-1"}"#,
        r#"{"code_prefix":"soc2018:2920"}"#,
        r#"{"code_prefix":"mars:1"}"#,
        r#"{"code_prefix":["soc2018:29"]}"#,
        r#"{"word":5}"#,
        r#"{"word":["nurse"]}"#,
        r#"{"education_at_least":"phd"}"#,
        r#"{"role_level":"boss"}"#,
        r#"{"patient_contact":null,"extra":null}"#,
        r#"{"":null}"#,
        r#"["uk"]"#,
        r#"[1]"#,
        r#"{"jurisdiction":"nhs""#,
        r#"{"jurisdiction":"nhs"} {}"#,
    ] {
        assert!(
            serde_json::from_str::<Query>(json).is_err(),
            "accepted {json}"
        );
    }
    // What a query accepts round-trips.
    for json in [
        r#"{}"#,
        r#"{"jurisdiction":null}"#,
        r#"{"word":""}"#,
        r#"{"word":null}"#,
        r#"{"works_in_any":[]}"#,
        r#"{"works_in_any":["hospital","hospital"]}"#,
        r#"{"code_prefix":"  soc2018:29  "}"#,
    ] {
        entry_points::deserialize(json.as_bytes());
        assert!(
            serde_json::from_str::<Query>(json).is_ok(),
            "refused {json}"
        );
    }
}

/// A query is an object of filters. Read as an array, `[]` and `[null]`
/// would be the query that keeps every profession and the private field
/// order would be part of the format, so an array is an error.
#[test]
fn a_query_is_an_object_not_an_array() {
    for json in [r#"[]"#, r#"[null]"#, r#"["nhs"]"#, r#"["nhs","nhs-ahp"]"#] {
        assert!(
            serde_json::from_str::<Query>(json).is_err(),
            "accepted {json}"
        );
    }
}

/// Any JSON value, a few levels deep, with keys and strings that are
/// sometimes the crate's own ids and codes.
fn json() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let word = prop_oneof![
        prop::sample::select(
            &[
                "physiotherapist",
                "nhs",
                "us",
                "hospital",
                "B5",
                "hcpc",
                "onet",
                "soc2018:29-1123",
                "onet:29-1123.00",
                "29-1123",
                "2221",
                "jurisdiction",
                "works_in_any",
                "word",
                "code_prefix",
                "regulated",
                "name",
                "entry-education",
                "usd",
                "exact",
            ][..]
        )
        .prop_map(str::to_owned),
        any::<String>(),
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        (0u8..8).prop_map(Value::from),
        word.clone().prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 32, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            prop::collection::vec((word.clone(), inner), 0..6)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn the_fuzz_target_on_random_json(value in json()) {
        entry_points::deserialize(value.to_string().as_bytes());
    }

    #[test]
    fn the_fuzz_target_on_random_bytes(data in prop::collection::vec(any::<u8>(), 0..256)) {
        entry_points::deserialize(&data);
    }

    #[test]
    fn queries_from_random_filters(
        filters in prop::collection::vec((
            prop::sample::select(&[
                "jurisdiction", "allied_health", "role_level", "exclude_boundary",
                "education_at_least", "education_at_most", "works_in_any", "works_in_all",
                "patient_contact", "regulated", "protected_title", "code_prefix", "word",
                "min_median_wage", "growth_at_least", "related_to", "reachable_from",
            ][..]),
            json(),
        ), 0..5),
    ) {
        let object: serde_json::Map<_, _> = filters
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect();
        entry_points::deserialize(serde_json::Value::Object(object).to_string().as_bytes());
    }
}
