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
//! 5. [`format`](mod@format): syn parse, doc comments split into lines and struct fields put in schema
//!    order on the syntax tree, prettyplease, then rustfmt or a `rustfmt::skip` marker
//!    ([`settings::Formatting`]).
//!
//! Client and server are produced on two threads (see `render`): progenitor and most of the
//! client on one, the server and the client's typify builder module (handed over as text) on
//! the other. [`Output::timings`] says where the time went, phase by phase.
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
mod handoff;
pub mod ir;
pub mod load;
pub mod lower;
pub(crate) mod media;
mod multipart;
pub mod normalize;
pub mod open_enum;
mod order;
mod render;
mod schema;
pub mod server;
pub mod settings;
pub mod timings;

pub use error::{Diagnostic, Error};
pub use settings::Settings;
pub use timings::Timings;

/// Generated source for one document. Two outputs are equal when their files and warnings are:
/// the timings differ from run to run.
#[derive(Debug, Clone)]
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
    /// Wall time per phase (see [`Timings`]).
    pub timings: Timings,
}

impl PartialEq for Output {
    fn eq(&self, other: &Self) -> bool {
        (&self.client, &self.server, &self.types, &self.warnings)
            == (&other.client, &other.server, &other.types, &other.warnings)
    }
}

impl Eq for Output {}

/// Validate a document without generating anything.
pub fn validate(text: &str, settings: &Settings) -> Result<ir::Api, Error> {
    let doc = load::load(text)?;
    lower::lower(&doc, settings)
}

/// Run the whole pipeline over one document.
///
/// Client and server are made on two threads (see `render`); [`Output::timings`] says where
/// the time went.
pub fn generate(text: &str, settings: &Settings) -> Result<Output, Error> {
    let mut timings = Timings::on("main");
    let doc = timings.time("load", || load::load(text))?;
    let mut api = timings.time("lower", || lower::lower(&doc, settings))?;
    let (mut client, mut server, mut types) = render::render(&doc, &api, settings, &mut timings);
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
        (client, server, types) = render::render(&doc, &api, settings, &mut timings);
    }
    Ok(Output {
        client: client?,
        server: server?,
        types: types.transpose()?,
        warnings: api.warnings,
        timings,
    })
}
