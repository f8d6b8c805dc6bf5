//! Any bytes as a title lookup: no panic; the same answer in any ASCII case.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| allied_health_fuzz::title(data));
