//! Text as scraped: every Unicode form of the same words gets the answer
//! the plain text gets, and evidence still points into the caller's text.
//! Every ad here is written for the test.

use allied_health::{Classification, Classifier, Field, Jurisdiction, Profession as P};

/// A plain text and forms of it a scraper hands over.
const FORMS: &[(&str, &[&str])] = &[
    (
        "Dental Nurse",
        &[
            "Dental\u{A0}Nurse",
            "Dental  Nurse",
            "Dental\tNurse",
            "Dental \u{3000}Nurse",
            "DENTAL\u{202F}NURSE",
        ],
    ),
    (
        "Speech-Language Pathologist",
        &[
            "Speech–Language Pathologist",
            "Speech—Language Pathologist",
            "Speech\u{2010}Language Pathologist",
            "Speech\u{2011}Language\u{A0}Pathologist",
            "Speech\u{2212}Language Pathologist",
        ],
    ),
    (
        "Pharmacy Technician",
        &[
            "Pharmacy\u{A0}Technician",
            "Pharmacy \u{2009} Technician",
            "Pharmacy\u{00AD} Technician",
        ],
    ),
    (
        "Occupational Therapist",
        &[
            "Occupational  Therapist",
            "Occupational\t\tTherapist",
            "Occupational\u{200B} Therapist",
        ],
    ),
    (
        "Physiotherapist",
        &[
            "Ｐｈｙｓｉｏｔｈｅｒａｐｉｓｔ",
            "Physiotherapist\u{200B}",
            "\u{FEFF}Physiotherapist",
            "Physio\u{AD}therapist",
            "Physio\u{200B}therapist",
            "Physio\u{2060}thera\u{200D}pist",
            "Phýsiotherapist",
            "Phy\u{301}siotherapist",
        ],
    ),
    (
        "Orthoptist",
        &["Orthóptist", "Ortho\u{301}ptist", "ＯＲＴＨＯＰＴＩＳＴ"],
    ),
    (
        "Physiotherapy Assistant",
        &[
            "Physiotherapy\u{A0}Assistant",
            "Physiotherapy\u{A0}\u{A0}Assistant",
            "Physiotherapy\u{200B} Assistant",
        ],
    ),
    ("ODP", &["ＯＤＰ", "O\u{200B}DP"]),
    (
        "Band 6 Podiatrist",
        &[
            "Band\u{A0}6 Podiatrist",
            "Band 6\u{3000}Podiatrist",
            "Ｂａｎｄ ６ Podiatrist",
        ],
    ),
];

fn answer(c: &Classification) -> (Option<P>, Option<Jurisdiction>) {
    (c.profession(), c.jurisdiction())
}

#[test]
fn every_form_gets_the_plain_answer() {
    let classifier = Classifier::new();
    let mut wrong = Vec::new();
    for (plain, forms) in FORMS {
        let want = answer(&classifier.classify_ad(plain, ""));
        assert!(want.0.is_some(), "{plain:?} names no profession");
        for form in *forms {
            for (title, body) in [(*form, ""), ("", *form)] {
                let got = answer(&classifier.classify_ad(title, body));
                if got != want {
                    wrong.push(format!("{form:?}: {got:?}, plain {plain:?}: {want:?}"));
                }
            }
            // In a body, after a cue.
            let body = format!("We are looking for a {form} to join our team.");
            let want = classifier
                .classify(&format!("We are looking for a {plain} to join our team."))
                .profession();
            let got = classifier.classify(&body).profession();
            if got != want {
                wrong.push(format!("{body:?}: {got:?}, plain {want:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_issue_examples_read_right() {
    let classifier = Classifier::new();
    for (title, expected) in [
        ("Dental\u{A0}Nurse", Some(P::DentalAssistant)),
        ("Dental  Nurse", Some(P::DentalAssistant)),
        (
            "Speech–Language Pathologist",
            Some(P::SpeechAndLanguageTherapist),
        ),
        ("Pharmacy\u{A0}Technician", Some(P::PharmacyTechnician)),
        ("Occupational  Therapist", Some(P::OccupationalTherapist)),
        ("Ｐｈｙｓｉｏｔｈｅｒａｐｉｓｔ", Some(P::Physiotherapist)),
        ("Physiotherapist\u{200B}", Some(P::Physiotherapist)),
    ] {
        assert_eq!(
            classifier.classify_ad(title, "").profession(),
            expected,
            "{title:?}"
        );
    }
}

#[test]
fn composed_and_decomposed_accents_match_an_alias_alike() {
    let classifier = Classifier::builder()
        .alias("Physiothérapeute", P::Physiotherapist)
        .alias("Orthoptiste", P::Orthoptist)
        .build()
        .unwrap();
    for title in [
        "Physiothérapeute",
        "Physiothe\u{301}rapeute",
        "Physiotherapeute",
        "PHYSIOTHÉRAPEUTE",
        "Ｐｈｙｓｉｏｔｈéｒａｐｅｕｔｅ",
    ] {
        let c = classifier.classify_ad(title, "");
        assert_eq!(c.profession(), Some(P::Physiotherapist), "{title:?}");
        let e = &c.best().unwrap().evidence()[0];
        assert_eq!(e.range(), 0..title.len(), "{title:?}");
        assert_eq!(e.term(), "Physiothérapeute");
    }
    for title in ["Orthoptiste", "Orthóptiste", "Ortho\u{301}ptiste"] {
        assert_eq!(
            classifier.classify_ad(title, "").profession(),
            Some(P::Orthoptist),
            "{title:?}"
        );
    }
    // A decomposed accent belongs to its letter: it does not end a word.
    assert_eq!(
        classifier
            .classify_ad("Orthoptiste\u{301}s", "")
            .profession(),
        Some(P::Orthoptist)
    );
    assert_eq!(
        classifier
            .classify_ad("Orthoptistex\u{301}", "")
            .profession(),
        None
    );
}

/// The test's own reading of text: spaces and dashes as ASCII, invisible
/// characters and combining marks dropped, full-width forms and the
/// accented letters the tests use as ASCII, case ignored.
fn plain(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        let c = match c {
            '\u{200B}'
            | '\u{200D}'
            | '\u{2060}'
            | '\u{FEFF}'
            | '\u{AD}'
            | '\u{300}'..='\u{36F}' => continue,
            '–' | '—' | '\u{2010}' | '\u{2011}' | '\u{2212}' => '-',
            'ó' => 'o',
            'ý' => 'y',
            'é' | 'É' => 'e',
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0).unwrap(),
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' && out.ends_with(' ') {
            continue;
        }
        out.push(c.to_ascii_lowercase());
    }
    out.trim().to_owned()
}

#[test]
fn evidence_ranges_slice_the_callers_text_and_read_as_the_term() {
    let classifier = Classifier::new();
    for (plain_text, forms) in FORMS {
        for form in forms.iter().copied().chain([*plain_text]) {
            let body = format!("Salary\u{A0}£30k.\u{3000}We are looking for a {form}.");
            let c = classifier.classify_ad(form, &body);
            let evidence = c
                .candidates()
                .iter()
                .flat_map(|c| c.evidence())
                .chain(c.jurisdiction_evidence());
            let mut read = 0;
            for e in evidence {
                let input = match e.field() {
                    Field::Title => form,
                    Field::Body => body.as_str(),
                };
                let r = e.range();
                assert!(
                    input.is_char_boundary(r.start) && input.is_char_boundary(r.end),
                    "{form:?} {r:?}"
                );
                let slice = e.text(form, &body).unwrap();
                // A support role's range covers its discipline and "Assistant".
                let slice = plain(slice);
                let term = plain(e.term());
                assert!(
                    slice == term
                        || slice.starts_with(&format!("{term} "))
                        || slice.starts_with(&format!("{term}-")),
                    "{form:?}: {slice:?} for term {term:?}"
                );
                read += 1;
            }
            assert!(read >= 2, "{form:?}: {read} pieces of evidence");
        }
    }
}
