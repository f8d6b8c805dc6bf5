//! What the classifier returns: a [`Classification`] of ranked
//! [`Candidate`]s, each with the [`Evidence`] for it.

use core::ops::Range;

use super::dictionary::TermText;
use crate::model::code::Code;
use crate::model::definition::Definition;
use crate::model::jurisdiction::{Jurisdiction, Recognition};
use crate::model::profession::Profession;

/// Which input a piece of [`Evidence`] points into.
///
/// ```
/// use allied_health::{Classifier, Field};
///
/// let c = Classifier::new().classify_ad("Paramedic", "Join our ambulance service.");
/// assert_eq!(c.best().unwrap().evidence()[0].field(), Field::Title);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum Field {
    /// The ad's title.
    Title,
    /// The ad's body (or the whole text given to [`classify`](crate::Classifier::classify)).
    Body,
}

/// A matched term: where it is in the input and which dictionary term it is.
///
/// Evidence does not borrow the input, so a [`Classification`] can outlive
/// the text; [`text`](Evidence::text) slices the input again.
///
/// ```
/// use allied_health::{Classifier, Field};
///
/// let title = "Band 6 Paediatric Physiotherapist";
/// let c = Classifier::new().classify_ad(title, "");
/// let e = &c.best().unwrap().evidence()[0];
/// assert_eq!(e.field(), Field::Title);
/// assert_eq!(e.range(), 18..33);
/// assert_eq!(e.text(title, ""), Some("Physiotherapist"));
/// assert_eq!(e.term(), "Physiotherapist");
/// ```
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Evidence {
    pub(crate) field: Field,
    pub(crate) range: Range<usize>,
    pub(crate) term: TermText,
}

impl Evidence {
    /// The input the match is in.
    ///
    /// ```
    /// use allied_health::{Classifier, Field};
    ///
    /// let c = Classifier::new().classify("We are looking for a dietitian.");
    /// assert_eq!(c.best().unwrap().evidence()[0].field(), Field::Body);
    /// ```
    #[must_use]
    pub fn field(&self) -> Field {
        self.field
    }

    /// The byte range of the match in its input. It lies on character
    /// boundaries, covers a plural or possessive ending ("nurses",
    /// "nurse's"), and covers a word such as "Assistant" that turned a
    /// discipline into a support role ("Physiotherapy Assistant").
    ///
    /// ```
    /// use allied_health::Classifier;
    ///
    /// let c = Classifier::new().classify_ad("Staff Nurses", "");
    /// assert_eq!(c.best().unwrap().evidence()[0].range(), 0..12);
    /// ```
    #[must_use]
    pub fn range(&self) -> Range<usize> {
        self.range.clone()
    }

    /// The dictionary term that matched, in the dictionary's spelling
    /// (a registry title, a curated term or a caller's alias).
    ///
    /// ```
    /// use allied_health::Classifier;
    ///
    /// let c = Classifier::new().classify_ad("ODP", "");
    /// assert_eq!(c.best().unwrap().evidence()[0].term(), "ODP");
    /// ```
    #[must_use]
    pub fn term(&self) -> &str {
        self.term.as_str()
    }

    /// The matched text, sliced from the same `title` and `body` that were
    /// classified (pass `""` as the title for text classified with
    /// [`classify`](crate::Classifier::classify)). `None` if the range does
    /// not fit the strings given.
    ///
    /// ```
    /// use allied_health::Classifier;
    ///
    /// let body = "Seeking an experienced Pharmacy Technician.";
    /// let c = Classifier::new().classify(body);
    /// let e = &c.best().unwrap().evidence()[0];
    /// assert_eq!(e.text("", body), Some("Pharmacy Technician"));
    /// ```
    #[must_use]
    pub fn text<'a>(&self, title: &'a str, body: &'a str) -> Option<&'a str> {
        let input = match self.field {
            Field::Title => title,
            Field::Body => body,
        };
        input.get(self.range.clone())
    }
}

/// A profession the text may be advertising, with its score and evidence.
///
/// ```
/// use allied_health::{Classifier, Profession};
///
/// let c = Classifier::new().classify_ad("Pharmacy Technician", "");
/// let best = c.best().unwrap();
/// assert_eq!(best.profession(), Profession::PharmacyTechnician);
/// assert!(best.score() > 0.5);
/// ```
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Candidate {
    pub(crate) profession: Profession,
    pub(crate) score: f32,
    pub(crate) evidence: Vec<Evidence>,
}

impl Candidate {
    /// The profession.
    ///
    /// ```
    /// use allied_health::{Classifier, Profession};
    ///
    /// let c = Classifier::new().classify_ad("Dental Nurse", "");
    /// assert_eq!(c.candidates()[0].profession(), Profession::DentalAssistant);
    /// ```
    #[must_use]
    pub fn profession(&self) -> Profession {
        self.profession
    }

    /// How strongly the text points to this profession, in `0.0..=1.0`: its
    /// share of all the evidence found, discounted when there is little.
    /// Scores of one classification are comparable with each other; across
    /// texts they are a rough confidence.
    ///
    /// ```
    /// use allied_health::Classifier;
    ///
    /// let c = Classifier::new().classify_ad("Theatre Nurse / ODP", "");
    /// let [first, second] = &c.candidates()[..2] else { panic!() };
    /// assert!(first.score() >= second.score());
    /// ```
    #[must_use]
    pub fn score(&self) -> f32 {
        self.score
    }

    /// The matches that support this profession, title first, then in the
    /// order of the text; at most eight.
    ///
    /// ```
    /// use allied_health::Classifier;
    ///
    /// let c = Classifier::new().classify_ad("Radiographer", "Diagnostic radiography, HCPC registered.");
    /// assert_eq!(c.best().unwrap().evidence().len(), 2);
    /// ```
    #[must_use]
    pub fn evidence(&self) -> &[Evidence] {
        &self.evidence
    }
}

/// The result of classifying one ad: ranked candidates, the best one (if
/// any), and the jurisdiction with its evidence.
///
/// ```
/// use allied_health::{Classifier, Definition, Jurisdiction, Profession};
///
/// let c = Classifier::new().classify_ad(
///     "Band 5 Occupational Therapist",
///     "An exciting opportunity for an HCPC registered occupational therapist.",
/// );
/// assert_eq!(c.profession(), Some(Profession::OccupationalTherapist));
/// assert_eq!(c.jurisdiction(), Some(Jurisdiction::Nhs));
/// assert_eq!(c.is_allied_health(Definition::NhsAhp), Some(true));
/// assert_eq!(c.is_boundary(), Some(false));
///
/// let none = Classifier::new().classify_ad("Medical Receptionist", "Answer phones for our GPs.");
/// assert_eq!(none.best(), None);
/// assert_eq!(none.is_boundary(), None);
/// ```
#[derive(Clone, PartialEq, Debug)]
pub struct Classification {
    pub(crate) candidates: Vec<Candidate>,
    pub(crate) has_best: bool,
    pub(crate) jurisdiction: Option<Jurisdiction>,
    pub(crate) jurisdiction_evidence: Vec<Evidence>,
}

impl Classification {
    /// The advertised profession's candidate, or `None` when the text names
    /// no profession clearly enough, or names a role outside the registry
    /// (a psychologist, a receptionist, a manager).
    ///
    /// ```
    /// use allied_health::{Classifier, Profession};
    ///
    /// let c = Classifier::new().classify_ad("Physiotherapy Assistant", "");
    /// assert_eq!(c.best().map(|b| b.profession()), Some(Profession::PhysicalTherapistAssistant));
    /// assert!(Classifier::new().classify("").best().is_none());
    /// ```
    #[must_use]
    pub fn best(&self) -> Option<&Candidate> {
        if self.has_best {
            self.candidates.first()
        } else {
            None
        }
    }

    /// The profession of [`best`](Self::best).
    ///
    /// ```
    /// use allied_health::{Classifier, Profession};
    ///
    /// let c = Classifier::new().classify_ad("Healthcare Assistant", "Ward 7, nights.");
    /// assert_eq!(c.profession(), Some(Profession::NursingAssistant));
    /// ```
    #[must_use]
    pub fn profession(&self) -> Option<Profession> {
        self.best().map(Candidate::profession)
    }

    /// Every profession with some evidence, best first: by score, then in
    /// registry order. Not empty does not mean there is a best candidate.
    ///
    /// ```
    /// use allied_health::{Classifier, Profession};
    ///
    /// let c = Classifier::new().classify_ad("Theatre Nurse / ODP", "");
    /// let ids: Vec<_> = c.candidates().iter().map(|c| c.profession()).collect();
    /// assert_eq!(ids, [Profession::RegisteredNurse, Profession::OperatingDepartmentPractitioner]);
    /// ```
    #[must_use]
    pub fn candidates(&self) -> &[Candidate] {
        &self.candidates
    }

    /// The jurisdiction the ad is from, or `None` when the text has no
    /// evidence either way (and the classifier has no default).
    ///
    /// ```
    /// use allied_health::{Classifier, Jurisdiction};
    ///
    /// let c = Classifier::new().classify_ad("Respiratory Therapist", "Salary $70,000. Texas license required.");
    /// assert_eq!(c.jurisdiction(), Some(Jurisdiction::Us));
    /// assert_eq!(Classifier::new().classify("Paramedic").jurisdiction(), None);
    /// ```
    #[must_use]
    pub fn jurisdiction(&self) -> Option<Jurisdiction> {
        self.jurisdiction
    }

    /// The matches that point to [`jurisdiction`](Self::jurisdiction) (at
    /// most eight); empty when it is `None` or came from the default.
    ///
    /// ```
    /// use allied_health::Classifier;
    ///
    /// let c = Classifier::new().classify_ad("Band 6 Podiatrist", "");
    /// assert_eq!(c.jurisdiction_evidence()[0].term(), "Band 6");
    /// ```
    #[must_use]
    pub fn jurisdiction_evidence(&self) -> &[Evidence] {
        &self.jurisdiction_evidence
    }

    /// The score of [`best`](Self::best), in `0.0..=1.0`; `None` when there
    /// is no best candidate.
    ///
    /// ```
    /// use allied_health::Classifier;
    ///
    /// let c = Classifier::new().classify_ad("Orthoptist", "");
    /// assert!(c.score().is_some_and(|s| s > 0.5));
    /// assert_eq!(Classifier::new().classify("Receptionist").score(), None);
    /// ```
    #[must_use]
    pub fn score(&self) -> Option<f32> {
        self.best().map(Candidate::score)
    }

    /// Whether the best profession is allied health by the definition of the
    /// inferred jurisdiction: NHS England's list
    /// ([`NhsAhp`](Definition::NhsAhp)) when the ad is from the NHS, the US
    /// broad sense ([`UsBroad`](Definition::UsBroad)) otherwise. This is the
    /// `allied_health` field of the command line's and the SQL functions'
    /// answers. `None` when there is no best candidate.
    ///
    /// ```
    /// use allied_health::Classifier;
    ///
    /// let c = Classifier::new();
    /// // A podiatrist is an NHS AHP, but a doctor (DPM) in the US.
    /// assert_eq!(c.classify_ad("Podiatrist", "Band 5, NHS trust.").allied_health(), Some(true));
    /// assert_eq!(c.classify_ad("Podiatrist", "Private practice in Ohio. 401(k).").allied_health(), Some(false));
    /// assert_eq!(c.classify("Receptionist").allied_health(), None);
    /// ```
    #[must_use]
    pub fn allied_health(&self) -> Option<bool> {
        let definition = match self.jurisdiction() {
            Some(Jurisdiction::Nhs) => Definition::NhsAhp,
            _ => Definition::UsBroad,
        };
        self.is_allied_health(definition)
    }

    /// The best profession's local title in the inferred
    /// [`jurisdiction`](Self::jurisdiction): "Physical therapist" in the US,
    /// "Physiotherapist" in the NHS. When the jurisdiction is unknown, or
    /// does not recognise the profession, the US title if the profession
    /// has one, else the NHS title. `None` when there is no best candidate.
    ///
    /// ```
    /// use allied_health::Classifier;
    ///
    /// let c = Classifier::new();
    /// let us = c.classify_ad("Physiotherapist", "Outpatient clinic in Austin, Texas. 401(k).");
    /// assert_eq!(us.title(), Some("Physical therapist"));
    /// let nhs = c.classify_ad("Physical Therapist", "Band 6, NHS trust in Leeds.");
    /// assert_eq!(nhs.title(), Some("Physiotherapist"));
    /// // "Physio" says nothing of where: the US title.
    /// assert_eq!(c.classify("Physio").title(), Some("Physical therapist"));
    /// assert_eq!(c.classify("Receptionist").title(), None);
    /// ```
    #[must_use]
    pub fn title(&self) -> Option<&'static str> {
        let (first, _) = self.recognitions()?;
        Some(first.title())
    }

    /// The best profession's occupation codes (SOC 2018, O*NET-SOC, UK SOC
    /// 2020, ISCO-08) in the inferred [`jurisdiction`](Self::jurisdiction),
    /// as [`Recognition::codes`](crate::Recognition::codes) gives them. When
    /// the jurisdiction is unknown, or does not recognise the profession,
    /// the codes of both jurisdictions (US first), each once. Empty when
    /// there is no best candidate. Nothing is allocated.
    ///
    /// ```
    /// use allied_health::{Classifier, Code};
    ///
    /// let c = Classifier::new();
    /// let nhs = c.classify_ad("Band 5 Physiotherapist", "");
    /// let codes: Vec<String> = nhs.codes().map(|c| c.to_prefixed_string()).collect();
    /// assert_eq!(codes, ["uksoc2020:2221", "isco08:2264"]);
    ///
    /// // No jurisdiction: the US codes, then the UK ones, ISCO-08 once.
    /// let anywhere = c.classify_ad("Physio", "");
    /// let codes: Vec<String> = anywhere.codes().map(|c| c.to_prefixed_string()).collect();
    /// assert_eq!(codes, ["soc2018:29-1123", "onet:29-1123.00", "isco08:2264", "uksoc2020:2221"]);
    ///
    /// assert_eq!(c.classify("Receptionist").codes().count(), 0);
    /// ```
    #[must_use]
    pub fn codes(&self) -> Codes<'_> {
        let (first, second) = match self.recognitions() {
            Some((first, second)) => (first.codes(), second.map_or(&[][..], Recognition::codes)),
            None => (&[][..], &[][..]),
        };
        Codes {
            first,
            second,
            at: 0,
        }
    }

    /// The recognitions that [`title`](Self::title) and
    /// [`codes`](Self::codes) read: the inferred jurisdiction's alone, or
    /// else the US one and the NHS one (either may be missing).
    fn recognitions(&self) -> Option<(&'static Recognition, Option<&'static Recognition>)> {
        let info = self.profession()?.info();
        if let Some(r) = self.jurisdiction.and_then(|j| info.recognition(j)) {
            return Some((r, None));
        }
        let us = info.recognition(Jurisdiction::Us);
        let nhs = info.recognition(Jurisdiction::Nhs);
        match (us, nhs) {
            (Some(us), nhs) => Some((us, nhs)),
            (None, Some(nhs)) => Some((nhs, None)),
            (None, None) => None,
        }
    }

    /// Whether the best candidate is allied health under `definition`;
    /// `None` when there is no best candidate.
    ///
    /// ```
    /// use allied_health::{Classifier, Definition};
    ///
    /// let c = Classifier::new().classify_ad("Staff Nurse", "");
    /// assert_eq!(c.is_allied_health(Definition::UsBroad), Some(false));
    /// ```
    #[must_use]
    pub fn is_allied_health(&self, definition: Definition) -> Option<bool> {
        self.profession()
            .map(|p| p.info().is_allied_health(definition))
    }

    /// Whether the best candidate is a boundary profession (nurse, doctor,
    /// pharmacist, dentist, midwife, care worker); `None` when there is no
    /// best candidate.
    ///
    /// ```
    /// use allied_health::Classifier;
    ///
    /// assert_eq!(Classifier::new().classify_ad("Locum GP", "").is_boundary(), Some(true));
    /// assert_eq!(Classifier::new().classify_ad("Orthoptist", "").is_boundary(), Some(false));
    /// ```
    #[must_use]
    pub fn is_boundary(&self) -> Option<bool> {
        self.profession().map(|p| p.info().is_boundary())
    }
}

/// The best profession's occupation codes: an iterator of [`Code`] from
/// [`Classification::codes`], each code once, without allocating.
///
/// ```
/// use allied_health::{Classifier, CodeSystem};
///
/// let c = Classifier::new().classify_ad("Paramedic", "Ambulance service in Ohio.");
/// let soc: Vec<String> = c
///     .codes()
///     .filter(|code| code.system() == CodeSystem::Soc2018)
///     .map(|code| code.to_string())
///     .collect();
/// assert_eq!(soc, ["29-2043"]);
/// ```
#[derive(Clone, Debug)]
pub struct Codes<'a> {
    first: &'a [Code],
    /// Read after `first`, skipping the codes `first` holds.
    second: &'a [Code],
    /// How many codes of `first`, then of `second`, were read.
    at: usize,
}

impl<'a> Iterator for Codes<'a> {
    type Item = Code;

    fn next(&mut self) -> Option<Code> {
        while self.at < self.first.len() + self.second.len() {
            let i = self.at;
            self.at += 1;
            match self.first.get(i) {
                Some(&code) => return Some(code),
                None => {
                    let code = self.second[i - self.first.len()];
                    if !self.first.contains(&code) {
                        return Some(code);
                    }
                }
            }
        }
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let total = self.first.len() + self.second.len();
        let left = total - self.at.min(total);
        (self.first.len().saturating_sub(self.at), Some(left))
    }
}

impl core::iter::FusedIterator for Codes<'_> {}

/// Serialises as `profession` (the best candidate's id, or null), `score`
/// (or null), `title` (or null), `codes` (an object of the four systems,
/// `soc2018`, `onet`, `uksoc2020` and `isco08`, each a list of codes in
/// their official format), `candidates`, `jurisdiction` and
/// `jurisdiction_evidence`.
///
/// ```
/// use allied_health::Classifier;
///
/// let c = Classifier::new().classify_ad("Dental Nurse", "GDC registered, Band 4.");
/// let json = serde_json::to_value(&c).unwrap();
/// assert_eq!(json["profession"], "dental-assistant");
/// assert_eq!(json["title"], "Dental nurse");
/// assert_eq!(json["codes"]["uksoc2020"][0], "6133");
/// assert!(json["codes"]["soc2018"].as_array().unwrap().is_empty());
/// ```
#[cfg(feature = "serde")]
impl serde::Serialize for Classification {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Classification", 7)?;
        st.serialize_field("profession", &self.profession())?;
        st.serialize_field("score", &self.score())?;
        st.serialize_field("title", &self.title())?;
        st.serialize_field("codes", &BySystem(self.codes()))?;
        st.serialize_field("candidates", &self.candidates)?;
        st.serialize_field("jurisdiction", &self.jurisdiction)?;
        st.serialize_field("jurisdiction_evidence", &self.jurisdiction_evidence)?;
        st.end()
    }
}

/// Codes as an object of the four systems, each a list of codes in their
/// official format.
#[cfg(feature = "serde")]
struct BySystem<'a>(Codes<'a>);

#[cfg(feature = "serde")]
impl serde::Serialize for BySystem<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use crate::model::code::CodeSystem;
        use serde::ser::SerializeMap;
        struct InSystem<'a>(Codes<'a>, CodeSystem);
        impl serde::Serialize for InSystem<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let system = self.1;
                s.collect_seq(
                    self.0
                        .clone()
                        .filter(|c| c.system() == system)
                        .map(|c| c.to_string()),
                )
            }
        }
        let mut map = s.serialize_map(Some(4))?;
        for system in [
            CodeSystem::Soc2018,
            CodeSystem::OnetSoc,
            CodeSystem::UkSoc2020,
            CodeSystem::Isco08,
        ] {
            map.serialize_entry(system.prefix(), &InSystem(self.0.clone(), system))?;
        }
        map.end()
    }
}
