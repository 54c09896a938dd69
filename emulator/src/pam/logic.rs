//! PAM behaviour: visibility, the request lifecycle and approvals.

use crate::error::Fail;
use crate::filter::Expr;
use crate::store::pam as rows;
use crate::store::{PamRequestRow, RoleRow, StoredStatus, User};
use chrono::{TimeDelta, Utc};
use generated_server_stubs::pam::open_enums::PamRequestStatus;
use generated_server_stubs::pam::types;
use mim_wire::MimDateTime;
use rusqlite::Connection;
use uuid::Uuid;

pub const CREATION_METHOD: &str = "PAM Web API";

/// A digit string type (`TTL`, `RequestedTTL`) from seconds.
pub fn digits<T: TryFrom<String>>(seconds: i64) -> Result<T, Fail> {
    T::try_from(seconds.max(0).to_string())
        .map_err(|_| Fail::Internal(format!("cannot represent {seconds} as digits")))
}

/// The status as of `now`: active and scheduled requests expire by the clock, and a scheduled
/// request becomes active at its start time.
pub fn effective_status(row: &PamRequestRow, now: MimDateTime) -> StoredStatus {
    let now = now.to_utc();
    match row.status {
        StoredStatus::Active | StoredStatus::Scheduled if now >= row.expiration_time.to_utc() => {
            StoredStatus::Expired
        }
        StoredStatus::Scheduled if now >= row.requested_time.to_utc() => StoredStatus::Active,
        other => other,
    }
}

fn wire_status(status: StoredStatus) -> PamRequestStatus {
    match status {
        StoredStatus::PendingApproval => PamRequestStatus::PendingApproval,
        StoredStatus::PendingMFA => PamRequestStatus::PendingMfa,
        StoredStatus::Scheduled => PamRequestStatus::Scheduled,
        StoredStatus::Active => PamRequestStatus::Active,
        StoredStatus::Closed => PamRequestStatus::Closed,
        StoredStatus::Rejected => PamRequestStatus::Rejected,
        StoredStatus::Expired => PamRequestStatus::Expired,
    }
}

pub(super) fn to_wire(row: &PamRequestRow, now: MimDateTime) -> Result<types::PamRequest, Fail> {
    Ok(types::PamRequest {
        creation_method: CREATION_METHOD.into(),
        creation_time: row.creation_time,
        creator_id: row.creator,
        display_name: None,
        expiration_time: row.expiration_time,
        justification: row.justification.clone(),
        request_id: row.id,
        request_status: wire_status(effective_status(row, now)),
        requested_time: row.requested_time,
        requested_ttl: digits(row.requested_ttl)?,
        role_id: row.role_id,
    })
}

fn role_to_wire(role: &RoleRow) -> Result<types::PamRole, Fail> {
    Ok(types::PamRole {
        approval_enabled: role.approval_enabled,
        availability_window_enabled: role.availability_window_enabled,
        available_from: role.available_from,
        available_to: role.available_to,
        description: role.description.clone(),
        display_name: role.display_name.clone(),
        mfa_enabled: role.mfa_enabled,
        role_id: role.id,
        ttl: digits(role.ttl)?,
    })
}

fn plus_seconds(start: MimDateTime, seconds: i64) -> MimDateTime {
    let end = start
        .to_utc()
        .checked_add_signed(TimeDelta::seconds(seconds))
        .unwrap_or(start.to_utc());
    MimDateTime::from_utc(end)
}

pub fn list_roles(
    conn: &Connection,
    caller: &User,
    expr: Option<&Expr>,
) -> Result<Vec<types::PamRole>, Fail> {
    let filter = expr
        .map(|e| super::sql_filter::compile_roles(e, MimDateTime::now()))
        .transpose()?;
    rows::roles_for_candidate(conn, caller.id, filter.as_ref())?
        .iter()
        .map(role_to_wire)
        .collect()
}

/// The caller's requests, narrowed by `expr` in SQL (see `sql_filter`).
pub fn list_requests(
    conn: &Connection,
    caller: &User,
    expr: Option<&Expr>,
) -> Result<Vec<types::PamRequest>, Fail> {
    let now = MimDateTime::now();
    let filter = expr
        .map(|e| super::sql_filter::compile(e, now))
        .transpose()?;
    rows::requests_by_creator(conn, caller.id, filter.as_ref())?
        .iter()
        .map(|r| to_wire(r, now))
        .collect()
}

/// Is `start`'s time of day inside the role's availability window?
fn in_window(role: &RoleRow, start: MimDateTime) -> bool {
    let t = start.to_utc().time();
    let (from, to) = (
        role.available_from.to_utc().time(),
        role.available_to.to_utc().time(),
    );
    if from <= to {
        from <= t && t <= to
    } else {
        t >= from || t <= to
    }
}

/// Whether the create request carried a passed MFA challenge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mfa {
    Passed,
    NotPassed,
}

/// Create a request (one writer job: the role and membership checks see the committed state).
pub fn create_request(
    conn: &Connection,
    caller: &User,
    body: types::PamRequestCreate,
    mfa: Mfa,
    odata_metadata: String,
) -> Result<types::PamRequestEntity, Fail> {
    let role = rows::role(conn, body.role_id)?
        .ok_or_else(|| Fail::bad(format!("RoleId {} does not name a PAM role", body.role_id)))?;
    if !rows::is_candidate(conn, role.id, caller.id)? {
        return Err(Fail::forbidden(format!(
            "{} is not a candidate for the role `{}`",
            caller.name, role.display_name
        )));
    }
    if body.requested_ttl < 0 {
        return Err(Fail::bad("RequestedTTL must not be negative"));
    }
    if body.requested_ttl > role.ttl {
        return Err(Fail::bad(format!(
            "RequestedTTL {} exceeds the role's maximum TTL of {} seconds",
            body.requested_ttl, role.ttl
        )));
    }
    let now = MimDateTime::now();
    let start = body.requested_time.filter(|t| !t.is_unset()).unwrap_or(now);
    if role.availability_window_enabled && !in_window(&role, start) {
        return Err(Fail::bad(format!(
            "the role `{}` can only be activated between {} and {} (UTC time of day)",
            role.display_name,
            role.available_from.to_utc().time(),
            role.available_to.to_utc().time()
        )));
    }
    let (status, approval_id, expiration) = if role.approval_enabled {
        (
            StoredStatus::PendingApproval,
            Some(Uuid::new_v4()),
            MimDateTime::unset(),
        )
    } else if role.mfa_enabled && mfa == Mfa::NotPassed {
        (StoredStatus::PendingMFA, None, MimDateTime::unset())
    } else if start.to_utc() > now.to_utc() {
        (
            StoredStatus::Scheduled,
            None,
            plus_seconds(start, body.requested_ttl),
        )
    } else {
        (
            StoredStatus::Active,
            None,
            plus_seconds(now.max(start), body.requested_ttl),
        )
    };
    let row = PamRequestRow {
        id: Uuid::new_v4(),
        creator: caller.id,
        role_id: role.id,
        justification: body.justification.filter(|j| !j.is_empty()),
        creation_time: now,
        expiration_time: expiration,
        requested_ttl: body.requested_ttl,
        requested_time: start,
        status,
        approval_id,
    };
    rows::insert_request(conn, &row)?;
    let r = to_wire(&row, now)?;
    Ok(types::PamRequestEntity {
        odata_metadata,
        creation_method: r.creation_method,
        creation_time: r.creation_time,
        creator_id: r.creator_id,
        display_name: r.display_name,
        expiration_time: r.expiration_time,
        justification: r.justification,
        request_id: r.request_id,
        request_status: r.request_status,
        requested_time: r.requested_time,
        requested_ttl: digits(row.requested_ttl)?,
        role_id: r.role_id,
    })
}

/// Close the caller's request `id`. Another user's request is 404 (its id is not revealed).
/// Runs as one writer job, so of racing closes exactly one wins and the others get 409.
pub fn close_request(conn: &Connection, caller: &User, id: Uuid) -> Result<(), Fail> {
    let row = rows::request(conn, id)?
        .filter(|r| r.creator == caller.id)
        .ok_or_else(|| Fail::not_found(format!("no PAM request {id}")))?;
    let now = MimDateTime::now();
    let status = effective_status(&row, now);
    if matches!(
        status,
        StoredStatus::Closed | StoredStatus::Expired | StoredStatus::Rejected
    ) {
        return Err(Fail::conflict(format!(
            "PAM request {id} is already {status:?} and cannot be closed"
        )));
    }
    if !rows::update_status(conn, id, row.status, StoredStatus::Closed, now)? {
        return Err(Fail::conflict(format!(
            "PAM request {id} changed meanwhile"
        )));
    }
    Ok(())
}

/// Requests pending in the roles the caller approves, never the caller's own.
pub fn list_to_approve(
    conn: &Connection,
    caller: &User,
    expr: Option<&Expr>,
) -> Result<Vec<types::PamRequestToApprove>, Fail> {
    let now = MimDateTime::now();
    let filter = expr
        .map(|e| super::sql_filter::compile_to_approve(e, now))
        .transpose()?;
    let mut out = Vec::new();
    for pending in rows::pending_for_approver(conn, caller.id, filter.as_ref())? {
        let row = &pending.request;
        let Some(approval) = row.approval_id else {
            continue;
        };
        if effective_status(row, now) != StoredStatus::PendingApproval {
            continue;
        }
        out.push(types::PamRequestToApprove {
            approval_object_id: types::GuidValue { value: approval },
            creation_time: row.creation_time,
            fim_request_id: types::GuidValue { value: row.id },
            justification: row.justification.clone(),
            requested_time: row.requested_time,
            requested_ttl: digits(row.requested_ttl)?,
            requestor: pending.creator_name.replacen('\\', ".", 1),
            requestor_id: types::GuidValue { value: row.creator },
            role_name: pending.role_name.clone(),
        });
    }
    Ok(out)
}

/// An approver's decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Approve,
    Reject,
}

/// Approve or reject the request behind approval object `approval_id`, as one writer job: of
/// racing decisions exactly one wins, the others get 409. An approval the caller may not decide
/// and does not own is 404 (not revealed); the caller's own request is 403.
pub fn decide(
    conn: &Connection,
    caller: &User,
    approval_id: Uuid,
    decision: Decision,
) -> Result<(), Fail> {
    let not_found = || Fail::not_found(format!("no approval {approval_id}"));
    let row = rows::request_by_approval(conn, approval_id)?.ok_or_else(not_found)?;
    let own = row.creator == caller.id;
    if !own && !rows::is_approver(conn, row.role_id, caller.id)? {
        return Err(not_found());
    }
    if own {
        return Err(Fail::forbidden(
            "an approver cannot approve or reject their own request",
        ));
    }
    let now = MimDateTime::now();
    let status = effective_status(&row, now);
    if status != StoredStatus::PendingApproval {
        return Err(Fail::conflict(format!(
            "the request behind approval {approval_id} is no longer pending ({status:?})"
        )));
    }
    let (to, expiration) = match decision {
        Decision::Approve => {
            let start = if row.requested_time.to_utc() > Utc::now() {
                row.requested_time
            } else {
                now
            };
            let to = if start.to_utc() > now.to_utc() {
                StoredStatus::Scheduled
            } else {
                StoredStatus::Active
            };
            (to, plus_seconds(start, row.requested_ttl))
        }
        Decision::Reject => (StoredStatus::Rejected, row.expiration_time),
    };
    if !rows::update_status(conn, row.id, row.status, to, expiration)? {
        return Err(Fail::conflict(format!(
            "the request behind approval {approval_id} changed meanwhile"
        )));
    }
    Ok(())
}
