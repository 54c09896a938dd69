//! What progenitor cannot express, added to its output in one pass over the parsed client:
//! cookie parameters ([`crate::cookie`]), multipart bodies ([`crate::multipart`]), the
//! caller's choice among request media types ([`crate::alternatives`]) and of the response's
//! ([`crate::accept`]). A document that needs
//! none of them is not parsed here at all.

use crate::error::Error;
use crate::ir::Api;
use proc_macro2::TokenStream;
use quote::quote;

/// progenitor's output for `api` with the rewrites it needs and their helpers.
pub(crate) fn rewrite(tokens: TokenStream, api: &Api) -> Result<TokenStream, Error> {
    let cookies = crate::cookie::used(api);
    let multipart = crate::multipart::used(api);
    let alternatives = crate::alternatives::used(api);
    let accept = crate::accept::used(api);
    if !(cookies || multipart || alternatives || accept) {
        return Ok(tokens);
    }
    let mut file: syn::File = syn::parse2(tokens).map_err(|e| Error::Emit(e.to_string()))?;
    // `accept` and alternatives first: alternatives copy the preferred method's builder (with
    // its `accept`), and the cookie and multipart rewrites must reach the copies too.
    if accept {
        crate::accept::rewrite_file(&mut file, api)?;
    }
    if alternatives {
        crate::alternatives::rewrite_file(&mut file, api)?;
    }
    let multipart_helper = if multipart {
        crate::multipart::rewrite_file(&mut file, api)?
    } else {
        TokenStream::new()
    };
    let cookie_helper = if cookies {
        crate::cookie::rewrite_file(&mut file)?
    } else {
        TokenStream::new()
    };
    Ok(quote! {
        #file
        #multipart_helper
        #cookie_helper
    })
}

/// The two spellings progenitor derives from an operation id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Case {
    /// The client method and `OperationInfo::operation_id`.
    Snake,
    /// The builder struct.
    Pascal,
}

/// progenitor's `sanitize(id, case)`: quotes dropped, other non-identifier characters as word
/// breaks.
pub(crate) fn progenitor_name(id: &str, case: Case) -> String {
    use heck::{ToSnakeCase, ToUpperCamelCase};
    let words = id
        .replace('\'', "")
        .replace(|c: char| !(c.is_alphanumeric() || c == '_'), "-");
    match case {
        Case::Snake => words.to_snake_case(),
        Case::Pascal => words.to_upper_camel_case(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operation_ids_are_spelled_as_progenitor_does() {
        assert_eq!(progenitor_name("get-file", Case::Snake), "get_file");
        assert_eq!(progenitor_name("get-file", Case::Pascal), "GetFile");
        assert_eq!(
            progenitor_name("uploadPetImage", Case::Snake),
            "upload_pet_image"
        );
        assert_eq!(progenitor_name("o'neil.put", Case::Snake), "oneil_put");
    }
}
