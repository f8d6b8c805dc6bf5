//! A Ballista scheduler with the allied-health functions compiled in.
//!
//! ```text
//! cargo run --release --example scheduler -- [BIND_HOST] [PORT]
//! ```
//!
//! Listens on `BIND_HOST:PORT` (default `127.0.0.1:50050`; use `0.0.0.0`
//! to accept executors and clients from other machines).

use std::net::SocketAddr;
use std::sync::Arc;

use ballista_core::error::{BallistaError, Result};
use ballista_scheduler::cluster::BallistaCluster;
use ballista_scheduler::config::SchedulerConfig;
use ballista_scheduler::scheduler_process::start_server;

#[tokio::main]
async fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let mut config = SchedulerConfig {
        // The scheduler plans each query again: its sessions need the
        // functions.
        override_session_builder: Some(Arc::new(allied_health_ballista_tests::scheduler_session)),
        ..SchedulerConfig::default()
    };
    if let Some(host) = args.next() {
        config.bind_host = host;
    }
    if let Some(port) = args.next() {
        config.bind_port = port
            .parse()
            .map_err(|e| BallistaError::Configuration(format!("bad port {port:?}: {e}")))?;
    }
    let addr: SocketAddr = format!("{}:{}", config.bind_host, config.bind_port)
        .parse()
        .map_err(|e| BallistaError::Configuration(format!("bad address: {e}")))?;
    let cluster = BallistaCluster::new_from_config(&config).await?;
    start_server(cluster, addr, Arc::new(config)).await
}
