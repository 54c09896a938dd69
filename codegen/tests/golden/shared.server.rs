#![allow(clippy::all, clippy::pedantic, unused_imports, dead_code)]
/// Types used as operation parameters and responses (identical to the client's).
#[allow(clippy::all)]
pub use crate::shared_types::types;
/// Path and query parameters of `get-file`.
#[derive(Debug, Clone, PartialEq)]
pub struct GetFileParams {
    /// `file_id` (path)
    pub file_id: ::std::string::String,
    /// `X-Request-Id` (header)
    pub x_request_id: ::std::option::Option<::std::string::String>,
    /// `If-Match` (header)
    pub if_match: i64,
    /// `order` (query)
    pub order: ::std::option::Option<types::GetFileOrder>,
    /// `dir` (query)
    pub dir: ::std::option::Option<types::GetFileDir>,
    /// `tags` (query)
    pub tags: ::std::option::Option<::std::vec::Vec<types::GetFileTagsItem>>,
}

/// Path and query parameters of `put-file`.
#[derive(Debug, Clone, PartialEq)]
pub struct PutFileParams {
    /// `file_id` (path)
    pub file_id: ::std::string::String,
}

/// Path and query parameters of `create_token`.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateTokenParams {}
/// Path and query parameters of `ping`.
#[derive(Debug, Clone, PartialEq)]
pub struct PingParams {
    /// `filter[status]` (query)
    pub filter_status: types::PingFilterStatus,
    /// `filter[since]` (query)
    pub filter_since: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
}

/// Path and query parameters of `addNote`.
#[derive(Debug, Clone, PartialEq)]
pub struct AddNoteParams {}
/// Every response `get-file` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetFileResponse {
    /// 200: the file
    Ok(::std::vec::Vec<u8>),
    /// 4XX: a problem
    ///
    /// The first field is the status code to send.
    ClientError(u16, types::ProblemDetails),
    /// default: anything else
    ///
    /// The first field is the status code to send.
    Default(u16, types::ProblemDetails),
}

impl ::axum::response::IntoResponse for GetFileResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_bytes(
                200u16,
                "application/octet-stream",
                body,
            ),
            Self::ClientError(status, body) => ::generated_server_stubs::runtime::respond_json_as(
                status,
                "application/problem+json",
                &body,
            ),
            Self::Default(status, body) => ::generated_server_stubs::runtime::respond_json_as(
                status,
                "application/problem+json",
                &body,
            ),
        }
    }
}

/// Every response `put-file` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum PutFileResponse {
    /// 201: stored
    Created(types::PutFileResponse),
    /// 202: queued
    Accepted,
    /// 409: conflict
    Conflict(::std::vec::Vec<u8>),
    /// 5XX: a problem
    ///
    /// The first field is the status code to send.
    ServerError(u16, types::ProblemDetails),
}

impl ::axum::response::IntoResponse for PutFileResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => ::generated_server_stubs::runtime::respond_json(201u16, &body),
            Self::Accepted => ::generated_server_stubs::runtime::respond_empty(202u16),
            Self::Conflict(body) => {
                ::generated_server_stubs::runtime::respond_bytes(409u16, "text/plain", body)
            }
            Self::ServerError(status, body) => ::generated_server_stubs::runtime::respond_json_as(
                status,
                "application/problem+json",
                &body,
            ),
        }
    }
}

/// Every response `create_token` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateTokenResponse {
    /// default: the token or an error
    ///
    /// The first field is the status code to send.
    Default(u16, types::Token),
}

impl ::axum::response::IntoResponse for CreateTokenResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Default(status, body) => {
                ::generated_server_stubs::runtime::respond_json(status, &body)
            }
        }
    }
}

/// Every response `ping` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum PingResponse {
    /// default: no response is documented
    ///
    /// The first field is the status code to send.
    Default(u16),
}

impl ::axum::response::IntoResponse for PingResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Default(status) => ::generated_server_stubs::runtime::respond_empty(status),
        }
    }
}

/// Every response `addNote` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum AddNoteResponse {
    /// 200: ok
    Ok(::serde_json::Value),
}

impl ::axum::response::IntoResponse for AddNoteResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
        }
    }
}

/// The operations of Shapes that public APIs publish (version 1).
///
/// Implement this trait and serve it with [`service`] (or [`router`], to compose it with other axum routes); parameters and bodies arrive parsed and checked, and every request was authenticated by the [`::generated_server_stubs::runtime::Authenticator`] given to the router.
pub trait Api: Send + Sync + 'static {
    /// Who made the request, as the authenticator reports it.
    type Caller: Send + Sync + 'static;
    /// `GET /files/{file_id}`
    fn get_file(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: GetFileParams,
    ) -> impl ::std::future::Future<Output = GetFileResponse> + Send;
    /// `PUT /files/{file_id}`
    fn put_file(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: PutFileParams,
        body: ::std::vec::Vec<u8>,
    ) -> impl ::std::future::Future<Output = PutFileResponse> + Send;
    /// `POST /tokens`
    fn create_token(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: CreateTokenParams,
        body: ::std::option::Option<types::CreateTokenBody>,
    ) -> impl ::std::future::Future<Output = CreateTokenResponse> + Send;
    /// `GET /ping`
    fn ping(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: PingParams,
    ) -> impl ::std::future::Future<Output = PingResponse> + Send;
    /// `POST /notes`
    fn add_note(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: AddNoteParams,
        body: ::std::option::Option<types::AddNoteBody>,
    ) -> impl ::std::future::Future<Output = AddNoteResponse> + Send;
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
                handle_get_file(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("files")],
                    &[::generated_server_stubs::runtime::PartSpec::Param(
                        "file_id",
                    )],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "get-file",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_put_file(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::PUT,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("files")],
                    &[::generated_server_stubs::runtime::PartSpec::Param(
                        "file_id",
                    )],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "put-file",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_create_token(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::POST,
                template: &[&[::generated_server_stubs::runtime::PartSpec::Lit("tokens")]],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "create_token",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_ping(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[&[::generated_server_stubs::runtime::PartSpec::Lit("ping")]],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "ping",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_add_note(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::POST,
                template: &[&[::generated_server_stubs::runtime::PartSpec::Lit("notes")]],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "addNote",
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

const CREATE_TOKEN_BODY: ::generated_server_stubs::runtime::BodySpec =
    ::generated_server_stubs::runtime::BodySpec {
        required: false,
        form: true,
        query_or_body: false,
        fields: &[
            (
                "grant_type",
                ::generated_server_stubs::runtime::Kind::Enum(&["password", "client_credentials"]),
            ),
            ("scope", ::generated_server_stubs::runtime::Kind::String),
        ],
        nullable: &[],
    };
const ADD_NOTE_BODY: ::generated_server_stubs::runtime::BodySpec =
    ::generated_server_stubs::runtime::BodySpec {
        required: false,
        form: false,
        query_or_body: false,
        fields: &[("text", ::generated_server_stubs::runtime::Kind::String)],
        nullable: &[],
    };
/// Parse, check and dispatch `get-file`.
fn handle_get_file<A, Au>(
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
            let params = GetFileParams {
                file_id: req
                    .path_param("file_id", &::generated_server_stubs::runtime::Kind::String)?,
                x_request_id: ::generated_server_stubs::runtime::header_param(
                    &req,
                    "X-Request-Id",
                    &::generated_server_stubs::runtime::Kind::String,
                )?,
                if_match: ::generated_server_stubs::runtime::required_header_param(
                    &req,
                    "If-Match",
                    &::generated_server_stubs::runtime::Kind::Integer,
                )?,
                order: req.query_param(
                    "order",
                    &::generated_server_stubs::runtime::Kind::Enum(&["createdAt", "-createdAt"]),
                )?,
                dir: req.query_param("dir", &::generated_server_stubs::runtime::Kind::String)?,
                tags: ::generated_server_stubs::runtime::query_array_param(
                    &req,
                    "tags",
                    &::generated_server_stubs::runtime::Kind::Enum(&["red", "green"]),
                )?,
            };
            api.get_file(req.into_context(caller), params)
        };
        let response: GetFileResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `put-file`.
fn handle_put_file<A, Au>(
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
        let accepted =
            ::generated_server_stubs::runtime::negotiate::accept(&req, &["application/json"])?;
        let call = {
            let params = PutFileParams {
                file_id: req
                    .path_param("file_id", &::generated_server_stubs::runtime::Kind::String)?,
            };
            let body = ::generated_server_stubs::runtime::bytes_body(&req)?;
            api.put_file(req.into_context(caller), params, body)
        };
        let response: PutFileResponse = call.await;
        Ok(::generated_server_stubs::runtime::negotiate::label(
            ::axum::response::IntoResponse::into_response(response),
            accepted,
        ))
    }
}

/// Parse, check and dispatch `create_token`.
fn handle_create_token<A, Au>(
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
            let params = CreateTokenParams {};
            let body = req.optional_body::<types::CreateTokenBody>(&CREATE_TOKEN_BODY)?;
            api.create_token(req.into_context(caller), params, body)
        };
        let response: CreateTokenResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `ping`.
fn handle_ping<A, Au>(
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
            let params = PingParams {
                filter_status: req.required_query_param(
                    "filter[status]",
                    &::generated_server_stubs::runtime::Kind::Enum(&["open", "closed"]),
                )?,
                filter_since: req.query_param(
                    "filter[since]",
                    &::generated_server_stubs::runtime::Kind::Formatted,
                )?,
            };
            api.ping(req.into_context(caller), params)
        };
        let response: PingResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `addNote`.
fn handle_add_note<A, Au>(
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
            let params = AddNoteParams {};
            let body = req.optional_body::<types::AddNoteBody>(&ADD_NOTE_BODY)?;
            api.add_note(req.into_context(caller), params, body)
        };
        let response: AddNoteResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}
