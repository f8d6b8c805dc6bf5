//! Measures the classifier against hand-labelled ads.
//!
//! ```text
//! cargo run --release --example evaluate -- FILE [--misses]
//! ```
//!
//! FILE is JSON Lines: `title` and `body` (or `text`), the gold `label` (a
//! profession id or `none`), and optionally `also` (other acceptable ids),
//! `jurisdiction` (`us`, `nhs` or null), `confidence` and `source`. A
//! prediction is correct when it equals the label, is in `also`, or both
//! are none. Prints overall accuracy first, then accuracy on high-confidence
//! rows, per source, precision and recall per label, the most frequent
//! confusions and jurisdiction accuracy. `--misses` also lists every wrong
//! row and every wrong jurisdiction. Malformed lines are reported on stderr and skipped.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::process::ExitCode;

use allied_health::Classifier;
use serde_json::Value;

/// One labelled ad and what the classifier said.
struct Row {
    id: String,
    title: String,
    gold: String,
    also: Vec<String>,
    predicted: String,
    confidence: String,
    source: String,
    gold_jurisdiction: Option<String>,
    predicted_jurisdiction: Option<String>,
}

impl Row {
    fn correct(&self) -> bool {
        self.predicted == self.gold || self.also.contains(&self.predicted)
    }
}

/// Counts of correct rows out of all.
#[derive(Default, Clone, Copy)]
struct Tally {
    right: usize,
    all: usize,
}

impl Tally {
    fn add(&mut self, right: bool) {
        self.all += 1;
        self.right += usize::from(right);
    }

    fn rate(self) -> f64 {
        if self.all == 0 {
            0.0
        } else {
            self.right as f64 / self.all as f64
        }
    }
}

impl std::fmt::Display for Tally {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:.3} ({}/{})", self.rate(), self.right, self.all)
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let misses = args.iter().any(|a| a == "--misses");
    let Some(path) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("usage: evaluate FILE [--misses]");
        return ExitCode::from(2);
    };
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("cannot open {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let classifier = Classifier::new();
    let mut rows = Vec::new();
    for (n, line) in BufReader::new(file).split(b'\n').enumerate() {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("line {}: cannot read: {e}", n + 1);
                break;
            }
        };
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match parse(&line) {
            Ok(row) => rows.push(score(&classifier, row)),
            Err(why) => eprintln!("line {}: skipped: {why}", n + 1),
        }
    }
    if rows.is_empty() {
        eprintln!("no labelled rows in {path}");
        return ExitCode::from(1);
    }
    report(&rows, misses);
    ExitCode::SUCCESS
}

/// The fields of one labelled line, before classification.
struct Labelled {
    id: String,
    title: String,
    body: String,
    gold: String,
    also: Vec<String>,
    confidence: String,
    source: String,
    jurisdiction: Option<String>,
}

fn parse(line: &[u8]) -> Result<Labelled, String> {
    let value: Value = serde_json::from_slice(line).map_err(|e| format!("not JSON: {e}"))?;
    let text = |key: &str| value.get(key).and_then(Value::as_str).map(str::to_owned);
    let gold = text("label").ok_or("no \"label\"")?;
    let title = text("title").unwrap_or_default();
    let body = text("body").or_else(|| text("text")).unwrap_or_default();
    if title.is_empty() && body.is_empty() {
        return Err("no \"title\", \"body\" or \"text\"".to_owned());
    }
    let also = value
        .get("also")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    let id = match value.get("id") {
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    Ok(Labelled {
        id,
        title,
        body,
        gold,
        also,
        confidence: text("confidence").unwrap_or_default(),
        source: text("source").unwrap_or_else(|| "(none)".to_owned()),
        jurisdiction: text("jurisdiction"),
    })
}

fn score(classifier: &Classifier, l: Labelled) -> Row {
    let c = classifier.classify_ad(&l.title, &l.body);
    Row {
        id: l.id,
        title: l.title,
        predicted: c.profession().map_or("none", |p| p.id()).to_owned(),
        gold: l.gold,
        also: l.also,
        confidence: l.confidence,
        source: l.source,
        gold_jurisdiction: l.jurisdiction,
        predicted_jurisdiction: c.jurisdiction().map(|j| j.id().to_owned()),
    }
}

fn report(rows: &[Row], misses: bool) {
    let mut overall = Tally::default();
    let mut high = Tally::default();
    let mut by_source: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut recall: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut precision: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut confusions: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    let mut jurisdiction = Tally::default();
    for r in rows {
        let ok = r.correct();
        overall.add(ok);
        if r.confidence == "high" {
            high.add(ok);
        }
        by_source.entry(&r.source).or_default().add(ok);
        recall.entry(&r.gold).or_default().add(ok);
        precision.entry(&r.predicted).or_default().add(ok);
        if !ok {
            *confusions.entry((&r.gold, &r.predicted)).or_default() += 1;
        }
        if let Some(gold) = &r.gold_jurisdiction {
            jurisdiction.add(r.predicted_jurisdiction.as_ref() == Some(gold));
        }
    }
    println!("accuracy: {overall}");
    println!("accuracy (high confidence): {high}");
    println!("jurisdiction accuracy: {jurisdiction}");
    println!("\nper source:");
    for (source, t) in &by_source {
        println!("  {source:<28} {t}");
    }
    println!("\nper label (by gold count):       recall              precision");
    let mut labels: Vec<_> = recall.iter().collect();
    labels.sort_by(|a, b| b.1.all.cmp(&a.1.all).then(a.0.cmp(b.0)));
    for (label, r) in labels {
        let p = precision.get(label).copied().unwrap_or_default();
        println!("  {label:<34} {:<19} {p}", r.to_string());
    }
    println!("\nmost frequent confusions (gold -> predicted):");
    let mut confusions: Vec<_> = confusions.into_iter().collect();
    confusions.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for ((gold, predicted), n) in confusions.iter().take(15) {
        println!("  {n:>3}  {gold} -> {predicted}");
    }
    if misses {
        println!("\nmisses:");
        for r in rows.iter().filter(|r| !r.correct()) {
            println!(
                "  {} | {} | gold {} | got {}",
                r.id, r.title, r.gold, r.predicted
            );
        }
        println!("\njurisdiction misses:");
        for r in rows {
            if let Some(gold) = &r.gold_jurisdiction {
                if r.predicted_jurisdiction.as_ref() != Some(gold) {
                    let got = r.predicted_jurisdiction.as_deref().unwrap_or("none");
                    println!("  {} | {} | gold {gold} | got {got}", r.id, r.title);
                }
            }
        }
    }
}
