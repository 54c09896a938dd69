//! Schema versions and migrations.
//!
//! - v1 (the first releases): one `documents (seq, kind, id, body)` table of JSON documents.
//! - v2: typed tables with foreign keys and indexes; a v1 database is migrated on first start
//!   (every document decoded with the v1 shapes and inserted as typed rows), in the same
//!   transaction that creates the tables, so a failed migration leaves the file untouched.

use super::StoreResult;
use rusqlite::{Connection, OptionalExtension};

/// The schema this code writes.
pub const SCHEMA_VERSION: i64 = 2;

const V2_TABLES: &str = "
CREATE TABLE users (
    seq      INTEGER PRIMARY KEY,
    id       TEXT NOT NULL UNIQUE,
    domain   TEXT NOT NULL COLLATE NOCASE,
    account  TEXT NOT NULL COLLATE NOCASE,
    password TEXT NOT NULL,
    cm_uuid  TEXT
);
CREATE INDEX users_by_account ON users (account, domain);

CREATE TABLE roles (
    seq             INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    display_name    TEXT NOT NULL,
    description     TEXT,
    ttl             INTEGER NOT NULL,
    available_from  TEXT NOT NULL,
    available_from_ticks INTEGER NOT NULL,
    available_to    TEXT NOT NULL,
    available_to_ticks INTEGER NOT NULL,
    mfa_enabled     INTEGER NOT NULL,
    approval_enabled INTEGER NOT NULL,
    window_enabled  INTEGER NOT NULL
);
CREATE TABLE role_candidates (
    role_id TEXT NOT NULL REFERENCES roles (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    PRIMARY KEY (role_id, user_id)
) WITHOUT ROWID;
CREATE INDEX role_candidates_by_user ON role_candidates (user_id);
CREATE TABLE role_approvers (
    role_id TEXT NOT NULL REFERENCES roles (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    PRIMARY KEY (role_id, user_id)
) WITHOUT ROWID;
CREATE INDEX role_approvers_by_user ON role_approvers (user_id);

CREATE TABLE pam_requests (
    seq              INTEGER PRIMARY KEY AUTOINCREMENT,
    id               TEXT NOT NULL UNIQUE,
    creator          TEXT NOT NULL REFERENCES users (id),
    role_id          TEXT NOT NULL REFERENCES roles (id),
    justification    TEXT,
    creation_time    TEXT NOT NULL,
    creation_ticks   INTEGER NOT NULL,
    expiration_time  TEXT NOT NULL,
    expiration_ticks INTEGER NOT NULL,
    requested_ttl    INTEGER NOT NULL,
    requested_time   TEXT NOT NULL,
    requested_ticks  INTEGER NOT NULL,
    status           TEXT NOT NULL,
    approval_id      TEXT UNIQUE
);
CREATE INDEX pam_requests_by_creator ON pam_requests (creator, seq);
CREATE INDEX pam_requests_by_status ON pam_requests (status, expiration_ticks);
CREATE INDEX pam_requests_by_role ON pam_requests (role_id, status);

CREATE TABLE cm_templates (
    seq               INTEGER PRIMARY KEY,
    uuid              TEXT NOT NULL UNIQUE,
    name              TEXT NOT NULL,
    description       TEXT NOT NULL,
    smartcard         INTEGER NOT NULL,
    virtual_smartcard INTEGER NOT NULL
);
CREATE TABLE cm_smartcards (
    seq      INTEGER PRIMARY KEY,
    uuid     TEXT NOT NULL UNIQUE,
    serial   TEXT NOT NULL COLLATE NOCASE,
    atr      TEXT NOT NULL,
    owner    TEXT NOT NULL,
    template TEXT NOT NULL REFERENCES cm_templates (uuid),
    status   INTEGER NOT NULL
);
CREATE INDEX cm_smartcards_by_owner ON cm_smartcards (owner);
CREATE INDEX cm_smartcards_by_serial ON cm_smartcards (serial);
CREATE TABLE cm_profiles (
    seq      INTEGER PRIMARY KEY,
    uuid     TEXT NOT NULL UNIQUE,
    owner    TEXT NOT NULL,
    template TEXT NOT NULL REFERENCES cm_templates (uuid),
    status   INTEGER NOT NULL
);
CREATE INDEX cm_profiles_by_owner ON cm_profiles (owner);
CREATE TABLE cm_requests (
    seq           INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    request_type  INTEGER NOT NULL,
    originator    TEXT NOT NULL,
    target        TEXT NOT NULL,
    template      TEXT NOT NULL REFERENCES cm_templates (uuid),
    smartcard     INTEGER NOT NULL,
    comment       TEXT NOT NULL,
    priority      INTEGER NOT NULL,
    status        INTEGER NOT NULL,
    submitted     TEXT NOT NULL,
    completed     TEXT NOT NULL,
    new_profile   TEXT NOT NULL,
    old_profile   TEXT NOT NULL,
    new_smartcard TEXT NOT NULL,
    old_smartcard TEXT NOT NULL
);
CREATE INDEX cm_requests_by_target ON cm_requests (target);
CREATE INDEX cm_requests_by_originator ON cm_requests (originator);
CREATE TABLE cm_request_data (
    request  TEXT NOT NULL REFERENCES cm_requests (uuid),
    position INTEGER NOT NULL,
    name     TEXT NOT NULL,
    value    TEXT,
    PRIMARY KEY (request, position)
) WITHOUT ROWID;
CREATE TABLE cm_certificates (
    serial         TEXT PRIMARY KEY,
    owner          TEXT NOT NULL,
    profile        TEXT NOT NULL,
    smartcard      TEXT,
    thumbprint     TEXT NOT NULL,
    template_cn    TEXT NOT NULL,
    issuer         TEXT,
    not_before     TEXT,
    not_after      TEXT,
    requester_name TEXT
);
CREATE INDEX cm_certificates_by_owner ON cm_certificates (owner);
";

/// The stored schema version (0 for an empty database).
fn stored_version(conn: &Connection) -> StoreResult<i64> {
    conn.execute_batch("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")?;
    Ok(conn
        .query_row("SELECT MAX(version) FROM schema_version", [], |r| r.get(0))
        .optional()?
        .flatten()
        .unwrap_or(0))
}

/// Bring the schema up to [`SCHEMA_VERSION`]; true when the database was empty (needs a seed).
pub(crate) fn migrate(conn: &mut Connection) -> StoreResult<bool> {
    let version = stored_version(conn)?;
    if version > SCHEMA_VERSION {
        return Err(super::StoreError::Invalid(format!(
            "the database has schema version {version}; this emulator knows up to {SCHEMA_VERSION}"
        )));
    }
    if version == SCHEMA_VERSION {
        return Ok(false);
    }
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    tx.execute_batch(V2_TABLES)?;
    if version == 1 {
        super::legacy::migrate_documents(&tx)?;
        tx.execute_batch("DROP TABLE documents")?;
    }
    tx.execute(
        "INSERT INTO schema_version (version) VALUES (?1)",
        [SCHEMA_VERSION],
    )?;
    tx.commit()?;
    Ok(version == 0)
}
