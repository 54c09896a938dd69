#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{ClientHooks, OperationInfo, RequestBuilderExt, encode_path};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    /// `ApiResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ApiResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<i32>,
        #[serde(
            rename = "type",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub type_: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }

    impl ApiResponse {
        pub fn builder() -> builder::ApiResponse {
            Default::default()
        }
    }

    /// `Category`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct Category {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }

    impl Category {
        pub fn builder() -> builder::Category {
            Default::default()
        }
    }

    /// `FindPetsByStatusStatus`
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
    pub enum FindPetsByStatusStatus {
        #[serde(rename = "available")]
        Available,
        #[serde(rename = "pending")]
        Pending,
        #[serde(rename = "sold")]
        Sold,
    }

    impl ::std::fmt::Display for FindPetsByStatusStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Available => f.write_str("available"),
                Self::Pending => f.write_str("pending"),
                Self::Sold => f.write_str("sold"),
            }
        }
    }

    impl ::std::str::FromStr for FindPetsByStatusStatus {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "available" => Ok(Self::Available),
                "pending" => Ok(Self::Pending),
                "sold" => Ok(Self::Sold),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for FindPetsByStatusStatus {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for FindPetsByStatusStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::default::Default for FindPetsByStatusStatus {
        fn default() -> Self {
            FindPetsByStatusStatus::Available
        }
    }

    /// `GetInventoryResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct GetInventoryResponse(pub ::std::collections::HashMap<::std::string::String, i32>);
    impl ::std::ops::Deref for GetInventoryResponse {
        type Target = ::std::collections::HashMap<::std::string::String, i32>;
        fn deref(&self) -> &::std::collections::HashMap<::std::string::String, i32> {
            &self.0
        }
    }

    impl ::std::convert::From<GetInventoryResponse>
        for ::std::collections::HashMap<::std::string::String, i32>
    {
        fn from(value: GetInventoryResponse) -> Self {
            value.0
        }
    }

    impl ::std::convert::From<::std::collections::HashMap<::std::string::String, i32>>
        for GetInventoryResponse
    {
        fn from(value: ::std::collections::HashMap<::std::string::String, i32>) -> Self {
            Self(value)
        }
    }

    /// `Order`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct Order {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i64>,
        #[serde(
            rename = "petId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub pet_id: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub quantity: ::std::option::Option<i32>,
        #[serde(
            rename = "shipDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub ship_date: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        /// Order Status
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<OrderStatus>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub complete: ::std::option::Option<bool>,
    }

    impl Order {
        pub fn builder() -> builder::Order {
            Default::default()
        }
    }

    /// Order Status
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
    pub enum OrderStatus {
        #[serde(rename = "placed")]
        Placed,
        #[serde(rename = "approved")]
        Approved,
        #[serde(rename = "delivered")]
        Delivered,
    }

    impl ::std::fmt::Display for OrderStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Placed => f.write_str("placed"),
                Self::Approved => f.write_str("approved"),
                Self::Delivered => f.write_str("delivered"),
            }
        }
    }

    impl ::std::str::FromStr for OrderStatus {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "placed" => Ok(Self::Placed),
                "approved" => Ok(Self::Approved),
                "delivered" => Ok(Self::Delivered),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for OrderStatus {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for OrderStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    /// `Pet`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Pet {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i64>,
        pub name: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub category: ::std::option::Option<Category>,
        #[serde(rename = "photoUrls")]
        pub photo_urls: ::std::vec::Vec<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<Tag>,
        /// pet status in the store
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<PetStatus>,
    }

    impl Pet {
        pub fn builder() -> builder::Pet {
            Default::default()
        }
    }

    /// pet status in the store
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
    pub enum PetStatus {
        #[serde(rename = "available")]
        Available,
        #[serde(rename = "pending")]
        Pending,
        #[serde(rename = "sold")]
        Sold,
    }

    impl ::std::fmt::Display for PetStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Available => f.write_str("available"),
                Self::Pending => f.write_str("pending"),
                Self::Sold => f.write_str("sold"),
            }
        }
    }

    impl ::std::str::FromStr for PetStatus {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "available" => Ok(Self::Available),
                "pending" => Ok(Self::Pending),
                "sold" => Ok(Self::Sold),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for PetStatus {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for PetStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    /// `Tag`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct Tag {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }

    impl Tag {
        pub fn builder() -> builder::Tag {
            Default::default()
        }
    }

    /// `User`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct User {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub username: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "firstName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub first_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "lastName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub password: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone: ::std::option::Option<::std::string::String>,
        /// User Status
        #[serde(
            rename = "userStatus",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_status: ::std::option::Option<i32>,
    }

    impl User {
        pub fn builder() -> builder::User {
            Default::default()
        }
    }

    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct ApiResponse {
            code: ::std::result::Result<::std::option::Option<i32>, ::std::string::String>,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for ApiResponse {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    message: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }

        impl ApiResponse {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
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
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for type_: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<ApiResponse> for super::ApiResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    message: value.message?,
                    type_: value.type_?,
                })
            }
        }

        impl ::std::convert::From<super::ApiResponse> for ApiResponse {
            fn from(value: super::ApiResponse) -> Self {
                Self {
                    code: Ok(value.code),
                    message: Ok(value.message),
                    type_: Ok(value.type_),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Category {
            id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for Category {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }

        impl Category {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
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

        impl ::std::convert::TryFrom<Category> for super::Category {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Category,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                })
            }
        }

        impl ::std::convert::From<super::Category> for Category {
            fn from(value: super::Category) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Order {
            id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            quantity: ::std::result::Result<::std::option::Option<i32>, ::std::string::String>,
            status: ::std::result::Result<
                ::std::option::Option<super::OrderStatus>,
                ::std::string::String,
            >,
            complete: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            pet_id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            ship_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for Order {
            fn default() -> Self {
                Self {
                    complete: Ok(Default::default()),
                    id: Ok(Default::default()),
                    pet_id: Ok(Default::default()),
                    quantity: Ok(Default::default()),
                    ship_date: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }

        impl Order {
            pub fn complete<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.complete = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for complete: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn pet_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.pet_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for pet_id: {e}"));
                self
            }
            pub fn quantity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.quantity = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for quantity: {e}"));
                self
            }
            pub fn ship_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                    >,
                T::Error: ::std::fmt::Display,
            {
                self.ship_date = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for ship_date: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::OrderStatus>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Order> for super::Order {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Order,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    complete: value.complete?,
                    id: value.id?,
                    pet_id: value.pet_id?,
                    quantity: value.quantity?,
                    ship_date: value.ship_date?,
                    status: value.status?,
                })
            }
        }

        impl ::std::convert::From<super::Order> for Order {
            fn from(value: super::Order) -> Self {
                Self {
                    complete: Ok(value.complete),
                    id: Ok(value.id),
                    pet_id: Ok(value.pet_id),
                    quantity: Ok(value.quantity),
                    ship_date: Ok(value.ship_date),
                    status: Ok(value.status),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Pet {
            id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            category: ::std::result::Result<
                ::std::option::Option<super::Category>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<::std::vec::Vec<super::Tag>, ::std::string::String>,
            status: ::std::result::Result<
                ::std::option::Option<super::PetStatus>,
                ::std::string::String,
            >,
            photo_urls: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for Pet {
            fn default() -> Self {
                Self {
                    category: Ok(Default::default()),
                    id: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    photo_urls: Err("no value supplied for photo_urls".to_string()),
                    status: Ok(Default::default()),
                    tags: Ok(Default::default()),
                }
            }
        }

        impl Pet {
            pub fn category<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Category>>,
                T::Error: ::std::fmt::Display,
            {
                self.category = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for category: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
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
            pub fn photo_urls<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.photo_urls = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for photo_urls: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::PetStatus>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Tag>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for tags: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Pet> for super::Pet {
            type Error = super::error::ConversionError;
            fn try_from(value: Pet) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    category: value.category?,
                    id: value.id?,
                    name: value.name?,
                    photo_urls: value.photo_urls?,
                    status: value.status?,
                    tags: value.tags?,
                })
            }
        }

        impl ::std::convert::From<super::Pet> for Pet {
            fn from(value: super::Pet) -> Self {
                Self {
                    category: Ok(value.category),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    photo_urls: Ok(value.photo_urls),
                    status: Ok(value.status),
                    tags: Ok(value.tags),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Tag {
            id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for Tag {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }

        impl Tag {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
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

        impl ::std::convert::TryFrom<Tag> for super::Tag {
            type Error = super::error::ConversionError;
            fn try_from(value: Tag) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                })
            }
        }

        impl ::std::convert::From<super::Tag> for Tag {
            fn from(value: super::Tag) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct User {
            id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            username: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            password: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            phone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            first_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user_status: ::std::result::Result<::std::option::Option<i32>, ::std::string::String>,
        }

        impl ::std::default::Default for User {
            fn default() -> Self {
                Self {
                    email: Ok(Default::default()),
                    first_name: Ok(Default::default()),
                    id: Ok(Default::default()),
                    last_name: Ok(Default::default()),
                    password: Ok(Default::default()),
                    phone: Ok(Default::default()),
                    user_status: Ok(Default::default()),
                    username: Ok(Default::default()),
                }
            }
        }

        impl User {
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for email: {e}"));
                self
            }
            pub fn first_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.first_name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for first_name: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn last_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for last_name: {e}"));
                self
            }
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.password = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for password: {e}"));
                self
            }
            pub fn phone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for phone: {e}"));
                self
            }
            pub fn user_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for user_status: {e}"));
                self
            }
            pub fn username<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.username = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for username: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<User> for super::User {
            type Error = super::error::ConversionError;
            fn try_from(value: User) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    first_name: value.first_name?,
                    id: value.id?,
                    last_name: value.last_name?,
                    password: value.password?,
                    phone: value.phone?,
                    user_status: value.user_status?,
                    username: value.username?,
                })
            }
        }

        impl ::std::convert::From<super::User> for User {
            fn from(value: super::User) -> Self {
                Self {
                    email: Ok(value.email),
                    first_name: Ok(value.first_name),
                    id: Ok(value.id),
                    last_name: Ok(value.last_name),
                    password: Ok(value.password),
                    phone: Ok(value.phone),
                    user_status: Ok(value.user_status),
                    username: Ok(value.username),
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

#[derive(Clone, Debug)]
/// Client for Swagger Petstore - OpenAPI 3.0
///
/// This is a sample Pet Store Server based on the OpenAPI 3.0 specification.  You can find out more about
/// Swagger at [https://swagger.io](https://swagger.io). In the third iteration of the pet store, we've switched to the design first approach!
/// You can now help us improve the API whether it's by making changes to the definition itself or to the code.
/// That way, with time, we can improve the API in general, and expose some of the new features in OAS3.
///
/// Some useful links:
/// - [The Pet Store repository](https://github.com/swagger-api/swagger-petstore)
/// - [The source API definition for the Pet Store](https://github.com/swagger-api/swagger-petstore/blob/master/src/main/resources/openapi.yaml)
///
/// <https://swagger.io/terms/>
///
/// Version: 1.0.27-SNAPSHOT
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
        "1.0.27-SNAPSHOT"
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
    /// Update an existing pet
    ///
    /// Update an existing pet by Id.
    ///
    /// Sends a `PUT` request to `/pet`
    ///
    /// Arguments:
    /// - `body`: Update an existent pet in the store
    /// ```text
    /// let response = client.update_pet()
    ///     .body(body)
    ///     .send()
    ///     .await;
    /// ```
    ///
    /// Sends the body as `application/json`; send it as `application/x-www-form-urlencoded` with [`Client::update_pet_form`] instead. Each alternative's method is named `<operation>_<media type>` (`_form`, `_multipart`, `_text`, the subtype), with `_body` added where an operation already has that name.
    pub fn update_pet(&self) -> builder::UpdatePet<'_> {
        builder::UpdatePet::new(self)
    }

    /// Update an existing pet
    ///
    /// Update an existing pet by Id.
    ///
    /// Sends a `PUT` request to `/pet`
    ///
    /// Arguments:
    /// - `body`: Update an existent pet in the store
    /// ```text
    /// let response = client.update_pet_form()
    ///     .body(body)
    ///     .send()
    ///     .await;
    /// ```
    ///
    /// Sends the body as `application/x-www-form-urlencoded`; [`Client::update_pet`] sends it as `application/json`.
    pub fn update_pet_form(&self) -> builder::UpdatePetForm<'_> {
        builder::UpdatePetForm::new(self)
    }

    /// Add a new pet to the store
    ///
    /// Add a new pet to the store.
    ///
    /// Sends a `POST` request to `/pet`
    ///
    /// Arguments:
    /// - `body`: Create a new pet in the store
    /// ```text
    /// let response = client.add_pet()
    ///     .body(body)
    ///     .send()
    ///     .await;
    /// ```
    ///
    /// Sends the body as `application/json`; send it as `application/x-www-form-urlencoded` with [`Client::add_pet_form`] instead. Each alternative's method is named `<operation>_<media type>` (`_form`, `_multipart`, `_text`, the subtype), with `_body` added where an operation already has that name.
    pub fn add_pet(&self) -> builder::AddPet<'_> {
        builder::AddPet::new(self)
    }

    /// Add a new pet to the store
    ///
    /// Add a new pet to the store.
    ///
    /// Sends a `POST` request to `/pet`
    ///
    /// Arguments:
    /// - `body`: Create a new pet in the store
    /// ```text
    /// let response = client.add_pet_form()
    ///     .body(body)
    ///     .send()
    ///     .await;
    /// ```
    ///
    /// Sends the body as `application/x-www-form-urlencoded`; [`Client::add_pet`] sends it as `application/json`.
    pub fn add_pet_form(&self) -> builder::AddPetForm<'_> {
        builder::AddPetForm::new(self)
    }

    /// Finds Pets by status
    ///
    /// Multiple status values can be provided with comma separated strings.
    ///
    /// Sends a `GET` request to `/pet/findByStatus`
    ///
    /// Arguments:
    /// - `status`: Status values that need to be considered for filter
    /// ```text
    /// let response = client.find_pets_by_status()
    ///     .status(status)
    ///     .send()
    ///     .await;
    /// ```
    pub fn find_pets_by_status(&self) -> builder::FindPetsByStatus<'_> {
        builder::FindPetsByStatus::new(self)
    }

    /// Finds Pets by tags
    ///
    /// Multiple tags can be provided with comma separated strings. Use tag1, tag2, tag3 for testing.
    ///
    /// Sends a `GET` request to `/pet/findByTags`
    ///
    /// Arguments:
    /// - `tags`: Tags to filter by
    /// ```text
    /// let response = client.find_pets_by_tags()
    ///     .tags(tags)
    ///     .send()
    ///     .await;
    /// ```
    pub fn find_pets_by_tags(&self) -> builder::FindPetsByTags<'_> {
        builder::FindPetsByTags::new(self)
    }

    /// Find pet by ID
    ///
    /// Returns a single pet.
    ///
    /// Sends a `GET` request to `/pet/{petId}`
    ///
    /// Arguments:
    /// - `pet_id`: ID of pet to return
    /// ```text
    /// let response = client.get_pet_by_id()
    ///     .pet_id(pet_id)
    ///     .send()
    ///     .await;
    /// ```
    pub fn get_pet_by_id(&self) -> builder::GetPetById<'_> {
        builder::GetPetById::new(self)
    }

    /// Updates a pet in the store with form data
    ///
    /// Updates a pet resource based on the form data.
    ///
    /// Sends a `POST` request to `/pet/{petId}`
    ///
    /// Arguments:
    /// - `pet_id`: ID of pet that needs to be updated
    /// - `name`: Name of pet that needs to be updated
    /// - `status`: Status of pet that needs to be updated
    /// ```text
    /// let response = client.update_pet_with_form()
    ///     .pet_id(pet_id)
    ///     .name(name)
    ///     .status(status)
    ///     .send()
    ///     .await;
    /// ```
    pub fn update_pet_with_form(&self) -> builder::UpdatePetWithForm<'_> {
        builder::UpdatePetWithForm::new(self)
    }

    /// Deletes a pet
    ///
    /// Delete a pet.
    ///
    /// Sends a `DELETE` request to `/pet/{petId}`
    ///
    /// Arguments:
    /// - `pet_id`: Pet id to delete
    /// - `api_key`:
    /// ```text
    /// let response = client.delete_pet()
    ///     .pet_id(pet_id)
    ///     .api_key(api_key)
    ///     .send()
    ///     .await;
    /// ```
    pub fn delete_pet(&self) -> builder::DeletePet<'_> {
        builder::DeletePet::new(self)
    }

    /// Uploads an image
    ///
    /// Upload image of the pet.
    ///
    /// Sends a `POST` request to `/pet/{petId}/uploadImage`
    ///
    /// Arguments:
    /// - `pet_id`: ID of pet to update
    /// - `additional_metadata`: Additional Metadata
    /// - `body`
    /// ```text
    /// let response = client.upload_file()
    ///     .pet_id(pet_id)
    ///     .additional_metadata(additional_metadata)
    ///     .body(body)
    ///     .send()
    ///     .await;
    /// ```
    pub fn upload_file(&self) -> builder::UploadFile<'_> {
        builder::UploadFile::new(self)
    }

    /// Returns pet inventories by status
    ///
    /// Returns a map of status codes to quantities.
    ///
    /// Sends a `GET` request to `/store/inventory`
    ///
    /// ```text
    /// let response = client.get_inventory()
    ///     .send()
    ///     .await;
    /// ```
    pub fn get_inventory(&self) -> builder::GetInventory<'_> {
        builder::GetInventory::new(self)
    }

    /// Place an order for a pet
    ///
    /// Place a new order in the store.
    ///
    /// Sends a `POST` request to `/store/order`
    ///
    /// ```text
    /// let response = client.place_order()
    ///     .body(body)
    ///     .send()
    ///     .await;
    /// ```
    ///
    /// Sends the body as `application/json`; send it as `application/x-www-form-urlencoded` with [`Client::place_order_form`] instead. Each alternative's method is named `<operation>_<media type>` (`_form`, `_multipart`, `_text`, the subtype), with `_body` added where an operation already has that name.
    pub fn place_order(&self) -> builder::PlaceOrder<'_> {
        builder::PlaceOrder::new(self)
    }

    /// Place an order for a pet
    ///
    /// Place a new order in the store.
    ///
    /// Sends a `POST` request to `/store/order`
    ///
    /// ```text
    /// let response = client.place_order_form()
    ///     .body(body)
    ///     .send()
    ///     .await;
    /// ```
    ///
    /// Sends the body as `application/x-www-form-urlencoded`; [`Client::place_order`] sends it as `application/json`.
    pub fn place_order_form(&self) -> builder::PlaceOrderForm<'_> {
        builder::PlaceOrderForm::new(self)
    }

    /// Find purchase order by ID
    ///
    /// For valid response try integer IDs with value <= 5 or > 10. Other values will generate exceptions.
    ///
    /// Sends a `GET` request to `/store/order/{orderId}`
    ///
    /// Arguments:
    /// - `order_id`: ID of order that needs to be fetched
    /// ```text
    /// let response = client.get_order_by_id()
    ///     .order_id(order_id)
    ///     .send()
    ///     .await;
    /// ```
    pub fn get_order_by_id(&self) -> builder::GetOrderById<'_> {
        builder::GetOrderById::new(self)
    }

    /// Delete purchase order by identifier
    ///
    /// For valid response try integer IDs with value < 1000. Anything above 1000 or non-integers will generate API errors.
    ///
    /// Sends a `DELETE` request to `/store/order/{orderId}`
    ///
    /// Arguments:
    /// - `order_id`: ID of the order that needs to be deleted
    /// ```text
    /// let response = client.delete_order()
    ///     .order_id(order_id)
    ///     .send()
    ///     .await;
    /// ```
    pub fn delete_order(&self) -> builder::DeleteOrder<'_> {
        builder::DeleteOrder::new(self)
    }

    /// Create user
    ///
    /// This can only be done by the logged in user.
    ///
    /// Sends a `POST` request to `/user`
    ///
    /// Arguments:
    /// - `body`: Created user object
    /// ```text
    /// let response = client.create_user()
    ///     .body(body)
    ///     .send()
    ///     .await;
    /// ```
    ///
    /// Sends the body as `application/json`; send it as `application/x-www-form-urlencoded` with [`Client::create_user_form`] instead. Each alternative's method is named `<operation>_<media type>` (`_form`, `_multipart`, `_text`, the subtype), with `_body` added where an operation already has that name.
    pub fn create_user(&self) -> builder::CreateUser<'_> {
        builder::CreateUser::new(self)
    }

    /// Create user
    ///
    /// This can only be done by the logged in user.
    ///
    /// Sends a `POST` request to `/user`
    ///
    /// Arguments:
    /// - `body`: Created user object
    /// ```text
    /// let response = client.create_user_form()
    ///     .body(body)
    ///     .send()
    ///     .await;
    /// ```
    ///
    /// Sends the body as `application/x-www-form-urlencoded`; [`Client::create_user`] sends it as `application/json`.
    pub fn create_user_form(&self) -> builder::CreateUserForm<'_> {
        builder::CreateUserForm::new(self)
    }

    /// Creates list of users with given input array
    ///
    /// Creates list of users with given input array.
    ///
    /// Sends a `POST` request to `/user/createWithList`
    ///
    /// ```text
    /// let response = client.create_users_with_list_input()
    ///     .body(body)
    ///     .send()
    ///     .await;
    /// ```
    pub fn create_users_with_list_input(&self) -> builder::CreateUsersWithListInput<'_> {
        builder::CreateUsersWithListInput::new(self)
    }

    /// Logs user into the system
    ///
    /// Log into the system.
    ///
    /// Sends a `GET` request to `/user/login`
    ///
    /// Arguments:
    /// - `password`: The password for login in clear text
    /// - `username`: The user name for login
    /// ```text
    /// let response = client.login_user()
    ///     .password(password)
    ///     .username(username)
    ///     .send()
    ///     .await;
    /// ```
    pub fn login_user(&self) -> builder::LoginUser<'_> {
        builder::LoginUser::new(self)
    }

    /// Logs out current logged in user session
    ///
    /// Log user out of the system.
    ///
    /// Sends a `GET` request to `/user/logout`
    ///
    /// ```text
    /// let response = client.logout_user()
    ///     .send()
    ///     .await;
    /// ```
    pub fn logout_user(&self) -> builder::LogoutUser<'_> {
        builder::LogoutUser::new(self)
    }

    /// Get user by user name
    ///
    /// Get user detail based on username.
    ///
    /// Sends a `GET` request to `/user/{username}`
    ///
    /// Arguments:
    /// - `username`: The name that needs to be fetched. Use user1 for testing
    /// ```text
    /// let response = client.get_user_by_name()
    ///     .username(username)
    ///     .send()
    ///     .await;
    /// ```
    pub fn get_user_by_name(&self) -> builder::GetUserByName<'_> {
        builder::GetUserByName::new(self)
    }

    /// Update user resource
    ///
    /// This can only be done by the logged in user.
    ///
    /// Sends a `PUT` request to `/user/{username}`
    ///
    /// Arguments:
    /// - `username`: name that need to be deleted
    /// - `body`: Update an existent user in the store
    /// ```text
    /// let response = client.update_user()
    ///     .username(username)
    ///     .body(body)
    ///     .send()
    ///     .await;
    /// ```
    ///
    /// Sends the body as `application/json`; send it as `application/x-www-form-urlencoded` with [`Client::update_user_form`] instead. Each alternative's method is named `<operation>_<media type>` (`_form`, `_multipart`, `_text`, the subtype), with `_body` added where an operation already has that name.
    pub fn update_user(&self) -> builder::UpdateUser<'_> {
        builder::UpdateUser::new(self)
    }

    /// Update user resource
    ///
    /// This can only be done by the logged in user.
    ///
    /// Sends a `PUT` request to `/user/{username}`
    ///
    /// Arguments:
    /// - `username`: name that need to be deleted
    /// - `body`: Update an existent user in the store
    /// ```text
    /// let response = client.update_user_form()
    ///     .username(username)
    ///     .body(body)
    ///     .send()
    ///     .await;
    /// ```
    ///
    /// Sends the body as `application/x-www-form-urlencoded`; [`Client::update_user`] sends it as `application/json`.
    pub fn update_user_form(&self) -> builder::UpdateUserForm<'_> {
        builder::UpdateUserForm::new(self)
    }

    /// Delete user resource
    ///
    /// This can only be done by the logged in user.
    ///
    /// Sends a `DELETE` request to `/user/{username}`
    ///
    /// Arguments:
    /// - `username`: The name that needs to be deleted
    /// ```text
    /// let response = client.delete_user()
    ///     .username(username)
    ///     .send()
    ///     .await;
    /// ```
    pub fn delete_user(&self) -> builder::DeleteUser<'_> {
        builder::DeleteUser::new(self)
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
    /// Builder for [`Client::update_pet`]
    ///
    /// [`Client::update_pet`]: super::Client::update_pet
    #[derive(Debug, Clone)]
    pub struct UpdatePet<'a> {
        client: &'a super::Client,
        body: Result<types::builder::Pet, String>,
    }

    impl<'a> UpdatePet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Pet>,
            <V as std::convert::TryInto<types::Pet>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `Pet` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::Pet) -> types::builder::Pet,
        {
            self.body = self.body.map(f);
            self
        }

        /// Sends a `PUT` request to `/pet`
        pub async fn send(self) -> Result<ResponseValue<types::Pet>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::Pet::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/pet", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_pet",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /// Builder for [`Client::add_pet`]
    ///
    /// [`Client::add_pet`]: super::Client::add_pet
    #[derive(Debug, Clone)]
    pub struct AddPet<'a> {
        client: &'a super::Client,
        body: Result<types::builder::Pet, String>,
    }

    impl<'a> AddPet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Pet>,
            <V as std::convert::TryInto<types::Pet>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `Pet` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::Pet) -> types::builder::Pet,
        {
            self.body = self.body.map(f);
            self
        }

        /// Sends a `POST` request to `/pet`
        pub async fn send(self) -> Result<ResponseValue<types::Pet>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::Pet::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/pet", client.baseurl,);
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
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "add_pet",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /// Builder for [`Client::find_pets_by_status`]
    ///
    /// [`Client::find_pets_by_status`]: super::Client::find_pets_by_status
    #[derive(Debug, Clone)]
    pub struct FindPetsByStatus<'a> {
        client: &'a super::Client,
        status: Result<Option<types::FindPetsByStatusStatus>, String>,
    }

    impl<'a> FindPetsByStatus<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                status: Ok(None),
            }
        }

        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::FindPetsByStatusStatus>,
        {
            self.status = value.try_into().map(Some).map_err(|_| {
                "conversion to `FindPetsByStatusStatus` for status failed".to_string()
            });
            self
        }

        /// Sends a `GET` request to `/pet/findByStatus`
        pub async fn send(self) -> Result<ResponseValue<::std::vec::Vec<types::Pet>>, Error<()>> {
            let Self { client, status } = self;
            let status = status.map_err(Error::InvalidRequest)?;
            let url = format!("{}/pet/findByStatus", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("status", &status))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "find_pets_by_status",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /// Builder for [`Client::find_pets_by_tags`]
    ///
    /// [`Client::find_pets_by_tags`]: super::Client::find_pets_by_tags
    #[derive(Debug, Clone)]
    pub struct FindPetsByTags<'a> {
        client: &'a super::Client,
        tags: Result<Option<::std::vec::Vec<::std::string::String>>, String>,
    }

    impl<'a> FindPetsByTags<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                tags: Ok(None),
            }
        }

        pub fn tags<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        {
            self.tags = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for tags failed"
                        .to_string()
                });
            self
        }

        /// Sends a `GET` request to `/pet/findByTags`
        pub async fn send(self) -> Result<ResponseValue<::std::vec::Vec<types::Pet>>, Error<()>> {
            let Self { client, tags } = self;
            let tags = tags.map_err(Error::InvalidRequest)?;
            let url = format!("{}/pet/findByTags", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("tags", &tags))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "find_pets_by_tags",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /// Builder for [`Client::get_pet_by_id`]
    ///
    /// [`Client::get_pet_by_id`]: super::Client::get_pet_by_id
    #[derive(Debug, Clone)]
    pub struct GetPetById<'a> {
        client: &'a super::Client,
        pet_id: Result<i64, String>,
    }

    impl<'a> GetPetById<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                pet_id: Err("pet_id was not initialized".to_string()),
            }
        }

        pub fn pet_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.pet_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for pet_id failed".to_string());
            self
        }

        /// Sends a `GET` request to `/pet/{petId}`
        pub async fn send(self) -> Result<ResponseValue<types::Pet>, Error<()>> {
            let Self { client, pet_id } = self;
            let pet_id = pet_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/pet/{}",
                client.baseurl,
                encode_path(&pet_id.to_string()),
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
                operation_id: "get_pet_by_id",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /// Builder for [`Client::update_pet_with_form`]
    ///
    /// [`Client::update_pet_with_form`]: super::Client::update_pet_with_form
    #[derive(Debug, Clone)]
    pub struct UpdatePetWithForm<'a> {
        client: &'a super::Client,
        pet_id: Result<i64, String>,
        name: Result<Option<::std::string::String>, String>,
        status: Result<Option<::std::string::String>, String>,
    }

    impl<'a> UpdatePetWithForm<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                pet_id: Err("pet_id was not initialized".to_string()),
                name: Ok(None),
                status: Ok(None),
            }
        }

        pub fn pet_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.pet_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for pet_id failed".to_string());
            self
        }

        pub fn name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.name = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for name failed".to_string()
            });
            self
        }

        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.status = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for status failed".to_string()
            });
            self
        }

        /// Sends a `POST` request to `/pet/{petId}`
        pub async fn send(self) -> Result<ResponseValue<types::Pet>, Error<()>> {
            let Self {
                client,
                pet_id,
                name,
                status,
            } = self;
            let pet_id = pet_id.map_err(Error::InvalidRequest)?;
            let name = name.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/pet/{}",
                client.baseurl,
                encode_path(&pet_id.to_string()),
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
                .query(&progenitor_client::QueryParam::new("name", &name))
                .query(&progenitor_client::QueryParam::new("status", &status))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_pet_with_form",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /// Builder for [`Client::delete_pet`]
    ///
    /// [`Client::delete_pet`]: super::Client::delete_pet
    #[derive(Debug, Clone)]
    pub struct DeletePet<'a> {
        client: &'a super::Client,
        pet_id: Result<i64, String>,
        api_key: Result<Option<::std::string::String>, String>,
    }

    impl<'a> DeletePet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                pet_id: Err("pet_id was not initialized".to_string()),
                api_key: Ok(None),
            }
        }

        pub fn pet_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.pet_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for pet_id failed".to_string());
            self
        }

        pub fn api_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.api_key = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for api_key failed".to_string()
            });
            self
        }

        /// Sends a `DELETE` request to `/pet/{petId}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self {
                client,
                pet_id,
                api_key,
            } = self;
            let pet_id = pet_id.map_err(Error::InvalidRequest)?;
            let api_key = api_key.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/pet/{}",
                client.baseurl,
                encode_path(&pet_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            if let Some(value) = api_key {
                header_map.append("api_key", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client.client.delete(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "delete_pet",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /// Builder for [`Client::upload_file`]
    ///
    /// [`Client::upload_file`]: super::Client::upload_file
    #[derive(Debug)]
    pub struct UploadFile<'a> {
        client: &'a super::Client,
        pet_id: Result<i64, String>,
        additional_metadata: Result<Option<::std::string::String>, String>,
        body: Result<reqwest::Body, String>,
    }

    impl<'a> UploadFile<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                pet_id: Err("pet_id was not initialized".to_string()),
                additional_metadata: Ok(None),
                body: Err("body was not initialized".to_string()),
            }
        }

        pub fn pet_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.pet_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for pet_id failed".to_string());
            self
        }

        pub fn additional_metadata<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.additional_metadata = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for additional_metadata failed"
                    .to_string()
            });
            self
        }

        pub fn body<B>(mut self, value: B) -> Self
        where
            B: std::convert::TryInto<reqwest::Body>,
        {
            self.body = value
                .try_into()
                .map_err(|_| "conversion to `reqwest::Body` for body failed".to_string());
            self
        }

        /// Sends a `POST` request to `/pet/{petId}/uploadImage`
        pub async fn send(self) -> Result<ResponseValue<types::ApiResponse>, Error<()>> {
            let Self {
                client,
                pet_id,
                additional_metadata,
                body,
            } = self;
            let pet_id = pet_id.map_err(Error::InvalidRequest)?;
            let additional_metadata = additional_metadata.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/pet/{}/uploadImage",
                client.baseurl,
                encode_path(&pet_id.to_string()),
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
                .header(
                    ::reqwest::header::CONTENT_TYPE,
                    ::reqwest::header::HeaderValue::from_static("application/octet-stream"),
                )
                .body(body)
                .query(&progenitor_client::QueryParam::new(
                    "additionalMetadata",
                    &additional_metadata,
                ))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "upload_file",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /// Builder for [`Client::get_inventory`]
    ///
    /// [`Client::get_inventory`]: super::Client::get_inventory
    #[derive(Debug, Clone)]
    pub struct GetInventory<'a> {
        client: &'a super::Client,
    }

    impl<'a> GetInventory<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }

        /// Sends a `GET` request to `/store/inventory`
        pub async fn send(self) -> Result<ResponseValue<types::GetInventoryResponse>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/store/inventory", client.baseurl,);
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
                operation_id: "get_inventory",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /// Builder for [`Client::place_order`]
    ///
    /// [`Client::place_order`]: super::Client::place_order
    #[derive(Debug, Clone)]
    pub struct PlaceOrder<'a> {
        client: &'a super::Client,
        body: Result<types::builder::Order, String>,
    }

    impl<'a> PlaceOrder<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Order>,
            <V as std::convert::TryInto<types::Order>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `Order` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::Order) -> types::builder::Order,
        {
            self.body = self.body.map(f);
            self
        }

        /// Sends a `POST` request to `/store/order`
        pub async fn send(self) -> Result<ResponseValue<types::Order>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::Order::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/store/order", client.baseurl,);
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
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "place_order",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /// Builder for [`Client::get_order_by_id`]
    ///
    /// [`Client::get_order_by_id`]: super::Client::get_order_by_id
    #[derive(Debug, Clone)]
    pub struct GetOrderById<'a> {
        client: &'a super::Client,
        order_id: Result<i64, String>,
    }

    impl<'a> GetOrderById<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                order_id: Err("order_id was not initialized".to_string()),
            }
        }

        pub fn order_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.order_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for order_id failed".to_string());
            self
        }

        /// Sends a `GET` request to `/store/order/{orderId}`
        pub async fn send(self) -> Result<ResponseValue<types::Order>, Error<()>> {
            let Self { client, order_id } = self;
            let order_id = order_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/store/order/{}",
                client.baseurl,
                encode_path(&order_id.to_string()),
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
                operation_id: "get_order_by_id",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /// Builder for [`Client::delete_order`]
    ///
    /// [`Client::delete_order`]: super::Client::delete_order
    #[derive(Debug, Clone)]
    pub struct DeleteOrder<'a> {
        client: &'a super::Client,
        order_id: Result<i64, String>,
    }

    impl<'a> DeleteOrder<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                order_id: Err("order_id was not initialized".to_string()),
            }
        }

        pub fn order_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.order_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for order_id failed".to_string());
            self
        }

        /// Sends a `DELETE` request to `/store/order/{orderId}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, order_id } = self;
            let order_id = order_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/store/order/{}",
                client.baseurl,
                encode_path(&order_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client.client.delete(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "delete_order",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /// Builder for [`Client::create_user`]
    ///
    /// [`Client::create_user`]: super::Client::create_user
    #[derive(Debug, Clone)]
    pub struct CreateUser<'a> {
        client: &'a super::Client,
        body: Result<types::builder::User, String>,
    }

    impl<'a> CreateUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::User>,
            <V as std::convert::TryInto<types::User>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `User` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::User) -> types::builder::User,
        {
            self.body = self.body.map(f);
            self
        }

        /// Sends a `POST` request to `/user`
        pub async fn send(self) -> Result<ResponseValue<types::User>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::User::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/user", client.baseurl,);
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
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_user",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /// Builder for [`Client::create_users_with_list_input`]
    ///
    /// [`Client::create_users_with_list_input`]: super::Client::create_users_with_list_input
    #[derive(Debug, Clone)]
    pub struct CreateUsersWithListInput<'a> {
        client: &'a super::Client,
        body: Result<::std::vec::Vec<types::User>, String>,
    }

    impl<'a> CreateUsersWithListInput<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<types::User>>,
        {
            self.body = value.try_into().map_err(|_| {
                "conversion to `:: std :: vec :: Vec < User >` for body failed".to_string()
            });
            self
        }

        /// Sends a `POST` request to `/user/createWithList`
        pub async fn send(self) -> Result<ResponseValue<types::User>, Error<()>> {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/user/createWithList", client.baseurl,);
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
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_users_with_list_input",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /// Builder for [`Client::login_user`]
    ///
    /// [`Client::login_user`]: super::Client::login_user
    #[derive(Debug, Clone)]
    pub struct LoginUser<'a> {
        client: &'a super::Client,
        password: Result<Option<::std::string::String>, String>,
        username: Result<Option<::std::string::String>, String>,
    }

    impl<'a> LoginUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                password: Ok(None),
                username: Ok(None),
            }
        }

        pub fn password<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.password = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for password failed".to_string()
            });
            self
        }

        pub fn username<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.username = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for username failed".to_string()
            });
            self
        }

        /// Sends a `GET` request to `/user/login`
        pub async fn send(self) -> Result<ResponseValue<::std::string::String>, Error<()>> {
            let Self {
                client,
                password,
                username,
            } = self;
            let password = password.map_err(Error::InvalidRequest)?;
            let username = username.map_err(Error::InvalidRequest)?;
            let url = format!("{}/user/login", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("password", &password))
                .query(&progenitor_client::QueryParam::new("username", &username))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "login_user",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /// Builder for [`Client::logout_user`]
    ///
    /// [`Client::logout_user`]: super::Client::logout_user
    #[derive(Debug, Clone)]
    pub struct LogoutUser<'a> {
        client: &'a super::Client,
    }

    impl<'a> LogoutUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }

        /// Sends a `GET` request to `/user/logout`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/user/logout", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "logout_user",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /// Builder for [`Client::get_user_by_name`]
    ///
    /// [`Client::get_user_by_name`]: super::Client::get_user_by_name
    #[derive(Debug, Clone)]
    pub struct GetUserByName<'a> {
        client: &'a super::Client,
        username: Result<::std::string::String, String>,
    }

    impl<'a> GetUserByName<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                username: Err("username was not initialized".to_string()),
            }
        }

        pub fn username<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.username = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for username failed".to_string()
            });
            self
        }

        /// Sends a `GET` request to `/user/{username}`
        pub async fn send(self) -> Result<ResponseValue<types::User>, Error<()>> {
            let Self { client, username } = self;
            let username = username.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/user/{}",
                client.baseurl,
                encode_path(&username.to_string()),
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
                operation_id: "get_user_by_name",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /// Builder for [`Client::update_user`]
    ///
    /// [`Client::update_user`]: super::Client::update_user
    #[derive(Debug, Clone)]
    pub struct UpdateUser<'a> {
        client: &'a super::Client,
        username: Result<::std::string::String, String>,
        body: Result<types::builder::User, String>,
    }

    impl<'a> UpdateUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                username: Err("username was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn username<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.username = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for username failed".to_string()
            });
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::User>,
            <V as std::convert::TryInto<types::User>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `User` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::User) -> types::builder::User,
        {
            self.body = self.body.map(f);
            self
        }

        /// Sends a `PUT` request to `/user/{username}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self {
                client,
                username,
                body,
            } = self;
            let username = username.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::User::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/user/{}",
                client.baseurl,
                encode_path(&username.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_user",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /// Builder for [`Client::delete_user`]
    ///
    /// [`Client::delete_user`]: super::Client::delete_user
    #[derive(Debug, Clone)]
    pub struct DeleteUser<'a> {
        client: &'a super::Client,
        username: Result<::std::string::String, String>,
    }

    impl<'a> DeleteUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                username: Err("username was not initialized".to_string()),
            }
        }

        pub fn username<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.username = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for username failed".to_string()
            });
            self
        }

        /// Sends a `DELETE` request to `/user/{username}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, username } = self;
            let username = username.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/user/{}",
                client.baseurl,
                encode_path(&username.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client.client.delete(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "delete_user",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /// Builder for [`Client::update_pet_form`]
    ///
    /// [`Client::update_pet_form`]: super::Client::update_pet_form
    #[derive(Debug, Clone)]
    pub struct UpdatePetForm<'a> {
        client: &'a super::Client,
        body: Result<types::builder::Pet, String>,
    }

    impl<'a> UpdatePetForm<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Pet>,
            <V as std::convert::TryInto<types::Pet>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `Pet` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::Pet) -> types::builder::Pet,
        {
            self.body = self.body.map(f);
            self
        }

        /// Sends a `PUT` request to `/pet`
        pub async fn send(self) -> Result<ResponseValue<types::Pet>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::Pet::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/pet", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .form_urlencoded(&body)?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_pet",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /// Builder for [`Client::add_pet_form`]
    ///
    /// [`Client::add_pet_form`]: super::Client::add_pet_form
    #[derive(Debug, Clone)]
    pub struct AddPetForm<'a> {
        client: &'a super::Client,
        body: Result<types::builder::Pet, String>,
    }

    impl<'a> AddPetForm<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Pet>,
            <V as std::convert::TryInto<types::Pet>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `Pet` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::Pet) -> types::builder::Pet,
        {
            self.body = self.body.map(f);
            self
        }

        /// Sends a `POST` request to `/pet`
        pub async fn send(self) -> Result<ResponseValue<types::Pet>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::Pet::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/pet", client.baseurl,);
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
                operation_id: "add_pet",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /// Builder for [`Client::place_order_form`]
    ///
    /// [`Client::place_order_form`]: super::Client::place_order_form
    #[derive(Debug, Clone)]
    pub struct PlaceOrderForm<'a> {
        client: &'a super::Client,
        body: Result<types::builder::Order, String>,
    }

    impl<'a> PlaceOrderForm<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Order>,
            <V as std::convert::TryInto<types::Order>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `Order` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::Order) -> types::builder::Order,
        {
            self.body = self.body.map(f);
            self
        }

        /// Sends a `POST` request to `/store/order`
        pub async fn send(self) -> Result<ResponseValue<types::Order>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::Order::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/store/order", client.baseurl,);
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
                operation_id: "place_order",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /// Builder for [`Client::create_user_form`]
    ///
    /// [`Client::create_user_form`]: super::Client::create_user_form
    #[derive(Debug, Clone)]
    pub struct CreateUserForm<'a> {
        client: &'a super::Client,
        body: Result<types::builder::User, String>,
    }

    impl<'a> CreateUserForm<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::User>,
            <V as std::convert::TryInto<types::User>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `User` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::User) -> types::builder::User,
        {
            self.body = self.body.map(f);
            self
        }

        /// Sends a `POST` request to `/user`
        pub async fn send(self) -> Result<ResponseValue<types::User>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::User::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/user", client.baseurl,);
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
                operation_id: "create_user",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /// Builder for [`Client::update_user_form`]
    ///
    /// [`Client::update_user_form`]: super::Client::update_user_form
    #[derive(Debug, Clone)]
    pub struct UpdateUserForm<'a> {
        client: &'a super::Client,
        username: Result<::std::string::String, String>,
        body: Result<types::builder::User, String>,
    }

    impl<'a> UpdateUserForm<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                username: Err("username was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn username<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.username = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for username failed".to_string()
            });
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::User>,
            <V as std::convert::TryInto<types::User>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `User` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::User) -> types::builder::User,
        {
            self.body = self.body.map(f);
            self
        }

        /// Sends a `PUT` request to `/user/{username}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self {
                client,
                username,
                body,
            } = self;
            let username = username.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::User::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/user/{}",
                client.baseurl,
                encode_path(&username.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .form_urlencoded(&body)?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_user",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}

/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
