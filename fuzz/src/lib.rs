//! The fuzz targets' bodies, shared with the main crate's stable tests.

#[path = "../../tests/entry_points/mod.rs"]
mod entry_points;

pub use entry_points::*;
