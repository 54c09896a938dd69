//! Reader threads: a few threads, each with its own read-only WAL connection, that run queued
//! read jobs one at a time in a read transaction (one consistent snapshot per job).
//!
//! Why threads and not the blocking pool: a connection is expensive to open (pragmas, schema
//! parse, statement cache) and a busy server would otherwise run one blocking thread per request
//! on two cores; a fixed set of warm connections serves the same load with less switching.

use super::ReadJob;
use rusqlite::Connection;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;

/// Handle to the reader threads; dropping it lets them finish the queue and stop.
pub struct Readers {
    queue: Mutex<Option<Sender<ReadJob>>>,
    threads: Mutex<Vec<JoinHandle<()>>>,
}

impl Readers {
    /// Start one thread per connection in `connections`.
    pub fn start(connections: Vec<Connection>) -> std::io::Result<Self> {
        let (tx, rx) = channel::<ReadJob>();
        let rx = Arc::new(Mutex::new(rx));
        let mut threads = Vec::new();
        for (i, conn) in connections.into_iter().enumerate() {
            let rx = rx.clone();
            threads.push(
                std::thread::Builder::new()
                    .name(format!("mim-store-reader-{i}"))
                    .spawn(move || run(&conn, &rx))?,
            );
        }
        Ok(Self {
            queue: Mutex::new(Some(tx)),
            threads: Mutex::new(threads),
        })
    }

    /// Queue `job`; dropped unrun when the readers have stopped (its reply channel then closes).
    pub fn submit(&self, job: ReadJob) {
        let queue = self.queue.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(sender) = queue.as_ref() {
            let _ = sender.send(job);
        }
    }
}

impl Drop for Readers {
    fn drop(&mut self) {
        self.queue
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        let threads =
            std::mem::take(&mut *self.threads.lock().unwrap_or_else(PoisonError::into_inner));
        for thread in threads {
            let _ = thread.join();
        }
    }
}

fn run(conn: &Connection, rx: &Mutex<Receiver<ReadJob>>) {
    loop {
        let next = rx.lock().unwrap_or_else(PoisonError::into_inner).recv();
        let Ok(job) = next else { return };
        if conn.execute_batch("BEGIN DEFERRED").is_err() {
            // Dropping the job closes its reply channel: the caller answers 500.
            continue;
        }
        // A panicking job must not take the thread (and its connection) down.
        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| job(conn)));
        let _ = conn.execute_batch("COMMIT");
    }
}
