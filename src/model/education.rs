//! Education and training: the BLS entry-level categories, work experience
//! and on-the-job training, and the O*NET Job Zone.

use core::fmt;
use core::str::FromStr;

use crate::model::error::ParseIdError;

macro_rules! id_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident : $kind:literal {
            $( $(#[$vdoc:meta])* $variant:ident => ($id:literal, $label:literal), )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
        pub enum $name {
            $( $(#[$vdoc])* $variant, )+
        }

        impl $name {
            /// Every value, in declaration order.
            ///
            #[doc = concat!("```\nuse allied_health::", stringify!($name), ";\n\nassert!(!", stringify!($name), "::ALL.is_empty());\n```")]
            pub const ALL: &'static [$name] = &[ $( $name::$variant, )+ ];

            /// The stable kebab-case id (used by serde and `FromStr`).
            ///
            #[doc = concat!("```\nuse allied_health::", stringify!($name), ";\n\nfor v in ", stringify!($name), "::ALL {\n    assert_eq!(v.id().parse::<", stringify!($name), ">().unwrap(), *v);\n}\n```")]
            #[must_use]
            pub const fn id(self) -> &'static str {
                match self { $( $name::$variant => $id, )+ }
            }

            /// The English label (the source's wording, where there is one);
            /// what `Display` prints.
            ///
            #[doc = concat!("```\nuse allied_health::", stringify!($name), ";\n\nlet v = ", stringify!($name), "::ALL[0];\nassert_eq!(v.to_string(), v.label());\n```")]
            #[must_use]
            pub const fn label(self) -> &'static str {
                match self { $( $name::$variant => $label, )+ }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.label())
            }
        }

        impl FromStr for $name {
            type Err = ParseIdError;

            /// Parses the id or the source's label, ignoring ASCII case and
            /// surrounding whitespace.
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                crate::model::error::parse_id($name::ALL, $kind, s, |v, t| {
                    v.id().eq_ignore_ascii_case(t) || v.label().eq_ignore_ascii_case(t)
                })
            }
        }

        crate::serde_ids::id_serde!($name);
    };
}
pub(crate) use id_enum;

id_enum! {
    /// Typical education needed to enter an occupation, in the categories of
    /// the BLS Employment Projections, ordered from least to most.
    ///
    /// ```
    /// use allied_health::EducationLevel;
    ///
    /// assert!(EducationLevel::Associate < EducationLevel::Bachelor);
    /// let level: EducationLevel = "Master's degree".parse()?;
    /// assert_eq!(level, EducationLevel::Master);
    /// assert_eq!(level.id(), "master");
    /// assert_eq!(EducationLevel::ALL.len(), 8);
    /// # Ok::<(), allied_health::ParseIdError>(())
    /// ```
    pub enum EducationLevel: "education level" {
        /// No formal educational credential.
        NoFormalCredential => ("no-formal-credential", "No formal educational credential"),
        /// High school diploma or equivalent.
        HighSchool => ("high-school", "High school diploma or equivalent"),
        /// Postsecondary nondegree award (certificate, diploma).
        PostsecondaryNondegreeAward => ("postsecondary-nondegree-award", "Postsecondary nondegree award"),
        /// Some college, no degree.
        SomeCollege => ("some-college", "Some college, no degree"),
        /// Associate's degree.
        Associate => ("associate", "Associate's degree"),
        /// Bachelor's degree (in the UK: a first degree).
        Bachelor => ("bachelor", "Bachelor's degree"),
        /// Master's degree.
        Master => ("master", "Master's degree"),
        /// Doctoral or professional degree.
        DoctoralOrProfessional => ("doctoral-or-professional", "Doctoral or professional degree"),
    }
}

id_enum! {
    /// Work experience in a related occupation needed to enter, in the BLS
    /// categories.
    ///
    /// ```
    /// use allied_health::WorkExperience;
    ///
    /// assert_eq!("Less than 5 years".parse::<WorkExperience>()?, WorkExperience::LessThanFiveYears);
    /// assert!(WorkExperience::None < WorkExperience::FiveYearsOrMore);
    /// # Ok::<(), allied_health::ParseIdError>(())
    /// ```
    pub enum WorkExperience: "work experience" {
        /// None.
        None => ("none", "None"),
        /// Less than 5 years.
        LessThanFiveYears => ("less-than-5-years", "Less than 5 years"),
        /// 5 years or more.
        FiveYearsOrMore => ("5-years-or-more", "5 years or more"),
    }
}

id_enum! {
    /// Typical on-the-job training needed to become competent, in the BLS
    /// categories.
    ///
    /// ```
    /// use allied_health::OnTheJobTraining;
    ///
    /// assert_eq!("Internship/residency".parse::<OnTheJobTraining>()?, OnTheJobTraining::InternshipResidency);
    /// # Ok::<(), allied_health::ParseIdError>(())
    /// ```
    pub enum OnTheJobTraining: "on-the-job training" {
        /// None.
        None => ("none", "None"),
        /// Short-term on-the-job training (a month or less).
        ShortTerm => ("short-term", "Short-term on-the-job training"),
        /// Moderate-term on-the-job training (one month to a year).
        ModerateTerm => ("moderate-term", "Moderate-term on-the-job training"),
        /// Long-term on-the-job training (more than a year).
        LongTerm => ("long-term", "Long-term on-the-job training"),
        /// Apprenticeship.
        Apprenticeship => ("apprenticeship", "Apprenticeship"),
        /// Internship or residency.
        InternshipResidency => ("internship-residency", "Internship/residency"),
    }
}

/// An O*NET Job Zone, 1 (little or no preparation) to 5 (extensive
/// preparation).
///
/// ```
/// use allied_health::JobZone;
///
/// let zone = JobZone::new(3).unwrap();
/// assert_eq!(zone.get(), 3);
/// assert!(JobZone::new(6).is_none());
/// assert_eq!(zone.to_string(), "Job Zone 3");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct JobZone(u8);

impl JobZone {
    /// The zone `n`, or `None` unless `1 <= n <= 5`.
    ///
    /// ```
    /// use allied_health::JobZone;
    ///
    /// assert!(JobZone::new(0).is_none());
    /// assert!(JobZone::new(5).is_some());
    /// ```
    #[must_use]
    pub const fn new(n: u8) -> Option<JobZone> {
        if n >= 1 && n <= 5 {
            Some(JobZone(n))
        } else {
            None
        }
    }

    /// Builds a zone from the static tables; a bad literal fails the build.
    pub(crate) const fn of(n: u8) -> JobZone {
        assert!(n >= 1 && n <= 5);
        JobZone(n)
    }

    /// The zone number, 1 to 5.
    ///
    /// ```
    /// use allied_health::JobZone;
    ///
    /// assert_eq!(JobZone::new(4).unwrap().get(), 4);
    /// ```
    #[must_use]
    pub const fn get(self) -> u8 {
        self.0
    }

    /// O*NET's name for the zone.
    ///
    /// ```
    /// use allied_health::JobZone;
    ///
    /// assert_eq!(JobZone::new(5).unwrap().title(), "Extensive Preparation Needed");
    /// ```
    #[must_use]
    pub const fn title(self) -> &'static str {
        match self.0 {
            1 => "Little or No Preparation Needed",
            2 => "Some Preparation Needed",
            3 => "Medium Preparation Needed",
            4 => "Considerable Preparation Needed",
            _ => "Extensive Preparation Needed",
        }
    }
}

impl fmt::Display for JobZone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Job Zone {}", self.0)
    }
}

#[cfg(feature = "serde")]
mod serde_impls {
    use super::JobZone;
    use serde::de::Error as _;

    impl serde::Serialize for JobZone {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_u8(self.0)
        }
    }

    impl<'de> serde::Deserialize<'de> for JobZone {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            let n = u8::deserialize(d)?;
            JobZone::new(n).ok_or_else(|| D::Error::custom(format!("job zone {n} is not 1 to 5")))
        }
    }
}
