//! Developer commands: `cargo xtask <command>`.
//!
//! - `codegen [--check]`: regenerate every generated file from `spec/` (or only compare);
//! - `spec-diff [--base REV] [--format json]`: classify spec changes against the latest released
//!   contract in `spec/released/` (or a git revision with `--base`);
//! - `spec-release`: record the specs as released contracts and extend `spec/CHANGELOG.md`;
//! - `docs`: build the API reference pages `docs/api/<api>.html`;
//! - `load-bench [--emulator]`: the generated router vs an axum route over HTTP, under wrk;
//! - `codegen-corpus [SPEC…]`: compile the generator's output for the large corpus documents.

mod codegen_cmd;
mod corpus_cmd;
mod docs_cmd;
mod load_bench_cmd;
mod released;
mod spec_diff_cmd;
mod spec_release_cmd;
mod targets;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "cargo xtask",
    about = "Developer commands for the MIM toolkit workspace"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Generate the client and server modules from spec/*.yaml.
    Codegen {
        /// Compare in memory instead of writing; print a diff and fail on drift.
        #[arg(long)]
        check: bool,
    },
    /// Classify the changes to spec/*.yaml since the latest release (or a git revision); fail on
    /// breaking ones without a major version bump.
    /// Generate and compile (warnings denied) client and server for the large corpus documents
    /// and for every SPEC given; opt-in, not part of CI.
    CodegenCorpus {
        /// More OpenAPI documents (YAML or JSON) to try.
        specs: Vec<std::path::PathBuf>,
    },
    /// Classify the changes to spec/*.yaml since a base revision; fail on breaking ones.
    SpecDiff(spec_diff_cmd::Args),
    /// Record spec/*.yaml as released contracts; refuse breaking changes without a major bump.
    SpecRelease(spec_release_cmd::Args),
    /// Build `docs/api/<api>.html` from spec/*.yaml with the pinned @redocly/cli.
    Docs(docs_cmd::Args),
    /// Measure the generated router against an axum route over HTTP (needs `wrk`).
    LoadBench(load_bench_cmd::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Codegen { check } => codegen_cmd::run(check),
        Command::CodegenCorpus { specs } => corpus_cmd::run(&specs),
        Command::SpecDiff(args) => spec_diff_cmd::run(&args),
        Command::SpecRelease(args) => spec_release_cmd::run(&args),
        Command::Docs(args) => docs_cmd::run(&args),
        Command::LoadBench(args) => load_bench_cmd::run(&args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}
