//! The `nianbao` command: run the pipeline, query the warehouse, inspect one document.

#[cfg(feature = "ballista")]
mod cluster;
mod config;
mod eval;
mod eval_real;
mod fetching;
mod inspect;
mod memory;
mod process;
mod progress;
mod reflow;
mod report;
mod runner;
mod status;
mod synth;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "nianbao",
    version,
    about = "Government information-disclosure annual reports → a columnar warehouse",
    after_help = "Exit status: 0 when the command did its work; 1 when it failed (a failed run leaves the previous \
                  warehouse untouched; the error names the stage and the file); 2 for a usage error.\n\n\
                  Example: nianbao run --pipeline pipelines/nightly.toml && nianbao sql sql/coverage.sql"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run every stage and publish a new warehouse snapshot.
    #[command(after_help = "Examples:\n  nianbao run --pipeline pipelines/nightly.toml\n  \
                            nianbao run --input data/samples --warehouse /tmp/wh --landing /tmp/landing")]
    Run {
        /// Pipeline definition (default: pipelines/nightly.toml unless --input is given).
        #[arg(long)]
        pipeline: Option<PathBuf>,
        /// Input directory (repeatable); replaces the pipeline's sources.
        #[arg(long)]
        input: Vec<PathBuf>,
        /// Warehouse directory (overrides the pipeline).
        #[arg(long)]
        warehouse: Option<PathBuf>,
        /// Landing area for raw bytes (overrides the pipeline).
        #[arg(long)]
        landing: Option<PathBuf>,
        /// Process every document again, even those the previous snapshot already holds.
        #[arg(long)]
        full: bool,
    },
    /// Write the data-quality report: one self-contained HTML page with charts.
    #[command(after_help = "Example:\n  nianbao report --warehouse data/warehouse --landing data/landing \\\n      \
                            --chart-js \"$(scripts/echarts.sh)\" --out data/report/index.html")]
    Report {
        #[arg(long, default_value = "data/warehouse")]
        warehouse: PathBuf,
        /// Landing area, to include the worst documents' inspection.
        #[arg(long)]
        landing: Option<PathBuf>,
        /// The ECharts build to inline (scripts/echarts.sh prints its path).
        #[arg(long)]
        chart_js: PathBuf,
        #[arg(long, default_value = "data/report/index.html")]
        out: PathBuf,
    },
    /// The current snapshot and the last runs.
    #[command(after_help = "Example:\n  nianbao status --warehouse data/warehouse --runs 5")]
    Status {
        #[arg(long, default_value = "data/warehouse")]
        warehouse: PathBuf,
        /// How many runs to list.
        #[arg(long, default_value_t = 10)]
        runs: usize,
    },
    /// Run SQL against the warehouse: a script file or -e.
    #[command(after_help = "Examples:\n  nianbao sql sql/requests_received.sql --param year=2017\n  \
                            nianbao sql -e \"SELECT province, count(*) FROM reports GROUP BY province\" --format csv")]
    Sql {
        #[arg(long, default_value = "data/warehouse")]
        warehouse: PathBuf,
        /// A .sql script (statements separated by ;).
        #[arg(required_unless_present = "execute", conflicts_with = "execute")]
        file: Option<PathBuf>,
        /// SQL given on the command line.
        #[arg(short = 'e', long = "execute")]
        execute: Option<String>,
        /// Bind $name in the script to a typed value (repeatable): --param year=2019.
        #[arg(long = "param", value_parser = parse_param)]
        params: Vec<(String, String)>,
        #[arg(long, default_value = "table")]
        format: nianbao_query::Format,
        /// Allow statements that write (INSERT, COPY …); scripts are read-only otherwise.
        #[arg(long)]
        allow_writes: bool,
        /// Run on Apache Ballista: `standalone` (in-process scheduler and executor) or
        /// `df://HOST:PORT` (a scheduler whose executors see the warehouse at the same path).
        /// Needs a build with `--features ballista`.
        #[arg(long, default_value = "local")]
        cluster: nianbao_query::Target,
    },
    /// Ballista cluster processes (build with `--features ballista`): `scheduler` or `executor`,
    /// followed by Ballista's own options.
    #[command(after_help = "Example:\n  nianbao cluster scheduler --bind-host 127.0.0.1 --bind-port 50050")]
    Cluster {
        /// `scheduler` or `executor`.
        role: String,
        /// Ballista's options for that role (`--bind-host 127.0.0.1 --bind-port 50050` …).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<std::ffi::OsString>,
    },
    /// Write a synthetic corpus with its truth manifest (truth.jsonl).
    #[command(after_help = "Example:\n  nianbao synth --out /tmp/corpus --docs 2000 --seed 7")]
    Synth {
        #[arg(long)]
        out: PathBuf,
        #[arg(long, default_value_t = 1000)]
        docs: u64,
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Compare the pipeline's output with known answers: a synthetic corpus (--corpus) or real
    /// reports with hand-read truth (--truth FILE… DIR).
    ///
    /// Example: nianbao eval --truth ../shared/real/truth-north.csv --truth ../shared/real/truth-south.csv ../shared/real
    Eval {
        /// A corpus written by `nianbao synth`.
        #[arg(long, required_unless_present = "truth", conflicts_with = "truth")]
        corpus: Option<PathBuf>,
        /// Truth files (`file,key,applicant,value`) of real reports (repeatable); needs DIR.
        #[arg(long, requires = "dir")]
        truth: Vec<PathBuf>,
        /// The real reports' directory (the files themselves, or a folder holding `reports/` or `files/`).
        dir: Option<PathBuf>,
        /// With --truth: list every missing key, not only the wrong ones.
        #[arg(long)]
        missing: bool,
        /// With --truth: score the pages laid out as another crawl may give them.
        #[arg(long, value_enum, default_value_t = reflow::Reflow::AsFound, requires = "dir")]
        reflow: reflow::Reflow,
        /// How many of the worst files to list.
        #[arg(long, default_value_t = 10)]
        worst: usize,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Show one document through decode, parse and normalize.
    #[command(after_help = "Example:\n  nianbao inspect data/samples/001_f86300e4f88928ae.txt")]
    Inspect {
        file: PathBuf,
        #[arg(long)]
        json: bool,
    },
}

fn parse_param(s: &str) -> Result<(String, String), String> {
    let (name, value) = s.split_once('=').ok_or_else(|| format!("expected name=value, got '{s}'"))?;
    let valid = !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if !valid {
        return Err(format!("parameter name '{name}' must be letters, digits or _"));
    }
    Ok((name.to_string(), value.to_string()))
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "warn".into()))
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let (name, result) = match cli.command {
        Command::Run { pipeline, input, warehouse, landing, full } => {
            // `run` only: measured faster (see the function); `sql` measured slower with it.
            memory::prefer_small_pages();
            ("run", cmd_run(pipeline, input, warehouse, landing, runner::RunOptions { full }))
        }
        Command::Report { warehouse, landing, chart_js, out } => {
            ("report", report::report(&warehouse, landing.as_deref(), &chart_js, &out).map(|s| print!("{s}")))
        }
        Command::Status { warehouse, runs } => ("status", status::status(&warehouse, runs).map(|s| print!("{s}"))),
        Command::Sql { warehouse, file, execute, params, format, allow_writes, cluster } => {
            ("sql", cmd_sql(warehouse, file, execute, params, format, allow_writes, cluster))
        }
        Command::Cluster { role, args } => ("cluster", cmd_cluster(&role, args)),
        Command::Synth { out, docs, seed } => ("synth", synth::synth(&out, docs, seed).map(|s| print!("{s}"))),
        Command::Eval { corpus, truth, dir, missing, reflow, worst, json } => {
            ("eval", cmd_eval(corpus, &truth, dir, missing, reflow, worst, json))
        }
        Command::Inspect { file, json } => ("inspect", inspect::inspect(&file, json).map(|s| print!("{s}"))),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("nianbao {name}: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn cmd_eval(
    corpus: Option<PathBuf>,
    truth: &[PathBuf],
    dir: Option<PathBuf>,
    missing: bool,
    form: reflow::Reflow,
    worst: usize,
    json: bool,
) -> Result<()> {
    let (rendered, value) = match (corpus, dir) {
        (Some(corpus), _) => {
            let r = eval::eval(&corpus, worst)?;
            (r.render(), serde_json::to_value(&r)?)
        }
        (None, Some(dir)) => {
            let r = eval_real::eval_real(truth, &dir, form)?;
            (r.render(missing), serde_json::to_value(&r)?)
        }
        (None, None) => bail!("give --corpus DIR, or --truth FILE… DIR"),
    };
    if json {
        println!("{}", serde_json::to_string_pretty(&value)?);
    } else {
        print!("{rendered}");
    }
    Ok(())
}

fn cmd_run(
    pipeline: Option<PathBuf>,
    input: Vec<PathBuf>,
    warehouse: Option<PathBuf>,
    landing: Option<PathBuf>,
    options: runner::RunOptions,
) -> Result<()> {
    let mut p = match (&pipeline, input.is_empty()) {
        (Some(path), _) => config::Pipeline::load(path)?,
        (None, true) => config::Pipeline::load(&PathBuf::from("pipelines/nightly.toml"))?,
        (None, false) => config::Pipeline::from_inputs(Vec::new()),
    };
    if !input.is_empty() {
        p.sources = config::Pipeline::from_inputs(input).sources;
    }
    if let Some(w) = warehouse {
        p.warehouse.path = w;
    }
    if let Some(l) = landing {
        p.landing.path = l;
    }
    let summary = runner::run(&p, options)?;
    if let Some(name) = &p.name {
        println!("pipeline    {name}");
    }
    print!("{}", summary.render(&p.warehouse.path));
    Ok(())
}

fn cmd_sql(
    warehouse: PathBuf,
    file: Option<PathBuf>,
    execute: Option<String>,
    params: Vec<(String, String)>,
    format: nianbao_query::Format,
    allow_writes: bool,
    cluster: nianbao_query::Target,
) -> Result<()> {
    let (script, origin) = match (file, execute) {
        (Some(f), None) => {
            (std::fs::read_to_string(&f).with_context(|| format!("reading {}", f.display()))?, f.display().to_string())
        }
        (None, Some(sql)) => (sql, "-e".to_string()),
        _ => bail!("give either a .sql file or -e SQL"),
    };
    // Ballista's in-process executor takes a fresh system temporary directory for its shuffle
    // files, drops the guard that would delete it, and writes there anyway (ballista-executor
    // 55, `standalone.rs`): every query left a directory of Arrow files in /tmp. Pointing the
    // temporary directory at one of ours, deleted when the command ends, keeps them in it. Set
    // before the runtime starts, while this process has a single thread.
    let _ballista_scratch = if cluster == nianbao_query::Target::Standalone {
        let scratch = tempfile::Builder::new().prefix("nianbao-ballista-").tempdir()?;
        std::env::set_var("TMPDIR", scratch.path());
        Some(scratch)
    } else {
        None
    };
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(async {
        let engine = nianbao_query::Engine::open_on(&warehouse, &cluster).await?;
        let table = format == nianbao_query::Format::Table;
        let mut printed = 0;
        engine
            .run_script(&script, &origin, &params, allow_writes, |result| {
                if !result.is_query() {
                    return Ok(());
                }
                // A blank line between the results of several statements, never after the
                // last: `--format csv` of one statement is one CSV file, byte for byte.
                if printed > 0 {
                    println!();
                }
                if table && script.contains(';') && nianbao_query::script::split(&script).len() > 1 {
                    println!("-- {origin}:{}", result.line);
                }
                let text = nianbao_query::render(&result.batches, format)?;
                println!("{}", text.trim_end_matches('\n'));
                printed += 1;
                Ok(())
            })
            .await?;
        Ok(())
    })
}

#[cfg(feature = "ballista")]
fn cmd_cluster(role: &str, args: Vec<std::ffi::OsString>) -> Result<()> {
    match role {
        "scheduler" => cluster::scheduler(args),
        "executor" => cluster::executor(args),
        other => bail!("unknown cluster role '{other}' (scheduler or executor)"),
    }
}

#[cfg(not(feature = "ballista"))]
fn cmd_cluster(_role: &str, _args: Vec<std::ffi::OsString>) -> Result<()> {
    bail!("this nianbao was built without Ballista: rebuild with `cargo build --features ballista` (or `make cluster`)")
}
