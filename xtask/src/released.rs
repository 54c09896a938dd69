//! Released contracts: every released version of each spec is kept as a file,
//! `spec/released/<api>-<version>.yaml` (`<api>` is the target's module name, `pam` or `cm`).
//!
//! Why files and not git tags: the compatibility gate must bite in any clone, including CI's
//! shallow one without tags or history (the layout follows dropshot's API manager). The newest
//! file per API is the contract that `cargo xtask spec-diff` holds the working spec to, and
//! `cargo xtask spec-release` is the only writer.

use crate::targets::Target;
use anyhow::{Context, Result, bail};
use semver::Version;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// Folder of the released contracts, relative to the workspace root.
pub const RELEASED_DIR: &str = "spec/released";

/// The changelog `spec-release` appends to, relative to the workspace root.
pub const CHANGELOG: &str = "spec/CHANGELOG.md";

/// One released contract file.
#[derive(Debug, Clone)]
pub struct Release {
    /// The version in the file name (equal to the file's `info.version`; checked when loading).
    pub version: Version,
    /// Absolute path of the file.
    pub path: PathBuf,
}

/// File name of the release `version` of `target`.
pub fn file_name(target: &Target, version: &Version) -> String {
    format!("{}-{version}.yaml", target.module)
}

/// Every release of `target` under `root`, oldest first. Files of other APIs are skipped; a file
/// of this API whose version does not parse is an error (a typo must not hide a release).
pub fn releases(root: &Path, target: &Target) -> Result<Vec<Release>> {
    let dir = root.join(RELEASED_DIR);
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e).with_context(|| format!("listing {}", dir.display())),
    };
    let prefix = format!("{}-", target.module);
    let mut found = Vec::new();
    for entry in entries {
        let path = entry
            .with_context(|| format!("listing {}", dir.display()))?
            .path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let Some(version) = name
            .strip_prefix(&prefix)
            .and_then(|rest| rest.strip_suffix(".yaml"))
        else {
            continue;
        };
        let version = Version::parse(version).with_context(|| {
            format!("{RELEASED_DIR}/{name}: `{version}` is not a semantic version")
        })?;
        found.push(Release { version, path });
    }
    found.sort_by(|a, b| a.version.cmp(&b.version));
    Ok(found)
}

/// The newest release of `target`, if any.
pub fn latest(root: &Path, target: &Target) -> Result<Option<Release>> {
    Ok(releases(root, target)?.pop())
}

/// Reads and parses a YAML (or JSON) OpenAPI document.
pub fn load(path: &Path) -> Result<(String, Value)> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let doc = serde_yaml::from_str(&text).with_context(|| format!("parsing {}", path.display()))?;
    Ok((text, doc))
}

/// `info.version` of a document as a semantic version (`1.0.0`; YAML may hand over a number such
/// as `1.0`, which is refused: a release needs all three parts).
pub fn spec_version(doc: &Value, what: &str) -> Result<Version> {
    let Some(raw) = doc.pointer("/info/version") else {
        bail!("{what}: no info.version");
    };
    let Some(text) = raw.as_str() else {
        bail!("{what}: info.version must be a string such as \"1.2.0\", found {raw}");
    };
    Version::parse(text)
        .with_context(|| format!("{what}: info.version `{text}` is not a semantic version"))
}

/// The release `version` of `target`, as loaded from its file, with the file name and the
/// document's `info.version` checked against each other.
pub fn load_release(release: &Release) -> Result<Value> {
    let (_, doc) = load(&release.path)?;
    let what = release.path.display().to_string();
    let inside = spec_version(&doc, &what)?;
    if inside != release.version {
        bail!(
            "{what}: the file name says {} but info.version says {inside}",
            release.version
        );
    }
    Ok(doc)
}
