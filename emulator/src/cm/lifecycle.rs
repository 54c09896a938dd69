//! CM writes. Each function runs as one writer job (see `store`), so its checks and changes are
//! atomic: of racing transitions on one request exactly one sees the old state and wins, the
//! others see the new state and answer 409.

use super::model::{self, NewRequest, request_status as status};
use super::ops::{self, cm_identity, request_row, require_open, status_name};
use crate::error::Fail;
use crate::store::User;
use crate::store::cm::{self as rows, CertificateRow, ProfileRow, RequestRow};
use generated_server_stubs::cm::types;
use mim_wire::MimDateTime;
use rusqlite::Connection;
use uuid::Uuid;

pub fn create_request(
    conn: &Connection,
    caller: &User,
    body: &types::CreateRequestBody,
) -> Result<String, Fail> {
    let mine = cm_identity(caller)?;
    let target = body.target.unwrap_or(mine);
    if target != mine {
        return Err(Fail::forbidden(
            "requests on behalf of another user need an enrollment agent, which the emulator does not model",
        ));
    }
    let card = match body.smartcard {
        Some(id) => Some(ops::smartcard_row(conn, caller, id)?),
        None => None,
    };
    let template_id = body
        .profiletemplateuuid
        .or(card.as_ref().map(|c| c.template))
        .ok_or_else(|| {
            Fail::bad("profiletemplateuuid is required unless smartcard names an existing card")
        })?;
    let tmpl = rows::template(conn, template_id)?.ok_or_else(|| {
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
    if needs_card && tmpl.smartcard && card.is_none() {
        return Err(Fail::bad(format!(
            "a {:?} request on a smart card template must name the smartcard",
            body.type_
        )));
    }
    let id = Uuid::new_v4();
    let mut req = model::new_request(NewRequest {
        uuid: id,
        request_type: model::request_type_code(body.type_),
        originator: mine,
        target,
        template: template_id,
        smartcard: tmpl.smartcard,
        comment: body.comment.clone(),
        data: ops::data_items(&body.datacollection)?,
    });
    req.priority = match &body.priority {
        Some(types::PriorityInput::Int32(p)) => *p,
        Some(types::PriorityInput::String(p)) => p
            .parse::<i32>()
            .map_err(|_| Fail::bad("priority must be a number"))?,
        None => 0,
    };
    if let Some(card) = &card {
        req.old_smartcard = card.uuid;
        req.new_smartcard = card.uuid;
        if let Some(p) = rows::profiles_of(conn, mine)?
            .iter()
            .find(|p| p.template == card.template)
        {
            req.old_profile = p.uuid;
            req.new_profile = p.uuid;
        }
    }
    rows::insert_request(conn, &req)?;
    Ok(format!("api/v1.0/requests/{id}"))
}

pub fn update_request_status(
    conn: &Connection,
    caller: &User,
    id: Uuid,
    to: types::CmRequestStatusUpdate,
) -> Result<types::Request, Fail> {
    let mut req = request_row(conn, caller, id)?;
    let open = matches!(
        req.status,
        status::PENDING | status::APPROVED | status::EXECUTING
    );
    let (allowed, new_status) = match to {
        types::CmRequestStatusUpdate::Completed => (
            matches!(req.status, status::APPROVED | status::EXECUTING),
            status::COMPLETED,
        ),
        types::CmRequestStatusUpdate::Canceled => (open, status::CANCELED),
        types::CmRequestStatusUpdate::Abandoned => (
            matches!(req.status, status::APPROVED | status::EXECUTING),
            status::ABANDONED,
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
    if new_status == status::COMPLETED {
        complete(conn, &mut req)?;
    }
    rows::update_request(conn, &req)?;
    Ok(model::request_to_wire(&req))
}

/// Completing a request activates its profile and card.
fn complete(conn: &Connection, req: &mut RequestRow) -> Result<(), Fail> {
    if req.new_profile.is_nil() {
        req.new_profile = Uuid::new_v4();
    }
    rows::upsert_profile(
        conn,
        &ProfileRow {
            uuid: req.new_profile,
            owner: req.target,
            template: req.template,
            status: model::PROFILE_ACTIVE,
        },
    )?;
    if !req.new_smartcard.is_nil()
        && let Some(card) = rows::smartcard(conn, req.new_smartcard)?
        && card.status == model::card_status::ASSIGNED
    {
        rows::set_smartcard_status(conn, card.uuid, model::card_status::ACTIVE)?;
    }
    Ok(())
}

pub fn submit_certificates(
    conn: &Connection,
    caller: &User,
    id: Uuid,
    body: &types::SubmitCertificateDataBody,
) -> Result<Vec<types::Certificate>, Fail> {
    let mut req = request_row(conn, caller, id)?;
    require_open(&req)?;
    if body.certificaterequests.is_empty() {
        return Err(Fail::bad(
            "certificaterequests must hold at least one base64 certificate request",
        ));
    }
    if req.new_profile.is_nil() {
        req.new_profile = Uuid::new_v4();
    }
    let tmpl = ops::template(conn, req.template)?;
    let now = MimDateTime::now();
    let mut out = Vec::new();
    for (i, csr) in body.certificaterequests.iter().enumerate() {
        let serial = model::hex_digest(&[&req.uuid.to_string(), csr, &i.to_string()], 10);
        rows::put_certificate(
            conn,
            &CertificateRow {
                serial: serial.clone(),
                owner: req.target,
                profile: req.new_profile,
                smartcard: (!req.new_smartcard.is_nil()).then_some(req.new_smartcard),
                thumbprint: model::hex_digest(&[&serial], 20),
                template_cn: tmpl.name.clone(),
                issuer: Some("CN=Contoso Emulated CA".into()),
                not_before: Some(now),
                not_after: Some(MimDateTime::from_utc(
                    now.to_utc() + chrono::TimeDelta::days(365),
                )),
                requester_name: Some(caller.name.clone()),
            },
        )?;
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
    req.status = status::EXECUTING;
    rows::update_request(conn, &req)?;
    Ok(out)
}

pub fn assign_smartcard(
    conn: &Connection,
    caller: &User,
    body: &types::AssignSmartcardBody,
) -> Result<String, Fail> {
    let mut req = request_row(conn, caller, body.requestid)?;
    require_open(&req)?;
    if !req.smartcard {
        return Err(Fail::bad(format!(
            "request {} is not for a smart card template",
            req.uuid
        )));
    }
    if rows::serial_in_use(conn, &body.cardid)? {
        return Err(Fail::conflict(format!(
            "card id {} is already assigned",
            body.cardid
        )));
    }
    let id = Uuid::new_v4();
    rows::insert_smartcard(
        conn,
        &rows::SmartcardRow {
            uuid: id,
            serial: body.cardid.clone(),
            atr: body.atr.clone().unwrap_or_default(),
            owner: req.target,
            template: req.template,
            status: model::card_status::ASSIGNED,
        },
    )?;
    req.new_smartcard = id;
    rows::update_request(conn, &req)?;
    Ok(format!("api/v1.0/smartcards/{id}"))
}

/// Set a card's status through an open request (a final request refuses with 409, like the
/// other request-scoped writes).
pub fn update_card_status(
    conn: &Connection,
    caller: &User,
    rid: Uuid,
    id: Uuid,
    to: types::CmSmartcardStatusName,
) -> Result<types::Smartcard, Fail> {
    let (req, mut card) = ops::request_card(conn, caller, rid, id)?;
    require_open(&req)?;
    if card.status == model::CARD_RETIRED {
        return Err(Fail::conflict(format!("smart card {id} is retired")));
    }
    card.status = model::card_status_code(to);
    rows::set_smartcard_status(conn, id, card.status)?;
    Ok(model::smartcard_to_wire(&card))
}
