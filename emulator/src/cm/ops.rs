//! CM behaviour: requests and their lifecycle, smart cards, profiles, certificates, templates.

use super::model::{self, CertRow, request_status as rs};
use crate::error::Fail;
use crate::store::{Store, StoreExt, User, kind};
use generated_server_stubs::cm::types;
use mim_wire::MimDateTime;
use uuid::Uuid;

type R<T> = Result<T, Fail>;

/// The caller's CM user uuid.
pub fn me(caller: &User) -> R<Uuid> {
    caller.cm_uuid.ok_or_else(|| {
        Fail::forbidden(format!(
            "{} has no Certificate Management identity",
            caller.name
        ))
    })
}

fn load<T: serde::de::DeserializeOwned>(store: &dyn Store, k: &str, id: Uuid, what: &str) -> R<T> {
    store
        .get(k, &id.to_string())?
        .ok_or_else(|| Fail::not_found(format!("no {what} {id}")))
}

pub fn template(store: &dyn Store, id: Uuid) -> R<types::ProfileTemplateLimitedView> {
    load(store, kind::CM_TEMPLATE, id, "profile template")
}

pub fn templates(
    store: &dyn Store,
    targetuser: Option<&str>,
) -> R<Vec<types::ProfileTemplateLimitedView>> {
    check_targetuser(targetuser)?;
    Ok(store.list(kind::CM_TEMPLATE)?)
}

fn check_targetuser(targetuser: Option<&str>) -> R<()> {
    match targetuser {
        Some(t) if !t.eq_ignore_ascii_case("current") => Err(Fail::bad(format!(
            "targetuser `{t}` is not supported; only `current` is"
        ))),
        _ => Ok(()),
    }
}

/// The smart card configuration of a template; `None` for a template without smart cards.
pub fn smartcard_policy(store: &dyn Store, id: Uuid) -> R<Option<types::SmartcardConfig>> {
    let t = template(store, id)?;
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
    store: &dyn Store,
    id: Uuid,
    policy: &str,
) -> R<types::ProfileTemplatePolicy> {
    template(store, id)?;
    // `{type}` names a sub-resource of the template: an unknown one does not exist (404).
    if !POLICY_TYPES.contains(&policy.to_ascii_lowercase().as_str()) {
        return Err(Fail::not_found(format!(
            "no workflow policy `{policy}`; known: {}",
            POLICY_TYPES.join(", ")
        )));
    }
    Ok(model::workflow_policy())
}

/// A request the caller may see (originator or target).
pub fn request(store: &dyn Store, caller: &User, id: Uuid) -> R<types::Request> {
    let me = me(caller)?;
    let req: types::Request = load(store, kind::CM_REQUEST, id, "request")?;
    if req.target_user_uuid != me && req.originator_user_uuid != me {
        return Err(Fail::forbidden(format!(
            "request {id} belongs to another user"
        )));
    }
    Ok(req)
}

pub fn requests(
    store: &dyn Store,
    caller: &User,
    targetuser: Option<&str>,
    status: Option<types::CmRequestStatusName>,
) -> R<Vec<types::Request>> {
    check_targetuser(targetuser)?;
    let me = me(caller)?;
    let all: Vec<types::Request> = store.list(kind::CM_REQUEST)?;
    Ok(all
        .into_iter()
        .filter(|r| {
            if targetuser.is_some() {
                r.target_user_uuid == me
            } else {
                r.target_user_uuid == me || r.originator_user_uuid == me
            }
        })
        .filter(|r| status.is_none_or(|s| r.status == model::request_status_code(s)))
        .collect())
}

fn data_items(input: &types::DataCollectionInput) -> R<Vec<types::DataCollectionItem>> {
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
                .collect::<R<_>>()?
        }
    };
    let mut items = Vec::new();
    for entry in entries {
        let mut pairs: Vec<_> = entry.into_iter().collect();
        pairs.sort();
        for (name, value) in pairs {
            items.push(types::DataCollectionItem {
                name,
                value: Some(value),
            });
        }
    }
    Ok(items)
}

pub fn create_request(
    store: &dyn Store,
    caller: &User,
    body: types::CreateRequestBody,
) -> R<String> {
    let me = me(caller)?;
    let target = body.target.unwrap_or(me);
    if target != me {
        return Err(Fail::forbidden(
            "requests on behalf of another user need an enrollment agent, which the emulator does not model",
        ));
    }
    let card = match body.smartcard {
        Some(id) => Some(smartcard(store, caller, id)?),
        None => None,
    };
    let template_id = body
        .profiletemplateuuid
        .or(card.as_ref().map(|c| c.profile_template_uuid))
        .ok_or_else(|| {
            Fail::bad("profiletemplateuuid is required unless smartcard names an existing card")
        })?;
    let tmpl = template(store, template_id).map_err(|_| {
        Fail::bad(format!(
            "profiletemplateuuid {template_id} names no profile template"
        ))
    })?;
    let needs_card = !matches!(
        body.type_,
        types::CmRequestType::Enroll
            | types::CmRequestType::Duplicate
            | types::CmRequestType::TemporaryCards
    );
    if needs_card && tmpl.is_smartcard_profile_template && card.is_none() {
        return Err(Fail::bad(format!(
            "a {:?} request on a smart card template must name the smartcard",
            body.type_
        )));
    }
    let id = Uuid::new_v4();
    let mut req = model::new_request(
        id,
        model::request_type_code(body.type_),
        me,
        target,
        template_id,
        tmpl.is_smartcard_profile_template,
        body.comment.clone(),
        data_items(&body.datacollection)?,
    );
    req.priority = match &body.priority {
        Some(types::PriorityInput::Int32(p)) => *p,
        Some(types::PriorityInput::String(p)) => p
            .parse::<i32>()
            .map_err(|_| Fail::bad("priority must be a number"))?,
        None => 0,
    };
    if let Some(card) = &card {
        req.old_smartcard_uuid = card.uuid;
        req.new_smartcard_uuid = card.uuid;
        let profiles: Vec<types::Profile> = store.list(kind::CM_PROFILE)?;
        if let Some(p) = profiles.iter().find(|p| {
            p.assigned_user_uuid == me && p.profile_template_uuid == card.profile_template_uuid
        }) {
            req.old_profile_uuid = p.uuid;
            req.new_profile_uuid = p.uuid;
        }
    }
    store.put(kind::CM_REQUEST, &id.to_string(), &req)?;
    Ok(format!("api/v1.0/requests/{id}"))
}

pub fn update_request_status(
    store: &dyn Store,
    caller: &User,
    id: Uuid,
    to: types::CmRequestStatusUpdate,
) -> R<types::Request> {
    let mut req = request(store, caller, id)?;
    let open = matches!(req.status, rs::PENDING | rs::APPROVED | rs::EXECUTING);
    let (allowed, new_status) = match to {
        types::CmRequestStatusUpdate::Completed => (
            matches!(req.status, rs::APPROVED | rs::EXECUTING),
            rs::COMPLETED,
        ),
        types::CmRequestStatusUpdate::Canceled => (open, rs::CANCELED),
        types::CmRequestStatusUpdate::Abandoned => (
            matches!(req.status, rs::APPROVED | rs::EXECUTING),
            rs::ABANDONED,
        ),
    };
    if !allowed {
        return Err(Fail::conflict(format!(
            "request {id} has status {} and cannot become {to:?}",
            status_name(req.status)
        )));
    }
    req.status = new_status;
    req.completed = MimDateTime::now();
    if new_status == rs::COMPLETED {
        complete(store, &mut req)?;
    }
    store.put(kind::CM_REQUEST, &id.to_string(), &req)?;
    Ok(req)
}

/// Completing a request activates its profile and card.
fn complete(store: &dyn Store, req: &mut types::Request) -> R<()> {
    if req.new_profile_uuid.is_nil() {
        req.new_profile_uuid = Uuid::new_v4();
    }
    let profile =
        match store.get::<types::Profile>(kind::CM_PROFILE, &req.new_profile_uuid.to_string())? {
            Some(mut p) => {
                p.status = model::PROFILE_ACTIVE;
                p.profile_operations = model::operations(p.status);
                p
            }
            None => model::new_profile(
                req.new_profile_uuid,
                req.target_user_uuid,
                req.profile_template_uuid,
                model::PROFILE_ACTIVE,
            ),
        };
    store.put(kind::CM_PROFILE, &profile.uuid.to_string(), &profile)?;
    if !req.new_smartcard_uuid.is_nil()
        && let Some(mut card) = store
            .get::<types::Smartcard>(kind::CM_SMARTCARD, &req.new_smartcard_uuid.to_string())?
        && card.status == model::card_status::ASSIGNED
    {
        card.status = model::card_status::ACTIVE;
        store.put(kind::CM_SMARTCARD, &card.uuid.to_string(), &card)?;
    }
    Ok(())
}

pub fn status_name(code: i32) -> &'static str {
    match code {
        rs::PENDING => "Pending",
        rs::DENIED => "Denied",
        rs::APPROVED => "Approved",
        rs::EXECUTING => "Executing",
        rs::FAILED => "Failed",
        rs::CANCELED => "Canceled",
        rs::ABANDONED => "Abandoned",
        rs::COMPLETED => "Completed",
        _ => "None",
    }
}

fn require_open(req: &types::Request) -> R<()> {
    if matches!(req.status, rs::APPROVED | rs::EXECUTING) {
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
    store: &dyn Store,
    caller: &User,
    id: Uuid,
) -> R<Vec<types::CertificateRequestGenerationOptions>> {
    let req = request(store, caller, id)?;
    require_open(&req)?;
    Ok(vec![model::generation_options(req.is_smartcard)])
}

pub fn submit_certificates(
    store: &dyn Store,
    caller: &User,
    id: Uuid,
    body: types::SubmitCertificateDataBody,
) -> R<Vec<types::Certificate>> {
    let mut req = request(store, caller, id)?;
    require_open(&req)?;
    if body.certificaterequests.is_empty() {
        return Err(Fail::bad(
            "certificaterequests must hold at least one base64 certificate request",
        ));
    }
    if req.new_profile_uuid.is_nil() {
        req.new_profile_uuid = Uuid::new_v4();
    }
    let tmpl = template(store, req.profile_template_uuid)?;
    let now = MimDateTime::now();
    let mut out = Vec::new();
    for (i, csr) in body.certificaterequests.iter().enumerate() {
        let serial = model::hex_digest(&[&req.uuid.to_string(), csr, &i.to_string()], 10);
        let row = CertRow {
            owner: req.target_user_uuid,
            profile: req.new_profile_uuid,
            smartcard: (!req.new_smartcard_uuid.is_nil()).then_some(req.new_smartcard_uuid),
            certificate: types::X509ClmCertificate {
                archived_on_ca: false,
                certificate_type: 1,
                is_key_history: false,
                issuer: Some("CN=Contoso Emulated CA".into()),
                not_after: Some(MimDateTime::from_utc(
                    now.to_utc() + chrono::TimeDelta::days(365),
                )),
                not_before: Some(now),
                requester_name: Some(caller.name.clone()),
                serial_number: serial.clone(),
                status: Some(0),
                template_common_name: tmpl.name.clone(),
                thumbprint: model::hex_digest(&[&serial], 20),
            },
        };
        store.put(kind::CM_CERTIFICATE, &serial, &row)?;
        out.push(types::Certificate {
            certificate_id: i32::try_from(i + 1).unwrap_or(i32::MAX),
            error: None,
            flags: 65536,
            is_external: false,
            is_key_history: false,
            is_pfx: false,
            is_pkcs7: true,
            is_server_generated: false,
            pfx: None,
            pkcs7: Some(format!("MIIemulated{}", model::hex_digest(&[csr], 32))),
            template_common_name: tmpl.name.clone(),
            use_local_machine_store: false,
        });
    }
    req.status = rs::EXECUTING;
    store.put(kind::CM_REQUEST, &id.to_string(), &req)?;
    Ok(out)
}

/// A card assigned to the caller.
pub fn smartcard(store: &dyn Store, caller: &User, id: Uuid) -> R<types::Smartcard> {
    let me = me(caller)?;
    let card: types::Smartcard = load(store, kind::CM_SMARTCARD, id, "smart card")?;
    if card.assigned_user_uuid != me {
        return Err(Fail::forbidden(format!(
            "smart card {id} is assigned to another user"
        )));
    }
    Ok(card)
}

pub fn smartcards(
    store: &dyn Store,
    caller: &User,
    cardid: Option<&str>,
) -> R<types::SmartcardOrSmartcardList> {
    let me = me(caller)?;
    let all: Vec<types::Smartcard> = store.list(kind::CM_SMARTCARD)?;
    let mine: Vec<_> = all
        .into_iter()
        .filter(|c| c.assigned_user_uuid == me)
        .collect();
    match cardid {
        Some(cid) => mine
            .into_iter()
            .find(|c| c.serial_number.eq_ignore_ascii_case(cid))
            .map(types::SmartcardOrSmartcardList::Smartcard)
            .ok_or_else(|| Fail::not_found(format!("no smart card with card id {cid}"))),
        None => Ok(types::SmartcardOrSmartcardList::Array(mine)),
    }
}

pub fn assign_smartcard(
    store: &dyn Store,
    caller: &User,
    body: types::AssignSmartcardBody,
) -> R<String> {
    let mut req = request(store, caller, body.requestid)?;
    require_open(&req)?;
    if !req.is_smartcard {
        return Err(Fail::bad(format!(
            "request {} is not for a smart card template",
            req.uuid
        )));
    }
    let all: Vec<types::Smartcard> = store.list(kind::CM_SMARTCARD)?;
    if all
        .iter()
        .any(|c| c.serial_number.eq_ignore_ascii_case(&body.cardid) && c.status != 6)
    {
        return Err(Fail::conflict(format!(
            "card id {} is already assigned",
            body.cardid
        )));
    }
    let id = Uuid::new_v4();
    let card = model::new_smartcard(
        id,
        &body.cardid,
        body.atr.as_deref().unwrap_or_default(),
        req.target_user_uuid,
        req.profile_template_uuid,
        model::card_status::ASSIGNED,
    );
    store.put(kind::CM_SMARTCARD, &id.to_string(), &card)?;
    req.new_smartcard_uuid = id;
    store.put(kind::CM_REQUEST, &req.uuid.to_string(), &req)?;
    Ok(format!("api/v1.0/smartcards/{id}"))
}

/// The card `card_id` as used by request `request_id` (both visible, and linked).
pub fn request_card(
    store: &dyn Store,
    caller: &User,
    request_id: Uuid,
    card_id: Uuid,
) -> R<(types::Request, types::Smartcard)> {
    let req = request(store, caller, request_id)?;
    let card = smartcard(store, caller, card_id)?;
    // `/requests/{r}/smartcards/{c}` names the card within the request: no link, no resource.
    if req.new_smartcard_uuid != card.uuid && req.old_smartcard_uuid != card.uuid {
        return Err(Fail::not_found(format!(
            "smart card {card_id} is not part of request {request_id}"
        )));
    }
    Ok((req, card))
}

pub fn check_cardid(card: &types::Smartcard, cardid: Option<&str>) -> R<()> {
    match cardid {
        Some(cid) if !cid.eq_ignore_ascii_case(&card.serial_number) => Err(Fail::bad(format!(
            "cardid {cid} does not match smart card {}",
            card.uuid
        ))),
        _ => Ok(()),
    }
}

pub fn update_card_status(
    store: &dyn Store,
    caller: &User,
    rid: Uuid,
    id: Uuid,
    to: types::CmSmartcardStatusName,
) -> R<types::Smartcard> {
    let (_, mut card) = request_card(store, caller, rid, id)?;
    if card.status == 6 {
        return Err(Fail::conflict(format!("smart card {id} is retired")));
    }
    card.status = model::card_status_code(to);
    store.put(kind::CM_SMARTCARD, &id.to_string(), &card)?;
    Ok(card)
}

pub fn proposed_pin(card: &types::Smartcard, challenge: Option<&str>) -> String {
    let digest = model::hex_digest(&[&card.uuid.to_string(), challenge.unwrap_or_default()], 4);
    let n = u32::from_str_radix(&digest, 16).unwrap_or(0) % 100_000_000;
    format!("{n:08}")
}

pub fn profile(store: &dyn Store, caller: &User, id: Uuid) -> R<types::Profile> {
    let me = me(caller)?;
    let p: types::Profile = load(store, kind::CM_PROFILE, id, "profile")?;
    if p.assigned_user_uuid != me {
        return Err(Fail::forbidden(format!(
            "profile {id} belongs to another user"
        )));
    }
    Ok(p)
}

pub fn profiles(
    store: &dyn Store,
    caller: &User,
    status: Option<types::ProfileStatusFilter>,
) -> R<Vec<types::Profile>> {
    let me = me(caller)?;
    let all: Vec<types::Profile> = store.list(kind::CM_PROFILE)?;
    Ok(all
        .into_iter()
        .filter(|p| p.assigned_user_uuid == me)
        .filter(|p| status.is_none_or(|s| p.status == model::profile_status_code(s)))
        .collect())
}

pub fn request_profiles(
    store: &dyn Store,
    caller: &User,
    rid: Uuid,
    status: Option<types::ProfileStatusFilter>,
) -> R<Vec<types::Profile>> {
    let req = request(store, caller, rid)?;
    Ok(profiles(store, caller, status)?
        .into_iter()
        .filter(|p| p.uuid == req.new_profile_uuid || p.uuid == req.old_profile_uuid)
        .collect())
}

pub fn certificates(
    store: &dyn Store,
    caller: &User,
    keep: impl Fn(&CertRow) -> bool,
) -> R<Vec<types::X509ClmCertificate>> {
    let me = me(caller)?;
    let all: Vec<CertRow> = store.list(kind::CM_CERTIFICATE)?;
    Ok(all
        .into_iter()
        .filter(|c| c.owner == me && keep(c))
        .map(|c| c.certificate)
        .collect())
}
