//! Classifies a few job ads with the library's API: the profession each
//! ad hires for, the jurisdiction, the local title and the occupation
//! codes, and the words that decided it.
//!
//! ```text
//! cargo run --example classify
//! ```
//!
//! To classify files (JSON Lines, CSV or plain text) from the command line,
//! use `allied-health classify` (`cargo install --path cli`).

use allied_health::{Ad, Classifier, Code};

fn main() {
    // Build once and share: a `Classifier` is `Send + Sync`.
    let classifier = Classifier::new();
    let ads = [
        Ad::new(
            "Band 6 Physiotherapist",
            "HCPC registered physiotherapist for an NHS outpatient service.",
        ),
        Ad::new("Dental Assistant", "Busy family practice in Austin, TX."),
        Ad::from_text("Rehabilitation Assistant\nJoin our team of nurses and physiotherapists."),
        Ad::new("Receptionist", "Front desk of a busy clinic."),
    ];
    // Many ads at once, on every core; the results keep the ads' order.
    for (ad, c) in ads.iter().zip(classifier.classify_batch(&ads)) {
        let heading = if ad.title().is_empty() {
            ad.body().lines().next().unwrap_or_default()
        } else {
            ad.title()
        };
        let Some(best) = c.best() else {
            println!("{heading}: no profession in the registry");
            continue;
        };
        let profession = best.profession();
        let jurisdiction = c.jurisdiction();
        // The profession as the ad's jurisdiction names and codes it.
        let recognition = jurisdiction.and_then(|j| profession.info().recognition(j));
        let title = recognition.map_or(profession.name(), |r| r.title());
        let codes: Vec<String> = recognition
            .map(|r| r.codes().iter().map(Code::to_prefixed_string).collect())
            .unwrap_or_default();
        println!(
            "{heading}: {} ({title}), score {:.2}, jurisdiction {}, codes [{}]",
            profession.id(),
            best.score(),
            jurisdiction.map_or("unknown", |j| j.id()),
            codes.join(", "),
        );
        for e in best.evidence() {
            println!("    {:?} {:?}: {:?}", e.field(), e.range(), e.term());
        }
    }
}
