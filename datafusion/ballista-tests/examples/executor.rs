//! A Ballista executor with the allied-health functions compiled in.
//!
//! ```text
//! cargo run --release --example executor -- [SCHEDULER_HOST] [SCHEDULER_PORT] [BIND_HOST]
//! ```
//!
//! Connects to the scheduler at `SCHEDULER_HOST:SCHEDULER_PORT` (default
//! `localhost:50050`) and serves on `BIND_HOST` (default `127.0.0.1`),
//! ports 50051 (data) and 50052 (gRPC).

use std::sync::Arc;

use ballista_core::error::{BallistaError, Result};
use ballista_executor::executor_process::{ExecutorProcessConfig, start_executor_process};

#[tokio::main]
async fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let mut config = ExecutorProcessConfig {
        // The executor resolves each function of a plan by name here.
        override_function_registry: Some(Arc::new(
            allied_health_ballista_tests::executor_functions()?,
        )),
        ..ExecutorProcessConfig::default()
    };
    if let Some(host) = args.next() {
        config.scheduler_host = host;
    }
    if let Some(port) = args.next() {
        config.scheduler_port = port
            .parse()
            .map_err(|e| BallistaError::Configuration(format!("bad port {port:?}: {e}")))?;
    }
    if let Some(bind) = args.next() {
        config.bind_host = bind;
    }
    start_executor_process(Arc::new(config)).await
}
