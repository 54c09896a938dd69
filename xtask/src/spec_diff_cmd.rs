//! `cargo xtask spec-diff [--base REV] [--format human|json]`: classify what changed in each spec
//! since a base revision (read with `git show`), and fail on a change that breaks generated
//! clients or server implementers, unless the spec's major version was bumped.

use crate::targets::{TARGETS, workspace_root};
use anyhow::{Context, Result, bail};
use std::path::Path;
use std::process::{Command, ExitCode};

#[derive(clap::Args)]
pub struct Args {
    /// Git revision to compare against (default: the latest tag, else the merge-base with `main`).
    #[arg(long)]
    pub base: Option<String>,
    /// `human` (one line per change) or `json`.
    #[arg(long, default_value = "human")]
    pub format: String,
}

pub fn run(args: &Args) -> Result<ExitCode> {
    if !matches!(args.format.as_str(), "human" | "json") {
        bail!("--format must be `human` or `json`");
    }
    let root = workspace_root();
    let Some(base) = args.base.clone().or_else(|| default_base(&root)) else {
        println!(
            "spec-diff: no base revision here (shallow or fresh clone without history); nothing to compare, passing"
        );
        return Ok(ExitCode::SUCCESS);
    };
    if git(
        &root,
        &[
            "rev-parse",
            "--verify",
            "--quiet",
            &format!("{base}^{{commit}}"),
        ],
    )
    .is_none()
    {
        println!(
            "spec-diff: base `{base}` is not in this clone (shallow clone?); nothing to compare, passing"
        );
        return Ok(ExitCode::SUCCESS);
    }
    let mut failed = false;
    let mut json_reports = serde_json::Map::new();
    for target in TARGETS {
        let new_text = std::fs::read_to_string(root.join(target.spec))
            .with_context(|| format!("reading {}", target.spec))?;
        let new: serde_json::Value =
            serde_yaml::from_str(&new_text).with_context(|| format!("parsing {}", target.spec))?;
        let Some(old_text) = git(&root, &["show", &format!("{base}:{}", target.spec)]) else {
            if args.format == "human" {
                println!("{}: new since {base}; nothing to compare", target.spec);
            }
            continue;
        };
        let old: serde_json::Value = serde_yaml::from_str(&old_text)
            .with_context(|| format!("parsing {} at {base}", target.spec))?;
        let report = specdiff::diff(&old, &new)
            .with_context(|| format!("comparing {} with {base}", target.spec))?;
        let bumped = match (specdiff::major_version(&old), specdiff::major_version(&new)) {
            (Some(a), Some(b)) => b > a,
            _ => false,
        };
        let breaking = report.is_breaking();
        if args.format == "json" {
            json_reports.insert(
                target.spec.to_string(),
                serde_json::json!({ "base": base, "breaking": breaking, "major_bumped": bumped, "report": report }),
            );
        } else {
            println!(
                "{} against {base}: {} change(s){}",
                target.spec,
                report.changes.len(),
                if breaking { ", BREAKING" } else { "" }
            );
            if !report.changes.is_empty() {
                println!("{}", report.render());
            }
            if breaking && bumped {
                println!("  (allowed: info.version's major number was bumped)");
            }
        }
        failed |= breaking && !bumped;
    }
    if args.format == "json" {
        println!("{}", serde_json::to_string_pretty(&json_reports)?);
    }
    if failed {
        eprintln!(
            "error: breaking spec change; make it compatible, or bump the major number of info.version"
        );
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

/// The latest tag reachable from HEAD, else the merge-base with `main` (or `origin/main`).
fn default_base(root: &Path) -> Option<String> {
    git(root, &["describe", "--tags", "--abbrev=0"])
        .or_else(|| git(root, &["merge-base", "HEAD", "main"]))
        .or_else(|| git(root, &["merge-base", "HEAD", "origin/main"]))
        .map(|s| s.trim().to_string())
}

fn git(root: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new("git")
        .args(args)
        .current_dir(root)
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}
