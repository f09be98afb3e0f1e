//! The SQL library on Apache Ballista (feature `ballista`): the same rows locally, on an
//! in-process cluster, and on a scheduler with two executors running as separate processes on
//! 127.0.0.1; a scheduler that is down is a clear error at once; an executor killed mid-query
//! never yields a wrong answer.

use crate::common::*;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn sql_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(repo_root().join("sql"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "sql"))
        .collect();
    files.sort();
    files
}

fn run_sql(work: &Path, cluster: &str, file: &Path) -> Result<String, String> {
    let out = library_sql(work, file, &["--cluster", cluster]);
    if out.status.success() {
        Ok(String::from_utf8(out.stdout).unwrap())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).to_string())
    }
}

/// A port for a cluster process to bind, below Linux's ephemeral range (32768–60999 by default).
/// A port the kernel hands out for `bind(0)` is free only until released: the next `bind(0)` or
/// any outgoing connection (an executor retrying its scheduler, another test's client) can take
/// it before the process it was meant for binds it ("Address already in use" in CI). Ports below
/// the range are never handed out that way; a counter keeps this test binary from giving one
/// twice, the process id keeps two test binaries apart, and each is checked free when chosen.
fn free_port() -> u16 {
    use std::sync::atomic::{AtomicU16, Ordering};
    static NEXT: AtomicU16 = AtomicU16::new(0);
    let _ =
        NEXT.compare_exchange(0, 20_000 + (std::process::id() % 500) as u16 * 20, Ordering::SeqCst, Ordering::SeqCst);
    loop {
        let port = NEXT.fetch_add(1, Ordering::SeqCst);
        assert!(port < 32_768, "no free port below the ephemeral range");
        if std::net::TcpListener::bind(("127.0.0.1", port)).is_ok() {
            return port;
        }
    }
}

/// Child processes killed when the test ends, however it ends.
struct Cluster {
    children: Vec<Child>,
    url: String,
}

impl Drop for Cluster {
    fn drop(&mut self) {
        for c in &mut self.children {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// The scheduler logs which planner each job gets (Ballista's debug line), so that a test can
/// see the choice nianbao's client made reach the scheduler.
const PLANNER_LOG: &str = "warn,ballista_scheduler::state::task_manager=debug";

fn spawn(args: &[String], log: &Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_nianbao"))
        .args(args)
        .env("RUST_LOG", PLANNER_LOG)
        .stdout(Stdio::from(std::fs::File::create(log).unwrap()))
        .stderr(Stdio::from(std::fs::File::create(log.with_extension("err")).unwrap()))
        .spawn()
        .unwrap()
}

/// A scheduler and two executors on 127.0.0.1, ready when a query runs.
fn start_cluster(work: &Path, logs: &Path) -> Cluster {
    start_cluster_in_order(work, logs, false)
}

/// [`start_cluster`], the executors started first when `executors_first` (they must wait for
/// their scheduler rather than exit).
fn start_cluster_in_order(work: &Path, logs: &Path, executors_first: bool) -> Cluster {
    let port = free_port();
    let scheduler = || {
        spawn(
            // Ballista notices a dead executor after --executor-timeout-seconds (default 180): a
            // test (and an impatient operator) wants seconds.
            &[
                "cluster",
                "scheduler",
                "--bind-host",
                "127.0.0.1",
                "--bind-port",
                &port.to_string(),
                "--external-host",
                "127.0.0.1",
                "--executor-timeout-seconds",
                "6",
                "--expire-dead-executor-interval-seconds",
                "1",
            ]
            .map(String::from),
            &logs.join("scheduler.log"),
        )
    };
    let mut children = if executors_first { Vec::new() } else { vec![scheduler()] };
    for i in 0..2 {
        let work_dir = logs.join(format!("executor-{i}"));
        std::fs::create_dir_all(&work_dir).unwrap();
        children.push(spawn(
            &[
                "cluster".into(),
                "executor".into(),
                "--bind-host".into(),
                "127.0.0.1".into(),
                "--external-host".into(),
                "127.0.0.1".into(),
                "--bind-port".into(),
                free_port().to_string(),
                "--bind-grpc-port".into(),
                free_port().to_string(),
                "--scheduler-host".into(),
                "127.0.0.1".into(),
                "--scheduler-port".into(),
                port.to_string(),
                "--work-dir".into(),
                work_dir.display().to_string(),
                "--concurrent-tasks".into(),
                "2".into(),
                "--executor-heartbeat-interval-seconds".into(),
                "2".into(),
            ],
            &logs.join(format!("executor-{i}.log")),
        ));
    }
    if executors_first {
        std::thread::sleep(Duration::from_secs(2));
        children.insert(0, scheduler());
    }
    let mut cluster = Cluster { children, url: format!("df://127.0.0.1:{port}") };
    // Ready when a query completes. A probe can hang while no executor has registered (the
    // scheduler waits for one), so each is given a few seconds; a process that died says why.
    let deadline = Instant::now() + Duration::from_secs(90);
    loop {
        let probe = Command::new(env!("CARGO_BIN_EXE_nianbao"))
            .args([
                "sql",
                "--warehouse",
                "warehouse",
                "--format",
                "csv",
                "--cluster",
                &cluster.url,
                "-e",
                "SELECT count(*) AS n FROM reports",
            ])
            .current_dir(work)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        if let Some(out) = wait_with_timeout(probe, Duration::from_secs(10)) {
            if out.status.success() {
                break;
            }
        }
        for (i, child) in cluster.children.iter_mut().enumerate() {
            if let Some(status) = child.try_wait().unwrap() {
                let name = if i == 0 { "scheduler".to_string() } else { format!("executor-{}", i - 1) };
                let err = std::fs::read_to_string(logs.join(format!("{name}.err"))).unwrap_or_default();
                panic!("the {name} exited ({status}) before the cluster was ready:\n{err}");
            }
        }
        assert!(Instant::now() < deadline, "cluster not ready within 90 s");
        std::thread::sleep(Duration::from_millis(500));
    }
    cluster
}

#[test]
fn the_sql_library_gives_the_same_rows_locally_standalone_and_on_a_cluster() {
    let work = synthetic_warehouse();
    let logs = tempdir();
    let cluster = start_cluster(work, logs.path());
    // The plan really is distributed: stages shuffled between executors.
    let explain = nianbao(
        &[
            "sql",
            "--warehouse",
            "warehouse",
            "--cluster",
            &cluster.url,
            "-e",
            "EXPLAIN SELECT province, count(*) FROM reports GROUP BY province",
        ],
        work,
    );
    let plan = String::from_utf8_lossy(&explain.stdout);
    assert!(plan.contains("distributed_plan") && plan.contains("ShuffleWriterExec"), "{plan}");
    let mut differences = Vec::new();
    for file in sql_files() {
        let local = run_sql(work, "local", &file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        // Four questions may have no answer in a generated corpus: its series of years hold
        // documents in force that add up, it draws no report whose text contradicts its table,
        // it may resolve every region (tests/e2e/agencies.rs asks the cross-year ones of two
        // real years), and no report is landed twice (tests/e2e/crawl.rs asks which of a page
        // and its attachment to count). Every other file has rows to compare.
        let may_be_empty =
            ["unresolved_regions.sql", "in_force_mismatches.sql", "narrative_vs_table.sql", "preferred_documents.sql"]
                .iter()
                .any(|f| file.ends_with(f));
        assert!(local.lines().count() > 1 || may_be_empty, "{} returns rows", file.display());
        for target in ["standalone", cluster.url.as_str()] {
            match run_sql(work, target, &file) {
                Ok(got) if got == local => {}
                Ok(got) => {
                    differences.push(format!("{} on {target}:\n--- got\n{got}\n--- local\n{local}", file.display()))
                }
                Err(e) => differences.push(format!("{} on {target} failed: {e}", file.display())),
            }
        }
    }
    assert!(differences.is_empty(), "{}", differences.join("\n\n"));
}

/// Executors started two seconds before their scheduler (a script, docker-compose) wait for it:
/// the cluster answers.
#[test]
fn executors_started_before_their_scheduler_wait_for_it() {
    let work = sample_warehouse();
    let logs = tempdir();
    let cluster = start_cluster_in_order(work, logs.path(), true);
    let out = nianbao(
        &[
            "sql",
            "--warehouse",
            "warehouse",
            "--format",
            "csv",
            "--cluster",
            &cluster.url,
            "-e",
            "SELECT count(*) AS n FROM reports",
        ],
        work,
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "n\n5");
}

#[test]
fn a_scheduler_that_is_down_is_a_clear_error_at_once() {
    let work = sample_warehouse();
    let url = format!("df://127.0.0.1:{}", free_port());
    let started = Instant::now();
    let out = nianbao(&["sql", "--warehouse", "warehouse", "--cluster", &url, "-e", "SELECT 1"], work);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("cannot reach the Ballista scheduler at {url}")), "{err}");
    assert!(started.elapsed() < Duration::from_secs(10), "took {:?}", started.elapsed());
}

#[test]
fn an_executor_killed_mid_query_never_gives_a_wrong_answer() {
    let work = synthetic_warehouse();
    let logs = tempdir();
    let mut cluster = start_cluster(work, logs.path());
    // A query that takes a while: every metric joined with every metric of its report.
    let sql = "SELECT a.province, count(*) AS pairs, sum(a.value * b.value) AS s FROM metrics a JOIN metrics b ON a.report_id = b.report_id GROUP BY a.province ORDER BY a.province";
    let expected = nianbao(&["sql", "--warehouse", "warehouse", "--format", "csv", "-e", sql], work);
    assert!(expected.status.success());
    let query = Command::new(env!("CARGO_BIN_EXE_nianbao"))
        .args(["sql", "--warehouse", "warehouse", "--format", "csv", "--cluster", &cluster.url, "-e", sql])
        .current_dir(work)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    let executor = &mut cluster.children[1];
    let _ = executor.kill();
    let _ = executor.wait();
    let out = wait_with_timeout(query, Duration::from_secs(120)).unwrap_or_else(|| {
        panic!(
            "the query neither finished nor failed within 120 s after an executor died\n{}",
            cluster_logs(logs.path())
        )
    });
    eprintln!(
        "after the kill: {} ({})",
        if out.status.success() { "completed" } else { "failed" },
        String::from_utf8_lossy(&out.stderr).lines().last().unwrap_or("")
    );
    if out.status.success() {
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&expected.stdout),
            "a completed query must be right"
        );
    } else {
        assert!(!out.stderr.is_empty(), "a failed query must say why");
    }
    // The kill lands mid-query only some of the time, so the planner that recovers from it is
    // checked directly: Ballista 55's adaptive one (its default) left the job running for ever.
    let scheduler_log = std::fs::read_to_string(logs.path().join("scheduler.err")).unwrap();
    assert!(
        scheduler_log.contains("Using static query planner"),
        "jobs must be planned by the static planner:\n{}",
        cluster_logs(logs.path())
    );
    assert!(!scheduler_log.contains("Using adaptive query planner"), "{}", cluster_logs(logs.path()));
}

/// The child's output if it ends within `limit` (else it is killed). Its pipes are drained while
/// it runs, so that a chatty child cannot block on a full pipe and look hung.
fn wait_with_timeout(mut child: Child, limit: Duration) -> Option<std::process::Output> {
    let (stdout, stderr) = (child.stdout.take().unwrap(), child.stderr.take().unwrap());
    let drain = |mut pipe: Box<dyn std::io::Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = pipe.read_to_end(&mut bytes);
            bytes
        })
    };
    let (stdout, stderr) = (drain(Box::new(stdout)), drain(Box::new(stderr)));
    let deadline = Instant::now() + limit;
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return Some(std::process::Output {
                status,
                stdout: stdout.join().unwrap(),
                stderr: stderr.join().unwrap(),
            });
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            eprintln!(
                "stderr of the child killed after {limit:?}:\n{}",
                String::from_utf8_lossy(&stderr.join().unwrap())
            );
            return None;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The last lines each cluster process wrote, for a failure message.
fn cluster_logs(logs: &Path) -> String {
    let mut text = String::new();
    for name in ["scheduler", "executor-0", "executor-1"] {
        for ext in ["log", "err"] {
            let body = std::fs::read_to_string(logs.join(format!("{name}.{ext}"))).unwrap_or_default();
            let lines: Vec<&str> = body.lines().collect();
            text += &format!(
                "--- {name}.{ext} (last 40 of {} lines)\n{}\n",
                lines.len(),
                lines[lines.len().saturating_sub(40)..].join("\n")
            );
        }
    }
    text
}

/// Ballista's in-process executor writes its shuffle files under the system temporary
/// directory: a standalone query leaves nothing there.
#[test]
fn a_standalone_query_leaves_nothing_in_the_temporary_directory() {
    let work = sample_warehouse();
    let tmp = tempdir();
    let out = Command::new(env!("CARGO_BIN_EXE_nianbao"))
        .args(["sql", "--warehouse", "warehouse", "--cluster", "standalone", "-e"])
        .arg("SELECT province, count(*) AS n FROM reports GROUP BY province ORDER BY province")
        .current_dir(work)
        .env("TMPDIR", tmp.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let left: Vec<PathBuf> = std::fs::read_dir(tmp.path()).unwrap().map(|e| e.unwrap().path()).collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}
