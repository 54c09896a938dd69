//! CM objects in the seed fixture, written in the API's wire format.

use serde::Deserialize;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CmSeed {}

impl CmSeed {
    pub fn documents(&self) -> anyhow::Result<Vec<(String, String, String)>> {
        Ok(Vec::new())
    }
}
