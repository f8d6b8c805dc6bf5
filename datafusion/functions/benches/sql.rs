//! `classify_ad` through SQL over Parquet files, on one partition and on
//! two, against a plain loop of the library classifier over the same ads
//! (and the library's batch on two threads), in the same run: the ratio is what DataFusion (reading Parquet, building
//! the struct column) costs on top of classifying.
//!
//! `cargo bench --bench sql` (in `datafusion/`)
//!
//! The ads are generated here: a title from the registry's titles, then
//! about 2 KB of filler sentences written for this benchmark, with US or
//! NHS details.

use std::hint::black_box;
use std::path::PathBuf;
use std::sync::Arc;

use allied_health::{Ad, Classifier, Profession};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use datafusion::arrow::array::{ArrayRef, RecordBatch, StringArray};
use datafusion::arrow::datatypes::{DataType, Field, Schema};
use datafusion::parquet::arrow::ArrowWriter;
use datafusion::parquet::file::properties::WriterProperties;
use datafusion::prelude::{ParquetReadOptions, SessionConfig, SessionContext};

/// Ads per iteration.
const ADS: usize = 2_000;
/// Bytes in an ad body, about.
const AD_BYTES: usize = 2_048;
/// Rows per Parquet row group.
const ROW_GROUP: usize = 250;
/// Parquet files the ads are written to.
const FILES: usize = 4;

const OPENINGS: &[&str] = &[
    "We are looking for a motivated colleague to join a friendly and growing team.",
    "An exciting opportunity has arisen for an experienced professional to join us.",
    "Are you ready for the next step in your career? Read on.",
    "Our service is expanding and we want to hear from you.",
];
const FILLER: &[&str] = &[
    "You will work closely with colleagues across several departments to deliver safe, effective care.",
    "The role involves assessment, planning, treatment and careful record keeping.",
    "We value kindness, curiosity and a commitment to learning.",
    "Supervision, mentoring and a structured induction are provided from day one.",
    "Flexible working patterns are considered for every applicant.",
    "You will take part in audits, service improvement projects and team meetings.",
    "Good communication skills and a calm manner under pressure are essential.",
    "The department is modern, well equipped and easy to reach by public transport.",
    "Applicants should be organised, reliable and able to manage their own caseload.",
    "There is protected time for professional development and study.",
    "Our team supports students on placement and welcomes new graduates.",
    "Please read the full job description before you apply.",
];
const US_DETAILS: &[&str] = &[
    "Salary $62,000 to $78,000 depending on experience, plus 401(k) match.",
    "State license required; full benefits including medical, dental and vision.",
    "Located in Phoenix, AZ with free parking and a sign-on bonus.",
    "Paid time off, tuition reimbursement and relocation assistance are available.",
];
const NHS_DETAILS: &[&str] = &[
    "Agenda for Change pay, with NHS pension scheme membership.",
    "This post is Band 6 and based at our Trust's main hospital site.",
    "Registration with the appropriate UK regulator is essential.",
    "27 days annual leave plus bank holidays, rising with service.",
];

/// A small deterministic generator (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// `n` ads of about `bytes` bytes each.
fn ads(n: usize, bytes: usize) -> Vec<(String, String)> {
    let titles: Vec<(&str, bool)> = Profession::ALL
        .iter()
        .flat_map(|p| p.info().recognitions())
        .map(|r| {
            (
                r.title(),
                r.jurisdiction() == allied_health::Jurisdiction::Us,
            )
        })
        .collect();
    let mut rng = Rng(0x5EED);
    (0..n)
        .map(|_| {
            let (title, us) = titles[rng.below(titles.len())];
            let details = if us { US_DETAILS } else { NHS_DETAILS };
            let mut body = String::with_capacity(bytes + 256);
            body.push_str(rng.pick(OPENINGS));
            while body.len() < bytes {
                body.push(if rng.below(5) == 0 { '\n' } else { ' ' });
                let list = if rng.below(4) == 0 { details } else { FILLER };
                body.push_str(rng.pick(list));
            }
            (title.to_owned(), body)
        })
        .collect()
}

/// Writes the ads to `FILES` Parquet files in a fresh directory and returns
/// the directory: DataFusion splits a scan between partitions by file
/// (it reads a small single file on one partition whatever the settings).
fn write_parquet(ads: &[(String, String)]) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("bench-ads-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("the scratch directory can be made");
    let schema = Arc::new(Schema::new(vec![
        Field::new("title", DataType::Utf8, false),
        Field::new("body", DataType::Utf8, false),
    ]));
    for (n, chunk) in ads.chunks(ads.len().div_ceil(FILES)).enumerate() {
        let columns: Vec<ArrayRef> = vec![
            Arc::new(
                chunk
                    .iter()
                    .map(|(t, _)| Some(t.as_str()))
                    .collect::<StringArray>(),
            ),
            Arc::new(
                chunk
                    .iter()
                    .map(|(_, b)| Some(b.as_str()))
                    .collect::<StringArray>(),
            ),
        ];
        let batch = RecordBatch::try_new(schema.clone(), columns).expect("a valid batch");
        let props = WriterProperties::builder()
            .set_max_row_group_row_count(Some(ROW_GROUP))
            .build();
        let file = std::fs::File::create(dir.join(format!("part-{n}.parquet")))
            .expect("the file can be created");
        let mut writer = ArrowWriter::try_new(file, schema.clone(), Some(props)).expect("a writer");
        writer.write(&batch).expect("the batch is written");
        writer.close().expect("the file is closed");
    }
    dir
}

/// A session reading the file on `partitions` partitions.
fn session(rt: &tokio::runtime::Runtime, path: &str, partitions: usize) -> SessionContext {
    let config = SessionConfig::new().with_target_partitions(partitions);
    let ctx = SessionContext::new_with_config(config);
    for udf in allied_health_datafusion::scalar_udfs() {
        ctx.register_udf(udf);
    }
    rt.block_on(ctx.register_parquet("ads", path, ParquetReadOptions::default()))
        .expect("the file registers");
    ctx
}

fn sql(c: &mut Criterion) {
    let ads = ads(ADS, AD_BYTES);
    let bytes: usize = ads.iter().map(|(t, b)| t.len() + b.len()).sum();
    let path = write_parquet(&ads);
    let path_str = path.to_str().expect("a UTF-8 path");
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a runtime");
    let classifier = Classifier::new();
    let query = "SELECT classify_ad(title, body) FROM ads";

    let mut g = c.benchmark_group("sql");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(20);
    g.bench_function("library_loop", |b| {
        b.iter(|| {
            for (title, body) in &ads {
                black_box(classifier.classify_ad(black_box(title), black_box(body)));
            }
        })
    });
    // The fair baseline for two partitions: the library on two threads.
    let borrowed: Vec<Ad<'_>> = ads.iter().map(|(t, b)| Ad::new(t, b)).collect();
    g.bench_function("library_batch_2_threads", |b| {
        b.iter(|| black_box(classifier.classify_batch_with_threads(black_box(&borrowed), 2)))
    });
    for partitions in [1, 2] {
        let ctx = session(&rt, path_str, partitions);
        // Classify once before timing, so the shared classifier is built.
        let rows: usize = rt
            .block_on(async { ctx.sql(query).await?.collect().await })
            .expect("the query runs")
            .iter()
            .map(RecordBatch::num_rows)
            .sum();
        assert_eq!(rows, ads.len());
        g.bench_function(format!("classify_ad_{partitions}_partition"), |b| {
            b.iter(|| {
                rt.block_on(async { ctx.sql(query).await?.collect().await })
                    .expect("the query runs")
            })
        });
    }
    g.finish();
    eprintln!(
        "sql: {} ads, {bytes} bytes (mean {} per ad), {FILES} files, row groups of {ROW_GROUP}",
        ads.len(),
        bytes / ads.len()
    );
    let _ = std::fs::remove_dir_all(&path);
}

criterion_group!(benches, sql);
criterion_main!(benches);
