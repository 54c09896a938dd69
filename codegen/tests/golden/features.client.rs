#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{ClientHooks, OperationInfo, RequestBuilderExt, encode_path};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    /// `BlobReceipt`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct BlobReceipt {
        pub content_type: ::std::string::String,
        pub bytes: ::std::vec::Vec<i64>,
    }

    impl BlobReceipt {
        pub fn builder() -> builder::BlobReceipt {
            Default::default()
        }
    }

    /// `Error`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Error {
        pub error: ErrorError,
    }

    impl Error {
        pub fn builder() -> builder::Error {
            Default::default()
        }
    }

    /// `ErrorError`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ErrorError {
        pub code: ::std::string::String,
        pub message: ::std::string::String,
    }

    impl ErrorError {
        pub fn builder() -> builder::ErrorError {
            Default::default()
        }
    }

    /// `Pet`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Pet {
        pub name: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub age: ::std::option::Option<i64>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<::std::string::String>,
    }

    impl Pet {
        pub fn builder() -> builder::Pet {
            Default::default()
        }
    }

    /// `PetReceipt`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PetReceipt {
        pub content_type: ::std::string::String,
        pub pet: Pet,
    }

    impl PetReceipt {
        pub fn builder() -> builder::PetReceipt {
            Default::default()
        }
    }

    /// `Receipt`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Receipt {
        pub content_type: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub count: ::std::option::Option<i64>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub labels: ::std::vec::Vec<::std::string::String>,
        pub file: ::std::vec::Vec<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub thumbnail_len: ::std::option::Option<i64>,
    }

    impl Receipt {
        pub fn builder() -> builder::Receipt {
            Default::default()
        }
    }

    /// `Session`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Session {
        pub session_id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub theme: ::std::option::Option<Theme>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub visits: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trace: ::std::option::Option<::std::string::String>,
        /// every `Cookie` header field the server received, in order
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub cookie_headers: ::std::vec::Vec<::std::string::String>,
    }

    impl Session {
        pub fn builder() -> builder::Session {
            Default::default()
        }
    }

    /// `Theme`
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
    pub enum Theme {
        #[serde(rename = "light")]
        Light,
        #[serde(rename = "dark")]
        Dark,
    }

    impl ::std::fmt::Display for Theme {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Light => f.write_str("light"),
                Self::Dark => f.write_str("dark"),
            }
        }
    }

    impl ::std::str::FromStr for Theme {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "light" => Ok(Self::Light),
                "dark" => Ok(Self::Dark),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for Theme {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for Theme {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    /// `UploadBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UploadBody {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub count: ::std::option::Option<i64>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub labels: ::std::vec::Vec<::std::string::String>,
        pub file: ::std::vec::Vec<u8>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub thumbnail: ::std::option::Option<::std::vec::Vec<u8>>,
    }

    impl UploadBody {
        pub fn builder() -> builder::UploadBody {
            Default::default()
        }
    }

    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct BlobReceipt {
            content_type: ::std::result::Result<::std::string::String, ::std::string::String>,
            bytes: ::std::result::Result<::std::vec::Vec<i64>, ::std::string::String>,
        }

        impl ::std::default::Default for BlobReceipt {
            fn default() -> Self {
                Self {
                    bytes: Err("no value supplied for bytes".to_string()),
                    content_type: Err("no value supplied for content_type".to_string()),
                }
            }
        }

        impl BlobReceipt {
            pub fn bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.bytes = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for bytes: {e}"));
                self
            }
            pub fn content_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.content_type = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for content_type: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<BlobReceipt> for super::BlobReceipt {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BlobReceipt,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bytes: value.bytes?,
                    content_type: value.content_type?,
                })
            }
        }

        impl ::std::convert::From<super::BlobReceipt> for BlobReceipt {
            fn from(value: super::BlobReceipt) -> Self {
                Self {
                    bytes: Ok(value.bytes),
                    content_type: Ok(value.content_type),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Error {
            error: ::std::result::Result<super::ErrorError, ::std::string::String>,
        }

        impl ::std::default::Default for Error {
            fn default() -> Self {
                Self {
                    error: Err("no value supplied for error".to_string()),
                }
            }
        }

        impl Error {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ErrorError>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for error: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Error> for super::Error {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Error,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                })
            }
        }

        impl ::std::convert::From<super::Error> for Error {
            fn from(value: super::Error) -> Self {
                Self {
                    error: Ok(value.error),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ErrorError {
            code: ::std::result::Result<::std::string::String, ::std::string::String>,
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for ErrorError {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    message: Err("no value supplied for message".to_string()),
                }
            }
        }

        impl ErrorError {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for code: {e}"));
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for message: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<ErrorError> for super::ErrorError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    message: value.message?,
                })
            }
        }

        impl ::std::convert::From<super::ErrorError> for ErrorError {
            fn from(value: super::ErrorError) -> Self {
                Self {
                    code: Ok(value.code),
                    message: Ok(value.message),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Pet {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            age: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for Pet {
            fn default() -> Self {
                Self {
                    age: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    tags: Ok(Default::default()),
                }
            }
        }

        impl Pet {
            pub fn age<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.age = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for age: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for tags: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Pet> for super::Pet {
            type Error = super::error::ConversionError;
            fn try_from(value: Pet) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    age: value.age?,
                    name: value.name?,
                    tags: value.tags?,
                })
            }
        }

        impl ::std::convert::From<super::Pet> for Pet {
            fn from(value: super::Pet) -> Self {
                Self {
                    age: Ok(value.age),
                    name: Ok(value.name),
                    tags: Ok(value.tags),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct PetReceipt {
            content_type: ::std::result::Result<::std::string::String, ::std::string::String>,
            pet: ::std::result::Result<super::Pet, ::std::string::String>,
        }

        impl ::std::default::Default for PetReceipt {
            fn default() -> Self {
                Self {
                    content_type: Err("no value supplied for content_type".to_string()),
                    pet: Err("no value supplied for pet".to_string()),
                }
            }
        }

        impl PetReceipt {
            pub fn content_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.content_type = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for content_type: {e}"));
                self
            }
            pub fn pet<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Pet>,
                T::Error: ::std::fmt::Display,
            {
                self.pet = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for pet: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<PetReceipt> for super::PetReceipt {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PetReceipt,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content_type: value.content_type?,
                    pet: value.pet?,
                })
            }
        }

        impl ::std::convert::From<super::PetReceipt> for PetReceipt {
            fn from(value: super::PetReceipt) -> Self {
                Self {
                    content_type: Ok(value.content_type),
                    pet: Ok(value.pet),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Receipt {
            content_type: ::std::result::Result<::std::string::String, ::std::string::String>,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            count: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            labels: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            file: ::std::result::Result<::std::vec::Vec<i64>, ::std::string::String>,
            thumbnail_len: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        }

        impl ::std::default::Default for Receipt {
            fn default() -> Self {
                Self {
                    content_type: Err("no value supplied for content_type".to_string()),
                    count: Ok(Default::default()),
                    file: Err("no value supplied for file".to_string()),
                    labels: Ok(Default::default()),
                    thumbnail_len: Ok(Default::default()),
                    title: Ok(Default::default()),
                }
            }
        }

        impl Receipt {
            pub fn content_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.content_type = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for content_type: {e}"));
                self
            }
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
            pub fn file<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.file = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for file: {e}"));
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
            pub fn thumbnail_len<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.thumbnail_len = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for thumbnail_len: {e}"));
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

        impl ::std::convert::TryFrom<Receipt> for super::Receipt {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Receipt,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content_type: value.content_type?,
                    count: value.count?,
                    file: value.file?,
                    labels: value.labels?,
                    thumbnail_len: value.thumbnail_len?,
                    title: value.title?,
                })
            }
        }

        impl ::std::convert::From<super::Receipt> for Receipt {
            fn from(value: super::Receipt) -> Self {
                Self {
                    content_type: Ok(value.content_type),
                    count: Ok(value.count),
                    file: Ok(value.file),
                    labels: Ok(value.labels),
                    thumbnail_len: Ok(value.thumbnail_len),
                    title: Ok(value.title),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Session {
            session_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            theme:
                ::std::result::Result<::std::option::Option<super::Theme>, ::std::string::String>,
            visits: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            trace: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cookie_headers: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for Session {
            fn default() -> Self {
                Self {
                    cookie_headers: Ok(Default::default()),
                    session_id: Err("no value supplied for session_id".to_string()),
                    theme: Ok(Default::default()),
                    trace: Ok(Default::default()),
                    visits: Ok(Default::default()),
                }
            }
        }

        impl Session {
            pub fn cookie_headers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cookie_headers = value.try_into().map_err(|e| {
                    format!("error converting supplied value for cookie_headers: {e}")
                });
                self
            }
            pub fn session_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.session_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for session_id: {e}"));
                self
            }
            pub fn theme<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Theme>>,
                T::Error: ::std::fmt::Display,
            {
                self.theme = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for theme: {e}"));
                self
            }
            pub fn trace<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.trace = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for trace: {e}"));
                self
            }
            pub fn visits<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.visits = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for visits: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Session> for super::Session {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Session,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cookie_headers: value.cookie_headers?,
                    session_id: value.session_id?,
                    theme: value.theme?,
                    trace: value.trace?,
                    visits: value.visits?,
                })
            }
        }

        impl ::std::convert::From<super::Session> for Session {
            fn from(value: super::Session) -> Self {
                Self {
                    cookie_headers: Ok(value.cookie_headers),
                    session_id: Ok(value.session_id),
                    theme: Ok(value.theme),
                    trace: Ok(value.trace),
                    visits: Ok(value.visits),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct UploadBody {
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            count: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            labels: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            file: ::std::result::Result<::std::vec::Vec<u8>, ::std::string::String>,
            thumbnail: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<u8>>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for UploadBody {
            fn default() -> Self {
                Self {
                    count: Ok(Default::default()),
                    file: Err("no value supplied for file".to_string()),
                    labels: Ok(Default::default()),
                    thumbnail: Ok(Default::default()),
                    title: Ok(Default::default()),
                }
            }
        }

        impl UploadBody {
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
            pub fn file<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<u8>>,
                T::Error: ::std::fmt::Display,
            {
                self.file = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for file: {e}"));
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
            pub fn thumbnail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::vec::Vec<u8>>>,
                T::Error: ::std::fmt::Display,
            {
                self.thumbnail = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for thumbnail: {e}"));
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

        impl ::std::convert::TryFrom<UploadBody> for super::UploadBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UploadBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    file: value.file?,
                    labels: value.labels?,
                    thumbnail: value.thumbnail?,
                    title: value.title?,
                })
            }
        }

        impl ::std::convert::From<super::UploadBody> for UploadBody {
            fn from(value: super::UploadBody) -> Self {
                Self {
                    count: Ok(value.count),
                    file: Ok(value.file),
                    labels: Ok(value.labels),
                    thumbnail: Ok(value.thumbnail),
                    title: Ok(value.title),
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
/// Client for Cookie parameters, multipart bodies and the caller's choice of media type
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
    /// Sends a `GET` request to `/session`
    ///
    /// ```text
    /// let response = client.whoami()
    ///     .session_id(session_id)
    ///     .theme(theme)
    ///     .visits(visits)
    ///     .x_trace(x_trace)
    ///     .send()
    ///     .await;
    /// ```
    pub fn whoami(&self) -> builder::Whoami<'_> {
        builder::Whoami::new(self)
    }

    /// Sends a `POST` request to `/uploads`
    ///
    /// ```text
    /// let response = client.upload()
    ///     .body(body)
    ///     .send()
    ///     .await;
    /// ```
    pub fn upload(&self) -> builder::Upload<'_> {
        builder::Upload::new(self)
    }

    /// The body may be JSON, a form or multipart; the client has a method for each.
    ///
    /// Sends a `POST` request to `/pets`
    ///
    /// ```text
    /// let response = client.create_pet()
    ///     .body(body)
    ///     .send()
    ///     .await;
    /// ```
    ///
    /// Sends the body as `application/json`; send it as `application/x-www-form-urlencoded` with [`Client::create_pet_form_body`], or `multipart/form-data` with [`Client::create_pet_multipart`] instead. Each alternative's method is named `<operation>_<media type>` (`_form`, `_multipart`, `_text`, the subtype), with `_body` added where an operation already has that name.
    pub fn create_pet(&self) -> builder::CreatePet<'_> {
        builder::CreatePet::new(self)
    }

    /// The body may be JSON, a form or multipart; the client has a method for each.
    ///
    /// Sends a `POST` request to `/pets`
    ///
    /// ```text
    /// let response = client.create_pet_form_body()
    ///     .body(body)
    ///     .send()
    ///     .await;
    /// ```
    ///
    /// Sends the body as `application/x-www-form-urlencoded`; [`Client::create_pet`] sends it as `application/json`.
    pub fn create_pet_form_body(&self) -> builder::CreatePetFormBody<'_> {
        builder::CreatePetFormBody::new(self)
    }

    /// The body may be JSON, a form or multipart; the client has a method for each.
    ///
    /// Sends a `POST` request to `/pets`
    ///
    /// ```text
    /// let response = client.create_pet_multipart()
    ///     .body(body)
    ///     .send()
    ///     .await;
    /// ```
    ///
    /// Sends the body as `multipart/form-data`; [`Client::create_pet`] sends it as `application/json`.
    pub fn create_pet_multipart(&self) -> builder::CreatePetMultipart<'_> {
        builder::CreatePetMultipart::new(self)
    }

    /// An operation whose name the form alternative of `createPet` would take.
    ///
    /// Sends a `GET` request to `/pets/form`
    ///
    /// ```text
    /// let response = client.create_pet_form()
    ///     .send()
    ///     .await;
    /// ```
    pub fn create_pet_form(&self) -> builder::CreatePetForm<'_> {
        builder::CreatePetForm::new(self)
    }

    /// Sends a `GET` request to `/pets/{name}`
    ///
    /// ```text
    /// let response = client.get_pet()
    ///     .name(name)
    ///     .send()
    ///     .await;
    /// ```
    pub fn get_pet(&self) -> builder::GetPet<'_> {
        builder::GetPet::new(self)
    }

    /// Sends a `PUT` request to `/blobs`
    ///
    /// ```text
    /// let response = client.put_blob()
    ///     .body(body)
    ///     .send()
    ///     .await;
    /// ```
    ///
    /// Sends the body as `text/plain`; send it as `application/octet-stream` with [`Client::put_blob_octet_stream`], or `image/png` with [`Client::put_blob_image_png`] instead. Each alternative's method is named `<operation>_<media type>` (`_form`, `_multipart`, `_text`, the subtype), with `_body` added where an operation already has that name.
    pub fn put_blob(&self) -> builder::PutBlob<'_> {
        builder::PutBlob::new(self)
    }

    /// Sends a `PUT` request to `/blobs`
    ///
    /// ```text
    /// let response = client.put_blob_octet_stream()
    ///     .body(body)
    ///     .send()
    ///     .await;
    /// ```
    ///
    /// Sends the body as `application/octet-stream`; [`Client::put_blob`] sends it as `text/plain`.
    pub fn put_blob_octet_stream(&self) -> builder::PutBlobOctetStream<'_> {
        builder::PutBlobOctetStream::new(self)
    }

    /// Sends a `PUT` request to `/blobs`
    ///
    /// ```text
    /// let response = client.put_blob_image_png()
    ///     .body(body)
    ///     .send()
    ///     .await;
    /// ```
    ///
    /// Sends the body as `image/png`; [`Client::put_blob`] sends it as `text/plain`.
    pub fn put_blob_image_png(&self) -> builder::PutBlobImagePng<'_> {
        builder::PutBlobImagePng::new(self)
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
    /// Builder for [`Client::whoami`]
    ///
    /// [`Client::whoami`]: super::Client::whoami
    #[derive(Debug, Clone)]
    pub struct Whoami<'a> {
        client: &'a super::Client,
        session_id: Result<::std::string::String, String>,
        theme: Result<Option<types::Theme>, String>,
        visits: Result<Option<i64>, String>,
        x_trace: Result<Option<::std::string::String>, String>,
    }

    impl<'a> Whoami<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                session_id: Err("session_id was not initialized".to_string()),
                theme: Ok(None),
                visits: Ok(None),
                x_trace: Ok(None),
            }
        }

        pub fn session_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.session_id = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for session_id failed".to_string()
            });
            self
        }

        pub fn theme<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Theme>,
        {
            self.theme = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `Theme` for theme failed".to_string());
            self
        }

        pub fn visits<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.visits = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for visits failed".to_string());
            self
        }

        pub fn x_trace<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.x_trace = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for x_trace failed".to_string()
            });
            self
        }

        /// Sends a `GET` request to `/session`
        pub async fn send(self) -> Result<ResponseValue<types::Session>, Error<types::Error>> {
            let Self {
                client,
                session_id,
                theme,
                visits,
                x_trace,
            } = self;
            let session_id = session_id.map_err(Error::InvalidRequest)?;
            let theme = theme.map_err(Error::InvalidRequest)?;
            let visits = visits.map_err(Error::InvalidRequest)?;
            let x_trace = x_trace.map_err(Error::InvalidRequest)?;
            let url = format!("{}/session", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(5usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            super::append_cookie_param(&mut header_map, "session_id", &session_id.to_string())?;
            if let Some(value) = theme {
                super::append_cookie_param(&mut header_map, "theme", &value.to_string())?;
            }
            if let Some(value) = visits {
                super::append_cookie_param(&mut header_map, "visits", &value.to_string())?;
            }
            if let Some(value) = x_trace {
                header_map.append("X-Trace", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "whoami",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /// Builder for [`Client::upload`]
    ///
    /// [`Client::upload`]: super::Client::upload
    #[derive(Debug, Clone)]
    pub struct Upload<'a> {
        client: &'a super::Client,
        body: Result<types::builder::UploadBody, String>,
    }

    impl<'a> Upload<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UploadBody>,
            <V as std::convert::TryInto<types::UploadBody>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `UploadBody` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::UploadBody) -> types::builder::UploadBody,
        {
            self.body = self.body.map(f);
            self
        }

        /// Sends a `POST` request to `/uploads`
        pub async fn send(self) -> Result<ResponseValue<types::Receipt>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::UploadBody::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/uploads", client.baseurl,);
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
                .multipart(super::multipart_form(
                    &body,
                    &["file", "thumbnail"],
                    &[("file", "image/png, image/jpeg")],
                )?)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "upload",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /// Builder for [`Client::create_pet`]
    ///
    /// [`Client::create_pet`]: super::Client::create_pet
    #[derive(Debug, Clone)]
    pub struct CreatePet<'a> {
        client: &'a super::Client,
        body: Result<types::builder::Pet, String>,
    }

    impl<'a> CreatePet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Pet>,
            <V as std::convert::TryInto<types::Pet>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `Pet` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::Pet) -> types::builder::Pet,
        {
            self.body = self.body.map(f);
            self
        }

        /// Sends a `POST` request to `/pets`
        pub async fn send(self) -> Result<ResponseValue<types::PetReceipt>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::Pet::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/pets", client.baseurl,);
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
                operation_id: "create_pet",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /// Builder for [`Client::create_pet_form`]
    ///
    /// [`Client::create_pet_form`]: super::Client::create_pet_form
    #[derive(Debug, Clone)]
    pub struct CreatePetForm<'a> {
        client: &'a super::Client,
    }

    impl<'a> CreatePetForm<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }

        /// Sends a `GET` request to `/pets/form`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/pets/form", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "create_pet_form",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /// Builder for [`Client::get_pet`]
    ///
    /// [`Client::get_pet`]: super::Client::get_pet
    #[derive(Debug, Clone)]
    pub struct GetPet<'a> {
        client: &'a super::Client,
        name: Result<::std::string::String, String>,
        accept: ::std::option::Option<::std::string::String>,
    }

    impl<'a> GetPet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                name: Err("name was not initialized".to_string()),
                accept: ::std::option::Option::None,
            }
        }

        pub fn name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.name = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for name failed".to_string()
            });
            self
        }

        /// Sends a `GET` request to `/pets/{name}`
        pub async fn send(self) -> Result<ResponseValue<types::Pet>, Error<types::Error>> {
            let Self {
                client,
                name,
                accept,
            } = self;
            let name = name.map_err(Error::InvalidRequest)?;
            let url = format!("{}/pets/{}", client.baseurl, encode_path(&name.to_string()),);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            if let ::std::option::Option::Some(value) = accept {
                header_map.append(::reqwest::header::ACCEPT, value.try_into()?);
            }
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_pet",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }

        /// The media type to ask for (`Accept`): one of `application/json`, `application/vnd.pet+json`. Without it the method asks for what it decodes. The body is decoded as this method's documented type either way.
        pub fn accept<V>(mut self, media_type: V) -> Self
        where
            V: ::std::convert::Into<::std::string::String>,
        {
            self.accept = ::std::option::Option::Some(media_type.into());
            self
        }
    }

    /// Builder for [`Client::put_blob`]
    ///
    /// [`Client::put_blob`]: super::Client::put_blob
    #[derive(Debug)]
    pub struct PutBlob<'a> {
        client: &'a super::Client,
        body: Result<reqwest::Body, String>,
    }

    impl<'a> PutBlob<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
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

        /// Sends a `PUT` request to `/blobs`
        pub async fn send(self) -> Result<ResponseValue<types::BlobReceipt>, Error<()>> {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/blobs", client.baseurl,);
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
                    ::reqwest::header::HeaderValue::from_static("text/plain"),
                )
                .body(body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "put_blob",
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

    /// Builder for [`Client::create_pet_form_body`]
    ///
    /// [`Client::create_pet_form_body`]: super::Client::create_pet_form_body
    #[derive(Debug, Clone)]
    pub struct CreatePetFormBody<'a> {
        client: &'a super::Client,
        body: Result<types::builder::Pet, String>,
    }

    impl<'a> CreatePetFormBody<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Pet>,
            <V as std::convert::TryInto<types::Pet>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `Pet` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::Pet) -> types::builder::Pet,
        {
            self.body = self.body.map(f);
            self
        }

        /// Sends a `POST` request to `/pets`
        pub async fn send(self) -> Result<ResponseValue<types::PetReceipt>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::Pet::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/pets", client.baseurl,);
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
                operation_id: "create_pet",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /// Builder for [`Client::create_pet_multipart`]
    ///
    /// [`Client::create_pet_multipart`]: super::Client::create_pet_multipart
    #[derive(Debug, Clone)]
    pub struct CreatePetMultipart<'a> {
        client: &'a super::Client,
        body: Result<types::builder::Pet, String>,
    }

    impl<'a> CreatePetMultipart<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Pet>,
            <V as std::convert::TryInto<types::Pet>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `Pet` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::Pet) -> types::builder::Pet,
        {
            self.body = self.body.map(f);
            self
        }

        /// Sends a `POST` request to `/pets`
        pub async fn send(self) -> Result<ResponseValue<types::PetReceipt>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::Pet::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/pets", client.baseurl,);
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
                .multipart(super::multipart_form(
                    &body,
                    &[],
                    &[("name", "text/plain")],
                )?)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_pet",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /// Builder for [`Client::put_blob_octet_stream`]
    ///
    /// [`Client::put_blob_octet_stream`]: super::Client::put_blob_octet_stream
    #[derive(Debug)]
    pub struct PutBlobOctetStream<'a> {
        client: &'a super::Client,
        body: Result<reqwest::Body, String>,
    }

    impl<'a> PutBlobOctetStream<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
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

        /// Sends a `PUT` request to `/blobs`
        pub async fn send(self) -> Result<ResponseValue<types::BlobReceipt>, Error<()>> {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/blobs", client.baseurl,);
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
                operation_id: "put_blob",
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

    /// Builder for [`Client::put_blob_image_png`]
    ///
    /// [`Client::put_blob_image_png`]: super::Client::put_blob_image_png
    #[derive(Debug)]
    pub struct PutBlobImagePng<'a> {
        client: &'a super::Client,
        body: Result<reqwest::Body, String>,
    }

    impl<'a> PutBlobImagePng<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
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

        /// Sends a `PUT` request to `/blobs`
        pub async fn send(self) -> Result<ResponseValue<types::BlobReceipt>, Error<()>> {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/blobs", client.baseurl,);
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
                    ::reqwest::header::HeaderValue::from_static("image/png"),
                )
                .body(body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "put_blob",
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

/// The multipart form of a typed body: one part per property that is not `None`, named
/// after it; `binary` properties as bytes (`application/octet-stream` unless
/// `media_types` gives a type), strings, numbers and booleans as text, objects and arrays
/// as `application/json`.
#[allow(clippy::result_large_err)]
fn multipart_form<T: ::serde::Serialize, E>(
    body: &T,
    binary: &[&str],
    media_types: &[(&str, &str)],
) -> ::std::result::Result<::reqwest::multipart::Form, progenitor_client::Error<E>> {
    let invalid = |message: String| progenitor_client::Error::InvalidRequest(message);
    let value = ::serde_json::to_value(body).map_err(|e| invalid(e.to_string()))?;
    let ::serde_json::Value::Object(fields) = value else {
        return Err(invalid("a multipart body must be an object".to_string()));
    };
    let mut form = ::reqwest::multipart::Form::new();
    for (name, value) in fields {
        let declared = media_types
            .iter()
            .find(|(n, _)| *n == name)
            .and_then(|(_, m)| m.split(',').next())
            .map(str::trim)
            .filter(|m| !m.contains('*'));
        let (part, default) = match value {
            ::serde_json::Value::Null => continue,
            ::serde_json::Value::Array(items) if binary.contains(&name.as_str()) => {
                let bytes = items
                    .iter()
                    .map(|i| i.as_u64().and_then(|b| u8::try_from(b).ok()))
                    .collect::<::std::option::Option<::std::vec::Vec<u8>>>()
                    .ok_or_else(|| invalid(format!("part `{name}` is not bytes")))?;
                let part = ::reqwest::multipart::Part::bytes(bytes).file_name(name.clone());
                (
                    part,
                    ::std::option::Option::Some("application/octet-stream"),
                )
            }
            ::serde_json::Value::String(text) => (
                ::reqwest::multipart::Part::text(text),
                ::std::option::Option::None,
            ),
            value @ (::serde_json::Value::Number(_) | ::serde_json::Value::Bool(_)) => (
                ::reqwest::multipart::Part::text(value.to_string()),
                ::std::option::Option::None,
            ),
            value => (
                ::reqwest::multipart::Part::text(value.to_string()),
                ::std::option::Option::Some("application/json"),
            ),
        };
        let part = match declared.or(default) {
            ::std::option::Option::Some(media_type) => part.mime_str(media_type)?,
            ::std::option::Option::None => part,
        };
        form = form.part(name, part);
    }

    Ok(form)
}

/// Adds `name=value` to the request's one `Cookie` header (RFC 6265 §5.4: pairs joined
/// by `; `), the value percent-encoded outside the cookie-octet set (and `%` itself), as
/// OpenAPI's `style: form` asks. The server percent-decodes.
fn append_cookie_param(
    headers: &mut ::reqwest::header::HeaderMap,
    name: &str,
    value: &str,
) -> ::std::result::Result<(), ::reqwest::header::InvalidHeaderValue> {
    let mut line = match headers.get(::reqwest::header::COOKIE) {
        Some(previous) => format!("{}; ", String::from_utf8_lossy(previous.as_bytes())),
        None => String::new(),
    };
    line.push_str(name);
    line.push('=');
    for byte in value.bytes() {
        if matches!(
            byte, 0x21 | 0x23..= 0x24 | 0x26..= 0x2B | 0x2D..= 0x3A | 0x3C..= 0x5B | 0x5D
            ..= 0x7E
        ) {
            line.push(char::from(byte));
        } else {
            line.push_str(&format!("%{byte:02X}"));
        }
    }

    headers.insert(
        ::reqwest::header::COOKIE,
        ::reqwest::header::HeaderValue::from_str(&line)?,
    );
    Ok(())
}
