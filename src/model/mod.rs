//! The types alone: professions, jurisdictions and their recognitions,
//! education, settings, scope and family, definitions, occupation codes,
//! career-profile records and errors. Nothing here reads a table; the
//! generated tables in `crate::data` are built from these types, and
//! `crate::registry` reads them.

pub(crate) mod code;
pub(crate) mod definition;
pub(crate) mod education;
pub(crate) mod employment;
pub(crate) mod equivalence;
pub(crate) mod error;
pub(crate) mod info;
pub(crate) mod jurisdiction;
pub(crate) mod profession;
pub(crate) mod profile;
pub(crate) mod scope;
pub(crate) mod set;
pub(crate) mod setting;
