//! What can go wrong, the message shown for it and the process exit code.
//!
//! Exit codes: 1 when the server answered with an error (4xx/5xx) or with something the client
//! cannot decode; 2 for usage errors (bad arguments, missing credentials) and when the server
//! cannot be reached.

use generated_client::pam::{Error as ClientError, ResponseValue};
use generated_client::{cm, pam};

/// A failed `mim` command.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// Argument errors rendered by clap (already start with `error:` and end with usage).
    #[error("{0}")]
    Clap(String),
    /// Our own argument checks (e.g. an unknown role name).
    #[error("error: {0}")]
    Usage(String),
    /// The server could not be reached, or the HTTP client could not be set up.
    #[error("error: {0}")]
    Connection(String),
    /// The server answered with an error status; `message` is the server's own text.
    #[error("error: {message} (HTTP {status}{})", reason_suffix(*.status))]
    Api { status: u16, message: String },
    /// The server answered, but not in a form the client understands.
    #[error("error: {0}")]
    Response(String),
}

fn reason_suffix(status: u16) -> String {
    http_reason(status).map_or_else(String::new, |r| format!(" {r}"))
}

fn http_reason(status: u16) -> Option<&'static str> {
    Some(match status {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        409 => "Conflict",
        413 => "Payload Too Large",
        415 => "Unsupported Media Type",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => return None,
    })
}

impl CliError {
    /// The process exit code for this error.
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Api { .. } | CliError::Response(_) => 1,
            CliError::Clap(_) | CliError::Usage(_) | CliError::Connection(_) => 2,
        }
    }

    /// The HTTP status of an API error.
    pub fn status(&self) -> Option<u16> {
        match self {
            CliError::Api { status, .. } => Some(*status),
            _ => None,
        }
    }

    pub(crate) fn usage(message: impl Into<String>) -> Self {
        CliError::Usage(message.into())
    }
}

/// The human-readable message inside an API's error body.
pub trait ServerMessage {
    fn server_message(&self) -> String;
}

impl ServerMessage for pam::types::ODataError {
    /// `odata.error.message.value` (what the official sample portal shows), else the code.
    fn server_message(&self) -> String {
        let body = &self.odata_error;
        if body.message.value.trim().is_empty() {
            body.code.clone()
        } else {
            body.message.value.clone()
        }
    }
}

impl ServerMessage for cm::types::CmError {
    /// `Message`, followed by `MessageDetail` when there is one.
    fn server_message(&self) -> String {
        match self.message_detail.as_deref() {
            Some(detail) if !detail.trim().is_empty() && detail != self.message => {
                format!("{} ({detail})", self.message)
            }
            _ => self.message.clone(),
        }
    }
}

/// Turns a generated-client error into a [`CliError`], reading the body of undocumented answers.
pub async fn from_client<E: ServerMessage>(err: ClientError<E>) -> CliError {
    match err {
        ClientError::ErrorResponse(response) => {
            let status = response.status().as_u16();
            let mut message = response.into_inner().server_message();
            if message.trim().is_empty() {
                message = "the server gave no reason".to_string();
            }
            CliError::Api { status, message }
        }
        ClientError::UnexpectedResponse(response) => {
            let status = response.status();
            let body = response.text().await.unwrap_or_default();
            let message = message_from_body(&body);
            if status.is_client_error() || status.is_server_error() {
                CliError::Api {
                    status: status.as_u16(),
                    message: message.unwrap_or_else(|| "the server gave no reason".to_string()),
                }
            } else {
                CliError::Response(format!(
                    "unexpected HTTP {} from the server{}",
                    status.as_u16(),
                    message.map_or_else(String::new, |m| format!(": {m}"))
                ))
            }
        }
        ClientError::CommunicationError(e) => match e.status() {
            Some(status) => CliError::Api {
                status: status.as_u16(),
                message: chain(&e),
            },
            None => CliError::Connection(chain(&e)),
        },
        ClientError::InvalidRequest(message) => CliError::usage(message),
        ClientError::InvalidResponsePayload(bytes, e) => {
            let body = String::from_utf8_lossy(&bytes);
            let detail = message_from_body(&body)
                .map_or_else(String::new, |m| format!("; the server said: {m}"));
            CliError::Response(format!("cannot decode the server's answer ({e}){detail}"))
        }
        ClientError::ResponseBodyError(e) | ClientError::InvalidUpgrade(e) => {
            CliError::Response(format!("cannot read the server's answer: {}", chain(&e)))
        }
        ClientError::Custom(message) => CliError::Response(message),
    }
}

/// Awaits a generated-client call and unwraps its response value.
pub async fn api<T, E: ServerMessage>(
    call: impl Future<Output = Result<ResponseValue<T>, ClientError<E>>>,
) -> Result<T, CliError> {
    match call.await {
        Ok(response) => Ok(response.into_inner()),
        Err(e) => Err(from_client(e).await),
    }
}

/// An error and its causes, `outer: inner: innermost`.
pub fn chain(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text
}

/// The message in an error body of either API, or the start of a plain-text body.
fn message_from_body(body: &str) -> Option<String> {
    if let Ok(e) = serde_json::from_str::<pam::types::ODataError>(body) {
        return Some(e.server_message());
    }
    if let Ok(e) = serde_json::from_str::<cm::types::CmError>(body) {
        return Some(e.server_message());
    }
    let line = body.lines().map(str::trim).find(|l| !l.is_empty())?;
    let mut short: String = line.chars().take(200).collect();
    if short.len() < line.len() {
        short.push('…');
    }
    Some(crate::text::clean(&short))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_come_from_either_error_body() {
        let odata =
            r#"{"odata.error":{"code":"Forbidden","message":{"lang":"en-US","value":"no"}}}"#;
        assert_eq!(message_from_body(odata).as_deref(), Some("no"));
        let cm = r#"{"Message":"The request is invalid.","MessageDetail":"bad id"}"#;
        assert_eq!(
            message_from_body(cm).as_deref(),
            Some("The request is invalid. (bad id)")
        );
        assert_eq!(
            message_from_body("\n<html>Login</html>\n").as_deref(),
            Some("<html>Login</html>")
        );
        assert_eq!(message_from_body("  "), None);
    }

    #[test]
    fn api_errors_show_status_and_reason() {
        let e = CliError::Api {
            status: 403,
            message: "denied".into(),
        };
        assert_eq!(e.to_string(), "error: denied (HTTP 403 Forbidden)");
        assert_eq!(e.exit_code(), 1);
        assert_eq!(CliError::Connection("refused".into()).exit_code(), 2);
    }
}
