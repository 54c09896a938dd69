//! `mim pam …` against the in-process emulator.

mod common;

use common::*;
use mim_cli::args::{Cli, Command, PamCommand};
use mim_cli::{CliError, Format};

/// The value of a `Key:  value` line.
fn field<'a>(text: &'a str, key: &str) -> &'a str {
    text.lines()
        .find_map(|l| l.strip_prefix(&format!("{key}:")))
        .map(str::trim)
        .unwrap_or_else(|| panic!("no {key} in\n{text}"))
}

#[tokio::test]
async fn roles_as_table_and_json() {
    let emu = Emulator::start("roles").await;

    let table = emu.ok("PRIV\\Jen", &["pam", "roles"]).await;
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 3, "{table}");
    assert!(
        lines[0].starts_with("RoleId") && lines[0].contains("DisplayName"),
        "{table}"
    );
    let ad = row(&table, AD_ROLE).expect("AD role row");
    // quoted, so the trailing space shows; columns line up under the header
    assert!(ad.contains("\"Allow AD Access \""), "{ad}");
    assert_eq!(lines[0].find("DisplayName"), ad.find('"'));
    assert_eq!(lines[0].find("TTL"), ad.find("1h"));
    let words: Vec<&str> = ad.split_whitespace().collect();
    assert_eq!(words[words.len() - 4..], ["1h", "no", "no", "-"], "{ad}");
    let approval = row(&table, APPROVAL_ROLE).expect("approval role row");
    assert!(approval.contains("\"ApprovalRole\""));
    assert!(approval.split_whitespace().any(|w| w == "yes"));

    let json = emu.json("PRIV\\Jen", &["pam", "roles"]).await;
    assert!(
        json["odata.metadata"]
            .as_str()
            .is_some_and(|m| m.ends_with("#pamroles"))
    );
    let names: Vec<&str> = json["value"]
        .as_array()
        .expect("value array")
        .iter()
        .filter_map(|r| r["DisplayName"].as_str())
        .collect();
    assert_eq!(names.len(), 2);
    assert!(names.contains(&"Allow AD Access "));
    assert_eq!(
        json["value"][0]["TTL"], "3600",
        "TTL stays a string of digits as on the wire"
    );

    let filtered = emu
        .json(
            "PRIV\\Jen",
            &["pam", "roles", "--filter", "DisplayName eq 'ApprovalRole'"],
        )
        .await;
    assert_eq!(filtered["value"].as_array().map(Vec::len), Some(1));

    let who = emu.ok("PRIV\\Jen", &["pam", "whoami"]).await;
    assert!(who.contains("Jen"), "{who}");
    let eve = emu.ok("PRIV\\Eve", &["pam", "roles"]).await;
    assert!(eve.starts_with("No roles"), "{eve}");
    emu.stop().await;
}

#[tokio::test]
async fn approval_flow_by_display_name() {
    let emu = Emulator::start("flow").await;
    let jen = "PRIV\\Jen";
    let bob = "PRIV\\Bob";

    // Jen asks for ApprovalRole by name.
    let created = emu
        .ok(
            jen,
            &[
                "pam",
                "request",
                "--role",
                "ApprovalRole",
                "--ttl",
                "1h",
                "--justification",
                "Fix the DC",
            ],
        )
        .await;
    assert_eq!(field(&created, "Status"), "PendingApproval", "{created}");
    assert_eq!(field(&created, "TTL"), "1h");
    assert_eq!(
        field(&created, "Role"),
        format!("\"ApprovalRole\" {APPROVAL_ROLE}")
    );
    assert_eq!(field(&created, "Justification"), "Fix the DC");
    let request_id = field(&created, "RequestId").to_string();

    // Bob sees it among his pending approvals and approves it.
    let pending = emu.ok(bob, &["pam", "pending"]).await;
    let line = pending
        .lines()
        .find(|l| l.contains(&request_id))
        .unwrap_or_else(|| panic!("{request_id} not pending:\n{pending}"));
    assert!(
        line.contains("\"ApprovalRole\"") && line.contains("1h"),
        "{line}"
    );
    let approval_id = line
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_string();
    let by_filter = emu
        .json(
            bob,
            &[
                "pam",
                "pending",
                "--filter",
                &format!("FIMRequestID eq guid'{request_id}'"),
            ],
        )
        .await;
    assert_eq!(
        by_filter["value"][0]["ApprovalObjectID"]["Value"].as_str(),
        Some(approval_id.as_str())
    );
    let approved = emu.ok(bob, &["pam", "approve", &approval_id]).await;
    assert_eq!(approved, format!("Approved: ApprovalId {approval_id}\n"));

    // Jen's request is active now; she closes it.
    let active = emu.ok(jen, &["pam", "requests", "--active"]).await;
    let line = row(&active, &request_id).unwrap_or_else(|| panic!("not active:\n{active}"));
    assert!(
        line.contains("\"ApprovalRole\"") && line.contains("Active"),
        "{line}"
    );
    let closed = emu.json(jen, &["pam", "close", &request_id]).await;
    assert_eq!(closed["Result"], "Closed");
    assert_eq!(closed["RequestId"].as_str(), Some(request_id.as_str()));
    let after = emu
        .json(
            jen,
            &[
                "pam",
                "requests",
                "--filter",
                &format!("RequestId eq guid'{request_id}'"),
            ],
        )
        .await;
    assert_eq!(after["value"][0]["RequestStatus"], "Closed");
    let active = emu.ok(jen, &["pam", "requests", "--active"]).await;
    assert!(row(&active, &request_id).is_none(), "{active}");

    // Bob rejects a seeded pending request (Sample Reason); a second decision is refused.
    let rejected = emu
        .ok(
            bob,
            &["pam", "reject", "3f2e8c77-9c20-4da0-8314-3d4e5f607182"],
        )
        .await;
    assert!(rejected.starts_with("Rejected: "), "{rejected}");
    let mine = emu.ok(jen, &["pam", "requests"]).await;
    let line = row(&mine, "c0112f13-b16b-40ad-b547-07f23a7fba52").unwrap_or_default();
    assert!(line.contains("Rejected"), "{mine}");
    let err = emu
        .mim(
            bob,
            &["pam", "approve", "3f2e8c77-9c20-4da0-8314-3d4e5f607182"],
        )
        .await
        .expect_err("no longer pending");
    assert_eq!(err.exit_code(), 1, "{err}");
    emu.stop().await;
}

#[tokio::test]
async fn role_names_resolve_loosely_and_unknown_names_are_usage_errors() {
    let emu = Emulator::start("names").await;
    // no approval needed, trailing space omitted
    let created = emu
        .json(
            "PRIV\\Jen",
            &[
                "pam",
                "request",
                "--role",
                "allow ad access",
                "--ttl",
                "30m",
            ],
        )
        .await;
    assert_eq!(created["RoleId"], AD_ROLE);
    assert_eq!(created["RequestedTTL"], "1800");
    assert_ne!(created["RequestStatus"], "PendingApproval");

    let err = emu
        .mim(
            "PRIV\\Jen",
            &["pam", "request", "--role", "Domain Admins", "--ttl", "1h"],
        )
        .await
        .expect_err("unknown role");
    assert_eq!(err.exit_code(), 2);
    let text = err.to_string();
    assert!(
        text.contains("\"Domain Admins\"") && text.contains("\"Allow AD Access \""),
        "{text}"
    );
    emu.stop().await;
}

#[tokio::test]
async fn api_errors_show_the_server_message_and_exit_1() {
    let emu = Emulator::start("errors").await;
    // a seeded request pending Bob's approval; Eve approves nothing
    let err = emu
        .mim(
            "PRIV\\Eve",
            &["pam", "approve", "5dbd9d0c-0a9d-4f75-8cbd-ff6ffdc00143"],
        )
        .await
        .expect_err("Eve may not approve");
    // Another user's approval is not found, as an unknown id is: ids are not revealed.
    assert_eq!(err.status(), Some(404));
    assert_eq!(err.exit_code(), 1);
    let text = err.to_string();
    assert!(text.contains("no approval"), "{text}");
    assert!(text.ends_with("(HTTP 404 Not Found)"), "{text}");
    assert!(matches!(err, CliError::Api { .. }));

    let err = emu
        .mim("PRIV\\Jen", &["pam", "roles", "--filter", "Nonsense eq 1"])
        .await
        .expect_err("bad filter");
    assert_eq!((err.status(), err.exit_code()), (Some(400), 1));

    let url = emu.url();
    let err = mim_cli::run([
        "mim",
        "--url",
        &url,
        "--user",
        "PRIV\\Jen",
        "--password",
        "wrong",
        "pam",
        "roles",
    ])
    .await
    .expect_err("bad password");
    assert_eq!((err.status(), err.exit_code()), (Some(401), 1));
    emu.stop().await;
}

#[tokio::test]
async fn unreachable_servers_and_missing_passwords_exit_2() {
    let err = mim_cli::run([
        "mim",
        "--url",
        "http://127.0.0.1:1",
        "--bearer",
        "t",
        "pam",
        "roles",
    ])
    .await
    .expect_err("nothing listens on port 1");
    assert!(matches!(err, CliError::Connection(_)), "{err}");
    assert_eq!(err.exit_code(), 2);

    let err = mim_cli::run(["mim", "--user", "PRIV\\Jen", "pam", "whoami"]).await;
    // MIM_PASSWORD may be set in the environment of whoever runs the tests
    if std::env::var_os("MIM_PASSWORD").is_none() && std::env::var_os("MIM_TOKEN").is_none() {
        let err = err.expect_err("no password");
        assert_eq!(err.exit_code(), 2);
        assert!(err.to_string().contains("MIM_PASSWORD"), "{err}");
    }
}

#[tokio::test]
async fn arguments_parse() {
    use clap::Parser as _;
    let cli = Cli::try_parse_from([
        "mim",
        "pam",
        "request",
        "--role",
        "ApprovalRole",
        "--ttl",
        "30m",
        "-o",
        "json",
    ])
    .expect("parses");
    assert_eq!(cli.global.output, Format::Json);
    match cli.command {
        Command::Pam(PamCommand::Request(args)) => {
            assert_eq!(args.ttl, 1800);
            assert_eq!(args.role, "ApprovalRole");
            assert!(args.start.is_none());
        }
        _ => panic!("not pam request"),
    }
    let cli = Cli::try_parse_from([
        "mim",
        "pam",
        "request",
        "--role",
        "x",
        "--ttl",
        "5400",
        "--start",
        "2015/07/11 23:40",
    ])
    .expect("parses");
    match cli.command {
        Command::Pam(PamCommand::Request(args)) => {
            assert_eq!(args.ttl, 5400);
            assert_eq!(
                args.start.map(|s| s.to_string()).as_deref(),
                Some("2015-07-11T23:40:00")
            );
        }
        _ => panic!("not pam request"),
    }

    for bad in [
        vec!["mim", "pam", "request", "--role", "x", "--ttl", "soon"],
        vec!["mim", "pam", "request", "--ttl", "1h"],
        vec!["mim", "pam", "close", "not-a-guid"],
        vec!["mim", "cm", "request", "create", "--type", "Teleport"],
        vec!["mim", "pam"],
    ] {
        let err = mim_cli::run(bad.clone()).await.expect_err("usage error");
        assert!(matches!(err, CliError::Clap(_)), "{bad:?}: {err}");
        assert_eq!(err.exit_code(), 2);
    }
    let help = mim_cli::run(["mim", "pam", "--help"])
        .await
        .expect("help is not an error");
    assert!(help.stdout.contains("approve"), "{}", help.stdout);
}
