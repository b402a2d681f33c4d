//! Fuzz target: `analyze` on any text, with or without a reference date.
//!
//! The input's first byte chooses the options (odd: a reference date from the next two bytes,
//! years 1900 to 2155); the rest is the text (invalid UTF-8 replaced by U+FFFD, as a
//! caller reading bytes would do). Beyond "no panic" (and, with libFuzzer's -timeout, no hang),
//! it checks what tests/properties.rs checks: every span in bounds and on character boundaries,
//! ids in range, and JSON, with character and with UTF-16 offsets, that parses and slices back.

#![no_main]

// The checks are the property tests' own.
#[path = "../../crates/engine/tests/common/invariants.rs"]
mod invariants;

use engine::{analyze, Date, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (options, bytes) = match data {
        [flag, a, b, rest @ ..] if flag & 1 == 1 => {
            let date = Date::new(1900 + *a as i16, 1 + (b % 12) as i8, 1 + (b / 12 % 28) as i8).unwrap();
            (Options::new().reference_date(date), rest)
        }
        [_, rest @ ..] => (Options::new(), rest),
        [] => (Options::new(), data),
    };
    let text = String::from_utf8_lossy(bytes);
    let a = analyze(&text, &options);
    invariants::check(&text, &a);
});
