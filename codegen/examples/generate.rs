//! `cargo run -p codegen --example generate -- [--strict] spec.{yaml,json} client.rs server.rs`:
//! run the pipeline on any document (handy when trying the generator on a new spec).
//!
//! Operations that cannot be generated are left out with a warning naming their JSON pointer,
//! so that the rest of a large API still comes out; `--strict` fails on them instead.

use codegen::settings::Unsupported;

fn main() -> std::process::ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let policy = match args.iter().position(|a| a == "--strict") {
        Some(i) => {
            args.remove(i);
            Unsupported::Refuse
        }
        None => Unsupported::Skip,
    };
    let [spec, client, server] = args.as_slice() else {
        eprintln!("usage: generate [--strict] <spec.yaml|spec.json> <client.rs> <server.rs>");
        return std::process::ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(spec) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{spec}: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    let mut settings = codegen::Settings::new();
    settings.with_unsupported(policy);
    match codegen::generate(&text, &settings) {
        Ok(out) => {
            for warning in &out.warnings {
                eprintln!("warning: {spec}: {warning}");
            }
            let written =
                std::fs::write(client, out.client).and_then(|_| std::fs::write(server, out.server));
            if let Err(e) = written {
                eprintln!("{e}");
                return std::process::ExitCode::from(2);
            }
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{spec}: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
