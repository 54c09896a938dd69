//! Last pass: tokens → formatted source text.
//!
//! prettyplease output is not what `cargo fmt --check` expects: either the text also goes
//! through the toolchain's `rustfmt` (the same one CI's fmt check uses), or it is marked for
//! `cargo fmt` to skip (see [`crate::settings::Formatting`]). Output is deterministic: the same
//! tokens always give the same bytes.

use crate::error::Error;
use crate::order::Orders;
use crate::timings::Timings;
use proc_macro2::TokenStream;
use std::io::Write;
use std::process::{Command, Stdio};

/// The first line of a file formatted by prettyplease alone: `cargo fmt` skips the file (the
/// attribute is inert for rustc, since `cfg(rustfmt)` is never set when compiling).
pub const RUSTFMT_SKIP: &str = "#![cfg_attr(rustfmt, rustfmt::skip)]\n";

/// prettyplease's rendering of `tokens` (doc attributes split into lines, struct fields in the
/// order `spec` declares them, items spaced out), parsing the tokens once.
pub fn pretty(
    tokens: TokenStream,
    spec: &openapiv3::OpenAPI,
    timings: &mut Timings,
) -> Result<String, Error> {
    let text = print(tokens, FieldOrder::Schema(&Orders::of(spec)), timings)?;
    space_out(text, timings)
}

/// The order the fields of generated structs are printed in.
#[derive(Clone, Copy)]
pub(crate) enum FieldOrder<'a> {
    /// Structs generated for a component schema follow its `properties` (see [`crate::order`]).
    Schema(&'a Orders),
    /// As emitted (the server's own items, which hold no component structs).
    AsEmitted,
}

/// prettyplease's rendering of `tokens`, doc attributes split into lines, without the blank
/// lines between items ([`space_out`] adds them).
pub(crate) fn print(
    tokens: TokenStream,
    order: FieldOrder<'_>,
    timings: &mut Timings,
) -> Result<String, Error> {
    let mut file: syn::File = timings
        .time("syn parse", || syn::parse2(tokens))
        .map_err(|e| Error::Emit(e.to_string()))?;
    timings.time("doc comments", || {
        crate::docs::split_doc_attributes(&mut file)
    });
    if let FieldOrder::Schema(orders) = order {
        timings.time("field order", || orders.apply(&mut file));
    }
    let text = timings.time("prettyplease", || prettyplease::unparse(&file));
    timings.time("drop syntax tree", || drop(file));
    Ok(text)
}

/// A blank line between items, as progenitor's own CLI does; rustfmt then keeps those and
/// drops the few the heuristic puts where they don't belong.
pub(crate) fn space_out(text: String, timings: &mut Timings) -> Result<String, Error> {
    timings
        .time("space out items", || progenitor_impl::space_out_items(text))
        .map_err(|e| Error::Emit(e.to_string()))
}

/// `text` through the toolchain's rustfmt (edition 2024).
pub fn rustfmt(text: &str) -> Result<String, Error> {
    run_rustfmt(text)
}

fn run_rustfmt(text: &str) -> Result<String, Error> {
    let rustfmt = std::env::var("RUSTFMT").unwrap_or_else(|_| "rustfmt".to_string());
    let mut child = Command::new(&rustfmt)
        .args(["--edition", "2024", "--emit", "stdout", "--quiet"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| Error::Rustfmt(format!("cannot run `{rustfmt}`: {e}")))?;
    {
        let mut stdin = child
            .stdin
            .take()
            .ok_or_else(|| Error::Rustfmt("no stdin".into()))?;
        stdin
            .write_all(text.as_bytes())
            .map_err(|e| Error::Rustfmt(e.to_string()))?;
    }
    let out = child
        .wait_with_output()
        .map_err(|e| Error::Rustfmt(e.to_string()))?;
    if !out.status.success() {
        return Err(Error::Rustfmt(
            String::from_utf8_lossy(&out.stderr).into_owned(),
        ));
    }
    String::from_utf8(out.stdout).map_err(|e| Error::Rustfmt(e.to_string()))
}
