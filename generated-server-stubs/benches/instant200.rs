//! A PAM implementation that answers at once, shared by the dispatch benchmark and the load
//! server: only `close_pam_request` (the measured operation) says 200.

use generated_server_stubs::pam::{self, types};
use generated_server_stubs::runtime::RequestContext;

/// Answers every operation at once; only `close_pam_request` is measured.
pub struct Instant200;

fn error() -> types::ODataError {
    types::ODataError {
        odata_error: types::ODataErrorBody {
            code: "NotImplemented".into(),
            message: types::ODataErrorMessage {
                lang: "en-US".into(),
                value: "bench".into(),
            },
        },
    }
}

impl pam::Api for Instant200 {
    type Caller = ();

    async fn list_pam_requests(
        &self,
        _: RequestContext<()>,
        _: pam::ListPamRequestsParams,
    ) -> pam::ListPamRequestsResponse {
        pam::ListPamRequestsResponse::InternalServerError(error())
    }

    async fn create_pam_request(
        &self,
        _: RequestContext<()>,
        _: pam::CreatePamRequestParams,
        _: types::PamRequestCreate,
    ) -> pam::CreatePamRequestResponse {
        pam::CreatePamRequestResponse::InternalServerError(error())
    }

    async fn close_pam_request(
        &self,
        _: RequestContext<()>,
        params: pam::ClosePamRequestParams,
    ) -> pam::ClosePamRequestResponse {
        std::hint::black_box(params.request_id);
        pam::ClosePamRequestResponse::Ok
    }

    async fn list_pam_requests_to_approve(
        &self,
        _: RequestContext<()>,
        _: pam::ListPamRequestsToApproveParams,
    ) -> pam::ListPamRequestsToApproveResponse {
        pam::ListPamRequestsToApproveResponse::InternalServerError(error())
    }

    async fn approve_pam_request(
        &self,
        _: RequestContext<()>,
        _: pam::ApprovePamRequestParams,
    ) -> pam::ApprovePamRequestResponse {
        pam::ApprovePamRequestResponse::InternalServerError(error())
    }

    async fn reject_pam_request(
        &self,
        _: RequestContext<()>,
        _: pam::RejectPamRequestParams,
    ) -> pam::RejectPamRequestResponse {
        pam::RejectPamRequestResponse::InternalServerError(error())
    }

    async fn list_pam_roles(
        &self,
        _: RequestContext<()>,
        _: pam::ListPamRolesParams,
    ) -> pam::ListPamRolesResponse {
        pam::ListPamRolesResponse::InternalServerError(error())
    }

    async fn get_pam_session_info(
        &self,
        _: RequestContext<()>,
        _: pam::GetPamSessionInfoParams,
    ) -> pam::GetPamSessionInfoResponse {
        pam::GetPamSessionInfoResponse::InternalServerError(error())
    }
}
