//! Reading `WWW-Authenticate`: which schemes a server offers, and the token it sent.
//!
//! IIS sends one header line per scheme (`Negotiate`, `NTLM`); other servers join challenges
//! with commas (`Negotiate, NTLM, Basic realm="MIM"`). Both forms are read. A comma-separated
//! item with `=` before any space is an auth-param of the previous challenge (`charset="UTF-8"`),
//! not a new scheme; a token68 such as `YII=` keeps its padding.

use base64::Engine as _;
use reqwest::header::{HeaderMap, WWW_AUTHENTICATE};

/// One challenge: a scheme and, for Negotiate and NTLM, the token it carries (if any).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Challenge {
    pub scheme: String,
    pub token: Option<Vec<u8>>,
}

/// Longest header value read (a Kerberos AP-REP with a PAC fits in a few KiB).
const MAX_HEADER_BYTES: usize = 64 * 1024;

/// Every challenge in the `WWW-Authenticate` headers of a response.
pub(crate) fn challenges(headers: &HeaderMap) -> Vec<Challenge> {
    let mut found = Vec::new();
    for value in headers.get_all(WWW_AUTHENTICATE) {
        let Ok(text) = value.to_str() else { continue };
        if text.len() > MAX_HEADER_BYTES {
            continue;
        }
        for item in text.split(',').map(str::trim).filter(|i| !i.is_empty()) {
            let (head, rest) = match item.split_once(' ') {
                Some((head, rest)) => (head, rest.trim()),
                None => (item, ""),
            };
            if head.contains('=') {
                continue; // an auth-param of the previous challenge
            }
            let token = if rest.is_empty() || rest.contains('=') && rest.contains('"') {
                None
            } else {
                base64::engine::general_purpose::STANDARD.decode(rest).ok()
            };
            found.push(Challenge {
                scheme: head.to_string(),
                token,
            });
        }
    }
    found
}

/// The challenge for `scheme` (case-insensitive), if offered.
pub(crate) fn find<'a>(offers: &'a [Challenge], scheme: &str) -> Option<&'a Challenge> {
    offers
        .iter()
        .find(|c| c.scheme.eq_ignore_ascii_case(scheme))
}

/// `Negotiate <base64>` / `NTLM <base64>`.
pub(crate) fn authorization(scheme: &str, token: &[u8]) -> String {
    format!(
        "{scheme} {}",
        base64::engine::general_purpose::STANDARD.encode(token)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn headers(lines: &[&str]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for line in lines {
            map.append(WWW_AUTHENTICATE, HeaderValue::from_str(line).unwrap());
        }
        map
    }

    #[test]
    fn separate_lines_as_iis_sends_them() {
        let offers = challenges(&headers(&["Negotiate", "NTLM"]));
        let schemes: Vec<_> = offers.iter().map(|c| c.scheme.as_str()).collect();
        assert_eq!(schemes, ["Negotiate", "NTLM"]);
        assert!(offers.iter().all(|c| c.token.is_none()));
    }

    #[test]
    fn comma_joined_with_basic_params() {
        let offers = challenges(&headers(&[
            r#"Negotiate, NTLM, Basic realm="MIM", charset="UTF-8""#,
        ]));
        let schemes: Vec<_> = offers.iter().map(|c| c.scheme.as_str()).collect();
        assert_eq!(schemes, ["Negotiate", "NTLM", "Basic"]);
    }

    #[test]
    fn tokens_are_decoded_with_padding() {
        let offers = challenges(&headers(&["Negotiate YWJj", "NTLM YQ=="]));
        assert_eq!(
            find(&offers, "negotiate").unwrap().token.as_deref(),
            Some(&b"abc"[..])
        );
        assert_eq!(
            find(&offers, "NTLM").unwrap().token.as_deref(),
            Some(&b"a"[..])
        );
        assert_eq!(authorization("NTLM", b"a"), "NTLM YQ==");
    }
}
