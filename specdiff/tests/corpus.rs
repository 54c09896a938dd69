//! Runs every case under `tests/cases/<name>/`: `old.yaml` and `new.yaml` are diffed and the result is
//! compared with `expected.json`, a list of `{pointer, category, context, breaking_for_clients,
//! breaking_for_servers}` (order does not matter; the report's own order is checked separately).
//!
//! `SPECDIFF_BLESS=1 cargo test -p specdiff --test corpus` rewrites every `expected.json` from the current
//! output. Only use it after reading the diff it prints: the expected files are the specification.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::Value;
use specdiff::{Category, Context, Report};

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
struct Expected {
    pointer: String,
    category: Category,
    context: Context,
    breaking_for_clients: bool,
    breaking_for_servers: bool,
}

fn load_yaml(path: &Path) -> Value {
    let text =
        fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("parsing {}: {e}", path.display()))
}

fn actual(report: &Report) -> Vec<Expected> {
    report
        .changes
        .iter()
        .map(|c| Expected {
            pointer: c.pointer.clone(),
            category: c.category,
            context: c.context,
            breaking_for_clients: c.breaking_for_clients,
            breaking_for_servers: c.breaking_for_servers,
        })
        .collect()
}

fn case_dirs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut dirs: Vec<PathBuf> = fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("reading {}: {e}", root.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

/// Returns a description of the mismatch, or `None` when the case passes.
fn run_case(dir: &Path, bless: bool) -> Option<String> {
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let old = load_yaml(&dir.join("old.yaml"));
    let new = load_yaml(&dir.join("new.yaml"));
    let report = match specdiff::diff(&old, &new) {
        Ok(r) => r,
        Err(e) => return Some(format!("case `{name}`: diff failed: {e}")),
    };
    let mut got = actual(&report);
    let expected_path = dir.join("expected.json");
    if bless {
        let text = serde_json::to_string_pretty(&got).expect("serializable") + "\n";
        fs::write(&expected_path, text).expect("writing expected.json");
        return None;
    }
    let text = fs::read_to_string(&expected_path)
        .unwrap_or_else(|e| panic!("case `{name}`: reading {}: {e}", expected_path.display()));
    let mut want: Vec<Expected> = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("case `{name}`: bad expected.json: {e}"));
    want.sort();
    got.sort();
    if want == got {
        return None;
    }
    let count = |list: &[Expected]| {
        let mut m: BTreeMap<Expected, usize> = BTreeMap::new();
        for e in list {
            *m.entry(e.clone()).or_default() += 1;
        }
        m
    };
    let (want_n, got_n) = (count(&want), count(&got));
    let mut msg = format!("case `{name}` does not match expected.json\n");
    for (e, n) in &want_n {
        if got_n.get(e) != Some(n) {
            let _ = writeln!(
                msg,
                "  missing:    {}",
                serde_json::to_string(e).expect("json")
            );
        }
    }
    for (e, n) in &got_n {
        if want_n.get(e) != Some(n) {
            let _ = writeln!(
                msg,
                "  unexpected: {}",
                serde_json::to_string(e).expect("json")
            );
        }
    }
    let _ = write!(msg, "  full report:\n{}", indent(&report.render()));
    Some(msg)
}

fn indent(text: &str) -> String {
    text.lines().map(|l| format!("    {l}\n")).collect()
}

#[test]
fn corpus() {
    let bless = std::env::var_os("SPECDIFF_BLESS").is_some();
    let dirs = case_dirs();
    assert!(
        dirs.len() >= 30,
        "expected at least 30 corpus cases, found {}",
        dirs.len()
    );
    let failures: Vec<String> = dirs.iter().filter_map(|d| run_case(d, bless)).collect();
    assert!(
        failures.is_empty(),
        "{} of {} corpus cases failed:\n\n{}",
        failures.len(),
        dirs.len(),
        failures.join("\n")
    );
}

/// The report is sorted by pointer, then category name, and rendering is deterministic.
#[test]
fn corpus_reports_are_sorted_and_stable() {
    for dir in case_dirs() {
        let old = load_yaml(&dir.join("old.yaml"));
        let new = load_yaml(&dir.join("new.yaml"));
        let Ok(report) = specdiff::diff(&old, &new) else {
            continue;
        };
        let keys: Vec<(&str, &str)> = report
            .changes
            .iter()
            .map(|c| (c.pointer.as_str(), c.category.as_str()))
            .collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(keys, sorted, "case {} is not sorted", dir.display());
        let again = specdiff::diff(&old, &new).expect("second run");
        assert_eq!(
            report.render(),
            again.render(),
            "case {} is not deterministic",
            dir.display()
        );
        assert_eq!(report.render().lines().count(), report.changes.len());
    }
}
