//! Storage: typed rows in a relational SQLite schema, behind the object-safe [`Store`] trait.
//!
//! Why this shape:
//! - **One writer, a few readers.** Every change runs on one writer thread inside its
//!   transaction (see `writer`), which commits the jobs queued while the previous commit was
//!   syncing as one group: `synchronous=FULL` stays, and a job's caller only gets its result
//!   after the commit (so a 2xx always means durable). Reads run on a small pool of reader
//!   threads, each with its own WAL connection (see `readers`), and never wait for the writer.
//! - **Read-modify-write is one job.** A state transition reads, checks and writes inside one
//!   writer job; jobs run one at a time, so of two racing transitions exactly one sees the old
//!   state and wins, and the other sees the new state and answers 409.
//! - **Never on the async workers.** The API handlers hand their work to the reader threads
//!   ([`read_async`]) or the writer thread ([`write_async`]) and await a oneshot reply; no
//!   SQLite call runs on a tokio worker, and no thread is parked per request.
//!
//! The row types here are the storage format; the wire types are built from them (a spec change
//! cannot silently change the database).

pub mod cm;
mod legacy;
pub mod pam;
mod readers;
pub(crate) mod schema;
mod sqlite;
pub mod users;
mod writer;

pub use sqlite::SqliteStore;

use crate::error::Fail;
use mim_wire::MimDateTime;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use std::sync::{Arc, Mutex};
use uuid::Uuid;

/// Default most write jobs committed together (see `writer`).
pub const DEFAULT_WRITE_GROUP: usize = 512;

/// A storage failure (always answered with 500).
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("stored document is invalid: {0}")]
    Json(#[from] serde_json::Error),
    #[error("stored value is invalid: {0}")]
    Invalid(String),
    #[error("the storage writer has stopped")]
    WriterGone,
}

pub type StoreResult<T> = Result<T, StoreError>;

/// An account that may sign in.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct User {
    /// MIM Service object id (`CreatorID`, `RequestorID`).
    pub id: Uuid,
    /// `DOMAIN\name`, e.g. `PRIV\Jen`.
    pub name: String,
    pub password: String,
    /// The user's identity in Certificate Management (`TargetUserUuid`, `AssignedUserUuid`).
    #[serde(default)]
    pub cm_uuid: Option<Uuid>,
}

impl User {
    /// `(domain, account)`: `PRIV\Jen` → `("PRIV", "Jen")`; a name without `\` has domain `""`.
    pub fn domain_and_account(&self) -> (&str, &str) {
        self.name.split_once('\\').unwrap_or(("", &self.name))
    }
}

/// A PAM role as stored (without its member lists).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct RoleRow {
    pub id: Uuid,
    pub display_name: String,
    pub description: Option<String>,
    /// Maximum TTL, seconds.
    pub ttl: i64,
    pub available_from: MimDateTime,
    pub available_to: MimDateTime,
    pub mfa_enabled: bool,
    pub approval_enabled: bool,
    pub availability_window_enabled: bool,
}

/// A PAM role with its candidates and approvers (user ids); v1 stored this shape as JSON.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Role {
    #[serde(flatten)]
    pub row: RoleRow,
    pub candidates: Vec<Uuid>,
    pub approvers: Vec<Uuid>,
}

/// The status a PAM request has in storage; `Expired` and the `Scheduled` → `Active` step are
/// derived from the clock when read (see `pam::effective_status`).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub enum StoredStatus {
    PendingApproval,
    PendingMFA,
    Scheduled,
    Active,
    Closed,
    Rejected,
    Expired,
}

impl StoredStatus {
    /// Every status, for parsing.
    pub const ALL: [StoredStatus; 7] = [
        Self::PendingApproval,
        Self::PendingMFA,
        Self::Scheduled,
        Self::Active,
        Self::Closed,
        Self::Rejected,
        Self::Expired,
    ];

    /// The name stored in the `status` column (and shown on the wire).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::PendingApproval => "PendingApproval",
            Self::PendingMFA => "PendingMFA",
            Self::Scheduled => "Scheduled",
            Self::Active => "Active",
            Self::Closed => "Closed",
            Self::Rejected => "Rejected",
            Self::Expired => "Expired",
        }
    }

    /// The inverse of [`Self::as_str`].
    pub fn parse(text: &str) -> StoreResult<Self> {
        Self::ALL
            .into_iter()
            .find(|s| s.as_str() == text)
            .ok_or_else(|| StoreError::Invalid(format!("unknown PAM request status `{text}`")))
    }
}

/// A PAM request as stored.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct PamRequestRow {
    pub id: Uuid,
    pub creator: Uuid,
    pub role_id: Uuid,
    pub justification: Option<String>,
    pub creation_time: MimDateTime,
    pub expiration_time: MimDateTime,
    pub requested_ttl: i64,
    pub requested_time: MimDateTime,
    pub status: StoredStatus,
    /// The approval object id, while (or after) the request needed approval.
    pub approval_id: Option<Uuid>,
}

/// What a writer job asks for its changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobOutcome {
    /// Keep the job's changes (committed with its group).
    Keep,
    /// Undo the job's changes (its savepoint is rolled back; the group goes on).
    Discard,
}

/// A unit of work for the writer thread; runs inside the group's transaction.
pub type WriteJob = Box<dyn FnOnce(&Connection) -> JobOutcome + Send>;

/// Told how a write job's commit went (called on the writer thread, after the commit).
pub type Done = Box<dyn FnOnce(StoreResult<()>) + Send>;

/// A unit of work for a reader thread; runs in a read transaction (one snapshot).
pub type ReadJob = Box<dyn FnOnce(&Connection) + Send>;

/// The storage the API implementations need. Object safe, so the app holds an `Arc<dyn Store>`;
/// use the typed helpers of [`StoreExt`].
pub trait Store: Send + Sync + 'static {
    /// True when the database was created by this process (so it needs seeding).
    fn is_new(&self) -> bool;
    /// Run `f` on a read connection, in the calling thread (a consistent snapshot of committed
    /// data). For the few synchronous callers; the API handlers use [`read_async`].
    fn read_dyn(&self, f: &mut dyn FnMut(&Connection) -> StoreResult<()>) -> StoreResult<()>;
    /// Queue `job` for a reader thread. When the store is shut down the job is dropped unrun.
    fn enqueue_read(&self, job: ReadJob);
    /// Queue `job` for the writer thread; `done` is called after its group's commit.
    fn enqueue_write(&self, job: WriteJob, done: Done);

    /// Run `job` on the writer thread and block until its group is committed (or failed).
    fn write_dyn(&self, job: WriteJob) -> StoreResult<()> {
        let (tx, rx) = std::sync::mpsc::sync_channel(1);
        self.enqueue_write(
            job,
            Box::new(move |result| {
                let _ = tx.send(result);
            }),
        );
        rx.recv().map_err(|_| StoreError::WriterGone)?
    }

    /// The user a login name denotes: `PRIV\Jen`, `PRIV.Jen`, `Jen@PRIV` or `Jen`, all
    /// case-insensitively (indexed).
    fn user_by_login(&self, login: &str) -> StoreResult<Option<User>> {
        let mut found = None;
        self.read_dyn(&mut |conn| {
            found = users::by_login(conn, login)?;
            Ok(())
        })?;
        Ok(found)
    }

    /// The user with `account` in `domain`, case-insensitively (Kerberos `jen@PRIV.TEST` →
    /// domain `PRIV`, account `jen`).
    fn user_by_account(&self, domain: &str, account: &str) -> StoreResult<Option<User>> {
        let mut found = None;
        self.read_dyn(&mut |conn| {
            found = users::by_account(conn, domain, account)?;
            Ok(())
        })?;
        Ok(found)
    }
}

/// Typed blocking helpers over any [`Store`] (seeding, tests); the API uses [`read_async`] and
/// [`write_async`].
pub trait StoreExt: Store {
    /// Run `f` on a read connection.
    fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T, Fail>) -> Result<T, Fail> {
        let mut f = Some(f);
        let mut out = None;
        self.read_dyn(&mut |conn| {
            if let Some(f) = f.take() {
                out = Some(f(conn));
            }
            Ok(())
        })?;
        out.unwrap_or_else(|| Err(Fail::Internal("the read did not run".into())))
    }

    /// Run `f` as one writer job: its reads and writes are atomic with respect to every other
    /// write, its changes are kept only when it returns `Ok`, and this returns after the commit.
    fn write<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Connection) -> Result<T, Fail> + Send + 'static,
    ) -> Result<T, Fail> {
        let (job, slot) = write_job(f);
        self.write_dyn(job)?;
        take_result(&slot)
    }
}

/// Where a write job leaves its result until the commit is known.
type Slot<T> = Arc<Mutex<Option<Result<T, Fail>>>>;

/// `f` as a writer job that keeps its changes only on `Ok`, and the slot it leaves its result in.
fn write_job<T: Send + 'static>(
    f: impl FnOnce(&Connection) -> Result<T, Fail> + Send + 'static,
) -> (WriteJob, Slot<T>) {
    let slot: Slot<T> = Arc::new(Mutex::new(None));
    let job_slot = slot.clone();
    let job: WriteJob = Box::new(move |conn| {
        let result = f(conn);
        let outcome = if result.is_ok() {
            JobOutcome::Keep
        } else {
            JobOutcome::Discard
        };
        if let Ok(mut guard) = job_slot.lock() {
            *guard = Some(result);
        }
        outcome
    });
    (job, slot)
}

fn take_result<T>(slot: &Slot<T>) -> Result<T, Fail> {
    let result = slot.lock().ok().and_then(|mut guard| guard.take());
    result.unwrap_or_else(|| Err(Fail::Internal("the write job did not run".into())))
}

impl<S: Store + ?Sized> StoreExt for S {}

/// A date-time as an orderable integer: 100 ns ticks since the Unix epoch (UTC), for indexes
/// and SQL comparisons. Every `MimDateTime` is a whole number of ticks, so this is exact.
pub fn instant_ticks(value: &MimDateTime) -> i64 {
    let utc = value.to_utc();
    utc.timestamp() * 10_000_000 + i64::from(utc.timestamp_subsec_nanos() / 100)
}

/// A uuid column value (lower case, hyphenated).
pub fn uuid_text(id: &Uuid) -> String {
    id.hyphenated().to_string()
}

/// Run a (cached) query and collect every row through `map`.
pub(crate) fn query_all<T>(
    conn: &Connection,
    sql: &str,
    params: impl rusqlite::Params,
    map: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> StoreResult<Vec<T>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map(params, map)?;
    Ok(rows.collect::<Result<Vec<_>, _>>()?)
}

/// Parse a uuid column.
pub fn parse_uuid(text: &str) -> rusqlite::Result<Uuid> {
    text.parse().map_err(|e: uuid::Error| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// Parse a date-time column (the exact wire form).
pub fn parse_datetime(text: &str) -> rusqlite::Result<MimDateTime> {
    text.parse().map_err(|e: mim_wire::MimDateTimeError| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// Run `f` on one of the store's reader threads and await its result; the async worker is free
/// meanwhile.
pub async fn read_async<T: Send + 'static>(
    store: &Arc<dyn Store>,
    f: impl FnOnce(&Connection) -> Result<T, Fail> + Send + 'static,
) -> Result<T, Fail> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    store.enqueue_read(Box::new(move |conn| {
        let _ = tx.send(f(conn));
    }));
    rx.await
        .unwrap_or_else(|_| Err(Fail::Internal("the storage readers have stopped".into())))
}

/// [`StoreExt::write`] without blocking: queue `f` as one writer job and await its commit.
pub async fn write_async<T: Send + 'static>(
    store: &Arc<dyn Store>,
    f: impl FnOnce(&Connection) -> Result<T, Fail> + Send + 'static,
) -> Result<T, Fail> {
    let (job, slot) = write_job(f);
    let (tx, rx) = tokio::sync::oneshot::channel();
    store.enqueue_write(
        job,
        Box::new(move |result| {
            let _ = tx.send(result);
        }),
    );
    rx.await.map_err(|_| StoreError::WriterGone)??;
    take_result(&slot)
}
