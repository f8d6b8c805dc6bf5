//! Classifies job ads in a pipeline: JSON Lines in, JSON Lines out.
//!
//! ```text
//! cargo run --release --example classify -- [FILE] [--text] [--threads N]
//! ```
//!
//! Reads FILE, or standard input, one line at a time. Each line is a JSON
//! object with an `id` (any JSON value, echoed exactly as written; `null`
//! when absent) and a `title` and/or `body`, or a `text`. With `--text`
//! each line is the plain text of an ad, and its id is the line number.
//! A byte order mark before the first line is skipped.
//! With `--threads N` (0 for one per CPU) it reads up to 1024 lines at a
//! time and answers them on N threads; the output is the same, in the
//! same order, a chunk at a time.
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

/// Lines read and answered together when more than one thread answers:
/// enough to keep the threads busy, few enough to bound memory.
const CHUNK_LINES: usize = 1024;

const USAGE: &str = "usage: classify [FILE] [--text] [--threads N]";

fn main() -> ExitCode {
    let mut mode = Mode::Json;
    let mut path = None;
    let mut threads = 1;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let threads_value = match arg.strip_prefix("--threads") {
            Some("") => Some(args.next()),
            Some(rest) => rest.strip_prefix('=').map(|v| Some(v.to_owned())),
            None => None,
        };
        match (arg.as_str(), threads_value) {
            (_, Some(value)) => match value.as_deref().map(str::parse::<usize>) {
                Some(Ok(0)) => {
                    threads = std::thread::available_parallelism().map_or(1, |n| n.get());
                }
                Some(Ok(n)) => threads = n,
                _ => {
                    eprintln!("classify: --threads needs a number\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            ("--text", None) => mode = Mode::Text,
            ("-h" | "--help", None) => {
                eprintln!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            (_, None) if path.is_none() => path = Some(arg),
            _ => {
                eprintln!("{USAGE}");
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
    match run_threads(input, output, mode, &Classifier::new(), threads) {
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
        out.clear();
        if !answer_line(&line, summary.lines, mode, classifier, &mut out) {
            summary.failed += 1;
        }
        if closed(output.write_all(out.as_bytes()))? {
            return Ok(summary);
        }
    }
    closed(output.flush())?;
    Ok(summary)
}

/// Like [`run`], with `threads` threads answering lines (one runs [`run`]).
/// Reads up to 1024 lines at a time, answers them on the threads, each a
/// run of consecutive lines, and writes the answers in input order before
/// reading on: the output is the same as [`run`]'s and memory stays
/// bounded, but each chunk's output waits for the whole chunk.
pub fn run_threads(
    mut input: impl BufRead,
    mut output: impl Write,
    mode: Mode,
    classifier: &Classifier,
    threads: usize,
) -> io::Result<Summary> {
    if threads <= 1 {
        return run(input, output, mode, classifier);
    }
    let mut summary = Summary::default();
    // Line buffers are reused from chunk to chunk.
    let mut lines: Vec<Vec<u8>> = Vec::new();
    loop {
        let mut read = 0;
        while read < CHUNK_LINES {
            if read == lines.len() {
                lines.push(Vec::new());
            }
            lines[read].clear();
            if input.read_until(b'\n', &mut lines[read])? == 0 {
                break;
            }
            read += 1;
        }
        if read == 0 {
            break;
        }
        let chunk = &lines[..read];
        let first = summary.lines + 1;
        summary.lines += read;
        let per_thread = read.div_ceil(threads);
        let answers: Vec<(String, usize)> = std::thread::scope(|scope| {
            let handles: Vec<_> = chunk
                .chunks(per_thread)
                .enumerate()
                .map(|(i, part)| {
                    scope.spawn(move || {
                        let mut out = String::new();
                        let mut failed = 0;
                        for (j, line) in part.iter().enumerate() {
                            let number = first + i * per_thread + j;
                            if !answer_line(line, number, mode, classifier, &mut out) {
                                failed += 1;
                            }
                        }
                        (out, failed)
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
                .collect()
        });
        for (out, failed) in answers {
            summary.failed += failed;
            if closed(output.write_all(out.as_bytes()))? {
                return Ok(summary);
            }
        }
    }
    closed(output.flush())?;
    Ok(summary)
}

/// Whether a write failed because the reader has gone (a broken pipe);
/// other errors are errors.
fn closed(result: io::Result<()>) -> io::Result<bool> {
    match result {
        Ok(()) => Ok(false),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(true),
        Err(e) => Err(e),
    }
}

/// Appends the output line for input line `number` (its line ending is
/// ignored) to `out`; false if it is an error object.
fn answer_line(
    line: &[u8],
    number: usize,
    mode: Mode,
    classifier: &Classifier,
    out: &mut String,
) -> bool {
    let mut line = line;
    while let [rest @ .., b'\n' | b'\r'] = line {
        line = rest;
    }
    let start = out.len();
    let ok = match answer(line, number, mode, classifier, out) {
        Ok(()) => true,
        Err(error) => {
            out.truncate(start);
            error.write_json(number, out);
            false
        }
    };
    out.push('\n');
    ok
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
