//! The intermediate model shared by validation and both emitters.
//!
//! It is deliberately small: what an HTTP router, a trait and a client need to know about each
//! operation, with every `$ref` already resolved and every name already turned into Rust.
//! A fix to how a path or a parameter is understood lands here once.

/// The method and path-template types are openapi-core's, re-exported so that the emitters,
/// the runtime and specdiff agree on how a path is split and which methods exist.
pub use openapi_core::{Method, Part, PathTemplate, Segment};

/// One API (one OpenAPI document), lowered.
#[derive(Debug, Clone)]
pub struct Api {
    pub title: String,
    pub version: String,
    pub operations: Vec<Operation>,
    /// `x-case-insensitive-paths: true` at the root: literals in paths match in any case.
    pub case_insensitive_paths: bool,
    /// `x-error-body-template` at the root: the JSON shape of the API's error body, with the
    /// placeholders `{code}` and `{message}` in string values. The runtime answers 4xx/5xx
    /// errors that happen before an operation runs (404, 405, 415, bad parameters) with it.
    pub error_template: Option<serde_json::Value>,
    /// Component schemas marked `x-open-enum: true`.
    pub open_enums: Vec<OpenEnum>,
    /// What was renamed, rewritten or (with [`crate::settings::Unsupported::Skip`]) left out,
    /// each with the pointer of the node.
    pub warnings: Vec<crate::error::Diagnostic>,
}

/// A string enum whose generated type keeps values the spec does not list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenEnum {
    /// Component name, which is also the Rust type name.
    pub name: String,
    pub description: Option<String>,
    /// (wire value, Rust variant name)
    pub variants: Vec<(String, String)>,
}

#[derive(Debug, Clone)]
pub struct Operation {
    /// `operationId` as written in the document.
    pub id: String,
    /// snake_case Rust name of the operation (method name on trait and client).
    pub rust_name: String,
    /// PascalCase stem for the operation's generated types (`…Params`, `…Response`).
    pub type_stem: String,
    /// JSON pointer of the operation object.
    pub pointer: String,
    pub method: Method,
    pub path: PathTemplate,
    /// `x-path-aliases`: more paths that reach the same operation with the same parameters.
    pub aliases: Vec<PathTemplate>,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub params: Vec<Param>,
    pub body: Option<Body>,
    pub responses: Vec<Response>,
    /// The media types the success responses can be sent as, in document order, when some
    /// response lists several (the server then honours `Accept`, 406 otherwise); else empty.
    pub produces: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    Path,
    Query,
    Header,
    /// A pair of the request's one `Cookie` header (scalar values only; see the crate's `cookie` module).
    Cookie,
}

#[derive(Debug, Clone)]
pub struct Param {
    /// Name on the wire.
    pub name: String,
    /// Field name in the generated params struct.
    pub rust_name: String,
    pub location: Location,
    pub required: bool,
    pub ty: TypeRef,
    pub kind: ValueKind,
    pub description: Option<String>,
}

/// A Rust type named by the spec, as the emitters spell it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeRef {
    /// A component schema: `types::<Name>`.
    Named(String),
    /// A component schema marked `x-open-enum`: `open_enums::<Name>`.
    OpenEnum(String),
    /// A built-in or configured scalar, as a Rust path.
    Scalar(String),
    Array(Box<TypeRef>),
}

/// How a text value (a query parameter, a form field) becomes a JSON value before it is
/// deserialized, and which values are accepted. This is what lets the server be liberal:
/// `RequestedTTL=7200` in a query fills an integer field, `diversified=False` a boolean.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueKind {
    String,
    /// A string in a standard format (`uuid`, `date`, `date-time`): never empty, so an empty query
    /// or form value is malformed rather than absent.
    Formatted,
    Integer,
    Number,
    Boolean,
    /// A closed or open string enum; matching is case-insensitive, the canonical spelling wins.
    Enum(Vec<String>),
    /// Anything else (objects, arrays, unions): passed through as JSON, never coerced.
    Json,
}

/// How the server takes a request body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyEncoding {
    /// JSON, and form fields where the document lists form encoding.
    Decoded,
    /// The bytes as sent (octet-stream, text, `*/*`).
    Bytes,
    /// `multipart/form-data` (the only media type listed): parts decoded into the body type,
    /// text parts by [`Body::fields`], [`Body::binary_parts`] as bytes.
    Multipart,
}

#[derive(Debug, Clone)]
pub struct Body {
    /// The body type: generated for JSON and form bodies, `Vec<u8>` for bytes.
    pub ty: TypeRef,
    /// Whether the server decodes the body or hands over the bytes.
    pub encoding: BodyEncoding,
    pub required: bool,
    pub media_type: String,
    /// `x-extra-request-media-types`: encodings the server accepts besides `media_type`.
    pub extra_media_types: Vec<String>,
    /// `x-query-or-body`: top-level body properties may arrive as query parameters instead.
    pub query_or_body: bool,
    /// Top-level properties of an object body: (wire name, kind), for coercion of text input.
    pub fields: Vec<(String, ValueKind)>,
    /// The top-level properties declared `nullable: true`; JSON `null` is refused for the others.
    pub nullable_fields: Vec<String>,
    /// Multipart only: the properties sent as bytes (`format: binary`, `Vec<u8>` on both sides).
    pub binary_parts: Vec<String>,
    /// Multipart (the only type, or an alternative): `encoding.<property>.contentType` where the
    /// document gives one.
    pub part_media_types: Vec<(String, String)>,
    /// The other media types of `content` the caller may choose, each through a client method of
    /// its own, in document order; the server accepts each.
    pub alternatives: Vec<Alternative>,
}

/// A request media type besides [`Body::media_type`] that carries the same body type: form or
/// multipart beside JSON (same schema), or another byte type beside a byte type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alternative {
    /// As listed in `content`.
    pub media_type: String,
    /// The client method that sends it: the operation's method name and a suffix for the media
    /// type (`create_pet_form`), made unique (see `lower::names::alternative_methods`).
    pub method: String,
}

/// The status a response is documented for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Code(u16),
    /// `1XX` … `5XX`: the class digit.
    Range(u16),
    /// `default`: any status not listed.
    Default,
}

impl std::fmt::Display for Status {
    /// The key of the status in `responses`: `200`, `4XX`, `default`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Status::Code(c) => write!(f, "{c}"),
            Status::Range(r) => write!(f, "{r}XX"),
            Status::Default => f.write_str("default"),
        }
    }
}

/// How a body travels: decoded into a generated type, or as bytes the caller handles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Payload {
    /// JSON (or form fields, for request bodies) decoded into this type; for responses, see
    /// [`Response::json_media_type`].
    Typed(TypeRef),
    /// Any other media type (octet-stream, text, images, `*/*`): the bytes as they are.
    Bytes { media_type: String },
}

#[derive(Debug, Clone)]
pub struct Response {
    pub status: Status,
    pub description: String,
    pub body: Option<Payload>,
    /// The media types this body can be sent as: every JSON type listed with the generated
    /// schema, or the one byte type generated.
    pub sendable: Vec<String>,
    /// The JSON media type a typed body is sent as, when it is not `application/json`.
    pub json_media_type: Option<String>,
    /// Variant name in the per-operation response enum.
    pub variant: String,
}

impl Response {
    /// A single status code (not a range or `default`), which the variant need not carry.
    pub fn status_is_concrete(&self) -> bool {
        matches!(self.status, Status::Code(_))
    }

    /// A 2xx code or the `2XX` range (`default` counts as neither success nor error here).
    pub fn is_success(&self) -> bool {
        match self.status {
            Status::Code(c) => (200..300).contains(&c),
            Status::Range(r) => r == 2,
            Status::Default => false,
        }
    }
}
