//! Golden tests: every spec in `tests/specs/` generates exactly the committed output in
//! `tests/golden/`. Bless intended changes with `EXPECTORATE=overwrite cargo test -p codegen`.
//! The outputs are compiled (with warnings denied) by the `codegen-golden` crate, so a golden
//! that stops compiling fails `cargo build`, not only a diff.

use std::path::Path;

/// Settings for the golden outputs: the module paths that `codegen/golden/src/lib.rs` uses.
fn settings(module: &str) -> codegen::Settings {
    let mut s = codegen::Settings::new();
    s.with_module_path(format!("crate::{module}"))
        .with_server_runtime_path("::generated_server_stubs::runtime");
    s
}

fn specs() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/specs");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/specs exists")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()
                .and_then(|n| n.strip_suffix(".yaml"))
                .map(String::from)
        })
        .collect();
    names.sort();
    names
}

#[test]
fn golden_outputs_match() {
    let names = specs();
    assert!(
        names.len() >= 4,
        "expected the golden specs, found {names:?}"
    );
    for name in names {
        let text = std::fs::read_to_string(format!(
            "{}/tests/specs/{name}.yaml",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        let client = codegen::generate(&text, &settings(&format!("{name}_client")))
            .unwrap_or_else(|e| panic!("{name}: {e}"))
            .client;
        let server = codegen::generate(&text, &settings(&format!("{name}_server")))
            .unwrap_or_else(|e| panic!("{name}: {e}"))
            .server;
        expectorate::assert_contents(format!("tests/golden/{name}.client.rs"), &client);
        expectorate::assert_contents(format!("tests/golden/{name}.server.rs"), &server);
    }
}

#[test]
fn output_is_deterministic() {
    let text = std::fs::read_to_string(format!(
        "{}/tests/specs/params_and_enums.yaml",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let a = codegen::generate(&text, &settings("x")).unwrap();
    let b = codegen::generate(&text, &settings("x")).unwrap();
    assert_eq!(a, b);
}

/// With shared types: three files, compiled by `codegen-golden` as `shared_client`,
/// `shared_server` and `shared_types`, where it also checks that both sides use one type.
#[test]
fn shared_types_golden() {
    let text = std::fs::read_to_string(format!(
        "{}/tests/specs/real_world.yaml",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let mut s = settings("shared");
    s.with_shared_types("crate::shared_types");
    let out = codegen::generate(&text, &s).unwrap();
    let types = out.types.expect("a types file");
    assert!(!types.contains("reqwest") && !types.contains("progenitor_client"));
    assert!(
        !out.server.contains("pub struct Token"),
        "the server holds no types"
    );
    expectorate::assert_contents("tests/golden/shared.client.rs", &out.client);
    expectorate::assert_contents("tests/golden/shared.server.rs", &out.server);
    expectorate::assert_contents("tests/golden/shared.types.rs", &types);
}
