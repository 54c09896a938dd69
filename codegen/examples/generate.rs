//! `cargo run -p codegen --example generate -- [--strict] [--types TYPES.rs RUST_PATH]
//! spec.{yaml,json} client.rs server.rs`: run the pipeline on any document (handy when trying the
//! generator on a new spec).
//!
//! Operations that cannot be generated are left out with a warning naming their JSON pointer,
//! so that the rest of a large API still comes out; `--strict` fails on them instead.
//! `--types` writes the types to a third file that client and server re-export from `RUST_PATH`
//! (e.g. `::petstore_types`), so that a workspace with both compiles them once (see
//! `Settings::with_shared_types`).

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
    let types = match args.iter().position(|a| a == "--types") {
        Some(i) if i + 2 < args.len() => {
            let file_and_path: Vec<String> = args.drain(i..i + 3).skip(1).collect();
            Some((file_and_path[0].clone(), file_and_path[1].clone()))
        }
        Some(_) => return usage(),
        None => None,
    };
    let [spec, client, server] = args.as_slice() else {
        return usage();
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
    if let Some((_, path)) = &types {
        settings.with_shared_types(path);
    }
    match codegen::generate(&text, &settings) {
        Ok(out) => {
            for warning in &out.warnings {
                eprintln!("warning: {spec}: {warning}");
            }
            let written = std::fs::write(client, out.client)
                .and_then(|_| std::fs::write(server, out.server))
                .and_then(|_| match (&types, out.types) {
                    (Some((file, _)), Some(text)) => std::fs::write(file, text),
                    _ => Ok(()),
                });
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

fn usage() -> std::process::ExitCode {
    eprintln!(
        "usage: generate [--strict] [--types <types.rs> <rust path>] <spec.yaml|spec.json> <client.rs> <server.rs>"
    );
    std::process::ExitCode::from(2)
}
