//! Invariants of the static registry, and the lookups users rely on.

use std::collections::HashSet;

use allied_health::{
    AfcBand, Code, CodeErrorKind, CodeSystem, Definition, EducationLevel, EquivalenceKind, Family,
    Isco08Code, Jurisdiction, OnetSocCode, PatientContact, Profession, ProfessionInfo, Recognition,
    Regulator, RoleLevel, Scope, Soc2018Code, UkSoc2020Code, employment_share, lookup_code,
    lookup_title,
};

/// The ids of the profession list, in its order: the crate may add
/// professions but may not rename or drop these.
const SPEC_IDS: [&str; 96] = [
    "physiotherapist",
    "physical-therapist-assistant",
    "occupational-therapist",
    "occupational-therapy-assistant",
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
    "respiratory-therapist",
    "recreational-therapist",
    "audiologist",
    "sonographer",
    "mri-technologist",
    "nuclear-medicine-technologist",
    "cardiovascular-technologist",
    "neurodiagnostic-technologist",
    "polysomnographic-technologist",
    "ophthalmic-technician",
    "perfusionist",
    "dialysis-technician",
    "health-technologist-other",
    "medical-laboratory-scientist",
    "medical-laboratory-technician",
    "phlebotomist",
    "surgical-technologist",
    "sterile-processing-technician",
    "pharmacy-technician",
    "medical-assistant",
    "dental-assistant",
    "dental-hygienist",
    "emergency-medical-technician",
    "medical-coder",
    "ahp-support-worker",
    "registered-nurse",
    "nursing-assistant",
    "midwife",
    "physician",
    "dentist",
    "pharmacist",
    "care-worker",
    "physician-assistant",
    "anesthesiologist-assistant",
    "vision-rehabilitation-therapist",
    "exercise-physiologist",
    "acupuncturist",
    "medical-dosimetrist",
    "dietetic-technician",
    "psychiatric-technician",
    "dispensing-optician",
    "hearing-aid-dispenser",
    "health-information-technologist",
    "athletic-trainer",
    "genetic-counselor",
    "surgical-assistant",
    "massage-therapist",
    "medical-transcriptionist",
    "pharmacy-assistant",
    "speech-language-pathology-assistant",
    "endoscopy-technician",
    "clinical-scientist",
    "healthcare-science-practitioner",
    "orthodontic-therapist",
    "health-practitioner-other",
    "healthcare-support-worker-other",
    "nurse-practitioner",
    "nurse-anesthetist",
    "licensed-practical-nurse",
    "nursing-associate",
    "optometrist",
    "chiropractor",
    "naturopathic-physician",
    "orderly",
    "psychiatric-aide",
    "psychologist",
    "psychotherapist",
    "counsellor",
    "psychological-wellbeing-practitioner",
    "social-worker",
    "health-education-specialist",
    "community-health-worker",
    "dental-technician",
    "medical-appliance-technician",
    "ophthalmic-laboratory-technician",
    "veterinarian",
    "veterinary-technician",
    "veterinary-assistant",
];

const NHS_AHPS: [Profession; 16] = [
    Profession::ArtTherapist,
    Profession::Dietitian,
    Profession::DramaTherapist,
    Profession::MusicTherapist,
    Profession::OccupationalTherapist,
    Profession::OperatingDepartmentPractitioner,
    Profession::Orthoptist,
    Profession::Osteopath,
    Profession::Paramedic,
    Profession::Physiotherapist,
    Profession::Podiatrist,
    Profession::Prosthetist,
    Profession::Orthotist,
    Profession::DiagnosticRadiographer,
    Profession::TherapeuticRadiographer,
    Profession::SpeechAndLanguageTherapist,
];

const BOUNDARY: [Profession; 16] = [
    Profession::RegisteredNurse,
    Profession::NursingAssistant,
    Profession::Midwife,
    Profession::Physician,
    Profession::Dentist,
    Profession::Pharmacist,
    Profession::CareWorker,
    Profession::NursePractitioner,
    Profession::NurseAnesthetist,
    Profession::LicensedPracticalNurse,
    Profession::NursingAssociate,
    Profession::Optometrist,
    Profession::Chiropractor,
    Profession::NaturopathicPhysician,
    Profession::Orderly,
    Profession::PsychiatricAide,
];

fn all_recognitions() -> impl Iterator<Item = (Profession, &'static Recognition)> {
    Profession::ALL
        .iter()
        .flat_map(|p| p.info().recognitions().iter().map(move |r| (*p, r)))
}

#[test]
fn every_spec_id_is_a_profession_in_spec_order() {
    let ids: Vec<&str> = Profession::ALL.iter().map(|p| p.id()).collect();
    assert_eq!(ids[..SPEC_IDS.len()], SPEC_IDS);
}

#[test]
fn row_i_describes_variant_i() {
    for (i, p) in Profession::ALL.iter().enumerate() {
        assert_eq!(p.info().profession(), *p, "row {i}");
        assert_eq!(*p as usize, i, "variant {p:?} is not at index {i}");
    }
}

#[test]
fn ids_are_unique_kebab_case_and_parse_back() {
    let mut seen = HashSet::new();
    for p in Profession::ALL {
        let id = p.id();
        assert!(seen.insert(id), "duplicate id {id}");
        assert!(
            id.split('-')
                .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase())),
            "{id} is not kebab-case"
        );
        assert_eq!(id.parse::<Profession>(), Ok(*p));
        assert_eq!(
            format!(" {} ", id.to_uppercase()).parse::<Profession>(),
            Ok(*p)
        );
    }
}

#[test]
fn names_are_unique_and_display_prints_them() {
    let mut seen = HashSet::new();
    for p in Profession::ALL {
        assert!(seen.insert(p.name()), "duplicate name {}", p.name());
        assert_eq!(p.to_string(), p.name());
    }
}

#[test]
fn unknown_ids_are_errors_that_keep_the_input() {
    for bad in ["", "nurse", "physio therapist", "physiotherapist!", "\u{0}"] {
        let err = bad.parse::<Profession>().unwrap_err();
        assert_eq!(err.input(), bad);
        assert_eq!(err.expected(), "profession");
    }
    let err = "x".repeat(10_000).parse::<Profession>().unwrap_err();
    assert!(err.input().len() <= 200, "errors keep a bounded copy");
    assert!("uk".parse::<Jurisdiction>().is_err());
    assert!("nhs ahp".parse::<Definition>().is_err());
}

#[test]
fn every_profession_has_at_most_one_recognition_per_jurisdiction_in_order() {
    for p in Profession::ALL {
        let js: Vec<Jurisdiction> = p
            .info()
            .recognitions()
            .iter()
            .map(Recognition::jurisdiction)
            .collect();
        assert!(!js.is_empty(), "{p:?} has no recognition");
        assert!(js.windows(2).all(|w| w[0] < w[1]), "{p:?}: {js:?}");
    }
}

#[test]
fn nhs_ahps_are_the_sixteen_ids_and_each_has_an_hcpc_or_gosc_regulator() {
    let marked: Vec<Profession> = Profession::ALL
        .iter()
        .copied()
        .filter(|p| p.info().is_allied_health(Definition::NhsAhp))
        .collect();
    assert_eq!(marked.len(), 16);
    for p in NHS_AHPS {
        assert!(marked.contains(&p), "{p:?}");
        let nhs = p
            .info()
            .recognition(Jurisdiction::Nhs)
            .expect("an NHS recognition");
        assert!(
            matches!(nhs.regulator(), Some(Regulator::Hcpc | Regulator::Gosc)),
            "{p:?}: {:?}",
            nhs.regulator()
        );
        assert!(
            !nhs.protected_titles().is_empty(),
            "{p:?} has protected titles"
        );
    }
}

/// The professions the spec's US definitions leave out by name: doctors,
/// nurses and pharmacists (podiatrists are doctors of podiatric medicine in
/// the US).
const US_DOCTORS_NURSES_PHARMACISTS: &[Profession] = &[
    Profession::Podiatrist,
    Profession::Physician,
    Profession::Dentist,
    Profession::Optometrist,
    Profession::Chiropractor,
    Profession::NaturopathicPhysician,
    Profession::RegisteredNurse,
    Profession::NursePractitioner,
    Profession::NurseAnesthetist,
    Profession::Midwife,
    Profession::LicensedPracticalNurse,
    Profession::NursingAssociate,
    Profession::Pharmacist,
];

/// Nursing and personal-care support: out of `us-broad`, in `us-inclusive`.
const NURSING_SUPPORT: &[Profession] = &[
    Profession::NursingAssistant,
    Profession::Orderly,
    Profession::PsychiatricAide,
    Profession::CareWorker,
];

fn us_in_29_or_31(p: Profession) -> bool {
    p.info().recognition(Jurisdiction::Us).is_some_and(|us| {
        us.codes()
            .iter()
            .any(|c| matches!(c, Code::Soc2018(s) if matches!(s.major_group(), 29 | 31)))
    })
}

#[test]
fn scope_follows_the_profession_list() {
    for p in BOUNDARY {
        assert_eq!(p.info().scope(), Scope::Boundary, "{p:?}");
    }
    for p in [
        Profession::Psychologist,
        Profession::SocialWorker,
        Profession::DentalTechnician,
    ] {
        assert_eq!(p.info().scope(), Scope::Adjacent, "{p:?}");
    }
    for p in [
        Profession::Veterinarian,
        Profession::VeterinaryTechnician,
        Profession::VeterinaryAssistant,
    ] {
        assert_eq!(p.info().scope(), Scope::NotHumanHealth, "{p:?}");
        assert_eq!(p.info().family(), Family::Veterinary, "{p:?}");
    }
    for p in Profession::ALL {
        let info = p.info();
        assert_eq!(
            info.is_boundary(),
            info.scope() != Scope::AlliedRole,
            "{p:?}"
        );
    }
}

#[test]
fn professions_outside_allied_roles_are_allied_under_no_definition_but_us_inclusive() {
    for p in Profession::ALL {
        let info = p.info();
        if info.scope() == Scope::AlliedRole {
            continue;
        }
        for d in Definition::ALL {
            let expected = *d == Definition::UsInclusive && NURSING_SUPPORT.contains(p);
            assert_eq!(info.is_allied_health(*d), expected, "{p:?} under {d:?}");
        }
    }
}

#[test]
fn us_broad_is_allied_roles_in_soc_29_or_31_but_doctors() {
    for p in Profession::ALL {
        let info = p.info();
        let expected = info.scope() == Scope::AlliedRole
            && us_in_29_or_31(*p)
            && !US_DOCTORS_NURSES_PHARMACISTS.contains(p);
        assert_eq!(
            info.is_allied_health(Definition::UsBroad),
            expected,
            "{p:?}"
        );
    }
    // A UK-only allied role has no US recognition to count.
    assert!(
        !Profession::Osteopath
            .info()
            .is_allied_health(Definition::UsBroad)
    );
}

#[test]
fn us_inclusive_adds_nursing_and_personal_care_support_only() {
    for p in Profession::ALL {
        let info = p.info();
        let expected = info.is_allied_health(Definition::UsBroad)
            || (NURSING_SUPPORT.contains(p) && us_in_29_or_31(*p));
        assert_eq!(
            info.is_allied_health(Definition::UsInclusive),
            expected,
            "{p:?}"
        );
    }
    for p in [
        Profession::LicensedPracticalNurse,
        Profession::VeterinaryAssistant,
    ] {
        assert!(!p.info().is_allied_health(Definition::UsInclusive), "{p:?}");
    }
}

#[test]
fn patient_facing_follows_patient_contact() {
    for p in [
        Profession::MedicalCoder,
        Profession::MedicalTranscriptionist,
        Profession::HealthInformationTechnologist,
        Profession::MedicalDosimetrist,
    ] {
        assert!(
            !p.info().is_allied_health(Definition::PatientFacing),
            "{p:?}"
        );
    }
    for p in Profession::ALL {
        let info = p.info();
        let allied =
            info.is_allied_health(Definition::UsBroad) || info.is_allied_health(Definition::NhsAhp);
        assert_eq!(
            info.is_allied_health(Definition::PatientFacing),
            allied && info.patient_contact() == PatientContact::Direct,
            "{p:?}"
        );
    }
}

#[test]
fn every_onet_code_of_soc_29_and_31_in_onet_30_1_is_carried() {
    // The 116 O*NET-SOC 30.1 codes of major groups 29 and 31 (Occupation
    // Data.txt), written out so that a dropped code fails here.
    let mut carried: Vec<String> = Profession::ALL
        .iter()
        .filter_map(|p| p.info().recognition(Jurisdiction::Us))
        .flat_map(|us| us.codes())
        .filter(|c| matches!(c, Code::OnetSoc(o) if matches!(o.soc().major_group(), 29 | 31)))
        .map(|c| c.to_string())
        .collect();
    carried.sort();
    carried.dedup();
    assert_eq!(carried.len(), 116, "{carried:?}");
}

#[test]
fn employment_shares_are_nested_and_sum_the_bls_rows() {
    let share = |d| employment_share(d);
    let broad = share(Definition::UsBroad);
    let inclusive = share(Definition::UsInclusive);
    // The line items of SOC 29 and 31 in BLS EP 2024-34 less the three
    // veterinary rows (29-1131, 29-2056, 31-9096). The summary rows give
    // 10,067.5 + 7,982.8 - 86.4 - 134.2 - 117.8 = 17,711.9 thousand; the
    // line items add up to 600 more through rounding of published figures.
    assert_eq!(broad.total(), 17_712_500);
    for d in Definition::ALL {
        assert_eq!(share(*d).total(), broad.total());
        assert!(share(*d).employment() <= broad.total());
    }
    assert!(broad.employment() < inclusive.employment());
    // Home health and personal care aides (31-1120, 4,347.7 thousand),
    // nursing assistants (31-1131), orderlies and psychiatric aides are the
    // difference.
    let support = 4_347_700 + row("31-1131") + row("31-1132") + row("31-1133");
    assert_eq!(inclusive.employment() - broad.employment(), support);
    // Registered nurses (3,391.0 thousand) are counted by neither.
    assert!(broad.total() - inclusive.employment() >= 3_391_000);
}

/// 2024 employment of one BLS row, from the crate's own table via the
/// registry's profile (the figures are checked against the CSV in the
/// generator).
fn row(code: &str) -> u64 {
    let soc: Soc2018Code = code.parse().unwrap();
    let p = soc.professions().unwrap().next().unwrap();
    let outlook = p.profile().outlook().unwrap();
    assert_eq!(outlook.bls_code(), soc);
    u64::from(outlook.base_employment())
}

#[test]
fn support_roles_are_the_assistants_and_aides() {
    let support: Vec<Profession> = Profession::ALL
        .iter()
        .copied()
        .filter(|p| p.info().role_level() == RoleLevel::Support)
        .collect();
    assert_eq!(
        support,
        [
            Profession::PhysicalTherapistAssistant,
            Profession::OccupationalTherapyAssistant,
            Profession::AhpSupportWorker,
            Profession::NursingAssistant,
            Profession::CareWorker,
            Profession::DieteticTechnician,
            Profession::PsychiatricTechnician,
            Profession::PharmacyAssistant,
            Profession::SpeechLanguagePathologyAssistant,
            Profession::EndoscopyTechnician,
            Profession::HealthcareSupportWorkerOther,
            Profession::Orderly,
            Profession::PsychiatricAide,
            Profession::VeterinaryAssistant,
        ]
    );
}

#[test]
fn codes_are_valid_unique_and_in_the_right_jurisdiction() {
    for (p, r) in all_recognitions() {
        let mut seen = HashSet::new();
        for code in r.codes() {
            assert!(seen.insert(*code), "{p:?}: duplicate {code}");
            // The official format parses back to the same code.
            assert_eq!(Code::parse_in(code.system(), &code.to_string()), Ok(*code));
            assert_eq!(code.to_prefixed_string().parse::<Code>(), Ok(*code));
            match code.system() {
                CodeSystem::Soc2018 | CodeSystem::OnetSoc => {
                    assert_eq!(r.jurisdiction(), Jurisdiction::Us, "{p:?}: {code}")
                }
                CodeSystem::UkSoc2020 => {
                    assert_eq!(r.jurisdiction(), Jurisdiction::Nhs, "{p:?}: {code}")
                }
                _ => {}
            }
        }
        // Every O*NET code belongs to a SOC code the recognition lists.
        let socs: Vec<Soc2018Code> = r.soc2018_codes().collect();
        for o in r.onet_codes() {
            assert!(socs.contains(&o.soc()), "{p:?}: {o} without {}", o.soc());
        }
        // Healthcare SOC codes are in major groups 29 and 31; the
        // healthcare-adjacent professions are outside them, in community and
        // social service (21), life, physical and social science (19) and
        // production (51).
        let allowed: &[u8] = if p.info().scope() == Scope::Adjacent {
            &[19, 21, 51]
        } else {
            &[29, 31]
        };
        assert!(
            socs.iter().all(|s| allowed.contains(&s.major_group())),
            "{p:?}: {socs:?}"
        );
    }
}

#[test]
fn us_only_facts_stay_in_the_us_and_bands_in_the_nhs() {
    for (p, r) in all_recognitions() {
        match r.jurisdiction() {
            Jurisdiction::Us => {
                assert!(r.afc_bands().is_empty(), "{p:?}");
                assert!(
                    r.regulator().is_none(),
                    "{p:?}: no source names a US regulator"
                );
                assert!(r.protected_titles().is_empty(), "{p:?}");
                assert!(r.soc2018_codes().next().is_some(), "{p:?} has a SOC code");
            }
            Jurisdiction::Nhs => {
                assert!(r.job_zone().is_none() && r.training().is_none(), "{p:?}");
            }
            _ => unreachable!("only two jurisdictions"),
        }
        for b in r.afc_bands() {
            assert!(b.lowest() <= b.highest(), "{p:?}");
            assert!(b.source_url().starts_with("https://"), "{p:?}");
        }
        if !r.protected_titles().is_empty() {
            assert!(r.is_regulated(), "{p:?}: protected titles need a regulator");
        }
    }
}

#[test]
fn equivalence_matches_the_recognitions() {
    for p in Profession::ALL {
        let info = p.info();
        let eq = info.equivalence();
        match eq.kind() {
            EquivalenceKind::Same | EquivalenceKind::Close => {
                assert_eq!(info.recognitions().len(), 2, "{p:?}")
            }
            EquivalenceKind::OneJurisdiction => {
                assert_eq!(info.recognitions().len(), 1, "{p:?}")
            }
            EquivalenceKind::NotEquivalent => assert!(eq.note().is_some(), "{p:?}"),
            _ => unreachable!(),
        }
        if eq.kind() == EquivalenceKind::Close {
            assert!(eq.note().is_some(), "{p:?}: a close match says why");
        }
        assert_ne!(eq.counterpart(), Some(*p));
    }
    // The not-equivalent pairs the sources record.
    let not_eq = |p: Profession| p.info().equivalence().kind() == EquivalenceKind::NotEquivalent;
    assert!(not_eq(Profession::Podiatrist));
    assert!(not_eq(Profession::Osteopath));
    assert!(not_eq(Profession::OperatingDepartmentPractitioner));
}

#[test]
fn sourced_facts_read_back() {
    let us = |p: Profession| p.info().recognition(Jurisdiction::Us).unwrap();
    let nhs = |p: Profession| p.info().recognition(Jurisdiction::Nhs).unwrap();
    assert_eq!(
        us(Profession::Physiotherapist).entry_education(),
        Some(EducationLevel::DoctoralOrProfessional)
    );
    assert_eq!(
        us(Profession::OccupationalTherapist).entry_education(),
        Some(EducationLevel::Master)
    );
    assert_eq!(
        us(Profession::DiagnosticRadiographer).title(),
        "Radiologic technologist"
    );
    assert_eq!(
        us(Profession::DiagnosticRadiographer)
            .job_zone()
            .map(|z| z.get()),
        Some(3)
    );
    assert_eq!(nhs(Profession::DentalAssistant).title(), "Dental nurse");
    assert_eq!(
        nhs(Profession::DentalAssistant).regulator(),
        Some(Regulator::Gdc)
    );
    assert_eq!(
        nhs(Profession::PharmacyTechnician).regulator(),
        Some(Regulator::Gphc)
    );
    assert_eq!(
        nhs(Profession::Physiotherapist).afc_band_range(),
        Some((AfcBand::B5, AfcBand::B5))
    );
    assert_eq!(nhs(Profession::Dietitian).afc_band_range(), None);
    assert!(
        Profession::Osteopath
            .info()
            .recognition(Jurisdiction::Us)
            .is_none()
    );
    assert!(
        Profession::RespiratoryTherapist
            .info()
            .recognition(Jurisdiction::Nhs)
            .is_none()
    );
}

#[test]
fn title_lookup_finds_whole_titles_only() {
    let cases = [
        ("Physical Therapist", Some(Profession::Physiotherapist)),
        ("physiotherapist", Some(Profession::Physiotherapist)),
        ("ODP", Some(Profession::OperatingDepartmentPractitioner)),
        (
            "Speech-Language Pathologist",
            Some(Profession::SpeechAndLanguageTherapist),
        ),
        (
            "speech and language therapist",
            Some(Profession::SpeechAndLanguageTherapist),
        ),
        ("Dental Nurse", Some(Profession::DentalAssistant)),
        ("Dietician", Some(Profession::Dietitian)),
        ("Chiropodist", Some(Profession::Podiatrist)),
        (
            "Radiologic Technologist",
            Some(Profession::DiagnosticRadiographer),
        ),
        (
            "Biomedical Scientist",
            Some(Profession::MedicalLaboratoryScientist),
        ),
        ("Healthcare Assistant", Some(Profession::NursingAssistant)),
        ("Staff Nurse", Some(Profession::RegisteredNurse)),
        (
            "EKG Technician",
            Some(Profession::CardiovascularTechnologist),
        ),
        (
            "Paediatric Occupational Therapist",
            Some(Profession::OccupationalTherapist),
        ),
        ("Osteopath", Some(Profession::Osteopath)),
        ("Senior Physiotherapist needed", None),
        ("", None),
        ("   ", None),
        ("!!!", None),
    ];
    for (title, expected) in cases {
        assert_eq!(lookup_title(title), expected, "{title:?}");
    }
    assert_eq!(lookup_title(&"physiotherapist ".repeat(100_000)), None);
}

#[test]
fn every_recognised_title_finds_its_profession() {
    for p in Profession::ALL {
        let info: &ProfessionInfo = p.info();
        for r in info.recognitions() {
            assert_eq!(lookup_title(r.title()), Some(*p), "{:?}", r.title());
        }
        assert_eq!(lookup_title(info.name()), Some(*p));
    }
}

#[test]
fn code_lookups_find_professions() {
    let soc: Soc2018Code = "29-1123".parse().unwrap();
    assert_eq!(
        soc.professions().unwrap().collect::<Vec<_>>(),
        [Profession::Physiotherapist]
    );
    let onet: OnetSocCode = "29-2091.00".parse().unwrap();
    assert_eq!(
        onet.professions().unwrap().collect::<Vec<_>>(),
        [Profession::Prosthetist, Profession::Orthotist]
    );
    let uk: UkSoc2020Code = "2254".parse().unwrap();
    let imaging: Vec<_> = uk.professions().unwrap().collect();
    assert!(imaging.contains(&Profession::DiagnosticRadiographer));
    assert!(imaging.contains(&Profession::Sonographer));
    let isco: Isco08Code = "2264".parse().unwrap();
    assert_eq!(
        isco.professions().unwrap().collect::<Vec<_>>(),
        [
            Profession::Physiotherapist,
            Profession::ExercisePhysiologist
        ]
    );
    // An O*NET code also finds the professions of its SOC code: 29-1129
    // "Therapists, all other" is carried by the art and music therapists'
    // recognitions and by the residual id that owns 29-1129.00.
    assert_eq!(
        lookup_code("onet:29-1129.01").unwrap().collect::<Vec<_>>(),
        [
            Profession::ArtTherapist,
            Profession::MusicTherapist,
            Profession::HealthPractitionerOther
        ]
    );
}

#[test]
fn malformed_and_unknown_codes_are_typed_errors() {
    let malformed = [
        "",
        "29",
        "291123",
        "29-112",
        "29-11233",
        "2a-1123",
        "30-1123",
        "29_1123",
        "２９-1123",
    ];
    for bad in malformed {
        let err = bad.parse::<Soc2018Code>().unwrap_err();
        assert_eq!(err.kind(), CodeErrorKind::Malformed, "{bad:?}");
        assert_eq!(err.input(), bad);
    }
    for bad in ["29-1123", "29-1123.0", "29-1123.000", "29-1123-00"] {
        assert_eq!(
            bad.parse::<OnetSocCode>().unwrap_err().kind(),
            CodeErrorKind::Malformed
        );
    }
    for bad in ["222", "22210", "0221", "x221"] {
        assert!(bad.parse::<UkSoc2020Code>().is_err(), "{bad:?}");
    }
    for bad in ["226", "22645", "-264"] {
        assert!(bad.parse::<Isco08Code>().is_err(), "{bad:?}");
    }
    let unknown = "11-1011"
        .parse::<Soc2018Code>()
        .unwrap()
        .professions()
        .unwrap_err();
    assert_eq!(unknown.kind(), CodeErrorKind::Unknown);
    assert_eq!(unknown.input(), "11-1011");
    assert_eq!(
        lookup_code("naics:6221").unwrap_err().kind(),
        CodeErrorKind::UnknownSystem
    );
    assert_eq!(
        lookup_code("29-1123").unwrap_err().kind(),
        CodeErrorKind::UnknownSystem
    );
    assert_eq!(
        lookup_code("isco08:9999").unwrap_err().kind(),
        CodeErrorKind::Unknown
    );
}

#[test]
fn public_types_are_send_sync_and_unwind_safe() {
    fn check<T: Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>() {}
    check::<Profession>();
    check::<ProfessionInfo>();
    check::<Recognition>();
    check::<Jurisdiction>();
    check::<Code>();
    check::<allied_health::CodeError>();
    check::<allied_health::ParseIdError>();
    check::<allied_health::ProfessionSet>();
    check::<allied_health::SettingSet>();
}

#[test]
fn data_versions_are_recorded() {
    assert_eq!(allied_health::ONET_VERSION, "30.1");
    assert_eq!(allied_health::SOC_VERSION, "2018");
    assert_eq!(allied_health::UK_SOC_VERSION, "2020");
    assert_eq!(allied_health::ISCO_VERSION, "08");
    assert_eq!(allied_health::BLS_EP_VERSION, "2024-34");
}
