//! The report types: [`Change`], [`Category`], [`Context`], [`Report`] and their renderings.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Where a change sits in the request/response flow. The same component can be judged once per context.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Context {
    /// Something the client sends and the server consumes: parameters, request bodies, security.
    Request,
    /// Something the server sends and the client consumes: status codes, response bodies, headers.
    Response,
    /// The shape of the API itself: paths, operations, documentation.
    Structural,
}

impl Context {
    /// Lower-case name, used in reasons.
    pub fn as_str(self) -> &'static str {
        match self {
            Context::Request => "request",
            Context::Response => "response",
            Context::Structural => "structural",
        }
    }
}

impl fmt::Display for Context {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Declares [`Category`] once, with the list of every variant and their names derived from it, so
/// the three cannot drift apart.
macro_rules! categories {
    ($($variant:ident),* $(,)?) => {
        /// What kind of change was found. The breaking flags live on [`Change`], because the same category is judged
        /// differently in a request and in a response.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum Category {
            $($variant,)*
        }

        impl Category {
            /// Every category, in declaration order.
            pub const ALL: &'static [Category] = &[$(Category::$variant),*];

            /// The variant name, exactly as serialized.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Category::$variant => stringify!($variant),)*
                }
            }
        }
    };
}

categories! {
    PathAdded,
    PathRemoved,
    PathAliasAdded,
    PathAliasRemoved,
    OperationAdded,
    OperationRemoved,
    OperationIdChanged,
    SecurityRequirementAdded,
    SecurityRequirementRemoved,
    ParameterAdded,
    ParameterRemoved,
    ParameterRequired,
    ParameterOptional,
    ParameterRenamed,
    ParameterLocationChanged,
    ParameterSerializationChanged,
    RequestBodyAdded,
    RequestBodyRemoved,
    RequestBodyRequired,
    RequestBodyOptional,
    StatusCodeAdded,
    StatusCodeRemoved,
    MediaTypeAdded,
    MediaTypeRemoved,
    HeaderAdded,
    HeaderRemoved,
    TypeChanged,
    FormatChanged,
    EnumValueAdded,
    EnumValueRemoved,
    PropertyAdded,
    PropertyRemoved,
    RequiredAdded,
    RequiredRemoved,
    NullabilityChanged,
    ConstraintTightened,
    ConstraintLoosened,
    ConstraintChanged,
    SchemaMemberAdded,
    SchemaMemberRemoved,
    DefaultChanged,
    DeprecationChanged,
    DocumentationChanged,
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One classified difference between the old and the new document.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Change {
    /// JSON pointer into the NEW document; into the OLD document when the thing it names no longer exists
    /// there (the `*Removed` categories). Changes inside a `$ref`'d component point into the component.
    pub pointer: String,
    pub category: Category,
    pub context: Context,
    pub breaking_for_clients: bool,
    pub breaking_for_servers: bool,
    /// One sentence for humans: what changed and why it is (not) breaking.
    pub reason: String,
}

impl Change {
    /// True when the change breaks clients or servers.
    pub fn is_breaking(&self) -> bool {
        self.breaking_for_clients || self.breaking_for_servers
    }

    /// The label used by the human rendering.
    pub fn label(&self) -> &'static str {
        match (self.breaking_for_clients, self.breaking_for_servers) {
            (true, true) => "BOTH",
            (true, false) => "CLIENT-BREAKING",
            (false, true) => "SERVER-BREAKING",
            (false, false) => "compatible",
        }
    }
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}  {}  {}: {}",
            self.label(),
            self.pointer,
            self.category,
            self.reason
        )
    }
}

/// Every change found, sorted by pointer, then category name, then context, then reason.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    pub changes: Vec<Change>,
}

impl Report {
    /// Sorts and de-duplicates. A component reached from many operations yields the same change many times;
    /// one copy per context is enough because the pointer already names the component.
    pub(crate) fn from_changes(mut changes: Vec<Change>) -> Self {
        changes.sort_by(|a, b| {
            (
                a.pointer.as_str(),
                a.category.as_str(),
                a.context,
                a.reason.as_str(),
            )
                .cmp(&(
                    b.pointer.as_str(),
                    b.category.as_str(),
                    b.context,
                    b.reason.as_str(),
                ))
        });
        changes.dedup();
        Report { changes }
    }

    /// True when any change breaks clients or servers.
    pub fn is_breaking(&self) -> bool {
        self.changes.iter().any(Change::is_breaking)
    }

    /// True when any change breaks existing clients (a new major version is due).
    pub fn breaking_for_clients(&self) -> bool {
        self.changes.iter().any(|c| c.breaking_for_clients)
    }

    /// True when any change breaks existing implementations of the generated server traits.
    pub fn breaking_for_servers(&self) -> bool {
        self.changes.iter().any(|c| c.breaking_for_servers)
    }

    /// True when nothing at all changed (not even documentation).
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// The human rendering: one line per change, `<LABEL>  <pointer>  <category>: <reason>`.
    pub fn render(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for change in &self.changes {
            writeln!(f, "{change}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `as_str` is hand-written (it is used to sort without allocating); keep it equal to the serde name.
    #[test]
    fn category_names_match_serde() {
        for c in Category::ALL {
            assert_eq!(serde_json::to_value(c).unwrap(), c.as_str(), "{c:?}");
            assert_eq!(format!("{c:?}"), c.as_str());
        }
        let mut names: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Category::ALL.len());
    }

    #[test]
    fn labels() {
        let mut c = Change {
            pointer: "/paths".into(),
            category: Category::PathAdded,
            context: Context::Structural,
            breaking_for_clients: false,
            breaking_for_servers: false,
            reason: "r".into(),
        };
        assert_eq!(c.to_string(), "compatible  /paths  PathAdded: r");
        c.breaking_for_clients = true;
        assert_eq!(c.label(), "CLIENT-BREAKING");
        c.breaking_for_servers = true;
        assert_eq!(c.label(), "BOTH");
        c.breaking_for_clients = false;
        assert_eq!(c.label(), "SERVER-BREAKING");
    }
}
