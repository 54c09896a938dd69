//! NTLM (NTLMv2) with a user name and password, through the pure-Rust `sspi` crate.
//!
//! Three legs: NEGOTIATE (type 1) → the server's CHALLENGE (type 2, in a 401) → AUTHENTICATE
//! (type 3, on the real request). NTLM authenticates a connection, not a request, so the legs
//! must travel on one TCP connection; `super` sends them through a client that keeps one
//! connection per host and runs one exchange at a time.

use crate::auth::AuthError;
use sspi::{
    AuthIdentity, AuthIdentityBuffers, BufferType, ClientRequestFlags, CredentialUse,
    DataRepresentation, Ntlm, SecurityBuffer, SecurityStatus, Sspi, SspiImpl, Username,
};

/// An NTLM identity: `DOMAIN\user` (or `user@domain`) and its password.
#[derive(Clone)]
pub(crate) struct Identity {
    pub user: String,
    pub password: String,
}

impl std::fmt::Debug for Identity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Identity {{ user: {:?}, password: <hidden> }}",
            self.user
        )
    }
}

/// A client NTLM context between its legs.
pub(crate) struct Context {
    ntlm: Ntlm,
    handle: Option<AuthIdentityBuffers>,
    target: String,
}

fn sspi_error(error: sspi::Error) -> AuthError {
    AuthError::Other(format!("NTLM: {error}"))
}

impl Context {
    /// The NEGOTIATE message (type 1).
    pub fn start(identity: &Identity, target: &str) -> Result<(Self, Vec<u8>), AuthError> {
        let username = Username::parse(&identity.user)
            .map_err(|e| AuthError::InvalidCredentials(format!("{}: {e}", identity.user)))?;
        let auth = AuthIdentity {
            username,
            password: identity.password.clone().into(),
        };
        let mut ntlm = Ntlm::new();
        let acquired = ntlm
            .acquire_credentials_handle()
            .with_credential_use(CredentialUse::Outbound)
            .with_auth_data(&auth)
            .execute(&mut ntlm)
            .map_err(sspi_error)?;
        let mut context = Self {
            ntlm,
            handle: acquired.credentials_handle,
            target: target.to_string(),
        };
        let token = context.step(None)?;
        Ok((context, token))
    }

    /// The AUTHENTICATE message (type 3) answering the server's CHALLENGE (type 2).
    pub fn authenticate(&mut self, challenge: &[u8]) -> Result<Vec<u8>, AuthError> {
        self.step(Some(challenge))
    }

    fn step(&mut self, input: Option<&[u8]>) -> Result<Vec<u8>, AuthError> {
        let mut output = vec![SecurityBuffer::new(Vec::new(), BufferType::Token)];
        let mut input_buffers = input
            .map(|token| vec![SecurityBuffer::new(token.to_vec(), BufferType::Token)])
            .unwrap_or_default();
        let mut builder = self
            .ntlm
            .initialize_security_context()
            .with_credentials_handle(&mut self.handle)
            .with_context_requirements(ClientRequestFlags::ALLOCATE_MEMORY)
            .with_target_data_representation(DataRepresentation::Native)
            .with_target_name(&self.target)
            .with_output(&mut output);
        if input.is_some() {
            builder = builder.with_input(&mut input_buffers);
        }
        let result = self
            .ntlm
            .initialize_security_context_impl(&mut builder)
            .map_err(sspi_error)?
            .resolve_to_result()
            .map_err(sspi_error)?;
        if matches!(
            result.status,
            SecurityStatus::CompleteAndContinue | SecurityStatus::CompleteNeeded
        ) {
            self.ntlm
                .complete_auth_token(&mut output)
                .map_err(sspi_error)?;
        }
        Ok(std::mem::take(&mut output[0].buffer))
    }
}
