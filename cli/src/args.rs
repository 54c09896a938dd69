//! The command line (clap derive).

use crate::render::Format;
use crate::ttl::parse_ttl;
use generated_client::cm::types::{CmRequestStatusName, CmRequestType, ProfileStatusFilter};
use mim_wire::MimDateTime;
use uuid::Uuid;

const AFTER_HELP: &str = "\
Credentials: HTTP Basic from --user/--password (MIM_USER/MIM_PASSWORD), or a bearer token from
--bearer (MIM_TOKEN, e.g. an ADFS token for CM), which wins when both are given. A real MIM signs
in with Integrated Windows Authentication: --negotiate (MIM_AUTH=negotiate) uses your Kerberos
ticket from `kinit`, like `curl --negotiate -u :`; with --user/--password it gets a ticket with the
password and falls back to NTLM. --auth ntlm uses NTLM only. Prefer the environment variables for
secrets: command-line arguments are visible to other local users.

Exit codes: 0 success, 1 the server answered with an error, 2 usage or connection error.

Examples:
  export MIM_URL=http://pamsrv:8086 MIM_USER='PRIV\\Jen' MIM_PASSWORD=...
  mim pam roles
  mim pam request --role ApprovalRole --ttl 1h --justification 'Fix the DC'
  mim pam requests --active -o json
  mim cm request create --type Enroll --template 97cd65fa-af4b-4587-9309-0dd6bfd8b4e1";

/// Command-line client for the Microsoft Identity Manager PAM and CM REST APIs.
#[derive(clap::Parser)]
#[command(name = "mim", version, after_help = AFTER_HELP)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

/// Options accepted before or after any subcommand.
#[derive(clap::Args)]
#[command(next_help_heading = "Global options")]
pub struct Global {
    /// Server base URL: scheme, host and port (the API paths are appended).
    #[arg(
        long,
        env = "MIM_URL",
        default_value = "http://127.0.0.1:8086",
        global = true
    )]
    pub url: String,
    /// User name for HTTP Basic, e.g. 'PRIV\Jen'.
    #[arg(long, env = "MIM_USER", global = true)]
    pub user: Option<String>,
    /// Password for --user.
    #[arg(long, env = "MIM_PASSWORD", hide_env_values = true, global = true)]
    pub password: Option<String>,
    /// Bearer token (e.g. from ADFS); takes precedence over --user.
    #[arg(long, env = "MIM_TOKEN", hide_env_values = true, global = true)]
    pub bearer: Option<String>,
    /// How to sign in: basic (with --user), negotiate (Kerberos, then NTLM), ntlm.
    #[arg(long, env = "MIM_AUTH", value_enum, global = true)]
    pub auth: Option<AuthScheme>,
    /// Sign in with Integrated Windows Authentication (same as --auth negotiate).
    #[arg(long, global = true, conflicts_with = "auth")]
    pub negotiate: bool,
    /// Kerberos service principal, when the host in --url is a DNS alias: HTTP@host or
    /// HTTP/host@REALM (default: HTTP@<host of --url>).
    #[arg(long, env = "MIM_SPN", global = true)]
    pub spn: Option<String>,
    /// Output format.
    #[arg(long, short = 'o', value_enum, default_value_t = Format::Table, global = true)]
    pub output: Format,
}

/// A sign-in scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum AuthScheme {
    /// HTTP Basic with --user/--password (the emulator's demo default).
    Basic,
    /// Kerberos through SPNEGO from the ticket cache, or with --user/--password, then NTLM.
    Negotiate,
    /// NTLM with --user/--password.
    Ntlm,
}

#[derive(clap::Subcommand)]
pub enum Command {
    /// Privileged Access Management: roles, elevation requests and approvals.
    #[command(subcommand)]
    Pam(PamCommand),
    /// Certificate Management: templates, requests, smart cards, profiles and certificates.
    #[command(subcommand)]
    Cm(CmCommand),
}

#[derive(clap::Subcommand)]
pub enum PamCommand {
    /// List the PAM roles you may elevate into.
    Roles {
        /// OData v3 filter, e.g. "DisplayName eq 'ApprovalRole'".
        #[arg(long)]
        filter: Option<String>,
    },
    /// Show the account the server sees.
    Whoami,
    /// List your PAM requests (all statuses).
    Requests {
        /// OData v3 filter, e.g. "RequestStatus eq 'Active'".
        #[arg(long)]
        filter: Option<String>,
        /// Only requests that have not yet expired (ExpirationTime gt now), as the sample portal asks.
        #[arg(long)]
        active: bool,
    },
    /// Request an elevation into a role; prints the new request.
    Request(RequestArgs),
    /// Close one of your requests (withdraw it, or end an active elevation early).
    Close {
        /// RequestId of the request.
        request_id: Uuid,
    },
    /// List the pending requests that wait for your approval.
    Pending {
        /// OData v3 filter, e.g. "RoleName eq 'ApprovalRole'".
        #[arg(long)]
        filter: Option<String>,
    },
    /// Approve a pending request.
    Approve {
        /// ApprovalId (ApprovalObjectID) from `mim pam pending`.
        approval_id: Uuid,
    },
    /// Reject a pending request.
    Reject {
        /// ApprovalId (ApprovalObjectID) from `mim pam pending`.
        approval_id: Uuid,
    },
}

#[derive(clap::Args)]
pub struct RequestArgs {
    /// Role id, or its display name (looked up in `mim pam roles`; trailing spaces may be omitted).
    #[arg(long)]
    pub role: String,
    /// Duration: seconds, or units d/h/m/s such as 1h, 30m, 1h30m.
    #[arg(long, value_parser = parse_ttl)]
    pub ttl: i64,
    /// Reason for the elevation.
    #[arg(long)]
    pub justification: Option<String>,
    /// Start of the elevation (ISO 8601, or the server-local form "2015/07/11 23:40"); default now.
    #[arg(long, value_parser = parse_start)]
    pub start: Option<MimDateTime>,
}

#[derive(clap::Subcommand)]
pub enum CmCommand {
    /// List the profile templates you can enroll for.
    Templates,
    /// Certificate Management requests.
    #[command(subcommand)]
    Request(CmRequestCommand),
    /// List smart cards (all you can see, or the one with a physical card id).
    Smartcards {
        /// Physical card id (the card's SerialNumber without braces).
        #[arg(long)]
        cardid: Option<String>,
    },
    /// Show one smart card.
    Smartcard {
        /// CM id of the card (Uuid, not the physical card id).
        id: Uuid,
    },
    /// List your software profiles.
    Profiles {
        /// Active, Approved, Canceled, Completed, Denied, Executing, Failed, None or Pending.
        #[arg(long, value_parser = parse_profile_status)]
        status: Option<ProfileStatusFilter>,
    },
    /// List your certificates.
    Certificates,
}

#[derive(clap::Subcommand)]
pub enum CmRequestCommand {
    /// Show one request.
    Get {
        /// Uuid of the request.
        id: Uuid,
    },
    /// List requests.
    List {
        /// Approved, Canceled, Completed, Denied, Executing, Failed, None or Pending.
        #[arg(long, value_parser = parse_request_status)]
        status: Option<CmRequestStatusName>,
        /// Only requests whose target is you (targetuser=current).
        #[arg(long)]
        mine: bool,
    },
    /// Create a request; prints the new request.
    Create(CreateArgs),
    /// Mark a request Completed (the end of an enrollment).
    Complete {
        /// Uuid of the request.
        id: Uuid,
    },
    /// Cancel a request.
    Cancel {
        /// Uuid of the request.
        id: Uuid,
    },
    /// Abandon a request.
    Abandon {
        /// Uuid of the request.
        id: Uuid,
    },
}

#[derive(clap::Args)]
pub struct CreateArgs {
    /// Enroll, Duplicate, OfflineUnblock, OnlineUpdate, Renew, Recover, RecoverOnBehalf,
    /// Reinstate, Retire, Revoke, TemporaryCards or Unblock.
    #[arg(long = "type", value_parser = parse_request_type)]
    pub kind: CmRequestType,
    /// Profile template Uuid (see `mim cm templates`).
    #[arg(long)]
    pub template: Option<Uuid>,
    /// Comment (some workflow policies require one).
    #[arg(long)]
    pub comment: Option<String>,
    /// Smart card the request is for (operations on an existing card).
    #[arg(long)]
    pub smartcard: Option<Uuid>,
    /// Target user (default: you).
    #[arg(long)]
    pub target: Option<Uuid>,
    /// Request priority.
    #[arg(long)]
    pub priority: Option<i32>,
    /// A data-collection item; repeat for several.
    #[arg(long = "data", value_name = "NAME=VALUE", value_parser = parse_data_item)]
    pub data: Vec<(String, String)>,
}

fn parse_start(text: &str) -> Result<MimDateTime, String> {
    text.parse::<MimDateTime>().map_err(|e| e.to_string())
}

fn parse_data_item(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((name, value)) if !name.is_empty() => Ok((name.to_string(), value.to_string())),
        _ => Err(format!("expected NAME=VALUE, got `{text}`")),
    }
}

/// Case-insensitive match against the documented names, then the generated type's parser.
fn by_name<T: std::str::FromStr>(text: &str, names: &[&str]) -> Result<T, String> {
    let name = names
        .iter()
        .find(|n| n.eq_ignore_ascii_case(text.trim()))
        .ok_or_else(|| format!("expected one of: {}", names.join(", ")))?;
    name.parse::<T>()
        .map_err(|_| format!("`{name}` is not supported by this client"))
}

pub const REQUEST_TYPES: &[&str] = &[
    "Enroll",
    "Duplicate",
    "OfflineUnblock",
    "OnlineUpdate",
    "Renew",
    "Recover",
    "RecoverOnBehalf",
    "Reinstate",
    "Retire",
    "Revoke",
    "TemporaryCards",
    "Unblock",
];

const REQUEST_STATUSES: &[&str] = &[
    "Approved",
    "Canceled",
    "Completed",
    "Denied",
    "Executing",
    "Failed",
    "None",
    "Pending",
];

const PROFILE_STATUSES: &[&str] = &[
    "Active",
    "Approved",
    "Canceled",
    "Completed",
    "Denied",
    "Executing",
    "Failed",
    "None",
    "Pending",
];

fn parse_request_type(text: &str) -> Result<CmRequestType, String> {
    by_name(text, REQUEST_TYPES)
}

fn parse_request_status(text: &str) -> Result<CmRequestStatusName, String> {
    by_name(text, REQUEST_STATUSES)
}

fn parse_profile_status(text: &str) -> Result<ProfileStatusFilter, String> {
    by_name(text, PROFILE_STATUSES)
}
