//! Load benchmark of the emulator's storage over HTTP, against a baseline emulator binary (the
//! document store of 14bbfa0) measured in the same run.
//!
//! ```text
//! cargo bench -p mim-emulator --bench storage_load -- --baseline /path/to/old/mim-emulator [--sizes 1000,10000,50000]
//! ```
//!
//! For each size it builds one v1 (document store) database: the baseline binary creates and
//! seeds it, then synthetic users and PAM requests are added as v1 documents (Jen gets 100
//! requests; 1,000 are pending approval by Bob). Each binary then serves a copy of that file
//! (this emulator migrates it on start; the time is reported) and the same measurements run
//! against each, one server at a time. Loopback only; every loop is bounded in count and time.

use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use tokio::process::{Child, Command};
use uuid::Uuid;

const PASSWORD: &str = "Pa55w.rd";
const JEN: &str = "73257e5e-00b3-4309-a330-f1e607ff113a";
const ALLOW_AD: &str = "8f5cec1a-ecba-42ec-b76d-e6e0e4bf4c62";
const APPROVAL_ROLE: &str = "c28eab4a-95cf-4c08-a153-d5e8a9e660cd";
const PENDING: usize = 1_000;
const JEN_REQUESTS: usize = 100;
/// Samples per latency figure, and the time budget that may cut it short (slow baselines).
const SAMPLES: usize = 300;
const BUDGET: Duration = Duration::from_secs(20);

struct Args {
    baseline: PathBuf,
    sizes: Vec<usize>,
}

fn args() -> Args {
    let mut baseline = None;
    let mut sizes = vec![1_000, 10_000, 50_000];
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--baseline" => baseline = it.next().map(PathBuf::from),
            "--sizes" => {
                sizes = it
                    .next()
                    .unwrap_or_default()
                    .split(',')
                    .filter_map(|s| s.trim().parse().ok())
                    .collect();
            }
            _ => {}
        }
    }
    let Some(baseline) = baseline else {
        eprintln!(
            "usage: storage_load --baseline <old mim-emulator binary> [--sizes 1000,10000,50000]"
        );
        std::process::exit(2);
    };
    Args { baseline, sizes }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map_or(18_099, |a| a.port())
}

struct Server {
    child: Child,
    base: String,
}

async fn start(
    binary: &Path,
    extra: &[&str],
    db: &Path,
    http: &reqwest::Client,
) -> (Server, Duration) {
    let port = free_port();
    let started = Instant::now();
    let child = Command::new(binary)
        .args(["--listen", &format!("127.0.0.1:{port}"), "--db"])
        .arg(db)
        .args(extra)
        .env("RUST_LOG", "warn")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("spawn emulator");
    let base = format!("http://127.0.0.1:{port}");
    for _ in 0..6_000 {
        let ok = http
            .get(format!("{base}/api/pamresources/sessioninfo"))
            .basic_auth("PRIV\\Jen", Some(PASSWORD))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success());
        if ok {
            return (Server { child, base }, started.elapsed());
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("{} did not come up", binary.display());
}

async fn stop(mut server: Server) {
    if let Some(pid) = server.child.id() {
        // SIGTERM: a graceful stop, so the database is closed cleanly.
        let _ = Command::new("kill").arg(pid.to_string()).status().await;
    }
    let _ = tokio::time::timeout(Duration::from_secs(5), server.child.wait()).await;
    let _ = server.child.start_kill();
}

fn remove_db(path: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
}

/// Ids the measurements need.
struct Fixture {
    jen_ids: Vec<Uuid>,
    approvals: Vec<Uuid>,
}

fn ticks_time(offset_s: i64) -> String {
    let t = chrono::Utc::now() + chrono::TimeDelta::seconds(offset_s);
    t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

/// Add synthetic users and `size` PAM requests (in total) to a freshly seeded v1 database.
fn fill_v1(db: &Path, size: usize) -> Fixture {
    let mut conn = rusqlite::Connection::open(db).expect("open v1 db");
    let tx = conn.transaction().expect("tx");
    let existing: Vec<String> = {
        let mut stmt = tx
            .prepare("SELECT body FROM documents WHERE kind = 'pam_request'")
            .expect("prepare");
        stmt.query_map([], |r| r.get(0))
            .expect("query")
            .collect::<Result<_, _>>()
            .expect("rows")
    };
    let mut jen_ids: Vec<Uuid> = existing
        .iter()
        .filter_map(|b| serde_json::from_str::<Value>(b).ok())
        .filter(|v| v["creator"] == JEN)
        .filter_map(|v| v["id"].as_str()?.parse().ok())
        .collect();
    let insert = |kind: &str, id: &str, body: Value| {
        tx.execute(
            "INSERT INTO documents (kind, id, body) VALUES (?1, ?2, ?3)",
            rusqlite::params![kind, id, body.to_string()],
        )
        .expect("insert document");
    };
    let users: Vec<String> = (0..size.div_ceil(100).max(1))
        .map(|i| {
            let id = Uuid::new_v4().to_string();
            insert(
                "user",
                &id,
                json!({"id": id, "name": format!("LOAD\\user{i}"), "password": PASSWORD, "cm_uuid": null}),
            );
            id
        })
        .collect();
    let mut approvals = Vec::new();
    let statuses = ["Active", "Closed", "Expired", "Rejected"];
    for i in existing.len()..size {
        let id = Uuid::new_v4();
        let jen_needs_more = jen_ids.len() < JEN_REQUESTS;
        let pending = !jen_needs_more && approvals.len() < PENDING;
        let creator = if jen_needs_more {
            JEN.to_string()
        } else {
            users[i % users.len()].clone()
        };
        let approval = pending.then(Uuid::new_v4);
        let body = json!({
            "id": id,
            "creator": creator,
            "role_id": if pending { APPROVAL_ROLE } else { ALLOW_AD },
            "justification": format!("load {i}"),
            "creation_time": ticks_time(-86_400),
            "expiration_time": if pending { "0001-01-01T00:00:00".to_string() } else { ticks_time(3_600) },
            "requested_ttl": 3600,
            "requested_time": ticks_time(-60),
            "status": if pending { "PendingApproval" } else { statuses[i % statuses.len()] },
            "approval_id": approval,
        });
        insert("pam_request", &id.to_string(), body);
        if jen_needs_more {
            jen_ids.push(id);
        }
        if let Some(a) = approval {
            approvals.push(a);
        }
    }
    tx.commit().expect("commit");
    Fixture { jen_ids, approvals }
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1].as_secs_f64() * 1000.0
}

/// p50/p99 (ms) and the sample count.
fn summary(mut samples: Vec<Duration>) -> String {
    samples.sort();
    format!(
        "p50 {:.2} ms, p99 {:.2} ms (n={})",
        percentile(&samples, 50.0),
        percentile(&samples, 99.0),
        samples.len()
    )
}

async fn timed(request: reqwest::RequestBuilder, expect: u16) -> Duration {
    let started = Instant::now();
    let response = request.send().await.expect("request");
    let status = response.status().as_u16();
    let _ = response.bytes().await;
    assert_eq!(status, expect, "unexpected status");
    started.elapsed()
}

async fn sequential(
    n: usize,
    mut make: impl FnMut(usize) -> (reqwest::RequestBuilder, u16),
) -> Vec<Duration> {
    let started = Instant::now();
    let mut samples = Vec::new();
    for i in 0..n {
        if started.elapsed() > BUDGET && samples.len() >= 20 {
            break;
        }
        let (request, expect) = make(i);
        samples.push(timed(request, expect).await);
    }
    samples
}

/// `clients` concurrent loops of `per_client` GETs of `url` as Jen.
async fn concurrent_gets(
    http: &reqwest::Client,
    url: &str,
    clients: usize,
    per_client: usize,
) -> Vec<Duration> {
    let started = Instant::now();
    let tasks: Vec<_> = (0..clients)
        .map(|_| {
            let (http, url) = (http.clone(), url.to_string());
            tokio::spawn(async move {
                let mut samples = Vec::new();
                for _ in 0..per_client {
                    if started.elapsed() > BUDGET && !samples.is_empty() {
                        break;
                    }
                    samples.push(
                        timed(http.get(&url).basic_auth("PRIV\\Jen", Some(PASSWORD)), 200).await,
                    );
                }
                samples
            })
        })
        .collect();
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await.expect("client"));
    }
    all
}

/// Latency of an unrelated call (`sessioninfo`) while 4 clients list Jen's requests.
async fn unrelated_while_listing(http: &reqwest::Client, base: &str) -> Vec<Duration> {
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let listers: Vec<_> = (0..4)
        .map(|_| {
            let (http, stop) = (http.clone(), stop.clone());
            let url = format!("{base}/api/pamresources/pamrequests");
            tokio::spawn(async move {
                for _ in 0..100_000 {
                    if stop.load(Ordering::Relaxed) {
                        break;
                    }
                    let _ =
                        timed(http.get(&url).basic_auth("PRIV\\Jen", Some(PASSWORD)), 200).await;
                }
            })
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(200)).await;
    let samples = sequential(SAMPLES, |_| {
        (
            http.get(format!("{base}/api/pamresources/sessioninfo"))
                .basic_auth("PRIV\\Bob", Some(PASSWORD)),
            200,
        )
    })
    .await;
    stop.store(true, Ordering::Relaxed);
    for lister in listers {
        let _ = lister.await;
    }
    samples
}

/// Acknowledged creates per second with `clients` concurrent clients over `window`.
async fn create_rate(http: &reqwest::Client, base: &str, clients: usize, window: Duration) -> f64 {
    let acked = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let url = format!(
        "{base}/api/pamresources/pamrequests?RoleId={ALLOW_AD}&RequestedTTL=60&Justification=load"
    );
    let tasks: Vec<_> = (0..clients)
        .map(|_| {
            let (http, url, acked) = (http.clone(), url.clone(), acked.clone());
            tokio::spawn(async move {
                for _ in 0..1_000_000 {
                    if started.elapsed() >= window {
                        break;
                    }
                    let ok = http
                        .post(&url)
                        .basic_auth("PRIV\\Jen", Some(PASSWORD))
                        .body(Vec::<u8>::new())
                        .send()
                        .await
                        .is_ok_and(|r| r.status().as_u16() == 201);
                    if ok {
                        acked.fetch_add(1, Ordering::Relaxed);
                    }
                }
            })
        })
        .collect();
    for t in tasks {
        t.await.expect("client");
    }
    acked.load(Ordering::Relaxed) as f64 / started.elapsed().as_secs_f64()
}

async fn measure(label: &str, server: &Server, fixture: &Fixture, http: &reqwest::Client) {
    let base = &server.base;
    let one_id = sequential(SAMPLES, |i| {
        let id = fixture.jen_ids[i % fixture.jen_ids.len()];
        let url = format!("{base}/api/pamresources/pamrequests");
        (
            http.get(url)
                .query(&[("$filter", format!("RequestId eq guid'{id}'"))])
                .basic_auth("PRIV\\Jen", Some(PASSWORD)),
            200,
        )
    })
    .await;
    println!("  {label}: one-id $filter         {}", summary(one_id));
    let list = sequential(SAMPLES, |_| {
        (
            http.get(format!("{base}/api/pamresources/pamrequests"))
                .basic_auth("PRIV\\Jen", Some(PASSWORD)),
            200,
        )
    })
    .await;
    println!("  {label}: pamrequests (Jen, 100) {}", summary(list));
    let approve = sequential(SAMPLES.min(fixture.approvals.len()), |i| {
        let approval = fixture.approvals[i];
        (
            http.post(format!(
                "{base}/api/pamresources/pamrequeststoapprove(guid'{approval}')/Approve"
            ))
            .basic_auth("PRIV\\Bob", Some(PASSWORD))
            .body(Vec::<u8>::new()),
            200,
        )
    })
    .await;
    println!("  {label}: Approve                {}", summary(approve));
    let unrelated = unrelated_while_listing(http, base).await;
    println!("  {label}: sessioninfo, 4 listing {}", summary(unrelated));
    let roles = concurrent_gets(http, &format!("{base}/api/pamresources/pamroles"), 64, 20).await;
    println!("  {label}: pamroles, 64 conns     {}", summary(roles));
    let floor = concurrent_gets(
        http,
        &format!("{base}/api/pamresources/sessioninfo"),
        64,
        20,
    )
    .await;
    println!("  {label}: sessioninfo, 64 conns  {}", summary(floor));
    let rate = create_rate(http, base, 16, Duration::from_secs(5)).await;
    println!("  {label}: creates, 16 clients    {rate:.0}/s acknowledged");
}

#[tokio::main]
async fn main() {
    let args = args();
    let new_binary = PathBuf::from(env!("CARGO_BIN_EXE_mim-emulator"));
    let http = generated_client::support::http_client().expect("client");
    let dir = std::env::temp_dir().join(format!("mim-storage-load-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    for &size in &args.sizes {
        println!("{size} stored PAM requests");
        let v1 = dir.join(format!("v1-{size}.db"));
        remove_db(&v1);
        let (seeding, _) = start(&args.baseline, &[], &v1, &http).await;
        stop(seeding).await;
        let fixture = fill_v1(&v1, size);
        for (label, binary) in [("baseline", &args.baseline), ("relational", &new_binary)] {
            let db = dir.join(format!("{label}-{size}.db"));
            remove_db(&db);
            std::fs::copy(&v1, &db).expect("copy v1 db");
            let (server, startup) = start(binary, &[], &db, &http).await;
            println!(
                "  {label}: start (incl. migration) {:.2} s",
                startup.as_secs_f64()
            );
            measure(label, &server, &fixture, &http).await;
            stop(server).await;
            remove_db(&db);
        }
        // Group commit's share: the same binary committing every write alone.
        let db = dir.join(format!("single-{size}.db"));
        remove_db(&db);
        std::fs::copy(&v1, &db).expect("copy v1 db");
        let (server, _) = start(&new_binary, &["--write-group-max", "1"], &db, &http).await;
        let rate = create_rate(&http, &server.base, 16, Duration::from_secs(5)).await;
        println!(
            "  relational, one commit per write: creates, 16 clients {rate:.0}/s acknowledged"
        );
        stop(server).await;
        remove_db(&db);
        remove_db(&v1);
    }
    let _ = std::fs::remove_dir_all(&dir);
}
