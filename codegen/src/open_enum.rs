//! Open enums: string enums whose generated type keeps values the spec does not list.
//!
//! typify's enums reject unknown strings, so one undocumented status from a real server (MIM
//! returns `Scheduled`, which no page lists) would make a whole response undecodable. Schemas
//! marked `x-open-enum: true` are replaced, on both sides, by the type emitted here: one variant
//! per listed value plus `Other(String)`, serialized as the plain string either way.

use crate::ir::OpenEnum;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// The `open_enums` module for a document (empty when it has none).
pub fn emit(enums: &[OpenEnum]) -> TokenStream {
    if enums.is_empty() {
        return TokenStream::new();
    }
    let items = enums.iter().map(emit_one);
    quote! {
        /// String enums that keep values the spec does not list (`x-open-enum: true`).
        pub mod open_enums {
            #(#items)*
        }
    }
}

fn emit_one(e: &OpenEnum) -> TokenStream {
    let name = format_ident!("{}", e.name);
    let doc = e
        .description
        .clone()
        .unwrap_or_else(|| format!("`{}` (open enum).", e.name));
    let variants: Vec<_> = e
        .variants
        .iter()
        .map(|(_, v)| format_ident!("{v}"))
        .collect();
    let values: Vec<_> = e.variants.iter().map(|(w, _)| w.as_str()).collect();
    let lowered: Vec<_> = values.iter().map(|v| v.to_ascii_lowercase()).collect();
    let variant_docs = values.iter().map(|v| format!("`{v}`"));
    quote! {
        #[doc = #doc]
        ///
        /// Unknown values are kept in `Other` so that a response stays decodable.
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum #name {
            #( #[doc = #variant_docs] #variants, )*
            /// A value this version of the spec does not list, kept verbatim.
            Other(::std::string::String),
        }

        impl #name {
            /// Every value the spec lists, in spec order.
            pub const KNOWN: &'static [&'static str] = &[#(#values),*];

            /// The value as it goes on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #( Self::#variants => #values, )*
                    Self::Other(other) => other.as_str(),
                }
            }
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::str::FromStr for #name {
            type Err = ::std::convert::Infallible;

            /// Exact spelling first; then case-insensitively, since the servers we talk to
            /// compare enum names without regard to case.
            fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                Ok(match value {
                    #( #values => Self::#variants, )*
                    other => match other.to_ascii_lowercase().as_str() {
                        #( #lowered => Self::#variants, )*
                        _ => Self::Other(other.to_string()),
                    },
                })
            }
        }

        impl ::std::convert::From<&str> for #name {
            fn from(value: &str) -> Self {
                match value.parse() {
                    Ok(v) => v,
                    Err(never) => match never {},
                }
            }
        }

        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
                Ok(Self::from(value.as_str()))
            }
        }
    }
}
