//! [`Store`] on SQLite: WAL journal, `synchronous=FULL`, one writer thread (group commit, see
//! `writer`) and a pool of read connections of their own.

use super::writer::Writer;
use super::{Store, StoreError, StoreResult, WriteJob, schema};
use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

/// Idle read connections kept for reuse (more are opened under load and closed after).
const IDLE_READERS: usize = 32;

pub struct SqliteStore {
    path: PathBuf,
    readers: Mutex<Vec<Connection>>,
    writer: Writer,
    new: bool,
}

fn configure(conn: &Connection) -> StoreResult<()> {
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.busy_timeout(Duration::from_secs(5))?;
    Ok(())
}

impl SqliteStore {
    /// Open (or create) the database at `path`, bring its schema up to date (migrating a v1
    /// document database) and start the writer thread.
    pub fn open(path: &Path) -> StoreResult<Self> {
        let mut conn = Connection::open(path)?;
        configure(&conn)?;
        let new = schema::migrate(&mut conn)?;
        let writer = Writer::start(conn)
            .map_err(|e| StoreError::Invalid(format!("cannot start the writer thread: {e}")))?;
        Ok(Self {
            path: path.to_path_buf(),
            readers: Mutex::new(Vec::new()),
            writer,
            new,
        })
    }

    fn open_reader(&self) -> StoreResult<Connection> {
        let conn = Connection::open(&self.path)?;
        configure(&conn)?;
        conn.pragma_update(None, "query_only", "ON")?;
        Ok(conn)
    }
}

impl Store for SqliteStore {
    fn is_new(&self) -> bool {
        self.new
    }

    fn read_dyn(&self, f: &mut dyn FnMut(&Connection) -> StoreResult<()>) -> StoreResult<()> {
        let pooled = self
            .readers
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop();
        let conn = match pooled {
            Some(conn) => conn,
            None => self.open_reader()?,
        };
        // A read is one implicit transaction per statement; group them so `f` sees one snapshot.
        conn.execute_batch("BEGIN DEFERRED")?;
        let result = f(&conn);
        let ended = conn.execute_batch("COMMIT");
        let mut idle = self.readers.lock().unwrap_or_else(PoisonError::into_inner);
        if ended.is_ok() && idle.len() < IDLE_READERS {
            idle.push(conn);
        }
        result.and(ended.map_err(StoreError::from))
    }

    fn write_dyn(&self, job: WriteJob) -> StoreResult<()> {
        self.writer.submit(job)
    }
}
