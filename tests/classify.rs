//! Table-driven tests of the classifier on each hard part of real job ads.
//! Every ad here is written for the test.

use allied_health::{Ad, Classifier, Definition, Field, Jurisdiction, Profession as P, classify};

/// (title, body, expected best profession or `None`).
type Case = (&'static str, &'static str, Option<P>);

fn check(cases: &[Case]) {
    let classifier = Classifier::new();
    let mut wrong = Vec::new();
    for &(title, body, expected) in cases {
        let got = classifier.classify_ad(title, body).profession();
        if got != expected {
            wrong.push(format!("{title:?}: expected {expected:?}, got {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_advertised_role_not_every_role_mentioned() {
    check(&[
        (
            "Rehabilitation Assistant",
            "Join our team of nurses and physiotherapists on a neuro ward.",
            Some(P::AhpSupportWorker),
        ),
        (
            "Occupational Therapist",
            "You will work alongside doctors, nurses and pharmacists.",
            Some(P::OccupationalTherapist),
        ),
        (
            "",
            "Busy surgery with four GPs and two practice nurses. We are looking for a dietitian to run weight clinics.",
            Some(P::Dietitian),
        ),
        (
            "Care Assistant",
            "Our nursing home has a lovely team of nurses and carers.",
            Some(P::CareWorker),
        ),
        (
            "Pharmacy Technician",
            "You will report to the lead pharmacist and support pharmacists on the wards.",
            Some(P::PharmacyTechnician),
        ),
        (
            "Senior Sonographer",
            "Working closely with radiologists and radiographers in the ultrasound department.",
            Some(P::Sonographer),
        ),
        (
            "Staff Nurse",
            "Supported by healthcare assistants and a ward physiotherapist.",
            Some(P::RegisteredNurse),
        ),
    ]);
}

#[test]
fn assistants_aides_technicians_and_support_workers() {
    check(&[
        (
            "Physiotherapy Assistant",
            "",
            Some(P::PhysicalTherapistAssistant),
        ),
        ("Physio Technician", "", Some(P::PhysicalTherapistAssistant)),
        (
            "Physical Therapy Aide",
            "",
            Some(P::PhysicalTherapistAssistant),
        ),
        (
            "Occupational Therapy Technical Instructor",
            "",
            Some(P::OccupationalTherapyAssistant),
        ),
        (
            "COTA/L - Home Health",
            "",
            Some(P::OccupationalTherapyAssistant),
        ),
        ("Pharmacy Technician", "", Some(P::PharmacyTechnician)),
        ("Pharmacist", "", Some(P::Pharmacist)),
        ("Pharmacy Assistant", "", Some(P::PharmacyAssistant)),
        ("Dental Nurse", "", Some(P::DentalAssistant)),
        ("Dentist", "", Some(P::Dentist)),
        (
            "Healthcare Assistant",
            "Ward 4, acute medicine.",
            Some(P::NursingAssistant),
        ),
        ("Rehabilitation Assistant", "", Some(P::AhpSupportWorker)),
        (
            "Speech and Language Therapy Assistant",
            "",
            Some(P::AhpSupportWorker),
        ),
        ("Dietetic Assistant", "", Some(P::AhpSupportWorker)),
        (
            "Laboratory Assistant",
            "",
            Some(P::MedicalLaboratoryTechnician),
        ),
        (
            "Biomedical Scientist",
            "",
            Some(P::MedicalLaboratoryScientist),
        ),
        ("Nursing Associate", "", Some(P::NursingAssociate)),
        ("Physician Assistant", "", Some(P::PhysicianAssistant)),
        ("Dietetic Technician", "", Some(P::DieteticTechnician)),
        ("Veterinary Assistant", "", Some(P::VeterinaryAssistant)),
        (
            "Prosthetics Technician",
            "",
            Some(P::MedicalApplianceTechnician),
        ),
        ("Ultrasound Technician", "", Some(P::Sonographer)),
    ]);
}

#[test]
fn boundary_professions_are_recognised() {
    check(&[
        (
            "Registered Nurse - Emergency Department",
            "",
            Some(P::RegisteredNurse),
        ),
        ("RGN - Nursing Home", "", Some(P::RegisteredNurse)),
        ("Scrub Nurse", "", Some(P::RegisteredNurse)),
        ("Salaried GP", "", Some(P::Physician)),
        ("Consultant Anaesthetist", "", Some(P::Physician)),
        ("Specialty Registrar in Cardiology", "", Some(P::Physician)),
        ("Community Midwife", "", Some(P::Midwife)),
        ("Associate Dentist", "", Some(P::Dentist)),
        ("Clinical Pharmacist", "", Some(P::Pharmacist)),
        ("Home Care Worker", "", Some(P::CareWorker)),
        ("CNA - Long Term Care", "", Some(P::NursingAssistant)),
        ("Consultant Paramedic", "", Some(P::Paramedic)),
    ]);
}

#[test]
fn roles_outside_the_registry_have_no_best_candidate() {
    check(&[
        (
            "Medical Receptionist",
            "Book appointments for our doctors and nurses.",
            None,
        ),
        (
            "Social Work Assistant",
            "Joint working with occupational therapists and district nurses.",
            None,
        ),
        ("Assistant Psychologist", "", None),
        (
            "Finance Administrator",
            "Process invoices for the pharmacy and physiotherapy departments.",
            None,
        ),
        (
            "PA to Consultant Psychiatrist",
            "Diary management for a busy consultant.",
            None,
        ),
        ("Industrial Hygienist", "", None),
        ("Store Manager", "Lead a retail team of twelve.", None),
        ("", "", None),
        ("   ", " \n\t ", None),
        ("12345", "!!! ??? ...", None),
    ]);
}

#[test]
fn uk_and_us_spellings_abbreviations_and_forms() {
    check(&[
        ("Paediatric Dietitian", "", Some(P::Dietitian)),
        ("Pediatric Dietician", "", Some(P::Dietitian)),
        (
            "Anaesthetic Practitioner",
            "",
            Some(P::OperatingDepartmentPractitioner),
        ),
        (
            "Anesthetic Practitioner",
            "",
            Some(P::OperatingDepartmentPractitioner),
        ),
        ("Orthopaedic Physiotherapist", "", Some(P::Physiotherapist)),
        (
            "Haematology Biomedical Scientist",
            "",
            Some(P::MedicalLaboratoryScientist),
        ),
        ("ODP", "", Some(P::OperatingDepartmentPractitioner)),
        ("SLT - Band 6", "", Some(P::SpeechAndLanguageTherapist)),
        ("OT - Community", "", Some(P::OccupationalTherapist)),
        (
            "MLT - Night Shift",
            "",
            Some(P::MedicalLaboratoryTechnician),
        ),
        ("EMT-Basic", "", Some(P::EmergencyMedicalTechnician)),
        ("CST - Operating Room", "", Some(P::SurgicalTechnologist)),
        ("RRT - Adult ICU", "", Some(P::RespiratoryTherapist)),
        (
            "Speech-Language Pathologist",
            "",
            Some(P::SpeechAndLanguageTherapist),
        ),
        (
            "Speech & Language Therapist",
            "",
            Some(P::SpeechAndLanguageTherapist),
        ),
        ("PHYSIOTHERAPISTS WANTED", "", Some(P::Physiotherapist)),
        ("Radiographers' Bank", "", Some(P::DiagnosticRadiographer)),
        ("X-Ray Technologist", "", Some(P::DiagnosticRadiographer)),
        ("Xray Technologist", "", Some(P::DiagnosticRadiographer)),
        (
            "Medical Instrument Technician (Polysomnography)",
            "",
            Some(P::PolysomnographicTechnologist),
        ),
        (
            "Health Technician (Phlebotomist)",
            "",
            Some(P::Phlebotomist),
        ),
        // A US federal series before a discipline names its technician.
        (
            "Health Technician (Audiology)",
            "",
            Some(P::HealthTechnologistOther),
        ),
        (
            "Medical Instrument Technician (Ultrasound)",
            "",
            Some(P::Sonographer),
        ),
    ]);
}

#[test]
fn short_abbreviations_keep_their_case_and_words() {
    check(&[
        // "ot" and "odp" in prose are not abbreviations.
        ("", "we got the odp forms and the spot checks done", None),
        ("Hot desk coordinator", "", None),
        // "PT" in a UK title is usually part-time: alone it is weak.
        ("Receptionist PT", "", None),
    ]);
}

#[test]
fn a_title_match_outranks_a_body_mention() {
    let c = Classifier::new().classify_ad(
        "Podiatrist",
        "We are looking for a physiotherapist. A physiotherapist is needed.",
    );
    assert_eq!(c.profession(), Some(P::Podiatrist));
    let scores: Vec<_> = c
        .candidates()
        .iter()
        .map(|c| (c.profession(), c.score()))
        .collect();
    assert!(scores[0].1 > scores[1].1, "{scores:?}");
}

#[test]
fn jurisdiction_from_evidence_or_none() {
    let cases: &[(&str, &str, Option<Jurisdiction>)] = &[
        (
            "Physiotherapist",
            "Band 6, Agenda for Change.",
            Some(Jurisdiction::Nhs),
        ),
        (
            "Podiatrist",
            "HCPC registration required.",
            Some(Jurisdiction::Nhs),
        ),
        (
            "Dietitian",
            "Salary £32,000 per annum.",
            Some(Jurisdiction::Nhs),
        ),
        (
            "Staff Nurse",
            "NHS Foundation Trust, paediatric ward.",
            Some(Jurisdiction::Nhs),
        ),
        (
            "Radiologic Technologist",
            "ARRT registered, Florida license.",
            Some(Jurisdiction::Us),
        ),
        (
            "Pharmacy Technician",
            "Pay $19/hr, CPhT preferred.",
            Some(Jurisdiction::Us),
        ),
        (
            "Respiratory Therapist",
            "Clinic in Springfield, MA.",
            Some(Jurisdiction::Us),
        ),
        ("Paramedic", "", None),
        ("", "", None),
    ];
    let classifier = Classifier::new();
    for &(title, body, expected) in cases {
        let c = classifier.classify_ad(title, body);
        assert_eq!(c.jurisdiction(), expected, "{title:?} {body:?}");
        assert_eq!(c.jurisdiction_evidence().is_empty(), expected.is_none());
    }
}

#[test]
fn evidence_points_into_the_right_input() {
    let title = "Senior Occupational Therapist";
    let body = "An occupational therapist for our falls team. Band 7.";
    let c = Classifier::new().classify_ad(title, body);
    let best = c.best().unwrap();
    let e = best.evidence();
    assert_eq!(e[0].field(), Field::Title);
    assert_eq!(e[0].text(title, body), Some("Occupational Therapist"));
    assert_eq!(e[1].field(), Field::Body);
    assert_eq!(e[1].text(title, body), Some("occupational therapist"));
    assert!(e.len() <= 8);
    let j = c.jurisdiction_evidence();
    assert_eq!(j[0].text(title, body), Some("Band 7"));
}

#[test]
fn evidence_is_bounded_and_time_is_linear_on_long_input() {
    let body = "physiotherapist and nurse; ".repeat(100_000);
    let c = Classifier::new().classify_ad("", &body);
    assert!(c.candidates().iter().all(|c| c.evidence().len() <= 8));
    assert!(c.jurisdiction_evidence().len() <= 8);
    let c = Classifier::new().classify_ad(&body, "");
    assert!(c.candidates().iter().all(|c| c.evidence().len() <= 8));
}

#[test]
fn allied_health_and_boundary_of_the_best() {
    let c = classify("Band 6 Podiatrist");
    assert_eq!(c.is_allied_health(Definition::NhsAhp), Some(true));
    assert_eq!(c.is_allied_health(Definition::UsBroad), Some(false));
    assert_eq!(c.is_boundary(), Some(false));
    let nurse = classify("Staff Nurse");
    assert_eq!(nurse.is_boundary(), Some(true));
    assert_eq!(nurse.is_allied_health(Definition::UsBroad), Some(false));
    let none = classify("Receptionist");
    assert_eq!(none.is_boundary(), None);
    assert_eq!(none.is_allied_health(Definition::NhsAhp), None);
}

#[test]
fn builder_options() {
    let c = Classifier::builder()
        .alias("Chiropody Practitioner", P::Podiatrist)
        .default_jurisdiction(Jurisdiction::Us)
        .build()
        .unwrap();
    let r = c.classify_ad("Chiropody Practitioner", "");
    assert_eq!(r.profession(), Some(P::Podiatrist));
    assert_eq!(
        r.best().unwrap().evidence()[0].term(),
        "Chiropody Practitioner"
    );
    assert_eq!(r.jurisdiction(), Some(Jurisdiction::Us));
    assert!(r.jurisdiction_evidence().is_empty());

    let err = Classifier::builder()
        .alias("", P::Dietitian)
        .build()
        .unwrap_err();
    assert_eq!(err.input(), "");
    let err = Classifier::builder().min_score(-0.1).build().unwrap_err();
    assert!(err.to_string().contains("-0.1"));
    let long = "x".repeat(300);
    assert!(
        Classifier::builder()
            .alias(&long, P::Dietitian)
            .build()
            .is_err()
    );
}

#[test]
fn classifier_is_send_sync_clone_and_unwind_safe() {
    fn assert_traits<
        T: Send + Sync + Clone + std::panic::UnwindSafe + std::panic::RefUnwindSafe,
    >() {
    }
    assert_traits::<Classifier>();
    assert_traits::<allied_health::Classification>();
    fn assert_error<T: std::error::Error + Send + Sync + 'static>() {}
    assert_error::<allied_health::BuildError>();
}

#[test]
fn a_batch_is_classified_in_order_on_any_number_of_threads() {
    let titles = [
        "Band 6 Physiotherapist",
        "Pharmacy Technician",
        "Receptionist",
        "",
        "Dental Nurse",
        "Travel RT - Dallas, TX",
    ];
    let bodies = [
        "HCPC registered, NHS trust.",
        "",
        "Answer phones for our GPs.",
        "Phlebotomist\nOutpatient lab, days.",
        "GDC registration required.",
        "$2,000 weekly.",
    ];
    // Enough ads that every thread gets several blocks of them.
    let owned: Vec<(String, String)> = (0..300)
        .map(|i| {
            let title = format!("{} {}", titles[i % titles.len()], i % 7);
            (title, bodies[(i / 2) % bodies.len()].repeat(1 + i % 3))
        })
        .collect();
    let ads: Vec<Ad> = owned.iter().map(|(t, b)| Ad::new(t, b)).collect();
    let classifier = Classifier::new();
    let one_by_one: Vec<_> = ads
        .iter()
        .map(|ad| classifier.classify_ad(ad.title(), ad.body()))
        .collect();
    for threads in [0, 1, 2, 3, 64] {
        let batch = classifier.classify_batch_with_threads(&ads, threads);
        assert!(batch == one_by_one, "{threads} threads changed the results");
    }
    assert!(classifier.classify_batch(&ads) == one_by_one);
    assert!(classifier.classify_batch(&[]).is_empty());
    let one = classifier.classify_batch_with_threads(&ads[..1], 4);
    assert_eq!(one, one_by_one[..1]);
    assert_eq!(Ad::from(("Orthoptist", "")), Ad::new("Orthoptist", ""));
}

#[test]
fn classifier_stays_small() {
    assert!(Classifier::new().memory_usage() < 5 * 1024 * 1024);
}

#[cfg(feature = "serde")]
#[test]
fn results_serialise_with_ids() {
    let c = Classifier::new().classify_ad("Band 6 Dietitian", "");
    let v = serde_json::to_value(&c).unwrap();
    assert_eq!(v["profession"], "dietitian");
    assert_eq!(v["jurisdiction"], "nhs");
    assert_eq!(v["candidates"][0]["profession"], "dietitian");
    assert_eq!(v["candidates"][0]["evidence"][0]["field"], "title");
    assert_eq!(v["candidates"][0]["evidence"][0]["term"], "Dietitian");
    assert_eq!(v["jurisdiction_evidence"][0]["range"]["start"], 0);
    assert_eq!(v["score"].as_f64().map(|s| s as f32), c.score());
    assert_eq!(v["title"], "Dietitian");
    assert_eq!(v["codes"]["uksoc2020"], serde_json::json!(["2259"]));
    assert_eq!(v["codes"]["soc2018"], serde_json::json!([]));
    assert_eq!(v["codes"]["onet"], serde_json::json!([]));
    assert_eq!(v["codes"]["isco08"], serde_json::json!(["2265"]));

    // Without a profession: nulls and empty lists.
    let none = serde_json::to_value(Classifier::new().classify("Receptionist")).unwrap();
    assert_eq!(none["profession"], serde_json::Value::Null);
    assert_eq!(none["score"], serde_json::Value::Null);
    assert_eq!(none["title"], serde_json::Value::Null);
    for system in ["soc2018", "onet", "uksoc2020", "isco08"] {
        assert_eq!(none["codes"][system], serde_json::json!([]), "{system}");
    }
}

/// Every answer carries the best profession's score, local title and codes
/// for the inferred jurisdiction.
#[test]
fn answers_carry_score_title_and_codes() {
    use allied_health::{Code, CodeSystem};
    let classifier = Classifier::new();
    let prefixed = |c: &allied_health::Classification| -> Vec<String> {
        c.codes().map(|code| code.to_prefixed_string()).collect()
    };

    // The inferred jurisdiction's recognition.
    let us = classifier.classify_ad(
        "Physical Therapist",
        "Outpatient clinic, Ohio. 401(k) and PTO.",
    );
    assert_eq!(us.jurisdiction(), Some(Jurisdiction::Us));
    assert_eq!(us.title(), Some("Physical therapist"));
    assert_eq!(
        prefixed(&us),
        ["soc2018:29-1123", "onet:29-1123.00", "isco08:2264"]
    );
    assert_eq!(us.score(), us.best().map(|b| b.score()));
    let nhs = classifier.classify_ad("Physical Therapist", "Band 6, NHS trust.");
    assert_eq!(nhs.title(), Some("Physiotherapist"));
    assert_eq!(prefixed(&nhs), ["uksoc2020:2221", "isco08:2264"]);

    // Unknown: both, US first, each code once.
    let anywhere = classifier.classify_ad("Paramedic", "");
    assert_eq!(anywhere.jurisdiction(), None);
    assert_eq!(anywhere.title(), Some("Paramedic"));
    assert_eq!(
        prefixed(&anywhere),
        [
            "soc2018:29-2043",
            "onet:29-2043.00",
            "isco08:3258",
            "uksoc2020:2255",
            "isco08:2240"
        ]
    );

    // A jurisdiction that does not recognise the profession: what it has.
    let odp = classifier.classify_ad(
        "Operating Department Practitioner",
        "Houston, Texas. 401(k).",
    );
    assert_eq!(odp.jurisdiction(), Some(Jurisdiction::Us));
    assert_eq!(odp.title(), Some("Operating department practitioner"));
    assert_eq!(prefixed(&odp), ["uksoc2020:2259", "isco08:2269"]);

    // No profession: nothing.
    let none = classifier.classify_ad("Receptionist", "GP surgery in Leeds.");
    assert_eq!(
        (none.score(), none.title(), none.codes().count()),
        (None, None, 0)
    );

    // For every profession, with and without a jurisdiction: the codes are
    // the recognitions' codes, each once, and the title a local title.
    let mut checked = 0;
    for p in P::ALL {
        let info = p.info();
        for (body, jurisdiction) in [
            ("", None),
            ("Band 5. NHS Pension. £30k.", Some(Jurisdiction::Nhs)),
            ("401(k), PTO. Ohio.", Some(Jurisdiction::Us)),
        ] {
            let c = classifier.classify_ad(info.name(), body);
            if c.profession() != Some(*p) || c.jurisdiction() != jurisdiction {
                continue;
            }
            checked += 1;
            let codes: Vec<Code> = c.codes().collect();
            let mut unique = codes.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), codes.len(), "{p:?}: {codes:?}");
            let local = |j| info.recognition(j).map(|r| r.title());
            let expected = match jurisdiction.and_then(|j| info.recognition(j)) {
                Some(r) => {
                    assert_eq!(codes, r.codes(), "{p:?}");
                    r.title()
                }
                None => {
                    for code in info.recognitions().iter().flat_map(|r| r.codes()) {
                        assert!(codes.contains(code), "{p:?} lacks {code}");
                    }
                    local(Jurisdiction::Us)
                        .or(local(Jurisdiction::Nhs))
                        .unwrap()
                }
            };
            assert_eq!(c.title(), Some(expected), "{p:?}");
            let (low, high) = c.codes().size_hint();
            assert!(low <= codes.len() && high.is_some_and(|h| h >= codes.len()));
            assert!(
                codes.iter().all(|c| c.system() != CodeSystem::UkSoc2020)
                    || jurisdiction != Some(Jurisdiction::Us)
                    || info.recognition(Jurisdiction::Us).is_none()
            );
        }
    }
    assert!(
        checked >= 2 * P::ALL.len(),
        "only {checked} answers checked"
    );
}

/// Every profession of the registry is a possible answer: its own name
/// names it.
#[test]
fn every_profession_is_a_possible_answer() {
    let classifier = Classifier::new();
    let mut wrong = Vec::new();
    for &p in P::ALL {
        let name = p.info().name();
        let got = classifier.classify_ad(name, "").profession();
        if got != Some(p) {
            wrong.push(format!("{name:?}: expected {p:?}, got {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The professions added in the second release, each by a title and by a
/// credential or short form, as ads name them.
#[test]
fn the_second_release_professions_by_title_and_short_form() {
    check(&[
        (
            "Physician Assistant - Urgent Care",
            "",
            Some(P::PhysicianAssistant),
        ),
        (
            "Physician Associate, Acute Medicine",
            "",
            Some(P::PhysicianAssistant),
        ),
        ("PA-C - Orthopedic Surgery", "", Some(P::PhysicianAssistant)),
        (
            "",
            "Busy family practice seeks a board certified PA (NCCPA) to see patients alongside our physicians.",
            Some(P::PhysicianAssistant),
        ),
        (
            "Anaesthesia Associate",
            "",
            Some(P::AnesthesiologistAssistant),
        ),
        (
            "CAA - Main Operating Rooms",
            "",
            Some(P::AnesthesiologistAssistant),
        ),
        (
            "Orientation and Mobility Specialist",
            "",
            Some(P::VisionRehabilitationTherapist),
        ),
        (
            "Vision Rehabilitation Therapist (CVRT)",
            "",
            Some(P::VisionRehabilitationTherapist),
        ),
        (
            "Clinical Exercise Physiologist",
            "",
            Some(P::ExercisePhysiologist),
        ),
        (
            "ACSM-CEP, Cardiac Rehabilitation",
            "",
            Some(P::ExercisePhysiologist),
        ),
        ("Acupuncturist", "", Some(P::Acupuncturist)),
        (
            "L.Ac. - Integrative Pain Clinic",
            "",
            Some(P::Acupuncturist),
        ),
        ("Medical Dosimetrist", "", Some(P::MedicalDosimetrist)),
        ("CMD, Radiation Oncology", "", Some(P::MedicalDosimetrist)),
        ("Dietetic Technician", "", Some(P::DieteticTechnician)),
        ("NDTR - Long Term Care", "", Some(P::DieteticTechnician)),
        ("Psychiatric Technician", "", Some(P::PsychiatricTechnician)),
        (
            "Psych Tech - Adolescent Unit",
            "",
            Some(P::PsychiatricTechnician),
        ),
        ("Dispensing Optician", "", Some(P::DispensingOptician)),
        (
            "FBDO - Independent Opticians",
            "",
            Some(P::DispensingOptician),
        ),
        ("Hearing Aid Dispenser", "", Some(P::HearingAidDispenser)),
        (
            "Hearing Instrument Specialist (BC-HIS)",
            "",
            Some(P::HearingAidDispenser),
        ),
        (
            "Health Information Technologist",
            "",
            Some(P::HealthInformationTechnologist),
        ),
        (
            "Cancer Registrar (CTR)",
            "",
            Some(P::HealthInformationTechnologist),
        ),
        (
            "Athletic Trainer - High School Sports",
            "",
            Some(P::AthleticTrainer),
        ),
        ("ATC - Orthopedic Clinic", "", Some(P::AthleticTrainer)),
        ("Genetic Counsellor", "", Some(P::GeneticCounselor)),
        ("CGC - Prenatal Genetics", "", Some(P::GeneticCounselor)),
        ("Surgical Care Practitioner", "", Some(P::SurgicalAssistant)),
        (
            "CSFA - Cardiothoracic Surgery",
            "",
            Some(P::SurgicalAssistant),
        ),
        ("Massage Therapist", "", Some(P::MassageTherapist)),
        ("LMT - Day Spa and Wellness", "", Some(P::MassageTherapist)),
        (
            "Medical Transcriptionist",
            "",
            Some(P::MedicalTranscriptionist),
        ),
        ("Medical Audio Typist", "", Some(P::MedicalTranscriptionist)),
        ("Pharmacy Aide", "", Some(P::PharmacyAssistant)),
        (
            "Dispensing Assistant - Community Pharmacy",
            "",
            Some(P::PharmacyAssistant),
        ),
        (
            "Speech-Language Pathology Assistant",
            "",
            Some(P::SpeechLanguagePathologyAssistant),
        ),
        (
            "SLPA - Elementary Schools",
            "",
            Some(P::SpeechLanguagePathologyAssistant),
        ),
        ("Endoscopy Technician", "", Some(P::EndoscopyTechnician)),
        (
            "GI Tech - Endoscopy Suite",
            "",
            Some(P::EndoscopyTechnician),
        ),
        (
            "Clinical Scientist - Medical Physics",
            "",
            Some(P::ClinicalScientist),
        ),
        (
            "Principal Radiotherapy Physicist",
            "",
            Some(P::ClinicalScientist),
        ),
        ("Clinical Biochemist", "", Some(P::ClinicalScientist)),
        (
            "Healthcare Science Practitioner",
            "",
            Some(P::HealthcareSciencePractitioner),
        ),
        (
            "Respiratory Physiologist",
            "",
            Some(P::HealthcareSciencePractitioner),
        ),
        (
            "Vascular Scientist",
            "",
            Some(P::HealthcareSciencePractitioner),
        ),
        (
            "Medical Physics Technologist",
            "",
            Some(P::HealthcareSciencePractitioner),
        ),
        ("Orthodontic Therapist", "", Some(P::OrthodonticTherapist)),
        (
            "Ortho Therapist - Specialist Practice",
            "",
            Some(P::OrthodonticTherapist),
        ),
        ("Hypnotherapist", "", Some(P::HealthPractitionerOther)),
        ("Reflexologist", "", Some(P::HealthPractitionerOther)),
        (
            "Public Health Aide",
            "",
            Some(P::HealthcareSupportWorkerOther),
        ),
        (
            "Mortuary Attendant",
            "",
            Some(P::HealthcareSupportWorkerOther),
        ),
        (
            "Nurse Practitioner - Family Medicine",
            "",
            Some(P::NursePractitioner),
        ),
        ("FNP-C, Retail Clinic", "", Some(P::NursePractitioner)),
        (
            "Advanced Nurse Practitioner",
            "",
            Some(P::NursePractitioner),
        ),
        ("APRN - Psychiatry", "", Some(P::NursePractitioner)),
        ("Nurse Anesthetist", "", Some(P::NurseAnesthetist)),
        (
            "CRNA - Level I Trauma Center",
            "",
            Some(P::NurseAnesthetist),
        ),
        (
            "Licensed Practical Nurse",
            "",
            Some(P::LicensedPracticalNurse),
        ),
        ("LPN - Long Term Care", "", Some(P::LicensedPracticalNurse)),
        ("LVN, Home Health", "", Some(P::LicensedPracticalNurse)),
        ("Nursing Associate", "", Some(P::NursingAssociate)),
        (
            "Trainee Nursing Associate (TNA)",
            "",
            Some(P::NursingAssociate),
        ),
        ("Optometrist", "", Some(P::Optometrist)),
        ("OD - Vision Center", "", Some(P::Optometrist)),
        ("Ophthalmic Optician", "", Some(P::Optometrist)),
        ("Chiropractor", "", Some(P::Chiropractor)),
        ("Associate Chiropractor (DC)", "", Some(P::Chiropractor)),
        ("Naturopathic Doctor", "", Some(P::NaturopathicPhysician)),
        (
            "ND - Integrative Clinic",
            "",
            Some(P::NaturopathicPhysician),
        ),
        ("Hospital Orderly", "", Some(P::Orderly)),
        ("Patient Transporter", "", Some(P::Orderly)),
        ("Psychiatric Aide", "", Some(P::PsychiatricAide)),
        ("Psych Aide - Nights", "", Some(P::PsychiatricAide)),
        ("Clinical Psychologist", "", Some(P::Psychologist)),
        ("Psychologist (PsyD)", "", Some(P::Psychologist)),
        ("Psychotherapist", "", Some(P::Psychotherapist)),
        ("CBT Therapist", "", Some(P::Psychotherapist)),
        ("High Intensity Therapist", "", Some(P::Psychotherapist)),
        ("Counsellor", "", Some(P::Counsellor)),
        ("Mental Health Counselor (LMHC)", "", Some(P::Counsellor)),
        ("LPC - Outpatient Clinic", "", Some(P::Counsellor)),
        (
            "Psychological Wellbeing Practitioner",
            "",
            Some(P::PsychologicalWellbeingPractitioner),
        ),
        (
            "Trainee PWP",
            "",
            Some(P::PsychologicalWellbeingPractitioner),
        ),
        ("Social Worker", "", Some(P::SocialWorker)),
        (
            "LCSW - Outpatient Behavioral Health",
            "",
            Some(P::SocialWorker),
        ),
        ("LMSW, Hospice", "", Some(P::SocialWorker)),
        ("Health Educator", "", Some(P::HealthEducationSpecialist)),
        (
            "CHES - Diabetes Prevention Program",
            "",
            Some(P::HealthEducationSpecialist),
        ),
        (
            "Health Improvement Practitioner",
            "",
            Some(P::HealthEducationSpecialist),
        ),
        (
            "Community Health Worker",
            "",
            Some(P::CommunityHealthWorker),
        ),
        ("CHW - Bilingual", "", Some(P::CommunityHealthWorker)),
        ("Dental Technician", "", Some(P::DentalTechnician)),
        ("Clinical Dental Technician", "", Some(P::DentalTechnician)),
        ("CDT - Crown and Bridge", "", Some(P::DentalTechnician)),
        (
            "Orthotic Technician",
            "",
            Some(P::MedicalApplianceTechnician),
        ),
        ("O&P Technician", "", Some(P::MedicalApplianceTechnician)),
        (
            "Optical Lab Technician",
            "",
            Some(P::OphthalmicLaboratoryTechnician),
        ),
        (
            "Lens Technician",
            "",
            Some(P::OphthalmicLaboratoryTechnician),
        ),
        ("Veterinary Surgeon", "", Some(P::Veterinarian)),
        ("Associate Veterinarian (DVM)", "", Some(P::Veterinarian)),
        ("Veterinary Nurse", "", Some(P::VeterinaryTechnician)),
        (
            "RVT - Emergency Hospital",
            "",
            Some(P::VeterinaryTechnician),
        ),
        ("Vet Tech", "", Some(P::VeterinaryTechnician)),
        (
            "Veterinary Care Assistant",
            "",
            Some(P::VeterinaryAssistant),
        ),
        (
            "Laboratory Animal Technician",
            "",
            Some(P::VeterinaryAssistant),
        ),
    ]);
}

/// Neighbours told apart: the support role and the professional, the
/// advanced nurse and the nurse, the doctor and the other doctors.
#[test]
fn neighbouring_professions_are_told_apart() {
    check(&[
        (
            "Pharmacy Assistant",
            "Support the pharmacy technicians and pharmacists with dispensing and stock control.",
            Some(P::PharmacyAssistant),
        ),
        (
            "Senior Pharmacy Technician",
            "Accuracy checking; supervise pharmacy assistants in the dispensary.",
            Some(P::PharmacyTechnician),
        ),
        (
            "Dosimetrist",
            "Produce radiotherapy treatment plans with the therapeutic radiographers and physicists.",
            Some(P::MedicalDosimetrist),
        ),
        (
            "Nurse Anesthetist",
            "Provide anesthesia care; current RN license and CRNA certification required.",
            Some(P::NurseAnesthetist),
        ),
        (
            "Nurse Practitioner",
            "Registered nurse with an MSN and national certification as an FNP.",
            Some(P::NursePractitioner),
        ),
        (
            "Licensed Practical Nurse",
            "Work under the direction of a registered nurse on a medical unit.",
            Some(P::LicensedPracticalNurse),
        ),
        (
            "Registered Nurse",
            "Supervise the LPNs and nursing assistants on a busy unit.",
            Some(P::RegisteredNurse),
        ),
        (
            "Nursing Associate",
            "Working alongside registered nurses and healthcare assistants.",
            Some(P::NursingAssociate),
        ),
        (
            "Chiropractor",
            "Doctor of Chiropractic degree and a current state license. Our physicians refer patients daily.",
            Some(P::Chiropractor),
        ),
        (
            "Hearing Aid Dispenser",
            "Test hearing, fit and dispense hearing aids in our high street branches. HCPC registered.",
            Some(P::HearingAidDispenser),
        ),
        (
            "Veterinary Nurse",
            "Small animal practice. You will be a registered veterinary nurse with the RCVS.",
            Some(P::VeterinaryTechnician),
        ),
        (
            "Vet Nurse - Small Animal Hospital",
            "Nursing care for cats and dogs on our wards.",
            Some(P::VeterinaryTechnician),
        ),
        (
            "Surgical First Assistant",
            "Assist the surgeon in theatre: retraction, haemostasis and closure.",
            Some(P::SurgicalAssistant),
        ),
        (
            "Physician Assistant",
            "Work with our physicians in a busy emergency department.",
            Some(P::PhysicianAssistant),
        ),
        (
            "Clinical Scientist",
            "Join our blood sciences laboratory alongside biomedical scientists.",
            Some(P::ClinicalScientist),
        ),
        (
            "Respiratory Physiologist",
            "Lung function testing and sleep studies for adults.",
            Some(P::HealthcareSciencePractitioner),
        ),
        (
            "Optometrist",
            "Eye examinations in our practice, supported by dispensing opticians.",
            Some(P::Optometrist),
        ),
        (
            "Dental Technician",
            "Make crowns and dentures for the dentists of our group.",
            Some(P::DentalTechnician),
        ),
        (
            "Genetic Counselor",
            "Counsel families about inherited cancer risk.",
            Some(P::GeneticCounselor),
        ),
    ]);
}

/// An umbrella title ("Clinical Physiologist") names the specialism the ad
/// describes, and its own profession when the ad describes none.
#[test]
fn an_umbrella_title_names_the_specialism_the_ad_describes() {
    check(&[
        (
            "Clinical Physiologist",
            "",
            Some(P::HealthcareSciencePractitioner),
        ),
        (
            "Clinical Physiologist",
            "Our cardiology department runs pacing clinics, echocardiography and a busy cath lab.",
            Some(P::CardiovascularTechnologist),
        ),
        (
            "Specialist Clinical Physiologist",
            "Perform EEG recordings and nerve conduction studies in clinical neurophysiology.",
            Some(P::NeurodiagnosticTechnologist),
        ),
        (
            "Clinical Physiologist",
            "Lung function testing and respiratory physiology for the chest clinic. One cardiology referral a week.",
            Some(P::HealthcareSciencePractitioner),
        ),
    ]);
}

/// What is not a profession answers none, however clinical its setting.
#[test]
fn roles_left_out_of_the_registry_stay_none() {
    check(&[
        (
            "Emergency Call Handler",
            "Answer 999 calls and dispatch paramedics and ambulance crews.",
            None,
        ),
        (
            "ABA Technician",
            "Deliver applied behaviour analysis programmes; RBT preferred.",
            None,
        ),
        ("Behavior Technician (RBT)", "", None),
        (
            "Health and Safety Advisor",
            "Advise the hospital's nurses and doctors on safe working.",
            None,
        ),
        ("Occupational Safety and Health Specialist", "", None),
        (
            "IT Support Technician",
            "Support clinical systems used by nurses.",
            None,
        ),
        (
            "Estates Officer",
            "Maintain the hospital's buildings.",
            None,
        ),
        (
            "Finance Manager",
            "Budgets for the pharmacy and therapy services.",
            None,
        ),
        (
            "Veterinary Receptionist",
            "Greet clients and their pets.",
            None,
        ),
        (
            "Financial Counselor",
            "Help patients with hospital bills.",
            None,
        ),
        ("School Counselor", "", None),
        (
            "GP Liaison Officer",
            "Build relationships with local GP practices.",
            None,
        ),
        (
            "Primary Care Worker",
            "Reception and administration for a GP surgery.",
            None,
        ),
    ]);
}

/// A title that names many roles is read in order, however many: the
/// first part leads (if not by enough to be the answer).
#[test]
fn a_title_naming_many_roles_is_led_by_its_first() {
    let roles = [
        "Occupational Therapist",
        "Physiotherapist",
        "Dietitian",
        "Podiatrist",
        "Orthoptist",
        "Paramedic",
        "Radiographer",
        "Sonographer",
        "Pharmacist",
        "Midwife",
        "Social Worker",
    ];
    let classifier = Classifier::new();
    for n in [1, 2, 8, 9, 11] {
        let title = roles[..n].join(" / ");
        let c = classifier.classify_ad(&title, "");
        let first = c.candidates().first().map(|c| c.profession());
        assert_eq!(first, Some(P::OccupationalTherapist), "{title}");
    }
    // Past the most mentions a title is read for, still in order.
    let title = vec![roles.join(" / "); 8].join(" / ");
    let c = classifier.classify_ad(&title, "");
    let first = c.candidates().first().map(|c| c.profession());
    assert_eq!(first, Some(P::OccupationalTherapist));
}
