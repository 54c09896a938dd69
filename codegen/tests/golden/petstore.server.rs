#![allow(clippy::all, clippy::pedantic, unused_imports, dead_code)]
/// Types used as operation parameters and responses (identical to the client's).
#[allow(clippy::all)]
pub mod types {
    /// `Error`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Error {
        pub error: ErrorDetail,
    }

    impl Error {
        pub fn builder() -> builder::Error {
            Default::default()
        }
    }

    /// `ErrorDetail`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ErrorDetail {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }

    impl ErrorDetail {
        pub fn builder() -> builder::ErrorDetail {
            Default::default()
        }
    }

    /// `NewPet`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct NewPet {
        pub name: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tag: ::std::option::Option<::std::string::String>,
    }

    impl NewPet {
        pub fn builder() -> builder::NewPet {
            Default::default()
        }
    }

    /// `Pet`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Pet {
        pub id: i64,
        pub name: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tag: ::std::option::Option<::std::string::String>,
    }

    impl Pet {
        pub fn builder() -> builder::Pet {
            Default::default()
        }
    }

    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct Error {
            error: ::std::result::Result<super::ErrorDetail, ::std::string::String>,
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
                T: ::std::convert::TryInto<super::ErrorDetail>,
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
        pub struct ErrorDetail {
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for ErrorDetail {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    message: Ok(Default::default()),
                }
            }
        }

        impl ErrorDetail {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for code: {e}"));
                self
            }
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

        impl ::std::convert::TryFrom<ErrorDetail> for super::ErrorDetail {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorDetail,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    message: value.message?,
                })
            }
        }

        impl ::std::convert::From<super::ErrorDetail> for ErrorDetail {
            fn from(value: super::ErrorDetail) -> Self {
                Self {
                    code: Ok(value.code),
                    message: Ok(value.message),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct NewPet {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            tag: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for NewPet {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                    tag: Ok(Default::default()),
                }
            }
        }

        impl NewPet {
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
            pub fn tag<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tag = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for tag: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<NewPet> for super::NewPet {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NewPet,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    name: value.name?,
                    tag: value.tag?,
                })
            }
        }

        impl ::std::convert::From<super::NewPet> for NewPet {
            fn from(value: super::NewPet) -> Self {
                Self {
                    name: Ok(value.name),
                    tag: Ok(value.tag),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Pet {
            id: ::std::result::Result<i64, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            tag: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for Pet {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    tag: Ok(Default::default()),
                }
            }
        }

        impl Pet {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
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
            pub fn tag<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tag = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for tag: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Pet> for super::Pet {
            type Error = super::error::ConversionError;
            fn try_from(value: Pet) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                    tag: value.tag?,
                })
            }
        }

        impl ::std::convert::From<super::Pet> for Pet {
            fn from(value: super::Pet) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                    tag: Ok(value.tag),
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

/// Path and query parameters of `listPets`.
#[derive(Debug, Clone, PartialEq)]
pub struct ListPetsParams {
    /// `limit` (query)
    pub limit: ::std::option::Option<i32>,
    /// `tag` (query)
    pub tag: ::std::option::Option<::std::string::String>,
}

/// Path and query parameters of `createPet`.
#[derive(Debug, Clone, PartialEq)]
pub struct CreatePetParams {}
/// Path and query parameters of `showPetById`.
#[derive(Debug, Clone, PartialEq)]
pub struct ShowPetByIdParams {
    /// `petId` (path)
    pub pet_id: i64,
}

/// Path and query parameters of `deletePet`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeletePetParams {
    /// `petId` (path)
    pub pet_id: i64,
}

/// Every response `listPets` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListPetsResponse {
    /// 200: the pets
    Ok(::std::vec::Vec<types::Pet>),
    /// 500: an error
    InternalServerError(types::Error),
}

impl ::axum::response::IntoResponse for ListPetsResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
            Self::InternalServerError(body) => {
                ::generated_server_stubs::runtime::respond_json(500u16, &body)
            }
        }
    }
}

/// Every response `createPet` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum CreatePetResponse {
    /// 201: created
    Created(types::Pet),
    /// 400: an error
    BadRequest(types::Error),
}

impl ::axum::response::IntoResponse for CreatePetResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => ::generated_server_stubs::runtime::respond_json(201u16, &body),
            Self::BadRequest(body) => {
                ::generated_server_stubs::runtime::respond_json(400u16, &body)
            }
        }
    }
}

/// Every response `showPetById` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ShowPetByIdResponse {
    /// 200: a pet
    Ok(types::Pet),
    /// 404: an error
    NotFound(types::Error),
}

impl ::axum::response::IntoResponse for ShowPetByIdResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
            Self::NotFound(body) => ::generated_server_stubs::runtime::respond_json(404u16, &body),
        }
    }
}

/// Every response `deletePet` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum DeletePetResponse {
    /// 204: deleted
    NoContent,
    /// 404: an error
    NotFound(types::Error),
}

impl ::axum::response::IntoResponse for DeletePetResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::NoContent => ::generated_server_stubs::runtime::respond_empty(204u16),
            Self::NotFound(body) => ::generated_server_stubs::runtime::respond_json(404u16, &body),
        }
    }
}

/// The operations of Petstore (version 1.0.0).
///
/// Implement this trait and serve it with [`service`] (or [`router`], to compose it with other axum routes); parameters and bodies arrive parsed and checked, and every request was authenticated by the [`::generated_server_stubs::runtime::Authenticator`] given to the router.
pub trait Api: Send + Sync + 'static {
    /// Who made the request, as the authenticator reports it.
    type Caller: Send + Sync + 'static;
    /// `GET /pets`
    fn list_pets(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: ListPetsParams,
    ) -> impl ::std::future::Future<Output = ListPetsResponse> + Send;
    /// `POST /pets`
    fn create_pet(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: CreatePetParams,
        body: types::NewPet,
    ) -> impl ::std::future::Future<Output = CreatePetResponse> + Send;
    /// `GET /pets/{petId}`
    fn show_pet_by_id(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: ShowPetByIdParams,
    ) -> impl ::std::future::Future<Output = ShowPetByIdResponse> + Send;
    /// `DELETE /pets/{petId}`
    fn delete_pet(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: DeletePetParams,
    ) -> impl ::std::future::Future<Output = DeletePetResponse> + Send;
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
                handle_list_pets(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[&[::generated_server_stubs::runtime::PartSpec::Lit("pets")]],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "listPets",
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
                handle_show_pet_by_id(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("pets")],
                    &[::generated_server_stubs::runtime::PartSpec::Param("petId")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "showPetById",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_delete_pet(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::DELETE,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("pets")],
                    &[::generated_server_stubs::runtime::PartSpec::Param("petId")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "deletePet",
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

const CREATE_PET_BODY: ::generated_server_stubs::runtime::BodySpec =
    ::generated_server_stubs::runtime::BodySpec {
        required: true,
        form: false,
        query_or_body: false,
        fields: &[
            ("name", ::generated_server_stubs::runtime::Kind::String),
            ("tag", ::generated_server_stubs::runtime::Kind::String),
        ],
        nullable: &[],
    };
/// Parse, check and dispatch `listPets`.
fn handle_list_pets<A, Au>(
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
            let params = ListPetsParams {
                limit: req
                    .query_param("limit", &::generated_server_stubs::runtime::Kind::Integer)?,
                tag: req.query_param("tag", &::generated_server_stubs::runtime::Kind::String)?,
            };
            api.list_pets(req.into_context(caller), params)
        };
        let response: ListPetsResponse = call.await;
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
            let body = req.body::<types::NewPet>(&CREATE_PET_BODY)?;
            api.create_pet(req.into_context(caller), params, body)
        };
        let response: CreatePetResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `showPetById`.
fn handle_show_pet_by_id<A, Au>(
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
            let params = ShowPetByIdParams {
                pet_id: req
                    .path_param("petId", &::generated_server_stubs::runtime::Kind::Integer)?,
            };
            api.show_pet_by_id(req.into_context(caller), params)
        };
        let response: ShowPetByIdResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `deletePet`.
fn handle_delete_pet<A, Au>(
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
            let params = DeletePetParams {
                pet_id: req
                    .path_param("petId", &::generated_server_stubs::runtime::Kind::Integer)?,
            };
            api.delete_pet(req.into_context(caller), params)
        };
        let response: DeletePetResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}
