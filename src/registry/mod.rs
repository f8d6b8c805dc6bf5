//! What reads the generated tables: each profession's record and profile,
//! lookups by code and by title, and the share of US healthcare employment
//! each definition covers.

pub(crate) mod codes;
pub(crate) mod info;
pub(crate) mod shares;
pub(crate) mod title;
