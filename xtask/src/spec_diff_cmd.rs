//! `cargo xtask spec-diff`: placeholder wiring, filled in with the specdiff crate.

use anyhow::Result;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Git revision to compare against (default: merge-base with main, or the latest tag).
    #[arg(long)]
    pub base: Option<String>,
    /// Output format.
    #[arg(long, default_value = "human")]
    pub format: String,
}

pub fn run(_args: &Args) -> Result<ExitCode> {
    anyhow::bail!("spec-diff is not wired up yet")
}
