//! [`Store`] on SQLite: WAL journal, `synchronous=FULL`, one connection behind a mutex.

use super::{Store, StoreError, StoreResult};
use rusqlite::{Connection, OptionalExtension, params};
use std::path::Path;
use std::sync::{Mutex, MutexGuard};

/// Current schema version; [`SqliteStore::open`] migrates older databases step by step.
const SCHEMA_VERSION: i64 = 1;

pub struct SqliteStore {
    conn: Mutex<Connection>,
    new: bool,
}

impl SqliteStore {
    /// Open (or create) the database at `path` and bring its schema up to date.
    pub fn open(path: &Path) -> StoreResult<Self> {
        let conn = Connection::open(path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let new = migrate(&conn)?;
        Ok(Self {
            conn: Mutex::new(conn),
            new,
        })
    }

    fn conn(&self) -> StoreResult<MutexGuard<'_, Connection>> {
        self.conn.lock().map_err(|_| StoreError::Poisoned)
    }
}

/// Create or upgrade the schema; true when the database was empty.
fn migrate(conn: &Connection) -> StoreResult<bool> {
    conn.execute_batch("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")?;
    let version: Option<i64> = conn
        .query_row("SELECT MAX(version) FROM schema_version", [], |r| r.get(0))
        .optional()?
        .flatten();
    let current = version.unwrap_or(0);
    if current < 1 {
        conn.execute_batch(&format!(
            "BEGIN;
             CREATE TABLE documents (
                 seq  INTEGER PRIMARY KEY AUTOINCREMENT,
                 kind TEXT NOT NULL,
                 id   TEXT NOT NULL,
                 body TEXT NOT NULL,
                 UNIQUE (kind, id)
             );
             INSERT INTO schema_version (version) VALUES ({SCHEMA_VERSION});
             COMMIT;"
        ))?;
    }
    Ok(current == 0)
}

impl Store for SqliteStore {
    fn get_raw(&self, kind: &str, id: &str) -> StoreResult<Option<String>> {
        let conn = self.conn()?;
        Ok(conn
            .query_row(
                "SELECT body FROM documents WHERE kind = ?1 AND id = ?2",
                params![kind, id.to_ascii_lowercase()],
                |r| r.get(0),
            )
            .optional()?)
    }

    fn list_raw(&self, kind: &str) -> StoreResult<Vec<String>> {
        let conn = self.conn()?;
        let mut stmt =
            conn.prepare_cached("SELECT body FROM documents WHERE kind = ?1 ORDER BY seq")?;
        let rows = stmt.query_map(params![kind], |r| r.get(0))?;
        Ok(rows.collect::<Result<Vec<String>, _>>()?)
    }

    fn put_raw(&self, kind: &str, id: &str, json: &str) -> StoreResult<()> {
        let conn = self.conn()?;
        conn.execute(
            "INSERT INTO documents (kind, id, body) VALUES (?1, ?2, ?3)
             ON CONFLICT (kind, id) DO UPDATE SET body = excluded.body",
            params![kind, id.to_ascii_lowercase(), json],
        )?;
        Ok(())
    }

    fn put_many_raw(&self, docs: &[(String, String, String)]) -> StoreResult<()> {
        let mut conn = self.conn()?;
        let tx = conn.transaction()?;
        for (kind, id, json) in docs {
            tx.execute(
                "INSERT INTO documents (kind, id, body) VALUES (?1, ?2, ?3)
                 ON CONFLICT (kind, id) DO UPDATE SET body = excluded.body",
                params![kind, id.to_ascii_lowercase(), json],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    fn is_new(&self) -> bool {
        self.new
    }
}
