//! "Never panic on arbitrary input": every node of every corpus document is replaced, in turn, by values of
//! every JSON type (and by dangling or self-referencing `$ref`s); each mutant is diffed against the original in
//! both directions. Any result is fine, as long as it is a result.

use std::fs;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use serde_json::{Value, json};

fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(m) => {
            for (k, v) in m {
                pointers(v, openapi_core::pointer::push(&at, k), out);
            }
        }
        Value::Array(a) => {
            for (i, v) in a.iter().enumerate() {
                pointers(v, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

#[test]
fn mutated_corpus_documents_never_panic() {
    let replacements = [
        json!(null),
        json!(true),
        json!(-1.5),
        json!("{unbalanced"),
        json!([]),
        json!({}),
        json!([{}]),
        json!({"$ref": "#/nowhere"}),
        json!({"$ref": "#"}),
        json!({"$ref": "#/paths"}),
    ];
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut runs = 0usize;
    let mut dirs: Vec<_> = fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    dirs.sort();
    for dir in dirs {
        let text = fs::read_to_string(dir.join("new.yaml")).unwrap();
        let doc: Value = serde_yaml::from_str(&text).unwrap();
        let mut ptrs = Vec::new();
        pointers(&doc, String::new(), &mut ptrs);
        for ptr in &ptrs {
            for replacement in &replacements {
                let mut mutant = doc.clone();
                match mutant.pointer_mut(ptr) {
                    Some(slot) => *slot = replacement.clone(),
                    None => continue,
                }
                for (old, new) in [(&doc, &mutant), (&mutant, &doc)] {
                    let outcome = catch_unwind(AssertUnwindSafe(|| specdiff::diff(old, new)));
                    assert!(
                        outcome.is_ok(),
                        "panic in case {} with {ptr} := {replacement}",
                        dir.display()
                    );
                    runs += 1;
                }
            }
        }
    }
    assert!(runs > 1_000, "only {runs} runs");
}
