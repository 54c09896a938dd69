//! The HTTP methods an OpenAPI 3.0 path item may hold operations under, in the order the
//! specification lists them (which is also the order tools report them in).

use serde_json::Value;

/// An operation's HTTP method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Method {
    /// `get`
    Get,
    /// `put`
    Put,
    /// `post`
    Post,
    /// `delete`
    Delete,
    /// `options`
    Options,
    /// `head`
    Head,
    /// `patch`
    Patch,
    /// `trace`
    Trace,
}

impl Method {
    /// Every method, in OpenAPI order.
    pub const ALL: [Method; 8] = [
        Method::Get,
        Method::Put,
        Method::Post,
        Method::Delete,
        Method::Options,
        Method::Head,
        Method::Patch,
        Method::Trace,
    ];

    /// The path-item key: `get`, `put`, ...
    pub fn key(self) -> &'static str {
        match self {
            Method::Get => "get",
            Method::Put => "put",
            Method::Post => "post",
            Method::Delete => "delete",
            Method::Options => "options",
            Method::Head => "head",
            Method::Patch => "patch",
            Method::Trace => "trace",
        }
    }

    /// The method as sent on the wire: `GET`, `PUT`, ...
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Put => "PUT",
            Method::Post => "POST",
            Method::Delete => "DELETE",
            Method::Options => "OPTIONS",
            Method::Head => "HEAD",
            Method::Patch => "PATCH",
            Method::Trace => "TRACE",
        }
    }

    /// The method for a path-item key (exact, lower case, as OpenAPI spells them); `None` for
    /// the other keys of a path item (`parameters`, `summary`, `x-...`).
    pub fn from_key(key: &str) -> Option<Method> {
        Method::ALL.into_iter().find(|m| m.key() == key)
    }

    /// The method for a request line's method token (`GET`, exact: HTTP methods are
    /// case-sensitive); `None` for methods OpenAPI cannot describe (`CONNECT`, extensions).
    /// The runtime maps `http::Method::as_str()` through this.
    pub fn from_wire(token: &str) -> Option<Method> {
        Method::ALL.into_iter().find(|m| m.as_str() == token)
    }
}

impl std::fmt::Display for Method {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The operations of a path item (already resolved if it was a `$ref`), in OpenAPI method
/// order. A non-object yields nothing.
///
/// ```
/// use openapi_core::Method;
/// let item = serde_json::json!({"post": {}, "parameters": [], "get": {}});
/// let methods: Vec<Method> = openapi_core::operations(&item).map(|(m, _)| m).collect();
/// assert_eq!(methods, [Method::Get, Method::Post]);
/// ```
pub fn operations(path_item: &Value) -> impl Iterator<Item = (Method, &Value)> {
    let map = path_item.as_object();
    Method::ALL
        .into_iter()
        .filter_map(move |m| map.and_then(|map| map.get(m.key())).map(|op| (m, op)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_unknown_keys_are_not_methods() {
        for m in Method::ALL {
            assert_eq!(Method::from_key(m.key()), Some(m));
            assert_eq!(m.as_str(), m.key().to_ascii_uppercase());
        }
        assert_eq!(Method::from_key("GET"), None);
        assert_eq!(Method::from_wire("PATCH"), Some(Method::Patch));
        assert_eq!(Method::from_wire("get"), None);
        assert_eq!(Method::from_wire("CONNECT"), None);
        assert_eq!(Method::from_key("parameters"), None);
        assert_eq!(operations(&serde_json::json!([1])).count(), 0);
    }
}
