//! `GET /api/pamresources/$metadata`: the CSDL (EDMX) document of the PAM OData service.
//! Not in the spec (PAM-30), so it is a plain axum route in front of the generated router.

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

/// The CSDL document: entity types and sets as the JSON payloads show them.
pub const CSDL: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<edmx:Edmx Version="1.0" xmlns:edmx="http://schemas.microsoft.com/ado/2007/06/edmx">
  <edmx:DataServices m:DataServiceVersion="3.0" m:MaxDataServiceVersion="3.0" xmlns:m="http://schemas.microsoft.com/ado/2007/08/dataservices/metadata">
    <Schema Namespace="Microsoft.IdentityManagement.PrivilegedAccessManagement" xmlns="http://schemas.microsoft.com/ado/2009/11/edm">
      <ComplexType Name="GuidValue">
        <Property Name="Value" Type="Edm.Guid" Nullable="false" />
      </ComplexType>
      <EntityType Name="PamRole">
        <Key><PropertyRef Name="RoleId" /></Key>
        <Property Name="RoleId" Type="Edm.Guid" Nullable="false" />
        <Property Name="DisplayName" Type="Edm.String" />
        <Property Name="Description" Type="Edm.String" />
        <Property Name="TTL" Type="Edm.Int64" Nullable="false" />
        <Property Name="AvailableFrom" Type="Edm.DateTime" Nullable="false" />
        <Property Name="AvailableTo" Type="Edm.DateTime" Nullable="false" />
        <Property Name="MFAEnabled" Type="Edm.Boolean" Nullable="false" />
        <Property Name="ApprovalEnabled" Type="Edm.Boolean" Nullable="false" />
        <Property Name="AvailabilityWindowEnabled" Type="Edm.Boolean" Nullable="false" />
      </EntityType>
      <EntityType Name="PamRequest">
        <Key><PropertyRef Name="RequestId" /></Key>
        <Property Name="RequestId" Type="Edm.Guid" Nullable="false" />
        <Property Name="CreatorID" Type="Edm.Guid" Nullable="false" />
        <Property Name="Justification" Type="Edm.String" />
        <Property Name="DisplayName" Type="Edm.String" />
        <Property Name="CreationTime" Type="Edm.DateTime" Nullable="false" />
        <Property Name="CreationMethod" Type="Edm.String" />
        <Property Name="ExpirationTime" Type="Edm.DateTime" Nullable="false" />
        <Property Name="RoleId" Type="Edm.Guid" Nullable="false" />
        <Property Name="RequestedTTL" Type="Edm.Int64" Nullable="false" />
        <Property Name="RequestedTime" Type="Edm.DateTime" Nullable="false" />
        <Property Name="RequestStatus" Type="Edm.String" />
      </EntityType>
      <EntityType Name="PamRequestToApprove">
        <Key><PropertyRef Name="ApprovalObjectID" /></Key>
        <Property Name="RoleName" Type="Edm.String" />
        <Property Name="Requestor" Type="Edm.String" />
        <Property Name="Justification" Type="Edm.String" />
        <Property Name="RequestedTTL" Type="Edm.Int64" Nullable="false" />
        <Property Name="RequestedTime" Type="Edm.DateTime" Nullable="false" />
        <Property Name="CreationTime" Type="Edm.DateTime" Nullable="false" />
        <Property Name="FIMRequestID" Type="Microsoft.IdentityManagement.PrivilegedAccessManagement.GuidValue" Nullable="false" />
        <Property Name="RequestorID" Type="Microsoft.IdentityManagement.PrivilegedAccessManagement.GuidValue" Nullable="false" />
        <Property Name="ApprovalObjectID" Type="Microsoft.IdentityManagement.PrivilegedAccessManagement.GuidValue" Nullable="false" />
      </EntityType>
      <EntityType Name="SessionInfo">
        <Key><PropertyRef Name="Username" /></Key>
        <Property Name="Username" Type="Edm.String" Nullable="false" />
      </EntityType>
      <EntityContainer Name="PamContainer" m:IsDefaultEntityContainer="true">
        <EntitySet Name="pamroles" EntityType="Microsoft.IdentityManagement.PrivilegedAccessManagement.PamRole" />
        <EntitySet Name="pamrequests" EntityType="Microsoft.IdentityManagement.PrivilegedAccessManagement.PamRequest" />
        <EntitySet Name="pamrequeststoapprove" EntityType="Microsoft.IdentityManagement.PrivilegedAccessManagement.PamRequestToApprove" />
        <EntitySet Name="sessioninfo" EntityType="Microsoft.IdentityManagement.PrivilegedAccessManagement.SessionInfo" />
        <FunctionImport Name="Close" IsBindable="true" IsSideEffecting="true">
          <Parameter Name="bindingParameter" Type="Microsoft.IdentityManagement.PrivilegedAccessManagement.PamRequest" />
        </FunctionImport>
        <FunctionImport Name="Approve" IsBindable="true" IsSideEffecting="true">
          <Parameter Name="bindingParameter" Type="Microsoft.IdentityManagement.PrivilegedAccessManagement.PamRequestToApprove" />
        </FunctionImport>
        <FunctionImport Name="Reject" IsBindable="true" IsSideEffecting="true">
          <Parameter Name="bindingParameter" Type="Microsoft.IdentityManagement.PrivilegedAccessManagement.PamRequestToApprove" />
        </FunctionImport>
      </EntityContainer>
    </Schema>
  </edmx:DataServices>
</edmx:Edmx>
"#;

/// The handler (anonymous, like WCF Data Services' `$metadata`).
pub async fn metadata() -> Response {
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "application/xml; charset=utf-8")],
        CSDL,
    )
        .into_response()
}
