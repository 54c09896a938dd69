//! Shared by the CLI tests: an in-process emulator on 127.0.0.1:0 with a fresh database, and
//! `mim` invocations against it.
#![allow(dead_code)]

use mim_cli::{CliError, Output};
use mim_emulator::{Config, Running};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

pub const PASSWORD: &str = "Pa55w.rd";
pub const APPROVAL_ROLE: &str = "c28eab4a-95cf-4c08-a153-d5e8a9e660cd";
pub const AD_ROLE: &str = "8f5cec1a-ecba-42ec-b76d-e6e0e4bf4c62";

/// A running emulator and its database, removed again by [`Emulator::stop`].
pub struct Emulator {
    pub server: Running,
    db: PathBuf,
}

impl Emulator {
    pub async fn start(name: &str) -> Self {
        let db = temp_db(name);
        let server = mim_emulator::spawn(Config::ephemeral(db.clone()))
            .await
            .expect("emulator starts");
        Self { server, db }
    }

    pub fn url(&self) -> String {
        self.server.base_url()
    }

    /// `mim --url <emulator> --user <user> --password Pa55w.rd <args…>`.
    pub async fn mim(&self, user: &str, args: &[&str]) -> Result<Output, CliError> {
        let url = self.url();
        let mut argv = vec![
            "mim",
            "--url",
            url.as_str(),
            "--user",
            user,
            "--password",
            PASSWORD,
        ];
        argv.extend_from_slice(args);
        mim_cli::run(argv).await
    }

    /// Like [`Emulator::mim`], expecting success; returns stdout.
    pub async fn ok(&self, user: &str, args: &[&str]) -> String {
        match self.mim(user, args).await {
            Ok(out) => out.stdout,
            Err(e) => panic!("`mim {}` as {user} failed: {e}", args.join(" ")),
        }
    }

    /// Like [`Emulator::ok`] with `-o json`, parsed.
    pub async fn json(&self, user: &str, args: &[&str]) -> serde_json::Value {
        let mut argv = vec!["-o", "json"];
        argv.extend_from_slice(args);
        let text = self.ok(user, &argv).await;
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
    }

    pub async fn stop(self) {
        self.server.stop().await.expect("emulator stops");
        remove_db(&self.db);
    }
}

fn temp_db(name: &str) -> PathBuf {
    static N: AtomicU32 = AtomicU32::new(0);
    let n = N.fetch_add(1, Ordering::SeqCst);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let path = std::env::temp_dir().join(format!(
        "mim-cli-{name}-{}-{n}-{nanos}.db",
        std::process::id()
    ));
    remove_db(&path);
    path
}

fn remove_db(path: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
}

/// The text of the first table row whose first column is `key`.
pub fn row<'a>(table: &'a str, key: &str) -> Option<&'a str> {
    table
        .lines()
        .find(|l| l.split_whitespace().next() == Some(key))
}
