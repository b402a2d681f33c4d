//! What must hold for the analysis of any text, shared by the property tests
//! (`tests/properties.rs`) and the fuzz target (`fuzz/fuzz_targets/analyze.rs`): every span in
//! bounds and on character boundaries, ids in range, and JSON, with character and with UTF-16
//! offsets, that parses and slices back to each item's text.

use engine::{json, Analysis, Span};

/// Every span an analysis holds.
pub fn spans(a: &Analysis) -> Vec<Span> {
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

/// Panics with a message naming the broken property.
pub fn check(text: &str, a: &Analysis) {
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
        (
            json::Unit::Chars,
            &(|s: usize, e: usize| chars[s..e].iter().collect::<String>()) as &dyn Fn(usize, usize) -> String,
        ),
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
