//! Names: Rust spellings of wire names.

use heck::ToSnakeCase;

/// `$filter` → `filter`, `RequestedTTL` → `requested_ttl`, `type` → `type_`.
pub(crate) fn rust_field_name(name: &str) -> String {
    let mut snake = name.trim_start_matches('$').to_snake_case();
    if snake.is_empty() || snake.starts_with(|c: char| c.is_ascii_digit()) {
        snake = format!("p_{snake}");
    }
    if syn::parse_str::<syn::Ident>(&snake).is_err() {
        snake.push('_');
    }
    snake
}

/// Names the client methods of the request-body alternatives: `<operation>_<suffix>` (see
/// [`crate::media::method_suffix`]). A name another operation or alternative already has gets
/// `_body`, then a number (`create_pet_form_body`, `create_pet_form_body2`), with a note at the
/// operation's pointer, so no generated method is shadowed.
pub(super) fn alternative_methods(
    operations: &mut [crate::ir::Operation],
    notes: &mut Vec<crate::error::Diagnostic>,
) {
    let mut taken: std::collections::BTreeSet<String> =
        operations.iter().map(|op| op.rust_name.clone()).collect();
    for op in operations.iter_mut() {
        let Some(body) = op.body.as_mut() else {
            continue;
        };
        for alt in &mut body.alternatives {
            let wanted = format!(
                "{}_{}",
                op.rust_name,
                crate::media::method_suffix(&alt.media_type)
            );
            let mut name = wanted.clone();
            let mut n = 1;
            while taken.contains(&name) {
                name = match n {
                    1 => format!("{wanted}_body"),
                    _ => format!("{wanted}_body{n}"),
                };
                n += 1;
            }
            if name != wanted {
                notes.push(crate::error::Diagnostic::new(
                    op.pointer.clone(),
                    format!(
                        "the client method for `{}` is `{name}`: `{wanted}` is taken",
                        alt.media_type
                    ),
                ));
            }
            taken.insert(name.clone());
            alt.method = name;
        }
    }
}

/// Response-enum variant for a status code: the reason phrase in UpperCamelCase.
pub(super) fn variant_name(code: u16) -> String {
    let phrase = match code {
        200 => "Ok",
        201 => "Created",
        202 => "Accepted",
        203 => "NonAuthoritativeInformation",
        204 => "NoContent",
        206 => "PartialContent",
        301 => "MovedPermanently",
        302 => "Found",
        303 => "SeeOther",
        304 => "NotModified",
        307 => "TemporaryRedirect",
        308 => "PermanentRedirect",
        400 => "BadRequest",
        401 => "Unauthorized",
        402 => "PaymentRequired",
        403 => "Forbidden",
        404 => "NotFound",
        405 => "MethodNotAllowed",
        406 => "NotAcceptable",
        408 => "RequestTimeout",
        409 => "Conflict",
        410 => "Gone",
        411 => "LengthRequired",
        412 => "PreconditionFailed",
        413 => "PayloadTooLarge",
        415 => "UnsupportedMediaType",
        422 => "UnprocessableEntity",
        428 => "PreconditionRequired",
        429 => "TooManyRequests",
        500 => "InternalServerError",
        501 => "NotImplemented",
        502 => "BadGateway",
        503 => "ServiceUnavailable",
        504 => "GatewayTimeout",
        _ => return format!("Status{code}"),
    };
    phrase.to_string()
}

/// Response-enum variant for a status class (`4XX`); it carries the concrete status.
pub(super) fn range_variant_name(class: u16) -> String {
    match class {
        1 => "Informational".to_string(),
        2 => "Success".to_string(),
        3 => "Redirection".to_string(),
        4 => "ClientError".to_string(),
        5 => "ServerError".to_string(),
        _ => format!("Status{class}Xx"),
    }
}
