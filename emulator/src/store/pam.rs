//! PAM tables: `roles` with `role_candidates` / `role_approvers`, and `pam_requests` (indexed
//! by creator, by approval id and by status/expiration).

use super::{
    PamRequestRow, Role, RoleRow, StoreResult, StoredStatus, instant_ticks, parse_datetime,
    parse_uuid, query_all, uuid_text,
};
use mim_wire::MimDateTime;
use rusqlite::types::Value as SqlValue;
use rusqlite::{Connection, OptionalExtension, Row, params, params_from_iter};
use uuid::Uuid;

const ROLE_COLUMNS: &str = "r.id, r.display_name, r.description, r.ttl, r.available_from, \
     r.available_to, r.mfa_enabled, r.approval_enabled, r.window_enabled";

fn role_from_row(row: &Row<'_>) -> rusqlite::Result<RoleRow> {
    Ok(RoleRow {
        id: parse_uuid(&row.get::<_, String>(0)?)?,
        display_name: row.get(1)?,
        description: row.get(2)?,
        ttl: row.get(3)?,
        available_from: parse_datetime(&row.get::<_, String>(4)?)?,
        available_to: parse_datetime(&row.get::<_, String>(5)?)?,
        mfa_enabled: row.get(6)?,
        approval_enabled: row.get(7)?,
        availability_window_enabled: row.get(8)?,
    })
}

/// Insert `role` with its candidates and approvers.
pub fn insert_role(conn: &Connection, role: &Role) -> StoreResult<()> {
    let (row, id) = (&role.row, uuid_text(&role.row.id));
    conn.prepare_cached(
        "INSERT INTO roles (id, display_name, description, ttl, available_from, available_to,
             mfa_enabled, approval_enabled, window_enabled, available_from_ticks,
             available_to_ticks)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        id,
        row.display_name,
        row.description,
        row.ttl,
        row.available_from.to_string(),
        row.available_to.to_string(),
        row.mfa_enabled,
        row.approval_enabled,
        row.availability_window_enabled,
        instant_ticks(&row.available_from),
        instant_ticks(&row.available_to),
    ])?;
    let mut candidate = conn.prepare_cached(
        "INSERT OR IGNORE INTO role_candidates (role_id, user_id) VALUES (?1, ?2)",
    )?;
    for user in &role.candidates {
        candidate.execute(params![id, uuid_text(user)])?;
    }
    let mut approver = conn.prepare_cached(
        "INSERT OR IGNORE INTO role_approvers (role_id, user_id) VALUES (?1, ?2)",
    )?;
    for user in &role.approvers {
        approver.execute(params![id, uuid_text(user)])?;
    }
    Ok(())
}

/// The role `id`.
pub fn role(conn: &Connection, id: Uuid) -> StoreResult<Option<RoleRow>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {ROLE_COLUMNS} FROM roles r WHERE r.id = ?1"
        ))?
        .query_row(params![uuid_text(&id)], role_from_row)
        .optional()?)
}

/// The roles `user` is a candidate for, in stored order, optionally narrowed by `filter` (over
/// `roles r`).
pub fn roles_for_candidate(
    conn: &Connection,
    user: Uuid,
    filter: Option<&SqlWhere>,
) -> StoreResult<Vec<RoleRow>> {
    let (params, extra) = narrowed(user, filter);
    query_all(
        conn,
        &format!(
            "SELECT {ROLE_COLUMNS} FROM role_candidates c JOIN roles r ON r.id = c.role_id
             WHERE c.user_id = ?1{extra} ORDER BY r.seq"
        ),
        params_from_iter(params),
        role_from_row,
    )
}

/// Is `user` a candidate of `role`?
pub fn is_candidate(conn: &Connection, role: Uuid, user: Uuid) -> StoreResult<bool> {
    member(conn, "role_candidates", role, user)
}

/// Is `user` an approver of `role`?
pub fn is_approver(conn: &Connection, role: Uuid, user: Uuid) -> StoreResult<bool> {
    member(conn, "role_approvers", role, user)
}

fn member(conn: &Connection, table: &str, role: Uuid, user: Uuid) -> StoreResult<bool> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT 1 FROM {table} WHERE role_id = ?1 AND user_id = ?2"
        ))?
        .query_row(params![uuid_text(&role), uuid_text(&user)], |_| Ok(()))
        .optional()?
        .is_some())
}

const REQUEST_COLUMNS: &str = "q.id, q.creator, q.role_id, q.justification, q.creation_time, \
     q.expiration_time, q.requested_ttl, q.requested_time, q.status, q.approval_id";

fn request_from_row(row: &Row<'_>) -> rusqlite::Result<PamRequestRow> {
    let status: String = row.get(8)?;
    let approval: Option<String> = row.get(9)?;
    Ok(PamRequestRow {
        id: parse_uuid(&row.get::<_, String>(0)?)?,
        creator: parse_uuid(&row.get::<_, String>(1)?)?,
        role_id: parse_uuid(&row.get::<_, String>(2)?)?,
        justification: row.get(3)?,
        creation_time: parse_datetime(&row.get::<_, String>(4)?)?,
        expiration_time: parse_datetime(&row.get::<_, String>(5)?)?,
        requested_ttl: row.get(6)?,
        requested_time: parse_datetime(&row.get::<_, String>(7)?)?,
        status: StoredStatus::parse(&status).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(
                8,
                rusqlite::types::Type::Text,
                Box::new(std::io::Error::other(e.to_string())),
            )
        })?,
        approval_id: approval.as_deref().map(parse_uuid).transpose()?,
    })
}

/// Insert a new PAM request.
pub fn insert_request(conn: &Connection, row: &PamRequestRow) -> StoreResult<()> {
    conn.prepare_cached(
        "INSERT INTO pam_requests (id, creator, role_id, justification, creation_time,
             creation_ticks, expiration_time, expiration_ticks, requested_ttl, requested_time,
             requested_ticks, status, approval_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?
    .execute(params![
        uuid_text(&row.id),
        uuid_text(&row.creator),
        uuid_text(&row.role_id),
        row.justification,
        row.creation_time.to_string(),
        instant_ticks(&row.creation_time),
        row.expiration_time.to_string(),
        instant_ticks(&row.expiration_time),
        row.requested_ttl,
        row.requested_time.to_string(),
        instant_ticks(&row.requested_time),
        row.status.as_str(),
        row.approval_id.as_ref().map(uuid_text),
    ])?;
    Ok(())
}

/// Set the status and expiration of request `id` if its stored status is still `from`; true
/// when the row changed (the caller's check still held).
pub fn update_status(
    conn: &Connection,
    id: Uuid,
    from: StoredStatus,
    to: StoredStatus,
    expiration: MimDateTime,
) -> StoreResult<bool> {
    let changed = conn
        .prepare_cached(
            "UPDATE pam_requests SET status = ?3, expiration_time = ?4, expiration_ticks = ?5
             WHERE id = ?1 AND status = ?2",
        )?
        .execute(params![
            uuid_text(&id),
            from.as_str(),
            to.as_str(),
            expiration.to_string(),
            instant_ticks(&expiration)
        ])?;
    Ok(changed == 1)
}

/// The request `id`.
pub fn request(conn: &Connection, id: Uuid) -> StoreResult<Option<PamRequestRow>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {REQUEST_COLUMNS} FROM pam_requests q WHERE q.id = ?1"
        ))?
        .query_row(params![uuid_text(&id)], request_from_row)
        .optional()?)
}

/// The request behind approval object `approval`.
pub fn request_by_approval(
    conn: &Connection,
    approval: Uuid,
) -> StoreResult<Option<PamRequestRow>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {REQUEST_COLUMNS} FROM pam_requests q WHERE q.approval_id = ?1"
        ))?
        .query_row(params![uuid_text(&approval)], request_from_row)
        .optional()?)
}

/// A `WHERE` fragment over `pam_requests q` with its parameters (see `pam::sql_filter`).
#[derive(Debug, Clone, PartialEq)]
pub struct SqlWhere {
    pub sql: String,
    pub params: Vec<SqlValue>,
}

/// The parameters (`?1` = `key`, then the filter's) and the `AND (…)` clause of a query
/// narrowed by `filter`.
fn narrowed(key: Uuid, filter: Option<&SqlWhere>) -> (Vec<SqlValue>, String) {
    let mut params = vec![SqlValue::Text(uuid_text(&key))];
    let extra = match filter {
        Some(w) => {
            params.extend(w.params.iter().cloned());
            format!(" AND ({})", w.sql)
        }
        None => String::new(),
    };
    (params, extra)
}

/// The requests `creator` made, in creation order, optionally narrowed by `filter`.
pub fn requests_by_creator(
    conn: &Connection,
    creator: Uuid,
    filter: Option<&SqlWhere>,
) -> StoreResult<Vec<PamRequestRow>> {
    let (params, extra) = narrowed(creator, filter);
    query_all(
        conn,
        &format!(
            "SELECT {REQUEST_COLUMNS} FROM pam_requests q WHERE q.creator = ?1{extra} ORDER BY q.seq"
        ),
        params_from_iter(params),
        request_from_row,
    )
}

/// A pending request an approver may decide, with what the approval list shows of it.
#[derive(Debug, Clone, PartialEq)]
pub struct PendingApproval {
    pub request: PamRequestRow,
    pub role_name: String,
    /// `DOMAIN\account` of the creator.
    pub creator_name: String,
}

/// The requests pending approval in roles `approver` approves, except the approver's own.
pub fn pending_for_approver(
    conn: &Connection,
    approver: Uuid,
    filter: Option<&SqlWhere>,
) -> StoreResult<Vec<PendingApproval>> {
    let (params, extra) = narrowed(approver, filter);
    query_all(
        conn,
        &format!(
            "SELECT {REQUEST_COLUMNS}, r.display_name, u.domain, u.account
             FROM role_approvers a
             JOIN pam_requests q ON q.role_id = a.role_id AND q.status = 'PendingApproval'
             JOIN roles r ON r.id = q.role_id
             JOIN users u ON u.id = q.creator
             WHERE a.user_id = ?1 AND q.creator <> ?1 AND q.approval_id IS NOT NULL{extra}
             ORDER BY q.seq"
        ),
        params_from_iter(params),
        |row| {
            let domain: String = row.get(11)?;
            let account: String = row.get(12)?;
            Ok(PendingApproval {
                request: request_from_row(row)?,
                role_name: row.get(10)?,
                creator_name: if domain.is_empty() {
                    account
                } else {
                    format!("{domain}\\{account}")
                },
            })
        },
    )
}
