//! `mim`: see the library crate (`src/lib.rs`) for everything but printing and the exit code.

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(2);
        }
    };
    match runtime.block_on(mim_cli::run(std::env::args_os())) {
        Ok(output) => {
            // A closed pipe (`mim pam roles | head -1`) is not an error worth reporting.
            let mut stdout = std::io::stdout().lock();
            match stdout
                .write_all(output.stdout.as_bytes())
                .and_then(|()| stdout.flush())
            {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    eprintln!("error: cannot write the output: {e}");
                    ExitCode::from(2)
                }
                _ => ExitCode::SUCCESS,
            }
        }
        Err(e) => {
            let text = e.to_string();
            eprintln!("{}", text.trim_end());
            ExitCode::from(e.exit_code())
        }
    }
}
