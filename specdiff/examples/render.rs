//! Prints the human rendering of `specdiff::diff` for two YAML files: `cargo run -p specdiff --example render -- old.yaml new.yaml`.
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let load = |p: &str| -> serde_json::Value {
        serde_yaml::from_str(&std::fs::read_to_string(p).expect("read")).expect("yaml")
    };
    match specdiff::diff(&load(&args[0]), &load(&args[1])) {
        Ok(report) => print!("{report}"),
        Err(e) => eprintln!("error: {e}"),
    }
}
