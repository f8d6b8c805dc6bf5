//! A client of a Ballista cluster whose scheduler and executors have the
//! allied-health functions compiled in (see the `scheduler` and `executor`
//! examples): counts the ads of a Parquet file (`title` and `body` string
//! columns) by profession.
//!
//! ```text
//! cargo run --release --example client -- df://localhost:50050 /shared/ads.parquet
//! ```
//!
//! The file's path must be readable by every executor (a shared disk, or
//! an object store registered on them).

use ballista::prelude::{SessionConfigExt, SessionContextExt};
use datafusion::error::{DataFusionError, Result};
use datafusion::execution::SessionStateBuilder;
use datafusion::prelude::{ParquetReadOptions, SessionConfig, SessionContext};

#[tokio::main]
async fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let (Some(url), Some(path)) = (args.next(), args.next()) else {
        return Err(DataFusionError::Configuration(
            "usage: client df://HOST:PORT FILE.parquet".to_owned(),
        ));
    };
    let state = SessionStateBuilder::new()
        .with_config(SessionConfig::new_with_ballista())
        .with_default_features()
        .build();
    let ctx = SessionContext::remote_with_state(&url, state).await?;
    // After connecting: `remote_with_state` resets the function list.
    for udf in allied_health_datafusion::scalar_udfs() {
        ctx.register_udf(udf);
    }
    ctx.register_parquet("ads", &path, ParquetReadOptions::default())
        .await?;
    ctx.sql(
        "SELECT classify_profession(title, body) AS profession, count(*) AS ads \
         FROM ads GROUP BY profession ORDER BY ads DESC",
    )
    .await?
    .show()
    .await
}
