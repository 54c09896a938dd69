//! `mim cm …`: templates, requests, smart cards, profiles and certificates.
//!
//! CM returns statuses and request types as integers whose names MIM does not document
//! (spec/DECISIONS.md CM-05); tables show the integers as they come.

use crate::Context;
use crate::args::{CmCommand, CmRequestCommand, CreateArgs};
use crate::error::{CliError, api};
use crate::render::{self, Table, fields, opt, when, yes_no};
use generated_client::cm::Client;
use generated_client::cm::types::{
    CmRequestStatusUpdate, CreateRequestBody, DataCollectionEntryInput, DataCollectionInput,
    PriorityInput, Request, Smartcard, SmartcardOrSmartcardList, UpdateRequestBody,
};
use std::collections::HashMap;
use uuid::Uuid;

pub async fn run(ctx: &Context, command: CmCommand) -> Result<String, CliError> {
    let client = ctx.cm()?;
    match command {
        CmCommand::Templates => templates(ctx, &client).await,
        CmCommand::Request(command) => request(ctx, &client, command).await,
        CmCommand::Smartcards { cardid } => smartcards(ctx, &client, cardid).await,
        CmCommand::Smartcard { id } => {
            let card = api(client.get_smartcard().id(id).send()).await?;
            if ctx.json() {
                return render::json(&card);
            }
            Ok(smartcard_fields(&card))
        }
        CmCommand::Profiles { status } => {
            let mut call = client.list_profiles();
            if let Some(status) = status {
                call = call.status(status);
            }
            let profiles = api(call.send()).await?;
            if ctx.json() {
                return render::json(&profiles);
            }
            let mut table = Table::new(
                &["Uuid", "Status", "Template", "Operations"],
                "No profiles.",
            );
            for p in &profiles {
                let ops: Vec<&str> = p.profile_operations.iter().map(|o| o.as_str()).collect();
                table.row(vec![
                    p.uuid.to_string(),
                    p.status.to_string(),
                    guid(&p.profile_template_uuid),
                    if ops.is_empty() {
                        "-".to_string()
                    } else {
                        ops.join(",")
                    },
                ]);
            }
            Ok(table.render())
        }
        CmCommand::Certificates => {
            let certs = api(client.list_user_certificates().send()).await?;
            if ctx.json() {
                return render::json(&certs);
            }
            let mut table = Table::new(
                &[
                    "SerialNumber",
                    "Template",
                    "NotBefore",
                    "NotAfter",
                    "Status",
                    "Thumbprint",
                ],
                "No certificates.",
            );
            for c in &certs {
                table.row(vec![
                    c.serial_number.clone(),
                    c.template_common_name.clone(),
                    c.not_before.as_ref().map_or_else(|| "-".to_string(), when),
                    c.not_after.as_ref().map_or_else(|| "-".to_string(), when),
                    c.status.map_or_else(|| "-".to_string(), |s| s.to_string()),
                    c.thumbprint.clone(),
                ]);
            }
            Ok(table.render())
        }
    }
}

async fn templates(ctx: &Context, client: &Client) -> Result<String, CliError> {
    let templates = api(client.list_profile_templates().send()).await?;
    if ctx.json() {
        return render::json(&templates);
    }
    let mut table = Table::new(
        &["Uuid", "Name", "Kind", "Description"],
        "No profile templates available to you.",
    );
    for t in &templates {
        let kind = if t.is_virtual_smartcard_profile_template {
            "virtual smart card"
        } else if t.is_smartcard_profile_template {
            "smart card"
        } else {
            "software"
        };
        table.row(vec![
            t.uuid.to_string(),
            t.name.clone(),
            kind.to_string(),
            opt(Some(&t.description)),
        ]);
    }
    Ok(table.render())
}

async fn request(
    ctx: &Context,
    client: &Client,
    command: CmRequestCommand,
) -> Result<String, CliError> {
    let request = match command {
        CmRequestCommand::Get { id } => api(client.get_request().id(id).send()).await?,
        CmRequestCommand::List { status, mine } => {
            let mut call = client.list_requests();
            if let Some(status) = status {
                call = call.status(status);
            }
            if mine {
                call = call.targetuser("current");
            }
            let requests = api(call.send()).await?;
            return if ctx.json() {
                render::json(&requests)
            } else {
                Ok(request_table(&requests))
            };
        }
        CmRequestCommand::Create(args) => return create(ctx, client, args).await,
        CmRequestCommand::Complete { id } => {
            update(client, id, CmRequestStatusUpdate::Completed).await?
        }
        CmRequestCommand::Cancel { id } => {
            update(client, id, CmRequestStatusUpdate::Canceled).await?
        }
        CmRequestCommand::Abandon { id } => {
            update(client, id, CmRequestStatusUpdate::Abandoned).await?
        }
    };
    if ctx.json() {
        render::json(&request)
    } else {
        Ok(request_fields(&request))
    }
}

async fn update(
    client: &Client,
    id: Uuid,
    status: CmRequestStatusUpdate,
) -> Result<Request, CliError> {
    api(client
        .update_request_status()
        .id(id)
        .body(UpdateRequestBody { status })
        .send())
    .await
}

async fn create(ctx: &Context, client: &Client, args: CreateArgs) -> Result<String, CliError> {
    let datacollection = DataCollectionInput::Array(
        args.data
            .into_iter()
            .map(|(name, value)| DataCollectionEntryInput(HashMap::from([(name, value)])))
            .collect(),
    );
    let body = CreateRequestBody {
        comment: args.comment.unwrap_or_default(),
        datacollection,
        priority: args.priority.map(PriorityInput::Int32),
        profiletemplateuuid: args.template,
        smartcard: args.smartcard,
        target: args.target,
        type_: args.kind,
    };
    let uri = api(client.create_request().body(body).send()).await?;
    // The answer is the new request's relative URI, `api/v1.0/requests/<guid>`: show the request.
    let Some(id) = request_id_from_uri(&uri) else {
        return if ctx.json() {
            render::json(&serde_json::json!({ "Uri": uri }))
        } else {
            Ok(fields(&[("Created", uri)]))
        };
    };
    // The request exists now: if reading it back fails, say so rather than fail (a retry would
    // create a second request).
    match api(client.get_request().id(id).send()).await {
        Ok(created) if ctx.json() => render::json(&created),
        Ok(created) => Ok(request_fields(&created)),
        Err(_) if ctx.json() => render::json(&serde_json::json!({ "Uri": uri, "Uuid": id })),
        Err(e) => Ok(fields(&[
            ("Uuid", id.to_string()),
            ("Created", uri),
            (
                "Note",
                format!(
                    "created, but reading it back failed: {}",
                    e.to_string().trim_start_matches("error: ")
                ),
            ),
        ])),
    }
}

/// The GUID at the end of `api/v1.0/requests/<guid>` (tolerating a leading slash or prefix).
pub fn request_id_from_uri(uri: &str) -> Option<Uuid> {
    let (_, tail) = uri.trim().trim_end_matches('/').rsplit_once("requests/")?;
    tail.parse().ok()
}

fn request_table(requests: &[Request]) -> String {
    let mut table = Table::new(
        &[
            "Uuid",
            "Type",
            "Status",
            "Template",
            "Submitted",
            "Completed",
            "Comment",
        ],
        "No requests.",
    );
    for r in requests {
        table.row(vec![
            r.uuid.to_string(),
            r.request_type.to_string(),
            r.status.to_string(),
            guid(&r.profile_template_uuid),
            when(&r.submitted),
            when(&r.completed),
            opt(Some(&r.comment)),
        ]);
    }
    table.render()
}

fn request_fields(r: &Request) -> String {
    let data: Vec<String> = r
        .data_collection
        .iter()
        .map(|d| format!("{}={}", d.name, d.value.as_deref().unwrap_or("")))
        .collect();
    fields(&[
        ("Uuid", r.uuid.to_string()),
        ("Type", r.request_type.to_string()),
        ("Status", r.status.to_string()),
        ("Template", guid(&r.profile_template_uuid)),
        ("Target", guid(&r.target_user_uuid)),
        ("Originator", guid(&r.originator_user_uuid)),
        ("Submitted", when(&r.submitted)),
        ("Completed", when(&r.completed)),
        ("Priority", r.priority.to_string()),
        ("SmartCard", yes_no(r.is_smartcard)),
        ("NewProfile", guid(&r.new_profile_uuid)),
        ("NewSmartcard", guid(&r.new_smartcard_uuid)),
        ("Comment", opt(Some(&r.comment))),
        (
            "DataCollection",
            if data.is_empty() {
                "-".to_string()
            } else {
                data.join(", ")
            },
        ),
    ])
}

async fn smartcards(
    ctx: &Context,
    client: &Client,
    cardid: Option<String>,
) -> Result<String, CliError> {
    let mut call = client.list_smartcards();
    if let Some(cardid) = cardid {
        call = call.cardid(cardid);
    }
    let cards = api(call.send()).await?;
    if ctx.json() {
        return render::json(&cards);
    }
    let cards: Vec<Smartcard> = match cards {
        SmartcardOrSmartcardList::Smartcard(card) => vec![card],
        SmartcardOrSmartcardList::Array(cards) => cards,
    };
    let mut table = Table::new(
        &["Uuid", "SerialNumber", "Status", "Owner", "Template"],
        "No smart cards.",
    );
    for c in &cards {
        table.row(vec![
            c.uuid.to_string(),
            c.serial_number.clone(),
            c.status.to_string(),
            guid(&c.assigned_user_uuid),
            guid(&c.profile_template_uuid),
        ]);
    }
    Ok(table.render())
}

fn smartcard_fields(c: &Smartcard) -> String {
    fields(&[
        ("Uuid", c.uuid.to_string()),
        ("SerialNumber", c.serial_number.clone()),
        ("Status", c.status.to_string()),
        ("Owner", guid(&c.assigned_user_uuid)),
        ("Template", guid(&c.profile_template_uuid)),
        ("TemplateVersion", c.profile_template_version.to_string()),
        ("Atr", opt(Some(&c.atr))),
        ("Middleware", opt(Some(&c.middleware))),
        ("Comment", opt(Some(&c.comment))),
    ])
}

/// A GUID, or `-` for the empty GUID MIM uses for "none".
fn guid(id: &Uuid) -> String {
    if id.is_nil() {
        "-".to_string()
    } else {
        id.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_ids_come_from_relative_uris() {
        let id = "a9b4b42c-cc50-4c9b-89d1-bbc0bcd5a099";
        for uri in [
            format!("api/v1.0/requests/{id}"),
            format!("/CertificateManagement/api/v1.0/requests/{id}/"),
        ] {
            assert_eq!(
                request_id_from_uri(&uri).map(|u| u.to_string()).as_deref(),
                Some(id)
            );
        }
        assert_eq!(request_id_from_uri("api/v1.0/smartcards/x"), None);
    }
}
