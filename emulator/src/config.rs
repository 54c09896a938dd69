//! Command line / configuration.

use crate::store;
use clap::Parser;
use std::net::SocketAddr;
use std::path::PathBuf;

/// A local stand-in for MIM's PAM and CM REST APIs.
#[derive(Debug, Clone, Parser)]
#[command(name = "mim-emulator", version)]
pub struct Config {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8086")]
    pub listen: SocketAddr,
    /// SQLite database file (created and seeded when missing).
    #[arg(long, default_value = "mim-emulator.db")]
    pub db: PathBuf,
    /// YAML seed fixture used when the database is new (default: the built-in example world).
    #[arg(long)]
    pub seed: Option<PathBuf>,
    /// Most write jobs committed together (group commit); 1 commits every write alone (for
    /// benchmarks).
    #[arg(long, default_value_t = store::DEFAULT_WRITE_GROUP, hide = true)]
    pub write_group_max: usize,
}

impl Config {
    /// A configuration for `db`, listening on an ephemeral loopback port (tests).
    pub fn ephemeral(db: PathBuf) -> Self {
        Self {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            db,
            seed: None,
            write_group_max: store::DEFAULT_WRITE_GROUP,
        }
    }
}
