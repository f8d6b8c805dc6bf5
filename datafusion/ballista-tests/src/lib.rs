//! An in-process [Ballista](https://datafusion.apache.org/ballista/)
//! cluster with the `allied-health` SQL functions compiled in, as a real
//! cluster's binaries would have them, and a client session connected to
//! it.
//!
//! Ballista cannot load functions at run time: every process that sees a
//! plan must know the functions by name.
//!
//! - The **client** plans the SQL: register the functions on its
//!   `SessionContext` *after* connecting (`remote_with_state` rebuilds the
//!   session's function list, dropping any registered before).
//! - The **scheduler** re-plans the logical plan it receives: its session
//!   builder ([`scheduler_session`]) registers them.
//! - The **executor** decodes the physical plan, resolving each function by
//!   name in its function registry ([`executor_functions`]).
//!
//! The functions carry no state, so the default plan codecs serialise a
//! call as the function's name and arguments; no custom codec is needed.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

use std::sync::Arc;

use ballista::prelude::{SessionConfigExt, SessionContextExt};
use ballista_core::registry::BallistaFunctionRegistry;
use ballista_core::serde::BallistaCodec;
use ballista_core::serde::protobuf::scheduler_grpc_client::SchedulerGrpcClient;
use ballista_core::utils::{default_config_producer, default_session_builder};
use ballista_core::{ConfigProducer, RuntimeProducer};
use datafusion::error::{DataFusionError, Result};
use datafusion::execution::FunctionRegistry;
use datafusion::execution::SessionStateBuilder;
use datafusion::execution::runtime_env::RuntimeEnvBuilder;
use datafusion::execution::session_state::SessionState;
use datafusion::prelude::{SessionConfig, SessionContext};

/// Adds the functions to a session state.
///
/// # Errors
///
/// If the state refuses a function (it does not).
pub fn register_functions(state: &mut SessionState) -> Result<()> {
    for udf in allied_health_datafusion::scalar_udfs() {
        state.register_udf(Arc::new(udf))?;
    }
    Ok(())
}

/// The scheduler's session builder: Ballista's default session, plus the
/// functions. A real scheduler binary sets it as
/// `SchedulerConfig::override_session_builder`.
///
/// # Errors
///
/// If Ballista's default session cannot be built.
pub fn scheduler_session(config: SessionConfig) -> Result<SessionState> {
    let mut state = default_session_builder(config)?;
    register_functions(&mut state)?;
    Ok(state)
}

/// The executor's function registry: Ballista's functions plus these. A
/// real executor binary sets it as
/// `ExecutorProcessConfig::override_function_registry`.
///
/// # Errors
///
/// If Ballista's default session cannot be built.
pub fn executor_functions() -> Result<BallistaFunctionRegistry> {
    let state = scheduler_session(default_config_producer())?;
    Ok(BallistaFunctionRegistry::from(&state))
}

/// Which processes of the cluster know the functions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Executor {
    /// The executor has the functions compiled in and registered.
    WithFunctions,
    /// The executor has only Ballista's own functions: any plan that calls
    /// ours fails on it.
    WithoutFunctions,
}

fn ballista_error(e: ballista_core::error::BallistaError) -> DataFusionError {
    DataFusionError::External(Box::new(e))
}

/// Starts a scheduler and an executor (with `vcores` task slots) in this
/// process, on free ports, and returns a client session connected to the
/// scheduler, with the functions registered. `partitions` is the client's
/// target partition count.
///
/// Call it inside a multi-threaded Tokio runtime; the servers run as tasks
/// of that runtime and stop with it.
///
/// # Errors
///
/// If a server cannot start or the client cannot connect.
pub async fn start(executor: Executor, vcores: usize, partitions: usize) -> Result<SessionContext> {
    let addr = ballista_scheduler::standalone::new_standalone_scheduler_with_builder(
        Arc::new(scheduler_session),
        Arc::new(default_config_producer),
        BallistaCodec::default(),
    )
    .await
    .map_err(ballista_error)?;
    let url = format!("http://localhost:{}", addr.port());

    // The scheduler listens before its task starts: a few tries at most.
    let mut tries = 0;
    let scheduler = loop {
        match SchedulerGrpcClient::connect(url.clone()).await {
            Ok(client) => break client,
            Err(e) if tries >= 50 => {
                return Err(DataFusionError::External(Box::new(e)));
            }
            Err(_) => {
                tries += 1;
                tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            }
        }
    };

    let registry = match executor {
        Executor::WithFunctions => executor_functions()?,
        Executor::WithoutFunctions => {
            BallistaFunctionRegistry::from(&default_session_builder(default_config_producer())?)
        }
    };
    let config_producer: ConfigProducer = Arc::new(default_config_producer);
    let runtime = RuntimeEnvBuilder::new().build_arc()?;
    let runtime_producer: RuntimeProducer = Arc::new(move |_| Ok(Arc::clone(&runtime)));
    ballista_executor::new_standalone_executor_from_builder(
        scheduler,
        vcores,
        config_producer,
        runtime_producer,
        BallistaCodec::default(),
        registry,
    )
    .await
    .map_err(ballista_error)?;

    let state = SessionStateBuilder::new()
        .with_config(SessionConfig::new_with_ballista().with_target_partitions(partitions))
        .with_default_features()
        .build();
    let ctx = SessionContext::remote_with_state(&format!("df://localhost:{}", addr.port()), state)
        .await?;
    for udf in allied_health_datafusion::scalar_udfs() {
        ctx.register_udf(udf);
    }
    Ok(ctx)
}
