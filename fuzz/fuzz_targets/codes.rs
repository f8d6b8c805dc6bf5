//! Any bytes as every occupation code type, a prefixed code and a code lookup:
//! no panic; what parses prints back to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| allied_health_fuzz::codes(data));
