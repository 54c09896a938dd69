//! The NTLM acceptor: CHALLENGE for a NEGOTIATE, and a check of the AUTHENTICATE message
//! against the seeded user's password (through `sspi`, pure Rust).
//!
//! sspi's acceptor checks the AUTHENTICATE message against the identity handed to it in that
//! same call, so the user is looked up first from the message's own user and domain fields
//! ([`claimed_user`], a bounded read of MS-NLMP §2.2.1.3's layout).

use sspi::{
    AuthIdentity, AuthIdentityBuffers, BufferType, DataRepresentation, Ntlm, SecurityBuffer,
    SecurityStatus, ServerRequestFlags, Sspi, SspiImpl, Username,
};

/// `NTLMSSP\0`: every NTLM message starts with it (also when it travels under `Negotiate`).
pub const SIGNATURE: &[u8] = b"NTLMSSP\0";

/// The message type of an NTLM token (1 NEGOTIATE, 2 CHALLENGE, 3 AUTHENTICATE).
pub fn message_type(token: &[u8]) -> Option<u32> {
    if !token.starts_with(SIGNATURE) {
        return None;
    }
    let bytes = token.get(8..12)?;
    Some(u32::from_le_bytes(bytes.try_into().ok()?))
}

fn field(token: &[u8], at: usize) -> Option<&[u8]> {
    let len = u16::from_le_bytes(token.get(at..at + 2)?.try_into().ok()?) as usize;
    let offset = u32::from_le_bytes(token.get(at + 4..at + 8)?.try_into().ok()?) as usize;
    token.get(offset..offset.checked_add(len)?)
}

/// How an NTLM message encodes its strings (the NEGOTIATE_UNICODE flag).
#[derive(Clone, Copy)]
enum Encoding {
    Utf16Le,
    Oem,
}

fn text(bytes: &[u8], encoding: Encoding) -> Option<String> {
    if let Encoding::Utf16Le = encoding {
        if !bytes.len().is_multiple_of(2) {
            return None;
        }
        let units: Vec<u16> = bytes
            .chunks_exact(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect();
        String::from_utf16(&units).ok()
    } else {
        Some(bytes.iter().map(|&b| b as char).collect())
    }
}

/// The (domain, user) an AUTHENTICATE message claims, before any check.
pub fn claimed_user(token: &[u8]) -> Option<(String, String)> {
    if message_type(token) != Some(3) {
        return None;
    }
    let flags = u32::from_le_bytes(token.get(60..64)?.try_into().ok()?);
    let encoding = if flags & 1 == 1 {
        Encoding::Utf16Le
    } else {
        Encoding::Oem
    };
    let domain = text(field(token, 28)?, encoding)?;
    let user = text(field(token, 36)?, encoding)?;
    (!user.is_empty()).then_some((domain, user))
}

/// A server context between CHALLENGE and AUTHENTICATE.
pub struct Pending {
    ntlm: Ntlm,
}

fn failure(error: sspi::Error) -> String {
    format!("NTLM: {error}")
}

/// Answer a NEGOTIATE message: the pending context and the CHALLENGE token.
pub fn challenge(negotiate: &[u8]) -> Result<(Pending, Vec<u8>), String> {
    let mut ntlm = Ntlm::new();
    let output = accept(&mut ntlm, &mut None, negotiate)?.1;
    Ok((Pending { ntlm }, output))
}

/// Check an AUTHENTICATE message against `password` (the claimed user's).
pub fn authenticate(
    mut pending: Pending,
    message: &[u8],
    domain: &str,
    user: &str,
    password: &str,
) -> Result<(), String> {
    let username = Username::new(user, (!domain.is_empty()).then_some(domain))
        .map_err(|e| format!("NTLM user name: {e}"))?;
    let identity = AuthIdentity {
        username,
        password: password.to_string().into(),
    };
    let mut handle = Some(AuthIdentityBuffers::from(identity));
    let (status, _) = accept(&mut pending.ntlm, &mut handle, message)?;
    if matches!(
        status,
        SecurityStatus::CompleteNeeded | SecurityStatus::CompleteAndContinue
    ) {
        let mut none = Vec::new();
        pending
            .ntlm
            .complete_auth_token(&mut none)
            .map_err(failure)?;
    }
    Ok(())
}

fn accept(
    ntlm: &mut Ntlm,
    handle: &mut Option<AuthIdentityBuffers>,
    token: &[u8],
) -> Result<(SecurityStatus, Vec<u8>), String> {
    let mut input = vec![SecurityBuffer::new(token.to_vec(), BufferType::Token)];
    let mut output = vec![SecurityBuffer::new(Vec::new(), BufferType::Token)];
    let builder = ntlm
        .accept_security_context()
        .with_credentials_handle(handle)
        .with_context_requirements(ServerRequestFlags::ALLOCATE_MEMORY)
        .with_target_data_representation(DataRepresentation::Native)
        .with_input(&mut input)
        .with_output(&mut output);
    let result = ntlm
        .accept_security_context_impl(builder)
        .map_err(failure)?
        .resolve_to_result()
        .map_err(failure)?;
    Ok((result.status, std::mem::take(&mut output[0].buffer)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_types_need_the_signature() {
        assert_eq!(message_type(b"NTLMSSP\0\x01\0\0\0rest"), Some(1));
        assert_eq!(message_type(b"NTLMSSP\0\x03\0"), None);
        assert_eq!(message_type(b"\x60\x82kerberos"), None);
    }

    #[test]
    fn fields_out_of_bounds_are_refused_not_panics() {
        let mut token = b"NTLMSSP\0\x03\0\0\0".to_vec();
        token.resize(64, 0);
        // user name field claims 0xffff bytes at offset 0xffffffff
        token[36..38].copy_from_slice(&0xffffu16.to_le_bytes());
        token[40..44].copy_from_slice(&u32::MAX.to_le_bytes());
        assert_eq!(claimed_user(&token), None);
        assert_eq!(claimed_user(&token[..20]), None);
    }
}
