//! [`Profession`], the enum of every profession in the registry, and
//! [`RoleLevel`].

use core::fmt;
use core::str::FromStr;

use crate::model::error::ParseIdError;

/// Declares the `Profession` enum, its stable order and its ids from one list,
/// so that a variant and its id can never drift apart.
macro_rules! professions {
    ($( $(#[$doc:meta])* $variant:ident => ($id:literal, $name:literal), )+) => {
        /// A profession: a concept that each [`Jurisdiction`](crate::Jurisdiction) may recognise under
        /// its own title, codes and rules.
        ///
        /// Every id from the project's profession list is a variant: the allied
        /// roles first, then the boundary professions (healthcare, but not allied
        /// health) that let callers and the classifier say "this is a nurse".
        /// The id is stable and kebab-case; [`Display`](fmt::Display) prints the
        /// English name.
        ///
        /// ```
        /// use allied_health::Profession;
        ///
        /// let p: Profession = "speech-and-language-therapist".parse()?;
        /// assert_eq!(p, Profession::SpeechAndLanguageTherapist);
        /// assert_eq!(p.id(), "speech-and-language-therapist");
        /// assert_eq!(p.to_string(), "Speech and language therapist");
        /// # Ok::<(), allied_health::ParseIdError>(())
        /// ```
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
        #[non_exhaustive]
        pub enum Profession {
            $( $(#[$doc])* $variant, )+
        }

        impl Profession {
            /// Every profession, in the registry's stable order (the order of the
            /// profession list: allied roles, then boundary professions).
            ///
            /// ```
            /// use allied_health::Profession;
            ///
            /// assert_eq!(Profession::ALL[0], Profession::Physiotherapist);
            /// assert!(Profession::ALL.contains(&Profession::RegisteredNurse));
            /// ```
            pub const ALL: &'static [Profession] = &[ $( Profession::$variant, )+ ];

            /// The stable kebab-case id, as used by serde, [`FromStr`] and the
            /// classifier's output.
            ///
            /// ```
            /// use allied_health::Profession;
            ///
            /// assert_eq!(Profession::OperatingDepartmentPractitioner.id(), "operating-department-practitioner");
            /// ```
            #[must_use]
            pub const fn id(self) -> &'static str {
                match self {
                    $( Profession::$variant => $id, )+
                }
            }

            /// The English name, as [`Display`](fmt::Display) prints it.
            ///
            /// ```
            /// use allied_health::Profession;
            ///
            /// assert_eq!(Profession::MriTechnologist.name(), "MRI technologist");
            /// ```
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self {
                    $( Profession::$variant => $name, )+
                }
            }

            /// The profession whose id is exactly `id` (already lower case).
            fn from_lower_id(id: &str) -> Option<Profession> {
                match id {
                    $( $id => Some(Profession::$variant), )+
                    _ => None,
                }
            }
        }
    };
}

// The variants, ids and names, generated from data/curated.toml.
include!("profession_list.rs");

impl Profession {
    /// Finds the profession whose id is `id`, ignoring ASCII case and
    /// surrounding whitespace. The same as [`str::parse`].
    ///
    /// # Errors
    ///
    /// [`ParseIdError`] (which keeps the input) when no profession has that id.
    ///
    /// ```
    /// use allied_health::Profession;
    ///
    /// assert_eq!(Profession::from_id(" Paramedic ")?, Profession::Paramedic);
    /// assert!(Profession::from_id("nurse").is_err());
    /// # Ok::<(), allied_health::ParseIdError>(())
    /// ```
    pub fn from_id(id: &str) -> Result<Profession, ParseIdError> {
        // Lower-case into a stack buffer so the lookup never allocates; no id
        // is longer than the buffer.
        let mut buf = [0u8; 40];
        let trimmed = id.trim().as_bytes();
        let lowered = buf.get_mut(..trimmed.len()).map(|out| {
            for (o, b) in out.iter_mut().zip(trimmed) {
                *o = b.to_ascii_lowercase();
            }
            &*out
        });
        lowered
            .and_then(|bytes| core::str::from_utf8(bytes).ok())
            .and_then(Profession::from_lower_id)
            .ok_or_else(|| ParseIdError::new("profession", id))
    }
}

impl fmt::Display for Profession {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Profession {
    type Err = ParseIdError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Profession::from_id(s)
    }
}

crate::model::education::id_enum! {
    /// Whether a role is a qualified professional or a support role that works
    /// under one (an assistant, aide or support worker).
    ///
    /// ```
    /// use allied_health::{Profession, RoleLevel};
    ///
    /// assert_eq!(Profession::Physiotherapist.info().role_level(), RoleLevel::Professional);
    /// assert_eq!(Profession::PhysicalTherapistAssistant.info().role_level(), RoleLevel::Support);
    /// assert_eq!(RoleLevel::Support.id(), "support");
    /// ```
    #[non_exhaustive]
    pub enum RoleLevel: "role level" {
        /// A qualified professional (or technologist) in their own right.
        Professional => ("professional", "Professional"),
        /// A role defined by supporting a professional: assistant, aide, support worker.
        Support => ("support", "Support role"),
    }
}
