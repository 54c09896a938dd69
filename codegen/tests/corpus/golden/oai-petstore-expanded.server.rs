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

/// Path and query parameters of `findPets`.
#[derive(Debug, Clone, PartialEq)]
pub struct FindPetsParams {
    /// `tags` (query): tags to filter by
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `limit` (query): maximum number of results to return
    pub limit: ::std::option::Option<i32>,
}

/// Path and query parameters of `addPet`.
#[derive(Debug, Clone, PartialEq)]
pub struct AddPetParams {}
/// Path and query parameters of `find pet by id`.
#[derive(Debug, Clone, PartialEq)]
pub struct FindPetByIdParams {
    /// `id` (path): ID of pet to fetch
    pub id: i64,
}

/// Path and query parameters of `deletePet`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeletePetParams {
    /// `id` (path): ID of pet to delete
    pub id: i64,
}

/// Every response `findPets` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum FindPetsResponse {
    /// 200: pet response
    Ok(::std::vec::Vec<types::Pet>),
    /// default: unexpected error
    ///
    /// The first field is the status code to send.
    Default(u16, types::Error),
}

impl ::axum::response::IntoResponse for FindPetsResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
            Self::Default(status, body) => {
                ::generated_server_stubs::runtime::respond_json(status, &body)
            }
        }
    }
}

/// Every response `addPet` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum AddPetResponse {
    /// 200: pet response
    Ok(types::Pet),
    /// default: unexpected error
    ///
    /// The first field is the status code to send.
    Default(u16, types::Error),
}

impl ::axum::response::IntoResponse for AddPetResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
            Self::Default(status, body) => {
                ::generated_server_stubs::runtime::respond_json(status, &body)
            }
        }
    }
}

/// Every response `find pet by id` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum FindPetByIdResponse {
    /// 200: pet response
    Ok(types::Pet),
    /// default: unexpected error
    ///
    /// The first field is the status code to send.
    Default(u16, types::Error),
}

impl ::axum::response::IntoResponse for FindPetByIdResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
            Self::Default(status, body) => {
                ::generated_server_stubs::runtime::respond_json(status, &body)
            }
        }
    }
}

/// Every response `deletePet` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum DeletePetResponse {
    /// 204: pet deleted
    NoContent,
    /// default: unexpected error
    ///
    /// The first field is the status code to send.
    Default(u16, types::Error),
}

impl ::axum::response::IntoResponse for DeletePetResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::NoContent => ::generated_server_stubs::runtime::respond_empty(204u16),
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
    /// `GET /pets`
    ///
    /// Returns all pets from the system that the user has access to
    /// Nam sed condimentum est. Maecenas tempor sagittis sapien, nec rhoncus sem sagittis sit amet. Aenean at gravida augue, ac iaculis sem. Curabitur odio lorem, ornare eget elementum nec, cursus id lectus. Duis mi turpis, pulvinar ac eros ac, tincidunt varius justo. In hac habitasse platea dictumst. Integer at adipiscing ante, a sagittis ligula. Aenean pharetra tempor ante molestie imperdiet. Vivamus id aliquam diam. Cras quis velit non tortor eleifend sagittis. Praesent at enim pharetra urna volutpat venenatis eget eget mauris. In eleifend fermentum facilisis. Praesent enim enim, gravida ac sodales sed, placerat id erat. Suspendisse lacus dolor, consectetur non augue vel, vehicula interdum libero. Morbi euismod sagittis libero sed lacinia.
    ///
    /// Sed tempus felis lobortis leo pulvinar rutrum. Nam mattis velit nisl, eu condimentum ligula luctus nec. Phasellus semper velit eget aliquet faucibus. In a mattis elit. Phasellus vel urna viverra, condimentum lorem id, rhoncus nibh. Ut pellentesque posuere elementum. Sed a varius odio. Morbi rhoncus ligula libero, vel eleifend nunc tristique vitae. Fusce et sem dui. Aenean nec scelerisque tortor. Fusce malesuada accumsan magna vel tempus. Quisque mollis felis eu dolor tristique, sit amet auctor felis gravida. Sed libero lorem, molestie sed nisl in, accumsan tempor nisi. Fusce sollicitudin massa ut lacinia mattis. Sed vel eleifend lorem. Pellentesque vitae felis pretium, pulvinar elit eu, euismod sapien.
    fn find_pets(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: FindPetsParams,
    ) -> impl ::std::future::Future<Output = FindPetsResponse> + Send;
    /// `POST /pets`
    ///
    /// Creates a new pet in the store. Duplicates are allowed
    fn add_pet(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: AddPetParams,
        body: types::NewPet,
    ) -> impl ::std::future::Future<Output = AddPetResponse> + Send;
    /// `GET /pets/{id}`
    ///
    /// Returns a user based on a single ID, if the user does not have access to the pet
    fn find_pet_by_id(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: FindPetByIdParams,
    ) -> impl ::std::future::Future<Output = FindPetByIdResponse> + Send;
    /// `DELETE /pets/{id}`
    ///
    /// deletes a single pet based on the ID supplied
    fn delete_pet(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: DeletePetParams,
    ) -> impl ::std::future::Future<Output = DeletePetResponse> + Send;
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
                handle_find_pets(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[&[::generated_server_stubs::runtime::PartSpec::Lit("pets")]],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "findPets",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_add_pet(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::POST,
                template: &[&[::generated_server_stubs::runtime::PartSpec::Lit("pets")]],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "addPet",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_find_pet_by_id(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("pets")],
                    &[::generated_server_stubs::runtime::PartSpec::Param("id")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "find pet by id",
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
                    &[::generated_server_stubs::runtime::PartSpec::Param("id")],
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

const ADD_PET_BODY: ::generated_server_stubs::runtime::BodySpec =
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
/// Parse, check and dispatch `findPets`.
fn handle_find_pets<A, Au>(
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
            let params = FindPetsParams {
                tags: ::generated_server_stubs::runtime::query_array_param(
                    &req,
                    "tags",
                    &::generated_server_stubs::runtime::Kind::String,
                )?,
                limit: req
                    .query_param("limit", &::generated_server_stubs::runtime::Kind::Integer)?,
            };
            api.find_pets(req.into_context(caller), params)
        };
        let response: FindPetsResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `addPet`.
fn handle_add_pet<A, Au>(
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
            let params = AddPetParams {};
            let body = req.body::<types::NewPet>(&ADD_PET_BODY)?;
            api.add_pet(req.into_context(caller), params, body)
        };
        let response: AddPetResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `find pet by id`.
fn handle_find_pet_by_id<A, Au>(
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
            let params = FindPetByIdParams {
                id: req.path_param("id", &::generated_server_stubs::runtime::Kind::Integer)?,
            };
            api.find_pet_by_id(req.into_context(caller), params)
        };
        let response: FindPetByIdResponse = call.await;
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
                id: req.path_param("id", &::generated_server_stubs::runtime::Kind::Integer)?,
            };
            api.delete_pet(req.into_context(caller), params)
        };
        let response: DeletePetResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}
