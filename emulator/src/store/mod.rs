//! Storage: the [`Store`] trait (what the API implementations need) and its SQLite implementation.
//!
//! Rows are typed records serialized as JSON documents, keyed by kind and id; every write is its
//! own committed transaction, so a 2xx is only answered after the change is durable.

mod sqlite;

pub use sqlite::SqliteStore;

use mim_wire::MimDateTime;
use serde::{Deserialize, Serialize, de::DeserializeOwned};
use uuid::Uuid;

/// A storage failure (always answered with 500).
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("stored document is invalid: {0}")]
    Json(#[from] serde_json::Error),
    #[error("the database lock was poisoned")]
    Poisoned,
}

pub type StoreResult<T> = Result<T, StoreError>;

/// An account that may sign in (HTTP Basic).
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

/// A PAM role with its candidates and approvers (user ids).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Role {
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

/// Document kinds.
pub mod kind {
    pub const USER: &str = "user";
    pub const ROLE: &str = "pam_role";
    pub const PAM_REQUEST: &str = "pam_request";
    pub const CM_TEMPLATE: &str = "cm_template";
    pub const CM_REQUEST: &str = "cm_request";
    pub const CM_SMARTCARD: &str = "cm_smartcard";
    pub const CM_PROFILE: &str = "cm_profile";
    pub const CM_CERTIFICATE: &str = "cm_certificate";
}

/// Raw document storage. Implementations must commit every `put` before returning.
pub trait Store: Send + Sync + 'static {
    /// The JSON document of `kind`/`id`, if any.
    fn get_raw(&self, kind: &str, id: &str) -> StoreResult<Option<String>>;
    /// All documents of `kind`, in insertion order.
    fn list_raw(&self, kind: &str) -> StoreResult<Vec<String>>;
    /// Insert or replace a document (committed on return).
    fn put_raw(&self, kind: &str, id: &str, json: &str) -> StoreResult<()>;
    /// Insert or replace many documents in one transaction (used by seeding).
    fn put_many_raw(&self, docs: &[(String, String, String)]) -> StoreResult<()>;
    /// True when the database was created by this process (so it needs seeding).
    fn is_new(&self) -> bool;
}

/// Typed helpers over any [`Store`].
pub trait StoreExt: Store {
    fn get<T: DeserializeOwned>(&self, kind: &str, id: &str) -> StoreResult<Option<T>> {
        match self.get_raw(kind, id)? {
            Some(json) => Ok(Some(serde_json::from_str(&json)?)),
            None => Ok(None),
        }
    }

    fn list<T: DeserializeOwned>(&self, kind: &str) -> StoreResult<Vec<T>> {
        self.list_raw(kind)?
            .iter()
            .map(|j| Ok(serde_json::from_str(j)?))
            .collect()
    }

    fn put<T: Serialize>(&self, kind: &str, id: &str, value: &T) -> StoreResult<()> {
        self.put_raw(kind, id, &serde_json::to_string(value)?)
    }
}

impl<S: Store + ?Sized> StoreExt for S {}
