//! `cargo xtask docs [--root DIR]`: build one static HTML reference page per API,
//! `docs/api/<api>.html`, with the `@redocly/cli` pinned in `tools/lint` (`build-docs`).
//!
//! The pages are self-contained (`--inlineBundle`: no CDN, they open from disk) and are not
//! committed: they embed the whole spec, so any spec edit would make a committed copy stale. CI
//! builds them so that the build cannot rot. `tools/lint/docs.yaml` configures Redoc and loads
//! `tools/lint/caller-notes.mjs`, which adds caller notes derived from the specs' `x-`
//! extensions (keys inside segments, date-time forms, query-or-body create, aliases, open enums,
//! the error body) to the pages only; spec/*.yaml stays untouched, because the generator copies
//! its descriptions into the generated code.
//!
//! After building, every `operationId` of the spec must be in the page's embedded document (the
//! decorator must not lose one); `tools/lint/docs-check.mjs` then checks in a headless Chromium
//! that the rendered sidebar lists them all (run by `.ci/run`).

use crate::released;
use crate::targets::{TARGETS, workspace_root};
use anyhow::{Context, Result, bail};
use std::path::PathBuf;
use std::process::{Command, ExitCode};

/// Where the pages go, relative to the workspace root.
pub const OUT_DIR: &str = "docs/api";
/// The pinned CLI, installed by `npm ci` in `tools/lint`.
const REDOCLY: &str = "tools/lint/node_modules/.bin/redocly";
/// Redoc options and the caller-notes decorator.
const CONFIG: &str = "tools/lint/docs.yaml";

#[derive(clap::Args)]
pub struct Args {
    /// Workspace root holding `spec/` and `tools/lint/` (default: this workspace).
    #[arg(long)]
    pub root: Option<PathBuf>,
}

pub fn run(args: &Args) -> Result<ExitCode> {
    let root = args.root.clone().unwrap_or_else(workspace_root);
    let redocly = root.join(REDOCLY);
    if !redocly.exists() {
        bail!(
            "{REDOCLY} is missing; install the pinned CLI first: (cd tools/lint && npm ci --no-audit --no-fund)"
        );
    }
    std::fs::create_dir_all(root.join(OUT_DIR))?;
    for target in TARGETS {
        let (_, doc) = released::load(&root.join(target.spec))?;
        let title = doc
            .pointer("/info/title")
            .and_then(|t| t.as_str())
            .unwrap_or(target.module);
        let out = format!("{OUT_DIR}/{}.html", target.module);
        let status = Command::new(&redocly)
            .current_dir(&root)
            .env("REDOCLY_TELEMETRY", "off")
            .env("NO_UPDATE_NOTIFIER", "1")
            .args([
                "build-docs",
                target.spec,
                "--config",
                CONFIG,
                "--inlineBundle",
            ])
            .args(["--title", title, "--output", &out])
            .status()
            .with_context(|| format!("running {REDOCLY}"))?;
        if !status.success() {
            bail!("redocly build-docs failed for {} ({status})", target.spec);
        }
        let page =
            std::fs::read_to_string(root.join(&out)).with_context(|| format!("reading {out}"))?;
        let missing = missing_operations(&doc, &page);
        if !missing.is_empty() {
            bail!(
                "{out} lacks operation(s) {} of {}",
                missing.join(", "),
                target.spec
            );
        }
        println!(
            "{out}: {} operations, built from {}",
            operation_ids(&doc).len(),
            target.spec
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Every `operationId` of the document, in document order.
fn operation_ids(doc: &serde_json::Value) -> Vec<&str> {
    doc.get("paths")
        .and_then(|p| p.as_object())
        .into_iter()
        .flat_map(|paths| paths.values())
        .flat_map(openapi_core::operations)
        .filter_map(|(_, op)| op.get("operationId")?.as_str())
        .collect()
}

/// The operations missing from the document embedded in the page.
fn missing_operations<'a>(doc: &'a serde_json::Value, page: &str) -> Vec<&'a str> {
    operation_ids(doc)
        .into_iter()
        .filter(|id| !page.contains(&format!("\"operationId\":\"{id}\"")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_without_an_operation_anchor_is_reported() {
        let doc = serde_json::json!({"paths": {
            "/a": {"get": {"operationId": "listA"}, "post": {"operationId": "createA"}},
            "/b": {"parameters": [], "delete": {"operationId": "deleteB"}},
        }});
        assert_eq!(operation_ids(&doc), ["listA", "createA", "deleteB"]);
        let page = r#"{"paths":{"/a":{"get":{"operationId":"listA"}},"/b":{"delete":{"operationId":"deleteB"}}}}"#;
        assert_eq!(missing_operations(&doc, page), ["createA"]);
    }
}
