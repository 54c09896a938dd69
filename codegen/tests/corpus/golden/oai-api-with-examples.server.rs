#![allow(clippy::all, clippy::pedantic, unused_imports, dead_code)]
/// Types used as operation parameters and responses (identical to the client's).
#[allow(clippy::all)]
pub mod types {
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

/// Path and query parameters of `listVersionsv2`.
#[derive(Debug, Clone, PartialEq)]
pub struct ListVersionsv2Params {}
/// Path and query parameters of `getVersionDetailsv2`.
#[derive(Debug, Clone, PartialEq)]
pub struct GetVersionDetailsv2Params {}
/// Every response `listVersionsv2` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListVersionsv2Response {
    /// 200: 200 response
    Ok(::serde_json::Value),
    /// 300: 300 response
    Status300(::serde_json::Value),
}

impl ::axum::response::IntoResponse for ListVersionsv2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
            Self::Status300(body) => ::generated_server_stubs::runtime::respond_json(300u16, &body),
        }
    }
}

/// Every response `getVersionDetailsv2` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetVersionDetailsv2Response {
    /// 200: 200 response
    Ok(::serde_json::Value),
    /// 203: 203 response
    NonAuthoritativeInformation(::serde_json::Value),
}

impl ::axum::response::IntoResponse for GetVersionDetailsv2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
            Self::NonAuthoritativeInformation(body) => {
                ::generated_server_stubs::runtime::respond_json(203u16, &body)
            }
        }
    }
}

/// The operations of Simple API overview (version 2.0.0).
///
/// Implement this trait and serve it with [`service`] (or [`router`], to compose it with other axum routes); parameters and bodies arrive parsed and checked, and every request was authenticated by the [`::generated_server_stubs::runtime::Authenticator`] given to the router.
pub trait Api: Send + Sync + 'static {
    /// Who made the request, as the authenticator reports it.
    type Caller: Send + Sync + 'static;
    /// List API versions
    ///
    /// `GET /`
    fn list_versionsv2(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: ListVersionsv2Params,
    ) -> impl ::std::future::Future<Output = ListVersionsv2Response> + Send;
    /// Show API version details
    ///
    /// `GET /v2`
    fn get_version_detailsv2(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: GetVersionDetailsv2Params,
    ) -> impl ::std::future::Future<Output = GetVersionDetailsv2Response> + Send;
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
                handle_list_versionsv2(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[&[]],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "listVersionsv2",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_get_version_detailsv2(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[&[::generated_server_stubs::runtime::PartSpec::Lit("v2")]],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "getVersionDetailsv2",
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

/// Parse, check and dispatch `listVersionsv2`.
fn handle_list_versionsv2<A, Au>(
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
            let params = ListVersionsv2Params {};
            api.list_versionsv2(req.into_context(caller), params)
        };
        let response: ListVersionsv2Response = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `getVersionDetailsv2`.
fn handle_get_version_detailsv2<A, Au>(
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
            let params = GetVersionDetailsv2Params {};
            api.get_version_detailsv2(req.into_context(caller), params)
        };
        let response: GetVersionDetailsv2Response = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}
