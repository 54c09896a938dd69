//! The `users` table: indexed look-ups by login name, by (domain, account) and by id.

use super::{StoreResult, User, parse_uuid, uuid_text};
use rusqlite::{Connection, OptionalExtension, Row, params};
use uuid::Uuid;

/// Login names longer than this denote nobody (bounds the candidate splits below).
const MAX_LOGIN_BYTES: usize = 512;

const COLUMNS: &str = "seq, id, domain, account, password, cm_uuid";

fn from_row(row: &Row<'_>) -> rusqlite::Result<(i64, User)> {
    let domain: String = row.get(2)?;
    let account: String = row.get(3)?;
    let cm_uuid: Option<String> = row.get(5)?;
    Ok((
        row.get(0)?,
        User {
            id: parse_uuid(&row.get::<_, String>(1)?)?,
            name: if domain.is_empty() {
                account
            } else {
                format!("{domain}\\{account}")
            },
            password: row.get(4)?,
            cm_uuid: cm_uuid.as_deref().map(parse_uuid).transpose()?,
        },
    ))
}

/// Insert `user` (used by seeding and migration).
pub fn insert(conn: &Connection, user: &User) -> StoreResult<()> {
    let (domain, account) = user.domain_and_account();
    conn.prepare_cached(
        "INSERT INTO users (id, domain, account, password, cm_uuid) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        uuid_text(&user.id),
        domain,
        account,
        user.password,
        user.cm_uuid.as_ref().map(uuid_text)
    ])?;
    Ok(())
}

/// The user with `id`.
pub fn by_id(conn: &Connection, id: Uuid) -> StoreResult<Option<User>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {COLUMNS} FROM users WHERE id = ?1"))?
        .query_row(params![uuid_text(&id)], from_row)
        .optional()?
        .map(|(_, u)| u))
}

/// The user with `account` in `domain` (both case-insensitive).
pub fn by_account(conn: &Connection, domain: &str, account: &str) -> StoreResult<Option<User>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM users WHERE account = ?1 AND domain = ?2"
        ))?
        .query_row(params![account, domain], from_row)
        .optional()?
        .map(|(_, u)| u))
}

/// The user `login` denotes: `DOMAIN\account`, `DOMAIN.account`, `account@DOMAIN` or a bare
/// `account` (any domain), case-insensitively; the earliest stored user when several match.
///
/// Every split of `login` at a `\`, `.` or `@` is one indexed probe of `(account, domain)`.
pub fn by_login(conn: &Connection, login: &str) -> StoreResult<Option<User>> {
    let login = login.trim();
    if login.is_empty() || login.len() > MAX_LOGIN_BYTES {
        return Ok(None);
    }
    let mut probes: Vec<(&str, &str)> = Vec::new();
    for (at, sep) in login.char_indices() {
        let (left, right) = (&login[..at], &login[at + sep.len_utf8()..]);
        match sep {
            '\\' | '.' => probes.push((left, right)),
            '@' => probes.push((right, left)),
            _ => {}
        }
    }
    let mut best: Option<(i64, User)> = None;
    let mut keep = |found: Option<(i64, User)>| {
        if let Some((seq, user)) = found
            && best.as_ref().is_none_or(|(b, _)| seq < *b)
        {
            best = Some((seq, user));
        }
    };
    let mut exact = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM users WHERE account = ?1 AND domain = ?2"
    ))?;
    for (domain, account) in probes {
        keep(
            exact
                .query_row(params![account, domain], from_row)
                .optional()?,
        );
    }
    let mut bare = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM users WHERE account = ?1 ORDER BY seq LIMIT 1"
    ))?;
    keep(bare.query_row(params![login], from_row).optional()?);
    Ok(best.map(|(_, u)| u))
}
