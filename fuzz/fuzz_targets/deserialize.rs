//! Any bytes as JSON into every public Deserialize type, Query included: an
//! error, or a value that round-trips.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| allied_health_fuzz::deserialize(data));
