//! The PAM API (`/api/pamresources`) on the generated `pam::Api` trait.
//!
//! MFA: a role with `MFAEnabled` answers a create with `PendingMFA` unless the create request
//! carries the header `X-MIM-Emulator-MFA: ok`, which stands for a completed MFA challenge.

mod filter;
mod logic;
mod sql_filter;

use crate::error::Fail;
use crate::filter::compile;
use crate::store::{Store, User, read_async, write_async};
use generated_server_stubs::pam::{self, types};
use generated_server_stubs::runtime::RequestContext;
use logic::{Decision, Mfa};
use std::sync::Arc;

pub use logic::effective_status;

/// Fuzzing hook: compile `expr` (checked against `PamRequest`) to SQL; must never panic.
#[doc(hidden)]
pub fn fuzz_sql_filter(expr: &crate::filter::Expr) {
    let _ = sql_filter::compile(expr, mim_wire::MimDateTime::now());
}

/// Header that marks the MFA challenge as passed.
pub const MFA_HEADER: &str = "x-mim-emulator-mfa";

/// The PAM API backed by a [`Store`].
#[derive(Clone)]
pub struct PamApi {
    store: Arc<dyn Store>,
}

impl PamApi {
    pub fn new(store: Arc<dyn Store>) -> Self {
        Self { store }
    }
}

fn error_body(fail: &Fail) -> types::ODataError {
    types::ODataError {
        odata_error: types::ODataErrorBody {
            code: fail.code().to_string(),
            message: types::ODataErrorMessage {
                lang: "en-US".into(),
                value: fail.message().to_string(),
            },
        },
    }
}

crate::fail_into! { error_body;
    pam::ListPamRequestsResponse { BadRequest => BadRequest, Forbidden => Forbidden, NotFound => BadRequest, Conflict => BadRequest, Internal => InternalServerError }
    pam::CreatePamRequestResponse { BadRequest => BadRequest, Forbidden => Forbidden, NotFound => BadRequest, Conflict => BadRequest, Internal => InternalServerError }
    pam::ClosePamRequestResponse { BadRequest => BadRequest, Forbidden => Forbidden, NotFound => NotFound, Conflict => Conflict, Internal => InternalServerError }
    pam::ListPamRequestsToApproveResponse { BadRequest => BadRequest, Forbidden => Forbidden, NotFound => BadRequest, Conflict => BadRequest, Internal => InternalServerError }
    pam::ApprovePamRequestResponse { BadRequest => BadRequest, Forbidden => Forbidden, NotFound => NotFound, Conflict => Conflict, Internal => InternalServerError }
    pam::RejectPamRequestResponse { BadRequest => BadRequest, Forbidden => Forbidden, NotFound => NotFound, Conflict => Conflict, Internal => InternalServerError }
    pam::ListPamRolesResponse { BadRequest => BadRequest, Forbidden => Forbidden, NotFound => BadRequest, Conflict => BadRequest, Internal => InternalServerError }
    pam::GetPamSessionInfoResponse { BadRequest => BadRequest, Forbidden => Forbidden, NotFound => BadRequest, Conflict => BadRequest, Internal => InternalServerError }
}

fn metadata_url(ctx: &RequestContext<User>, fragment: &str) -> String {
    format!("{}/api/pamresources/%24metadata#{fragment}", ctx.base_url())
}

fn done<T, R: From<Fail>>(result: Result<T, Fail>, ok: impl FnOnce(T) -> R) -> R {
    match result {
        Ok(value) => ok(value),
        Err(fail) => fail.into(),
    }
}

impl pam::Api for PamApi {
    type Caller = User;

    async fn list_pam_requests(
        &self,
        ctx: RequestContext<User>,
        params: pam::ListPamRequestsParams,
    ) -> pam::ListPamRequestsResponse {
        let caller = ctx.caller.clone();
        let result = match compile::<types::PamRequest>(params.filter.as_deref()) {
            Ok(expr) => {
                read_async(&self.store, move |conn| {
                    logic::list_requests(conn, &caller, expr.as_ref())
                })
                .await
            }
            Err(e) => Err(e.into()),
        };
        done(result, |value| {
            pam::ListPamRequestsResponse::Ok(types::PamRequestCollection {
                odata_metadata: metadata_url(&ctx, "pamrequests"),
                value,
            })
        })
    }

    async fn create_pam_request(
        &self,
        ctx: RequestContext<User>,
        _params: pam::CreatePamRequestParams,
        body: types::PamRequestCreate,
    ) -> pam::CreatePamRequestResponse {
        let mfa_passed = ctx
            .headers
            .get(MFA_HEADER)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("ok"));
        let mfa = if mfa_passed {
            Mfa::Passed
        } else {
            Mfa::NotPassed
        };
        let metadata = metadata_url(&ctx, "pamrequests/@Element");
        let caller = ctx.caller.clone();
        let result = write_async(&self.store, move |conn| {
            logic::create_request(conn, &caller, body, mfa, metadata)
        })
        .await;
        done(result, pam::CreatePamRequestResponse::Created)
    }

    async fn close_pam_request(
        &self,
        ctx: RequestContext<User>,
        params: pam::ClosePamRequestParams,
    ) -> pam::ClosePamRequestResponse {
        let caller = ctx.caller.clone();
        let result = write_async(&self.store, move |conn| {
            logic::close_request(conn, &caller, params.request_id)
        })
        .await;
        done(result, |()| pam::ClosePamRequestResponse::Ok)
    }

    async fn list_pam_requests_to_approve(
        &self,
        ctx: RequestContext<User>,
        params: pam::ListPamRequestsToApproveParams,
    ) -> pam::ListPamRequestsToApproveResponse {
        let caller = ctx.caller.clone();
        let result = match compile::<types::PamRequestToApprove>(params.filter.as_deref()) {
            Ok(expr) => {
                read_async(&self.store, move |conn| {
                    logic::list_to_approve(conn, &caller, expr.as_ref())
                })
                .await
            }
            Err(e) => Err(e.into()),
        };
        done(result, |value| {
            pam::ListPamRequestsToApproveResponse::Ok(types::PamRequestToApproveCollection {
                odata_metadata: metadata_url(&ctx, "pamrequeststoapprove"),
                value,
            })
        })
    }

    async fn approve_pam_request(
        &self,
        ctx: RequestContext<User>,
        params: pam::ApprovePamRequestParams,
    ) -> pam::ApprovePamRequestResponse {
        let caller = ctx.caller.clone();
        let result = write_async(&self.store, move |conn| {
            logic::decide(conn, &caller, params.approval_id, Decision::Approve)
        })
        .await;
        done(result, |()| pam::ApprovePamRequestResponse::Ok)
    }

    async fn reject_pam_request(
        &self,
        ctx: RequestContext<User>,
        params: pam::RejectPamRequestParams,
    ) -> pam::RejectPamRequestResponse {
        let caller = ctx.caller.clone();
        let result = write_async(&self.store, move |conn| {
            logic::decide(conn, &caller, params.approval_id, Decision::Reject)
        })
        .await;
        done(result, |()| pam::RejectPamRequestResponse::Ok)
    }

    async fn list_pam_roles(
        &self,
        ctx: RequestContext<User>,
        params: pam::ListPamRolesParams,
    ) -> pam::ListPamRolesResponse {
        let caller = ctx.caller.clone();
        let result = match compile::<types::PamRole>(params.filter.as_deref()) {
            Ok(expr) => {
                read_async(&self.store, move |conn| {
                    logic::list_roles(conn, &caller, expr.as_ref())
                })
                .await
            }
            Err(e) => Err(e.into()),
        };
        done(result, |value| {
            pam::ListPamRolesResponse::Ok(types::PamRoleCollection {
                odata_metadata: metadata_url(&ctx, "pamroles"),
                value,
            })
        })
    }

    async fn get_pam_session_info(
        &self,
        ctx: RequestContext<User>,
        _params: pam::GetPamSessionInfoParams,
    ) -> pam::GetPamSessionInfoResponse {
        pam::GetPamSessionInfoResponse::Ok(types::SessionInfoCollection {
            odata_metadata: metadata_url(&ctx, "sessioninfo"),
            value: vec![types::SessionInfo {
                username: ctx.caller.name.clone(),
            }],
        })
    }
}
