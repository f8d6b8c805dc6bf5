//! Measures the classifier against hand-labelled ads (the same report as
//! `allied-health evaluate`, whose code it includes).
//!
//! ```text
//! cargo run --release --example evaluate -- FILE [--misses]
//! ```
//!
//! FILE is JSON Lines: `title` and `body` (or `text`), the gold `label` (a
//! profession id or `none`), and optionally `also` (other acceptable ids,
//! `none` among them accepting no profession), `jurisdiction` (`us`, `nhs`
//! or null), `confidence` and `source`. The first line of the report is
//! `accuracy: R (right/all)`; then accuracy on high-confidence rows,
//! jurisdiction accuracy, per source, recall and precision per label, and
//! the most frequent confusions. `--misses` also lists every wrong row.

use std::path::Path;
use std::process::ExitCode;

#[path = "../cli/src/evaluate.rs"]
mod evaluate;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let misses = args.iter().any(|a| a == "--misses");
    match args.iter().filter(|a| *a != "--misses").collect::<Vec<_>>()[..] {
        [path] if !path.starts_with('-') => evaluate::run(Path::new(path), misses),
        _ => {
            eprintln!("usage: evaluate FILE [--misses]");
            ExitCode::from(2)
        }
    }
}
