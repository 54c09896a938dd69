//! The types of this API, shared by its client and its server.

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
