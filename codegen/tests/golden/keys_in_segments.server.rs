#![allow(clippy::all, clippy::pedantic, unused_imports, dead_code)]
/// Types used as operation parameters and responses (identical to the client's).
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

/// Path and query parameters of `getItem`.
#[derive(Debug, Clone, PartialEq)]
pub struct GetItemParams {
    /// `itemId` (path)
    pub item_id: ::uuid::Uuid,
}

/// Path and query parameters of `closeItem`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloseItemParams {
    /// `itemId` (path)
    pub item_id: ::uuid::Uuid,
}

/// Path and query parameters of `getUser`.
#[derive(Debug, Clone, PartialEq)]
pub struct GetUserParams {
    /// `name` (path)
    pub name: ::std::string::String,
}

/// Every response `getItem` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetItemResponse {
    /// 200: the item
    Ok(types::Item),
    /// 404: none
    NotFound(::std::string::String),
}

impl ::axum::response::IntoResponse for GetItemResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
            Self::NotFound(body) => ::generated_server_stubs::runtime::respond_json(404u16, &body),
        }
    }
}

/// Every response `closeItem` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum CloseItemResponse {
    /// 200: closed
    Ok,
    /// 404: none
    NotFound(::std::string::String),
}

impl ::axum::response::IntoResponse for CloseItemResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok => ::generated_server_stubs::runtime::respond_empty(200u16),
            Self::NotFound(body) => ::generated_server_stubs::runtime::respond_json(404u16, &body),
        }
    }
}

/// Every response `getUser` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetUserResponse {
    /// 200: the user
    Ok(::std::string::String),
}

impl ::axum::response::IntoResponse for GetUserResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
        }
    }
}

/// The operations of Keys inside segments (version 1.0.0).
///
/// Implement this trait and serve it with [`service`] (or [`router`], to compose it with other axum routes); parameters and bodies arrive parsed and checked, and every request was authenticated by the [`::generated_server_stubs::runtime::Authenticator`] given to the router.
pub trait Api: Send + Sync + 'static {
    /// Who made the request, as the authenticator reports it.
    type Caller: Send + Sync + 'static;
    /// `GET /svc/items(guid'{itemId}')`
    fn get_item(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: GetItemParams,
    ) -> impl ::std::future::Future<Output = GetItemResponse> + Send;
    /// `POST /svc/items(guid'{itemId}')/Close`
    fn close_item(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: CloseItemParams,
    ) -> impl ::std::future::Future<Output = CloseItemResponse> + Send;
    /// `GET /svc/users('{name}')`
    fn get_user(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: GetUserParams,
    ) -> impl ::std::future::Future<Output = GetUserResponse> + Send;
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
                handle_get_item(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("svc")],
                    &[
                        ::generated_server_stubs::runtime::PartSpec::Lit("items(guid'"),
                        ::generated_server_stubs::runtime::PartSpec::Param("itemId"),
                        ::generated_server_stubs::runtime::PartSpec::Lit("')"),
                    ],
                ],
                case_insensitive: true,
                errors: &ERRORS,
                operation: "getItem",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_close_item(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::POST,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("svc")],
                    &[
                        ::generated_server_stubs::runtime::PartSpec::Lit("items(guid'"),
                        ::generated_server_stubs::runtime::PartSpec::Param("itemId"),
                        ::generated_server_stubs::runtime::PartSpec::Lit("')"),
                    ],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("Close")],
                ],
                case_insensitive: true,
                errors: &ERRORS,
                operation: "closeItem",
            },
            handler.clone(),
        );
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::POST,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("svc")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("legacy")],
                    &[
                        ::generated_server_stubs::runtime::PartSpec::Lit("items(guid'"),
                        ::generated_server_stubs::runtime::PartSpec::Param("itemId"),
                        ::generated_server_stubs::runtime::PartSpec::Lit("')"),
                    ],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("close")],
                ],
                case_insensitive: true,
                errors: &ERRORS,
                operation: "closeItem",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_get_user(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("svc")],
                    &[
                        ::generated_server_stubs::runtime::PartSpec::Lit("users('"),
                        ::generated_server_stubs::runtime::PartSpec::Param("name"),
                        ::generated_server_stubs::runtime::PartSpec::Lit("')"),
                    ],
                ],
                case_insensitive: true,
                errors: &ERRORS,
                operation: "getUser",
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

/// Parse, check and dispatch `getItem`.
fn handle_get_item<A, Au>(
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
            let params = GetItemParams {
                item_id: req.path_param(
                    "itemId",
                    &::generated_server_stubs::runtime::Kind::Formatted,
                )?,
            };
            api.get_item(req.into_context(caller), params)
        };
        let response: GetItemResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `closeItem`.
fn handle_close_item<A, Au>(
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
            let params = CloseItemParams {
                item_id: req.path_param(
                    "itemId",
                    &::generated_server_stubs::runtime::Kind::Formatted,
                )?,
            };
            api.close_item(req.into_context(caller), params)
        };
        let response: CloseItemResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `getUser`.
fn handle_get_user<A, Au>(
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
            let params = GetUserParams {
                name: req.path_param("name", &::generated_server_stubs::runtime::Kind::String)?,
            };
            api.get_user(req.into_context(caller), params)
        };
        let response: GetUserResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}
