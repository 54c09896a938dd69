//! The real `mim` binary: help text, exit codes and what goes to stderr.

mod common;

use std::process::{Command, Output};

fn mim(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mim"))
        .args(args)
        .env_remove("MIM_URL")
        .env_remove("MIM_USER")
        .env_remove("MIM_TOKEN")
        .env("MIM_PASSWORD", "s3cret-never-shown")
        .output()
        .expect("mim runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn help_exits_0_and_never_shows_the_password() {
    let out = mim(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    let help = text(&out.stdout);
    for expected in [
        "Usage: mim",
        "pam",
        "cm",
        "--url",
        "MIM_URL",
        "--bearer",
        "Exit codes",
    ] {
        assert!(help.contains(expected), "{expected} missing from\n{help}");
    }
    assert!(!help.contains("s3cret-never-shown"), "{help}");
    let sub = mim(&["pam", "request", "--help"]);
    assert_eq!(sub.status.code(), Some(0));
    assert!(!text(&sub.stdout).contains("s3cret-never-shown"));
}

#[test]
fn usage_and_connection_errors_exit_2() {
    let out = mim(&["pam", "request", "--role", "x", "--ttl", "soon"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("invalid duration"),
        "{}",
        text(&out.stderr)
    );
    assert!(out.stdout.is_empty());

    let out = mim(&[
        "--url",
        "http://127.0.0.1:1",
        "--bearer",
        "t",
        "pam",
        "roles",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).starts_with("error: "),
        "{}",
        text(&out.stderr)
    );
}

#[tokio::test]
async fn api_errors_exit_1_with_the_server_message() {
    let emu = common::Emulator::start("binary").await;
    let url = emu.url();
    let out = tokio::task::spawn_blocking(move || {
        Command::new(env!("CARGO_BIN_EXE_mim"))
            .args(["--url", &url, "--user", "PRIV\\Eve", "pam", "approve"])
            .arg("5dbd9d0c-0a9d-4f75-8cbd-ff6ffdc00143")
            .env_remove("MIM_TOKEN")
            .env("MIM_PASSWORD", common::PASSWORD)
            .output()
            .expect("mim runs")
    })
    .await
    .expect("joined");
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("no approval") && err.contains("HTTP 404"),
        "{err}"
    );
    emu.stop().await;
}
