//! The emulator binary as an operator runs it: SIGTERM with a half-sent request open still ends
//! the process within the drain deadline, and the limits flags reach the serve loop.

#![cfg(unix)]

mod common;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A loopback port that was free a moment ago.
fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.local_addr().expect("addr").port()
}

/// Start the binary and wait (up to 60 s) until it accepts connections.
fn start(db: &std::path::Path, extra: &[&str]) -> (Child, SocketAddr) {
    let port = free_port();
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    let child = Command::new(env!("CARGO_BIN_EXE_mim-emulator"))
        .args(["--listen", &addr.to_string(), "--db"])
        .arg(db)
        .args(extra)
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the emulator binary starts");
    let deadline = Instant::now() + Duration::from_secs(60);
    while TcpStream::connect(addr).is_err() {
        assert!(
            Instant::now() < deadline,
            "the emulator never listened on {addr}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    (child, addr)
}

fn terminate(child: &Child) {
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
}

/// Wait up to `limit` for the child to exit; its exit status, or `None` (then it is killed).
fn wait_for_exit(child: &mut Child, limit: Duration) -> Option<std::process::ExitStatus> {
    let deadline = Instant::now() + limit;
    loop {
        if let Some(status) = child.try_wait().expect("try_wait") {
            return Some(status);
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn sigterm_with_a_half_sent_request_exits_within_the_drain_deadline() {
    let db = common::temp_db("sigterm");
    // Every other limit is far away, so only the drain deadline (1 s) can end these requests.
    let (mut child, addr) = start(
        &db,
        &[
            "--drain-timeout",
            "1s",
            "--header-timeout",
            "60s",
            "--idle-timeout",
            "60s",
            "--body-timeout",
            "60s",
            "--request-timeout",
            "60s",
        ],
    );
    let mut half_head = TcpStream::connect(addr).expect("connect");
    half_head
        .write_all(b"GET /api/pamresources/pamroles HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: appl")
        .expect("write");
    // "PRIV\Jen:Pa55w.rd", a seeded user: authenticated, so the server waits for the body.
    let mut half_body = TcpStream::connect(addr).expect("connect");
    half_body
        .write_all(
            b"POST /api/pamresources/pamrequests HTTP/1.1\r\nHost: 127.0.0.1\r\n\
              Authorization: Basic UFJJVlxKZW46UGE1NXcucmQ=\r\n\
              Content-Type: application/json\r\nContent-Length: 200\r\n\r\n{\"Justification\":",
        )
        .expect("write");
    std::thread::sleep(Duration::from_millis(300));
    let started = Instant::now();
    terminate(&child);
    let status = wait_for_exit(&mut child, Duration::from_secs(10));
    let elapsed = started.elapsed();
    common::remove_db(&db);
    let status = status.expect("the emulator did not exit within 10 s of SIGTERM");
    assert!(status.success(), "exit status {status}");
    // 1 s of drain, plus process teardown; far below the 60 s the requests could otherwise take.
    assert!(elapsed < Duration::from_secs(5), "exit took {elapsed:?}");
    assert!(
        elapsed >= Duration::from_millis(900),
        "exited before draining: {elapsed:?}"
    );
    // Both half-sent requests were cut: reading ends.
    for stream in [&mut half_head, &mut half_body] {
        stream
            .set_read_timeout(Some(Duration::from_secs(2)))
            .expect("timeout");
        let mut rest = Vec::new();
        let _ = stream.read_to_end(&mut rest);
    }
}

#[test]
fn an_anonymous_oversized_upload_gets_401_at_once() {
    let db = common::temp_db("anon-upload");
    let (mut child, addr) = start(&db, &[]);
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    stream
        .write_all(
            b"POST /api/pamresources/pamrequests HTTP/1.1\r\nHost: 127.0.0.1\r\n\
              Content-Type: application/json\r\nContent-Length: 1073741824\r\n\r\n{\"a\":",
        )
        .expect("write");
    let mut head = [0u8; 12];
    let read = stream.read_exact(&mut head);
    terminate(&child);
    let _ = wait_for_exit(&mut child, Duration::from_secs(20));
    common::remove_db(&db);
    read.expect("an answer without the body being sent");
    assert_eq!(&head, b"HTTP/1.1 401");
}

#[test]
fn a_foreign_host_is_not_reflected_in_odata_metadata() {
    let db = common::temp_db("foreign-host");
    let (mut child, addr) = start(&db, &[]);
    let get = |host: &str| {
        let mut stream = TcpStream::connect(addr).expect("connect");
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .expect("timeout");
        let request = format!(
            "GET /api/pamresources/pamroles HTTP/1.1\r\nHost: {host}\r\n\
             Authorization: Basic UFJJVlxKZW46UGE1NXcucmQ=\r\nConnection: close\r\n\r\n"
        );
        stream.write_all(request.as_bytes()).expect("write");
        let mut text = String::new();
        let _ = stream.read_to_string(&mut text);
        text
    };
    let foreign = get("evil.example:666");
    let own = get(&format!("localhost:{}", addr.port()));
    terminate(&child);
    let _ = wait_for_exit(&mut child, Duration::from_secs(20));
    common::remove_db(&db);
    assert!(foreign.starts_with("HTTP/1.1 200"), "{foreign}");
    // Every response carries a request id (tower-http), the same one the debug log shows.
    assert!(
        foreign.to_ascii_lowercase().contains("\r\nx-request-id: "),
        "{foreign}"
    );
    assert!(!foreign.contains("evil.example"), "{foreign}");
    assert!(
        foreign.contains(&format!(
            "\"odata.metadata\":\"http://{addr}/api/pamresources/"
        )),
        "{foreign}"
    );
    let own_base = format!("\"odata.metadata\":\"http://localhost:{}/", addr.port());
    assert!(own.contains(&own_base), "{own}");
}
