//! Struct fields in the order the schema declares its properties.
//!
//! typify sorts the fields of generated structs by name, and serde writes fields in declaration
//! order, so bodies would go out alphabetically. The wire order matters where a protocol says so
//! (OData JSON light wants `odata.metadata` first) and for byte-level comparisons with documented
//! payloads, so this pass puts the fields of every struct generated for a component schema back in
//! the order of the schema's `properties` (the order the document was written in). Builder structs
//! of the same name are reordered the same way, which keeps both views consistent.

use openapiv3::{OpenAPI, ReferenceOr, SchemaKind, Type};
use std::collections::HashMap;

/// The declaration order of every component schema's properties, gathered once per document
/// and applied to each file (or part of one) that holds its types.
pub(crate) struct Orders {
    /// Component name → (wire property name → position).
    order: HashMap<String, HashMap<String, usize>>,
}

impl Orders {
    /// The property orders of every object component schema of `spec`.
    pub(crate) fn of(spec: &OpenAPI) -> Self {
        Self {
            order: property_orders(spec),
        }
    }

    /// Reorder the fields of generated structs in `file`: those at the top level and in
    /// (nested) inline modules. Function and impl bodies are not entered (generated types are
    /// never declared there), which keeps this pass from walking every expression of the file.
    pub(crate) fn apply(&self, file: &mut syn::File) {
        self.apply_to_items(&mut file.items);
    }

    fn apply_to_items(&self, items: &mut [syn::Item]) {
        for item in items {
            match item {
                syn::Item::Struct(item) => self.reorder(item),
                syn::Item::Mod(syn::ItemMod {
                    content: Some((_, items)),
                    ..
                }) => self.apply_to_items(items),
                _ => {}
            }
        }
    }

    fn reorder(&self, item: &mut syn::ItemStruct) {
        if let (Some(order), syn::Fields::Named(fields)) =
            (self.order.get(&item.ident.to_string()), &mut item.fields)
        {
            // Moved out and back, not cloned; each field's wire name is read once.
            let mut sorted: Vec<syn::Field> =
                std::mem::take(&mut fields.named).into_iter().collect();
            // Stable: a field the schema does not name keeps its place after the named ones.
            sorted.sort_by_cached_key(|f| order.get(&wire_name(f)).copied().unwrap_or(usize::MAX));
            fields.named = sorted.into_iter().collect();
        }
    }
}

/// Component name → (wire property name → position).
fn property_orders(spec: &OpenAPI) -> HashMap<String, HashMap<String, usize>> {
    let Some(components) = &spec.components else {
        return HashMap::new();
    };
    components
        .schemas
        .iter()
        .filter_map(|(name, schema)| match schema {
            ReferenceOr::Item(s) => match &s.schema_kind {
                SchemaKind::Type(Type::Object(o)) => Some((
                    name.clone(),
                    o.properties
                        .keys()
                        .enumerate()
                        .map(|(i, k)| (k.clone(), i))
                        .collect(),
                )),
                _ => None,
            },
            ReferenceOr::Reference { .. } => None,
        })
        .collect()
}

/// The JSON name of a generated field: its `#[serde(rename = "…")]`, else its identifier.
fn wire_name(field: &syn::Field) -> String {
    for attr in field.attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let mut renamed = None;
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                renamed = Some(meta.value()?.parse::<syn::LitStr>()?.value());
            } else if meta.input.peek(syn::Token![=]) {
                // skip the value of other `key = value` items (`default = "…"`, …)
                let _: syn::Expr = meta.value()?.parse()?;
            }
            Ok(())
        });
        if let Some(name) = renamed {
            return name;
        }
    }
    field
        .ident
        .as_ref()
        .map(|i| i.to_string().trim_start_matches("r#").to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn fields_follow_the_schema_not_the_alphabet() {
        let spec: OpenAPI = serde_yaml::from_str(
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Coll:\n      type: object\n      properties:\n        odata.metadata: {type: string}\n        value: {type: string}\n        Alpha: {type: string}\n",
        )
        .unwrap();
        let tokens = quote! {
            pub mod types {
                pub struct Coll {
                    #[serde(rename = "Alpha", default)] pub alpha: String,
                    #[serde(rename = "odata.metadata")] pub odata_metadata: String,
                    pub value: String,
                }
                pub struct Other { pub b: u8, pub a: u8 }
            }
        };
        let mut file: syn::File = syn::parse2(tokens).unwrap();
        Orders::of(&spec).apply(&mut file);
        let out = quote::quote!(#file).to_string();
        let pos = |needle: &str| out.find(needle).unwrap();
        assert!(
            pos("odata_metadata") < pos("pub value") && pos("pub value") < pos("pub alpha"),
            "{out}"
        );
        assert!(
            pos("pub b :") < pos("pub a :"),
            "structs without a schema keep their order: {out}"
        );
    }
}
