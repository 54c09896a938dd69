//! `mim --negotiate` end to end: the real binary, a real MIT KDC on loopback (tools/kdc/test.sh
//! starts it and exports its environment), and the emulator with Kerberos on.
//!
//! Each case runs the binary with its own ticket cache, as a user's shell would: Jen's ticket
//! from kinit, no ticket at all, and a ticket that has expired.
#![cfg(feature = "negotiate")]

use mim_emulator::{Config, Running};
use std::path::PathBuf;
use std::process::{Command, Output};

fn kdc_dir() -> PathBuf {
    std::env::var_os("MIM_TEST_KDC_DIR")
        .map(PathBuf::from)
        .expect("MIM_TEST_KDC_DIR is not set: run these tests through tools/kdc/test.sh")
}

async fn start(name: &str) -> Running {
    let db = kdc_dir().join(format!("cli-{name}-{}.db", std::process::id()));
    let _ = std::fs::remove_file(&db);
    let mut config = Config::ephemeral(db);
    config.keytab = Some(kdc_dir().join("http.keytab"));
    mim_emulator::spawn(config).await.expect("emulator starts")
}

fn url(server: &Running) -> String {
    format!("http://localhost:{}", server.addr.port())
}

/// `mim <args>` with KRB5CCNAME = `ccache` and no other credentials in the environment.
async fn mim(ccache: &str, args: Vec<String>) -> Output {
    let ccache = ccache.to_string();
    tokio::task::spawn_blocking(move || {
        Command::new(env!("CARGO_BIN_EXE_mim"))
            .args(args)
            .env("KRB5CCNAME", ccache)
            .env_remove("MIM_USER")
            .env_remove("MIM_PASSWORD")
            .env_remove("MIM_TOKEN")
            .env_remove("MIM_AUTH")
            .output()
            .expect("mim runs")
    })
    .await
    .expect("join")
}

fn args(server: &Running, rest: &[&str]) -> Vec<String> {
    let mut all = vec!["--url".to_string(), url(server)];
    all.extend(rest.iter().map(|s| s.to_string()));
    all
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A ticket cache for Jen from her keytab, with `lifetime` (kinit's -l syntax).
fn kinit(name: &str, lifetime: &str) -> String {
    let cache = format!("FILE:{}", kdc_dir().join(name).display());
    let status = Command::new("kinit")
        .args(["-l", lifetime, "-kt"])
        .arg(kdc_dir().join("jen.keytab"))
        .arg("jen")
        .env("KRB5CCNAME", &cache)
        .status()
        .expect("kinit runs");
    assert!(status.success(), "kinit failed");
    cache
}

#[tokio::test]
async fn negotiate_with_the_ticket_from_kinit() {
    let server = start("ok").await;
    let cache = kinit("cli-ok.cc", "1h");
    let out = mim(&cache, args(&server, &["--negotiate", "pam", "roles"])).await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("ApprovalRole"),
        "{}",
        text(&out.stdout)
    );

    // MIM_AUTH=negotiate is the same as --negotiate.
    let out = tokio::task::spawn_blocking({
        let argv = args(&server, &["pam", "whoami"]);
        let cache = cache.clone();
        move || {
            Command::new(env!("CARGO_BIN_EXE_mim"))
                .args(argv)
                .env("KRB5CCNAME", cache)
                .env("MIM_AUTH", "negotiate")
                .env_remove("MIM_USER")
                .env_remove("MIM_PASSWORD")
                .output()
                .expect("mim runs")
        }
    })
    .await
    .expect("join");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("PRIV\\Jen"),
        "{}",
        text(&out.stdout)
    );
    server.stop().await.expect("stop");
}

#[tokio::test]
async fn no_ticket_and_an_expired_ticket_are_clear_errors() {
    let server = start("fail").await;
    let missing = format!("FILE:{}", kdc_dir().join("no-such.cc").display());
    let out = mim(&missing, args(&server, &["--negotiate", "pam", "roles"])).await;
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("no Kerberos ticket"), "{stderr}");
    assert!(stderr.contains("kinit"), "{stderr}");

    let expiring = kinit("cli-expiring.cc", "2s");
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
    let out = mim(&expiring, args(&server, &["--negotiate", "pam", "roles"])).await;
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("expired"), "{stderr}");

    // What the server sees of such a client: no token, so 401 with the challenges.
    let response = generated_client::support::http_client()
        .expect("http client")
        .get(format!("{}/api/pamresources/pamroles", url(&server)))
        .send()
        .await
        .expect("request");
    assert_eq!(response.status().as_u16(), 401);
    server.stop().await.expect("stop");
}

#[tokio::test]
async fn a_password_falls_back_to_ntlm_and_a_wrong_one_is_refused() {
    let server = start("ntlm").await;
    let missing = format!("FILE:{}", kdc_dir().join("none.cc").display());
    // `PRIV\Jen` is no Kerberos principal of PRIV.TEST (principals are `jen`), so Kerberos with
    // the password fails and NTLM signs in.
    let out = mim(
        &missing,
        args(
            &server,
            &[
                "--negotiate",
                "--user",
                "PRIV\\Jen",
                "--password",
                "Pa55w.rd",
                "pam",
                "whoami",
            ],
        ),
    )
    .await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("PRIV\\Jen"));

    let out = mim(
        &missing,
        args(
            &server,
            &[
                "--auth",
                "ntlm",
                "--user",
                "PRIV\\Bob",
                "--password",
                "wrong",
                "pam",
                "roles",
            ],
        ),
    )
    .await;
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("refused NTLM"),
        "{}",
        text(&out.stderr)
    );
    server.stop().await.expect("stop");
}
