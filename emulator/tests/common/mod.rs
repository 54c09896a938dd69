#![allow(dead_code)]

use generated_client::support::Credentials;
use mim_emulator::{Config, Running};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};

pub const PASSWORD: &str = "Pa55w.rd";

/// A fresh database path under the temp dir.
pub fn temp_db(name: &str) -> PathBuf {
    static N: AtomicU32 = AtomicU32::new(0);
    let n = N.fetch_add(1, Ordering::SeqCst);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let path = std::env::temp_dir().join(format!(
        "mim-emulator-{name}-{}-{n}-{nanos}.db",
        std::process::id()
    ));
    remove_db(&path);
    path
}

pub fn remove_db(path: &std::path::Path) {
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
}

pub async fn start(db: &std::path::Path) -> Running {
    mim_emulator::spawn(Config::ephemeral(db.to_path_buf()))
        .await
        .expect("emulator starts")
}

pub fn pam(server: &Running, user: &str) -> generated_client::pam::Client {
    generated_client::pam::Client::new_with_credentials(
        &server.base_url(),
        Credentials::basic(user, PASSWORD),
    )
    .expect("client")
}

pub fn cm(server: &Running, user: &str) -> generated_client::cm::Client {
    generated_client::cm::Client::new_with_credentials(
        &server.base_url(),
        Credentials::basic(user, PASSWORD),
    )
    .expect("client")
}

/// The HTTP status of a failed call.
pub fn status<E>(err: generated_client::pam::Error<E>) -> u16 {
    err.status().map_or(0, |s| s.as_u16())
}

/// The approval object id of PAM request `request`, read from the database file (for requests
/// no API lists to the caller).
pub fn approval_id_in_db(db: &std::path::Path, request: uuid::Uuid) -> uuid::Uuid {
    let conn = rusqlite::Connection::open(db).expect("open db");
    let text: String = conn
        .query_row(
            "SELECT approval_id FROM pam_requests WHERE id = ?1",
            [request.hyphenated().to_string()],
            |r| r.get(0),
        )
        .expect("approval id");
    text.parse().expect("uuid")
}
