//! Where a server says it lives: the base of the absolute URLs it writes (OData's
//! `odata.metadata`).
//!
//! Copying the `Host` header into a response lets any client make the server name any host (a
//! cache in front of it then serves that to everyone). So the base is, in order: the configured
//! public URL; the `Host` the client sent when it names this server (its listener address, or a
//! loopback name on the listener's port) or a host on the allow-list; else the listener address.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

/// How the base URL is chosen (configuration; see the module doc).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OriginPolicy {
    /// e.g. `https://mim.example.com:8086`; when set, it is the base of every URL.
    pub public_url: Option<String>,
    /// Further `Host` values (`name` or `name:port`, any case) that may be reflected.
    pub allowed_hosts: Vec<String>,
}

impl OriginPolicy {
    /// `Err` when the public URL is not an absolute `http(s)://` URL without path, query or
    /// fragment (so that appending `/api/…` to it gives a URL).
    pub fn check(&self) -> Result<(), String> {
        let Some(url) = &self.public_url else {
            return Ok(());
        };
        let uri: http::Uri = url
            .parse()
            .map_err(|e| format!("public URL `{url}` is not a URL: {e}"))?;
        let scheme_ok = matches!(uri.scheme_str(), Some("http" | "https"));
        let bare = uri.path() == "/" && uri.query().is_none() && !url.contains('#');
        if !scheme_ok || uri.authority().is_none() || !bare {
            return Err(format!(
                "public URL `{url}` must be http(s)://host[:port] with no path"
            ));
        }
        Ok(())
    }
}

/// What the serve loop puts into every request's extensions: the policy and the listener.
#[derive(Debug, Clone)]
pub struct ServerOrigin {
    policy: Arc<OriginPolicy>,
    listener: SocketAddr,
}

impl ServerOrigin {
    /// The origin of a server listening on `listener`.
    pub fn new(policy: Arc<OriginPolicy>, listener: SocketAddr) -> Self {
        Self { policy, listener }
    }

    /// `scheme://authority` for a request that sent `host` (its `Host` header, if any).
    pub fn base_url(&self, host: Option<&str>) -> String {
        if let Some(url) = &self.policy.public_url {
            return url.trim_end_matches('/').to_string();
        }
        if let Some(host) = host.filter(|h| self.names_this_server(h)) {
            return format!("http://{host}");
        }
        if self.listener.ip().is_unspecified() {
            return format!("http://localhost:{}", self.listener.port());
        }
        format!("http://{}", self.listener)
    }

    /// The base when no serve loop recorded a listener (a router called in process): the
    /// `Host` only when it is a loopback name, else `http://localhost`.
    pub fn without_listener(host: Option<&str>) -> String {
        match host.and_then(split_host) {
            Some((name, _)) if is_loopback(name) => format!("http://{}", host.unwrap_or_default()),
            _ => "http://localhost".to_string(),
        }
    }

    fn names_this_server(&self, host: &str) -> bool {
        if self
            .policy
            .allowed_hosts
            .iter()
            .any(|allowed| allowed.eq_ignore_ascii_case(host))
        {
            return true;
        }
        let Some((name, port)) = split_host(host) else {
            return false;
        };
        if port.unwrap_or(80) != self.listener.port() {
            return false;
        }
        let ip = self.listener.ip();
        match name
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<IpAddr>()
        {
            Ok(named) => {
                named == ip || (named.is_loopback() && (ip.is_loopback() || ip.is_unspecified()))
            }
            Err(_) => {
                name.eq_ignore_ascii_case("localhost") && (ip.is_loopback() || ip.is_unspecified())
            }
        }
    }
}

/// `name[:port]` (`[v6]:port` too); `None` when it is not a plausible host.
fn split_host(host: &str) -> Option<(&str, Option<u16>)> {
    if host.is_empty() || !host.bytes().all(|b| b.is_ascii_graphic()) {
        return None;
    }
    let (name, port) = match host.rfind(':') {
        Some(i) if !host[i..].contains(']') => (&host[..i], Some(host[i + 1..].parse().ok()?)),
        _ => (host, None),
    };
    Some((name, port))
}

fn is_loopback(name: &str) -> bool {
    name.eq_ignore_ascii_case("localhost")
        || name
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origin(policy: OriginPolicy) -> ServerOrigin {
        ServerOrigin::new(Arc::new(policy), "127.0.0.1:8086".parse().unwrap())
    }

    #[test]
    fn a_foreign_host_is_not_reflected() {
        let o = origin(OriginPolicy::default());
        assert_eq!(
            o.base_url(Some("evil.example:666")),
            "http://127.0.0.1:8086"
        );
        assert_eq!(o.base_url(Some("localhost:9999")), "http://127.0.0.1:8086");
        assert_eq!(o.base_url(None), "http://127.0.0.1:8086");
        assert_eq!(o.base_url(Some("LOCALHOST:8086")), "http://LOCALHOST:8086");
        assert_eq!(o.base_url(Some("127.0.0.1:8086")), "http://127.0.0.1:8086");
    }

    #[test]
    fn the_public_url_and_the_allow_list_win() {
        let o = origin(OriginPolicy {
            public_url: Some("https://mim.example.com/".into()),
            allowed_hosts: vec![],
        });
        assert_eq!(o.base_url(Some("evil.example")), "https://mim.example.com");
        let o = origin(OriginPolicy {
            public_url: None,
            allowed_hosts: vec!["mim.corp:8086".into()],
        });
        assert_eq!(o.base_url(Some("MIM.corp:8086")), "http://MIM.corp:8086");
        assert_eq!(o.base_url(Some("mim.corp")), "http://127.0.0.1:8086");
    }

    #[test]
    fn in_process_only_loopback_hosts_are_used() {
        assert_eq!(
            ServerOrigin::without_listener(Some("evil.example")),
            "http://localhost"
        );
        assert_eq!(
            ServerOrigin::without_listener(Some("[::1]:80")),
            "http://[::1]:80"
        );
        assert_eq!(ServerOrigin::without_listener(None), "http://localhost");
    }

    #[test]
    fn public_urls_are_checked() {
        let with = |url: &str| OriginPolicy {
            public_url: Some(url.into()),
            allowed_hosts: vec![],
        };
        assert_eq!(with("https://mim.example.com:8443").check(), Ok(()));
        assert!(with("mim.example.com").check().is_err());
        assert!(with("https://mim.example.com/api").check().is_err());
        assert!(with("ftp://x").check().is_err());
    }
}
