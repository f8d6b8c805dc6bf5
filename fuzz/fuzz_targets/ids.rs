//! Any bytes as every id type and the query's fallible setters: no panic; ids
//! round-trip; errors keep a bounded input.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| allied_health_fuzz::ids(data));
