//! Prints the human rendering of `specdiff::diff` for two YAML (or JSON) files:
//! `cargo run -p specdiff --example render -- old.yaml new.yaml`. Exit status: 0 compatible, 1 breaking,
//! 2 usage or input error.

use std::process::ExitCode;

fn load(path: &str) -> Result<serde_json::Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    serde_yaml::from_str(&text).map_err(|e| format!("{path}: {e}"))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [old, new] = args.as_slice() else {
        eprintln!("usage: render <old.yaml> <new.yaml>");
        return ExitCode::from(2);
    };
    let result = load(old)
        .and_then(|o| load(new).map(|n| (o, n)))
        .and_then(|(o, n)| specdiff::diff(&o, &n).map_err(|e| e.to_string()));
    match result {
        Ok(report) => {
            print!("{report}");
            ExitCode::from(u8::from(report.is_breaking()))
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}
