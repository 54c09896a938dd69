//! What real public documents publish and the generator accepts: each test generates client and
//! server from a small document and checks that both sides name the same types.

use codegen::{Output, Settings};

const HEAD: &str = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n";

fn generate(body: &str) -> Output {
    let text = format!("{HEAD}{body}");
    codegen::generate(&text, &Settings::new()).unwrap_or_else(|e| panic!("{e}\n{text}"))
}

/// `needle` (Rust tokens as prettyplease/rustfmt print them) is in both outputs.
fn in_both(out: &Output, needle: &str) {
    assert!(out.client.contains(needle), "client lacks `{needle}`");
    assert!(out.server.contains(needle), "server lacks `{needle}`");
}

const OK_RESPONSE: &str = "responses: {'200': {description: ok}}";

#[test]
fn inline_body_schema_is_named_after_the_operation() {
    let out = generate(&format!(
        "paths:\n  /a:\n    post:\n      operationId: make_thing\n      requestBody:\n        content:\n          application/json: {{schema: {{type: object, properties: {{a: {{type: string}}}}}}}}\n      {OK_RESPONSE}\n"
    ));
    in_both(&out, "pub struct MakeThingBody");
    assert!(
        out.server.contains("types::MakeThingBody>"),
        "{}",
        out.server
    );
}

#[test]
fn inline_enum_parameter_is_named_after_operation_and_parameter() {
    let out = generate(&format!(
        "paths:\n  /a:\n    get:\n      operationId: x\n      parameters:\n        - {{name: q, in: query, schema: {{type: string, enum: [a, b]}}}}\n      {OK_RESPONSE}\n"
    ));
    in_both(&out, "pub enum Xq");
    assert!(
        out.server
            .contains("pub q: ::std::option::Option<types::Xq>"),
        "{}",
        out.server
    );
}

#[test]
fn component_names_in_any_case_are_renamed_consistently() {
    let out = generate(
        "paths:\n  /a:\n    get:\n      operationId: x\n      responses:\n        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/my_thing'}}}}\ncomponents:\n  schemas:\n    my_thing: {type: object, properties: {b: {type: integer}}}\n    MyThing: {type: string}\n",
    );
    in_both(&out, "pub struct MyThing2");
    in_both(&out, "pub struct MyThing(");
    assert!(out.server.contains("Ok(types::MyThing2)"), "{}", out.server);
}

#[test]
fn example_and_default_data_are_not_schemas() {
    let out = generate(&format!(
        "paths:\n  /a:\n    get: {{operationId: x, {OK_RESPONSE}}}\ncomponents:\n  schemas:\n    T:\n      type: object\n      properties: {{kind: {{type: string, default: weird}}}}\n      example: {{type: weird, $ref: nowhere}}\n"
    ));
    in_both(&out, "pub struct T");
}

#[test]
fn colliding_enum_values_are_disambiguated_or_kept_as_strings() {
    let out = generate(&format!(
        "paths:\n  /a:\n    get: {{operationId: x, {OK_RESPONSE}}}\ncomponents:\n  schemas:\n    Sort: {{type: string, enum: [createdAt, -createdAt]}}\n    Dir: {{type: string, enum: [ASC, asc]}}\n"
    ));
    in_both(&out, "XcreatedAt");
    in_both(&out, "pub struct Dir(pub ::std::string::String)");
}

#[test]
fn json_text_with_surrogate_pairs_and_huge_integers_loads() {
    let text = r#"{"openapi":"3.0.3","info":{"title":"t \ud83d\udc4d","version":"1"},"paths":{"/a":{"get":{"operationId":"x","responses":{"200":{"description":"ok"}}}}},"components":{"schemas":{"Big":{"type":"integer","example":123456789012345678901234567890}}}}"#;
    let out = codegen::generate(text, &Settings::new()).unwrap();
    assert!(out.client.contains("pub struct Big"));
}

#[test]
fn foreign_keywords_do_not_untype_a_schema() {
    let out = generate(&format!(
        "paths:\n  /a:\n    get: {{operationId: x, {OK_RESPONSE}}}\ncomponents:\n  schemas:\n    S: {{type: string, minimum: 1}}\n    O: {{type: object, format: weird, properties: {{a: {{type: string}}}}}}\n"
    ));
    in_both(&out, "pub struct S(pub ::std::string::String)");
    in_both(&out, "pub struct O");
}

/// The shapes of `tests/specs/real_world.yaml` (whose outputs the golden crate also compiles).
fn real_world() -> Output {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/specs/real_world.yaml"
    ))
    .unwrap();
    codegen::generate(&text, &Settings::new()).unwrap()
}

#[test]
fn default_and_ranges_carry_the_status_on_the_server_and_type_the_client_error() {
    let out = real_world();
    assert!(
        out.server
            .contains("ClientError(u16, types::ProblemDetails)")
    );
    assert!(out.server.contains("Default(u16, types::ProblemDetails)"));
    assert!(out.server.contains("Default(u16, types::Token)"));
    assert!(
        out.client
            .contains("Result<ResponseValue<ByteStream>, Error<types::ProblemDetails>>"),
        "the octet-stream success is bytes and the +json errors are typed"
    );
}

#[test]
fn media_types_are_chosen_alike_on_both_sides() {
    let out = real_world();
    // put-file: octet-stream body (multipart is the alternative), JSON 201 beside XML.
    assert!(out.server.contains("body: ::std::vec::Vec<u8>"));
    assert!(out.server.contains("Created(types::PutFileResponse)"));
    assert!(
        out.server
            .contains("respond_bytes(409u16, \"text/plain\", body)")
    );
    // create_token: a form body decoded into the generated type on both sides.
    assert!(out.server.contains("form: true"));
    assert!(out.client.contains("form_urlencoded"), "{}", out.client);
}

/// The text without whitespace, so that assertions do not depend on line breaks.
fn squash(text: &str) -> String {
    text.split_whitespace().collect()
}

#[test]
fn header_parameters_on_both_sides() {
    let out = real_world();
    let server = squash(&out.server);
    assert!(server.contains(&squash(
        r#"if_match: crate::runtime::required_header_param(&req, "If-Match", &crate::runtime::Kind::Integer"#
    )));
    assert!(server.contains(&squash(
        r#"x_request_id: crate::runtime::header_param(&req, "X-Request-Id", &crate::runtime::Kind::String"#
    )));
    assert!(out.client.contains("pub fn x_request_id<V>"));
}

fn skipping() -> Settings {
    let mut s = Settings::new();
    s.with_unsupported(codegen::settings::Unsupported::Skip);
    s
}

#[test]
fn unsupported_operations_are_skipped_with_pointer_warnings() {
    let text = format!(
        "{HEAD}paths:\n  /good:\n    get: {{operationId: good, {OK_RESPONSE}}}\n  /deep:\n    get:\n      operationId: deep\n      parameters:\n        - {{name: q, in: query, style: deepObject, schema: {{$ref: '#/components/schemas/F'}}}}\n      {OK_RESPONSE}\n  /cookie:\n    get:\n      operationId: cookie\n      parameters:\n        - {{name: c, in: cookie, schema: {{type: array, items: {{type: string}}}}}}\n      {OK_RESPONSE}\ncomponents:\n  schemas:\n    F: {{type: object, properties: {{a: {{type: object}}}}}}\n"
    );
    assert!(codegen::generate(&text, &Settings::new()).is_err());
    let out = codegen::generate(&text, &skipping()).unwrap();
    assert!(out.server.contains("fn good("));
    assert!(!out.server.contains("fn deep(") && !out.client.contains("fn deep("));
    assert!(!out.server.contains("fn cookie(") && !out.client.contains("fn cookie("));
    let pointers: Vec<&str> = out.warnings.iter().map(|d| d.pointer.as_str()).collect();
    assert!(
        pointers.contains(&"/paths/~1deep/get/parameters/0/style"),
        "{pointers:?}"
    );
    assert!(
        pointers.contains(&"/paths/~1cookie/get/parameters/0/schema"),
        "{pointers:?}"
    );
}

#[test]
fn progenitor_failures_become_pointer_diagnostics() {
    // Path parameters in `label` style pass validation, but progenitor refuses them.
    let text = format!(
        "{HEAD}paths:\n  /good:\n    get: {{operationId: good, {OK_RESPONSE}}}\n  /l/{{id}}:\n    get:\n      operationId: labelled\n      parameters:\n        - {{name: id, in: path, required: true, style: label, schema: {{type: string}}}}\n      {OK_RESPONSE}\n"
    );
    let err = codegen::generate(&text, &Settings::new()).unwrap_err();
    assert_eq!(err.diagnostics().len(), 1, "{err}");
    assert_eq!(err.diagnostics()[0].pointer, "/paths/~1l~1{id}/get");
    let out = codegen::generate(&text, &skipping()).unwrap();
    assert!(out.client.contains("fn good(") && !out.client.contains("fn labelled("));
    assert_eq!(out.warnings[0].pointer, "/paths/~1l~1{id}/get");
}

#[test]
fn operations_without_an_id_are_named_and_reported() {
    let out = generate(
        "paths:\n  /pets/{id}:\n    get:\n      parameters: [{name: id, in: path, required: true, schema: {type: string}}]\n      responses: {'200': {description: ok}}\n",
    );
    in_both(&out, "fn get_pets_id");
    assert_eq!(out.warnings[0].pointer, "/paths/~1pets~1{id}/get");
}

#[test]
fn deep_object_parameters_travel_as_bracketed_names_on_both_sides() {
    let out = real_world();
    let server = squash(&out.server);
    assert!(
        server.contains(&squash(
            r#"filter_status: req.required_query_param("filter[status]""#
        )),
        "{}",
        out.server
    );
    assert!(server.contains(&squash(r#"filter_since: req.query_param("filter[since]""#)));
    assert!(squash(&out.client).contains(r#"QueryParam::new("filter[status]""#));
}

#[test]
fn openapi_31_is_down_converted() {
    let text = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      operationId: x\n      responses:\n        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/T'}}}}\ncomponents:\n  schemas:\n    T:\n      type: object\n      properties:\n        note: {type: [string, 'null'], examples: [hi]}\n        both: {type: [string, integer]}\n";
    let out = codegen::generate(text, &Settings::new()).unwrap();
    in_both(
        &out,
        "pub note: ::std::option::Option<::std::string::String>",
    );
    assert_eq!(
        out.warnings[0].pointer,
        "/components/schemas/T/properties/both/type"
    );
}

#[test]
fn a_multipart_body_with_another_schema_than_json_is_no_alternative_and_says_so() {
    let out = generate(&format!(
        "paths:\n  /a:\n    post:\n      operationId: put_doc\n      requestBody:\n        content:\n          application/json: {{schema: {{$ref: '#/components/schemas/Doc'}}}}\n          multipart/form-data: {{schema: {{type: object, properties: {{file: {{type: string, format: binary}}}}}}}}\n      {OK_RESPONSE}\ncomponents:\n  schemas:\n    Doc: {{type: object, properties: {{text: {{type: string}}}}}}\n"
    ));
    assert!(out.client.contains("pub fn put_doc(&self)"));
    assert!(!out.client.contains("put_doc_multipart"), "no alternative");
    assert!(
        !out.server.contains("is_multipart"),
        "the server takes JSON only"
    );
    assert!(
        out.warnings.iter().any(|w| w.pointer
            == "/paths/~1a/post/requestBody/content/multipart~1form-data"
            && w.message.contains("another schema")),
        "{:?}",
        out.warnings
    );
}

#[test]
fn an_optional_multipart_only_body_is_optional_on_the_server() {
    let out = generate(&format!(
        "paths:\n  /a:\n    post:\n      operationId: attach\n      requestBody:\n        content:\n          multipart/form-data: {{schema: {{type: object, properties: {{file: {{type: string, format: binary}}, note: {{type: string}}}}}}}}\n      {OK_RESPONSE}\n"
    ));
    in_both(&out, "pub file: ::std::option::Option<::std::vec::Vec<u8>>");
    assert!(
        out.server
            .contains("optional_multipart_body::<types::AttachBody>")
    );
    assert!(out.client.contains(".multipart(super::multipart_form("));
}
