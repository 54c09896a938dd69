#![allow(clippy::all, clippy::pedantic, unused_imports, dead_code)]
/// Types used as operation parameters and responses (identical to the client's).
#[allow(clippy::all)]
pub mod types {
    /// subscription information
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PostStreamsResponse {
        /// this unique identifier allows management of the subscription
        #[serde(rename = "subscriptionId")]
        pub subscription_id: ::std::string::String,
    }

    impl PostStreamsResponse {
        pub fn builder() -> builder::PostStreamsResponse {
            Default::default()
        }
    }

    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct PostStreamsResponse {
            subscription_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for PostStreamsResponse {
            fn default() -> Self {
                Self {
                    subscription_id: Err("no value supplied for subscription_id".to_string()),
                }
            }
        }

        impl PostStreamsResponse {
            pub fn subscription_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.subscription_id = value.try_into().map_err(|e| {
                    format!("error converting supplied value for subscription_id: {e}")
                });
                self
            }
        }

        impl ::std::convert::TryFrom<PostStreamsResponse> for super::PostStreamsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PostStreamsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    subscription_id: value.subscription_id?,
                })
            }
        }

        impl ::std::convert::From<super::PostStreamsResponse> for PostStreamsResponse {
            fn from(value: super::PostStreamsResponse) -> Self {
                Self {
                    subscription_id: Ok(value.subscription_id),
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

/// Path and query parameters of `post_streams`.
#[derive(Debug, Clone, PartialEq)]
pub struct PostStreamsParams {
    /// `callbackUrl` (query): the location where data will be sent.  Must be network accessible
    /// by the source server
    pub callback_url: ::std::string::String,
}

/// Every response `post_streams` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum PostStreamsResponse {
    /// 201: subscription successfully created
    Created(types::PostStreamsResponse),
}

impl ::axum::response::IntoResponse for PostStreamsResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => ::generated_server_stubs::runtime::respond_json(201u16, &body),
        }
    }
}

/// The operations of Callback Example (version 1.0.0).
///
/// Implement this trait and serve it with [`service`] (or [`router`], to compose it with other axum routes); parameters and bodies arrive parsed and checked, and every request was authenticated by the [`::generated_server_stubs::runtime::Authenticator`] given to the router.
pub trait Api: Send + Sync + 'static {
    /// Who made the request, as the authenticator reports it.
    type Caller: Send + Sync + 'static;
    /// `POST /streams`
    ///
    /// subscribes a client to receive out-of-band data
    fn post_streams(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: PostStreamsParams,
    ) -> impl ::std::future::Future<Output = PostStreamsResponse> + Send;
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
                handle_post_streams(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::POST,
                template: &[&[::generated_server_stubs::runtime::PartSpec::Lit("streams")]],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "post_streams",
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

/// Parse, check and dispatch `post_streams`.
fn handle_post_streams<A, Au>(
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
            let params = PostStreamsParams {
                callback_url: req.required_query_param(
                    "callbackUrl",
                    &::generated_server_stubs::runtime::Kind::String,
                )?,
            };
            api.post_streams(req.into_context(caller), params)
        };
        let response: PostStreamsResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}
