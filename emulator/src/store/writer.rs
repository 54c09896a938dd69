//! The writer thread: the only connection that writes, with group commit.
//!
//! It takes the first queued job, then every job already queued behind it (up to a maximum),
//! runs them one after another inside one `BEGIN IMMEDIATE` transaction, each in a savepoint of
//! its own (a failing or panicking job is rolled back alone), and commits once. With
//! `synchronous=FULL` the commit is the fsync, so N queued writes cost one fsync instead of N.
//! Every caller is told the outcome only after the commit returned.

use super::{Done, JobOutcome, StoreError, StoreResult, WriteJob};
use rusqlite::Connection;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Mutex, PoisonError};
use std::thread::JoinHandle;

/// A queued job and whom to tell how its commit went.
struct Queued {
    job: WriteJob,
    done: Done,
}

/// Handle to the writer thread; dropping it lets the thread finish the queue and stop.
pub struct Writer {
    queue: Mutex<Option<Sender<Queued>>>,
    thread: Mutex<Option<JoinHandle<()>>>,
}

impl Writer {
    /// Start the writer thread on `conn`, committing up to `max_group` jobs together.
    pub fn start(conn: Connection, max_group: usize) -> std::io::Result<Self> {
        let (tx, rx) = channel::<Queued>();
        let max_group = max_group.max(1);
        let thread = std::thread::Builder::new()
            .name("mim-store-writer".into())
            .spawn(move || run(conn, rx, max_group))?;
        Ok(Self {
            queue: Mutex::new(Some(tx)),
            thread: Mutex::new(Some(thread)),
        })
    }

    /// Queue `job`; `done` is called once its group is committed (or failed).
    pub fn submit(&self, job: WriteJob, done: Done) {
        let queue = self.queue.lock().unwrap_or_else(PoisonError::into_inner);
        let refused = match queue.as_ref() {
            Some(sender) => sender.send(Queued { job, done }).err().map(|e| e.0.done),
            None => Some(done),
        };
        if let Some(done) = refused {
            done(Err(StoreError::WriterGone));
        }
    }
}

impl Drop for Writer {
    fn drop(&mut self) {
        self.queue
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        if let Some(thread) = self
            .thread
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
        {
            let _ = thread.join();
        }
    }
}

fn run(conn: Connection, rx: Receiver<Queued>, max_group: usize) {
    while let Ok(first) = rx.recv() {
        let mut group = vec![first];
        while group.len() < max_group {
            match rx.try_recv() {
                Ok(next) => group.push(next),
                Err(_) => break,
            }
        }
        commit_group(&conn, group);
    }
}

/// Run `group` in one transaction and tell every caller how it ended.
fn commit_group(conn: &Connection, group: Vec<Queued>) {
    if let Err(e) = conn.execute_batch("BEGIN IMMEDIATE") {
        let message = e.to_string();
        for queued in group {
            (queued.done)(Err(StoreError::Invalid(format!("begin failed: {message}"))));
        }
        return;
    }
    let mut waiting = Vec::with_capacity(group.len());
    for Queued { job, done } in group {
        let outcome = run_job(conn, job);
        waiting.push((done, outcome));
    }
    let committed = conn.execute_batch("COMMIT");
    if committed.is_err() {
        let _ = conn.execute_batch("ROLLBACK");
    }
    for (done, outcome) in waiting {
        let report = match (&committed, outcome) {
            (Ok(()), Ok(())) => Ok(()),
            (Err(e), _) => Err(StoreError::Invalid(format!("commit failed: {e}"))),
            (Ok(()), Err(e)) => Err(e),
        };
        done(report);
    }
}

/// One job in its savepoint. `Ok` also when the job discarded its changes on purpose (its own
/// result says why); `Err` only when the database failed around it or the job panicked.
fn run_job(conn: &Connection, job: WriteJob) -> StoreResult<()> {
    conn.execute_batch("SAVEPOINT job")?;
    let outcome = catch_unwind(AssertUnwindSafe(|| job(conn)));
    match outcome {
        Ok(JobOutcome::Keep) => {
            conn.execute_batch("RELEASE job")?;
            Ok(())
        }
        Ok(JobOutcome::Discard) => {
            conn.execute_batch("ROLLBACK TO job; RELEASE job")?;
            Ok(())
        }
        Err(_) => {
            conn.execute_batch("ROLLBACK TO job; RELEASE job")?;
            Err(StoreError::Invalid("a write job panicked".into()))
        }
    }
}
