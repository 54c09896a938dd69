#![allow(clippy::all, clippy::pedantic, unused_imports, dead_code)]
/// Types used as operation parameters and responses (identical to the client's).
#[allow(clippy::all)]
pub mod types {
    /// `DataSetList`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct DataSetList {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub apis: ::std::vec::Vec<DataSetListApisItem>,
    }

    impl DataSetList {
        pub fn builder() -> builder::DataSetList {
            Default::default()
        }
    }

    /// `DataSetListApisItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct DataSetListApisItem {
        /// A URL to the API console for each API
        #[serde(
            rename = "apiDocumentationUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub api_documentation_url: ::std::option::Option<::std::string::String>,
        /// To be used as a dataset parameter value
        #[serde(
            rename = "apiKey",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub api_key: ::std::option::Option<::std::string::String>,
        /// The URL describing the dataset's fields
        #[serde(
            rename = "apiUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub api_url: ::std::option::Option<::std::string::String>,
        /// To be used as a version parameter value
        #[serde(
            rename = "apiVersionNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub api_version_number: ::std::option::Option<::std::string::String>,
    }

    impl DataSetListApisItem {
        pub fn builder() -> builder::DataSetListApisItem {
            Default::default()
        }
    }

    /// `PerformSearchBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PerformSearchBody {
        /// Uses Lucene Query Syntax in the format of propertyName:value, propertyName:[num1 TO num2] and date range format: propertyName:[yyyyMMdd TO yyyyMMdd]. In the response please see the 'docs' element which has the list of record objects. Each record structure would consist of all the fields and their corresponding values.
        pub criteria: ::std::string::String,
        /// Starting record number. Default value is 0.
        #[serde(default)]
        pub start: i64,
        /// Specify number of rows to be returned. If you run the search with default values, in the response you will see 'numFound' attribute which will tell the number of records available in the dataset.
        #[serde(default = "defaults::default_u64::<i64, 100>")]
        pub rows: i64,
    }

    impl PerformSearchBody {
        pub fn builder() -> builder::PerformSearchBody {
            Default::default()
        }
    }

    /// `PerformSearchResponseItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct PerformSearchResponseItem(
        pub  ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    );
    impl ::std::ops::Deref for PerformSearchResponseItem {
        type Target = ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >;
        fn deref(
            &self,
        ) -> &::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        > {
            &self.0
        }
    }

    impl ::std::convert::From<PerformSearchResponseItem>
        for ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >
    {
        fn from(value: PerformSearchResponseItem) -> Self {
            value.0
        }
    }

    impl
        ::std::convert::From<
            ::std::collections::HashMap<
                ::std::string::String,
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        > for PerformSearchResponseItem
    {
        fn from(
            value: ::std::collections::HashMap<
                ::std::string::String,
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        ) -> Self {
            Self(value)
        }
    }

    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct DataSetList {
            total: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            apis: ::std::result::Result<
                ::std::vec::Vec<super::DataSetListApisItem>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for DataSetList {
            fn default() -> Self {
                Self {
                    apis: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }

        impl DataSetList {
            pub fn apis<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::DataSetListApisItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.apis = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for apis: {e}"));
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for total: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<DataSetList> for super::DataSetList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DataSetList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    apis: value.apis?,
                    total: value.total?,
                })
            }
        }

        impl ::std::convert::From<super::DataSetList> for DataSetList {
            fn from(value: super::DataSetList) -> Self {
                Self {
                    apis: Ok(value.apis),
                    total: Ok(value.total),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct DataSetListApisItem {
            api_documentation_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            api_key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            api_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            api_version_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for DataSetListApisItem {
            fn default() -> Self {
                Self {
                    api_documentation_url: Ok(Default::default()),
                    api_key: Ok(Default::default()),
                    api_url: Ok(Default::default()),
                    api_version_number: Ok(Default::default()),
                }
            }
        }

        impl DataSetListApisItem {
            pub fn api_documentation_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.api_documentation_url = value.try_into().map_err(|e| {
                    format!("error converting supplied value for api_documentation_url: {e}")
                });
                self
            }
            pub fn api_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.api_key = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for api_key: {e}"));
                self
            }
            pub fn api_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.api_url = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for api_url: {e}"));
                self
            }
            pub fn api_version_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.api_version_number = value.try_into().map_err(|e| {
                    format!("error converting supplied value for api_version_number: {e}")
                });
                self
            }
        }

        impl ::std::convert::TryFrom<DataSetListApisItem> for super::DataSetListApisItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DataSetListApisItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_documentation_url: value.api_documentation_url?,
                    api_key: value.api_key?,
                    api_url: value.api_url?,
                    api_version_number: value.api_version_number?,
                })
            }
        }

        impl ::std::convert::From<super::DataSetListApisItem> for DataSetListApisItem {
            fn from(value: super::DataSetListApisItem) -> Self {
                Self {
                    api_documentation_url: Ok(value.api_documentation_url),
                    api_key: Ok(value.api_key),
                    api_url: Ok(value.api_url),
                    api_version_number: Ok(value.api_version_number),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct PerformSearchBody {
            criteria: ::std::result::Result<::std::string::String, ::std::string::String>,
            start: ::std::result::Result<i64, ::std::string::String>,
            rows: ::std::result::Result<i64, ::std::string::String>,
        }

        impl ::std::default::Default for PerformSearchBody {
            fn default() -> Self {
                Self {
                    criteria: Err("no value supplied for criteria".to_string()),
                    rows: Ok(super::defaults::default_u64::<i64, 100>()),
                    start: Ok(Default::default()),
                }
            }
        }

        impl PerformSearchBody {
            pub fn criteria<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.criteria = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for criteria: {e}"));
                self
            }
            pub fn rows<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.rows = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for rows: {e}"));
                self
            }
            pub fn start<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.start = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for start: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<PerformSearchBody> for super::PerformSearchBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PerformSearchBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    criteria: value.criteria?,
                    rows: value.rows?,
                    start: value.start?,
                })
            }
        }

        impl ::std::convert::From<super::PerformSearchBody> for PerformSearchBody {
            fn from(value: super::PerformSearchBody) -> Self {
                Self {
                    criteria: Ok(value.criteria),
                    rows: Ok(value.rows),
                    start: Ok(value.start),
                }
            }
        }
    }

    /// Generation of default values for serde.
    pub mod defaults {
        pub(super) fn default_u64<T, const V: u64>() -> T
        where
            T: ::std::convert::TryFrom<u64>,
            <T as ::std::convert::TryFrom<u64>>::Error: ::std::fmt::Debug,
        {
            T::try_from(V).unwrap()
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

/// Path and query parameters of `list-data-sets`.
#[derive(Debug, Clone, PartialEq)]
pub struct ListDataSetsParams {}
/// Path and query parameters of `list-searchable-fields`.
#[derive(Debug, Clone, PartialEq)]
pub struct ListSearchableFieldsParams {
    /// `dataset` (path): Name of the dataset.
    pub dataset: ::std::string::String,
    /// `version` (path): Version of the dataset.
    pub version: ::std::string::String,
}

/// Path and query parameters of `perform-search`.
#[derive(Debug, Clone, PartialEq)]
pub struct PerformSearchParams {
    /// `version` (path): Version of the dataset.
    pub version: ::std::string::String,
    /// `dataset` (path): Name of the dataset. In this case, the default value is oa_citations
    pub dataset: ::std::string::String,
}

/// Every response `list-data-sets` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListDataSetsResponse {
    /// 200: Returns a list of data sets
    Ok(types::DataSetList),
}

impl ::axum::response::IntoResponse for ListDataSetsResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
        }
    }
}

/// Every response `list-searchable-fields` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListSearchableFieldsResponse {
    /// 200: The dataset API for the given version is found and it is accessible to consume.
    Ok(::std::string::String),
    /// 404: The combination of dataset name and version is not found in the system or it is not published yet to be consumed by public.
    NotFound(::std::string::String),
}

impl ::axum::response::IntoResponse for ListSearchableFieldsResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
            Self::NotFound(body) => ::generated_server_stubs::runtime::respond_json(404u16, &body),
        }
    }
}

/// Every response `perform-search` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum PerformSearchResponse {
    /// 200: successful operation
    Ok(::std::vec::Vec<types::PerformSearchResponseItem>),
    /// 404: No matching record found for the given criteria.
    NotFound,
}

impl ::axum::response::IntoResponse for PerformSearchResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
            Self::NotFound => ::generated_server_stubs::runtime::respond_empty(404u16),
        }
    }
}

/// The operations of USPTO Data Set API (version 1.0.0).
///
/// Implement this trait and serve it with [`service`] (or [`router`], to compose it with other axum routes); parameters and bodies arrive parsed and checked, and every request was authenticated by the [`::generated_server_stubs::runtime::Authenticator`] given to the router.
pub trait Api: Send + Sync + 'static {
    /// Who made the request, as the authenticator reports it.
    type Caller: Send + Sync + 'static;
    /// List available data sets
    ///
    /// `GET /`
    fn list_data_sets(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: ListDataSetsParams,
    ) -> impl ::std::future::Future<Output = ListDataSetsResponse> + Send;
    /// Provides the general information about the API and the list of fields that can be used to query the dataset.
    ///
    /// `GET /{dataset}/{version}/fields`
    ///
    /// This GET API returns the list of all the searchable field names that are in the oa_citations. Please see the 'fields' attribute which returns an array of field names. Each field or a combination of fields can be searched using the syntax options shown below.
    fn list_searchable_fields(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: ListSearchableFieldsParams,
    ) -> impl ::std::future::Future<Output = ListSearchableFieldsResponse> + Send;
    /// Provides search capability for the data set with the given search criteria.
    ///
    /// `POST /{dataset}/{version}/records`
    ///
    /// This API is based on Solr/Lucene Search. The data is indexed using SOLR. This GET API returns the list of all the searchable field names that are in the Solr Index. Please see the 'fields' attribute which returns an array of field names. Each field or a combination of fields can be searched using the Solr/Lucene Syntax. Please refer <https://lucene.apache.org/core/3_6_2/queryparsersyntax.html#Overview> for the query syntax. List of field names that are searchable can be determined using above GET api.
    fn perform_search(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: PerformSearchParams,
        body: ::std::option::Option<types::PerformSearchBody>,
    ) -> impl ::std::future::Future<Output = PerformSearchResponse> + Send;
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
                handle_list_data_sets(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[&[]],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "list-data-sets",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_list_searchable_fields(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Param(
                        "dataset",
                    )],
                    &[::generated_server_stubs::runtime::PartSpec::Param(
                        "version",
                    )],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("fields")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "list-searchable-fields",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_perform_search(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::POST,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Param(
                        "dataset",
                    )],
                    &[::generated_server_stubs::runtime::PartSpec::Param(
                        "version",
                    )],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("records")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "perform-search",
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

const PERFORM_SEARCH_BODY: ::generated_server_stubs::runtime::BodySpec =
    ::generated_server_stubs::runtime::BodySpec {
        required: false,
        form: true,
        query_or_body: false,
        fields: &[
            ("criteria", ::generated_server_stubs::runtime::Kind::String),
            ("start", ::generated_server_stubs::runtime::Kind::Integer),
            ("rows", ::generated_server_stubs::runtime::Kind::Integer),
        ],
        nullable: &[],
    };
/// Parse, check and dispatch `list-data-sets`.
fn handle_list_data_sets<A, Au>(
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
            let params = ListDataSetsParams {};
            api.list_data_sets(req.into_context(caller), params)
        };
        let response: ListDataSetsResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `list-searchable-fields`.
fn handle_list_searchable_fields<A, Au>(
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
            let params = ListSearchableFieldsParams {
                dataset: req
                    .path_param("dataset", &::generated_server_stubs::runtime::Kind::String)?,
                version: req
                    .path_param("version", &::generated_server_stubs::runtime::Kind::String)?,
            };
            api.list_searchable_fields(req.into_context(caller), params)
        };
        let response: ListSearchableFieldsResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `perform-search`.
fn handle_perform_search<A, Au>(
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
            let params = PerformSearchParams {
                version: req
                    .path_param("version", &::generated_server_stubs::runtime::Kind::String)?,
                dataset: req
                    .path_param("dataset", &::generated_server_stubs::runtime::Kind::String)?,
            };
            let body = req.optional_body::<types::PerformSearchBody>(&PERFORM_SEARCH_BODY)?;
            api.perform_search(req.into_context(caller), params, body)
        };
        let response: PerformSearchResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}
