//! Shared harness of the loopback tests: a real HTTP server on 127.0.0.1 built from the
//! generated server traits, a recording stand-in implementation of those traits, a Basic
//! authenticator, and the documented examples of the specs.
//!
//! Every test binary includes this module but uses only part of it.
#![allow(dead_code)]

pub mod cm_stub;
pub mod pam_stub;

use axum::http::request::Parts;
use axum::http::{HeaderMap, Method, Uri};
use generated_server_stubs::runtime::{
    Authenticator, RequestContext, Unauthorized, basic_credentials,
};
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

/// The account the clients of the tests sign in as (and the only one [`BasicAuth`] accepts).
pub const USER: &str = "PRIV\\Jen";
pub const PASSWORD: &str = "Pa55w.rd";
/// The challenge [`BasicAuth`] answers with.
pub const CHALLENGE: &str = "Basic realm=\"MIM\", charset=\"UTF-8\"";
pub const DENIED: &str = "Authorization has been denied for this request.";

/// Serve `router` on an ephemeral port of 127.0.0.1; the base URL (`http://127.0.0.1:<port>`).
/// The server task ends with the test's runtime.
pub async fn serve(router: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind 127.0.0.1:0");
    let addr = listener.local_addr().expect("local address");
    tokio::spawn(async move { axum::serve(listener, router).await.expect("axum::serve") });
    format!("http://{addr}")
}

/// A plain reqwest client for requests the generated client cannot make (wrong paths, query
/// strings only, form bodies, wrong content types).
pub fn raw() -> reqwest::Client {
    generated_client::support::http_client().expect("reqwest client")
}

/// Accepts exactly `USER`/`PASSWORD` over HTTP Basic; the caller is the user name.
#[derive(Debug, Clone, Copy, Default)]
pub struct BasicAuth;

impl Authenticator for BasicAuth {
    type Caller = String;

    async fn authenticate(&self, parts: &Parts) -> Result<String, Unauthorized> {
        match basic_credentials(&parts.headers) {
            Some((user, password)) if user == USER && password == PASSWORD => Ok(user),
            _ => Err(Unauthorized::new([CHALLENGE], DENIED)),
        }
    }
}

/// One operation call as the server trait received it.
pub struct Call {
    /// The trait method that was called, e.g. `close_pam_request`.
    pub operation: &'static str,
    pub caller: String,
    pub method: Method,
    pub uri: Uri,
    pub headers: HeaderMap,
    params: Box<dyn Any + Send>,
    body: Option<Box<dyn Any + Send>>,
}

impl Call {
    /// The typed parameters (`XxxParams` of the generated server module).
    pub fn params<P: Any>(&self) -> &P {
        self.params.downcast_ref().unwrap_or_else(|| {
            panic!(
                "{}: params are not a {}",
                self.operation,
                std::any::type_name::<P>()
            )
        })
    }

    /// The typed request body.
    pub fn body<B: Any>(&self) -> &B {
        self.body
            .as_ref()
            .and_then(|b| b.downcast_ref())
            .unwrap_or_else(|| {
                panic!(
                    "{}: no body of type {}",
                    self.operation,
                    std::any::type_name::<B>()
                )
            })
    }
}

/// The recording core of the in-test trait implementations: records every call and answers
/// with the reply the test registered for that operation's response type.
#[derive(Clone, Default)]
pub struct Stub {
    calls: Arc<Mutex<Vec<Call>>>,
    replies: Arc<Mutex<HashMap<TypeId, Box<dyn Any + Send>>>>,
}

impl Stub {
    /// Answer every call of the operation whose response type is `R` with `response`.
    pub fn reply<R: Any + Send + Clone>(&self, response: R) {
        self.replies
            .lock()
            .unwrap()
            .insert(TypeId::of::<R>(), Box::new(response));
    }

    /// Record a call without body and return the registered reply (or `fallback`).
    pub fn answer<P: Any + Send, R: Any + Clone>(
        &self,
        operation: &'static str,
        ctx: RequestContext<String>,
        params: P,
        fallback: R,
    ) -> R {
        self.record(operation, ctx, Box::new(params), None);
        self.registered().unwrap_or(fallback)
    }

    /// Record a call with a body and return the registered reply (or `fallback`).
    pub fn answer_with_body<P: Any + Send, B: Any + Send, R: Any + Clone>(
        &self,
        operation: &'static str,
        ctx: RequestContext<String>,
        params: P,
        body: B,
        fallback: R,
    ) -> R {
        self.record(operation, ctx, Box::new(params), Some(Box::new(body)));
        self.registered().unwrap_or(fallback)
    }

    fn record(
        &self,
        operation: &'static str,
        ctx: RequestContext<String>,
        params: Box<dyn Any + Send>,
        body: Option<Box<dyn Any + Send>>,
    ) {
        let call = Call {
            operation,
            caller: ctx.caller,
            method: ctx.method,
            uri: ctx.uri,
            headers: ctx.headers,
            params,
            body,
        };
        self.calls.lock().unwrap().push(call);
    }

    fn registered<R: Any + Clone>(&self) -> Option<R> {
        self.replies
            .lock()
            .unwrap()
            .get(&TypeId::of::<R>())
            .and_then(|r| r.downcast_ref::<R>())
            .cloned()
    }

    /// Every call recorded so far (and forget them).
    pub fn take_calls(&self) -> Vec<Call> {
        std::mem::take(&mut *self.calls.lock().unwrap())
    }

    /// The one call recorded so far, which must be of `operation` and made by [`USER`].
    pub fn only_call(&self, operation: &str) -> Call {
        let mut calls = self.take_calls();
        let names: Vec<_> = calls.iter().map(|c| c.operation).collect();
        assert_eq!(
            names,
            [operation],
            "the server should have received exactly one call"
        );
        let call = calls.pop().unwrap();
        assert_eq!(call.caller, USER, "caller seen by the server");
        call
    }

    /// Assert that no operation was reached.
    pub fn assert_no_calls(&self) {
        let names: Vec<_> = self.take_calls().iter().map(|c| c.operation).collect();
        assert!(
            names.is_empty(),
            "no operation should have run, but got {names:?}"
        );
    }
}

/// Which spec to read examples from.
#[derive(Debug, Clone, Copy)]
pub enum Spec {
    Pam,
    Cm,
}

fn spec(which: Spec) -> &'static Value {
    static PAM: OnceLock<Value> = OnceLock::new();
    static CM: OnceLock<Value> = OnceLock::new();
    let (cell, text) = match which {
        Spec::Pam => (&PAM, include_str!("../../../spec/pam.yaml")),
        Spec::Cm => (&CM, include_str!("../../../spec/cm.yaml")),
    };
    cell.get_or_init(|| serde_yaml::from_str(text).expect("spec parses as YAML"))
}

fn operation(which: Spec, operation_id: &str) -> &'static Value {
    let paths = spec(which)["paths"].as_object().expect("paths");
    paths
        .values()
        .filter_map(Value::as_object)
        .flat_map(|item| item.values())
        .find(|op| op["operationId"] == operation_id)
        .unwrap_or_else(|| panic!("no operation {operation_id} in {which:?}"))
}

/// The `value` of a named response example: `responses.<status>.content.application/json.examples.<name>`.
pub fn response_example(which: Spec, operation_id: &str, status: &str, name: &str) -> Value {
    let example = &operation(which, operation_id)["responses"][status]["content"]["application/json"]
        ["examples"][name];
    assert!(
        !example.is_null(),
        "no {status} example {name} on {operation_id}"
    );
    example["value"].clone()
}

/// The `value` of a named request-body example.
pub fn request_example(which: Spec, operation_id: &str, name: &str) -> Value {
    let example = &operation(which, operation_id)["requestBody"]["content"]["application/json"]["examples"]
        [name];
    assert!(
        !example.is_null(),
        "no request example {name} on {operation_id}"
    );
    example["value"].clone()
}

/// Deserialize JSON into a generated type (server or client side).
pub fn typed<T: DeserializeOwned>(value: &Value) -> T {
    serde_json::from_value(value.clone())
        .unwrap_or_else(|e| panic!("{} does not take {value}: {e}", std::any::type_name::<T>()))
}

/// Serialize a decoded value back to JSON, to compare it with what was sent.
pub fn json<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).expect("serializable")
}
