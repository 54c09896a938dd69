//! Last pass: tokens → formatted source text.
//!
//! prettyplease output is not what `cargo fmt --check` expects: either the text also goes
//! through the toolchain's `rustfmt` (the same one CI's fmt check uses), or it is marked for
//! `cargo fmt` to skip (see [`crate::settings::Formatting`]). Output is deterministic: the same
//! tokens always give the same bytes.

use crate::error::Error;
use proc_macro2::TokenStream;
use std::io::Write;
use std::process::{Command, Stdio};

/// The first line of a file formatted by prettyplease alone: `cargo fmt` skips the file (the
/// attribute is inert for rustc, since `cfg(rustfmt)` is never set when compiling).
pub const RUSTFMT_SKIP: &str = "#![cfg_attr(rustfmt, rustfmt::skip)]\n";

/// prettyplease's rendering of `tokens` (doc attributes split into lines, struct fields in the
/// order `spec` declares them, items spaced out), parsing the tokens once.
pub fn pretty(tokens: TokenStream, spec: &openapiv3::OpenAPI) -> Result<String, Error> {
    let mut file: syn::File = syn::parse2(crate::docs::split_doc_attributes(tokens))
        .map_err(|e| Error::Emit(e.to_string()))?;
    crate::order::declaration_order(&mut file, spec);
    // A blank line between items, as progenitor's own CLI does; rustfmt then keeps those and
    // drops the few the heuristic puts where they don't belong.
    progenitor_impl::space_out_items(prettyplease::unparse(&file))
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
