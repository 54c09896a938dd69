//! Wall time per pipeline phase, so that a slow generation can be explained without a profiler
//! (`cargo xtask codegen --timings`, the `bench` example's `--timings`).
//!
//! Phases on the two generation threads overlap: a phase's name says which thread ran it
//! (`client: …` and `server: …`), and the document's wall time is not their sum.

use std::fmt;
use std::time::{Duration, Instant};

/// The phases of one generation, each as (thread, phase, wall time), in the order they finished
/// on their thread.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Timings {
    thread: &'static str,
    phases: Vec<(&'static str, &'static str, Duration)>,
}

impl Timings {
    /// Timings for the phases that run on `thread` (`main`, `client`, `server`).
    pub fn on(thread: &'static str) -> Self {
        Self {
            thread,
            phases: Vec::new(),
        }
    }

    /// Run `work`, adding its wall time to `phase` (a phase that runs several times on one
    /// thread, such as formatting one part of a file, is reported as its total).
    pub fn time<T>(&mut self, phase: &'static str, work: impl FnOnce() -> T) -> T {
        let start = Instant::now();
        let out = work();
        self.since(phase, start);
        out
    }

    /// Add the time from `start` until now to `phase` (for a phase that encloses others).
    pub fn since(&mut self, phase: &'static str, start: Instant) {
        let elapsed = start.elapsed();
        let thread = self.thread;
        match self
            .phases
            .iter_mut()
            .find(|(t, p, _)| *t == thread && *p == phase)
        {
            Some((_, _, total)) => *total += elapsed,
            None => self.phases.push((thread, phase, elapsed)),
        }
    }

    /// Every recorded phase: (thread, phase, wall time).
    pub fn phases(&self) -> &[(&'static str, &'static str, Duration)] {
        &self.phases
    }

    /// Append the phases another thread recorded.
    pub fn append(&mut self, other: Timings) {
        self.phases.extend(other.phases);
    }
}

impl fmt::Display for Timings {
    /// One `thread phase 12.3 ms` line per phase.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (thread, phase, time) in &self.phases {
            writeln!(
                f,
                "{thread:<7} {phase:<22} {:>9.1} ms",
                time.as_secs_f64() * 1e3
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phases_keep_their_order_and_results() {
        let mut timings = Timings::on("main");
        assert_eq!(timings.time("first", || 1 + 1), 2);
        timings.time("first", || ());
        let mut other = Timings::on("server");
        other.time("second", || std::thread::sleep(Duration::from_millis(2)));
        timings.append(other);
        let names: Vec<(&str, &str)> = timings.phases().iter().map(|(t, n, _)| (*t, *n)).collect();
        assert_eq!(names, [("main", "first"), ("server", "second")]);
        assert!(timings.phases()[1].2 >= Duration::from_millis(2));
        assert!(timings.to_string().starts_with("main    first "));
        assert_eq!(timings.to_string().lines().count(), 2, "one line per phase");
    }
}
