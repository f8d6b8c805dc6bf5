//! Any bytes as a job ad's title and body (and the body alone): no panic, every
//! output well formed, the same every time.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| allied_health_fuzz::classify_ad(data));
