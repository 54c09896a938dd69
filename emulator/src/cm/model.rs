//! CM constructors, integer codes and defaults.
//!
//! Integer codes (the docs only show 3 = new request, 8 = completed; 2/3/6 for cards; the rest is
//! our numbering of the documented names):
//! request status None 0, Pending 1, Denied 2, Approved 3, Executing 4, Failed 5, Canceled 6,
//! Abandoned 7, Completed 8; smart card status None 0, New 1, Assigned 2, Active 3, Suspended 4,
//! Disabled 5, Retired 6; profile status None 0, New 1, Active 2, Suspended 3, Disabled 4, Retired 5.

use crate::store::cm::{CertificateRow, ProfileRow, RequestRow, SmartcardRow, TemplateRow};
use generated_server_stubs::cm::open_enums::CmOperationName;
use generated_server_stubs::cm::types;
use mim_wire::MimDateTime;
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

/// A retired smart card (its card id may be assigned again).
pub const CARD_RETIRED: i32 = 6;

pub fn template_to_wire(t: &TemplateRow) -> types::ProfileTemplateLimitedView {
    types::ProfileTemplateLimitedView {
        description: t.description.clone(),
        is_smartcard_profile_template: t.smartcard,
        is_virtual_smartcard_profile_template: t.virtual_smartcard,
        name: t.name.clone(),
        uuid: t.uuid,
    }
}

pub fn smartcard_to_wire(c: &SmartcardRow) -> types::Smartcard {
    types::Smartcard {
        assigned_user_uuid: c.owner,
        atr: c.atr.clone(),
        comment: String::new(),
        flags: 0,
        middleware: String::new(),
        parent_smartcard_uuid: Uuid::nil(),
        permanent_smartcard_uuid: c.uuid,
        primary_smartcard_uuid: c.uuid,
        profile_template_uuid: c.template,
        profile_template_version: 1,
        serial_number: c.serial.clone(),
        status: c.status,
        uuid: c.uuid,
    }
}

pub fn profile_to_wire(p: &ProfileRow) -> types::Profile {
    types::Profile {
        assigned_user_uuid: p.owner,
        comment: String::new(),
        flags: 0,
        parent_profile_uuid: Uuid::nil(),
        primary_profile_uuid: p.uuid,
        profile_operations: operations(p.status),
        profile_template_uuid: p.template,
        profile_template_version: 1,
        status: p.status,
        uuid: p.uuid,
    }
}

pub fn request_to_wire(r: &RequestRow) -> types::Request {
    types::Request {
        comment: r.comment.clone(),
        completed: r.completed,
        data_collection: r
            .data
            .iter()
            .map(|(name, value)| types::DataCollectionItem {
                name: name.clone(),
                value: value.clone(),
            })
            .collect(),
        data_collection_flags: 32,
        flags: if r.smartcard { 2 } else { 0 },
        is_data_collection_complete: false,
        is_enrollment_agent: false,
        is_smartcard: r.smartcard,
        new_profile_uuid: r.new_profile,
        new_smartcard_uuid: r.new_smartcard,
        old_profile_uuid: r.old_profile,
        old_smartcard_uuid: r.old_smartcard,
        originator_user_uuid: r.originator,
        priority: r.priority,
        profile_template_uuid: r.template,
        request_type: r.request_type,
        security_descriptor: format!("O:{o}D:(A;;CCDCSW;;;{o})", o = r.originator),
        status: r.status,
        submitted: r.submitted,
        target_user_uuid: r.target,
        uuid: r.uuid,
    }
}

pub fn certificate_to_wire(c: &CertificateRow) -> types::X509ClmCertificate {
    types::X509ClmCertificate {
        archived_on_ca: false,
        certificate_type: 1,
        is_key_history: false,
        issuer: c.issuer.clone(),
        not_after: c.not_after,
        not_before: c.not_before,
        requester_name: c.requester_name.clone(),
        serial_number: c.serial.clone(),
        status: Some(0),
        template_common_name: c.template_cn.clone(),
        thumbprint: c.thumbprint.clone(),
    }
}

/// What a new request starts as (status Approved: the emulator does not model CM approvals).
pub struct NewRequest {
    pub uuid: Uuid,
    pub request_type: i32,
    pub originator: Uuid,
    pub target: Uuid,
    pub template: Uuid,
    pub smartcard: bool,
    pub comment: String,
    pub data: Vec<(String, Option<String>)>,
}

pub fn new_request(n: NewRequest) -> RequestRow {
    RequestRow {
        uuid: n.uuid,
        request_type: n.request_type,
        originator: n.originator,
        target: n.target,
        template: n.template,
        smartcard: n.smartcard,
        comment: n.comment,
        data: n.data,
        priority: 0,
        status: request_status::APPROVED,
        submitted: MimDateTime::now(),
        completed: MimDateTime::unset(),
        new_profile: Uuid::nil(),
        old_profile: Uuid::nil(),
        new_smartcard: Uuid::nil(),
        old_smartcard: Uuid::nil(),
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
