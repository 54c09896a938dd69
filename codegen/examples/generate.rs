//! `cargo run -p codegen --example generate -- spec.yaml client.rs server.rs`: run the pipeline
//! on any document with default settings (handy when trying the generator on a new spec).

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [spec, client, server] = args.as_slice() else {
        eprintln!("usage: generate <spec.yaml> <client.rs> <server.rs>");
        return std::process::ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(spec) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{spec}: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    match codegen::generate(&text, &codegen::Settings::new()) {
        Ok(out) => {
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
