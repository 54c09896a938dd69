//! What is generated from what: the one place that knows the workspace layout.

use std::path::PathBuf;

/// One spec and the files generated from it.
pub struct Target {
    pub spec: &'static str,
    /// Module name in both generated crates (`crate::<module>`).
    pub module: &'static str,
}

pub const TARGETS: &[Target] = &[
    Target {
        spec: "spec/pam.yaml",
        module: "pam",
    },
    Target {
        spec: "spec/cm.yaml",
        module: "cm",
    },
];

impl Target {
    pub fn client_file(&self) -> String {
        format!("generated-client/src/{}.rs", self.module)
    }

    pub fn server_file(&self) -> String {
        format!("generated-server-stubs/src/{}.rs", self.module)
    }

    /// The types both of the others re-export (`generated_types::<module>`), so that a build with
    /// client and server compiles them once and the server does not depend on reqwest.
    pub fn types_file(&self) -> String {
        format!("generated-types/src/{}.rs", self.module)
    }

    /// Generator settings for this target: the custom date-time format, where the module sits,
    /// the client's credential hook, the shared types crate, and prettyplease-only formatting.
    pub fn settings(&self) -> codegen::Settings {
        let mut settings = codegen::Settings::new();
        settings
            .with_custom_format("mim-date-time", "::mim_wire::MimDateTime")
            .with_module_path(format!("crate::{}", self.module))
            .with_client_inner_type("crate::support::ClientState")
            .with_client_hooks(true)
            .with_server_runtime_path("crate::runtime")
            .with_shared_types(format!("::generated_types::{}", self.module))
            // In process, no rustfmt process; the files tell `cargo fmt` to leave them alone.
            .with_formatting(codegen::settings::Formatting::Prettyplease);
        settings
    }
}

/// The workspace root (the parent of this crate's directory).
pub fn workspace_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(PathBuf::from).unwrap_or(manifest)
}
