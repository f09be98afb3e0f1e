//! Progress of a long run: a bar on a terminal, a plain line every few seconds otherwise
//! (cron mails and CI logs get a readable trail instead of control codes).

use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const PLAIN_INTERVAL: Duration = Duration::from_secs(5);

pub struct Progress {
    phase: &'static str,
    total: usize,
    done: AtomicUsize,
    bar: Option<ProgressBar>,
    started: Instant,
    last_line: Mutex<Instant>,
}

impl Progress {
    pub fn new(phase: &'static str, total: usize) -> Progress {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = ProgressBar::new(total as u64);
            bar.set_style(
                ProgressStyle::with_template("{prefix:>8} [{bar:40}] {pos}/{len} {per_sec} eta {eta}")
                    .expect("valid template")
                    .progress_chars("=> "),
            );
            bar.set_prefix(phase);
            bar
        });
        let now = Instant::now();
        Progress { phase, total, done: AtomicUsize::new(0), bar, started: now, last_line: Mutex::new(now) }
    }

    pub fn inc(&self) {
        let done = self.done.fetch_add(1, Ordering::Relaxed) + 1;
        if let Some(bar) = &self.bar {
            bar.inc(1);
            return;
        }
        let mut last = self.last_line.lock().expect("progress lock");
        if last.elapsed() >= PLAIN_INTERVAL {
            *last = Instant::now();
            let secs = self.started.elapsed().as_secs_f64().max(1e-9);
            eprintln!(
                "[{}] {done}/{} documents ({:.0}%), {:.0} docs/s",
                self.phase,
                self.total,
                100.0 * done as f64 / self.total.max(1) as f64,
                done as f64 / secs
            );
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
