//! Invariants of the career profiles, and figures checked by hand against
//! the BLS Employment Projections 2024-34 Table 1.2 and OEWS May 2024 files.
//!
//! That every figure equals its source row is proved by
//! `data/gen_profiles.py --check`, which reads the committed cuts in
//! data/sources/; nothing from ../shared is embedded here. These tests check
//! what must hold whatever the data say, and a few figures read by hand.

use std::collections::HashSet;

use allied_health::{
    Basis, Coverage, Currency, Jurisdiction, OnetSocCode, Outlook, Percent, Profession,
    ProfessionSet, Profile, Progression, RelatedCareer, Relatedness, Soc2018Code, TechnologySkill,
    Wage,
};

fn outlook(p: Profession) -> &'static Outlook {
    p.profile()
        .outlook()
        .unwrap_or_else(|| panic!("{p:?} has an outlook"))
}

fn first_soc(p: Profession) -> Option<Soc2018Code> {
    p.info()
        .recognition(Jurisdiction::Us)
        .and_then(|us| us.soc2018_codes().next())
}

fn onet_codes(p: Profession) -> Vec<OnetSocCode> {
    p.info()
        .recognitions()
        .iter()
        .flat_map(|r| r.onet_codes())
        .collect()
}

#[test]
fn row_i_describes_variant_i() {
    for p in Profession::ALL {
        assert_eq!(p.profile().profession(), *p);
        assert!(std::ptr::eq(p.profile(), p.info().profile()), "{p:?}");
    }
}

#[test]
fn every_us_recognition_with_a_soc_code_has_an_outlook_for_its_first_code() {
    for p in Profession::ALL {
        match (first_soc(*p), p.profile().outlook()) {
            (Some(soc), Some(o)) => assert_eq!(o.soc(), soc, "{p:?}"),
            (None, None) => {}
            (soc, o) => panic!("{p:?}: first SOC code {soc:?}, outlook {o:?}"),
        }
    }
}

#[test]
fn outlook_figures_are_positive_and_dated() {
    for p in Profession::ALL {
        let Some(o) = p.profile().outlook() else {
            continue;
        };
        assert_eq!((o.base_year(), o.projection_year()), (2024, 2034), "{p:?}");
        assert_eq!(o.wage_year(), 2024, "{p:?}");
        assert!(!o.wage_title().is_empty(), "{p:?}");
        assert!(!o.bls_title().is_empty(), "{p:?}");
        assert!(
            o.base_employment() > 0 && o.projected_employment() > 0,
            "{p:?}"
        );
        assert!(o.annual_openings() > 0, "{p:?}");
        // BLS publishes thousands to one decimal.
        for n in [
            o.base_employment(),
            o.projected_employment(),
            o.annual_openings(),
        ] {
            assert_eq!(n % 100, 0, "{p:?}: {n}");
        }
        let wage = o
            .median_wage()
            .unwrap_or_else(|| panic!("{p:?}: BLS publishes a wage for every row here"));
        assert!(wage.amount() > 0, "{p:?}");
        assert_eq!(wage.currency(), Currency::Usd, "{p:?}");
        assert_eq!(wage.year(), o.wage_year(), "{p:?}");
        assert_eq!(p.profile().median_wage(), Some(wage));
        assert_eq!(p.profile().employment_growth(), Some(o.percent_change()));
    }
}

/// Whether every O*NET code the profession carries under `soc` is a
/// specialty code (.01 and up): the SOC row is wider than the profession.
fn is_specialty_within(p: Profession, soc: Soc2018Code) -> bool {
    let under: Vec<OnetSocCode> = onet_codes(p)
        .into_iter()
        .filter(|c| c.soc() == soc)
        .collect();
    !under.is_empty() && under.iter().all(|c| c.suffix() != 0)
}

/// A profession that is itself an "all other" group (healthcare support
/// workers, all other; health technologists and technicians, all other).
fn is_residual(p: Profession) -> bool {
    p.id().ends_with("-other")
}

#[test]
fn a_row_that_is_not_the_soc_codes_own_is_flagged_combined() {
    for p in Profession::ALL {
        let Some(o) = p.profile().outlook() else {
            continue;
        };
        assert_eq!(o.is_combined(), o.coverage() == Coverage::Combined);
        if o.is_combined() {
            assert!(
                o.bls_code() != o.soc()
                    || (o.is_all_other() && !is_residual(*p))
                    || is_specialty_within(*p, o.soc()),
                "{p:?}: {o:?}"
            );
            assert_eq!(o.bls_code().major_group(), o.soc().major_group(), "{p:?}");
        } else {
            assert_eq!(o.bls_code(), o.soc(), "{p:?}");
        }
        // The wage row: the code's own where it is, else the outlook's row.
        if o.wage_coverage() == Coverage::Exact {
            assert_eq!(o.wage_code(), o.soc(), "{p:?}");
        } else {
            assert_eq!(o.wage_code(), o.bls_code(), "{p:?}");
        }
    }
}

#[test]
fn an_all_other_row_is_exact_only_for_the_residual_profession() {
    let mut residual_rows = 0;
    for p in Profession::ALL {
        let Some(o) = p.profile().outlook() else {
            continue;
        };
        assert_eq!(
            o.is_all_other(),
            o.bls_title().contains("all other"),
            "{p:?}"
        );
        if o.is_all_other() {
            residual_rows += 1;
            assert_eq!(
                o.coverage() == Coverage::Exact,
                is_residual(*p),
                "{p:?}: {} {}",
                o.bls_code(),
                o.bls_title()
            );
            if !is_residual(*p) {
                assert_eq!(o.wage_coverage(), Coverage::Combined, "{p:?}");
            }
        }
    }
    assert!(residual_rows > 0);
    let own = outlook(Profession::HealthTechnologistOther);
    assert_eq!(
        (own.bls_code().to_string(), own.coverage()),
        ("29-2099".to_owned(), Coverage::Exact)
    );
    for p in [
        Profession::Orthoptist,
        Profession::ArtTherapist,
        Profession::MusicTherapist,
        Profession::NeurodiagnosticTechnologist,
        Profession::Perfusionist,
    ] {
        let o = outlook(p);
        assert!(o.is_all_other() && o.is_combined(), "{p:?}");
    }
    // Professions of the grown registry, when present.
    for (id, row, exact) in [
        ("health-practitioner-other", "29-1129", true),
        ("healthcare-support-worker-other", "31-9099", true),
        ("naturopathic-physician", "29-1299", false),
        ("speech-language-pathology-assistant", "31-9099", false),
        // Specialties within another profession's SOC code.
        ("anesthesiologist-assistant", "29-1071", false),
        ("vision-rehabilitation-therapist", "29-1122", false),
    ] {
        if let Ok(p) = id.parse::<Profession>() {
            let o = outlook(p);
            assert_eq!(o.bls_code().to_string(), row, "{id}");
            assert_eq!(o.coverage() == Coverage::Exact, exact, "{id}");
        }
    }
}

#[test]
fn wage_percentiles_never_decrease() {
    for p in Profession::ALL {
        let Some(o) = p.profile().outlook() else {
            continue;
        };
        let present: Vec<_> = o.wage_distribution().into_iter().flatten().collect();
        assert!(
            present.windows(2).all(|w| w[0].amount() <= w[1].amount()),
            "{p:?}: {present:?}"
        );
        assert_eq!(o.wage_distribution()[2], o.median_wage());
        for w in &present {
            assert_eq!((w.currency(), w.year()), (Currency::Usd, 2024), "{p:?}");
            // The OEWS May 2024 top code is the only lower bound.
            assert!(!w.is_lower_bound() || w.amount() == 239_200, "{p:?}: {w:?}");
        }
    }
}

#[test]
fn professions_drawing_on_one_row_name_each_other() {
    for p in Profession::ALL {
        let Some(o) = p.profile().outlook() else {
            continue;
        };
        let expected: Vec<Profession> = Profession::ALL
            .iter()
            .copied()
            .filter(|q| q != p)
            .filter(|q| q.profile().outlook().map(Outlook::bls_code) == Some(o.bls_code()))
            .collect();
        assert_eq!(o.shared_with(), expected, "{p:?}");
        for q in o.shared_with() {
            assert_eq!(
                outlook(*q).median_wage(),
                o.median_wage(),
                "{p:?} and {q:?}"
            );
        }
    }
}

/// The combined rows of the 2024-34 projections that the registry's first
/// SOC codes fall in, and the "all other" rows of professions that are one
/// part of them.
#[test]
fn combined_rows_are_the_ones_bls_publishes() {
    let cases = [
        (Profession::MedicalLaboratoryScientist, "29-2011", "29-2010"),
        (
            Profession::MedicalLaboratoryTechnician,
            "29-2012",
            "29-2010",
        ),
        (Profession::CareWorker, "31-1121", "31-1120"),
        // Physicians span every line item of the summary row 29-1210.
        (Profession::Physician, "29-1229", "29-1210"),
        (Profession::Orthoptist, "29-1299", "29-1299"),
        (Profession::ArtTherapist, "29-1129", "29-1129"),
        (
            Profession::NeurodiagnosticTechnologist,
            "29-2099",
            "29-2099",
        ),
    ];
    for (p, soc, row) in cases {
        let o = outlook(p);
        assert!(o.is_combined(), "{p:?}");
        assert_eq!(o.soc().to_string(), soc, "{p:?}");
        assert_eq!(o.bls_code().to_string(), row, "{p:?}");
        assert_eq!(o.wage_coverage(), Coverage::Combined, "{p:?}");
    }
    assert_eq!(
        outlook(Profession::CareWorker).bls_title(),
        "Home health and personal care aides"
    );
    assert_eq!(
        outlook(Profession::MedicalLaboratoryScientist).wage_title(),
        "Clinical Laboratory Technologists and Technicians"
    );
    // 2024-34 publishes paramedics, EMTs and medical records specialists
    // on their own rows (2020-30 combined them).
    for (p, row) in [
        (Profession::Paramedic, "29-2043"),
        (Profession::EmergencyMedicalTechnician, "29-2042"),
        (Profession::MedicalCoder, "29-2072"),
    ] {
        let o = outlook(p);
        assert_eq!(
            (o.coverage(), o.bls_code().to_string()),
            (Coverage::Exact, row.to_owned())
        );
        assert_eq!(
            (o.wage_coverage(), o.wage_code()),
            (Coverage::Exact, o.soc())
        );
    }
    // Shared SOC codes are exact rows, but name the other profession.
    let prosthetist = outlook(Profession::Prosthetist);
    assert_eq!(prosthetist.coverage(), Coverage::Exact);
    assert_eq!(prosthetist.shared_with(), [Profession::Orthotist]);
    assert!(
        outlook(Profession::ArtTherapist)
            .shared_with()
            .contains(&Profession::MusicTherapist)
    );
    if let Ok(counsellor) = "counsellor".parse::<Profession>() {
        let o = outlook(counsellor);
        assert_eq!(
            (o.bls_code().to_string(), o.coverage()),
            ("21-1018".to_owned(), Coverage::Combined)
        );
    }
}

/// Figures read by hand from table_1_2_occupational_projections_2024_34.csv
/// and oews_may2024_national_health_and_adjacent.csv.
#[test]
fn figures_checked_by_hand_against_the_files() {
    // (profession, BLS row, median wage, 2024 jobs, 2034 jobs, change in tenths of a percent, openings a year)
    let cases = [
        (
            Profession::Physiotherapist,
            "29-1123",
            101_020,
            267_200,
            296_400,
            109,
            13_200,
        ),
        (
            Profession::DentalHygienist,
            "29-1292",
            94_260,
            221_600,
            237_200,
            70,
            15_300,
        ),
        (
            Profession::MedicalLaboratoryScientist,
            "29-2010",
            61_890,
            351_200,
            357_200,
            17,
            22_600,
        ),
        (
            Profession::Paramedic,
            "29-2043",
            58_410,
            101_900,
            107_000,
            50,
            4_900,
        ),
        (
            Profession::Pharmacist,
            "29-1051",
            137_480,
            335_100,
            350_500,
            46,
            14_200,
        ),
        (
            Profession::ArtTherapist,
            "29-1129",
            65_010,
            56_100,
            62_500,
            115,
            4_100,
        ),
        (
            Profession::Orthotist,
            "29-2091",
            78_310,
            10_100,
            11_500,
            133,
            900,
        ),
        (
            Profession::CareWorker,
            "31-1120",
            34_900,
            4_347_700,
            5_087_500,
            170,
            765_800,
        ),
        (
            Profession::PhysicalTherapistAssistant,
            "31-2021",
            65_510,
            111_500,
            136_000,
            220,
            19_800,
        ),
    ];
    for (p, row, wage, base, projected, tenths, openings) in cases {
        let o = outlook(p);
        assert_eq!(o.bls_code().to_string(), row, "{p:?}");
        let w = o.median_wage().expect("a wage");
        assert_eq!(
            (w.amount(), w.is_lower_bound(), w.year()),
            (wage, false, 2024),
            "{p:?}"
        );
        assert_eq!(o.base_employment(), base, "{p:?}");
        assert_eq!(o.projected_employment(), projected, "{p:?}");
        assert_eq!(o.percent_change(), Percent::from_tenths(tenths), "{p:?}");
        assert_eq!(o.annual_openings(), openings, "{p:?}");
    }
    // OEWS percentiles of 29-1123 Physical Therapists.
    let pt = outlook(Profession::Physiotherapist);
    let amounts: Vec<u32> = pt
        .wage_distribution()
        .iter()
        .map(|w| w.map_or(0, |w| w.amount()))
        .collect();
    assert_eq!(amounts, [74_420, 83_470, 101_020, 117_190, 132_500]);
    assert_eq!(pt.wage_title(), "Physical Therapists");
    // Physicians: the 29-1210 summary row; OEWS writes "#" from the median
    // up, EP ">=$239,200".
    let physician = outlook(Profession::Physician);
    let median = physician.median_wage().unwrap();
    assert_eq!((median.amount(), median.is_lower_bound()), (239_200, true));
    assert_eq!(physician.wage_p10().map(Wage::amount), Some(72_540));
    assert_eq!(physician.wage_p25().map(Wage::amount), Some(138_460));
    assert!(physician.wage_p90().unwrap().is_lower_bound());
    assert_eq!(
        (
            physician.base_employment(),
            physician.projected_employment()
        ),
        (785_600, 807_700)
    );
    assert_eq!(physician.percent_change().to_string(), "2.8%");
    assert_eq!(physician.bls_title(), "Physicians");
}

fn tier_of(rank: u8) -> Relatedness {
    match rank {
        1..=5 => Relatedness::PrimaryShort,
        6..=10 => Relatedness::PrimaryLong,
        _ => Relatedness::Supplemental,
    }
}

#[test]
fn related_careers_are_other_professions_once_each_closest_first() {
    let mut total = 0;
    for p in Profession::ALL {
        let related = p.profile().related();
        total += related.len();
        let mut seen = HashSet::new();
        for r in related {
            assert_eq!(r.from(), *p);
            assert_ne!(r.profession(), *p, "{p:?} lists itself");
            assert!(
                seen.insert(r.profession()),
                "{p:?} lists {:?} twice",
                r.profession()
            );
            assert!((1..=20).contains(&r.rank()), "{p:?}: rank {}", r.rank());
            assert_eq!(r.relatedness(), tier_of(r.rank()), "{p:?}: {r:?}");
            assert!(onet_codes(*p).contains(&r.from_code()), "{p:?}: {r:?}");
            assert!(
                onet_codes(r.profession()).contains(&r.onet_code()),
                "{p:?}: {r:?}"
            );
            assert!(p.profile().is_related_to(r.profession()));
        }
        assert!(
            related.windows(2).all(|w| w[0].rank() <= w[1].rank()),
            "{p:?}"
        );
        assert!(
            p.profile()
                .related_professions()
                .eq(related.iter().map(RelatedCareer::profession))
        );
        if onet_codes(*p).is_empty() {
            assert!(related.is_empty(), "{p:?} has no O*NET code to relate");
        }
    }
    assert!(total > 0);
}

/// Read by hand from O*NET 30.1 "Related Occupations.txt".
#[test]
fn related_careers_checked_by_hand() {
    let cases = [
        (
            Profession::DentalAssistant,
            Profession::DentalHygienist,
            Relatedness::PrimaryShort,
            1,
        ),
        (
            Profession::Paramedic,
            Profession::EmergencyMedicalTechnician,
            Relatedness::PrimaryShort,
            1,
        ),
        (
            Profession::DiagnosticRadiographer,
            Profession::MriTechnologist,
            Relatedness::PrimaryShort,
            3,
        ),
        // O*NET 30.1 ranks physical therapist assistants first (27.0: 11th).
        (
            Profession::Physiotherapist,
            Profession::PhysicalTherapistAssistant,
            Relatedness::PrimaryShort,
            1,
        ),
    ];
    for (p, other, tier, rank) in cases {
        let r = p
            .profile()
            .related()
            .iter()
            .find(|r| r.profession() == other)
            .unwrap_or_else(|| panic!("{p:?} lists {other:?}"));
        assert_eq!((r.relatedness(), r.rank()), (tier, rank), "{p:?}");
    }
}

#[test]
fn technology_lists_are_capped_flagged_unique_and_ordered() {
    for p in Profession::ALL {
        let profile = p.profile();
        let (categories, skills) = (profile.technology_categories(), profile.technology_skills());
        assert!(categories.len() <= 8 && skills.len() <= 8, "{p:?}");
        assert_eq!(
            categories.len(),
            profile.technology_category_count().min(8),
            "{p:?}"
        );
        assert_eq!(
            skills.len(),
            profile.technology_skill_count().min(8),
            "{p:?}"
        );
        let codes: HashSet<u32> = categories.iter().map(|c| c.code()).collect();
        assert_eq!(codes.len(), categories.len(), "{p:?}: a category twice");
        assert!(
            categories
                .iter()
                .all(|c| (10_000_000..100_000_000).contains(&c.code()))
        );
        let names: HashSet<&str> = skills.iter().map(TechnologySkill::name).collect();
        assert_eq!(names.len(), skills.len(), "{p:?}: a skill twice");
        for s in skills {
            assert!(
                s.is_hot() || s.is_in_demand(),
                "{p:?}: {s:?} is not flagged"
            );
        }
        let key = |s: &TechnologySkill| (!s.is_in_demand(), !s.is_hot(), s.name().to_lowercase());
        assert!(skills.windows(2).all(|w| key(&w[0]) <= key(&w[1])), "{p:?}");
        if onet_codes(*p).is_empty() {
            assert_eq!(profile.technology_category_count(), 0, "{p:?}");
            assert_eq!(profile.technology_skill_count(), 0, "{p:?}");
        }
    }
}

fn steps() -> impl Iterator<Item = &'static Progression> {
    Profession::ALL
        .iter()
        .flat_map(|p| p.profile().progressions())
}

#[test]
fn progression_steps_join_two_professions_of_one_jurisdiction_with_a_source() {
    for p in Profession::ALL {
        for step in p.profile().progressions() {
            assert_eq!(step.from(), *p);
            assert_ne!(step.to(), *p, "{p:?} steps to itself");
            for end in [step.from(), step.to()] {
                assert!(end.info().exists_in(step.jurisdiction()), "{step:?}");
            }
            for text in [step.route(), step.source(), step.evidence()] {
                assert!(!text.trim().is_empty(), "{step:?}");
            }
        }
        let into: Vec<&Progression> = p.profile().progressions_into().collect();
        let expected: Vec<&Progression> = steps().filter(|s| s.to() == *p).collect();
        assert_eq!(into, expected, "{p:?}");
    }
    assert!(steps().count() > 0);
}

#[test]
fn no_career_path_leads_back_to_where_it_started() {
    for p in Profession::ALL {
        let reach = p.profile().reachable();
        assert!(!reach.contains(*p), "{p:?} reaches itself");
        // The reach is closed: one more step finds nothing new.
        for q in reach {
            for next in q.profile().progresses_to() {
                assert!(reach.contains(next), "{p:?} -> {q:?} -> {next:?}");
            }
        }
        for step in p.profile().progressions() {
            assert!(reach.contains(step.to()));
            assert!(step.to().profile().is_reachable_from(*p));
        }
    }
}

#[test]
fn progression_checked_by_hand() {
    let nurse = &Profession::RegisteredNurse.profile().progressions()[0];
    assert_eq!(
        (nurse.to(), nurse.basis()),
        (Profession::Midwife, Basis::Sourced)
    );
    let cases = [
        (
            Profession::DentalAssistant,
            Profession::DentalHygienist,
            Jurisdiction::Us,
        ),
        (
            Profession::DiagnosticRadiographer,
            Profession::MriTechnologist,
            Jurisdiction::Us,
        ),
        (
            Profession::DiagnosticRadiographer,
            Profession::MriTechnologist,
            Jurisdiction::Nhs,
        ),
        (
            Profession::PhysicalTherapistAssistant,
            Profession::Physiotherapist,
            Jurisdiction::Us,
        ),
        (
            Profession::OccupationalTherapyAssistant,
            Profession::OccupationalTherapist,
            Jurisdiction::Nhs,
        ),
        (
            Profession::AhpSupportWorker,
            Profession::DiagnosticRadiographer,
            Jurisdiction::Nhs,
        ),
    ];
    for (from, to, jurisdiction) in cases {
        let step = from
            .profile()
            .progressions()
            .iter()
            .find(|s| s.to() == to && s.jurisdiction() == jurisdiction)
            .unwrap_or_else(|| panic!("{from:?} -> {to:?} in {jurisdiction:?}"));
        // None of these is stated outright by a saved file.
        assert_eq!(step.basis(), Basis::Judgement, "{step:?}");
    }
    let reach = Profession::AhpSupportWorker.profile().reachable();
    let expected = ProfessionSet::from_slice(&[
        Profession::Physiotherapist,
        Profession::OccupationalTherapist,
        Profession::SpeechAndLanguageTherapist,
        Profession::Podiatrist,
        Profession::DiagnosticRadiographer,
        Profession::MriTechnologist,
    ]);
    assert_eq!(reach, expected);
    assert!(Profession::Pharmacist.profile().reachable().is_empty());
}

#[test]
fn entry_routes_are_those_of_the_nhs_recognitions_uk_codes() {
    for p in Profession::ALL {
        let codes: Vec<_> = p
            .info()
            .recognition(Jurisdiction::Nhs)
            .map(|nhs| nhs.uk_soc2020_codes().collect())
            .unwrap_or_default();
        let routes = p.profile().entry_routes();
        let route_codes: Vec<_> = routes.iter().map(|r| r.code()).collect();
        assert_eq!(route_codes, codes, "{p:?}");
        for r in routes {
            assert!(!r.unit_group().is_empty() && !r.text().is_empty(), "{p:?}");
        }
    }
}

#[test]
fn descriptions_are_of_the_first_onet_code_and_every_uk_code() {
    for p in Profession::ALL {
        let info = p.info();
        let mut expected: Vec<String> = Vec::new();
        if let Some(us) = info.recognition(Jurisdiction::Us) {
            expected.extend(us.onet_codes().next().map(|c| format!("onet:{c}")));
        }
        if let Some(nhs) = info.recognition(Jurisdiction::Nhs) {
            expected.extend(nhs.uk_soc2020_codes().map(|c| format!("uksoc2020:{c}")));
        }
        let got: Vec<String> = p
            .profile()
            .descriptions()
            .iter()
            .map(|d| d.code().to_prefixed_string())
            .collect();
        assert_eq!(got, expected, "{p:?}");
        for d in p.profile().descriptions() {
            assert!(!d.title().is_empty() && !d.text().is_empty(), "{p:?}");
            assert!(info.exists_in(d.jurisdiction()), "{p:?}");
        }
    }
}

#[test]
fn percent_and_wage_print_as_a_careers_site_would() {
    for (tenths, text) in [
        (205, "20.5%"),
        (50, "5.0%"),
        (0, "0.0%"),
        (-22, "-2.2%"),
        (-5, "-0.5%"),
    ] {
        assert_eq!(Percent::from_tenths(tenths).to_string(), text);
    }
    assert_eq!(Percent::from_percent(7), Percent::from_tenths(70));
    let wages: Vec<Wage> = [Profession::Physiotherapist, Profession::Physician]
        .iter()
        .filter_map(|p| p.profile().median_wage())
        .collect();
    let printed: Vec<String> = wages.iter().map(Wage::to_string).collect();
    assert_eq!(printed, ["$101,020", "$239,200 or more"]);
    assert!(wages[0] < wages[1], "wages order by amount");
}

#[test]
fn profile_types_are_thread_safe_static_data() {
    fn check<T: Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>() {}
    check::<Profile>();
    check::<Outlook>();
    check::<Progression>();
    check::<RelatedCareer>();
    check::<TechnologySkill>();
}

#[cfg(feature = "serde")]
#[test]
fn profiles_serialise_with_ids_and_percent_numbers() {
    let json = serde_json::to_value(Profession::MedicalLaboratoryTechnician.profile()).unwrap();
    assert_eq!(json["profession"], "medical-laboratory-technician");
    assert_eq!(json["outlook"]["coverage"], "combined");
    assert_eq!(json["outlook"]["bls_code"], "29-2010");
    assert_eq!(json["outlook"]["all_other"], false);
    assert_eq!(
        json["outlook"]["shared_with"][0],
        "medical-laboratory-scientist"
    );
    assert_eq!(json["outlook"]["percent_change"], 1.7);
    assert_eq!(json["outlook"]["median_wage"]["amount"], 61_890);
    assert_eq!(json["outlook"]["median_wage"]["currency"], "usd");
    assert_eq!(json["outlook"]["median_wage"]["year"], 2024);
    assert_eq!(json["outlook"]["wage_p10"]["amount"], 38_020);
    assert_eq!(json["outlook"]["wage_code"], "29-2010");
    assert_eq!(json["outlook"]["wage_coverage"], "combined");
    assert_eq!(json["outlook"]["projection_year"], 2034);
    assert_eq!(json["related"][0]["relatedness"], "primary-short");
    assert_eq!(json["entry_routes"][0]["code"], "3111");
}
