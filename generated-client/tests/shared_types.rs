//! The types once: client and server stubs re-export the same `generated-types` modules, so a
//! value either side builds is the other side's type (no conversion, no second copy compiled).

use generated_client::{cm as client_cm, pam as client_pam};
use generated_server_stubs::{cm as server_cm, pam as server_pam};

/// Compiles only while both paths name one type: two copies of `PamRole` would be two types.
fn server_role(role: client_pam::types::PamRole) -> server_pam::types::PamRole {
    role
}

fn server_error(error: client_cm::types::CmError) -> server_cm::types::CmError {
    error
}

#[test]
fn a_value_the_client_parsed_is_the_servers_type() {
    // The first role of the documented `GET pamroles` example (catalog §3.1), in its order.
    let text = r#"{"RoleId":"8f5cec1a-ecba-42ec-b76d-e6e0e4bf4c62","DisplayName":"Allow AD Access ","Description":null,"TTL":"3600","AvailableFrom":"0001-01-01T00:00:00","AvailableTo":"0001-01-01T00:00:00","MFAEnabled":false,"ApprovalEnabled":false,"AvailabilityWindowEnabled":false}"#;
    let parsed: client_pam::types::PamRole = serde_json::from_str(text).unwrap();
    let role = server_role(parsed.clone());
    assert_eq!(role, parsed);
    assert_eq!(role.display_name, "Allow AD Access ");
    assert_eq!(serde_json::to_string(&role).unwrap(), text);

    let error = server_error(client_cm::types::CmError {
        message: "no such request".into(),
        message_detail: None,
    });
    assert_eq!(
        serde_json::to_value(&error).unwrap(),
        serde_json::json!({"Message": "no such request"})
    );
}

#[test]
fn both_sides_reexport_the_generated_types_crate() {
    assert_eq!(
        std::any::TypeId::of::<client_pam::types::PamRequest>(),
        std::any::TypeId::of::<generated_types::pam::types::PamRequest>()
    );
    assert_eq!(
        std::any::TypeId::of::<server_cm::types::CmError>(),
        std::any::TypeId::of::<generated_types::cm::types::CmError>()
    );
}
