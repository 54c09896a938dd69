//! CM constructors, integer codes and defaults.
//!
//! Integer codes (the docs only show 3 = new request, 8 = completed; 2/3/6 for cards; the rest is
//! our numbering of the documented names):
//! request status None 0, Pending 1, Denied 2, Approved 3, Executing 4, Failed 5, Canceled 6,
//! Abandoned 7, Completed 8; smart card status None 0, New 1, Assigned 2, Active 3, Suspended 4,
//! Disabled 5, Retired 6; profile status None 0, New 1, Active 2, Suspended 3, Disabled 4, Retired 5.

use generated_server_stubs::cm::open_enums::CmOperationName;
use generated_server_stubs::cm::types;
use mim_wire::MimDateTime;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub mod request_status {
    pub const PENDING: i32 = 1;
    pub const DENIED: i32 = 2;
    pub const APPROVED: i32 = 3;
    pub const EXECUTING: i32 = 4;
    pub const FAILED: i32 = 5;
    pub const CANCELED: i32 = 6;
    pub const ABANDONED: i32 = 7;
    pub const COMPLETED: i32 = 8;
}

pub mod card_status {
    pub const ASSIGNED: i32 = 2;
    pub const ACTIVE: i32 = 3;
}

pub const PROFILE_ACTIVE: i32 = 2;

/// A certificate with its owner and where it lives.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct CertRow {
    pub owner: Uuid,
    pub profile: Uuid,
    pub smartcard: Option<Uuid>,
    pub certificate: types::X509ClmCertificate,
}

pub fn request_type_code(t: types::CmRequestType) -> i32 {
    use types::CmRequestType as T;
    match t {
        T::Enroll => 1,
        T::Duplicate => 2,
        T::OfflineUnblock => 3,
        T::OnlineUpdate => 4,
        T::Unblock => 5,
        T::Renew => 6,
        T::Recover => 7,
        T::RecoverOnBehalf => 8,
        T::Reinstate => 9,
        T::Retire => 10,
        T::Revoke => 11,
        T::TemporaryCards => 12,
    }
}

pub fn request_status_code(s: types::CmRequestStatusName) -> i32 {
    use types::CmRequestStatusName as S;
    match s {
        S::None => 0,
        S::Pending => request_status::PENDING,
        S::Denied => request_status::DENIED,
        S::Approved => request_status::APPROVED,
        S::Executing => request_status::EXECUTING,
        S::Failed => request_status::FAILED,
        S::Canceled => request_status::CANCELED,
        S::Completed => request_status::COMPLETED,
    }
}

pub fn card_status_code(s: types::CmSmartcardStatusName) -> i32 {
    use types::CmSmartcardStatusName as S;
    match s {
        S::None => 0,
        S::New => 1,
        S::Assigned => 2,
        S::Active => 3,
        S::Suspended => 4,
        S::Disabled => 5,
        S::Retired => 6,
    }
}

pub fn profile_status_code(s: types::ProfileStatusFilter) -> i32 {
    use types::ProfileStatusFilter as S;
    match s {
        S::None => 0,
        S::Active => PROFILE_ACTIVE,
        S::Pending => 1,
        S::Approved => 3,
        S::Executing => 4,
        S::Failed => 5,
        S::Canceled => 6,
        S::Denied => 7,
        S::Completed => 8,
    }
}

/// The operations a card or profile in `status` allows (3 = in use).
pub fn operations(status: i32) -> Vec<CmOperationName> {
    if status == card_status::ACTIVE || status == PROFILE_ACTIVE {
        vec![
            CmOperationName::Renew,
            CmOperationName::Unblock,
            CmOperationName::Retire,
            CmOperationName::Revoke,
        ]
    } else {
        Vec::new()
    }
}

pub fn new_smartcard(
    uuid: Uuid,
    cardid: &str,
    atr: &str,
    owner: Uuid,
    template: Uuid,
    status: i32,
) -> types::Smartcard {
    types::Smartcard {
        assigned_user_uuid: owner,
        atr: atr.to_string(),
        comment: String::new(),
        flags: 0,
        middleware: String::new(),
        parent_smartcard_uuid: Uuid::nil(),
        permanent_smartcard_uuid: uuid,
        primary_smartcard_uuid: uuid,
        profile_template_uuid: template,
        profile_template_version: 1,
        serial_number: cardid.to_string(),
        status,
        uuid,
    }
}

pub fn new_profile(uuid: Uuid, owner: Uuid, template: Uuid, status: i32) -> types::Profile {
    types::Profile {
        assigned_user_uuid: owner,
        comment: String::new(),
        flags: 0,
        parent_profile_uuid: Uuid::nil(),
        primary_profile_uuid: uuid,
        profile_operations: operations(status),
        profile_template_uuid: template,
        profile_template_version: 1,
        status,
        uuid,
    }
}

#[allow(clippy::too_many_arguments)]
pub fn new_request(
    uuid: Uuid,
    request_type: i32,
    originator: Uuid,
    target: Uuid,
    template: Uuid,
    smartcard: bool,
    comment: String,
    data: Vec<types::DataCollectionItem>,
) -> types::Request {
    types::Request {
        comment,
        completed: MimDateTime::unset(),
        data_collection: data,
        data_collection_flags: 32,
        flags: if smartcard { 2 } else { 0 },
        is_data_collection_complete: false,
        is_enrollment_agent: false,
        is_smartcard: smartcard,
        new_profile_uuid: Uuid::nil(),
        new_smartcard_uuid: Uuid::nil(),
        old_profile_uuid: Uuid::nil(),
        old_smartcard_uuid: Uuid::nil(),
        originator_user_uuid: originator,
        priority: 0,
        profile_template_uuid: template,
        request_type,
        security_descriptor: format!("O:{originator}D:(A;;CCDCSW;;;{originator})"),
        status: request_status::APPROVED,
        submitted: MimDateTime::now(),
        target_user_uuid: target,
        uuid,
    }
}

pub fn pin_policy() -> types::PinPolicy {
    types::PinPolicy {
        character_set: 0,
        default_value: String::new(),
        max_length: 8,
        min_length: 4,
        rollover: false,
    }
}

pub fn smartcard_config() -> types::SmartcardConfig {
    types::SmartcardConfig {
        admin_pin_policy: pin_policy(),
        allow_smartcard_reuse: true,
        card_initialization_data: String::new(),
        card_initialization_type: "Default".into(),
        certificate_label: String::new(),
        default_admin_key_hex: "010203040506070801020304050607080102030405060708".into(),
        diversify_admin_key: true,
        do_not_install_ca_certificates: false,
        erase_on_overflow: false,
        initialize_new_smartcard: true,
        max_number_of_certificates: 4,
        provider_id: String::new(),
        provider_name: "Microsoft Base Smart Card Crypto Provider".into(),
        provider_type: 1,
        smartcard_print_policy: types::SmartcardPrintPolicy {
            card_name: String::new(),
            field_mapping: String::new(),
            print: false,
            project_name: String::new(),
        },
        use_secure_key_injection: false,
        use_virtual_smartcards: Some(false),
        user_pin_option: 0,
        user_pin_policy: pin_policy(),
    }
}

pub fn workflow_policy() -> types::ProfileTemplatePolicy {
    types::ProfileTemplatePolicy {
        approvals_needed: Some(0),
        authorized_approver: None,
        authorized_enrollment_agent: None,
        authorized_initiator: None,
        collect_comments: Some(false),
        collect_request_priority: Some(false),
        default_request_priority: Some(0),
        documents: None,
        enabled: Some(true),
        enroll_agent_required: Some(false),
        one_time_password_policy: None,
        personalization: None,
        policy_data_collection: None,
        self_service_enabled: Some(true),
    }
}

pub fn generation_options(smartcard: bool) -> types::CertificateRequestGenerationOptions {
    let ksp = if smartcard {
        "Microsoft Smart Card Key Storage Provider"
    } else {
        "Microsoft Software Key Storage Provider"
    };
    types::CertificateRequestGenerationOptions {
        exportable: 0,
        friendly_name: String::new(),
        hash_algorithm_name: "SHA256".into(),
        key_algorithm_name: "RSA".into(),
        key_protection_level: 0,
        key_size: 2048,
        key_storage_provider_names: vec![ksp.into()],
        key_usages: 3,
        subject: String::new(),
    }
}

/// A deterministic hex digest (FNV-1a, repeated) — stands in for card cryptography.
pub fn hex_digest(parts: &[&str], bytes: usize) -> String {
    let mut out = String::new();
    let mut round: u64 = 0;
    while out.len() < bytes * 2 {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ round;
        for p in parts {
            for b in p.bytes() {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
        }
        out.push_str(&format!("{h:016X}"));
        round += 1;
    }
    out.truncate(bytes * 2);
    out
}
