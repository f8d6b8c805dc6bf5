//! Whatever title lookup knows, the classifier knows: every registry title
//! (names, local titles, curated aliases, O*NET alternate titles) that
//! `lookup_title` resolves is classified as the same profession, and the
//! credentials that name a profession name it.

use allied_health::{Classifier, Profession as P, lookup_title};

/// Registry titles the classifier reads otherwise than title lookup, on
/// purpose: in free text they mostly mean something else. Compared
/// ignoring case.
const EXCEPTIONS: &[(&str, &str)] = &[
    ("DO", "mostly the verb in capitals: \"WHAT WE DO\""),
    ("CRT", "also cardiac resynchronisation therapy"),
    (
        "Clinical Neurophysiologist",
        "in the UK a consultant physician; the technologist is a practitioner or physiologist",
    ),
    (
        "Medical registrar",
        "in the UK a doctor in specialty training; the US records role is rare in ads",
    ),
    (
        "Hearing Screener",
        "a newborn hearing screening support role, not a hearing aid dispenser",
    ),
    (
        "Newborn Hearing Screener",
        "a newborn hearing screening support role, not a hearing aid dispenser",
    ),
    (
        "Behavioral Assistant",
        "in ads mostly applied behaviour analysis, which the registry leaves out",
    ),
];

#[test]
fn every_title_lookup_knows_the_classifier_knows() {
    let classifier = Classifier::new();
    let mut wrong = Vec::new();
    let mut checked = 0;
    for p in P::ALL {
        for title in p.info().titles() {
            let Some(expected) = lookup_title(title) else {
                continue;
            };
            if EXCEPTIONS
                .iter()
                .any(|(t, _)| t.eq_ignore_ascii_case(title))
            {
                continue;
            }
            checked += 1;
            let got = classifier.classify_ad(title, "").profession();
            if got != Some(expected) {
                wrong.push(format!(
                    "{title:?}: lookup {expected:?}, classifier {got:?}"
                ));
            }
        }
    }
    assert!(checked > 1000, "only {checked} titles");
    assert!(
        wrong.is_empty(),
        "{} of {checked}:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// Each exception is a registry title that lookup resolves and the
/// classifier reads otherwise; one that no longer is comes off the list.
#[test]
fn the_exceptions_are_registry_titles_read_otherwise() {
    let classifier = Classifier::new();
    for (title, _) in EXCEPTIONS {
        let known = P::ALL
            .iter()
            .any(|p| p.info().titles().any(|t| t == *title));
        assert!(known, "{title:?} is no registry title");
        let lookup = lookup_title(title);
        assert!(lookup.is_some(), "lookup does not resolve {title:?}");
        assert_ne!(
            classifier.classify_ad(title, "").profession(),
            lookup,
            "{title:?} is no exception any more"
        );
    }
    // In free text they stay what they mostly are.
    let c = classifier.classify_ad(
        "Cardiac Physiologist",
        "Device clinic: pacemakers, ICDs and CRT.",
    );
    assert_eq!(c.profession(), Some(P::CardiovascularTechnologist));
    let c = classifier.classify_ad("WHAT WE DO", "We are a friendly team.");
    assert_eq!(c.profession(), None);
    let c = classifier.classify_ad(
        "Medical Registrar",
        "ST3+ in acute medicine, GMC registered.",
    );
    assert_eq!(c.profession(), Some(P::Physician));
    let c = classifier.classify_ad(
        "Newborn Hearing Screener",
        "Screen babies' hearing on the maternity wards.",
    );
    assert_eq!(c.profession(), Some(P::HealthTechnologistOther));
    let c = classifier.classify_ad(
        "Behavioral Assistant",
        "Deliver ABA programmes at home and at school.",
    );
    assert_eq!(c.profession(), None);
}

#[test]
fn credentials_name_their_profession_not_a_physician() {
    let classifier = Classifier::new();
    for (title, expected) in [
        ("DDS", P::Dentist),
        ("DPM", P::Podiatrist),
        ("PharmD", P::Pharmacist),
        ("AuD", P::Audiologist),
        ("Doctor of Dental Surgery (DDS)", P::Dentist),
        ("Doctor of Dental Medicine", P::Dentist),
        ("Doctor of Podiatric Medicine (DPM)", P::Podiatrist),
        ("Doctor of Pharmacy (PharmD)", P::Pharmacist),
        ("Doctor of Audiology (AuD)", P::Audiologist),
        ("Doctor of Physical Therapy", P::Physiotherapist),
        ("Associate Dentist, DDS or DMD", P::Dentist),
        ("Podiatrist - DPM", P::Podiatrist),
        ("Prosthodontist", P::Dentist),
    ] {
        let got = classifier.classify_ad(title, "").profession();
        assert_eq!(got, Some(expected), "{title:?}");
    }
    // In the body, a credential asked for names the role too.
    let c = classifier.classify_ad(
        "",
        "Outpatient clinic seeks a licensed DPM. Full time, benefits.",
    );
    assert_eq!(c.profession(), Some(P::Podiatrist));
}

#[test]
fn specialties_and_laboratory_titles_are_known() {
    let classifier = Classifier::new();
    for (title, expected) in [
        ("Dermatologist", P::Physician),
        ("Allergist", P::Physician),
        ("Cytogenetic Technologist", P::MedicalLaboratoryScientist),
        ("Histology Technician", P::MedicalLaboratoryTechnician),
    ] {
        assert_eq!(lookup_title(title), Some(expected), "{title:?}");
        let got = classifier.classify_ad(title, "").profession();
        assert_eq!(got, Some(expected), "{title:?}");
    }
}
