#![allow(clippy::all, clippy::pedantic, unused_imports, dead_code)]
/// Types used as operation parameters and responses (identical to the client's).
#[allow(clippy::all)]
pub mod types {
    /// `Error`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Error {
        pub code: i32,
        pub message: ::std::string::String,
    }

    impl Error {
        pub fn builder() -> builder::Error {
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

    /// `Pets`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct Pets(pub ::std::vec::Vec<Pet>);
    impl ::std::ops::Deref for Pets {
        type Target = ::std::vec::Vec<Pet>;
        fn deref(&self) -> &::std::vec::Vec<Pet> {
            &self.0
        }
    }

    impl ::std::convert::From<Pets> for ::std::vec::Vec<Pet> {
        fn from(value: Pets) -> Self {
            value.0
        }
    }

    impl ::std::convert::From<::std::vec::Vec<Pet>> for Pets {
        fn from(value: ::std::vec::Vec<Pet>) -> Self {
            Self(value)
        }
    }

    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct Error {
            code: ::std::result::Result<i32, ::std::string::String>,
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for Error {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    message: Err("no value supplied for message".to_string()),
                }
            }
        }

        impl Error {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for code: {e}"));
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for message: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Error> for super::Error {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Error,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    message: value.message?,
                })
            }
        }

        impl ::std::convert::From<super::Error> for Error {
            fn from(value: super::Error) -> Self {
                Self {
                    code: Ok(value.code),
                    message: Ok(value.message),
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
    /// `limit` (query): How many items to return at one time (max 100)
    pub limit: ::std::option::Option<i32>,
}

/// Path and query parameters of `createPets`.
#[derive(Debug, Clone, PartialEq)]
pub struct CreatePetsParams {}
/// Path and query parameters of `showPetById`.
#[derive(Debug, Clone, PartialEq)]
pub struct ShowPetByIdParams {
    /// `petId` (path): The id of the pet to retrieve
    pub pet_id: ::std::string::String,
}

/// Every response `listPets` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListPetsResponse {
    /// 200: A paged array of pets
    Ok(types::Pets),
    /// default: unexpected error
    ///
    /// The first field is the status code to send.
    Default(u16, types::Error),
}

impl ::axum::response::IntoResponse for ListPetsResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
            Self::Default(status, body) => {
                ::generated_server_stubs::runtime::respond_json(status, &body)
            }
        }
    }
}

/// Every response `createPets` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum CreatePetsResponse {
    /// 201: Null response
    Created,
    /// default: unexpected error
    ///
    /// The first field is the status code to send.
    Default(u16, types::Error),
}

impl ::axum::response::IntoResponse for CreatePetsResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created => ::generated_server_stubs::runtime::respond_empty(201u16),
            Self::Default(status, body) => {
                ::generated_server_stubs::runtime::respond_json(status, &body)
            }
        }
    }
}

/// Every response `showPetById` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ShowPetByIdResponse {
    /// 200: Expected response to a valid request
    Ok(types::Pet),
    /// default: unexpected error
    ///
    /// The first field is the status code to send.
    Default(u16, types::Error),
}

impl ::axum::response::IntoResponse for ShowPetByIdResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
            Self::Default(status, body) => {
                ::generated_server_stubs::runtime::respond_json(status, &body)
            }
        }
    }
}

/// The operations of Swagger Petstore (version 1.0.0).
///
/// Implement this trait and serve it with [`service`] (or [`router`], to compose it with other axum routes); parameters and bodies arrive parsed and checked, and every request was authenticated by the [`::generated_server_stubs::runtime::Authenticator`] given to the router.
pub trait Api: Send + Sync + 'static {
    /// Who made the request, as the authenticator reports it.
    type Caller: Send + Sync + 'static;
    /// List all pets
    ///
    /// `GET /pets`
    fn list_pets(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: ListPetsParams,
    ) -> impl ::std::future::Future<Output = ListPetsResponse> + Send;
    /// Create a pet
    ///
    /// `POST /pets`
    fn create_pets(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: CreatePetsParams,
        body: types::Pet,
    ) -> impl ::std::future::Future<Output = CreatePetsResponse> + Send;
    /// Info for a specific pet
    ///
    /// `GET /pets/{petId}`
    fn show_pet_by_id(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: ShowPetByIdParams,
    ) -> impl ::std::future::Future<Output = ShowPetByIdResponse> + Send;
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
                handle_create_pets(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::POST,
                template: &[&[::generated_server_stubs::runtime::PartSpec::Lit("pets")]],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "createPets",
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

const CREATE_PETS_BODY: ::generated_server_stubs::runtime::BodySpec =
    ::generated_server_stubs::runtime::BodySpec {
        required: true,
        form: false,
        query_or_body: false,
        fields: &[
            ("id", ::generated_server_stubs::runtime::Kind::Integer),
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
            };
            api.list_pets(req.into_context(caller), params)
        };
        let response: ListPetsResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `createPets`.
fn handle_create_pets<A, Au>(
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
            let params = CreatePetsParams {};
            let body = req.body::<types::Pet>(&CREATE_PETS_BODY)?;
            api.create_pets(req.into_context(caller), params, body)
        };
        let response: CreatePetsResponse = call.await;
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
                    .path_param("petId", &::generated_server_stubs::runtime::Kind::String)?,
            };
            api.show_pet_by_id(req.into_context(caller), params)
        };
        let response: ShowPetByIdResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}
