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
        &["operating department practitioner", "ODP", "theatre practitioner", "anaesthetic practitioner", "scrub practitioner", "recovery practitioner", "perioperative practitioner"],
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
        &["therapeutic radiographer", "radiotherapy radiographer", "treatment radiographer", "therapy radiographer", "radiation therapist", "therapeutic radiologic technologist", "radiation therapy technologist", "RTT"],
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
        &["hearing screener", "newborn hearing screener", "plaster technician", "anaesthetic technician", "audiology technician"],
        &[],
        &["hearing screening", "newborn hearing screening"],
        // A patient representative's title ("Case Manager") yields to a
        // profession named with it ("RN Case Manager").
        &["health technician", "health tech", "medical instrument technician", "case manager"],
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
        &["sterile processing", "sterile services", "sterile supplies", "sterilisation", "decontamination", "central sterile", "HSDU", "endoscopy decontamination", "endoscope decontamination"],
        &["medical supply technician"],
    ),
    terms(
        P::PharmacyTechnician,
        &["pharmacy technician", "pharmacy tech", "dispensing technician", "pharmaceutical technician", "CPhT"],
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
        &["clinical coder", "medical coder", "medical records technician", "medical record technician", "medical records tech", "coding specialist", "RHIT"],
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
        &["nurse", "registered nurse", "staff nurse", "charge nurse", "ward sister", "ward manager", "matron", "nurse specialist", "clinical nurse specialist", "nurse consultant", "scrub nurse", "theatre nurse", "anaesthetic nurse", "recovery nurse", "district nurse", "community nurse", "practice nurse", "school nurse", "health visitor", "RN", "RGN", "RMN", "RNLD", "RSCN"],
        &["NMC pin", "NCLEX"],
        &["nursing"],
        &["sister"],
    ),
    terms(
        P::NursingAssistant,
        &["nursing assistant", "nurse aide", "nurse assistant", "certified nursing assistant", "healthcare assistant", "health care assistant", "healthcare support worker", "health care support worker", "clinical support worker", "nursing auxiliary", "auxiliary nurse", "patient care assistant", "patient care associate", "patient care technician", "health care technician", "healthcare technician", "critical care assistant", "maternity support worker", "HCA", "CNA", "STNA"],
        &[],
        &[],
        &[],
    ),
    terms(P::Midwife, &["midwife", "nurse-midwife", "nurse midwife", "registered midwife", "CNM"], &[], &["midwifery"], &[]),
    terms(
        P::Physician,
        &["physician", "doctor", "GP", "general practitioner", "specialty doctor", "speciality doctor", "junior doctor", "clinical fellow", "registrar", "medical registrar", "surgical registrar", "surgeon", "psychiatrist", "anaesthetist", "anesthesiologist", "radiologist", "urologist", "cardiologist", "neurologist", "oncologist", "dermatologist", "gastroenterologist", "hepatologist", "haematologist", "histopathologist", "pathologist", "paediatrician", "obstetrician", "gynaecologist", "geriatrician", "neurosurgeon", "hospitalist", "intensivist", "internist", "endocrinologist", "nephrologist", "rheumatologist", "ophthalmologist", "medical officer", "SHO", "SpR", "StR", "FY1", "FY2", "ST1", "ST2", "ST3", "ST4", "ST5", "ST6", "ST7", "ST8", "CT1", "CT2", "CT3"],
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
    // The second release: allied roles, boundary and adjacent professions,
    // and veterinary roles, so that an ad for one is named, not mistaken
    // for a neighbour.
    terms(
        P::PhysicianAssistant,
        &["physician assistant", "physician associate", "physician's assistant", "physicians assistant", "PA-C"],
        &["NCCPA", "PANCE", "faculty of physician associates"],
        &[],
        // Also a personal assistant, so it decides only alone.
        &["PA"],
    ),
    terms(
        P::AnesthesiologistAssistant,
        &["anesthesiologist assistant", "anaesthesia associate", "anesthesia associate", "certified anesthesiologist assistant"],
        &["CAA", "NCCAA"],
        &[],
        &[],
    ),
    terms(
        P::VisionRehabilitationTherapist,
        &["vision rehabilitation therapist", "low vision therapist", "orientation and mobility specialist", "O&M specialist", "orientation and mobility instructor", "rehabilitation officer for visually impaired people", "rehabilitation officer (visual impairment)", "rehabilitation worker (visual impairment)", "ROVI"],
        &["COMS", "CLVT", "CVRT", "ACVREP"],
        &["vision rehabilitation", "orientation and mobility", "visual impairment rehabilitation"],
        &[],
    ),
    terms(
        P::ExercisePhysiologist,
        &["exercise physiologist", "clinical exercise physiologist", "cardiac exercise physiologist", "exercise specialist", "clinical exercise specialist", "kinesiotherapist"],
        &["ACSM-CEP", "ACSM-EP", "EP-C", "RCEP"],
        &["exercise physiology", "clinical exercise physiology"],
        &[],
    ),
    terms(
        P::Acupuncturist,
        &["acupuncturist", "licensed acupuncturist", "acupuncture practitioner"],
        &["L.Ac.", "L.Ac", "LAc", "Dipl. Ac.", "NCCAOM", "British Acupuncture Council"],
        &["acupuncture"],
        &[],
    ),
    terms(
        P::MedicalDosimetrist,
        &["dosimetrist", "medical dosimetrist", "radiotherapy dosimetrist", "certified medical dosimetrist", "dosimetry technician"],
        &["CMD", "MDCB"],
        &["dosimetry", "treatment planning"],
        &[],
    ),
    terms(
        P::DieteticTechnician,
        &["dietetic technician", "dietetic tech", "diet technician", "diet tech", "nutrition technician", "dietetic technician, registered"],
        &["NDTR", "DTR"],
        &[],
        &[],
    ),
    terms(
        P::PsychiatricTechnician,
        &["psychiatric technician", "psych tech", "psychiatric tech", "licensed psychiatric technician", "mental health technician", "mental health tech", "behavioral health technician", "behavioral health tech", "MHT", "BHT", "LPT"],
        &[],
        &[],
        &[],
    ),
    terms(
        P::DispensingOptician,
        &["dispensing optician", "optician", "optical dispenser", "ophthalmic dispenser", "contact lens optician", "licensed optician", "certified optician", "contact lens fitter"],
        &["ABOC", "FBDO", "NCLE", "ABO certified", "ABDO"],
        &["optical dispensing"],
        &[],
    ),
    terms(
        P::HearingAidDispenser,
        &["hearing aid dispenser", "hearing aid audiologist", "hearing aid specialist", "hearing instrument specialist", "hearing instrument dispenser", "hearing care professional", "hearing care practitioner", "hearing aid practitioner"],
        &["RHAD", "BC-HIS", "NBC-HIS"],
        &["hearing aid dispensing", "hearing instruments"],
        &[],
    ),
    terms(
        P::HealthInformationTechnologist,
        &["health information technologist", "health information technician", "health information management technician", "health information specialist", "cancer registrar", "tumor registrar", "certified tumor registrar", "clinical data specialist"],
        &["RHIA", "CTR"],
        &["health information management", "cancer registry", "tumor registry"],
        &[],
    ),
    terms(
        P::AthleticTrainer,
        &["athletic trainer", "certified athletic trainer", "licensed athletic trainer", "ATC", "AT-C"],
        &["BOC certified", "board of certification for the athletic trainer", "NATA"],
        &["athletic training"],
        &[],
    ),
    terms(
        P::GeneticCounselor,
        &["genetic counselor", "genetic counsellor", "genomic counsellor", "genomic counselor", "certified genetic counselor", "CGC"],
        &["ABGC", "GCRB", "genetic counselor registration board"],
        &["genetic counseling", "genetic counselling", "genomic counselling"],
        &[],
    ),
    terms(
        P::SurgicalAssistant,
        &["surgical assistant", "surgical first assistant", "first assistant", "surgical care practitioner", "advanced surgical care practitioner", "certified surgical assistant", "certified surgical first assistant", "registered nurse first assistant", "RNFA", "CSFA", "CST-CSFA", "SA-C"],
        &["NBSTSA", "NSAA"],
        &[],
        &[],
    ),
    terms(
        P::MassageTherapist,
        &["massage therapist", "sports massage therapist", "licensed massage therapist", "registered massage therapist", "massage practitioner", "masseuse", "masseur", "LMT", "RMT", "LMP"],
        &["NCBTMB", "MBLEx"],
        &["massage therapy", "sports massage", "therapeutic massage"],
        &[],
    ),
    terms(
        P::MedicalTranscriptionist,
        &["medical transcriptionist", "transcriptionist", "medical audio typist", "audio typist", "healthcare documentation specialist", "medical typist"],
        &["RHDS", "CHDS"],
        &["medical transcription", "audio typing"],
        &[],
    ),
    terms(
        P::PharmacyAssistant,
        &["pharmacy assistant", "pharmacy aide", "pharmacy support worker", "dispensing assistant", "medicines counter assistant", "pharmacy dispenser", "pharmacy healthcare assistant", "pharmacy clerk"],
        &[],
        &[],
        // A dispenser in a community pharmacy; a longer title names
        // another ("Hearing Aid Dispenser").
        &["dispenser"],
    ),
    terms(
        P::SpeechLanguagePathologyAssistant,
        &["speech-language pathology assistant", "speech language pathology assistant", "speech-language pathologist assistant", "speech pathology assistant", "SLP assistant", "SLP-A", "SLPA", "C-SLPA"],
        &[],
        &[],
        &[],
    ),
    terms(
        P::EndoscopyTechnician,
        &["endoscopy technician", "endoscopy tech", "endoscopy assistant", "endoscopy technologist", "endoscope technician", "endoscopic technician", "endo tech", "GI tech", "GI technician", "gastroenterology technician", "scope technician"],
        &["CFER"],
        &["endoscopy"],
        &[],
    ),
    terms(
        P::ClinicalScientist,
        &["clinical scientist", "registered clinical scientist", "principal clinical scientist", "consultant clinical scientist", "trainee clinical scientist", "medical physicist", "clinical physicist", "radiotherapy physicist", "diagnostic radiology physicist", "nuclear medicine physicist", "clinical biochemist", "clinical embryologist", "clinical bioinformatician", "clinical scientist (genomics)", "clinical scientist (microbiology)", "clinical scientist (physiological sciences)"],
        &["scientist training programme", "STP trainee", "HSST", "higher specialist scientist training", "HCPC registered clinical scientist", "IPEM"],
        &["medical physics", "radiotherapy physics", "clinical biochemistry", "clinical science", "clinical embryology", "radiation physics"],
        // A physicist in a hospital; "Physicist" alone.
        &["physicist"],
    ),
    terms(
        P::HealthcareSciencePractitioner,
        &["healthcare science practitioner", "healthcare scientist", "respiratory physiologist", "clinical respiratory physiologist", "respiratory and sleep physiologist", "gastrointestinal physiologist", "GI physiologist", "urodynamic physiologist", "urodynamics physiologist", "vascular scientist", "clinical vascular scientist", "vascular physiologist", "clinical technologist", "medical physics technologist", "medical physics technician", "clinical engineering technologist", "rehabilitation engineering technologist", "radiotherapy physics technician", "lung function technician", "respiratory physiology practitioner"],
        &["ARTP", "AHCS", "practitioner training programme", "RCCP"],
        &["respiratory physiology", "gastrointestinal physiology", "urodynamics", "vascular science", "vascular laboratory", "lung function", "clinical measurement", "physiological measurement", "physiological sciences", "clinical engineering"],
        // The NHS umbrella title: the rest of the ad tells a cardiac,
        // neurophysiology or sleep physiologist from the others.
        &["clinical physiologist"],
    ),
    terms(
        P::OrthodonticTherapist,
        &["orthodontic therapist", "ortho therapist", "orthodontic therapist (dental)"],
        &["diploma in orthodontic therapy"],
        &["orthodontic therapy"],
        &[],
    ),
    terms(
        P::HealthPractitionerOther,
        &["healthcare practitioners, all other", "therapists, all other", "hypnotherapist", "reflexologist", "aromatherapist", "play therapist", "kinesiologist", "naprapath"],
        &[],
        &["hypnotherapy", "reflexology", "aromatherapy"],
        &[],
    ),
    terms(
        P::HealthcareSupportWorkerOther,
        &["healthcare support workers, all other", "public health aide", "public health assistant", "morgue attendant", "mortuary attendant", "blood bank assistant", "transfusion aide", "seating and mobility technologist"],
        &[],
        &[],
        &[],
    ),
    terms(
        P::NursePractitioner,
        &["nurse practitioner", "advanced nurse practitioner", "family nurse practitioner", "emergency nurse practitioner", "psychiatric nurse practitioner", "advanced practice nurse", "advance practice nurse", "advanced practice registered nurse", "advance practice registered nurse", "advanced registered nurse practitioner", "NP", "ANP", "ENP", "FNP", "FNP-C", "FNP-BC", "AGNP", "AGNP-C", "AGACNP", "AGPCNP", "ACNP", "PMHNP", "PMHNP-BC", "PNP", "CPNP", "NNP", "WHNP", "ARNP", "APRN", "APN"],
        &["NP-C", "AANP", "AANPCB", "DNP", "doctor of nursing practice"],
        &[],
        &[],
    ),
    terms(
        P::NurseAnesthetist,
        &["nurse anesthetist", "nurse anaesthetist", "certified registered nurse anesthetist", "CRNA"],
        &["NBCRNA", "AANA", "doctor of nurse anesthesia practice"],
        &["nurse anesthesia"],
        &[],
    ),
    terms(
        P::LicensedPracticalNurse,
        &["licensed practical nurse", "licensed vocational nurse", "practical nurse", "vocational nurse", "LPN", "LVN", "LPN/LVN"],
        &["NCLEX-PN"],
        &["practical nursing"],
        &[],
    ),
    terms(
        P::NursingAssociate,
        &["nursing associate", "registered nursing associate", "trainee nursing associate", "TNA", "TNAs"],
        &["nursing associate apprenticeship"],
        &[],
        &[],
    ),
    terms(
        P::Optometrist,
        &["optometrist", "ophthalmic optician", "therapeutic optometrist", "doctor of optometry", "optometry doctor"],
        &["OD", "MCOptom", "college of optometrists"],
        &["optometry"],
        &[],
    ),
    terms(
        P::Chiropractor,
        &["chiropractor", "chiropractic physician", "chiropractic doctor", "doctor of chiropractic", "associate chiropractor", "chiro"],
        &["DC", "general chiropractic council"],
        &["chiropractic", "chiropractic care"],
        &[],
    ),
    terms(
        P::NaturopathicPhysician,
        &["naturopathic physician", "naturopathic doctor", "naturopath", "doctor of naturopathic medicine"],
        &["ND", "NMD"],
        &["naturopathic medicine", "naturopathy"],
        &[],
    ),
    terms(
        P::Orderly,
        &["orderly", "ward orderly", "theatre orderly", "hospital orderly", "medical orderly", "patient transporter", "patient transport aide", "transport aide", "patient escort"],
        &[],
        &[],
        &[],
    ),
    terms(
        P::PsychiatricAide,
        &["psychiatric aide", "psych aide", "psychiatric nursing assistant", "psychiatric nursing aide", "psychiatric assistant", "psychiatric attendant", "mental health aide", "mental health assistant", "behavioral health aide", "behavioral health assistant"],
        &[],
        &[],
        &[],
    ),
    terms(
        P::Psychologist,
        &["psychologist", "clinical psychologist", "counselling psychologist", "health psychologist", "forensic psychologist", "educational psychologist", "neuropsychologist", "clinical neuropsychologist", "practitioner psychologist", "licensed psychologist", "consultant clinical psychologist", "principal clinical psychologist", "psychometrist"],
        &["PsyD", "DClinPsy", "ClinPsyD", "DCounsPsych", "HCPC registered psychologist", "BPS chartered", "chartered psychologist"],
        &["clinical psychology", "psychology", "neuropsychology", "psychological assessment"],
        &[],
    ),
    terms(
        P::Psychotherapist,
        &["psychotherapist", "CBT therapist", "cognitive behavioural therapist", "cognitive behavioural psychotherapist", "high intensity therapist", "high intensity CBT therapist", "family therapist", "systemic psychotherapist", "family and systemic psychotherapist", "child psychotherapist", "child and adolescent psychotherapist", "psychodynamic psychotherapist", "psychological therapist", "EMDR therapist", "DBT therapist", "IPT therapist"],
        &["BABCP", "UKCP", "BPC registered"],
        &["psychotherapy", "cognitive behavioural therapy", "CBT", "family therapy", "psychological therapy", "psychological therapies"],
        &[],
    ),
    terms(
        P::Counsellor,
        &["mental health counselor", "mental health counsellor", "clinical mental health counselor", "licensed professional counselor", "licensed mental health counselor", "substance abuse counselor", "substance use counselor", "addiction counselor", "addictions counselor", "drug and alcohol counsellor", "alcohol and drug counselor", "bereavement counsellor", "grief counselor", "behavioral health counselor", "practice counsellor", "LPC", "LMHC", "LPCC", "LCPC", "LCMHC", "CADC", "LADC", "LCADC", "CASAC"],
        &["BACP", "NCC", "national certified counselor"],
        &["counselling", "counseling"],
        // Also a camp, school, admissions or financial counselor: a bare
        // "Counselor" decides only when nothing else is named.
        &["counsellor", "counselor"],
    ),
    terms(
        P::PsychologicalWellbeingPractitioner,
        &["psychological wellbeing practitioner", "psychological well-being practitioner", "trainee psychological wellbeing practitioner", "PWP", "trainee PWP", "low intensity therapist", "low intensity worker", "low intensity practitioner"],
        &[],
        &["low intensity"],
        &[],
    ),
    terms(
        P::SocialWorker,
        &["social worker", "registered social worker", "clinical social worker", "medical social worker", "hospital social worker", "mental health social worker", "psychiatric social worker", "approved mental health professional", "LCSW", "LMSW", "LICSW", "LISW", "LSW", "LCSW-C", "AMHP"],
        &["social work england", "HCPC registered social worker", "MSW", "NASW", "ASWB"],
        &["social work"],
        &[],
    ),
    terms(
        P::HealthEducationSpecialist,
        &["health education specialist", "health educator", "health promotion officer", "health promotion specialist", "health promotion adviser", "health promotion advisor", "health improvement practitioner", "health improvement specialist", "health improvement officer", "diabetes educator", "community health educator", "public health educator"],
        &["CHES", "MCHES"],
        &["health promotion", "health improvement", "health education"],
        &[],
    ),
    terms(
        P::CommunityHealthWorker,
        &["community health worker", "community health representative", "community health advocate", "community health outreach worker", "health outreach worker", "community health navigator", "promotora", "promotor de salud", "CHW"],
        &["CCHW", "certified community health worker"],
        &[],
        &[],
    ),
    terms(
        P::DentalTechnician,
        &["dental technician", "dental lab technician", "dental lab tech", "dental laboratory technician", "clinical dental technician", "dental technologist", "dental ceramist", "orthodontic technician", "crown and bridge technician", "denture technician", "CDT"],
        &["NBCDT"],
        &["dental technology", "dental laboratory"],
        &[],
    ),
    terms(
        P::MedicalApplianceTechnician,
        &["medical appliance technician", "orthotic technician", "prosthetic technician", "orthotic and prosthetic technician", "O&P technician", "prosthetics technician", "orthotics technician", "artificial limb technician", "surgical appliance fitter", "orthotic fitter"],
        &["RTPO"],
        &[],
        &[],
    ),
    terms(
        P::OphthalmicLaboratoryTechnician,
        &["ophthalmic laboratory technician", "ophthalmic lab technician", "optical lab technician", "optical laboratory technician", "optical lab tech", "optical technician", "lens technician", "glazing technician", "optical glazier", "lens surfacer", "contact lens technician"],
        &[],
        &["optical laboratory", "lens surfacing", "glazing"],
        &[],
    ),
    terms(
        P::Veterinarian,
        &["veterinarian", "veterinary surgeon", "vet", "veterinary physician", "veterinary practitioner", "associate veterinarian", "small animal vet", "DVM", "VMD", "BVSc", "BVMS", "MRCVS"],
        &["RCVS", "AVMA"],
        &["veterinary", "veterinary medicine", "veterinary practice"],
        &[],
    ),
    terms(
        P::VeterinaryTechnician,
        &["veterinary technician", "vet tech", "veterinary technologist", "veterinary nurse", "vet nurse", "registered veterinary nurse", "veterinary practice nurse", "student veterinary nurse", "animal nurse", "RVN", "RVT", "CVT", "LVT", "LVMT"],
        &["VTNE", "NAVTA"],
        &["veterinary nursing"],
        &[],
    ),
    terms(
        P::VeterinaryAssistant,
        &["veterinary assistant", "vet assistant", "veterinary care assistant", "veterinary nursing assistant", "animal nursing assistant", "laboratory animal caretaker", "laboratory animal technician", "animal care technician", "animal technician"],
        &["AALAS", "ALAT", "LATG"],
        &["laboratory animal", "laboratory animals", "animal husbandry", "laboratory animal science"],
        &[],
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
    SupportRole { profession: P::Dietitian, assistant: Role(P::AhpSupportWorker), technician: Role(P::DieteticTechnician) },
    SupportRole { profession: P::Podiatrist, assistant: Role(P::AhpSupportWorker), technician: Role(P::AhpSupportWorker) },
    SupportRole { profession: P::DiagnosticRadiographer, assistant: Role(P::AhpSupportWorker), technician: Same },
    SupportRole { profession: P::TherapeuticRadiographer, assistant: Role(P::AhpSupportWorker), technician: Same },
    SupportRole { profession: P::Sonographer, assistant: Role(P::AhpSupportWorker), technician: Same },
    SupportRole { profession: P::Audiologist, assistant: Role(P::HealthTechnologistOther), technician: Role(P::HealthTechnologistOther) },
    SupportRole { profession: P::MedicalLaboratoryScientist, assistant: Role(P::MedicalLaboratoryTechnician), technician: Role(P::MedicalLaboratoryTechnician) },
    SupportRole { profession: P::OperatingDepartmentPractitioner, assistant: Role(P::SurgicalTechnologist), technician: Role(P::SurgicalTechnologist) },
    SupportRole { profession: P::Pharmacist, assistant: Role(P::PharmacyAssistant), technician: Role(P::PharmacyTechnician) },
    SupportRole { profession: P::RegisteredNurse, assistant: Role(P::NursingAssistant), technician: Same },
    SupportRole { profession: P::Midwife, assistant: Role(P::NursingAssistant), technician: Same },
    SupportRole { profession: P::Physician, assistant: Outside, technician: Same },
    SupportRole { profession: P::Dentist, assistant: Role(P::DentalAssistant), technician: Role(P::DentalTechnician) },
    SupportRole { profession: P::Prosthetist, assistant: Role(P::AhpSupportWorker), technician: Role(P::MedicalApplianceTechnician) },
    SupportRole { profession: P::Orthotist, assistant: Role(P::AhpSupportWorker), technician: Role(P::MedicalApplianceTechnician) },
    SupportRole { profession: P::Optometrist, assistant: Role(P::OphthalmicTechnician), technician: Role(P::OphthalmicTechnician) },
    SupportRole { profession: P::Chiropractor, assistant: Role(P::MedicalAssistant), technician: Role(P::MedicalAssistant) },
    SupportRole { profession: P::ClinicalScientist, assistant: Role(P::HealthcareSciencePractitioner), technician: Role(P::HealthcareSciencePractitioner) },
    SupportRole { profession: P::Psychologist, assistant: Outside, technician: Role(P::PsychiatricTechnician) },
    SupportRole { profession: P::SocialWorker, assistant: Outside, technician: Outside },
    SupportRole { profession: P::Veterinarian, assistant: Role(P::VeterinaryAssistant), technician: Role(P::VeterinaryTechnician) },
];

/// Umbrella titles: a title that names a family of specialisms, some with
/// their own id. The title names its own profession (in
/// [`PROFESSION_TERMS`]) unless the rest of the ad tells one of these
/// specialisms: a "Clinical Physiologist" whose ad is about pacing and
/// echocardiograms is a cardiac physiologist.
pub(crate) static UMBRELLA_TITLES: &[(&str, &[P])] = &[
    ("clinical physiologist", &[P::CardiovascularTechnologist, P::NeurodiagnosticTechnologist, P::PolysomnographicTechnologist, P::Audiologist, P::Perfusionist]),
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
    "PA to", "assistant to", "secretary to", "assistant psychologist", "psychology assistant",
    "receptionist", "administrator", "admin assistant", "administrative assistant", "administration assistant", "secretary", "medical secretary", "personal assistant", "executive assistant", "accountant", "clerk", "cashier", "data analyst", "analyst", "liaison officer",
    "clinical engineer", "engineer", "IT support", "IT technician", "IT support technician", "IT manager", "IT analyst", "IT officer", "software developer", "developer",
    "finance manager", "finance officer", "finance assistant", "accounts assistant", "payroll officer", "payroll", "procurement officer", "buyer", "estates officer", "estates manager", "facilities manager", "maintenance technician", "electrician", "plumber",
    "industrial hygienist", "occupational hygienist", "health and safety officer", "health and safety advisor", "health and safety adviser", "health and safety manager", "safety officer", "safety specialist", "occupational safety and health specialist",
    "call handler", "emergency call handler", "call taker", "dispatcher", "emergency medical dispatcher",
    "behavior technician", "behaviour technician", "behavioral assistant", "behavioural assistant", "ABA therapist", "ABA technician", "ABA", "RBT", "BCBA", "behavior analyst", "behaviour analyst", "registered behavior technician",
    "school counselor", "guidance counselor", "admissions counselor", "admissions counsellor", "financial counselor", "financial counsellor", "career counselor", "careers adviser", "camp counselor", "debt counsellor",
    "porter", "housekeeper", "domestic assistant", "cleaner", "chef", "cook", "catering assistant", "greeter", "driver", "security officer",
    "animal care", "animal care assistant", "dog groomer", "child care", "childcare", "nursery nurse", "teacher", "teaching assistant", "lecturer",
    "research assistant", "research fellow", "research officer", "scientist", "biologist", "microbiologist",
    "healthcare consultant", "recruitment consultant", "behaviour consultant", "behavior consultant", "business consultant", "IT consultant", "sales consultant", "education consultant",
    "sales representative", "representative",
    "home manager", "registered manager", "care home manager", "residential manager", "deputy manager", "unit manager", "hospital manager", "service manager", "practice manager", "office manager", "care manager",
];

/// Generic words for a role outside the registry: they decide only when no
/// profession is named ("Information Officer", "Care Coordinator").
pub(crate) static OUTSIDE_GENERIC: &[&str] = &["officer", "coordinator", "co-ordinator", "director", "specialist", "manager"];

/// Phrases that shadow a shorter term they contain but say nothing about the
/// role ("nursing home" and "primary care" are settings; "HCA Healthcare" is
/// an employer; "Health Education England" a body; a "Vet Center" serves
/// veterans).
pub(crate) static NEUTRAL_PHRASES: &[&str] = &["nursing home", "nursing homes", "HCA Healthcare", "doctor's surgery", "GP surgery", "GP practice", "GP practices", "physician's office", "pharmacy benefit", "primary care", "Health Education England", "vet center", "vet centre"];

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
    ("GOC", Nhs, Weight::Strong),
    ("RCVS", Nhs, Weight::Strong),
    ("MRCVS", Nhs, Weight::Strong),
    ("BACP", Nhs, Weight::Strong),
    ("UKCP", Nhs, Weight::Strong),
    ("BABCP", Nhs, Weight::Strong),
    ("social work england", Nhs, Weight::Strong),
    ("IAPT", Nhs, Weight::Strong),
    ("NHS Talking Therapies", Nhs, Weight::Strong),
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
    ("NCLEX-PN", Us, Weight::Strong),
    ("Washington DC", Us, Weight::Strong),
    ("Washington D.C.", Us, Weight::Strong),
    ("NCCPA", Us, Weight::Strong),
    ("PA-C", Us, Weight::Weak),
    ("NBCRNA", Us, Weight::Strong),
    ("CRNA", Us, Weight::Strong),
    ("AANP", Us, Weight::Strong),
    ("LCSW", Us, Weight::Strong),
    ("LMSW", Us, Weight::Strong),
    ("NCCAOM", Us, Weight::Strong),
    ("LVN", Us, Weight::Strong),
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

