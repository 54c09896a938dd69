#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{ClientHooks, OperationInfo, RequestBuilderExt, encode_path};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    /// subscription information
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PostStreamsResponse {
        /// this unique identifier allows management of the subscription
        #[serde(rename = "subscriptionId")]
        pub subscription_id: ::std::string::String,
    }

    impl PostStreamsResponse {
        pub fn builder() -> builder::PostStreamsResponse {
            Default::default()
        }
    }

    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct PostStreamsResponse {
            subscription_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for PostStreamsResponse {
            fn default() -> Self {
                Self {
                    subscription_id: Err("no value supplied for subscription_id".to_string()),
                }
            }
        }

        impl PostStreamsResponse {
            pub fn subscription_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.subscription_id = value.try_into().map_err(|e| {
                    format!("error converting supplied value for subscription_id: {e}")
                });
                self
            }
        }

        impl ::std::convert::TryFrom<PostStreamsResponse> for super::PostStreamsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PostStreamsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    subscription_id: value.subscription_id?,
                })
            }
        }

        impl ::std::convert::From<super::PostStreamsResponse> for PostStreamsResponse {
            fn from(value: super::PostStreamsResponse) -> Self {
                Self {
                    subscription_id: Ok(value.subscription_id),
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
/// Client for Callback Example
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
    /// subscribes a client to receive out-of-band data
    ///
    /// Sends a `POST` request to `/streams`
    ///
    /// Arguments:
    /// - `callback_url`: the location where data will be sent.  Must be network accessible
    ///   by the source server
    ///
    /// ```text
    /// let response = client.post_streams()
    ///     .callback_url(callback_url)
    ///     .send()
    ///     .await;
    /// ```
    pub fn post_streams(&self) -> builder::PostStreams<'_> {
        builder::PostStreams::new(self)
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
    /// Builder for [`Client::post_streams`]
    ///
    /// [`Client::post_streams`]: super::Client::post_streams
    #[derive(Debug, Clone)]
    pub struct PostStreams<'a> {
        client: &'a super::Client,
        callback_url: Result<::std::string::String, String>,
    }

    impl<'a> PostStreams<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                callback_url: Err("callback_url was not initialized".to_string()),
            }
        }

        pub fn callback_url<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.callback_url = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for callback_url failed".to_string()
            });
            self
        }

        /// Sends a `POST` request to `/streams`
        pub async fn send(self) -> Result<ResponseValue<types::PostStreamsResponse>, Error<()>> {
            let Self {
                client,
                callback_url,
            } = self;
            let callback_url = callback_url.map_err(Error::InvalidRequest)?;
            let url = format!("{}/streams", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new(
                    "callbackUrl",
                    &callback_url,
                ))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "post_streams",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}

/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
