//! Developer commands: `cargo xtask <command>`.
//!
//! - `codegen [--check]`: regenerate every generated file from `spec/` (or only compare);
//! - `codegen-corpus [SPEC…]`: compile the generator's output for the large corpus documents;
//! - `spec-diff [--base REV] [--format json]`: classify spec changes against a base revision.

mod codegen_cmd;
mod corpus_cmd;
mod spec_diff_cmd;
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
    /// Generate and compile (warnings denied) client and server for the large corpus documents
    /// and for every SPEC given; opt-in, not part of CI.
    CodegenCorpus {
        /// More OpenAPI documents (YAML or JSON) to try.
        specs: Vec<std::path::PathBuf>,
    },
    /// Classify the changes to spec/*.yaml since a base revision; fail on breaking ones.
    SpecDiff(spec_diff_cmd::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Codegen { check } => codegen_cmd::run(check),
        Command::CodegenCorpus { specs } => corpus_cmd::run(&specs),
        Command::SpecDiff(args) => spec_diff_cmd::run(&args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}
