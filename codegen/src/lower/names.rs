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
