//! CM reads: visibility rules, templates, requests, smart cards, profiles, certificates.
//!
//! Visibility: another user's request, card or profile answers 404 exactly like one that does
//! not exist, so ids of other users' objects are not revealed.

use super::model;
use crate::error::Fail;
use crate::store::User;
use crate::store::cm::{self as rows, Originated, ProfileRow, RequestRow, SmartcardRow};
use generated_server_stubs::cm::types;
use rusqlite::Connection;
use uuid::Uuid;

/// The caller's CM user uuid.
pub fn cm_identity(caller: &User) -> Result<Uuid, Fail> {
    caller.cm_uuid.ok_or_else(|| {
        Fail::forbidden(format!(
            "{} has no Certificate Management identity",
            caller.name
        ))
    })
}

pub fn template(conn: &Connection, id: Uuid) -> Result<types::ProfileTemplateLimitedView, Fail> {
    rows::template(conn, id)?
        .map(|t| model::template_to_wire(&t))
        .ok_or_else(|| Fail::not_found(format!("no profile template {id}")))
}

pub fn templates(
    conn: &Connection,
    targetuser: Option<&str>,
) -> Result<Vec<types::ProfileTemplateLimitedView>, Fail> {
    check_targetuser(targetuser)?;
    Ok(rows::templates(conn)?
        .iter()
        .map(model::template_to_wire)
        .collect())
}

pub fn check_targetuser(targetuser: Option<&str>) -> Result<(), Fail> {
    match targetuser {
        Some(t) if !t.eq_ignore_ascii_case("current") => Err(Fail::bad(format!(
            "targetuser `{t}` is not supported; only `current` is"
        ))),
        _ => Ok(()),
    }
}

/// The smart card configuration of a template; `None` for a template without smart cards.
pub fn smartcard_policy(
    conn: &Connection,
    id: Uuid,
) -> Result<Option<types::SmartcardConfig>, Fail> {
    let t = template(conn, id)?;
    Ok(t.is_smartcard_profile_template
        .then(model::smartcard_config))
}

const POLICY_TYPES: &[&str] = &[
    "enroll",
    "duplicate",
    "offlineunblock",
    "onlineupdate",
    "renew",
    "recover",
    "recoveronbehalf",
    "reinstate",
    "retire",
    "revoke",
    "temporaryenroll",
    "unblock",
];

pub fn workflow_policy(
    conn: &Connection,
    id: Uuid,
    policy: &str,
) -> Result<types::ProfileTemplatePolicy, Fail> {
    template(conn, id)?;
    // `{type}` names a sub-resource of the template: an unknown one does not exist (404).
    if !POLICY_TYPES.contains(&policy.to_ascii_lowercase().as_str()) {
        return Err(Fail::not_found(format!(
            "no workflow policy `{policy}`; known: {}",
            POLICY_TYPES.join(", ")
        )));
    }
    Ok(model::workflow_policy())
}

/// A request the caller may see (originator or target); others' are 404.
pub fn request_row(conn: &Connection, caller: &User, id: Uuid) -> Result<RequestRow, Fail> {
    let mine = cm_identity(caller)?;
    rows::request(conn, id)?
        .filter(|r| r.target == mine || r.originator == mine)
        .ok_or_else(|| Fail::not_found(format!("no request {id}")))
}

pub fn request(conn: &Connection, caller: &User, id: Uuid) -> Result<types::Request, Fail> {
    Ok(model::request_to_wire(&request_row(conn, caller, id)?))
}

pub fn requests(
    conn: &Connection,
    caller: &User,
    targetuser: Option<&str>,
    status: Option<types::CmRequestStatusName>,
) -> Result<Vec<types::Request>, Fail> {
    check_targetuser(targetuser)?;
    let mine = cm_identity(caller)?;
    let originated = if targetuser.is_some() {
        Originated::Excluded
    } else {
        Originated::Included
    };
    Ok(rows::requests_of(conn, mine, originated)?
        .iter()
        .filter(|r| status.is_none_or(|s| r.status == model::request_status_code(s)))
        .map(model::request_to_wire)
        .collect())
}

pub fn status_name(code: i32) -> &'static str {
    use model::request_status as status;
    match code {
        status::PENDING => "Pending",
        status::DENIED => "Denied",
        status::APPROVED => "Approved",
        status::EXECUTING => "Executing",
        status::FAILED => "Failed",
        status::CANCELED => "Canceled",
        status::ABANDONED => "Abandoned",
        status::COMPLETED => "Completed",
        _ => "None",
    }
}

/// Request-scoped work needs an open request (Approved or Executing); a final one is 409.
pub fn require_open(req: &RequestRow) -> Result<(), Fail> {
    use model::request_status as status;
    if matches!(req.status, status::APPROVED | status::EXECUTING) {
        Ok(())
    } else {
        Err(Fail::conflict(format!(
            "request {} has status {}; it must be Approved or Executing",
            req.uuid,
            status_name(req.status)
        )))
    }
}

pub fn generation_options(
    conn: &Connection,
    caller: &User,
    id: Uuid,
) -> Result<Vec<types::CertificateRequestGenerationOptions>, Fail> {
    let req = request_row(conn, caller, id)?;
    require_open(&req)?;
    Ok(vec![model::generation_options(req.smartcard)])
}

/// A card assigned to the caller; others' are 404.
pub fn smartcard_row(conn: &Connection, caller: &User, id: Uuid) -> Result<SmartcardRow, Fail> {
    let mine = cm_identity(caller)?;
    rows::smartcard(conn, id)?
        .filter(|c| c.owner == mine)
        .ok_or_else(|| Fail::not_found(format!("no smart card {id}")))
}

pub fn smartcard(conn: &Connection, caller: &User, id: Uuid) -> Result<types::Smartcard, Fail> {
    Ok(model::smartcard_to_wire(&smartcard_row(conn, caller, id)?))
}

pub fn smartcards(
    conn: &Connection,
    caller: &User,
    cardid: Option<&str>,
) -> Result<types::SmartcardOrSmartcardList, Fail> {
    let mine = rows::smartcards_of(conn, cm_identity(caller)?)?;
    match cardid {
        Some(cid) => mine
            .iter()
            .find(|c| c.serial.eq_ignore_ascii_case(cid))
            .map(|c| types::SmartcardOrSmartcardList::Smartcard(model::smartcard_to_wire(c)))
            .ok_or_else(|| Fail::not_found(format!("no smart card with card id {cid}"))),
        None => Ok(types::SmartcardOrSmartcardList::Array(
            mine.iter().map(model::smartcard_to_wire).collect(),
        )),
    }
}

/// The card `card_id` as used by request `request_id` (both visible, and linked).
pub fn request_card(
    conn: &Connection,
    caller: &User,
    request_id: Uuid,
    card_id: Uuid,
) -> Result<(RequestRow, SmartcardRow), Fail> {
    let req = request_row(conn, caller, request_id)?;
    let card = smartcard_row(conn, caller, card_id)?;
    // `/requests/{r}/smartcards/{c}` names the card within the request: no link, no resource.
    if req.new_smartcard != card.uuid && req.old_smartcard != card.uuid {
        return Err(Fail::not_found(format!(
            "smart card {card_id} is not part of request {request_id}"
        )));
    }
    Ok((req, card))
}

pub fn check_cardid(card: &SmartcardRow, cardid: Option<&str>) -> Result<(), Fail> {
    match cardid {
        Some(cid) if !cid.eq_ignore_ascii_case(&card.serial) => Err(Fail::bad(format!(
            "cardid {cid} does not match smart card {}",
            card.uuid
        ))),
        _ => Ok(()),
    }
}

pub fn proposed_pin(card: &SmartcardRow, challenge: Option<&str>) -> String {
    let digest = model::hex_digest(&[&card.uuid.to_string(), challenge.unwrap_or_default()], 4);
    let n = u32::from_str_radix(&digest, 16).unwrap_or(0) % 100_000_000;
    format!("{n:08}")
}

/// A profile of the caller; others' are 404.
pub fn profile_row(conn: &Connection, caller: &User, id: Uuid) -> Result<ProfileRow, Fail> {
    let mine = cm_identity(caller)?;
    rows::profile(conn, id)?
        .filter(|p| p.owner == mine)
        .ok_or_else(|| Fail::not_found(format!("no profile {id}")))
}

pub fn profile(conn: &Connection, caller: &User, id: Uuid) -> Result<types::Profile, Fail> {
    Ok(model::profile_to_wire(&profile_row(conn, caller, id)?))
}

pub fn profiles(
    conn: &Connection,
    caller: &User,
    status: Option<types::ProfileStatusFilter>,
) -> Result<Vec<types::Profile>, Fail> {
    Ok(rows::profiles_of(conn, cm_identity(caller)?)?
        .iter()
        .filter(|p| status.is_none_or(|s| p.status == model::profile_status_code(s)))
        .map(model::profile_to_wire)
        .collect())
}

pub fn request_profiles(
    conn: &Connection,
    caller: &User,
    rid: Uuid,
    status: Option<types::ProfileStatusFilter>,
) -> Result<Vec<types::Profile>, Fail> {
    let req = request_row(conn, caller, rid)?;
    Ok(profiles(conn, caller, status)?
        .into_iter()
        .filter(|p| p.uuid == req.new_profile || p.uuid == req.old_profile)
        .collect())
}

/// Which of the caller's certificates to list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CertScope {
    All,
    Profile(Uuid),
    Smartcard(Uuid),
}

pub fn certificates(
    conn: &Connection,
    caller: &User,
    scope: CertScope,
) -> Result<Vec<types::X509ClmCertificate>, Fail> {
    Ok(rows::certificates_of(conn, cm_identity(caller)?)?
        .iter()
        .filter(|c| match scope {
            CertScope::All => true,
            CertScope::Profile(p) => c.profile == p,
            CertScope::Smartcard(s) => c.smartcard == Some(s),
        })
        .map(model::certificate_to_wire)
        .collect())
}

pub fn data_items(
    input: &types::DataCollectionInput,
) -> Result<Vec<(String, Option<String>)>, Fail> {
    let entries: Vec<std::collections::HashMap<String, String>> = match input {
        types::DataCollectionInput::Array(items) => items.iter().map(|e| e.0.clone()).collect(),
        // An empty string carries no items, like `"[]"`.
        types::DataCollectionInput::String(text) if text.trim().is_empty() => Vec::new(),
        types::DataCollectionInput::String(text) => {
            let text = text.replace(['\u{201c}', '\u{201d}'], "\"");
            let value: serde_json::Value = serde_json::from_str(&text)
                .map_err(|e| Fail::bad(format!("datacollection is not a JSON array: {e}")))?;
            let array = value.as_array().ok_or_else(|| {
                Fail::bad("datacollection must be an array of name/value objects")
            })?;
            array
                .iter()
                .map(|item| {
                    let obj = item
                        .as_object()
                        .ok_or_else(|| Fail::bad("each datacollection entry must be an object"))?;
                    Ok(obj
                        .iter()
                        .map(|(k, v)| {
                            (
                                k.clone(),
                                v.as_str().map_or_else(|| v.to_string(), str::to_string),
                            )
                        })
                        .collect())
                })
                .collect::<Result<_, Fail>>()?
        }
    };
    let mut items = Vec::new();
    for entry in entries {
        let mut pairs: Vec<_> = entry.into_iter().collect();
        pairs.sort();
        for (name, value) in pairs {
            items.push((name, Some(value)));
        }
    }
    Ok(items)
}
