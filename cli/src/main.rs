//! `allied-health`, the command line of the `allied-health` crate: classify
//! job ads from JSON Lines, CSV or plain text (and, with the `sql` feature,
//! Parquet and SQL), print the registry, a career profile or a query's
//! matches, and evaluate the classifier on labelled ads.
//!
//! Exit status: 0 when all went well, 1 when `classify` answered some
//! record with an error line, 2 for a usage error, input that cannot be
//! read, or output that cannot be written (a closed pipe included); a
//! message on stderr says why.

#![forbid(unsafe_code)]

mod classify;
mod evaluate;
mod profile;
mod query;
mod registry;
#[cfg(feature = "sql")]
mod sql;

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use allied_health::{Jurisdiction, Profession};
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "allied-health",
    version,
    about = "Classify healthcare job ads and browse the allied health registry (US and UK NHS)",
    long_about = "Classify healthcare job ads and browse the allied health registry (US and UK NHS).\n\n\
        Exit status: 0 when all went well; 1 when `classify` answered some record with an error \
        line; 2 for a usage error, input that cannot be read, or output that cannot be written \
        (a closed pipe such as `| head` included), with a message on stderr.",
    propagate_version = true
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Classify job ads from JSON Lines, CSV or plain text.
    #[command(long_about = classify::LONG_ABOUT)]
    Classify(classify::ClassifyArgs),
    /// Print every profession of the registry as a table, or as JSON.
    #[command(long_about = registry::LONG_ABOUT)]
    Registry {
        /// Print JSON: every profession's full record, or with --shares the shares.
        #[arg(long)]
        json: bool,
        /// Print the share of US healthcare employment each definition covers.
        #[arg(long)]
        shares: bool,
    },
    /// Print a profession's career card.
    #[command(long_about = profile::LONG_ABOUT)]
    Profile {
        /// The profession's id, such as `diagnostic-radiographer`.
        #[arg(value_name = "ID", value_parser = parse_profession)]
        profession: Profession,
        /// Only this jurisdiction's part of the card.
        #[arg(long, value_name = "us|nhs", value_parser = parse_jurisdiction)]
        jurisdiction: Option<Jurisdiction>,
        /// Print the card as one JSON object.
        #[arg(long)]
        json: bool,
    },
    /// List the professions a query matches.
    #[command(long_about = query::LONG_ABOUT)]
    Query(query::QueryArgs),
    /// Measure the classifier against hand-labelled ads.
    #[command(long_about = EVALUATE_ABOUT)]
    Evaluate {
        /// JSON Lines of labelled ads.
        file: PathBuf,
        /// Also list every wrong row and every wrong jurisdiction.
        #[arg(long)]
        misses: bool,
    },
    /// Run SQL over Parquet, CSV or JSON files with the classifier's functions.
    #[cfg(feature = "sql")]
    #[command(long_about = sql::LONG_ABOUT)]
    Sql(sql::SqlArgs),
}

const EVALUATE_ABOUT: &str = "Measure the classifier against hand-labelled ads.\n\n\
    FILE is JSON Lines: `title` and `body` (or `text`), the gold `label` (a profession id, or \
    `none`), and optionally `also` (other acceptable ids; `none` there accepts no profession), \
    `jurisdiction` (`us`, `nhs` or null), `confidence` (`high`, `medium`, `low`) and `source`. \
    A prediction is the best candidate's id, or `none`; it is correct when it equals the \
    label, is in `also`, or both are none.\n\n\
    The report, as text: `accuracy: R (right/all)` on its first line; accuracy on \
    high-confidence rows; jurisdiction accuracy (over rows whose jurisdiction is not null); \
    accuracy per source; recall and precision for every label that is gold or predicted \
    (`n/a (0/0)` where a label never occurs; `*` marks a label that is no registry id, which \
    the classifier cannot name); the 15 most frequent confusions (gold -> predicted). With \
    --misses, every wrong row (`id | title | gold | got`) and every wrong jurisdiction. \
    Malformed lines are reported on stderr and skipped.\n\n\
    Exit status: 0 after a report, 1 when the file holds no labelled row, 2 when it cannot be \
    read or the report cannot be written.";

fn parse_profession(id: &str) -> Result<Profession, String> {
    id.parse::<Profession>().map_err(|e| {
        let ids: Vec<&str> = Profession::ALL.iter().map(|p| p.id()).collect();
        format!("{e}; known ids: {}", ids.join(", "))
    })
}

fn parse_jurisdiction(id: &str) -> Result<Jurisdiction, String> {
    id.parse::<Jurisdiction>()
        .map_err(|_| format!("unknown jurisdiction {id:?}: expected us or nhs"))
}

/// Why a command stopped: its message, printed on stderr with exit status 2.
#[derive(Debug)]
pub struct Fatal(pub String);

impl Fatal {
    /// Standard output could not be written (a closed pipe among others).
    pub fn stdout(e: &io::Error) -> Fatal {
        Fatal(format!("cannot write to standard output: {e}"))
    }
}

/// Writes `text` to standard output and flushes it.
pub fn print(text: &[u8]) -> Result<(), Fatal> {
    let mut out = io::stdout().lock();
    out.write_all(text)
        .and_then(|()| out.flush())
        .map_err(|e| Fatal::stdout(&e))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Classify(args) => classify::run(&args),
        Command::Registry { json, shares } => {
            print(registry::text(json, shares).as_bytes()).map(|()| ExitCode::SUCCESS)
        }
        Command::Profile {
            profession,
            jurisdiction,
            json,
        } => profile::run(profession, jurisdiction, json).map(|()| ExitCode::SUCCESS),
        Command::Query(args) => query::run(&args).map(|()| ExitCode::SUCCESS),
        Command::Evaluate { file, misses } => return evaluate::run(&file, misses),
        #[cfg(feature = "sql")]
        Command::Sql(args) => sql::run(&args).map(|()| ExitCode::SUCCESS),
    };
    match result {
        Ok(code) => code,
        Err(Fatal(message)) => {
            eprintln!("allied-health: {message}");
            ExitCode::from(2)
        }
    }
}
