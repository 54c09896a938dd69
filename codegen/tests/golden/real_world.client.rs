#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{ClientHooks, OperationInfo, RequestBuilderExt, encode_path};
/// Types used as operation parameters and responses.
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

#[derive(Clone, Debug)]
/// Client for Shapes that public APIs publish
///
/// Version: 1
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
}

impl Client {
    /// Create a new client.
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new()
                .connect_timeout(dur)
                .timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap())
    }

    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(baseurl: &str, client: reqwest::Client) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
        }
    }
}

impl ClientInfo<()> for Client {
    fn api_version() -> &'static str {
        "1"
    }

    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }

    fn client(&self) -> &reqwest::Client {
        &self.client
    }

    fn inner(&self) -> &() {
        &()
    }
}

impl ClientHooks<()> for &Client {}
impl Client {
    /// Sends a `GET` request to `/files/{file_id}`
    ///
    /// ```text
    /// let response = client.get_file()
    ///     .file_id(file_id)
    ///     .dir(dir)
    ///     .order(order)
    ///     .tags(tags)
    ///     .if_match(if_match)
    ///     .x_request_id(x_request_id)
    ///     .send()
    ///     .await;
    /// ```
    pub fn get_file(&self) -> builder::GetFile<'_> {
        builder::GetFile::new(self)
    }

    /// Sends a `PUT` request to `/files/{file_id}`
    ///
    /// ```text
    /// let response = client.put_file()
    ///     .file_id(file_id)
    ///     .body(body)
    ///     .send()
    ///     .await;
    /// ```
    pub fn put_file(&self) -> builder::PutFile<'_> {
        builder::PutFile::new(self)
    }

    /// Sends a `POST` request to `/tokens`
    ///
    /// ```text
    /// let response = client.create_token()
    ///     .body(body)
    ///     .send()
    ///     .await;
    /// ```
    pub fn create_token(&self) -> builder::CreateToken<'_> {
        builder::CreateToken::new(self)
    }

    /// Sends a `GET` request to `/ping`
    ///
    /// ```text
    /// let response = client.ping()
    ///     .filter_since(filter_since)
    ///     .filter_status(filter_status)
    ///     .send()
    ///     .await;
    /// ```
    pub fn ping(&self) -> builder::Ping<'_> {
        builder::Ping::new(self)
    }

    /// Sends a `POST` request to `/notes`
    ///
    /// ```text
    /// let response = client.add_note()
    ///     .body(body)
    ///     .send()
    ///     .await;
    /// ```
    pub fn add_note(&self) -> builder::AddNote<'_> {
        builder::AddNote::new(self)
    }
}

/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        ByteStream, ClientHooks, ClientInfo, Error, OperationInfo, RequestBuilderExt,
        ResponseValue, encode_path,
    };
    /// Builder for [`Client::get_file`]
    ///
    /// [`Client::get_file`]: super::Client::get_file
    #[derive(Debug, Clone)]
    pub struct GetFile<'a> {
        client: &'a super::Client,
        file_id: Result<::std::string::String, String>,
        dir: Result<Option<types::GetFileDir>, String>,
        order: Result<Option<types::GetFileOrder>, String>,
        tags: Result<Option<::std::vec::Vec<types::GetFileTagsItem>>, String>,
        if_match: Result<i64, String>,
        x_request_id: Result<Option<::std::string::String>, String>,
    }

    impl<'a> GetFile<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                file_id: Err("file_id was not initialized".to_string()),
                dir: Ok(None),
                order: Ok(None),
                tags: Ok(None),
                if_match: Err("if_match was not initialized".to_string()),
                x_request_id: Ok(None),
            }
        }

        pub fn file_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.file_id = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for file_id failed".to_string()
            });
            self
        }

        pub fn dir<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetFileDir>,
        {
            self.dir = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `GetFileDir` for dir failed".to_string());
            self
        }

        pub fn order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetFileOrder>,
        {
            self.order = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `GetFileOrder` for order failed".to_string());
            self
        }

        pub fn tags<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<types::GetFileTagsItem>>,
        {
            self.tags = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: vec :: Vec < GetFileTagsItem >` for tags failed"
                    .to_string()
            });
            self
        }

        pub fn if_match<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.if_match = value
                .try_into()
                .map_err(|_| "conversion to `i64` for if_match failed".to_string());
            self
        }

        pub fn x_request_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.x_request_id = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for x_request_id failed".to_string()
            });
            self
        }

        /// Sends a `GET` request to `/files/{file_id}`
        pub async fn send(self) -> Result<ResponseValue<ByteStream>, Error<types::ProblemDetails>> {
            let Self {
                client,
                file_id,
                dir,
                order,
                tags,
                if_match,
                x_request_id,
            } = self;
            let file_id = file_id.map_err(Error::InvalidRequest)?;
            let dir = dir.map_err(Error::InvalidRequest)?;
            let order = order.map_err(Error::InvalidRequest)?;
            let tags = tags.map_err(Error::InvalidRequest)?;
            let if_match = if_match.map_err(Error::InvalidRequest)?;
            let x_request_id = x_request_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/files/{}",
                client.baseurl,
                encode_path(&file_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            header_map.append("If-Match", if_match.to_string().try_into()?);
            if let Some(value) = x_request_id {
                header_map.append("X-Request-Id", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .query(&progenitor_client::QueryParam::new("dir", &dir))
                .query(&progenitor_client::QueryParam::new("order", &order))
                .query(&progenitor_client::QueryParam::new("tags", &tags))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_file",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::stream(response)),
                400u16..=499u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                500u16..=599u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /// Builder for [`Client::put_file`]
    ///
    /// [`Client::put_file`]: super::Client::put_file
    #[derive(Debug)]
    pub struct PutFile<'a> {
        client: &'a super::Client,
        file_id: Result<::std::string::String, String>,
        body: Result<reqwest::Body, String>,
    }

    impl<'a> PutFile<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                file_id: Err("file_id was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }

        pub fn file_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.file_id = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for file_id failed".to_string()
            });
            self
        }

        pub fn body<B>(mut self, value: B) -> Self
        where
            B: std::convert::TryInto<reqwest::Body>,
        {
            self.body = value
                .try_into()
                .map_err(|_| "conversion to `reqwest::Body` for body failed".to_string());
            self
        }

        /// Sends a `PUT` request to `/files/{file_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PutFileResponse>, Error<ByteStream>> {
            let Self {
                client,
                file_id,
                body,
            } = self;
            let file_id = file_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/files/{}",
                client.baseurl,
                encode_path(&file_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .header(
                    ::reqwest::header::CONTENT_TYPE,
                    ::reqwest::header::HeaderValue::from_static("application/octet-stream"),
                )
                .body(body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "put_file",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                409u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /// Builder for [`Client::create_token`]
    ///
    /// [`Client::create_token`]: super::Client::create_token
    #[derive(Debug, Clone)]
    pub struct CreateToken<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateTokenBody, String>,
    }

    impl<'a> CreateToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateTokenBody>,
            <V as std::convert::TryInto<types::CreateTokenBody>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `CreateTokenBody` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::CreateTokenBody) -> types::builder::CreateTokenBody,
        {
            self.body = self.body.map(f);
            self
        }

        /// Sends a `POST` request to `/tokens`
        pub async fn send(self) -> Result<ResponseValue<types::Token>, Error<types::Token>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::CreateTokenBody::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/tokens", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .form_urlencoded(&body)?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_token",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
            }
        }
    }

    /// Builder for [`Client::ping`]
    ///
    /// [`Client::ping`]: super::Client::ping
    #[derive(Debug, Clone)]
    pub struct Ping<'a> {
        client: &'a super::Client,
        filter_since: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        filter_status: Result<types::PingFilterStatus, String>,
    }

    impl<'a> Ping<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter_since: Ok(None),
                filter_status: Err("filter_status was not initialized".to_string()),
            }
        }

        pub fn filter_since<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.filter_since = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for filter_since failed"
                        .to_string()
                });
            self
        }

        pub fn filter_status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PingFilterStatus>,
        {
            self.filter_status = value.try_into().map_err(|_| {
                "conversion to `PingFilterStatus` for filter_status failed".to_string()
            });
            self
        }

        /// Sends a `GET` request to `/ping`
        pub async fn send(self) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let Self {
                client,
                filter_since,
                filter_status,
            } = self;
            let filter_since = filter_since.map_err(Error::InvalidRequest)?;
            let filter_status = filter_status.map_err(Error::InvalidRequest)?;
            let url = format!("{}/ping", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .query(&progenitor_client::QueryParam::new(
                    "filter[since]",
                    &filter_since,
                ))
                .query(&progenitor_client::QueryParam::new(
                    "filter[status]",
                    &filter_status,
                ))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "ping",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /// Builder for [`Client::add_note`]
    ///
    /// [`Client::add_note`]: super::Client::add_note
    #[derive(Debug, Clone)]
    pub struct AddNote<'a> {
        client: &'a super::Client,
        body: Result<types::builder::AddNoteBody, String>,
    }

    impl<'a> AddNote<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AddNoteBody>,
            <V as std::convert::TryInto<types::AddNoteBody>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `AddNoteBody` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::AddNoteBody) -> types::builder::AddNoteBody,
        {
            self.body = self.body.map(f);
            self
        }

        /// Sends a `POST` request to `/notes`
        pub async fn send(self) -> Result<ResponseValue<::serde_json::Value>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::AddNoteBody::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/notes", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "add_note",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}

/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
