//! Measures the classifier against hand-labelled ads: the `evaluate`
//! subcommand, and (through `#[path]`) `examples/evaluate.rs`. It uses only
//! std, `allied_health` and `serde_json`, so that the example can include
//! it without the command line's dependencies.
//!
//! The file is JSON Lines: `title` and `body` (or `text`), the gold `label`
//! (a profession id, or `none`), and optionally `also` (other acceptable
//! ids; `none` there accepts no profession), `jurisdiction` (`us`, `nhs` or
//! null), `confidence` and `source`. A prediction is the best candidate's
//! id, or `none`; it is correct when it equals the label, is in `also`, or
//! both are none.
//!
//! The report starts with the line `accuracy: R (right/all)` (CI reads it),
//! then accuracy on high-confidence rows, jurisdiction accuracy (over rows
//! whose jurisdiction is not null), accuracy per source, recall and
//! precision for every label that is a gold label or a prediction (a label
//! the classifier cannot produce, because it is no registry id, is marked
//! `*`), and the most frequent confusions. With `misses`, it also lists
//! every wrong row and every wrong jurisdiction. Malformed lines are
//! reported on stderr and skipped.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::{self, BufRead, BufReader, Write};
use std::path::Path;
use std::process::ExitCode;

use allied_health::{Classifier, Profession};
use serde_json::Value;

/// Evaluates the labelled ads in `path` and prints the report on standard
/// output. Exit status: 0 after a report, 1 when the file holds no labelled
/// row, 2 when it cannot be opened or read, or standard output cannot be
/// written (a message on stderr says which).
pub fn run(path: &Path, misses: bool) -> ExitCode {
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("evaluate: cannot open {}: {e}", path.display());
            return ExitCode::from(2);
        }
    };
    let classifier = Classifier::new();
    let mut rows = Vec::new();
    for (n, line) in BufReader::new(file).split(b'\n').enumerate() {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("evaluate: cannot read {}: {e}", path.display());
                return ExitCode::from(2);
            }
        };
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match parse(&line) {
            Ok(row) => rows.push(score(&classifier, row)),
            Err(why) => eprintln!("evaluate: line {}: skipped: {why}", n + 1),
        }
    }
    if rows.is_empty() {
        eprintln!("evaluate: no labelled rows in {}", path.display());
        return ExitCode::from(1);
    }
    let mut out = io::stdout().lock();
    match out
        .write_all(report(&rows, misses).as_bytes())
        .and_then(|()| out.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("evaluate: cannot write to standard output: {e}");
            ExitCode::from(2)
        }
    }
}

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
        if self.all == 0 {
            // Never predicted (precision) or never gold (recall).
            return f.pad("n/a (0/0)");
        }
        f.pad(&format!("{:.3} ({}/{})", self.rate(), self.right, self.all))
    }
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

/// Whether the classifier can name `label`: a registry id, or `none`.
fn producible(label: &str) -> bool {
    label == "none" || label.parse::<Profession>().is_ok()
}

fn report(rows: &[Row], misses: bool) -> String {
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
    let mut out = String::new();
    let _ = writeln!(out, "accuracy: {overall}");
    let _ = writeln!(out, "accuracy (high confidence): {high}");
    let _ = writeln!(out, "jurisdiction accuracy: {jurisdiction}");
    let _ = writeln!(out, "\nper source:");
    for (source, t) in &by_source {
        let _ = writeln!(out, "  {source:<28} {t}");
    }
    let _ = writeln!(
        out,
        "\nper label (by gold count):         recall              precision"
    );
    // Every label that is gold or predicted, so that a label the classifier
    // never names still shows its recall, and a prediction that is never
    // gold its precision.
    let labels: BTreeSet<&str> = recall.keys().chain(precision.keys()).copied().collect();
    let mut labels: Vec<(&str, Tally, Tally)> = labels
        .into_iter()
        .map(|l| {
            let r = recall.get(l).copied().unwrap_or_default();
            let p = precision.get(l).copied().unwrap_or_default();
            (l, r, p)
        })
        .collect();
    labels.sort_by(|a, b| b.1.all.cmp(&a.1.all).then(a.0.cmp(b.0)));
    let mut unproducible = false;
    for (label, r, p) in labels {
        let mark = if producible(label) {
            ' '
        } else {
            unproducible = true;
            '*'
        };
        let _ = writeln!(out, "  {label:<34}{mark} {r:<19} {p}");
    }
    if unproducible {
        let _ = writeln!(
            out,
            "  * not a registry id: the classifier cannot name it yet"
        );
    }
    let _ = writeln!(out, "\nmost frequent confusions (gold -> predicted):");
    let mut confusions: Vec<_> = confusions.into_iter().collect();
    confusions.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for ((gold, predicted), n) in confusions.iter().take(15) {
        let _ = writeln!(out, "  {n:>3}  {gold} -> {predicted}");
    }
    if misses {
        let _ = writeln!(out, "\nmisses:");
        for r in rows.iter().filter(|r| !r.correct()) {
            let _ = writeln!(
                out,
                "  {} | {} | gold {} | got {}",
                r.id, r.title, r.gold, r.predicted
            );
        }
        let _ = writeln!(out, "\njurisdiction misses:");
        for r in rows {
            if let Some(gold) = &r.gold_jurisdiction {
                if r.predicted_jurisdiction.as_ref() != Some(gold) {
                    let got = r.predicted_jurisdiction.as_deref().unwrap_or("none");
                    let _ = writeln!(out, "  {} | {} | gold {gold} | got {got}", r.id, r.title);
                }
            }
        }
    }
    out
}
