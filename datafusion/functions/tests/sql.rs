//! The functions and the professions table through SQL on a DataFusion
//! session, over a Parquet file of sample ads: every answer must be the
//! library's for the same ad.

mod common;

use allied_health::{Definition, Jurisdiction, Profession};
use common::{ADS, Answer, answers, concat, expected, expected_answers, ids};
use datafusion::arrow::array::{Array, AsArray, RecordBatch};
use datafusion::arrow::datatypes::{DataType, Float64Type, Int64Type};
use datafusion::prelude::{ParquetReadOptions, SessionConfig, SessionContext};

/// A session with the functions, the `professions` table and the sample
/// ads as `ads` (from Parquet, in row groups of `row_group` rows, read in
/// batches of `batch_size` rows over `partitions` partitions).
async fn session(
    name: &str,
    row_group: usize,
    batch_size: usize,
    partitions: usize,
) -> SessionContext {
    let config = SessionConfig::new()
        .with_batch_size(batch_size)
        .with_target_partitions(partitions);
    let ctx = SessionContext::new_with_config(config);
    for udf in allied_health_datafusion::scalar_udfs() {
        ctx.register_udf(udf);
    }
    ctx.register_batch(
        allied_health_datafusion::PROFESSIONS_TABLE,
        allied_health_datafusion::professions_batch().unwrap(),
    )
    .unwrap();
    let path = common::write_parquet(
        env!("CARGO_TARGET_TMPDIR"),
        name,
        &common::ads_batch(),
        row_group,
    );
    ctx.register_parquet("ads", path.to_str().unwrap(), ParquetReadOptions::default())
        .await
        .unwrap();
    ctx
}

async fn query(ctx: &SessionContext, sql: &str) -> RecordBatch {
    let batches = ctx.sql(sql).await.unwrap().collect().await.unwrap();
    concat(&batches)
}

/// The `id` column of a result, which must be every ad once, in order.
fn assert_every_ad(batch: &RecordBatch) {
    let ids: Vec<i64> = batch
        .column(0)
        .as_primitive::<Int64Type>()
        .values()
        .to_vec();
    assert_eq!(ids, (0..ADS.len() as i64).collect::<Vec<_>>());
}

#[tokio::test]
async fn classify_profession_matches_the_library_row_by_row() {
    let ctx = session("profession.parquet", 1024, 8192, 1).await;
    let batch = query(
        &ctx,
        "SELECT id, classify_profession(title, body) FROM ads ORDER BY id",
    )
    .await;
    assert_every_ad(&batch);
    let want: Vec<Option<String>> = expected_answers()
        .into_iter()
        .map(|a| a.profession)
        .collect();
    assert_eq!(ids(batch.column(1)), want);
}

#[tokio::test]
async fn classify_ad_matches_the_library_row_by_row() {
    let ctx = session("ad.parquet", 1024, 8192, 1).await;
    let batch = query(
        &ctx,
        "SELECT id, classify_ad(title, body) FROM ads ORDER BY id",
    )
    .await;
    assert_every_ad(&batch);
    assert_eq!(answers(batch.column(1)), expected_answers());
}

/// What the sample ads are, so that the comparisons above compare
/// something: US and NHS ads found, boundary and allied roles told apart,
/// nothing for the ads with no profession.
#[tokio::test]
async fn classify_ad_answers_the_sample_ads() {
    let ctx = session("sample.parquet", 1024, 8192, 1).await;
    let batch = query(
        &ctx,
        "SELECT id, classify_ad(title, body) FROM ads ORDER BY id",
    )
    .await;
    let got = answers(batch.column(1));

    let physio = &got[0];
    assert_eq!(
        physio.profession.as_deref(),
        Some(Profession::Physiotherapist.id())
    );
    assert_eq!(physio.jurisdiction.as_deref(), Some("us"));
    assert_eq!(physio.allied_health, Some(true));
    assert_eq!(physio.title.as_deref(), Some("Physical therapist"));
    let codes = physio.codes.as_ref().unwrap();
    assert_eq!(codes[0], ["29-1123"]);
    assert!(codes[2].is_empty(), "US codes only: {codes:?}");
    assert!(physio.score.unwrap() > 0.0 && physio.score.unwrap() <= 1.0);

    let ot = &got[3];
    assert_eq!(
        ot.profession.as_deref(),
        Some(Profession::OccupationalTherapist.id())
    );
    assert_eq!(ot.jurisdiction.as_deref(), Some("nhs"));
    assert_eq!(ot.allied_health, Some(true));
    let codes = ot.codes.as_ref().unwrap();
    assert!(
        codes[0].is_empty() && !codes[2].is_empty(),
        "NHS codes only: {codes:?}"
    );

    let nurse = &got[5];
    assert_eq!(
        nurse.profession.as_deref(),
        Some(Profession::RegisteredNurse.id())
    );
    assert_eq!(nurse.allied_health, Some(false));

    let odp = &got[6];
    assert_eq!(
        odp.profession.as_deref(),
        Some(Profession::OperatingDepartmentPractitioner.id())
    );
    assert_eq!(
        odp.allied_health,
        Some(
            Profession::OperatingDepartmentPractitioner
                .info()
                .is_allied_health(Definition::NhsAhp)
        )
    );

    let none = Answer {
        profession: None,
        score: None,
        jurisdiction: None,
        allied_health: None,
        title: None,
        codes: None,
    };
    assert_eq!(got[7].profession, None, "software engineer");
    assert_eq!(got[8], none, "empty ad");
    assert_eq!(got[11], none, "null title and body");

    // A null title or body reads as empty text.
    assert_eq!(got[9], expected(Some(""), ADS[9].1));
    assert_eq!(
        got[9].profession.as_deref(),
        Some(Profession::Paramedic.id())
    );
    assert_eq!(got[10], expected(ADS[10].0, Some("")));
    assert_eq!(
        got[10].profession.as_deref(),
        Some(Profession::Phlebotomist.id())
    );
}

/// The fields through SQL's field access, as a user would write it.
#[tokio::test]
async fn classify_ad_fields_are_addressable_in_sql() {
    let ctx = session("fields.parquet", 1024, 8192, 1).await;
    let batch = query(
        &ctx,
        "SELECT id, classify_ad(title, body)['profession'], classify_ad(title, body)['jurisdiction'], \
                classify_ad(title, body)['codes']['soc2018'] \
         FROM ads WHERE classify_ad(title, body)['allied_health'] ORDER BY id",
    )
    .await;
    let want: Vec<(usize, Answer)> = expected_answers()
        .into_iter()
        .enumerate()
        .filter(|(_, a)| a.allied_health == Some(true))
        .collect();
    assert!(want.len() >= 5, "{want:?}");
    let got_ids: Vec<usize> = batch
        .column(0)
        .as_primitive::<Int64Type>()
        .values()
        .iter()
        .map(|&i| i as usize)
        .collect();
    assert_eq!(got_ids, want.iter().map(|(i, _)| *i).collect::<Vec<_>>());
    assert_eq!(
        ids(batch.column(1)),
        want.iter()
            .map(|(_, a)| a.profession.clone())
            .collect::<Vec<_>>()
    );
    assert_eq!(
        ids(batch.column(2)),
        want.iter()
            .map(|(_, a)| a.jurisdiction.clone())
            .collect::<Vec<_>>()
    );
    let soc = batch.column(3).as_list::<i32>();
    for (row, (_, a)) in want.iter().enumerate() {
        let got: Vec<Option<String>> = ids(soc.value(row).as_ref());
        let want: Vec<Option<String>> = a.codes.as_ref().unwrap()[0]
            .iter()
            .cloned()
            .map(Some)
            .collect();
        assert_eq!(got, want);
    }
}

/// Small batches over two partitions: the rows of each batch are
/// classified apart and no row is lost or repeated.
#[tokio::test]
async fn small_batches_and_partitions_lose_no_row() {
    let ctx = session("small.parquet", 3, 2, 2).await;
    let batch = query(
        &ctx,
        "SELECT id, classify_ad(title, body) FROM ads ORDER BY id",
    )
    .await;
    assert_every_ad(&batch);
    assert_eq!(answers(batch.column(1)), expected_answers());
}

#[tokio::test]
async fn every_string_type_gives_the_same_answers() {
    let ctx = session("types.parquet", 1024, 8192, 1).await;
    let want = expected_answers();
    for t in ["Utf8", "LargeUtf8", "Utf8View"] {
        let batch = query(
            &ctx,
            &format!(
                "SELECT id, arrow_typeof(arrow_cast(title, '{t}')), \
                        classify_ad(arrow_cast(title, '{t}'), arrow_cast(body, '{t}')), \
                        classify_profession(arrow_cast(title, '{t}'), arrow_cast(body, '{t}')) \
                 FROM ads ORDER BY id"
            ),
        )
        .await;
        assert_every_ad(&batch);
        assert_eq!(batch.column(1).as_string::<i32>().value(0), t);
        assert_eq!(answers(batch.column(2)), want, "{t}");
        let professions: Vec<_> = want.iter().map(|a| a.profession.clone()).collect();
        assert_eq!(ids(batch.column(3)), professions, "{t}");
    }
    // Mixed types, and a dictionary of strings.
    let batch = query(
        &ctx,
        "SELECT id, classify_ad(arrow_cast(title, 'LargeUtf8'), arrow_cast(body, 'Dictionary(Int32, Utf8)')) \
         FROM ads ORDER BY id",
    )
    .await;
    assert_eq!(answers(batch.column(1)), want);
}

/// DataFusion reads Parquet strings as `Utf8View` unless told otherwise:
/// both ways give the same answers.
#[tokio::test]
async fn parquet_read_as_views_or_not_gives_the_same_answers() {
    for views in [true, false] {
        let ctx = session(&format!("views-{views}.parquet"), 1024, 8192, 1).await;
        ctx.sql(&format!(
            "SET datafusion.execution.parquet.schema_force_view_types = {views}"
        ))
        .await
        .unwrap();
        let path = common::write_parquet(
            env!("CARGO_TARGET_TMPDIR"),
            &format!("views2-{views}.parquet"),
            &common::ads_batch(),
            1024,
        );
        ctx.register_parquet(
            "ads2",
            path.to_str().unwrap(),
            ParquetReadOptions::default(),
        )
        .await
        .unwrap();
        let batch = query(
            &ctx,
            "SELECT id, arrow_typeof(title), classify_ad(title, body) FROM ads2 ORDER BY id",
        )
        .await;
        let read_as = if views { "Utf8View" } else { "Utf8" };
        assert_eq!(batch.column(1).as_string::<i32>().value(0), read_as);
        assert_eq!(answers(batch.column(2)), expected_answers(), "{read_as}");
    }
}

/// Constant arguments, a NULL literal among them, give a constant answer
/// on every row.
#[tokio::test]
async fn constant_arguments() {
    let ctx = session("constants.parquet", 1024, 8192, 1).await;
    let batch = query(
        &ctx,
        "SELECT id, classify_ad('Band 6 Podiatrist', 'HCPC registered.'), classify_profession(NULL, 'Orthoptist\nBand 6, eye clinic.'), \
                classify_profession(NULL, NULL), classify_profession(title, 'HCPC registration required.') \
         FROM ads ORDER BY id",
    )
    .await;
    assert_every_ad(&batch);
    let podiatrist = expected(Some("Band 6 Podiatrist"), Some("HCPC registered."));
    assert_eq!(
        podiatrist.profession.as_deref(),
        Some(Profession::Podiatrist.id())
    );
    assert_eq!(answers(batch.column(1)), vec![podiatrist; ADS.len()]);
    let orthoptist = expected(None, Some("Orthoptist\nBand 6, eye clinic.")).profession;
    assert_eq!(orthoptist.as_deref(), Some(Profession::Orthoptist.id()));
    assert_eq!(ids(batch.column(2)), vec![orthoptist; ADS.len()]);
    assert_eq!(ids(batch.column(3)), vec![None; ADS.len()]);
    let mixed: Vec<_> = ADS
        .iter()
        .map(|(t, _)| expected(*t, Some("HCPC registration required.")).profession)
        .collect();
    assert_eq!(ids(batch.column(4)), mixed);
}

#[tokio::test]
async fn a_title_that_is_not_text_is_a_planning_error() {
    let ctx = session("errors.parquet", 1024, 8192, 1).await;
    for (sql, function, argument, found) in [
        (
            "SELECT classify_ad(words, body) FROM ads",
            "classify_ad",
            "title",
            "Int64",
        ),
        (
            "SELECT classify_profession(title, words) FROM ads",
            "classify_profession",
            "body",
            "Int64",
        ),
        (
            "SELECT classify_profession(title, 1.5) FROM ads",
            "classify_profession",
            "body",
            "Float64",
        ),
    ] {
        let err = ctx.sql(sql).await.expect_err(sql).to_string();
        assert!(
            err.contains(function)
                && err.contains(argument)
                && err.contains(found)
                && err.contains("string"),
            "{sql}: {err}"
        );
    }
    let err = ctx
        .sql("SELECT classify_ad(title) FROM ads")
        .await
        .expect_err("one argument")
        .to_string();
    assert!(
        err.contains("classify_ad") && err.contains("2 arguments"),
        "{err}"
    );
}

#[tokio::test]
async fn classified_ads_join_the_professions_table() {
    let ctx = session("join.parquet", 1024, 8192, 1).await;
    let batch = query(
        &ctx,
        "SELECT a.id, p.id, p.name, p.title, p.scope, p.wage \
         FROM (SELECT id, classify_ad(title, body) AS c FROM ads) a \
         JOIN professions p ON p.id = a.c['profession'] AND p.jurisdiction = a.c['jurisdiction'] \
         ORDER BY a.id",
    )
    .await;
    let want: Vec<(i64, Profession, Jurisdiction)> = ADS
        .iter()
        .enumerate()
        .filter_map(|(i, (t, b))| {
            let c = allied_health::Classifier::new().classify_ad(t.unwrap_or(""), b.unwrap_or(""));
            let p = c.profession()?;
            let j = c.jurisdiction()?;
            p.info().recognition(j)?;
            Some((i as i64, p, j))
        })
        .collect();
    assert!(want.len() >= 6, "{want:?}");
    let ad_ids: Vec<i64> = batch
        .column(0)
        .as_primitive::<Int64Type>()
        .values()
        .to_vec();
    assert_eq!(ad_ids, want.iter().map(|w| w.0).collect::<Vec<_>>());
    for (row, (_, p, j)) in want.iter().enumerate() {
        assert_eq!(batch.column(1).as_string::<i32>().value(row), p.id());
        assert_eq!(batch.column(2).as_string::<i32>().value(row), p.name());
        assert_eq!(
            batch.column(3).as_string::<i32>().value(row),
            p.info().recognition(*j).unwrap().title()
        );
        let scope = if p.info().is_boundary() {
            "boundary"
        } else {
            "allied-role"
        };
        assert_eq!(batch.column(4).as_string::<i32>().value(row), scope);
        let wage = batch.column(5).as_primitive::<Float64Type>();
        assert_eq!(
            wage.is_valid(row).then(|| wage.value(row)),
            p.profile().median_wage().map(|w| f64::from(w.amount()))
        );
    }
}

#[tokio::test]
async fn the_professions_table_is_the_registry() {
    let ctx = session("registry.parquet", 1024, 8192, 1).await;
    let batch = query(
        &ctx,
        "SELECT id, jurisdiction, title, definitions, growth, codes['uksoc2020'], family FROM professions",
    )
    .await;
    let rows: usize = Profession::ALL
        .iter()
        .map(|p| p.info().recognitions().len())
        .sum();
    assert_eq!(batch.num_rows(), rows);
    let mut row = 0;
    for p in Profession::ALL {
        let info = p.info();
        for r in info.recognitions() {
            assert_eq!(batch.column(0).as_string::<i32>().value(row), p.id());
            assert_eq!(
                batch.column(1).as_string::<i32>().value(row),
                r.jurisdiction().id()
            );
            assert_eq!(batch.column(2).as_string::<i32>().value(row), r.title());
            let definitions = ids(batch.column(3).as_list::<i32>().value(row).as_ref());
            let want: Vec<Option<String>> = Definition::ALL
                .iter()
                .filter(|d| info.is_allied_health(**d))
                .map(|d| Some(d.id().to_owned()))
                .collect();
            assert_eq!(definitions, want, "{}", p.id());
            let growth = batch.column(4).as_primitive::<Float64Type>();
            let want = p
                .profile()
                .employment_growth()
                .map(|g| f64::from(g.tenths()) / 10.0);
            assert_eq!(
                growth.is_valid(row).then(|| growth.value(row)),
                want,
                "{}",
                p.id()
            );
            let uk = ids(batch.column(5).as_list::<i32>().value(row).as_ref());
            let want: Vec<Option<String>> =
                r.uk_soc2020_codes().map(|c| Some(c.to_string())).collect();
            assert_eq!(uk, want, "{}", p.id());
            assert_eq!(
                batch.column(6).as_string::<i32>().value(row),
                info.family().id()
            );
            row += 1;
        }
    }
    // A figure users look up.
    let physio = query(
        &ctx,
        "SELECT wage, growth, definitions FROM professions WHERE id = 'physiotherapist' AND jurisdiction = 'nhs'",
    )
    .await;
    assert_eq!(physio.num_rows(), 1);
    assert_eq!(
        physio.column(0).as_primitive::<Float64Type>().value(0),
        101_020.0 // OEWS May 2024
    );
    // 2024-34: +10.9%.
    assert_eq!(
        physio.column(1).as_primitive::<Float64Type>().value(0),
        10.9
    );
    let definitions = ids(physio.column(2).as_list::<i32>().value(0).as_ref());
    assert!(definitions.contains(&Some("nhs-ahp".to_owned())));
    assert_eq!(physio.schema().field(0).data_type(), &DataType::Float64);
}

/// The README's query, with its dotted field access: counts of allied
/// health ads by profession name.
#[tokio::test]
async fn the_readme_query_counts_allied_health_ads_by_profession() {
    let ctx = session("readme.parquet", 1024, 8192, 2).await;
    let batch = query(
        &ctx,
        "SELECT p.name, count(*) AS ads, avg(a.c.score) AS mean_score
         FROM (SELECT classify_ad(title, body) AS c FROM ads) a
         JOIN professions p ON p.id = a.c.profession AND p.jurisdiction = a.c.jurisdiction
         WHERE a.c.allied_health
         GROUP BY p.name ORDER BY ads DESC",
    )
    .await;
    let mut want: Vec<(String, i64)> = Vec::new();
    for (t, b) in ADS {
        let c = allied_health::Classifier::new().classify_ad(t.unwrap_or(""), b.unwrap_or(""));
        let (Some(p), Some(j)) = (c.profession(), c.jurisdiction()) else {
            continue;
        };
        let definition = if j == Jurisdiction::Nhs {
            Definition::NhsAhp
        } else {
            Definition::UsBroad
        };
        if p.info().recognition(j).is_none() || !p.info().is_allied_health(definition) {
            continue;
        }
        match want.iter_mut().find(|(name, _)| name == p.name()) {
            Some((_, n)) => *n += 1,
            None => want.push((p.name().to_owned(), 1)),
        }
    }
    want.sort();
    let mut got: Vec<(String, i64)> = ids(batch.column(0))
        .into_iter()
        .map(Option::unwrap)
        .zip(
            batch
                .column(1)
                .as_primitive::<Int64Type>()
                .values()
                .iter()
                .copied(),
        )
        .collect();
    got.sort();
    assert_eq!(got, want);
    assert!(want.len() >= 5, "{want:?}");
}
