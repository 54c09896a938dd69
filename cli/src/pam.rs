//! `mim pam …`: roles, requests and approvals.

use crate::Context;
use crate::args::{PamCommand, RequestArgs};
use crate::error::{CliError, api};
use crate::render::{self, Table, fields, opt, quoted, when, yes_no};
use crate::ttl::show_ttl;
use generated_client::pam::Client;
use generated_client::pam::types::{PamRequestEntity, PamRole};
use mim_wire::{MimDateTime, odata};
use std::collections::HashMap;
use uuid::Uuid;

pub async fn run(ctx: &Context, command: PamCommand) -> Result<String, CliError> {
    let client = ctx.pam()?;
    match command {
        PamCommand::Roles { filter } => roles(ctx, &client, filter).await,
        PamCommand::Whoami => whoami(ctx, &client).await,
        PamCommand::Requests { filter, active } => requests(ctx, &client, filter, active).await,
        PamCommand::Request(args) => request(ctx, &client, args).await,
        PamCommand::Close { request_id } => {
            api(client.close_pam_request().request_id(request_id).send()).await?;
            done(ctx, "RequestId", request_id, "Closed")
        }
        PamCommand::Pending { filter } => pending(ctx, &client, filter).await,
        PamCommand::Approve { approval_id } => {
            api(client.approve_pam_request().approval_id(approval_id).send()).await?;
            done(ctx, "ApprovalId", approval_id, "Approved")
        }
        PamCommand::Reject { approval_id } => {
            api(client.reject_pam_request().approval_id(approval_id).send()).await?;
            done(ctx, "ApprovalId", approval_id, "Rejected")
        }
    }
}

/// The output of an action that answers without a body.
fn done(ctx: &Context, key: &str, id: Uuid, result: &str) -> Result<String, CliError> {
    if ctx.json() {
        render::json(&serde_json::json!({ key: id, "Result": result }))
    } else {
        Ok(format!("{result}: {key} {id}\n"))
    }
}

async fn roles(ctx: &Context, client: &Client, filter: Option<String>) -> Result<String, CliError> {
    let mut call = client.list_pam_roles();
    if let Some(filter) = filter {
        call = call.filter(filter);
    }
    let roles = api(call.send()).await?;
    if ctx.json() {
        return render::json(&roles);
    }
    let mut table = Table::new(
        &["RoleId", "DisplayName", "TTL", "Approval", "MFA", "Window"],
        "No roles: you are not a candidate for any PAM role.",
    );
    for role in &roles.value {
        table.row(vec![
            role.role_id.to_string(),
            quoted(&role.display_name),
            show_ttl(&role.ttl),
            yes_no(role.approval_enabled),
            yes_no(role.mfa_enabled),
            window(role),
        ]);
    }
    Ok(table.render())
}

/// `09:00-17:00` (UTC time of day) for a role with an availability window, else `-`.
fn window(role: &PamRole) -> String {
    if !role.availability_window_enabled {
        return "-".to_string();
    }
    let hhmm = |v: &MimDateTime| {
        v.naive_local()
            .time()
            .to_string()
            .chars()
            .take(5)
            .collect::<String>()
    };
    format!(
        "{}-{}",
        hhmm(&role.available_from),
        hhmm(&role.available_to)
    )
}

async fn whoami(ctx: &Context, client: &Client) -> Result<String, CliError> {
    let session = api(client.get_pam_session_info().send()).await?;
    if ctx.json() {
        return render::json(&session);
    }
    let mut table = Table::new(&["Username"], "The server returned no session.");
    for entry in &session.value {
        table.row(vec![entry.username.clone()]);
    }
    Ok(table.render())
}

/// The `--active` clause: not yet expired, as the official sample portal asks.
fn active_clause() -> String {
    format!(
        "ExpirationTime gt {}",
        odata::datetime_literal(&MimDateTime::now())
    )
}

/// `--filter` combined with `--active`.
pub fn request_filter(filter: Option<String>, active: bool) -> Option<String> {
    match (filter, active) {
        (filter, false) => filter,
        (None, true) => Some(active_clause()),
        (Some(filter), true) => Some(format!("({filter}) and {}", active_clause())),
    }
}

async fn requests(
    ctx: &Context,
    client: &Client,
    filter: Option<String>,
    active: bool,
) -> Result<String, CliError> {
    let mut call = client.list_pam_requests();
    if let Some(filter) = request_filter(filter, active) {
        call = call.filter(filter);
    }
    let requests = api(call.send()).await?;
    if ctx.json() {
        return render::json(&requests);
    }
    let names = role_names(client).await;
    let mut table = Table::new(
        &[
            "RequestId",
            "Role",
            "Status",
            "TTL",
            "Start",
            "Expires",
            "Justification",
        ],
        if active {
            "No active requests."
        } else {
            "No requests."
        },
    );
    for r in &requests.value {
        table.row(vec![
            r.request_id.to_string(),
            role_label(&names, r.role_id),
            r.request_status.to_string(),
            show_ttl(&r.requested_ttl),
            when(&r.requested_time),
            when(&r.expiration_time),
            opt(r.justification.as_deref()),
        ]);
    }
    Ok(table.render())
}

/// Display names of the caller's roles, for labelling requests; empty when the list fails
/// (the labels then fall back to role ids).
async fn role_names(client: &Client) -> HashMap<Uuid, String> {
    match client.list_pam_roles().send().await {
        Ok(roles) => roles
            .into_inner()
            .value
            .into_iter()
            .map(|r| (r.role_id, r.display_name))
            .collect(),
        Err(_) => HashMap::new(),
    }
}

fn role_label(names: &HashMap<Uuid, String>, id: Uuid) -> String {
    names.get(&id).map_or_else(|| id.to_string(), |n| quoted(n))
}

async fn request(ctx: &Context, client: &Client, args: RequestArgs) -> Result<String, CliError> {
    let (role_id, role_name) = resolve_role(client, &args.role).await?;
    let mut call = client
        .create_pam_request()
        .role_id(role_id)
        .requested_ttl(args.ttl);
    if let Some(justification) = args.justification {
        call = call.justification(justification);
    }
    if let Some(start) = args.start {
        call = call.requested_time(start);
    }
    let created = api(call.send()).await?;
    if ctx.json() {
        return render::json(&created);
    }
    Ok(created_fields(&created, role_name.as_deref()))
}

fn created_fields(r: &PamRequestEntity, role_name: Option<&str>) -> String {
    let role = match role_name {
        Some(name) => format!("{} {}", quoted(name), r.role_id),
        None => r.role_id.to_string(),
    };
    fields(&[
        ("RequestId", r.request_id.to_string()),
        ("Role", role),
        ("Status", r.request_status.to_string()),
        ("TTL", show_ttl(&r.requested_ttl)),
        ("Start", when(&r.requested_time)),
        ("Expires", when(&r.expiration_time)),
        ("Created", when(&r.creation_time)),
        ("Justification", opt(r.justification.as_deref())),
    ])
}

/// A role id as given, or the id of the caller's role with that display name: exact match
/// first, then ignoring case and surrounding spaces (`Allow AD Access` finds `"Allow AD Access "`).
pub async fn resolve_role(client: &Client, text: &str) -> Result<(Uuid, Option<String>), CliError> {
    if let Ok(id) = text.trim().parse::<Uuid>() {
        return Ok((id, None));
    }
    let roles = api(client.list_pam_roles().send()).await?.value;
    let exact: Vec<&PamRole> = roles.iter().filter(|r| r.display_name == text).collect();
    let candidates = if exact.is_empty() {
        roles
            .iter()
            .filter(|r| r.display_name.trim().eq_ignore_ascii_case(text.trim()))
            .collect()
    } else {
        exact
    };
    match candidates.as_slice() {
        [role] => Ok((role.role_id, Some(role.display_name.clone()))),
        [] => {
            let known: Vec<String> = roles.iter().map(|r| quoted(&r.display_name)).collect();
            Err(CliError::usage(if known.is_empty() {
                format!(
                    "no role named {} (you are not a candidate for any role)",
                    quoted(text)
                )
            } else {
                format!(
                    "no role named {} among your roles: {}",
                    quoted(text),
                    known.join(", ")
                )
            }))
        }
        several => {
            let ids: Vec<String> = several
                .iter()
                .map(|r| format!("{} {}", quoted(&r.display_name), r.role_id))
                .collect();
            Err(CliError::usage(format!(
                "several roles match {}; give the role id instead: {}",
                quoted(text),
                ids.join(", ")
            )))
        }
    }
}

async fn pending(
    ctx: &Context,
    client: &Client,
    filter: Option<String>,
) -> Result<String, CliError> {
    let mut call = client.list_pam_requests_to_approve();
    if let Some(filter) = filter {
        call = call.filter(filter);
    }
    let pending = api(call.send()).await?;
    if ctx.json() {
        return render::json(&pending);
    }
    let mut table = Table::new(
        &[
            "ApprovalId",
            "RequestId",
            "Requestor",
            "Role",
            "TTL",
            "Start",
            "Justification",
        ],
        "No requests wait for your approval.",
    );
    for p in &pending.value {
        table.row(vec![
            p.approval_object_id.value.to_string(),
            p.fim_request_id.value.to_string(),
            p.requestor.clone(),
            quoted(&p.role_name),
            show_ttl(&p.requested_ttl),
            when(&p.requested_time),
            opt(p.justification.as_deref()),
        ]);
    }
    Ok(table.render())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn active_is_combined_with_a_filter() {
        assert_eq!(request_filter(None, false), None);
        let active = request_filter(None, true).unwrap_or_default();
        assert!(
            active.starts_with("ExpirationTime gt datetime'"),
            "{active}"
        );
        let both = request_filter(Some("RoleId eq guid'x'".into()), true).unwrap_or_default();
        assert!(both.starts_with("(RoleId eq guid'x') and ExpirationTime gt datetime'"));
    }
}
