//! `$filter` properties of the three PAM entity sets.

use crate::filter::{Filterable, Value};
use generated_server_stubs::pam::types;

fn opt(s: &Option<String>) -> Value {
    s.as_ref().map_or(Value::Null, |s| Value::Str(s.clone()))
}

fn ttl(s: &str) -> Value {
    s.parse()
        .map_or_else(|_| Value::Str(s.to_string()), Value::Int)
}

impl Filterable for types::PamRole {
    const PROPERTIES: &'static [&'static str] = &[
        "RoleId",
        "DisplayName",
        "Description",
        "TTL",
        "AvailableFrom",
        "AvailableTo",
        "MFAEnabled",
        "ApprovalEnabled",
        "AvailabilityWindowEnabled",
    ];

    fn property(&self, name: &str) -> Value {
        match name {
            "RoleId" => Value::Guid(self.role_id),
            "DisplayName" => Value::Str(self.display_name.clone()),
            "Description" => opt(&self.description),
            "TTL" => ttl(&self.ttl),
            "AvailableFrom" => Value::DateTime(self.available_from),
            "AvailableTo" => Value::DateTime(self.available_to),
            "MFAEnabled" => Value::Bool(self.mfa_enabled),
            "ApprovalEnabled" => Value::Bool(self.approval_enabled),
            "AvailabilityWindowEnabled" => Value::Bool(self.availability_window_enabled),
            _ => Value::Null,
        }
    }
}

impl Filterable for types::PamRequest {
    const PROPERTIES: &'static [&'static str] = &[
        "RequestId",
        "CreatorID",
        "Justification",
        "DisplayName",
        "CreationTime",
        "CreationMethod",
        "ExpirationTime",
        "RoleId",
        "RequestedTTL",
        "RequestedTime",
        "RequestStatus",
    ];

    fn property(&self, name: &str) -> Value {
        match name {
            "RequestId" => Value::Guid(self.request_id),
            "CreatorID" => Value::Guid(self.creator_id),
            "Justification" => opt(&self.justification),
            "DisplayName" => opt(&self.display_name),
            "CreationTime" => Value::DateTime(self.creation_time),
            "CreationMethod" => Value::Str(self.creation_method.clone()),
            "ExpirationTime" => Value::DateTime(self.expiration_time),
            "RoleId" => Value::Guid(self.role_id),
            "RequestedTTL" => ttl(&self.requested_ttl),
            "RequestedTime" => Value::DateTime(self.requested_time),
            "RequestStatus" => Value::Str(self.request_status.as_str().to_string()),
            _ => Value::Null,
        }
    }
}

impl Filterable for types::PamRequestToApprove {
    const PROPERTIES: &'static [&'static str] = &[
        "RoleName",
        "Requestor",
        "Justification",
        "RequestedTTL",
        "RequestedTime",
        "CreationTime",
        "FIMRequestID",
        "RequestorID",
        "ApprovalObjectID",
        "FIMRequestID/Value",
        "RequestorID/Value",
        "ApprovalObjectID/Value",
    ];

    fn property(&self, name: &str) -> Value {
        match name.trim_end_matches("/Value") {
            "RoleName" => Value::Str(self.role_name.clone()),
            "Requestor" => Value::Str(self.requestor.clone()),
            "Justification" => opt(&self.justification),
            "RequestedTTL" => ttl(&self.requested_ttl),
            "RequestedTime" => Value::DateTime(self.requested_time),
            "CreationTime" => Value::DateTime(self.creation_time),
            "FIMRequestID" => Value::Guid(self.fim_request_id.value),
            "RequestorID" => Value::Guid(self.requestor_id.value),
            "ApprovalObjectID" => Value::Guid(self.approval_object_id.value),
            _ => Value::Null,
        }
    }
}
