//! Sample ads (our own text), a Parquet file of them, and the answers the
//! library gives for them, for the SQL tests here and the Ballista tests.
#![allow(dead_code)] // Each test crate that includes this uses part of it.

use std::fs::File;
use std::path::PathBuf;
use std::sync::Arc;

use allied_health::{Classifier, CodeSystem};
use datafusion::arrow::array::{
    Array, ArrayRef, AsArray, Int64Array, RecordBatch, StringArray, StructArray,
};
use datafusion::arrow::compute::concat_batches;
use datafusion::arrow::datatypes::{DataType, Field, Schema};
use datafusion::parquet::arrow::ArrowWriter;

/// `(title, body)`: a few US ads, a few NHS ads, one outside healthcare,
/// one empty, and some with a null title or body.
pub const ADS: &[(Option<&str>, Option<&str>)] = &[
    (
        Some("Physical Therapist - Outpatient Orthopedics"),
        Some(
            "Join our clinic in Austin, Texas. Texas PT license required. Salary $85,000-$95,000 plus 401(k) match.",
        ),
    ),
    (
        Some("Certified Medical Assistant"),
        Some(
            "Busy family practice in Columbus, Ohio seeks a CMA to room patients, take vitals and update charts. $18-$22 per hour, no weekends.",
        ),
    ),
    (
        Some("Radiologic Technologist (ARRT)"),
        Some(
            "Full-time days at a Level II trauma center in Denver, CO. ARRT registry and state license required. $5,000 sign-on bonus.",
        ),
    ),
    (
        Some("Band 5 Occupational Therapist"),
        Some(
            "Community rehabilitation team at an NHS Foundation Trust. HCPC registration essential. Agenda for Change pay.",
        ),
    ),
    (
        Some("Speech and Language Therapist - Band 6"),
        Some(
            "Paediatric caseload across primary schools in Leeds. You must be registered with the HCPC.",
        ),
    ),
    (
        Some("Staff Nurse"),
        Some(
            "Band 5 staff nurse for our surgical ward. Active NMC PIN required; rotational shifts.",
        ),
    ),
    (
        Some("Operating Department Practitioner"),
        Some(
            "Main theatres, Band 5, NHS trust in Bristol. HCPC registered ODP or final-year student.",
        ),
    ),
    (
        Some("Senior Software Engineer"),
        Some(
            "Build data pipelines in Rust for our logistics platform. Remote-friendly, competitive salary.",
        ),
    ),
    (Some(""), Some("")),
    (
        None,
        Some(
            "Paramedic wanted for our emergency ambulance service, Band 6. HCPC registration required.",
        ),
    ),
    (Some("Phlebotomist"), None),
    (None, None),
];

/// The ads as a batch: `id` (Int64, the index in [`ADS`]), `title` and
/// `body` (nullable Utf8), and `words` (Int64, a column that is not text).
pub fn ads_batch() -> RecordBatch {
    let schema = Schema::new(vec![
        Field::new("id", DataType::Int64, false),
        Field::new("title", DataType::Utf8, true),
        Field::new("body", DataType::Utf8, true),
        Field::new("words", DataType::Int64, false),
    ]);
    let ids: Vec<i64> = (0..ADS.len() as i64).collect();
    let words: Vec<i64> = ADS
        .iter()
        .map(|(_, b)| b.map_or(0, |b| b.split_whitespace().count() as i64))
        .collect();
    let columns: Vec<ArrayRef> = vec![
        Arc::new(Int64Array::from(ids)),
        Arc::new(ADS.iter().map(|(t, _)| *t).collect::<StringArray>()),
        Arc::new(ADS.iter().map(|(_, b)| *b).collect::<StringArray>()),
        Arc::new(Int64Array::from(words)),
    ];
    RecordBatch::try_new(Arc::new(schema), columns).unwrap()
}

/// Writes `batch` to a fresh Parquet file named `name` in the test's
/// scratch directory, in row groups of `row_group` rows, and returns its
/// path.
pub fn write_parquet(dir: &str, name: &str, batch: &RecordBatch, row_group: usize) -> PathBuf {
    let dir = PathBuf::from(dir).join(format!("allied-health-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    let props = datafusion::parquet::file::properties::WriterProperties::builder()
        .set_max_row_group_row_count(Some(row_group))
        .build();
    let mut writer =
        ArrowWriter::try_new(File::create(&path).unwrap(), batch.schema(), Some(props)).unwrap();
    writer.write(batch).unwrap();
    writer.close().unwrap();
    path
}

/// One ad's `classify_ad` answer as plain values.
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    pub profession: Option<String>,
    pub score: Option<f64>,
    pub jurisdiction: Option<String>,
    pub allied_health: Option<bool>,
    pub title: Option<String>,
    /// `soc2018`, `onet`, `uksoc2020`, `isco08`; `None` for a null struct.
    pub codes: Option<[Vec<String>; 4]>,
}

const SYSTEMS: [CodeSystem; 4] = [
    CodeSystem::Soc2018,
    CodeSystem::OnetSoc,
    CodeSystem::UkSoc2020,
    CodeSystem::Isco08,
];

/// What the library says for an ad (a null title or body is empty).
pub fn expected(title: Option<&str>, body: Option<&str>) -> Answer {
    let c = Classifier::new().classify_ad(title.unwrap_or(""), body.unwrap_or(""));
    let j = c.jurisdiction();
    let best = c.best();
    let profession = best.map(|b| b.profession());
    // The library's own answer, as the command line writes it.
    let codes = profession.map(|_| {
        SYSTEMS.map(|system| {
            c.codes()
                .filter(|code| code.system() == system)
                .map(|code| code.to_string())
                .collect::<Vec<String>>()
        })
    });
    Answer {
        profession: profession.map(|p| p.id().to_owned()),
        score: best.map(|b| f64::from(b.score())),
        jurisdiction: j.map(|j| j.id().to_owned()),
        allied_health: c.allied_health(),
        title: c.title().map(str::to_owned),
        codes,
    }
}

/// The expected answers for [`ADS`], in order.
pub fn expected_answers() -> Vec<Answer> {
    ADS.iter().map(|(t, b)| expected(*t, *b)).collect()
}

/// Batches as one.
pub fn concat(batches: &[RecordBatch]) -> RecordBatch {
    let schema = batches[0].schema();
    concat_batches(&schema, batches).unwrap()
}

fn strings(array: &dyn Array) -> Vec<Option<String>> {
    let utf8 = datafusion::arrow::compute::cast(array, &DataType::Utf8).unwrap();
    utf8.as_string::<i32>()
        .iter()
        .map(|s| s.map(str::to_owned))
        .collect()
}

/// A column of `classify_ad` structs as answers.
pub fn answers(column: &dyn Array) -> Vec<Answer> {
    let s: &StructArray = column.as_struct();
    let field = |name: &str| s.column_by_name(name).unwrap();
    let profession = strings(field("profession"));
    let jurisdiction = strings(field("jurisdiction"));
    let title = strings(field("title"));
    let score = field("score").as_primitive::<datafusion::arrow::datatypes::Float64Type>();
    let allied = field("allied_health").as_boolean();
    let codes = field("codes").as_struct();
    (0..s.len())
        .map(|i| Answer {
            profession: profession[i].clone(),
            score: score.is_valid(i).then(|| score.value(i)),
            jurisdiction: jurisdiction[i].clone(),
            allied_health: allied.is_valid(i).then(|| allied.value(i)),
            title: title[i].clone(),
            codes: codes.is_valid(i).then(|| {
                SYSTEMS.map(|system| {
                    let list = codes
                        .column_by_name(system.prefix())
                        .unwrap()
                        .as_list::<i32>();
                    strings(list.value(i).as_ref())
                        .into_iter()
                        .map(Option::unwrap)
                        .collect()
                })
            }),
        })
        .collect()
}

/// A column of profession ids.
pub fn ids(column: &dyn Array) -> Vec<Option<String>> {
    strings(column)
}
