//! Rust names as typify makes them, and the renaming of component schemas to those names.

use super::{child_map, rewrite_refs};
use crate::error::Diagnostic;
use heck::ToUpperCamelCase;
use openapi_core::{Method, pointer, reference};
use serde_yaml::{Mapping, Value as Tree};
use std::collections::BTreeSet;

/// typify's `sanitize(…, Pascal)`: characters that cannot continue an identifier become word
/// breaks, `'` is dropped, a leading non-letter gets an `X`, and a keyword gets a `_`.
fn typify_pascal(input: &str) -> String {
    let out = match input {
        "+1" => "Plus1".to_string(),
        "-1" => "Minus1".to_string(),
        _ => input
            .replace('\'', "")
            .replace(|c: char| !(c.is_alphanumeric() || c == '_'), "-")
            .to_upper_camel_case(),
    };
    let out = match out.chars().next() {
        Some(c) if c.is_alphabetic() => out,
        _ => format!("X{out}"),
    };
    if syn::parse_str::<syn::Ident>(&out).is_ok() {
        out
    } else {
        format!("{out}_")
    }
}

/// The Rust type name for a schema name: what typify produces, and stable under typify's own
/// conversion (so naming the component this way makes typify keep it verbatim).
pub(crate) fn type_name(name: &str) -> String {
    // typify's conversion is not idempotent (`x-qType` → `XQType` → `XqType`): iterate to the
    // fixed point, which typify then keeps as it is.
    let mut current = typify_pascal(name);
    for _ in 0..4 {
        let next = typify_pascal(&current);
        if next == current {
            return current;
        }
        current = next;
    }
    current
}

/// The variant names typify gives a string enum (two rounds, as typify tries them), or `None`
/// when they still collide, in which case typify would panic, or when typify's names would not
/// compile without warnings.
pub(crate) fn variant_names(values: &[&str]) -> Option<Vec<String>> {
    if values.iter().any(|v| matches!(*v, "+1" | "-1")) {
        // typify spells these `plus1`/`minus1`, which warns as a non-camel-case variant.
        return None;
    }
    let unique = |names: &[String]| names.iter().collect::<BTreeSet<_>>().len() == names.len();
    let first: Vec<String> = values.iter().map(|v| typify_pascal(v)).collect();
    if unique(&first) {
        return Some(first);
    }
    let second: Vec<String> = values
        .iter()
        .map(|v| typify_pascal(&v.replace(|c: char| c == '_' || !c.is_alphanumeric(), "X")))
        .collect();
    unique(&second).then_some(second)
}

/// Rename `components/schemas` entries to their Rust type names, keeping names that already
/// are one, and resolving collisions with a numeric suffix (reported).
pub(super) fn rename_components(tree: &mut Tree, notes: &mut Vec<Diagnostic>) {
    let Some(schemas) = tree
        .as_mapping_mut()
        .and_then(|root| child_map(root, "components"))
        .and_then(|c| child_map(c, "schemas"))
    else {
        return;
    };
    let names: Vec<String> = schemas
        .keys()
        .filter_map(|k| k.as_str().map(String::from))
        .collect();
    let mut taken: BTreeSet<String> = names
        .iter()
        .filter(|n| type_name(n) == **n)
        .cloned()
        .collect();
    let mut renames = Vec::new();
    for name in &names {
        if taken.contains(name) && type_name(name) == *name {
            continue;
        }
        let base = type_name(name);
        let mut new = base.clone();
        let mut n = 2;
        while taken.contains(&new) {
            new = format!("{base}{n}");
            n += 1;
        }
        if new != base {
            notes.push(Diagnostic::new(
                pointer::push("/components/schemas", name),
                format!(
                    "schema `{name}` is generated as `{new}`: `{base}` is taken by another schema"
                ),
            ));
        }
        taken.insert(new.clone());
        renames.push((name.clone(), new));
    }
    if renames.is_empty() {
        return;
    }
    let old = std::mem::take(schemas);
    let mut renamed = Mapping::new();
    for (key, value) in old {
        let key = key.as_str().unwrap_or_default().to_string();
        let new = renames
            .iter()
            .find(|(o, _)| *o == key)
            .map(|(_, n)| n.clone())
            .unwrap_or(key);
        renamed.insert(Tree::String(new), value);
    }
    *schemas = renamed;
    rewrite_refs(tree, &|target: &str| {
        let (name, below) = reference::component_target(target, "schemas")?;
        let (_, new) = renames.iter().find(|(old, _)| *old == name)?;
        Some(format!(
            "#{}{below}",
            pointer::push("/components/schemas", new)
        ))
    });
}

/// Give every operation without an `operationId` one made of its method and path, unique
/// against the ids the document already uses; each is reported.
pub(super) fn name_operations(tree: &mut Tree, notes: &mut Vec<Diagnostic>) {
    let Some(paths) = tree
        .as_mapping_mut()
        .and_then(|root| child_map(root, "paths"))
    else {
        return;
    };
    let mut taken: BTreeSet<String> = paths
        .values()
        .filter_map(Tree::as_mapping)
        .flat_map(|item| Method::ALL.iter().filter_map(|m| item.get(m.key())))
        .filter_map(|op| op.get("operationId")?.as_str().map(String::from))
        .collect();
    for (path, item) in paths.iter_mut() {
        let path = path.as_str().unwrap_or_default().to_string();
        let Some(item) = item.as_mapping_mut() else {
            continue;
        };
        for method in Method::ALL.map(Method::key) {
            let Some(op) = child_map(item, method) else {
                continue;
            };
            if op.contains_key("operationId") {
                continue;
            }
            let words: Vec<String> = path
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect();
            let base = format!("{method}_{}", words.join("_"))
                .trim_end_matches('_')
                .to_string();
            let mut id = base.clone();
            let mut n = 2;
            while taken.contains(&id) {
                id = format!("{base}_{n}");
                n += 1;
            }
            taken.insert(id.clone());
            notes.push(Diagnostic::new(
                pointer::push(&pointer::push("/paths", &path), method),
                format!("no `operationId`; generated as `{id}`"),
            ));
            op.insert(Tree::String("operationId".into()), Tree::String(id));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operations_without_ids_are_named_after_method_and_path() {
        let mut tree: Tree = serde_yaml::from_str(
            "paths:\n  /pets/{id}:\n    get: {}\n    put: {operationId: get_pets_id}\n",
        )
        .unwrap();
        let mut notes = Vec::new();
        name_operations(&mut tree, &mut notes);
        assert_eq!(
            tree["paths"]["/pets/{id}"]["get"]["operationId"],
            "get_pets_id_2"
        );
        assert_eq!(notes[0].pointer, "/paths/~1pets~1{id}/get");
    }

    #[test]
    fn type_names_are_what_typify_makes() {
        assert_eq!(type_name("pet"), "Pet");
        assert_eq!(type_name("v1.Pod"), "V1Pod");
        assert_eq!(type_name("account_balance"), "AccountBalance");
        assert_eq!(type_name("2fa"), "X2fa");
        assert_eq!(type_name("Self"), "Self_");
        assert_eq!(type_name("ODataError"), "ODataError");
        assert_eq!(type_name("x-qType"), "XqType");
    }

    #[test]
    fn variants_are_disambiguated_as_typify_does_or_refused() {
        assert_eq!(
            variant_names(&["createdAt", "-createdAt"]).unwrap(),
            ["CreatedAt", "XcreatedAt"]
        );
        assert!(variant_names(&["ASC", "asc"]).is_none());
    }

    #[test]
    fn renames_follow_refs_and_collisions_are_reported() {
        let mut tree: Tree = serde_yaml::from_str(
            "components:\n  schemas:\n    foo_bar: {type: string}\n    FooBar: {type: integer}\n    x: {$ref: '#/components/schemas/foo_bar'}\n",
        )
        .unwrap();
        let mut notes = Vec::new();
        rename_components(&mut tree, &mut notes);
        let schemas = &tree["components"]["schemas"];
        assert_eq!(schemas["FooBar"]["type"], "integer");
        assert_eq!(schemas["FooBar2"]["type"], "string");
        assert_eq!(schemas["X"]["$ref"], "#/components/schemas/FooBar2");
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].pointer, "/components/schemas/foo_bar");
    }
}
