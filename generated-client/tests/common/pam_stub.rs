//! The in-test implementation of the generated PAM server trait: records what it receives and
//! answers with the reply the test registered (a 500 saying so when there is none).

use super::{BasicAuth, PASSWORD, Stub, USER, serve};
use generated_client::pam as client;
use generated_client::support::Credentials;
use generated_server_stubs::pam::{self as server, types};
use generated_server_stubs::runtime::RequestContext;

type Ctx = RequestContext<String>;

/// The PAM trait on top of a [`Stub`].
#[derive(Clone, Default)]
pub struct PamStub(pub Stub);

fn no_reply() -> types::ODataError {
    let message = types::ODataErrorMessage {
        lang: "en-US".into(),
        value: "the test registered no reply".into(),
    };
    types::ODataError {
        odata_error: types::ODataErrorBody {
            code: "NoReply".into(),
            message,
        },
    }
}

impl server::Api for PamStub {
    type Caller = String;

    async fn list_pam_requests(
        &self,
        ctx: Ctx,
        params: server::ListPamRequestsParams,
    ) -> server::ListPamRequestsResponse {
        let fallback = server::ListPamRequestsResponse::InternalServerError(no_reply());
        self.0.answer("list_pam_requests", ctx, params, fallback)
    }

    async fn create_pam_request(
        &self,
        ctx: Ctx,
        params: server::CreatePamRequestParams,
        body: types::PamRequestCreate,
    ) -> server::CreatePamRequestResponse {
        let fallback = server::CreatePamRequestResponse::InternalServerError(no_reply());
        self.0
            .answer_with_body("create_pam_request", ctx, params, body, fallback)
    }

    async fn close_pam_request(
        &self,
        ctx: Ctx,
        params: server::ClosePamRequestParams,
    ) -> server::ClosePamRequestResponse {
        let fallback = server::ClosePamRequestResponse::InternalServerError(no_reply());
        self.0.answer("close_pam_request", ctx, params, fallback)
    }

    async fn list_pam_requests_to_approve(
        &self,
        ctx: Ctx,
        params: server::ListPamRequestsToApproveParams,
    ) -> server::ListPamRequestsToApproveResponse {
        let fallback = server::ListPamRequestsToApproveResponse::InternalServerError(no_reply());
        self.0
            .answer("list_pam_requests_to_approve", ctx, params, fallback)
    }

    async fn approve_pam_request(
        &self,
        ctx: Ctx,
        params: server::ApprovePamRequestParams,
    ) -> server::ApprovePamRequestResponse {
        let fallback = server::ApprovePamRequestResponse::InternalServerError(no_reply());
        self.0.answer("approve_pam_request", ctx, params, fallback)
    }

    async fn reject_pam_request(
        &self,
        ctx: Ctx,
        params: server::RejectPamRequestParams,
    ) -> server::RejectPamRequestResponse {
        let fallback = server::RejectPamRequestResponse::InternalServerError(no_reply());
        self.0.answer("reject_pam_request", ctx, params, fallback)
    }

    async fn list_pam_roles(
        &self,
        ctx: Ctx,
        params: server::ListPamRolesParams,
    ) -> server::ListPamRolesResponse {
        let fallback = server::ListPamRolesResponse::InternalServerError(no_reply());
        self.0.answer("list_pam_roles", ctx, params, fallback)
    }

    async fn get_pam_session_info(
        &self,
        ctx: Ctx,
        params: server::GetPamSessionInfoParams,
    ) -> server::GetPamSessionInfoResponse {
        let fallback = server::GetPamSessionInfoResponse::InternalServerError(no_reply());
        self.0.answer("get_pam_session_info", ctx, params, fallback)
    }
}

/// A running PAM server and a generated client signed in as [`USER`].
pub struct Pam {
    pub stub: Stub,
    pub base: String,
    pub client: client::Client,
}

/// Start the generated PAM router (with [`BasicAuth`]) over the stub, on a fresh port.
pub async fn start_pam() -> Pam {
    let stub = Stub::default();
    let base = serve(server::router(PamStub(stub.clone()), BasicAuth)).await;
    let client = client::Client::new_with_credentials(&base, Credentials::basic(USER, PASSWORD))
        .expect("client");
    Pam { stub, base, client }
}
