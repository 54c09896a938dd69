//! Reading the v1 `documents` table (JSON documents keyed by kind and id) into typed rows.
//!
//! v1 stored the PAM rows with the shapes of [`User`], [`Role`] and [`PamRequestRow`], and the CM
//! rows as the generated wire types of that release; those shapes are frozen here.

use super::cm::{
    self as cm_rows, CertificateRow, ProfileRow, RequestRow, SmartcardRow, TemplateRow,
};
use super::{PamRequestRow, Role, StoreResult, User, pam, users};
use generated_server_stubs::cm::types;
use rusqlite::{Connection, params};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use uuid::Uuid;

/// v1's certificate document.
#[derive(Deserialize)]
struct CertDocument {
    owner: Uuid,
    profile: Uuid,
    smartcard: Option<Uuid>,
    certificate: types::X509ClmCertificate,
}

fn documents<T: DeserializeOwned>(conn: &Connection, kind: &str) -> StoreResult<Vec<T>> {
    let mut stmt = conn.prepare("SELECT body FROM documents WHERE kind = ?1 ORDER BY seq")?;
    let bodies = stmt
        .query_map(params![kind], |r| r.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    bodies
        .iter()
        .map(|b| Ok(serde_json::from_str(b)?))
        .collect()
}

/// Insert every v1 document as typed rows (the caller holds the transaction).
pub fn migrate_documents(conn: &Connection) -> StoreResult<()> {
    for user in documents::<User>(conn, "user")? {
        users::insert(conn, &user)?;
    }
    for role in documents::<Role>(conn, "pam_role")? {
        pam::insert_role(conn, &role)?;
    }
    for row in documents::<PamRequestRow>(conn, "pam_request")? {
        pam::insert_request(conn, &row)?;
    }
    for t in documents::<types::ProfileTemplateLimitedView>(conn, "cm_template")? {
        cm_rows::insert_template(
            conn,
            &TemplateRow {
                uuid: t.uuid,
                name: t.name,
                description: t.description,
                smartcard: t.is_smartcard_profile_template,
                virtual_smartcard: t.is_virtual_smartcard_profile_template,
            },
        )?;
    }
    for c in documents::<types::Smartcard>(conn, "cm_smartcard")? {
        cm_rows::insert_smartcard(
            conn,
            &SmartcardRow {
                uuid: c.uuid,
                serial: c.serial_number,
                atr: c.atr,
                owner: c.assigned_user_uuid,
                template: c.profile_template_uuid,
                status: c.status,
            },
        )?;
    }
    for p in documents::<types::Profile>(conn, "cm_profile")? {
        cm_rows::upsert_profile(
            conn,
            &ProfileRow {
                uuid: p.uuid,
                owner: p.assigned_user_uuid,
                template: p.profile_template_uuid,
                status: p.status,
            },
        )?;
    }
    for r in documents::<types::Request>(conn, "cm_request")? {
        cm_rows::insert_request(
            conn,
            &RequestRow {
                uuid: r.uuid,
                request_type: r.request_type,
                originator: r.originator_user_uuid,
                target: r.target_user_uuid,
                template: r.profile_template_uuid,
                smartcard: r.is_smartcard,
                comment: r.comment,
                data: r
                    .data_collection
                    .into_iter()
                    .map(|i| (i.name, i.value))
                    .collect(),
                priority: r.priority,
                status: r.status,
                submitted: r.submitted,
                completed: r.completed,
                new_profile: r.new_profile_uuid,
                old_profile: r.old_profile_uuid,
                new_smartcard: r.new_smartcard_uuid,
                old_smartcard: r.old_smartcard_uuid,
            },
        )?;
    }
    for c in documents::<CertDocument>(conn, "cm_certificate")? {
        let cert = c.certificate;
        cm_rows::put_certificate(
            conn,
            &CertificateRow {
                serial: cert.serial_number,
                owner: c.owner,
                profile: c.profile,
                smartcard: c.smartcard,
                thumbprint: cert.thumbprint,
                template_cn: cert.template_common_name,
                issuer: cert.issuer,
                not_before: cert.not_before,
                not_after: cert.not_after,
                requester_name: cert.requester_name,
            },
        )?;
    }
    Ok(())
}
