//! Client and server text from the IR, on two threads.
//!
//! The work: progenitor (client tokens, types included), the server's own items (params,
//! response enums, trait, routes), and printing all of it (doc-comment split, syn parse,
//! field order, prettyplease), printing being the larger part. One thread runs progenitor and
//! prints the client while the other emits and prints the server, then the client's builder
//! module. Tokens and syntax trees cannot cross threads (proc_macro2's fallback tokens are
//! reference-counted, neither `Send` nor `Sync`), so only text moves between them (see
//! [`handoff`]).
//!
//! Afterwards the client's `types` module text goes into the server (or, with shared types,
//! into a third file), and each file is finished as [`Settings`] asks (rustfmt processes side
//! by side, or the `rustfmt::skip` marker).

use crate::format::{self, FieldOrder};
use crate::order::Orders;
use crate::settings::{self, Settings};
use crate::timings::Timings;
use crate::{Error, client, handoff, ir, load, open_enum, server};
use proc_macro2::TokenStream;
use std::sync::mpsc::{Sender, channel};
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

/// Client and server text (the server's `types` module still empty), made on two threads: the
/// client's on this one, the server's and the client's builder module (see [`handoff`]) on the
/// other.
fn texts(
    doc: &load::Document,
    api: &ir::Api,
    settings: &Settings,
    timings: &mut Timings,
) -> (Result<String, Error>, Result<String, Error>) {
    let orders = Orders::of(&doc.spec);
    let (handoff, handed) = channel::<String>();
    std::thread::scope(|scope| {
        let orders = &orders;
        let server = scope.spawn(move || {
            let (start, mut timings) = (Instant::now(), Timings::on("server"));
            let text = server_text(api, settings, &mut timings);
            // Waits for progenitor on the other thread; no builder module, no wait.
            let builders = handed
                .recv()
                .ok()
                .map(|body| handoff::print_builders(&body, orders, &mut timings));
            timings.since("total", start);
            (text, builders, timings)
        });
        let (start, mut client_timings) = (Instant::now(), Timings::on("client"));
        let client = client_text(doc, api, settings, orders, handoff, &mut client_timings);
        let (server, builders) = match server.join() {
            Ok((server, builders, server_timings)) => {
                timings.append(server_timings);
                (server, builders)
            }
            Err(_) => (Err(Error::Emit("the server thread panicked".into())), None),
        };
        let client = client.and_then(|(text, handed_off)| {
            let text = match (handed_off, builders) {
                (Handoff::None, _) => text,
                (Handoff::Builders, Some(builders)) => client_timings
                    .time("put builders back", || handoff::put_back(&text, &builders?))?,
                (Handoff::Builders, None) => {
                    return Err(Error::Emit("the builder module was not printed".into()));
                }
            };
            let mut text = format::space_out(text, &mut client_timings)?;
            if !text.contains("types::") {
                // progenitor imports `super::types` into its builder module even when no
                // operation uses a generated type.
                text.insert_str(0, "#![allow(unused_imports)]\n");
            }
            Ok(text)
        });
        client_timings.since("total", start);
        timings.append(client_timings);
        (client, server)
    })
}

/// Whether the client's thread handed its builder module to the other thread.
enum Handoff {
    /// Nothing to hand over (no typify builder module).
    None,
    /// The builder module's body went to the other thread, which prints it.
    Builders,
}

/// progenitor's client with the open enums, printed without its builder module (sent through
/// `handoff`) and without the blank lines between items.
fn client_text(
    doc: &load::Document,
    api: &ir::Api,
    settings: &Settings,
    orders: &Orders,
    handoff: Sender<String>,
    timings: &mut Timings,
) -> Result<(String, Handoff), Error> {
    let (mut tokens, generator) = client::generate(&doc.spec, api, settings, timings)?;
    timings.time("drop generator", || drop(generator));
    // Moved, not interpolated: `quote!` would copy every token.
    tokens.extend(open_enums(api, settings));
    let (tokens, builders) = timings.time("hand off builders", || handoff::take_builders(tokens));
    let handed_off = match builders {
        Some(body) => {
            // If the other thread is gone, no printed builders come back, and the client fails
            // instead of going out with an empty module.
            let _ = handoff.send(body);
            Handoff::Builders
        }
        None => Handoff::None,
    };
    drop(handoff);
    let text = format::print(tokens, FieldOrder::Schema(orders), timings)?;
    Ok((text, handed_off))
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
