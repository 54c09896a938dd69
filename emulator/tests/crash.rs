//! Durability: the emulator binary takes concurrent creates, is killed with SIGKILL at a random
//! moment, and after a restart every create it acknowledged (201) is there (issue 9, item 3).

mod common;

use common::*;
use std::collections::HashSet;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::process::{Child, Command};
use uuid::Uuid;

const ALLOW_AD: &str = "8f5cec1a-ecba-42ec-b76d-e6e0e4bf4c62";
const CLIENTS: usize = 16;
const CYCLES: usize = 3;

fn free_addr() -> SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.local_addr().expect("addr")
}

async fn start_binary(db: &Path, addr: SocketAddr) -> Child {
    let child = Command::new(env!("CARGO_BIN_EXE_mim-emulator"))
        .arg("--listen")
        .arg(addr.to_string())
        .arg("--db")
        .arg(db)
        .env("RUST_LOG", "warn")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("spawn the emulator binary");
    let http = generated_client::support::http_client().expect("client");
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let ready = http
            .get(format!("http://{addr}/api/pamresources/sessioninfo"))
            .basic_auth("PRIV\\Jen", Some(PASSWORD))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success());
        if ready {
            return child;
        }
        assert!(Instant::now() < deadline, "the emulator did not come up");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A pseudo-random delay from the clock (the moment of the kill should vary run to run).
fn random_delay() -> Duration {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    Duration::from_millis(20 + u64::from(nanos % 400))
}

/// Create requests as fast as possible until the server dies; the ids it acknowledged.
async fn create_until_dead(addr: SocketAddr, acked: Arc<Mutex<Vec<Uuid>>>) {
    let http = generated_client::support::http_client().expect("client");
    let url = format!(
        "http://{addr}/api/pamresources/pamrequests?RoleId={ALLOW_AD}&RequestedTTL=60&Justification=crash"
    );
    for _ in 0..100_000 {
        let sent = http
            .post(&url)
            .basic_auth("PRIV\\Jen", Some(PASSWORD))
            .body(Vec::<u8>::new())
            .send()
            .await;
        let response = match sent {
            Ok(response) => response,
            // The server died under the request: not acknowledged.
            Err(_) => return,
        };
        if response.status().as_u16() != 201 {
            return;
        }
        let Ok(body) = response.json::<serde_json::Value>().await else {
            return;
        };
        if let Some(id) = body["RequestId"].as_str().and_then(|s| s.parse().ok()) {
            acked.lock().expect("lock").push(id);
        }
    }
}

#[tokio::test]
async fn acknowledged_creates_survive_kill_9() {
    let db = temp_db("crash");
    let mut all_acked: Vec<Uuid> = Vec::new();
    for cycle in 0..CYCLES {
        let addr = free_addr();
        let mut child = start_binary(&db, addr).await;
        let acked = Arc::new(Mutex::new(Vec::new()));
        let clients: Vec<_> = (0..CLIENTS)
            .map(|_| tokio::spawn(create_until_dead(addr, acked.clone())))
            .collect();
        // Kill at a random moment once the load is under way.
        let deadline = Instant::now() + Duration::from_secs(30);
        while acked.lock().expect("lock").is_empty() && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        tokio::time::sleep(random_delay()).await;
        child.start_kill().expect("SIGKILL");
        child.wait().await.expect("reaped");
        for client in clients {
            client.await.expect("client task");
        }
        let acked = acked.lock().expect("lock").clone();
        assert!(
            !acked.is_empty(),
            "cycle {cycle}: some creates were acknowledged"
        );
        all_acked.extend(acked);

        // Restart on the same file: every acknowledged id is there.
        let addr = free_addr();
        let mut child = start_binary(&db, addr).await;
        let http = generated_client::support::http_client().expect("client");
        let listed: serde_json::Value = http
            .get(format!("http://{addr}/api/pamresources/pamrequests"))
            .basic_auth("PRIV\\Jen", Some(PASSWORD))
            .send()
            .await
            .expect("list")
            .json()
            .await
            .expect("json");
        let stored: HashSet<Uuid> = listed["value"]
            .as_array()
            .expect("value")
            .iter()
            .filter_map(|r| r["RequestId"].as_str()?.parse().ok())
            .collect();
        let lost: Vec<&Uuid> = all_acked.iter().filter(|id| !stored.contains(id)).collect();
        assert!(
            lost.is_empty(),
            "cycle {cycle}: {} of {} acknowledged creates lost",
            lost.len(),
            all_acked.len()
        );
        child.start_kill().expect("kill");
        child.wait().await.expect("reaped");
    }
    remove_db(&db);
}
