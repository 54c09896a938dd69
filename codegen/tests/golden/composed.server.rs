#![allow(clippy::all, clippy::pedantic, unused_imports, dead_code)]
/// Types used as operation parameters and responses (identical to the client's).
#[allow(clippy::all)]
pub mod types {
    /// `Circle`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Circle {
        pub radius: f64,
    }

    impl Circle {
        pub fn builder() -> builder::Circle {
            Default::default()
        }
    }

    /// `Labeled`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct Labeled {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub label: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }

    impl Labeled {
        pub fn builder() -> builder::Labeled {
            Default::default()
        }
    }

    /// `Named`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct Named {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }

    impl Named {
        pub fn builder() -> builder::Named {
            Default::default()
        }
    }

    /// `Shape`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum Shape {
        Circle(Circle),
        Square(Square),
    }

    impl ::std::convert::From<Circle> for Shape {
        fn from(value: Circle) -> Self {
            Self::Circle(value)
        }
    }

    impl ::std::convert::From<Square> for Shape {
        fn from(value: Square) -> Self {
            Self::Square(value)
        }
    }

    /// `Square`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Square {
        pub side: f64,
    }

    impl Square {
        pub fn builder() -> builder::Square {
            Default::default()
        }
    }

    /// `Tolerant`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum Tolerant {
        String(::std::string::String),
        Array(::std::vec::Vec<::std::string::String>),
    }

    impl ::std::convert::From<::std::vec::Vec<::std::string::String>> for Tolerant {
        fn from(value: ::std::vec::Vec<::std::string::String>) -> Self {
            Self::Array(value)
        }
    }

    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct Circle {
            radius: ::std::result::Result<f64, ::std::string::String>,
        }

        impl ::std::default::Default for Circle {
            fn default() -> Self {
                Self {
                    radius: Err("no value supplied for radius".to_string()),
                }
            }
        }

        impl Circle {
            pub fn radius<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.radius = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for radius: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Circle> for super::Circle {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Circle,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    radius: value.radius?,
                })
            }
        }

        impl ::std::convert::From<super::Circle> for Circle {
            fn from(value: super::Circle) -> Self {
                Self {
                    radius: Ok(value.radius),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Labeled {
            label: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for Labeled {
            fn default() -> Self {
                Self {
                    label: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }

        impl Labeled {
            pub fn label<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.label = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for label: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Labeled> for super::Labeled {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Labeled,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    label: value.label?,
                    name: value.name?,
                })
            }
        }

        impl ::std::convert::From<super::Labeled> for Labeled {
            fn from(value: super::Labeled) -> Self {
                Self {
                    label: Ok(value.label),
                    name: Ok(value.name),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Named {
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for Named {
            fn default() -> Self {
                Self {
                    name: Ok(Default::default()),
                }
            }
        }

        impl Named {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Named> for super::Named {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Named,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { name: value.name? })
            }
        }

        impl ::std::convert::From<super::Named> for Named {
            fn from(value: super::Named) -> Self {
                Self {
                    name: Ok(value.name),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Square {
            side: ::std::result::Result<f64, ::std::string::String>,
        }

        impl ::std::default::Default for Square {
            fn default() -> Self {
                Self {
                    side: Err("no value supplied for side".to_string()),
                }
            }
        }

        impl Square {
            pub fn side<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.side = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for side: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Square> for super::Square {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Square,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { side: value.side? })
            }
        }

        impl ::std::convert::From<super::Square> for Square {
            fn from(value: super::Square) -> Self {
                Self {
                    side: Ok(value.side),
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

/// Path and query parameters of `putShape`.
#[derive(Debug, Clone, PartialEq)]
pub struct PutShapeParams {}
/// Every response `putShape` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum PutShapeResponse {
    /// 200: stored
    Ok(types::Labeled),
}

impl ::axum::response::IntoResponse for PutShapeResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
        }
    }
}

/// The operations of Composed schemas (version 1.0.0).
///
/// Implement this trait and serve it with [`service`] (or [`router`], to compose it with other axum routes); parameters and bodies arrive parsed and checked, and every request was authenticated by the [`::generated_server_stubs::runtime::Authenticator`] given to the router.
pub trait Api: Send + Sync + 'static {
    /// Who made the request, as the authenticator reports it.
    type Caller: Send + Sync + 'static;
    /// `PUT /shapes`
    fn put_shape(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: PutShapeParams,
        body: types::Shape,
    ) -> impl ::std::future::Future<Output = PutShapeResponse> + Send;
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
                handle_put_shape(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::PUT,
                template: &[&[::generated_server_stubs::runtime::PartSpec::Lit("shapes")]],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "putShape",
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

const PUT_SHAPE_BODY: ::generated_server_stubs::runtime::BodySpec =
    ::generated_server_stubs::runtime::BodySpec {
        required: true,
        form: false,
        query_or_body: false,
        fields: &[],
        nullable: &[],
    };
/// Parse, check and dispatch `putShape`.
fn handle_put_shape<A, Au>(
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
            let params = PutShapeParams {};
            let body = req.body::<types::Shape>(&PUT_SHAPE_BODY)?;
            api.put_shape(req.into_context(caller), params, body)
        };
        let response: PutShapeResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}
