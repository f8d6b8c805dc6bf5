//! Linear time: the classifier on inputs of 1×, 10× and 100× a base size,
//! for the shapes most likely to expose a quadratic path: nothing but
//! registry titles back to back (spaced, glued, and as one huge title), one
//! term repeated, matches the scanner must reject and resume after, lines
//! that look like titles, punctuation runs and ordinary prose. If time is
//! linear, each group's throughput (bytes per second) is flat across the
//! three sizes, and the 10× and 100× times are 10 and 100 times the 1×.
//!
//! `cargo bench --bench linear -- --warm-up-time 1 --measurement-time 2`

use std::hint::black_box;

use allied_health::{Classifier, Profession};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

/// The scales of each input, in multiples of its base.
const SCALES: [usize; 3] = [1, 10, 100];

/// `unit` repeated to at least `bytes` bytes.
fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len()).max(1))
}

/// Every title the registry knows, in registry order.
fn titles() -> Vec<&'static str> {
    Profession::ALL
        .iter()
        .flat_map(|p| p.info().titles())
        .collect()
}

/// The inputs, by name: (base text, whether it is classified as a title).
fn inputs() -> Vec<(&'static str, String, bool)> {
    let titles = titles();
    let spaced = titles.join(" ");
    let glued = titles.concat();
    let prose = "We are looking for an HCPC registered physiotherapist to join our \
                 outpatient team, working alongside nurses, OTs and doctors. Band 6, \
                 £35,392 per annum pro rata. The post holder will supervise a physio \
                 assistant. ";
    vec![
        // About 50 kB each: every title once.
        ("aliases_spaced", spaced.clone(), false),
        ("aliases_glued", glued, false),
        ("aliases_as_title", spaced, true),
        // About 10 kB each.
        ("one_term", repeat_to("physiotherapist ", 10_000), false),
        (
            "one_term_glued",
            repeat_to("physiotherapist", 10_000),
            false,
        ),
        (
            "rejected_matches",
            repeat_to("odp , ma xphysio physiox Odp, Ma ", 10_000),
            false,
        ),
        ("title_lines", repeat_to("Paramedic\n", 10_000), false),
        ("punctuation", repeat_to("(-/,.", 10_000), true),
        ("prose", repeat_to(prose, 10_000), false),
    ]
}

fn linear(c: &mut Criterion) {
    let classifier = Classifier::new();
    for (name, base, as_title) in inputs() {
        let mut g = c.benchmark_group(name);
        g.sample_size(10);
        for scale in SCALES {
            let text = base.repeat(scale);
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(
                BenchmarkId::from_parameter(format!("{scale}x")),
                &text,
                |b, text| {
                    if as_title {
                        b.iter(|| black_box(classifier.classify_ad(black_box(text), "")));
                    } else {
                        b.iter(|| black_box(classifier.classify(black_box(text))));
                    }
                },
            );
        }
        g.finish();
    }
}

criterion_group!(benches, linear);
criterion_main!(benches);
