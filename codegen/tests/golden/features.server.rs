#![allow(clippy::all, clippy::pedantic, unused_imports, dead_code)]
/// Types used as operation parameters and responses (identical to the client's).
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

/// Path and query parameters of `whoami`.
#[derive(Debug, Clone, PartialEq)]
pub struct WhoamiParams {
    /// `session_id` (cookie)
    pub session_id: ::std::string::String,
    /// `theme` (cookie)
    pub theme: ::std::option::Option<types::Theme>,
    /// `visits` (cookie)
    pub visits: ::std::option::Option<i64>,
    /// `X-Trace` (header)
    pub x_trace: ::std::option::Option<::std::string::String>,
}

/// Path and query parameters of `upload`.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadParams {}
/// Path and query parameters of `createPet`.
#[derive(Debug, Clone, PartialEq)]
pub struct CreatePetParams {}
/// Path and query parameters of `createPetForm`.
#[derive(Debug, Clone, PartialEq)]
pub struct CreatePetFormParams {}
/// Path and query parameters of `getPet`.
#[derive(Debug, Clone, PartialEq)]
pub struct GetPetParams {
    /// `name` (path)
    pub name: ::std::string::String,
}

/// Path and query parameters of `putBlob`.
#[derive(Debug, Clone, PartialEq)]
pub struct PutBlobParams {}
/// Every response `whoami` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum WhoamiResponse {
    /// 200: the session as the server read it
    Ok(types::Session),
    /// 400: a bad request
    BadRequest(types::Error),
}

impl ::axum::response::IntoResponse for WhoamiResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
            Self::BadRequest(body) => {
                ::generated_server_stubs::runtime::respond_json(400u16, &body)
            }
        }
    }
}

/// Every response `upload` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum UploadResponse {
    /// 200: what the server read
    Ok(types::Receipt),
    /// 4XX: a bad request
    ///
    /// The first field is the status code to send.
    ClientError(u16, types::Error),
}

impl ::axum::response::IntoResponse for UploadResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
            Self::ClientError(status, body) => {
                ::generated_server_stubs::runtime::respond_json(status, &body)
            }
        }
    }
}

/// Every response `createPet` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum CreatePetResponse {
    /// 201: the pet as the server read it, and how it came
    Created(types::PetReceipt),
    /// 4XX: a bad request
    ///
    /// The first field is the status code to send.
    ClientError(u16, types::Error),
}

impl ::axum::response::IntoResponse for CreatePetResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => ::generated_server_stubs::runtime::respond_json(201u16, &body),
            Self::ClientError(status, body) => {
                ::generated_server_stubs::runtime::respond_json(status, &body)
            }
        }
    }
}

/// Every response `createPetForm` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum CreatePetFormResponse {
    /// 204: nothing
    NoContent,
}

impl ::axum::response::IntoResponse for CreatePetFormResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::NoContent => ::generated_server_stubs::runtime::respond_empty(204u16),
        }
    }
}

/// Every response `getPet` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetPetResponse {
    /// 200: the pet, in the JSON type the caller accepts (XML cannot be generated)
    Ok(types::Pet),
    /// 404: no such pet
    NotFound(types::Error),
}

impl ::axum::response::IntoResponse for GetPetResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
            Self::NotFound(body) => ::generated_server_stubs::runtime::respond_json(404u16, &body),
        }
    }
}

/// Every response `putBlob` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum PutBlobResponse {
    /// 200: how the bytes came
    Ok(types::BlobReceipt),
}

impl ::axum::response::IntoResponse for PutBlobResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
        }
    }
}

/// The operations of Cookie parameters, multipart bodies and the caller's choice of media type (version 1).
///
/// Implement this trait and serve it with [`service`] (or [`router`], to compose it with other axum routes); parameters and bodies arrive parsed and checked, and every request was authenticated by the [`::generated_server_stubs::runtime::Authenticator`] given to the router.
pub trait Api: Send + Sync + 'static {
    /// Who made the request, as the authenticator reports it.
    type Caller: Send + Sync + 'static;
    /// `GET /session`
    fn whoami(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: WhoamiParams,
    ) -> impl ::std::future::Future<Output = WhoamiResponse> + Send;
    /// `POST /uploads`
    fn upload(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: UploadParams,
        body: types::UploadBody,
    ) -> impl ::std::future::Future<Output = UploadResponse> + Send;
    /// `POST /pets`
    ///
    /// The body may be JSON, a form or multipart; the client has a method for each.
    fn create_pet(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: CreatePetParams,
        body: types::Pet,
    ) -> impl ::std::future::Future<Output = CreatePetResponse> + Send;
    /// `GET /pets/form`
    ///
    /// An operation whose name the form alternative of `createPet` would take.
    fn create_pet_form(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: CreatePetFormParams,
    ) -> impl ::std::future::Future<Output = CreatePetFormResponse> + Send;
    /// `GET /pets/{name}`
    fn get_pet(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: GetPetParams,
    ) -> impl ::std::future::Future<Output = GetPetResponse> + Send;
    /// `PUT /blobs`
    fn put_blob(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: PutBlobParams,
        body: ::std::vec::Vec<u8>,
    ) -> impl ::std::future::Future<Output = PutBlobResponse> + Send;
}

/// The error body of this API, for errors found before an operation runs.
pub static ERRORS: ::generated_server_stubs::runtime::ErrorFormat =
    ::generated_server_stubs::runtime::ErrorFormat::new(::std::option::Option::Some(
        "{\"error\":{\"code\":\"{code}\",\"message\":\"{message}\"}}",
    ));
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
                handle_whoami(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[&[::generated_server_stubs::runtime::PartSpec::Lit("session")]],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "whoami",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_upload(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::POST,
                template: &[&[::generated_server_stubs::runtime::PartSpec::Lit("uploads")]],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "upload",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_create_pet(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::POST,
                template: &[&[::generated_server_stubs::runtime::PartSpec::Lit("pets")]],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "createPet",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_create_pet_form(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("pets")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("form")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "createPetForm",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_get_pet(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("pets")],
                    &[::generated_server_stubs::runtime::PartSpec::Param("name")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "getPet",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_put_blob(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::PUT,
                template: &[&[::generated_server_stubs::runtime::PartSpec::Lit("blobs")]],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "putBlob",
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

const UPLOAD_BODY: ::generated_server_stubs::runtime::MultipartSpec =
    ::generated_server_stubs::runtime::MultipartSpec {
        fields: &[
            ("title", ::generated_server_stubs::runtime::Kind::String),
            ("count", ::generated_server_stubs::runtime::Kind::Integer),
            ("labels", ::generated_server_stubs::runtime::Kind::Json),
        ],
        binary: &["file", "thumbnail"],
        media_types: &[("file", "image/png, image/jpeg")],
    };
const CREATE_PET_MULTIPART: ::generated_server_stubs::runtime::MultipartSpec =
    ::generated_server_stubs::runtime::MultipartSpec {
        fields: &[
            ("name", ::generated_server_stubs::runtime::Kind::String),
            ("age", ::generated_server_stubs::runtime::Kind::Integer),
            ("tags", ::generated_server_stubs::runtime::Kind::Json),
        ],
        binary: &[],
        media_types: &[("name", "text/plain")],
    };
const CREATE_PET_BODY: ::generated_server_stubs::runtime::BodySpec =
    ::generated_server_stubs::runtime::BodySpec {
        required: true,
        form: true,
        query_or_body: false,
        fields: &[
            ("name", ::generated_server_stubs::runtime::Kind::String),
            ("age", ::generated_server_stubs::runtime::Kind::Integer),
            ("tags", ::generated_server_stubs::runtime::Kind::Json),
        ],
        nullable: &[],
    };
/// Parse, check and dispatch `whoami`.
fn handle_whoami<A, Au>(
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
            let params = WhoamiParams {
                session_id: ::generated_server_stubs::runtime::required_cookie_param(
                    &req,
                    "session_id",
                    &::generated_server_stubs::runtime::Kind::String,
                )?,
                theme: ::generated_server_stubs::runtime::cookie_param(
                    &req,
                    "theme",
                    &::generated_server_stubs::runtime::Kind::Enum(&["light", "dark"]),
                )?,
                visits: ::generated_server_stubs::runtime::cookie_param(
                    &req,
                    "visits",
                    &::generated_server_stubs::runtime::Kind::Integer,
                )?,
                x_trace: ::generated_server_stubs::runtime::header_param(
                    &req,
                    "X-Trace",
                    &::generated_server_stubs::runtime::Kind::String,
                )?,
            };
            api.whoami(req.into_context(caller), params)
        };
        let response: WhoamiResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `upload`.
fn handle_upload<A, Au>(
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
            let params = UploadParams {};
            let body = ::generated_server_stubs::runtime::multipart_body::<types::UploadBody>(
                &req,
                &UPLOAD_BODY,
            )
            .await?;
            api.upload(req.into_context(caller), params, body)
        };
        let response: UploadResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `createPet`.
fn handle_create_pet<A, Au>(
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
            let params = CreatePetParams {};
            let body = if ::generated_server_stubs::runtime::multipart::is_multipart(&req) {
                ::generated_server_stubs::runtime::multipart_body::<types::Pet>(
                    &req,
                    &CREATE_PET_MULTIPART,
                )
                .await?
            } else {
                req.body::<types::Pet>(&CREATE_PET_BODY)?
            };
            api.create_pet(req.into_context(caller), params, body)
        };
        let response: CreatePetResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `createPetForm`.
fn handle_create_pet_form<A, Au>(
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
            let params = CreatePetFormParams {};
            api.create_pet_form(req.into_context(caller), params)
        };
        let response: CreatePetFormResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `getPet`.
fn handle_get_pet<A, Au>(
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
        let accepted = ::generated_server_stubs::runtime::negotiate::accept(
            &req,
            &["application/json", "application/vnd.pet+json"],
        )?;
        let call = {
            let params = GetPetParams {
                name: req.path_param("name", &::generated_server_stubs::runtime::Kind::String)?,
            };
            api.get_pet(req.into_context(caller), params)
        };
        let response: GetPetResponse = call.await;
        Ok(::generated_server_stubs::runtime::negotiate::label(
            ::axum::response::IntoResponse::into_response(response),
            accepted,
        ))
    }
}

/// Parse, check and dispatch `putBlob`.
fn handle_put_blob<A, Au>(
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
            let params = PutBlobParams {};
            let body = ::generated_server_stubs::runtime::bytes_body(&req)?;
            api.put_blob(req.into_context(caller), params, body)
        };
        let response: PutBlobResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}
