//! `$filter` inputs a hostile client can send: each gets 400 with the API's error body, and the
//! server keeps answering (issue 9, item 1).

mod common;

use common::*;

/// GET `path?$filter=<filter>` as Eve; the status and the JSON body.
async fn get_filtered(
    http: &reqwest::Client,
    base: &str,
    path: &str,
    filter: &str,
) -> (u16, serde_json::Value) {
    let response = http
        .get(format!("{base}/api/pamresources/{path}"))
        .query(&[("$filter", filter)])
        .basic_auth("PRIV\\Eve", Some(PASSWORD))
        .send()
        .await
        .expect("the server answers");
    let status = response.status().as_u16();
    let body = response.json().await.unwrap_or(serde_json::Value::Null);
    (status, body)
}

#[tokio::test]
async fn deep_and_huge_filters_are_400_and_the_server_lives() {
    let db = temp_db("hostile-filter");
    let server = start(&db).await;
    let base = server.base_url();
    let http = generated_client::support::http_client().expect("http client");
    let parens = format!("{}TTL eq 1{}", "(".repeat(3000), ")".repeat(3000));
    let nots = format!("{}MFAEnabled", "not ".repeat(9000));
    let chain = vec!["TTL eq 1"; 5000].join(" or ");
    let long = format!("DisplayName eq '{}'", "x".repeat(5_000));
    for path in ["pamroles", "pamrequests", "pamrequeststoapprove"] {
        for filter in [&parens, &nots, &chain, &long] {
            let (status, body) = get_filtered(&http, &base, path, filter).await;
            assert_eq!(status, 400, "{path}: {}", &filter[..20]);
            let message = body["odata.error"]["message"]["value"]
                .as_str()
                .unwrap_or_default();
            assert!(message.contains("invalid $filter"), "{path}: {body}");
            assert_eq!(body["odata.error"]["code"], "BadRequest", "{body}");
        }
    }
    // Still alive and still right.
    let (status, body) = get_filtered(&http, &base, "pamroles", "TTL eq 1").await;
    assert_eq!(status, 200, "{body}");
    server.stop().await.expect("stop");
    remove_db(&db);
}
