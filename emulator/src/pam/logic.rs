//! PAM behaviour: visibility, the request lifecycle and approvals.

use crate::error::Fail;
use crate::filter;
use crate::store::{PamRequestRow, Role, Store, StoreExt, StoredStatus, User, kind};
use chrono::{TimeDelta, Utc};
use generated_server_stubs::pam::open_enums::PamRequestStatus;
use generated_server_stubs::pam::types;
use mim_wire::MimDateTime;
use uuid::Uuid;

const CREATION_METHOD: &str = "PAM Web API";

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

fn to_wire(row: &PamRequestRow, now: MimDateTime) -> Result<types::PamRequest, Fail> {
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

fn role_to_wire(role: &Role) -> Result<types::PamRole, Fail> {
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
    store: &dyn Store,
    caller: &User,
    filter_text: Option<&str>,
) -> Result<Vec<types::PamRole>, Fail> {
    let expr = filter::compile::<types::PamRole>(filter_text)?;
    let roles: Vec<Role> = store.list(kind::ROLE)?;
    let visible = roles
        .iter()
        .filter(|r| r.candidates.contains(&caller.id))
        .map(role_to_wire)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(filter::apply(visible, expr.as_ref()))
}

pub fn list_requests(
    store: &dyn Store,
    caller: &User,
    filter_text: Option<&str>,
) -> Result<Vec<types::PamRequest>, Fail> {
    let expr = filter::compile::<types::PamRequest>(filter_text)?;
    let now = MimDateTime::now();
    let rows: Vec<PamRequestRow> = store.list(kind::PAM_REQUEST)?;
    let own = rows
        .iter()
        .filter(|r| r.creator == caller.id)
        .map(|r| to_wire(r, now))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(filter::apply(own, expr.as_ref()))
}

/// Is `start`'s time of day inside the role's availability window?
fn in_window(role: &Role, start: MimDateTime) -> bool {
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

pub fn create_request(
    store: &dyn Store,
    caller: &User,
    body: types::PamRequestCreate,
    mfa_passed: bool,
    odata_metadata: String,
) -> Result<types::PamRequestEntity, Fail> {
    let role: Role = store
        .get(kind::ROLE, &body.role_id.to_string())?
        .ok_or_else(|| Fail::bad(format!("RoleId {} does not name a PAM role", body.role_id)))?;
    if !role.candidates.contains(&caller.id) {
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
    } else if role.mfa_enabled && !mfa_passed {
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
    store.put(kind::PAM_REQUEST, &row.id.to_string(), &row)?;
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

pub fn close_request(store: &dyn Store, caller: &User, id: Uuid) -> Result<(), Fail> {
    let mut row: PamRequestRow = store
        .get(kind::PAM_REQUEST, &id.to_string())?
        .ok_or_else(|| Fail::not_found(format!("no PAM request {id}")))?;
    if row.creator != caller.id {
        return Err(Fail::forbidden(format!(
            "only the creator of PAM request {id} may close it"
        )));
    }
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
    row.status = StoredStatus::Closed;
    row.expiration_time = now;
    store.put(kind::PAM_REQUEST, &id.to_string(), &row)?;
    Ok(())
}

pub fn list_to_approve(
    store: &dyn Store,
    caller: &User,
    filter_text: Option<&str>,
) -> Result<Vec<types::PamRequestToApprove>, Fail> {
    let expr = filter::compile::<types::PamRequestToApprove>(filter_text)?;
    let now = MimDateTime::now();
    let roles: Vec<Role> = store.list(kind::ROLE)?;
    let users: Vec<User> = store.list(kind::USER)?;
    let rows: Vec<PamRequestRow> = store.list(kind::PAM_REQUEST)?;
    let mut out = Vec::new();
    for row in rows
        .iter()
        .filter(|r| effective_status(r, now) == StoredStatus::PendingApproval)
    {
        let (Some(role), Some(approval)) =
            (roles.iter().find(|r| r.id == row.role_id), row.approval_id)
        else {
            continue;
        };
        if !role.approvers.contains(&caller.id) {
            continue;
        }
        let requestor = users
            .iter()
            .find(|u| u.id == row.creator)
            .map_or_else(|| row.creator.to_string(), crate::auth::dotted_name);
        out.push(types::PamRequestToApprove {
            approval_object_id: types::GuidValue { value: approval },
            creation_time: row.creation_time,
            fim_request_id: types::GuidValue { value: row.id },
            justification: row.justification.clone(),
            requested_time: row.requested_time,
            requested_ttl: digits(row.requested_ttl)?,
            requestor,
            requestor_id: types::GuidValue { value: row.creator },
            role_name: role.display_name.clone(),
        });
    }
    Ok(filter::apply(out, expr.as_ref()))
}

/// Approve (`approve = true`) or reject the request behind approval object `approval_id`.
pub fn decide(
    store: &dyn Store,
    caller: &User,
    approval_id: Uuid,
    approve: bool,
) -> Result<(), Fail> {
    let rows: Vec<PamRequestRow> = store.list(kind::PAM_REQUEST)?;
    let mut row = rows
        .into_iter()
        .find(|r| r.approval_id == Some(approval_id))
        .ok_or_else(|| Fail::not_found(format!("no approval {approval_id}")))?;
    let role: Role = store
        .get(kind::ROLE, &row.role_id.to_string())?
        .ok_or_else(|| Fail::not_found(format!("no approval {approval_id}")))?;
    if !role.approvers.contains(&caller.id) {
        return Err(Fail::forbidden(format!(
            "{} is not an approver of the role `{}`",
            caller.name, role.display_name
        )));
    }
    if row.creator == caller.id {
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
    if approve {
        let start = if row.requested_time.to_utc() > Utc::now() {
            row.requested_time
        } else {
            now
        };
        row.status = if start.to_utc() > now.to_utc() {
            StoredStatus::Scheduled
        } else {
            StoredStatus::Active
        };
        row.expiration_time = plus_seconds(start, row.requested_ttl);
    } else {
        row.status = StoredStatus::Rejected;
    }
    store.put(kind::PAM_REQUEST, &row.id.to_string(), &row)?;
    Ok(())
}
