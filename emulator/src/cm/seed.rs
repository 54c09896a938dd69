//! CM objects in the seed fixture (compact form; turned into the API's types when stored).

use super::model::{self, CertRow};
use crate::store::kind;
use generated_server_stubs::cm::types;
use mim_wire::MimDateTime;
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

impl CmSeed {
    pub fn documents(&self) -> anyhow::Result<Vec<(String, String, String)>> {
        let mut docs = Vec::new();
        let mut push = |k: &str, id: String, json: String| docs.push((k.to_string(), id, json));
        for t in &self.templates {
            let view = types::ProfileTemplateLimitedView {
                description: t.description.clone(),
                is_smartcard_profile_template: t.smartcard,
                is_virtual_smartcard_profile_template: false,
                name: t.name.clone(),
                uuid: t.uuid,
            };
            push(
                kind::CM_TEMPLATE,
                t.uuid.to_string(),
                serde_json::to_string(&view)?,
            );
        }
        for c in &self.smartcards {
            let card =
                model::new_smartcard(c.uuid, &c.cardid, &c.atr, c.owner, c.template, c.status);
            push(
                kind::CM_SMARTCARD,
                c.uuid.to_string(),
                serde_json::to_string(&card)?,
            );
        }
        for p in &self.profiles {
            let profile = model::new_profile(p.uuid, p.owner, p.template, p.status);
            push(
                kind::CM_PROFILE,
                p.uuid.to_string(),
                serde_json::to_string(&profile)?,
            );
        }
        for r in &self.requests {
            let mut req = model::new_request(
                r.uuid,
                r.request_type,
                r.owner,
                r.owner,
                r.template,
                r.smartcard,
                String::new(),
                r.data.clone(),
            );
            req.status = r.status;
            req.submitted = r.submitted;
            req.new_profile_uuid = r.new_profile;
            req.old_profile_uuid = r.old_profile;
            req.new_smartcard_uuid = r.new_smartcard;
            req.old_smartcard_uuid = r.old_smartcard;
            push(
                kind::CM_REQUEST,
                r.uuid.to_string(),
                serde_json::to_string(&req)?,
            );
        }
        for c in &self.certificates {
            let row = CertRow {
                owner: c.owner,
                profile: c.profile,
                smartcard: c.smartcard,
                certificate: types::X509ClmCertificate {
                    archived_on_ca: false,
                    certificate_type: 1,
                    is_key_history: false,
                    issuer: c.issuer.clone(),
                    not_after: c.not_after,
                    not_before: c.not_before,
                    requester_name: None,
                    serial_number: c.serial.clone(),
                    status: Some(0),
                    template_common_name: c.template_cn.clone(),
                    thumbprint: c.thumbprint.clone(),
                },
            };
            push(
                kind::CM_CERTIFICATE,
                c.serial.clone(),
                serde_json::to_string(&row)?,
            );
        }
        Ok(docs)
    }
}
