//! Generation settings: a builder in the style of progenitor's `GenerationSettings`.

use std::collections::BTreeMap;

/// How to generate code for one document. Everything API-specific (which custom string formats
/// exist, where the generated module lives) comes from here, never from the generator itself.
#[derive(Debug, Clone)]
pub struct Settings {
    pub(crate) custom_formats: BTreeMap<String, String>,
    pub(crate) module_path: String,
    pub(crate) client_inner_type: Option<String>,
    pub(crate) client_hooks_expected: bool,
    pub(crate) formatting: Formatting,
    pub(crate) runtime_path: String,
    pub(crate) unsupported: Unsupported,
    pub(crate) shared_types: Option<String>,
}

/// How generated files are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Formatting {
    /// prettyplease, then the toolchain's `rustfmt` process: what `cargo fmt` would write.
    #[default]
    Rustfmt,
    /// prettyplease only, in process (no rustfmt process: several times faster on large
    /// documents), with `#![cfg_attr(rustfmt, rustfmt::skip)]` at the top so that `cargo fmt`
    /// leaves the file as it is.
    Prettyplease,
}

/// What to do with an operation that cannot be generated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Unsupported {
    /// Fail with every problem found (the default): nothing is generated.
    #[default]
    Refuse,
    /// Leave the operation out of client and server, and report why as a warning with its
    /// pointer; problems outside `paths` (in shared components) still fail.
    Skip,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            custom_formats: BTreeMap::new(),
            module_path: "crate".to_string(),
            client_inner_type: None,
            client_hooks_expected: false,
            formatting: Formatting::Rustfmt,
            runtime_path: "crate::runtime".to_string(),
            unsupported: Unsupported::Refuse,
            shared_types: None,
        }
    }
}

impl Settings {
    pub fn new() -> Self {
        Self::default()
    }

    /// Map `type: string, format: <format>` to a Rust type (a path such as
    /// `::my_crate::LenientDateTime`) that implements `Serialize`, `Deserialize`, `Clone`,
    /// `Debug` and `PartialEq`, on both client and server.
    pub fn with_custom_format(
        &mut self,
        format: impl Into<String>,
        rust_type: impl Into<String>,
    ) -> &mut Self {
        self.custom_formats.insert(format.into(), rust_type.into());
        self
    }

    /// The Rust module path at which the generated file is included (default `crate`, i.e. the
    /// file is the crate root). Generated open-enum types are referred to through it.
    pub fn with_module_path(&mut self, path: impl Into<String>) -> &mut Self {
        self.module_path = path.into();
        self
    }

    /// Give the generated client an inner value of this type (progenitor `with_inner_type`),
    /// reachable from hooks; used to carry per-client state such as credentials.
    pub fn with_client_inner_type(&mut self, rust_type: impl Into<String>) -> &mut Self {
        self.client_inner_type = Some(rust_type.into());
        self
    }

    /// Require the crate that includes the client to implement `progenitor_client::ClientHooks`
    /// for it (e.g. to set `Authorization` on every request).
    pub fn with_client_hooks(&mut self, expected: bool) -> &mut Self {
        self.client_hooks_expected = expected;
        self
    }

    /// How the output is laid out (default [`Formatting::Rustfmt`]).
    pub fn with_formatting(&mut self, formatting: Formatting) -> &mut Self {
        self.formatting = formatting;
        self
    }

    /// Where the generated server code finds its hand-written runtime (default
    /// `crate::runtime`): route matching, extraction, error bodies, authentication.
    pub fn with_server_runtime_path(&mut self, path: impl Into<String>) -> &mut Self {
        self.runtime_path = path.into();
        self
    }

    /// Whether an operation that cannot be generated fails the document or is skipped with a
    /// warning (see [`Unsupported`]).
    pub fn with_unsupported(&mut self, policy: Unsupported) -> &mut Self {
        self.unsupported = policy;
        self
    }

    /// Put the generated types in a third file ([`crate::Output::types`]) that client and server
    /// both re-export from `path` (e.g. `::my_api_types`), so that a workspace with both compiles
    /// the types once and the server does not depend on reqwest. The types file needs serde,
    /// chrono, uuid and regress only. Open enums (`x-open-enum`) go there too; include all
    /// three files at the same [`module path`](Self::with_module_path) in their crates.
    pub fn with_shared_types(&mut self, path: impl Into<String>) -> &mut Self {
        self.shared_types = Some(path.into());
        self
    }
}
