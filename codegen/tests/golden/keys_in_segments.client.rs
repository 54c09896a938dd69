#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{ClientHooks, OperationInfo, RequestBuilderExt, encode_path};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    /// `Item`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct Item {
        #[serde(rename = "Id", skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::uuid::Uuid>,
    }

    impl Item {
        pub fn builder() -> builder::Item {
            Default::default()
        }
    }

    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct Item {
            id: ::std::result::Result<::std::option::Option<::uuid::Uuid>, ::std::string::String>,
        }

        impl ::std::default::Default for Item {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                }
            }
        }

        impl Item {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Item> for super::Item {
            type Error = super::error::ConversionError;
            fn try_from(value: Item) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { id: value.id? })
            }
        }

        impl ::std::convert::From<super::Item> for Item {
            fn from(value: super::Item) -> Self {
                Self { id: Ok(value.id) }
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
/// Client for Keys inside segments
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
    /// Sends a `GET` request to `/svc/items(guid'{itemId}')`
    ///
    /// ```text
    /// let response = client.get_item()
    ///     .item_id(item_id)
    ///     .send()
    ///     .await;
    /// ```
    pub fn get_item(&self) -> builder::GetItem<'_> {
        builder::GetItem::new(self)
    }

    /// Sends a `POST` request to `/svc/items(guid'{itemId}')/Close`
    ///
    /// ```text
    /// let response = client.close_item()
    ///     .item_id(item_id)
    ///     .send()
    ///     .await;
    /// ```
    pub fn close_item(&self) -> builder::CloseItem<'_> {
        builder::CloseItem::new(self)
    }

    /// Sends a `GET` request to `/svc/users('{name}')`
    ///
    /// ```text
    /// let response = client.get_user()
    ///     .name(name)
    ///     .send()
    ///     .await;
    /// ```
    pub fn get_user(&self) -> builder::GetUser<'_> {
        builder::GetUser::new(self)
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
    /// Builder for [`Client::get_item`]
    ///
    /// [`Client::get_item`]: super::Client::get_item
    #[derive(Debug, Clone)]
    pub struct GetItem<'a> {
        client: &'a super::Client,
        item_id: Result<::uuid::Uuid, String>,
    }

    impl<'a> GetItem<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                item_id: Err("item_id was not initialized".to_string()),
            }
        }

        pub fn item_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.item_id = value
                .try_into()
                .map_err(|_| "conversion to `:: uuid :: Uuid` for item_id failed".to_string());
            self
        }

        /// Sends a `GET` request to `/svc/items(guid'{itemId}')`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Item>, Error<::std::string::String>> {
            let Self { client, item_id } = self;
            let item_id = item_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/svc/items(guid'{}')",
                client.baseurl,
                encode_path(&item_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
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
                operation_id: "get_item",
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
    }

    /// Builder for [`Client::close_item`]
    ///
    /// [`Client::close_item`]: super::Client::close_item
    #[derive(Debug, Clone)]
    pub struct CloseItem<'a> {
        client: &'a super::Client,
        item_id: Result<::uuid::Uuid, String>,
    }

    impl<'a> CloseItem<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                item_id: Err("item_id was not initialized".to_string()),
            }
        }

        pub fn item_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.item_id = value
                .try_into()
                .map_err(|_| "conversion to `:: uuid :: Uuid` for item_id failed".to_string());
            self
        }

        /// Sends a `POST` request to `/svc/items(guid'{itemId}')/Close`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<::std::string::String>> {
            let Self { client, item_id } = self;
            let item_id = item_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/svc/items(guid'{}')/Close",
                client.baseurl,
                encode_path(&item_id.to_string()),
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
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "close_item",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /// Builder for [`Client::get_user`]
    ///
    /// [`Client::get_user`]: super::Client::get_user
    #[derive(Debug, Clone)]
    pub struct GetUser<'a> {
        client: &'a super::Client,
        name: Result<::std::string::String, String>,
    }

    impl<'a> GetUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                name: Err("name was not initialized".to_string()),
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

        /// Sends a `GET` request to `/svc/users('{name}')`
        pub async fn send(self) -> Result<ResponseValue<::std::string::String>, Error<()>> {
            let Self { client, name } = self;
            let name = name.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/svc/users('{}')",
                client.baseurl,
                encode_path(&name.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
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
                operation_id: "get_user",
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
