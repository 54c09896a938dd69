//! `mim cm …` against the in-process emulator.

mod common;

use common::*;

const SC_TEMPLATE: &str = "a039b4d0-5ce8-4eff-8651-181c6576fda3";
const ENROLL_REQ: &str = "a9b4b42c-cc50-4c9b-89d1-bbc0bcd5a099";
const CARD: &str = "17cf063d-e337-4aa9-a822-346554ddd3c9";
const CARD_ID: &str = "bc88f13f-83ba-4037-8262-46eba1291c6e";
const JEN_CM: &str = "8f1590dc-d932-4b66-8e68-2e91c5880780";

fn field<'a>(text: &'a str, key: &str) -> &'a str {
    text.lines()
        .find_map(|l| l.strip_prefix(&format!("{key}:")))
        .map(str::trim)
        .unwrap_or_else(|| panic!("no {key} in\n{text}"))
}

#[tokio::test]
async fn enrollment_create_get_complete() {
    let emu = Emulator::start("cm-enroll").await;
    let jen = "PRIV\\Jen";

    let templates = emu.ok(jen, &["cm", "templates"]).await;
    let sc = row(&templates, SC_TEMPLATE).unwrap_or_else(|| panic!("{templates}"));
    assert!(
        sc.contains("Smart Card Profile Template") && sc.contains("smart card"),
        "{sc}"
    );
    assert_eq!(
        templates.lines().count(),
        5,
        "header + 4 templates:\n{templates}"
    );

    // the documented enrollment request: get, then complete
    let seeded = emu.ok(jen, &["cm", "request", "get", ENROLL_REQ]).await;
    assert_eq!(field(&seeded, "Uuid"), ENROLL_REQ);
    assert_eq!(field(&seeded, "Status"), "3");
    assert_eq!(field(&seeded, "Completed"), "-");
    let done = emu
        .ok(jen, &["cm", "request", "complete", ENROLL_REQ])
        .await;
    assert_eq!(field(&done, "Status"), "8", "{done}");
    assert_ne!(field(&done, "Completed"), "-");

    // completing twice is refused by the server: its Message, the status, exit code 1
    let err = emu
        .mim(jen, &["cm", "request", "complete", ENROLL_REQ])
        .await
        .expect_err("already completed");
    // 409 Conflict since the spec learned it (PAM-39 era), 400 before
    assert!(matches!(err.status(), Some(400 | 409)), "{err}");
    assert_eq!(err.exit_code(), 1);
    let text = err.to_string();
    assert!(
        text.contains("Completed") && text.contains("(HTTP 4"),
        "{text}"
    );

    // a new enrollment (type names are case-insensitive); the new request is printed
    let created = emu
        .ok(
            jen,
            &[
                "cm",
                "request",
                "create",
                "--type",
                "enroll",
                "--template",
                SC_TEMPLATE,
                "--comment",
                "from the cli",
            ],
        )
        .await;
    let id = field(&created, "Uuid").to_string();
    assert_eq!(field(&created, "Type"), "1");
    assert_eq!(field(&created, "Status"), "3");
    assert_eq!(field(&created, "Template"), SC_TEMPLATE);
    assert_eq!(field(&created, "Target"), JEN_CM);
    assert_eq!(field(&created, "Comment"), "from the cli");

    let listed = emu
        .ok(
            jen,
            &["cm", "request", "list", "--status", "Approved", "--mine"],
        )
        .await;
    assert!(row(&listed, &id).is_some(), "{listed}");
    let got = emu.json(jen, &["cm", "request", "get", &id]).await;
    assert_eq!(got["Uuid"].as_str(), Some(id.as_str()));
    assert_eq!(got["Status"], 3);

    let done = emu.json(jen, &["cm", "request", "complete", &id]).await;
    assert_eq!(done["Status"], 8);

    let err = emu
        .mim("PRIV\\Eve", &["cm", "request", "get", &id])
        .await
        .expect_err("not Eve's");
    assert_eq!((err.status(), err.exit_code()), (Some(404), 1));
    emu.stop().await;
}

#[tokio::test]
async fn cards_profiles_and_certificates() {
    let emu = Emulator::start("cm-cards").await;
    let jen = "PRIV\\Jen";

    let cards = emu.ok(jen, &["cm", "smartcards"]).await;
    assert!(row(&cards, CARD).is_some(), "{cards}");
    let by_cardid = emu
        .json(jen, &["cm", "smartcards", "--cardid", CARD_ID])
        .await;
    let uuid = by_cardid
        .get("Uuid")
        .or_else(|| by_cardid.get(0).and_then(|c| c.get("Uuid")));
    assert_eq!(uuid.and_then(|u| u.as_str()), Some(CARD));
    let card = emu.ok(jen, &["cm", "smartcard", CARD]).await;
    assert_eq!(field(&card, "Uuid"), CARD);
    assert_eq!(field(&card, "Owner"), JEN_CM);

    let profiles = emu.ok(jen, &["cm", "profiles"]).await;
    assert!(profiles.lines().count() >= 2, "{profiles}");
    let none = emu.ok(jen, &["cm", "profiles", "--status", "denied"]).await;
    assert!(
        none.starts_with("No profiles") || none.starts_with("Uuid"),
        "{none}"
    );

    let certs = emu.json(jen, &["cm", "certificates"]).await;
    assert!(certs.is_array(), "{certs}");
    let table = emu.ok(jen, &["cm", "certificates"]).await;
    assert!(
        table.starts_with("SerialNumber") || table.starts_with("No certificates"),
        "{table}"
    );
    emu.stop().await;
}
