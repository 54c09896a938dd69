//! CM objects in the seed fixture (compact form; turned into the API's types when stored).

use super::model::{self, NewRequest};
use crate::error::Fail;
use crate::store::cm::{
    self as rows, CertificateRow, ProfileRow, RequestRow, SmartcardRow, TemplateRow,
};
use generated_server_stubs::cm::types;
use mim_wire::MimDateTime;
use rusqlite::Connection;
use serde::Deserialize;
use uuid::Uuid;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CmSeed {
    #[serde(default)]
    pub templates: Vec<SeedTemplate>,
    #[serde(default)]
    pub smartcards: Vec<SeedSmartcard>,
    #[serde(default)]
    pub profiles: Vec<SeedProfile>,
    #[serde(default)]
    pub requests: Vec<SeedRequest>,
    #[serde(default)]
    pub certificates: Vec<SeedCertificate>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedTemplate {
    pub uuid: Uuid,
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub smartcard: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedSmartcard {
    pub uuid: Uuid,
    pub cardid: String,
    #[serde(default)]
    pub atr: String,
    pub owner: Uuid,
    pub template: Uuid,
    pub status: i32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedProfile {
    pub uuid: Uuid,
    pub owner: Uuid,
    pub template: Uuid,
    pub status: i32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedRequest {
    pub uuid: Uuid,
    pub request_type: i32,
    pub status: i32,
    pub owner: Uuid,
    pub template: Uuid,
    pub submitted: MimDateTime,
    #[serde(default)]
    pub new_profile: Uuid,
    #[serde(default)]
    pub old_profile: Uuid,
    #[serde(default)]
    pub new_smartcard: Uuid,
    #[serde(default)]
    pub old_smartcard: Uuid,
    #[serde(default)]
    pub data: Vec<types::DataCollectionItem>,
    #[serde(default)]
    pub smartcard: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedCertificate {
    pub serial: String,
    pub thumbprint: String,
    pub template_cn: String,
    pub owner: Uuid,
    pub profile: Uuid,
    #[serde(default)]
    pub smartcard: Option<Uuid>,
    #[serde(default)]
    pub issuer: Option<String>,
    #[serde(default)]
    pub not_before: Option<MimDateTime>,
    #[serde(default)]
    pub not_after: Option<MimDateTime>,
}

/// The CM part of a checked fixture.
#[derive(Debug, Default)]
pub struct CmRows {
    pub templates: Vec<TemplateRow>,
    pub smartcards: Vec<SmartcardRow>,
    pub profiles: Vec<ProfileRow>,
    pub requests: Vec<RequestRow>,
    pub certificates: Vec<CertificateRow>,
}

impl CmRows {
    /// Insert every row (the caller holds the transaction).
    pub fn insert(&self, conn: &Connection) -> Result<(), Fail> {
        for t in &self.templates {
            rows::insert_template(conn, t)?;
        }
        for c in &self.smartcards {
            rows::insert_smartcard(conn, c)?;
        }
        for p in &self.profiles {
            rows::upsert_profile(conn, p)?;
        }
        for r in &self.requests {
            rows::insert_request(conn, r)?;
        }
        for c in &self.certificates {
            rows::put_certificate(conn, c)?;
        }
        Ok(())
    }
}

impl CmSeed {
    pub fn rows(&self) -> CmRows {
        CmRows {
            templates: self
                .templates
                .iter()
                .map(|t| TemplateRow {
                    uuid: t.uuid,
                    name: t.name.clone(),
                    description: t.description.clone(),
                    smartcard: t.smartcard,
                    virtual_smartcard: false,
                })
                .collect(),
            smartcards: self
                .smartcards
                .iter()
                .map(|c| SmartcardRow {
                    uuid: c.uuid,
                    serial: c.cardid.clone(),
                    atr: c.atr.clone(),
                    owner: c.owner,
                    template: c.template,
                    status: c.status,
                })
                .collect(),
            profiles: self
                .profiles
                .iter()
                .map(|p| ProfileRow {
                    uuid: p.uuid,
                    owner: p.owner,
                    template: p.template,
                    status: p.status,
                })
                .collect(),
            requests: self
                .requests
                .iter()
                .map(|r| RequestRow {
                    status: r.status,
                    submitted: r.submitted,
                    new_profile: r.new_profile,
                    old_profile: r.old_profile,
                    new_smartcard: r.new_smartcard,
                    old_smartcard: r.old_smartcard,
                    ..model::new_request(NewRequest {
                        uuid: r.uuid,
                        request_type: r.request_type,
                        originator: r.owner,
                        target: r.owner,
                        template: r.template,
                        smartcard: r.smartcard,
                        comment: String::new(),
                        data: r
                            .data
                            .iter()
                            .map(|i| (i.name.clone(), i.value.clone()))
                            .collect(),
                    })
                })
                .collect(),
            certificates: self
                .certificates
                .iter()
                .map(|c| CertificateRow {
                    serial: c.serial.clone(),
                    owner: c.owner,
                    profile: c.profile,
                    smartcard: c.smartcard,
                    thumbprint: c.thumbprint.clone(),
                    template_cn: c.template_cn.clone(),
                    issuer: c.issuer.clone(),
                    not_before: c.not_before,
                    not_after: c.not_after,
                    requester_name: None,
                })
                .collect(),
        }
    }
}
