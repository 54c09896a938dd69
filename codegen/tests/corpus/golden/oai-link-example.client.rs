#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{ClientHooks, OperationInfo, RequestBuilderExt, encode_path};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    /// `GetPullRequestsByRepositoryState`
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
    pub enum GetPullRequestsByRepositoryState {
        #[serde(rename = "open")]
        Open,
        #[serde(rename = "merged")]
        Merged,
        #[serde(rename = "declined")]
        Declined,
    }

    impl ::std::fmt::Display for GetPullRequestsByRepositoryState {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Open => f.write_str("open"),
                Self::Merged => f.write_str("merged"),
                Self::Declined => f.write_str("declined"),
            }
        }
    }

    impl ::std::str::FromStr for GetPullRequestsByRepositoryState {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "open" => Ok(Self::Open),
                "merged" => Ok(Self::Merged),
                "declined" => Ok(Self::Declined),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for GetPullRequestsByRepositoryState {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for GetPullRequestsByRepositoryState {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    /// `Pullrequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct Pullrequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub repository: ::std::option::Option<Repository>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub author: ::std::option::Option<User>,
    }

    impl Pullrequest {
        pub fn builder() -> builder::Pullrequest {
            Default::default()
        }
    }

    /// `Repository`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct Repository {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub slug: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub owner: ::std::option::Option<User>,
    }

    impl Repository {
        pub fn builder() -> builder::Repository {
            Default::default()
        }
    }

    /// `User`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct User {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub username: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub uuid: ::std::option::Option<::std::string::String>,
    }

    impl User {
        pub fn builder() -> builder::User {
            Default::default()
        }
    }

    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct Pullrequest {
            id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            repository: ::std::result::Result<
                ::std::option::Option<super::Repository>,
                ::std::string::String,
            >,
            author:
                ::std::result::Result<::std::option::Option<super::User>, ::std::string::String>,
        }

        impl ::std::default::Default for Pullrequest {
            fn default() -> Self {
                Self {
                    author: Ok(Default::default()),
                    id: Ok(Default::default()),
                    repository: Ok(Default::default()),
                    title: Ok(Default::default()),
                }
            }
        }

        impl Pullrequest {
            pub fn author<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::User>>,
                T::Error: ::std::fmt::Display,
            {
                self.author = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for author: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn repository<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Repository>>,
                T::Error: ::std::fmt::Display,
            {
                self.repository = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for repository: {e}"));
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

        impl ::std::convert::TryFrom<Pullrequest> for super::Pullrequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Pullrequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    author: value.author?,
                    id: value.id?,
                    repository: value.repository?,
                    title: value.title?,
                })
            }
        }

        impl ::std::convert::From<super::Pullrequest> for Pullrequest {
            fn from(value: super::Pullrequest) -> Self {
                Self {
                    author: Ok(value.author),
                    id: Ok(value.id),
                    repository: Ok(value.repository),
                    title: Ok(value.title),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Repository {
            slug: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            owner: ::std::result::Result<::std::option::Option<super::User>, ::std::string::String>,
        }

        impl ::std::default::Default for Repository {
            fn default() -> Self {
                Self {
                    owner: Ok(Default::default()),
                    slug: Ok(Default::default()),
                }
            }
        }

        impl Repository {
            pub fn owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::User>>,
                T::Error: ::std::fmt::Display,
            {
                self.owner = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for owner: {e}"));
                self
            }
            pub fn slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.slug = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for slug: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Repository> for super::Repository {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Repository,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    owner: value.owner?,
                    slug: value.slug?,
                })
            }
        }

        impl ::std::convert::From<super::Repository> for Repository {
            fn from(value: super::Repository) -> Self {
                Self {
                    owner: Ok(value.owner),
                    slug: Ok(value.slug),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct User {
            username: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for User {
            fn default() -> Self {
                Self {
                    username: Ok(Default::default()),
                    uuid: Ok(Default::default()),
                }
            }
        }

        impl User {
            pub fn username<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.username = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for username: {e}"));
                self
            }
            pub fn uuid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.uuid = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for uuid: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<User> for super::User {
            type Error = super::error::ConversionError;
            fn try_from(value: User) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    username: value.username?,
                    uuid: value.uuid?,
                })
            }
        }

        impl ::std::convert::From<super::User> for User {
            fn from(value: super::User) -> Self {
                Self {
                    username: Ok(value.username),
                    uuid: Ok(value.uuid),
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
/// Client for Link Example
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
    /// Sends a `GET` request to `/2.0/users/{username}`
    ///
    /// ```text
    /// let response = client.get_user_by_name()
    ///     .username(username)
    ///     .send()
    ///     .await;
    /// ```
    pub fn get_user_by_name(&self) -> builder::GetUserByName<'_> {
        builder::GetUserByName::new(self)
    }

    /// Sends a `GET` request to `/2.0/repositories/{username}`
    ///
    /// ```text
    /// let response = client.get_repositories_by_owner()
    ///     .username(username)
    ///     .send()
    ///     .await;
    /// ```
    pub fn get_repositories_by_owner(&self) -> builder::GetRepositoriesByOwner<'_> {
        builder::GetRepositoriesByOwner::new(self)
    }

    /// Sends a `GET` request to `/2.0/repositories/{username}/{slug}`
    ///
    /// ```text
    /// let response = client.get_repository()
    ///     .username(username)
    ///     .slug(slug)
    ///     .send()
    ///     .await;
    /// ```
    pub fn get_repository(&self) -> builder::GetRepository<'_> {
        builder::GetRepository::new(self)
    }

    /// Sends a `GET` request to `/2.0/repositories/{username}/{slug}/pullrequests`
    ///
    /// ```text
    /// let response = client.get_pull_requests_by_repository()
    ///     .username(username)
    ///     .slug(slug)
    ///     .state(state)
    ///     .send()
    ///     .await;
    /// ```
    pub fn get_pull_requests_by_repository(&self) -> builder::GetPullRequestsByRepository<'_> {
        builder::GetPullRequestsByRepository::new(self)
    }

    /// Sends a `GET` request to `/2.0/repositories/{username}/{slug}/pullrequests/{pid}`
    ///
    /// ```text
    /// let response = client.get_pull_requests_by_id()
    ///     .username(username)
    ///     .slug(slug)
    ///     .pid(pid)
    ///     .send()
    ///     .await;
    /// ```
    pub fn get_pull_requests_by_id(&self) -> builder::GetPullRequestsById<'_> {
        builder::GetPullRequestsById::new(self)
    }

    /// Sends a `POST` request to `/2.0/repositories/{username}/{slug}/pullrequests/{pid}/merge`
    ///
    /// ```text
    /// let response = client.merge_pull_request()
    ///     .username(username)
    ///     .slug(slug)
    ///     .pid(pid)
    ///     .send()
    ///     .await;
    /// ```
    pub fn merge_pull_request(&self) -> builder::MergePullRequest<'_> {
        builder::MergePullRequest::new(self)
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
    /// Builder for [`Client::get_user_by_name`]
    ///
    /// [`Client::get_user_by_name`]: super::Client::get_user_by_name
    #[derive(Debug, Clone)]
    pub struct GetUserByName<'a> {
        client: &'a super::Client,
        username: Result<::std::string::String, String>,
    }

    impl<'a> GetUserByName<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                username: Err("username was not initialized".to_string()),
            }
        }

        pub fn username<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.username = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for username failed".to_string()
            });
            self
        }

        /// Sends a `GET` request to `/2.0/users/{username}`
        pub async fn send(self) -> Result<ResponseValue<types::User>, Error<()>> {
            let Self { client, username } = self;
            let username = username.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/2.0/users/{}",
                client.baseurl,
                encode_path(&username.to_string()),
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
                operation_id: "get_user_by_name",
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

    /// Builder for [`Client::get_repositories_by_owner`]
    ///
    /// [`Client::get_repositories_by_owner`]: super::Client::get_repositories_by_owner
    #[derive(Debug, Clone)]
    pub struct GetRepositoriesByOwner<'a> {
        client: &'a super::Client,
        username: Result<::std::string::String, String>,
    }

    impl<'a> GetRepositoriesByOwner<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                username: Err("username was not initialized".to_string()),
            }
        }

        pub fn username<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.username = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for username failed".to_string()
            });
            self
        }

        /// Sends a `GET` request to `/2.0/repositories/{username}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::vec::Vec<types::Repository>>, Error<()>> {
            let Self { client, username } = self;
            let username = username.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/2.0/repositories/{}",
                client.baseurl,
                encode_path(&username.to_string()),
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
                operation_id: "get_repositories_by_owner",
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

    /// Builder for [`Client::get_repository`]
    ///
    /// [`Client::get_repository`]: super::Client::get_repository
    #[derive(Debug, Clone)]
    pub struct GetRepository<'a> {
        client: &'a super::Client,
        username: Result<::std::string::String, String>,
        slug: Result<::std::string::String, String>,
    }

    impl<'a> GetRepository<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                username: Err("username was not initialized".to_string()),
                slug: Err("slug was not initialized".to_string()),
            }
        }

        pub fn username<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.username = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for username failed".to_string()
            });
            self
        }

        pub fn slug<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.slug = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for slug failed".to_string()
            });
            self
        }

        /// Sends a `GET` request to `/2.0/repositories/{username}/{slug}`
        pub async fn send(self) -> Result<ResponseValue<types::Repository>, Error<()>> {
            let Self {
                client,
                username,
                slug,
            } = self;
            let username = username.map_err(Error::InvalidRequest)?;
            let slug = slug.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/2.0/repositories/{}/{}",
                client.baseurl,
                encode_path(&username.to_string()),
                encode_path(&slug.to_string()),
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
                operation_id: "get_repository",
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

    /// Builder for [`Client::get_pull_requests_by_repository`]
    ///
    /// [`Client::get_pull_requests_by_repository`]: super::Client::get_pull_requests_by_repository
    #[derive(Debug, Clone)]
    pub struct GetPullRequestsByRepository<'a> {
        client: &'a super::Client,
        username: Result<::std::string::String, String>,
        slug: Result<::std::string::String, String>,
        state: Result<Option<types::GetPullRequestsByRepositoryState>, String>,
    }

    impl<'a> GetPullRequestsByRepository<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                username: Err("username was not initialized".to_string()),
                slug: Err("slug was not initialized".to_string()),
                state: Ok(None),
            }
        }

        pub fn username<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.username = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for username failed".to_string()
            });
            self
        }

        pub fn slug<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.slug = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for slug failed".to_string()
            });
            self
        }

        pub fn state<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetPullRequestsByRepositoryState>,
        {
            self.state = value.try_into().map(Some).map_err(|_| {
                "conversion to `GetPullRequestsByRepositoryState` for state failed".to_string()
            });
            self
        }

        /// Sends a `GET` request to `/2.0/repositories/{username}/{slug}/pullrequests`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::vec::Vec<types::Pullrequest>>, Error<()>> {
            let Self {
                client,
                username,
                slug,
                state,
            } = self;
            let username = username.map_err(Error::InvalidRequest)?;
            let slug = slug.map_err(Error::InvalidRequest)?;
            let state = state.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/2.0/repositories/{}/{}/pullrequests",
                client.baseurl,
                encode_path(&username.to_string()),
                encode_path(&slug.to_string()),
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
                .query(&progenitor_client::QueryParam::new("state", &state))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_pull_requests_by_repository",
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

    /// Builder for [`Client::get_pull_requests_by_id`]
    ///
    /// [`Client::get_pull_requests_by_id`]: super::Client::get_pull_requests_by_id
    #[derive(Debug, Clone)]
    pub struct GetPullRequestsById<'a> {
        client: &'a super::Client,
        username: Result<::std::string::String, String>,
        slug: Result<::std::string::String, String>,
        pid: Result<::std::string::String, String>,
    }

    impl<'a> GetPullRequestsById<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                username: Err("username was not initialized".to_string()),
                slug: Err("slug was not initialized".to_string()),
                pid: Err("pid was not initialized".to_string()),
            }
        }

        pub fn username<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.username = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for username failed".to_string()
            });
            self
        }

        pub fn slug<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.slug = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for slug failed".to_string()
            });
            self
        }

        pub fn pid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.pid = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for pid failed".to_string()
            });
            self
        }

        /// Sends a `GET` request to `/2.0/repositories/{username}/{slug}/pullrequests/{pid}`
        pub async fn send(self) -> Result<ResponseValue<types::Pullrequest>, Error<()>> {
            let Self {
                client,
                username,
                slug,
                pid,
            } = self;
            let username = username.map_err(Error::InvalidRequest)?;
            let slug = slug.map_err(Error::InvalidRequest)?;
            let pid = pid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/2.0/repositories/{}/{}/pullrequests/{}",
                client.baseurl,
                encode_path(&username.to_string()),
                encode_path(&slug.to_string()),
                encode_path(&pid.to_string()),
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
                operation_id: "get_pull_requests_by_id",
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

    /// Builder for [`Client::merge_pull_request`]
    ///
    /// [`Client::merge_pull_request`]: super::Client::merge_pull_request
    #[derive(Debug, Clone)]
    pub struct MergePullRequest<'a> {
        client: &'a super::Client,
        username: Result<::std::string::String, String>,
        slug: Result<::std::string::String, String>,
        pid: Result<::std::string::String, String>,
    }

    impl<'a> MergePullRequest<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                username: Err("username was not initialized".to_string()),
                slug: Err("slug was not initialized".to_string()),
                pid: Err("pid was not initialized".to_string()),
            }
        }

        pub fn username<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.username = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for username failed".to_string()
            });
            self
        }

        pub fn slug<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.slug = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for slug failed".to_string()
            });
            self
        }

        pub fn pid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.pid = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for pid failed".to_string()
            });
            self
        }

        /// Sends a `POST` request to `/2.0/repositories/{username}/{slug}/pullrequests/{pid}/merge`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self {
                client,
                username,
                slug,
                pid,
            } = self;
            let username = username.map_err(Error::InvalidRequest)?;
            let slug = slug.map_err(Error::InvalidRequest)?;
            let pid = pid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/2.0/repositories/{}/{}/pullrequests/{}/merge",
                client.baseurl,
                encode_path(&username.to_string()),
                encode_path(&slug.to_string()),
                encode_path(&pid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client.client.post(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "merge_pull_request",
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
}

/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
