//! [`Store`] on SQLite: WAL journal, `synchronous=FULL`, one writer thread (group commit, see
//! `writer`) and a pool of read connections of their own.

use super::readers::Readers;
use super::writer::Writer;
use super::{Done, ReadJob, Store, StoreError, StoreResult, WriteJob, schema};
use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

/// Reader threads, each with its own connection (see `readers`).
const READ_THREADS: usize = 4;
/// Idle read connections kept for synchronous callers (authentication). Opening one costs far
/// more than a read (file open, pragmas, schema parse), so they are reused; more are opened
/// under a burst and closed after.
const IDLE_READERS: usize = 32;
/// Prepared statements cached per connection (every query of the store fits).
const STATEMENT_CACHE: usize = 64;

pub struct SqliteStore {
    path: PathBuf,
    /// Connections for [`Store::read_dyn`] (synchronous callers), reused.
    idle: Mutex<Vec<Connection>>,
    readers: Readers,
    writer: Writer,
    new: bool,
}

fn configure(conn: &Connection) -> StoreResult<()> {
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.busy_timeout(Duration::from_secs(5))?;
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    Ok(())
}

impl SqliteStore {
    /// Open (or create) the database at `path`, bring its schema up to date (migrating a v1
    /// document database) and start the writer thread (group commit of up to `write_group_max`
    /// jobs) and the reader threads.
    pub fn open(path: &Path, write_group_max: usize) -> StoreResult<Self> {
        let mut conn = Connection::open(path)?;
        configure(&conn)?;
        let new = schema::migrate(&mut conn)?;
        let writer = Writer::start(conn, write_group_max)
            .map_err(|e| StoreError::Invalid(format!("cannot start the writer thread: {e}")))?;
        let connections = (0..READ_THREADS)
            .map(|_| open_reader(path))
            .collect::<StoreResult<Vec<_>>>()?;
        let readers = Readers::start(connections)
            .map_err(|e| StoreError::Invalid(format!("cannot start the reader threads: {e}")))?;
        Ok(Self {
            path: path.to_path_buf(),
            idle: Mutex::new(Vec::new()),
            readers,
            writer,
            new,
        })
    }
}

fn open_reader(path: &Path) -> StoreResult<Connection> {
    let conn = Connection::open(path)?;
    configure(&conn)?;
    conn.pragma_update(None, "query_only", "ON")?;
    Ok(conn)
}

impl Store for SqliteStore {
    fn is_new(&self) -> bool {
        self.new
    }

    fn read_dyn(&self, f: &mut dyn FnMut(&Connection) -> StoreResult<()>) -> StoreResult<()> {
        let pooled = self
            .idle
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop();
        let conn = match pooled {
            Some(conn) => conn,
            None => open_reader(&self.path)?,
        };
        // A read is one implicit transaction per statement; group them so `f` sees one snapshot.
        conn.execute_batch("BEGIN DEFERRED")?;
        let result = f(&conn);
        let ended = conn.execute_batch("COMMIT");
        let mut idle = self.idle.lock().unwrap_or_else(PoisonError::into_inner);
        if ended.is_ok() && idle.len() < IDLE_READERS {
            idle.push(conn);
        }
        result.and(ended.map_err(StoreError::from))
    }

    fn enqueue_read(&self, job: ReadJob) {
        self.readers.submit(job);
    }

    fn enqueue_write(&self, job: WriteJob, done: Done) {
        self.writer.submit(job, done);
    }
}
