//! The corpus of public OpenAPI documents (`tests/corpus/`, see its MANIFEST.md): each one
//! generates, with unsupported operations skipped, and its warnings match the committed list, so
//! that a change in what the generator accepts shows up as a diff. The outputs of the documents
//! marked `golden` are committed too and compiled (warnings denied) by the `codegen-golden`
//! crate; `large` ones are compiled only by the opt-in `cargo xtask codegen-corpus`.
//! Bless intended changes with `EXPECTORATE=overwrite cargo test -p codegen --test corpus`.

use codegen::settings::Unsupported;
use std::path::Path;

/// (name, class) for every row of the manifest.
fn manifest() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/MANIFEST.md"),
    )
    .expect("the manifest exists");
    text.lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            match cells.as_slice() {
                ["", name, class @ ("golden" | "large"), ..] => {
                    Some((name.to_string(), class.to_string()))
                }
                _ => None,
            }
        })
        .collect()
}

/// Settings matching the modules `codegen/golden/src/lib.rs` declares.
fn settings(module: &str) -> codegen::Settings {
    let mut s = codegen::Settings::new();
    s.with_module_path(format!("crate::corpus_{module}"))
        .with_server_runtime_path("::generated_server_stubs::runtime")
        .with_unsupported(Unsupported::Skip);
    s
}

fn module(name: &str) -> String {
    name.replace('-', "_")
}

#[test]
fn every_document_generates_with_the_committed_warnings() {
    let specs = manifest();
    assert!(specs.len() >= 10, "expected the corpus, found {specs:?}");
    for (name, class) in specs {
        let text = std::fs::read_to_string(format!(
            "{}/tests/corpus/{name}.json",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap_or_else(|e| panic!("{name}: {e}"));
        let module = module(&name);
        let client = codegen::generate(&text, &settings(&format!("{module}_client")))
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let warnings: String = client.warnings.iter().map(|w| format!("{w}\n")).collect();
        expectorate::assert_contents(
            format!("tests/corpus/golden/{name}.warnings.txt"),
            &warnings,
        );
        assert!(
            client.client.matches("pub fn ").count() > 0,
            "{name}: no client methods"
        );
        if class == "golden" {
            let server = codegen::generate(&text, &settings(&format!("{module}_server")))
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            expectorate::assert_contents(
                format!("tests/corpus/golden/{name}.client.rs"),
                &client.client,
            );
            expectorate::assert_contents(
                format!("tests/corpus/golden/{name}.server.rs"),
                &server.server,
            );
        }
    }
}
