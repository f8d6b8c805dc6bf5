//! Serde: every public value type round-trips through JSON; ids serialise as
//! ids; unknown ids and malformed codes are errors.
#![cfg(feature = "serde")]

use allied_health::{
    AfcBand, Code, CodeSystem, Definition, EducationLevel, EquivalenceKind, Isco08Code, JobZone,
    Jurisdiction, OnTheJobTraining, OnetSocCode, PatientContact, Profession, Regulator, RoleLevel,
    Setting, SettingSet, Soc2018Code, UkSoc2020Code, WorkExperience,
};
use proptest::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;

fn round_trip<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(value: &T) -> String {
    let json = serde_json::to_string(value).unwrap();
    let back: T = serde_json::from_str(&json).unwrap();
    assert_eq!(&back, value, "{json}");
    json
}

#[test]
fn ids_serialise_as_ids() {
    assert_eq!(
        round_trip(&Profession::SpeechAndLanguageTherapist),
        "\"speech-and-language-therapist\""
    );
    assert_eq!(round_trip(&Jurisdiction::Nhs), "\"nhs\"");
    assert_eq!(round_trip(&Definition::UsBroad), "\"us-broad\"");
    assert_eq!(round_trip(&EducationLevel::Master), "\"master\"");
    assert_eq!(
        round_trip(&WorkExperience::LessThanFiveYears),
        "\"less-than-5-years\""
    );
    assert_eq!(
        round_trip(&OnTheJobTraining::InternshipResidency),
        "\"internship-residency\""
    );
    assert_eq!(
        round_trip(&Setting::OperatingTheatre),
        "\"operating-theatre\""
    );
    assert_eq!(round_trip(&PatientContact::Direct), "\"direct\"");
    assert_eq!(round_trip(&Regulator::Hcpc), "\"hcpc\"");
    assert_eq!(round_trip(&RoleLevel::Support), "\"support\"");
    assert_eq!(
        round_trip(&EquivalenceKind::NotEquivalent),
        "\"not-equivalent\""
    );
    assert_eq!(round_trip(&CodeSystem::OnetSoc), "\"onet\"");
    assert_eq!(round_trip(&AfcBand::B8a), "\"B8a\"");
    assert_eq!(round_trip(&JobZone::new(3).unwrap()), "3");
}

#[test]
fn codes_serialise_in_official_format() {
    let soc: Soc2018Code = "29-1123".parse().unwrap();
    assert_eq!(round_trip(&soc), "\"29-1123\"");
    let onet: OnetSocCode = "29-1123.00".parse().unwrap();
    assert_eq!(round_trip(&onet), "\"29-1123.00\"");
    let uk: UkSoc2020Code = "2221".parse().unwrap();
    assert_eq!(round_trip(&uk), "\"2221\"");
    let isco: Isco08Code = "2264".parse().unwrap();
    assert_eq!(round_trip(&isco), "\"2264\"");
    assert_eq!(round_trip(&Code::from(onet)), "\"onet:29-1123.00\"");
    let set = SettingSet::from_slice(&[Setting::Hospital, Setting::School]);
    assert_eq!(round_trip(&set), "[\"hospital\",\"school\"]");
}

#[test]
fn hostile_json_is_an_error_not_a_panic() {
    assert!(serde_json::from_str::<Profession>("\"nurse\"").is_err());
    assert!(serde_json::from_str::<Profession>("42").is_err());
    assert!(serde_json::from_str::<Profession>("null").is_err());
    assert!(serde_json::from_str::<Jurisdiction>("\"uk\"").is_err());
    assert!(serde_json::from_str::<Soc2018Code>("\"29-112\"").is_err());
    assert!(serde_json::from_str::<Code>("\"29-1123\"").is_err());
    assert!(serde_json::from_str::<JobZone>("6").is_err());
    assert!(serde_json::from_str::<JobZone>("1e400").is_err());
    assert!(serde_json::from_str::<SettingSet>("[\"moon\"]").is_err());
    let deep = "[".repeat(10_000) + &"]".repeat(10_000);
    assert!(serde_json::from_str::<SettingSet>(&deep).is_err());
}

#[test]
fn records_serialise_with_ids_and_answers() {
    let json = serde_json::to_value(Profession::Podiatrist.info()).unwrap();
    assert_eq!(json["id"], "podiatrist");
    assert_eq!(json["allied_health"]["nhs-ahp"], true);
    assert_eq!(json["allied_health"]["us-broad"], false);
    assert_eq!(json["equivalence"]["kind"], "not-equivalent");
    let recognitions = json["recognitions"].as_array().unwrap();
    assert_eq!(recognitions[0]["jurisdiction"], "us");
    assert_eq!(recognitions[0]["codes"][0], "soc2018:29-1081");
    assert_eq!(recognitions[1]["regulator"], "hcpc");
}

proptest! {
    #[test]
    fn every_profession_round_trips(p in proptest::sample::select(Profession::ALL)) {
        let json = serde_json::to_string(&p).unwrap();
        prop_assert_eq!(serde_json::from_str::<Profession>(&json).unwrap(), p);
        let record = serde_json::to_value(p.info()).unwrap();
        prop_assert_eq!(record["id"].as_str(), Some(p.id()));
    }

    #[test]
    fn every_registry_code_round_trips(p in proptest::sample::select(Profession::ALL)) {
        for r in p.info().recognitions() {
            for code in r.codes() {
                let json = serde_json::to_string(code).unwrap();
                prop_assert_eq!(serde_json::from_str::<Code>(&json).unwrap(), *code);
            }
        }
    }

    #[test]
    fn arbitrary_strings_never_panic(s in any::<String>()) {
        let json = serde_json::to_string(&s).unwrap();
        let _ = serde_json::from_str::<Profession>(&json);
        let _ = serde_json::from_str::<Code>(&json);
        let _ = serde_json::from_str::<OnetSocCode>(&json);
        let _ = serde_json::from_str::<Setting>(&json);
    }
}
