//! [`BuildError`]: why a [`ClassifierBuilder`](super::ClassifierBuilder)
//! refused its options.

use core::fmt;

/// Why [`ClassifierBuilder::build`](crate::ClassifierBuilder::build) failed:
/// an alias that cannot be matched, or a minimum score outside `0.0..=1.0`.
///
/// The error keeps the offending input.
///
/// ```
/// use allied_health::{Classifier, Profession};
///
/// let err = Classifier::builder()
///     .alias("  ", Profession::Paramedic)
///     .build()
///     .unwrap_err();
/// assert_eq!(err.input(), "  ");
/// assert_eq!(err.to_string(), "alias \"  \" has no letters or digits to match");
/// ```
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("{kind}")]
pub struct BuildError {
    kind: Kind,
}

#[derive(Clone, Debug, PartialEq)]
enum Kind {
    Alias { alias: Box<str>, why: &'static str },
    MinScore(f32),
    Automaton(String),
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Kind::Alias { alias, why } => write!(f, "alias {alias:?} {why}"),
            Kind::MinScore(score) => {
                write!(f, "minimum score {score} is not between 0 and 1")
            }
            Kind::Automaton(why) => write!(f, "cannot build the term matcher: {why}"),
        }
    }
}

impl BuildError {
    pub(crate) fn alias(alias: &str, why: &'static str) -> Self {
        BuildError {
            kind: Kind::Alias {
                alias: alias.into(),
                why,
            },
        }
    }

    pub(crate) fn min_score(score: f32) -> Self {
        BuildError {
            kind: Kind::MinScore(score),
        }
    }

    pub(crate) fn automaton(err: aho_corasick::BuildError) -> Self {
        BuildError {
            kind: Kind::Automaton(err.to_string()),
        }
    }

    /// The offending input: the alias, or the minimum score as text.
    ///
    /// ```
    /// use allied_health::Classifier;
    ///
    /// let err = Classifier::builder().min_score(1.5).build().unwrap_err();
    /// assert_eq!(err.input(), "1.5");
    /// ```
    #[must_use]
    pub fn input(&self) -> std::borrow::Cow<'_, str> {
        match &self.kind {
            Kind::Alias { alias, .. } => std::borrow::Cow::Borrowed(alias),
            Kind::MinScore(score) => std::borrow::Cow::Owned(score.to_string()),
            Kind::Automaton(_) => std::borrow::Cow::Borrowed(""),
        }
    }
}
