//! Fuzz target: `analyze` on any text, with or without a reference date.
//!
//! The input's first byte chooses the options (odd: a reference date from the next two bytes,
//! years 1900 to 2155); the rest is the text (invalid UTF-8 replaced by U+FFFD, as a
//! caller reading bytes would do). Beyond "no panic" (and, with libFuzzer's -timeout, no hang),
//! it checks what tests/properties.rs checks: every span in bounds and on character boundaries,
//! ids in range, and JSON, with character and with UTF-16 offsets, that parses and slices back.

#![no_main]

use engine::{analyze, json, Analysis, Date, Options, Span};
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
    check(&text, &a);
});

fn spans(a: &Analysis) -> Vec<Span> {
    let mut spans: Vec<Span> = a.sentences.clone();
    for e in &a.entities {
        spans.extend(&e.mentions);
    }
    for q in &a.quotes {
        spans.push(q.span);
        spans.extend(q.speaker.as_ref().map(|s| s.span));
        spans.extend(q.cue);
    }
    spans.extend(a.timexes.iter().map(|t| t.span));
    for e in &a.timeline {
        spans.push(e.span);
        spans.push(e.sentence);
    }
    if let engine::ReferenceSource::Inferred(s) = a.reference.source {
        spans.push(s);
    }
    spans
}

fn check(text: &str, a: &Analysis) {
    for s in spans(a) {
        assert!(s.start <= s.end && s.end <= text.len(), "span {s:?} out of bounds for {} bytes", text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "span {s:?} splits a character");
    }
    for (i, e) in a.entities.iter().enumerate() {
        assert_eq!(e.id, i, "entity ids index the list");
        assert!(!e.mentions.is_empty(), "entity {} has no mention", e.name);
    }
    for q in &a.quotes {
        if let Some(id) = q.speaker.as_ref().and_then(|s| s.entity) {
            assert!(id < a.entities.len(), "speaker entity {id} out of range");
        }
    }
    let chars: Vec<char> = text.chars().collect();
    let units: Vec<u16> = text.encode_utf16().collect();
    for (unit, slice) in [
        (json::Unit::Chars, &(|s: usize, e: usize| chars[s..e].iter().collect::<String>()) as &dyn Fn(usize, usize) -> String),
        (json::Unit::Utf16, &|s: usize, e: usize| String::from_utf16(&units[s..e]).expect("UTF-16 span splits a pair")),
    ] {
        let v: serde_json::Value = serde_json::from_str(&json::to_string_with(text, a, unit)).expect("JSON parses");
        let mut items: Vec<&serde_json::Value> = Vec::new();
        for e in v["entities"].as_array().unwrap() {
            items.extend(e["mentions"].as_array().unwrap());
        }
        items.extend(v["quotes"].as_array().unwrap());
        items.extend(v["timexes"].as_array().unwrap());
        items.extend(v["timeline"].as_array().unwrap());
        for item in items {
            let (s, e) = (item["start"].as_u64().unwrap() as usize, item["end"].as_u64().unwrap() as usize);
            assert_eq!(slice(s, e), item["text"].as_str().unwrap(), "{unit:?} offsets {s}..{e}");
        }
    }
}
