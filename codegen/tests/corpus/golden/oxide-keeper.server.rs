#![allow(clippy::all, clippy::pedantic, unused_imports, dead_code)]
/// Types used as operation parameters and responses (identical to the client's).
#[allow(clippy::all)]
pub mod types {
    /// `EnrolBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct EnrolBody {
        pub host: ::std::string::String,
        pub key: ::std::string::String,
    }

    impl EnrolBody {
        pub fn builder() -> builder::EnrolBody {
            Default::default()
        }
    }

    /// `GlobalJobsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GlobalJobsResponse {
        pub summary: ::std::vec::Vec<ReportSummary>,
    }

    impl GlobalJobsResponse {
        pub fn builder() -> builder::GlobalJobsResponse {
            Default::default()
        }
    }

    /// `OutputRecord`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct OutputRecord {
        pub msg: ::std::string::String,
        pub stream: ::std::string::String,
        pub time: ::chrono::DateTime<::chrono::offset::Utc>,
    }

    impl OutputRecord {
        pub fn builder() -> builder::OutputRecord {
            Default::default()
        }
    }

    /// `PingResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PingResponse {
        pub host: ::std::string::String,
        pub ok: bool,
    }

    impl PingResponse {
        pub fn builder() -> builder::PingResponse {
            Default::default()
        }
    }

    /// `ReportFinishBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ReportFinishBody {
        pub duration_millis: i32,
        pub end_time: ::chrono::DateTime<::chrono::offset::Utc>,
        pub exit_status: i32,
        pub id: ReportId,
    }

    impl ReportFinishBody {
        pub fn builder() -> builder::ReportFinishBody {
            Default::default()
        }
    }

    /// `ReportFinishResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ReportFinishResponse {
        pub existed_already: bool,
    }

    impl ReportFinishResponse {
        pub fn builder() -> builder::ReportFinishResponse {
            Default::default()
        }
    }

    /// `ReportId`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ReportId {
        pub host: ::std::string::String,
        pub job: ::std::string::String,
        pub pid: u64,
        pub time: ::chrono::DateTime<::chrono::offset::Utc>,
        pub uuid: ::std::string::String,
    }

    impl ReportId {
        pub fn builder() -> builder::ReportId {
            Default::default()
        }
    }

    /// `ReportOutputBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ReportOutputBody {
        pub id: ReportId,
        pub record: OutputRecord,
    }

    impl ReportOutputBody {
        pub fn builder() -> builder::ReportOutputBody {
            Default::default()
        }
    }

    /// `ReportStartBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ReportStartBody {
        pub id: ReportId,
        pub script: ::std::string::String,
        pub start_time: ::chrono::DateTime<::chrono::offset::Utc>,
    }

    impl ReportStartBody {
        pub fn builder() -> builder::ReportStartBody {
            Default::default()
        }
    }

    /// `ReportSummary`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ReportSummary {
        pub age_seconds: i32,
        pub duration_seconds: i32,
        pub host: ::std::string::String,
        pub job: ::std::string::String,
        pub status: i32,
        pub when: ::chrono::DateTime<::chrono::offset::Utc>,
    }

    impl ReportSummary {
        pub fn builder() -> builder::ReportSummary {
            Default::default()
        }
    }

    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct EnrolBody {
            host: ::std::result::Result<::std::string::String, ::std::string::String>,
            key: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for EnrolBody {
            fn default() -> Self {
                Self {
                    host: Err("no value supplied for host".to_string()),
                    key: Err("no value supplied for key".to_string()),
                }
            }
        }

        impl EnrolBody {
            pub fn host<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.host = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for host: {e}"));
                self
            }
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.key = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for key: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<EnrolBody> for super::EnrolBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EnrolBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    host: value.host?,
                    key: value.key?,
                })
            }
        }

        impl ::std::convert::From<super::EnrolBody> for EnrolBody {
            fn from(value: super::EnrolBody) -> Self {
                Self {
                    host: Ok(value.host),
                    key: Ok(value.key),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct GlobalJobsResponse {
            summary:
                ::std::result::Result<::std::vec::Vec<super::ReportSummary>, ::std::string::String>,
        }

        impl ::std::default::Default for GlobalJobsResponse {
            fn default() -> Self {
                Self {
                    summary: Err("no value supplied for summary".to_string()),
                }
            }
        }

        impl GlobalJobsResponse {
            pub fn summary<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ReportSummary>>,
                T::Error: ::std::fmt::Display,
            {
                self.summary = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for summary: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<GlobalJobsResponse> for super::GlobalJobsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GlobalJobsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    summary: value.summary?,
                })
            }
        }

        impl ::std::convert::From<super::GlobalJobsResponse> for GlobalJobsResponse {
            fn from(value: super::GlobalJobsResponse) -> Self {
                Self {
                    summary: Ok(value.summary),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct OutputRecord {
            msg: ::std::result::Result<::std::string::String, ::std::string::String>,
            stream: ::std::result::Result<::std::string::String, ::std::string::String>,
            time: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for OutputRecord {
            fn default() -> Self {
                Self {
                    msg: Err("no value supplied for msg".to_string()),
                    stream: Err("no value supplied for stream".to_string()),
                    time: Err("no value supplied for time".to_string()),
                }
            }
        }

        impl OutputRecord {
            pub fn msg<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.msg = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for msg: {e}"));
                self
            }
            pub fn stream<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.stream = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for stream: {e}"));
                self
            }
            pub fn time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.time = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for time: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<OutputRecord> for super::OutputRecord {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OutputRecord,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    msg: value.msg?,
                    stream: value.stream?,
                    time: value.time?,
                })
            }
        }

        impl ::std::convert::From<super::OutputRecord> for OutputRecord {
            fn from(value: super::OutputRecord) -> Self {
                Self {
                    msg: Ok(value.msg),
                    stream: Ok(value.stream),
                    time: Ok(value.time),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct PingResponse {
            host: ::std::result::Result<::std::string::String, ::std::string::String>,
            ok: ::std::result::Result<bool, ::std::string::String>,
        }

        impl ::std::default::Default for PingResponse {
            fn default() -> Self {
                Self {
                    host: Err("no value supplied for host".to_string()),
                    ok: Err("no value supplied for ok".to_string()),
                }
            }
        }

        impl PingResponse {
            pub fn host<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.host = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for host: {e}"));
                self
            }
            pub fn ok<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.ok = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for ok: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<PingResponse> for super::PingResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PingResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    host: value.host?,
                    ok: value.ok?,
                })
            }
        }

        impl ::std::convert::From<super::PingResponse> for PingResponse {
            fn from(value: super::PingResponse) -> Self {
                Self {
                    host: Ok(value.host),
                    ok: Ok(value.ok),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ReportFinishBody {
            duration_millis: ::std::result::Result<i32, ::std::string::String>,
            end_time: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            exit_status: ::std::result::Result<i32, ::std::string::String>,
            id: ::std::result::Result<super::ReportId, ::std::string::String>,
        }

        impl ::std::default::Default for ReportFinishBody {
            fn default() -> Self {
                Self {
                    duration_millis: Err("no value supplied for duration_millis".to_string()),
                    end_time: Err("no value supplied for end_time".to_string()),
                    exit_status: Err("no value supplied for exit_status".to_string()),
                    id: Err("no value supplied for id".to_string()),
                }
            }
        }

        impl ReportFinishBody {
            pub fn duration_millis<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.duration_millis = value.try_into().map_err(|e| {
                    format!("error converting supplied value for duration_millis: {e}")
                });
                self
            }
            pub fn end_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.end_time = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for end_time: {e}"));
                self
            }
            pub fn exit_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.exit_status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for exit_status: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ReportId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<ReportFinishBody> for super::ReportFinishBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReportFinishBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    duration_millis: value.duration_millis?,
                    end_time: value.end_time?,
                    exit_status: value.exit_status?,
                    id: value.id?,
                })
            }
        }

        impl ::std::convert::From<super::ReportFinishBody> for ReportFinishBody {
            fn from(value: super::ReportFinishBody) -> Self {
                Self {
                    duration_millis: Ok(value.duration_millis),
                    end_time: Ok(value.end_time),
                    exit_status: Ok(value.exit_status),
                    id: Ok(value.id),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ReportFinishResponse {
            existed_already: ::std::result::Result<bool, ::std::string::String>,
        }

        impl ::std::default::Default for ReportFinishResponse {
            fn default() -> Self {
                Self {
                    existed_already: Err("no value supplied for existed_already".to_string()),
                }
            }
        }

        impl ReportFinishResponse {
            pub fn existed_already<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.existed_already = value.try_into().map_err(|e| {
                    format!("error converting supplied value for existed_already: {e}")
                });
                self
            }
        }

        impl ::std::convert::TryFrom<ReportFinishResponse> for super::ReportFinishResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReportFinishResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    existed_already: value.existed_already?,
                })
            }
        }

        impl ::std::convert::From<super::ReportFinishResponse> for ReportFinishResponse {
            fn from(value: super::ReportFinishResponse) -> Self {
                Self {
                    existed_already: Ok(value.existed_already),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ReportId {
            host: ::std::result::Result<::std::string::String, ::std::string::String>,
            job: ::std::result::Result<::std::string::String, ::std::string::String>,
            pid: ::std::result::Result<u64, ::std::string::String>,
            time: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            uuid: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for ReportId {
            fn default() -> Self {
                Self {
                    host: Err("no value supplied for host".to_string()),
                    job: Err("no value supplied for job".to_string()),
                    pid: Err("no value supplied for pid".to_string()),
                    time: Err("no value supplied for time".to_string()),
                    uuid: Err("no value supplied for uuid".to_string()),
                }
            }
        }

        impl ReportId {
            pub fn host<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.host = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for host: {e}"));
                self
            }
            pub fn job<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.job = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for job: {e}"));
                self
            }
            pub fn pid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.pid = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for pid: {e}"));
                self
            }
            pub fn time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.time = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for time: {e}"));
                self
            }
            pub fn uuid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.uuid = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for uuid: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<ReportId> for super::ReportId {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReportId,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    host: value.host?,
                    job: value.job?,
                    pid: value.pid?,
                    time: value.time?,
                    uuid: value.uuid?,
                })
            }
        }

        impl ::std::convert::From<super::ReportId> for ReportId {
            fn from(value: super::ReportId) -> Self {
                Self {
                    host: Ok(value.host),
                    job: Ok(value.job),
                    pid: Ok(value.pid),
                    time: Ok(value.time),
                    uuid: Ok(value.uuid),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ReportOutputBody {
            id: ::std::result::Result<super::ReportId, ::std::string::String>,
            record: ::std::result::Result<super::OutputRecord, ::std::string::String>,
        }

        impl ::std::default::Default for ReportOutputBody {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    record: Err("no value supplied for record".to_string()),
                }
            }
        }

        impl ReportOutputBody {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ReportId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn record<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OutputRecord>,
                T::Error: ::std::fmt::Display,
            {
                self.record = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for record: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<ReportOutputBody> for super::ReportOutputBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReportOutputBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    record: value.record?,
                })
            }
        }

        impl ::std::convert::From<super::ReportOutputBody> for ReportOutputBody {
            fn from(value: super::ReportOutputBody) -> Self {
                Self {
                    id: Ok(value.id),
                    record: Ok(value.record),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ReportStartBody {
            id: ::std::result::Result<super::ReportId, ::std::string::String>,
            script: ::std::result::Result<::std::string::String, ::std::string::String>,
            start_time: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for ReportStartBody {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    script: Err("no value supplied for script".to_string()),
                    start_time: Err("no value supplied for start_time".to_string()),
                }
            }
        }

        impl ReportStartBody {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ReportId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn script<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.script = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for script: {e}"));
                self
            }
            pub fn start_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.start_time = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for start_time: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<ReportStartBody> for super::ReportStartBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReportStartBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    script: value.script?,
                    start_time: value.start_time?,
                })
            }
        }

        impl ::std::convert::From<super::ReportStartBody> for ReportStartBody {
            fn from(value: super::ReportStartBody) -> Self {
                Self {
                    id: Ok(value.id),
                    script: Ok(value.script),
                    start_time: Ok(value.start_time),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ReportSummary {
            age_seconds: ::std::result::Result<i32, ::std::string::String>,
            duration_seconds: ::std::result::Result<i32, ::std::string::String>,
            host: ::std::result::Result<::std::string::String, ::std::string::String>,
            job: ::std::result::Result<::std::string::String, ::std::string::String>,
            status: ::std::result::Result<i32, ::std::string::String>,
            when: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for ReportSummary {
            fn default() -> Self {
                Self {
                    age_seconds: Err("no value supplied for age_seconds".to_string()),
                    duration_seconds: Err("no value supplied for duration_seconds".to_string()),
                    host: Err("no value supplied for host".to_string()),
                    job: Err("no value supplied for job".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    when: Err("no value supplied for when".to_string()),
                }
            }
        }

        impl ReportSummary {
            pub fn age_seconds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.age_seconds = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for age_seconds: {e}"));
                self
            }
            pub fn duration_seconds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.duration_seconds = value.try_into().map_err(|e| {
                    format!("error converting supplied value for duration_seconds: {e}")
                });
                self
            }
            pub fn host<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.host = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for host: {e}"));
                self
            }
            pub fn job<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.job = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for job: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
            pub fn when<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.when = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for when: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<ReportSummary> for super::ReportSummary {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReportSummary,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    age_seconds: value.age_seconds?,
                    duration_seconds: value.duration_seconds?,
                    host: value.host?,
                    job: value.job?,
                    status: value.status?,
                    when: value.when?,
                })
            }
        }

        impl ::std::convert::From<super::ReportSummary> for ReportSummary {
            fn from(value: super::ReportSummary) -> Self {
                Self {
                    age_seconds: Ok(value.age_seconds),
                    duration_seconds: Ok(value.duration_seconds),
                    host: Ok(value.host),
                    job: Ok(value.job),
                    status: Ok(value.status),
                    when: Ok(value.when),
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

/// Path and query parameters of `enrol`.
#[derive(Debug, Clone, PartialEq)]
pub struct EnrolParams {
    /// `Authorization` (header): Authorization header (bearer token)
    pub authorization: ::std::string::String,
}

/// Path and query parameters of `global_jobs`.
#[derive(Debug, Clone, PartialEq)]
pub struct GlobalJobsParams {
    /// `Authorization` (header): Authorization header (bearer token)
    pub authorization: ::std::string::String,
}

/// Path and query parameters of `ping`.
#[derive(Debug, Clone, PartialEq)]
pub struct PingParams {
    /// `Authorization` (header): Authorization header (bearer token)
    pub authorization: ::std::string::String,
}

/// Path and query parameters of `report_finish`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportFinishParams {
    /// `Authorization` (header): Authorization header (bearer token)
    pub authorization: ::std::string::String,
}

/// Path and query parameters of `report_output`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportOutputParams {
    /// `Authorization` (header): Authorization header (bearer token)
    pub authorization: ::std::string::String,
}

/// Path and query parameters of `report_start`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportStartParams {
    /// `Authorization` (header): Authorization header (bearer token)
    pub authorization: ::std::string::String,
}

/// Every response `enrol` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum EnrolResponse {
    /// 201: successful creation
    Created,
}

impl ::axum::response::IntoResponse for EnrolResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created => ::generated_server_stubs::runtime::respond_empty(201u16),
        }
    }
}

/// Every response `global_jobs` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GlobalJobsResponse {
    /// 201: successful creation
    Created(types::GlobalJobsResponse),
}

impl ::axum::response::IntoResponse for GlobalJobsResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => ::generated_server_stubs::runtime::respond_json(201u16, &body),
        }
    }
}

/// Every response `ping` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum PingResponse {
    /// 201: successful creation
    Created(types::PingResponse),
}

impl ::axum::response::IntoResponse for PingResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => ::generated_server_stubs::runtime::respond_json(201u16, &body),
        }
    }
}

/// Every response `report_finish` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ReportFinishResponse {
    /// 201: successful creation
    Created(types::ReportFinishResponse),
}

impl ::axum::response::IntoResponse for ReportFinishResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => ::generated_server_stubs::runtime::respond_json(201u16, &body),
        }
    }
}

/// Every response `report_output` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ReportOutputResponse {
    /// 201: successful creation
    Created(types::ReportFinishResponse),
}

impl ::axum::response::IntoResponse for ReportOutputResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => ::generated_server_stubs::runtime::respond_json(201u16, &body),
        }
    }
}

/// Every response `report_start` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ReportStartResponse {
    /// 201: successful creation
    Created(types::ReportFinishResponse),
}

impl ::axum::response::IntoResponse for ReportStartResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => ::generated_server_stubs::runtime::respond_json(201u16, &body),
        }
    }
}

/// The operations of Keeper API (version 1.0).
///
/// Implement this trait and serve it with [`service`] (or [`router`], to compose it with other axum routes); parameters and bodies arrive parsed and checked, and every request was authenticated by the [`::generated_server_stubs::runtime::Authenticator`] given to the router.
pub trait Api: Send + Sync + 'static {
    /// Who made the request, as the authenticator reports it.
    type Caller: Send + Sync + 'static;
    /// `POST /enrol`
    fn enrol(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: EnrolParams,
        body: types::EnrolBody,
    ) -> impl ::std::future::Future<Output = EnrolResponse> + Send;
    /// `GET /global/jobs`
    fn global_jobs(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: GlobalJobsParams,
    ) -> impl ::std::future::Future<Output = GlobalJobsResponse> + Send;
    /// `GET /ping`
    fn ping(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: PingParams,
    ) -> impl ::std::future::Future<Output = PingResponse> + Send;
    /// `POST /report/finish`
    fn report_finish(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: ReportFinishParams,
        body: types::ReportFinishBody,
    ) -> impl ::std::future::Future<Output = ReportFinishResponse> + Send;
    /// `POST /report/output`
    fn report_output(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: ReportOutputParams,
        body: types::ReportOutputBody,
    ) -> impl ::std::future::Future<Output = ReportOutputResponse> + Send;
    /// `POST /report/start`
    fn report_start(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: ReportStartParams,
        body: types::ReportStartBody,
    ) -> impl ::std::future::Future<Output = ReportStartResponse> + Send;
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
                handle_enrol(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::POST,
                template: &[&[::generated_server_stubs::runtime::PartSpec::Lit("enrol")]],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "enrol",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_global_jobs(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("global")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("jobs")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "global_jobs",
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
                handle_report_finish(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::POST,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("report")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("finish")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "report_finish",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_report_output(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::POST,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("report")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("output")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "report_output",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_report_start(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::POST,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("report")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("start")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "report_start",
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

const ENROL_BODY: ::generated_server_stubs::runtime::BodySpec =
    ::generated_server_stubs::runtime::BodySpec {
        required: true,
        form: false,
        query_or_body: false,
        fields: &[
            ("host", ::generated_server_stubs::runtime::Kind::String),
            ("key", ::generated_server_stubs::runtime::Kind::String),
        ],
        nullable: &[],
    };
const REPORT_FINISH_BODY: ::generated_server_stubs::runtime::BodySpec =
    ::generated_server_stubs::runtime::BodySpec {
        required: true,
        form: false,
        query_or_body: false,
        fields: &[
            (
                "duration_millis",
                ::generated_server_stubs::runtime::Kind::Integer,
            ),
            (
                "end_time",
                ::generated_server_stubs::runtime::Kind::Formatted,
            ),
            (
                "exit_status",
                ::generated_server_stubs::runtime::Kind::Integer,
            ),
            ("id", ::generated_server_stubs::runtime::Kind::Json),
        ],
        nullable: &[],
    };
const REPORT_OUTPUT_BODY: ::generated_server_stubs::runtime::BodySpec =
    ::generated_server_stubs::runtime::BodySpec {
        required: true,
        form: false,
        query_or_body: false,
        fields: &[
            ("id", ::generated_server_stubs::runtime::Kind::Json),
            ("record", ::generated_server_stubs::runtime::Kind::Json),
        ],
        nullable: &[],
    };
const REPORT_START_BODY: ::generated_server_stubs::runtime::BodySpec =
    ::generated_server_stubs::runtime::BodySpec {
        required: true,
        form: false,
        query_or_body: false,
        fields: &[
            ("id", ::generated_server_stubs::runtime::Kind::Json),
            ("script", ::generated_server_stubs::runtime::Kind::String),
            (
                "start_time",
                ::generated_server_stubs::runtime::Kind::Formatted,
            ),
        ],
        nullable: &[],
    };
/// Parse, check and dispatch `enrol`.
fn handle_enrol<A, Au>(
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
            let params = EnrolParams {
                authorization: ::generated_server_stubs::runtime::required_header_param(
                    &req,
                    "Authorization",
                    &::generated_server_stubs::runtime::Kind::String,
                )?,
            };
            let body = req.body::<types::EnrolBody>(&ENROL_BODY)?;
            api.enrol(req.into_context(caller), params, body)
        };
        let response: EnrolResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `global_jobs`.
fn handle_global_jobs<A, Au>(
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
            let params = GlobalJobsParams {
                authorization: ::generated_server_stubs::runtime::required_header_param(
                    &req,
                    "Authorization",
                    &::generated_server_stubs::runtime::Kind::String,
                )?,
            };
            api.global_jobs(req.into_context(caller), params)
        };
        let response: GlobalJobsResponse = call.await;
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
                authorization: ::generated_server_stubs::runtime::required_header_param(
                    &req,
                    "Authorization",
                    &::generated_server_stubs::runtime::Kind::String,
                )?,
            };
            api.ping(req.into_context(caller), params)
        };
        let response: PingResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `report_finish`.
fn handle_report_finish<A, Au>(
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
            let params = ReportFinishParams {
                authorization: ::generated_server_stubs::runtime::required_header_param(
                    &req,
                    "Authorization",
                    &::generated_server_stubs::runtime::Kind::String,
                )?,
            };
            let body = req.body::<types::ReportFinishBody>(&REPORT_FINISH_BODY)?;
            api.report_finish(req.into_context(caller), params, body)
        };
        let response: ReportFinishResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `report_output`.
fn handle_report_output<A, Au>(
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
            let params = ReportOutputParams {
                authorization: ::generated_server_stubs::runtime::required_header_param(
                    &req,
                    "Authorization",
                    &::generated_server_stubs::runtime::Kind::String,
                )?,
            };
            let body = req.body::<types::ReportOutputBody>(&REPORT_OUTPUT_BODY)?;
            api.report_output(req.into_context(caller), params, body)
        };
        let response: ReportOutputResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `report_start`.
fn handle_report_start<A, Au>(
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
            let params = ReportStartParams {
                authorization: ::generated_server_stubs::runtime::required_header_param(
                    &req,
                    "Authorization",
                    &::generated_server_stubs::runtime::Kind::String,
                )?,
            };
            let body = req.body::<types::ReportStartBody>(&REPORT_START_BODY)?;
            api.report_start(req.into_context(caller), params, body)
        };
        let response: ReportStartResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}
