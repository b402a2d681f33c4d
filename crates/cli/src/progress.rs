//! Progress of a long `--jsonl` run on stderr: an indicatif bar when stderr is a terminal, and
//! otherwise a plain line every ten seconds so batch jobs' logs show the run is alive.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

const LOG_EVERY: Duration = Duration::from_secs(10);

pub struct Progress {
    bar: Option<ProgressBar>,
    started: Instant,
    last_log: std::cell::Cell<Instant>,
    bytes: AtomicU64,
    lines: AtomicU64,
}

impl Progress {
    /// `total_bytes` is the input's size when known (a file), for a bar with an end.
    pub fn new(total_bytes: Option<u64>) -> Progress {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = match total_bytes {
                Some(total) => ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr()).with_style(
                    ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} · {msg} · {elapsed} (eta {eta})")
                        .expect("valid template"),
                ),
                None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()).with_style(
                    ProgressStyle::with_template("{spinner} {bytes} read · {msg} · {elapsed}").expect("valid template"),
                ),
            };
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        let now = Instant::now();
        Progress {
            bar,
            started: now,
            last_log: std::cell::Cell::new(now),
            bytes: AtomicU64::new(0),
            lines: AtomicU64::new(0),
        }
    }

    pub fn read(&self, bytes: u64) {
        self.bytes.fetch_add(bytes, Ordering::Relaxed);
        if let Some(bar) = &self.bar {
            bar.inc(bytes);
        }
    }

    pub fn done_line(&self) {
        let lines = self.lines.fetch_add(1, Ordering::Relaxed) + 1;
        match &self.bar {
            Some(bar) => bar.set_message(format!("{lines} lines")),
            None if self.last_log.get().elapsed() >= LOG_EVERY => {
                self.last_log.set(Instant::now());
                eprintln!("progress: {}", self.summary());
            }
            None => {}
        }
    }

    /// Prints a message (an error line) without breaking the bar.
    pub fn println(&self, message: &str) {
        match &self.bar {
            Some(bar) => bar.println(message),
            None => eprintln!("{message}"),
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
        // Only runs long enough to have logged progress end with a summary line.
        if self.started.elapsed() >= LOG_EVERY {
            eprintln!("done: {}", self.summary());
        }
    }

    fn summary(&self) -> String {
        let secs = self.started.elapsed().as_secs_f64();
        let lines = self.lines.load(Ordering::Relaxed);
        let mb = self.bytes.load(Ordering::Relaxed) as f64 / 1e6;
        format!("{lines} lines, {mb:.1} MB in {secs:.0} s ({:.1} MB/s)", mb / secs.max(1e-9))
    }
}
