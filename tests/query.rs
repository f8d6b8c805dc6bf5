//! `Query`: results agree with filtering `Profession::ALL` by hand, filters
//! only narrow, order is the registry's, and each filter finds what the data
//! says it should.

use allied_health::{
    CodeSystem, Definition, EducationLevel, Family, Jurisdiction, PatientContact, Percent,
    Profession, Query, QueryErrorKind, RoleLevel, Scope, Setting, SettingSet, SortKey,
};
use proptest::prelude::*;
use proptest::sample::select;

use CodeSystem::{Isco08, OnetSoc, Soc2018, UkSoc2020};
use EducationLevel::{Associate, Bachelor, NoFormalCredential};
use Jurisdiction::{Nhs, Us};

fn ids(query: &Query) -> Vec<&'static str> {
    query.iter().map(Profession::id).collect()
}

const HOSPITAL: SettingSet = SettingSet::from_slice(&[Setting::Hospital]);

/// One row per filter: the query, ids the data says it must find, and ids
/// it must leave out (with the fact that leaves them out).
struct Row {
    name: &'static str,
    query: Query,
    includes: &'static [&'static str],
    excludes: &'static [&'static str],
}

const ROWS: &[Row] = &[
    Row {
        name: "exists in the NHS",
        query: Query::new().jurisdiction(Nhs),
        includes: &[
            "osteopath",
            "operating-department-practitioner",
            "ahp-support-worker",
            "physiotherapist",
        ],
        // US only.
        excludes: &[
            "respiratory-therapist",
            "recreational-therapist",
            "medical-assistant",
            "health-technologist-other",
        ],
    },
    Row {
        name: "exists in the US",
        query: Query::new().jurisdiction(Us),
        includes: &[
            "respiratory-therapist",
            "medical-assistant",
            "physiotherapist",
        ],
        // UK only.
        excludes: &[
            "osteopath",
            "operating-department-practitioner",
            "ahp-support-worker",
        ],
    },
    Row {
        name: "NHS AHP",
        query: Query::new().allied_health(Definition::NhsAhp),
        includes: &[
            "physiotherapist",
            "occupational-therapist",
            "speech-and-language-therapist",
            "dietitian",
            "podiatrist",
            "orthoptist",
            "osteopath",
            "prosthetist",
            "orthotist",
            "art-therapist",
            "drama-therapist",
            "music-therapist",
            "operating-department-practitioner",
            "paramedic",
            "diagnostic-radiographer",
            "therapeutic-radiographer",
        ],
        // Healthcare science and boundary roles are not on NHS England's list.
        excludes: &["audiologist", "sonographer", "registered-nurse"],
    },
    Row {
        name: "US broad",
        query: Query::new().allied_health(Definition::UsBroad),
        includes: &["medical-coder", "respiratory-therapist", "physiotherapist"],
        // A US podiatrist is a doctor; boundary professions never count.
        excludes: &["podiatrist", "physician", "pharmacist", "registered-nurse"],
    },
    Row {
        name: "patient-facing",
        query: Query::new().allied_health(Definition::PatientFacing),
        includes: &["paramedic", "phlebotomist"],
        // Minimal or some contact, or a boundary profession.
        excludes: &[
            "medical-coder",
            "medical-laboratory-scientist",
            "pharmacy-technician",
            "registered-nurse",
        ],
    },
    Row {
        name: "support roles",
        query: Query::new().role_level(RoleLevel::Support),
        includes: &[
            "physical-therapist-assistant",
            "occupational-therapy-assistant",
            "ahp-support-worker",
            "nursing-assistant",
            "care-worker",
        ],
        excludes: &["physiotherapist", "dental-assistant"],
    },
    Row {
        name: "healthcare-adjacent",
        query: Query::new().scope(Scope::Adjacent),
        includes: &["psychologist", "social-worker", "dental-technician"],
        excludes: &["physiotherapist", "registered-nurse", "veterinarian"],
    },
    Row {
        name: "eye care",
        query: Query::new().family(Family::EyeCare),
        includes: &["orthoptist", "optometrist", "dispensing-optician"],
        excludes: &["audiologist", "physician"],
    },
    Row {
        name: "professionals",
        query: Query::new().role_level(RoleLevel::Professional),
        includes: &["physiotherapist", "dental-assistant"],
        excludes: &["physical-therapist-assistant", "ahp-support-worker"],
    },
    Row {
        name: "no boundary professions",
        query: Query::new().exclude_boundary(),
        includes: &[
            "pharmacy-technician",
            "dental-assistant",
            "ahp-support-worker",
        ],
        excludes: &[
            "registered-nurse",
            "nursing-assistant",
            "midwife",
            "physician",
            "dentist",
            "pharmacist",
            "care-worker",
        ],
    },
    Row {
        name: "NHS, a bachelor's or more",
        query: Query::new().jurisdiction(Nhs).education_at_least(Bachelor),
        includes: &[
            "physiotherapist",
            "occupational-therapist",
            "podiatrist",
            "medical-laboratory-scientist",
            "physician",
        ],
        // Dietitian and paramedic: no NHS entry education stated. EMT: none needed.
        excludes: &["dietitian", "paramedic", "emergency-medical-technician"],
    },
    Row {
        name: "US, at most an associate degree",
        query: Query::new().jurisdiction(Us).education_at_most(Associate),
        includes: &[
            "respiratory-therapist",
            "dental-hygienist",
            "paramedic",
            "pharmacy-technician",
        ],
        // Doctoral; a bachelor's (the BLS row for 29-2010); master's.
        excludes: &[
            "physiotherapist",
            "medical-laboratory-technician",
            "occupational-therapist",
        ],
    },
    Row {
        name: "no formal credential in some jurisdiction",
        query: Query::new().education_at_most(NoFormalCredential),
        // All three from the NHS recognition.
        includes: &[
            "emergency-medical-technician",
            "nursing-assistant",
            "care-worker",
        ],
        excludes: &["physiotherapist", "phlebotomist"],
    },
    Row {
        name: "NHS, entry education stated at all",
        query: Query::new()
            .jurisdiction(Nhs)
            .education_at_least(NoFormalCredential),
        includes: &["physiotherapist", "care-worker"],
        // Unknown (None) satisfies no education filter.
        excludes: &[
            "dietitian",
            "orthoptist",
            "osteopath",
            "operating-department-practitioner",
        ],
    },
    Row {
        name: "works in a hospital or a school",
        query: Query::new().works_in_any(SettingSet::from_slice(&[
            Setting::Hospital,
            Setting::School,
        ])),
        includes: &["paramedic", "speech-and-language-therapist", "orthoptist"],
        excludes: &[
            "emergency-medical-technician",
            "osteopath",
            "dental-hygienist",
            "care-worker",
        ],
    },
    Row {
        name: "works in a hospital and a school",
        query: Query::new().works_in_all(SettingSet::from_slice(&[
            Setting::Hospital,
            Setting::School,
        ])),
        includes: &[
            "physiotherapist",
            "occupational-therapist",
            "speech-and-language-therapist",
        ],
        excludes: &["paramedic", "respiratory-therapist"],
    },
    Row {
        name: "minimal patient contact",
        query: Query::new().patient_contact(PatientContact::Minimal),
        includes: &[
            "medical-coder",
            "medical-laboratory-scientist",
            "medical-laboratory-technician",
            "sterile-processing-technician",
        ],
        excludes: &["physiotherapist", "pharmacy-technician"],
    },
    Row {
        name: "some patient contact",
        query: Query::new().patient_contact(PatientContact::Some),
        includes: &["pharmacy-technician", "pharmacist"],
        excludes: &["physiotherapist", "medical-coder"],
    },
    Row {
        name: "regulated anywhere",
        query: Query::new().regulated(),
        // GPhC, GDC, NMC, HCPC.
        includes: &[
            "pharmacy-technician",
            "dental-assistant",
            "registered-nurse",
            "physiotherapist",
        ],
        excludes: &[
            "sonographer",
            "phlebotomist",
            "audiologist",
            "respiratory-therapist",
        ],
    },
    Row {
        name: "regulated in the US",
        query: Query::new().jurisdiction(Us).regulated(),
        includes: &[],
        // No saved source names a US regulator.
        excludes: &["physiotherapist", "registered-nurse"],
    },
    Row {
        name: "a protected title anywhere",
        query: Query::new().protected_title(),
        includes: &[
            "osteopath",
            "medical-laboratory-scientist",
            "physiotherapist",
        ],
        // Registered, but no protected title recorded.
        excludes: &["pharmacy-technician", "registered-nurse"],
    },
    Row {
        name: "has a UK SOC 2020 code",
        query: Query::new().code_system(UkSoc2020),
        includes: &[
            "physiotherapist",
            "registered-nurse",
            "dental-assistant",
            // Filed by the ONS coding index v12.
            "orthoptist",
            "prosthetist",
            "phlebotomist",
        ],
        // US only, or no entry in the ONS coding index (anaesthesia
        // associates, sleep physiologists).
        excludes: &[
            "respiratory-therapist",
            "anesthesiologist-assistant",
            "polysomnographic-technologist",
        ],
    },
    Row {
        name: "a US recognition never carries a UK code",
        query: Query::new().jurisdiction(Us).code_system(UkSoc2020),
        includes: &[],
        excludes: &["physiotherapist"],
    },
    Row {
        name: "SOC 2018 under 29-20",
        query: Query::new().code_prefix(Soc2018, "29-20"),
        // 29-2034, 29-2032, 29-2011, 29-2043, 29-2091.
        includes: &[
            "diagnostic-radiographer",
            "sonographer",
            "medical-laboratory-scientist",
            "paramedic",
            "prosthetist",
        ],
        // 29-1123, 29-1126, 31-9097, 31-2021.
        excludes: &[
            "physiotherapist",
            "respiratory-therapist",
            "phlebotomist",
            "physical-therapist-assistant",
        ],
    },
    Row {
        name: "UK SOC 2020 under 22",
        query: Query::new().code_prefix(UkSoc2020, "22"),
        // 2221, 2222, 2223, 2256, 2232, 2211.
        includes: &[
            "physiotherapist",
            "occupational-therapist",
            "speech-and-language-therapist",
            "podiatrist",
            "registered-nurse",
            "physician",
        ],
        // 3212, 6133, 2113, none.
        excludes: &[
            "pharmacy-technician",
            "dental-assistant",
            "medical-laboratory-scientist",
            "respiratory-therapist",
        ],
    },
    Row {
        name: "ISCO-08 under 22",
        query: Query::new().code_prefix(Isco08, "22"),
        // 2264, 2267.
        includes: &["physiotherapist", "orthoptist"],
        // 3211.
        excludes: &["diagnostic-radiographer"],
    },
    Row {
        name: "a whole O*NET code",
        query: Query::new().code_prefix(OnetSoc, "29-1123.00"),
        includes: &["physiotherapist"],
        excludes: &["physical-therapist-assistant", "occupational-therapist"],
    },
    Row {
        name: "the word radiographer",
        query: Query::new().word("radiographer"),
        // Names, the NHS "MRI radiographer", "Nuclear medicine radiographer".
        includes: &[
            "diagnostic-radiographer",
            "therapeutic-radiographer",
            "mri-technologist",
            "nuclear-medicine-technologist",
        ],
        // The ONS coding index files "Radiographer's assistant" under the
        // AHP support worker's unit group, so the word finds it too.
        excludes: &["sonographer", "pharmacist"],
    },
    Row {
        name: "whole words only",
        query: Query::new().word("physio"),
        includes: &["physiotherapist"],
        // "Physiotherapy assistant" does not contain the word "physio".
        excludes: &["physical-therapist-assistant"],
    },
    Row {
        name: "a phrase, in any case",
        query: Query::new().word("DENTAL NURSE"),
        includes: &["dental-assistant"],
        excludes: &["registered-nurse", "dentist"],
    },
    Row {
        name: "an abbreviation",
        query: Query::new().word("odp"),
        includes: &["operating-department-practitioner"],
        excludes: &["surgical-technologist"],
    },
    // The issue's combined examples.
    Row {
        name: "NHS, protected title, a bachelor's or more",
        query: Query::new()
            .jurisdiction(Nhs)
            .protected_title()
            .education_at_least(Bachelor),
        includes: &[
            "physiotherapist",
            "occupational-therapist",
            "speech-and-language-therapist",
            "podiatrist",
            "diagnostic-radiographer",
            "therapeutic-radiographer",
        ],
        // No NHS entry education stated; no protected title recorded.
        excludes: &["dietitian", "orthoptist", "pharmacist", "paramedic"],
    },
    Row {
        name: "US, at most an associate degree, in hospitals",
        query: Query::new()
            .jurisdiction(Us)
            .education_at_most(Associate)
            .works_in_any(HOSPITAL),
        includes: &[
            "respiratory-therapist",
            "diagnostic-radiographer",
            "therapeutic-radiographer",
            "sonographer",
            "mri-technologist",
            "physical-therapist-assistant",
            "paramedic",
            "pharmacy-technician",
            "surgical-technologist",
        ],
        // Doctoral; a bachelor's; dental offices only; prehospital only; not in the US.
        excludes: &[
            "physiotherapist",
            "medical-laboratory-technician",
            "dental-hygienist",
            "emergency-medical-technician",
            "operating-department-practitioner",
        ],
    },
];

#[test]
fn each_filter_finds_what_the_data_says() {
    for row in ROWS {
        let found = ids(&row.query);
        for id in row.includes {
            assert!(
                found.contains(id),
                "{}: expected {id} in {found:?}",
                row.name
            );
        }
        for id in row.excludes {
            assert!(
                !found.contains(id),
                "{}: did not expect {id} in {found:?}",
                row.name
            );
        }
    }
}

#[test]
fn the_rows_name_real_ids() {
    for row in ROWS {
        for id in row.includes.iter().chain(row.excludes) {
            assert!(
                id.parse::<Profession>().is_ok(),
                "{}: unknown id {id}",
                row.name
            );
        }
    }
}

#[test]
fn the_empty_query_matches_everything() {
    assert_eq!(Query::new(), Query::default());
    assert_eq!(Query::new().iter().collect::<Vec<_>>(), Profession::ALL);
    assert_eq!(Query::new().count(), Profession::ALL.len());
}

#[test]
fn every_profession_exists_in_some_jurisdiction() {
    // The empty query keeps a profession only through one of its
    // recognitions, so each needs at least one.
    for p in Profession::ALL {
        assert!(!p.info().recognitions().is_empty(), "{p:?}");
    }
}

/// The snippet from the issue, and a fuller one, as a downstream crate would
/// write them.
const NHS_ROLES: Query = Query::new().jurisdiction(Jurisdiction::Nhs);
const HOSPITAL_THERAPISTS: Query = Query::new()
    .jurisdiction(Jurisdiction::Nhs)
    .allied_health(Definition::NhsAhp)
    .role_level(RoleLevel::Professional)
    .exclude_boundary()
    .education_at_least(Bachelor)
    .education_at_most(EducationLevel::Master)
    .works_in_any(SettingSet::from_slice(&[
        Setting::Hospital,
        Setting::Community,
    ]))
    .works_in_all(HOSPITAL)
    .patient_contact(PatientContact::Direct)
    .regulated()
    .protected_title()
    .code_prefix(UkSoc2020, "222")
    .word("Therapist");

#[test]
fn a_const_query_gives_the_same_answer_as_filtering_by_hand() {
    let by_hand: Vec<_> = Profession::ALL
        .iter()
        .copied()
        .filter(|p| p.info().exists_in(Nhs))
        .collect();
    assert_eq!(NHS_ROLES.iter().collect::<Vec<_>>(), by_hand);

    let by_hand: Vec<_> = Profession::ALL
        .iter()
        .copied()
        .filter(|p| {
            let info = p.info();
            let Some(nhs) = info.recognition(Nhs) else {
                return false;
            };
            info.is_allied_health(Definition::NhsAhp)
                && info.role_level() == RoleLevel::Professional
                && !info.is_boundary()
                && nhs
                    .entry_education()
                    .is_some_and(|e| (Bachelor..=EducationLevel::Master).contains(&e))
                && (info.works_in(Setting::Hospital) || info.works_in(Setting::Community))
                && info.works_in(Setting::Hospital)
                && info.patient_contact() == PatientContact::Direct
                && nhs.is_regulated()
                && !nhs.protected_titles().is_empty()
                && nhs
                    .uk_soc2020_codes()
                    .any(|c| c.to_string().starts_with("222"))
                && info.titles().any(|t| {
                    t.to_ascii_lowercase()
                        .split(|c: char| !c.is_ascii_alphanumeric())
                        .any(|w| w == "therapist")
                })
        })
        .collect();
    assert_eq!(HOSPITAL_THERAPISTS.iter().collect::<Vec<_>>(), by_hand);
    assert_eq!(
        by_hand,
        [
            Profession::Physiotherapist,
            Profession::OccupationalTherapist,
            Profession::SpeechAndLanguageTherapist
        ]
    );
}

#[test]
fn recognition_filters_hold_in_one_jurisdiction_together() {
    // Dental assistant: GDC-regulated in the NHS (education unknown there),
    // a non-degree award in the US (not regulated there). No single
    // jurisdiction is both.
    let q = Query::new().regulated().education_at_most(Associate);
    assert!(
        Query::new()
            .regulated()
            .matches(Profession::DentalAssistant)
    );
    assert!(
        Query::new()
            .education_at_most(Associate)
            .matches(Profession::DentalAssistant)
    );
    assert!(!q.matches(Profession::DentalAssistant));

    // Physiotherapist: a doctorate in the US, a bachelor's in the NHS; no
    // recognition lies between a master's and a bachelor's at once.
    let between = Query::new()
        .education_at_least(EducationLevel::Master)
        .education_at_most(Bachelor);
    assert_eq!(between.count(), 0);
}

#[test]
fn every_registry_code_is_a_valid_prefix_of_itself() {
    for &p in Profession::ALL {
        for r in p.info().recognitions() {
            for code in r.codes() {
                let q = Query::new()
                    .jurisdiction(r.jurisdiction())
                    .try_code_prefix(code.system(), &code.to_string())
                    .unwrap_or_else(|e| panic!("{p:?} {code:?}: {e}"));
                assert!(q.matches(p), "{p:?} {code:?}");
            }
        }
    }
}

#[test]
fn malformed_code_prefixes_are_refused() {
    let cases = [
        (Soc2018, "2920"),
        (Soc2018, "29-2x"),
        (Soc2018, "29-12345"),
        (OnetSoc, "29-1123-00"),
        (OnetSoc, "29-1123.001"),
        (UkSoc2020, "22-1"),
        (UkSoc2020, "22211"),
        (Isco08, "x"),
    ];
    for (system, prefix) in cases {
        let err = Query::new().try_code_prefix(system, prefix).unwrap_err();
        assert_eq!(err.kind(), QueryErrorKind::MalformedCodePrefix, "{prefix}");
        assert_eq!(err.input(), prefix);
    }
    // Whitespace around the prefix is ignored; the empty prefix is any code.
    assert_eq!(
        Query::new().try_code_prefix(Soc2018, " 29-20 ").unwrap(),
        Query::new().code_prefix(Soc2018, "29-20")
    );
    assert_eq!(
        Query::new().code_prefix(Isco08, ""),
        Query::new().code_system(Isco08)
    );
}

#[test]
#[should_panic(expected = "cannot begin a code")]
fn the_const_code_prefix_setter_panics_at_run_time_on_bad_input() {
    let prefix = String::from("2920");
    let _ = Query::new().code_prefix(Soc2018, &prefix);
}

#[test]
fn words_are_trimmed_folded_and_bounded() {
    assert_eq!(Query::new().word(" Physio "), Query::new().word("physio"));
    assert_eq!(Query::new().word(""), Query::new());
    assert_eq!(Query::new().word("x").word(" "), Query::new());

    let longest = "a".repeat(Query::MAX_WORD_LEN);
    assert!(Query::new().try_word(&longest).is_ok());
    let err = Query::new().try_word(&format!("{longest}a")).unwrap_err();
    assert_eq!(err.kind(), QueryErrorKind::WordTooLong);
    // Non-ASCII text is kept as it is, and matches only itself.
    assert_eq!(Query::new().word("Orthoptiste éé").count(), 0);
}

#[test]
fn sorting_orders_the_same_professions() {
    let q = Query::new().exclude_boundary();
    let by_name = q.sorted(SortKey::Name);
    let names: Vec<String> = by_name.iter().map(|p| p.name().to_lowercase()).collect();
    assert!(names.windows(2).all(|w| w[0] <= w[1]), "{names:?}");

    let by_education = Query::new()
        .jurisdiction(Nhs)
        .sorted(SortKey::EntryEducation);
    let levels: Vec<_> = by_education
        .iter()
        .map(|p| p.info().recognition(Nhs).and_then(|r| r.entry_education()))
        .collect();
    // Known levels ascending, then the unknown ones, in registry order.
    let known = levels.iter().take_while(|l| l.is_some()).count();
    assert!(levels[..known].windows(2).all(|w| w[0] <= w[1]));
    assert!(levels[known..].iter().all(Option::is_none));
    let unknown_order: Vec<usize> = by_education[known..].iter().map(|&p| p as usize).collect();
    assert!(unknown_order.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn education_sort_reads_the_recognitions_that_passed() {
    // Physiotherapist: a doctorate in the US, a bachelor's in the NHS.
    // Asking for a master's or more keeps only the US recognition, so the
    // doctorate is what it sorts by, after the master's-level roles.
    let q = Query::new()
        .education_at_least(EducationLevel::Master)
        .exclude_boundary();
    let sorted = q.sorted(SortKey::EntryEducation);
    let physio = sorted
        .iter()
        .position(|&p| p == Profession::Physiotherapist)
        .unwrap();
    let ot = sorted
        .iter()
        .position(|&p| p == Profession::OccupationalTherapist)
        .unwrap();
    assert!(ot < physio, "{sorted:?}");
}

#[test]
fn queries_are_small_sendable_values() {
    fn check<T: Copy + Send + Sync + core::hash::Hash + Eq + Default + core::fmt::Debug>() {}
    check::<Query>();
    // Two cache lines at most: cheap to copy, store and hash.
    assert!(size_of::<Query>() <= 128, "{}", size_of::<Query>());
}

/// A filter spec with every field optional, so that one spec gives a full
/// query and any subset of its filters.
#[derive(Clone, Debug)]
struct Spec {
    jurisdiction: Option<Jurisdiction>,
    definition: Option<Definition>,
    role: Option<RoleLevel>,
    exclude_boundary: bool,
    least: Option<EducationLevel>,
    most: Option<EducationLevel>,
    any: SettingSet,
    all: SettingSet,
    contact: Option<PatientContact>,
    regulated: bool,
    protected: bool,
    code: Option<(CodeSystem, String)>,
    word: Option<String>,
    wage: Option<u32>,
    growth: Option<Percent>,
    related: Option<Profession>,
    reachable: Option<Profession>,
}

const FILTERS: u32 = 17;

impl Spec {
    /// The query with the filters whose bit is set in `keep`.
    fn build(&self, keep: u32) -> Query {
        let on = |bit: u32| keep & (1 << bit) != 0;
        let mut q = Query::new();
        if let (true, Some(j)) = (on(0), self.jurisdiction) {
            q = q.jurisdiction(j);
        }
        if let (true, Some(d)) = (on(1), self.definition) {
            q = q.allied_health(d);
        }
        if let (true, Some(r)) = (on(2), self.role) {
            q = q.role_level(r);
        }
        if on(3) && self.exclude_boundary {
            q = q.exclude_boundary();
        }
        if let (true, Some(l)) = (on(4), self.least) {
            q = q.education_at_least(l);
        }
        if let (true, Some(l)) = (on(5), self.most) {
            q = q.education_at_most(l);
        }
        if on(6) {
            q = q.works_in_any(self.any);
        }
        if on(7) {
            q = q.works_in_all(self.all);
        }
        if let (true, Some(c)) = (on(8), self.contact) {
            q = q.patient_contact(c);
        }
        if on(9) && self.regulated {
            q = q.regulated();
        }
        if on(10) && self.protected {
            q = q.protected_title();
        }
        if let (true, Some((system, prefix))) = (on(11), &self.code) {
            q = q.try_code_prefix(*system, prefix).unwrap();
        }
        if let (true, Some(word)) = (on(12), &self.word) {
            q = q.try_word(word).unwrap();
        }
        if let (true, Some(w)) = (on(13), self.wage) {
            q = q.min_median_wage(w);
        }
        if let (true, Some(g)) = (on(14), self.growth) {
            q = q.growth_at_least(g);
        }
        if let (true, Some(p)) = (on(15), self.related) {
            q = q.related_to(p);
        }
        if let (true, Some(p)) = (on(16), self.reachable) {
            q = q.reachable_from(p);
        }
        q
    }
}

/// Every registry code, cut to a random length: prefixes that match something.
fn code_prefix() -> impl Strategy<Value = (CodeSystem, String)> {
    let codes: Vec<(CodeSystem, String)> = Profession::ALL
        .iter()
        .flat_map(|p| p.info().recognitions())
        .flat_map(|r| r.codes())
        .map(|c| (c.system(), c.to_string()))
        .collect();
    (select(codes), 0..=10usize)
        .prop_map(|((system, code), n)| (system, code[..n.min(code.len())].to_owned()))
}

/// Words from the registry's titles, whole titles, and random text.
fn word() -> impl Strategy<Value = String> {
    let titles: Vec<String> = Profession::ALL
        .iter()
        .flat_map(|p| p.info().titles())
        .filter(|t| t.len() <= Query::MAX_WORD_LEN)
        .map(str::to_owned)
        .collect();
    let words: Vec<String> = titles
        .iter()
        .flat_map(|t| t.split(' '))
        .map(str::to_owned)
        .collect();
    prop_oneof![select(words), select(titles), "[a-zA-Z -]{0,12}"]
}

fn setting_set() -> impl Strategy<Value = SettingSet> {
    proptest::collection::vec(select(Setting::ALL), 0..4).prop_map(|v| v.into_iter().collect())
}

fn spec() -> impl Strategy<Value = Spec> {
    let profession_filters = (
        proptest::option::of(select(Jurisdiction::ALL)),
        proptest::option::of(select(Definition::ALL)),
        proptest::option::of(select(&[RoleLevel::Professional, RoleLevel::Support][..])),
        any::<bool>(),
        proptest::option::of(select(EducationLevel::ALL)),
        proptest::option::of(select(EducationLevel::ALL)),
        setting_set(),
    );
    let other_filters = (
        setting_set(),
        proptest::option::of(select(PatientContact::ALL)),
        any::<bool>(),
        any::<bool>(),
        proptest::option::of(code_prefix()),
        proptest::option::of(word()),
    );
    let profile_filters = (
        proptest::option::of(20_000u32..150_000),
        proptest::option::of((-100i32..400).prop_map(Percent::from_tenths)),
        proptest::option::of(select(Profession::ALL)),
        proptest::option::of(select(Profession::ALL)),
    );
    (profession_filters, other_filters, profile_filters).prop_map(
        |(
            (jurisdiction, definition, role, exclude_boundary, least, most, any),
            (all, contact, regulated, protected, code, word),
            (wage, growth, related, reachable),
        )| Spec {
            jurisdiction,
            definition,
            role,
            exclude_boundary,
            least,
            most,
            any,
            all,
            contact,
            regulated,
            protected,
            code,
            word,
            wage,
            growth,
            related,
            reachable,
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn iter_is_all_filtered_by_matches_in_registry_order(spec in spec(), keep in 0..1u32 << FILTERS) {
        let q = spec.build(keep);
        let by_hand: Vec<Profession> = Profession::ALL.iter().copied().filter(|p| q.matches(*p)).collect();
        let found: Vec<Profession> = q.iter().collect();
        prop_assert_eq!(&found, &by_hand);
        prop_assert_eq!(q.count(), by_hand.len());
        prop_assert_eq!(q.first(), by_hand.first().copied());
        // Registry order: strictly increasing positions in Profession::ALL.
        prop_assert!(found.windows(2).all(|w| (w[0] as usize) < (w[1] as usize)));
    }

    #[test]
    fn adding_filters_never_grows_the_result(spec in spec(), keep in 0..1u32 << FILTERS, more in 0..1u32 << FILTERS) {
        let fewer = spec.build(keep);
        let extra = spec.build(keep | more);
        for p in extra.iter() {
            prop_assert!(fewer.matches(p), "{:?} matches {:?} but not {:?}", p, extra, fewer);
        }
    }

    #[test]
    fn sorting_is_a_permutation_of_the_result(spec in spec(), key in select(&[SortKey::Name, SortKey::EntryEducation, SortKey::MedianWage, SortKey::Growth][..])) {
        let q = spec.build(u32::MAX);
        let mut sorted = q.sorted(key);
        sorted.sort();
        prop_assert_eq!(sorted, q.iter().collect::<Vec<_>>());
    }
}

#[cfg(feature = "serde")]
mod serde_round_trip {
    use super::*;

    #[test]
    fn a_query_serialises_as_the_filters_it_sets() {
        assert_eq!(serde_json::to_string(&Query::new()).unwrap(), "{}");
        let json = serde_json::to_string(&HOSPITAL_THERAPISTS).unwrap();
        assert_eq!(
            json,
            concat!(
                r#"{"jurisdiction":"nhs","allied_health":"nhs-ahp","role_level":"professional","#,
                r#""exclude_boundary":true,"education_at_least":"bachelor","education_at_most":"master","#,
                r#""works_in_any":["hospital","community"],"works_in_all":["hospital"],"#,
                r#""patient_contact":"direct","regulated":true,"protected_title":true,"#,
                r#""code_prefix":"uksoc2020:222","word":"therapist"}"#
            )
        );
        assert_eq!(
            serde_json::from_str::<Query>(&json).unwrap(),
            HOSPITAL_THERAPISTS
        );
    }

    #[test]
    fn career_filters_round_trip() {
        let q = Query::new()
            .min_median_wage(60_000)
            .growth_at_least(Percent::from_tenths(125))
            .related_to(Profession::Sonographer)
            .reachable_from(Profession::DentalAssistant);
        let json = serde_json::to_string(&q).unwrap();
        assert_eq!(
            json,
            r#"{"min_median_wage":60000,"growth_at_least":12.5,"related_to":"sonographer","reachable_from":"dental-assistant"}"#
        );
        assert_eq!(serde_json::from_str::<Query>(&json).unwrap(), q);
        assert!(serde_json::from_str::<Query>(r#"{"growth_at_least":1e300}"#).is_err());
        assert!(serde_json::from_str::<Query>(r#"{"min_median_wage":-1}"#).is_err());
        assert!(serde_json::from_str::<Query>(r#"{"related_to":"nurse"}"#).is_err());
    }

    #[test]
    fn missing_fields_set_no_filter() {
        let q: Query = serde_json::from_str(r#"{"jurisdiction":"nhs","word":"  "}"#).unwrap();
        assert_eq!(q, NHS_ROLES);
        let q: Query = serde_json::from_str(r#"{"code_prefix":"ONET:"}"#).unwrap();
        assert_eq!(q, Query::new().code_system(OnetSoc));
    }

    #[test]
    fn bad_input_is_an_error_not_a_wider_query() {
        let too_long = format!(r#"{{"word":"{}"}}"#, "a".repeat(Query::MAX_WORD_LEN + 1));
        for json in [
            r#"{"jurisdicton":"nhs"}"#,
            r#"{"jurisdiction":"uk"}"#,
            r#"{"code_prefix":"soc2018:2920"}"#,
            r#"{"code_prefix":"soc:29-20"}"#,
            r#"{"code_prefix":"29-20"}"#,
            &too_long,
        ] {
            assert!(serde_json::from_str::<Query>(json).is_err(), "{json}");
        }
    }

    proptest! {
        #[test]
        fn every_query_round_trips(spec in spec(), keep in 0..1u32 << FILTERS) {
            let q = spec.build(keep);
            let json = serde_json::to_string(&q).unwrap();
            prop_assert_eq!(serde_json::from_str::<Query>(&json).unwrap(), q);
        }
    }
}

#[test]
fn career_profile_filters_follow_the_profiles() {
    // Wage: every match has a US median wage at or above the bound.
    let q = Query::new().min_median_wage(90_000);
    assert!(q.count() > 0);
    for p in q.iter() {
        assert!(
            p.profile().median_wage().unwrap().amount() >= 90_000,
            "{p:?}"
        );
    }
    assert!(q.matches(Profession::Physician)); // "$208,000 or more"
    assert!(!q.matches(Profession::Osteopath)); // no US wage at all

    // Growth: by hand, the same set.
    let growing = Query::new().growth_at_least(Percent::from_percent(20));
    let by_hand: Vec<Profession> = Profession::ALL
        .iter()
        .copied()
        .filter(|p| {
            p.profile()
                .employment_growth()
                .is_some_and(|g| g >= Percent::from_percent(20))
        })
        .collect();
    assert_eq!(growing.iter().collect::<Vec<_>>(), by_hand);
    assert!(!by_hand.is_empty());

    // Related: symmetric, never the profession itself.
    let related = Query::new().related_to(Profession::Sonographer);
    assert!(!related.matches(Profession::Sonographer));
    for p in related.iter() {
        assert!(
            p.profile().is_related_to(Profession::Sonographer)
                || Profession::Sonographer.profile().is_related_to(p),
            "{p:?}"
        );
    }
    assert!(related.matches(Profession::DiagnosticRadiographer));

    // Reachable: the transitive closure of the progression steps.
    let from_support = Query::new().reachable_from(Profession::AhpSupportWorker);
    let reach: Vec<Profession> = Profession::AhpSupportWorker
        .profile()
        .reachable()
        .iter()
        .collect();
    assert_eq!(from_support.iter().collect::<Vec<_>>(), reach);
    assert!(from_support.matches(Profession::MriTechnologist)); // two steps
}

#[test]
fn sorting_by_wage_and_growth_puts_unknown_last() {
    let by_wage = Query::new().sorted(SortKey::MedianWage);
    let wages: Vec<Option<u32>> = by_wage
        .iter()
        .map(|p| p.profile().median_wage().map(|w| w.amount()))
        .collect();
    let known = wages.iter().take_while(|w| w.is_some()).count();
    assert!(
        wages[known..].iter().all(Option::is_none),
        "unknown wages last"
    );
    assert!(
        wages[..known].windows(2).all(|w| w[0] >= w[1]),
        "highest first"
    );
    assert_eq!(by_wage[0], Profession::Physician);

    let by_growth = Query::new().sorted(SortKey::Growth);
    let growth: Vec<Option<Percent>> = by_growth
        .iter()
        .map(|p| p.profile().employment_growth())
        .collect();
    let known = growth.iter().take_while(|g| g.is_some()).count();
    assert!(growth[known..].iter().all(Option::is_none));
    assert!(growth[..known].windows(2).all(|g| g[0] >= g[1]));
}
