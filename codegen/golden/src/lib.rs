//! The generator's golden outputs, compiled: generated code must build without warnings for
//! every document that passes validation. Regenerate them with
//! `EXPECTORATE=overwrite cargo test -p codegen --test golden`.
#![deny(warnings)]

#[path = "../../tests/golden/composed.client.rs"]
pub mod composed_client;
#[path = "../../tests/golden/composed.server.rs"]
pub mod composed_server;
#[path = "../../tests/golden/features.client.rs"]
pub mod features_client;
#[path = "../../tests/golden/features.server.rs"]
pub mod features_server;
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

// The corpus documents marked `golden` (codegen/tests/corpus/MANIFEST.md).
#[path = "../../tests/corpus/golden/oai-api-with-examples.client.rs"]
pub mod corpus_oai_api_with_examples_client;
#[path = "../../tests/corpus/golden/oai-api-with-examples.server.rs"]
pub mod corpus_oai_api_with_examples_server;
#[path = "../../tests/corpus/golden/oai-callback-example.client.rs"]
pub mod corpus_oai_callback_example_client;
#[path = "../../tests/corpus/golden/oai-callback-example.server.rs"]
pub mod corpus_oai_callback_example_server;
#[path = "../../tests/corpus/golden/oai-link-example.client.rs"]
pub mod corpus_oai_link_example_client;
#[path = "../../tests/corpus/golden/oai-link-example.server.rs"]
pub mod corpus_oai_link_example_server;
#[path = "../../tests/corpus/golden/oai-petstore.client.rs"]
pub mod corpus_oai_petstore_client;
#[path = "../../tests/corpus/golden/oai-petstore-expanded.client.rs"]
pub mod corpus_oai_petstore_expanded_client;
#[path = "../../tests/corpus/golden/oai-petstore-expanded.server.rs"]
pub mod corpus_oai_petstore_expanded_server;
#[path = "../../tests/corpus/golden/oai-petstore.server.rs"]
pub mod corpus_oai_petstore_server;
#[path = "../../tests/corpus/golden/oai-uspto.client.rs"]
pub mod corpus_oai_uspto_client;
#[path = "../../tests/corpus/golden/oai-uspto.server.rs"]
pub mod corpus_oai_uspto_server;
#[path = "../../tests/corpus/golden/oxide-buildomat.client.rs"]
pub mod corpus_oxide_buildomat_client;
#[path = "../../tests/corpus/golden/oxide-buildomat.server.rs"]
pub mod corpus_oxide_buildomat_server;
#[path = "../../tests/corpus/golden/oxide-keeper.client.rs"]
pub mod corpus_oxide_keeper_client;
#[path = "../../tests/corpus/golden/oxide-keeper.server.rs"]
pub mod corpus_oxide_keeper_server;
#[path = "../../tests/corpus/golden/oxide-propolis-server.client.rs"]
pub mod corpus_oxide_propolis_server_client;
#[path = "../../tests/corpus/golden/oxide-propolis-server.server.rs"]
pub mod corpus_oxide_propolis_server_server;
#[path = "../../tests/corpus/golden/swagger-petstore.client.rs"]
pub mod corpus_swagger_petstore_client;
#[path = "../../tests/corpus/golden/swagger-petstore.server.rs"]
pub mod corpus_swagger_petstore_server;

// One spec, its types generated once (`Settings::with_shared_types`).
#[path = "../../tests/golden/shared.client.rs"]
pub mod shared_client;
#[path = "../../tests/golden/shared.server.rs"]
pub mod shared_server;
#[path = "../../tests/golden/shared.types.rs"]
pub mod shared_types;

/// Compiles only if client and server name the very same type.
pub fn shared_token(token: shared_client::types::Token) -> shared_server::types::Token {
    token
}
