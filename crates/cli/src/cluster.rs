//! `nianbao cluster scheduler|executor`: the Apache Ballista processes, built into the one
//! binary so that a cluster runs exactly the DataFusion (and the nianbao build) the client
//! uses. Every option after the subcommand is Ballista's own (`--bind-host`, `--bind-port`,
//! `--scheduler-host`, …; `nianbao cluster scheduler --help`). Examples bind to 127.0.0.1; the
//! scheduler binds to 0.0.0.0 unless told otherwise — say `--bind-host 127.0.0.1`.

use anyhow::{anyhow, Result};
use std::ffi::OsString;
use std::sync::Arc;

/// Run a Ballista scheduler until killed. `args` are Ballista's scheduler options.
pub fn scheduler(args: Vec<OsString>) -> Result<()> {
    use ballista_scheduler::cluster::BallistaCluster;
    use ballista_scheduler::config::{Config, SchedulerConfig};
    use clap::Parser;
    let opt = Config::parse_from(std::iter::once(OsString::from("nianbao cluster scheduler")).chain(args));
    let addr = format!("{}:{}", opt.bind_host, opt.bind_port).parse().map_err(|e| anyhow!("scheduler address: {e}"))?;
    let runtime =
        tokio::runtime::Builder::new_multi_thread().enable_all().thread_stack_size(32 * 1024 * 1024).build()?;
    runtime.block_on(async move {
        let config: SchedulerConfig = opt.try_into().map_err(|e| anyhow!("scheduler configuration: {e}"))?;
        let cluster =
            BallistaCluster::new_from_config(&config).await.map_err(|e| anyhow!("scheduler cluster state: {e}"))?;
        eprintln!("nianbao cluster scheduler: listening on {addr}");
        ballista_scheduler::scheduler_process::start_server(cluster, addr, Arc::new(config))
            .await
            .map_err(|e| anyhow!("scheduler: {e}"))
    })
}

/// How long an executor keeps trying to reach its scheduler, unless told otherwise. Ballista's
/// default (0) gives up after one attempt, so an executor started a moment before its scheduler
/// (a script, docker-compose, a test on a loaded machine) exits and the cluster waits for ever.
const SCHEDULER_CONNECT_SECONDS: &str = "60";

/// Run a Ballista executor until killed. `args` are Ballista's executor options.
pub fn executor(mut args: Vec<OsString>) -> Result<()> {
    use ballista_executor::config::Config;
    use ballista_executor::executor_process::{start_executor_process, ExecutorProcessConfig};
    use clap::Parser;
    const CONNECT: &str = "--scheduler-connect-timeout-seconds";
    if !args.iter().any(|a| a.to_str().is_some_and(|a| a == CONNECT || a.starts_with(&format!("{CONNECT}=")))) {
        args.extend([CONNECT.into(), SCHEDULER_CONNECT_SECONDS.into()]);
    }
    let opt = Config::parse_from(std::iter::once(OsString::from("nianbao cluster executor")).chain(args));
    let runtime =
        tokio::runtime::Builder::new_multi_thread().enable_all().thread_stack_size(32 * 1024 * 1024).build()?;
    runtime.block_on(async move {
        let config: ExecutorProcessConfig = opt.try_into().map_err(|e| anyhow!("executor configuration: {e}"))?;
        eprintln!(
            "nianbao cluster executor: serving on {}:{}, scheduler {}:{}",
            config.bind_host, config.port, config.scheduler_host, config.scheduler_port
        );
        start_executor_process(Arc::new(config)).await.map_err(|e| anyhow!("executor: {e}"))
    })
}
