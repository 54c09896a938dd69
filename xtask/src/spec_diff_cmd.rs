//! `cargo xtask spec-diff [--base REV] [--format human|json] [--root DIR]`: classify what changed
//! in each spec and fail on a change that breaks generated clients or server implementers,
//! unless the spec's major version was bumped.
//!
//! Without `--base`, each spec is compared with its latest released contract in
//! `spec/released/` (see [`crate::released`]): no git history or tags are needed, so the gate
//! bites in a fresh shallow clone too. With `--base REV` the spec is compared with its text at
//! that git revision instead (`git show REV:spec/pam.yaml`), for reviewing a branch.

use crate::released::{self, Release};
use crate::targets::{TARGETS, Target, workspace_root};
use anyhow::{Context, Result, bail};
use semver::Version;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// How the report is printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One line per change, then the verdict and the fix.
    Human,
    /// One JSON object per spec: base, breaking, major_bumped, report.
    Json,
}

#[derive(clap::Args)]
pub struct Args {
    /// Git revision to compare against instead of the latest released contract.
    #[arg(long)]
    pub base: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Workspace root holding `spec/` (default: this workspace; tests point it at a copy).
    #[arg(long)]
    pub root: Option<PathBuf>,
}

/// The verdict on one spec against its baseline.
pub struct Verdict {
    /// The classified changes.
    pub report: specdiff::Report,
    /// Whether `info.version`'s major number went up since the baseline.
    pub major_bumped: bool,
}

impl Verdict {
    /// Compares `old` (the baseline) with `new` (the working spec).
    pub fn new(old: &Value, new: &Value) -> Result<Self> {
        let report = specdiff::diff(old, new)?;
        let major_bumped = match (specdiff::major_version(old), specdiff::major_version(new)) {
            (Some(a), Some(b)) => b > a,
            _ => false,
        };
        Ok(Self {
            report,
            major_bumped,
        })
    }

    /// A breaking change without a major bump: the gate fails.
    pub fn refused(&self) -> bool {
        self.report.is_breaking() && !self.major_bumped
    }

    /// What to do about a refused change, for the log. `old_major` is the baseline's major version.
    pub fn fix(&self, spec: &str, old_major: Option<u64>) -> String {
        let bump = old_major.map_or_else(
            || "bump the major number of info.version".to_string(),
            |m| format!("bump info.version to {}.0.0", m + 1),
        );
        let counts = format!(
            "{} change(s) break clients, {} break servers",
            self.report
                .changes
                .iter()
                .filter(|c| c.breaking_for_clients)
                .count(),
            self.report
                .changes
                .iter()
                .filter(|c| c.breaking_for_servers)
                .count(),
        );
        format!(
            "{spec}: breaking change without a major version bump ({counts}; lines marked CLIENT-BREAKING, SERVER-BREAKING or BOTH above).\n  fix: revert those changes (or make them compatible), or {bump} in {spec} and record the release with `cargo xtask spec-release`"
        )
    }
}

/// Where the baseline of one spec comes from.
enum Baseline {
    Released(Release),
    Git(String),
}

pub fn run(args: &Args) -> Result<ExitCode> {
    let root = args.root.clone().unwrap_or_else(workspace_root);
    let mut failures = Vec::new();
    let mut json_reports = serde_json::Map::new();
    for target in TARGETS {
        let (_, new) = released::load(&root.join(target.spec))?;
        let baseline = match &args.base {
            Some(rev) => Baseline::Git(rev.clone()),
            None => match released::latest(&root, target)? {
                Some(release) => Baseline::Released(release),
                None => bail!(
                    "{}: no released contract in {}/ to compare with; record one with `cargo xtask spec-release`",
                    target.spec,
                    released::RELEASED_DIR
                ),
            },
        };
        let (label, old) = match &baseline {
            Baseline::Released(release) => {
                check_not_older(target, &new, &release.version)?;
                (
                    format!("release {}", release.version),
                    released::load_release(release)?,
                )
            }
            Baseline::Git(rev) => {
                let Some(old) = at_revision(&root, rev, target)? else {
                    if args.format == Format::Human {
                        println!("{}: new since {rev}; nothing to compare", target.spec);
                    }
                    continue;
                };
                (rev.clone(), old)
            }
        };
        let verdict = Verdict::new(&old, &new)
            .with_context(|| format!("comparing {} with {label}", target.spec))?;
        let breaking = verdict.report.is_breaking();
        match args.format {
            Format::Json => {
                json_reports.insert(
                    target.spec.to_string(),
                    serde_json::json!({
                        "base": label,
                        "breaking": breaking,
                        "major_bumped": verdict.major_bumped,
                        "report": verdict.report,
                    }),
                );
            }
            Format::Human => {
                println!(
                    "{} against {label}: {} change(s){}",
                    target.spec,
                    verdict.report.changes.len(),
                    if breaking { ", BREAKING" } else { "" }
                );
                if !verdict.report.changes.is_empty() {
                    println!("{}", verdict.report.render());
                }
                if breaking && verdict.major_bumped {
                    println!("  (allowed: info.version's major number was bumped)");
                }
            }
        }
        if verdict.refused() {
            failures.push(verdict.fix(target.spec, specdiff::major_version(&old)));
        }
    }
    if args.format == Format::Json {
        println!("{}", serde_json::to_string_pretty(&json_reports)?);
    }
    if failures.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    for failure in failures {
        eprintln!("error: {failure}");
    }
    Ok(ExitCode::FAILURE)
}

/// A working spec whose version is below its latest release has lost track of the release line.
fn check_not_older(target: &Target, new: &Value, released: &Version) -> Result<()> {
    let version = released::spec_version(new, target.spec)?;
    if version < *released {
        bail!(
            "{}: info.version {version} is older than the latest release {released} in {}/",
            target.spec,
            released::RELEASED_DIR
        );
    }
    Ok(())
}

/// The spec at git revision `rev`; `None` when the file did not exist there. A revision that is
/// not in this clone is an error: silently passing would hide exactly what was asked for.
fn at_revision(root: &Path, rev: &str, target: &Target) -> Result<Option<Value>> {
    let commit = format!("{rev}^{{commit}}");
    if git(root, &["rev-parse", "--verify", "--quiet", &commit]).is_none() {
        bail!(
            "git revision `{rev}` is not in this clone (shallow clone?); fetch it, or drop --base to compare with the released contracts"
        );
    }
    let Some(text) = git(root, &["show", &format!("{rev}:{}", target.spec)]) else {
        return Ok(None);
    };
    let doc =
        serde_yaml::from_str(&text).with_context(|| format!("parsing {} at {rev}", target.spec))?;
    Ok(Some(doc))
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
