#![allow(clippy::all, clippy::pedantic, unused_imports, dead_code)]
/// Types used as operation parameters and responses (identical to the client's).
#[allow(clippy::all)]
pub mod types {
    /// `ControlHoldResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct ControlHoldResponse(pub ());
    impl ::std::ops::Deref for ControlHoldResponse {
        type Target = ();
        fn deref(&self) -> &() {
            &self.0
        }
    }

    impl ::std::convert::From<ControlHoldResponse> for () {
        fn from(value: ControlHoldResponse) -> Self {
            value.0
        }
    }

    impl ::std::convert::From<()> for ControlHoldResponse {
        fn from(value: ()) -> Self {
            Self(value)
        }
    }

    /// `GetThingOrThingsId`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum GetThingOrThingsId {
        String(::std::string::String),
        Array(::std::vec::Vec<::std::string::String>),
    }

    impl ::std::convert::From<::std::vec::Vec<::std::string::String>> for GetThingOrThingsId {
        fn from(value: ::std::vec::Vec<::std::string::String>) -> Self {
            Self::Array(value)
        }
    }

    /// `HeaderArgAcceptLanguage`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum HeaderArgAcceptLanguage {
        #[serde(rename = "de")]
        De,
        #[serde(rename = "en")]
        En,
    }

    impl ::std::fmt::Display for HeaderArgAcceptLanguage {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::De => f.write_str("de"),
                Self::En => f.write_str("en"),
            }
        }
    }

    impl ::std::str::FromStr for HeaderArgAcceptLanguage {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "de" => Ok(Self::De),
                "en" => Ok(Self::En),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for HeaderArgAcceptLanguage {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for HeaderArgAcceptLanguage {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::default::Default for HeaderArgAcceptLanguage {
        fn default() -> Self {
            HeaderArgAcceptLanguage::En
        }
    }

    /// `ObjWithOptionArray`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ObjWithOptionArray {
        pub things: ::std::vec::Vec<::std::option::Option<Task>>,
        #[serde(rename = "stranger-things")]
        pub stranger_things: ::std::vec::Vec<::std::option::Option<Task>>,
    }

    impl ObjWithOptionArray {
        pub fn builder() -> builder::ObjWithOptionArray {
            Default::default()
        }
    }

    /// `Task`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Task {
        pub id: ::std::string::String,
        pub name: ::std::string::String,
        pub output_rules: ::std::vec::Vec<::std::string::String>,
        pub script: ::std::string::String,
        pub state: ::std::string::String,
    }

    impl Task {
        pub fn builder() -> builder::Task {
            Default::default()
        }
    }

    /// `TaskEvent`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct TaskEvent {
        pub payload: ::std::string::String,
        pub seq: u32,
        pub stream: ::std::string::String,
        pub time: ::chrono::DateTime<::chrono::offset::Utc>,
    }

    impl TaskEvent {
        pub fn builder() -> builder::TaskEvent {
            Default::default()
        }
    }

    /// `TaskOutput`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct TaskOutput {
        pub id: ::std::string::String,
        pub path: ::std::string::String,
        pub size: u64,
    }

    impl TaskOutput {
        pub fn builder() -> builder::TaskOutput {
            Default::default()
        }
    }

    /// `TaskSubmit`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct TaskSubmit {
        pub name: ::std::string::String,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub output_rules: ::std::vec::Vec<::std::string::String>,
        pub script: ::std::string::String,
        pub default: bool,
    }

    impl TaskSubmit {
        pub fn builder() -> builder::TaskSubmit {
            Default::default()
        }
    }

    /// `TaskSubmitResult`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct TaskSubmitResult {
        pub id: ::std::string::String,
    }

    impl TaskSubmitResult {
        pub fn builder() -> builder::TaskSubmitResult {
            Default::default()
        }
    }

    /// `UploadedChunk`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UploadedChunk {
        pub id: ::std::string::String,
    }

    impl UploadedChunk {
        pub fn builder() -> builder::UploadedChunk {
            Default::default()
        }
    }

    /// `UserCreate`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UserCreate {
        pub name: ::std::string::String,
    }

    impl UserCreate {
        pub fn builder() -> builder::UserCreate {
            Default::default()
        }
    }

    /// `UserCreateResult`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UserCreateResult {
        pub id: ::std::string::String,
        pub name: ::std::string::String,
        pub token: ::std::string::String,
    }

    impl UserCreateResult {
        pub fn builder() -> builder::UserCreateResult {
            Default::default()
        }
    }

    /// `WhoamiResult`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct WhoamiResult {
        pub id: ::std::string::String,
        pub name: ::std::string::String,
    }

    impl WhoamiResult {
        pub fn builder() -> builder::WhoamiResult {
            Default::default()
        }
    }

    /// `Worker`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Worker {
        pub deleted: bool,
        pub id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub instance_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub lastping: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        pub recycle: bool,
        pub tasks: ::std::vec::Vec<WorkerTask>,
    }

    impl Worker {
        pub fn builder() -> builder::Worker {
            Default::default()
        }
    }

    /// `WorkerAddOutput`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct WorkerAddOutput {
        pub chunks: ::std::vec::Vec<::std::string::String>,
        pub path: ::std::string::String,
        pub size: i64,
    }

    impl WorkerAddOutput {
        pub fn builder() -> builder::WorkerAddOutput {
            Default::default()
        }
    }

    /// `WorkerAppendTask`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct WorkerAppendTask {
        pub payload: ::std::string::String,
        pub stream: ::std::string::String,
        pub time: ::chrono::DateTime<::chrono::offset::Utc>,
    }

    impl WorkerAppendTask {
        pub fn builder() -> builder::WorkerAppendTask {
            Default::default()
        }
    }

    /// `WorkerBootstrap`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct WorkerBootstrap {
        pub bootstrap: ::std::string::String,
        pub token: ::std::string::String,
    }

    impl WorkerBootstrap {
        pub fn builder() -> builder::WorkerBootstrap {
            Default::default()
        }
    }

    /// `WorkerBootstrapResult`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct WorkerBootstrapResult {
        pub id: ::std::string::String,
    }

    impl WorkerBootstrapResult {
        pub fn builder() -> builder::WorkerBootstrapResult {
            Default::default()
        }
    }

    /// `WorkerCompleteTask`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct WorkerCompleteTask {
        pub failed: bool,
    }

    impl WorkerCompleteTask {
        pub fn builder() -> builder::WorkerCompleteTask {
            Default::default()
        }
    }

    /// `WorkerPingResult`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct WorkerPingResult {
        pub poweroff: bool,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub task: ::std::option::Option<WorkerPingTask>,
    }

    impl WorkerPingResult {
        pub fn builder() -> builder::WorkerPingResult {
            Default::default()
        }
    }

    /// `WorkerPingTask`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct WorkerPingTask {
        pub id: ::std::string::String,
        pub output_rules: ::std::vec::Vec<::std::string::String>,
        pub script: ::std::string::String,
    }

    impl WorkerPingTask {
        pub fn builder() -> builder::WorkerPingTask {
            Default::default()
        }
    }

    /// `WorkerTask`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct WorkerTask {
        pub id: ::std::string::String,
        pub name: ::std::string::String,
        pub owner: ::std::string::String,
    }

    impl WorkerTask {
        pub fn builder() -> builder::WorkerTask {
            Default::default()
        }
    }

    /// `WorkersResult`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct WorkersResult {
        pub workers: ::std::vec::Vec<Worker>,
    }

    impl WorkersResult {
        pub fn builder() -> builder::WorkersResult {
            Default::default()
        }
    }

    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct ObjWithOptionArray {
            things: ::std::result::Result<
                ::std::vec::Vec<::std::option::Option<super::Task>>,
                ::std::string::String,
            >,
            stranger_things: ::std::result::Result<
                ::std::vec::Vec<::std::option::Option<super::Task>>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for ObjWithOptionArray {
            fn default() -> Self {
                Self {
                    stranger_things: Err("no value supplied for stranger_things".to_string()),
                    things: Err("no value supplied for things".to_string()),
                }
            }
        }

        impl ObjWithOptionArray {
            pub fn stranger_things<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::option::Option<super::Task>>>,
                T::Error: ::std::fmt::Display,
            {
                self.stranger_things = value.try_into().map_err(|e| {
                    format!("error converting supplied value for stranger_things: {e}")
                });
                self
            }
            pub fn things<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::option::Option<super::Task>>>,
                T::Error: ::std::fmt::Display,
            {
                self.things = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for things: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<ObjWithOptionArray> for super::ObjWithOptionArray {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ObjWithOptionArray,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    stranger_things: value.stranger_things?,
                    things: value.things?,
                })
            }
        }

        impl ::std::convert::From<super::ObjWithOptionArray> for ObjWithOptionArray {
            fn from(value: super::ObjWithOptionArray) -> Self {
                Self {
                    stranger_things: Ok(value.stranger_things),
                    things: Ok(value.things),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Task {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            output_rules: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            script: ::std::result::Result<::std::string::String, ::std::string::String>,
            state: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for Task {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    output_rules: Err("no value supplied for output_rules".to_string()),
                    script: Err("no value supplied for script".to_string()),
                    state: Err("no value supplied for state".to_string()),
                }
            }
        }

        impl Task {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
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
            pub fn output_rules<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.output_rules = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for output_rules: {e}"));
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
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for state: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Task> for super::Task {
            type Error = super::error::ConversionError;
            fn try_from(value: Task) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                    output_rules: value.output_rules?,
                    script: value.script?,
                    state: value.state?,
                })
            }
        }

        impl ::std::convert::From<super::Task> for Task {
            fn from(value: super::Task) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                    output_rules: Ok(value.output_rules),
                    script: Ok(value.script),
                    state: Ok(value.state),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct TaskEvent {
            payload: ::std::result::Result<::std::string::String, ::std::string::String>,
            seq: ::std::result::Result<u32, ::std::string::String>,
            stream: ::std::result::Result<::std::string::String, ::std::string::String>,
            time: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for TaskEvent {
            fn default() -> Self {
                Self {
                    payload: Err("no value supplied for payload".to_string()),
                    seq: Err("no value supplied for seq".to_string()),
                    stream: Err("no value supplied for stream".to_string()),
                    time: Err("no value supplied for time".to_string()),
                }
            }
        }

        impl TaskEvent {
            pub fn payload<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.payload = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for payload: {e}"));
                self
            }
            pub fn seq<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u32>,
                T::Error: ::std::fmt::Display,
            {
                self.seq = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for seq: {e}"));
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

        impl ::std::convert::TryFrom<TaskEvent> for super::TaskEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TaskEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    payload: value.payload?,
                    seq: value.seq?,
                    stream: value.stream?,
                    time: value.time?,
                })
            }
        }

        impl ::std::convert::From<super::TaskEvent> for TaskEvent {
            fn from(value: super::TaskEvent) -> Self {
                Self {
                    payload: Ok(value.payload),
                    seq: Ok(value.seq),
                    stream: Ok(value.stream),
                    time: Ok(value.time),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct TaskOutput {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            path: ::std::result::Result<::std::string::String, ::std::string::String>,
            size: ::std::result::Result<u64, ::std::string::String>,
        }

        impl ::std::default::Default for TaskOutput {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    path: Err("no value supplied for path".to_string()),
                    size: Err("no value supplied for size".to_string()),
                }
            }
        }

        impl TaskOutput {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.path = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for path: {e}"));
                self
            }
            pub fn size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.size = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for size: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<TaskOutput> for super::TaskOutput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TaskOutput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    path: value.path?,
                    size: value.size?,
                })
            }
        }

        impl ::std::convert::From<super::TaskOutput> for TaskOutput {
            fn from(value: super::TaskOutput) -> Self {
                Self {
                    id: Ok(value.id),
                    path: Ok(value.path),
                    size: Ok(value.size),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct TaskSubmit {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            output_rules: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            script: ::std::result::Result<::std::string::String, ::std::string::String>,
            default: ::std::result::Result<bool, ::std::string::String>,
        }

        impl ::std::default::Default for TaskSubmit {
            fn default() -> Self {
                Self {
                    default: Err("no value supplied for default".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    output_rules: Ok(Default::default()),
                    script: Err("no value supplied for script".to_string()),
                }
            }
        }

        impl TaskSubmit {
            pub fn default<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.default = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for default: {e}"));
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
            pub fn output_rules<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.output_rules = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for output_rules: {e}"));
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
        }

        impl ::std::convert::TryFrom<TaskSubmit> for super::TaskSubmit {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TaskSubmit,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    default: value.default?,
                    name: value.name?,
                    output_rules: value.output_rules?,
                    script: value.script?,
                })
            }
        }

        impl ::std::convert::From<super::TaskSubmit> for TaskSubmit {
            fn from(value: super::TaskSubmit) -> Self {
                Self {
                    default: Ok(value.default),
                    name: Ok(value.name),
                    output_rules: Ok(value.output_rules),
                    script: Ok(value.script),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct TaskSubmitResult {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for TaskSubmitResult {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                }
            }
        }

        impl TaskSubmitResult {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<TaskSubmitResult> for super::TaskSubmitResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TaskSubmitResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { id: value.id? })
            }
        }

        impl ::std::convert::From<super::TaskSubmitResult> for TaskSubmitResult {
            fn from(value: super::TaskSubmitResult) -> Self {
                Self { id: Ok(value.id) }
            }
        }

        #[derive(Clone, Debug)]
        pub struct UploadedChunk {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for UploadedChunk {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                }
            }
        }

        impl UploadedChunk {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<UploadedChunk> for super::UploadedChunk {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UploadedChunk,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { id: value.id? })
            }
        }

        impl ::std::convert::From<super::UploadedChunk> for UploadedChunk {
            fn from(value: super::UploadedChunk) -> Self {
                Self { id: Ok(value.id) }
            }
        }

        #[derive(Clone, Debug)]
        pub struct UserCreate {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for UserCreate {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }

        impl UserCreate {
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
        }

        impl ::std::convert::TryFrom<UserCreate> for super::UserCreate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserCreate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { name: value.name? })
            }
        }

        impl ::std::convert::From<super::UserCreate> for UserCreate {
            fn from(value: super::UserCreate) -> Self {
                Self {
                    name: Ok(value.name),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct UserCreateResult {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            token: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for UserCreateResult {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    token: Err("no value supplied for token".to_string()),
                }
            }
        }

        impl UserCreateResult {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
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
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for token: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<UserCreateResult> for super::UserCreateResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserCreateResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                    token: value.token?,
                })
            }
        }

        impl ::std::convert::From<super::UserCreateResult> for UserCreateResult {
            fn from(value: super::UserCreateResult) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                    token: Ok(value.token),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct WhoamiResult {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for WhoamiResult {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }

        impl WhoamiResult {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
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
        }

        impl ::std::convert::TryFrom<WhoamiResult> for super::WhoamiResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WhoamiResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                })
            }
        }

        impl ::std::convert::From<super::WhoamiResult> for WhoamiResult {
            fn from(value: super::WhoamiResult) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Worker {
            deleted: ::std::result::Result<bool, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            instance_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            lastping: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            recycle: ::std::result::Result<bool, ::std::string::String>,
            tasks: ::std::result::Result<::std::vec::Vec<super::WorkerTask>, ::std::string::String>,
        }

        impl ::std::default::Default for Worker {
            fn default() -> Self {
                Self {
                    deleted: Err("no value supplied for deleted".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    instance_id: Ok(Default::default()),
                    lastping: Ok(Default::default()),
                    recycle: Err("no value supplied for recycle".to_string()),
                    tasks: Err("no value supplied for tasks".to_string()),
                }
            }
        }

        impl Worker {
            pub fn deleted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.deleted = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for deleted: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn instance_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.instance_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for instance_id: {e}"));
                self
            }
            pub fn lastping<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                    >,
                T::Error: ::std::fmt::Display,
            {
                self.lastping = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for lastping: {e}"));
                self
            }
            pub fn recycle<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.recycle = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for recycle: {e}"));
                self
            }
            pub fn tasks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::WorkerTask>>,
                T::Error: ::std::fmt::Display,
            {
                self.tasks = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for tasks: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Worker> for super::Worker {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Worker,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    deleted: value.deleted?,
                    id: value.id?,
                    instance_id: value.instance_id?,
                    lastping: value.lastping?,
                    recycle: value.recycle?,
                    tasks: value.tasks?,
                })
            }
        }

        impl ::std::convert::From<super::Worker> for Worker {
            fn from(value: super::Worker) -> Self {
                Self {
                    deleted: Ok(value.deleted),
                    id: Ok(value.id),
                    instance_id: Ok(value.instance_id),
                    lastping: Ok(value.lastping),
                    recycle: Ok(value.recycle),
                    tasks: Ok(value.tasks),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct WorkerAddOutput {
            chunks: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            path: ::std::result::Result<::std::string::String, ::std::string::String>,
            size: ::std::result::Result<i64, ::std::string::String>,
        }

        impl ::std::default::Default for WorkerAddOutput {
            fn default() -> Self {
                Self {
                    chunks: Err("no value supplied for chunks".to_string()),
                    path: Err("no value supplied for path".to_string()),
                    size: Err("no value supplied for size".to_string()),
                }
            }
        }

        impl WorkerAddOutput {
            pub fn chunks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.chunks = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for chunks: {e}"));
                self
            }
            pub fn path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.path = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for path: {e}"));
                self
            }
            pub fn size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.size = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for size: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<WorkerAddOutput> for super::WorkerAddOutput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WorkerAddOutput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    chunks: value.chunks?,
                    path: value.path?,
                    size: value.size?,
                })
            }
        }

        impl ::std::convert::From<super::WorkerAddOutput> for WorkerAddOutput {
            fn from(value: super::WorkerAddOutput) -> Self {
                Self {
                    chunks: Ok(value.chunks),
                    path: Ok(value.path),
                    size: Ok(value.size),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct WorkerAppendTask {
            payload: ::std::result::Result<::std::string::String, ::std::string::String>,
            stream: ::std::result::Result<::std::string::String, ::std::string::String>,
            time: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for WorkerAppendTask {
            fn default() -> Self {
                Self {
                    payload: Err("no value supplied for payload".to_string()),
                    stream: Err("no value supplied for stream".to_string()),
                    time: Err("no value supplied for time".to_string()),
                }
            }
        }

        impl WorkerAppendTask {
            pub fn payload<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.payload = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for payload: {e}"));
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

        impl ::std::convert::TryFrom<WorkerAppendTask> for super::WorkerAppendTask {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WorkerAppendTask,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    payload: value.payload?,
                    stream: value.stream?,
                    time: value.time?,
                })
            }
        }

        impl ::std::convert::From<super::WorkerAppendTask> for WorkerAppendTask {
            fn from(value: super::WorkerAppendTask) -> Self {
                Self {
                    payload: Ok(value.payload),
                    stream: Ok(value.stream),
                    time: Ok(value.time),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct WorkerBootstrap {
            bootstrap: ::std::result::Result<::std::string::String, ::std::string::String>,
            token: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for WorkerBootstrap {
            fn default() -> Self {
                Self {
                    bootstrap: Err("no value supplied for bootstrap".to_string()),
                    token: Err("no value supplied for token".to_string()),
                }
            }
        }

        impl WorkerBootstrap {
            pub fn bootstrap<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.bootstrap = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for bootstrap: {e}"));
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for token: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<WorkerBootstrap> for super::WorkerBootstrap {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WorkerBootstrap,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bootstrap: value.bootstrap?,
                    token: value.token?,
                })
            }
        }

        impl ::std::convert::From<super::WorkerBootstrap> for WorkerBootstrap {
            fn from(value: super::WorkerBootstrap) -> Self {
                Self {
                    bootstrap: Ok(value.bootstrap),
                    token: Ok(value.token),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct WorkerBootstrapResult {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for WorkerBootstrapResult {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                }
            }
        }

        impl WorkerBootstrapResult {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<WorkerBootstrapResult> for super::WorkerBootstrapResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WorkerBootstrapResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { id: value.id? })
            }
        }

        impl ::std::convert::From<super::WorkerBootstrapResult> for WorkerBootstrapResult {
            fn from(value: super::WorkerBootstrapResult) -> Self {
                Self { id: Ok(value.id) }
            }
        }

        #[derive(Clone, Debug)]
        pub struct WorkerCompleteTask {
            failed: ::std::result::Result<bool, ::std::string::String>,
        }

        impl ::std::default::Default for WorkerCompleteTask {
            fn default() -> Self {
                Self {
                    failed: Err("no value supplied for failed".to_string()),
                }
            }
        }

        impl WorkerCompleteTask {
            pub fn failed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.failed = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for failed: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<WorkerCompleteTask> for super::WorkerCompleteTask {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WorkerCompleteTask,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    failed: value.failed?,
                })
            }
        }

        impl ::std::convert::From<super::WorkerCompleteTask> for WorkerCompleteTask {
            fn from(value: super::WorkerCompleteTask) -> Self {
                Self {
                    failed: Ok(value.failed),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct WorkerPingResult {
            poweroff: ::std::result::Result<bool, ::std::string::String>,
            task: ::std::result::Result<
                ::std::option::Option<super::WorkerPingTask>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for WorkerPingResult {
            fn default() -> Self {
                Self {
                    poweroff: Err("no value supplied for poweroff".to_string()),
                    task: Ok(Default::default()),
                }
            }
        }

        impl WorkerPingResult {
            pub fn poweroff<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.poweroff = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for poweroff: {e}"));
                self
            }
            pub fn task<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::WorkerPingTask>>,
                T::Error: ::std::fmt::Display,
            {
                self.task = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for task: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<WorkerPingResult> for super::WorkerPingResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WorkerPingResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    poweroff: value.poweroff?,
                    task: value.task?,
                })
            }
        }

        impl ::std::convert::From<super::WorkerPingResult> for WorkerPingResult {
            fn from(value: super::WorkerPingResult) -> Self {
                Self {
                    poweroff: Ok(value.poweroff),
                    task: Ok(value.task),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct WorkerPingTask {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            output_rules: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            script: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for WorkerPingTask {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    output_rules: Err("no value supplied for output_rules".to_string()),
                    script: Err("no value supplied for script".to_string()),
                }
            }
        }

        impl WorkerPingTask {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn output_rules<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.output_rules = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for output_rules: {e}"));
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
        }

        impl ::std::convert::TryFrom<WorkerPingTask> for super::WorkerPingTask {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WorkerPingTask,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    output_rules: value.output_rules?,
                    script: value.script?,
                })
            }
        }

        impl ::std::convert::From<super::WorkerPingTask> for WorkerPingTask {
            fn from(value: super::WorkerPingTask) -> Self {
                Self {
                    id: Ok(value.id),
                    output_rules: Ok(value.output_rules),
                    script: Ok(value.script),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct WorkerTask {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            owner: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for WorkerTask {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    owner: Err("no value supplied for owner".to_string()),
                }
            }
        }

        impl WorkerTask {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
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
            pub fn owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.owner = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for owner: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<WorkerTask> for super::WorkerTask {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WorkerTask,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                    owner: value.owner?,
                })
            }
        }

        impl ::std::convert::From<super::WorkerTask> for WorkerTask {
            fn from(value: super::WorkerTask) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                    owner: Ok(value.owner),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct WorkersResult {
            workers: ::std::result::Result<::std::vec::Vec<super::Worker>, ::std::string::String>,
        }

        impl ::std::default::Default for WorkersResult {
            fn default() -> Self {
                Self {
                    workers: Err("no value supplied for workers".to_string()),
                }
            }
        }

        impl WorkersResult {
            pub fn workers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Worker>>,
                T::Error: ::std::fmt::Display,
            {
                self.workers = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for workers: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<WorkersResult> for super::WorkersResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WorkersResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    workers: value.workers?,
                })
            }
        }

        impl ::std::convert::From<super::WorkersResult> for WorkersResult {
            fn from(value: super::WorkersResult) -> Self {
                Self {
                    workers: Ok(value.workers),
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

/// Path and query parameters of `control_hold`.
#[derive(Debug, Clone, PartialEq)]
pub struct ControlHoldParams {}
/// Path and query parameters of `control_resume`.
#[derive(Debug, Clone, PartialEq)]
pub struct ControlResumeParams {}
/// Path and query parameters of `task_get`.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskGetParams {
    /// `Task` (path)
    pub task: ::std::string::String,
}

/// Path and query parameters of `tasks_get`.
#[derive(Debug, Clone, PartialEq)]
pub struct TasksGetParams {}
/// Path and query parameters of `task_submit`.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskSubmitParams {}
/// Path and query parameters of `task_events_get`.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskEventsGetParams {
    /// `task` (path)
    pub task: ::std::string::String,
    /// `minseq` (query)
    pub minseq: ::std::option::Option<i64>,
}

/// Path and query parameters of `task_outputs_get`.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskOutputsGetParams {
    /// `task` (path)
    pub task: ::std::string::String,
}

/// Path and query parameters of `task_output_download`.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskOutputDownloadParams {
    /// `output` (path)
    pub output: ::std::string::String,
    /// `task` (path)
    pub task: ::std::string::String,
}

/// Path and query parameters of `user_create`.
#[derive(Debug, Clone, PartialEq)]
pub struct UserCreateParams {}
/// Path and query parameters of `whoami`.
#[derive(Debug, Clone, PartialEq)]
pub struct WhoamiParams {}
/// Path and query parameters of `whoami_put_name`.
#[derive(Debug, Clone, PartialEq)]
pub struct WhoamiPutNameParams {}
/// Path and query parameters of `worker_bootstrap`.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkerBootstrapParams {}
/// Path and query parameters of `worker_ping`.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkerPingParams {}
/// Path and query parameters of `worker_task_append`.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkerTaskAppendParams {
    /// `task` (path)
    pub task: ::std::string::String,
}

/// Path and query parameters of `worker_task_upload_chunk`.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkerTaskUploadChunkParams {
    /// `task` (path)
    pub task: ::std::string::String,
}

/// Path and query parameters of `worker_task_complete`.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkerTaskCompleteParams {
    /// `task` (path)
    pub task: ::std::string::String,
}

/// Path and query parameters of `worker_task_add_output`.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkerTaskAddOutputParams {
    /// `task` (path)
    pub task: ::std::string::String,
}

/// Path and query parameters of `workers_list`.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkersListParams {}
/// Path and query parameters of `workers_recycle`.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkersRecycleParams {}
/// Path and query parameters of `get_thing_or_things`.
#[derive(Debug, Clone, PartialEq)]
pub struct GetThingOrThingsParams {
    /// `id` (query)
    pub id: ::std::option::Option<types::GetThingOrThingsId>,
}

/// Path and query parameters of `header-arg`.
#[derive(Debug, Clone, PartialEq)]
pub struct HeaderArgParams {
    /// `accept-language` (header)
    pub accept_language: ::std::option::Option<types::HeaderArgAcceptLanguage>,
}

/// Every response `control_hold` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ControlHoldResponse {
    /// 200: successful operation
    Ok(types::ControlHoldResponse),
}

impl ::axum::response::IntoResponse for ControlHoldResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
        }
    }
}

/// Every response `control_resume` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ControlResumeResponse {
    /// 200: successful operation
    Ok,
}

impl ::axum::response::IntoResponse for ControlResumeResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok => ::generated_server_stubs::runtime::respond_empty(200u16),
        }
    }
}

/// Every response `task_get` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum TaskGetResponse {
    /// 200: successful operation
    Ok(types::Task),
}

impl ::axum::response::IntoResponse for TaskGetResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
        }
    }
}

/// Every response `tasks_get` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum TasksGetResponse {
    /// 200: successful operation
    Ok(::std::vec::Vec<types::Task>),
}

impl ::axum::response::IntoResponse for TasksGetResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
        }
    }
}

/// Every response `task_submit` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum TaskSubmitResponse {
    /// 201: successful creation
    Created(types::TaskSubmitResult),
}

impl ::axum::response::IntoResponse for TaskSubmitResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => ::generated_server_stubs::runtime::respond_json(201u16, &body),
        }
    }
}

/// Every response `task_events_get` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum TaskEventsGetResponse {
    /// 200: successful operation
    Ok(::std::vec::Vec<types::TaskEvent>),
}

impl ::axum::response::IntoResponse for TaskEventsGetResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
        }
    }
}

/// Every response `task_outputs_get` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum TaskOutputsGetResponse {
    /// 200: successful operation
    Ok(::std::vec::Vec<types::TaskOutput>),
}

impl ::axum::response::IntoResponse for TaskOutputsGetResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
        }
    }
}

/// Every response `task_output_download` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum TaskOutputDownloadResponse {
    /// default: no response is documented
    ///
    /// The first field is the status code to send.
    Default(u16),
}

impl ::axum::response::IntoResponse for TaskOutputDownloadResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Default(status) => ::generated_server_stubs::runtime::respond_empty(status),
        }
    }
}

/// Every response `user_create` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum UserCreateResponse {
    /// 201: successful creation
    Created(types::UserCreateResult),
}

impl ::axum::response::IntoResponse for UserCreateResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => ::generated_server_stubs::runtime::respond_json(201u16, &body),
        }
    }
}

/// Every response `whoami` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum WhoamiResponse {
    /// 200: successful operation
    Ok(types::WhoamiResult),
}

impl ::axum::response::IntoResponse for WhoamiResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
        }
    }
}

/// Every response `whoami_put_name` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum WhoamiPutNameResponse {
    /// 200: successful operation
    Ok,
}

impl ::axum::response::IntoResponse for WhoamiPutNameResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok => ::generated_server_stubs::runtime::respond_empty(200u16),
        }
    }
}

/// Every response `worker_bootstrap` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum WorkerBootstrapResponse {
    /// 201: successful creation
    Created(types::WorkerBootstrapResult),
}

impl ::axum::response::IntoResponse for WorkerBootstrapResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => ::generated_server_stubs::runtime::respond_json(201u16, &body),
        }
    }
}

/// Every response `worker_ping` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum WorkerPingResponse {
    /// 200: successful operation
    Ok(types::WorkerPingResult),
}

impl ::axum::response::IntoResponse for WorkerPingResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
        }
    }
}

/// Every response `worker_task_append` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum WorkerTaskAppendResponse {
    /// 201: successful creation
    Created,
}

impl ::axum::response::IntoResponse for WorkerTaskAppendResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created => ::generated_server_stubs::runtime::respond_empty(201u16),
        }
    }
}

/// Every response `worker_task_upload_chunk` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum WorkerTaskUploadChunkResponse {
    /// 201: successful creation
    Created(types::UploadedChunk),
}

impl ::axum::response::IntoResponse for WorkerTaskUploadChunkResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => ::generated_server_stubs::runtime::respond_json(201u16, &body),
        }
    }
}

/// Every response `worker_task_complete` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum WorkerTaskCompleteResponse {
    /// 200: successful operation
    Ok,
}

impl ::axum::response::IntoResponse for WorkerTaskCompleteResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok => ::generated_server_stubs::runtime::respond_empty(200u16),
        }
    }
}

/// Every response `worker_task_add_output` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum WorkerTaskAddOutputResponse {
    /// 201: successful creation
    Created,
}

impl ::axum::response::IntoResponse for WorkerTaskAddOutputResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created => ::generated_server_stubs::runtime::respond_empty(201u16),
        }
    }
}

/// Every response `workers_list` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum WorkersListResponse {
    /// 200: successful operation
    Ok(types::WorkersResult),
}

impl ::axum::response::IntoResponse for WorkersListResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
        }
    }
}

/// Every response `workers_recycle` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum WorkersRecycleResponse {
    /// 200: successful operation
    Ok,
}

impl ::axum::response::IntoResponse for WorkersRecycleResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok => ::generated_server_stubs::runtime::respond_empty(200u16),
        }
    }
}

/// Every response `get_thing_or_things` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetThingOrThingsResponse {
    /// 200: yes
    Ok(::std::string::String),
}

impl ::axum::response::IntoResponse for GetThingOrThingsResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
        }
    }
}

/// Every response `header-arg` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum HeaderArgResponse {
    /// default: successful operation
    ///
    /// The first field is the status code to send.
    Default(u16),
}

impl ::axum::response::IntoResponse for HeaderArgResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Default(status) => ::generated_server_stubs::runtime::respond_empty(status),
        }
    }
}

/// The operations of Buildomat (version 1.0).
///
/// Implement this trait and serve it with [`service`] (or [`router`], to compose it with other axum routes); parameters and bodies arrive parsed and checked, and every request was authenticated by the [`::generated_server_stubs::runtime::Authenticator`] given to the router.
pub trait Api: Send + Sync + 'static {
    /// Who made the request, as the authenticator reports it.
    type Caller: Send + Sync + 'static;
    /// `POST /v1/control/hold`
    fn control_hold(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: ControlHoldParams,
    ) -> impl ::std::future::Future<Output = ControlHoldResponse> + Send;
    /// `POST /v1/control/resume`
    fn control_resume(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: ControlResumeParams,
    ) -> impl ::std::future::Future<Output = ControlResumeResponse> + Send;
    /// `GET /v1/task/{Task}`
    fn task_get(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: TaskGetParams,
    ) -> impl ::std::future::Future<Output = TaskGetResponse> + Send;
    /// `GET /v1/tasks`
    fn tasks_get(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: TasksGetParams,
    ) -> impl ::std::future::Future<Output = TasksGetResponse> + Send;
    /// `POST /v1/tasks`
    fn task_submit(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: TaskSubmitParams,
        body: types::TaskSubmit,
    ) -> impl ::std::future::Future<Output = TaskSubmitResponse> + Send;
    /// `GET /v1/tasks/{task}/events`
    fn task_events_get(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: TaskEventsGetParams,
    ) -> impl ::std::future::Future<Output = TaskEventsGetResponse> + Send;
    /// `GET /v1/tasks/{task}/outputs`
    fn task_outputs_get(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: TaskOutputsGetParams,
    ) -> impl ::std::future::Future<Output = TaskOutputsGetResponse> + Send;
    /// `GET /v1/tasks/{task}/outputs/{output}`
    fn task_output_download(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: TaskOutputDownloadParams,
    ) -> impl ::std::future::Future<Output = TaskOutputDownloadResponse> + Send;
    /// `POST /v1/users`
    fn user_create(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: UserCreateParams,
        body: types::UserCreate,
    ) -> impl ::std::future::Future<Output = UserCreateResponse> + Send;
    /// `GET /v1/whoami`
    fn whoami(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: WhoamiParams,
    ) -> impl ::std::future::Future<Output = WhoamiResponse> + Send;
    /// `PUT /v1/whoami/name`
    fn whoami_put_name(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: WhoamiPutNameParams,
        body: ::std::option::Option<::std::vec::Vec<u8>>,
    ) -> impl ::std::future::Future<Output = WhoamiPutNameResponse> + Send;
    /// `POST /v1/worker/bootstrap`
    fn worker_bootstrap(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: WorkerBootstrapParams,
        body: types::WorkerBootstrap,
    ) -> impl ::std::future::Future<Output = WorkerBootstrapResponse> + Send;
    /// `GET /v1/worker/ping`
    fn worker_ping(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: WorkerPingParams,
    ) -> impl ::std::future::Future<Output = WorkerPingResponse> + Send;
    /// `POST /v1/worker/task/{task}/append`
    fn worker_task_append(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: WorkerTaskAppendParams,
        body: types::WorkerAppendTask,
    ) -> impl ::std::future::Future<Output = WorkerTaskAppendResponse> + Send;
    /// `POST /v1/worker/task/{task}/chunk`
    fn worker_task_upload_chunk(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: WorkerTaskUploadChunkParams,
        body: ::std::vec::Vec<u8>,
    ) -> impl ::std::future::Future<Output = WorkerTaskUploadChunkResponse> + Send;
    /// `POST /v1/worker/task/{task}/complete`
    fn worker_task_complete(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: WorkerTaskCompleteParams,
        body: types::WorkerCompleteTask,
    ) -> impl ::std::future::Future<Output = WorkerTaskCompleteResponse> + Send;
    /// `POST /v1/worker/task/{task}/output`
    fn worker_task_add_output(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: WorkerTaskAddOutputParams,
        body: types::WorkerAddOutput,
    ) -> impl ::std::future::Future<Output = WorkerTaskAddOutputResponse> + Send;
    /// `GET /v1/workers`
    fn workers_list(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: WorkersListParams,
    ) -> impl ::std::future::Future<Output = WorkersListResponse> + Send;
    /// `POST /v1/workers/recycle`
    fn workers_recycle(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: WorkersRecycleParams,
    ) -> impl ::std::future::Future<Output = WorkersRecycleResponse> + Send;
    /// `GET /v1/things`
    fn get_thing_or_things(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: GetThingOrThingsParams,
    ) -> impl ::std::future::Future<Output = GetThingOrThingsResponse> + Send;
    /// `GET /v1/header-arg`
    fn header_arg(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: HeaderArgParams,
    ) -> impl ::std::future::Future<Output = HeaderArgResponse> + Send;
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
                handle_control_hold(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::POST,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("v1")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("control")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("hold")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "control_hold",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_control_resume(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::POST,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("v1")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("control")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("resume")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "control_resume",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_task_get(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("v1")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("task")],
                    &[::generated_server_stubs::runtime::PartSpec::Param("Task")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "task_get",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_tasks_get(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("v1")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("tasks")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "tasks_get",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_task_submit(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::POST,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("v1")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("tasks")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "task_submit",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_task_events_get(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("v1")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("tasks")],
                    &[::generated_server_stubs::runtime::PartSpec::Param("task")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("events")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "task_events_get",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_task_outputs_get(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("v1")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("tasks")],
                    &[::generated_server_stubs::runtime::PartSpec::Param("task")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("outputs")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "task_outputs_get",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_task_output_download(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("v1")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("tasks")],
                    &[::generated_server_stubs::runtime::PartSpec::Param("task")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("outputs")],
                    &[::generated_server_stubs::runtime::PartSpec::Param("output")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "task_output_download",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_user_create(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::POST,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("v1")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("users")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "user_create",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_whoami(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("v1")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("whoami")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "whoami",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_whoami_put_name(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::PUT,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("v1")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("whoami")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("name")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "whoami_put_name",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_worker_bootstrap(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::POST,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("v1")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("worker")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit(
                        "bootstrap",
                    )],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "worker_bootstrap",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_worker_ping(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("v1")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("worker")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("ping")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "worker_ping",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_worker_task_append(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::POST,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("v1")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("worker")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("task")],
                    &[::generated_server_stubs::runtime::PartSpec::Param("task")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("append")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "worker_task_append",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_worker_task_upload_chunk(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::POST,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("v1")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("worker")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("task")],
                    &[::generated_server_stubs::runtime::PartSpec::Param("task")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("chunk")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "worker_task_upload_chunk",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_worker_task_complete(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::POST,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("v1")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("worker")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("task")],
                    &[::generated_server_stubs::runtime::PartSpec::Param("task")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("complete")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "worker_task_complete",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_worker_task_add_output(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::POST,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("v1")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("worker")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("task")],
                    &[::generated_server_stubs::runtime::PartSpec::Param("task")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("output")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "worker_task_add_output",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_workers_list(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("v1")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("workers")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "workers_list",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_workers_recycle(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::POST,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("v1")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("workers")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("recycle")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "workers_recycle",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_get_thing_or_things(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("v1")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("things")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "get_thing_or_things",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_header_arg(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("v1")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit(
                        "header-arg",
                    )],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "header-arg",
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

const TASK_SUBMIT_BODY: ::generated_server_stubs::runtime::BodySpec =
    ::generated_server_stubs::runtime::BodySpec {
        required: true,
        form: false,
        query_or_body: false,
        fields: &[
            ("name", ::generated_server_stubs::runtime::Kind::String),
            (
                "output_rules",
                ::generated_server_stubs::runtime::Kind::Json,
            ),
            ("script", ::generated_server_stubs::runtime::Kind::String),
            ("default", ::generated_server_stubs::runtime::Kind::Boolean),
        ],
        nullable: &[],
    };
const USER_CREATE_BODY: ::generated_server_stubs::runtime::BodySpec =
    ::generated_server_stubs::runtime::BodySpec {
        required: true,
        form: false,
        query_or_body: false,
        fields: &[("name", ::generated_server_stubs::runtime::Kind::String)],
        nullable: &[],
    };
const WORKER_BOOTSTRAP_BODY: ::generated_server_stubs::runtime::BodySpec =
    ::generated_server_stubs::runtime::BodySpec {
        required: true,
        form: false,
        query_or_body: false,
        fields: &[
            ("bootstrap", ::generated_server_stubs::runtime::Kind::String),
            ("token", ::generated_server_stubs::runtime::Kind::String),
        ],
        nullable: &[],
    };
const WORKER_TASK_APPEND_BODY: ::generated_server_stubs::runtime::BodySpec =
    ::generated_server_stubs::runtime::BodySpec {
        required: true,
        form: false,
        query_or_body: false,
        fields: &[
            ("payload", ::generated_server_stubs::runtime::Kind::String),
            ("stream", ::generated_server_stubs::runtime::Kind::String),
            ("time", ::generated_server_stubs::runtime::Kind::Formatted),
        ],
        nullable: &[],
    };
const WORKER_TASK_COMPLETE_BODY: ::generated_server_stubs::runtime::BodySpec =
    ::generated_server_stubs::runtime::BodySpec {
        required: true,
        form: false,
        query_or_body: false,
        fields: &[("failed", ::generated_server_stubs::runtime::Kind::Boolean)],
        nullable: &[],
    };
const WORKER_TASK_ADD_OUTPUT_BODY: ::generated_server_stubs::runtime::BodySpec =
    ::generated_server_stubs::runtime::BodySpec {
        required: true,
        form: false,
        query_or_body: false,
        fields: &[
            ("chunks", ::generated_server_stubs::runtime::Kind::Json),
            ("path", ::generated_server_stubs::runtime::Kind::String),
            ("size", ::generated_server_stubs::runtime::Kind::Integer),
        ],
        nullable: &[],
    };
/// Parse, check and dispatch `control_hold`.
fn handle_control_hold<A, Au>(
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
            let params = ControlHoldParams {};
            api.control_hold(req.into_context(caller), params)
        };
        let response: ControlHoldResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `control_resume`.
fn handle_control_resume<A, Au>(
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
            let params = ControlResumeParams {};
            api.control_resume(req.into_context(caller), params)
        };
        let response: ControlResumeResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `task_get`.
fn handle_task_get<A, Au>(
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
            let params = TaskGetParams {
                task: req.path_param("Task", &::generated_server_stubs::runtime::Kind::String)?,
            };
            api.task_get(req.into_context(caller), params)
        };
        let response: TaskGetResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `tasks_get`.
fn handle_tasks_get<A, Au>(
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
            let params = TasksGetParams {};
            api.tasks_get(req.into_context(caller), params)
        };
        let response: TasksGetResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `task_submit`.
fn handle_task_submit<A, Au>(
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
            let params = TaskSubmitParams {};
            let body = req.body::<types::TaskSubmit>(&TASK_SUBMIT_BODY)?;
            api.task_submit(req.into_context(caller), params, body)
        };
        let response: TaskSubmitResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `task_events_get`.
fn handle_task_events_get<A, Au>(
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
            let params = TaskEventsGetParams {
                task: req.path_param("task", &::generated_server_stubs::runtime::Kind::String)?,
                minseq: req
                    .query_param("minseq", &::generated_server_stubs::runtime::Kind::Integer)?,
            };
            api.task_events_get(req.into_context(caller), params)
        };
        let response: TaskEventsGetResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `task_outputs_get`.
fn handle_task_outputs_get<A, Au>(
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
            let params = TaskOutputsGetParams {
                task: req.path_param("task", &::generated_server_stubs::runtime::Kind::String)?,
            };
            api.task_outputs_get(req.into_context(caller), params)
        };
        let response: TaskOutputsGetResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `task_output_download`.
fn handle_task_output_download<A, Au>(
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
            let params = TaskOutputDownloadParams {
                output: req
                    .path_param("output", &::generated_server_stubs::runtime::Kind::String)?,
                task: req.path_param("task", &::generated_server_stubs::runtime::Kind::String)?,
            };
            api.task_output_download(req.into_context(caller), params)
        };
        let response: TaskOutputDownloadResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `user_create`.
fn handle_user_create<A, Au>(
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
            let params = UserCreateParams {};
            let body = req.body::<types::UserCreate>(&USER_CREATE_BODY)?;
            api.user_create(req.into_context(caller), params, body)
        };
        let response: UserCreateResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `whoami`.
fn handle_whoami<A, Au>(
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
            let params = WhoamiParams {};
            api.whoami(req.into_context(caller), params)
        };
        let response: WhoamiResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `whoami_put_name`.
fn handle_whoami_put_name<A, Au>(
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
            let params = WhoamiPutNameParams {};
            let body = ::generated_server_stubs::runtime::optional_bytes_body(&req)?;
            api.whoami_put_name(req.into_context(caller), params, body)
        };
        let response: WhoamiPutNameResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `worker_bootstrap`.
fn handle_worker_bootstrap<A, Au>(
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
            let params = WorkerBootstrapParams {};
            let body = req.body::<types::WorkerBootstrap>(&WORKER_BOOTSTRAP_BODY)?;
            api.worker_bootstrap(req.into_context(caller), params, body)
        };
        let response: WorkerBootstrapResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `worker_ping`.
fn handle_worker_ping<A, Au>(
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
            let params = WorkerPingParams {};
            api.worker_ping(req.into_context(caller), params)
        };
        let response: WorkerPingResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `worker_task_append`.
fn handle_worker_task_append<A, Au>(
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
            let params = WorkerTaskAppendParams {
                task: req.path_param("task", &::generated_server_stubs::runtime::Kind::String)?,
            };
            let body = req.body::<types::WorkerAppendTask>(&WORKER_TASK_APPEND_BODY)?;
            api.worker_task_append(req.into_context(caller), params, body)
        };
        let response: WorkerTaskAppendResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `worker_task_upload_chunk`.
fn handle_worker_task_upload_chunk<A, Au>(
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
            let params = WorkerTaskUploadChunkParams {
                task: req.path_param("task", &::generated_server_stubs::runtime::Kind::String)?,
            };
            let body = ::generated_server_stubs::runtime::bytes_body(&req)?;
            api.worker_task_upload_chunk(req.into_context(caller), params, body)
        };
        let response: WorkerTaskUploadChunkResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `worker_task_complete`.
fn handle_worker_task_complete<A, Au>(
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
            let params = WorkerTaskCompleteParams {
                task: req.path_param("task", &::generated_server_stubs::runtime::Kind::String)?,
            };
            let body = req.body::<types::WorkerCompleteTask>(&WORKER_TASK_COMPLETE_BODY)?;
            api.worker_task_complete(req.into_context(caller), params, body)
        };
        let response: WorkerTaskCompleteResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `worker_task_add_output`.
fn handle_worker_task_add_output<A, Au>(
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
            let params = WorkerTaskAddOutputParams {
                task: req.path_param("task", &::generated_server_stubs::runtime::Kind::String)?,
            };
            let body = req.body::<types::WorkerAddOutput>(&WORKER_TASK_ADD_OUTPUT_BODY)?;
            api.worker_task_add_output(req.into_context(caller), params, body)
        };
        let response: WorkerTaskAddOutputResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `workers_list`.
fn handle_workers_list<A, Au>(
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
            let params = WorkersListParams {};
            api.workers_list(req.into_context(caller), params)
        };
        let response: WorkersListResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `workers_recycle`.
fn handle_workers_recycle<A, Au>(
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
            let params = WorkersRecycleParams {};
            api.workers_recycle(req.into_context(caller), params)
        };
        let response: WorkersRecycleResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `get_thing_or_things`.
fn handle_get_thing_or_things<A, Au>(
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
            let params = GetThingOrThingsParams {
                id: req.query_param("id", &::generated_server_stubs::runtime::Kind::Json)?,
            };
            api.get_thing_or_things(req.into_context(caller), params)
        };
        let response: GetThingOrThingsResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `header-arg`.
fn handle_header_arg<A, Au>(
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
            let params = HeaderArgParams {
                accept_language: ::generated_server_stubs::runtime::header_param(
                    &req,
                    "accept-language",
                    &::generated_server_stubs::runtime::Kind::Enum(&["de", "en"]),
                )?,
            };
            api.header_arg(req.into_context(caller), params)
        };
        let response: HeaderArgResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}
