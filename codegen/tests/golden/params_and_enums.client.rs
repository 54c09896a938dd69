#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{ClientHooks, OperationInfo, RequestBuilderExt, encode_path};
/// Types used as operation parameters and responses.
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
        pub status: crate::params_and_enums_client::open_enums::Status,
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
                crate::params_and_enums_client::open_enums::Status,
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
                T: ::std::convert::TryInto<crate::params_and_enums_client::open_enums::Status>,
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

#[derive(Clone, Debug)]
/// Client for Parameters and enums
///
/// Version: 1.0.0
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
        "1.0.0"
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
    /// Sends a `POST` request to `/things/{kind}`
    ///
    /// ```text
    /// let response = client.make_thing()
    ///     .kind(kind)
    ///     .filter(filter)
    ///     .size(size)
    ///     .count(count)
    ///     .flag(flag)
    ///     .ratio(ratio)
    ///     .type_(type_)
    ///     .send()
    ///     .await;
    /// ```
    pub fn make_thing(&self) -> builder::MakeThing<'_> {
        builder::MakeThing::new(self)
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
    /// Builder for [`Client::make_thing`]
    ///
    /// [`Client::make_thing`]: super::Client::make_thing
    #[derive(Debug, Clone)]
    pub struct MakeThing<'a> {
        client: &'a super::Client,
        kind: Result<types::Kind, String>,
        filter: Result<Option<::std::string::String>, String>,
        size: Result<Option<i64>, String>,
        count: Result<i64, String>,
        flag: Result<Option<bool>, String>,
        ratio: Result<Option<f64>, String>,
        type_: Result<Option<::std::string::String>, String>,
    }

    impl<'a> MakeThing<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                kind: Err("kind was not initialized".to_string()),
                filter: Ok(None),
                size: Ok(None),
                count: Err("count was not initialized".to_string()),
                flag: Ok(None),
                ratio: Ok(None),
                type_: Ok(None),
            }
        }

        pub fn kind<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Kind>,
        {
            self.kind = value
                .try_into()
                .map_err(|_| "conversion to `Kind` for kind failed".to_string());
            self
        }

        pub fn filter<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.filter = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for filter failed".to_string()
            });
            self
        }

        pub fn size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.size = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for size failed".to_string());
            self
        }

        pub fn count<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.count = value
                .try_into()
                .map_err(|_| "conversion to `i64` for count failed".to_string());
            self
        }

        pub fn flag<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.flag = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for flag failed".to_string());
            self
        }

        pub fn ratio<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<f64>,
        {
            self.ratio = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `f64` for ratio failed".to_string());
            self
        }

        pub fn type_<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.type_ = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for type_ failed".to_string()
            });
            self
        }

        /// Sends a `POST` request to `/things/{kind}`
        pub async fn send(self) -> Result<ResponseValue<types::Thing>, Error<types::Problem>> {
            let Self {
                client,
                kind,
                filter,
                size,
                count,
                flag,
                ratio,
                type_,
            } = self;
            let kind = kind.map_err(Error::InvalidRequest)?;
            let filter = filter.map_err(Error::InvalidRequest)?;
            let size = size.map_err(Error::InvalidRequest)?;
            let count = count.map_err(Error::InvalidRequest)?;
            let flag = flag.map_err(Error::InvalidRequest)?;
            let ratio = ratio.map_err(Error::InvalidRequest)?;
            let type_ = type_.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/things/{}",
                client.baseurl,
                encode_path(&kind.to_string()),
            );
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
                .query(&progenitor_client::QueryParam::new("$filter", &filter))
                .query(&progenitor_client::QueryParam::new("Size", &size))
                .query(&progenitor_client::QueryParam::new("count", &count))
                .query(&progenitor_client::QueryParam::new("flag", &flag))
                .query(&progenitor_client::QueryParam::new("ratio", &ratio))
                .query(&progenitor_client::QueryParam::new("type", &type_))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "make_thing",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                201u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}

/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
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
