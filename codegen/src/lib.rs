//! An OpenAPI 3.0 → Rust generator: a progenitor client and axum server-trait stubs.
//!
//! This crate knows nothing of any particular API. It is a pipeline of small passes:
//!
//! 1. [`load`]: text → an order-keeping tree (JSON read as JSON) → [`normalize`] (what real
//!    documents publish rewritten into the shapes both emitters agree on: component names,
//!    inline schemas, deepObject parameters, foreign keywords, operation ids) →
//!    `openapiv3::OpenAPI` (+ the raw tree, for JSON pointers);
//! 2. [`lower`]: validation and lowering to the [`ir`] in one walk; every unsupported construct
//!    becomes a [`Diagnostic`] with a JSON pointer and a hint, never a panic, and with
//!    [`settings::Unsupported::Skip`] the operation is left out with a warning instead;
//! 3. [`client`]: progenitor over a client view of the document (media types chosen as for the
//!    server, one body kind per status class), then what progenitor cannot express added to its
//!    output in one pass: cookie parameters (typed setters, one `Cookie` header), bodies that
//!    are only `multipart/form-data` (a reqwest multipart form), one method per alternative
//!    request media type (`create_pet_form`) and an `accept` setter where responses list
//!    several types; a progenitor or typify failure is located by bisection and reported at the
//!    operation's pointer;
//! 4. [`server`]: params, response enums, trait and route table from the same IR, with the
//!    client's `types` module text, so both sides agree on the wire (cookies, multipart parts,
//!    every listed request media type and the `Accept` header are read by `server-runtime`);
//! 5. [`format`]: prettyplease, then rustfmt or a `rustfmt::skip` marker
//!    ([`settings::Formatting`]).
//!
//! Client and server are produced on two threads.
//!
//! ```no_run
//! let mut settings = codegen::Settings::new();
//! settings.with_module_path("crate::petstore");
//! let out = codegen::generate(&std::fs::read_to_string("petstore.yaml")?, &settings)?;
//! std::fs::write("src/petstore.rs", out.client)?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod accept;
mod alternatives;
pub mod client;
mod client_rewrite;
mod client_view;
mod cookie;
mod docs;
pub mod error;
pub mod format;
pub mod ir;
pub mod load;
pub mod lower;
pub(crate) mod media;
mod multipart;
pub mod normalize;
pub mod open_enum;
mod order;
mod schema;
pub mod server;
pub mod settings;

pub use error::{Diagnostic, Error};
pub use settings::Settings;

/// Generated source for one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// The client module (progenitor builder style, plus open enums).
    pub client: String,
    /// The server module (types, params, response enums, trait, routes).
    pub server: String,
    /// The shared types module, with [`Settings::with_shared_types`]; client and server then
    /// re-export it instead of holding it.
    pub types: Option<String>,
    /// What was renamed or rewritten to generate, and (with [`settings::Unsupported::Skip`])
    /// every operation left out, each with the JSON pointer of its node.
    pub warnings: Vec<Diagnostic>,
}

/// Validate a document without generating anything.
pub fn validate(text: &str, settings: &Settings) -> Result<ir::Api, Error> {
    let doc = load::load(text)?;
    lower::lower(&doc, settings)
}

/// Run the whole pipeline over one document.
///
/// Client and server are made on two threads (see `render`).
pub fn generate(text: &str, settings: &Settings) -> Result<Output, Error> {
    let doc = load::load(text)?;
    let mut api = lower::lower(&doc, settings)?;
    let (mut client, mut server, mut types) = render(&doc, &api, settings);
    if let Err(Error::Progenitor(message)) = &client {
        // Find the operations progenitor (or typify under it) fails on, so that the user gets
        // pointers, and with `Skip` the rest of the API.
        let failures = client::locate_failures(&doc.spec, &api, settings, message);
        let skip = settings.unsupported == settings::Unsupported::Skip;
        let operations_at_fault = failures.iter().all(|d| d.pointer.starts_with("/paths/"));
        if !(skip && operations_at_fault) {
            return Err(Error::Invalid(failures));
        }
        api.operations
            .retain(|op| !failures.iter().any(|d| d.pointer == op.pointer));
        api.warnings.extend(failures.into_iter().map(|mut d| {
            d.message = format!("skipped: {}", d.message);
            d
        }));
        (client, server, types) = render(&doc, &api, settings);
    }
    Ok(Output {
        client: client?,
        server: server?,
        types: types.transpose()?,
        warnings: api.warnings,
    })
}

/// Client and server text, made side by side: progenitor and the client's formatting on this
/// thread, the server's own items on another; then the client's `types` module goes into the
/// server text, and the files are finished (two rustfmt processes, side by side).
fn render(doc: &load::Document, api: &ir::Api, settings: &Settings) -> Rendered {
    let (client, server) = std::thread::scope(|scope| {
        let server = scope.spawn(|| server_text(doc, api, settings));
        let client = client_text(doc, api, settings);
        let server = server
            .join()
            .unwrap_or_else(|_| Err(Error::Emit("the server thread panicked".into())));
        (client, server)
    });
    let (client, server) = match (client, server) {
        (Ok(client), Ok(server)) => (client, server),
        (client, server) => return (client, server, None),
    };
    let (client, server, types) = match &settings.shared_types {
        None => match server::splice_types(&server, &client) {
            Ok(server) => (client, server, None),
            Err(e) => return (Ok(client), Err(e), None),
        },
        Some(path) => {
            let open_enums = open_enum::emit(&api.open_enums);
            let shared = server::share_types(&client, &server, path).and_then(|(c, s, t)| {
                Ok((
                    c,
                    s,
                    format!("{t}{}", format::pretty(open_enums, &doc.spec)?),
                ))
            });
            match shared {
                Ok((client, server, types)) => (client, server, Some(types)),
                Err(e) => return (Ok(client), Err(e), None),
            }
        }
    };
    std::thread::scope(|scope| {
        let server = scope.spawn(|| finish(server, settings));
        let types = types.map(|t| finish(t, settings));
        let client = finish(client, settings);
        let server = server
            .join()
            .unwrap_or_else(|_| Err(Error::Rustfmt("the rustfmt thread panicked".into())));
        (client, server, types)
    })
}

/// Client, server and (with shared types) types text.
type Rendered = (
    Result<String, Error>,
    Result<String, Error>,
    Option<Result<String, Error>>,
);

/// The `open_enums` module, or with shared types its re-export.
fn open_enums(api: &ir::Api, settings: &Settings) -> proc_macro2::TokenStream {
    match &settings.shared_types {
        Some(path) if !api.open_enums.is_empty() => {
            let path: proc_macro2::TokenStream =
                path.parse().unwrap_or_else(|_| quote::quote!(crate));
            quote::quote!(pub use #path::open_enums;)
        }
        _ => open_enum::emit(&api.open_enums),
    }
}

fn client_text(doc: &load::Document, api: &ir::Api, settings: &Settings) -> Result<String, Error> {
    let (tokens, _) = client::generate(&doc.spec, api, settings)?;
    let open_enums = open_enums(api, settings);
    let mut text = format::pretty(
        quote::quote! {
            #tokens
            #open_enums
        },
        &doc.spec,
    )?;
    if !text.contains("types::") {
        // progenitor imports `super::types` into its builder module even when no operation
        // uses a generated type.
        text.insert_str(0, "#![allow(unused_imports)]\n");
    }
    Ok(text)
}

fn server_text(doc: &load::Document, api: &ir::Api, settings: &Settings) -> Result<String, Error> {
    let tokens = server::emit(api, settings);
    let open_enums = open_enums(api, settings);
    format::pretty(
        quote::quote! {
            #tokens
            #open_enums
        },
        &doc.spec,
    )
}

/// The last formatting step [`Settings`] asks for.
fn finish(text: String, settings: &Settings) -> Result<String, Error> {
    match settings.formatting {
        settings::Formatting::Rustfmt => format::rustfmt(&text),
        settings::Formatting::Prettyplease => Ok(format!("{}{text}", format::RUSTFMT_SKIP)),
    }
}
