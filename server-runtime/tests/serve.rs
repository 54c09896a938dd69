//! The serve loop and dispatcher against a hostile client, over real loopback sockets: every
//! wait is bounded, the anonymous get 401 before their body is read, a foreign `Host` is not
//! reflected, the peer address reaches the operation, and shutdown drains within its deadline.
//!
//! Time bounds in these tests are generous cut-offs (several times the configured limit), not
//! speed measurements: they fail only when a limit is not enforced at all.

use axum::extract::ConnectInfo;
use axum::http::{StatusCode, request::Parts};
use axum::response::IntoResponse;
use server_runtime::{
    Authenticator, ErrorFormat, Limits, OriginPolicy, PartSpec, Request, RouteSpec, Routes,
    ServeConfig, Unauthorized, authenticate, handler, serve,
};
use std::net::SocketAddr;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

static ERRORS: ErrorFormat = ErrorFormat::new(Some(
    r#"{"odata.error":{"code":"{code}","message":{"lang":"en-US","value":"{message}"}}}"#,
));

/// Accepts `Authorization: Secret`, refuses everyone else.
struct SecretAuth;

impl Authenticator for SecretAuth {
    type Caller = ();

    async fn authenticate(&self, parts: &Parts) -> Result<(), Unauthorized> {
        match parts.headers.get("authorization") {
            Some(v) if v == "Secret" => Ok(()),
            _ => Err(Unauthorized::new(["Basic realm=\"test\""], "who are you?")),
        }
    }
}

fn spec(
    method: axum::http::Method,
    template: &'static [&'static [PartSpec]],
    op: &'static str,
) -> RouteSpec {
    RouteSpec {
        method,
        template,
        case_insensitive: true,
        errors: &ERRORS,
        operation: op,
    }
}

/// `POST /upload`: authenticates, then answers with the body's length.
/// `GET /where`: the base URL and the peer address.
/// `GET /slow`: takes 5 s.
fn routes() -> Routes {
    const UPLOAD: &[&[PartSpec]] = &[&[PartSpec::Lit("upload")]];
    const WHERE: &[&[PartSpec]] = &[&[PartSpec::Lit("where")]];
    const SLOW: &[&[PartSpec]] = &[&[PartSpec::Lit("slow")]];
    let upload = handler(|req: Request| async move {
        let outcome = async {
            authenticate(&SecretAuth, &req).await?;
            let body: serde_json::Value = req.body(&server_runtime::BodySpec {
                required: true,
                form: false,
                query_or_body: false,
                fields: &[],
                nullable: &[],
            })?;
            Ok::<_, server_runtime::Rejection>(body.to_string().len())
        }
        .await;
        match outcome {
            Ok(n) => n.to_string().into_response(),
            Err(rejection) => rejection.render(req.errors()),
        }
    });
    let whereabouts = handler(|req: Request| async move {
        let ctx = req.into_context(());
        let peer = ctx
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(addr)| addr.to_string())
            .unwrap_or_default();
        format!("{} {peer}", ctx.base_url()).into_response()
    });
    let slow = handler(|_req: Request| async move {
        tokio::time::sleep(Duration::from_secs(5)).await;
        StatusCode::OK.into_response()
    });
    Routes::new()
        .route(spec(axum::http::Method::POST, UPLOAD, "upload"), upload)
        .route(spec(axum::http::Method::GET, WHERE, "where"), whereabouts)
        .route(spec(axum::http::Method::GET, SLOW, "slow"), slow)
}

struct Server {
    addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    task: JoinHandle<std::io::Result<()>>,
}

/// How the route table is handed to the serve loop.
#[derive(Clone, Copy, Debug)]
enum Mount {
    /// `Routes::into_service`: the table itself (the fast path).
    Service,
    /// `Routes::into_router`: the table as the fallback of an axum router.
    Router,
}

async fn start(limits: Limits) -> Server {
    start_as(limits, Mount::Service).await
}

async fn start_as(limits: Limits, mount: Mount) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let routes = routes().with_limits(limits.clone());
    let (tx, rx) = oneshot::channel::<()>();
    let config = ServeConfig {
        limits,
        origin: OriginPolicy::default(),
    };
    let stop = async move {
        let _ = rx.await;
    };
    let task = match mount {
        Mount::Service => tokio::spawn(serve(listener, routes.into_service(), config, stop)),
        Mount::Router => tokio::spawn(serve(listener, routes.into_router(), config, stop)),
    };
    Server {
        addr,
        stop: Some(tx),
        task,
    }
}

/// Read until the server closes the connection (or 10 s pass); what was read.
async fn read_to_close(stream: &mut TcpStream) -> (String, bool) {
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match tokio::time::timeout(left, stream.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => return (String::from_utf8_lossy(&out).into(), true),
            Ok(Ok(n)) => out.extend_from_slice(&buf[..n]),
            Err(_) => return (String::from_utf8_lossy(&out).into(), false),
        }
    }
}

/// Read one response head and as much body as arrives within 3 s of it.
async fn read_response(stream: &mut TcpStream) -> String {
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match tokio::time::timeout(Duration::from_secs(10), stream.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) | Err(_) => break,
            Ok(Ok(n)) => out.extend_from_slice(&buf[..n]),
        }
        let text = String::from_utf8_lossy(&out);
        if let Some(head_end) = text.find("\r\n\r\n") {
            let length = text[..head_end]
                .lines()
                .find_map(|l| {
                    l.to_ascii_lowercase()
                        .strip_prefix("content-length:")
                        .map(|v| v.trim().parse::<usize>().unwrap_or(0))
                })
                .unwrap_or(0);
            if out.len() >= head_end + 4 + length {
                break;
            }
        }
    }
    String::from_utf8_lossy(&out).into()
}

fn quick() -> Limits {
    Limits {
        header_read_timeout: Duration::from_millis(300),
        idle_timeout: Duration::from_millis(400),
        body_read_timeout: Duration::from_millis(400),
        request_timeout: Duration::from_millis(800),
        drain_timeout: Duration::from_millis(300),
        ..Limits::default()
    }
}

#[tokio::test]
async fn a_slow_header_client_is_cut_off() {
    let server = start(Limits {
        idle_timeout: Duration::from_secs(30),
        ..quick()
    })
    .await;
    let mut stream = TcpStream::connect(server.addr).await.unwrap();
    let started = Instant::now();
    stream.write_all(b"GET /where HTTP/1.1\r\n").await.unwrap();
    // One byte every 50 ms: the head would take 5 s to complete.
    let mut cut_off = false;
    for byte in b"X-Slow: ".iter().cycle().take(100) {
        tokio::time::sleep(Duration::from_millis(50)).await;
        if stream.write_all(&[*byte]).await.is_err() {
            cut_off = true;
            break;
        }
        let mut probe = [0u8; 1];
        if let Ok(Ok(0)) =
            tokio::time::timeout(Duration::from_millis(1), stream.read(&mut probe)).await
        {
            cut_off = true;
            break;
        }
    }
    let elapsed = started.elapsed();
    assert!(cut_off, "the slow header was never cut off");
    assert!(
        elapsed >= Duration::from_millis(250),
        "cut off before the limit: {elapsed:?}"
    );
    assert!(
        elapsed < Duration::from_secs(3),
        "cut off only after {elapsed:?}"
    );
}

#[tokio::test]
async fn an_idle_connection_is_closed() {
    // The header timeout is long, so what closes these is the idle timeout.
    let server = start(Limits {
        header_read_timeout: Duration::from_secs(30),
        ..quick()
    })
    .await;
    // Silent from the start.
    let mut silent = TcpStream::connect(server.addr).await.unwrap();
    let started = Instant::now();
    let (_, closed) = read_to_close(&mut silent).await;
    assert!(closed, "a silent connection stayed open");
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    // Idle after a request on a keep-alive connection.
    let mut kept = TcpStream::connect(server.addr).await.unwrap();
    kept.write_all(b"GET /where HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        .await
        .unwrap();
    let started = Instant::now();
    let (text, closed) = read_to_close(&mut kept).await;
    assert!(text.starts_with("HTTP/1.1 200"), "{text}");
    assert!(closed, "an idle keep-alive connection stayed open");
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn an_anonymous_oversized_upload_gets_401_without_being_read() {
    let server = start(Limits::default()).await;
    let mut stream = TcpStream::connect(server.addr).await.unwrap();
    // 100 MiB announced, only the head sent: the answer must not wait for the body.
    stream
        .write_all(b"POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 104857600\r\n\r\n{\"a\":")
        .await
        .unwrap();
    let started = Instant::now();
    let text = read_response(&mut stream).await;
    assert!(text.starts_with("HTTP/1.1 401"), "{text}");
    assert!(
        text.to_ascii_lowercase()
            .contains("www-authenticate: basic realm=\"test\""),
        "{text}"
    );
    assert!(text.contains("\"odata.error\""), "{text}");
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );

    // The same upload from an authenticated caller is refused by its declared length.
    let mut stream = TcpStream::connect(server.addr).await.unwrap();
    stream
        .write_all(b"POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Secret\r\nContent-Length: 104857600\r\n\r\n")
        .await
        .unwrap();
    let text = read_response(&mut stream).await;
    assert!(text.starts_with("HTTP/1.1 413"), "{text}");
    assert!(text.contains("PayloadTooLarge"), "{text}");
}

#[tokio::test]
async fn an_authenticated_body_that_stalls_gets_408_in_the_api_shape() {
    let server = start(Limits {
        idle_timeout: Duration::from_secs(30),
        ..quick()
    })
    .await;
    let mut stream = TcpStream::connect(server.addr).await.unwrap();
    stream
        .write_all(b"POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Secret\r\nContent-Type: application/json\r\nContent-Length: 20\r\n\r\n{\"a\":")
        .await
        .unwrap();
    let text = read_response(&mut stream).await;
    assert!(text.starts_with("HTTP/1.1 408"), "{text}");
    assert!(text.contains(r#""code":"RequestTimeout""#), "{text}");
    // And a complete body is read.
    let mut stream = TcpStream::connect(server.addr).await.unwrap();
    stream
        .write_all(b"POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Secret\r\nContent-Length: 7\r\n\r\n{\"a\":1}")
        .await
        .unwrap();
    let text = read_response(&mut stream).await;
    assert!(
        text.starts_with("HTTP/1.1 200") && text.ends_with("\r\n7"),
        "{text}"
    );
}

#[tokio::test]
async fn a_request_past_its_deadline_gets_408_in_the_api_shape() {
    let server = start(quick()).await;
    let mut stream = TcpStream::connect(server.addr).await.unwrap();
    stream
        .write_all(b"GET /slow HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        .await
        .unwrap();
    let started = Instant::now();
    let text = read_response(&mut stream).await;
    assert!(text.starts_with("HTTP/1.1 408"), "{text}");
    assert!(text.contains(r#""code":"RequestTimeout""#), "{text}");
    assert!(
        started.elapsed() < Duration::from_secs(4),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn a_foreign_host_is_not_reflected_and_the_peer_address_is_known() {
    for mount in [Mount::Service, Mount::Router] {
        foreign_host_and_peer_address(mount).await;
    }
}

async fn foreign_host_and_peer_address(mount: Mount) {
    let server = start_as(Limits::default(), mount).await;
    let mut stream = TcpStream::connect(server.addr).await.unwrap();
    let local = stream.local_addr().unwrap();
    stream
        .write_all(b"GET /where HTTP/1.1\r\nHost: evil.example:666\r\n\r\n")
        .await
        .unwrap();
    let text = read_response(&mut stream).await;
    let body = text.split("\r\n\r\n").nth(1).unwrap_or_default();
    assert_eq!(body, format!("http://{} {local}", server.addr), "{mount:?}");
    let host = format!(
        "GET /where HTTP/1.1\r\nHost: localhost:{}\r\n\r\n",
        server.addr.port()
    );
    stream.write_all(host.as_bytes()).await.unwrap();
    let text = read_response(&mut stream).await;
    assert!(
        text.contains(&format!("http://localhost:{} ", server.addr.port())),
        "{mount:?}: {text}"
    );
}

#[tokio::test]
async fn shutdown_with_a_half_sent_request_ends_within_the_drain_deadline() {
    let mut server = start(Limits {
        header_read_timeout: Duration::from_secs(30),
        idle_timeout: Duration::from_secs(30),
        body_read_timeout: Duration::from_secs(30),
        request_timeout: Duration::from_secs(30),
        ..quick()
    })
    .await;
    let mut half_head = TcpStream::connect(server.addr).await.unwrap();
    half_head
        .write_all(b"GET /where HTTP/1.1\r\nHost: 12")
        .await
        .unwrap();
    let mut half_body = TcpStream::connect(server.addr).await.unwrap();
    half_body
        .write_all(b"POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Secret\r\nContent-Length: 20\r\n\r\n{")
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    let started = Instant::now();
    let _ = server.stop.take().unwrap().send(());
    let ended = tokio::time::timeout(Duration::from_secs(5), &mut server.task).await;
    assert!(
        matches!(ended, Ok(Ok(Ok(())))),
        "serve did not end: {ended:?}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    let (_, closed) = read_to_close(&mut half_head).await;
    assert!(closed);
}

#[tokio::test]
async fn invalid_limits_are_refused_at_start() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let config = ServeConfig {
        limits: Limits {
            max_connections: 0,
            ..Limits::default()
        },
        origin: OriginPolicy::default(),
    };
    let err = serve(
        listener,
        routes().into_router(),
        config,
        std::future::pending(),
    )
    .await
    .unwrap_err();
    assert!(err.to_string().contains("max_connections"), "{err}");
}
