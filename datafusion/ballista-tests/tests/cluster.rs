//! The functions on an in-process Ballista cluster, over a Parquet file of
//! sample ads: the same answers as the library's classifier in one
//! process.

#[path = "../../functions/tests/common/mod.rs"]
mod common;

use allied_health_ballista_tests::{Executor, start};
use common::{ADS, answers, concat, expected_answers, ids};
use datafusion::arrow::array::{AsArray, RecordBatch};
use datafusion::arrow::datatypes::Int64Type;
use datafusion::prelude::{ParquetReadOptions, SessionContext};

async fn register_ads(ctx: &SessionContext, name: &str) {
    // Several row groups, so that the scan can be split between tasks.
    let path = common::write_parquet(env!("CARGO_TARGET_TMPDIR"), name, &common::ads_batch(), 4);
    ctx.register_parquet("ads", path.to_str().unwrap(), ParquetReadOptions::default())
        .await
        .unwrap();
}

async fn query(ctx: &SessionContext, sql: &str) -> RecordBatch {
    let batches = ctx.sql(sql).await.unwrap().collect().await.unwrap();
    concat(&batches)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cluster_answers_as_the_library_does() {
    let ctx = start(Executor::WithFunctions, 2, 2).await.unwrap();
    register_ads(&ctx, "cluster.parquet").await;
    let batch = query(
        &ctx,
        "SELECT id, classify_ad(title, body), classify_profession(title, body) FROM ads ORDER BY id",
    )
    .await;
    let got_ids: Vec<i64> = batch
        .column(0)
        .as_primitive::<Int64Type>()
        .values()
        .to_vec();
    assert_eq!(got_ids, (0..ADS.len() as i64).collect::<Vec<_>>());
    let want = expected_answers();
    assert_eq!(answers(batch.column(1)), want);
    let professions: Vec<_> = want.iter().map(|a| a.profession.clone()).collect();
    assert_eq!(ids(batch.column(2)), professions);
    assert!(
        professions.iter().filter(|p| p.is_some()).count() >= 8,
        "{professions:?}"
    );
}

/// An aggregate over the classification: the executor runs the function in
/// one stage and the counts are summed in another.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cluster_counts_ads_by_jurisdiction() {
    let ctx = start(Executor::WithFunctions, 2, 2).await.unwrap();
    register_ads(&ctx, "counts.parquet").await;
    let batch = query(
        &ctx,
        "SELECT classify_ad(title, body)['jurisdiction'] AS j, count(*) AS n \
         FROM ads GROUP BY j ORDER BY j NULLS LAST",
    )
    .await;
    let mut want: Vec<(Option<String>, i64)> = Vec::new();
    for a in expected_answers() {
        match want.iter_mut().find(|(j, _)| *j == a.jurisdiction) {
            Some((_, n)) => *n += 1,
            None => want.push((a.jurisdiction, 1)),
        }
    }
    want.sort_by(|a, b| match (&a.0, &b.0) {
        (None, None) => std::cmp::Ordering::Equal,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (Some(_), None) => std::cmp::Ordering::Less,
        (Some(x), Some(y)) => x.cmp(y),
    });
    let got: Vec<(Option<String>, i64)> = ids(batch.column(0))
        .into_iter()
        .zip(
            batch
                .column(1)
                .as_primitive::<Int64Type>()
                .values()
                .iter()
                .copied(),
        )
        .collect();
    assert_eq!(got, want);
    assert!(want.len() >= 3, "US, NHS and unknown: {want:?}");
}

/// The registry table joins the classified ads on the cluster.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cluster_joins_the_professions_table() {
    let ctx = start(Executor::WithFunctions, 2, 2).await.unwrap();
    register_ads(&ctx, "join.parquet").await;
    // The executors read the table from a file, as they would on a cluster.
    let path = common::write_parquet(
        env!("CARGO_TARGET_TMPDIR"),
        "professions.parquet",
        &allied_health_datafusion::professions_batch().unwrap(),
        1024,
    );
    ctx.register_parquet(
        allied_health_datafusion::PROFESSIONS_TABLE,
        path.to_str().unwrap(),
        ParquetReadOptions::default(),
    )
    .await
    .unwrap();
    let batch = query(
        &ctx,
        "SELECT a.id, p.name FROM (SELECT id, classify_ad(title, body) AS c FROM ads) a \
         JOIN professions p ON p.id = a.c['profession'] AND p.jurisdiction = a.c['jurisdiction'] \
         ORDER BY a.id",
    )
    .await;
    let want: Vec<(i64, String)> = ADS
        .iter()
        .enumerate()
        .filter_map(|(i, (t, b))| {
            let c = allied_health::Classifier::new().classify_ad(t.unwrap_or(""), b.unwrap_or(""));
            let (p, j) = (c.profession()?, c.jurisdiction()?);
            p.info().recognition(j)?;
            Some((i as i64, p.name().to_owned()))
        })
        .collect();
    let got: Vec<(i64, String)> = batch
        .column(0)
        .as_primitive::<Int64Type>()
        .values()
        .iter()
        .copied()
        .zip(ids(batch.column(1)).into_iter().map(Option::unwrap))
        .collect();
    assert_eq!(got, want);
    assert!(want.len() >= 6, "{want:?}");
}

/// Why the executor must have the functions compiled in: one that lacks
/// them cannot run a plan that calls them, and the query fails with an
/// error naming the function (it does not hang or return rows without it).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_executor_without_the_functions_fails_the_query() {
    let ctx = start(Executor::WithoutFunctions, 2, 1).await.unwrap();
    register_ads(&ctx, "missing.parquet").await;
    let result = async {
        ctx.sql("SELECT classify_profession(title, body) FROM ads")
            .await?
            .collect()
            .await
    }
    .await;
    let err = result
        .expect_err("the executor does not know classify_profession")
        .to_string();
    assert!(err.contains("classify_profession"), "{err}");
}
