#![allow(clippy::all, clippy::pedantic, unused_imports, dead_code)]
/// Types used as operation parameters and responses (identical to the client's).
#[allow(clippy::all)]
pub mod types {
    /// `Kind`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum Kind {
        #[serde(rename = "small")]
        Small,
        #[serde(rename = "large")]
        Large,
    }

    impl ::std::fmt::Display for Kind {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Small => f.write_str("small"),
                Self::Large => f.write_str("large"),
            }
        }
    }

    impl ::std::str::FromStr for Kind {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "small" => Ok(Self::Small),
                "large" => Ok(Self::Large),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for Kind {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for Kind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    /// `Part`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct Part {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }

    impl Part {
        pub fn builder() -> builder::Part {
            Default::default()
        }
    }

    /// `Problem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct Problem {
        #[serde(
            rename = "Message",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub message: ::std::option::Option<::std::string::String>,
    }

    impl Problem {
        pub fn builder() -> builder::Problem {
            Default::default()
        }
    }

    /// `Thing`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Thing {
        pub status: crate::params_and_enums_server::open_enums::Status,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub labels: ::std::vec::Vec<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub parts: ::std::vec::Vec<Part>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub note: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub count: ::std::option::Option<i64>,
    }

    impl Thing {
        pub fn builder() -> builder::Thing {
            Default::default()
        }
    }

    /// `ThingInput`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ThingInput {
        #[serde(
            rename = "Size",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub size: ::std::option::Option<i64>,
        #[serde(
            rename = "Note",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub note: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "Kind",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub kind: ::std::option::Option<Kind>,
    }

    impl ThingInput {
        pub fn builder() -> builder::ThingInput {
            Default::default()
        }
    }

    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct Part {
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for Part {
            fn default() -> Self {
                Self {
                    name: Ok(Default::default()),
                }
            }
        }

        impl Part {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Part> for super::Part {
            type Error = super::error::ConversionError;
            fn try_from(value: Part) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { name: value.name? })
            }
        }

        impl ::std::convert::From<super::Part> for Part {
            fn from(value: super::Part) -> Self {
                Self {
                    name: Ok(value.name),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Problem {
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for Problem {
            fn default() -> Self {
                Self {
                    message: Ok(Default::default()),
                }
            }
        }

        impl Problem {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for message: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Problem> for super::Problem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Problem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                })
            }
        }

        impl ::std::convert::From<super::Problem> for Problem {
            fn from(value: super::Problem) -> Self {
                Self {
                    message: Ok(value.message),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Thing {
            status: ::std::result::Result<
                crate::params_and_enums_server::open_enums::Status,
                ::std::string::String,
            >,
            labels: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            parts: ::std::result::Result<::std::vec::Vec<super::Part>, ::std::string::String>,
            note: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            count: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        }

        impl ::std::default::Default for Thing {
            fn default() -> Self {
                Self {
                    count: Ok(Default::default()),
                    labels: Ok(Default::default()),
                    note: Ok(Default::default()),
                    parts: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }

        impl Thing {
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for count: {e}"));
                self
            }
            pub fn labels<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.labels = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for labels: {e}"));
                self
            }
            pub fn note<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.note = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for note: {e}"));
                self
            }
            pub fn parts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Part>>,
                T::Error: ::std::fmt::Display,
            {
                self.parts = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for parts: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::params_and_enums_server::open_enums::Status>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Thing> for super::Thing {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Thing,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    labels: value.labels?,
                    note: value.note?,
                    parts: value.parts?,
                    status: value.status?,
                })
            }
        }

        impl ::std::convert::From<super::Thing> for Thing {
            fn from(value: super::Thing) -> Self {
                Self {
                    count: Ok(value.count),
                    labels: Ok(value.labels),
                    note: Ok(value.note),
                    parts: Ok(value.parts),
                    status: Ok(value.status),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ThingInput {
            kind: ::std::result::Result<::std::option::Option<super::Kind>, ::std::string::String>,
            note: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            size: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        }

        impl ::std::default::Default for ThingInput {
            fn default() -> Self {
                Self {
                    kind: Ok(Default::default()),
                    note: Ok(Default::default()),
                    size: Ok(Default::default()),
                }
            }
        }

        impl ThingInput {
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Kind>>,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for kind: {e}"));
                self
            }
            pub fn note<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.note = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for note: {e}"));
                self
            }
            pub fn size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.size = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for size: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<ThingInput> for super::ThingInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ThingInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    kind: value.kind?,
                    note: value.note?,
                    size: value.size?,
                })
            }
        }

        impl ::std::convert::From<super::ThingInput> for ThingInput {
            fn from(value: super::ThingInput) -> Self {
                Self {
                    kind: Ok(value.kind),
                    note: Ok(value.note),
                    size: Ok(value.size),
                }
            }
        }
    }

    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }

        impl ::std::fmt::Debug for ConversionError {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }

        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }

        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}

/// Path and query parameters of `makeThing`.
#[derive(Debug, Clone, PartialEq)]
pub struct MakeThingParams {
    /// `kind` (path)
    pub kind: types::Kind,
    /// `$filter` (query)
    pub filter: ::std::option::Option<::std::string::String>,
    /// `count` (query)
    pub count: i64,
    /// `ratio` (query)
    pub ratio: ::std::option::Option<f64>,
    /// `flag` (query)
    pub flag: ::std::option::Option<bool>,
    /// `type` (query)
    pub type_: ::std::option::Option<::std::string::String>,
    /// `Size` (query)
    pub size: ::std::option::Option<i64>,
}

/// Every response `makeThing` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum MakeThingResponse {
    /// 200: made
    Ok(types::Thing),
    /// 201: made anew
    Created(types::Thing),
    /// 204: nothing made
    NoContent,
    /// 400: bad
    BadRequest(types::Problem),
    /// 503: busy
    ServiceUnavailable(types::Problem),
}

impl ::axum::response::IntoResponse for MakeThingResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
            Self::Created(body) => ::generated_server_stubs::runtime::respond_json(201u16, &body),
            Self::NoContent => ::generated_server_stubs::runtime::respond_empty(204u16),
            Self::BadRequest(body) => {
                ::generated_server_stubs::runtime::respond_json(400u16, &body)
            }
            Self::ServiceUnavailable(body) => {
                ::generated_server_stubs::runtime::respond_json(503u16, &body)
            }
        }
    }
}

/// The operations of Parameters and enums (version 1.0.0).
///
/// Implement this trait and serve it with [`service`] (or [`router`], to compose it with other axum routes); parameters and bodies arrive parsed and checked, and every request was authenticated by the [`::generated_server_stubs::runtime::Authenticator`] given to the router.
pub trait Api: Send + Sync + 'static {
    /// Who made the request, as the authenticator reports it.
    type Caller: Send + Sync + 'static;
    /// `POST /things/{kind}`
    fn make_thing(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: MakeThingParams,
        body: types::ThingInput,
    ) -> impl ::std::future::Future<Output = MakeThingResponse> + Send;
}

/// The error body of this API, for errors found before an operation runs.
pub static ERRORS: ::generated_server_stubs::runtime::ErrorFormat =
    ::generated_server_stubs::runtime::ErrorFormat::new(::std::option::Option::None);
/// Every operation of [`Api`] as a route table; merge tables of several APIs with
/// [`Routes::merge`](::generated_server_stubs::runtime::Routes::merge) before serving them.
pub fn routes<A, Au>(api: A, auth: Au) -> ::generated_server_stubs::runtime::Routes
where
    A: Api,
    Au: ::generated_server_stubs::runtime::Authenticator<Caller = A::Caller>,
{
    let server = ::std::sync::Arc::new((api, auth));
    let mut routes = ::generated_server_stubs::runtime::Routes::new();
    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_make_thing(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::POST,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("things")],
                    &[::generated_server_stubs::runtime::PartSpec::Param("kind")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "makeThing",
            },
            handler.clone(),
        );
    }

    routes
}

/// Every operation of [`Api`] as a `tower::Service`, with nothing in front of the
/// runtime's route index: the fast path. Serve it with [`serve`](::generated_server_stubs::runtime::serve()),
/// or mount it in an axum router with `fallback_service` or `nest_service`.
pub fn service<A, Au>(api: A, auth: Au) -> ::generated_server_stubs::runtime::RouterService
where
    A: Api,
    Au: ::generated_server_stubs::runtime::Authenticator<Caller = A::Caller>,
{
    routes(api, auth).into_service()
}

/// An axum router serving every operation of [`Api`] (the route table as its fallback),
/// for merging with other axum routes and layering; [`service`] is the direct way.
pub fn router<A, Au>(api: A, auth: Au) -> ::axum::Router
where
    A: Api,
    Au: ::generated_server_stubs::runtime::Authenticator<Caller = A::Caller>,
{
    routes(api, auth).into_router()
}

const MAKE_THING_BODY: ::generated_server_stubs::runtime::BodySpec =
    ::generated_server_stubs::runtime::BodySpec {
        required: false,
        form: true,
        query_or_body: true,
        fields: &[
            ("Size", ::generated_server_stubs::runtime::Kind::Integer),
            ("Note", ::generated_server_stubs::runtime::Kind::String),
            (
                "Kind",
                ::generated_server_stubs::runtime::Kind::Enum(&["small", "large"]),
            ),
        ],
        nullable: &["Note"],
    };
/// Parse, check and dispatch `makeThing`.
fn handle_make_thing<A, Au>(
    server: ::std::sync::Arc<(A, Au)>,
    req: ::generated_server_stubs::runtime::Request,
) -> impl ::std::future::Future<
    Output = ::std::result::Result<
        ::axum::response::Response,
        ::generated_server_stubs::runtime::Rejection,
    >,
>
where
    A: Api,
    Au: ::generated_server_stubs::runtime::Authenticator<Caller = A::Caller>,
{
    async move {
        let (api, auth) = &*server;
        let caller = ::generated_server_stubs::runtime::authenticate(auth, &req).await?;
        let call = {
            let params = MakeThingParams {
                kind: req.path_param(
                    "kind",
                    &::generated_server_stubs::runtime::Kind::Enum(&["small", "large"]),
                )?,
                filter: req
                    .query_param("$filter", &::generated_server_stubs::runtime::Kind::String)?,
                count: req.required_query_param(
                    "count",
                    &::generated_server_stubs::runtime::Kind::Integer,
                )?,
                ratio: req
                    .query_param("ratio", &::generated_server_stubs::runtime::Kind::Number)?,
                flag: req.query_param("flag", &::generated_server_stubs::runtime::Kind::Boolean)?,
                type_: req.query_param("type", &::generated_server_stubs::runtime::Kind::String)?,
                size: req.query_param("Size", &::generated_server_stubs::runtime::Kind::Integer)?,
            };
            let body = req.body::<types::ThingInput>(&MAKE_THING_BODY)?;
            api.make_thing(req.into_context(caller), params, body)
        };
        let response: MakeThingResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// String enums that keep values the spec does not list (`x-open-enum: true`).
pub mod open_enums {
    /// `Status` (open enum).
    /// Unknown values are kept in `Other` so that a response stays decodable.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Status {
        /// `Active`
        Active,
        /// `PendingApproval`
        PendingApproval,
        /// `Closed`
        Closed,
        /// A value this version of the spec does not list, kept verbatim.
        Other(::std::string::String),
    }

    impl Status {
        /// Every value the spec lists, in spec order.
        pub const KNOWN: &'static [&'static str] = &["Active", "PendingApproval", "Closed"];
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Active => "Active",
                Self::PendingApproval => "PendingApproval",
                Self::Closed => "Closed",
                Self::Other(other) => other.as_str(),
            }
        }
    }

    impl ::std::fmt::Display for Status {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }

    impl ::std::str::FromStr for Status {
        type Err = ::std::convert::Infallible;
        /// Exact spelling first; then case-insensitively, since the servers we talk to
        /// compare enum names without regard to case.
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(match value {
                "Active" => Self::Active,
                "PendingApproval" => Self::PendingApproval,
                "Closed" => Self::Closed,
                other => match other.to_ascii_lowercase().as_str() {
                    "active" => Self::Active,
                    "pendingapproval" => Self::PendingApproval,
                    "closed" => Self::Closed,
                    _ => Self::Other(other.to_string()),
                },
            })
        }
    }

    impl ::std::convert::From<&str> for Status {
        fn from(value: &str) -> Self {
            match value.parse() {
                Ok(v) => v,
                Err(never) => match never {},
            }
        }
    }

    impl ::serde::Serialize for Status {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }

    impl<'de> ::serde::Deserialize<'de> for Status {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
            Ok(Self::from(value.as_str()))
        }
    }
}
