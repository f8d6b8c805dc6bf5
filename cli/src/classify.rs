//! `allied-health classify`: job ads in (JSON Lines, CSV, plain text or,
//! with the `sql` feature, Parquet), one answer per record out (JSON Lines,
//! CSV or Parquet), in input order, a chunk of records at a time so that
//! memory stays bounded whatever the input's length.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use allied_health::{Ad, Classification, Classifier, Code, CodeSystem};
use clap::{Args, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::value::RawValue;

use crate::Fatal;

/// Candidates written per record.
pub const MAX_CANDIDATES: usize = 5;

/// Records read and classified together: enough to keep the threads busy,
/// few enough to bound memory.
const CHUNK_RECORDS: usize = 1024;

/// A chunk also ends once its ads hold this many bytes of text.
const CHUNK_BYTES: usize = 8 << 20;

pub const LONG_ABOUT: &str = "Classify job ads: which profession each ad hires for, in which \
jurisdiction, with the profession's local title and occupation codes.

INPUT (FILE, or `-` for standard input; the format comes from --format, else from the file's \
extension: .jsonl/.json/.ndjson, .csv, .txt, .parquet; else JSON Lines):
  jsonl    One JSON object per line with an `id` (any JSON value; null when absent) and a \
`title` and/or `body`, or a `text` (strings or null). An empty line is an error line.
  csv      A header row, then one ad per row. Columns named by --id-column (default `id`), \
--title-column (`title`), --body-column (`body`) and --text-column (`text`); a column named \
with a flag must exist, and at least one of title, body or text must. Names match exactly, \
else ignoring ASCII case and surrounding spaces. The id is the id column's text, or the row \
number when there is no id column. An empty field is no text.
  text     One ad per line, as plain text; the id is the line number. A blank line is an ad \
with no text.
  parquet  (feature `sql`) Columns as for csv; title, body and text must be strings.
A byte order mark before the first line is skipped. A line that is not UTF-8, not a JSON \
object, holds a string with a lone surrogate (\"\\ud800\"), or a CSV row whose field count \
differs from the header's, gets an error record that names it, and the run goes on: one \
output record per input record, in input order.

OUTPUT (--output, default jsonl; to standard output or --output-file):
  jsonl    One JSON object per input record:
    id             the input id: JSON input's id re-serialised as compact JSON; a CSV id as \
a string; the line number for text
    profession     the best candidate's profession id, or null when the ad names none
    title          that profession's local title in the inferred jurisdiction (the US title, \
else the NHS one, when the jurisdiction is unknown or does not recognise it); null without a \
profession
    score          the best candidate's score, 0 to 1 (0 without a profession)
    allied_health  whether the profession is allied health: NHS England's list when the \
jurisdiction is nhs, else the US broad sense; null without a profession
    jurisdiction   `us`, `nhs`, or null when the ad does not tell
    codes          the profession's codes in the inferred jurisdiction (both jurisdictions' \
when it is unknown): {\"soc2018\": [...], \"onet\": [...], \"uksoc2020\": [...], \
\"isco08\": [...]}, each a list of codes in their official format (empty lists without a \
profession)
    candidates     up to five {\"profession\", \"score\"}, best first
  An input record that cannot be classified gives {\"id\": <id or null>, \"line\": <line \
number>, \"error\": \"<why>\"} instead.
  csv      A header, then one row per input record: id, line, profession, title, score, \
allied_health (true/false/empty), jurisdiction, soc2018, onet, uksoc2020, isco08 (codes \
separated by `;`), candidates (`id=score` separated by `;`), error (empty unless the record \
failed; then only id, line and error are filled).
  parquet  (feature `sql`; --output-file, or a standard output that is not a terminal) The \
csv columns, typed: line an integer, score a float, allied_health a boolean, each code system \
a list of strings, candidates a list of {profession, score}; an empty field is null.

--threads N classifies on N threads (default: one per CPU; 0 means the same); the output is \
the same for every N. A progress bar shows on stderr when stderr is a terminal that the \
results do not go to; otherwise stderr stays silent unless the run fails.

EXIT STATUS: 0 when every record was classified; 1 when some record got an error record; 2 \
for a usage error (an unknown flag, a missing CSV column), an input that cannot be read \
(also a failing standard input), or an output that cannot be written (also a closed \
standard output, as `| head` leaves it), with a message on stderr.";

#[derive(Args, Debug)]
pub struct ClassifyArgs {
    /// The input file, or `-` for standard input.
    #[arg(value_name = "FILE|-", default_value = "-")]
    pub input: PathBuf,
    /// The input format (default: from the file's extension, else jsonl).
    #[arg(long, value_enum)]
    pub format: Option<InputFormat>,
    /// The output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Jsonl)]
    pub output: OutputFormat,
    /// Write the output to this file instead of standard output.
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output_file: Option<PathBuf>,
    /// CSV/Parquet: the column holding each ad's id [default: id].
    #[arg(long, value_name = "NAME")]
    pub id_column: Option<String>,
    /// CSV/Parquet: the column holding each ad's title [default: title].
    #[arg(long, value_name = "NAME")]
    pub title_column: Option<String>,
    /// CSV/Parquet: the column holding each ad's body [default: body].
    #[arg(long, value_name = "NAME")]
    pub body_column: Option<String>,
    /// CSV/Parquet: the column holding each ad's whole text [default: text].
    #[arg(long, value_name = "NAME")]
    pub text_column: Option<String>,
    /// Threads that classify (default: one per CPU).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
}

/// How the input is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    /// JSON Lines: one object per line.
    #[value(alias = "json", alias = "ndjson")]
    Jsonl,
    /// CSV with a header row.
    Csv,
    /// Plain text, one ad per line.
    #[value(alias = "txt")]
    Text,
    /// Parquet (needs the `sql` feature).
    Parquet,
}

/// How the answers are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// JSON Lines: one object per record.
    #[value(alias = "json", alias = "ndjson")]
    Jsonl,
    /// CSV with a header row.
    Csv,
    /// Parquet (needs the `sql` feature and --output-file).
    Parquet,
}

/// The message for a Parquet input or output without the `sql` feature.
#[cfg(not(feature = "sql"))]
const NO_PARQUET: &str = "Parquet needs the `sql` feature: \
    cargo install --path cli --features sql";

// ---------------------------------------------------------------------------
// Records
// ---------------------------------------------------------------------------

/// An input record's id, as it is written back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Id {
    /// No id.
    Null,
    /// A JSON value, as compact JSON text (valid JSON, every string in it
    /// valid Unicode).
    Json(String),
    /// A string (a CSV or Parquet id).
    Text(String),
    /// A line or row number.
    Number(u64),
}

impl Id {
    /// Appends the id as JSON.
    pub fn write_json(&self, out: &mut String) {
        match self {
            Id::Null => out.push_str("null"),
            Id::Json(raw) => out.push_str(raw),
            Id::Text(s) => out.push_str(&json_string(s)),
            Id::Number(n) => {
                let _ = write!(out, "{n}");
            }
        }
    }

    /// The id as a CSV or Parquet field: a JSON string's text, other JSON
    /// as JSON, None for no id.
    pub fn as_text(&self) -> Option<Cow<'_, str>> {
        match self {
            Id::Null => None,
            Id::Json(raw) if raw.starts_with('"') => Some(
                serde_json::from_str::<String>(raw).map_or(Cow::Borrowed(raw.as_str()), Cow::Owned),
            ),
            Id::Json(raw) => Some(Cow::Borrowed(raw)),
            Id::Text(s) => Some(Cow::Borrowed(s)),
            Id::Number(n) => Some(Cow::Owned(n.to_string())),
        }
    }
}

/// One input record: an ad to classify, or why it cannot be.
#[derive(Debug)]
pub struct Row {
    /// The line (of a text file) or row (Parquet) it starts on, from 1.
    pub line: u64,
    pub id: Id,
    pub kind: RowKind,
}

#[derive(Debug)]
pub enum RowKind {
    Ad { title: String, body: String },
    Error(String),
}

impl Row {
    fn error(line: u64, id: Id, message: String) -> Row {
        Row {
            line,
            id,
            kind: RowKind::Error(message),
        }
    }

    fn ad(line: u64, id: Id, title: String, body: String) -> Row {
        Row {
            line,
            id,
            kind: RowKind::Ad { title, body },
        }
    }

    /// Bytes of text held.
    fn size(&self) -> usize {
        match &self.kind {
            RowKind::Ad { title, body } => title.len() + body.len(),
            RowKind::Error(message) => message.len(),
        }
    }
}

/// Where records come from.
pub trait Source {
    /// The next record, or None at the end of the input.
    fn next_row(&mut self) -> io::Result<Option<Row>>;
    /// Bytes of input read so far (for the progress bar).
    fn position(&self) -> u64;
}

/// Where answers go.
pub trait Sink {
    /// Writes the answer for `row`: `result` is its classification, None
    /// for an error record.
    fn write(&mut self, row: &Row, result: Option<&Classification>) -> io::Result<()>;
    /// Flushes everything (and writes any footer).
    fn finish(&mut self) -> io::Result<()>;
}

// ---------------------------------------------------------------------------
// What each answer holds
// ---------------------------------------------------------------------------

/// The best profession's codes, as the library gives them.
pub fn codes(c: &Classification) -> Vec<Code> {
    c.codes().collect()
}

/// The codes of `system` among `codes`, in their official format.
pub fn codes_in(codes: &[Code], system: CodeSystem) -> Vec<String> {
    codes
        .iter()
        .filter(|c| c.system() == system)
        .map(ToString::to_string)
        .collect()
}

/// The four code systems of the `codes` object, with their keys.
pub const CODE_SYSTEMS: [CodeSystem; 4] = [
    CodeSystem::Soc2018,
    CodeSystem::OnetSoc,
    CodeSystem::UkSoc2020,
    CodeSystem::Isco08,
];

pub fn json_string(s: &str) -> String {
    serde_json::Value::from(s).to_string()
}

// ---------------------------------------------------------------------------
// Running
// ---------------------------------------------------------------------------

/// The name of the input, for messages.
fn input_name(path: &Path) -> String {
    if path == Path::new("-") {
        "standard input".to_owned()
    } else {
        path.display().to_string()
    }
}

/// The format `--format` names, else the one the file's extension implies.
fn input_format(args: &ClassifyArgs) -> InputFormat {
    if let Some(format) = args.format {
        return format;
    }
    let extension = args
        .input
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("csv") => InputFormat::Csv,
        Some("txt" | "text") => InputFormat::Text,
        Some("parquet") => InputFormat::Parquet,
        _ => InputFormat::Jsonl,
    }
}

/// Opens the input: the file, or standard input for `-`, with its size
/// when known.
fn open_input(path: &Path) -> Result<(Box<dyn Read>, Option<u64>), Fatal> {
    if path == Path::new("-") {
        return Ok((Box::new(io::stdin().lock()), None));
    }
    let file =
        File::open(path).map_err(|e| Fatal(format!("cannot open {}: {e}", path.display())))?;
    let size = file
        .metadata()
        .ok()
        .filter(|m| m.is_file())
        .map(|m| m.len());
    Ok((Box::new(file), size))
}

/// The column names of the CSV or Parquet input.
#[derive(Clone, Debug)]
pub struct ColumnNames {
    pub id: (Option<String>, &'static str),
    pub title: (Option<String>, &'static str),
    pub body: (Option<String>, &'static str),
    pub text: (Option<String>, &'static str),
}

impl ColumnNames {
    fn of(args: &ClassifyArgs) -> ColumnNames {
        ColumnNames {
            id: (args.id_column.clone(), "id"),
            title: (args.title_column.clone(), "title"),
            body: (args.body_column.clone(), "body"),
            text: (args.text_column.clone(), "text"),
        }
    }

    /// Finds the columns in `header`: a column named with a flag must be
    /// there, and so must one of title, body and text.
    pub fn resolve(&self, header: &[String]) -> Result<Columns, Fatal> {
        let listed = || {
            if header.is_empty() {
                "(none)".to_owned()
            } else {
                header
                    .iter()
                    .map(|h| format!("{h:?}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        };
        let find = |(given, default): &(Option<String>, &'static str), flag: &str| {
            let name = given.as_deref().unwrap_or(default);
            let found = header.iter().position(|h| h == name).or_else(|| {
                header
                    .iter()
                    .position(|h| h.trim().eq_ignore_ascii_case(name.trim()))
            });
            match (found, given) {
                (None, Some(_)) => Err(Fatal(format!(
                    "no column {name:?} (--{flag}) in the header; its columns are: {}",
                    listed()
                ))),
                (found, _) => Ok(found),
            }
        };
        let columns = Columns {
            id: find(&self.id, "id-column")?,
            title: find(&self.title, "title-column")?,
            body: find(&self.body, "body-column")?,
            text: find(&self.text, "text-column")?,
            count: header.len(),
        };
        if columns.title.is_none() && columns.body.is_none() && columns.text.is_none() {
            return Err(Fatal(format!(
                "no \"title\", \"body\" or \"text\" column in the header (name yours with \
                 --title-column, --body-column or --text-column); its columns are: {}",
                listed()
            )));
        }
        Ok(columns)
    }
}

/// Where the fields of an ad are, by column index.
#[derive(Clone, Copy, Debug)]
pub struct Columns {
    pub id: Option<usize>,
    pub title: Option<usize>,
    pub body: Option<usize>,
    pub text: Option<usize>,
    /// Columns in the header.
    pub count: usize,
}

/// An ad from its text fields, each None when absent or empty: the title
/// and body when either has text, else the text.
pub fn ad_from_fields(
    line: u64,
    id: Id,
    title: Option<String>,
    body: Option<String>,
    text: Option<String>,
) -> Row {
    let some = |s: Option<String>| s.filter(|s| !s.is_empty());
    match (some(title), some(body), some(text)) {
        (None, None, text) => Row::ad(line, id, String::new(), text.unwrap_or_default()),
        (title, body, _) => Row::ad(
            line,
            id,
            title.unwrap_or_default(),
            body.unwrap_or_default(),
        ),
    }
}

pub fn run(args: &ClassifyArgs) -> Result<ExitCode, Fatal> {
    let format = input_format(args);
    let threads = match args.threads {
        Some(n) if n > 0 => n,
        _ => std::thread::available_parallelism().map_or(1, NonZeroUsize::get),
    };
    let name = input_name(&args.input);
    #[cfg(not(feature = "sql"))]
    if format == InputFormat::Parquet {
        return Err(Fatal(NO_PARQUET.to_owned()));
    }
    let (input, size) = if format == InputFormat::Parquet {
        // Read from its path: Parquet needs random access.
        (Box::new(io::empty()) as Box<dyn Read>, None)
    } else {
        open_input(&args.input)?
    };
    let columns = ColumnNames::of(args);
    let mut source: Box<dyn Source> = match format {
        InputFormat::Jsonl => Box::new(LineSource::new(input, LineMode::Json)),
        InputFormat::Text => Box::new(LineSource::new(input, LineMode::Text)),
        InputFormat::Csv => Box::new(CsvSource::new(input, &columns, &name)?),
        #[cfg(feature = "sql")]
        InputFormat::Parquet => crate::sql::parquet_source(&args.input, &columns)?,
        #[cfg(not(feature = "sql"))]
        InputFormat::Parquet => return Err(Fatal(NO_PARQUET.to_owned())),
    };
    // The output is checked before any file is created.
    let to_terminal = args.output_file.is_none() && io::stdout().is_terminal();
    if args.output == OutputFormat::Parquet {
        #[cfg(not(feature = "sql"))]
        return Err(Fatal(NO_PARQUET.to_owned()));
        #[cfg(feature = "sql")]
        if to_terminal {
            return Err(Fatal(
                "Parquet is binary: name a file with --output-file".to_owned(),
            ));
        }
    }
    let destination = match &args.output_file {
        Some(path) => format!("{}", path.display()),
        None => "standard output".to_owned(),
    };
    let out: Box<dyn Write + Send> = match &args.output_file {
        Some(path) => Box::new(
            File::create(path)
                .map_err(|e| Fatal(format!("cannot create {}: {e}", path.display())))?,
        ),
        None => Box::new(io::stdout()),
    };
    let mut sink: Box<dyn Sink> = match args.output {
        OutputFormat::Jsonl => Box::new(JsonSink::new(out)),
        OutputFormat::Csv => Box::new(CsvSink::new(out)),
        #[cfg(feature = "sql")]
        OutputFormat::Parquet => crate::sql::parquet_sink(Box::new(BufWriter::new(out)))?,
        #[cfg(not(feature = "sql"))]
        OutputFormat::Parquet => return Err(Fatal(NO_PARQUET.to_owned())),
    };
    // Parquet is read by rows, not bytes.
    let size = size.filter(|_| format != InputFormat::Parquet);
    let progress = progress_bar(size, !to_terminal);
    let classifier = Classifier::new();
    let write_error = |e: io::Error| Fatal(format!("cannot write to {destination}: {e}"));
    let mut failed = 0u64;
    let mut rows: Vec<Row> = Vec::new();
    let mut records = 0u64;
    let mut done = false;
    while !done {
        rows.clear();
        let mut bytes = 0;
        let mut read_error = None;
        while rows.len() < CHUNK_RECORDS && bytes < CHUNK_BYTES {
            match source.next_row() {
                Ok(Some(row)) => {
                    bytes += row.size();
                    rows.push(row);
                }
                Ok(None) => {
                    done = true;
                    break;
                }
                Err(e) => {
                    read_error = Some(e);
                    break;
                }
            }
        }
        let ads: Vec<Ad<'_>> = rows
            .iter()
            .filter_map(|row| match &row.kind {
                RowKind::Ad { title, body } => Some(Ad::new(title, body)),
                RowKind::Error(_) => None,
            })
            .collect();
        let results = classifier.classify_batch_with_threads(&ads, threads);
        let mut results = results.iter();
        for row in &rows {
            let result = match row.kind {
                RowKind::Ad { .. } => results.next(),
                RowKind::Error(_) => {
                    failed += 1;
                    None
                }
            };
            sink.write(row, result).map_err(write_error)?;
        }
        records += rows.len() as u64;
        progress.set_position(source.position());
        progress.set_message(format!("{records} records"));
        if let Some(e) = read_error {
            // What was answered is written; the run fails.
            let _ = sink.finish();
            progress.finish_and_clear();
            return Err(Fatal(format!("cannot read {name}: {e}")));
        }
    }
    sink.finish().map_err(write_error)?;
    progress.finish_and_clear();
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// A progress bar on stderr when stderr is a terminal and `allowed` (the
/// results do not go to that terminal); a hidden one otherwise.
fn progress_bar(size: Option<u64>, allowed: bool) -> ProgressBar {
    if !allowed || !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    match size {
        Some(size) => {
            let bar = ProgressBar::new(size);
            if let Ok(style) = ProgressStyle::with_template(
                "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} {msg} (eta {eta})",
            ) {
                bar.set_style(style);
            }
            bar
        }
        None => {
            let bar = ProgressBar::new_spinner();
            if let Ok(style) = ProgressStyle::with_template("{spinner} [{elapsed_precise}] {msg}") {
                bar.set_style(style);
            }
            bar
        }
    }
}

// ---------------------------------------------------------------------------
// JSON Lines and text input
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LineMode {
    Json,
    Text,
}

struct LineSource<R> {
    input: BufReader<R>,
    mode: LineMode,
    buffer: Vec<u8>,
    line: u64,
    bytes: u64,
}

impl<R: Read> LineSource<R> {
    fn new(input: R, mode: LineMode) -> LineSource<R> {
        LineSource {
            input: BufReader::with_capacity(64 * 1024, input),
            mode,
            buffer: Vec::new(),
            line: 0,
            bytes: 0,
        }
    }
}

impl<R: Read> Source for LineSource<R> {
    fn next_row(&mut self) -> io::Result<Option<Row>> {
        self.buffer.clear();
        let read = self.input.read_until(b'\n', &mut self.buffer)?;
        if read == 0 {
            // Let a long line's buffer go.
            self.buffer = Vec::new();
            return Ok(None);
        }
        self.line += 1;
        self.bytes += read as u64;
        let mut line = self.buffer.as_slice();
        while let [rest @ .., b'\n' | b'\r'] = line {
            line = rest;
        }
        Ok(Some(match self.mode {
            LineMode::Json => json_row(line, self.line),
            LineMode::Text => text_row(line, self.line),
        }))
    }

    fn position(&self) -> u64 {
        self.bytes
    }
}

/// The line as text, without a byte order mark on line 1.
fn line_text(line: &[u8], number: u64) -> Result<&str, String> {
    let text = std::str::from_utf8(line).map_err(|e| format!("line is not UTF-8: {e}"))?;
    // A byte order mark, as some Windows tools write, is not the first ad's.
    Ok(if number == 1 {
        text.strip_prefix('\u{FEFF}').unwrap_or(text)
    } else {
        text
    })
}

fn text_row(line: &[u8], number: u64) -> Row {
    // The id is the line number, even for a line that fails.
    match line_text(line, number) {
        Ok(text) => Row::ad(number, Id::Number(number), String::new(), text.to_owned()),
        Err(message) => Row::error(number, Id::Number(number), message),
    }
}

/// The first `\uXXXX` escape in JSON text that is a lone surrogate: a
/// leading one not followed by a trailing one, or a trailing one alone.
/// Such a string is valid JSON syntax but no Unicode text.
fn lone_surrogate(text: &str) -> Option<&str> {
    let bytes = text.as_bytes();
    let unit = |i: usize| {
        (bytes.get(i) == Some(&b'\\') && bytes.get(i + 1) == Some(&b'u'))
            .then(|| text.get(i + 2..i + 6))
            .flatten()
            .filter(|hex| hex.bytes().all(|b| b.is_ascii_hexdigit()))
            .and_then(|hex| u16::from_str_radix(hex, 16).ok())
    };
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        match unit(i) {
            Some(0xD800..=0xDBFF) => {
                if !matches!(unit(i + 6), Some(0xDC00..=0xDFFF)) {
                    return text.get(i..i + 6);
                }
                i += 12;
            }
            Some(0xDC00..=0xDFFF) => return text.get(i..i + 6),
            Some(_) => i += 6,
            // Any other escape is two bytes.
            None => i += 2,
        }
    }
    None
}

/// serde_json's error for `text`, saying so when the cause is a lone
/// surrogate (which serde_json reports as a bad hex escape).
fn json_error(e: &serde_json::Error, text: &str, position: bool) -> String {
    let message = if position {
        e.to_string()
    } else {
        without_position(e)
    };
    match lone_surrogate(text) {
        Some(escape) if message.contains("escape") || message.contains("surrogate") => {
            format!(
                "a string holds the lone surrogate {escape}, which is not Unicode text ({message})"
            )
        }
        _ => message,
    }
}

/// A serde_json error without its position (which counts from the start of
/// a field's value, not of the line).
fn without_position(e: &serde_json::Error) -> String {
    let message = e.to_string();
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message,
    }
}

fn json_row(line: &[u8], number: u64) -> Row {
    let text = match line_text(line, number) {
        Ok(text) => text,
        Err(message) => return Row::error(number, Id::Null, message),
    };
    if text.trim().is_empty() {
        return Row::error(
            number,
            Id::Null,
            "empty line, expected a JSON object".to_owned(),
        );
    }
    let fields: HashMap<String, Box<RawValue>> = match serde_json::from_str(text) {
        Ok(fields) => fields,
        Err(e) => {
            return Row::error(
                number,
                Id::Null,
                format!("not a JSON object: {}", json_error(&e, text, true)),
            );
        }
    };
    let id = match fields.get("id") {
        None => Id::Null,
        // Parsed in full, so that a lone surrogate in it is an error here
        // rather than invalid output.
        Some(raw) => match serde_json::from_str::<serde_json::Value>(raw.get()) {
            Ok(serde_json::Value::Null) => Id::Null,
            Ok(_) => Id::Json(compact_json(raw.get())),
            Err(e) => {
                return Row::error(
                    number,
                    Id::Null,
                    format!("\"id\" is not valid: {}", json_error(&e, raw.get(), false)),
                );
            }
        },
    };
    let string = |key: &str| -> Result<Option<String>, String> {
        match fields.get(key) {
            None => Ok(None),
            Some(raw) if raw.get() == "null" => Ok(None),
            Some(raw) => match serde_json::from_str::<String>(raw.get()) {
                Ok(s) => Ok(Some(s)),
                Err(e) if raw.get().starts_with('"') => Err(format!(
                    "\"{key}\" is not a valid string: {}",
                    json_error(&e, raw.get(), false)
                )),
                Err(_) => Err(format!("\"{key}\" is not a string")),
            },
        }
    };
    let fields = (|| Ok((string("title")?, string("body")?, string("text")?)))();
    match fields {
        Err(message) => Row::error(number, id, message),
        Ok((None, None, None)) => Row::error(
            number,
            id,
            "no \"title\", \"body\" or \"text\" field".to_owned(),
        ),
        Ok((None, None, Some(text))) => Row::ad(number, id, String::new(), text),
        Ok((title, body, _)) => Row::ad(
            number,
            id,
            title.unwrap_or_default(),
            body.unwrap_or_default(),
        ),
    }
}

/// Valid JSON text without the whitespace between its tokens; strings
/// (which valid JSON holds with every control character escaped) and
/// numbers are kept as written.
fn compact_json(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut in_string = false;
    let mut escaped = false;
    for ch in raw.chars() {
        if in_string {
            out.push(ch);
            if escaped {
                escaped = false;
            } else if ch == '\\' {
                escaped = true;
            } else if ch == '"' {
                in_string = false;
            }
        } else if ch == '"' {
            in_string = true;
            out.push(ch);
        } else if !matches!(ch, ' ' | '\t' | '\n' | '\r') {
            out.push(ch);
        }
    }
    out
}

// ---------------------------------------------------------------------------
// CSV input
// ---------------------------------------------------------------------------

fn csv_error(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

struct CsvSource<R: Read> {
    reader: csv::Reader<R>,
    record: csv::ByteRecord,
    columns: Option<Columns>,
    row: u64,
}

impl<R: Read> CsvSource<R> {
    fn new(input: R, names: &ColumnNames, name: &str) -> Result<CsvSource<R>, Fatal> {
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .has_headers(true)
            .from_reader(input);
        let header: Vec<String> = reader
            .byte_headers()
            .map_err(|e| Fatal(format!("cannot read {name}: {}", csv_error(e))))?
            .iter()
            .map(|h| String::from_utf8_lossy(h).into_owned())
            .collect();
        // An empty input has no header and no rows: nothing to answer.
        let columns = if header.is_empty() && reader.is_done() {
            None
        } else {
            Some(names.resolve(&header)?)
        };
        Ok(CsvSource {
            reader,
            record: csv::ByteRecord::new(),
            columns,
            row: 0,
        })
    }
}

impl<R: Read> Source for CsvSource<R> {
    fn next_row(&mut self) -> io::Result<Option<Row>> {
        let Some(columns) = self.columns else {
            return Ok(None);
        };
        if !self
            .reader
            .read_byte_record(&mut self.record)
            .map_err(csv_error)?
        {
            return Ok(None);
        }
        self.row += 1;
        let row = self.row;
        let line = self.record.position().map_or(0, csv::Position::line);
        let field = |i: Option<usize>| -> Option<Result<&str, std::str::Utf8Error>> {
            i.and_then(|i| self.record.get(i)).map(std::str::from_utf8)
        };
        let id = match field(columns.id) {
            None if columns.id.is_some() => Id::Null,
            None => Id::Number(row),
            Some(Ok(id)) => Id::Text(id.to_owned()),
            Some(Err(_)) => Id::Null,
        };
        if self.record.len() != columns.count {
            return Ok(Some(Row::error(
                line,
                id,
                format!(
                    "row {row} has {} fields, the header has {}",
                    self.record.len(),
                    columns.count
                ),
            )));
        }
        let text = |i: Option<usize>, what: &str| match field(i) {
            None => Ok(None),
            Some(Ok(s)) => Ok(Some(s.to_owned())),
            Some(Err(e)) => Err(format!("row {row}: the {what} field is not UTF-8: {e}")),
        };
        if let Some(Err(e)) = field(columns.id) {
            return Ok(Some(Row::error(
                line,
                id,
                format!("row {row}: the id field is not UTF-8: {e}"),
            )));
        }
        let fields = (|| {
            Ok((
                text(columns.title, "title")?,
                text(columns.body, "body")?,
                text(columns.text, "text")?,
            ))
        })();
        Ok(Some(match fields {
            Ok((title, body, text)) => ad_from_fields(line, id, title, body, text),
            Err(message) => Row::error(line, id, message),
        }))
    }

    fn position(&self) -> u64 {
        self.reader.position().byte()
    }
}

// ---------------------------------------------------------------------------
// JSON Lines and CSV output
// ---------------------------------------------------------------------------

struct JsonSink<W: Write> {
    out: BufWriter<W>,
    line: String,
}

impl<W: Write> JsonSink<W> {
    fn new(out: W) -> JsonSink<W> {
        JsonSink {
            out: BufWriter::with_capacity(64 * 1024, out),
            line: String::new(),
        }
    }
}

impl<W: Write> Sink for JsonSink<W> {
    fn write(&mut self, row: &Row, result: Option<&Classification>) -> io::Result<()> {
        let out = &mut self.line;
        out.clear();
        match (&row.kind, result) {
            (RowKind::Ad { .. }, Some(c)) => write_json_result(&row.id, c, out),
            (RowKind::Error(message), _) => write_json_error(row, message, out),
            (RowKind::Ad { .. }, None) => {
                write_json_error(row, "no classification (a bug: please report it)", out);
            }
        }
        out.push('\n');
        self.out.write_all(out.as_bytes())
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

fn write_json_error(row: &Row, message: &str, out: &mut String) {
    out.push_str("{\"id\":");
    row.id.write_json(out);
    let _ = write!(
        out,
        ",\"line\":{},\"error\":{}}}",
        row.line,
        json_string(message)
    );
}

fn json_or_null(s: Option<&str>) -> String {
    s.map_or_else(|| "null".to_owned(), json_string)
}

fn write_json_result(id: &Id, c: &Classification, out: &mut String) {
    out.push_str("{\"id\":");
    id.write_json(out);
    let best = c.best();
    let allied = c
        .allied_health()
        .map_or("null", |a| if a { "true" } else { "false" });
    let _ = write!(
        out,
        r#","profession":{},"title":{},"score":{:.4},"allied_health":{allied},"jurisdiction":{},"codes":{{"#,
        json_or_null(best.map(|b| b.profession().id())),
        json_or_null(c.title()),
        best.map_or(0.0, |b| b.score()),
        json_or_null(c.jurisdiction().map(|j| j.id())),
    );
    let codes = codes(c);
    for (i, system) in CODE_SYSTEMS.iter().enumerate() {
        let comma = if i == 0 { "" } else { "," };
        let list: Vec<String> = codes_in(&codes, *system)
            .iter()
            .map(|s| json_string(s))
            .collect();
        let _ = write!(out, r#"{comma}"{}":[{}]"#, system.prefix(), list.join(","));
    }
    out.push_str("},\"candidates\":[");
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

/// The CSV output's columns.
pub const CSV_COLUMNS: [&str; 13] = [
    "id",
    "line",
    "profession",
    "title",
    "score",
    "allied_health",
    "jurisdiction",
    "soc2018",
    "onet",
    "uksoc2020",
    "isco08",
    "candidates",
    "error",
];

struct CsvSink<W: Write> {
    out: csv::Writer<W>,
    header: bool,
}

impl<W: Write> CsvSink<W> {
    fn new(out: W) -> CsvSink<W> {
        CsvSink {
            out: csv::WriterBuilder::new()
                .buffer_capacity(64 * 1024)
                .from_writer(out),
            header: false,
        }
    }

    fn header(&mut self) -> io::Result<()> {
        if !self.header {
            self.header = true;
            self.out.write_record(CSV_COLUMNS).map_err(csv_error)?;
        }
        Ok(())
    }
}

impl<W: Write> Sink for CsvSink<W> {
    fn write(&mut self, row: &Row, result: Option<&Classification>) -> io::Result<()> {
        self.header()?;
        let id = row.id.as_text().unwrap_or_default();
        let line = row.line.to_string();
        let record: Vec<String> = match (&row.kind, result) {
            (RowKind::Ad { .. }, Some(c)) => {
                let best = c.best();
                let codes = codes(c);
                let mut record = vec![
                    id.into_owned(),
                    line,
                    best.map(|b| b.profession().id().to_owned())
                        .unwrap_or_default(),
                    c.title().unwrap_or_default().to_owned(),
                    format!("{:.4}", best.map_or(0.0, |b| b.score())),
                    c.allied_health().map(|a| a.to_string()).unwrap_or_default(),
                    c.jurisdiction()
                        .map(|j| j.id().to_owned())
                        .unwrap_or_default(),
                ];
                for system in CODE_SYSTEMS {
                    record.push(codes_in(&codes, system).join(";"));
                }
                let candidates: Vec<String> = c
                    .candidates()
                    .iter()
                    .take(MAX_CANDIDATES)
                    .map(|k| format!("{}={:.4}", k.profession().id(), k.score()))
                    .collect();
                record.push(candidates.join(";"));
                record.push(String::new());
                record
            }
            (kind, _) => {
                let message = match kind {
                    RowKind::Error(message) => message.as_str(),
                    RowKind::Ad { .. } => "no classification (a bug: please report it)",
                };
                let mut record = vec![String::new(); CSV_COLUMNS.len()];
                record[0] = id.into_owned();
                record[1] = line;
                record[CSV_COLUMNS.len() - 1] = message.to_owned();
                record
            }
        };
        self.out.write_record(&record).map_err(csv_error)
    }

    fn finish(&mut self) -> io::Result<()> {
        self.header()?;
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::{compact_json, lone_surrogate};

    #[test]
    fn lone_surrogates_are_found() {
        assert_eq!(lone_surrogate(r#""a\ud800""#), Some(r"\ud800"));
        assert_eq!(lone_surrogate(r#""\uDC00x""#), Some(r"\uDC00"));
        assert_eq!(lone_surrogate(r#""\ud83d\ude00""#), None);
        assert_eq!(lone_surrogate(r#""\ud83d\u0041""#), Some(r"\ud83d"));
        assert_eq!(lone_surrogate(r#""\\ud800""#), None);
        assert_eq!(lone_surrogate(r#""caf\u00e9\""#), None);
        assert_eq!(lone_surrogate(r"\u12"), None);
    }

    #[test]
    fn compact_json_drops_whitespace_between_tokens_only() {
        assert_eq!(compact_json("1.50"), "1.50");
        assert_eq!(compact_json("{\"k\": [1, 2]}"), "{\"k\":[1,2]}");
        assert_eq!(
            compact_json("{ \"a b\" :\t\"c \\\" d\" }"),
            "{\"a b\":\"c \\\" d\"}"
        );
        assert_eq!(compact_json("\"caf\\u00e9\""), "\"caf\\u00e9\"");
        assert_eq!(compact_json("\"\\\\\" , 1"), "\"\\\\\",1");
    }
}
