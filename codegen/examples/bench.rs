//! The synthetic generation benchmark (docs/BENCHMARKS.md, "Generator"):
//!
//! `bench --ops N --mode {ours|ours-no-rustfmt|ours-shared|progenitor} [--write-spec FILE]
//! [--timings] [--write-output PREFIX]`
//!
//! builds an OpenAPI 3.0 document of N operations (five per resource: list with scalar, enum and
//! array query parameters, create, get, update, delete; a component schema per resource with an
//! enum, a date-time, a nested array and a nullable field; a `4XX` error on every operation)
//! in a shape progenitor takes on its own, then times one mode on it:
//!
//! - `progenitor`: progenitor alone, client only, as its CLI does it (tokens, prettyplease),
//!   with the generation settings `codegen` uses (builder interface);
//! - `ours`: `codegen::generate`, client and server, formatted with rustfmt;
//! - `ours-no-rustfmt`: the same with prettyplease output only;
//! - `ours-shared`: as `ours-no-rustfmt`, with the types in a third file both re-export.
//!
//! It prints `mode ops seconds lines`; run it under `/usr/bin/time -f %M` for the peak memory.
//! `--timings` also prints the wall time of each phase of `codegen::generate` to stderr;
//! `--write-output PREFIX` writes the generated files to `PREFIX.{client,server,types}.rs` (to
//! compare the output of two versions of the generator byte for byte).

use std::fmt::Write;
use std::time::Instant;

fn spec(ops: usize) -> String {
    let resources = ops.div_ceil(5);
    let mut paths = serde_json::Map::new();
    let mut schemas = serde_json::Map::new();
    schemas.insert(
        "Error".into(),
        serde_json::json!({"type": "object", "required": ["message"], "properties": {
            "message": {"type": "string"}, "code": {"type": "integer", "format": "int32"}}}),
    );
    schemas.insert(
        "SortOrder".into(),
        serde_json::json!({"type": "string", "enum": ["ascending", "descending"]}),
    );
    let error = serde_json::json!({"description": "error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}});
    let mut count = 0;
    for r in 0..resources {
        let name = format!("Resource{r}");
        let state = format!("Resource{r}State");
        schemas.insert(
            state.clone(),
            serde_json::json!({"type": "string", "enum": ["creating", "running", "stopped", "failed"]}),
        );
        schemas.insert(
            name.clone(),
            serde_json::json!({"type": "object", "required": ["id", "name", "state"], "properties": {
                "id": {"type": "string", "format": "uuid"},
                "name": {"type": "string", "maxLength": 63},
                "description": {"type": "string", "nullable": true},
                "state": {"$ref": format!("#/components/schemas/{state}")},
                "created": {"type": "string", "format": "date-time"},
                "size": {"type": "integer", "format": "int64", "minimum": 0},
                "labels": {"type": "array", "items": {"type": "string"}},
                "enabled": {"type": "boolean"}}}),
        );
        schemas.insert(
            format!("{name}Page"),
            serde_json::json!({"type": "object", "required": ["items"], "properties": {
                "items": {"type": "array", "items": {"$ref": format!("#/components/schemas/{name}")}},
                "next_page": {"type": "string", "nullable": true}}}),
        );
        let one = serde_json::json!({"application/json": {"schema": {"$ref": format!("#/components/schemas/{name}")}}});
        let id = serde_json::json!({"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}});
        let mut collection = serde_json::Map::new();
        let mut item = serde_json::Map::new();
        let lower = format!("resource{r}");
        let mut add = |map: &mut serde_json::Map<String, serde_json::Value>, method: &str, op| {
            if count < ops {
                map.insert(method.into(), op);
                count += 1;
            }
        };
        add(
            &mut collection,
            "get",
            serde_json::json!({"operationId": format!("list_{lower}"),
            "parameters": [
                {"name": "limit", "in": "query", "schema": {"type": "integer", "format": "int32"}},
                {"name": "page_token", "in": "query", "schema": {"type": "string"}},
                {"name": "sort", "in": "query", "schema": {"$ref": "#/components/schemas/SortOrder"}},
                {"name": "labels", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}}],
            "responses": {"200": {"description": "a page", "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{name}Page")}}}}, "4XX": error.clone()}}),
        );
        add(
            &mut collection,
            "post",
            serde_json::json!({"operationId": format!("create_{lower}"),
            "requestBody": {"required": true, "content": one.clone()},
            "responses": {"201": {"description": "created", "content": one.clone()}, "4XX": error.clone()}}),
        );
        add(
            &mut item,
            "get",
            serde_json::json!({"operationId": format!("get_{lower}"), "parameters": [id.clone()],
            "responses": {"200": {"description": "the resource", "content": one.clone()}, "4XX": error.clone()}}),
        );
        add(
            &mut item,
            "put",
            serde_json::json!({"operationId": format!("update_{lower}"), "parameters": [id.clone()],
            "requestBody": {"required": true, "content": one.clone()},
            "responses": {"200": {"description": "updated", "content": one.clone()}, "4XX": error.clone()}}),
        );
        add(
            &mut item,
            "delete",
            serde_json::json!({"operationId": format!("delete_{lower}"), "parameters": [id],
            "responses": {"204": {"description": "deleted"}, "4XX": error.clone()}}),
        );
        if !collection.is_empty() {
            paths.insert(format!("/v1/resource{r}s"), collection.into());
        }
        if !item.is_empty() {
            paths.insert(format!("/v1/resource{r}s/{{id}}"), item.into());
        }
    }
    serde_json::json!({"openapi": "3.0.3", "info": {"title": "synthetic", "version": "1"},
        "paths": paths, "components": {"schemas": schemas}})
    .to_string()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let ops: usize = value("--ops").unwrap_or_else(|| "1000".into()).parse()?;
    let mode = value("--mode").unwrap_or_else(|| "ours".into());
    let text = spec(ops);
    if let Some(path) = value("--write-spec") {
        std::fs::write(path, &text)?;
    }
    let start = Instant::now();
    let lines = match mode.as_str() {
        "progenitor" => {
            let spec: openapiv3::OpenAPI = serde_json::from_str(&text)?;
            // The settings `codegen` gives progenitor (builder interface, merged tags,
            // `PartialEq`), so that both produce the same client.
            let mut settings = progenitor_impl::GenerationSettings::default();
            settings
                .with_interface(progenitor_impl::InterfaceStyle::Builder)
                .with_tag(progenitor_impl::TagStyle::Merged)
                .with_derive("PartialEq");
            let mut generator = progenitor_impl::Generator::new(&settings);
            let tokens = generator.generate_tokens(&spec)?;
            let file: syn::File = syn::parse2(tokens)?;
            let out = progenitor_impl::space_out_items(prettyplease::unparse(&file))?;
            out.lines().count()
        }
        "ours" | "ours-no-rustfmt" | "ours-shared" => {
            let mut settings = codegen::Settings::new();
            if mode == "ours-shared" {
                settings.with_shared_types("::bench_types");
            }
            settings.with_formatting(if mode == "ours" {
                codegen::settings::Formatting::Rustfmt
            } else {
                codegen::settings::Formatting::Prettyplease
            });
            let out = codegen::generate(&text, &settings)?;
            if let Some(prefix) = value("--write-output") {
                std::fs::write(format!("{prefix}.client.rs"), &out.client)?;
                std::fs::write(format!("{prefix}.server.rs"), &out.server)?;
                if let Some(types) = &out.types {
                    std::fs::write(format!("{prefix}.types.rs"), types)?;
                }
            }
            if args.iter().any(|a| a == "--timings") {
                eprint!("{}", out.timings);
                eprintln!(
                    "lines: client {} server {} types {}",
                    out.client.lines().count(),
                    out.server.lines().count(),
                    out.types.as_ref().map_or(0, |t| t.lines().count())
                );
            }
            out.client.lines().count()
                + out.server.lines().count()
                + out.types.map_or(0, |t| t.lines().count())
        }
        other => return Err(format!("unknown mode `{other}`").into()),
    };
    let mut line = String::new();
    write!(
        line,
        "{mode} {ops} {:.3} {lines}",
        start.elapsed().as_secs_f64()
    )?;
    println!("{line}");
    Ok(())
}
