//! A profession's career profile through the library API: US pay and
//! outlook with the BLS rows they come from, related careers and career
//! steps. The full career card is the command line's
//! `allied-health profile ID` (`cli/src/profile.rs`).
//!
//! ```text
//! cargo run --example profile -- diagnostic-radiographer
//! ```

use std::process::ExitCode;

use allied_health::{Coverage, Profession};

fn main() -> ExitCode {
    let Some(id) = std::env::args().nth(1) else {
        eprintln!("usage: profile <profession-id>");
        return ExitCode::from(2);
    };
    let profession: Profession = match id.parse() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("profile: {e}");
            return ExitCode::from(2);
        }
    };
    let profile = profession.profile();
    println!("{profession} ({})", profession.id());
    match profile.outlook() {
        Some(o) => {
            let whose = match o.coverage() {
                Coverage::Exact => "its own row",
                _ => "a row it shares",
            };
            let wage = o
                .median_wage()
                .map_or("not published".to_owned(), |w| w.to_string());
            println!(
                "  US median wage {wage}; employment {} -> {} ({} to {}), {}; BLS {} {} ({whose})",
                o.base_employment(),
                o.projected_employment(),
                o.base_year(),
                o.projection_year(),
                o.percent_change(),
                o.bls_code(),
                o.bls_title(),
            );
        }
        None => println!("  no US outlook (no US recognition)"),
    }
    for related in profile.related().iter().take(5) {
        println!("  related: {}", related.profession());
    }
    for step in profile.progressions() {
        println!("  next step: {} ({})", step.to(), step.jurisdiction());
    }
    ExitCode::SUCCESS
}
