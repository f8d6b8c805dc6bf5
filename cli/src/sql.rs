//! The `sql` feature: Parquet in and out for `classify`, and the `sql`
//! subcommand (to come, built on DataFusion).

use std::io::{Read, Write};
use std::path::Path;

use clap::Args;

use crate::Fatal;
use crate::classify::{ColumnNames, Sink, Source};

const NOT_YET: &str = "the `sql` feature is not built yet";

#[derive(Args)]
pub struct SqlArgs {
    /// The query.
    query: String,
}

pub fn run(_args: &SqlArgs) -> Result<(), Fatal> {
    Err(Fatal(NOT_YET.to_owned()))
}

pub fn parquet_source(
    _path: &Path,
    _input: Box<dyn Read>,
    _names: &ColumnNames,
) -> Result<Box<dyn Source>, Fatal> {
    Err(Fatal(NOT_YET.to_owned()))
}

pub fn parquet_sink(_out: Box<dyn Write + Send>) -> Result<Box<dyn Sink>, Fatal> {
    Err(Fatal(NOT_YET.to_owned()))
}
