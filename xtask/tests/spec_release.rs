//! The compatibility gate, end to end: `xtask spec-diff` and `xtask spec-release` run as CI runs
//! them, on a temporary copy of `spec/` (so the real specs and releases are never touched).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A scratch workspace holding a copy of `spec/`, removed when dropped.
struct Scratch {
    root: PathBuf,
}

impl Scratch {
    fn new(name: &str) -> Self {
        let root = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("spec-release-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec");
        copy_dir(&source, &root.join("spec"));
        Self { root }
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.root.join(relative)
    }

    fn read(&self, relative: &str) -> String {
        std::fs::read_to_string(self.path(relative)).unwrap()
    }

    /// Replaces the first occurrence of `from` in a file; the text must be there.
    fn edit(&self, relative: &str, from: &str, to: &str) {
        let text = self.read(relative);
        assert!(
            text.contains(from),
            "{relative} no longer contains {from:?}"
        );
        std::fs::write(self.path(relative), text.replacen(from, to, 1)).unwrap();
    }

    fn xtask(&self, command: &str) -> Output {
        Command::new(env!("CARGO_BIN_EXE_xtask"))
            .args([command, "--root"])
            .arg(&self.root)
            .output()
            .unwrap()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// The `$filter` parameter of `listPamRoles`, optional in release 1.0.0.
const FILTER_OPTIONAL: &str = "name: $filter\n      in: query\n      required: false";
const FILTER_REQUIRED: &str = "name: $filter\n      in: query\n      required: true";

#[test]
fn the_repository_specs_match_their_latest_release() {
    let scratch = Scratch::new("clean");
    let out = scratch.xtask("spec-diff");
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("spec/pam.yaml against release 1.0.0"));
}

#[test]
fn a_breaking_edit_fails_with_the_reason_and_the_fix() {
    let scratch = Scratch::new("breaking");
    scratch.edit("spec/pam.yaml", FILTER_OPTIONAL, FILTER_REQUIRED);
    let out = scratch.xtask("spec-diff");
    let log = text(&out);
    assert_eq!(out.status.code(), Some(1), "{log}");
    assert!(
        log.contains(
            "CLIENT-BREAKING  /components/parameters/RoleFilter/required  ParameterRequired"
        ),
        "{log}"
    );
    assert!(log.contains("bump info.version to 2.0.0"), "{log}");
    assert!(log.contains("revert"), "{log}");

    // Releasing it under the old major is refused, and nothing is written.
    scratch.edit("spec/pam.yaml", "  version: 1.0.0", "  version: 1.1.0");
    let changelog = scratch.read("spec/CHANGELOG.md");
    let out = scratch.xtask("spec-release");
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(!scratch.path("spec/released/pam-1.1.0.yaml").exists());
    assert_eq!(scratch.read("spec/CHANGELOG.md"), changelog);

    // With the major bumped the gate passes and the release is recorded with its classified change.
    scratch.edit("spec/pam.yaml", "  version: 1.1.0", "  version: 2.0.0");
    let out = scratch.xtask("spec-diff");
    assert!(out.status.success(), "{}", text(&out));
    let out = scratch.xtask("spec-release");
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(
        scratch.read("spec/released/pam-2.0.0.yaml"),
        scratch.read("spec/pam.yaml")
    );
    let changelog = scratch.read("spec/CHANGELOG.md");
    let section = changelog
        .split("## pam 2.0.0")
        .nth(1)
        .expect("a pam 2.0.0 section");
    assert!(section.contains("since 1.0.0"), "{section}");
    assert!(
        section.contains("### Breaking for clients\n\n- `/components/parameters/RoleFilter/required` ParameterRequired"),
        "{section}"
    );
    // The new release is now the baseline: the same spec passes and has nothing to compare.
    let out = scratch.xtask("spec-diff");
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("spec/pam.yaml against release 2.0.0: 0 change(s)"));
}

#[test]
fn a_compatible_edit_passes_and_is_released_as_a_patch_version() {
    let scratch = Scratch::new("compatible");
    scratch.edit(
        "spec/pam.yaml",
        "OData v3 filter expression restricting which roles are returned",
        "An OData v3 filter expression restricting which roles are returned",
    );
    let out = scratch.xtask("spec-diff");
    let log = text(&out);
    assert!(out.status.success(), "{log}");
    assert!(
        log.contains("compatible  /components/parameters/RoleFilter  DocumentationChanged"),
        "{log}"
    );

    // Changed but not re-versioned: spec-release refuses to overwrite the meaning of 1.0.0.
    let out = scratch.xtask("spec-release");
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("info.version is still 1.0.0"));

    scratch.edit("spec/pam.yaml", "  version: 1.0.0", "  version: 1.0.1");
    let out = scratch.xtask("spec-release");
    assert!(out.status.success(), "{}", text(&out));
    let changelog = scratch.read("spec/CHANGELOG.md");
    let section = changelog.split("## pam 1.0.1").nth(1).expect("a section");
    assert!(
        section.contains(
            "### Compatible\n\n- `/components/parameters/RoleFilter` DocumentationChanged"
        ),
        "{section}"
    );
    assert!(!section.contains("### Breaking"), "{section}");
}

#[test]
fn without_a_release_the_gate_fails_instead_of_passing() {
    let scratch = Scratch::new("unreleased");
    std::fs::remove_dir_all(scratch.path("spec/released")).unwrap();
    let out = scratch.xtask("spec-diff");
    assert!(!out.status.success());
    assert!(
        text(&out).contains("no released contract"),
        "{}",
        text(&out)
    );
}
