//! Command line / configuration.

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
}

impl Config {
    /// A configuration for `db`, listening on an ephemeral loopback port (tests).
    pub fn ephemeral(db: PathBuf) -> Self {
        Self {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            db,
            seed: None,
        }
    }
}
