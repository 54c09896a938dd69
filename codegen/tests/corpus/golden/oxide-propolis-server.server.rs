#![allow(clippy::all, clippy::pedantic, unused_imports, dead_code)]
/// Types used as operation parameters and responses (identical to the client's).
#[allow(clippy::all)]
pub mod types {
    /// `CrucibleOpts`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CrucibleOpts {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cert_pem: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub control: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub flush_timeout: ::std::option::Option<u32>,
        pub id: ::uuid::Uuid,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub key: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub key_pem: ::std::option::Option<::std::string::String>,
        pub lossy: bool,
        pub read_only: bool,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub root_cert_pem: ::std::option::Option<::std::string::String>,
        pub target: ::std::vec::Vec<::std::string::String>,
    }

    impl CrucibleOpts {
        pub fn builder() -> builder::CrucibleOpts {
            Default::default()
        }
    }

    /// `DiskAttachment`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DiskAttachment {
        pub disk_id: ::uuid::Uuid,
        pub generation_id: u64,
        pub state: DiskAttachmentState,
    }

    impl DiskAttachment {
        pub fn builder() -> builder::DiskAttachment {
            Default::default()
        }
    }

    /// `DiskAttachmentState`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub enum DiskAttachmentState {
        Detached,
        Destroyed,
        Faulted,
        Attached(::uuid::Uuid),
    }

    impl ::std::convert::From<::uuid::Uuid> for DiskAttachmentState {
        fn from(value: ::uuid::Uuid) -> Self {
            Self::Attached(value)
        }
    }

    /// `DiskRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DiskRequest {
        pub device: ::std::string::String,
        #[serde(rename = "gen")]
        pub gen_: u64,
        pub name: ::std::string::String,
        pub read_only: bool,
        pub slot: Slot,
        pub volume_construction_request: VolumeConstructionRequest,
    }

    impl DiskRequest {
        pub fn builder() -> builder::DiskRequest {
            Default::default()
        }
    }

    /// Error information from a response.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Error {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_code: ::std::option::Option<::std::string::String>,
        pub message: ::std::string::String,
        pub request_id: ::std::string::String,
    }

    impl Error {
        pub fn builder() -> builder::Error {
            Default::default()
        }
    }

    /// `Instance`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Instance {
        pub disks: ::std::vec::Vec<DiskAttachment>,
        pub nics: ::std::vec::Vec<NetworkInterface>,
        pub properties: InstanceProperties,
        pub state: InstanceState,
    }

    impl Instance {
        pub fn builder() -> builder::Instance {
            Default::default()
        }
    }

    /// `InstanceEnsureRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct InstanceEnsureRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cloud_init_bytes: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub disks: ::std::vec::Vec<DiskRequest>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub migrate: ::std::option::Option<InstanceMigrateInitiateRequest>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub nics: ::std::vec::Vec<NetworkInterfaceRequest>,
        pub properties: InstanceProperties,
    }

    impl InstanceEnsureRequest {
        pub fn builder() -> builder::InstanceEnsureRequest {
            Default::default()
        }
    }

    /// `InstanceEnsureResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct InstanceEnsureResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub migrate: ::std::option::Option<InstanceMigrateInitiateResponse>,
    }

    impl InstanceEnsureResponse {
        pub fn builder() -> builder::InstanceEnsureResponse {
            Default::default()
        }
    }

    /// `InstanceGetResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct InstanceGetResponse {
        pub instance: Instance,
    }

    impl InstanceGetResponse {
        pub fn builder() -> builder::InstanceGetResponse {
            Default::default()
        }
    }

    /// `InstanceIssueCrucibleSnapshotRequestResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct InstanceIssueCrucibleSnapshotRequestResponse(pub ());
    impl ::std::ops::Deref for InstanceIssueCrucibleSnapshotRequestResponse {
        type Target = ();
        fn deref(&self) -> &() {
            &self.0
        }
    }

    impl ::std::convert::From<InstanceIssueCrucibleSnapshotRequestResponse> for () {
        fn from(value: InstanceIssueCrucibleSnapshotRequestResponse) -> Self {
            value.0
        }
    }

    impl ::std::convert::From<()> for InstanceIssueCrucibleSnapshotRequestResponse {
        fn from(value: ()) -> Self {
            Self(value)
        }
    }

    /// `InstanceMigrateInitiateRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct InstanceMigrateInitiateRequest {
        pub migration_id: ::uuid::Uuid,
        pub src_addr: ::std::string::String,
        pub src_uuid: ::uuid::Uuid,
    }

    impl InstanceMigrateInitiateRequest {
        pub fn builder() -> builder::InstanceMigrateInitiateRequest {
            Default::default()
        }
    }

    /// `InstanceMigrateInitiateResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct InstanceMigrateInitiateResponse {
        pub migration_id: ::uuid::Uuid,
    }

    impl InstanceMigrateInitiateResponse {
        pub fn builder() -> builder::InstanceMigrateInitiateResponse {
            Default::default()
        }
    }

    /// `InstanceMigrateStatusRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct InstanceMigrateStatusRequest {
        pub migration_id: ::uuid::Uuid,
    }

    impl InstanceMigrateStatusRequest {
        pub fn builder() -> builder::InstanceMigrateStatusRequest {
            Default::default()
        }
    }

    /// `InstanceMigrateStatusResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct InstanceMigrateStatusResponse {
        pub state: MigrationState,
    }

    impl InstanceMigrateStatusResponse {
        pub fn builder() -> builder::InstanceMigrateStatusResponse {
            Default::default()
        }
    }

    /// `InstanceProperties`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct InstanceProperties {
        /// ID of the bootrom used to initialize this Instance.
        pub bootrom_id: ::uuid::Uuid,
        /// Free-form text description of an Instance.
        pub description: ::std::string::String,
        /// Unique identifier for this Instance.
        pub id: ::uuid::Uuid,
        /// ID of the image used to initialize this Instance.
        pub image_id: ::uuid::Uuid,
        /// Size of memory allocated to the Instance, in MiB.
        pub memory: u64,
        /// Human-readable name of the Instance.
        pub name: ::std::string::String,
        /// Number of vCPUs to be allocated to the Instance.
        pub vcpus: u8,
    }

    impl InstanceProperties {
        pub fn builder() -> builder::InstanceProperties {
            Default::default()
        }
    }

    /// Current state of an Instance.
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
    pub enum InstanceState {
        Creating,
        Starting,
        Running,
        Stopping,
        Stopped,
        Rebooting,
        Migrating,
        Repairing,
        Failed,
        Destroyed,
    }

    impl ::std::fmt::Display for InstanceState {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Creating => f.write_str("Creating"),
                Self::Starting => f.write_str("Starting"),
                Self::Running => f.write_str("Running"),
                Self::Stopping => f.write_str("Stopping"),
                Self::Stopped => f.write_str("Stopped"),
                Self::Rebooting => f.write_str("Rebooting"),
                Self::Migrating => f.write_str("Migrating"),
                Self::Repairing => f.write_str("Repairing"),
                Self::Failed => f.write_str("Failed"),
                Self::Destroyed => f.write_str("Destroyed"),
            }
        }
    }

    impl ::std::str::FromStr for InstanceState {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Creating" => Ok(Self::Creating),
                "Starting" => Ok(Self::Starting),
                "Running" => Ok(Self::Running),
                "Stopping" => Ok(Self::Stopping),
                "Stopped" => Ok(Self::Stopped),
                "Rebooting" => Ok(Self::Rebooting),
                "Migrating" => Ok(Self::Migrating),
                "Repairing" => Ok(Self::Repairing),
                "Failed" => Ok(Self::Failed),
                "Destroyed" => Ok(Self::Destroyed),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for InstanceState {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for InstanceState {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    /// `InstanceStateMonitorRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct InstanceStateMonitorRequest {
        #[serde(rename = "gen")]
        pub gen_: u64,
    }

    impl InstanceStateMonitorRequest {
        pub fn builder() -> builder::InstanceStateMonitorRequest {
            Default::default()
        }
    }

    /// `InstanceStateMonitorResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct InstanceStateMonitorResponse {
        #[serde(rename = "gen")]
        pub gen_: u64,
        pub state: InstanceState,
    }

    impl InstanceStateMonitorResponse {
        pub fn builder() -> builder::InstanceStateMonitorResponse {
            Default::default()
        }
    }

    /// `InstanceStateRequested`
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
    pub enum InstanceStateRequested {
        Run,
        Stop,
        Reboot,
        MigrateStart,
    }

    impl ::std::fmt::Display for InstanceStateRequested {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Run => f.write_str("Run"),
                Self::Stop => f.write_str("Stop"),
                Self::Reboot => f.write_str("Reboot"),
                Self::MigrateStart => f.write_str("MigrateStart"),
            }
        }
    }

    impl ::std::str::FromStr for InstanceStateRequested {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Run" => Ok(Self::Run),
                "Stop" => Ok(Self::Stop),
                "Reboot" => Ok(Self::Reboot),
                "MigrateStart" => Ok(Self::MigrateStart),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for InstanceStateRequested {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for InstanceStateRequested {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    /// `MigrationState`
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
    pub enum MigrationState {
        Sync,
        RamPush,
        Pause,
        RamPushDirty,
        Device,
        Arch,
        Resume,
        RamPull,
        Finish,
        Error,
    }

    impl ::std::fmt::Display for MigrationState {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Sync => f.write_str("Sync"),
                Self::RamPush => f.write_str("RamPush"),
                Self::Pause => f.write_str("Pause"),
                Self::RamPushDirty => f.write_str("RamPushDirty"),
                Self::Device => f.write_str("Device"),
                Self::Arch => f.write_str("Arch"),
                Self::Resume => f.write_str("Resume"),
                Self::RamPull => f.write_str("RamPull"),
                Self::Finish => f.write_str("Finish"),
                Self::Error => f.write_str("Error"),
            }
        }
    }

    impl ::std::str::FromStr for MigrationState {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Sync" => Ok(Self::Sync),
                "RamPush" => Ok(Self::RamPush),
                "Pause" => Ok(Self::Pause),
                "RamPushDirty" => Ok(Self::RamPushDirty),
                "Device" => Ok(Self::Device),
                "Arch" => Ok(Self::Arch),
                "Resume" => Ok(Self::Resume),
                "RamPull" => Ok(Self::RamPull),
                "Finish" => Ok(Self::Finish),
                "Error" => Ok(Self::Error),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for MigrationState {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for MigrationState {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    /// `NetworkInterface`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct NetworkInterface {
        pub attachment: NetworkInterfaceAttachmentState,
        pub name: ::std::string::String,
    }

    impl NetworkInterface {
        pub fn builder() -> builder::NetworkInterface {
            Default::default()
        }
    }

    /// `NetworkInterfaceAttachmentState`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub enum NetworkInterfaceAttachmentState {
        Detached,
        Faulted,
        Attached(Slot),
    }

    impl ::std::convert::From<Slot> for NetworkInterfaceAttachmentState {
        fn from(value: Slot) -> Self {
            Self::Attached(value)
        }
    }

    /// `NetworkInterfaceRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct NetworkInterfaceRequest {
        pub name: ::std::string::String,
        pub slot: Slot,
    }

    impl NetworkInterfaceRequest {
        pub fn builder() -> builder::NetworkInterfaceRequest {
            Default::default()
        }
    }

    /// A stable index which is translated by Propolis into a PCI BDF, visible to the guest.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct Slot(pub u8);
    impl ::std::ops::Deref for Slot {
        type Target = u8;
        fn deref(&self) -> &u8 {
            &self.0
        }
    }

    impl ::std::convert::From<Slot> for u8 {
        fn from(value: Slot) -> Self {
            value.0
        }
    }

    impl ::std::convert::From<u8> for Slot {
        fn from(value: u8) -> Self {
            Self(value)
        }
    }

    impl ::std::fmt::Display for Slot {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }

    impl ::std::str::FromStr for Slot {
        type Err = <u8 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }

    impl ::std::convert::TryFrom<&str> for Slot {
        type Error = <u8 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<String> for Slot {
        type Error = <u8 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }

    /// `VolumeConstructionRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(tag = "type")]
    pub enum VolumeConstructionRequest {
        #[serde(rename = "volume")]
        Volume {
            block_size: u64,
            id: ::uuid::Uuid,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            read_only_parent: ::std::option::Option<::std::boxed::Box<VolumeConstructionRequest>>,
            sub_volumes: ::std::vec::Vec<VolumeConstructionRequest>,
        },
        #[serde(rename = "url")]
        Url {
            block_size: u64,
            id: ::uuid::Uuid,
            url: ::std::string::String,
        },
        #[serde(rename = "region")]
        Region {
            block_size: u64,
            #[serde(rename = "gen")]
            gen_: u64,
            opts: CrucibleOpts,
        },
        #[serde(rename = "file")]
        File {
            block_size: u64,
            id: ::uuid::Uuid,
            path: ::std::string::String,
        },
    }

    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct CrucibleOpts {
            cert_pem: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            control: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            flush_timeout: ::std::result::Result<::std::option::Option<u32>, ::std::string::String>,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            key_pem: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            lossy: ::std::result::Result<bool, ::std::string::String>,
            read_only: ::std::result::Result<bool, ::std::string::String>,
            root_cert_pem: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            target: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for CrucibleOpts {
            fn default() -> Self {
                Self {
                    cert_pem: Ok(Default::default()),
                    control: Ok(Default::default()),
                    flush_timeout: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    key: Ok(Default::default()),
                    key_pem: Ok(Default::default()),
                    lossy: Err("no value supplied for lossy".to_string()),
                    read_only: Err("no value supplied for read_only".to_string()),
                    root_cert_pem: Ok(Default::default()),
                    target: Err("no value supplied for target".to_string()),
                }
            }
        }

        impl CrucibleOpts {
            pub fn cert_pem<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cert_pem = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for cert_pem: {e}"));
                self
            }
            pub fn control<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.control = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for control: {e}"));
                self
            }
            pub fn flush_timeout<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u32>>,
                T::Error: ::std::fmt::Display,
            {
                self.flush_timeout = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for flush_timeout: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.key = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for key: {e}"));
                self
            }
            pub fn key_pem<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.key_pem = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for key_pem: {e}"));
                self
            }
            pub fn lossy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.lossy = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for lossy: {e}"));
                self
            }
            pub fn read_only<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.read_only = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for read_only: {e}"));
                self
            }
            pub fn root_cert_pem<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.root_cert_pem = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for root_cert_pem: {e}"));
                self
            }
            pub fn target<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.target = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for target: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<CrucibleOpts> for super::CrucibleOpts {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CrucibleOpts,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cert_pem: value.cert_pem?,
                    control: value.control?,
                    flush_timeout: value.flush_timeout?,
                    id: value.id?,
                    key: value.key?,
                    key_pem: value.key_pem?,
                    lossy: value.lossy?,
                    read_only: value.read_only?,
                    root_cert_pem: value.root_cert_pem?,
                    target: value.target?,
                })
            }
        }

        impl ::std::convert::From<super::CrucibleOpts> for CrucibleOpts {
            fn from(value: super::CrucibleOpts) -> Self {
                Self {
                    cert_pem: Ok(value.cert_pem),
                    control: Ok(value.control),
                    flush_timeout: Ok(value.flush_timeout),
                    id: Ok(value.id),
                    key: Ok(value.key),
                    key_pem: Ok(value.key_pem),
                    lossy: Ok(value.lossy),
                    read_only: Ok(value.read_only),
                    root_cert_pem: Ok(value.root_cert_pem),
                    target: Ok(value.target),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct DiskAttachment {
            disk_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            generation_id: ::std::result::Result<u64, ::std::string::String>,
            state: ::std::result::Result<super::DiskAttachmentState, ::std::string::String>,
        }

        impl ::std::default::Default for DiskAttachment {
            fn default() -> Self {
                Self {
                    disk_id: Err("no value supplied for disk_id".to_string()),
                    generation_id: Err("no value supplied for generation_id".to_string()),
                    state: Err("no value supplied for state".to_string()),
                }
            }
        }

        impl DiskAttachment {
            pub fn disk_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.disk_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for disk_id: {e}"));
                self
            }
            pub fn generation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.generation_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for generation_id: {e}"));
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DiskAttachmentState>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for state: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<DiskAttachment> for super::DiskAttachment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DiskAttachment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    disk_id: value.disk_id?,
                    generation_id: value.generation_id?,
                    state: value.state?,
                })
            }
        }

        impl ::std::convert::From<super::DiskAttachment> for DiskAttachment {
            fn from(value: super::DiskAttachment) -> Self {
                Self {
                    disk_id: Ok(value.disk_id),
                    generation_id: Ok(value.generation_id),
                    state: Ok(value.state),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct DiskRequest {
            device: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            read_only: ::std::result::Result<bool, ::std::string::String>,
            slot: ::std::result::Result<super::Slot, ::std::string::String>,
            volume_construction_request:
                ::std::result::Result<super::VolumeConstructionRequest, ::std::string::String>,
            gen_: ::std::result::Result<u64, ::std::string::String>,
        }

        impl ::std::default::Default for DiskRequest {
            fn default() -> Self {
                Self {
                    device: Err("no value supplied for device".to_string()),
                    gen_: Err("no value supplied for gen_".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    read_only: Err("no value supplied for read_only".to_string()),
                    slot: Err("no value supplied for slot".to_string()),
                    volume_construction_request: Err(
                        "no value supplied for volume_construction_request".to_string(),
                    ),
                }
            }
        }

        impl DiskRequest {
            pub fn device<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.device = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for device: {e}"));
                self
            }
            pub fn gen_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.gen_ = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for gen_: {e}"));
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
            pub fn read_only<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.read_only = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for read_only: {e}"));
                self
            }
            pub fn slot<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Slot>,
                T::Error: ::std::fmt::Display,
            {
                self.slot = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for slot: {e}"));
                self
            }
            pub fn volume_construction_request<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::VolumeConstructionRequest>,
                T::Error: ::std::fmt::Display,
            {
                self.volume_construction_request = value.try_into().map_err(|e| {
                    format!("error converting supplied value for volume_construction_request: {e}")
                });
                self
            }
        }

        impl ::std::convert::TryFrom<DiskRequest> for super::DiskRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DiskRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    device: value.device?,
                    gen_: value.gen_?,
                    name: value.name?,
                    read_only: value.read_only?,
                    slot: value.slot?,
                    volume_construction_request: value.volume_construction_request?,
                })
            }
        }

        impl ::std::convert::From<super::DiskRequest> for DiskRequest {
            fn from(value: super::DiskRequest) -> Self {
                Self {
                    device: Ok(value.device),
                    gen_: Ok(value.gen_),
                    name: Ok(value.name),
                    read_only: Ok(value.read_only),
                    slot: Ok(value.slot),
                    volume_construction_request: Ok(value.volume_construction_request),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Error {
            error_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            request_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for Error {
            fn default() -> Self {
                Self {
                    error_code: Ok(Default::default()),
                    message: Err("no value supplied for message".to_string()),
                    request_id: Err("no value supplied for request_id".to_string()),
                }
            }
        }

        impl Error {
            pub fn error_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_code = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for error_code: {e}"));
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
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for request_id: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Error> for super::Error {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Error,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error_code: value.error_code?,
                    message: value.message?,
                    request_id: value.request_id?,
                })
            }
        }

        impl ::std::convert::From<super::Error> for Error {
            fn from(value: super::Error) -> Self {
                Self {
                    error_code: Ok(value.error_code),
                    message: Ok(value.message),
                    request_id: Ok(value.request_id),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Instance {
            disks: ::std::result::Result<
                ::std::vec::Vec<super::DiskAttachment>,
                ::std::string::String,
            >,
            nics: ::std::result::Result<
                ::std::vec::Vec<super::NetworkInterface>,
                ::std::string::String,
            >,
            properties: ::std::result::Result<super::InstanceProperties, ::std::string::String>,
            state: ::std::result::Result<super::InstanceState, ::std::string::String>,
        }

        impl ::std::default::Default for Instance {
            fn default() -> Self {
                Self {
                    disks: Err("no value supplied for disks".to_string()),
                    nics: Err("no value supplied for nics".to_string()),
                    properties: Err("no value supplied for properties".to_string()),
                    state: Err("no value supplied for state".to_string()),
                }
            }
        }

        impl Instance {
            pub fn disks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::DiskAttachment>>,
                T::Error: ::std::fmt::Display,
            {
                self.disks = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for disks: {e}"));
                self
            }
            pub fn nics<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::NetworkInterface>>,
                T::Error: ::std::fmt::Display,
            {
                self.nics = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for nics: {e}"));
                self
            }
            pub fn properties<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::InstanceProperties>,
                T::Error: ::std::fmt::Display,
            {
                self.properties = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for properties: {e}"));
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::InstanceState>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for state: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Instance> for super::Instance {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Instance,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    disks: value.disks?,
                    nics: value.nics?,
                    properties: value.properties?,
                    state: value.state?,
                })
            }
        }

        impl ::std::convert::From<super::Instance> for Instance {
            fn from(value: super::Instance) -> Self {
                Self {
                    disks: Ok(value.disks),
                    nics: Ok(value.nics),
                    properties: Ok(value.properties),
                    state: Ok(value.state),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct InstanceEnsureRequest {
            cloud_init_bytes: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            disks:
                ::std::result::Result<::std::vec::Vec<super::DiskRequest>, ::std::string::String>,
            migrate: ::std::result::Result<
                ::std::option::Option<super::InstanceMigrateInitiateRequest>,
                ::std::string::String,
            >,
            nics: ::std::result::Result<
                ::std::vec::Vec<super::NetworkInterfaceRequest>,
                ::std::string::String,
            >,
            properties: ::std::result::Result<super::InstanceProperties, ::std::string::String>,
        }

        impl ::std::default::Default for InstanceEnsureRequest {
            fn default() -> Self {
                Self {
                    cloud_init_bytes: Ok(Default::default()),
                    disks: Ok(Default::default()),
                    migrate: Ok(Default::default()),
                    nics: Ok(Default::default()),
                    properties: Err("no value supplied for properties".to_string()),
                }
            }
        }

        impl InstanceEnsureRequest {
            pub fn cloud_init_bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cloud_init_bytes = value.try_into().map_err(|e| {
                    format!("error converting supplied value for cloud_init_bytes: {e}")
                });
                self
            }
            pub fn disks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::DiskRequest>>,
                T::Error: ::std::fmt::Display,
            {
                self.disks = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for disks: {e}"));
                self
            }
            pub fn migrate<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                        ::std::option::Option<super::InstanceMigrateInitiateRequest>,
                    >,
                T::Error: ::std::fmt::Display,
            {
                self.migrate = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for migrate: {e}"));
                self
            }
            pub fn nics<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::NetworkInterfaceRequest>>,
                T::Error: ::std::fmt::Display,
            {
                self.nics = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for nics: {e}"));
                self
            }
            pub fn properties<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::InstanceProperties>,
                T::Error: ::std::fmt::Display,
            {
                self.properties = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for properties: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<InstanceEnsureRequest> for super::InstanceEnsureRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InstanceEnsureRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cloud_init_bytes: value.cloud_init_bytes?,
                    disks: value.disks?,
                    migrate: value.migrate?,
                    nics: value.nics?,
                    properties: value.properties?,
                })
            }
        }

        impl ::std::convert::From<super::InstanceEnsureRequest> for InstanceEnsureRequest {
            fn from(value: super::InstanceEnsureRequest) -> Self {
                Self {
                    cloud_init_bytes: Ok(value.cloud_init_bytes),
                    disks: Ok(value.disks),
                    migrate: Ok(value.migrate),
                    nics: Ok(value.nics),
                    properties: Ok(value.properties),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct InstanceEnsureResponse {
            migrate: ::std::result::Result<
                ::std::option::Option<super::InstanceMigrateInitiateResponse>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for InstanceEnsureResponse {
            fn default() -> Self {
                Self {
                    migrate: Ok(Default::default()),
                }
            }
        }

        impl InstanceEnsureResponse {
            pub fn migrate<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                        ::std::option::Option<super::InstanceMigrateInitiateResponse>,
                    >,
                T::Error: ::std::fmt::Display,
            {
                self.migrate = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for migrate: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<InstanceEnsureResponse> for super::InstanceEnsureResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InstanceEnsureResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    migrate: value.migrate?,
                })
            }
        }

        impl ::std::convert::From<super::InstanceEnsureResponse> for InstanceEnsureResponse {
            fn from(value: super::InstanceEnsureResponse) -> Self {
                Self {
                    migrate: Ok(value.migrate),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct InstanceGetResponse {
            instance: ::std::result::Result<super::Instance, ::std::string::String>,
        }

        impl ::std::default::Default for InstanceGetResponse {
            fn default() -> Self {
                Self {
                    instance: Err("no value supplied for instance".to_string()),
                }
            }
        }

        impl InstanceGetResponse {
            pub fn instance<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Instance>,
                T::Error: ::std::fmt::Display,
            {
                self.instance = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for instance: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<InstanceGetResponse> for super::InstanceGetResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InstanceGetResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    instance: value.instance?,
                })
            }
        }

        impl ::std::convert::From<super::InstanceGetResponse> for InstanceGetResponse {
            fn from(value: super::InstanceGetResponse) -> Self {
                Self {
                    instance: Ok(value.instance),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct InstanceMigrateInitiateRequest {
            migration_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            src_addr: ::std::result::Result<::std::string::String, ::std::string::String>,
            src_uuid: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
        }

        impl ::std::default::Default for InstanceMigrateInitiateRequest {
            fn default() -> Self {
                Self {
                    migration_id: Err("no value supplied for migration_id".to_string()),
                    src_addr: Err("no value supplied for src_addr".to_string()),
                    src_uuid: Err("no value supplied for src_uuid".to_string()),
                }
            }
        }

        impl InstanceMigrateInitiateRequest {
            pub fn migration_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.migration_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for migration_id: {e}"));
                self
            }
            pub fn src_addr<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.src_addr = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for src_addr: {e}"));
                self
            }
            pub fn src_uuid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.src_uuid = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for src_uuid: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<InstanceMigrateInitiateRequest>
            for super::InstanceMigrateInitiateRequest
        {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InstanceMigrateInitiateRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    migration_id: value.migration_id?,
                    src_addr: value.src_addr?,
                    src_uuid: value.src_uuid?,
                })
            }
        }

        impl ::std::convert::From<super::InstanceMigrateInitiateRequest>
            for InstanceMigrateInitiateRequest
        {
            fn from(value: super::InstanceMigrateInitiateRequest) -> Self {
                Self {
                    migration_id: Ok(value.migration_id),
                    src_addr: Ok(value.src_addr),
                    src_uuid: Ok(value.src_uuid),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct InstanceMigrateInitiateResponse {
            migration_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
        }

        impl ::std::default::Default for InstanceMigrateInitiateResponse {
            fn default() -> Self {
                Self {
                    migration_id: Err("no value supplied for migration_id".to_string()),
                }
            }
        }

        impl InstanceMigrateInitiateResponse {
            pub fn migration_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.migration_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for migration_id: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<InstanceMigrateInitiateResponse>
            for super::InstanceMigrateInitiateResponse
        {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InstanceMigrateInitiateResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    migration_id: value.migration_id?,
                })
            }
        }

        impl ::std::convert::From<super::InstanceMigrateInitiateResponse>
            for InstanceMigrateInitiateResponse
        {
            fn from(value: super::InstanceMigrateInitiateResponse) -> Self {
                Self {
                    migration_id: Ok(value.migration_id),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct InstanceMigrateStatusRequest {
            migration_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
        }

        impl ::std::default::Default for InstanceMigrateStatusRequest {
            fn default() -> Self {
                Self {
                    migration_id: Err("no value supplied for migration_id".to_string()),
                }
            }
        }

        impl InstanceMigrateStatusRequest {
            pub fn migration_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.migration_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for migration_id: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<InstanceMigrateStatusRequest> for super::InstanceMigrateStatusRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InstanceMigrateStatusRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    migration_id: value.migration_id?,
                })
            }
        }

        impl ::std::convert::From<super::InstanceMigrateStatusRequest> for InstanceMigrateStatusRequest {
            fn from(value: super::InstanceMigrateStatusRequest) -> Self {
                Self {
                    migration_id: Ok(value.migration_id),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct InstanceMigrateStatusResponse {
            state: ::std::result::Result<super::MigrationState, ::std::string::String>,
        }

        impl ::std::default::Default for InstanceMigrateStatusResponse {
            fn default() -> Self {
                Self {
                    state: Err("no value supplied for state".to_string()),
                }
            }
        }

        impl InstanceMigrateStatusResponse {
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MigrationState>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for state: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<InstanceMigrateStatusResponse>
            for super::InstanceMigrateStatusResponse
        {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InstanceMigrateStatusResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    state: value.state?,
                })
            }
        }

        impl ::std::convert::From<super::InstanceMigrateStatusResponse> for InstanceMigrateStatusResponse {
            fn from(value: super::InstanceMigrateStatusResponse) -> Self {
                Self {
                    state: Ok(value.state),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct InstanceProperties {
            bootrom_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            description: ::std::result::Result<::std::string::String, ::std::string::String>,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            image_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            memory: ::std::result::Result<u64, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            vcpus: ::std::result::Result<u8, ::std::string::String>,
        }

        impl ::std::default::Default for InstanceProperties {
            fn default() -> Self {
                Self {
                    bootrom_id: Err("no value supplied for bootrom_id".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    image_id: Err("no value supplied for image_id".to_string()),
                    memory: Err("no value supplied for memory".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    vcpus: Err("no value supplied for vcpus".to_string()),
                }
            }
        }

        impl InstanceProperties {
            pub fn bootrom_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.bootrom_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for bootrom_id: {e}"));
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn image_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.image_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for image_id: {e}"));
                self
            }
            pub fn memory<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.memory = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for memory: {e}"));
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
            pub fn vcpus<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u8>,
                T::Error: ::std::fmt::Display,
            {
                self.vcpus = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for vcpus: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<InstanceProperties> for super::InstanceProperties {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InstanceProperties,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bootrom_id: value.bootrom_id?,
                    description: value.description?,
                    id: value.id?,
                    image_id: value.image_id?,
                    memory: value.memory?,
                    name: value.name?,
                    vcpus: value.vcpus?,
                })
            }
        }

        impl ::std::convert::From<super::InstanceProperties> for InstanceProperties {
            fn from(value: super::InstanceProperties) -> Self {
                Self {
                    bootrom_id: Ok(value.bootrom_id),
                    description: Ok(value.description),
                    id: Ok(value.id),
                    image_id: Ok(value.image_id),
                    memory: Ok(value.memory),
                    name: Ok(value.name),
                    vcpus: Ok(value.vcpus),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct InstanceStateMonitorRequest {
            gen_: ::std::result::Result<u64, ::std::string::String>,
        }

        impl ::std::default::Default for InstanceStateMonitorRequest {
            fn default() -> Self {
                Self {
                    gen_: Err("no value supplied for gen_".to_string()),
                }
            }
        }

        impl InstanceStateMonitorRequest {
            pub fn gen_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.gen_ = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for gen_: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<InstanceStateMonitorRequest> for super::InstanceStateMonitorRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InstanceStateMonitorRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { gen_: value.gen_? })
            }
        }

        impl ::std::convert::From<super::InstanceStateMonitorRequest> for InstanceStateMonitorRequest {
            fn from(value: super::InstanceStateMonitorRequest) -> Self {
                Self {
                    gen_: Ok(value.gen_),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct InstanceStateMonitorResponse {
            state: ::std::result::Result<super::InstanceState, ::std::string::String>,
            gen_: ::std::result::Result<u64, ::std::string::String>,
        }

        impl ::std::default::Default for InstanceStateMonitorResponse {
            fn default() -> Self {
                Self {
                    gen_: Err("no value supplied for gen_".to_string()),
                    state: Err("no value supplied for state".to_string()),
                }
            }
        }

        impl InstanceStateMonitorResponse {
            pub fn gen_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.gen_ = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for gen_: {e}"));
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::InstanceState>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for state: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<InstanceStateMonitorResponse> for super::InstanceStateMonitorResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InstanceStateMonitorResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    gen_: value.gen_?,
                    state: value.state?,
                })
            }
        }

        impl ::std::convert::From<super::InstanceStateMonitorResponse> for InstanceStateMonitorResponse {
            fn from(value: super::InstanceStateMonitorResponse) -> Self {
                Self {
                    gen_: Ok(value.gen_),
                    state: Ok(value.state),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct NetworkInterface {
            attachment: ::std::result::Result<
                super::NetworkInterfaceAttachmentState,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for NetworkInterface {
            fn default() -> Self {
                Self {
                    attachment: Err("no value supplied for attachment".to_string()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }

        impl NetworkInterface {
            pub fn attachment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::NetworkInterfaceAttachmentState>,
                T::Error: ::std::fmt::Display,
            {
                self.attachment = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for attachment: {e}"));
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

        impl ::std::convert::TryFrom<NetworkInterface> for super::NetworkInterface {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NetworkInterface,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attachment: value.attachment?,
                    name: value.name?,
                })
            }
        }

        impl ::std::convert::From<super::NetworkInterface> for NetworkInterface {
            fn from(value: super::NetworkInterface) -> Self {
                Self {
                    attachment: Ok(value.attachment),
                    name: Ok(value.name),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct NetworkInterfaceRequest {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            slot: ::std::result::Result<super::Slot, ::std::string::String>,
        }

        impl ::std::default::Default for NetworkInterfaceRequest {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                    slot: Err("no value supplied for slot".to_string()),
                }
            }
        }

        impl NetworkInterfaceRequest {
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
            pub fn slot<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Slot>,
                T::Error: ::std::fmt::Display,
            {
                self.slot = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for slot: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<NetworkInterfaceRequest> for super::NetworkInterfaceRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NetworkInterfaceRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    name: value.name?,
                    slot: value.slot?,
                })
            }
        }

        impl ::std::convert::From<super::NetworkInterfaceRequest> for NetworkInterfaceRequest {
            fn from(value: super::NetworkInterfaceRequest) -> Self {
                Self {
                    name: Ok(value.name),
                    slot: Ok(value.slot),
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

/// Path and query parameters of `instance_get`.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceGetParams {}
/// Path and query parameters of `instance_ensure`.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceEnsureParams {}
/// Path and query parameters of `instance_issue_crucible_snapshot_request`.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceIssueCrucibleSnapshotRequestParams {
    /// `id` (path)
    pub id: ::uuid::Uuid,
    /// `snapshot_id` (path)
    pub snapshot_id: ::uuid::Uuid,
}

/// Path and query parameters of `instance_migrate_status`.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceMigrateStatusParams {}
/// Path and query parameters of `instance_state_put`.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceStatePutParams {}
/// Path and query parameters of `instance_state_monitor`.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceStateMonitorParams {}
/// Every response `instance_get` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum InstanceGetResponse {
    /// 200: successful operation
    Ok(types::InstanceGetResponse),
    /// 4XX: Error
    ///
    /// The first field is the status code to send.
    ClientError(u16, types::Error),
    /// 5XX: Error
    ///
    /// The first field is the status code to send.
    ServerError(u16, types::Error),
}

impl ::axum::response::IntoResponse for InstanceGetResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
            Self::ClientError(status, body) => {
                ::generated_server_stubs::runtime::respond_json(status, &body)
            }
            Self::ServerError(status, body) => {
                ::generated_server_stubs::runtime::respond_json(status, &body)
            }
        }
    }
}

/// Every response `instance_ensure` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum InstanceEnsureResponse {
    /// 201: successful creation
    Created(types::InstanceEnsureResponse),
    /// 4XX: Error
    ///
    /// The first field is the status code to send.
    ClientError(u16, types::Error),
    /// 5XX: Error
    ///
    /// The first field is the status code to send.
    ServerError(u16, types::Error),
}

impl ::axum::response::IntoResponse for InstanceEnsureResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => ::generated_server_stubs::runtime::respond_json(201u16, &body),
            Self::ClientError(status, body) => {
                ::generated_server_stubs::runtime::respond_json(status, &body)
            }
            Self::ServerError(status, body) => {
                ::generated_server_stubs::runtime::respond_json(status, &body)
            }
        }
    }
}

/// Every response `instance_issue_crucible_snapshot_request` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum InstanceIssueCrucibleSnapshotRequestResponse {
    /// 200: successful operation
    Ok(types::InstanceIssueCrucibleSnapshotRequestResponse),
    /// 4XX: Error
    ///
    /// The first field is the status code to send.
    ClientError(u16, types::Error),
    /// 5XX: Error
    ///
    /// The first field is the status code to send.
    ServerError(u16, types::Error),
}

impl ::axum::response::IntoResponse for InstanceIssueCrucibleSnapshotRequestResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
            Self::ClientError(status, body) => {
                ::generated_server_stubs::runtime::respond_json(status, &body)
            }
            Self::ServerError(status, body) => {
                ::generated_server_stubs::runtime::respond_json(status, &body)
            }
        }
    }
}

/// Every response `instance_migrate_status` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum InstanceMigrateStatusResponse {
    /// 200: successful operation
    Ok(types::InstanceMigrateStatusResponse),
    /// 4XX: Error
    ///
    /// The first field is the status code to send.
    ClientError(u16, types::Error),
    /// 5XX: Error
    ///
    /// The first field is the status code to send.
    ServerError(u16, types::Error),
}

impl ::axum::response::IntoResponse for InstanceMigrateStatusResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
            Self::ClientError(status, body) => {
                ::generated_server_stubs::runtime::respond_json(status, &body)
            }
            Self::ServerError(status, body) => {
                ::generated_server_stubs::runtime::respond_json(status, &body)
            }
        }
    }
}

/// Every response `instance_state_put` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum InstanceStatePutResponse {
    /// 204: resource updated
    NoContent,
    /// 4XX: Error
    ///
    /// The first field is the status code to send.
    ClientError(u16, types::Error),
    /// 5XX: Error
    ///
    /// The first field is the status code to send.
    ServerError(u16, types::Error),
}

impl ::axum::response::IntoResponse for InstanceStatePutResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::NoContent => ::generated_server_stubs::runtime::respond_empty(204u16),
            Self::ClientError(status, body) => {
                ::generated_server_stubs::runtime::respond_json(status, &body)
            }
            Self::ServerError(status, body) => {
                ::generated_server_stubs::runtime::respond_json(status, &body)
            }
        }
    }
}

/// Every response `instance_state_monitor` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum InstanceStateMonitorResponse {
    /// 200: successful operation
    Ok(types::InstanceStateMonitorResponse),
    /// 4XX: Error
    ///
    /// The first field is the status code to send.
    ClientError(u16, types::Error),
    /// 5XX: Error
    ///
    /// The first field is the status code to send.
    ServerError(u16, types::Error),
}

impl ::axum::response::IntoResponse for InstanceStateMonitorResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
            Self::ClientError(status, body) => {
                ::generated_server_stubs::runtime::respond_json(status, &body)
            }
            Self::ServerError(status, body) => {
                ::generated_server_stubs::runtime::respond_json(status, &body)
            }
        }
    }
}

/// The operations of Oxide Propolis Server API (version 0.0.1).
///
/// Implement this trait and serve it with [`service`] (or [`router`], to compose it with other axum routes); parameters and bodies arrive parsed and checked, and every request was authenticated by the [`::generated_server_stubs::runtime::Authenticator`] given to the router.
pub trait Api: Send + Sync + 'static {
    /// Who made the request, as the authenticator reports it.
    type Caller: Send + Sync + 'static;
    /// `GET /instance`
    fn instance_get(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: InstanceGetParams,
    ) -> impl ::std::future::Future<Output = InstanceGetResponse> + Send;
    /// `PUT /instance`
    fn instance_ensure(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: InstanceEnsureParams,
        body: types::InstanceEnsureRequest,
    ) -> impl ::std::future::Future<Output = InstanceEnsureResponse> + Send;
    /// Issue a snapshot request to a crucible backend
    ///
    /// `POST /instance/disk/{id}/snapshot/{snapshot_id}`
    fn instance_issue_crucible_snapshot_request(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: InstanceIssueCrucibleSnapshotRequestParams,
    ) -> impl ::std::future::Future<Output = InstanceIssueCrucibleSnapshotRequestResponse> + Send;
    /// `GET /instance/migrate/status`
    fn instance_migrate_status(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: InstanceMigrateStatusParams,
        body: types::InstanceMigrateStatusRequest,
    ) -> impl ::std::future::Future<Output = InstanceMigrateStatusResponse> + Send;
    /// `PUT /instance/state`
    fn instance_state_put(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: InstanceStatePutParams,
        body: types::InstanceStateRequested,
    ) -> impl ::std::future::Future<Output = InstanceStatePutResponse> + Send;
    /// `GET /instance/state-monitor`
    fn instance_state_monitor(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: InstanceStateMonitorParams,
        body: types::InstanceStateMonitorRequest,
    ) -> impl ::std::future::Future<Output = InstanceStateMonitorResponse> + Send;
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
                handle_instance_get(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[&[::generated_server_stubs::runtime::PartSpec::Lit("instance")]],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "instance_get",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_instance_ensure(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::PUT,
                template: &[&[::generated_server_stubs::runtime::PartSpec::Lit("instance")]],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "instance_ensure",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_instance_issue_crucible_snapshot_request(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::POST,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("instance")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("disk")],
                    &[::generated_server_stubs::runtime::PartSpec::Param("id")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("snapshot")],
                    &[::generated_server_stubs::runtime::PartSpec::Param(
                        "snapshot_id",
                    )],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "instance_issue_crucible_snapshot_request",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_instance_migrate_status(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("instance")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("migrate")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("status")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "instance_migrate_status",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_instance_state_put(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::PUT,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("instance")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("state")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "instance_state_put",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_instance_state_monitor(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("instance")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit(
                        "state-monitor",
                    )],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "instance_state_monitor",
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

const INSTANCE_ENSURE_BODY: ::generated_server_stubs::runtime::BodySpec =
    ::generated_server_stubs::runtime::BodySpec {
        required: true,
        form: false,
        query_or_body: false,
        fields: &[
            (
                "cloud_init_bytes",
                ::generated_server_stubs::runtime::Kind::String,
            ),
            ("disks", ::generated_server_stubs::runtime::Kind::Json),
            ("migrate", ::generated_server_stubs::runtime::Kind::Json),
            ("nics", ::generated_server_stubs::runtime::Kind::Json),
            ("properties", ::generated_server_stubs::runtime::Kind::Json),
        ],
        nullable: &["cloud_init_bytes", "migrate"],
    };
const INSTANCE_MIGRATE_STATUS_BODY: ::generated_server_stubs::runtime::BodySpec =
    ::generated_server_stubs::runtime::BodySpec {
        required: true,
        form: false,
        query_or_body: false,
        fields: &[(
            "migration_id",
            ::generated_server_stubs::runtime::Kind::Formatted,
        )],
        nullable: &[],
    };
const INSTANCE_STATE_PUT_BODY: ::generated_server_stubs::runtime::BodySpec =
    ::generated_server_stubs::runtime::BodySpec {
        required: true,
        form: false,
        query_or_body: false,
        fields: &[],
        nullable: &[],
    };
const INSTANCE_STATE_MONITOR_BODY: ::generated_server_stubs::runtime::BodySpec =
    ::generated_server_stubs::runtime::BodySpec {
        required: true,
        form: false,
        query_or_body: false,
        fields: &[("gen", ::generated_server_stubs::runtime::Kind::Integer)],
        nullable: &[],
    };
/// Parse, check and dispatch `instance_get`.
fn handle_instance_get<A, Au>(
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
            let params = InstanceGetParams {};
            api.instance_get(req.into_context(caller), params)
        };
        let response: InstanceGetResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `instance_ensure`.
fn handle_instance_ensure<A, Au>(
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
            let params = InstanceEnsureParams {};
            let body = req.body::<types::InstanceEnsureRequest>(&INSTANCE_ENSURE_BODY)?;
            api.instance_ensure(req.into_context(caller), params, body)
        };
        let response: InstanceEnsureResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `instance_issue_crucible_snapshot_request`.
fn handle_instance_issue_crucible_snapshot_request<A, Au>(
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
            let params = InstanceIssueCrucibleSnapshotRequestParams {
                id: req.path_param("id", &::generated_server_stubs::runtime::Kind::Formatted)?,
                snapshot_id: req.path_param(
                    "snapshot_id",
                    &::generated_server_stubs::runtime::Kind::Formatted,
                )?,
            };
            api.instance_issue_crucible_snapshot_request(req.into_context(caller), params)
        };
        let response: InstanceIssueCrucibleSnapshotRequestResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `instance_migrate_status`.
fn handle_instance_migrate_status<A, Au>(
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
            let params = InstanceMigrateStatusParams {};
            let body =
                req.body::<types::InstanceMigrateStatusRequest>(&INSTANCE_MIGRATE_STATUS_BODY)?;
            api.instance_migrate_status(req.into_context(caller), params, body)
        };
        let response: InstanceMigrateStatusResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `instance_state_put`.
fn handle_instance_state_put<A, Au>(
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
            let params = InstanceStatePutParams {};
            let body = req.body::<types::InstanceStateRequested>(&INSTANCE_STATE_PUT_BODY)?;
            api.instance_state_put(req.into_context(caller), params, body)
        };
        let response: InstanceStatePutResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `instance_state_monitor`.
fn handle_instance_state_monitor<A, Au>(
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
            let params = InstanceStateMonitorParams {};
            let body =
                req.body::<types::InstanceStateMonitorRequest>(&INSTANCE_STATE_MONITOR_BODY)?;
            api.instance_state_monitor(req.into_context(caller), params, body)
        };
        let response: InstanceStateMonitorResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}
