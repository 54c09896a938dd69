//! `cargo xtask spec-release [--root DIR]`: record the working specs as released contracts.
//!
//! For each spec whose `info.version` is newer than its latest release, the spec is compared with
//! that release; a breaking change without a major bump is refused (nothing is written for any
//! spec then). Otherwise the spec is copied to `spec/released/<api>-<version>.yaml` and the
//! classified changes are appended to `spec/CHANGELOG.md`, one line per change, grouped by who
//! they break. A spec already released at its current version is left alone; one that changed
//! without a version bump is an error, because the release file would no longer say what was
//! released.

use crate::released::{self, CHANGELOG, RELEASED_DIR};
use crate::spec_diff_cmd::Verdict;
use crate::targets::{TARGETS, Target, workspace_root};
use anyhow::{Context, Result, bail};
use semver::Version;
use specdiff::{Change, Report};
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Workspace root holding `spec/` (default: this workspace; tests point it at a copy).
    #[arg(long)]
    pub root: Option<PathBuf>,
}

/// A release about to be written.
struct Plan {
    target: &'static Target,
    version: Version,
    text: String,
    /// The previous release and the changes since it; `None` for the first release.
    since: Option<(Version, Report)>,
}

/// Header of a new changelog.
const CHANGELOG_HEADER: &str = "# Contract changelog

Releases of the API contracts `spec/pam.yaml` and `spec/cm.yaml`, oldest first. Each section is appended by
`cargo xtask spec-release` from specdiff's classification (rules: `specdiff/src/lib.rs`); the released documents
are kept in `spec/released/`, and `cargo xtask spec-diff` holds the working specs to the latest of them.
";

pub fn run(args: &Args) -> Result<ExitCode> {
    let root = args.root.clone().unwrap_or_else(workspace_root);
    let mut plans = Vec::new();
    let mut refusals = Vec::new();
    for target in TARGETS {
        let (text, new) = released::load(&root.join(target.spec))?;
        let version = released::spec_version(&new, target.spec)?;
        let Some(latest) = released::latest(&root, target)? else {
            plans.push(Plan {
                target,
                version,
                text,
                since: None,
            });
            continue;
        };
        let old = released::load_release(&latest)?;
        let verdict = Verdict::new(&old, &new).with_context(|| {
            format!("comparing {} with release {}", target.spec, latest.version)
        })?;
        if version == latest.version {
            if verdict.report.is_empty() {
                println!("{}: {version} is already released", target.spec);
                continue;
            }
            println!("{}", verdict.report.render());
            refusals.push(format!(
                "{}: changed since release {version} but info.version is still {version}; bump it (patch: documentation only, minor: compatible, major: breaking)",
                target.spec
            ));
            continue;
        }
        if version < latest.version {
            bail!(
                "{}: info.version {version} is older than the latest release {}",
                target.spec,
                latest.version
            );
        }
        if verdict.refused() {
            println!("{}", verdict.report.render());
            refusals.push(verdict.fix(target.spec, Some(latest.version.major)));
            continue;
        }
        plans.push(Plan {
            target,
            version,
            text,
            since: Some((latest.version, verdict.report)),
        });
    }
    if !refusals.is_empty() {
        for refusal in refusals {
            eprintln!("error: {refusal}");
        }
        eprintln!("nothing was released");
        return Ok(ExitCode::FAILURE);
    }
    let date = chrono::Utc::now().date_naive();
    for plan in &plans {
        let file = write_release(&root, plan)?;
        append_changelog(&root, &changelog_section(plan, &file, &date.to_string()))?;
        println!("{}: released {} as {file}", plan.target.spec, plan.version);
    }
    Ok(ExitCode::SUCCESS)
}

/// Copies the spec text byte for byte; never overwrites an existing release.
fn write_release(root: &Path, plan: &Plan) -> Result<String> {
    let relative = format!(
        "{RELEASED_DIR}/{}",
        released::file_name(plan.target, &plan.version)
    );
    let path = root.join(&relative);
    std::fs::create_dir_all(root.join(RELEASED_DIR))?;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .with_context(|| format!("creating {relative} (is it released already?)"))?;
    file.write_all(plan.text.as_bytes())
        .with_context(|| format!("writing {relative}"))?;
    Ok(relative)
}

fn append_changelog(root: &Path, section: &str) -> Result<()> {
    let path = root.join(CHANGELOG);
    let mut text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => CHANGELOG_HEADER.to_string(),
        Err(e) => return Err(e).with_context(|| format!("reading {CHANGELOG}")),
    };
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text.push('\n');
    text.push_str(section);
    std::fs::write(&path, text).with_context(|| format!("writing {CHANGELOG}"))
}

/// The groups of the changelog: who must act, most affected first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Group {
    Both,
    Clients,
    Servers,
    Compatible,
}

impl Group {
    const ALL: [Group; 4] = [
        Group::Both,
        Group::Clients,
        Group::Servers,
        Group::Compatible,
    ];

    fn of(change: &Change) -> Group {
        match (change.breaking_for_clients, change.breaking_for_servers) {
            (true, true) => Group::Both,
            (true, false) => Group::Clients,
            (false, true) => Group::Servers,
            (false, false) => Group::Compatible,
        }
    }

    fn title(self) -> &'static str {
        match self {
            Group::Both => "Breaking for clients and servers",
            Group::Clients => "Breaking for clients",
            Group::Servers => "Breaking for servers",
            Group::Compatible => "Compatible",
        }
    }
}

/// One changelog section: heading, released file, then one line per change under its group.
fn changelog_section(plan: &Plan, file: &str, date: &str) -> String {
    let api = plan.target.module;
    let mut out = String::new();
    let _ = match &plan.since {
        Some((previous, _)) => {
            writeln!(out, "## {api} {} ({date}, since {previous})", plan.version)
        }
        None => writeln!(out, "## {api} {} ({date})", plan.version),
    };
    let _ = writeln!(out, "\nReleased as `{file}`.");
    let Some((_, report)) = &plan.since else {
        let _ = writeln!(
            out,
            "\nFirst recorded release: the baseline later releases are compared with."
        );
        return out;
    };
    if report.is_empty() {
        let _ = writeln!(out, "\nNo contract changes.");
        return out;
    }
    for group in Group::ALL {
        let lines: Vec<&Change> = report
            .changes
            .iter()
            .filter(|c| Group::of(c) == group)
            .collect();
        if lines.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n### {}\n", group.title());
        for change in lines {
            let _ = writeln!(
                out,
                "- `{}` {}: {}",
                change.pointer, change.category, change.reason
            );
        }
    }
    out
}
