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
