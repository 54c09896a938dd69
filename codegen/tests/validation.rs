//! Every construct the emitters cannot handle is refused with the JSON pointer of the node and
//! a hint, never a panic; arbitrary input never panics the generator.

use codegen::{Error, Settings};
use openapi_core::pointer;

const HEAD: &str = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n";

/// Generate from `HEAD + body` and return the diagnostics it fails with.
fn diagnostics(body: &str) -> Vec<(String, String)> {
    let text = format!("{HEAD}{body}");
    match codegen::generate(&text, &Settings::new()) {
        Ok(_) => panic!("expected a refusal for:\n{text}"),
        Err(e) => {
            let ds: Vec<_> = e
                .diagnostics()
                .iter()
                .map(|d| (d.pointer.clone(), d.to_string()))
                .collect();
            assert!(!ds.is_empty(), "error without diagnostics: {e}");
            ds
        }
    }
}

fn assert_refused(body: &str, pointer: &str, needle: &str) {
    let ds = diagnostics(body);
    assert!(
        ds.iter()
            .any(|(p, text)| p == pointer && text.contains(needle)),
        "expected `{needle}` at {pointer}, got {ds:#?}"
    );
}

const OK_RESPONSE: &str = "responses: {'200': {description: ok}}";

#[test]
fn openapi_32_is_refused() {
    let e = codegen::generate(
        "openapi: 3.2.0\ninfo: {title: t, version: '1'}\npaths: {}\n",
        &Settings::new(),
    )
    .unwrap_err();
    assert!(
        matches!(&e, Error::Load(d) if d.pointer == "/openapi"),
        "{e}"
    );
}

#[test]
fn duplicate_operation_ids() {
    let body = format!(
        "paths:\n  /a:\n    get: {{operationId: x, {OK_RESPONSE}}}\n  /b:\n    get: {{operationId: x, {OK_RESPONSE}}}\n"
    );
    assert_refused(
        &body,
        "/paths/~1b/get/operationId",
        "also used at /paths/~1a/get",
    );
}

#[test]
fn cookie_parameters_are_scalars_with_token_names() {
    let body = format!(
        "paths:\n  /a:\n    get:\n      operationId: x\n      parameters:\n        - {{name: c, in: cookie, schema: {{type: string}}}}\n        - {{name: h, in: header, schema: {{type: string}}}}\n      {OK_RESPONSE}\n"
    );
    let out = codegen::generate(&format!("{HEAD}{body}"), &Settings::new());
    assert!(out.is_ok(), "scalar cookies are accepted: {:?}", out.err());
    let body = format!(
        "paths:\n  /a:\n    get:\n      operationId: x\n      parameters:\n        - {{name: c, in: cookie, schema: {{type: object, properties: {{a: {{type: string}}}}}}}}\n        - {{name: 'a b', in: cookie, schema: {{type: string}}}}\n        - {{name: 'X:Y', in: header, schema: {{type: string}}}}\n      {OK_RESPONSE}\n"
    );
    assert_refused(
        &body,
        "/paths/~1a/get/parameters/0/schema",
        "only scalar values",
    );
    assert_refused(
        &body,
        "/paths/~1a/get/parameters/1/name",
        "not a cookie name",
    );
    assert_refused(
        &body,
        "/paths/~1a/get/parameters/2/name",
        "not a header name",
    );
}

#[test]
fn deep_object_query() {
    let body = format!(
        "paths:\n  /a:\n    get:\n      operationId: x\n      parameters:\n        - {{name: q, in: query, style: deepObject, schema: {{type: string}}}}\n      {OK_RESPONSE}\n"
    );
    assert_refused(&body, "/paths/~1a/get/parameters/0/style", "DeepObject");
}

#[test]
fn dangling_reference() {
    let body = "paths:\n  /a:\n    get:\n      operationId: x\n      responses:\n        '200': {$ref: '#/components/responses/Nope'}\n";
    assert_refused(
        body,
        "/paths/~1a/get/responses/200/$ref",
        "no such node in the document",
    );
}

#[test]
fn reference_into_the_wrong_components_table() {
    // The schema exists, so the document-wide reference check passes; the response lookup,
    // confined to `#/components/responses/`, must still name the `$ref` and say why.
    let body = "paths:\n  /a:\n    get:\n      operationId: x\n      responses:\n        '200': {$ref: '#/components/schemas/S'}\ncomponents:\n  schemas:\n    S: {type: string}\n";
    let pointer = "/paths/~1a/get/responses/200/$ref";
    assert_refused(
        body,
        pointer,
        "only references into `#/components/responses/`",
    );
    assert_refused(
        body,
        pointer,
        "hint: refer to `#/components/responses/<Name>`",
    );
}

#[test]
fn reference_cycle_points_at_a_ref_of_the_cycle() {
    let body = "paths:\n  /a:\n    get:\n      operationId: x\n      responses:\n        '200': {$ref: '#/components/responses/A'}\ncomponents:\n  responses:\n    A: {$ref: '#/components/responses/B'}\n    B: {$ref: '#/components/responses/A'}\n";
    let ds = diagnostics(body);
    assert!(
        ds.iter()
            .any(|(p, t)| p.starts_with("/components/responses/")
                && p.ends_with("/$ref")
                && t.contains("cycle of $refs")),
        "{ds:#?}"
    );
}

#[test]
fn path_parameters_must_match_the_template() {
    let body =
        format!("paths:\n  /a/{{id}}:\n    get:\n      operationId: x\n      {OK_RESPONSE}\n");
    assert_refused(&body, "/paths/~1a~1{id}/get/parameters", "do not match");
}

#[test]
fn malformed_template() {
    let body = format!("paths:\n  /a/{{x}}{{y}}:\n    get: {{operationId: x, {OK_RESPONSE}}}\n");
    assert_refused(&body, "/paths/~1a~1{x}{y}", "two parameters");
}

#[test]
fn open_enum_must_be_a_string_enum() {
    let body = format!(
        "paths:\n  /a:\n    get: {{operationId: x, {OK_RESPONSE}}}\ncomponents:\n  schemas:\n    E: {{type: integer, x-open-enum: true}}\n"
    );
    assert_refused(&body, "/components/schemas/E/x-open-enum", "string schema");
}

#[test]
fn overlapping_routes() {
    let body = format!(
        "paths:\n  /a/{{x}}:\n    get:\n      operationId: one\n      parameters: [{{name: x, in: path, required: true, schema: {{type: string}}}}]\n      {OK_RESPONSE}\n  /A/{{y}}:\n    get:\n      operationId: two\n      parameters: [{{name: y, in: path, required: true, schema: {{type: string}}}}]\n      {OK_RESPONSE}\n"
    );
    let text = format!("x-case-insensitive-paths: true\n{body}");
    // Which of the two is reported depends on the (sorted) order of paths; either will do.
    let ds = diagnostics(&text);
    assert!(
        ds.iter().any(|(p, t)| p.starts_with("/paths/~1")
            && p.ends_with("/get")
            && t.contains("overlaps")),
        "{ds:#?}"
    );
}

#[test]
fn multipart_bodies_need_form_data_and_an_object_schema() {
    let body = format!(
        "paths:\n  /a:\n    post:\n      operationId: a\n      requestBody: {{content: {{multipart/mixed: {{schema: {{type: object}}}}}}}}\n      {OK_RESPONSE}\n  /b:\n    post:\n      operationId: b\n      requestBody: {{content: {{multipart/form-data: {{schema: {{type: string}}}}}}}}\n      {OK_RESPONSE}\n"
    );
    assert_refused(
        &body,
        "/paths/~1a/post/requestBody/content",
        "other than `multipart/form-data`",
    );
    assert_refused(
        &body,
        "/paths/~1b/post/requestBody/content/multipart~1form-data/schema",
        "object schema with properties",
    );
}

#[test]
fn an_alternative_method_name_that_is_taken_gets_a_suffix_and_a_note() {
    let text = format!(
        "{HEAD}paths:\n  /a:\n    post:\n      operationId: send\n      requestBody:\n        content:\n          application/json: {{schema: {{$ref: '#/components/schemas/B'}}}}\n          application/x-www-form-urlencoded: {{schema: {{$ref: '#/components/schemas/B'}}}}\n      {OK_RESPONSE}\n  /b:\n    get: {{operationId: send_form, {OK_RESPONSE}}}\ncomponents:\n  schemas:\n    B: {{type: object, properties: {{a: {{type: string}}}}}}\n"
    );
    let out = codegen::generate(&text, &Settings::new()).expect("generates");
    assert!(
        out.client.contains("pub fn send_form_body(&self)"),
        "the alternative"
    );
    assert!(
        out.client.contains("pub fn send_form(&self)"),
        "the other operation"
    );
    assert!(
        out.warnings
            .iter()
            .any(|w| w.pointer == "/paths/~1a/post" && w.message.contains("`send_form_body`")),
        "{:?}",
        out.warnings
    );
}

#[test]
fn all_problems_are_reported_at_once() {
    let body = "paths:\n  /a:\n    get: {operationId: a, responses: {'200': {description: ok}}, parameters: [{name: c, in: cookie, schema: {type: object}}]}\n  /b:\n    get: {operationId: b, responses: {'200': {description: ok}}, parameters: [{name: q, in: query, style: deepObject, schema: {type: string}}]}\n";
    assert_eq!(diagnostics(body).len(), 2);
}

/// A tiny deterministic PRNG (xorshift), so the mutation test needs no extra crate.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn nodes(value: &serde_json::Value, pointer: String, out: &mut Vec<String>) {
    out.push(pointer.clone());
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                nodes(v, pointer::push(&pointer, k), out);
            }
        }
        serde_json::Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                nodes(v, pointer::push(&pointer, &i.to_string()), out);
            }
        }
        _ => {}
    }
}

/// Mutate the golden specs at random nodes (replace with other JSON, delete) and generate:
/// the generator must answer Ok or a diagnostic, never panic, and progenitor must never be
/// reached with a shape it panics on (validation must have caught it first).
#[test]
fn mutated_specs_never_panic() {
    let replacements = [
        serde_json::json!(null),
        serde_json::json!(7),
        serde_json::json!("x"),
        serde_json::json!([]),
        serde_json::json!({}),
        serde_json::json!({"type": "object"}),
        serde_json::json!({"$ref": "#/components/schemas/Nope"}),
        serde_json::json!({"type": "string", "enum": ["a", "A"]}),
        serde_json::json!({"in": "cookie", "name": "c", "schema": {"type": "string"}}),
    ];
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut runs = 0;
    for spec in [
        "petstore",
        "keys_in_segments",
        "params_and_enums",
        "composed",
    ] {
        let text = std::fs::read_to_string(format!(
            "{}/tests/specs/{spec}.yaml",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        let base: serde_json::Value = serde_yaml::from_str(&text).unwrap();
        let mut all = Vec::new();
        nodes(&base, String::new(), &mut all);
        for _ in 0..60 {
            let mut doc = base.clone();
            for _ in 0..1 + rng.below(3) {
                let pointer = &all[rng.below(all.len())];
                if pointer.is_empty() {
                    continue;
                }
                let replacement = replacements[rng.below(replacements.len())].clone();
                if let Some(node) = doc.pointer_mut(pointer) {
                    *node = replacement;
                }
            }
            let mutated = serde_json::to_string(&doc).unwrap();
            let mut settings = Settings::new();
            settings.with_formatting(codegen::settings::Formatting::Prettyplease);
            let outcome = std::panic::catch_unwind(|| codegen::generate(&mutated, &settings));
            match outcome {
                Err(_) => panic!("generator panicked on:\n{mutated}"),
                Ok(Err(Error::Progenitor(msg))) if msg.contains("panicked") => {
                    panic!("validation let through a shape progenitor refuses ({msg}):\n{mutated}")
                }
                Ok(_) => runs += 1,
            }
        }
    }
    assert_eq!(runs, 240);
}

#[test]
fn object_query_parameters() {
    let body = format!(
        "paths:\n  /a:\n    get:\n      operationId: x\n      parameters:\n        - {{name: f, in: query, schema: {{$ref: '#/components/schemas/F'}}}}\n      {OK_RESPONSE}\ncomponents:\n  schemas:\n    F: {{type: object, properties: {{a: {{type: string}}}}}}\n"
    );
    assert_refused(
        &body,
        "/paths/~1a/get/parameters/0/schema",
        "object query parameters",
    );
}
