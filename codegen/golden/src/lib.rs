//! The generator's golden outputs, compiled: generated code must build without warnings for
//! every document that passes validation. Regenerate them with
//! `EXPECTORATE=overwrite cargo test -p codegen --test golden`.
#![deny(warnings)]

#[path = "../../tests/golden/composed.client.rs"]
pub mod composed_client;
#[path = "../../tests/golden/composed.server.rs"]
pub mod composed_server;
#[path = "../../tests/golden/keys_in_segments.client.rs"]
pub mod keys_in_segments_client;
#[path = "../../tests/golden/keys_in_segments.server.rs"]
pub mod keys_in_segments_server;
#[path = "../../tests/golden/params_and_enums.client.rs"]
pub mod params_and_enums_client;
#[path = "../../tests/golden/params_and_enums.server.rs"]
pub mod params_and_enums_server;
#[path = "../../tests/golden/petstore.client.rs"]
pub mod petstore_client;
#[path = "../../tests/golden/petstore.server.rs"]
pub mod petstore_server;
#[path = "../../tests/golden/real_world.client.rs"]
pub mod real_world_client;
#[path = "../../tests/golden/real_world.server.rs"]
pub mod real_world_server;
