//! The hand-written support layer's hook: what every request of the generated clients carries.

mod common;

use axum::http::HeaderMap;
use generated_client::support::{AuthError, AuthHook, Credentials};
use generated_client::{cm, pam};
use std::sync::{Arc, Mutex};

/// A server that records the headers of each request and answers every path with `body`.
async fn recording_server(body: &'static str) -> (String, Arc<Mutex<Vec<HeaderMap>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let record = seen.clone();
    let router = axum::Router::new().fallback(move |headers: HeaderMap| {
        let record = record.clone();
        async move {
            record.lock().expect("lock").push(headers);
            ([("content-type", "application/json")], body)
        }
    });
    (common::serve(router).await, seen)
}

#[tokio::test]
async fn every_request_carries_the_credentials_and_no_undocumented_version_header() {
    let (base, seen) =
        recording_server(r#"{"odata.metadata":"x","value":[{"Username":"PRIV\\Jen"}]}"#).await;
    let client =
        pam::Client::new_with_credentials(&base, Credentials::basic("PRIV\\Jen", "Pa55w.rd"))
            .unwrap();
    let session = client
        .get_pam_session_info()
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(session.value[0].username, "PRIV\\Jen");

    let headers = seen.lock().unwrap().pop().expect("one request");
    // base64("PRIV\Jen:Pa55w.rd")
    assert_eq!(headers["authorization"], "Basic UFJJVlxKZW46UGE1NXcucmQ=");
    assert!(
        headers.get("api-version").is_none(),
        "progenitor's api-version header must not reach MIM"
    );
}

/// A hook that computes the header per request, e.g. a token that is refreshed.
struct CountingBearer(Mutex<u32>);

impl AuthHook for CountingBearer {
    fn authorization(
        &self,
        _: &reqwest::Request,
    ) -> Result<Option<reqwest::header::HeaderValue>, AuthError> {
        let mut n = self.0.lock().expect("lock");
        *n += 1;
        Ok(reqwest::header::HeaderValue::from_str(&format!("Bearer token-{n}")).ok())
    }
}

#[tokio::test]
async fn a_hook_is_asked_for_every_request() {
    let (base, seen) = recording_server("[]").await;
    let client = cm::Client::new_with_credentials(&base, CountingBearer(Mutex::new(0))).unwrap();
    client.list_user_certificates().send().await.unwrap();
    client.list_user_certificates().send().await.unwrap();
    let seen = seen.lock().unwrap();
    let tokens: Vec<_> = seen
        .iter()
        .map(|h| h["authorization"].to_str().unwrap().to_string())
        .collect();
    assert_eq!(tokens, ["Bearer token-1", "Bearer token-2"]);
}

#[tokio::test]
async fn no_credentials_means_no_header() {
    let (base, seen) = recording_server("[]").await;
    let client = cm::Client::new_with_credentials(&base, Credentials::None).unwrap();
    client.list_user_certificates().send().await.unwrap();
    assert!(seen.lock().unwrap()[0].get("authorization").is_none());
}
