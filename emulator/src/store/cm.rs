//! CM tables and their own row types (the wire types are built from these in `cm::model`, so a
//! spec change does not change the database format).

use super::{StoreResult, parse_datetime, parse_uuid, query_all, uuid_text};
use mim_wire::MimDateTime;
use rusqlite::{Connection, OptionalExtension, Row, params};
use uuid::Uuid;

/// A profile template.
#[derive(Debug, Clone, PartialEq)]
pub struct TemplateRow {
    pub uuid: Uuid,
    pub name: String,
    pub description: String,
    pub smartcard: bool,
    pub virtual_smartcard: bool,
}

/// A smart card and its owner.
#[derive(Debug, Clone, PartialEq)]
pub struct SmartcardRow {
    pub uuid: Uuid,
    /// The card id (serial number).
    pub serial: String,
    pub atr: String,
    pub owner: Uuid,
    pub template: Uuid,
    pub status: i32,
}

/// A profile and its owner.
#[derive(Debug, Clone, PartialEq)]
pub struct ProfileRow {
    pub uuid: Uuid,
    pub owner: Uuid,
    pub template: Uuid,
    pub status: i32,
}

/// A CM request.
#[derive(Debug, Clone, PartialEq)]
pub struct RequestRow {
    pub uuid: Uuid,
    pub request_type: i32,
    pub originator: Uuid,
    pub target: Uuid,
    pub template: Uuid,
    pub smartcard: bool,
    pub comment: String,
    /// Data collection items `(name, value)`, in order.
    pub data: Vec<(String, Option<String>)>,
    pub priority: i32,
    pub status: i32,
    pub submitted: MimDateTime,
    pub completed: MimDateTime,
    pub new_profile: Uuid,
    pub old_profile: Uuid,
    pub new_smartcard: Uuid,
    pub old_smartcard: Uuid,
}

/// An issued certificate, its owner and where it lives.
#[derive(Debug, Clone, PartialEq)]
pub struct CertificateRow {
    pub serial: String,
    pub owner: Uuid,
    pub profile: Uuid,
    pub smartcard: Option<Uuid>,
    pub thumbprint: String,
    pub template_cn: String,
    pub issuer: Option<String>,
    pub not_before: Option<MimDateTime>,
    pub not_after: Option<MimDateTime>,
    pub requester_name: Option<String>,
}

fn uuid_at(row: &Row<'_>, i: usize) -> rusqlite::Result<Uuid> {
    parse_uuid(&row.get::<_, String>(i)?)
}

fn datetime_at(row: &Row<'_>, i: usize) -> rusqlite::Result<MimDateTime> {
    parse_datetime(&row.get::<_, String>(i)?)
}

fn opt_datetime_at(row: &Row<'_>, i: usize) -> rusqlite::Result<Option<MimDateTime>> {
    row.get::<_, Option<String>>(i)?
        .as_deref()
        .map(parse_datetime)
        .transpose()
}

// ---- templates

const TEMPLATE_COLUMNS: &str = "uuid, name, description, smartcard, virtual_smartcard";

fn template_from_row(row: &Row<'_>) -> rusqlite::Result<TemplateRow> {
    Ok(TemplateRow {
        uuid: uuid_at(row, 0)?,
        name: row.get(1)?,
        description: row.get(2)?,
        smartcard: row.get(3)?,
        virtual_smartcard: row.get(4)?,
    })
}

pub fn insert_template(conn: &Connection, t: &TemplateRow) -> StoreResult<()> {
    conn.prepare_cached(&format!(
        "INSERT INTO cm_templates ({TEMPLATE_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5)"
    ))?
    .execute(params![
        uuid_text(&t.uuid),
        t.name,
        t.description,
        t.smartcard,
        t.virtual_smartcard
    ])?;
    Ok(())
}

pub fn template(conn: &Connection, id: Uuid) -> StoreResult<Option<TemplateRow>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {TEMPLATE_COLUMNS} FROM cm_templates WHERE uuid = ?1"
        ))?
        .query_row(params![uuid_text(&id)], template_from_row)
        .optional()?)
}

pub fn templates(conn: &Connection) -> StoreResult<Vec<TemplateRow>> {
    query_all(
        conn,
        &format!("SELECT {TEMPLATE_COLUMNS} FROM cm_templates ORDER BY seq"),
        [],
        template_from_row,
    )
}

// ---- smart cards

const CARD_COLUMNS: &str = "uuid, serial, atr, owner, template, status";

fn card_from_row(row: &Row<'_>) -> rusqlite::Result<SmartcardRow> {
    Ok(SmartcardRow {
        uuid: uuid_at(row, 0)?,
        serial: row.get(1)?,
        atr: row.get(2)?,
        owner: uuid_at(row, 3)?,
        template: uuid_at(row, 4)?,
        status: row.get(5)?,
    })
}

pub fn insert_smartcard(conn: &Connection, c: &SmartcardRow) -> StoreResult<()> {
    conn.prepare_cached(&format!(
        "INSERT INTO cm_smartcards ({CARD_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
    ))?
    .execute(params![
        uuid_text(&c.uuid),
        c.serial,
        c.atr,
        uuid_text(&c.owner),
        uuid_text(&c.template),
        c.status
    ])?;
    Ok(())
}

pub fn smartcard(conn: &Connection, id: Uuid) -> StoreResult<Option<SmartcardRow>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {CARD_COLUMNS} FROM cm_smartcards WHERE uuid = ?1"
        ))?
        .query_row(params![uuid_text(&id)], card_from_row)
        .optional()?)
}

pub fn smartcards_of(conn: &Connection, owner: Uuid) -> StoreResult<Vec<SmartcardRow>> {
    query_all(
        conn,
        &format!("SELECT {CARD_COLUMNS} FROM cm_smartcards WHERE owner = ?1 ORDER BY seq"),
        params![uuid_text(&owner)],
        card_from_row,
    )
}

/// Is a card with this card id (case-insensitive) in use, i.e. not retired (status 6)?
pub fn serial_in_use(conn: &Connection, serial: &str) -> StoreResult<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM cm_smartcards WHERE serial = ?1 AND status <> 6 LIMIT 1")?
        .query_row(params![serial], |_| Ok(()))
        .optional()?
        .is_some())
}

pub fn set_smartcard_status(conn: &Connection, id: Uuid, status: i32) -> StoreResult<()> {
    conn.prepare_cached("UPDATE cm_smartcards SET status = ?2 WHERE uuid = ?1")?
        .execute(params![uuid_text(&id), status])?;
    Ok(())
}

// ---- profiles

const PROFILE_COLUMNS: &str = "uuid, owner, template, status";

fn profile_from_row(row: &Row<'_>) -> rusqlite::Result<ProfileRow> {
    Ok(ProfileRow {
        uuid: uuid_at(row, 0)?,
        owner: uuid_at(row, 1)?,
        template: uuid_at(row, 2)?,
        status: row.get(3)?,
    })
}

/// Insert `p`, or set the status of the stored profile with its uuid.
pub fn upsert_profile(conn: &Connection, p: &ProfileRow) -> StoreResult<()> {
    conn.prepare_cached(&format!(
        "INSERT INTO cm_profiles ({PROFILE_COLUMNS}) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (uuid) DO UPDATE SET status = excluded.status"
    ))?
    .execute(params![
        uuid_text(&p.uuid),
        uuid_text(&p.owner),
        uuid_text(&p.template),
        p.status
    ])?;
    Ok(())
}

pub fn profile(conn: &Connection, id: Uuid) -> StoreResult<Option<ProfileRow>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {PROFILE_COLUMNS} FROM cm_profiles WHERE uuid = ?1"
        ))?
        .query_row(params![uuid_text(&id)], profile_from_row)
        .optional()?)
}

pub fn profiles_of(conn: &Connection, owner: Uuid) -> StoreResult<Vec<ProfileRow>> {
    query_all(
        conn,
        &format!("SELECT {PROFILE_COLUMNS} FROM cm_profiles WHERE owner = ?1 ORDER BY seq"),
        params![uuid_text(&owner)],
        profile_from_row,
    )
}

// ---- requests

const REQUEST_COLUMNS: &str = "uuid, request_type, originator, target, template, smartcard, \
     comment, priority, status, submitted, completed, new_profile, old_profile, new_smartcard, \
     old_smartcard";

fn request_from_row(row: &Row<'_>) -> rusqlite::Result<RequestRow> {
    Ok(RequestRow {
        uuid: uuid_at(row, 0)?,
        request_type: row.get(1)?,
        originator: uuid_at(row, 2)?,
        target: uuid_at(row, 3)?,
        template: uuid_at(row, 4)?,
        smartcard: row.get(5)?,
        comment: row.get(6)?,
        data: Vec::new(),
        priority: row.get(7)?,
        status: row.get(8)?,
        submitted: datetime_at(row, 9)?,
        completed: datetime_at(row, 10)?,
        new_profile: uuid_at(row, 11)?,
        old_profile: uuid_at(row, 12)?,
        new_smartcard: uuid_at(row, 13)?,
        old_smartcard: uuid_at(row, 14)?,
    })
}

fn with_data(conn: &Connection, mut req: RequestRow) -> StoreResult<RequestRow> {
    req.data = query_all(
        conn,
        "SELECT name, value FROM cm_request_data WHERE request = ?1 ORDER BY position",
        params![uuid_text(&req.uuid)],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(req)
}

pub fn insert_request(conn: &Connection, r: &RequestRow) -> StoreResult<()> {
    conn.prepare_cached(&format!(
        "INSERT INTO cm_requests ({REQUEST_COLUMNS})
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"
    ))?
    .execute(params![
        uuid_text(&r.uuid),
        r.request_type,
        uuid_text(&r.originator),
        uuid_text(&r.target),
        uuid_text(&r.template),
        r.smartcard,
        r.comment,
        r.priority,
        r.status,
        r.submitted.to_string(),
        r.completed.to_string(),
        uuid_text(&r.new_profile),
        uuid_text(&r.old_profile),
        uuid_text(&r.new_smartcard),
        uuid_text(&r.old_smartcard),
    ])?;
    let mut item = conn.prepare_cached(
        "INSERT INTO cm_request_data (request, position, name, value) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (position, (name, value)) in r.data.iter().enumerate() {
        let position = i64::try_from(position).unwrap_or(i64::MAX);
        item.execute(params![uuid_text(&r.uuid), position, name, value])?;
    }
    Ok(())
}

/// Write back the mutable fields of a stored request (status, completion, linked objects).
pub fn update_request(conn: &Connection, r: &RequestRow) -> StoreResult<()> {
    conn.prepare_cached(
        "UPDATE cm_requests SET status = ?2, completed = ?3, new_profile = ?4, old_profile = ?5,
             new_smartcard = ?6, old_smartcard = ?7
         WHERE uuid = ?1",
    )?
    .execute(params![
        uuid_text(&r.uuid),
        r.status,
        r.completed.to_string(),
        uuid_text(&r.new_profile),
        uuid_text(&r.old_profile),
        uuid_text(&r.new_smartcard),
        uuid_text(&r.old_smartcard),
    ])?;
    Ok(())
}

pub fn request(conn: &Connection, id: Uuid) -> StoreResult<Option<RequestRow>> {
    let found = conn
        .prepare_cached(&format!(
            "SELECT {REQUEST_COLUMNS} FROM cm_requests WHERE uuid = ?1"
        ))?
        .query_row(params![uuid_text(&id)], request_from_row)
        .optional()?;
    found.map(|r| with_data(conn, r)).transpose()
}

/// Requests targeting `user`, or (with `Originated::Included`) also those `user` originated.
pub fn requests_of(
    conn: &Connection,
    user: Uuid,
    originated: Originated,
) -> StoreResult<Vec<RequestRow>> {
    let sql = match originated {
        Originated::Included => format!(
            "SELECT {REQUEST_COLUMNS} FROM cm_requests WHERE target = ?1 OR originator = ?1
             ORDER BY seq"
        ),
        Originated::Excluded => {
            format!("SELECT {REQUEST_COLUMNS} FROM cm_requests WHERE target = ?1 ORDER BY seq")
        }
    };
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt
        .query_map(params![uuid_text(&user)], request_from_row)?
        .collect::<Result<Vec<_>, _>>()?;
    rows.into_iter().map(|r| with_data(conn, r)).collect()
}

/// Whether [`requests_of`] includes the requests a user originated for others.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Originated {
    Included,
    Excluded,
}

// ---- certificates

const CERT_COLUMNS: &str = "serial, owner, profile, smartcard, thumbprint, template_cn, issuer, \
     not_before, not_after, requester_name";

fn cert_from_row(row: &Row<'_>) -> rusqlite::Result<CertificateRow> {
    Ok(CertificateRow {
        serial: row.get(0)?,
        owner: uuid_at(row, 1)?,
        profile: uuid_at(row, 2)?,
        smartcard: row
            .get::<_, Option<String>>(3)?
            .as_deref()
            .map(parse_uuid)
            .transpose()?,
        thumbprint: row.get(4)?,
        template_cn: row.get(5)?,
        issuer: row.get(6)?,
        not_before: opt_datetime_at(row, 7)?,
        not_after: opt_datetime_at(row, 8)?,
        requester_name: row.get(9)?,
    })
}

/// Insert or replace the certificate with this serial number.
pub fn put_certificate(conn: &Connection, c: &CertificateRow) -> StoreResult<()> {
    conn.prepare_cached(&format!(
        "INSERT OR REPLACE INTO cm_certificates ({CERT_COLUMNS})
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
    ))?
    .execute(params![
        c.serial,
        uuid_text(&c.owner),
        uuid_text(&c.profile),
        c.smartcard.as_ref().map(uuid_text),
        c.thumbprint,
        c.template_cn,
        c.issuer,
        c.not_before.map(|d| d.to_string()),
        c.not_after.map(|d| d.to_string()),
        c.requester_name,
    ])?;
    Ok(())
}

pub fn certificates_of(conn: &Connection, owner: Uuid) -> StoreResult<Vec<CertificateRow>> {
    query_all(
        conn,
        &format!("SELECT {CERT_COLUMNS} FROM cm_certificates WHERE owner = ?1 ORDER BY rowid"),
        params![uuid_text(&owner)],
        cert_from_row,
    )
}
