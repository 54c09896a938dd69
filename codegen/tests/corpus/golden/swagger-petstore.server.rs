#![allow(clippy::all, clippy::pedantic, unused_imports, dead_code)]
/// Types used as operation parameters and responses (identical to the client's).
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

/// Path and query parameters of `updatePet`.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdatePetParams {}
/// Path and query parameters of `addPet`.
#[derive(Debug, Clone, PartialEq)]
pub struct AddPetParams {}
/// Path and query parameters of `findPetsByStatus`.
#[derive(Debug, Clone, PartialEq)]
pub struct FindPetsByStatusParams {
    /// `status` (query): Status values that need to be considered for filter
    pub status: ::std::option::Option<types::FindPetsByStatusStatus>,
}

/// Path and query parameters of `findPetsByTags`.
#[derive(Debug, Clone, PartialEq)]
pub struct FindPetsByTagsParams {
    /// `tags` (query): Tags to filter by
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// Path and query parameters of `getPetById`.
#[derive(Debug, Clone, PartialEq)]
pub struct GetPetByIdParams {
    /// `petId` (path): ID of pet to return
    pub pet_id: i64,
}

/// Path and query parameters of `updatePetWithForm`.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdatePetWithFormParams {
    /// `petId` (path): ID of pet that needs to be updated
    pub pet_id: i64,
    /// `name` (query): Name of pet that needs to be updated
    pub name: ::std::option::Option<::std::string::String>,
    /// `status` (query): Status of pet that needs to be updated
    pub status: ::std::option::Option<::std::string::String>,
}

/// Path and query parameters of `deletePet`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeletePetParams {
    /// `api_key` (header):
    pub api_key: ::std::option::Option<::std::string::String>,
    /// `petId` (path): Pet id to delete
    pub pet_id: i64,
}

/// Path and query parameters of `uploadFile`.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadFileParams {
    /// `petId` (path): ID of pet to update
    pub pet_id: i64,
    /// `additionalMetadata` (query): Additional Metadata
    pub additional_metadata: ::std::option::Option<::std::string::String>,
}

/// Path and query parameters of `getInventory`.
#[derive(Debug, Clone, PartialEq)]
pub struct GetInventoryParams {}
/// Path and query parameters of `placeOrder`.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceOrderParams {}
/// Path and query parameters of `getOrderById`.
#[derive(Debug, Clone, PartialEq)]
pub struct GetOrderByIdParams {
    /// `orderId` (path): ID of order that needs to be fetched
    pub order_id: i64,
}

/// Path and query parameters of `deleteOrder`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteOrderParams {
    /// `orderId` (path): ID of the order that needs to be deleted
    pub order_id: i64,
}

/// Path and query parameters of `createUser`.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateUserParams {}
/// Path and query parameters of `createUsersWithListInput`.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateUsersWithListInputParams {}
/// Path and query parameters of `loginUser`.
#[derive(Debug, Clone, PartialEq)]
pub struct LoginUserParams {
    /// `username` (query): The user name for login
    pub username: ::std::option::Option<::std::string::String>,
    /// `password` (query): The password for login in clear text
    pub password: ::std::option::Option<::std::string::String>,
}

/// Path and query parameters of `logoutUser`.
#[derive(Debug, Clone, PartialEq)]
pub struct LogoutUserParams {}
/// Path and query parameters of `getUserByName`.
#[derive(Debug, Clone, PartialEq)]
pub struct GetUserByNameParams {
    /// `username` (path): The name that needs to be fetched. Use user1 for testing
    pub username: ::std::string::String,
}

/// Path and query parameters of `updateUser`.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateUserParams {
    /// `username` (path): name that need to be deleted
    pub username: ::std::string::String,
}

/// Path and query parameters of `deleteUser`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteUserParams {
    /// `username` (path): The name that needs to be deleted
    pub username: ::std::string::String,
}

/// Every response `updatePet` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdatePetResponse {
    /// 200: Successful operation
    Ok(types::Pet),
    /// 400: Invalid ID supplied
    BadRequest,
    /// 404: Pet not found
    NotFound,
    /// 422: Validation exception
    UnprocessableEntity,
    /// default: Unexpected error
    ///
    /// The first field is the status code to send.
    Default(u16),
}

impl ::axum::response::IntoResponse for UpdatePetResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
            Self::BadRequest => ::generated_server_stubs::runtime::respond_empty(400u16),
            Self::NotFound => ::generated_server_stubs::runtime::respond_empty(404u16),
            Self::UnprocessableEntity => ::generated_server_stubs::runtime::respond_empty(422u16),
            Self::Default(status) => ::generated_server_stubs::runtime::respond_empty(status),
        }
    }
}

/// Every response `addPet` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum AddPetResponse {
    /// 200: Successful operation
    Ok(types::Pet),
    /// 400: Invalid input
    BadRequest,
    /// 422: Validation exception
    UnprocessableEntity,
    /// default: Unexpected error
    ///
    /// The first field is the status code to send.
    Default(u16),
}

impl ::axum::response::IntoResponse for AddPetResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
            Self::BadRequest => ::generated_server_stubs::runtime::respond_empty(400u16),
            Self::UnprocessableEntity => ::generated_server_stubs::runtime::respond_empty(422u16),
            Self::Default(status) => ::generated_server_stubs::runtime::respond_empty(status),
        }
    }
}

/// Every response `findPetsByStatus` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum FindPetsByStatusResponse {
    /// 200: successful operation
    Ok(::std::vec::Vec<types::Pet>),
    /// 400: Invalid status value
    BadRequest,
    /// default: Unexpected error
    ///
    /// The first field is the status code to send.
    Default(u16),
}

impl ::axum::response::IntoResponse for FindPetsByStatusResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
            Self::BadRequest => ::generated_server_stubs::runtime::respond_empty(400u16),
            Self::Default(status) => ::generated_server_stubs::runtime::respond_empty(status),
        }
    }
}

/// Every response `findPetsByTags` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum FindPetsByTagsResponse {
    /// 200: successful operation
    Ok(::std::vec::Vec<types::Pet>),
    /// 400: Invalid tag value
    BadRequest,
    /// default: Unexpected error
    ///
    /// The first field is the status code to send.
    Default(u16),
}

impl ::axum::response::IntoResponse for FindPetsByTagsResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
            Self::BadRequest => ::generated_server_stubs::runtime::respond_empty(400u16),
            Self::Default(status) => ::generated_server_stubs::runtime::respond_empty(status),
        }
    }
}

/// Every response `getPetById` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetPetByIdResponse {
    /// 200: successful operation
    Ok(types::Pet),
    /// 400: Invalid ID supplied
    BadRequest,
    /// 404: Pet not found
    NotFound,
    /// default: Unexpected error
    ///
    /// The first field is the status code to send.
    Default(u16),
}

impl ::axum::response::IntoResponse for GetPetByIdResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
            Self::BadRequest => ::generated_server_stubs::runtime::respond_empty(400u16),
            Self::NotFound => ::generated_server_stubs::runtime::respond_empty(404u16),
            Self::Default(status) => ::generated_server_stubs::runtime::respond_empty(status),
        }
    }
}

/// Every response `updatePetWithForm` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdatePetWithFormResponse {
    /// 200: successful operation
    Ok(types::Pet),
    /// 400: Invalid input
    BadRequest,
    /// default: Unexpected error
    ///
    /// The first field is the status code to send.
    Default(u16),
}

impl ::axum::response::IntoResponse for UpdatePetWithFormResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
            Self::BadRequest => ::generated_server_stubs::runtime::respond_empty(400u16),
            Self::Default(status) => ::generated_server_stubs::runtime::respond_empty(status),
        }
    }
}

/// Every response `deletePet` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum DeletePetResponse {
    /// 200: Pet deleted
    Ok,
    /// 400: Invalid pet value
    BadRequest,
    /// default: Unexpected error
    ///
    /// The first field is the status code to send.
    Default(u16),
}

impl ::axum::response::IntoResponse for DeletePetResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok => ::generated_server_stubs::runtime::respond_empty(200u16),
            Self::BadRequest => ::generated_server_stubs::runtime::respond_empty(400u16),
            Self::Default(status) => ::generated_server_stubs::runtime::respond_empty(status),
        }
    }
}

/// Every response `uploadFile` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum UploadFileResponse {
    /// 200: successful operation
    Ok(types::ApiResponse),
    /// 400: No file uploaded
    BadRequest,
    /// 404: Pet not found
    NotFound,
    /// default: Unexpected error
    ///
    /// The first field is the status code to send.
    Default(u16),
}

impl ::axum::response::IntoResponse for UploadFileResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
            Self::BadRequest => ::generated_server_stubs::runtime::respond_empty(400u16),
            Self::NotFound => ::generated_server_stubs::runtime::respond_empty(404u16),
            Self::Default(status) => ::generated_server_stubs::runtime::respond_empty(status),
        }
    }
}

/// Every response `getInventory` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetInventoryResponse {
    /// 200: successful operation
    Ok(types::GetInventoryResponse),
    /// default: Unexpected error
    ///
    /// The first field is the status code to send.
    Default(u16),
}

impl ::axum::response::IntoResponse for GetInventoryResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
            Self::Default(status) => ::generated_server_stubs::runtime::respond_empty(status),
        }
    }
}

/// Every response `placeOrder` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum PlaceOrderResponse {
    /// 200: successful operation
    Ok(types::Order),
    /// 400: Invalid input
    BadRequest,
    /// 422: Validation exception
    UnprocessableEntity,
    /// default: Unexpected error
    ///
    /// The first field is the status code to send.
    Default(u16),
}

impl ::axum::response::IntoResponse for PlaceOrderResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
            Self::BadRequest => ::generated_server_stubs::runtime::respond_empty(400u16),
            Self::UnprocessableEntity => ::generated_server_stubs::runtime::respond_empty(422u16),
            Self::Default(status) => ::generated_server_stubs::runtime::respond_empty(status),
        }
    }
}

/// Every response `getOrderById` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetOrderByIdResponse {
    /// 200: successful operation
    Ok(types::Order),
    /// 400: Invalid ID supplied
    BadRequest,
    /// 404: Order not found
    NotFound,
    /// default: Unexpected error
    ///
    /// The first field is the status code to send.
    Default(u16),
}

impl ::axum::response::IntoResponse for GetOrderByIdResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
            Self::BadRequest => ::generated_server_stubs::runtime::respond_empty(400u16),
            Self::NotFound => ::generated_server_stubs::runtime::respond_empty(404u16),
            Self::Default(status) => ::generated_server_stubs::runtime::respond_empty(status),
        }
    }
}

/// Every response `deleteOrder` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteOrderResponse {
    /// 200: order deleted
    Ok,
    /// 400: Invalid ID supplied
    BadRequest,
    /// 404: Order not found
    NotFound,
    /// default: Unexpected error
    ///
    /// The first field is the status code to send.
    Default(u16),
}

impl ::axum::response::IntoResponse for DeleteOrderResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok => ::generated_server_stubs::runtime::respond_empty(200u16),
            Self::BadRequest => ::generated_server_stubs::runtime::respond_empty(400u16),
            Self::NotFound => ::generated_server_stubs::runtime::respond_empty(404u16),
            Self::Default(status) => ::generated_server_stubs::runtime::respond_empty(status),
        }
    }
}

/// Every response `createUser` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateUserResponse {
    /// 200: successful operation
    Ok(types::User),
    /// default: Unexpected error
    ///
    /// The first field is the status code to send.
    Default(u16),
}

impl ::axum::response::IntoResponse for CreateUserResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
            Self::Default(status) => ::generated_server_stubs::runtime::respond_empty(status),
        }
    }
}

/// Every response `createUsersWithListInput` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateUsersWithListInputResponse {
    /// 200: Successful operation
    Ok(types::User),
    /// default: Unexpected error
    ///
    /// The first field is the status code to send.
    Default(u16),
}

impl ::axum::response::IntoResponse for CreateUsersWithListInputResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
            Self::Default(status) => ::generated_server_stubs::runtime::respond_empty(status),
        }
    }
}

/// Every response `loginUser` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum LoginUserResponse {
    /// 200: successful operation
    Ok(::std::string::String),
    /// 400: Invalid username/password supplied
    BadRequest,
    /// default: Unexpected error
    ///
    /// The first field is the status code to send.
    Default(u16),
}

impl ::axum::response::IntoResponse for LoginUserResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
            Self::BadRequest => ::generated_server_stubs::runtime::respond_empty(400u16),
            Self::Default(status) => ::generated_server_stubs::runtime::respond_empty(status),
        }
    }
}

/// Every response `logoutUser` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum LogoutUserResponse {
    /// 200: successful operation
    Ok,
    /// default: Unexpected error
    ///
    /// The first field is the status code to send.
    Default(u16),
}

impl ::axum::response::IntoResponse for LogoutUserResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok => ::generated_server_stubs::runtime::respond_empty(200u16),
            Self::Default(status) => ::generated_server_stubs::runtime::respond_empty(status),
        }
    }
}

/// Every response `getUserByName` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetUserByNameResponse {
    /// 200: successful operation
    Ok(types::User),
    /// 400: Invalid username supplied
    BadRequest,
    /// 404: User not found
    NotFound,
    /// default: Unexpected error
    ///
    /// The first field is the status code to send.
    Default(u16),
}

impl ::axum::response::IntoResponse for GetUserByNameResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => ::generated_server_stubs::runtime::respond_json(200u16, &body),
            Self::BadRequest => ::generated_server_stubs::runtime::respond_empty(400u16),
            Self::NotFound => ::generated_server_stubs::runtime::respond_empty(404u16),
            Self::Default(status) => ::generated_server_stubs::runtime::respond_empty(status),
        }
    }
}

/// Every response `updateUser` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateUserResponse {
    /// 200: successful operation
    Ok,
    /// 400: bad request
    BadRequest,
    /// 404: user not found
    NotFound,
    /// default: Unexpected error
    ///
    /// The first field is the status code to send.
    Default(u16),
}

impl ::axum::response::IntoResponse for UpdateUserResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok => ::generated_server_stubs::runtime::respond_empty(200u16),
            Self::BadRequest => ::generated_server_stubs::runtime::respond_empty(400u16),
            Self::NotFound => ::generated_server_stubs::runtime::respond_empty(404u16),
            Self::Default(status) => ::generated_server_stubs::runtime::respond_empty(status),
        }
    }
}

/// Every response `deleteUser` documents, one variant per status code.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteUserResponse {
    /// 200: User deleted
    Ok,
    /// 400: Invalid username supplied
    BadRequest,
    /// 404: User not found
    NotFound,
    /// default: Unexpected error
    ///
    /// The first field is the status code to send.
    Default(u16),
}

impl ::axum::response::IntoResponse for DeleteUserResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok => ::generated_server_stubs::runtime::respond_empty(200u16),
            Self::BadRequest => ::generated_server_stubs::runtime::respond_empty(400u16),
            Self::NotFound => ::generated_server_stubs::runtime::respond_empty(404u16),
            Self::Default(status) => ::generated_server_stubs::runtime::respond_empty(status),
        }
    }
}

/// The operations of Swagger Petstore - OpenAPI 3.0 (version 1.0.27-SNAPSHOT).
///
/// Implement this trait and serve it with [`service`] (or [`router`], to compose it with other axum routes); parameters and bodies arrive parsed and checked, and every request was authenticated by the [`::generated_server_stubs::runtime::Authenticator`] given to the router.
pub trait Api: Send + Sync + 'static {
    /// Who made the request, as the authenticator reports it.
    type Caller: Send + Sync + 'static;
    /// Update an existing pet.
    ///
    /// `PUT /pet`
    ///
    /// Update an existing pet by Id.
    fn update_pet(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: UpdatePetParams,
        body: types::Pet,
    ) -> impl ::std::future::Future<Output = UpdatePetResponse> + Send;
    /// Add a new pet to the store.
    ///
    /// `POST /pet`
    ///
    /// Add a new pet to the store.
    fn add_pet(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: AddPetParams,
        body: types::Pet,
    ) -> impl ::std::future::Future<Output = AddPetResponse> + Send;
    /// Finds Pets by status.
    ///
    /// `GET /pet/findByStatus`
    ///
    /// Multiple status values can be provided with comma separated strings.
    fn find_pets_by_status(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: FindPetsByStatusParams,
    ) -> impl ::std::future::Future<Output = FindPetsByStatusResponse> + Send;
    /// Finds Pets by tags.
    ///
    /// `GET /pet/findByTags`
    ///
    /// Multiple tags can be provided with comma separated strings. Use tag1, tag2, tag3 for testing.
    fn find_pets_by_tags(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: FindPetsByTagsParams,
    ) -> impl ::std::future::Future<Output = FindPetsByTagsResponse> + Send;
    /// Find pet by ID.
    ///
    /// `GET /pet/{petId}`
    ///
    /// Returns a single pet.
    fn get_pet_by_id(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: GetPetByIdParams,
    ) -> impl ::std::future::Future<Output = GetPetByIdResponse> + Send;
    /// Updates a pet in the store with form data.
    ///
    /// `POST /pet/{petId}`
    ///
    /// Updates a pet resource based on the form data.
    fn update_pet_with_form(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: UpdatePetWithFormParams,
    ) -> impl ::std::future::Future<Output = UpdatePetWithFormResponse> + Send;
    /// Deletes a pet.
    ///
    /// `DELETE /pet/{petId}`
    ///
    /// Delete a pet.
    fn delete_pet(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: DeletePetParams,
    ) -> impl ::std::future::Future<Output = DeletePetResponse> + Send;
    /// Uploads an image.
    ///
    /// `POST /pet/{petId}/uploadImage`
    ///
    /// Upload image of the pet.
    fn upload_file(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: UploadFileParams,
        body: ::std::option::Option<::std::vec::Vec<u8>>,
    ) -> impl ::std::future::Future<Output = UploadFileResponse> + Send;
    /// Returns pet inventories by status.
    ///
    /// `GET /store/inventory`
    ///
    /// Returns a map of status codes to quantities.
    fn get_inventory(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: GetInventoryParams,
    ) -> impl ::std::future::Future<Output = GetInventoryResponse> + Send;
    /// Place an order for a pet.
    ///
    /// `POST /store/order`
    ///
    /// Place a new order in the store.
    fn place_order(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: PlaceOrderParams,
        body: ::std::option::Option<types::Order>,
    ) -> impl ::std::future::Future<Output = PlaceOrderResponse> + Send;
    /// Find purchase order by ID.
    ///
    /// `GET /store/order/{orderId}`
    ///
    /// For valid response try integer IDs with value <= 5 or > 10. Other values will generate exceptions.
    fn get_order_by_id(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: GetOrderByIdParams,
    ) -> impl ::std::future::Future<Output = GetOrderByIdResponse> + Send;
    /// Delete purchase order by identifier.
    ///
    /// `DELETE /store/order/{orderId}`
    ///
    /// For valid response try integer IDs with value < 1000. Anything above 1000 or non-integers will generate API errors.
    fn delete_order(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: DeleteOrderParams,
    ) -> impl ::std::future::Future<Output = DeleteOrderResponse> + Send;
    /// Create user.
    ///
    /// `POST /user`
    ///
    /// This can only be done by the logged in user.
    fn create_user(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: CreateUserParams,
        body: ::std::option::Option<types::User>,
    ) -> impl ::std::future::Future<Output = CreateUserResponse> + Send;
    /// Creates list of users with given input array.
    ///
    /// `POST /user/createWithList`
    ///
    /// Creates list of users with given input array.
    fn create_users_with_list_input(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: CreateUsersWithListInputParams,
        body: ::std::option::Option<::std::vec::Vec<types::User>>,
    ) -> impl ::std::future::Future<Output = CreateUsersWithListInputResponse> + Send;
    /// Logs user into the system.
    ///
    /// `GET /user/login`
    ///
    /// Log into the system.
    fn login_user(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: LoginUserParams,
    ) -> impl ::std::future::Future<Output = LoginUserResponse> + Send;
    /// Logs out current logged in user session.
    ///
    /// `GET /user/logout`
    ///
    /// Log user out of the system.
    fn logout_user(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: LogoutUserParams,
    ) -> impl ::std::future::Future<Output = LogoutUserResponse> + Send;
    /// Get user by user name.
    ///
    /// `GET /user/{username}`
    ///
    /// Get user detail based on username.
    fn get_user_by_name(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: GetUserByNameParams,
    ) -> impl ::std::future::Future<Output = GetUserByNameResponse> + Send;
    /// Update user resource.
    ///
    /// `PUT /user/{username}`
    ///
    /// This can only be done by the logged in user.
    fn update_user(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: UpdateUserParams,
        body: ::std::option::Option<types::User>,
    ) -> impl ::std::future::Future<Output = UpdateUserResponse> + Send;
    /// Delete user resource.
    ///
    /// `DELETE /user/{username}`
    ///
    /// This can only be done by the logged in user.
    fn delete_user(
        &self,
        ctx: ::generated_server_stubs::runtime::RequestContext<Self::Caller>,
        params: DeleteUserParams,
    ) -> impl ::std::future::Future<Output = DeleteUserResponse> + Send;
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
                handle_update_pet(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::PUT,
                template: &[&[::generated_server_stubs::runtime::PartSpec::Lit("pet")]],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "updatePet",
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
                template: &[&[::generated_server_stubs::runtime::PartSpec::Lit("pet")]],
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
                handle_find_pets_by_status(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("pet")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit(
                        "findByStatus",
                    )],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "findPetsByStatus",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_find_pets_by_tags(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("pet")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit(
                        "findByTags",
                    )],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "findPetsByTags",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_get_pet_by_id(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("pet")],
                    &[::generated_server_stubs::runtime::PartSpec::Param("petId")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "getPetById",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_update_pet_with_form(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::POST,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("pet")],
                    &[::generated_server_stubs::runtime::PartSpec::Param("petId")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "updatePetWithForm",
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
                    &[::generated_server_stubs::runtime::PartSpec::Lit("pet")],
                    &[::generated_server_stubs::runtime::PartSpec::Param("petId")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "deletePet",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_upload_file(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::POST,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("pet")],
                    &[::generated_server_stubs::runtime::PartSpec::Param("petId")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit(
                        "uploadImage",
                    )],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "uploadFile",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_get_inventory(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("store")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit(
                        "inventory",
                    )],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "getInventory",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_place_order(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::POST,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("store")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("order")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "placeOrder",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_get_order_by_id(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("store")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("order")],
                    &[::generated_server_stubs::runtime::PartSpec::Param(
                        "orderId",
                    )],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "getOrderById",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_delete_order(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::DELETE,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("store")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("order")],
                    &[::generated_server_stubs::runtime::PartSpec::Param(
                        "orderId",
                    )],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "deleteOrder",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_create_user(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::POST,
                template: &[&[::generated_server_stubs::runtime::PartSpec::Lit("user")]],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "createUser",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_create_users_with_list_input(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::POST,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("user")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit(
                        "createWithList",
                    )],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "createUsersWithListInput",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_login_user(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("user")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("login")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "loginUser",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_logout_user(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("user")],
                    &[::generated_server_stubs::runtime::PartSpec::Lit("logout")],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "logoutUser",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_get_user_by_name(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::GET,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("user")],
                    &[::generated_server_stubs::runtime::PartSpec::Param(
                        "username",
                    )],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "getUserByName",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_update_user(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::PUT,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("user")],
                    &[::generated_server_stubs::runtime::PartSpec::Param(
                        "username",
                    )],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "updateUser",
            },
            handler.clone(),
        );
    }

    {
        let handler = {
            let server = server.clone();
            ::generated_server_stubs::runtime::operation(move |req| {
                handle_delete_user(server.clone(), req)
            })
        };
        routes = routes.route(
            ::generated_server_stubs::runtime::RouteSpec {
                method: ::axum::http::Method::DELETE,
                template: &[
                    &[::generated_server_stubs::runtime::PartSpec::Lit("user")],
                    &[::generated_server_stubs::runtime::PartSpec::Param(
                        "username",
                    )],
                ],
                case_insensitive: false,
                errors: &ERRORS,
                operation: "deleteUser",
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

const UPDATE_PET_BODY: ::generated_server_stubs::runtime::BodySpec =
    ::generated_server_stubs::runtime::BodySpec {
        required: true,
        form: true,
        query_or_body: false,
        fields: &[
            ("id", ::generated_server_stubs::runtime::Kind::Integer),
            ("name", ::generated_server_stubs::runtime::Kind::String),
            ("category", ::generated_server_stubs::runtime::Kind::Json),
            ("photoUrls", ::generated_server_stubs::runtime::Kind::Json),
            ("tags", ::generated_server_stubs::runtime::Kind::Json),
            (
                "status",
                ::generated_server_stubs::runtime::Kind::Enum(&["available", "pending", "sold"]),
            ),
        ],
        nullable: &[],
    };
const ADD_PET_BODY: ::generated_server_stubs::runtime::BodySpec =
    ::generated_server_stubs::runtime::BodySpec {
        required: true,
        form: true,
        query_or_body: false,
        fields: &[
            ("id", ::generated_server_stubs::runtime::Kind::Integer),
            ("name", ::generated_server_stubs::runtime::Kind::String),
            ("category", ::generated_server_stubs::runtime::Kind::Json),
            ("photoUrls", ::generated_server_stubs::runtime::Kind::Json),
            ("tags", ::generated_server_stubs::runtime::Kind::Json),
            (
                "status",
                ::generated_server_stubs::runtime::Kind::Enum(&["available", "pending", "sold"]),
            ),
        ],
        nullable: &[],
    };
const PLACE_ORDER_BODY: ::generated_server_stubs::runtime::BodySpec =
    ::generated_server_stubs::runtime::BodySpec {
        required: false,
        form: true,
        query_or_body: false,
        fields: &[
            ("id", ::generated_server_stubs::runtime::Kind::Integer),
            ("petId", ::generated_server_stubs::runtime::Kind::Integer),
            ("quantity", ::generated_server_stubs::runtime::Kind::Integer),
            (
                "shipDate",
                ::generated_server_stubs::runtime::Kind::Formatted,
            ),
            (
                "status",
                ::generated_server_stubs::runtime::Kind::Enum(&["placed", "approved", "delivered"]),
            ),
            ("complete", ::generated_server_stubs::runtime::Kind::Boolean),
        ],
        nullable: &[],
    };
const CREATE_USER_BODY: ::generated_server_stubs::runtime::BodySpec =
    ::generated_server_stubs::runtime::BodySpec {
        required: false,
        form: true,
        query_or_body: false,
        fields: &[
            ("id", ::generated_server_stubs::runtime::Kind::Integer),
            ("username", ::generated_server_stubs::runtime::Kind::String),
            ("firstName", ::generated_server_stubs::runtime::Kind::String),
            ("lastName", ::generated_server_stubs::runtime::Kind::String),
            ("email", ::generated_server_stubs::runtime::Kind::String),
            ("password", ::generated_server_stubs::runtime::Kind::String),
            ("phone", ::generated_server_stubs::runtime::Kind::String),
            (
                "userStatus",
                ::generated_server_stubs::runtime::Kind::Integer,
            ),
        ],
        nullable: &[],
    };
const CREATE_USERS_WITH_LIST_INPUT_BODY: ::generated_server_stubs::runtime::BodySpec =
    ::generated_server_stubs::runtime::BodySpec {
        required: false,
        form: false,
        query_or_body: false,
        fields: &[],
        nullable: &[],
    };
const UPDATE_USER_BODY: ::generated_server_stubs::runtime::BodySpec =
    ::generated_server_stubs::runtime::BodySpec {
        required: false,
        form: true,
        query_or_body: false,
        fields: &[
            ("id", ::generated_server_stubs::runtime::Kind::Integer),
            ("username", ::generated_server_stubs::runtime::Kind::String),
            ("firstName", ::generated_server_stubs::runtime::Kind::String),
            ("lastName", ::generated_server_stubs::runtime::Kind::String),
            ("email", ::generated_server_stubs::runtime::Kind::String),
            ("password", ::generated_server_stubs::runtime::Kind::String),
            ("phone", ::generated_server_stubs::runtime::Kind::String),
            (
                "userStatus",
                ::generated_server_stubs::runtime::Kind::Integer,
            ),
        ],
        nullable: &[],
    };
/// Parse, check and dispatch `updatePet`.
fn handle_update_pet<A, Au>(
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
        let accepted =
            ::generated_server_stubs::runtime::negotiate::accept(&req, &["application/json"])?;
        let call = {
            let params = UpdatePetParams {};
            let body = req.body::<types::Pet>(&UPDATE_PET_BODY)?;
            api.update_pet(req.into_context(caller), params, body)
        };
        let response: UpdatePetResponse = call.await;
        Ok(::generated_server_stubs::runtime::negotiate::label(
            ::axum::response::IntoResponse::into_response(response),
            accepted,
        ))
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
        let accepted =
            ::generated_server_stubs::runtime::negotiate::accept(&req, &["application/json"])?;
        let call = {
            let params = AddPetParams {};
            let body = req.body::<types::Pet>(&ADD_PET_BODY)?;
            api.add_pet(req.into_context(caller), params, body)
        };
        let response: AddPetResponse = call.await;
        Ok(::generated_server_stubs::runtime::negotiate::label(
            ::axum::response::IntoResponse::into_response(response),
            accepted,
        ))
    }
}

/// Parse, check and dispatch `findPetsByStatus`.
fn handle_find_pets_by_status<A, Au>(
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
        let accepted =
            ::generated_server_stubs::runtime::negotiate::accept(&req, &["application/json"])?;
        let call = {
            let params = FindPetsByStatusParams {
                status: req.query_param(
                    "status",
                    &::generated_server_stubs::runtime::Kind::Enum(&[
                        "available",
                        "pending",
                        "sold",
                    ]),
                )?,
            };
            api.find_pets_by_status(req.into_context(caller), params)
        };
        let response: FindPetsByStatusResponse = call.await;
        Ok(::generated_server_stubs::runtime::negotiate::label(
            ::axum::response::IntoResponse::into_response(response),
            accepted,
        ))
    }
}

/// Parse, check and dispatch `findPetsByTags`.
fn handle_find_pets_by_tags<A, Au>(
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
        let accepted =
            ::generated_server_stubs::runtime::negotiate::accept(&req, &["application/json"])?;
        let call = {
            let params = FindPetsByTagsParams {
                tags: ::generated_server_stubs::runtime::query_array_param(
                    &req,
                    "tags",
                    &::generated_server_stubs::runtime::Kind::String,
                )?,
            };
            api.find_pets_by_tags(req.into_context(caller), params)
        };
        let response: FindPetsByTagsResponse = call.await;
        Ok(::generated_server_stubs::runtime::negotiate::label(
            ::axum::response::IntoResponse::into_response(response),
            accepted,
        ))
    }
}

/// Parse, check and dispatch `getPetById`.
fn handle_get_pet_by_id<A, Au>(
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
        let accepted =
            ::generated_server_stubs::runtime::negotiate::accept(&req, &["application/json"])?;
        let call = {
            let params = GetPetByIdParams {
                pet_id: req
                    .path_param("petId", &::generated_server_stubs::runtime::Kind::Integer)?,
            };
            api.get_pet_by_id(req.into_context(caller), params)
        };
        let response: GetPetByIdResponse = call.await;
        Ok(::generated_server_stubs::runtime::negotiate::label(
            ::axum::response::IntoResponse::into_response(response),
            accepted,
        ))
    }
}

/// Parse, check and dispatch `updatePetWithForm`.
fn handle_update_pet_with_form<A, Au>(
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
        let accepted =
            ::generated_server_stubs::runtime::negotiate::accept(&req, &["application/json"])?;
        let call = {
            let params = UpdatePetWithFormParams {
                pet_id: req
                    .path_param("petId", &::generated_server_stubs::runtime::Kind::Integer)?,
                name: req.query_param("name", &::generated_server_stubs::runtime::Kind::String)?,
                status: req
                    .query_param("status", &::generated_server_stubs::runtime::Kind::String)?,
            };
            api.update_pet_with_form(req.into_context(caller), params)
        };
        let response: UpdatePetWithFormResponse = call.await;
        Ok(::generated_server_stubs::runtime::negotiate::label(
            ::axum::response::IntoResponse::into_response(response),
            accepted,
        ))
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
                api_key: ::generated_server_stubs::runtime::header_param(
                    &req,
                    "api_key",
                    &::generated_server_stubs::runtime::Kind::String,
                )?,
                pet_id: req
                    .path_param("petId", &::generated_server_stubs::runtime::Kind::Integer)?,
            };
            api.delete_pet(req.into_context(caller), params)
        };
        let response: DeletePetResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `uploadFile`.
fn handle_upload_file<A, Au>(
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
            let params = UploadFileParams {
                pet_id: req
                    .path_param("petId", &::generated_server_stubs::runtime::Kind::Integer)?,
                additional_metadata: req.query_param(
                    "additionalMetadata",
                    &::generated_server_stubs::runtime::Kind::String,
                )?,
            };
            let body = ::generated_server_stubs::runtime::optional_bytes_body(&req)?;
            api.upload_file(req.into_context(caller), params, body)
        };
        let response: UploadFileResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `getInventory`.
fn handle_get_inventory<A, Au>(
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
            let params = GetInventoryParams {};
            api.get_inventory(req.into_context(caller), params)
        };
        let response: GetInventoryResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `placeOrder`.
fn handle_place_order<A, Au>(
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
            let params = PlaceOrderParams {};
            let body = req.optional_body::<types::Order>(&PLACE_ORDER_BODY)?;
            api.place_order(req.into_context(caller), params, body)
        };
        let response: PlaceOrderResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `getOrderById`.
fn handle_get_order_by_id<A, Au>(
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
        let accepted =
            ::generated_server_stubs::runtime::negotiate::accept(&req, &["application/json"])?;
        let call = {
            let params = GetOrderByIdParams {
                order_id: req
                    .path_param("orderId", &::generated_server_stubs::runtime::Kind::Integer)?,
            };
            api.get_order_by_id(req.into_context(caller), params)
        };
        let response: GetOrderByIdResponse = call.await;
        Ok(::generated_server_stubs::runtime::negotiate::label(
            ::axum::response::IntoResponse::into_response(response),
            accepted,
        ))
    }
}

/// Parse, check and dispatch `deleteOrder`.
fn handle_delete_order<A, Au>(
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
            let params = DeleteOrderParams {
                order_id: req
                    .path_param("orderId", &::generated_server_stubs::runtime::Kind::Integer)?,
            };
            api.delete_order(req.into_context(caller), params)
        };
        let response: DeleteOrderResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `createUser`.
fn handle_create_user<A, Au>(
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
        let accepted =
            ::generated_server_stubs::runtime::negotiate::accept(&req, &["application/json"])?;
        let call = {
            let params = CreateUserParams {};
            let body = req.optional_body::<types::User>(&CREATE_USER_BODY)?;
            api.create_user(req.into_context(caller), params, body)
        };
        let response: CreateUserResponse = call.await;
        Ok(::generated_server_stubs::runtime::negotiate::label(
            ::axum::response::IntoResponse::into_response(response),
            accepted,
        ))
    }
}

/// Parse, check and dispatch `createUsersWithListInput`.
fn handle_create_users_with_list_input<A, Au>(
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
        let accepted =
            ::generated_server_stubs::runtime::negotiate::accept(&req, &["application/json"])?;
        let call = {
            let params = CreateUsersWithListInputParams {};
            let body = req.optional_body::<::std::vec::Vec<types::User>>(
                &CREATE_USERS_WITH_LIST_INPUT_BODY,
            )?;
            api.create_users_with_list_input(req.into_context(caller), params, body)
        };
        let response: CreateUsersWithListInputResponse = call.await;
        Ok(::generated_server_stubs::runtime::negotiate::label(
            ::axum::response::IntoResponse::into_response(response),
            accepted,
        ))
    }
}

/// Parse, check and dispatch `loginUser`.
fn handle_login_user<A, Au>(
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
        let accepted =
            ::generated_server_stubs::runtime::negotiate::accept(&req, &["application/json"])?;
        let call = {
            let params = LoginUserParams {
                username: req
                    .query_param("username", &::generated_server_stubs::runtime::Kind::String)?,
                password: req
                    .query_param("password", &::generated_server_stubs::runtime::Kind::String)?,
            };
            api.login_user(req.into_context(caller), params)
        };
        let response: LoginUserResponse = call.await;
        Ok(::generated_server_stubs::runtime::negotiate::label(
            ::axum::response::IntoResponse::into_response(response),
            accepted,
        ))
    }
}

/// Parse, check and dispatch `logoutUser`.
fn handle_logout_user<A, Au>(
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
            let params = LogoutUserParams {};
            api.logout_user(req.into_context(caller), params)
        };
        let response: LogoutUserResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `getUserByName`.
fn handle_get_user_by_name<A, Au>(
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
        let accepted =
            ::generated_server_stubs::runtime::negotiate::accept(&req, &["application/json"])?;
        let call = {
            let params = GetUserByNameParams {
                username: req
                    .path_param("username", &::generated_server_stubs::runtime::Kind::String)?,
            };
            api.get_user_by_name(req.into_context(caller), params)
        };
        let response: GetUserByNameResponse = call.await;
        Ok(::generated_server_stubs::runtime::negotiate::label(
            ::axum::response::IntoResponse::into_response(response),
            accepted,
        ))
    }
}

/// Parse, check and dispatch `updateUser`.
fn handle_update_user<A, Au>(
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
            let params = UpdateUserParams {
                username: req
                    .path_param("username", &::generated_server_stubs::runtime::Kind::String)?,
            };
            let body = req.optional_body::<types::User>(&UPDATE_USER_BODY)?;
            api.update_user(req.into_context(caller), params, body)
        };
        let response: UpdateUserResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}

/// Parse, check and dispatch `deleteUser`.
fn handle_delete_user<A, Au>(
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
            let params = DeleteUserParams {
                username: req
                    .path_param("username", &::generated_server_stubs::runtime::Kind::String)?,
            };
            api.delete_user(req.into_context(caller), params)
        };
        let response: DeleteUserResponse = call.await;
        Ok(::axum::response::IntoResponse::into_response(response))
    }
}
