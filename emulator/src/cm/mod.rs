//! The CM API (`/CertificateManagement/api/v1.0`) on the generated `cm::Api` trait.

mod lifecycle;
mod model;
mod ops;
pub mod seed;

use crate::error::Fail;
use crate::store::{Store, User, read_async, write_async};
use generated_server_stubs::cm::{self, types};
use generated_server_stubs::runtime::RequestContext;
use ops::CertScope;
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

/// Run `$body` (using `conn` and `caller`) on a read connection, off the async workers.
macro_rules! read {
    ($self:ident, $ctx:ident, |$conn:ident, $caller:ident| $body:expr) => {{
        let $caller = $ctx.caller.clone();
        read_async(&$self.store, move |$conn| {
            let $caller = &$caller;
            $body
        })
        .await
    }};
}

/// Run `$body` as one writer job (atomic, committed before it returns).
macro_rules! write {
    ($self:ident, $ctx:ident, |$conn:ident, $caller:ident| $body:expr) => {{
        let $caller = $ctx.caller.clone();
        write_async(&$self.store, move |$conn| {
            let $caller = &$caller;
            $body
        })
        .await
    }};
}

impl cm::Api for CmApi {
    type Caller = User;

    async fn list_user_certificates(
        &self,
        ctx: Ctx,
        _p: cm::ListUserCertificatesParams,
    ) -> cm::ListUserCertificatesResponse {
        let result = read!(self, ctx, |conn, caller| ops::certificates(
            conn,
            caller,
            CertScope::All
        ));
        done(result, cm::ListUserCertificatesResponse::Ok)
    }

    async fn list_profiles(&self, ctx: Ctx, p: cm::ListProfilesParams) -> cm::ListProfilesResponse {
        let result = read!(self, ctx, |conn, caller| ops::profiles(
            conn, caller, p.status
        ));
        done(result, cm::ListProfilesResponse::Ok)
    }

    async fn get_profile(&self, ctx: Ctx, p: cm::GetProfileParams) -> cm::GetProfileResponse {
        let result = read!(self, ctx, |conn, caller| ops::profile(conn, caller, p.id));
        done(result, |v| {
            cm::GetProfileResponse::Ok(types::ProfileOrProfileList::Profile(v))
        })
    }

    async fn list_profile_certificates(
        &self,
        ctx: Ctx,
        p: cm::ListProfileCertificatesParams,
    ) -> cm::ListProfileCertificatesResponse {
        let result = read!(self, ctx, |conn, caller| {
            ops::profile_row(conn, caller, p.id)?;
            ops::certificates(conn, caller, CertScope::Profile(p.id))
        });
        done(result, cm::ListProfileCertificatesResponse::Ok)
    }

    async fn list_profile_operations(
        &self,
        ctx: Ctx,
        p: cm::ListProfileOperationsParams,
    ) -> cm::ListProfileOperationsResponse {
        let result = read!(self, ctx, |conn, caller| ops::profile(conn, caller, p.id));
        done(result, |v| {
            cm::ListProfileOperationsResponse::Ok(v.profile_operations)
        })
    }

    async fn list_profile_templates(
        &self,
        ctx: Ctx,
        p: cm::ListProfileTemplatesParams,
    ) -> cm::ListProfileTemplatesResponse {
        let result = read!(self, ctx, |conn, _caller| ops::templates(
            conn,
            p.targetuser.as_deref()
        ));
        done(result, cm::ListProfileTemplatesResponse::Ok)
    }

    async fn get_profile_template(
        &self,
        ctx: Ctx,
        p: cm::GetProfileTemplateParams,
    ) -> cm::GetProfileTemplateResponse {
        let result = read!(self, ctx, |conn, _caller| ops::template(conn, p.id));
        done(result, cm::GetProfileTemplateResponse::Ok)
    }

    async fn get_smartcard_policy(
        &self,
        ctx: Ctx,
        p: cm::GetSmartcardPolicyParams,
    ) -> cm::GetSmartcardPolicyResponse {
        // A template without smart card configuration has none to return: ASP.NET answers a null
        // result with 204 (CM-26).
        let result = read!(self, ctx, |conn, _caller| ops::smartcard_policy(conn, p.id));
        done(result, |config| {
            config.map_or(
                cm::GetSmartcardPolicyResponse::NoContent,
                cm::GetSmartcardPolicyResponse::Ok,
            )
        })
    }

    async fn get_workflow_policy(
        &self,
        ctx: Ctx,
        p: cm::GetWorkflowPolicyParams,
    ) -> cm::GetWorkflowPolicyResponse {
        let result = read!(self, ctx, |conn, _caller| ops::workflow_policy(
            conn, p.id, &p.type_
        ));
        done(result, cm::GetWorkflowPolicyResponse::Ok)
    }

    async fn list_requests(&self, ctx: Ctx, p: cm::ListRequestsParams) -> cm::ListRequestsResponse {
        let result = read!(self, ctx, |conn, caller| ops::requests(
            conn,
            caller,
            p.targetuser.as_deref(),
            p.status
        ));
        done(result, cm::ListRequestsResponse::Ok)
    }

    async fn create_request(
        &self,
        ctx: Ctx,
        _p: cm::CreateRequestParams,
        body: types::CreateRequestBody,
    ) -> cm::CreateRequestResponse {
        let result = write!(self, ctx, |conn, caller| lifecycle::create_request(
            conn, caller, &body
        ));
        done(result, cm::CreateRequestResponse::Created)
    }

    async fn get_request(&self, ctx: Ctx, p: cm::GetRequestParams) -> cm::GetRequestResponse {
        let result = read!(self, ctx, |conn, caller| ops::request(conn, caller, p.id));
        done(result, cm::GetRequestResponse::Ok)
    }

    async fn update_request_status(
        &self,
        ctx: Ctx,
        p: cm::UpdateRequestStatusParams,
        body: types::UpdateRequestBody,
    ) -> cm::UpdateRequestStatusResponse {
        let result = write!(self, ctx, |conn, caller| lifecycle::update_request_status(
            conn,
            caller,
            p.id,
            body.status
        ));
        done(result, cm::UpdateRequestStatusResponse::Ok)
    }

    async fn submit_certificate_requests(
        &self,
        ctx: Ctx,
        p: cm::SubmitCertificateRequestsParams,
        body: types::SubmitCertificateDataBody,
    ) -> cm::SubmitCertificateRequestsResponse {
        let result = write!(self, ctx, |conn, caller| lifecycle::submit_certificates(
            conn, caller, p.id, &body
        ));
        done(result, cm::SubmitCertificateRequestsResponse::Ok)
    }

    async fn get_certificate_request_generation_options(
        &self,
        ctx: Ctx,
        p: cm::GetCertificateRequestGenerationOptionsParams,
    ) -> cm::GetCertificateRequestGenerationOptionsResponse {
        let result = read!(self, ctx, |conn, caller| ops::generation_options(
            conn,
            caller,
            p.requestid
        ));
        done(
            result,
            cm::GetCertificateRequestGenerationOptionsResponse::Ok,
        )
    }

    async fn list_request_profiles(
        &self,
        ctx: Ctx,
        p: cm::ListRequestProfilesParams,
    ) -> cm::ListRequestProfilesResponse {
        let result = read!(self, ctx, |conn, caller| ops::request_profiles(
            conn,
            caller,
            p.requestid,
            p.status
        ));
        done(result, cm::ListRequestProfilesResponse::Ok)
    }

    async fn get_request_profile(
        &self,
        ctx: Ctx,
        p: cm::GetRequestProfileParams,
    ) -> cm::GetRequestProfileResponse {
        let result = read!(self, ctx, |conn, caller| {
            ops::request_profiles(conn, caller, p.requestid, None)?
                .into_iter()
                .find(|x| x.uuid == p.id)
                .ok_or_else(|| {
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
        let result = write!(self, ctx, |conn, caller| lifecycle::update_card_status(
            conn,
            caller,
            p.requestid,
            p.id,
            body.status
        ));
        done(result, cm::UpdateSmartcardStatusResponse::Ok)
    }

    async fn get_smartcard_authentication_response(
        &self,
        ctx: Ctx,
        p: cm::GetSmartcardAuthenticationResponseParams,
    ) -> cm::GetSmartcardAuthenticationResponseResponse {
        let result = read!(self, ctx, |conn, caller| {
            let (_, card) = ops::request_card(conn, caller, p.requestid, p.id)?;
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
        });
        done(result, cm::GetSmartcardAuthenticationResponseResponse::Ok)
    }

    async fn get_smartcard_diversified_admin_key(
        &self,
        ctx: Ctx,
        p: cm::GetSmartcardDiversifiedAdminKeyParams,
    ) -> cm::GetSmartcardDiversifiedAdminKeyResponse {
        let result = read!(self, ctx, |conn, caller| {
            let (_, card) = ops::request_card(conn, caller, p.requestid, p.id)?;
            ops::check_cardid(&card, Some(&p.cardid))?;
            Ok(model::hex_digest(
                &[&card.uuid.to_string(), &p.cardid, "adminkey"],
                24,
            ))
        });
        done(result, cm::GetSmartcardDiversifiedAdminKeyResponse::Ok)
    }

    async fn get_request_smartcard_proposed_pin(
        &self,
        ctx: Ctx,
        p: cm::GetRequestSmartcardProposedPinParams,
    ) -> cm::GetRequestSmartcardProposedPinResponse {
        let result = read!(self, ctx, |conn, caller| {
            let (_, card) = ops::request_card(conn, caller, p.requestid, p.id)?;
            ops::check_cardid(&card, p.cardid.as_deref())?;
            Ok(ops::proposed_pin(&card, p.challenge.as_deref()))
        });
        done(result, cm::GetRequestSmartcardProposedPinResponse::Ok)
    }

    async fn list_smartcards(
        &self,
        ctx: Ctx,
        p: cm::ListSmartcardsParams,
    ) -> cm::ListSmartcardsResponse {
        let result = read!(self, ctx, |conn, caller| ops::smartcards(
            conn,
            caller,
            p.cardid.as_deref()
        ));
        done(result, cm::ListSmartcardsResponse::Ok)
    }

    async fn assign_smartcard(
        &self,
        ctx: Ctx,
        _p: cm::AssignSmartcardParams,
        body: types::AssignSmartcardBody,
    ) -> cm::AssignSmartcardResponse {
        let result = write!(self, ctx, |conn, caller| lifecycle::assign_smartcard(
            conn, caller, &body
        ));
        done(result, cm::AssignSmartcardResponse::Created)
    }

    async fn get_smartcard(&self, ctx: Ctx, p: cm::GetSmartcardParams) -> cm::GetSmartcardResponse {
        let result = read!(self, ctx, |conn, caller| ops::smartcard(conn, caller, p.id));
        done(result, cm::GetSmartcardResponse::Ok)
    }

    async fn list_smartcard_certificates(
        &self,
        ctx: Ctx,
        p: cm::ListSmartcardCertificatesParams,
    ) -> cm::ListSmartcardCertificatesResponse {
        let result = read!(self, ctx, |conn, caller| {
            ops::smartcard_row(conn, caller, p.id)?;
            ops::certificates(conn, caller, CertScope::Smartcard(p.id))
        });
        done(result, cm::ListSmartcardCertificatesResponse::Ok)
    }

    async fn list_smartcard_operations(
        &self,
        ctx: Ctx,
        p: cm::ListSmartcardOperationsParams,
    ) -> cm::ListSmartcardOperationsResponse {
        let result = read!(self, ctx, |conn, caller| ops::smartcard_row(
            conn, caller, p.id
        ));
        done(result, |c| {
            cm::ListSmartcardOperationsResponse::Ok(model::operations(c.status))
        })
    }

    async fn get_smartcard_proposed_pin(
        &self,
        ctx: Ctx,
        p: cm::GetSmartcardProposedPinParams,
    ) -> cm::GetSmartcardProposedPinResponse {
        let result = read!(self, ctx, |conn, caller| {
            let card = ops::smartcard_row(conn, caller, p.id)?;
            ops::check_cardid(&card, p.cardid.as_deref())?;
            Ok(ops::proposed_pin(&card, p.challenge.as_deref()))
        });
        done(result, cm::GetSmartcardProposedPinResponse::Ok)
    }
}
