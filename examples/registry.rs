//! Prints the registry as a readable table, or as JSON with `--json`; with
//! `--shares`, the share of US healthcare employment each definition of
//! allied health covers (a table, or `--shares --json`). The same output as
//! `allied-health registry`, whose module this example includes.
//!
//! ```text
//! cargo run --example registry
//! cargo run --example registry -- --json
//! cargo run --example registry -- --shares [--json]
//! ```

use std::io::{self, Write};
use std::process::ExitCode;

#[path = "../cli/src/registry.rs"]
mod registry;

fn main() -> ExitCode {
    let mut json = false;
    let mut shares = false;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => json = true,
            "--shares" => shares = true,
            "--help" | "-h" => {
                println!(
                    "usage: registry [--json] [--shares]\n\n{}",
                    registry::LONG_ABOUT
                );
                return ExitCode::SUCCESS;
            }
            _ => {
                eprintln!("usage: registry [--json] [--shares]");
                return ExitCode::from(2);
            }
        }
    }
    let text = registry::text(json, shares);
    match io::stdout().lock().write_all(text.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`| head`) is a normal way for a reader to stop.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("registry: {e}");
            ExitCode::FAILURE
        }
    }
}
