//! The job-ad classifier: [`Classifier`], its [`ClassifierBuilder`], the
//! [`Classification`] it returns (with the best profession's score, local
//! title and occupation [`Codes`]), and the batch API ([`Ad`], [`OwnedAd`],
//! [`AsAd`], [`Classifier::classify_iter`]).
//!
//! What it knows: every title the registry knows for a profession (names,
//! local titles, curated aliases, and the O*NET alternate titles that the
//! rest does not already read right), so that whatever
//! [`lookup_title`](crate::lookup_title) finds the classifier finds too;
//! and its own terms (short forms, disciplines, credentials, grades, roles
//! outside the registry, cues and evidence of a jurisdiction).
//!
//! How it reads an ad: one pass over the title and one over the body, each
//! walking an Aho–Corasick automaton from every place a word can start, find
//! every dictionary term as a whole word. The walk reads the text as
//! normalised, in place and without copying it: any run of horizontal
//! white space (spaces, tabs, no-break and ideographic spaces) is one
//! space, a line break ends every term, zero-width characters, soft hyphens
//! and combining marks vanish, dashes are hyphens, full-width forms are
//! ASCII and Latin letters with diacritics are their base letters. Evidence
//! ranges point into the caller's text, on character boundaries.
//!
//! A word such as
//! "Assistant" or "Technician" right after a discipline changes the role,
//! as does a technician series before one ("Health Technician (Audiology)").
//! The title weighs most, by the structure of the title; in the body, early
//! mentions and mentions introduced as the job ("we are looking for a") weigh
//! more than later ones, repeated ones, plurals and mentions in passing
//! ("working alongside nurses"). A role outside the registry in the title
//! ("Receptionist") leaves the ad without a best candidate.
//!
//! ```
//! use allied_health::{Classifier, Profession};
//!
//! let classifier = Classifier::new();
//! // Text as scraped reads as the plain text does.
//! let c = classifier.classify_ad("Speech\u{2013}Language\u{A0}Pathologist", "");
//! assert_eq!(c.profession(), Some(Profession::SpeechAndLanguageTherapist));
//! assert_eq!(c.best().unwrap().evidence()[0].range(), 0..30);
//! // Every answer carries the local title and occupation codes.
//! assert_eq!(c.title(), Some("Speech-language pathologist"));
//! assert!(c.codes().any(|code| code.to_string() == "29-1127"));
//! ```

mod batch;
mod dictionary;
mod error;
mod jurisdiction;
mod normalize;
mod result;
mod scan;
mod score;
// The term tables read best one profession or one short list per line.
#[rustfmt::skip]
mod terms;

use std::sync::Arc;

pub use batch::{Ad, AsAd, ClassifyIter, OwnedAd};
pub use error::BuildError;
pub use result::{Candidate, Classification, Codes, Evidence, Field};

use crate::model::jurisdiction::Jurisdiction;
use crate::model::profession::Profession;
use dictionary::{Dictionary, MAX_TERM_BYTES};

/// The minimum score of a best candidate unless the builder sets another.
const DEFAULT_MIN_SCORE: f32 = 0.2;

/// Tells which profession a job ad is for.
///
/// Building one compiles the term dictionary (a few milliseconds), so build
/// it once and share it: it is `Send + Sync`, and cloning it is cheap.
/// A `static` with [`LazyLock`](std::sync::LazyLock) is the usual way (it is
/// what [`crate::classify`] does):
///
/// ```
/// use std::sync::LazyLock;
/// use allied_health::{Classifier, Profession};
///
/// static CLASSIFIER: LazyLock<Classifier> = LazyLock::new(Classifier::new);
///
/// let c = CLASSIFIER.classify_ad(
///     "Band 6 Speech and Language Therapist",
///     "We are looking for an enthusiastic SLT to join our paediatric team.",
/// );
/// assert_eq!(c.profession(), Some(Profession::SpeechAndLanguageTherapist));
/// ```
#[derive(Clone, Debug)]
pub struct Classifier {
    dictionary: Arc<Dictionary>,
    min_score: f32,
    default_jurisdiction: Option<Jurisdiction>,
}

impl Classifier {
    /// The default classifier, from the registry and the crate's own terms.
    ///
    /// ```
    /// use allied_health::{Classifier, Profession};
    ///
    /// let c = Classifier::new().classify_ad("Pharmacy Technician", "");
    /// assert_eq!(c.profession(), Some(Profession::PharmacyTechnician));
    /// ```
    #[must_use]
    pub fn new() -> Classifier {
        // The built-in terms take no input; a test proves they build.
        let dictionary = Dictionary::build(&[]).expect("the built-in dictionary builds");
        Classifier {
            dictionary: Arc::new(dictionary),
            min_score: DEFAULT_MIN_SCORE,
            default_jurisdiction: None,
        }
    }

    /// A builder for a classifier with extra aliases, a default
    /// jurisdiction or another minimum score.
    ///
    /// ```
    /// use allied_health::{Classifier, Profession};
    ///
    /// let c = Classifier::builder()
    ///     .alias("Physio Wizard", Profession::Physiotherapist)
    ///     .build()?;
    /// assert_eq!(c.classify("Physio Wizard").profession(), Some(Profession::Physiotherapist));
    /// # Ok::<(), allied_health::BuildError>(())
    /// ```
    #[must_use]
    pub fn builder() -> ClassifierBuilder {
        ClassifierBuilder::new()
    }

    /// Classifies an ad given as a title and a body (either may be empty).
    ///
    /// The title weighs most: an ad titled "Rehabilitation Assistant" whose
    /// body says "join our team of nurses and physiotherapists" is for a
    /// support worker. Any text is valid input, and time is linear in its
    /// length.
    ///
    /// ```
    /// use allied_health::{Classifier, Profession};
    ///
    /// let c = Classifier::new().classify_ad(
    ///     "Rehabilitation Assistant",
    ///     "Join our team of nurses and physiotherapists on a busy stroke ward.",
    /// );
    /// assert_eq!(c.profession(), Some(Profession::AhpSupportWorker));
    /// ```
    #[must_use]
    pub fn classify_ad(&self, title: &str, body: &str) -> Classification {
        score::classify(
            &self.dictionary,
            title,
            body,
            self.min_score,
            self.default_jurisdiction,
        )
    }

    /// Classifies text that has no separate title. A short first line (up
    /// to 150 bytes) followed by more text is read as the title; evidence
    /// points into `text` with [`Field::Body`].
    ///
    /// ```
    /// use allied_health::{Classifier, Profession};
    ///
    /// let c = Classifier::new().classify("Dental Nurse\nBusy NHS practice in Leeds, GDC registration required.");
    /// assert_eq!(c.profession(), Some(Profession::DentalAssistant));
    /// ```
    #[must_use]
    pub fn classify(&self, text: &str) -> Classification {
        self.classify_ad("", text)
    }

    /// The approximate heap held by the classifier's dictionary, in bytes.
    ///
    /// ```
    /// use allied_health::Classifier;
    ///
    /// assert!(Classifier::new().memory_usage() < 5 * 1024 * 1024);
    /// ```
    #[must_use]
    pub fn memory_usage(&self) -> usize {
        self.dictionary.memory_usage()
    }

    /// Every pattern the classifier's matcher looks for, as matched: the
    /// terms of its dictionary and their spelling and punctuation variants,
    /// each once. Abbreviations ("ODP") must match in their case; the rest
    /// ignore ASCII case.
    ///
    /// Every ad is scanned for all of these, so they bound how fast any
    /// dictionary classifier of the same terms can be: an Aho–Corasick
    /// automaton over them is the baseline of the crate's benchmarks. The
    /// list is not part of the stable API: it changes with the dictionary.
    ///
    /// ```
    /// use allied_health::Classifier;
    ///
    /// let c = Classifier::new();
    /// assert!(c.patterns().any(|p| p == "ODP"));
    /// // "Paediatric" is also matched as "pediatric".
    /// assert!(c.patterns().any(|p| p == "pediatric occupational therapist"));
    /// ```
    pub fn patterns(&self) -> impl ExactSizeIterator<Item = &str> {
        self.dictionary.entries.iter().map(|e| &*e.pattern)
    }
}

impl Default for Classifier {
    /// The same as [`Classifier::new`].
    fn default() -> Self {
        Classifier::new()
    }
}

/// Options for a [`Classifier`]: extra aliases, a default jurisdiction, a
/// minimum score. The setters take `&mut self`, so a builder can be reused.
///
/// ```
/// use allied_health::{Classifier, Jurisdiction, Profession};
///
/// let mut builder = Classifier::builder();
/// builder
///     .alias("Therapy Radiographer", Profession::TherapeuticRadiographer)
///     .default_jurisdiction(Jurisdiction::Nhs)
///     .min_score(0.3);
/// let classifier = builder.build()?;
/// let c = classifier.classify_ad("Therapy Radiographer", "");
/// assert_eq!(c.profession(), Some(Profession::TherapeuticRadiographer));
/// assert_eq!(c.jurisdiction(), Some(Jurisdiction::Nhs));
/// # Ok::<(), allied_health::BuildError>(())
/// ```
#[derive(Clone, Debug)]
pub struct ClassifierBuilder {
    aliases: Vec<(Arc<str>, Profession)>,
    min_score: f32,
    default_jurisdiction: Option<Jurisdiction>,
}

impl Default for ClassifierBuilder {
    fn default() -> Self {
        ClassifierBuilder::new()
    }
}

impl ClassifierBuilder {
    /// A builder with the default options.
    ///
    /// ```
    /// use allied_health::ClassifierBuilder;
    ///
    /// let classifier = ClassifierBuilder::new().build()?;
    /// assert!(classifier.classify("").best().is_none());
    /// # Ok::<(), allied_health::BuildError>(())
    /// ```
    #[must_use]
    pub fn new() -> ClassifierBuilder {
        ClassifierBuilder {
            aliases: Vec::new(),
            min_score: DEFAULT_MIN_SCORE,
            default_jurisdiction: None,
        }
    }

    /// Adds a term that names `profession` as a job title. It matches whole
    /// words, ignoring ASCII case (unless it is an abbreviation such as
    /// "ACP", which must match its case), in either UK or US spelling, and
    /// overrides any built-in meaning of the same words.
    ///
    /// ```
    /// use allied_health::{Classifier, Profession};
    ///
    /// let c = Classifier::builder().alias("ACP", Profession::Paramedic).build()?;
    /// assert_eq!(c.classify_ad("ACP - Urgent Care", "").profession(), Some(Profession::Paramedic));
    /// # Ok::<(), allied_health::BuildError>(())
    /// ```
    pub fn alias(&mut self, term: &str, profession: Profession) -> &mut ClassifierBuilder {
        self.aliases.push((Arc::from(term), profession));
        self
    }

    /// The jurisdiction to report when an ad has no evidence of one (by
    /// default, none).
    ///
    /// ```
    /// use allied_health::{Classifier, Jurisdiction};
    ///
    /// let c = Classifier::builder().default_jurisdiction(Jurisdiction::Us).build()?;
    /// assert_eq!(c.classify("Phlebotomist").jurisdiction(), Some(Jurisdiction::Us));
    /// # Ok::<(), allied_health::BuildError>(())
    /// ```
    pub fn default_jurisdiction(&mut self, jurisdiction: Jurisdiction) -> &mut ClassifierBuilder {
        self.default_jurisdiction = Some(jurisdiction);
        self
    }

    /// The score (in `0.0..=1.0`) the first candidate needs to be the best
    /// one; below it, [`Classification::best`] is `None`. The default is 0.2.
    ///
    /// ```
    /// use allied_health::Classifier;
    ///
    /// let strict = Classifier::builder().min_score(0.99).build()?;
    /// assert!(strict.classify_ad("Paramedic", "").best().is_none());
    /// # Ok::<(), allied_health::BuildError>(())
    /// ```
    pub fn min_score(&mut self, score: f32) -> &mut ClassifierBuilder {
        self.min_score = score;
        self
    }

    /// Builds the classifier.
    ///
    /// # Errors
    ///
    /// [`BuildError`] when an alias has no letter or digit or is longer than
    /// 200 bytes, or when the minimum score is not in `0.0..=1.0`.
    ///
    /// ```
    /// use allied_health::{Classifier, Profession};
    ///
    /// assert!(Classifier::builder().alias("", Profession::Dietitian).build().is_err());
    /// assert!(Classifier::builder().min_score(f32::NAN).build().is_err());
    /// ```
    pub fn build(&self) -> Result<Classifier, BuildError> {
        if !(0.0..=1.0).contains(&self.min_score) {
            return Err(BuildError::min_score(self.min_score));
        }
        for (alias, _) in &self.aliases {
            if !alias.chars().any(char::is_alphanumeric) {
                return Err(BuildError::alias(
                    alias,
                    "has no letters or digits to match",
                ));
            }
            if alias.trim().len() > MAX_TERM_BYTES {
                return Err(BuildError::alias(alias, "is longer than 200 bytes"));
            }
        }
        Ok(Classifier {
            dictionary: Arc::new(Dictionary::build(&self.aliases)?),
            min_score: self.min_score,
            default_jurisdiction: self.default_jurisdiction,
        })
    }
}
