//! The classifier's own vocabulary, as static tables: the words of job ads
//! that the registry's titles do not cover (short forms, disciplines,
//! credentials, grades), the roles outside the registry, the phrases that
//! introduce the advertised role or an incidental mention, and the evidence
//! of a jurisdiction.
//!
//! How a term is matched follows from how it is written: a single token with
//! two or more capitals ("ODP", "CPhT", "RT(R)") must match with that exact
//! case; anything else ignores ASCII case. Every term matches whole words,
//! with an optional plural or possessive ending, and UK and US spellings
//! ("paediatric" / "pediatric") are generated from either one.

use crate::model::jurisdiction::Jurisdiction::{self, Nhs, Us};
use crate::model::profession::Profession as P;

/// The classifier's terms for one profession, by what they say about the
/// advertised role.
pub(crate) struct ProfessionTerms {
    pub(crate) profession: P,
    /// Job titles and their short forms: a title naming one of these is an
    /// ad for the profession.
    pub(crate) titles: &'static [&'static str],
    /// Credentials and registrations that only this profession holds.
    pub(crate) credentials: &'static [&'static str],
    /// Disciplines and departments: they decide a title that names no role
    /// ("Head of Occupational Therapy") and weigh little in the body.
    pub(crate) fields: &'static [&'static str],
    /// Titles too generic to decide when a more specific one is present
    /// ("Consultant", "Support Worker").
    pub(crate) generic: &'static [&'static str],
}

const fn terms(
    profession: P,
    titles: &'static [&'static str],
    credentials: &'static [&'static str],
    fields: &'static [&'static str],
    generic: &'static [&'static str],
) -> ProfessionTerms {
    ProfessionTerms {
        profession,
        titles,
        credentials,
        fields,
        generic,
    }
}

/// Terms beyond the registry's titles. Where a term here repeats a registry
/// title, this table decides how strong it is.
pub(crate) static PROFESSION_TERMS: &[ProfessionTerms] = &[
    terms(
        P::Physiotherapist,
        &["physio", "physiotherapist", "physical therapist", "physiotherapy practitioner", "MSK practitioner", "doctor of physical therapy"],
        &["MCSP", "HCPC registered physiotherapist", "NPTE"],
        &["physiotherapy", "physical therapy", "chartered society of physiotherapy"],
        &["PT"],
    ),
    terms(
        P::PhysicalTherapistAssistant,
        &["physio assistant", "physiotherapy assistant", "physical therapy assistant", "physical therapist assistant", "physical therapist aide", "physical therapy aide", "physical therapist tech", "physical therapy tech", "physical therapy technician", "PT aide", "PT assistant", "PT tech", "PTA"],
        &[],
        &[],
        &[],
    ),
    terms(
        P::OccupationalTherapist,
        &["occupational therapist", "OT", "OTR", "OTR/L"],
        &["NBCOT", "royal college of occupational therapists"],
        &["occupational therapy"],
        &[],
    ),
    terms(
        P::OccupationalTherapyAssistant,
        &["occupational therapy assistant", "occupational therapist assistant", "OT assistant", "OT aide", "OTA", "COTA", "COTA/L"],
        &[],
        &[],
        &[],
    ),
    terms(
        P::SpeechAndLanguageTherapist,
        &["speech and language therapist", "speech therapist", "speech pathologist", "speech-language pathologist", "speech language pathologist", "SLT", "SALT", "SLP"],
        &["CCC-SLP", "RCSLT", "ASHA"],
        &["speech and language therapy", "speech therapy", "speech pathology", "speech-language pathology", "speech and language"],
        &[],
    ),
    terms(
        P::Dietitian,
        &["dietitian", "dietician", "nutritionist", "registered dietitian"],
        &["RD", "RDN", "british dietetic association", "HCPC registered dietitian"],
        &["dietetics", "dietetic", "nutrition and dietetics", "clinical nutrition"],
        &[],
    ),
    terms(
        P::Podiatrist,
        &["podiatrist", "chiropodist", "podiatric surgeon"],
        &["DPM", "royal college of podiatry", "doctor of podiatric medicine"],
        &["podiatry", "chiropody", "biomechanics"],
        &[],
    ),
    terms(P::Orthoptist, &["orthoptist"], &[], &["orthoptics"], &[]),
    terms(P::Osteopath, &["osteopath"], &["GOsC"], &["osteopathy"], &[]),
    terms(P::Prosthetist, &["prosthetist"], &[], &["prosthetics"], &[]),
    terms(P::Orthotist, &["orthotist"], &[], &["orthotics"], &[]),
    terms(P::ArtTherapist, &["art therapist", "art psychotherapist", "arts therapist"], &[], &["art therapy"], &[]),
    terms(P::DramaTherapist, &["drama therapist", "dramatherapist"], &[], &["drama therapy", "dramatherapy"], &[]),
    terms(P::MusicTherapist, &["music therapist"], &[], &["music therapy"], &[]),
    terms(
        P::OperatingDepartmentPractitioner,
        &["operating department practitioner", "ODP", "theatre practitioner", "anaesthetic practitioner", "scrub practitioner", "recovery practitioner", "perioperative practitioner", "surgical first assistant"],
        &[],
        &["operating department practice", "theatres", "operating theatre", "operating theatres"],
        &[],
    ),
    terms(
        P::Paramedic,
        &["paramedic", "paramedic practitioner", "specialist paramedic", "flight paramedic", "EMT-P", "NRP"],
        &["NREMT-P"],
        &["paramedic science", "paramedicine"],
        &[],
    ),
    terms(
        P::DiagnosticRadiographer,
        &["radiographer", "diagnostic radiographer", "radiologic technologist", "radiological technologist", "radiology technologist", "radiologic technician", "radiology technician", "x-ray technologist", "x-ray technician", "x-ray tech", "rad tech", "CT technologist", "CT radiographer", "mammographer", "mammography technologist", "RT(R)"],
        &["ARRT"],
        &["radiography", "diagnostic radiography", "diagnostic imaging", "radiology", "mammography", "CT", "computed tomography", "x-ray", "medical imaging"],
        &[],
    ),
    terms(
        P::TherapeuticRadiographer,
        &["therapeutic radiographer", "radiotherapy radiographer", "treatment radiographer", "therapy radiographer", "radiation therapist", "therapeutic radiologic technologist", "radiation therapy technologist", "RTT", "dosimetrist"],
        &[],
        &["radiotherapy", "radiation therapy", "radiation oncology"],
        &[],
    ),
    terms(
        P::RespiratoryTherapist,
        &["respiratory therapist", "registered respiratory therapist", "respiratory care practitioner", "RRT"],
        &["NBRC"],
        &["respiratory therapy", "respiratory care"],
        &[],
    ),
    terms(
        P::RecreationalTherapist,
        &["recreational therapist", "recreation therapist", "therapeutic recreation specialist", "CTRS"],
        &[],
        &["recreation therapy", "therapeutic recreation", "recreational therapy"],
        &[],
    ),
    terms(
        P::Audiologist,
        &["audiologist", "audiological scientist", "hearing therapist"],
        &["AuD", "CCC-A", "doctor of audiology"],
        &["audiology", "audiological"],
        &[],
    ),
    terms(
        P::Sonographer,
        &["sonographer", "ultrasonographer", "ultrasound technologist", "ultrasound technician", "ultrasound tech", "ultrasound practitioner", "diagnostic medical sonographer"],
        &["RDMS", "ARDMS", "CASE accredited"],
        &["sonography", "ultrasound", "obstetric ultrasound"],
        &[],
    ),
    terms(
        P::MriTechnologist,
        &["MRI radiographer", "MR radiographer", "MRI technologist", "MR technologist", "MRI tech", "MRI technician"],
        &[],
        &["MRI", "magnetic resonance imaging", "magnetic resonance"],
        &[],
    ),
    terms(
        P::NuclearMedicineTechnologist,
        &["nuclear medicine technologist", "nuclear medicine technician", "nuclear medicine radiographer", "nuclear medicine practitioner", "PET-CT radiographer", "PET/CT technologist"],
        &["CNMT"],
        &["nuclear medicine", "PET-CT", "PET/CT"],
        &[],
    ),
    terms(
        P::CardiovascularTechnologist,
        &["cardiac physiologist", "cardiographer", "cardiovascular technologist", "cardiovascular technician", "cardiac technician", "cardiac technologist", "cardiology technician", "ECG technician", "EKG technician", "ECG tech", "EKG tech", "cath lab technologist", "cardiac sonographer"],
        &["RCIS", "RDCS", "SCST"],
        &["cardiac physiology", "echocardiography", "echocardiogram", "cardiac catheterisation", "cath lab", "cardiology", "cardiac investigations", "electrocardiography", "pacing"],
        &[],
    ),
    terms(
        P::NeurodiagnosticTechnologist,
        &["EEG technologist", "EEG technician", "EEG tech", "neurodiagnostic technologist", "neurophysiology practitioner", "clinical neurophysiology practitioner", "neurophysiology technologist"],
        &["R. EEG T.", "CNIM", "ABRET"],
        &["clinical neurophysiology", "neurophysiology", "EEG", "electroencephalograph", "electroencephalography", "electroneurodiagnostic", "neurodiagnostic"],
        &[],
    ),
    terms(
        P::PolysomnographicTechnologist,
        &["sleep technologist", "sleep technician", "sleep physiologist", "polysomnographic technologist", "polysomnographer", "polysomnography technologist"],
        &["RPSGT"],
        &["polysomnography", "sleep physiology", "sleep studies", "sleep study", "sleep laboratory", "sleep lab", "sleep medicine", "sleep"],
        &[],
    ),
    terms(
        P::OphthalmicTechnician,
        &["ophthalmic technician", "ophthalmic technologist", "ophthalmic assistant", "ophthalmic tech", "ophthalmic imaging assistant", "ophthalmic imager", "COMT", "COA"],
        &[],
        &["ophthalmic imaging"],
        &[],
    ),
    terms(
        P::Perfusionist,
        &["perfusionist", "clinical perfusion scientist", "clinical perfusionist"],
        &["CCP"],
        &["perfusion"],
        &[],
    ),
    terms(
        P::DialysisTechnician,
        &["dialysis technician", "haemodialysis technician", "renal technician", "dialysis assistant", "dialysis tech"],
        &["CCHT"],
        &["dialysis", "haemodialysis", "renal dialysis"],
        &[],
    ),
    terms(
        P::HealthTechnologistOther,
        &["respiratory physiologist", "hearing screener", "newborn hearing screener", "plaster technician", "orthopaedic technician", "anaesthetic technician", "audiology technician"],
        &[],
        &["respiratory physiology", "hearing screening", "newborn hearing screening"],
        &["health technician", "health tech", "medical instrument technician"],
    ),
    terms(
        P::MedicalLaboratoryScientist,
        &["biomedical scientist", "medical laboratory scientist", "medical lab scientist", "clinical laboratory scientist", "medical technologist", "medical tech", "clinical laboratory technologist", "laboratory technologist", "lab technologist", "histotechnologist", "cytotechnologist", "MLS", "CLS", "BMS"],
        &["MT(ASCP)", "MLS(ASCP)", "IBMS", "institute of biomedical science"],
        &["biomedical science", "laboratory", "lab", "blood sciences", "cellular pathology", "blood transfusion", "clinical laboratory", "medical laboratory", "pathology laboratory"],
        // An O*NET title that yields to a named discipline ("Nuclear
        // Medicine Research Technologist").
        &["research technologist"],
    ),
    terms(
        P::MedicalLaboratoryTechnician,
        &["medical laboratory technician", "medical lab technician", "clinical laboratory technician", "laboratory technician", "lab technician", "lab tech", "laboratory assistant", "lab assistant", "medical laboratory assistant", "clinical lab assistant", "laboratory support worker", "pathology support worker", "histology technician", "cytology technician", "biomedical support worker", "MLA", "MLT"],
        &["MLT(ASCP)"],
        &[],
        &["healthcare science assistant", "healthcare science support worker", "associate practitioner (healthcare science)", "biomedical science associate"],
    ),
    terms(
        P::Phlebotomist,
        &["phlebotomist", "phlebotomy technician", "venipuncturist"],
        &[],
        &["phlebotomy", "venepuncture", "venipuncture"],
        &[],
    ),
    terms(
        P::SurgicalTechnologist,
        &["surgical technologist", "surgical technician", "surgical tech", "scrub tech", "scrub technician", "OR tech", "operating room technician", "theatre support worker", "theatre assistant", "theatre support assistant", "CST"],
        &[],
        &[],
        &[],
    ),
    terms(
        P::SterileProcessingTechnician,
        &["sterile processing technician", "sterile processing tech", "sterile services technician", "sterile services assistant", "sterile supplies technician", "decontamination technician", "decontamination assistant", "central sterile technician", "SPD technician", "CRCST"],
        &[],
        &["sterile processing", "sterile services", "sterile supplies", "sterilisation", "decontamination", "central sterile", "HSDU"],
        &["medical supply technician"],
    ),
    terms(
        P::PharmacyTechnician,
        &["pharmacy technician", "pharmacy tech", "pharmacy assistant", "pharmacy support worker", "dispensing assistant", "dispensing technician", "pharmaceutical technician", "dispenser", "CPhT"],
        &["PTCB", "certified pharmacy technician"],
        &[],
        &[],
    ),
    terms(
        P::MedicalAssistant,
        &["medical assistant", "clinical medical assistant", "certified medical assistant", "CMA", "RMA"],
        &[],
        &[],
        &[],
    ),
    terms(
        P::DentalAssistant,
        &["dental nurse", "dental assistant", "dental surgery assistant", "expanded function dental assistant", "CDA", "RDA", "EFDA"],
        &[],
        &[],
        &[],
    ),
    terms(
        P::DentalHygienist,
        &["dental hygienist", "hygienist", "dental therapist", "hygiene therapist", "RDH"],
        &[],
        &["dental hygiene"],
        &[],
    ),
    terms(
        P::EmergencyMedicalTechnician,
        &["emergency medical technician", "EMT", "EMT-B", "AEMT", "ambulance technician", "emergency care assistant", "ambulance care assistant", "ambulance care attendant"],
        &["NREMT"],
        &[],
        &[],
    ),
    terms(
        P::MedicalCoder,
        &["clinical coder", "medical coder", "medical records technician", "medical record technician", "medical records tech", "coding specialist", "health information technician", "cancer registrar", "RHIT"],
        &["CPC", "CCS", "AHIMA"],
        &["clinical coding", "medical coding", "clinical documentation improvement"],
        &[],
    ),
    terms(
        P::AhpSupportWorker,
        &["AHP support worker", "therapy assistant", "therapies assistant", "therapy support worker", "therapy technical instructor", "technical instructor", "rehabilitation assistant", "rehab assistant", "rehabilitation support worker", "rehab support worker", "assistant practitioner", "therapy assistant practitioner", "dietetic assistant", "podiatry assistant", "imaging assistant", "radiography assistant", "radiology assistant"],
        &[],
        &[],
        &[],
    ),
    terms(
        P::RegisteredNurse,
        &["nurse", "registered nurse", "staff nurse", "charge nurse", "ward sister", "ward manager", "matron", "nurse practitioner", "advanced nurse practitioner", "nurse specialist", "clinical nurse specialist", "nurse consultant", "scrub nurse", "theatre nurse", "anaesthetic nurse", "recovery nurse", "district nurse", "community nurse", "practice nurse", "school nurse", "health visitor", "licensed practical nurse", "licensed vocational nurse", "RN", "RGN", "RMN", "RNLD", "RSCN", "APRN", "ANP", "LPN", "LVN", "FNP"],
        &["NMC pin", "NCLEX"],
        &["nursing"],
        &["sister"],
    ),
    terms(
        P::NursingAssistant,
        &["nursing assistant", "nurse aide", "nurse assistant", "certified nursing assistant", "healthcare assistant", "health care assistant", "healthcare support worker", "health care support worker", "clinical support worker", "nursing auxiliary", "auxiliary nurse", "nursing associate", "patient care assistant", "patient care associate", "patient care technician", "health care technician", "healthcare technician", "critical care assistant", "maternity support worker", "HCA", "CNA", "STNA"],
        &[],
        &[],
        &[],
    ),
    terms(P::Midwife, &["midwife", "nurse-midwife", "nurse midwife", "registered midwife", "CNM"], &[], &["midwifery"], &[]),
    terms(
        P::Physician,
        &["physician", "doctor", "GP", "general practitioner", "specialty doctor", "speciality doctor", "junior doctor", "clinical fellow", "registrar", "surgeon", "psychiatrist", "anaesthetist", "anesthesiologist", "radiologist", "urologist", "cardiologist", "neurologist", "oncologist", "dermatologist", "gastroenterologist", "hepatologist", "haematologist", "histopathologist", "pathologist", "paediatrician", "obstetrician", "gynaecologist", "geriatrician", "neurosurgeon", "hospitalist", "intensivist", "internist", "endocrinologist", "nephrologist", "rheumatologist", "ophthalmologist", "medical officer", "SHO", "SpR", "StR", "FY1", "FY2", "ST1", "ST2", "ST3", "ST4", "ST5", "ST6", "ST7", "ST8", "CT1", "CT2", "CT3"],
        &["MD", "MBBS", "MRCP", "MRCPsych", "FRCA", "FRCR", "GMC registration", "board certified", "board eligible"],
        &[],
        &["consultant", "locum consultant"],
    ),
    terms(P::Dentist, &["dentist", "dental surgeon", "orthodontist", "associate dentist", "dental officer"], &["DDS", "DMD", "BDS", "doctor of dental surgery", "doctor of dental medicine"], &[], &[]),
    terms(P::Pharmacist, &["pharmacist", "clinical pharmacist", "PharmD", "RPh"], &["doctor of pharmacy"], &["pharmacy"], &[]),
    terms(
        P::CareWorker,
        &["care worker", "carer", "care assistant", "senior care assistant", "home care assistant", "home care worker", "domiciliary care worker", "home health aide", "personal care aide", "personal care assistant", "caregiver", "care giver", "residential support worker", "care and support worker", "live-in carer", "live in carer", "HHA"],
        &[],
        &["domiciliary care", "home care", "sleep-in", "sleep in", "waking night", "waking nights", "social care", "supported living", "care home"],
        &["support worker"],
    ),
];

/// What an assistant or technician of a discipline is, where it is another
/// role than the professional's: "Physiotherapy Assistant" is a physical
/// therapist assistant, "Pharmacy Technician" is not a pharmacist. `None`
/// keeps the profession ("Ultrasound Technician" is a sonographer).
pub(crate) struct SupportRole {
    pub(crate) profession: P,
    /// Followed by assistant, aide, helper, support worker or associate.
    pub(crate) assistant: Counterpart,
    /// Followed by technician, tech, technical instructor or TI.
    pub(crate) technician: Counterpart,
}

/// The role that a modifier word turns a profession into.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Counterpart {
    /// The profession stays as it is.
    Same,
    /// Another profession.
    Role(P),
    /// A role outside the registry ("Physician Assistant").
    Outside,
}

use Counterpart::{Outside, Role, Same};

pub(crate) static SUPPORT_ROLES: &[SupportRole] = &[
    SupportRole { profession: P::Physiotherapist, assistant: Role(P::PhysicalTherapistAssistant), technician: Role(P::PhysicalTherapistAssistant) },
    SupportRole { profession: P::OccupationalTherapist, assistant: Role(P::OccupationalTherapyAssistant), technician: Role(P::OccupationalTherapyAssistant) },
    SupportRole { profession: P::SpeechAndLanguageTherapist, assistant: Role(P::AhpSupportWorker), technician: Role(P::AhpSupportWorker) },
    SupportRole { profession: P::Dietitian, assistant: Role(P::AhpSupportWorker), technician: Role(P::AhpSupportWorker) },
    SupportRole { profession: P::Podiatrist, assistant: Role(P::AhpSupportWorker), technician: Role(P::AhpSupportWorker) },
    SupportRole { profession: P::DiagnosticRadiographer, assistant: Role(P::AhpSupportWorker), technician: Same },
    SupportRole { profession: P::TherapeuticRadiographer, assistant: Role(P::AhpSupportWorker), technician: Same },
    SupportRole { profession: P::Sonographer, assistant: Role(P::AhpSupportWorker), technician: Same },
    SupportRole { profession: P::Audiologist, assistant: Role(P::HealthTechnologistOther), technician: Role(P::HealthTechnologistOther) },
    SupportRole { profession: P::MedicalLaboratoryScientist, assistant: Role(P::MedicalLaboratoryTechnician), technician: Role(P::MedicalLaboratoryTechnician) },
    SupportRole { profession: P::OperatingDepartmentPractitioner, assistant: Role(P::SurgicalTechnologist), technician: Role(P::SurgicalTechnologist) },
    SupportRole { profession: P::Pharmacist, assistant: Role(P::PharmacyTechnician), technician: Role(P::PharmacyTechnician) },
    SupportRole { profession: P::RegisteredNurse, assistant: Role(P::NursingAssistant), technician: Same },
    SupportRole { profession: P::Midwife, assistant: Role(P::NursingAssistant), technician: Same },
    SupportRole { profession: P::Physician, assistant: Outside, technician: Same },
    SupportRole { profession: P::Dentist, assistant: Role(P::DentalAssistant), technician: Same },
];

/// Words that, right after a profession or discipline, name its assistant.
pub(crate) static ASSISTANT_WORDS: &[&str] = &["assistant", "assistants", "aide", "helper", "support worker", "associate"];

/// Words that, right after a profession or discipline, name its technician.
pub(crate) static TECHNICIAN_WORDS: &[&str] = &["technician", "tech", "technical instructor", "TI", "technical officer"];

/// Job series named before a specialty, as US federal titles do: "Health
/// Technician (Audiology)" is an audiology technician, so a discipline
/// after one of these becomes its technician role.
pub(crate) static TECHNICIAN_SERIES: &[&str] = &["health technician", "health tech", "medical technician", "medical instrument technician", "medical supply technician"];

/// Registry titles too ambiguous to match in free text ("DO" is mostly the
/// verb; "CRT" is also cardiac resynchronisation therapy).
pub(crate) static IGNORED_REGISTRY_TITLES: &[&str] = &["DO", "CRT", "Clinical Neurophysiologist", "MRI Specialist"];

/// Job titles of roles outside the registry: an ad whose title names one of
/// these is for none of the professions, whatever its body mentions.
pub(crate) static OUTSIDE_TITLES: &[&str] = &[
    "physician assistant", "physician associate", "physician's assistant", "PA-C", "PA", "PA to", "assistant to", "secretary to",
    "social worker", "psychologist", "clinical psychologist", "assistant psychologist", "psychotherapist", "family therapist", "counsellor", "counselor", "psychological wellbeing practitioner",
    "receptionist", "administrator", "admin assistant", "administrative assistant", "administration assistant", "secretary", "medical secretary", "personal assistant", "executive assistant", "accountant", "clerk", "cashier", "data analyst", "analyst",
    "clinical scientist", "physicist", "medical physicist", "clinical engineer", "engineer",
    "industrial hygienist", "exercise physiologist", "behavior technician", "behaviour technician", "behavioral assistant", "behavioural assistant", "ABA therapist", "RBT", "behavior analyst", "behaviour analyst",
    "porter", "housekeeper", "domestic assistant", "cleaner", "chef", "cook", "catering assistant", "greeter", "driver", "security officer",
    "veterinary", "veterinary nurse", "vet tech", "veterinary technician", "animal care", "child care", "childcare", "nursery nurse", "teacher", "teaching assistant", "lecturer",
    "research assistant", "research fellow", "research officer", "scientist", "biologist", "microbiologist",
    "healthcare consultant", "recruitment consultant", "behaviour consultant", "behavior consultant", "business consultant", "IT consultant", "sales consultant", "education consultant",
    "sales representative", "representative",
    "home manager", "registered manager", "care home manager", "residential manager", "deputy manager", "unit manager", "hospital manager", "service manager", "practice manager", "office manager", "care manager",
];

/// Generic words for a role outside the registry: they decide only when no
/// profession is named ("Information Officer", "Care Coordinator").
pub(crate) static OUTSIDE_GENERIC: &[&str] = &["officer", "coordinator", "co-ordinator", "director", "specialist"];

/// Phrases that shadow a shorter term they contain but say nothing about the
/// role ("nursing home" is a setting; "HCA Healthcare" is an employer; a
/// clinical physiologist may be cardiac, respiratory, neuro or sleep, which
/// the rest of the ad tells).
pub(crate) static NEUTRAL_PHRASES: &[&str] = &["clinical physiologist", "nursing home", "nursing homes", "HCA Healthcare", "doctor's surgery", "GP surgery", "GP practice", "GP practices", "physician's office", "pharmacy benefit"];

/// Phrases that introduce the advertised role: a profession named within a
/// few words after one of these is the job on offer.
pub(crate) static LEAD_CUES: &[&str] = &[
    "looking for a", "looking for an", "looking to recruit", "seeking a", "seeking an", "seek a", "seeks a",
    "recruit a", "recruit an", "recruiting a", "recruiting an", "appoint a", "appoint an", "hiring a", "hiring an",
    "as a", "as an", "as our", "post of", "role of", "position of", "vacancy for", "vacancies for",
    "opportunity for a", "opportunity for an", "opportunities for", "join us as", "work as", "working as",
    "require a", "requires a", "require an", "requires an", "need a", "needs a", "invite applications from",
    "job title", "position title", "job role",
];

/// Words right after a profession that mark it as the job on offer
/// ("Physiotherapist required").
pub(crate) static TRAIL_CUES: &[&str] = &["required", "is required", "are required", "needed", "wanted", "vacancy", "vacancies", "position", "post", "role", "job", "jobs"];

/// Phrases after which, to the end of the sentence, professions are named
/// only in passing: colleagues, the team, who the role reports to.
pub(crate) static ASIDE_CUES: &[&str] = &[
    "team of", "teams of", "alongside", "working with", "work with", "works with", "work closely with", "working closely with",
    "liaise with", "liaising with", "liaison with", "in liaison with", "multidisciplinary", "multi-disciplinary", "multi disciplinary", "MDT",
    "including", "includes", "such as", "supported by", "support from", "colleagues", "referrals from", "referral from", "referred by",
    "other professionals", "together with", "as well as", "in conjunction with", "under the supervision of", "supervision of",
    "under the direction of", "direction of", "reporting to", "reports to", "report to", "delegated by", "on behalf of",
    "assist the", "assisting the", "assists the", "support the", "supporting the", "supports the", "PA to", "assistant to",
    "secretary to", "team including", "members of", "member of",
];

/// How strongly a term points to a jurisdiction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Weight {
    /// Decisive on its own: a regulator, a pay system, a currency.
    Strong,
    /// Suggestive: a spelling, a place, a usage.
    Weak,
}

/// Evidence of where an ad is: regulators, pay systems, currencies, place
/// names and usages.
pub(crate) static JURISDICTION_TERMS: &[(&str, Jurisdiction, Weight)] = &[
    ("NHS", Nhs, Weight::Strong),
    ("agenda for change", Nhs, Weight::Strong),
    ("AfC", Nhs, Weight::Strong),
    ("HCPC", Nhs, Weight::Strong),
    ("NMC", Nhs, Weight::Strong),
    ("GPhC", Nhs, Weight::Strong),
    ("GDC", Nhs, Weight::Strong),
    ("GOsC", Nhs, Weight::Strong),
    ("GMC", Nhs, Weight::Strong),
    ("CQC", Nhs, Weight::Strong),
    ("£", Nhs, Weight::Strong),
    ("foundation trust", Nhs, Weight::Strong),
    ("NHS trust", Nhs, Weight::Strong),
    ("health board", Nhs, Weight::Strong),
    ("united kingdom", Nhs, Weight::Strong),
    ("UK", Nhs, Weight::Strong),
    ("England", Nhs, Weight::Strong),
    ("Scotland", Nhs, Weight::Strong),
    ("Wales", Nhs, Weight::Strong),
    ("northern ireland", Nhs, Weight::Strong),
    ("DBS", Nhs, Weight::Strong),
    ("RGN", Nhs, Weight::Strong),
    ("RMN", Nhs, Weight::Strong),
    ("RNLD", Nhs, Weight::Strong),
    ("GP", Nhs, Weight::Weak),
    ("A&E", Nhs, Weight::Strong),
    ("HMP", Nhs, Weight::Strong),
    ("per annum", Nhs, Weight::Weak),
    ("pro rata", Nhs, Weight::Weak),
    ("p/h", Nhs, Weight::Weak),
    ("annual leave", Nhs, Weight::Weak),
    ("bank holidays", Nhs, Weight::Weak),
    ("CV", Nhs, Weight::Weak),
    ("NVQ", Nhs, Weight::Strong),
    ("BSc (Hons)", Nhs, Weight::Strong),
    ("royal college", Nhs, Weight::Weak),
    ("skilled worker", Nhs, Weight::Weak),
    ("whole time equivalent", Nhs, Weight::Strong),
    ("post holder", Nhs, Weight::Weak),
    ("postholder", Nhs, Weight::Weak),
    ("post-holder", Nhs, Weight::Weak),
    ("sleeping night", Nhs, Weight::Weak),
    ("sleeping nights", Nhs, Weight::Weak),
    ("learning disabilities", Nhs, Weight::Weak),
    ("bank staff", Nhs, Weight::Weak),
    ("staff bank", Nhs, Weight::Weak),
    ("trust bank", Nhs, Weight::Weak),
    ("bank shifts", Nhs, Weight::Weak),
    ("WTE", Nhs, Weight::Strong),
    ("$", Us, Weight::Strong),
    ("USAJOBS", Us, Weight::Strong),
    ("federal", Us, Weight::Strong),
    ("veterans affairs", Us, Weight::Strong),
    ("veterans", Us, Weight::Weak),
    ("VA", Us, Weight::Strong),
    ("VHA", Us, Weight::Strong),
    ("VAMC", Us, Weight::Strong),
    ("direct hire authority", Us, Weight::Strong),
    ("hiring authority", Us, Weight::Strong),
    ("job announcement", Us, Weight::Strong),
    ("this announcement", Us, Weight::Strong),
    ("competitive service", Us, Weight::Strong),
    ("selectee", Us, Weight::Strong),
    ("incumbent", Us, Weight::Weak),
    ("naval hospital", Us, Weight::Strong),
    ("IHS", Us, Weight::Strong),
    ("new england", Us, Weight::Strong),
    ("licensed practical nurse", Us, Weight::Strong),
    ("licensed vocational nurse", Us, Weight::Strong),
    ("advanced practice nurse", Us, Weight::Weak),
    ("APRN", Us, Weight::Strong),
    ("open continuous", Us, Weight::Weak),
    ("fee basis", Us, Weight::Weak),
    ("indian health service", Us, Weight::Strong),
    ("health center", Us, Weight::Weak),
    ("medical center", Us, Weight::Weak),
    ("state license", Us, Weight::Strong),
    ("state licensure", Us, Weight::Strong),
    ("licensure", Us, Weight::Weak),
    ("ARRT", Us, Weight::Strong),
    ("NBRC", Us, Weight::Strong),
    ("ASCP", Us, Weight::Strong),
    ("PTCB", Us, Weight::Strong),
    ("CPhT", Us, Weight::Strong),
    ("NCLEX", Us, Weight::Strong),
    ("ARDMS", Us, Weight::Strong),
    ("NBCOT", Us, Weight::Strong),
    ("ASHA", Us, Weight::Strong),
    ("CNA", Us, Weight::Strong),
    ("LPN", Us, Weight::Strong),
    ("PRN", Us, Weight::Weak),
    ("401(k)", Us, Weight::Strong),
    ("401k", Us, Weight::Strong),
    ("PTO", Us, Weight::Strong),
    ("paid time off", Us, Weight::Strong),
    ("medicare", Us, Weight::Weak),
    ("medicaid", Us, Weight::Strong),
    ("HIPAA", Us, Weight::Strong),
    ("U.S.", Us, Weight::Strong),
    ("united states", Us, Weight::Strong),
    ("USA", Us, Weight::Strong),
    ("resume", Us, Weight::Weak),
    ("GS-", Us, Weight::Strong),
    ("medical instrument technician", Us, Weight::Strong),
    ("medical supply technician", Us, Weight::Strong),
    ("health technician", Us, Weight::Strong),
    ("medical records technician", Us, Weight::Strong),
];

/// Places in the UK whose names are not also common US place names
/// (so not Cambridge, Manchester, Plymouth, Worcester); weak evidence each.
pub(crate) static UK_PLACES: &[&str] = &[
    "London", "Glasgow", "Edinburgh", "Aberdeen", "Dundee", "Inverness", "Cardiff", "Swansea", "Belfast",
    "Liverpool", "Leeds", "Sheffield", "Nottingham", "Leicester", "Coventry", "Bradford", "Newcastle upon Tyne",
    "Sunderland", "Middlesbrough", "Exeter", "Southampton", "Brighton", "Norwich", "Ipswich", "Peterborough",
    "Wolverhampton", "Preston", "Blackpool", "Bolton", "Wigan", "Stockport", "Luton", "Milton Keynes",
    "Northampton", "Swindon", "Gloucester", "Cheltenham", "Hereford", "Shrewsbury", "Telford", "Harrogate",
    "Doncaster", "Rotherham", "Barnsley", "Wakefield", "Huddersfield", "Grimsby", "Colchester", "Chelmsford",
    "Southend", "Basildon", "Maidstone", "Margate", "Guildford", "Crawley", "Eastbourne", "Bournemouth",
    "Taunton", "Truro", "Torquay", "Aylesbury", "Watford", "Stevenage", "Slough", "Harrow", "Croydon",
    "Romford", "Ilford",
    "Kent", "Surrey", "Essex", "Sussex", "Hampshire", "Dorset", "Devon", "Cornwall", "Somerset", "Wiltshire",
    "Berkshire", "Oxfordshire", "Buckinghamshire", "Bedfordshire", "Hertfordshire", "Cambridgeshire",
    "Lincolnshire", "Leicestershire", "Nottinghamshire", "Derbyshire", "Staffordshire", "Shropshire",
    "Cheshire", "Lancashire", "Yorkshire", "Cumbria", "Northumberland", "Merseyside", "Warwickshire",
    "Worcestershire", "Gloucestershire", "Herefordshire", "Northamptonshire", "West Midlands", "East Midlands",
    "Teesside", "Tyneside",
];

/// Word beginnings spelled differently in the UK and the US; each counts as
/// weak evidence wherever a word starts with it.
pub(crate) static SPELLING_STEMS: &[(&str, Jurisdiction)] = &[
    ("paediatr", Nhs), ("pediatr", Us),
    ("orthopaed", Nhs), ("orthoped", Us),
    ("anaesthe", Nhs), ("anesthe", Us),
    ("haemat", Nhs), ("hemat", Us),
    ("haemo", Nhs), ("hemo", Us),
    ("gynaec", Nhs), ("gynec", Us),
    ("oesophag", Nhs), ("esophag", Us),
    ("organisation", Nhs), ("organization", Us),
    ("organise", Nhs), ("organize", Us),
    ("recognise", Nhs), ("recognize", Us),
    ("specialise", Nhs), ("specialisa", Nhs), ("specialize", Us), ("specializa", Us),
    ("behaviour", Nhs), ("behavior", Us),
    ("colour", Nhs),
    ("favour", Nhs),
    ("honour", Nhs),
    ("labour", Nhs), ("labor", Us),
    ("centre", Nhs), ("center", Us),
    ("programme", Nhs),
    ("theatre", Nhs),
    ("licence", Nhs),
    ("travelling", Nhs),
    ("enrolment", Nhs), ("enrollment", Us),
    ("fulfil ", Nhs), ("fulfill", Us),
    ("optimisation", Nhs), ("optimization", Us),
    ("prioritis", Nhs), ("prioritiz", Us),
    ("utilis", Nhs), ("utiliz", Us),
    ("judgement", Nhs),
    ("dietician", Nhs),
];

/// US state names; after a comma, their two-letter codes too.
pub(crate) static US_STATES: &[(&str, &str)] = &[
    ("Alabama", "AL"), ("Alaska", "AK"), ("Arizona", "AZ"), ("Arkansas", "AR"), ("California", "CA"),
    ("Colorado", "CO"), ("Connecticut", "CT"), ("Delaware", "DE"), ("Florida", "FL"), ("Georgia", "GA"),
    ("Hawaii", "HI"), ("Idaho", "ID"), ("Illinois", "IL"), ("Indiana", "IN"), ("Iowa", "IA"),
    ("Kansas", "KS"), ("Kentucky", "KY"), ("Louisiana", "LA"), ("Maine", "ME"), ("Maryland", "MD"),
    ("Massachusetts", "MA"), ("Michigan", "MI"), ("Minnesota", "MN"), ("Mississippi", "MS"), ("Missouri", "MO"),
    ("Montana", "MT"), ("Nebraska", "NE"), ("Nevada", "NV"), ("New Hampshire", "NH"), ("New Jersey", "NJ"),
    ("New Mexico", "NM"), ("New York", "NY"), ("North Carolina", "NC"), ("North Dakota", "ND"), ("Ohio", "OH"),
    ("Oklahoma", "OK"), ("Oregon", "OR"), ("Pennsylvania", "PA"), ("Rhode Island", "RI"), ("South Carolina", "SC"),
    ("South Dakota", "SD"), ("Tennessee", "TN"), ("Texas", "TX"), ("Utah", "UT"), ("Vermont", "VT"),
    ("Virginia", "VA"), ("Washington", "WA"), ("West Virginia", "WV"), ("Wisconsin", "WI"), ("Wyoming", "WY"),
    ("District of Columbia", "DC"), ("Puerto Rico", "PR"),
];

/// Agenda for Change pay bands, evidence of the NHS.
pub(crate) static AFC_BANDS: &[&str] = &["Band 1", "Band 2", "Band 3", "Band 4", "Band 5", "Band 6", "Band 7", "Band 8a", "Band 8b", "Band 8c", "Band 8d", "Band 9"];

