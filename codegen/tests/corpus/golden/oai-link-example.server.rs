#![allow(clippy::all, clippy::pedantic, unused_imports, dead_code)]
/// Types used as operation parameters and responses (identical to the client's).
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

/// Path and query parameters of `getUserByName`.
#[derive(Debug, Clone, PartialEq)]
pub struct GetUserByNameParams {
    /// `username` (path)
    pub username: ::std::string::String,
}

/// Path and query parameters of `getRepositoriesByOwner`.
#[derive(Debug, Clone, PartialEq)]
pub struct GetRepositoriesByOwnerParams {
    /// `username` (path)
    pub username: ::std::string::String,
}

/// Path and query parameters of `getRepository`.
#[derive(Debug, Clone, PartialEq)]
pub struct GetRepositoryParams {
    /// `username` (path)
    pub username: ::std::string::String,
    /// `slug` (path)
    pub slug: ::std::string::String,
}

/// Path and query parameters of `getPullRequestsByRepository`.
#[derive(Debug, Clone, PartialEq)]
pub struct GetPullRequestsByRepositoryParams {
    /// `username` (path)
    pub username: ::std::string::String,
    /// `slug` (path)
    pub slug: ::std::string::String,
    /// `state` (query)
    pub state: ::std::option::Option<types::GetPullRequestsByRepositoryState>,
}

/// Path and query parameters of `getPullRequestsById`.
#[derive(Debug, Clone, PartialEq)]
pub struct GetPullRequestsByIdParams {
    /// `username` (path)
    pub username: ::std::string::String,
    /// `slug` (path)
    pub slug: ::std::string::String,
    /// `pid` (path)
    pub pid: ::std::string::String,
}

/// Path and query parameters of `mergePullRequest`.
#[derive(Debug, Clone, PartialEq)]
pub struct MergePullRequestParams {
    /// `username` (path)
    pub username: ::std::string::String,
    /// `slug` (path)
    pub slug: ::std::string::String,
    /// `pid` (path)
    pub pid: ::std::string::String,
}

/// Every response `getUserByName` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetUserByNameResponse {
    /// 200: The User
    Ok(types::User),
}

impl ::axum::response::IntoResponse for GetUserByNameResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
        }
    }
}

/// Every response `getRepositoriesByOwner` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetRepositoriesByOwnerResponse {
    /// 200: repositories owned by the supplied user
    Ok(::std::vec::Vec<types::Repository>),
}

impl ::axum::response::IntoResponse for GetRepositoriesByOwnerResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
        }
    }
}

/// Every response `getRepository` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetRepositoryResponse {
    /// 200: The repository
    Ok(types::Repository),
}

impl ::axum::response::IntoResponse for GetRepositoryResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
        }
    }
}

/// Every response `getPullRequestsByRepository` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetPullRequestsByRepositoryResponse {
    /// 200: an array of pull request objects
    Ok(::std::vec::Vec<types::Pullrequest>),
}

impl ::axum::response::IntoResponse for GetPullRequestsByRepositoryResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
        }
    }
}

/// Every response `getPullRequestsById` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetPullRequestsByIdResponse {
    /// 200: a pull request object
    Ok(types::Pullrequest),
}

impl ::axum::response::IntoResponse for GetPullRequestsByIdResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
        }
    }
}

/// Every response `mergePullRequest` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum MergePullRequestResponse {
    /// 204: the PR was successfully merged
    NoContent,
}

impl ::axum::response::IntoResponse for MergePullRequestResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::NoContent => ::generated_server_stubs::runtime::respond_empty(204u16),
        }
    }
}

/// The operations of Link Example (version 1.0.0).
///
/// Implement this trait and serve it with [`service`] (or [`router`], to compose it with other axum routes); parameters and bodies arrive parsed and checked, and every request was authenticated by the [`::generated_server_stubs::runtime::Authenticator`] given to the router.
pub trait Api: Send + Sync + 'static {
    /// Who made the request, as the authenticator reports it.
    type Caller: Send + Sync + 'static;
    /// `GET /2.0/users/{username}`
    fn get_user_by_name(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: GetUserByNameParams,
    ) -> impl ::std::future::Future<Output = GetUserByNameResponse> + Send;
    /// `GET /2.0/repositories/{username}`
    fn get_repositories_by_owner(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: GetRepositoriesByOwnerParams,
    ) -> impl ::std::future::Future<Output = GetRepositoriesByOwnerResponse> + Send;
    /// `GET /2.0/repositories/{username}/{slug}`
    fn get_repository(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: GetRepositoryParams,
    ) -> impl ::std::future::Future<Output = GetRepositoryResponse> + Send;
    /// `GET /2.0/repositories/{username}/{slug}/pullrequests`
    fn get_pull_requests_by_repository(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: GetPullRequestsByRepositoryParams,
    ) -> impl ::std::future::Future<Output = GetPullRequestsByRepositoryResponse> + Send;
    /// `GET /2.0/repositories/{username}/{slug}/pullrequests/{pid}`
    fn get_pull_requests_by_id(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: GetPullRequestsByIdParams,
    ) -> impl ::std::future::Future<Output = GetPullRequestsByIdResponse> + Send;
    /// `POST /2.0/repositories/{username}/{slug}/pullrequests/{pid}/merge`
    fn merge_pull_request(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: MergePullRequestParams,
    ) -> impl ::std::future::Future<Output = MergePullRequestResponse> + Send;
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
                handle_get_user_by_name(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("2.0")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("users")],
                    &[::generated_server_stubs::runtime::PartSpec::Param(
                        "username",
                    )],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "getUserByName",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_get_repositories_by_owner(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("2.0")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit(
                        "repositories",
                    )],
                    &[::generated_server_stubs::runtime::PartSpec::Param(
                        "username",
                    )],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "getRepositoriesByOwner",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_get_repository(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("2.0")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit(
                        "repositories",
                    )],
                    &[::generated_server_stubs::runtime::PartSpec::Param(
                        "username",
                    )],
                    &[::generated_server_stubs::runtime::PartSpec::Param("slug")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "getRepository",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_get_pull_requests_by_repository(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("2.0")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit(
                        "repositories",
                    )],
                    &[::generated_server_stubs::runtime::PartSpec::Param(
                        "username",
                    )],
                    &[::generated_server_stubs::runtime::PartSpec::Param("slug")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit(
                        "pullrequests",
                    )],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "getPullRequestsByRepository",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_get_pull_requests_by_id(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("2.0")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit(
                        "repositories",
                    )],
                    &[::generated_server_stubs::runtime::PartSpec::Param(
                        "username",
                    )],
                    &[::generated_server_stubs::runtime::PartSpec::Param("slug")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit(
                        "pullrequests",
                    )],
                    &[::generated_server_stubs::runtime::PartSpec::Param("pid")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "getPullRequestsById",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_merge_pull_request(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::POST,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("2.0")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit(
                        "repositories",
                    )],
                    &[::generated_server_stubs::runtime::PartSpec::Param(
                        "username",
                    )],
                    &[::generated_server_stubs::runtime::PartSpec::Param("slug")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit(
                        "pullrequests",
                    )],
                    &[::generated_server_stubs::runtime::PartSpec::Param("pid")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("merge")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "mergePullRequest",
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

/// Parse, check and dispatch `getUserByName`.
fn handle_get_user_by_name<A, Au>(
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
            let params = GetUserByNameParams {
                username: req
                    .path_param("username", &::generated_server_stubs::runtime::Kind::String)?,
            };
            api.get_user_by_name(req.into_context(caller), params)
        };
        let response: GetUserByNameResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `getRepositoriesByOwner`.
fn handle_get_repositories_by_owner<A, Au>(
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
            let params = GetRepositoriesByOwnerParams {
                username: req
                    .path_param("username", &::generated_server_stubs::runtime::Kind::String)?,
            };
            api.get_repositories_by_owner(req.into_context(caller), params)
        };
        let response: GetRepositoriesByOwnerResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `getRepository`.
fn handle_get_repository<A, Au>(
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
            let params = GetRepositoryParams {
                username: req
                    .path_param("username", &::generated_server_stubs::runtime::Kind::String)?,
                slug: req.path_param("slug", &::generated_server_stubs::runtime::Kind::String)?,
            };
            api.get_repository(req.into_context(caller), params)
        };
        let response: GetRepositoryResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `getPullRequestsByRepository`.
fn handle_get_pull_requests_by_repository<A, Au>(
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
            let params = GetPullRequestsByRepositoryParams {
                username: req
                    .path_param("username", &::generated_server_stubs::runtime::Kind::String)?,
                slug: req.path_param("slug", &::generated_server_stubs::runtime::Kind::String)?,
                state: req.query_param(
                    "state",
                    &::generated_server_stubs::runtime::Kind::Enum(&["open", "merged", "declined"]),
                )?,
            };
            api.get_pull_requests_by_repository(req.into_context(caller), params)
        };
        let response: GetPullRequestsByRepositoryResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `getPullRequestsById`.
fn handle_get_pull_requests_by_id<A, Au>(
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
            let params = GetPullRequestsByIdParams {
                username: req
                    .path_param("username", &::generated_server_stubs::runtime::Kind::String)?,
                slug: req.path_param("slug", &::generated_server_stubs::runtime::Kind::String)?,
                pid: req.path_param("pid", &::generated_server_stubs::runtime::Kind::String)?,
            };
            api.get_pull_requests_by_id(req.into_context(caller), params)
        };
        let response: GetPullRequestsByIdResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `mergePullRequest`.
fn handle_merge_pull_request<A, Au>(
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
            let params = MergePullRequestParams {
                username: req
                    .path_param("username", &::generated_server_stubs::runtime::Kind::String)?,
                slug: req.path_param("slug", &::generated_server_stubs::runtime::Kind::String)?,
                pid: req.path_param("pid", &::generated_server_stubs::runtime::Kind::String)?,
            };
            api.merge_pull_request(req.into_context(caller), params)
        };
        let response: MergePullRequestResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}
