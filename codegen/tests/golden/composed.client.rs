#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{ClientHooks, OperationInfo, RequestBuilderExt, encode_path};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    /// `Circle`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Circle {
        pub radius: f64,
    }

    impl Circle {
        pub fn builder() -> builder::Circle {
            Default::default()
        }
    }

    /// `Labeled`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct Labeled {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub label: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }

    impl Labeled {
        pub fn builder() -> builder::Labeled {
            Default::default()
        }
    }

    /// `Named`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct Named {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }

    impl Named {
        pub fn builder() -> builder::Named {
            Default::default()
        }
    }

    /// `Shape`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum Shape {
        Circle(Circle),
        Square(Square),
    }

    impl ::std::convert::From<Circle> for Shape {
        fn from(value: Circle) -> Self {
            Self::Circle(value)
        }
    }

    impl ::std::convert::From<Square> for Shape {
        fn from(value: Square) -> Self {
            Self::Square(value)
        }
    }

    /// `Square`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Square {
        pub side: f64,
    }

    impl Square {
        pub fn builder() -> builder::Square {
            Default::default()
        }
    }

    /// `Tolerant`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum Tolerant {
        String(::std::string::String),
        Array(::std::vec::Vec<::std::string::String>),
    }

    impl ::std::convert::From<::std::vec::Vec<::std::string::String>> for Tolerant {
        fn from(value: ::std::vec::Vec<::std::string::String>) -> Self {
            Self::Array(value)
        }
    }

    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct Circle {
            radius: ::std::result::Result<f64, ::std::string::String>,
        }

        impl ::std::default::Default for Circle {
            fn default() -> Self {
                Self {
                    radius: Err("no value supplied for radius".to_string()),
                }
            }
        }

        impl Circle {
            pub fn radius<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.radius = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for radius: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Circle> for super::Circle {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Circle,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    radius: value.radius?,
                })
            }
        }

        impl ::std::convert::From<super::Circle> for Circle {
            fn from(value: super::Circle) -> Self {
                Self {
                    radius: Ok(value.radius),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Labeled {
            label: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for Labeled {
            fn default() -> Self {
                Self {
                    label: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }

        impl Labeled {
            pub fn label<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.label = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for label: {e}"));
                self
            }
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

        impl ::std::convert::TryFrom<Labeled> for super::Labeled {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Labeled,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    label: value.label?,
                    name: value.name?,
                })
            }
        }

        impl ::std::convert::From<super::Labeled> for Labeled {
            fn from(value: super::Labeled) -> Self {
                Self {
                    label: Ok(value.label),
                    name: Ok(value.name),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Named {
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for Named {
            fn default() -> Self {
                Self {
                    name: Ok(Default::default()),
                }
            }
        }

        impl Named {
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

        impl ::std::convert::TryFrom<Named> for super::Named {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Named,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { name: value.name? })
            }
        }

        impl ::std::convert::From<super::Named> for Named {
            fn from(value: super::Named) -> Self {
                Self {
                    name: Ok(value.name),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Square {
            side: ::std::result::Result<f64, ::std::string::String>,
        }

        impl ::std::default::Default for Square {
            fn default() -> Self {
                Self {
                    side: Err("no value supplied for side".to_string()),
                }
            }
        }

        impl Square {
            pub fn side<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.side = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for side: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Square> for super::Square {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Square,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { side: value.side? })
            }
        }

        impl ::std::convert::From<super::Square> for Square {
            fn from(value: super::Square) -> Self {
                Self {
                    side: Ok(value.side),
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
/// Client for Composed schemas
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
    /// Sends a `PUT` request to `/shapes`
    ///
    /// ```text
    /// let response = client.put_shape()
    ///     .body(body)
    ///     .send()
    ///     .await;
    /// ```
    pub fn put_shape(&self) -> builder::PutShape<'_> {
        builder::PutShape::new(self)
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
    /// Builder for [`Client::put_shape`]
    ///
    /// [`Client::put_shape`]: super::Client::put_shape
    #[derive(Debug, Clone)]
    pub struct PutShape<'a> {
        client: &'a super::Client,
        body: Result<types::Shape, String>,
    }

    impl<'a> PutShape<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Shape>,
        {
            self.body = value
                .try_into()
                .map_err(|_| "conversion to `Shape` for body failed".to_string());
            self
        }

        /// Sends a `PUT` request to `/shapes`
        pub async fn send(self) -> Result<ResponseValue<types::Labeled>, Error<()>> {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/shapes", client.baseurl,);
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
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "put_shape",
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
