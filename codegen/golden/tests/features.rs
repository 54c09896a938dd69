//! The generated client and the generated server of `codegen/tests/specs/features.yaml`
//! talking over real HTTP on 127.0.0.1: cookie parameters, multipart bodies and the caller's
//! choice of media types mean the same thing on both sides.

use codegen_golden::features_client as client;
use codegen_golden::features_server as server;
use generated_server_stubs::runtime::{NoAuth, RequestContext};

/// The server side: echoes what it parsed.
struct Echo;

impl server::Api for Echo {
    type Caller = ();

    async fn whoami(
        &self,
        ctx: RequestContext<()>,
        params: server::WhoamiParams,
    ) -> server::WhoamiResponse {
        let cookie_headers = ctx
            .headers
            .get_all("cookie")
            .iter()
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
            .collect();
        server::WhoamiResponse::Ok(server::types::Session {
            session_id: params.session_id,
            theme: params.theme,
            visits: params.visits,
            trace: params.x_trace,
            cookie_headers,
        })
    }

    async fn upload(
        &self,
        ctx: RequestContext<()>,
        _params: server::UploadParams,
        body: server::types::UploadBody,
    ) -> server::UploadResponse {
        server::UploadResponse::Ok(server::types::Receipt {
            content_type: content_type(&ctx),
            title: body.title,
            count: body.count,
            labels: body.labels,
            file: body.file.into_iter().map(i64::from).collect(),
            thumbnail_len: body.thumbnail.map(|t| t.len() as i64),
        })
    }

    async fn create_pet(
        &self,
        ctx: RequestContext<()>,
        _params: server::CreatePetParams,
        body: server::types::Pet,
    ) -> server::CreatePetResponse {
        server::CreatePetResponse::Created(server::types::PetReceipt {
            content_type: content_type(&ctx),
            pet: body,
        })
    }

    async fn create_pet_form(
        &self,
        _ctx: RequestContext<()>,
        _params: server::CreatePetFormParams,
    ) -> server::CreatePetFormResponse {
        server::CreatePetFormResponse::NoContent
    }

    async fn get_pet(
        &self,
        _ctx: RequestContext<()>,
        params: server::GetPetParams,
    ) -> server::GetPetResponse {
        server::GetPetResponse::Ok(server::types::Pet {
            name: params.name,
            age: None,
            tags: Vec::new(),
        })
    }

    async fn put_blob(
        &self,
        ctx: RequestContext<()>,
        _params: server::PutBlobParams,
        body: Vec<u8>,
    ) -> server::PutBlobResponse {
        server::PutBlobResponse::Ok(server::types::BlobReceipt {
            content_type: content_type(&ctx),
            bytes: body.into_iter().map(i64::from).collect(),
        })
    }
}

/// The request's `Content-Type`, as sent.
fn content_type(ctx: &RequestContext<()>) -> String {
    ctx.headers
        .get("content-type")
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
        .unwrap_or_default()
}

/// Serve [`Echo`] on an ephemeral port of 127.0.0.1; the base URL.
async fn serve() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind 127.0.0.1:0");
    let addr = listener.local_addr().expect("local address");
    let router = server::router(Echo, NoAuth);
    tokio::spawn(async move { axum::serve(listener, router).await.expect("axum::serve") });
    format!("http://{addr}")
}

fn http() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(10))
        .build()
        .expect("reqwest client")
}

#[tokio::test]
async fn cookie_parameters_travel_in_one_header_and_come_back_typed() {
    let base = serve().await;
    let api = client::Client::new_with_client(&base, http());
    let session = api
        .whoami()
        .session_id("a b;c%d\"é")
        .theme(client::types::Theme::Dark)
        .visits(3)
        .x_trace("t-1")
        .send()
        .await
        .expect("whoami")
        .into_inner();
    assert_eq!(session.session_id, "a b;c%d\"é");
    assert_eq!(session.theme, Some(client::types::Theme::Dark));
    assert_eq!(session.visits, Some(3));
    assert_eq!(session.trace.as_deref(), Some("t-1"));
    assert_eq!(
        session.cookie_headers,
        ["session_id=a%20b%3Bc%25d%22%C3%A9; theme=dark; visits=3"]
    );
    // Optional cookies left out are not sent at all.
    let session = api
        .whoami()
        .session_id("s")
        .send()
        .await
        .expect("whoami")
        .into_inner();
    assert_eq!(session.cookie_headers, ["session_id=s"]);
    assert_eq!((session.theme, session.visits), (None, None));
}

#[tokio::test]
async fn a_missing_or_bad_cookie_is_a_400_in_the_api_error_body() {
    let base = serve().await;
    let raw = http();
    for (cookie, expected) in [
        (None, "cookie parameter `session_id`: is required"),
        (
            Some("session_id=s; visits=many"),
            "cookie parameter `visits`",
        ),
        (
            Some("session_id=s; theme=purple"),
            "cookie parameter `theme`",
        ),
    ] {
        let mut request = raw.get(format!("{base}/session"));
        if let Some(cookie) = cookie {
            request = request.header("cookie", cookie);
        }
        let response = request.send().await.expect("send");
        assert_eq!(response.status(), 400, "{cookie:?}");
        let body: serde_json::Value = response.json().await.expect("JSON error body");
        assert_eq!(body["error"]["code"], "BadRequest.Parameter", "{body}");
        let message = body["error"]["message"].as_str().unwrap_or_default();
        assert!(message.contains(expected), "{cookie:?}: {message}");
    }
    // Through the generated client: a required cookie not set never leaves the client.
    let api = client::Client::new_with_client(&base, http());
    let err = api.whoami().send().await.unwrap_err();
    assert!(err.to_string().contains("session_id"), "{err}");
}

#[tokio::test]
async fn a_multipart_body_travels_as_parts_and_comes_back_typed() {
    let base = serve().await;
    let api = client::Client::new_with_client(&base, http());
    let file: Vec<u8> = (0..=255).collect();
    let receipt = api
        .upload()
        .body(
            client::types::UploadBody::builder()
                .title(Some("a; \"b\"".to_string()))
                .count(Some(7))
                .labels(vec!["x".to_string(), "y".to_string()])
                .file(file.clone()),
        )
        .send()
        .await
        .expect("upload")
        .into_inner();
    assert!(
        receipt
            .content_type
            .starts_with("multipart/form-data; boundary="),
        "{}",
        receipt.content_type
    );
    assert_eq!(receipt.title.as_deref(), Some("a; \"b\""));
    assert_eq!(receipt.count, Some(7));
    assert_eq!(receipt.labels, ["x", "y"]);
    assert_eq!(
        receipt.file,
        file.iter().map(|b| i64::from(*b)).collect::<Vec<_>>()
    );
    assert_eq!(receipt.thumbnail_len, None);
    let receipt = api
        .upload()
        .body(
            client::types::UploadBody::builder()
                .file(vec![1u8])
                .thumbnail(Some(vec![0u8; 3])),
        )
        .send()
        .await
        .expect("upload")
        .into_inner();
    assert_eq!((receipt.file, receipt.thumbnail_len), (vec![1], Some(3)));
}

#[tokio::test]
async fn bad_multipart_bodies_are_refused_in_the_api_error_body() {
    let base = serve().await;
    let raw = http();
    let cases: [(reqwest::multipart::Form, u16, &str); 3] = [
        (
            reqwest::multipart::Form::new().text("title", "no file"),
            400,
            "file",
        ),
        (
            reqwest::multipart::Form::new().part(
                "file",
                reqwest::multipart::Part::bytes(vec![1])
                    .mime_str("text/html")
                    .expect("mime"),
            ),
            415,
            "part `file`",
        ),
        (
            reqwest::multipart::Form::new()
                .text("count", "seven")
                .part("file", reqwest::multipart::Part::bytes(vec![1])),
            400,
            "part `count`",
        ),
    ];
    for (form, status, needle) in cases {
        let response = raw
            .post(format!("{base}/uploads"))
            .multipart(form)
            .send()
            .await
            .expect("send");
        assert_eq!(response.status(), status, "{needle}");
        let body: serde_json::Value = response.json().await.expect("JSON error body");
        let message = body["error"]["message"].as_str().unwrap_or_default();
        assert!(message.contains(needle), "{needle}: {body}");
    }
    let response = raw
        .post(format!("{base}/uploads"))
        .json(&serde_json::json!({"file": [1]}))
        .send()
        .await
        .expect("send");
    assert_eq!(response.status(), 415);
}

#[tokio::test]
async fn the_caller_chooses_the_request_media_type_by_method() {
    let base = serve().await;
    let api = client::Client::new_with_client(&base, http());
    let pet = client::types::Pet {
        name: "Rex & Co".to_string(),
        age: Some(3),
        tags: Vec::new(),
    };
    let json = api
        .create_pet()
        .body(pet.clone())
        .send()
        .await
        .expect("json");
    let form = api
        .create_pet_form_body()
        .body(pet.clone())
        .send()
        .await
        .expect("form");
    let multipart = api
        .create_pet_multipart()
        .body(pet.clone())
        .send()
        .await
        .expect("multipart");
    for (receipt, sent_as) in [
        (json.into_inner(), "application/json"),
        (form.into_inner(), "application/x-www-form-urlencoded"),
        (multipart.into_inner(), "multipart/form-data; boundary="),
    ] {
        assert!(
            receipt.content_type.starts_with(sent_as),
            "{}",
            receipt.content_type
        );
        assert_eq!(receipt.pet, pet, "{sent_as}");
    }
    // The operation whose name the form alternative would have taken is still itself.
    let status = api.create_pet_form().send().await.expect("get").status();
    assert_eq!(status, 204);

    let bytes = vec![0u8, 159, 146, 150];
    for (response, sent_as) in [
        (
            api.put_blob().body(b"text".to_vec()).send().await,
            "text/plain",
        ),
        (
            api.put_blob_octet_stream().body(bytes.clone()).send().await,
            "application/octet-stream",
        ),
        (
            api.put_blob_image_png().body(bytes.clone()).send().await,
            "image/png",
        ),
    ] {
        let receipt = response.expect(sent_as).into_inner();
        assert_eq!(receipt.content_type, sent_as);
        let expected: &[u8] = if sent_as == "text/plain" {
            b"text"
        } else {
            &bytes
        };
        assert_eq!(
            receipt.bytes,
            expected.iter().map(|b| i64::from(*b)).collect::<Vec<_>>()
        );
    }
}

#[tokio::test]
async fn the_caller_chooses_the_response_media_type_and_gets_406_for_the_impossible() {
    let base = serve().await;
    let api = client::Client::new_with_client(&base, http());
    let plain = api.get_pet().name("rex").send().await.expect("get");
    assert_eq!(plain.headers()["content-type"], "application/json");
    let chosen = api
        .get_pet()
        .name("rex")
        .accept("application/vnd.pet+json")
        .send()
        .await
        .expect("get as vnd.pet+json");
    assert_eq!(chosen.headers()["content-type"], "application/vnd.pet+json");
    assert_eq!(chosen.into_inner().name, "rex");

    let err = api
        .get_pet()
        .name("rex")
        .accept("application/xml")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(406), "{err}");
    let raw = http();
    let response = raw
        .get(format!("{base}/pets/rex"))
        .header("accept", "application/xml, text/*;q=0.5")
        .send()
        .await
        .expect("send");
    assert_eq!(response.status(), 406);
    let body: serde_json::Value = response.json().await.expect("JSON error body");
    assert_eq!(body["error"]["code"], "NotAcceptable", "{body}");
    let response = raw
        .get(format!("{base}/pets/rex"))
        .header("accept", "application/xml;q=1, */*;q=0.1")
        .send()
        .await
        .expect("send");
    assert_eq!(response.status(), 200);
}
