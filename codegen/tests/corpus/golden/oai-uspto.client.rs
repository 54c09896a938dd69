#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{ClientHooks, OperationInfo, RequestBuilderExt, encode_path};
/// Types used as operation parameters and responses.
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

#[derive(Clone, Debug)]
/// Client for USPTO Data Set API
///
/// The Data Set API (DSAPI) allows the public users to discover and search USPTO exported data sets. This is a generic API that allows USPTO users to make any CSV based data files searchable through API. With the help of GET call, it returns the list of data fields that are searchable. With the help of POST call, data can be fetched based on the filters on the field names. Please note that POST call is used to search the actual data. The reason for the POST call is that it allows users to specify any complex search criteria without worry about the GET size limitations as well as encoding of the input parameters.
///
/// Version: 1.0.0
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
}

impl Client {
    /// Create a new client.
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new()
                .connect_timeout(dur)
                .timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap())
    }

    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(baseurl: &str, client: reqwest::Client) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
        }
    }
}

impl ClientInfo<()> for Client {
    fn api_version() -> &'static str {
        "1.0.0"
    }

    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }

    fn client(&self) -> &reqwest::Client {
        &self.client
    }

    fn inner(&self) -> &() {
        &()
    }
}

impl ClientHooks<()> for &Client {}
impl Client {
    /// List available data sets
    ///
    /// Sends a `GET` request to `/`
    ///
    /// ```text
    /// let response = client.list_data_sets()
    ///     .send()
    ///     .await;
    /// ```
    pub fn list_data_sets(&self) -> builder::ListDataSets<'_> {
        builder::ListDataSets::new(self)
    }

    /// Provides the general information about the API and the list of fields that can be used to query the dataset
    ///
    /// This GET API returns the list of all the searchable field names that are in the oa_citations. Please see the 'fields' attribute which returns an array of field names. Each field or a combination of fields can be searched using the syntax options shown below.
    ///
    /// Sends a `GET` request to `/{dataset}/{version}/fields`
    ///
    /// Arguments:
    /// - `dataset`: Name of the dataset.
    /// - `version`: Version of the dataset.
    /// ```text
    /// let response = client.list_searchable_fields()
    ///     .dataset(dataset)
    ///     .version(version)
    ///     .send()
    ///     .await;
    /// ```
    pub fn list_searchable_fields(&self) -> builder::ListSearchableFields<'_> {
        builder::ListSearchableFields::new(self)
    }

    /// Provides search capability for the data set with the given search criteria
    ///
    /// This API is based on Solr/Lucene Search. The data is indexed using SOLR. This GET API returns the list of all the searchable field names that are in the Solr Index. Please see the 'fields' attribute which returns an array of field names. Each field or a combination of fields can be searched using the Solr/Lucene Syntax. Please refer <https://lucene.apache.org/core/3_6_2/queryparsersyntax.html#Overview> for the query syntax. List of field names that are searchable can be determined using above GET api.
    ///
    /// Sends a `POST` request to `/{dataset}/{version}/records`
    ///
    /// Arguments:
    /// - `dataset`: Name of the dataset. In this case, the default value is oa_citations
    /// - `version`: Version of the dataset.
    /// - `body`
    /// ```text
    /// let response = client.perform_search()
    ///     .dataset(dataset)
    ///     .version(version)
    ///     .body(body)
    ///     .send()
    ///     .await;
    /// ```
    pub fn perform_search(&self) -> builder::PerformSearch<'_> {
        builder::PerformSearch::new(self)
    }
}

/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        ByteStream, ClientHooks, ClientInfo, Error, OperationInfo, RequestBuilderExt,
        ResponseValue, encode_path,
    };
    /// Builder for [`Client::list_data_sets`]
    ///
    /// [`Client::list_data_sets`]: super::Client::list_data_sets
    #[derive(Debug, Clone)]
    pub struct ListDataSets<'a> {
        client: &'a super::Client,
    }

    impl<'a> ListDataSets<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }

        /// Sends a `GET` request to `/`
        pub async fn send(self) -> Result<ResponseValue<types::DataSetList>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_data_sets",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /// Builder for [`Client::list_searchable_fields`]
    ///
    /// [`Client::list_searchable_fields`]: super::Client::list_searchable_fields
    #[derive(Debug, Clone)]
    pub struct ListSearchableFields<'a> {
        client: &'a super::Client,
        dataset: Result<::std::string::String, String>,
        version: Result<::std::string::String, String>,
    }

    impl<'a> ListSearchableFields<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                dataset: Err("dataset was not initialized".to_string()),
                version: Err("version was not initialized".to_string()),
            }
        }

        pub fn dataset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.dataset = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for dataset failed".to_string()
            });
            self
        }

        pub fn version<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.version = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for version failed".to_string()
            });
            self
        }

        /// Sends a `GET` request to `/{dataset}/{version}/fields`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::string::String>, Error<::std::string::String>> {
            let Self {
                client,
                dataset,
                version,
            } = self;
            let dataset = dataset.map_err(Error::InvalidRequest)?;
            let version = version.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/{}/{}/fields",
                client.baseurl,
                encode_path(&dataset.to_string()),
                encode_path(&version.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_searchable_fields",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /// Builder for [`Client::perform_search`]
    ///
    /// [`Client::perform_search`]: super::Client::perform_search
    #[derive(Debug, Clone)]
    pub struct PerformSearch<'a> {
        client: &'a super::Client,
        dataset: Result<::std::string::String, String>,
        version: Result<::std::string::String, String>,
        body: Result<types::builder::PerformSearchBody, String>,
    }

    impl<'a> PerformSearch<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                dataset: Err("dataset was not initialized".to_string()),
                version: Err("version was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn dataset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.dataset = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for dataset failed".to_string()
            });
            self
        }

        pub fn version<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.version = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for version failed".to_string()
            });
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PerformSearchBody>,
            <V as std::convert::TryInto<types::PerformSearchBody>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `PerformSearchBody` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                    types::builder::PerformSearchBody,
                ) -> types::builder::PerformSearchBody,
        {
            self.body = self.body.map(f);
            self
        }

        /// Sends a `POST` request to `/{dataset}/{version}/records`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::vec::Vec<types::PerformSearchResponseItem>>, Error<()>>
        {
            let Self {
                client,
                dataset,
                version,
                body,
            } = self;
            let dataset = dataset.map_err(Error::InvalidRequest)?;
            let version = version.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::PerformSearchBody::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/{}/{}/records",
                client.baseurl,
                encode_path(&dataset.to_string()),
                encode_path(&version.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .form_urlencoded(&body)?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "perform_search",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                404u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}

/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
