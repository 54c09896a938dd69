//! cargo-fuzz target; the body is `mim_emulator::fuzzing::odata_literal`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| mim_emulator::fuzzing::odata_literal(data));
