//! One record per profession, in `Profession::ALL` order.
//!
//! Every fact is transcribed from the project's sourced fact table (the saved
//! data files named in the crate docs). Source keys in the comments:
//! soc18 = BLS SOC 2018 definitions; dmt18 = SOC 2018 direct match titles;
//! occ30 / jz30 = O*NET 30.0 occupations / Job Zones; ep = BLS Employment
//! Projections Table 5.4 (2023); x10 = BLS 2010 SOC to ISCO-08 crosswalk;
//! iscoex = ILO "examples of the occupations classified here"; ons20 = ONS SOC
//! 2020 Volume 1; hcpc / gosc = protected-title pages; ahp = NHS England AHP
//! list; afc = Agenda for Change band statements; rep27 = O*NET 27.0 reported
//! titles. A fact no source states is left `None` or empty.
//!
//! NHS entry education is read from the ONS "typical entry routes" text only
//! where the unit group is specific to the profession and the text names a
//! degree ("degree" is read as a bachelor's) or no formal qualification.
//! Settings and patient contact are our reading of the SOC 2018 definitions
//! and ONS descriptions (judgement), as no source tabulates them.

use super::{band, isco, onet, soc, uk};
use crate::education::EducationLevel::{
    Associate, Bachelor, DoctoralOrProfessional, HighSchool, Master, NoFormalCredential,
    PostsecondaryNondegreeAward,
};
use crate::education::OnTheJobTraining as Training;
use crate::education::WorkExperience as Experience;
use crate::equivalence::{Equivalence, EquivalenceKind};
use crate::jurisdiction::AfcBand::{B4, B5, B6, B7, B8a, B8b};
use crate::jurisdiction::Jurisdiction::{Nhs, Us};
use crate::jurisdiction::{Recognition, Regulator};
use crate::profession::{Profession as P, ProfessionInfo, RoleLevel};
use crate::setting::PatientContact::{Direct, Minimal, Some as SomeContact};
use crate::setting::Setting::*;
use crate::setting::SettingSet;

/// NHS Health Careers pay-rates page (April 2024 rates) [afc].
const HC_PAY: &str = "https://www.healthcareers.nhs.uk/working-health/working-nhs/nhs-pay-and-benefits/agenda-change-pay-rates";
/// NHS Health Careers compare-roles page for physiotherapists [afc].
const HC_PHYSIO: &str =
    "https://www.healthcareers.nhs.uk/explore-roles/compare-roles?field_field_role=440";
/// Planit orthoptist profile, text credited to NHS Health Careers [afc].
const PLANIT_ORTHOPTIST: &str = "https://www.planitplus.net/JobProfiles/View/302/70";
/// Third-party summary of Agenda for Change 2023/24 [afc, secondary].
const ROAD_TO_NHS: &str = "https://roadtonhs.com/nhs-pay-scale-agenda-for-change-2023/";

const fn same() -> Equivalence {
    Equivalence {
        kind: EquivalenceKind::Same,
        counterpart: None,
        note: None,
    }
}

const fn same_with(note: &'static str) -> Equivalence {
    Equivalence {
        kind: EquivalenceKind::Same,
        counterpart: None,
        note: Some(note),
    }
}

const fn close(note: &'static str) -> Equivalence {
    Equivalence {
        kind: EquivalenceKind::Close,
        counterpart: None,
        note: Some(note),
    }
}

const fn not_equivalent(counterpart: Option<P>, note: &'static str) -> Equivalence {
    Equivalence {
        kind: EquivalenceKind::NotEquivalent,
        counterpart,
        note: Some(note),
    }
}

const fn one_jurisdiction(note: &'static str) -> Equivalence {
    Equivalence {
        kind: EquivalenceKind::OneJurisdiction,
        counterpart: None,
        note: Some(note),
    }
}

/// The parts of a record that vary, with the defaults of an allied
/// professional: a const-friendly stand-in for struct update syntax.
struct Row {
    profession: P,
    name: &'static str,
    role_level: RoleLevel,
    boundary: bool,
    nhs_ahp: bool,
    us_broad: bool,
    settings: &'static [crate::setting::Setting],
    patient_contact: crate::setting::PatientContact,
    recognitions: &'static [Recognition],
    equivalence: Equivalence,
    aliases: &'static [&'static str],
}

const fn info(row: Row) -> ProfessionInfo {
    ProfessionInfo {
        profession: row.profession,
        name: row.name,
        role_level: row.role_level,
        boundary: row.boundary,
        nhs_ahp: row.nhs_ahp,
        us_broad: row.us_broad,
        settings: SettingSet::from_slice(row.settings),
        patient_contact: row.patient_contact,
        recognitions: row.recognitions,
        equivalence: row.equivalence,
        aliases: row.aliases,
        onet_aliases: super::ONET_ALIASES[row.profession as usize],
    }
}

const PRO: RoleLevel = RoleLevel::Professional;
const SUPPORT: RoleLevel = RoleLevel::Support;

const EP_NONE: (Experience, Training) = (Experience::None, Training::None);

/// The profession records, row `i` describing `Profession::ALL[i]`.
pub(crate) static PROFESSIONS: [ProfessionInfo; 50] = [
    // 11: 29-1123 [soc18][occ30]; ep; jz 5; 2221 [ons20]; 2264 [x10][iscoex]; HCPC [hcpc][ahp]; band 5 [afc].
    info(Row {
        profession: P::Physiotherapist,
        name: "Physiotherapist",
        role_level: PRO,
        boundary: false,
        nhs_ahp: true,
        us_broad: true,
        settings: &[Hospital, OutpatientClinic, Community, School, CareHome, PrivatePractice, Rehabilitation],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Physical therapist", &[soc(29, 1123), onet(29, 1123, 0), isco(2264)])
                .bls(DoctoralOrProfessional, EP_NONE.0, EP_NONE.1)
                .zone(5),
            Recognition::new(Nhs, "Physiotherapist", &[uk(2221), isco(2264)])
                .also(&["Physiotherapy practitioner"])
                .regulated(Regulator::Hcpc, &["Physiotherapist", "Physical therapist"])
                .education(Bachelor)
                .bands(&[
                    band(B5, B5, "entry", HC_PHYSIO, false),
                    band(B5, B5, "entry", ROAD_TO_NHS, true),
                ]),
        ],
        equivalence: same_with("O*NET lists \"Physiotherapist\" as an alternate title of 29-1123, and the HCPC protects \"Physical therapist\" too."),
        aliases: &["Physio", "PT", "DPT"],
    }),
    // 31-2021, 31-2022 [soc18][occ30]; ep (31-2021); jz 3; 3255 [x10 31-2021].
    info(Row {
        profession: P::PhysicalTherapistAssistant,
        name: "Physical therapist assistant",
        role_level: SUPPORT,
        boundary: false,
        nhs_ahp: false,
        us_broad: true,
        settings: &[Hospital, OutpatientClinic, Rehabilitation, CareHome, Community],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Physical therapist assistant", &[soc(31, 2021), soc(31, 2022), onet(31, 2021, 0), onet(31, 2022, 0), isco(3255)])
                .also(&["Physical therapist aide"])
                .bls(Associate, EP_NONE.0, EP_NONE.1)
                .zone(3)
                .with_note("Entry education and Job Zone are those of assistants (31-2021); aides (31-2022) typically enter with a high school diploma and short-term on-the-job training."),
            Recognition::new(Nhs, "Physiotherapy assistant", &[])
                .also(&["Physiotherapy technical instructor", "Physiotherapy support worker"]),
        ],
        equivalence: close("The US separates licensed assistants from aides; the NHS uses assistant, support worker and technical instructor grades (judgement)."),
        aliases: &["PTA", "Physical Therapy Assistant", "Physical Therapy Aide", "Physiotherapy Technician"],
    }),
    // 29-1122 [soc18][occ30]; ep; jz 5; 2222 [ons20]; 2269 [x10][iscoex]; HCPC.
    info(Row {
        profession: P::OccupationalTherapist,
        name: "Occupational therapist",
        role_level: PRO,
        boundary: false,
        nhs_ahp: true,
        us_broad: true,
        settings: &[Hospital, OutpatientClinic, Community, School, CareHome, Rehabilitation, PrivatePractice],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Occupational therapist", &[soc(29, 1122), onet(29, 1122, 0), onet(29, 1122, 1), isco(2269)])
                .bls(Master, EP_NONE.0, EP_NONE.1)
                .zone(5),
            Recognition::new(Nhs, "Occupational therapist", &[uk(2222), isco(2269)])
                .also(&["Community occupational therapist", "Paediatric occupational therapist"])
                .regulated(Regulator::Hcpc, &["Occupational therapist"])
                .education(Bachelor),
        ],
        equivalence: same(),
        aliases: &["OT", "OTR"],
    }),
    // 31-2011, 31-2012 [soc18][occ30]; ep (31-2011); jz 3; 3259 [x10 31-2011].
    info(Row {
        profession: P::OccupationalTherapyAssistant,
        name: "Occupational therapy assistant",
        role_level: SUPPORT,
        boundary: false,
        nhs_ahp: false,
        us_broad: true,
        settings: &[Hospital, OutpatientClinic, Rehabilitation, CareHome, Community, School],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Occupational therapy assistant", &[soc(31, 2011), soc(31, 2012), onet(31, 2011, 0), onet(31, 2012, 0), isco(3259)])
                .also(&["Occupational therapy aide"])
                .bls(Associate, EP_NONE.0, EP_NONE.1)
                .zone(3)
                .with_note("Entry education and Job Zone are those of assistants (31-2011); aides (31-2012) typically enter with a high school diploma and short-term on-the-job training."),
            Recognition::new(Nhs, "Occupational therapy assistant", &[])
                .also(&["Occupational therapy technical instructor", "Occupational therapy support worker"]),
        ],
        equivalence: close("The US separates licensed assistants from aides; the NHS uses assistant, support worker and technical instructor grades (judgement)."),
        aliases: &["OTA", "COTA", "Certified Occupational Therapy Assistant"],
    }),
    // 16: 29-1127 [soc18][occ30]; ep; jz 5; 2223 [ons20]; 2266 [x10][iscoex]; HCPC; band 7 advanced [afc, secondary].
    info(Row {
        profession: P::SpeechAndLanguageTherapist,
        name: "Speech and language therapist",
        role_level: PRO,
        boundary: false,
        nhs_ahp: true,
        us_broad: true,
        settings: &[Hospital, OutpatientClinic, School, Community, CareHome, PrivatePractice],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Speech-language pathologist", &[soc(29, 1127), onet(29, 1127, 0), isco(2266)])
                .also(&["Speech therapist", "Speech and language therapist"])
                .bls(Master, Experience::None, Training::InternshipResidency)
                .zone(5),
            Recognition::new(Nhs, "Speech and language therapist", &[uk(2223), isco(2266)])
                .also(&["Speech therapist", "Language therapist", "Communication therapist"])
                .regulated(Regulator::Hcpc, &["Speech and language therapist", "Speech therapist"])
                .education(Bachelor)
                .bands(&[band(B7, B7, "advanced", ROAD_TO_NHS, true)]),
        ],
        equivalence: same(),
        aliases: &["SLT", "SLP", "SALT", "Speech Language Pathologist", "CCC-SLP"],
    }),
    // 5: 29-1031 [soc18][occ30]; ep; jz 5; 2259 [ons20]; 2265 [x10][iscoex]; HCPC.
    info(Row {
        profession: P::Dietitian,
        name: "Dietitian",
        role_level: PRO,
        boundary: false,
        nhs_ahp: true,
        us_broad: true,
        settings: &[Hospital, OutpatientClinic, Community, CareHome, School, PrivatePractice],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Dietitian", &[soc(29, 1031), onet(29, 1031, 0), isco(2265)])
                .also(&["Nutritionist", "Registered dietitian"])
                .bls(Bachelor, Experience::None, Training::InternshipResidency)
                .zone(5),
            Recognition::new(Nhs, "Dietitian", &[uk(2259), isco(2265)])
                .also(&["Dietician"])
                .regulated(Regulator::Hcpc, &["Dietitian", "Dietician"]),
        ],
        equivalence: same_with("US SOC 29-1031 also covers nutritionists; the UK protects \"dietitian\" only."),
        aliases: &["RD", "RDN", "Registered Dietitian Nutritionist"],
    }),
    // 4: 29-1081 [soc18][occ30]; ep; jz 5; 2256 [ons20]; 2269 [x10][iscoex]; HCPC; band 5 [afc].
    info(Row {
        profession: P::Podiatrist,
        name: "Podiatrist",
        role_level: PRO,
        boundary: false,
        nhs_ahp: true,
        us_broad: false,
        settings: &[Hospital, OutpatientClinic, Community, PrivatePractice, PhysiciansOffice],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Podiatrist", &[soc(29, 1081), onet(29, 1081, 0), isco(2269)])
                .also(&["Doctor of podiatric medicine (DPM)", "Podiatric surgeon"])
                .bls(DoctoralOrProfessional, Experience::None, Training::InternshipResidency)
                .zone(5)
                .with_note("A US podiatrist is a doctor of podiatric medicine (DPM) who completes a residency."),
            Recognition::new(Nhs, "Podiatrist", &[uk(2256), isco(2269)])
                .also(&["Chiropodist", "Foot health practitioner (qualified)"])
                .regulated(Regulator::Hcpc, &["Chiropodist", "Podiatrist"])
                .education(Bachelor)
                .bands(&[
                    band(B5, B5, "entry", HC_PAY, false),
                    band(B5, B5, "entry", ROAD_TO_NHS, true),
                ]),
        ],
        equivalence: not_equivalent(None, "US podiatrists are doctoral physicians (DPM, residency); UK podiatrists are degree-level HCPC registrants."),
        aliases: &["Chiropodist", "DPM"],
    }),
    // 8: 29-1299.02 [occ30]; ep (29-1299); jz 5; 2267 [iscoex]; HCPC; bands 5-7 [afc], 8b head [afc, secondary].
    info(Row {
        profession: P::Orthoptist,
        name: "Orthoptist",
        role_level: PRO,
        boundary: false,
        nhs_ahp: true,
        us_broad: true,
        settings: &[Hospital, OutpatientClinic, School],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Orthoptist", &[soc(29, 1299), onet(29, 1299, 2), isco(2267)])
                .also(&["Certified orthoptist"])
                .bls(Master, EP_NONE.0, EP_NONE.1)
                .zone(5)
                .with_note("Entry education is that of SOC 29-1299 (healthcare diagnosing or treating practitioners, all other)."),
            Recognition::new(Nhs, "Orthoptist", &[isco(2267)])
                .regulated(Regulator::Hcpc, &["Orthoptist"])
                .bands(&[
                    band(B5, B7, "entry to advanced", PLANIT_ORTHOPTIST, false),
                    band(B8b, B8b, "head of service", ROAD_TO_NHS, true),
                ])
                .with_note("No UK SOC 2020 unit group: placing orthoptists needs the Volume 2 coding index, which was not obtained."),
        ],
        equivalence: same(),
        aliases: &[],
    }),
    // 9: UK only; 2229 [ons20]; 2269 [iscoex]; GOsC [gosc][ahp]. O*NET's osteopath titles are physicians.
    info(Row {
        profession: P::Osteopath,
        name: "Osteopath",
        role_level: PRO,
        boundary: false,
        nhs_ahp: true,
        us_broad: true,
        settings: &[PrivatePractice, OutpatientClinic],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Nhs, "Osteopath", &[uk(2229), isco(2269)])
                .also(&["Osteopathic practitioner"])
                .regulated(
                    Regulator::Gosc,
                    &["Osteopath", "Osteopathic practitioner", "Osteopathic physician", "Osteopathist", "Osteotherapist"],
                ),
        ],
        equivalence: not_equivalent(Some(P::Physician), "In the US an \"osteopath\" is an osteopathic physician (DO), coded with physicians (SOC 29-1229); a UK osteopath is a GOsC-registered, non-medical practitioner."),
        aliases: &[],
    }),
    // 12: 29-2091 [soc18][occ30]; ep; jz 5; 3214 [x10][iscoex]; HCPC; 8a consultant [afc, secondary].
    info(Row {
        profession: P::Prosthetist,
        name: "Prosthetist",
        role_level: PRO,
        boundary: false,
        nhs_ahp: true,
        us_broad: true,
        settings: &[Hospital, OutpatientClinic, Rehabilitation, PrivatePractice],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Prosthetist", &[soc(29, 2091), onet(29, 2091, 0), isco(3214)])
                .bls(Master, Experience::None, Training::InternshipResidency)
                .zone(5)
                .with_note("SOC 29-2091 combines orthotists and prosthetists."),
            Recognition::new(Nhs, "Prosthetist", &[isco(3214)])
                .regulated(Regulator::Hcpc, &["Prosthetist", "Prosthetist and Orthotist"])
                .bands(&[band(B8a, B8a, "consultant", ROAD_TO_NHS, true)])
                .with_note("NHS England counts prosthetists and orthotists as one profession. No UK SOC 2020 unit group in Volume 1."),
        ],
        equivalence: same_with("US SOC 29-2091 combines orthotists and prosthetists."),
        aliases: &["Prosthetist/Orthotist", "Prosthetist Orthotist"],
    }),
    // 13: as row 12.
    info(Row {
        profession: P::Orthotist,
        name: "Orthotist",
        role_level: PRO,
        boundary: false,
        nhs_ahp: true,
        us_broad: true,
        settings: &[Hospital, OutpatientClinic, Rehabilitation, PrivatePractice],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Orthotist", &[soc(29, 2091), onet(29, 2091, 0), isco(3214)])
                .bls(Master, Experience::None, Training::InternshipResidency)
                .zone(5)
                .with_note("SOC 29-2091 combines orthotists and prosthetists."),
            Recognition::new(Nhs, "Orthotist", &[isco(3214)])
                .regulated(Regulator::Hcpc, &["Orthotist", "Prosthetist and Orthotist"])
                .bands(&[band(B8a, B8a, "consultant", ROAD_TO_NHS, true)])
                .with_note("NHS England counts prosthetists and orthotists as one profession. No UK SOC 2020 unit group in Volume 1."),
        ],
        equivalence: same_with("US SOC 29-2091 combines orthotists and prosthetists."),
        aliases: &[],
    }),
    // 1: 29-1129.01 [occ30]; ep (29-1129); jz 5; 2229 [ons20]; 2269 [x10][iscoex]; HCPC.
    info(Row {
        profession: P::ArtTherapist,
        name: "Art therapist",
        role_level: PRO,
        boundary: false,
        nhs_ahp: true,
        us_broad: true,
        settings: &[Hospital, Community, School, Prison, Hospice, PrivatePractice],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Art therapist", &[soc(29, 1129), onet(29, 1129, 1), isco(2269)])
                .bls(Bachelor, EP_NONE.0, EP_NONE.1)
                .zone(5),
            Recognition::new(Nhs, "Art therapist", &[uk(2229), isco(2269)])
                .also(&["Art psychotherapist"])
                .regulated(Regulator::Hcpc, &["Art therapist", "Art psychotherapist"]),
        ],
        equivalence: same(),
        aliases: &["Art Psychotherapist", "Arts Therapist", "ATR", "ATR-BC"],
    }),
    // 2: 29-1125 [soc18][dmt18 "Drama Therapist"]; ep; jz 4; 2269 [x10][iscoex]; HCPC.
    info(Row {
        profession: P::DramaTherapist,
        name: "Drama therapist",
        role_level: PRO,
        boundary: false,
        nhs_ahp: true,
        us_broad: true,
        settings: &[Hospital, Community, School, Prison, Hospice, PrivatePractice],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Drama therapist", &[soc(29, 1125), onet(29, 1125, 0), isco(2269)])
                .bls(Bachelor, EP_NONE.0, EP_NONE.1)
                .zone(4)
                .with_note("BLS places drama therapists with recreational therapists (SOC 29-1125)."),
            Recognition::new(Nhs, "Dramatherapist", &[isco(2269)])
                .regulated(Regulator::Hcpc, &["Dramatherapist"])
                .with_note("No UK SOC 2020 unit group in Volume 1."),
        ],
        equivalence: close("BLS places drama therapists in recreational therapy; UK dramatherapists are HCPC-registered arts therapists (judgement)."),
        aliases: &["Dramatherapist", "Drama Psychotherapist"],
    }),
    // 3: 29-1129.02 [occ30]; ep (29-1129); jz 4; 2269 [x10][iscoex]; HCPC.
    info(Row {
        profession: P::MusicTherapist,
        name: "Music therapist",
        role_level: PRO,
        boundary: false,
        nhs_ahp: true,
        us_broad: true,
        settings: &[Hospital, Community, School, Hospice, CareHome, PrivatePractice],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Music therapist", &[soc(29, 1129), onet(29, 1129, 2), isco(2269)])
                .bls(Bachelor, EP_NONE.0, EP_NONE.1)
                .zone(4),
            Recognition::new(Nhs, "Music therapist", &[isco(2269)])
                .regulated(Regulator::Hcpc, &["Music therapist"])
                .with_note("No UK SOC 2020 unit group in Volume 1."),
        ],
        equivalence: same(),
        aliases: &["MT-BC", "Neurologic Music Therapist"],
    }),
    // 7: UK only; 2259 ("Operating theatre practitioner") [ons20]; HCPC; band 5 [afc].
    info(Row {
        profession: P::OperatingDepartmentPractitioner,
        name: "Operating department practitioner",
        role_level: PRO,
        boundary: false,
        nhs_ahp: true,
        us_broad: true,
        settings: &[OperatingTheatre, Hospital],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Nhs, "Operating department practitioner", &[uk(2259)])
                .also(&["ODP", "Operating theatre practitioner"])
                .regulated(Regulator::Hcpc, &["Operating department practitioner"])
                .bands(&[
                    band(B5, B5, "entry", HC_PAY, false),
                    band(B5, B5, "entry", ROAD_TO_NHS, true),
                ]),
        ],
        equivalence: not_equivalent(Some(P::SurgicalTechnologist), "The closest US occupation is the surgical technologist (SOC 29-2055), whose typical entry is a postsecondary non-degree award; the UK ODP is a degree-level, HCPC-registered AHP (judgement)."),
        aliases: &["Operating Department Practitioner (ODP)", "Theatre Practitioner", "Anaesthetic Practitioner", "Scrub Practitioner"],
    }),
    // 10: 29-2043 [soc18][occ30]; ep (2023); jz 3; 2255 [ons20]; 3258 ("Ambulance paramedic") [iscoex]; HCPC; band 6 [afc, secondary].
    info(Row {
        profession: P::Paramedic,
        name: "Paramedic",
        role_level: PRO,
        boundary: false,
        nhs_ahp: true,
        us_broad: true,
        settings: &[Prehospital, Hospital],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Paramedic", &[soc(29, 2043), onet(29, 2043, 0), isco(3258)])
                .bls(PostsecondaryNondegreeAward, Experience::LessThanFiveYears, Training::None)
                .zone(3),
            Recognition::new(Nhs, "Paramedic", &[uk(2255), isco(3258)])
                .also(&["Ambulance paramedic", "Emergency care practitioner"])
                .regulated(Regulator::Hcpc, &["Paramedic"])
                .bands(&[band(B6, B6, "experienced", ROAD_TO_NHS, true)]),
        ],
        equivalence: close("Same title; US typical entry is a postsecondary non-degree award, UK entry is an approved university course or a student paramedic post (judgement)."),
        aliases: &["EMT-P", "Flight Paramedic"],
    }),
    // 14: 29-2034 [soc18][occ30]; ep; jz 3; 2254 [ons20]; 3211 [x10][iscoex]; HCPC.
    info(Row {
        profession: P::DiagnosticRadiographer,
        name: "Diagnostic radiographer",
        role_level: PRO,
        boundary: false,
        nhs_ahp: true,
        us_broad: true,
        settings: &[Hospital, OutpatientClinic, PhysiciansOffice],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Radiologic technologist", &[soc(29, 2034), onet(29, 2034, 0), isco(3211)])
                .also(&["Radiographer", "Radiologic technician", "X-ray technologist", "CT technologist", "Mammographer"])
                .bls(Associate, EP_NONE.0, EP_NONE.1)
                .zone(3),
            Recognition::new(Nhs, "Diagnostic radiographer", &[uk(2254), isco(3211)])
                .also(&["Radiographer"])
                .regulated(Regulator::Hcpc, &["Radiographer", "Diagnostic radiographer"])
                .education(Bachelor),
        ],
        equivalence: close("Same work; US typical entry is an associate's degree, UK entry a radiography degree approved by the HCPC (judgement)."),
        aliases: &["Radiographer", "X-Ray Tech", "Rad Tech", "RT(R)"],
    }),
    // 15: 29-1124 [soc18][occ30]; ep; jz 3; 2254 [ons20]; 3211 [x10][iscoex]; HCPC; band 5 [afc].
    info(Row {
        profession: P::TherapeuticRadiographer,
        name: "Therapeutic radiographer",
        role_level: PRO,
        boundary: false,
        nhs_ahp: true,
        us_broad: true,
        settings: &[Hospital, OutpatientClinic],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Radiation therapist", &[soc(29, 1124), onet(29, 1124, 0), isco(3211)])
                .also(&["Radiation therapy technologist"])
                .bls(Associate, EP_NONE.0, EP_NONE.1)
                .zone(3),
            Recognition::new(Nhs, "Therapeutic radiographer", &[uk(2254), isco(3211)])
                .regulated(Regulator::Hcpc, &["Therapeutic radiographer", "Radiographer"])
                .education(Bachelor)
                .bands(&[
                    band(B5, B5, "entry", HC_PAY, false),
                    band(B5, B5, "entry", ROAD_TO_NHS, true),
                ]),
        ],
        equivalence: same(),
        aliases: &["Radiotherapy Radiographer", "Radiation Therapist", "RTT"],
    }),
    // 30: 29-1126 [soc18][occ30]; ep; jz 3; 3259 [x10]. No UK equivalent.
    info(Row {
        profession: P::RespiratoryTherapist,
        name: "Respiratory therapist",
        role_level: PRO,
        boundary: false,
        nhs_ahp: false,
        us_broad: true,
        settings: &[Hospital, CareHome, Community],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Respiratory therapist", &[soc(29, 1126), onet(29, 1126, 0), isco(3259)])
                .bls(Associate, EP_NONE.0, EP_NONE.1)
                .zone(3),
        ],
        equivalence: one_jurisdiction("No direct NHS equivalent."),
        aliases: &["RRT", "CRT", "Respiratory Care Practitioner"],
    }),
    // 29-1125 [soc18][occ30]; ep; jz 4; 2269 [x10]. US only.
    info(Row {
        profession: P::RecreationalTherapist,
        name: "Recreational therapist",
        role_level: PRO,
        boundary: false,
        nhs_ahp: false,
        us_broad: true,
        settings: &[Hospital, CareHome, Rehabilitation, Community, Prison],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Recreational therapist", &[soc(29, 1125), onet(29, 1125, 0), isco(2269)])
                .bls(Bachelor, EP_NONE.0, EP_NONE.1)
                .zone(4),
        ],
        equivalence: one_jurisdiction("No NHS equivalent."),
        aliases: &["Therapeutic Recreation Specialist", "CTRS"],
    }),
    // 29-1181 [soc18][occ30]; ep; jz 5; 2259 ("Audiologist") [ons20]; 2266 [x10].
    info(Row {
        profession: P::Audiologist,
        name: "Audiologist",
        role_level: PRO,
        boundary: false,
        nhs_ahp: false,
        us_broad: true,
        settings: &[Hospital, OutpatientClinic, PrivatePractice, School],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Audiologist", &[soc(29, 1181), onet(29, 1181, 0), isco(2266)])
                .bls(DoctoralOrProfessional, EP_NONE.0, EP_NONE.1)
                .zone(5),
            Recognition::new(Nhs, "Audiologist", &[uk(2259), isco(2266)])
                .also(&["Clinical scientist (audiology)", "Healthcare science practitioner (audiology)"]),
        ],
        equivalence: close("US typical entry is a doctoral degree (AuD); in the NHS audiology is a healthcare science role (judgement)."),
        aliases: &["AuD", "Clinical Audiologist"],
    }),
    // 19: 29-2032 [soc18][occ30]; ep; jz 3; 2254 ("Sonographer") [ons20]; 3211 [x10][iscoex].
    info(Row {
        profession: P::Sonographer,
        name: "Sonographer",
        role_level: PRO,
        boundary: false,
        nhs_ahp: false,
        us_broad: true,
        settings: &[Hospital, OutpatientClinic, PhysiciansOffice],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Diagnostic medical sonographer", &[soc(29, 2032), onet(29, 2032, 0), isco(3211)])
                .also(&["Ultrasound technologist"])
                .bls(Associate, EP_NONE.0, EP_NONE.1)
                .zone(3),
            Recognition::new(Nhs, "Sonographer", &[uk(2254), isco(3211)])
                .with_note("\"Sonographer\" is not an HCPC protected title."),
        ],
        equivalence: same(),
        aliases: &["Ultrasound Tech", "RDMS", "Echocardiographer"],
    }),
    // 18: 29-2035 [soc18][occ30]; ep; jz 3; 2254 (description covers MRI) [ons20]; 3211 [x10][iscoex].
    info(Row {
        profession: P::MriTechnologist,
        name: "MRI technologist",
        role_level: PRO,
        boundary: false,
        nhs_ahp: false,
        us_broad: true,
        settings: &[Hospital, OutpatientClinic],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "MRI technologist", &[soc(29, 2035), onet(29, 2035, 0), isco(3211)])
                .also(&["Magnetic resonance imaging technologist"])
                .bls(Associate, Experience::LessThanFiveYears, Training::None)
                .zone(3),
            Recognition::new(Nhs, "MRI radiographer", &[uk(2254), isco(3211)])
                .with_note("In the NHS, MRI is a specialism of diagnostic radiographers."),
        ],
        equivalence: close("The NHS has no separate MRI occupation: MRI radiographers are diagnostic radiographers who specialise."),
        aliases: &["MRI Tech", "MRI Specialist", "MR Technologist"],
    }),
    // 29-2033 [soc18][occ30]; ep; jz 3; 2254 ("Nuclear medicine practitioner") [ons20]; 3211 [x10].
    info(Row {
        profession: P::NuclearMedicineTechnologist,
        name: "Nuclear medicine technologist",
        role_level: PRO,
        boundary: false,
        nhs_ahp: false,
        us_broad: true,
        settings: &[Hospital, OutpatientClinic],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Nuclear medicine technologist", &[soc(29, 2033), onet(29, 2033, 0), isco(3211)])
                .bls(Associate, EP_NONE.0, EP_NONE.1)
                .zone(3),
            Recognition::new(Nhs, "Nuclear medicine technologist", &[uk(2254), isco(3211)])
                .also(&["Nuclear medicine radiographer", "Nuclear medicine practitioner"]),
        ],
        equivalence: same(),
        aliases: &["Nuclear Medicine Tech", "CNMT"],
    }),
    // 17: 29-2031 [soc18][dmt18 "EKG Technician"][occ30]; ep; jz 3; 3213 ("Cardiographer") [ons20]; 3259 [x10].
    info(Row {
        profession: P::CardiovascularTechnologist,
        name: "Cardiovascular technologist",
        role_level: PRO,
        boundary: false,
        nhs_ahp: false,
        us_broad: true,
        settings: &[Hospital, OutpatientClinic, PhysiciansOffice],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Cardiovascular technologist", &[soc(29, 2031), onet(29, 2031, 0), isco(3259)])
                .also(&["Cardiovascular technician", "EKG technician", "ECG technician"])
                .bls(Associate, EP_NONE.0, EP_NONE.1)
                .zone(3),
            Recognition::new(Nhs, "Cardiac physiologist", &[uk(3213)])
                .also(&["Cardiographer", "Cardiac technician", "Cardiac physiology practitioner"])
                .with_note("ONS lists \"Cardiographer\" under 3213 Medical and dental technicians, the closest unit group (judgement). Not an HCPC profession."),
        ],
        equivalence: close("US cardiovascular technologists and EKG technicians map to UK cardiac physiologists and cardiographers (judgement)."),
        aliases: &["EKG Tech", "ECG Tech", "Cardiac Sonographer", "RCIS", "Cardiac Physiologist"],
    }),
    // 31a: 29-2099.01 [occ30]; ep (29-2099); jz 3; 3259 (via 29-2099) [x10].
    info(Row {
        profession: P::NeurodiagnosticTechnologist,
        name: "Neurodiagnostic technologist",
        role_level: PRO,
        boundary: false,
        nhs_ahp: false,
        us_broad: true,
        settings: &[Hospital, OutpatientClinic, OperatingTheatre],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Neurodiagnostic technologist", &[soc(29, 2099), onet(29, 2099, 1), isco(3259)])
                .also(&["EEG technologist", "Electroneurodiagnostic technologist"])
                .bls(PostsecondaryNondegreeAward, EP_NONE.0, EP_NONE.1)
                .zone(3)
                .with_note("Entry education is that of SOC 29-2099 (health technologists and technicians, all other)."),
            Recognition::new(Nhs, "Clinical neurophysiology practitioner", &[]),
        ],
        equivalence: close("US neurodiagnostic (EEG) technologists map to NHS clinical neurophysiology practitioners (judgement)."),
        aliases: &["EEG Tech", "END Technologist", "R. EEG T.", "IONM Technologist", "Clinical Neurophysiologist"],
    }),
    // 31b: 29-2099 [dmt18 "Polysomnograph Tech"]; ep (29-2099); 3259 [x10].
    info(Row {
        profession: P::PolysomnographicTechnologist,
        name: "Polysomnographic technologist",
        role_level: PRO,
        boundary: false,
        nhs_ahp: false,
        us_broad: true,
        settings: &[Hospital, OutpatientClinic],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Polysomnographic technologist", &[soc(29, 2099), isco(3259)])
                .also(&["Sleep technologist", "Polysomnographer"])
                .bls(PostsecondaryNondegreeAward, EP_NONE.0, EP_NONE.1)
                .with_note("No O*NET occupation of its own: O*NET lists its titles under 29-2099.01, 29-2099.00 and 29-2032.00."),
            Recognition::new(Nhs, "Sleep physiologist", &[]),
        ],
        equivalence: close("US polysomnographic technologists map to NHS sleep physiologists (judgement)."),
        aliases: &["RPSGT", "Sleep Tech", "Polysomnography Technologist"],
    }),
    // 31c: 29-2057 [soc18][dmt18]; 29-2057.00, 29-2099.05 [occ30]; ep (29-2057); jz 3; 3256 [x10].
    info(Row {
        profession: P::OphthalmicTechnician,
        name: "Ophthalmic technician",
        role_level: PRO,
        boundary: false,
        nhs_ahp: false,
        us_broad: true,
        settings: &[OutpatientClinic, PhysiciansOffice, Hospital],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Ophthalmic medical technician", &[soc(29, 2057), soc(29, 2099), onet(29, 2057, 0), onet(29, 2099, 5), isco(3256)])
                .also(&["Ophthalmic medical technologist", "Ophthalmic technologist", "Ophthalmic assistant"])
                .bls(PostsecondaryNondegreeAward, EP_NONE.0, EP_NONE.1)
                .zone(3)
                .with_note("BLS codes \"Ophthalmic Technologist\" to 29-2057; O*NET keeps ophthalmic medical technologists at 29-2099.05."),
            Recognition::new(Nhs, "Ophthalmic technician", &[]),
        ],
        equivalence: same(),
        aliases: &["COT", "COMT", "Ophthalmic Tech"],
    }),
    // 31e: 29-2099 [dmt18 "Perfusionist"]; ep (29-2099); 3259 [x10].
    info(Row {
        profession: P::Perfusionist,
        name: "Perfusionist",
        role_level: PRO,
        boundary: false,
        nhs_ahp: false,
        us_broad: true,
        settings: &[OperatingTheatre, Hospital],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Perfusionist", &[soc(29, 2099), isco(3259)])
                .also(&["Cardiovascular perfusionist"])
                .bls(PostsecondaryNondegreeAward, EP_NONE.0, EP_NONE.1)
                .with_note("Entry education is that of SOC 29-2099 (health technologists and technicians, all other)."),
            Recognition::new(Nhs, "Clinical perfusion scientist", &[]),
        ],
        equivalence: same(),
        aliases: &["Clinical Perfusionist", "Certified Clinical Perfusionist (CCP)"],
    }),
    // 31d: 29-2099 [dmt18 "Dialysis Technician"]; "Hemodialysis Technician" -> 29-2012 [dmt18]; ep (29-2099).
    info(Row {
        profession: P::DialysisTechnician,
        name: "Dialysis technician",
        role_level: PRO,
        boundary: false,
        nhs_ahp: false,
        us_broad: true,
        settings: &[Hospital, OutpatientClinic, Community],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Dialysis technician", &[soc(29, 2099), soc(29, 2012), isco(3259)])
                .also(&["Hemodialysis technician"])
                .bls(PostsecondaryNondegreeAward, EP_NONE.0, EP_NONE.1)
                .with_note("The direct match title \"Dialysis Technician\" is 29-2099; \"Hemodialysis Technician\" is 29-2012. Entry education is that of 29-2099."),
            Recognition::new(Nhs, "Dialysis technician", &[]).also(&["Renal technician", "Renal dialysis technician"]),
        ],
        equivalence: same(),
        aliases: &["Haemodialysis Technician", "Patient Care Technician (dialysis)", "CCHT"],
    }),
    // 31: 29-2099 [soc18]; 29-2099.00, 29-2099.08 [occ30]; ep; 3259 [x10]. US residual group.
    info(Row {
        profession: P::HealthTechnologistOther,
        name: "Health technologist or technician (other)",
        role_level: PRO,
        boundary: false,
        nhs_ahp: false,
        us_broad: true,
        settings: &[Hospital, OutpatientClinic],
        patient_contact: SomeContact,
        recognitions: &[
            Recognition::new(Us, "Health technologists and technicians, all other", &[soc(29, 2099), onet(29, 2099, 0), onet(29, 2099, 8), isco(3259)])
                .bls(PostsecondaryNondegreeAward, EP_NONE.0, EP_NONE.1)
                .with_note("The SOC residual group; its specialties with their own id here (neurodiagnostic, polysomnographic, perfusion, dialysis) are separate professions. O*NET 29-2099.00 is not rated for a Job Zone."),
        ],
        equivalence: one_jurisdiction("A US classification group with no NHS counterpart."),
        aliases: &[],
    }),
    // 22: 29-2011 [soc18][occ30]; ep only combined 29-2010; jz 4; 3212 [x10]; UK 2113 (nearest, judgement); HCPC "Biomedical scientist" [hcpc].
    info(Row {
        profession: P::MedicalLaboratoryScientist,
        name: "Medical laboratory scientist",
        role_level: PRO,
        boundary: false,
        nhs_ahp: false,
        us_broad: true,
        settings: &[Laboratory, Hospital],
        patient_contact: Minimal,
        recognitions: &[
            Recognition::new(Us, "Medical laboratory scientist", &[soc(29, 2011), onet(29, 2011, 0), onet(29, 2011, 1), onet(29, 2011, 2), onet(29, 2011, 4), isco(3212)])
                .also(&["Clinical laboratory scientist", "Medical technologist", "Clinical laboratory technologist", "Cytotechnologist", "Histotechnologist"])
                .bls(Bachelor, EP_NONE.0, EP_NONE.1)
                .zone(4)
                .with_note("BLS Employment Projections (2023) publish only the combined row 29-2010 for laboratory technologists and technicians; the education shown is that row's."),
            Recognition::new(Nhs, "Biomedical scientist", &[uk(2113)])
                .also(&["Healthcare scientist (biomedical science)"])
                .regulated(Regulator::Hcpc, &["Biomedical scientist"])
                .education(Bachelor)
                .with_note("UK SOC 2113 Biochemists and biomedical scientists is the nearest unit group (judgement)."),
        ],
        equivalence: close("The nearest UK role to the US medical laboratory scientist is the HCPC-registered biomedical scientist (judgement)."),
        aliases: &["MLS", "CLS", "MT(ASCP)", "Medical Technologist", "Lab Scientist"],
    }),
    // 23: 29-2012 [soc18][occ30]; ep combined 29-2010; jz 3; 3212 [x10]; UK 3111 ("Associate practitioner (laboratory)") [ons20].
    info(Row {
        profession: P::MedicalLaboratoryTechnician,
        name: "Medical laboratory technician",
        role_level: PRO,
        boundary: false,
        nhs_ahp: false,
        us_broad: true,
        settings: &[Laboratory, Hospital, PhysiciansOffice],
        patient_contact: Minimal,
        recognitions: &[
            Recognition::new(Us, "Medical laboratory technician", &[soc(29, 2012), onet(29, 2012, 0), onet(29, 2012, 1), isco(3212)])
                .also(&["Clinical laboratory technician", "Histology technician"])
                .bls(Bachelor, EP_NONE.0, EP_NONE.1)
                .zone(3)
                .with_note("BLS Employment Projections (2023) publish only the combined row 29-2010 for laboratory technologists and technicians; the education shown is that row's."),
            Recognition::new(Nhs, "Medical laboratory assistant", &[uk(3111)])
                .also(&["Associate practitioner (laboratory)", "Laboratory technician", "Medical laboratory technician"])
                .with_note("UK SOC 3111 Laboratory technicians lists \"Associate practitioner (laboratory)\"; the nearest unit group (judgement)."),
        ],
        equivalence: close("US laboratory technicians map to NHS medical laboratory assistants and associate practitioners (judgement)."),
        aliases: &["MLT", "Lab Tech", "Laboratory Technician", "MLA"],
    }),
    // 29: 31-9097 [soc18][occ30]; ep; jz 3; 5329 [x10][iscoex].
    info(Row {
        profession: P::Phlebotomist,
        name: "Phlebotomist",
        role_level: PRO,
        boundary: false,
        nhs_ahp: false,
        us_broad: true,
        settings: &[Hospital, Laboratory, OutpatientClinic, PhysiciansOffice, Community],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Phlebotomist", &[soc(31, 9097), onet(31, 9097, 0), isco(5329)])
                .bls(PostsecondaryNondegreeAward, EP_NONE.0, EP_NONE.1)
                .zone(3),
            Recognition::new(Nhs, "Phlebotomist", &[])
                .with_note("Not found in ONS SOC 2020 Volume 1."),
        ],
        equivalence: same(),
        aliases: &["Phlebotomy Technician", "Certified Phlebotomy Technician", "Venipuncturist"],
    }),
    // 7 (US side): 29-2055 [soc18][occ30]; ep; jz 3; 3259 [x10].
    info(Row {
        profession: P::SurgicalTechnologist,
        name: "Surgical technologist",
        role_level: PRO,
        boundary: false,
        nhs_ahp: false,
        us_broad: true,
        settings: &[OperatingTheatre, Hospital, OutpatientClinic],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Surgical technologist", &[soc(29, 2055), onet(29, 2055, 0), isco(3259)])
                .also(&["Surgical technician", "Operating room technician", "Surgical scrub technologist"])
                .bls(PostsecondaryNondegreeAward, EP_NONE.0, EP_NONE.1)
                .zone(3),
            Recognition::new(Nhs, "Theatre support worker", &[]),
        ],
        equivalence: close("The nearest NHS role is the theatre support worker; the HCPC-registered operating department practitioner is not equivalent (judgement)."),
        aliases: &["Surgical Tech", "Scrub Tech", "CST", "OR Tech"],
    }),
    // 28: 31-9093 [soc18][dmt18 "Sterile Processing Technician"][occ30]; ep; jz 2; 5329 [x10].
    info(Row {
        profession: P::SterileProcessingTechnician,
        name: "Sterile processing technician",
        role_level: PRO,
        boundary: false,
        nhs_ahp: false,
        us_broad: true,
        settings: &[Hospital, OperatingTheatre],
        patient_contact: Minimal,
        recognitions: &[
            Recognition::new(Us, "Sterile processing technician", &[soc(31, 9093), onet(31, 9093, 0), isco(5329)])
                .also(&["Medical equipment preparer", "Central service technician"])
                .bls(HighSchool, Experience::None, Training::ModerateTerm)
                .zone(2),
            Recognition::new(Nhs, "Sterile services technician", &[]).also(&["Decontamination technician"]),
        ],
        equivalence: same(),
        aliases: &["SPD Technician", "CRCST", "Central Sterile Technician", "Sterile Processing Tech"],
    }),
    // 27: 29-2052 [soc18][occ30]; ep; jz 3; 3212 [ons20]; 3213 [x10][iscoex]; GPhC [ons20]; band 4 [afc].
    info(Row {
        profession: P::PharmacyTechnician,
        name: "Pharmacy technician",
        role_level: PRO,
        boundary: false,
        nhs_ahp: false,
        us_broad: true,
        settings: &[Pharmacy, Hospital],
        patient_contact: SomeContact,
        recognitions: &[
            Recognition::new(Us, "Pharmacy technician", &[soc(29, 2052), onet(29, 2052, 0), isco(3213)])
                .bls(HighSchool, Experience::None, Training::ModerateTerm)
                .zone(3),
            Recognition::new(Nhs, "Pharmacy technician", &[uk(3212), isco(3213)])
                .also(&["Pharmaceutical technician", "Dispensing technician"])
                .regulated(Regulator::Gphc, &[])
                .bands(&[band(B4, B4, "qualified", HC_PAY, false)])
                .with_note("Registration with the GPhC needs an approved competency and knowledge qualification and two years' experience (ONS SOC 2020)."),
        ],
        equivalence: close("UK pharmacy technicians are GPhC registrants; the US typical entry is a high school diploma with on-the-job training (judgement)."),
        aliases: &["CPhT", "Pharm Tech", "Certified Pharmacy Technician"],
    }),
    // 21: 31-9092 [soc18][occ30]; ep; jz 3; 3256 [x10][iscoex]. US only.
    info(Row {
        profession: P::MedicalAssistant,
        name: "Medical assistant",
        role_level: PRO,
        boundary: false,
        nhs_ahp: false,
        us_broad: true,
        settings: &[PhysiciansOffice, OutpatientClinic, Hospital],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Medical assistant", &[soc(31, 9092), onet(31, 9092, 0), isco(3256)])
                .bls(PostsecondaryNondegreeAward, EP_NONE.0, EP_NONE.1)
                .zone(3),
        ],
        equivalence: one_jurisdiction("No direct NHS equivalent."),
        aliases: &["CMA", "RMA", "Clinical Medical Assistant"],
    }),
    // 25: 31-9091 [soc18][occ30]; ep; jz 3; 6133 [ons20]; 3251 [x10][iscoex]; GDC-recognised course [ons20]; band 4 [afc].
    info(Row {
        profession: P::DentalAssistant,
        name: "Dental assistant",
        role_level: PRO,
        boundary: false,
        nhs_ahp: false,
        us_broad: true,
        settings: &[DentalOffice, Hospital],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Dental assistant", &[soc(31, 9091), onet(31, 9091, 0), isco(3251)])
                .bls(PostsecondaryNondegreeAward, EP_NONE.0, EP_NONE.1)
                .zone(3),
            Recognition::new(Nhs, "Dental nurse", &[uk(6133), isco(3251)])
                .also(&["Dental surgery assistant", "Dental nurse-receptionist"])
                .regulated(Regulator::Gdc, &[])
                .bands(&[band(B4, B4, "qualified", HC_PAY, false)])
                .with_note("To register, a dental nurse completes a course recognised by the General Dental Council (ONS SOC 2020)."),
        ],
        equivalence: close("The UK dental nurse is the counterpart of the US dental assistant, and registers with the GDC."),
        aliases: &["Dental Nurse", "CDA", "RDA", "Registered Dental Assistant"],
    }),
    // 26: 29-1292 [soc18][occ30]; ep; jz 3; 3213 ("Dental hygienist") [ons20]; 3251 [iscoex].
    info(Row {
        profession: P::DentalHygienist,
        name: "Dental hygienist",
        role_level: PRO,
        boundary: false,
        nhs_ahp: false,
        us_broad: true,
        settings: &[DentalOffice, Community],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Dental hygienist", &[soc(29, 1292), onet(29, 1292, 0), isco(3251)])
                .bls(Associate, EP_NONE.0, EP_NONE.1)
                .zone(3),
            Recognition::new(Nhs, "Dental hygienist", &[uk(3213), isco(3251)])
                .also(&["Dental therapist", "Dental hygienist and therapist"]),
        ],
        equivalence: same(),
        aliases: &["RDH", "Hygienist", "Registered Dental Hygienist"],
    }),
    // 24: 29-2042 [soc18][occ30]; ep; jz 3; 6132 [ons20]; 3258 [iscoex].
    info(Row {
        profession: P::EmergencyMedicalTechnician,
        name: "Emergency medical technician",
        role_level: PRO,
        boundary: false,
        nhs_ahp: false,
        us_broad: true,
        settings: &[Prehospital],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Emergency medical technician", &[soc(29, 2042), onet(29, 2042, 0), isco(3258)])
                .also(&["EMT"])
                .bls(PostsecondaryNondegreeAward, EP_NONE.0, EP_NONE.1)
                .zone(3),
            Recognition::new(Nhs, "Ambulance technician", &[uk(6132), isco(3258)])
                .also(&["Emergency care assistant", "Emergency medical technician", "Ambulance care assistant"])
                .education(NoFormalCredential)
                .with_note("UK SOC 6132 Ambulance staff (excluding paramedics); not an AHP."),
        ],
        equivalence: close("The UK ambulance technician is not an HCPC-registered profession (judgement)."),
        aliases: &["EMT-B", "EMT-Basic", "Emergency Medical Technician - Basic"],
    }),
    // 20: 29-2072 [soc18][dmt18][occ30]; ep; jz 3; 3252 ("Clinical coder") [iscoex].
    info(Row {
        profession: P::MedicalCoder,
        name: "Medical coder",
        role_level: PRO,
        boundary: false,
        nhs_ahp: false,
        us_broad: true,
        settings: &[Hospital, PhysiciansOffice, Insurer, Remote],
        patient_contact: Minimal,
        recognitions: &[
            Recognition::new(Us, "Medical records specialist", &[soc(29, 2072), onet(29, 2072, 0), isco(3252)])
                .also(&["Medical billing and coding specialist", "Medical coder", "Medical biller"])
                .bls(PostsecondaryNondegreeAward, EP_NONE.0, EP_NONE.1)
                .zone(3),
            Recognition::new(Nhs, "Clinical coder", &[isco(3252)])
                .with_note("Not found in ONS SOC 2020 Volume 1."),
        ],
        equivalence: same(),
        aliases: &["Medical Billing and Coding Specialist", "Certified Professional Coder (CPC)", "RHIT", "Coding Specialist"],
    }),
    // UK only support role; no code or regulator stated.
    info(Row {
        profession: P::AhpSupportWorker,
        name: "AHP support worker",
        role_level: SUPPORT,
        boundary: false,
        nhs_ahp: false,
        us_broad: true,
        settings: &[Hospital, Community, OutpatientClinic, CareHome, Rehabilitation],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Nhs, "AHP support worker", &[])
                .also(&["Assistant practitioner", "Therapy assistant", "Rehabilitation assistant", "Dietetic assistant", "Speech and language therapy assistant", "Podiatry assistant", "Imaging assistant", "Radiography assistant practitioner"]),
        ],
        equivalence: one_jurisdiction("An NHS grade; in the US, assistants are coded with their profession (for example physical therapist assistants)."),
        aliases: &["Therapy Support Worker", "Rehab Assistant", "Therapy Assistant Practitioner"],
    }),
    // Boundary: 29-1141, 29-1151, 29-1171 [soc18]; ep (29-1141); jz 4; 2221 [x10]; UK 2232-2237; NMC [ons20 2235, 2236].
    info(Row {
        profession: P::RegisteredNurse,
        name: "Registered nurse",
        role_level: PRO,
        boundary: true,
        nhs_ahp: false,
        us_broad: false,
        settings: &[Hospital, Community, CareHome, School, PhysiciansOffice, Hospice, Prison, OperatingTheatre],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Registered nurse", &[soc(29, 1141), soc(29, 1151), soc(29, 1171), onet(29, 1141, 0), onet(29, 1151, 0), onet(29, 1171, 0), isco(2221)])
                .also(&["Nurse practitioner", "Nurse anesthetist"])
                .bls(Bachelor, EP_NONE.0, EP_NONE.1)
                .zone(4),
            Recognition::new(Nhs, "Registered nurse", &[uk(2232), uk(2233), uk(2234), uk(2235), uk(2236), uk(2237), isco(2221)])
                .also(&["Staff nurse", "District nurse", "Practice nurse", "Mental health nurse", "Children's nurse", "Nurse practitioner"])
                .regulated(Regulator::Nmc, &[]),
        ],
        equivalence: same(),
        aliases: &["RN", "RGN", "RMN", "Staff Nurse", "Charge Nurse", "Theatre Nurse"],
    }),
    // Boundary: 31-1131 [soc18]; ep; jz 3; 5321 [x10 via 2010 31-1014]; UK 6131 [ons20].
    info(Row {
        profession: P::NursingAssistant,
        name: "Nursing assistant",
        role_level: SUPPORT,
        boundary: true,
        nhs_ahp: false,
        us_broad: false,
        settings: &[Hospital, CareHome],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Nursing assistant", &[soc(31, 1131), onet(31, 1131, 0), isco(5321)])
                .also(&["Certified nursing assistant", "Nurse aide"])
                .bls(PostsecondaryNondegreeAward, EP_NONE.0, EP_NONE.1)
                .zone(3),
            Recognition::new(Nhs, "Healthcare assistant", &[uk(6131), isco(5321)])
                .also(&["Nursing assistant", "Health care support worker", "Nursing auxiliary", "Auxiliary nurse", "Nursing associate"])
                .education(NoFormalCredential),
        ],
        equivalence: same(),
        aliases: &["CNA", "HCA", "Nurse Aide", "Healthcare Support Worker"],
    }),
    // Boundary: 29-1161 [soc18]; ep; jz 5; 2222 [x10]; UK 2231 [ons20].
    info(Row {
        profession: P::Midwife,
        name: "Midwife",
        role_level: PRO,
        boundary: true,
        nhs_ahp: false,
        us_broad: false,
        settings: &[Hospital, Community, OutpatientClinic],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Nurse midwife", &[soc(29, 1161), onet(29, 1161, 0), isco(2222)])
                .bls(Master, EP_NONE.0, EP_NONE.1)
                .zone(5),
            Recognition::new(Nhs, "Midwife", &[uk(2231), isco(2222)]),
        ],
        equivalence: close("US nurse-midwives are advanced practice nurses; UK midwives usually qualify through a midwifery degree (judgement)."),
        aliases: &["Certified Nurse Midwife", "CNM", "Nurse-Midwife"],
    }),
    // Boundary: 29-1211..29-1249 [soc18]; ep (29-1229); 2211, 2212 [x10]; UK 2211, 2212 [ons20].
    info(Row {
        profession: P::Physician,
        name: "Physician",
        role_level: PRO,
        boundary: true,
        nhs_ahp: false,
        us_broad: false,
        settings: &[Hospital, OutpatientClinic, PhysiciansOffice],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Physician", &[
                soc(29, 1229), soc(29, 1211), soc(29, 1212), soc(29, 1213), soc(29, 1214), soc(29, 1215), soc(29, 1216),
                soc(29, 1217), soc(29, 1218), soc(29, 1221), soc(29, 1222), soc(29, 1223), soc(29, 1224),
                soc(29, 1241), soc(29, 1242), soc(29, 1243), soc(29, 1249), onet(29, 1229, 0), isco(2211), isco(2212),
            ])
                .also(&["Surgeon", "Osteopathic physician (DO)"])
                .bls(DoctoralOrProfessional, Experience::None, Training::InternshipResidency)
                .with_note("Entry education is that of 29-1229 (physicians, all other); O*NET 29-1229.00 is not rated for a Job Zone."),
            Recognition::new(Nhs, "Doctor", &[uk(2211), uk(2212), isco(2211), isco(2212)])
                .also(&["General practitioner", "Consultant", "Surgeon", "Registrar", "Psychiatrist"])
                .education(Bachelor),
        ],
        equivalence: same(),
        aliases: &["Doctor", "GP", "MD", "DO", "Consultant Physician"],
    }),
    // Boundary: 29-1021..29-1029 [soc18]; ep (29-1021); jz 5; 2261 [x10]; UK 2253, GDC [ons20].
    info(Row {
        profession: P::Dentist,
        name: "Dentist",
        role_level: PRO,
        boundary: true,
        nhs_ahp: false,
        us_broad: false,
        settings: &[DentalOffice, Hospital],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Dentist", &[soc(29, 1021), soc(29, 1022), soc(29, 1023), soc(29, 1024), soc(29, 1029), onet(29, 1021, 0), isco(2261)])
                .bls(DoctoralOrProfessional, EP_NONE.0, EP_NONE.1)
                .zone(5),
            Recognition::new(Nhs, "Dentist", &[uk(2253), isco(2261)])
                .also(&["Dental surgeon", "Orthodontist"])
                .regulated(Regulator::Gdc, &[])
                .education(Bachelor),
        ],
        equivalence: same(),
        aliases: &["Dental Surgeon", "DDS", "DMD", "Orthodontist"],
    }),
    // Boundary: 29-1051 [soc18]; ep; jz 5; 2262 [x10]; UK 2251, GPhC [ons20].
    info(Row {
        profession: P::Pharmacist,
        name: "Pharmacist",
        role_level: PRO,
        boundary: true,
        nhs_ahp: false,
        us_broad: false,
        settings: &[Pharmacy, Hospital, PhysiciansOffice],
        patient_contact: SomeContact,
        recognitions: &[
            Recognition::new(Us, "Pharmacist", &[soc(29, 1051), onet(29, 1051, 0), isco(2262)])
                .bls(DoctoralOrProfessional, EP_NONE.0, EP_NONE.1)
                .zone(5),
            Recognition::new(Nhs, "Pharmacist", &[uk(2251), isco(2262)])
                .regulated(Regulator::Gphc, &[])
                .education(Bachelor),
        ],
        equivalence: close("US typical entry is a doctoral degree (PharmD); UK entry is a pharmacy degree and a pre-registration year (ONS SOC 2020)."),
        aliases: &["PharmD", "RPh", "Clinical Pharmacist"],
    }),
    // Boundary: 31-1121, 31-1122 [soc18]; ep combined 31-1120; jz 2; 5322 [x10]; UK 6135, 6136 [ons20].
    info(Row {
        profession: P::CareWorker,
        name: "Care worker",
        role_level: SUPPORT,
        boundary: true,
        nhs_ahp: false,
        us_broad: false,
        settings: &[CareHome, Community, Hospice],
        patient_contact: Direct,
        recognitions: &[
            Recognition::new(Us, "Home health aide", &[soc(31, 1121), soc(31, 1122), onet(31, 1121, 0), onet(31, 1122, 0), isco(5322)])
                .also(&["Personal care aide"])
                .bls(HighSchool, Experience::None, Training::ShortTerm)
                .zone(2)
                .with_note("BLS Employment Projections (2023) publish the combined row 31-1120 for home health and personal care aides; the education shown is that row's."),
            Recognition::new(Nhs, "Care worker", &[uk(6135), uk(6136), isco(5322)])
                .also(&["Care assistant", "Carer", "Home carer", "Senior care assistant", "Support worker (nursing home)"])
                .education(NoFormalCredential),
        ],
        equivalence: same(),
        aliases: &["Carer", "Care Assistant", "Support Worker", "Home Care Assistant", "Personal Care Assistant", "HHA"],
    }),
];
