#![allow(clippy::all, clippy::pedantic, unused_imports, dead_code)]
/// Types used as operation parameters and responses (identical to the client's).
#[allow(clippy::all)]
pub mod types {
    /// `AddNoteBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct AddNoteBody {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub text: ::std::option::Option<::std::string::String>,
    }

    impl AddNoteBody {
        pub fn builder() -> builder::AddNoteBody {
            Default::default()
        }
    }

    /// `CreateTokenBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CreateTokenBody {
        pub grant_type: CreateTokenBodyGrantType,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scope: ::std::option::Option<::std::string::String>,
    }

    impl CreateTokenBody {
        pub fn builder() -> builder::CreateTokenBody {
            Default::default()
        }
    }

    /// `CreateTokenBodyGrantType`
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
    pub enum CreateTokenBodyGrantType {
        #[serde(rename = "password")]
        Password,
        #[serde(rename = "client_credentials")]
        ClientCredentials,
    }

    impl ::std::fmt::Display for CreateTokenBodyGrantType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Password => f.write_str("password"),
                Self::ClientCredentials => f.write_str("client_credentials"),
            }
        }
    }

    impl ::std::str::FromStr for CreateTokenBodyGrantType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "password" => Ok(Self::Password),
                "client_credentials" => Ok(Self::ClientCredentials),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateTokenBodyGrantType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateTokenBodyGrantType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    /// `GetFileDir`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd,
    )]
    #[serde(transparent)]
    pub struct GetFileDir(pub ::std::string::String);
    impl ::std::ops::Deref for GetFileDir {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<GetFileDir> for ::std::string::String {
        fn from(value: GetFileDir) -> Self {
            value.0
        }
    }

    impl ::std::convert::From<::std::string::String> for GetFileDir {
        fn from(value: ::std::string::String) -> Self {
            Self(value)
        }
    }

    impl ::std::fmt::Display for GetFileDir {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }

    impl ::std::str::FromStr for GetFileDir {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.to_string()))
        }
    }

    /// `GetFileOrder`
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
    pub enum GetFileOrder {
        #[serde(rename = "createdAt")]
        CreatedAt,
        #[serde(rename = "-createdAt")]
        XcreatedAt,
    }

    impl ::std::fmt::Display for GetFileOrder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::CreatedAt => f.write_str("createdAt"),
                Self::XcreatedAt => f.write_str("-createdAt"),
            }
        }
    }

    impl ::std::str::FromStr for GetFileOrder {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "createdAt" => Ok(Self::CreatedAt),
                "-createdAt" => Ok(Self::XcreatedAt),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for GetFileOrder {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for GetFileOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    /// `GetFileTagsItem`
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
    pub enum GetFileTagsItem {
        #[serde(rename = "red")]
        Red,
        #[serde(rename = "green")]
        Green,
    }

    impl ::std::fmt::Display for GetFileTagsItem {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Red => f.write_str("red"),
                Self::Green => f.write_str("green"),
            }
        }
    }

    impl ::std::str::FromStr for GetFileTagsItem {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "red" => Ok(Self::Red),
                "green" => Ok(Self::Green),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for GetFileTagsItem {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for GetFileTagsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    /// `PingFilterStatus`
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
    pub enum PingFilterStatus {
        #[serde(rename = "open")]
        Open,
        #[serde(rename = "closed")]
        Closed,
    }

    impl ::std::fmt::Display for PingFilterStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Open => f.write_str("open"),
                Self::Closed => f.write_str("closed"),
            }
        }
    }

    impl ::std::str::FromStr for PingFilterStatus {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "open" => Ok(Self::Open),
                "closed" => Ok(Self::Closed),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for PingFilterStatus {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for PingFilterStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    /// `ProblemDetails`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ProblemDetails {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<i64>,
    }

    impl ProblemDetails {
        pub fn builder() -> builder::ProblemDetails {
            Default::default()
        }
    }

    /// `PutFileResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PutFileResponse {
        pub id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub size: ::std::option::Option<i64>,
    }

    impl PutFileResponse {
        pub fn builder() -> builder::PutFileResponse {
            Default::default()
        }
    }

    /// `Token`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct Token {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub access_token: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_in: ::std::option::Option<i64>,
    }

    impl Token {
        pub fn builder() -> builder::Token {
            Default::default()
        }
    }

    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct AddNoteBody {
            text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for AddNoteBody {
            fn default() -> Self {
                Self {
                    text: Ok(Default::default()),
                }
            }
        }

        impl AddNoteBody {
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.text = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for text: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<AddNoteBody> for super::AddNoteBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AddNoteBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { text: value.text? })
            }
        }

        impl ::std::convert::From<super::AddNoteBody> for AddNoteBody {
            fn from(value: super::AddNoteBody) -> Self {
                Self {
                    text: Ok(value.text),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct CreateTokenBody {
            grant_type:
                ::std::result::Result<super::CreateTokenBodyGrantType, ::std::string::String>,
            scope: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for CreateTokenBody {
            fn default() -> Self {
                Self {
                    grant_type: Err("no value supplied for grant_type".to_string()),
                    scope: Ok(Default::default()),
                }
            }
        }

        impl CreateTokenBody {
            pub fn grant_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateTokenBodyGrantType>,
                T::Error: ::std::fmt::Display,
            {
                self.grant_type = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for grant_type: {e}"));
                self
            }
            pub fn scope<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.scope = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for scope: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<CreateTokenBody> for super::CreateTokenBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateTokenBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    grant_type: value.grant_type?,
                    scope: value.scope?,
                })
            }
        }

        impl ::std::convert::From<super::CreateTokenBody> for CreateTokenBody {
            fn from(value: super::CreateTokenBody) -> Self {
                Self {
                    grant_type: Ok(value.grant_type),
                    scope: Ok(value.scope),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ProblemDetails {
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        }

        impl ::std::default::Default for ProblemDetails {
            fn default() -> Self {
                Self {
                    status: Ok(Default::default()),
                    title: Ok(Default::default()),
                }
            }
        }

        impl ProblemDetails {
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for title: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<ProblemDetails> for super::ProblemDetails {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProblemDetails,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    status: value.status?,
                    title: value.title?,
                })
            }
        }

        impl ::std::convert::From<super::ProblemDetails> for ProblemDetails {
            fn from(value: super::ProblemDetails) -> Self {
                Self {
                    status: Ok(value.status),
                    title: Ok(value.title),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct PutFileResponse {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            size: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        }

        impl ::std::default::Default for PutFileResponse {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    size: Ok(Default::default()),
                }
            }
        }

        impl PutFileResponse {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
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

        impl ::std::convert::TryFrom<PutFileResponse> for super::PutFileResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PutFileResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    size: value.size?,
                })
            }
        }

        impl ::std::convert::From<super::PutFileResponse> for PutFileResponse {
            fn from(value: super::PutFileResponse) -> Self {
                Self {
                    id: Ok(value.id),
                    size: Ok(value.size),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Token {
            access_token: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            expires_in: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        }

        impl ::std::default::Default for Token {
            fn default() -> Self {
                Self {
                    access_token: Ok(Default::default()),
                    expires_in: Ok(Default::default()),
                }
            }
        }

        impl Token {
            pub fn access_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.access_token = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for access_token: {e}"));
                self
            }
            pub fn expires_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_in = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for expires_in: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Token> for super::Token {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Token,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access_token: value.access_token?,
                    expires_in: value.expires_in?,
                })
            }
        }

        impl ::std::convert::From<super::Token> for Token {
            fn from(value: super::Token) -> Self {
                Self {
                    access_token: Ok(value.access_token),
                    expires_in: Ok(value.expires_in),
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

/// Path and query parameters of `get-file`.
#[derive(Debug, Clone, PartialEq)]
pub struct GetFileParams {
    /// `file_id` (path)
    pub file_id: ::std::string::String,
    /// `X-Request-Id` (header)
    pub x_request_id: ::std::option::Option<::std::string::String>,
    /// `If-Match` (header)
    pub if_match: i64,
    /// `order` (query)
    pub order: ::std::option::Option<types::GetFileOrder>,
    /// `dir` (query)
    pub dir: ::std::option::Option<types::GetFileDir>,
    /// `tags` (query)
    pub tags: ::std::option::Option<::std::vec::Vec<types::GetFileTagsItem>>,
}

/// Path and query parameters of `put-file`.
#[derive(Debug, Clone, PartialEq)]
pub struct PutFileParams {
    /// `file_id` (path)
    pub file_id: ::std::string::String,
}

/// Path and query parameters of `create_token`.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateTokenParams {}
/// Path and query parameters of `ping`.
#[derive(Debug, Clone, PartialEq)]
pub struct PingParams {
    /// `filter[status]` (query)
    pub filter_status: types::PingFilterStatus,
    /// `filter[since]` (query)
    pub filter_since: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
}

/// Path and query parameters of `addNote`.
#[derive(Debug, Clone, PartialEq)]
pub struct AddNoteParams {}
/// Every response `get-file` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetFileResponse {
    /// 200: the file
    Ok(::std::vec::Vec<u8>),
    /// 4XX: a problem
    ///
    /// The first field is the status code to send.
    ClientError(u16, types::ProblemDetails),
    /// default: anything else
    ///
    /// The first field is the status code to send.
    Default(u16, types::ProblemDetails),
}

impl ::axum::response::IntoResponse for GetFileResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_bytes(
                200u16,
                "application/octet-stream",
                body,
            ),
            Self::ClientError(status, body) => ::generated_server_stubs::runtime::respond_json_as(
                status,
                "application/problem+json",
                &body,
            ),
            Self::Default(status, body) => ::generated_server_stubs::runtime::respond_json_as(
                status,
                "application/problem+json",
                &body,
            ),
        }
    }
}

/// Every response `put-file` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum PutFileResponse {
    /// 201: stored
    Created(types::PutFileResponse),
    /// 202: queued
    Accepted,
    /// 409: conflict
    Conflict(::std::vec::Vec<u8>),
    /// 5XX: a problem
    ///
    /// The first field is the status code to send.
    ServerError(u16, types::ProblemDetails),
}

impl ::axum::response::IntoResponse for PutFileResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => ::generated_server_stubs::runtime::respond_json(201u16, &body),
            Self::Accepted => ::generated_server_stubs::runtime::respond_empty(202u16),
            Self::Conflict(body) => {
                ::generated_server_stubs::runtime::respond_bytes(409u16, "text/plain", body)
            }
            Self::ServerError(status, body) => ::generated_server_stubs::runtime::respond_json_as(
                status,
                "application/problem+json",
                &body,
            ),
        }
    }
}

/// Every response `create_token` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateTokenResponse {
    /// default: the token or an error
    ///
    /// The first field is the status code to send.
    Default(u16, types::Token),
}

impl ::axum::response::IntoResponse for CreateTokenResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Default(status, body) => {
                ::generated_server_stubs::runtime::respond_json(status, &body)
            }
        }
    }
}

/// Every response `ping` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum PingResponse {
    /// default: no response is documented
    ///
    /// The first field is the status code to send.
    Default(u16),
}

impl ::axum::response::IntoResponse for PingResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Default(status) => ::generated_server_stubs::runtime::respond_empty(status),
        }
    }
}

/// Every response `addNote` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum AddNoteResponse {
    /// 200: ok
    Ok(::serde_json::Value),
}

impl ::axum::response::IntoResponse for AddNoteResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
        }
    }
}

/// The operations of Shapes that public APIs publish (version 1).
///
/// Implement this trait and serve it with [`service`] (or [`router`], to compose it with other axum routes); parameters and bodies arrive parsed and checked, and every request was authenticated by the [`::generated_server_stubs::runtime::Authenticator`] given to the router.
pub trait Api: Send + Sync + 'static {
    /// Who made the request, as the authenticator reports it.
    type Caller: Send + Sync + 'static;
    /// `GET /files/{file_id}`
    fn get_file(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: GetFileParams,
    ) -> impl ::std::future::Future<Output = GetFileResponse> + Send;
    /// `PUT /files/{file_id}`
    fn put_file(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: PutFileParams,
        body: ::std::vec::Vec<u8>,
    ) -> impl ::std::future::Future<Output = PutFileResponse> + Send;
    /// `POST /tokens`
    fn create_token(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: CreateTokenParams,
        body: ::std::option::Option<types::CreateTokenBody>,
    ) -> impl ::std::future::Future<Output = CreateTokenResponse> + Send;
    /// `GET /ping`
    fn ping(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: PingParams,
    ) -> impl ::std::future::Future<Output = PingResponse> + Send;
    /// `POST /notes`
    fn add_note(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: AddNoteParams,
        body: ::std::option::Option<types::AddNoteBody>,
    ) -> impl ::std::future::Future<Output = AddNoteResponse> + Send;
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
                handle_get_file(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("files")],
                    &[::generated_server_stubs::runtime::PartSpec::Param(
                        "file_id",
                    )],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "get-file",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_put_file(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::PUT,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("files")],
                    &[::generated_server_stubs::runtime::PartSpec::Param(
                        "file_id",
                    )],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "put-file",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_create_token(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::POST,
                template: &[&[::generated_server_stubs::runtime::PartSpec::Lit("tokens")]],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "create_token",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_ping(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[&[::generated_server_stubs::runtime::PartSpec::Lit("ping")]],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "ping",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_add_note(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::POST,
                template: &[&[::generated_server_stubs::runtime::PartSpec::Lit("notes")]],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "addNote",
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

const CREATE_TOKEN_BODY: ::generated_server_stubs::runtime::BodySpec =
    ::generated_server_stubs::runtime::BodySpec {
        required: false,
        form: true,
        query_or_body: false,
        fields: &[
            (
                "grant_type",
                ::generated_server_stubs::runtime::Kind::Enum(&["password", "client_credentials"]),
            ),
            ("scope", ::generated_server_stubs::runtime::Kind::String),
        ],
        nullable: &[],
    };
const ADD_NOTE_BODY: ::generated_server_stubs::runtime::BodySpec =
    ::generated_server_stubs::runtime::BodySpec {
        required: false,
        form: false,
        query_or_body: false,
        fields: &[("text", ::generated_server_stubs::runtime::Kind::String)],
        nullable: &[],
    };
/// Parse, check and dispatch `get-file`.
fn handle_get_file<A, Au>(
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
            let params = GetFileParams {
                file_id: req
                    .path_param("file_id", &::generated_server_stubs::runtime::Kind::String)?,
                x_request_id: ::generated_server_stubs::runtime::header_param(
                    &req,
                    "X-Request-Id",
                    &::generated_server_stubs::runtime::Kind::String,
                )?,
                if_match: ::generated_server_stubs::runtime::required_header_param(
                    &req,
                    "If-Match",
                    &::generated_server_stubs::runtime::Kind::Integer,
                )?,
                order: req.query_param(
                    "order",
                    &::generated_server_stubs::runtime::Kind::Enum(&["createdAt", "-createdAt"]),
                )?,
                dir: req.query_param("dir", &::generated_server_stubs::runtime::Kind::String)?,
                tags: ::generated_server_stubs::runtime::query_array_param(
                    &req,
                    "tags",
                    &::generated_server_stubs::runtime::Kind::Enum(&["red", "green"]),
                )?,
            };
            api.get_file(req.into_context(caller), params)
        };
        let response: GetFileResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `put-file`.
fn handle_put_file<A, Au>(
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
        let accepted =
            ::generated_server_stubs::runtime::negotiate::accept(&req, &["application/json"])?;
        let call = {
            let params = PutFileParams {
                file_id: req
                    .path_param("file_id", &::generated_server_stubs::runtime::Kind::String)?,
            };
            let body = ::generated_server_stubs::runtime::bytes_body(&req)?;
            api.put_file(req.into_context(caller), params, body)
        };
        let response: PutFileResponse = call.await;
        Ok(::generated_server_stubs::runtime::negotiate::label(
            ::axum::response::IntoResponse::into_response(response),
            accepted,
        ))
    }
}

/// Parse, check and dispatch `create_token`.
fn handle_create_token<A, Au>(
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
            let params = CreateTokenParams {};
            let body = req.optional_body::<types::CreateTokenBody>(&CREATE_TOKEN_BODY)?;
            api.create_token(req.into_context(caller), params, body)
        };
        let response: CreateTokenResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `ping`.
fn handle_ping<A, Au>(
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
            let params = PingParams {
                filter_status: req.required_query_param(
                    "filter[status]",
                    &::generated_server_stubs::runtime::Kind::Enum(&["open", "closed"]),
                )?,
                filter_since: req.query_param(
                    "filter[since]",
                    &::generated_server_stubs::runtime::Kind::Formatted,
                )?,
            };
            api.ping(req.into_context(caller), params)
        };
        let response: PingResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `addNote`.
fn handle_add_note<A, Au>(
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
            let params = AddNoteParams {};
            let body = req.optional_body::<types::AddNoteBody>(&ADD_NOTE_BODY)?;
            api.add_note(req.into_context(caller), params, body)
        };
        let response: AddNoteResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}
