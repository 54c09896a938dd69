//! The CM API (`/CertificateManagement/api/v1.0`) on the generated `cm::Api` trait.

mod model;
mod ops;
pub mod seed;

use crate::error::Fail;
use crate::store::{Store, User};
use generated_server_stubs::cm::{self, types};
use generated_server_stubs::runtime::RequestContext;
use std::sync::Arc;

/// The CM API backed by a [`Store`].
#[derive(Clone)]
pub struct CmApi {
    store: Arc<dyn Store>,
}

impl CmApi {
    pub fn new(store: Arc<dyn Store>) -> Self {
        Self { store }
    }
}

fn error_body(fail: &Fail) -> types::CmError {
    types::CmError {
        message: fail.message().to_string(),
        message_detail: Some(fail.code().to_string()),
    }
}

/// `conflict:` lists the operations that declare 409 (CM-43); the others never see
/// `Fail::Conflict` and would answer it as 400.
macro_rules! cm_errors {
    (plain: $($resp:ident)* ; conflict: $($cresp:ident)*) => {
        crate::fail_into! { error_body;
            $(cm::$resp { BadRequest => BadRequest, Forbidden => Forbidden, NotFound => NotFound, Conflict => BadRequest, Internal => InternalServerError })*
            $(cm::$cresp { BadRequest => BadRequest, Forbidden => Forbidden, NotFound => NotFound, Conflict => Conflict, Internal => InternalServerError })*
        }
    };
}

cm_errors! {
    plain:
    ListUserCertificatesResponse ListProfilesResponse GetProfileResponse ListProfileCertificatesResponse
    ListProfileOperationsResponse ListProfileTemplatesResponse GetProfileTemplateResponse GetSmartcardPolicyResponse
    GetWorkflowPolicyResponse ListRequestsResponse CreateRequestResponse GetRequestResponse
    ListRequestProfilesResponse GetRequestProfileResponse GetSmartcardAuthenticationResponseResponse
    GetSmartcardDiversifiedAdminKeyResponse GetRequestSmartcardProposedPinResponse ListSmartcardsResponse
    GetSmartcardResponse ListSmartcardCertificatesResponse ListSmartcardOperationsResponse
    GetSmartcardProposedPinResponse;
    conflict:
    UpdateRequestStatusResponse SubmitCertificateRequestsResponse GetCertificateRequestGenerationOptionsResponse
    UpdateSmartcardStatusResponse AssignSmartcardResponse
}

/// `Ok(v)` → `ok(v)`, `Err(f)` → the response's error variant.
fn done<T, Resp: From<Fail>>(result: Result<T, Fail>, ok: impl FnOnce(T) -> Resp) -> Resp {
    result.map_or_else(Resp::from, ok)
}

type Ctx = RequestContext<User>;

impl cm::Api for CmApi {
    type Caller = User;

    async fn list_user_certificates(
        &self,
        ctx: Ctx,
        _p: cm::ListUserCertificatesParams,
    ) -> cm::ListUserCertificatesResponse {
        done(
            ops::certificates(&*self.store, &ctx.caller, |_| true),
            cm::ListUserCertificatesResponse::Ok,
        )
    }

    async fn list_profiles(&self, ctx: Ctx, p: cm::ListProfilesParams) -> cm::ListProfilesResponse {
        done(
            ops::profiles(&*self.store, &ctx.caller, p.status),
            cm::ListProfilesResponse::Ok,
        )
    }

    async fn get_profile(&self, ctx: Ctx, p: cm::GetProfileParams) -> cm::GetProfileResponse {
        done(ops::profile(&*self.store, &ctx.caller, p.id), |v| {
            cm::GetProfileResponse::Ok(types::ProfileOrProfileList::Profile(v))
        })
    }

    async fn list_profile_certificates(
        &self,
        ctx: Ctx,
        p: cm::ListProfileCertificatesParams,
    ) -> cm::ListProfileCertificatesResponse {
        let result = ops::profile(&*self.store, &ctx.caller, p.id)
            .and_then(|_| ops::certificates(&*self.store, &ctx.caller, |c| c.profile == p.id));
        done(result, cm::ListProfileCertificatesResponse::Ok)
    }

    async fn list_profile_operations(
        &self,
        ctx: Ctx,
        p: cm::ListProfileOperationsParams,
    ) -> cm::ListProfileOperationsResponse {
        done(ops::profile(&*self.store, &ctx.caller, p.id), |v| {
            cm::ListProfileOperationsResponse::Ok(v.profile_operations)
        })
    }

    async fn list_profile_templates(
        &self,
        _ctx: Ctx,
        p: cm::ListProfileTemplatesParams,
    ) -> cm::ListProfileTemplatesResponse {
        done(
            ops::templates(&*self.store, p.targetuser.as_deref()),
            cm::ListProfileTemplatesResponse::Ok,
        )
    }

    async fn get_profile_template(
        &self,
        _ctx: Ctx,
        p: cm::GetProfileTemplateParams,
    ) -> cm::GetProfileTemplateResponse {
        done(
            ops::template(&*self.store, p.id),
            cm::GetProfileTemplateResponse::Ok,
        )
    }

    async fn get_smartcard_policy(
        &self,
        _ctx: Ctx,
        p: cm::GetSmartcardPolicyParams,
    ) -> cm::GetSmartcardPolicyResponse {
        // A template without smart card configuration has none to return: ASP.NET answers a null
        // result with 204 (CM-26).
        done(ops::smartcard_policy(&*self.store, p.id), |config| {
            config.map_or(
                cm::GetSmartcardPolicyResponse::NoContent,
                cm::GetSmartcardPolicyResponse::Ok,
            )
        })
    }

    async fn get_workflow_policy(
        &self,
        _ctx: Ctx,
        p: cm::GetWorkflowPolicyParams,
    ) -> cm::GetWorkflowPolicyResponse {
        done(
            ops::workflow_policy(&*self.store, p.id, &p.type_),
            cm::GetWorkflowPolicyResponse::Ok,
        )
    }

    async fn list_requests(&self, ctx: Ctx, p: cm::ListRequestsParams) -> cm::ListRequestsResponse {
        done(
            ops::requests(&*self.store, &ctx.caller, p.targetuser.as_deref(), p.status),
            cm::ListRequestsResponse::Ok,
        )
    }

    async fn create_request(
        &self,
        ctx: Ctx,
        _p: cm::CreateRequestParams,
        body: types::CreateRequestBody,
    ) -> cm::CreateRequestResponse {
        done(
            ops::create_request(&*self.store, &ctx.caller, body),
            cm::CreateRequestResponse::Created,
        )
    }

    async fn get_request(&self, ctx: Ctx, p: cm::GetRequestParams) -> cm::GetRequestResponse {
        done(
            ops::request(&*self.store, &ctx.caller, p.id),
            cm::GetRequestResponse::Ok,
        )
    }

    async fn update_request_status(
        &self,
        ctx: Ctx,
        p: cm::UpdateRequestStatusParams,
        body: types::UpdateRequestBody,
    ) -> cm::UpdateRequestStatusResponse {
        done(
            ops::update_request_status(&*self.store, &ctx.caller, p.id, body.status),
            cm::UpdateRequestStatusResponse::Ok,
        )
    }

    async fn submit_certificate_requests(
        &self,
        ctx: Ctx,
        p: cm::SubmitCertificateRequestsParams,
        body: types::SubmitCertificateDataBody,
    ) -> cm::SubmitCertificateRequestsResponse {
        done(
            ops::submit_certificates(&*self.store, &ctx.caller, p.id, body),
            cm::SubmitCertificateRequestsResponse::Ok,
        )
    }

    async fn get_certificate_request_generation_options(
        &self,
        ctx: Ctx,
        p: cm::GetCertificateRequestGenerationOptionsParams,
    ) -> cm::GetCertificateRequestGenerationOptionsResponse {
        done(
            ops::generation_options(&*self.store, &ctx.caller, p.requestid),
            cm::GetCertificateRequestGenerationOptionsResponse::Ok,
        )
    }

    async fn list_request_profiles(
        &self,
        ctx: Ctx,
        p: cm::ListRequestProfilesParams,
    ) -> cm::ListRequestProfilesResponse {
        done(
            ops::request_profiles(&*self.store, &ctx.caller, p.requestid, p.status),
            cm::ListRequestProfilesResponse::Ok,
        )
    }

    async fn get_request_profile(
        &self,
        ctx: Ctx,
        p: cm::GetRequestProfileParams,
    ) -> cm::GetRequestProfileResponse {
        let result =
            ops::request_profiles(&*self.store, &ctx.caller, p.requestid, None).and_then(|list| {
                list.into_iter().find(|x| x.uuid == p.id).ok_or_else(|| {
                    Fail::not_found(format!(
                        "profile {} is not part of request {}",
                        p.id, p.requestid
                    ))
                })
            });
        done(result, |v| {
            cm::GetRequestProfileResponse::Ok(types::ProfileOrProfileList::Profile(v))
        })
    }

    async fn update_smartcard_status(
        &self,
        ctx: Ctx,
        p: cm::UpdateSmartcardStatusParams,
        body: types::UpdateSmartcardStatusBody,
    ) -> cm::UpdateSmartcardStatusResponse {
        done(
            ops::update_card_status(&*self.store, &ctx.caller, p.requestid, p.id, body.status),
            cm::UpdateSmartcardStatusResponse::Ok,
        )
    }

    async fn get_smartcard_authentication_response(
        &self,
        ctx: Ctx,
        p: cm::GetSmartcardAuthenticationResponseParams,
    ) -> cm::GetSmartcardAuthenticationResponseResponse {
        let result = ops::request_card(&*self.store, &ctx.caller, p.requestid, p.id).and_then(
            |(_, card)| {
                ops::check_cardid(&card, Some(&p.cardid))?;
                let kind = if p.diversified {
                    "diversified"
                } else {
                    "default"
                };
                Ok(model::hex_digest(
                    &[&card.uuid.to_string(), &p.challenge, kind],
                    8,
                ))
            },
        );
        done(result, cm::GetSmartcardAuthenticationResponseResponse::Ok)
    }

    async fn get_smartcard_diversified_admin_key(
        &self,
        ctx: Ctx,
        p: cm::GetSmartcardDiversifiedAdminKeyParams,
    ) -> cm::GetSmartcardDiversifiedAdminKeyResponse {
        let result = ops::request_card(&*self.store, &ctx.caller, p.requestid, p.id).and_then(
            |(_, card)| {
                ops::check_cardid(&card, Some(&p.cardid))?;
                Ok(model::hex_digest(
                    &[&card.uuid.to_string(), &p.cardid, "adminkey"],
                    24,
                ))
            },
        );
        done(result, cm::GetSmartcardDiversifiedAdminKeyResponse::Ok)
    }

    async fn get_request_smartcard_proposed_pin(
        &self,
        ctx: Ctx,
        p: cm::GetRequestSmartcardProposedPinParams,
    ) -> cm::GetRequestSmartcardProposedPinResponse {
        let result = ops::request_card(&*self.store, &ctx.caller, p.requestid, p.id).and_then(
            |(_, card)| {
                ops::check_cardid(&card, p.cardid.as_deref())?;
                Ok(ops::proposed_pin(&card, p.challenge.as_deref()))
            },
        );
        done(result, cm::GetRequestSmartcardProposedPinResponse::Ok)
    }

    async fn list_smartcards(
        &self,
        ctx: Ctx,
        p: cm::ListSmartcardsParams,
    ) -> cm::ListSmartcardsResponse {
        done(
            ops::smartcards(&*self.store, &ctx.caller, p.cardid.as_deref()),
            cm::ListSmartcardsResponse::Ok,
        )
    }

    async fn assign_smartcard(
        &self,
        ctx: Ctx,
        _p: cm::AssignSmartcardParams,
        body: types::AssignSmartcardBody,
    ) -> cm::AssignSmartcardResponse {
        done(
            ops::assign_smartcard(&*self.store, &ctx.caller, body),
            cm::AssignSmartcardResponse::Created,
        )
    }

    async fn get_smartcard(&self, ctx: Ctx, p: cm::GetSmartcardParams) -> cm::GetSmartcardResponse {
        done(
            ops::smartcard(&*self.store, &ctx.caller, p.id),
            cm::GetSmartcardResponse::Ok,
        )
    }

    async fn list_smartcard_certificates(
        &self,
        ctx: Ctx,
        p: cm::ListSmartcardCertificatesParams,
    ) -> cm::ListSmartcardCertificatesResponse {
        let result = ops::smartcard(&*self.store, &ctx.caller, p.id).and_then(|_| {
            ops::certificates(&*self.store, &ctx.caller, |c| c.smartcard == Some(p.id))
        });
        done(result, cm::ListSmartcardCertificatesResponse::Ok)
    }

    async fn list_smartcard_operations(
        &self,
        ctx: Ctx,
        p: cm::ListSmartcardOperationsParams,
    ) -> cm::ListSmartcardOperationsResponse {
        done(ops::smartcard(&*self.store, &ctx.caller, p.id), |c| {
            cm::ListSmartcardOperationsResponse::Ok(model::operations(c.status))
        })
    }

    async fn get_smartcard_proposed_pin(
        &self,
        ctx: Ctx,
        p: cm::GetSmartcardProposedPinParams,
    ) -> cm::GetSmartcardProposedPinResponse {
        let result = ops::smartcard(&*self.store, &ctx.caller, p.id).and_then(|card| {
            ops::check_cardid(&card, p.cardid.as_deref())?;
            Ok(ops::proposed_pin(&card, p.challenge.as_deref()))
        });
        done(result, cm::GetSmartcardProposedPinResponse::Ok)
    }
}
