//! The `sql` feature: Parquet in and out for `classify`, and the `sql`
//! subcommand, DataFusion with the functions of `allied-health-datafusion`
//! registered and a quoted file path usable as a table (as in
//! datafusion-cli).

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::sync::Arc;

use allied_health::Classification;
use clap::{Args, ValueEnum};
use datafusion::arrow::array::{
    Array, ArrayRef, AsArray, BooleanBuilder, Float64Builder, ListBuilder, RecordBatch,
    StringBuilder, StructBuilder, UInt64Builder,
};
use datafusion::arrow::compute::cast;
use datafusion::arrow::datatypes::{DataType, Field, Fields, Schema, SchemaRef};
use datafusion::arrow::error::ArrowError;
use datafusion::arrow::util::display::{ArrayFormatter, FormatOptions};
use datafusion::arrow::util::pretty::pretty_format_batches_with_schema;
use datafusion::error::DataFusionError;
use datafusion::parquet::arrow::ArrowWriter;
use datafusion::parquet::arrow::ProjectionMask;
use datafusion::parquet::arrow::arrow_reader::{
    ParquetRecordBatchReader, ParquetRecordBatchReaderBuilder,
};
use datafusion::prelude::SessionContext;
use futures::StreamExt;

use crate::Fatal;
use crate::classify::{
    CODE_SYSTEMS, ColumnNames, Columns, Id, MAX_CANDIDATES, Row, RowKind, Sink, Source,
    ad_from_fields, codes, codes_in,
};

pub const LONG_ABOUT: &str = "Run a SQL query (DataFusion's dialect) with the classifier's \
functions, and print the result.

A quoted path is a table, as in datafusion-cli: SELECT * FROM 'ads.parquet' (also .csv, \
.json and Arrow files, or a directory of them). Registered:
  classify_ad(title, body)          a struct: profession (id or null), score, jurisdiction \
(us, nhs or null), allied_health, title (the local title; the US title, else the NHS one, when the \
jurisdiction is unknown), codes (a struct of lists soc2018, onet, uksoc2020, isco08)
  classify_profession(title, body)  the profession's id, or null
  professions                       a table of the registry, one row per profession and \
jurisdiction: id, name, scope, family, jurisdiction, title, codes, definitions, wage, growth

For example:
  allied-health sql \"SELECT classify_profession(title, body) AS p, count(*) FROM 'ads.parquet' \
GROUP BY p ORDER BY 2 DESC\"
  allied-health sql \"SELECT a.id, c.profession, p.name FROM (SELECT id, classify_ad(title, \
body) AS c FROM 'ads.parquet') a JOIN professions p ON p.id = c.profession AND \
p.jurisdiction = c.jurisdiction\"

OUTPUT (--format): table (default) a text table of every row; csv a header and one row per \
result row, nested values (structs, lists) written as text; json one JSON object per \
result row and line, every column a key (null included), structs as objects, lists as \
arrays.

EXIT STATUS: 0 after the result; 2 for a SQL error (a syntax error, an unknown table, \
column or function, a file that cannot be read) or output that cannot be written, with a \
message on stderr.";

#[derive(Args, Debug)]
pub struct SqlArgs {
    /// The query, such as "SELECT classify_profession(title, body) FROM 'ads.parquet'".
    #[arg(value_name = "SQL")]
    query: String,
    /// How to print the result.
    #[arg(long, value_enum, default_value_t = SqlFormat::Table)]
    format: SqlFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum SqlFormat {
    /// A text table.
    Table,
    /// CSV with a header row.
    Csv,
    /// One JSON object per row and line.
    Json,
}

/// An error of DataFusion or Arrow while a query runs.
enum Failure {
    Sql(DataFusionError),
    Write(io::Error),
}

impl From<DataFusionError> for Failure {
    fn from(e: DataFusionError) -> Failure {
        Failure::Sql(e)
    }
}

impl From<ArrowError> for Failure {
    fn from(e: ArrowError) -> Failure {
        match e {
            ArrowError::IoError(_, e) => Failure::Write(e),
            e => Failure::Sql(DataFusionError::ArrowError(Box::new(e), None)),
        }
    }
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Failure {
        Failure::Write(e)
    }
}

impl From<csv::Error> for Failure {
    fn from(e: csv::Error) -> Failure {
        Failure::Write(match e.into_kind() {
            csv::ErrorKind::Io(e) => e,
            other => io::Error::other(format!("{other:?}")),
        })
    }
}

/// A session with the functions and the `professions` table registered,
/// and quoted paths read as tables.
fn session() -> Result<SessionContext, DataFusionError> {
    let ctx = SessionContext::new().enable_url_table();
    for udf in allied_health_datafusion::scalar_udfs() {
        ctx.register_udf(udf);
    }
    ctx.register_batch(
        allied_health_datafusion::PROFESSIONS_TABLE,
        allied_health_datafusion::professions_batch()?,
    )?;
    Ok(ctx)
}

pub fn run(args: &SqlArgs) -> Result<(), Fatal> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Fatal(format!("cannot start the query engine: {e}")))?;
    let out = BufWriter::with_capacity(64 * 1024, io::stdout());
    match runtime.block_on(query(&args.query, args.format, out)) {
        Ok(()) => Ok(()),
        Err(Failure::Sql(e)) => {
            let message = e.strip_backtrace();
            Err(Fatal(if message.starts_with("SQL error") {
                message
            } else {
                format!("SQL error: {message}")
            }))
        }
        Err(Failure::Write(e)) => Err(Fatal::stdout(&e)),
    }
}

async fn query(sql: &str, format: SqlFormat, mut out: impl Write) -> Result<(), Failure> {
    let ctx = session()?;
    let df = ctx.sql(sql).await?;
    if format == SqlFormat::Table {
        // A table's column widths need every row.
        let schema: SchemaRef = Arc::new(df.schema().as_arrow().clone());
        let batches = df.collect().await?;
        let table = pretty_format_batches_with_schema(schema, &batches)?;
        writeln!(out, "{table}")?;
        let rows: usize = batches.iter().map(RecordBatch::num_rows).sum();
        writeln!(out, "{rows} row{}", if rows == 1 { "" } else { "s" })?;
        out.flush()?;
        return Ok(());
    }
    let mut stream = df.execute_stream().await?;
    match format {
        SqlFormat::Json => {
            let mut writer = datafusion::arrow::json::WriterBuilder::new()
                .with_explicit_nulls(true)
                .build::<_, datafusion::arrow::json::writer::LineDelimited>(&mut out);
            while let Some(batch) = stream.next().await {
                writer.write(&batch?)?;
            }
            writer.finish()?;
        }
        _ => {
            let mut writer = csv::Writer::from_writer(&mut out);
            let mut header = false;
            let options = FormatOptions::new().with_null("");
            while let Some(batch) = stream.next().await {
                let batch = batch?;
                if !header {
                    header = true;
                    writer.write_record(batch.schema().fields().iter().map(|f| f.name()))?;
                }
                let formatters = batch
                    .columns()
                    .iter()
                    .map(|c| ArrayFormatter::try_new(c.as_ref(), &options))
                    .collect::<Result<Vec<_>, _>>()?;
                for row in 0..batch.num_rows() {
                    writer.write_record(formatters.iter().map(|f| f.value(row).to_string()))?;
                }
            }
            if !header {
                let schema = stream.schema();
                writer.write_record(schema.fields().iter().map(|f| f.name()))?;
            }
            writer.flush()?;
        }
    }
    out.flush()?;
    Ok(())
}

// ---------------------------------------------------------------------------
// Parquet input
// ---------------------------------------------------------------------------

/// Whether `column` holds text: a string type, or a dictionary of one.
fn is_text(data_type: &DataType) -> bool {
    match data_type {
        DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View => true,
        DataType::Dictionary(_, values) => is_text(values),
        _ => false,
    }
}

/// Whether an id column's values are numbers, written back as such.
fn is_number(data_type: &DataType) -> bool {
    data_type.is_integer() || data_type.is_floating() || data_type.is_decimal()
}

struct ParquetSource {
    reader: ParquetRecordBatchReader,
    columns: Columns,
    /// The current batch's columns, each cast to `Utf8` (the id as text).
    batch: Vec<Option<ArrayRef>>,
    id_is_number: bool,
    next: usize,
    rows_in_batch: usize,
    row: u64,
}

/// Reads ads from the Parquet file at `path`: the columns `names` gives,
/// title, body and text as strings.
pub fn parquet_source(path: &Path, names: &ColumnNames) -> Result<Box<dyn Source>, Fatal> {
    if path == Path::new("-") {
        return Err(Fatal(
            "Parquet input must be a file (its index is at its end), not standard input".to_owned(),
        ));
    }
    let name = path.display();
    let file = File::open(path).map_err(|e| Fatal(format!("cannot open {name}: {e}")))?;
    let builder = ParquetRecordBatchReaderBuilder::try_new(file)
        .map_err(|e| Fatal(format!("cannot read {name} as Parquet: {e}")))?;
    let schema = Arc::clone(builder.schema());
    let header: Vec<String> = schema.fields().iter().map(|f| f.name().clone()).collect();
    let all = names.resolve(&header)?;
    for (index, what) in [(all.title, "title"), (all.body, "body"), (all.text, "text")] {
        if let Some(i) = index {
            let field = schema.field(i);
            if !is_text(field.data_type()) {
                return Err(Fatal(format!(
                    "the {what} column {:?} of {name} holds {}, not strings",
                    field.name(),
                    field.data_type()
                )));
            }
        }
    }
    let id_is_number = all
        .id
        .is_some_and(|i| is_number(schema.field(i).data_type()));
    // Read only the columns used; their order in the batches is the file's.
    let mut used: Vec<usize> = [all.id, all.title, all.body, all.text]
        .into_iter()
        .flatten()
        .collect();
    used.sort_unstable();
    used.dedup();
    let position = |i: Option<usize>| i.and_then(|i| used.iter().position(|&u| u == i));
    let columns = Columns {
        id: position(all.id),
        title: position(all.title),
        body: position(all.body),
        text: position(all.text),
        count: used.len(),
    };
    let mask = ProjectionMask::roots(builder.parquet_schema(), used.iter().copied());
    let reader = builder
        .with_projection(mask)
        .with_batch_size(1024)
        .build()
        .map_err(|e| Fatal(format!("cannot read {name} as Parquet: {e}")))?;
    Ok(Box::new(ParquetSource {
        reader,
        columns,
        batch: Vec::new(),
        id_is_number,
        next: 0,
        rows_in_batch: 0,
        row: 0,
    }))
}

/// Every value of `array` as Arrow displays it, nulls kept.
fn as_text(array: &ArrayRef) -> Result<ArrayRef, ArrowError> {
    let formatter = ArrayFormatter::try_new(array.as_ref(), &FormatOptions::new())?;
    let mut text = StringBuilder::new();
    for row in 0..array.len() {
        if array.is_valid(row) {
            text.append_value(formatter.value(row).to_string());
        } else {
            text.append_null();
        }
    }
    Ok(Arc::new(text.finish()))
}

impl ParquetSource {
    fn text(&self, column: Option<usize>, row: usize) -> Option<String> {
        let array = self.batch.get(column?)?.as_ref()?;
        let strings = array.as_string_opt::<i32>()?;
        strings.is_valid(row).then(|| strings.value(row).to_owned())
    }
}

impl Source for ParquetSource {
    fn next_row(&mut self) -> io::Result<Option<Row>> {
        while self.next == self.rows_in_batch {
            let Some(batch) = self.reader.next() else {
                return Ok(None);
            };
            let batch = batch.map_err(io::Error::other)?;
            let mut columns = Vec::with_capacity(batch.num_columns());
            for (i, column) in batch.columns().iter().enumerate() {
                let text = if is_text(column.data_type()) {
                    cast(column, &DataType::Utf8).map_err(io::Error::other)?
                } else if Some(i) == self.columns.id {
                    // An id of any type, as Arrow displays it.
                    as_text(column).map_err(io::Error::other)?
                } else {
                    return Err(io::Error::other(format!(
                        "column {i} holds {}, not strings",
                        column.data_type()
                    )));
                };
                columns.push(Some(text));
            }
            self.batch = columns;
            self.rows_in_batch = batch.num_rows();
            self.next = 0;
        }
        let i = self.next;
        self.next += 1;
        self.row += 1;
        let c = self.columns;
        let id = match (c.id, self.text(c.id, i)) {
            (None, _) => Id::Number(self.row),
            (Some(_), None) => Id::Null,
            // A number is written back as one, when it is valid JSON.
            (Some(_), Some(id))
                if self.id_is_number && serde_json::from_str::<serde_json::Number>(&id).is_ok() =>
            {
                Id::Json(id)
            }
            (Some(_), Some(id)) => Id::Text(id),
        };
        Ok(Some(ad_from_fields(
            self.row,
            id,
            self.text(c.title, i),
            self.text(c.body, i),
            self.text(c.text, i),
        )))
    }

    fn position(&self) -> u64 {
        self.row
    }
}

// ---------------------------------------------------------------------------
// Parquet output
// ---------------------------------------------------------------------------

/// Rows buffered before a batch is written.
const BATCH_ROWS: usize = 1024;

/// The fields of a candidate in the `candidates` list.
fn candidate_fields() -> Fields {
    Fields::from(vec![
        Field::new("profession", DataType::Utf8, false),
        Field::new("score", DataType::Float64, false),
    ])
}

/// One builder per output column.
struct Builders {
    id: StringBuilder,
    line: UInt64Builder,
    profession: StringBuilder,
    title: StringBuilder,
    score: Float64Builder,
    allied_health: BooleanBuilder,
    jurisdiction: StringBuilder,
    codes: [ListBuilder<StringBuilder>; 4],
    candidates: ListBuilder<StructBuilder>,
    error: StringBuilder,
    rows: usize,
}

impl Builders {
    fn new() -> Builders {
        Builders {
            id: StringBuilder::new(),
            line: UInt64Builder::new(),
            profession: StringBuilder::new(),
            title: StringBuilder::new(),
            score: Float64Builder::new(),
            allied_health: BooleanBuilder::new(),
            jurisdiction: StringBuilder::new(),
            codes: std::array::from_fn(|_| ListBuilder::new(StringBuilder::new())),
            candidates: ListBuilder::new(StructBuilder::from_fields(candidate_fields(), 0)),
            error: StringBuilder::new(),
            rows: 0,
        }
    }

    fn push(&mut self, row: &Row, result: Option<&Classification>) -> io::Result<()> {
        self.id.append_option(row.id.as_text());
        self.line.append_value(row.line);
        self.rows += 1;
        let c = match (&row.kind, result) {
            (RowKind::Ad { .. }, Some(c)) => c,
            (kind, _) => {
                self.profession.append_null();
                self.title.append_null();
                self.score.append_null();
                self.allied_health.append_null();
                self.jurisdiction.append_null();
                for list in &mut self.codes {
                    list.append_null();
                }
                self.candidates.append_null();
                self.error.append_value(match kind {
                    RowKind::Error(message) => message.as_str(),
                    RowKind::Ad { .. } => "no classification (a bug: please report it)",
                });
                return Ok(());
            }
        };
        let best = c.best();
        self.profession
            .append_option(best.map(|b| b.profession().id()));
        self.title.append_option(c.title());
        self.score
            .append_value(f64::from(best.map_or(0.0, |b| b.score())));
        self.allied_health.append_option(c.allied_health());
        self.jurisdiction
            .append_option(c.jurisdiction().map(|j| j.id()));
        let codes = codes(c);
        for (list, system) in self.codes.iter_mut().zip(CODE_SYSTEMS) {
            list.append_value(codes_in(&codes, system).into_iter().map(Some));
        }
        let candidates = self.candidates.values();
        let malformed = || io::Error::other("the candidates column is malformed (a bug)");
        for candidate in c.candidates().iter().take(MAX_CANDIDATES) {
            candidates
                .field_builder::<StringBuilder>(0)
                .ok_or_else(malformed)?
                .append_value(candidate.profession().id());
            candidates
                .field_builder::<Float64Builder>(1)
                .ok_or_else(malformed)?
                .append_value(f64::from(candidate.score()));
            candidates.append(true);
        }
        self.candidates.append(true);
        self.error.append_null();
        Ok(())
    }

    fn finish(&mut self) -> io::Result<RecordBatch> {
        self.rows = 0;
        let [soc2018, onet, uksoc2020, isco08] = &mut self.codes;
        let columns: Vec<(&str, ArrayRef)> = vec![
            ("id", Arc::new(self.id.finish())),
            ("line", Arc::new(self.line.finish())),
            ("profession", Arc::new(self.profession.finish())),
            ("title", Arc::new(self.title.finish())),
            ("score", Arc::new(self.score.finish())),
            ("allied_health", Arc::new(self.allied_health.finish())),
            ("jurisdiction", Arc::new(self.jurisdiction.finish())),
            ("soc2018", Arc::new(soc2018.finish())),
            ("onet", Arc::new(onet.finish())),
            ("uksoc2020", Arc::new(uksoc2020.finish())),
            ("isco08", Arc::new(isco08.finish())),
            ("candidates", Arc::new(self.candidates.finish())),
            ("error", Arc::new(self.error.finish())),
        ];
        // Every column may hold nulls (but `line`): said in the schema, for
        // a batch without nulls would otherwise give a schema that has none.
        RecordBatch::try_from_iter_with_nullable(
            columns
                .into_iter()
                .map(|(name, array)| (name, array, name != "line")),
        )
        .map_err(io::Error::other)
    }
}

struct ParquetSink {
    builders: Builders,
    writer: Option<ArrowWriter<Box<dyn Write + Send>>>,
}

/// Writes the answers as Parquet to `out`.
pub fn parquet_sink(out: Box<dyn Write + Send>) -> Result<Box<dyn Sink>, Fatal> {
    let mut builders = Builders::new();
    // The schema, from an empty batch of the same builders.
    let schema: Arc<Schema> = builders
        .finish()
        .map_err(|e| Fatal(format!("cannot build the Parquet schema: {e}")))?
        .schema();
    let writer = ArrowWriter::try_new(out, schema, None)
        .map_err(|e| Fatal(format!("cannot start the Parquet output: {e}")))?;
    Ok(Box::new(ParquetSink {
        builders,
        writer: Some(writer),
    }))
}

impl ParquetSink {
    fn flush_batch(&mut self) -> io::Result<()> {
        let batch = self.builders.finish()?;
        match &mut self.writer {
            Some(writer) if batch.num_rows() > 0 => writer.write(&batch).map_err(parquet_error),
            _ => Ok(()),
        }
    }
}

fn parquet_error(e: datafusion::parquet::errors::ParquetError) -> io::Error {
    match e {
        datafusion::parquet::errors::ParquetError::External(e) => match e.downcast::<io::Error>() {
            Ok(e) => *e,
            Err(e) => io::Error::other(e),
        },
        e => io::Error::other(e),
    }
}

impl Sink for ParquetSink {
    fn write(&mut self, row: &Row, result: Option<&Classification>) -> io::Result<()> {
        self.builders.push(row, result)?;
        if self.builders.rows >= BATCH_ROWS {
            self.flush_batch()?;
        }
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        self.flush_batch()?;
        match self.writer.take() {
            Some(writer) => {
                let mut out = writer.into_inner().map_err(parquet_error)?;
                out.flush()
            }
            None => Ok(()),
        }
    }
}
