use clap::Parser;

fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .init();
    let config = mim_emulator::Config::parse();
    if let Some(keytab) = &config.keytab {
        set_acceptor_keytab(keytab)?;
    }
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(mim_emulator::serve(config))
}

/// GSSAPI finds the acceptor's keys through `KRB5_KTNAME`; libgssapi offers no call that takes a
/// keytab path, so `--keytab` is passed on through the environment.
#[allow(unsafe_code)]
fn set_acceptor_keytab(keytab: &std::path::Path) -> anyhow::Result<()> {
    let path = std::fs::canonicalize(keytab)
        .map_err(|e| anyhow::anyhow!("keytab {}: {e}", keytab.display()))?;
    let value = mim_emulator::config::keytab_env_value(&path);
    // SAFETY: called before the tokio runtime (or any other thread) exists, so no thread can be
    // reading the environment at the same time.
    unsafe { std::env::set_var("KRB5_KTNAME", value) };
    Ok(())
}
