//! Property tests: ids and codes round-trip, and no text makes a parser panic.

use allied_health::{
    Code, CodeSystem, Definition, EducationLevel, Isco08Code, Jurisdiction, OnetSocCode,
    Profession, Setting, Soc2018Code, UkSoc2020Code, lookup_code, lookup_title,
};
use proptest::prelude::*;

const SOC_MAJOR_GROUPS: [u8; 23] = [
    11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41, 43, 45, 47, 49, 51, 53, 55,
];

fn profession() -> impl Strategy<Value = Profession> {
    proptest::sample::select(Profession::ALL)
}

fn soc_text() -> impl Strategy<Value = String> {
    (proptest::sample::select(&SOC_MAJOR_GROUPS[..]), 0u16..=9999)
        .prop_map(|(major, detail)| format!("{major:02}-{detail:04}"))
}

/// Mixes the case of ASCII letters in `s` by the bits of `mask`.
fn mix_case(s: &str, mask: u64) -> String {
    s.chars()
        .enumerate()
        .map(|(i, c)| {
            if mask >> (i % 64) & 1 == 1 {
                c.to_ascii_uppercase()
            } else {
                c
            }
        })
        .collect()
}

proptest! {
    #[test]
    fn profession_ids_round_trip_in_any_case_and_padding(
        p in profession(),
        mask in any::<u64>(),
        pad in "[ \t\n]{0,3}",
    ) {
        let text = format!("{pad}{}{pad}", mix_case(p.id(), mask));
        prop_assert_eq!(text.parse::<Profession>(), Ok(p));
        prop_assert_eq!(Profession::from_id(p.id()), Ok(p));
    }

    #[test]
    fn other_ids_round_trip(
        j in proptest::sample::select(Jurisdiction::ALL),
        d in proptest::sample::select(Definition::ALL),
        e in proptest::sample::select(EducationLevel::ALL),
        s in proptest::sample::select(Setting::ALL),
    ) {
        prop_assert_eq!(j.id().parse::<Jurisdiction>(), Ok(j));
        prop_assert_eq!(d.id().parse::<Definition>(), Ok(d));
        prop_assert_eq!(e.id().parse::<EducationLevel>(), Ok(e));
        prop_assert_eq!(e.label().parse::<EducationLevel>(), Ok(e));
        prop_assert_eq!(s.id().parse::<Setting>(), Ok(s));
    }

    #[test]
    fn soc_codes_round_trip(text in soc_text()) {
        let code: Soc2018Code = text.parse().unwrap();
        prop_assert_eq!(code.to_string(), text.clone());
        let onet_text = format!("{text}.07");
        let onet: OnetSocCode = onet_text.parse().unwrap();
        prop_assert_eq!(onet.to_string(), onet_text);
        prop_assert_eq!(onet.soc(), code);
    }

    #[test]
    fn four_digit_codes_round_trip(n in 0u16..=9999) {
        let text = format!("{n:04}");
        let isco: Isco08Code = text.parse().unwrap();
        prop_assert_eq!(isco.to_string(), text.clone());
        let uk = text.parse::<UkSoc2020Code>();
        prop_assert_eq!(uk.is_ok(), n >= 1000);
        if let Ok(uk) = uk {
            prop_assert_eq!(uk.to_string(), text);
        }
    }

    #[test]
    fn prefixed_codes_round_trip(text in soc_text(), sys in proptest::sample::select(CodeSystem::ALL)) {
        let body = match sys {
            CodeSystem::Soc2018 => text.clone(),
            CodeSystem::OnetSoc => format!("{text}.00"),
            _ => text[3..].to_owned(),
        };
        if let Ok(code) = Code::parse_in(sys, &body) {
            prop_assert_eq!(code.to_prefixed_string().parse::<Code>(), Ok(code));
            prop_assert_eq!(code.to_string(), body);
        }
    }

    #[test]
    fn parsers_and_lookups_never_panic(text in any::<String>()) {
        let _ = text.parse::<Profession>();
        let _ = text.parse::<Soc2018Code>();
        let _ = text.parse::<OnetSocCode>();
        let _ = text.parse::<UkSoc2020Code>();
        let _ = text.parse::<Isco08Code>();
        let _ = text.parse::<Code>();
        let _ = lookup_code(&text);
        let _ = lookup_title(&text);
    }

    #[test]
    fn every_title_of_a_profession_looks_up_to_it_or_to_nothing(p in profession(), mask in any::<u64>()) {
        for title in p.info().titles() {
            let found = lookup_title(&mix_case(title, mask));
            // A title two professions share finds neither; never the wrong one
            // unless that other profession owns the title outright.
            if let Some(found) = found {
                prop_assert!(found == p || found.info().titles().any(|t| t.eq_ignore_ascii_case(title)),
                    "{title:?} of {p:?} found {found:?}");
            }
        }
    }
}
