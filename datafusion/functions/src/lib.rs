//! [DataFusion](https://datafusion.apache.org) SQL functions for the
//! [`allied_health`] job-ad classifier, and its profession registry as a
//! table: classify job ads where they are stored (Parquet, CSV, a
//! database), in one process or on a Ballista cluster.
//!
//! - [`classify_ad_udf`]: `classify_ad(title, body)`, a struct with the
//!   advertised profession, the score, the ad's jurisdiction, whether the
//!   profession is allied health there, its local title and its occupation
//!   codes.
//! - [`classify_profession_udf`]: `classify_profession(title, body)`, the
//!   profession's id alone.
//! - [`scalar_udfs`]: both, to register in one loop.
//! - [`professions_batch`]: the registry as a table to register as
//!   [`PROFESSIONS_TABLE`] and join to.
//!
//! Each answer is what [`allied_health::Classifier::classify_ad`] says for
//! the same title and body: the functions share one default classifier,
//! built on the first call. They accept `Utf8`, `LargeUtf8` and `Utf8View`
//! arguments (and dictionaries of them); a null title or body reads as the
//! empty string. Classifying never fails, so no row is lost or aborts a
//! query; an argument of another type is an error when the query is
//! planned, naming the function, the argument and the type.
//!
//! # Examples
//!
//! ```
//! use datafusion::prelude::SessionContext;
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> datafusion::error::Result<()> {
//! let ctx = SessionContext::new();
//! for udf in allied_health_datafusion::scalar_udfs() {
//!     ctx.register_udf(udf);
//! }
//! ctx.register_batch(
//!     allied_health_datafusion::PROFESSIONS_TABLE,
//!     allied_health_datafusion::professions_batch()?,
//! )?;
//!
//! let df = ctx
//!     .sql(
//!         "SELECT c.profession AS profession, c.jurisdiction AS jurisdiction, \
//!                 c.allied_health AS allied, p.name \
//!          FROM (SELECT classify_ad('Band 6 Podiatrist', 'HCPC registration required.') AS c) \
//!          JOIN professions p ON p.id = c.profession AND p.jurisdiction = c.jurisdiction",
//!     )
//!     .await?;
//! let batches = df.collect().await?;
//! let table = datafusion::arrow::util::pretty::pretty_format_batches(&batches)?.to_string();
//! assert!(table.contains("| podiatrist | nhs          | true   | Podiatrist |"), "{table}");
//! # Ok(())
//! # }
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]

mod args;
mod classify;
mod codes;
mod professions;

use datafusion_common::arrow::array::RecordBatch;
use datafusion_expr::ScalarUDF;

/// The name to register [`professions_batch`] under, as the examples and
/// the `allied-health` command line do: `professions`.
///
/// ```
/// use datafusion::prelude::SessionContext;
///
/// # fn main() -> datafusion::error::Result<()> {
/// let ctx = SessionContext::new();
/// ctx.register_batch(
///     allied_health_datafusion::PROFESSIONS_TABLE,
///     allied_health_datafusion::professions_batch()?,
/// )?;
/// assert!(ctx.table_exist("professions")?);
/// # Ok(())
/// # }
/// ```
pub const PROFESSIONS_TABLE: &str = "professions";

/// `classify_ad(title, body)`: which profession a job ad is for, as a
/// struct with these fields:
///
/// | field | type | value |
/// |---|---|---|
/// | `profession` | `Utf8` | the profession's id ([`allied_health::Profession::id`]), or null when the ad names none clearly |
/// | `score` | `Float64` | the best candidate's score in `0.0..=1.0`; null with no profession |
/// | `jurisdiction` | `Utf8` | `us`, `nhs`, or null when the text gives no evidence either way |
/// | `allied_health` | `Boolean` | whether the profession is allied health: under NHS England's list (`nhs-ahp`) for an NHS ad, the broad US sense (`us-broad`) otherwise; null with no profession |
/// | `title` | `Utf8` | the profession's title in the ad's jurisdiction; the US title, else the NHS one, when the jurisdiction is unknown or does not recognise the profession ([`Classification::title`](allied_health::Classification::title)) |
/// | `codes` | `Struct` | lists of codes `soc2018`, `onet`, `uksoc2020`, `isco08` (`List<Utf8>`, official format) of the profession in the ad's jurisdiction, or in every jurisdiction when it is unknown; null with no profession |
///
/// Every field is what [`allied_health::Classifier::classify_ad`] answers
/// for the same text.
///
/// ```
/// use datafusion::arrow::array::{Array, AsArray, StructArray};
/// use datafusion::prelude::SessionContext;
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> datafusion::error::Result<()> {
/// let ctx = SessionContext::new();
/// ctx.register_udf(allied_health_datafusion::classify_ad_udf());
/// let batches = ctx
///     .sql(
///         "SELECT c.profession, c.jurisdiction, c.title, c.codes.soc2018 AS soc \
///          FROM (SELECT classify_ad('Respiratory Therapist', 'Salary $70,000. Texas license required.') AS c)",
///     )
///     .await?
///     .collect()
///     .await?;
/// let row = &batches[0];
/// assert_eq!(row.column(0).as_string::<i32>().value(0), "respiratory-therapist");
/// assert_eq!(row.column(1).as_string::<i32>().value(0), "us");
/// assert_eq!(row.column(2).as_string::<i32>().value(0), "Respiratory therapist");
/// let soc = row.column(3).as_list::<i32>().value(0);
/// assert_eq!(soc.as_string::<i32>().value(0), "29-1126");
/// # Ok(())
/// # }
/// ```
#[must_use]
pub fn classify_ad_udf() -> ScalarUDF {
    ScalarUDF::new_from_impl(classify::ClassifyAd::new())
}

/// `classify_profession(title, body)`: the id of the profession a job ad is
/// for ([`allied_health::Profession::id`]), or null when it names none
/// clearly. The same as `classify_ad(title, body).profession`, without the
/// other fields.
///
/// ```
/// use datafusion::arrow::array::AsArray;
/// use datafusion::prelude::SessionContext;
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> datafusion::error::Result<()> {
/// let ctx = SessionContext::new();
/// ctx.register_udf(allied_health_datafusion::classify_profession_udf());
/// let batches = ctx
///     .sql(
///         "SELECT classify_profession(title, body) AS p FROM (VALUES \
///          ('Staff Nurse - Band 5', 'Medical ward, NMC registration required.'), \
///          ('Medical Receptionist', 'Answer phones for our GPs.'), \
///          (NULL, 'Dental Nurse wanted, GDC registration required.')) AS ads(title, body)",
///     )
///     .await?
///     .collect()
///     .await?;
/// let ids = batches[0].column(0).as_string::<i32>();
/// assert_eq!(ids.iter().collect::<Vec<_>>(), [Some("registered-nurse"), None, Some("dental-assistant")]);
/// # Ok(())
/// # }
/// ```
#[must_use]
pub fn classify_profession_udf() -> ScalarUDF {
    ScalarUDF::new_from_impl(classify::ClassifyProfession::new())
}

/// Every scalar function of this crate: [`classify_ad_udf`] and
/// [`classify_profession_udf`].
///
/// ```
/// let names: Vec<_> = allied_health_datafusion::scalar_udfs()
///     .iter()
///     .map(|f| f.name().to_owned())
///     .collect();
/// assert_eq!(names, ["classify_ad", "classify_profession"]);
/// ```
#[must_use]
pub fn scalar_udfs() -> Vec<ScalarUDF> {
    vec![classify_ad_udf(), classify_profession_udf()]
}

/// The profession registry as a table, one row per profession and
/// jurisdiction that recognises it (register it as [`PROFESSIONS_TABLE`]):
///
/// | column | type | value |
/// |---|---|---|
/// | `id` | `Utf8` | the profession's id, as `classify_ad(…).profession` gives it |
/// | `name` | `Utf8` | its English name |
/// | `scope` | `Utf8` | [`Scope`](allied_health::Scope) id: `allied-role`, `boundary`, `adjacent` or `not-human-health` |
/// | `family` | `Utf8` | [`Family`](allied_health::Family) id: `therapies`, `diagnostics`, `healthcare-science`, ... |
/// | `jurisdiction` | `Utf8` | `us` or `nhs` |
/// | `title` | `Utf8` | its title in that jurisdiction |
/// | `codes` | `Struct` | its codes there, as in `classify_ad` |
/// | `definitions` | `List<Utf8>` | the ids of the definitions of allied health it meets (`nhs-ahp`, `us-broad`, `patient-facing`) |
/// | `wage` | `Float64` | the US median annual wage in dollars (BLS; for the top band, the floor the source gives), the same on each of the profession's rows; null where unknown |
/// | `growth` | `Float64` | the projected change in US employment, in percent; null where unknown |
///
/// # Errors
///
/// Only if the columns could not be assembled into a batch, which would be
/// a bug of this crate.
///
/// ```
/// use datafusion::arrow::array::AsArray;
///
/// # fn main() -> datafusion::error::Result<()> {
/// let batch = allied_health_datafusion::professions_batch()?;
/// let ids = batch.column_by_name("id").unwrap().as_string::<i32>();
/// assert!(ids.iter().any(|id| id == Some("operating-department-practitioner")));
/// assert_eq!(batch.schema().field(0).name(), "id");
/// # Ok(())
/// # }
/// ```
pub fn professions_batch() -> datafusion_common::Result<RecordBatch> {
    professions::batch()
}
