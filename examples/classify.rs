//! Classifies job ads in a pipeline: JSON Lines in, JSON Lines out.
//!
//! ```text
//! cargo run --release --example classify -- [FILE] [--text]
//! ```
//!
//! Reads FILE, or standard input, one line at a time. Each line is a JSON
//! object with an `id` (any JSON value, echoed exactly as written; `null`
//! when absent) and a `title` and/or `body`, or a `text`. With `--text`
//! each line is the plain text of an ad, and its id is the line number.
//! A byte order mark before the first line is skipped.
//!
//! For each line, in order, it writes one JSON object:
//!
//! ```text
//! {"id": ..., "profession": "<id>" | null, "score": <0..1>,
//!  "allied_health": true | false | null, "jurisdiction": "us" | "nhs" | null,
//!  "candidates": [{"profession": "<id>", "score": <0..1>}, ...]}
//! ```
//!
//! `score` is the best candidate's (0 when there is none), `allied_health`
//! is in the `us-broad` sense, or `nhs-ahp` when the jurisdiction is `nhs`
//! (null when there is no profession), and `candidates` are the first five.
//! A line that is not UTF-8, not a JSON object (an empty or blank line is
//! not one), or has no text gives
//! `{"id": <id or null>, "line": <n>, "error": "<message>"}` and the rest
//! goes on, so there is always one output line per input line; the exit
//! status is 1 if any line failed (2 if the input cannot be read). With
//! `--text`, a blank line is an ad with no text: no profession, no error.
//! Memory does not grow with the number of lines, and a closed output
//! (`| head -1`) ends the run quietly.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::process::ExitCode;

use allied_health::{Classification, Classifier, Definition, Jurisdiction};
use serde_json::value::RawValue;

/// Candidates written per line.
const MAX_CANDIDATES: usize = 5;

fn main() -> ExitCode {
    let mut mode = Mode::Json;
    let mut path = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--text" => mode = Mode::Text,
            "-h" | "--help" => {
                eprintln!("usage: classify [FILE] [--text]");
                return ExitCode::SUCCESS;
            }
            _ if path.is_none() => path = Some(arg),
            _ => {
                eprintln!("usage: classify [FILE] [--text]");
                return ExitCode::from(2);
            }
        }
    }
    let input: Box<dyn BufRead> = match &path {
        Some(p) => match std::fs::File::open(p) {
            Ok(f) => Box::new(BufReader::new(f)),
            Err(e) => {
                eprintln!("classify: cannot open {p}: {e}");
                return ExitCode::from(2);
            }
        },
        None => Box::new(io::stdin().lock()),
    };
    let output = BufWriter::new(io::stdout().lock());
    match run(input, output, mode, &Classifier::new()) {
        Ok(summary) if summary.failed == 0 => ExitCode::SUCCESS,
        Ok(_) => ExitCode::from(1),
        Err(e) => {
            eprintln!("classify: {e}");
            ExitCode::from(2)
        }
    }
}

/// How input lines are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Each line is a JSON object with `id`, `title`, `body` or `text`.
    Json,
    /// Each line is the plain text of an ad.
    Text,
}

/// What a run did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Lines read.
    pub lines: usize,
    /// Lines answered with an error object.
    pub failed: usize,
}

/// Classifies every line of `input` and writes one JSON object per line to
/// `output`. Stops quietly, with the summary so far, when `output` is
/// closed (a broken pipe); other I/O errors are returned.
pub fn run(
    mut input: impl BufRead,
    mut output: impl Write,
    mode: Mode,
    classifier: &Classifier,
) -> io::Result<Summary> {
    let mut summary = Summary::default();
    let mut line = Vec::new();
    let mut out = String::new();
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        summary.lines += 1;
        while line.last().is_some_and(|&b| b == b'\n' || b == b'\r') {
            line.pop();
        }
        out.clear();
        if let Err(error) = answer(&line, summary.lines, mode, classifier, &mut out) {
            summary.failed += 1;
            out.clear();
            error.write_json(summary.lines, &mut out);
        }
        out.push('\n');
        match output.write_all(out.as_bytes()) {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(summary),
            other => other?,
        }
    }
    match output.flush() {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(summary),
        other => other.map(|()| summary),
    }
}

/// Why a line has no classification, with its id when one was read.
struct LineError {
    id: Option<String>,
    message: String,
}

impl LineError {
    fn write_json(&self, line: usize, out: &mut String) {
        let id = self.id.as_deref().unwrap_or("null");
        let message = json_string(&self.message);
        let _ = write!(out, r#"{{"id":{id},"line":{line},"error":{message}}}"#);
    }
}

/// Classifies one line into `out`, or says why not.
fn answer(
    line: &[u8],
    number: usize,
    mode: Mode,
    classifier: &Classifier,
    out: &mut String,
) -> Result<(), LineError> {
    let fail = |id: Option<String>, message: String| LineError { id, message };
    // In text mode the id is the line number, even for a line that fails.
    let text_id = (mode == Mode::Text).then(|| number.to_string());
    let text = std::str::from_utf8(line)
        .map_err(|e| fail(text_id.clone(), format!("line is not UTF-8: {e}")))?;
    // A byte order mark, as some Windows tools write, is not the first ad's.
    let text = if number == 1 {
        text.strip_prefix('\u{FEFF}').unwrap_or(text)
    } else {
        text
    };
    if let Some(id) = text_id {
        write_classification(&id, &classifier.classify(text), out);
        return Ok(());
    }
    if text.trim().is_empty() {
        return Err(fail(None, "empty line, expected a JSON object".to_owned()));
    }
    let fields: HashMap<String, Box<RawValue>> =
        serde_json::from_str(text).map_err(|e| fail(None, format!("not a JSON object: {e}")))?;
    let id = fields.get("id").map(|raw| raw.get().to_owned());
    let string = |key: &str| -> Result<Option<String>, LineError> {
        match fields.get(key) {
            None => Ok(None),
            Some(raw) if raw.get() == "null" => Ok(None),
            Some(raw) => serde_json::from_str::<String>(raw.get())
                .map(Some)
                .map_err(|_| fail(id.clone(), format!("\"{key}\" is not a string"))),
        }
    };
    let (title, body, text) = (string("title")?, string("body")?, string("text")?);
    let c = match (title, body, text) {
        (None, None, None) => {
            return Err(fail(
                id,
                "no \"title\", \"body\" or \"text\" field".to_owned(),
            ));
        }
        (None, None, Some(text)) => classifier.classify(&text),
        (title, body, _) => classifier.classify_ad(
            title.as_deref().unwrap_or(""),
            body.as_deref().unwrap_or(""),
        ),
    };
    write_classification(id.as_deref().unwrap_or("null"), &c, out);
    Ok(())
}

/// Writes the contract's object for one classification; `id` is raw JSON.
fn write_classification(id: &str, c: &Classification, out: &mut String) {
    let best = c.best();
    let profession = best.map_or("null".to_owned(), |b| json_string(b.profession().id()));
    let score = best.map_or(0.0, |b| b.score());
    let definition = match c.jurisdiction() {
        Some(Jurisdiction::Nhs) => Definition::NhsAhp,
        _ => Definition::UsBroad,
    };
    let allied = c
        .is_allied_health(definition)
        .map_or("null", |a| if a { "true" } else { "false" });
    let jurisdiction = c
        .jurisdiction()
        .map_or("null".to_owned(), |j| json_string(j.id()));
    let _ = write!(
        out,
        r#"{{"id":{id},"profession":{profession},"score":{score:.4},"allied_health":{allied},"jurisdiction":{jurisdiction},"candidates":["#
    );
    for (i, candidate) in c.candidates().iter().take(MAX_CANDIDATES).enumerate() {
        let comma = if i == 0 { "" } else { "," };
        let _ = write!(
            out,
            r#"{comma}{{"profession":{},"score":{:.4}}}"#,
            json_string(candidate.profession().id()),
            candidate.score()
        );
    }
    out.push_str("]}");
}

fn json_string(s: &str) -> String {
    serde_json::Value::from(s).to_string()
}
