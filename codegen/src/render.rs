//! Client and server text from the IR, on two threads.
//!
//! The work: progenitor (client tokens, types included), the server's own items (params,
//! response enums, trait, routes), and printing all of it (doc-comment split, syn parse,
//! field order, prettyplease), printing being the larger part. One thread runs progenitor and
//! prints the client while the other emits and prints the server. Tokens and syntax trees
//! cannot cross threads (proc_macro2's fallback tokens are reference-counted, neither `Send`
//! nor `Sync`), so each side makes and prints its own; only text moves between them.
//!
//! Afterwards the client's `types` module text goes into the server (or, with shared types,
//! into a third file), and each file is finished as [`Settings`] asks (rustfmt processes side
//! by side, or the `rustfmt::skip` marker).

use crate::format::{self, FieldOrder};
use crate::order::Orders;
use crate::settings::{self, Settings};
use crate::timings::Timings;
use crate::{Error, client, ir, load, open_enum, server};
use proc_macro2::TokenStream;
use std::time::Instant;

/// Client, server and (with shared types) types text.
pub(crate) type Rendered = (
    Result<String, Error>,
    Result<String, Error>,
    Option<Result<String, Error>>,
);

/// The client, server and types text of `api`.
pub(crate) fn render(
    doc: &load::Document,
    api: &ir::Api,
    settings: &Settings,
    timings: &mut Timings,
) -> Rendered {
    let (client, server) = texts(doc, api, settings, timings);
    let (client, server) = match (client, server) {
        (Ok(client), Ok(server)) => (client, server),
        (client, server) => return (client, server, None),
    };
    let (client, server, types) = match &settings.shared_types {
        None => match timings.time("splice types", || server::splice_types(&server, &client)) {
            Ok(server) => (client, server, None),
            Err(e) => return (Ok(client), Err(e), None),
        },
        Some(path) => {
            let open_enums = open_enum::emit(&api.open_enums);
            let shared = timings.time("share types", || {
                server::share_types(&client, &server, path)
            });
            let shared = shared.and_then(|(c, s, t)| {
                Ok((
                    c,
                    s,
                    format!("{t}{}", format::pretty(open_enums, &doc.spec, timings)?),
                ))
            });
            match shared {
                Ok((client, server, types)) => (client, server, Some(types)),
                Err(e) => return (Ok(client), Err(e), None),
            }
        }
    };
    timings.time("finish", || match settings.formatting {
        // A marker line each: no thread needed.
        settings::Formatting::Prettyplease => (
            finish(client, settings),
            finish(server, settings),
            types.map(|t| finish(t, settings)),
        ),
        // rustfmt processes, side by side.
        settings::Formatting::Rustfmt => std::thread::scope(|scope| {
            let server = scope.spawn(|| finish(server, settings));
            let types = types.map(|t| finish(t, settings));
            let client = finish(client, settings);
            let server = server
                .join()
                .unwrap_or_else(|_| Err(Error::Rustfmt("the rustfmt thread panicked".into())));
            (client, server, types)
        }),
    })
}

/// Client and server text (the server's `types` module still empty), made on two threads.
fn texts(
    doc: &load::Document,
    api: &ir::Api,
    settings: &Settings,
    timings: &mut Timings,
) -> (Result<String, Error>, Result<String, Error>) {
    std::thread::scope(|scope| {
        let server = scope.spawn(|| {
            let (start, mut timings) = (Instant::now(), Timings::on("server"));
            let text = server_text(api, settings, &mut timings);
            timings.since("total", start);
            (text, timings)
        });
        let (start, mut client_timings) = (Instant::now(), Timings::on("client"));
        let client = client_text(doc, api, settings, &mut client_timings);
        client_timings.since("total", start);
        timings.append(client_timings);
        let server = match server.join() {
            Ok((server, server_timings)) => {
                timings.append(server_timings);
                server
            }
            Err(_) => Err(Error::Emit("the server thread panicked".into())),
        };
        (client, server)
    })
}

/// progenitor's client with the open enums, printed.
fn client_text(
    doc: &load::Document,
    api: &ir::Api,
    settings: &Settings,
    timings: &mut Timings,
) -> Result<String, Error> {
    let (mut tokens, generator) = client::generate(&doc.spec, api, settings, timings)?;
    timings.time("drop generator", || drop(generator));
    // Moved, not interpolated: `quote!` would copy every token.
    tokens.extend(open_enums(api, settings));
    let text = format::print(tokens, FieldOrder::Schema(&Orders::of(&doc.spec)), timings)?;
    let mut text = format::space_out(text, timings)?;
    if !text.contains("types::") {
        // progenitor imports `super::types` into its builder module even when no operation
        // uses a generated type.
        text.insert_str(0, "#![allow(unused_imports)]\n");
    }
    Ok(text)
}

/// The server's own items, printed.
fn server_text(api: &ir::Api, settings: &Settings, timings: &mut Timings) -> Result<String, Error> {
    let mut tokens = timings.time("emit", || server::emit(api, settings));
    tokens.extend(open_enums(api, settings));
    let text = format::print(tokens, FieldOrder::AsEmitted, timings)?;
    format::space_out(text, timings)
}

/// The `open_enums` module, or with shared types its re-export.
fn open_enums(api: &ir::Api, settings: &Settings) -> TokenStream {
    match &settings.shared_types {
        Some(path) if !api.open_enums.is_empty() => {
            let path: TokenStream = path.parse().unwrap_or_else(|_| quote::quote!(crate));
            quote::quote!(pub use #path::open_enums;)
        }
        _ => open_enum::emit(&api.open_enums),
    }
}

/// The last formatting step [`Settings`] asks for.
fn finish(text: String, settings: &Settings) -> Result<String, Error> {
    match settings.formatting {
        settings::Formatting::Rustfmt => format::rustfmt(&text),
        settings::Formatting::Prettyplease => Ok(format!("{}{text}", format::RUSTFMT_SKIP)),
    }
}
