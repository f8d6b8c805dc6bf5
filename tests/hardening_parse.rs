//! Adversarial input for the parsers and lookups: the fuzz targets' bodies
//! for ids, codes and titles on random bytes, random Unicode, near-miss
//! codes, and very long or odd text. Nothing panics; what parses prints
//! back to itself; errors keep at most 200 characters of their input.

mod entry_points;

use allied_health::{CodeSystem, Profession};
use proptest::prelude::*;

/// Calls every parsing target on the same bytes.
fn all_targets(data: &[u8]) {
    entry_points::ids(data);
    entry_points::codes(data);
    entry_points::title(data);
}

/// Text close to a code: digits, dashes, dots, prefixes, spaces and the
/// odd non-ASCII digit.
fn near_code() -> impl Strategy<Value = String> {
    let prefix = prop::sample::select(
        &[
            "",
            "soc2018:",
            "onet:",
            "uksoc2020:",
            "isco08:",
            "SOC2018:",
            "onet :",
            ":",
            "x:",
            "soc2018::",
        ][..],
    );
    (prefix, "[0-9\\-\\. ٣０]{0,14}").prop_map(|(p, code)| format!("{p}{code}"))
}

/// A registry id or title, changed a little.
fn near_id() -> impl Strategy<Value = String> {
    let id = prop::sample::select(Profession::ALL).prop_map(|p| p.id());
    let edit = prop::sample::select(
        &[
            "", " ", "-", "\0", "\u{200B}", "é", "S", "\u{130}", "\u{212A}",
        ][..],
    );
    (id, edit, any::<prop::sample::Index>()).prop_map(|(id, edit, at)| {
        let mut at = at.index(id.len() + 1);
        while !id.is_char_boundary(at) {
            at -= 1;
        }
        format!("{}{edit}{}", &id[..at], &id[at..])
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_bytes(data in prop::collection::vec(any::<u8>(), 0..512)) {
        all_targets(&data);
    }

    #[test]
    fn random_unicode(s in any::<String>()) {
        all_targets(s.as_bytes());
    }

    #[test]
    fn near_miss_codes(s in near_code()) {
        all_targets(s.as_bytes());
    }

    #[test]
    fn near_miss_ids(s in near_id()) {
        all_targets(s.as_bytes());
    }

    #[test]
    fn titles_in_any_case_and_padding(
        p in prop::sample::select(Profession::ALL),
        pick in any::<prop::sample::Index>(),
        pad in prop::sample::select(&["", " ", "\t", "\0", "\u{202E}", "---", "\n\n"][..]),
    ) {
        let titles: Vec<_> = p.info().titles().collect();
        let title = pick.get(&titles);
        all_targets(format!("{pad}{title}{pad}").as_bytes());
        all_targets(title.to_uppercase().as_bytes());
    }
}

#[test]
fn long_and_odd_text() {
    let long_id = "physiotherapist".repeat(10_000);
    let long_code = "2".repeat(100_000);
    let many_colons = ":".repeat(100_000);
    let nuls = "\0".repeat(10_000);
    let newlines = "\n".repeat(100_000);
    let title = format!(
        "{}Physiotherapist{}",
        " ".repeat(10_000),
        " ".repeat(10_000)
    );
    let prefixed = format!("soc2018:{}", "9".repeat(100_000));
    for text in [
        "",
        " ",
        "\0",
        "-",
        ".",
        ":",
        "soc2018:",
        "onet:29-1123.",
        "29-1123.0",
        "29-1123.000",
        "29-11234",
        "٢٩-١١٢٣",
        "２９-１１２３",
        "29\u{2011}1123",
        "+29-1123",
        "29-+123",
        long_id.as_str(),
        long_code.as_str(),
        many_colons.as_str(),
        nuls.as_str(),
        newlines.as_str(),
        title.as_str(),
        prefixed.as_str(),
    ] {
        all_targets(text.as_bytes());
    }
    for &system in CodeSystem::ALL {
        all_targets(format!("{}:{}", system.prefix(), long_code).as_bytes());
    }
}

#[test]
fn errors_keep_a_bounded_input() {
    let long = "x".repeat(1_000_000);
    let err = long.parse::<Profession>().unwrap_err();
    assert_eq!(err.input().chars().count(), 200);
    let err = long.parse::<allied_health::Code>().unwrap_err();
    assert!(err.input().chars().count() <= 200);
    assert!(err.to_string().len() < 400);
}
