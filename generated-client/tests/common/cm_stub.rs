//! The in-test implementation of the generated CM server trait: records what it receives and
//! answers with the reply the test registered (a 500 saying so when there is none).

use super::{BasicAuth, PASSWORD, Stub, USER, serve};
use generated_client::cm as client;
use generated_client::support::Credentials;
use generated_server_stubs::cm::{self as server, types};
use generated_server_stubs::runtime::RequestContext;

type Ctx = RequestContext<String>;

/// The CM trait on top of a [`Stub`].
#[derive(Clone, Default)]
pub struct CmStub(pub Stub);

fn no_reply() -> types::CmError {
    types::CmError {
        message: "the test registered no reply".into(),
        message_detail: None,
    }
}

impl server::Api for CmStub {
    type Caller = String;

    async fn list_user_certificates(
        &self,
        ctx: Ctx,
        params: server::ListUserCertificatesParams,
    ) -> server::ListUserCertificatesResponse {
        let fallback = server::ListUserCertificatesResponse::InternalServerError(no_reply());
        self.0
            .answer("list_user_certificates", ctx, params, fallback)
    }

    async fn list_profiles(
        &self,
        ctx: Ctx,
        params: server::ListProfilesParams,
    ) -> server::ListProfilesResponse {
        let fallback = server::ListProfilesResponse::InternalServerError(no_reply());
        self.0.answer("list_profiles", ctx, params, fallback)
    }

    async fn get_profile(
        &self,
        ctx: Ctx,
        params: server::GetProfileParams,
    ) -> server::GetProfileResponse {
        let fallback = server::GetProfileResponse::InternalServerError(no_reply());
        self.0.answer("get_profile", ctx, params, fallback)
    }

    async fn list_profile_certificates(
        &self,
        ctx: Ctx,
        params: server::ListProfileCertificatesParams,
    ) -> server::ListProfileCertificatesResponse {
        let fallback = server::ListProfileCertificatesResponse::InternalServerError(no_reply());
        self.0
            .answer("list_profile_certificates", ctx, params, fallback)
    }

    async fn list_profile_operations(
        &self,
        ctx: Ctx,
        params: server::ListProfileOperationsParams,
    ) -> server::ListProfileOperationsResponse {
        let fallback = server::ListProfileOperationsResponse::InternalServerError(no_reply());
        self.0
            .answer("list_profile_operations", ctx, params, fallback)
    }

    async fn list_profile_templates(
        &self,
        ctx: Ctx,
        params: server::ListProfileTemplatesParams,
    ) -> server::ListProfileTemplatesResponse {
        let fallback = server::ListProfileTemplatesResponse::InternalServerError(no_reply());
        self.0
            .answer("list_profile_templates", ctx, params, fallback)
    }

    async fn get_profile_template(
        &self,
        ctx: Ctx,
        params: server::GetProfileTemplateParams,
    ) -> server::GetProfileTemplateResponse {
        let fallback = server::GetProfileTemplateResponse::InternalServerError(no_reply());
        self.0.answer("get_profile_template", ctx, params, fallback)
    }

    async fn get_smartcard_policy(
        &self,
        ctx: Ctx,
        params: server::GetSmartcardPolicyParams,
    ) -> server::GetSmartcardPolicyResponse {
        let fallback = server::GetSmartcardPolicyResponse::InternalServerError(no_reply());
        self.0.answer("get_smartcard_policy", ctx, params, fallback)
    }

    async fn get_workflow_policy(
        &self,
        ctx: Ctx,
        params: server::GetWorkflowPolicyParams,
    ) -> server::GetWorkflowPolicyResponse {
        let fallback = server::GetWorkflowPolicyResponse::InternalServerError(no_reply());
        self.0.answer("get_workflow_policy", ctx, params, fallback)
    }

    async fn list_requests(
        &self,
        ctx: Ctx,
        params: server::ListRequestsParams,
    ) -> server::ListRequestsResponse {
        let fallback = server::ListRequestsResponse::InternalServerError(no_reply());
        self.0.answer("list_requests", ctx, params, fallback)
    }

    async fn create_request(
        &self,
        ctx: Ctx,
        params: server::CreateRequestParams,
        body: types::CreateRequestBody,
    ) -> server::CreateRequestResponse {
        let fallback = server::CreateRequestResponse::InternalServerError(no_reply());
        self.0
            .answer_with_body("create_request", ctx, params, body, fallback)
    }

    async fn get_request(
        &self,
        ctx: Ctx,
        params: server::GetRequestParams,
    ) -> server::GetRequestResponse {
        let fallback = server::GetRequestResponse::InternalServerError(no_reply());
        self.0.answer("get_request", ctx, params, fallback)
    }

    async fn update_request_status(
        &self,
        ctx: Ctx,
        params: server::UpdateRequestStatusParams,
        body: types::UpdateRequestBody,
    ) -> server::UpdateRequestStatusResponse {
        let fallback = server::UpdateRequestStatusResponse::InternalServerError(no_reply());
        self.0
            .answer_with_body("update_request_status", ctx, params, body, fallback)
    }

    async fn submit_certificate_requests(
        &self,
        ctx: Ctx,
        params: server::SubmitCertificateRequestsParams,
        body: types::SubmitCertificateDataBody,
    ) -> server::SubmitCertificateRequestsResponse {
        let fallback = server::SubmitCertificateRequestsResponse::InternalServerError(no_reply());
        self.0
            .answer_with_body("submit_certificate_requests", ctx, params, body, fallback)
    }

    async fn get_certificate_request_generation_options(
        &self,
        ctx: Ctx,
        params: server::GetCertificateRequestGenerationOptionsParams,
    ) -> server::GetCertificateRequestGenerationOptionsResponse {
        let fallback =
            server::GetCertificateRequestGenerationOptionsResponse::InternalServerError(no_reply());
        self.0.answer(
            "get_certificate_request_generation_options",
            ctx,
            params,
            fallback,
        )
    }

    async fn list_request_profiles(
        &self,
        ctx: Ctx,
        params: server::ListRequestProfilesParams,
    ) -> server::ListRequestProfilesResponse {
        let fallback = server::ListRequestProfilesResponse::InternalServerError(no_reply());
        self.0
            .answer("list_request_profiles", ctx, params, fallback)
    }

    async fn get_request_profile(
        &self,
        ctx: Ctx,
        params: server::GetRequestProfileParams,
    ) -> server::GetRequestProfileResponse {
        let fallback = server::GetRequestProfileResponse::InternalServerError(no_reply());
        self.0.answer("get_request_profile", ctx, params, fallback)
    }

    async fn update_smartcard_status(
        &self,
        ctx: Ctx,
        params: server::UpdateSmartcardStatusParams,
        body: types::UpdateSmartcardStatusBody,
    ) -> server::UpdateSmartcardStatusResponse {
        let fallback = server::UpdateSmartcardStatusResponse::InternalServerError(no_reply());
        self.0
            .answer_with_body("update_smartcard_status", ctx, params, body, fallback)
    }

    async fn get_smartcard_authentication_response(
        &self,
        ctx: Ctx,
        params: server::GetSmartcardAuthenticationResponseParams,
    ) -> server::GetSmartcardAuthenticationResponseResponse {
        let fallback =
            server::GetSmartcardAuthenticationResponseResponse::InternalServerError(no_reply());
        self.0.answer(
            "get_smartcard_authentication_response",
            ctx,
            params,
            fallback,
        )
    }

    async fn get_smartcard_diversified_admin_key(
        &self,
        ctx: Ctx,
        params: server::GetSmartcardDiversifiedAdminKeyParams,
    ) -> server::GetSmartcardDiversifiedAdminKeyResponse {
        let fallback =
            server::GetSmartcardDiversifiedAdminKeyResponse::InternalServerError(no_reply());
        self.0
            .answer("get_smartcard_diversified_admin_key", ctx, params, fallback)
    }

    async fn get_request_smartcard_proposed_pin(
        &self,
        ctx: Ctx,
        params: server::GetRequestSmartcardProposedPinParams,
    ) -> server::GetRequestSmartcardProposedPinResponse {
        let fallback =
            server::GetRequestSmartcardProposedPinResponse::InternalServerError(no_reply());
        self.0
            .answer("get_request_smartcard_proposed_pin", ctx, params, fallback)
    }

    async fn list_smartcards(
        &self,
        ctx: Ctx,
        params: server::ListSmartcardsParams,
    ) -> server::ListSmartcardsResponse {
        let fallback = server::ListSmartcardsResponse::InternalServerError(no_reply());
        self.0.answer("list_smartcards", ctx, params, fallback)
    }

    async fn assign_smartcard(
        &self,
        ctx: Ctx,
        params: server::AssignSmartcardParams,
        body: types::AssignSmartcardBody,
    ) -> server::AssignSmartcardResponse {
        let fallback = server::AssignSmartcardResponse::InternalServerError(no_reply());
        self.0
            .answer_with_body("assign_smartcard", ctx, params, body, fallback)
    }

    async fn get_smartcard(
        &self,
        ctx: Ctx,
        params: server::GetSmartcardParams,
    ) -> server::GetSmartcardResponse {
        let fallback = server::GetSmartcardResponse::InternalServerError(no_reply());
        self.0.answer("get_smartcard", ctx, params, fallback)
    }

    async fn list_smartcard_certificates(
        &self,
        ctx: Ctx,
        params: server::ListSmartcardCertificatesParams,
    ) -> server::ListSmartcardCertificatesResponse {
        let fallback = server::ListSmartcardCertificatesResponse::InternalServerError(no_reply());
        self.0
            .answer("list_smartcard_certificates", ctx, params, fallback)
    }

    async fn list_smartcard_operations(
        &self,
        ctx: Ctx,
        params: server::ListSmartcardOperationsParams,
    ) -> server::ListSmartcardOperationsResponse {
        let fallback = server::ListSmartcardOperationsResponse::InternalServerError(no_reply());
        self.0
            .answer("list_smartcard_operations", ctx, params, fallback)
    }

    async fn get_smartcard_proposed_pin(
        &self,
        ctx: Ctx,
        params: server::GetSmartcardProposedPinParams,
    ) -> server::GetSmartcardProposedPinResponse {
        let fallback = server::GetSmartcardProposedPinResponse::InternalServerError(no_reply());
        self.0
            .answer("get_smartcard_proposed_pin", ctx, params, fallback)
    }
}

/// A running CM server and a generated client signed in as [`USER`].
pub struct Cm {
    pub stub: Stub,
    pub base: String,
    pub client: client::Client,
}

/// Start the generated CM router (with [`BasicAuth`]) over the stub, on a fresh port.
pub async fn start_cm() -> Cm {
    let stub = Stub::default();
    let base = serve(server::router(CmStub(stub.clone()), BasicAuth)).await;
    let client = client::Client::new_with_credentials(&base, Credentials::basic(USER, PASSWORD))
        .expect("client");
    Cm { stub, base, client }
}
