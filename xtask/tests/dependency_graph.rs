//! The layout the types-once design promises, checked on the resolved dependency graph
//! (`cargo metadata`, offline, normal dependencies only): the server stubs never pull in reqwest,
//! the shared types pull in neither HTTP stack, and both generated crates use the shared types.

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

/// Package name → names of its normal (non-dev, non-build) dependencies, for the resolved graph.
fn graph() -> BTreeMap<String, Vec<String>> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let manifest = concat!(env!("CARGO_MANIFEST_DIR"), "/../Cargo.toml");
    let output = Command::new(cargo)
        .args([
            "metadata",
            "--format-version",
            "1",
            "--offline",
            "--manifest-path",
            manifest,
        ])
        .output()
        .expect("cargo metadata runs");
    assert!(
        output.status.success(),
        "cargo metadata: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: Value = serde_json::from_slice(&output.stdout).expect("metadata is JSON");
    let names: BTreeMap<&str, &str> = metadata["packages"]
        .as_array()
        .expect("packages")
        .iter()
        .map(|p| (p["id"].as_str().unwrap(), p["name"].as_str().unwrap()))
        .collect();
    metadata["resolve"]["nodes"]
        .as_array()
        .expect("resolve nodes")
        .iter()
        .map(|node| {
            let deps = node["deps"]
                .as_array()
                .expect("deps")
                .iter()
                .filter(|dep| {
                    dep["dep_kinds"]
                        .as_array()
                        .expect("dep_kinds")
                        .iter()
                        .any(|kind| kind["kind"].is_null())
                })
                .map(|dep| names[dep["pkg"].as_str().unwrap()].to_string())
                .collect();
            (names[node["id"].as_str().unwrap()].to_string(), deps)
        })
        .collect()
}

/// Every package `root` depends on, directly or not.
fn reachable(graph: &BTreeMap<String, Vec<String>>, root: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut stack = vec![root.to_string()];
    while let Some(name) = stack.pop() {
        for dep in graph.get(&name).into_iter().flatten() {
            if seen.insert(dep.clone()) {
                stack.push(dep.clone());
            }
        }
    }
    seen
}

#[test]
fn the_types_are_compiled_once_and_the_server_has_no_http_client() {
    let graph = graph();
    let server = reachable(&graph, "generated-server-stubs");
    let client = reachable(&graph, "generated-client");
    let types = reachable(&graph, "generated-types");
    assert!(server.contains("generated-types") && client.contains("generated-types"));
    assert!(
        !server.contains("reqwest"),
        "the server stubs depend on reqwest"
    );
    for stack in ["reqwest", "axum", "hyper", "progenitor-client"] {
        assert!(!types.contains(stack), "generated-types depends on {stack}");
    }
    assert!(!client.contains("axum"), "the client depends on axum");
}
