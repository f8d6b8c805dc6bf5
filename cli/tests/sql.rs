//! The `sql` feature, run as a process: Parquet in and out for
//! `classify`, the `sql` subcommand over a Parquet file, a SQL error, and a
//! Parquet title column that is not a string.

#![cfg(feature = "sql")]

mod common;

use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use common::{command, json_lines, run, scratch, stderr};
use datafusion::arrow::array::{
    Array, ArrayRef, AsArray, Int64Array, RecordBatch, StringArray, StringViewArray,
};
use datafusion::arrow::datatypes::Float64Type;
use datafusion::parquet::arrow::ArrowWriter;
use datafusion::parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use serde_json::Value;

/// Writes `columns` as a Parquet file named `name` in the temp directory.
fn parquet(name: &str, columns: Vec<(&str, ArrayRef)>) -> PathBuf {
    let path = scratch(name);
    let batch = RecordBatch::try_from_iter(columns).unwrap();
    let mut writer =
        ArrowWriter::try_new(File::create(&path).unwrap(), batch.schema(), None).unwrap();
    writer.write(&batch).unwrap();
    writer.close().unwrap();
    path
}

/// Ads written for these tests: an NHS dietitian, a US respiratory
/// therapist, a dental nurse with no title, and a receptionist.
fn ads(name: &str) -> PathBuf {
    parquet(
        name,
        vec![
            (
                "id",
                Arc::new(Int64Array::from(vec![1, 2, 3, 4])) as ArrayRef,
            ),
            (
                "title",
                Arc::new(StringArray::from(vec![
                    Some("Band 5 Dietitian"),
                    Some("Respiratory Therapist"),
                    None,
                    Some("Receptionist"),
                ])),
            ),
            (
                "body",
                // Utf8View, as DataFusion writes strings by default.
                Arc::new(StringViewArray::from(vec![
                    Some("NHS trust in Leeds."),
                    Some("Hospital in Dallas, TX."),
                    Some("Dental Nurse wanted, GDC registration required."),
                    None,
                ])),
            ),
        ],
    )
}

fn path_str(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn parquet_in_json_lines_out() {
    let path = ads("in.parquet");
    let output = command(&["classify", path_str(&path)]).output().unwrap();
    std::fs::remove_file(&path).unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let v = json_lines(&output, 4);
    // A numeric id column stays numeric.
    assert_eq!(v[0]["id"], 1);
    assert_eq!(v[0]["profession"], "dietitian");
    assert_eq!(v[0]["jurisdiction"], "nhs");
    assert_eq!(v[1]["profession"], "respiratory-therapist");
    assert_eq!(v[1]["codes"]["soc2018"][0], "29-1126");
    assert_eq!(v[2]["profession"], "dental-assistant");
    assert_eq!(v[2]["title"], "Dental nurse");
    assert!(v[3]["profession"].is_null());
    assert_eq!(v[3]["id"], 4);
}

#[test]
fn parquet_out_holds_typed_columns_and_nulls() {
    let input = ads("round.parquet");
    let out = scratch("answers.parquet");
    let output = command(&[
        "classify",
        path_str(&input),
        "--output",
        "parquet",
        "--output-file",
        path_str(&out),
    ])
    .output()
    .unwrap();
    std::fs::remove_file(&input).unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(output.stdout.is_empty());
    let reader = ParquetRecordBatchReaderBuilder::try_new(File::open(&out).unwrap())
        .unwrap()
        .build()
        .unwrap();
    let batches: Vec<RecordBatch> = reader.map(Result::unwrap).collect();
    std::fs::remove_file(&out).unwrap();
    assert_eq!(batches.len(), 1);
    let batch = &batches[0];
    let names: Vec<&str> = batch
        .schema_ref()
        .fields()
        .iter()
        .map(|f| f.name().as_str())
        .collect();
    assert_eq!(
        names,
        [
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
            "error"
        ]
    );
    let column = |name: &str| batch.column_by_name(name).unwrap();
    let profession = column("profession").as_string::<i32>();
    assert_eq!(
        profession.iter().collect::<Vec<_>>(),
        [
            Some("dietitian"),
            Some("respiratory-therapist"),
            Some("dental-assistant"),
            None
        ]
    );
    let allied = column("allied_health").as_boolean();
    assert!(allied.value(0));
    assert!(!allied.value(2)); // a dental nurse is not an NHS AHP
    assert!(allied.is_null(3));
    let score = column("score").as_primitive::<Float64Type>();
    assert!(score.value(0) > 0.5 && score.value(0) <= 1.0);
    assert_eq!(score.value(3), 0.0);
    let soc = column("soc2018").as_list::<i32>();
    assert_eq!(soc.value(1).as_string::<i32>().value(0), "29-1126");
    assert_eq!(soc.value(0).len(), 0);
    let candidates = column("candidates").as_list::<i32>();
    let first = candidates.value(0);
    let first = first.as_struct();
    assert_eq!(
        first
            .column_by_name("profession")
            .unwrap()
            .as_string::<i32>()
            .value(0),
        "dietitian"
    );
    assert!(column("error").is_null(0));
    assert_eq!(column("error").null_count(), 4);
    assert!(column("title").is_null(3));
}

#[test]
fn parquet_errors_are_clear() {
    // A title column of numbers.
    let path = parquet(
        "numbers.parquet",
        vec![
            ("id", Arc::new(Int64Array::from(vec![1])) as ArrayRef),
            ("title", Arc::new(Int64Array::from(vec![42]))),
        ],
    );
    let output = command(&["classify", path_str(&path)]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let message = stderr(&output);
    assert!(message.contains("the title column \"title\""), "{message}");
    assert!(message.contains("holds Int64, not strings"), "{message}");

    // A missing column names the file's columns.
    let output = command(&["classify", path_str(&path), "--body-column", "advert"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("\"id\", \"title\""));

    // Parquet needs random access, so not standard input.
    let output = run(
        &["classify", "--format", "parquet"],
        std::fs::read(&path).unwrap(),
    );
    std::fs::remove_file(&path).unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("not standard input"));

    // A file that is not Parquet.
    let path = scratch("text.parquet");
    std::fs::write(&path, "not parquet").unwrap();
    let output = command(&["classify", path_str(&path)]).output().unwrap();
    std::fs::remove_file(&path).unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("as Parquet"));
}

#[test]
fn sql_over_a_parquet_file() {
    let path = ads("sql.parquet");
    let query = format!(
        "SELECT id, classify_profession(title, body) AS profession FROM '{}' ORDER BY id",
        path_str(&path)
    );
    let output = command(&["sql", &query, "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let rows = json_lines(&output, 4);
    assert_eq!(
        rows[0],
        serde_json::json!({"id": 1, "profession": "dietitian"})
    );
    assert_eq!(rows[1]["profession"], "respiratory-therapist");
    assert_eq!(rows[2]["profession"], "dental-assistant");
    // Every column is a key, null included.
    assert_eq!(rows[3], serde_json::json!({"id": 4, "profession": null}));

    let output = command(&["sql", &query, "--format", "csv"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        "id,profession\n1,dietitian\n2,respiratory-therapist\n3,dental-assistant\n4,\n"
    );

    let output = command(&["sql", &query]).output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let table = String::from_utf8(output.stdout).unwrap();
    assert!(table.contains("| 1  | dietitian             |"), "{table}");
    assert!(table.ends_with("4 rows\n"), "{table}");

    // classify_ad's struct, joined to the professions table.
    let query = format!(
        "SELECT a.id, c.title AS local, p.name FROM (SELECT id, classify_ad(title, body) AS c \
         FROM '{}') a JOIN professions p ON p.id = c.profession AND p.jurisdiction = \
         c.jurisdiction ORDER BY a.id",
        path_str(&path)
    );
    let output = command(&["sql", &query, "--format", "json"])
        .output()
        .unwrap();
    std::fs::remove_file(&path).unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let rows: Vec<Value> = json_lines(&output, 3);
    assert_eq!(rows[2]["id"], 3);
    assert_eq!(rows[2]["local"], "Dental nurse");
    assert_eq!(rows[2]["name"], "Dental assistant");

    // An empty result still has its header.
    let output = command(&[
        "sql",
        "SELECT id FROM professions WHERE id = 'none'",
        "--format",
        "csv",
    ])
    .output()
    .unwrap();
    assert_eq!(String::from_utf8(output.stdout).unwrap(), "id\n");
}

#[test]
fn a_sql_error_is_a_message_and_status_2() {
    for (query, expected) in [
        ("SELEC 1", "SQL error"),
        ("SELECT * FROM no_such_table", "no_such_table"),
        ("SELECT no_such_function(1)", "no_such_function"),
        ("SELECT classify_ad(1, 2)", "must be a string"),
        ("SELECT * FROM '/nonexistent/ads.parquet'", "SQL error"),
    ] {
        let output = command(&["sql", query]).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{query}");
        assert!(output.stdout.is_empty(), "{query}");
        let message = stderr(&output);
        assert!(message.starts_with("allied-health: "), "{message}");
        assert!(message.contains(expected), "{query}: {message}");
        assert_eq!(message.matches("SQL error").count(), 1, "{message}");
    }
    let output = command(&["sql", "SELECT 1", "--format", "xml"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
}
