//! CORS as the docs configure it for the sample portal on port 8090 (pam-api.md §1.7): the exact
//! origin and credentials on every answer to an allowed origin (401s and errors included),
//! preflights answered without credentials, and nothing at all for a foreign origin.

use mim_emulator::{Config, Running};
use reqwest::header::{HeaderMap, ORIGIN};
use reqwest::{Method, StatusCode};

const PORTAL: &str = "http://localhost:8090";
const FOREIGN: &str = "http://evil.example:8090";

async fn start(name: &str) -> Running {
    let db = std::env::temp_dir().join(format!(
        "mim-emulator-cors-{name}-{}-{}.db",
        std::process::id(),
        uuid::Uuid::new_v4()
    ));
    let mut config = Config::ephemeral(db);
    config.cors_origins = vec![PORTAL.to_string(), "https://portal.contoso.com".to_string()];
    mim_emulator::spawn(config).await.expect("emulator starts")
}

fn cors_headers(headers: &HeaderMap) -> Vec<String> {
    headers
        .keys()
        .map(|k| k.as_str().to_string())
        .filter(|k| k.starts_with("access-control-"))
        .collect()
}

fn http() -> reqwest::Client {
    generated_client::support::http_client().expect("client")
}

#[tokio::test]
async fn a_preflight_from_the_portal_is_answered_without_credentials() {
    let server = start("preflight").await;
    let response = http()
        .request(
            Method::OPTIONS,
            format!("{}/api/pamresources/pamrequests", server.base_url()),
        )
        .header(ORIGIN, PORTAL)
        .header("access-control-request-method", "POST")
        .header("access-control-request-headers", "content-type")
        .send()
        .await
        .expect("preflight");
    assert_eq!(response.status(), StatusCode::OK, "no 401 on a preflight");
    let h = response.headers();
    assert_eq!(h["access-control-allow-origin"], PORTAL);
    assert_eq!(h["access-control-allow-credentials"], "true");
    let methods = h["access-control-allow-methods"].to_str().unwrap();
    assert!(
        methods.contains("POST") && methods.contains("PUT"),
        "{methods}"
    );
    let allowed = h["access-control-allow-headers"].to_str().unwrap();
    assert!(allowed.contains("content-type"), "{allowed}");
    server.stop().await.expect("stop");
}

#[tokio::test]
async fn every_answer_to_the_portal_carries_the_origin_401_included() {
    let server = start("answers").await;
    let url = format!("{}/api/pamresources/pamroles", server.base_url());
    let anonymous = http()
        .get(&url)
        .header(ORIGIN, PORTAL)
        .send()
        .await
        .expect("anonymous");
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(anonymous.headers()["access-control-allow-origin"], PORTAL);
    assert_eq!(
        anonymous.headers()["access-control-allow-credentials"],
        "true"
    );
    let body: serde_json::Value = anonymous.json().await.expect("error body");
    assert!(
        body["odata.error"]["message"]["value"].is_string(),
        "{body}"
    );

    let signed_in = http()
        .get(&url)
        .basic_auth("PRIV\\Jen", Some("Pa55w.rd"))
        .header(ORIGIN, "https://portal.contoso.com")
        .send()
        .await
        .expect("signed in");
    assert_eq!(signed_in.status(), StatusCode::OK);
    assert_eq!(
        signed_in.headers()["access-control-allow-origin"],
        "https://portal.contoso.com",
        "the exact origin, never *"
    );
    server.stop().await.expect("stop");
}

#[tokio::test]
async fn a_foreign_origin_gets_no_cors_header_at_all() {
    let server = start("foreign").await;
    let url = format!("{}/api/pamresources/pamroles", server.base_url());
    let preflight = http()
        .request(Method::OPTIONS, &url)
        .header(ORIGIN, FOREIGN)
        .header("access-control-request-method", "GET")
        .send()
        .await
        .expect("preflight");
    assert_eq!(cors_headers(preflight.headers()), Vec::<String>::new());
    assert_ne!(preflight.status(), StatusCode::OK);
    let get = http()
        .get(&url)
        .basic_auth("PRIV\\Jen", Some("Pa55w.rd"))
        .header(ORIGIN, FOREIGN)
        .send()
        .await
        .expect("get");
    assert_eq!(get.status(), StatusCode::OK);
    assert_eq!(cors_headers(get.headers()), Vec::<String>::new());
    server.stop().await.expect("stop");
}

#[tokio::test]
async fn a_wildcard_origin_is_refused_at_start() {
    let mut config = Config::ephemeral(std::env::temp_dir().join("never-opened.db"));
    config.cors_origins = vec!["*".into()];
    let error = match mim_emulator::spawn(config).await {
        Ok(_) => panic!("`*` with credentials must be refused"),
        Err(e) => e.to_string(),
    };
    assert!(error.contains("--cors-origin"), "{error}");
}
