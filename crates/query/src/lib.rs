//! query: the warehouse as SQL. A DataFusion session with the warehouse's tables registered by name
//! (typed partition columns: `province` string, `year` int), scripts run statement by statement
//! stopping at the first error, parameters bound as typed values — never pasted into SQL.

pub mod script;

use anyhow::{anyhow, bail, Context, Result};
use datafusion::arrow::datatypes::DataType;
use datafusion::arrow::record_batch::RecordBatch;
use datafusion::common::ParamValues;
use datafusion::common::ScalarValue;
use datafusion::datasource::file_format::parquet::ParquetFormat;
use datafusion::datasource::listing::ListingOptions;
use datafusion::execution::context::{SQLOptions, SessionContext};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Output format of `nianbao sql`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Csv,
    Json,
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "table" => Ok(Format::Table),
            "csv" => Ok(Format::Csv),
            "json" => Ok(Format::Json),
            other => Err(format!("unknown format '{other}' (table, csv or json)")),
        }
    }
}

/// Where a script runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// In this process (DataFusion).
    Local,
    /// An in-process Ballista scheduler and executor (feature `ballista`).
    Standalone,
    /// A Ballista scheduler, `df://HOST:PORT` (feature `ballista`); its executors must see the
    /// warehouse at the same path.
    Remote(String),
}

impl std::str::FromStr for Target {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "local" => Ok(Target::Local),
            "standalone" => Ok(Target::Standalone),
            url if url.starts_with("df://") => Ok(Target::Remote(url.to_string())),
            other => Err(format!("unknown cluster '{other}' (standalone, or df://HOST:PORT)")),
        }
    }
}

pub struct Engine {
    ctx: SessionContext,
    /// The snapshot directory the tables were registered on (resolved once, so a run that
    /// swaps `current` meanwhile does not change what this DataFusion context reads).
    pub snapshot: PathBuf,
}

/// The result of one statement.
pub struct StatementResult {
    pub line: usize,
    /// Never empty for a query: a query without rows gives one empty batch carrying its schema,
    /// so that the header (or `[]`) is still printed. Statements without output (CREATE VIEW,
    /// SET) give batches with no columns.
    pub batches: Vec<RecordBatch>,
}

impl StatementResult {
    /// Did the statement produce a result set (as opposed to DDL or SET)?
    pub fn is_query(&self) -> bool {
        self.batches.iter().any(|b| b.num_columns() > 0)
    }
}

impl Engine {
    /// Open the current snapshot of a warehouse and register its tables.
    pub async fn open(warehouse: &Path) -> Result<Engine> {
        Engine::open_on(warehouse, &Target::Local).await
    }

    /// The same, with the tables registered on a session of `target`: the same names, the same
    /// typed partition columns, wherever the plan runs.
    pub async fn open_on(warehouse: &Path, target: &Target) -> Result<Engine> {
        let link = warehouse.join("current");
        let snapshot = std::fs::canonicalize(&link).with_context(|| {
            format!("no warehouse snapshot at {} (run `nianbao run` or `make run` first)", link.display())
        })?;
        let ctx = session(target).await?;
        for table in nianbao_warehouse::schema::TABLES {
            register(&ctx, &snapshot, table).await?;
        }
        register_runs(&ctx, warehouse, *target == Target::Local).await?;
        Ok(Engine { ctx, snapshot })
    }

    pub fn context(&self) -> &SessionContext {
        &self.ctx
    }

    /// Run a script statement by statement, handing each result to `on_result` as soon as it
    /// is ready; stop at the first error, naming `origin:line`.
    pub async fn run_script(
        &self,
        script: &str,
        origin: &str,
        params: &[(String, String)],
        allow_writes: bool,
        mut on_result: impl FnMut(StatementResult) -> Result<()>,
    ) -> Result<()> {
        let statements = script::split(script);
        if statements.is_empty() {
            bail!("{origin}: no SQL statement");
        }
        let options = SQLOptions::new().with_allow_dml(allow_writes);
        for st in statements {
            let batches = self
                .run_statement(&st.sql, params, &options)
                .await
                .map_err(|e| anyhow!("{origin}:{}: {e}", st.line))?;
            on_result(StatementResult { line: st.line, batches })?;
        }
        Ok(())
    }

    async fn run_statement(
        &self,
        sql: &str,
        params: &[(String, String)],
        options: &SQLOptions,
    ) -> Result<Vec<RecordBatch>> {
        let df = self.ctx.sql_with_options(sql, *options).await?;
        let wanted = df.logical_plan().get_parameter_types()?;
        let df = if wanted.is_empty() { df } else { df.with_param_values(bind(&wanted, params)?)? };
        let schema: datafusion::arrow::datatypes::SchemaRef = Arc::new(df.schema().as_arrow().clone());
        let batches = df.collect().await?;
        Ok(if batches.is_empty() { vec![RecordBatch::new_empty(schema)] } else { batches })
    }
}

async fn register(ctx: &SessionContext, snapshot: &Path, table: &str) -> Result<()> {
    // A snapshot written before a table existed (agencies: schema version 3) lacks it until
    // the next run rewrites everything; the other tables stay queryable meanwhile.
    if !snapshot.join(table).is_dir() {
        return Ok(());
    }
    let schema = nianbao_warehouse::schema::of(table).expect("known table");
    register_parquet_dir(ctx, table, &snapshot.join(table), schema, nianbao_warehouse::schema::is_partitioned(table))
        .await
}

/// A directory of Parquet files as a table, Hive partitions typed (`province` string, `year` int).
async fn register_parquet_dir(
    ctx: &SessionContext,
    table: &str,
    dir: &Path,
    schema: datafusion::arrow::datatypes::SchemaRef,
    partitioned: bool,
) -> Result<()> {
    let mut options = ListingOptions::new(Arc::new(ParquetFormat::default())).with_file_extension(".parquet");
    if partitioned {
        options = options.with_table_partition_cols(vec![
            ("province".to_string(), DataType::Utf8),
            ("year".to_string(), DataType::Int32),
        ]);
    }
    let url = format!("{}/", dir.to_string_lossy());
    ctx.register_listing_table(table, &url, options, Some(schema), None)
        .await
        .with_context(|| format!("registering table {table} at {}", dir.display()))
}

async fn session(target: &Target) -> Result<SessionContext> {
    match target {
        Target::Local => Ok(SessionContext::new()),
        #[cfg(feature = "ballista")]
        Target::Standalone => {
            use ballista::prelude::SessionContextExt;
            SessionContext::standalone_with_state(ballista_state()).await.context("starting an in-process Ballista scheduler and executor")
        }
        #[cfg(feature = "ballista")]
        Target::Remote(url) => {
            use ballista::prelude::SessionContextExt;
            reachable(url).await?;
            SessionContext::remote_with_state(url, ballista_state()).await.with_context(|| format!("connecting to the Ballista scheduler at {url}"))
        }
        #[cfg(not(feature = "ballista"))]
        _ => bail!("this nianbao was built without Ballista: rebuild with `cargo build --features ballista` (or `make cluster`)"),
    }
}

/// The session a Ballista job is planned in: Ballista's defaults, but the static distributed
/// planner rather than the adaptive one (AQE). Ballista 55 makes AQE the default, and its
/// `AdaptiveExecutionGraph` "does not cover executor failure" (its own doc; upstream issue
/// apache/datafusion-ballista#1986): with one of two executors killed mid-query, the job rolled
/// back its stages and then stayed `Running` for ever, so `nianbao sql --cluster` never returned
/// (2 runs in 6 here). The static graph re-runs the lost tasks on the executors left.
#[cfg(feature = "ballista")]
fn ballista_state() -> datafusion::execution::SessionState {
    use ballista::prelude::SessionConfigExt;
    let config = datafusion::prelude::SessionConfig::new_with_ballista().with_ballista_adaptive_query_planner(false);
    datafusion::execution::SessionStateBuilder::new().with_default_features().with_config(config).build()
}

/// A scheduler that is down must be an error naming it, at once — not a query that waits on
/// gRPC reconnects.
#[cfg(feature = "ballista")]
async fn reachable(url: &str) -> Result<()> {
    let addr = url.trim_start_matches("df://").trim_end_matches('/');
    let connect = tokio::net::TcpStream::connect(addr);
    match tokio::time::timeout(std::time::Duration::from_secs(5), connect).await {
        Ok(Ok(_)) => Ok(()),
        Ok(Err(e)) => bail!("cannot reach the Ballista scheduler at {url}: {e}"),
        Err(_) => bail!("cannot reach the Ballista scheduler at {url}: no answer within 5 s"),
    }
}

/// `runs`: the run history, which lives beside the snapshots (a failed run has no snapshot).
/// Empty, with its schema, before the first run has recorded itself (locally; a cluster cannot
/// ship an in-memory table to its executors, so there it is only registered once it exists).
async fn register_runs(ctx: &SessionContext, warehouse: &Path, local: bool) -> Result<()> {
    let dir = warehouse.join("runs");
    let schema = nianbao_warehouse::runs::schema();
    if dir.join("runs.parquet").is_file() {
        register_parquet_dir(ctx, "runs", &dir, schema, false).await?;
    } else if local {
        let empty = datafusion::datasource::MemTable::try_new(schema, vec![vec![]])?;
        ctx.register_table("runs", Arc::new(empty))?;
    }
    // `run_hosts`: what each crawled host gave each run (only once a `site` source has run).
    let hosts = warehouse.join("run_hosts");
    let schema = nianbao_warehouse::runs::hosts_schema();
    if hosts.join("hosts.parquet").is_file() {
        register_parquet_dir(ctx, "run_hosts", &hosts, schema, false).await?;
    } else if local {
        let empty = datafusion::datasource::MemTable::try_new(schema, vec![vec![]])?;
        ctx.register_table("run_hosts", Arc::new(empty))?;
    }
    Ok(())
}

/// Bind `--param name=value` to the placeholders `$name` of a statement, converting each value
/// to the type DataFusion inferred for its placeholder (so `year = $year` gets an Int32).
fn bind(wanted: &HashMap<String, Option<DataType>>, params: &[(String, String)]) -> Result<ParamValues> {
    let mut map = HashMap::new();
    for (placeholder, dtype) in wanted {
        let name = placeholder.trim_start_matches('$');
        let (_, raw) = params
            .iter()
            .find(|(n, _)| n == name)
            .ok_or_else(|| anyhow!("the query uses {placeholder} but no --param {name}=… was given"))?;
        let value = match dtype {
            Some(t) => ScalarValue::try_from_string(raw.clone(), t)
                .map_err(|e| anyhow!("--param {name}={raw}: not a valid {t}: {e}"))?,
            None => infer_literal(raw),
        };
        map.insert(name.to_string(), value.into());
    }
    Ok(ParamValues::Map(map))
}

/// A value with no type to follow: integer, then float, then string.
fn infer_literal(raw: &str) -> ScalarValue {
    if let Ok(i) = raw.parse::<i64>() {
        ScalarValue::Int64(Some(i))
    } else if let Ok(f) = raw.parse::<f64>() {
        ScalarValue::Float64(Some(f))
    } else {
        ScalarValue::Utf8(Some(raw.to_string()))
    }
}

/// Render batches in the requested format.
pub fn render(batches: &[RecordBatch], format: Format) -> Result<String> {
    match format {
        Format::Table => Ok(arrow::util::pretty::pretty_format_batches(batches)?.to_string()),
        Format::Csv => {
            let mut buf = Vec::new();
            {
                let mut writer = arrow::csv::WriterBuilder::new().with_header(true).build(&mut buf);
                for b in batches {
                    writer.write(b)?;
                }
            }
            Ok(String::from_utf8(buf)?)
        }
        Format::Json => {
            let mut buf = Vec::new();
            {
                let mut writer = arrow::json::ArrayWriter::new(&mut buf);
                let refs: Vec<&RecordBatch> = batches.iter().collect();
                writer.write_batches(&refs)?;
                writer.finish()?;
            }
            if buf.is_empty() {
                buf.extend_from_slice(b"[]");
            }
            Ok(String::from_utf8(buf)?)
        }
    }
}
