//! The seed fixture: users, PAM roles and requests, CM objects. Applied only to a new database.

use crate::error::Fail;
use crate::store::{PamRequestRow, Role, RoleRow, Store, StoreExt, StoredStatus, User, pam, users};
use anyhow::{Context, anyhow};
use mim_wire::MimDateTime;
use rusqlite::Connection;
use serde::Deserialize;
use uuid::Uuid;

/// The built-in fixture (the documentation's example world).
pub const DEFAULT_SEED: &str = include_str!("../seed/default.yaml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seed {
    pub users: Vec<User>,
    #[serde(default)]
    pub roles: Vec<SeedRole>,
    #[serde(default)]
    pub pam_requests: Vec<SeedPamRequest>,
    #[serde(default)]
    pub cm: crate::cm::seed::CmSeed,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedRole {
    pub id: Uuid,
    pub display_name: String,
    #[serde(default)]
    pub description: Option<String>,
    pub ttl: i64,
    #[serde(default)]
    pub available_from: Option<MimDateTime>,
    #[serde(default)]
    pub available_to: Option<MimDateTime>,
    #[serde(default)]
    pub mfa_enabled: bool,
    #[serde(default)]
    pub approval_enabled: bool,
    #[serde(default)]
    pub availability_window_enabled: bool,
    /// User names (`PRIV\Jen`).
    #[serde(default)]
    pub candidates: Vec<String>,
    #[serde(default)]
    pub approvers: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedPamRequest {
    pub id: Uuid,
    /// User name of the creator.
    pub creator: String,
    pub role: Uuid,
    #[serde(default)]
    pub justification: Option<String>,
    pub creation_time: MimDateTime,
    #[serde(default)]
    pub expiration_time: Option<MimDateTime>,
    pub requested_ttl: i64,
    pub requested_time: MimDateTime,
    pub status: StoredStatus,
    #[serde(default)]
    pub approval_id: Option<Uuid>,
}

impl Seed {
    pub fn parse(text: &str) -> anyhow::Result<Self> {
        serde_yaml::from_str(text).context("the seed file is not valid")
    }

    fn user_id(&self, name: &str) -> anyhow::Result<Uuid> {
        self.users
            .iter()
            .find(|u| u.name.eq_ignore_ascii_case(name))
            .map(|u| u.id)
            .ok_or_else(|| anyhow!("seed names unknown user `{name}`"))
    }

    /// Check the fixture and turn it into rows.
    pub fn rows(&self) -> anyhow::Result<SeedRows> {
        let mut rows = SeedRows {
            users: self.users.clone(),
            ..SeedRows::default()
        };
        for r in &self.roles {
            let role = Role {
                row: RoleRow {
                    id: r.id,
                    display_name: r.display_name.clone(),
                    description: r.description.clone(),
                    ttl: r.ttl,
                    available_from: r.available_from.unwrap_or_default(),
                    available_to: r.available_to.unwrap_or_default(),
                    mfa_enabled: r.mfa_enabled,
                    approval_enabled: r.approval_enabled,
                    availability_window_enabled: r.availability_window_enabled,
                },
                candidates: r
                    .candidates
                    .iter()
                    .map(|n| self.user_id(n))
                    .collect::<anyhow::Result<_>>()?,
                approvers: r
                    .approvers
                    .iter()
                    .map(|n| self.user_id(n))
                    .collect::<anyhow::Result<_>>()?,
            };
            rows.roles.push(role);
        }
        for q in &self.pam_requests {
            if !self.roles.iter().any(|r| r.id == q.role) {
                return Err(anyhow!(
                    "seed request {} names unknown role {}",
                    q.id,
                    q.role
                ));
            }
            let row = PamRequestRow {
                id: q.id,
                creator: self.user_id(&q.creator)?,
                role_id: q.role,
                justification: q.justification.clone(),
                creation_time: q.creation_time,
                expiration_time: q.expiration_time.unwrap_or_default(),
                requested_ttl: q.requested_ttl,
                requested_time: q.requested_time,
                status: q.status,
                approval_id: q.approval_id,
            };
            rows.pam_requests.push(row);
        }
        rows.cm = self.cm.rows();
        Ok(rows)
    }
}

/// A checked fixture, ready to insert.
#[derive(Debug, Default)]
pub struct SeedRows {
    pub users: Vec<User>,
    pub roles: Vec<Role>,
    pub pam_requests: Vec<PamRequestRow>,
    pub cm: crate::cm::seed::CmRows,
}

impl SeedRows {
    /// Insert every row (the caller holds the transaction).
    pub fn insert(&self, conn: &Connection) -> Result<(), Fail> {
        for user in &self.users {
            users::insert(conn, user)?;
        }
        for role in &self.roles {
            pam::insert_role(conn, role)?;
        }
        for row in &self.pam_requests {
            pam::insert_request(conn, row)?;
        }
        self.cm.insert(conn)
    }
}

/// Seed `store` from `text` if the database is new.
pub fn apply(store: &dyn Store, text: &str) -> anyhow::Result<bool> {
    if !store.is_new() {
        return Ok(false);
    }
    let rows = Seed::parse(text)?.rows()?;
    store
        .write(move |conn| rows.insert(conn))
        .map_err(|f| anyhow!("writing the seed: {}", f.message()))?;
    Ok(true)
}
